//! Credentials backed by the store: the [`Authenticator`] over the vault's API keys and
//! sessions, the console session endpoints (log-in, sign-in link, log-out, who am I),
//! the admin endpoints for API keys and users, message search and audit queries.
//!
//! Passwords are hashed and verified with Argon2id on the CPU pool; an unknown user is
//! verified against a dummy hash so timing does not reveal which addresses exist.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use hushdesk_crypto::SecretString;
use hushdesk_domain::access::{LoginOutcome, NewSession, SessionSettings};
use hushdesk_domain::store::{ApiKeyRow, AuditFilter, MessageFilter};
use hushdesk_domain::{MessageId, Timestamp};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::api::{Backend, MessageOut, SubjectRef, backend, message_out, parse_time, rfc3339, vault_problem};
use crate::auth::{Authenticator, BoxFuture, Principal, SESSION_COOKIE, Via};
use crate::authz::Role;
use crate::config::{Config, HumanDuration};
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::problem::ApiError;
use crate::state::AppState;

/// Shortest password accepted.
pub const MIN_PASSWORD: usize = 12;

/// Session settings from the configuration.
pub fn session_settings(c: &Config) -> SessionSettings {
    SessionSettings {
        idle: c.session.idle_timeout.0,
        absolute: c.session.absolute_timeout.0,
        max_failed: c.session.max_failed_logins,
        lockout: c.session.lockout.0,
    }
}

/// [`Authenticator`] over the store.
pub struct StoreAuthenticator {
    backend: Arc<dyn Backend>,
    settings: SessionSettings,
}

impl StoreAuthenticator {
    /// Over `backend`.
    pub fn new(backend: Arc<dyn Backend>, config: &Config) -> Self {
        StoreAuthenticator { backend, settings: session_settings(config) }
    }
}

fn role(s: &str) -> Option<Role> {
    s.parse().ok()
}

impl Authenticator for StoreAuthenticator {
    fn api_key<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Principal>, ApiError>> {
        Box::pin(async move {
            let row = self.backend.authenticate_api_key(key).await.map_err(vault_problem)?;
            Ok(row
                .and_then(|r| Some(Principal { role: Some(role(&r.role)?), id: r.id, name: r.name, via: Via::ApiKey })))
        })
    }

    fn session<'a>(&'a self, session_id: &'a str) -> BoxFuture<'a, Result<Option<Principal>, ApiError>> {
        Box::pin(async move {
            let found = self.backend.session(session_id, &self.settings).await.map_err(vault_problem)?;
            Ok(found.and_then(|(u, csrf)| {
                Some(Principal {
                    role: Some(role(&u.role)?),
                    id: u.id,
                    name: u.email,
                    via: Via::Session { csrf, session_id: session_id.to_owned() },
                })
            }))
        })
    }
}

// ---------------------------------------------------------------------------- shapes

/// Log-in request.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginIn {
    /// E-mail address.
    pub email: String,
    /// Password.
    pub password: String,
}

/// Sign-in link use: set the password and log in.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SigninIn {
    /// The token from the sign-in link (`hdl_…`).
    pub token: String,
    /// The new password (at least 12 characters).
    pub password: String,
}

/// Who is calling.
#[derive(Debug, Serialize, ToSchema)]
pub struct WhoAmI {
    /// Key id or user id.
    pub id: String,
    /// Key name or e-mail address.
    pub name: String,
    /// Role.
    pub role: Option<Role>,
    /// `api_key` or `session`.
    pub via: String,
    /// CSRF token to send as `X-CSRF-Token` (sessions only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
}

/// An API key (never the key itself, except once on creation).
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiKeyOut {
    /// `key_…`.
    pub id: String,
    /// Name.
    pub name: String,
    /// Role.
    pub role: String,
    /// Created.
    pub created_at: String,
    /// Expires.
    pub expires_at: Option<String>,
    /// Revoked.
    pub revoked_at: Option<String>,
}

