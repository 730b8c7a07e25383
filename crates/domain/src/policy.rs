//! What happens to each kind of personal data found in a message, and what may be
//! revealed later.
//!
//! # The policy file (TOML)
//!
//! ```toml
//! # Action for entity types not listed under [entities]: tokenize | mask | hash | drop.
//! default = "tokenize"
//!
//! # Entity types whose tokens `reveal` may open (replaces the default list).
//! revealable = ["EMAIL_ADDRESS", "PHONE_NUMBER", "LOCATION", "PERSON", "DATE_TIME"]
//!
//! [entities]
//! CREDIT_CARD = { action = "mask", keep_last = 4 }   # **** **** **** 4242, nothing kept
//! CVV = "drop"                                        # [CVV], nothing kept
//! US_SSN = "hash"                                     # [US_SSN:h_…] keyed hash, nothing kept
//! IBAN_CODE = "tokenize"                              # [IBAN_CODE:tok_…], original sealed
//! ```
//!
//! A file is applied on top of [`Policy::default`]: listed entity types override the
//! defaults, `default` replaces the default action, `revealable` replaces the list.
//! Unknown keys and unknown entity types are errors.
//!
//! | action | written in the text | kept in the vault |
//! |---|---|---|
//! | `tokenize` | `[EMAIL_ADDRESS:tok_…]` | the original, sealed with the subject's data key |
//! | `mask` | the value with all but the last `keep_last` letters and digits replaced by `*` (separators kept) | nothing |
//! | `hash` | `[TYPE:h_<24 hex>]`, HMAC-SHA256 under a key derived from the keyring (stable across messages and subjects, so equal values can be matched) | nothing |
//! | `drop` | `[TYPE]` | nothing |
//!
//! # Defaults
//!
//! * `CREDIT_CARD`: mask, last 4 kept; `CVV`, `PASSWORD`, `ONE_TIME_CODE`, `API_KEY`: drop.
//! * everything else: tokenize.
//! * revealable: contact data only, `EMAIL_ADDRESS`, `PHONE_NUMBER`, `LOCATION`,
//!   `PERSON`, `DATE_TIME`. Government ids, bank and card data are not revealable unless
//!   the file lists them.
//!
//! # Rules no file can change
//!
//! Card numbers, CVVs, passwords, one-time codes and API keys are never kept:
//! `tokenize` is refused for them (there is no legitimate need for a support tool to
//! hold a customer's credentials or full card number, and holding them widens PCI DSS
//! scope), `mask` may keep at most 4 characters of them, and they cannot be revealable.

use std::collections::{BTreeMap, HashMap, HashSet};

use hushdesk_detect::EntityType;
use serde::Deserialize;

use crate::error::VaultError;

/// The entity types that are never kept, whatever the policy says.
pub const NEVER_KEPT: &[EntityType] =
    &[EntityType::CreditCard, EntityType::Cvv, EntityType::Password, EntityType::OneTimeCode, EntityType::ApiKey];

/// The default revealable set: contact data.
pub const DEFAULT_REVEALABLE: &[EntityType] = &[
    EntityType::EmailAddress,
    EntityType::PhoneNumber,
    EntityType::Location,
    EntityType::Person,
    EntityType::DateTime,
];

/// What to do with one detected value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Seal the original in the vault and write `[TYPE:tok_…]`.
    Tokenize,
    /// Write a masked form, keep nothing.
    Mask {
        /// Letters and digits left readable at the end.
        keep_last: u8,
    },
    /// Write a keyed hash, keep nothing.
    Hash,
    /// Write `[TYPE]`, keep nothing.
    Drop,
}

impl Action {
    /// `tokenize`, `mask`, `hash` or `drop`.
    pub fn name(self) -> &'static str {
        match self {
            Action::Tokenize => "tokenize",
            Action::Mask { .. } => "mask",
            Action::Hash => "hash",
            Action::Drop => "drop",
        }
    }
}

/// The policy: an action per entity type and the revealable set. Two policies are equal
/// when they behave the same for every entity type.
#[derive(Clone, Debug)]
pub struct Policy {
    default: Action,
    per_entity: HashMap<EntityType, Action>,
    revealable: HashSet<EntityType>,
}

