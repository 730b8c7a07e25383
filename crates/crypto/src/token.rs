//! Tokens that stand in for personal data in redacted text.
//!
//! `token = "tok_" + base32(HMAC-SHA256(token_key, frame)[..16])`, where
//! `frame = "hushdesk/token/v1" 0x00 || u64be(len) subject_id || u64be(len) entity_type || u64be(len) value`,
//! and base32 is RFC 4648, lower-case, unpadded: 26 characters, 128 bits.
//!
//! Deterministic per (subject, entity type, value): the same e-mail address
//! of the same subject always gets the same token, so redacted text stays
//! readable; the same value of two subjects gets unrelated tokens, so
//! tokens do not link subjects.

use std::fmt;

use crate::encoding::{Frame, base32_lower, is_canonical_base32_lower};
use crate::mac::{finish, hmac};
use crate::secret::Secret32;

const DOMAIN: &str = "hushdesk/token/v1";

/// Prefix of every token.
pub const TOKEN_PREFIX: &str = "tok_";
/// Length of a token in bytes (`"tok_"` + 26).
pub const TOKEN_LEN: usize = 4 + 26;

/// HMAC key for tokens (from [`crate::Keyring::token_key`]).
/// Wiped on drop; `Debug` prints `TokenKey([REDACTED])`.
#[derive(Clone)]
pub struct TokenKey(Secret32);

impl TokenKey {
    /// Uses `secret` as the token key. Normally obtained from the keyring.
    pub fn from_secret(secret: Secret32) -> Self {
        TokenKey(secret)
    }

    #[cfg(test)]
    pub(crate) fn secret(&self) -> &Secret32 {
        &self.0
    }

    /// The token for `value` of type `entity_type` belonging to `subject_id`.
    pub fn token(&self, subject_id: &str, entity_type: &str, value: &[u8]) -> String {
        let mac = Frame::into_sink(hmac(&self.0), DOMAIN).str(subject_id).str(entity_type).bytes(value).finish();
        let full = finish(mac);
        let mut out = String::with_capacity(TOKEN_LEN);
        out.push_str(TOKEN_PREFIX);
        out.push_str(&base32_lower(&full[..16]));
        out
    }
}

impl fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TokenKey([REDACTED])")
    }
}

/// Whether `s` has exactly the syntax of a token: `tok_` followed by the
/// canonical 26-character lower-case base32 encoding of 16 bytes (so the
/// last character is one of `a e i m q u y 4`). Says nothing about whether
/// the token was issued.
pub fn is_token_syntax(s: &str) -> bool {
    s.len() == TOKEN_LEN && s.starts_with(TOKEN_PREFIX) && is_canonical_base32_lower(&s[TOKEN_PREFIX.len()..], 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> TokenKey {
        TokenKey::from_secret(Secret32::generate().unwrap())
    }

    #[test]
    fn deterministic_and_separated() {
        let k = key();
        let t = k.token("s1", "EMAIL_ADDRESS", b"a@b.c");
        assert_eq!(t, k.token("s1", "EMAIL_ADDRESS", b"a@b.c"));
        assert_ne!(t, k.token("s2", "EMAIL_ADDRESS", b"a@b.c"));
        assert_ne!(t, k.token("s1", "PHONE_NUMBER", b"a@b.c"));
        assert_ne!(t, k.token("s1", "EMAIL_ADDRESS", b"a@b.d"));
        assert_ne!(t, key().token("s1", "EMAIL_ADDRESS", b"a@b.c"));
        assert!(is_token_syntax(&t), "{t}");
    }

    #[test]
    fn syntax() {
        let k = key();
        for i in 0..200u32 {
            let t = k.token("s", "t", &i.to_be_bytes());
            assert!(is_token_syntax(&t), "{t}");
            assert_eq!(t.len(), 30);
        }
        assert!(is_token_syntax("tok_aaaaaaaaaaaaaaaaaaaaaaaaaa"));
        assert!(is_token_syntax("tok_77777777777777777777777774"));
        for bad in [
            "",
            "tok_",
            "tok_aaaaaaaaaaaaaaaaaaaaaaaaa",
            "tok_aaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "TOK_aaaaaaaaaaaaaaaaaaaaaaaaaa",
            "tok_AAAAAAAAAAAAAAAAAAAAAAAAAA",
            "tok_aaaaaaaaaaaaaaaaaaaaaaaaab",
            "tok_aaaaaaaaaaaaaaaaaaaaaaaaa1",
            "tik_aaaaaaaaaaaaaaaaaaaaaaaaaa",
            "tok_aaaaaaaaaaaaaaaaaaaaaaaaé",
        ] {
            assert!(!is_token_syntax(bad), "{bad}");
        }
    }
}