fn key_out(r: &ApiKeyRow) -> ApiKeyOut {
    ApiKeyOut {
        id: r.id.clone(),
        name: r.name.clone(),
        role: r.role.clone(),
        created_at: rfc3339(r.created_at),
        expires_at: r.expires_at.map(rfc3339),
        revoked_at: r.revoked_at.map(rfc3339),
    }
}

/// A new API key.
#[derive(Debug, Serialize, ToSchema)]
pub struct NewApiKeyOut {
    /// The record.
    #[serde(flatten)]
    pub record: ApiKeyOut,
    /// The key: shown once, stored only as a keyed hash.
    pub key: String,
}

/// API key list.
#[derive(Debug, Serialize, ToSchema)]
pub struct ApiKeyList {
    /// Keys, oldest first.
    pub keys: Vec<ApiKeyOut>,
}

/// New API key request.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewApiKeyIn {
    /// What it is for.
    pub name: String,
    /// Role.
    pub role: Role,
    /// Lifetime, e.g. `90d` (default: no expiry).
    #[serde(default)]
    pub expires_in: Option<String>,
}

/// Revocation result.
#[derive(Debug, Serialize, ToSchema)]
pub struct Revoked {
    /// The key.
    pub id: String,
    /// Always true.
    pub revoked: bool,
}

/// New user request.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewUserIn {
    /// E-mail address (the log-in name).
    pub email: String,
    /// Role.
    pub role: Role,
}

/// A new user and their one-time sign-in link.
#[derive(Debug, Serialize, ToSchema)]
pub struct NewUserOut {
    /// `usr_…`.
    pub id: String,
    /// E-mail address.
    pub email: String,
    /// Role.
    pub role: String,
    /// One-time link to set the password (the token is in the fragment, never sent
    /// to a server by a browser); valid for `session.signin_link_ttl`.
    pub signin_link: String,
}

/// Message search.
#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct SearchIn {
    /// Only this subject (found through the blind index of the identifier).
    #[serde(default)]
    pub subject: Option<SubjectRef>,
    /// At or after (RFC 3339).
    #[serde(default)]
    pub from: Option<String>,
    /// Before (RFC 3339).
    #[serde(default)]
    pub to: Option<String>,
    /// `next_cursor` of the previous page.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Page size, 1–100 (default 50).
    #[serde(default)]
    #[schema(minimum = 1, maximum = 100)]
    pub limit: Option<u32>,
}

/// A page of messages.
#[derive(Debug, Serialize, ToSchema)]
pub struct MessagePage {
    /// Messages, oldest first.
    pub messages: Vec<MessageOut>,
    /// Cursor of the next page, if there may be one.
    pub next_cursor: Option<String>,
}

/// Audit query.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Only this actor (e.g. `apikey:helpdesk`, `user:ann@corp.example`).
    pub actor: Option<String>,
    /// Only this action (e.g. `token.reveal`, `subject.erase`).
    pub action: Option<String>,
    /// At or after (RFC 3339).
    pub from: Option<String>,
    /// Before (RFC 3339).
    pub to: Option<String>,
    /// Entries after this sequence number (the `next_after` of the previous page).
    #[param(minimum = 0, maximum = 9223372036854775807_i64)]
    pub after: Option<u64>,
    /// Page size, 1–1000 (default 100).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
}

/// One audit entry.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEventOut {
    /// Sequence number.
    pub seq: u64,
    /// When.
    pub at: String,
    /// Who.
    pub actor: String,
    /// What.
    pub action: String,
    /// On what (an id).
    pub target: String,
    /// Keyed commitment of the subject (hex), if any.
    pub subject_commitment: Option<String>,
    /// Stated reason (redacted).
    pub reason: String,
    /// Stated purpose (redacted).
    pub purpose: String,
    /// Details.
    #[schema(value_type = Object)]
    pub details: serde_json::Value,
    /// Entry hash (hex).
    pub hash: String,
}

