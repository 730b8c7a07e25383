//! Who may do what: the one permission table (role × action, and role × entity type
//! for reveal) and the route table (method × path template → action). Deny by default:
//! a role not listed for an action may not perform it, a route not listed is refused.
//!
//! The README's role table is generated from [`PERMISSIONS`] by [`markdown_table`]
//! (a test checks that the README contains exactly that text), and a test walks
//! every route in [`ROUTES`] with every role (and without credentials) and checks the
//! status against this table.

use std::fmt;
use std::str::FromStr;

use hushdesk_detect::EntityType;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A role. Every API key and console user has exactly one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Support agent: reads redacted conversations, reveals contact details.
    Agent,
    /// Team lead: as agent, reveals more types.
    Supervisor,
    /// Data protection officer: erasure, every revealable type, the audit log.
    Dpo,
    /// Reads and verifies the audit log, key status and metrics; no personal data.
    Auditor,
    /// Operates the deployment: keys, access, audit; no personal data.
    Admin,
    /// A system (helpdesk, chat widget): ingests and reads redacted messages.
    Integration,
}

impl Role {
    /// Every role, in table order.
    pub const ALL: [Role; 6] =
        [Role::Agent, Role::Supervisor, Role::Dpo, Role::Auditor, Role::Admin, Role::Integration];

    /// The name used in the API, the CLI and the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Agent => "agent",
            Role::Supervisor => "supervisor",
            Role::Dpo => "dpo",
            Role::Auditor => "auditor",
            Role::Admin => "admin",
            Role::Integration => "integration",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| "unknown role; expected agent, supervisor, dpo, auditor, admin or integration".to_owned())
    }
}

/// What a request does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// No credentials needed (health, OpenAPI, log-in).
    Public,
    /// Any authenticated principal (own session, `whoami`).
    Authenticated,
    /// `/analyze`, `/anonymize` and their helpers.
    Analyze,
    /// Store messages.
    IngestMessages,
    /// Read redacted messages, list them.
    ReadMessages,
    /// Find a subject by identifier.
    LookupSubject,
    /// Reveal a token (further limited by entity type, see [`may_reveal`]).
    Reveal,
    /// Erase a data subject.
    EraseSubject,
    /// Query audit events.
    ReadAudit,
    /// Verify the audit chain.
    VerifyAudit,
    /// Create a signed checkpoint.
    CheckpointAudit,
    /// Key status.
    KeyStatus,
    /// Rotate the key-encryption key.
    RotateKeys,
    /// API keys and console users.
    ManageAccess,
    /// Prometheus metrics.
    ReadMetrics,
}

impl Action {
    /// Name in the docs and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Public => "public",
            Action::Authenticated => "authenticated",
            Action::Analyze => "analyze",
            Action::IngestMessages => "ingest_messages",
            Action::ReadMessages => "read_messages",
            Action::LookupSubject => "lookup_subject",
            Action::Reveal => "reveal",
            Action::EraseSubject => "erase_subject",
            Action::ReadAudit => "read_audit",
            Action::VerifyAudit => "verify_audit",
            Action::CheckpointAudit => "checkpoint_audit",
            Action::KeyStatus => "key_status",
            Action::RotateKeys => "rotate_keys",
            Action::ManageAccess => "manage_access",
            Action::ReadMetrics => "read_metrics",
        }
    }
}

use Role::{Admin, Agent, Auditor, Dpo, Integration, Supervisor};

/// THE permission table: for each action, the roles that may perform it. Everything
/// else is denied. `Public` and `Authenticated` are not listed: they need no role.
pub const PERMISSIONS: &[(Action, &[Role])] = &[
    (Action::Analyze, &[Agent, Supervisor, Dpo, Admin, Integration]),
    (Action::IngestMessages, &[Agent, Supervisor, Integration]),
    (Action::ReadMessages, &[Agent, Supervisor, Dpo, Integration]),
    (Action::LookupSubject, &[Agent, Supervisor, Dpo, Integration]),
    (Action::Reveal, &[Agent, Supervisor, Dpo]),
    (Action::EraseSubject, &[Dpo]),
    (Action::ReadAudit, &[Dpo, Auditor, Admin]),
    (Action::VerifyAudit, &[Dpo, Auditor, Admin]),
    (Action::CheckpointAudit, &[Auditor, Admin]),
    (Action::KeyStatus, &[Auditor, Admin]),
    (Action::RotateKeys, &[Admin]),
    (Action::ManageAccess, &[Admin]),
    (Action::ReadMetrics, &[Auditor, Admin]),
];

