//! Identifiers, times and small value types shared by the use cases and the store.

use std::fmt;

use crate::error::VaultError;

/// A point in time: microseconds since the Unix epoch, UTC. Stored as `i64` by every
/// backend (no time-zone or driver-specific types).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// Microseconds since the Unix epoch.
    pub fn as_micros(self) -> i64 {
        self.0
    }

    /// The current time from the system clock.
    pub fn now() -> Self {
        let d = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        Timestamp(i64::try_from(d.as_micros()).unwrap_or(i64::MAX))
    }
}

/// Where the use cases get the time from (tests use a fixed clock).
pub trait Clock: Send + Sync {
    /// The current time.
    fn now(&self) -> Timestamp;
}

/// The system clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// Alphabet of ids: the characters of RFC 4648 base32 (`a-z 2-7`) in ASCII order, so
/// that ids sort like the bytes they encode.
const ID_ALPHABET: &[u8; 32] = b"234567abcdefghijklmnopqrstuvwxyz";

/// A new time-ordered id body: 48 bits of milliseconds since the epoch, then 80 random
/// bits (OS RNG), as 26 characters that sort in creation order. Ids made in the same
/// millisecond are in random order. Appending in key order keeps the database's
/// B-trees compact (random keys would rewrite a random page per insert); the cost is
/// that an id reveals when it was made, which the rows record anyway.
fn time_ordered_id() -> Result<String, VaultError> {
    let mut raw = [0u8; 16];
    let ms = u64::try_from(Timestamp::now().0 / 1000).unwrap_or(0);
    raw[..6].copy_from_slice(&ms.to_be_bytes()[2..]);
    let rand: [u8; 10] = hushdesk_crypto::random::bytes()?;
    raw[6..].copy_from_slice(&rand);
    let n = u128::from_be_bytes(raw);
    // 128 bits = 25 full 5-bit groups + 3 bits: the first character holds the top 3.
    let mut out = String::with_capacity(26);
    for i in (0..26).rev() {
        let idx = ((n >> (i * 5)) & 0x1f) as usize;
        out.push(char::from(ID_ALPHABET[idx]));
    }
    Ok(out)
}

macro_rules! random_id {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// Prefix of every id of this kind.
            pub const PREFIX: &'static str = $prefix;

            /// A fresh time-ordered id (48-bit milliseconds + 80 random bits).
            pub fn generate() -> Result<Self, VaultError> {
                Ok($name(format!("{}{}", $prefix, time_ordered_id()?)))
            }

            /// Parses an id: the prefix followed by 26 base32 characters.
            pub fn parse(s: &str) -> Result<Self, VaultError> {
                let body = s.strip_prefix($prefix).unwrap_or("");
                if body.len() == 26 && body.bytes().all(|b| matches!(b, b'a'..=b'z' | b'2'..=b'7')) {
                    Ok($name(s.to_owned()))
                } else {
                    Err(VaultError::InvalidInput(concat!("not a valid ", stringify!($name))))
                }
            }

            /// Wraps a value read back from the store (trusted).
            pub fn from_stored(s: String) -> Self {
                $name(s)
            }

            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

random_id!(
    /// A data subject (the customer a message is about): `sub_` + 26 base32 characters,
    /// time-ordered and otherwise random, so it says nothing about the person.
    SubjectId,
    "sub_"
);
random_id!(
    /// A stored message: `msg_` + 26 base32 characters.
    MessageId,
    "msg_"
);

/// The caller's conversation id, e.g. `c-1` or a helpdesk ticket number.
///
/// Stored in clear, so it must not be personal data: 1–128 characters of
/// `A-Z a-z 0-9 . _ : -` (no `@`, no spaces, so an e-mail address or a name cannot be
/// used as one by accident).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConversationId(String);

impl ConversationId {
    /// Validates a conversation id.
    pub fn parse(s: &str) -> Result<Self, VaultError> {
        let ok = (1..=128).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b':' | b'-'));
        if ok {
            Ok(ConversationId(s.to_owned()))
        } else {
            Err(VaultError::InvalidInput(
                "conversation id must be 1-128 characters of A-Z a-z 0-9 . _ : - (no personal data)",
            ))
        }
    }

    /// Wraps a value read back from the store (trusted).
    pub fn from_stored(s: String) -> Self {
        ConversationId(s)
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ConversationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Who wrote a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Author {
    /// The data subject.
    Customer,
    /// A support agent.
    Agent,
}

impl Author {
    /// `"customer"` or `"agent"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Author::Customer => "customer",
            Author::Agent => "agent",
        }
    }

    /// Parses `"customer"` or `"agent"`.
    pub fn parse(s: &str) -> Result<Self, VaultError> {
        match s {
            "customer" => Ok(Author::Customer),
            "agent" => Ok(Author::Agent),
            _ => Err(VaultError::InvalidInput("author must be \"customer\" or \"agent\"")),
        }
    }
}

/// Who performs an action, as recorded in the audit log (a staff member, a service,
/// `cli`). 1–128 printable characters; staff names are recorded on purpose (the audit
/// log must say who revealed what).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Actor(String);

impl Actor {
    /// Validates an actor name.
    pub fn new(s: &str) -> Result<Self, VaultError> {
        let s = s.trim();
        if (1..=128).contains(&s.len()) && !s.chars().any(char::is_control) {
            Ok(Actor(s.to_owned()))
        } else {
            Err(VaultError::InvalidInput("actor must be 1-128 printable characters"))
        }
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A token that stands for one kept value in redacted text, with its entity type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenRef {
    /// `tok_` + 26 base32 characters.
    pub token: String,
    /// e.g. `EMAIL_ADDRESS`.
    pub entity_type: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_sort_in_creation_order() {
        let a = MessageId::generate().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(2));
        let b = MessageId::generate().unwrap();
        assert!(a < b, "{a} {b}");
        assert_ne!(MessageId::generate().unwrap(), MessageId::generate().unwrap());
        let first = time_ordered_id().unwrap().chars().next().unwrap();
        assert_eq!(first, '2', "the top bits stay zero for centuries");
    }

    #[test]
    fn ids_round_trip_and_reject_garbage() {
        let s = SubjectId::generate().unwrap();
        assert!(s.as_str().starts_with("sub_"));
        assert_eq!(SubjectId::parse(s.as_str()).unwrap(), s);
        assert!(SubjectId::parse("sub_x").is_err());
        assert!(SubjectId::parse(MessageId::generate().unwrap().as_str()).is_err());
    }

    #[test]
    fn conversation_ids_exclude_emails_and_spaces() {
        assert!(ConversationId::parse("c-1").is_ok());
        assert!(ConversationId::parse("zendesk:12345").is_ok());
        assert!(ConversationId::parse("anna@example.com").is_err());
        assert!(ConversationId::parse("Anna Smith").is_err());
        assert!(ConversationId::parse("").is_err());
        assert!(ConversationId::parse(&"a".repeat(129)).is_err());
    }

    #[test]
    fn actor_and_author() {
        assert!(Actor::new("  alice ").is_ok());
        assert!(Actor::new("").is_err());
        assert!(Actor::new("a\nb").is_err());
        assert_eq!(Author::parse("agent").unwrap(), Author::Agent);
        assert!(Author::parse("bot").is_err());
    }
}