/// A page of audit entries.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditPage {
    /// Entries, by sequence number.
    pub events: Vec<AuditEventOut>,
    /// `after` for the next page, if there may be one.
    pub next_after: Option<u64>,
}

// ---------------------------------------------------------------------------- helpers

fn session_cookie(id: &str, max_age: Duration) -> HeaderValue {
    let v = format!("{SESSION_COOKIE}={id}; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age={}", max_age.as_secs());
    HeaderValue::from_str(&v).unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn logged_in(state: &AppState, s: NewSession) -> Response {
    let body = WhoAmI {
        id: s.user.id.clone(),
        name: s.user.email.clone(),
        role: role(&s.user.role),
        via: "session".into(),
        csrf_token: Some(s.csrf.clone()),
    };
    let mut res = Json(body).into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        session_cookie(s.session_id.expose_secret(), state.config.session.absolute_timeout.0),
    );
    res
}

/// A fixed Argon2id hash to verify against when the user does not exist.
fn dummy_hash() -> &'static str {
    static H: OnceLock<String> = OnceLock::new();
    H.get_or_init(|| {
        hushdesk_crypto::hash_password(&SecretString::from("dummy password for timing")).unwrap_or_default()
    })
}

fn bad_credentials() -> ApiError {
    ApiError::unauthorized("unknown e-mail address or wrong password")
}

// ---------------------------------------------------------------------------- handlers

/// Console log-in: sets the `hd_session` cookie (HttpOnly, Secure, SameSite=Strict)
/// and returns the CSRF token. Accounts lock after repeated failures.
#[utoipa::path(
    post,
    path = "/v1/session/login",
    tag = "access",
    operation_id = "login",
    security(()),
    request_body = LoginIn,
    responses(
        (status = 200, description = "Logged in; Set-Cookie carries the session", body = WhoAmI),
        (status = 401, description = "Unknown address or wrong password", body = crate::problem::Problem, content_type = "application/problem+json"),
        (status = 423, description = "Locked after repeated failures", body = crate::problem::Problem, content_type = "application/problem+json")
    )
)]
pub async fn login(State(state): State<AppState>, ApiJson(r): ApiJson<LoginIn>) -> Result<Response, ApiError> {
    let be = backend(&state)?;
    let user = be.user_by_email(&r.email).await.map_err(vault_problem)?;
    let phc = user.as_ref().and_then(|u| u.password_hash.clone()).unwrap_or_else(|| dummy_hash().to_owned());
    let password = SecretString::new(r.password);
    let ok = state.cpu.run(move || hushdesk_crypto::verify_password(&phc, &password)).await?;
    let Some(user) = user else {
        state.metrics.auth_failure("login");
        return Err(bad_credentials());
    };
    match be.login_verified(&user.id, ok, &session_settings(&state.config)).await.map_err(vault_problem)? {
        LoginOutcome::Ok(s) => Ok(logged_in(&state, s)),
        LoginOutcome::BadCredentials => {
            state.metrics.auth_failure("login");
            Err(bad_credentials())
        }
        LoginOutcome::Locked { until } => {
            state.metrics.auth_failure("locked");
            Err(ApiError::new(
                StatusCode::LOCKED,
                "account-locked",
                "Account locked",
                format!("too many failed log-ins; the account is locked until {}", rfc3339(until)),
            ))
        }
    }
}