impl PartialEq for Policy {
    fn eq(&self, other: &Self) -> bool {
        self.revealable == other.revealable && EntityType::ALL.iter().all(|&e| self.action(e) == other.action(e))
    }
}

impl Eq for Policy {}

impl Default for Policy {
    fn default() -> Self {
        let mut per_entity = HashMap::new();
        per_entity.insert(EntityType::CreditCard, Action::Mask { keep_last: 4 });
        for e in [EntityType::Cvv, EntityType::Password, EntityType::OneTimeCode, EntityType::ApiKey] {
            per_entity.insert(e, Action::Drop);
        }
        Policy { default: Action::Tokenize, per_entity, revealable: DEFAULT_REVEALABLE.iter().copied().collect() }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    default: Option<ActionSpec>,
    revealable: Option<Vec<String>>,
    #[serde(default)]
    entities: BTreeMap<String, ActionSpec>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum ActionSpec {
    Name(String),
    Table(ActionTable),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActionTable {
    action: String,
    keep_last: Option<u8>,
}

impl ActionSpec {
    fn parse(&self) -> Result<Action, VaultError> {
        let (name, keep_last) = match self {
            ActionSpec::Name(n) => (n.as_str(), None),
            ActionSpec::Table(t) => (t.action.as_str(), t.keep_last),
        };
        let action = match name {
            "tokenize" => Action::Tokenize,
            "mask" => Action::Mask { keep_last: keep_last.unwrap_or(4) },
            "hash" => Action::Hash,
            "drop" => Action::Drop,
            other => {
                return Err(VaultError::Policy(format!(
                    "unknown action {other:?} (expected tokenize, mask, hash or drop)"
                )));
            }
        };
        if keep_last.is_some() && !matches!(action, Action::Mask { .. }) {
            return Err(VaultError::Policy("keep_last only applies to action = \"mask\"".into()));
        }
        if let Action::Mask { keep_last } = action
            && keep_last > 8
        {
            return Err(VaultError::Policy("keep_last must be at most 8".into()));
        }
        Ok(action)
    }
}

fn entity(name: &str) -> Result<EntityType, VaultError> {
    name.parse::<EntityType>().map_err(|e| VaultError::Policy(e.to_string()))
}

impl Policy {
    /// Reads a policy file (see the module documentation), on top of the defaults.
    ///
    /// # Errors
    /// [`VaultError::Policy`] naming the offending setting.
    pub fn from_toml(text: &str) -> Result<Self, VaultError> {
        let file: PolicyFile = toml::from_str(text)
            .map_err(|e| VaultError::Policy(format!("not a valid policy file: {}", e.message())))?;
        let mut p = Policy::default();
        if let Some(d) = &file.default {
            p.default = d.parse()?;
        }
        for (name, spec) in &file.entities {
            p.per_entity.insert(entity(name)?, spec.parse()?);
        }
        if let Some(list) = &file.revealable {
            p.revealable = list.iter().map(|n| entity(n)).collect::<Result<_, _>>()?;
        }
        p.validate()?;
        Ok(p)
    }

    /// Builds a policy in code (validated like a file).
    ///
    /// # Errors
    /// As [`Policy::from_toml`].
    pub fn new(
        default: Action,
        per_entity: HashMap<EntityType, Action>,
        revealable: HashSet<EntityType>,
    ) -> Result<Self, VaultError> {
        let mut p = Policy { default, per_entity, revealable };
        for &e in NEVER_KEPT {
            p.per_entity.entry(e).or_insert(Policy::default().action(e));
        }
        p.validate()?;
        Ok(p)
    }

    fn validate(&self) -> Result<(), VaultError> {
        for &e in NEVER_KEPT {
            match self.action(e) {
                Action::Tokenize => {
                    return Err(VaultError::Policy(format!("{e} is never kept: tokenize is not allowed for it")));
                }
                Action::Mask { keep_last } if keep_last > 4 => {
                    return Err(VaultError::Policy(format!("{e}: mask may keep at most 4 characters")));
                }
                _ => {}
            }
            if self.revealable.contains(&e) {
                return Err(VaultError::Policy(format!("{e} is never kept, so it cannot be revealable")));
            }
        }
        Ok(())
    }

    /// The action for an entity type.
    pub fn action(&self, e: EntityType) -> Action {
        self.per_entity.get(&e).copied().unwrap_or(self.default)
    }

    /// Whether tokens of this type may be revealed.
    pub fn is_revealable(&self, e: EntityType) -> bool {
        self.revealable.contains(&e)
    }

    /// The revealable entity types, sorted by name.
    pub fn revealable(&self) -> Vec<EntityType> {
        let mut v: Vec<_> = self.revealable.iter().copied().collect();
        v.sort_by_key(|e| e.as_str());
        v
    }

    /// The policy as a TOML document (every entity type listed), e.g. for `--print-policy`.
    pub fn to_toml(&self) -> String {
        let mut s = format!("default = \"{}\"\nrevealable = [", self.default.name());
        let names: Vec<String> = self.revealable().iter().map(|e| format!("\"{e}\"")).collect();
        s.push_str(&names.join(", "));
        s.push_str("]\n\n[entities]\n");
        for &e in EntityType::ALL {
            match self.action(e) {
                Action::Mask { keep_last } => {
                    s.push_str(&format!("{e} = {{ action = \"mask\", keep_last = {keep_last} }}\n"));
                }
                a => s.push_str(&format!("{e} = \"{}\"\n", a.name())),
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_safe() {
        let p = Policy::default();
        assert_eq!(p.action(EntityType::CreditCard), Action::Mask { keep_last: 4 });
        for e in [EntityType::Cvv, EntityType::Password, EntityType::OneTimeCode, EntityType::ApiKey] {
            assert_eq!(p.action(e), Action::Drop);
        }
        assert_eq!(p.action(EntityType::EmailAddress), Action::Tokenize);
        assert_eq!(p.action(EntityType::UsSsn), Action::Tokenize);
        assert!(p.is_revealable(EntityType::EmailAddress));
        assert!(p.is_revealable(EntityType::Person));
        assert!(!p.is_revealable(EntityType::UsSsn));
        assert!(!p.is_revealable(EntityType::IbanCode));
        assert!(!p.is_revealable(EntityType::CreditCard));
    }

    #[test]
    fn file_overrides_defaults() {
        let p = Policy::from_toml(
            r#"
            revealable = ["EMAIL_ADDRESS", "IBAN_CODE"]
            [entities]
            US_SSN = "hash"
            CREDIT_CARD = { action = "mask", keep_last = 2 }
            PERSON = "drop"
            "#,
        )
        .unwrap();
        assert_eq!(p.action(EntityType::UsSsn), Action::Hash);
        assert_eq!(p.action(EntityType::CreditCard), Action::Mask { keep_last: 2 });
        assert_eq!(p.action(EntityType::Person), Action::Drop);
        assert_eq!(p.action(EntityType::Cvv), Action::Drop);
        assert!(p.is_revealable(EntityType::IbanCode));
        assert!(!p.is_revealable(EntityType::PhoneNumber));
        // The printed form reads back to the same policy.
        assert_eq!(Policy::from_toml(&p.to_toml()).unwrap(), p);
        assert_eq!(Policy::from_toml(&Policy::default().to_toml()).unwrap(), Policy::default());
    }

    #[test]
    fn never_kept_types_cannot_be_kept() {
        for bad in [
            "[entities]\nCREDIT_CARD = \"tokenize\"",
            "[entities]\nPASSWORD = \"tokenize\"",
            "[entities]\nCVV = { action = \"mask\", keep_last = 5 }",
            "revealable = [\"CREDIT_CARD\"]",
            "[entities]\nNOT_A_TYPE = \"drop\"",
            "[entities]\nPERSON = \"shred\"",
            "[entities]\nPERSON = { action = \"drop\", keep_last = 1 }",
            "colour = \"blue\"",
        ] {
            assert!(matches!(Policy::from_toml(bad), Err(VaultError::Policy(_))), "{bad}");
        }
        // A tokenize default does not reach the never-kept types.
        let p = Policy::from_toml("default = \"tokenize\"").unwrap();
        assert_eq!(p.action(EntityType::Password), Action::Drop);
        assert!(Policy::new(Action::Tokenize, HashMap::new(), HashSet::new()).is_ok());
    }
}