/// Which entity types each role may reveal (the vault policy's revealable list applies
/// on top: a type the policy does not keep or reveal stays closed for everyone).
pub const REVEAL: &[(Role, RevealScope)] = &[
    (Agent, RevealScope::Only(&[EntityType::EmailAddress, EntityType::PhoneNumber, EntityType::Person])),
    (
        Supervisor,
        RevealScope::Only(&[
            EntityType::EmailAddress,
            EntityType::PhoneNumber,
            EntityType::Person,
            EntityType::Location,
            EntityType::DateTime,
        ]),
    ),
    (Dpo, RevealScope::Any),
];

/// Entity types a role may reveal.
#[derive(Clone, Copy, Debug)]
pub enum RevealScope {
    /// These types only.
    Only(&'static [EntityType]),
    /// Every type the policy makes revealable.
    Any,
}

/// Whether `role` may perform `action`.
pub fn allowed(role: Role, action: Action) -> bool {
    match action {
        Action::Public | Action::Authenticated => true,
        _ => PERMISSIONS.iter().any(|(a, roles)| *a == action && roles.contains(&role)),
    }
}

/// Whether `role` may reveal values of `entity`.
pub fn may_reveal(role: Role, entity: EntityType) -> bool {
    allowed(role, Action::Reveal)
        && REVEAL.iter().any(|(r, scope)| {
            *r == role
                && match scope {
                    RevealScope::Any => true,
                    RevealScope::Only(list) => list.contains(&entity),
                }
        })
}

/// HTTP method of a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Method {
    /// GET.
    Get,
    /// POST.
    Post,
}

impl Method {
    /// As in HTTP.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
        }
    }
}

/// Every route: method, path template (as in the router and the OpenAPI document),
/// action. The authorisation middleware looks the matched route up here; a test
/// checks that this list and the OpenAPI document name the same routes.
pub const ROUTES: &[(Method, &str, Action)] = &[
    (Method::Get, "/healthz", Action::Public),
    (Method::Get, "/readyz", Action::Public),
    (Method::Get, "/openapi.json", Action::Public),
    (Method::Get, "/metrics", Action::ReadMetrics),
    (Method::Post, "/analyze", Action::Analyze),
    (Method::Post, "/anonymize", Action::Analyze),
    (Method::Get, "/supportedentities", Action::Analyze),
    (Method::Get, "/anonymizers", Action::Analyze),
    (Method::Post, "/v1/analyze", Action::Analyze),
    (Method::Post, "/v1/anonymize", Action::Analyze),
    (Method::Post, "/v1/session/login", Action::Public),
    (Method::Post, "/v1/session/signin", Action::Public),
    (Method::Post, "/v1/session/logout", Action::Authenticated),
    (Method::Get, "/v1/session", Action::Authenticated),
    (Method::Post, "/v1/conversations/{conversation_id}/messages", Action::IngestMessages),
    (Method::Post, "/v1/messages/batch", Action::IngestMessages),
    (Method::Get, "/v1/messages/{message_id}", Action::ReadMessages),
    (Method::Post, "/v1/messages/search", Action::ReadMessages),
    (Method::Post, "/v1/subjects/lookup", Action::LookupSubject),
    (Method::Post, "/v1/subjects/erase", Action::EraseSubject),
    (Method::Post, "/v1/tokens/{token}/reveal", Action::Reveal),
    (Method::Get, "/v1/audit/events", Action::ReadAudit),
    (Method::Get, "/v1/audit/verify", Action::VerifyAudit),
    (Method::Post, "/v1/audit/checkpoints", Action::CheckpointAudit),
    (Method::Get, "/v1/keys", Action::KeyStatus),
    (Method::Post, "/v1/keys/rotate", Action::RotateKeys),
    (Method::Get, "/v1/apikeys", Action::ManageAccess),
    (Method::Post, "/v1/apikeys", Action::ManageAccess),
    (Method::Post, "/v1/apikeys/{key_id}/revoke", Action::ManageAccess),
    (Method::Post, "/v1/users", Action::ManageAccess),
];