/// Uses a one-time sign-in link: sets the password and logs in.
#[utoipa::path(
    post,
    path = "/v1/session/signin",
    tag = "access",
    operation_id = "signin",
    security(()),
    request_body = SigninIn,
    responses(
        (status = 200, description = "Password set, logged in", body = WhoAmI),
        (status = 401, description = "Unknown, used or expired link", body = crate::problem::Problem, content_type = "application/problem+json")
    )
)]
pub async fn signin(State(state): State<AppState>, ApiJson(r): ApiJson<SigninIn>) -> Result<Response, ApiError> {
    let be = backend(&state)?;
    if r.password.chars().count() < MIN_PASSWORD {
        return Err(ApiError::invalid(format!("password must be at least {MIN_PASSWORD} characters")));
    }
    if r.password.len() > hushdesk_crypto::password::MAX_PASSWORD_BYTES {
        return Err(ApiError::invalid("password is too long"));
    }
    let password = SecretString::new(r.password);
    let phc =
        state.cpu.run(move || hushdesk_crypto::hash_password(&password)).await?.map_err(|_| ApiError::internal())?;
    match be.use_signin_link(&r.token, &phc, &session_settings(&state.config)).await.map_err(vault_problem)? {
        Some(s) => Ok(logged_in(&state, s)),
        None => {
            state.metrics.auth_failure("signin_link");
            Err(ApiError::unauthorized("the sign-in link is unknown, already used or expired"))
        }
    }
}

/// Ends the console session (clears the cookie). API keys have nothing to end.
#[utoipa::path(
    post,
    path = "/v1/session/logout",
    tag = "access",
    operation_id = "logout",
    responses((status = 204, description = "Logged out"))
)]
pub async fn logout(State(state): State<AppState>, principal: Principal) -> Result<Response, ApiError> {
    if let Via::Session { session_id, .. } = &principal.via {
        let actor = hushdesk_domain::Actor::new(&principal.actor()).map_err(|_| ApiError::internal())?;
        backend(&state)?.logout(&actor, session_id).await.map_err(vault_problem)?;
    }
    let mut res = StatusCode::NO_CONTENT.into_response();
    res.headers_mut().append(
        header::SET_COOKIE,
        HeaderValue::from_static("hd_session=; HttpOnly; Secure; SameSite=Strict; Path=/; Max-Age=0"),
    );
    Ok(res)
}

/// Who is calling (and, for a session, its CSRF token).
#[utoipa::path(get, path = "/v1/session", tag = "access", operation_id = "whoami", responses((status = 200, description = "The caller", body = WhoAmI)))]
pub async fn whoami(principal: Principal) -> Json<WhoAmI> {
    let (via, csrf_token) = match &principal.via {
        Via::ApiKey => ("api_key", None),
        Via::Session { csrf, .. } => ("session", Some(csrf.clone())),
        Via::Anonymous => ("anonymous", None),
    };
    Json(WhoAmI { id: principal.id, name: principal.name, role: principal.role, via: via.into(), csrf_token })
}

/// API keys.
#[utoipa::path(get, path = "/v1/apikeys", tag = "access", operation_id = "list_api_keys", responses((status = 200, description = "Keys", body = ApiKeyList)))]
pub async fn list_api_keys(State(state): State<AppState>) -> Result<Json<ApiKeyList>, ApiError> {
    let rows = backend(&state)?.list_api_keys().await.map_err(vault_problem)?;
    Ok(Json(ApiKeyList { keys: rows.iter().map(key_out).collect() }))
}

/// Creates an API key; the response holds the key, shown this once.
#[utoipa::path(post, path = "/v1/apikeys", tag = "access", operation_id = "create_api_key", request_body = NewApiKeyIn, responses((status = 201, description = "Created", body = NewApiKeyOut)))]
pub async fn create_api_key(
    State(state): State<AppState>,
    principal: Principal,
    ApiJson(r): ApiJson<NewApiKeyIn>,
) -> Result<(StatusCode, Json<NewApiKeyOut>), ApiError> {
    let expires = match r.expires_in.as_deref() {
        None => None,
        Some(s) => {
            let d = HumanDuration::parse(s).map_err(|_| ApiError::invalid("expires_in must be like 90d, 12h, 30m"))?;
            if d.0.is_zero() {
                return Err(ApiError::invalid("expires_in must be positive"));
            }
            Some(Timestamp(Timestamp::now().0.saturating_add(i64::try_from(d.0.as_micros()).unwrap_or(i64::MAX))))
        }
    };
    let actor = hushdesk_domain::Actor::new(&principal.actor()).map_err(|_| ApiError::internal())?;
    let (row, key) =
        backend(&state)?.create_api_key(&actor, &r.name, r.role.as_str(), expires).await.map_err(vault_problem)?;
    Ok((StatusCode::CREATED, Json(NewApiKeyOut { record: key_out(&row), key: key.expose_secret().to_owned() })))
}

/// Revokes an API key (effective on the next request).
#[utoipa::path(
    post,
    path = "/v1/apikeys/{key_id}/revoke",
    tag = "access",
    operation_id = "revoke_api_key",
    params(("key_id" = String, Path, description = "key_…")),
    responses((status = 200, description = "Revoked", body = Revoked))
)]
pub async fn revoke_api_key(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<Revoked>, ApiError> {
    let actor = hushdesk_domain::Actor::new(&principal.actor()).map_err(|_| ApiError::internal())?;
    if backend(&state)?.revoke_api_key(&actor, &id).await.map_err(vault_problem)? {
        Ok(Json(Revoked { id, revoked: true }))
    } else {
        Err(ApiError::not_found("no such active API key"))
    }
}

/// The sign-in link for a token.
pub fn signin_link(base: &str, token: &str) -> String {
    format!("{base}/console/signin#token={token}")
}

/// Creates a console user; the response holds a one-time sign-in link.
#[utoipa::path(post, path = "/v1/users", tag = "access", operation_id = "create_user", request_body = NewUserIn, responses((status = 201, description = "Created", body = NewUserOut), (status = 409, description = "The address exists", body = crate::problem::Problem, content_type = "application/problem+json")))]
pub async fn create_user(
    State(state): State<AppState>,
    principal: Principal,
    ApiJson(r): ApiJson<NewUserIn>,
) -> Result<(StatusCode, Json<NewUserOut>), ApiError> {
    let actor = hushdesk_domain::Actor::new(&principal.actor()).map_err(|_| ApiError::internal())?;
    let ttl = state.config.session.signin_link_ttl.0;
    let (user, token) =
        backend(&state)?.create_user(&actor, &r.email, r.role.as_str(), ttl).await.map_err(vault_problem)?;
    let base = state.base_url.clone();
    Ok((
        StatusCode::CREATED,
        Json(NewUserOut {
            id: user.id,
            email: user.email,
            role: user.role,
            signin_link: signin_link(&base, token.expose_secret()),
        }),
    ))
}

fn parse_cursor(c: &str) -> Result<(Timestamp, MessageId), ApiError> {
    let bad = || ApiError::invalid("cursor is not a cursor returned by this endpoint");
    let (t, id) = c.split_once('.').ok_or_else(bad)?;
    let t: i64 = t.parse().map_err(|_| bad())?;
    Ok((Timestamp(t), MessageId::parse(id).map_err(|_| bad())?))
}

/// Lists messages of a subject (found through the blind index of an identifier) or of
/// everyone, in a time window, oldest first, paginated. A POST so identifiers never
/// appear in URLs.
#[utoipa::path(post, path = "/v1/messages/search", tag = "vault", operation_id = "search_messages", request_body = SearchIn, responses((status = 200, description = "A page", body = MessagePage)))]
pub async fn search_messages(
    State(state): State<AppState>,
    ApiJson(r): ApiJson<SearchIn>,
) -> Result<Json<MessagePage>, ApiError> {
    let be = backend(&state)?;
    let limit = r.limit.unwrap_or(50);
    if !(1..=100).contains(&limit) {
        return Err(ApiError::invalid("limit must be between 1 and 100"));
    }
    let subject = match &r.subject {
        None => None,
        Some(s) => {
            let sel = s.selector()?;
            match be.find_subject(&sel).await {
                Ok(id) => Some(id),
                Err(hushdesk_domain::VaultError::UnknownSubject) => {
                    return Ok(Json(MessagePage { messages: Vec::new(), next_cursor: None }));
                }
                Err(e) => return Err(vault_problem(e)),
            }
        }
    };
    let filter = MessageFilter {
        subject,
        from: r.from.as_deref().map(|s| parse_time("from", s)).transpose()?,
        to: r.to.as_deref().map(|s| parse_time("to", s)).transpose()?,
        after: r.cursor.as_deref().map(parse_cursor).transpose()?,
        limit,
    };
    let views = be.list_messages(&filter).await.map_err(vault_problem)?;
    let next_cursor =
        if views.len() == limit as usize { views.last().map(|m| format!("{}.{}", m.at.0, m.id)) } else { None };
    Ok(Json(MessagePage { messages: views.into_iter().map(message_out).collect(), next_cursor }))
}

/// Audit entries, filtered by actor, action and time, paginated by sequence number.
#[utoipa::path(get, path = "/v1/audit/events", tag = "audit", operation_id = "audit_events", params(AuditQuery), responses((status = 200, description = "A page", body = AuditPage)))]
pub async fn audit_events(
    State(state): State<AppState>,
    ApiQuery(q): ApiQuery<AuditQuery>,
) -> Result<Json<AuditPage>, ApiError> {
    let limit = q.limit.unwrap_or(100);
    if !(1..=1000).contains(&limit) {
        return Err(ApiError::bad_parameter("limit must be between 1 and 1000"));
    }
    let time = |field: &str, v: &Option<String>| -> Result<Option<Timestamp>, ApiError> {
        v.as_deref()
            .map(|s| {
                parse_time(field, s).map_err(|_| ApiError::bad_parameter(format!("{field} must be an RFC 3339 time")))
            })
            .transpose()
    };
    let after_seq = q.after.unwrap_or(0);
    if i64::try_from(after_seq).is_err() {
        return Err(ApiError::bad_parameter("after must be at most 9223372036854775807"));
    }
    let filter = AuditFilter {
        actor: q.actor.clone(),
        action: q.action.clone(),
        from: time("from", &q.from)?,
        to: time("to", &q.to)?,
        after_seq,
        limit,
    };
    let rows = backend(&state)?.audit_events(&filter).await.map_err(vault_problem)?;
    let next_after = if rows.len() == limit as usize { rows.last().map(|r| r.seq) } else { None };
    Ok(Json(AuditPage {
        events: rows
            .into_iter()
            .map(|r| AuditEventOut {
                seq: r.seq,
                at: rfc3339(r.event.at),
                actor: r.event.actor,
                action: r.event.action,
                target: r.event.target,
                subject_commitment: r.event.subject.map(hex::encode),
                reason: r.event.reason,
                purpose: r.event.purpose,
                details: serde_json::from_str(&r.event.details).unwrap_or(serde_json::Value::Null),
                hash: hex::encode(r.hash),
            })
            .collect(),
        next_after,
    }))
}

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(login))
        .routes(routes!(signin))
        .routes(routes!(logout))
        .routes(routes!(whoami))
        .routes(routes!(list_api_keys, create_api_key))
        .routes(routes!(revoke_api_key))
        .routes(routes!(create_user))
        .routes(routes!(search_messages))
        .routes(routes!(audit_events))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_is_http_only_secure_strict() {
        let c = session_cookie("hds_abc", Duration::from_secs(60));
        let c = c.to_str().unwrap();
        assert!(c.starts_with("hd_session=hds_abc;"), "{c}");
        for attr in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/", "Max-Age=60"] {
            assert!(c.contains(attr), "{attr} missing in {c}");
        }
    }

    #[test]
    fn signin_link_keeps_the_token_in_the_fragment() {
        assert_eq!(signin_link("https://h:1", "hdl_x"), "https://h:1/console/signin#token=hdl_x");
    }

    #[test]
    fn cursors_round_trip_and_bad_ones_are_refused() {
        let id = MessageId::generate().unwrap();
        let (t, back) = parse_cursor(&format!("42.{id}")).unwrap();
        assert_eq!((t, back), (Timestamp(42), id));
        for bad in ["", "42", "x.msg_a", "42.nope"] {
            assert!(parse_cursor(bad).is_err(), "{bad}");
        }
    }
}