/// The action of a route, if it is listed.
pub fn route_action(method: &str, template: &str) -> Option<Action> {
    ROUTES.iter().find(|(m, p, _)| m.as_str() == method && *p == template).map(|(_, _, a)| *a)
}

/// The methods a path template accepts (for `Allow`).
pub fn allowed_methods(template: &str) -> Vec<&'static str> {
    ROUTES.iter().filter(|(_, p, _)| *p == template).map(|(m, _, _)| m.as_str()).collect()
}

/// The role table as Markdown (what the README shows).
pub fn markdown_table() -> String {
    let mut out = String::from("| action | routes |");
    for r in Role::ALL {
        out.push_str(&format!(" {r} |"));
    }
    out.push_str("\n|---|---|");
    for _ in Role::ALL {
        out.push_str("---|");
    }
    out.push('\n');
    for (action, _) in PERMISSIONS {
        let routes: Vec<String> =
            ROUTES.iter().filter(|(_, _, a)| a == action).map(|(m, p, _)| format!("`{} {}`", m.as_str(), p)).collect();
        out.push_str(&format!("| {} | {} |", action.as_str(), routes.join("<br>")));
        for r in Role::ALL {
            let cell = if !allowed(r, *action) {
                "–".to_owned()
            } else if *action == Action::Reveal {
                match REVEAL.iter().find(|(role, _)| *role == r).map(|(_, s)| *s) {
                    Some(RevealScope::Any) => "✓ every revealable type".to_owned(),
                    Some(RevealScope::Only(list)) => {
                        format!("✓ {}", list.iter().map(|e| e.as_str()).collect::<Vec<_>>().join(", "))
                    }
                    None => "–".to_owned(),
                }
            } else {
                "✓".to_owned()
            };
            out.push_str(&format!(" {cell} |"));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deny_by_default() {
        // Every non-public action is in the table exactly once.
        for (a, _) in PERMISSIONS {
            assert_eq!(PERMISSIONS.iter().filter(|(b, _)| b == a).count(), 1, "{a:?}");
        }
        for (_, _, a) in ROUTES {
            if !matches!(a, Action::Public | Action::Authenticated) {
                assert!(PERMISSIONS.iter().any(|(b, _)| b == a), "{a:?} has no row");
            }
        }
        assert!(!allowed(Admin, Action::Reveal));
        assert!(!allowed(Integration, Action::EraseSubject));
        assert!(allowed(Dpo, Action::EraseSubject));
        assert!(may_reveal(Agent, EntityType::EmailAddress));
        assert!(!may_reveal(Agent, EntityType::Location));
        assert!(may_reveal(Supervisor, EntityType::Location));
        assert!(may_reveal(Dpo, EntityType::IbanCode));
        assert!(!may_reveal(Auditor, EntityType::EmailAddress));
        assert!(!may_reveal(Integration, EntityType::EmailAddress));
    }

    #[test]
    fn routes_are_unique_and_roles_parse() {
        for (i, (m, p, _)) in ROUTES.iter().enumerate() {
            assert!(!ROUTES[i + 1..].iter().any(|(m2, p2, _)| m2 == m && p2 == p), "{m:?} {p}");
        }
        for r in Role::ALL {
            assert_eq!(r.as_str().parse::<Role>().unwrap(), r);
        }
        assert!("root".parse::<Role>().is_err());
        assert_eq!(route_action("POST", "/v1/keys/rotate"), Some(Action::RotateKeys));
        assert_eq!(route_action("DELETE", "/v1/keys/rotate"), None);
        assert_eq!(allowed_methods("/v1/apikeys"), vec!["GET", "POST"]);
    }

    #[test]
    fn the_docs_show_the_table_from_the_code() {
        // The README shows exactly the generated table.
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
        let table = markdown_table();
        assert!(
            readme.contains(&table),
            "README.md does not contain the role table generated from authz::PERMISSIONS; \
             replace it with:\n{table}"
        );
    }
}
