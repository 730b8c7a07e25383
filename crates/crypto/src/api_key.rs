//! API keys: 256 random bits, shown once, stored only as a peppered
//! HMAC-SHA256.
//!
//! A key looks like `hd_` + 52 lower-case base32 characters. It is stored
//! as `HMAC-SHA256(pepper, "hushdesk/api-key/v1" 0x00 || u64be(len) key)`;
//! the pepper is derived from the keyring root, so a database dump alone
//! does not allow offline guessing, and lookups cost one HMAC (not Argon2:
//! the key already has 256 bits of entropy).

use std::fmt;

use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use crate::encoding::{Frame, base32_lower, is_canonical_base32_lower};
use crate::error::{CryptoError, Result};
use crate::mac::{finish, hmac};
use crate::secret::{Secret32, SecretString};

const DOMAIN: &str = "hushdesk/api-key/v1";
/// Random bytes in an API key.
pub const API_KEY_BYTES: usize = 32;
/// Characters in the random part (base32 of 32 bytes).
pub const API_KEY_BODY_LEN: usize = 52;

/// Peppered hasher for API keys (from [`crate::Keyring::api_key_pepper`]).
/// Wiped on drop; `Debug` prints `ApiKeyHasher([REDACTED])`.
#[derive(Clone)]
pub struct ApiKeyHasher(Secret32);

impl ApiKeyHasher {
    /// Uses `secret` as the pepper. Normally obtained from the keyring.
    pub fn from_secret(secret: Secret32) -> Self {
        ApiKeyHasher(secret)
    }

    #[cfg(test)]
    pub(crate) fn secret(&self) -> &Secret32 {
        &self.0
    }

    /// The value to store for API key `token` (and to look it up by).
    pub fn hash(&self, token: &str) -> [u8; 32] {
        let mac = Frame::into_sink(hmac(&self.0), DOMAIN).str(token).finish();
        finish(mac)
    }

    /// Constant-time check of `token` against a stored hash.
    pub fn verify(&self, token: &str, stored: &[u8; 32]) -> bool {
        self.hash(token).ct_eq(stored).into()
    }
}

impl fmt::Debug for ApiKeyHasher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKeyHasher([REDACTED])")
    }
}

fn valid_prefix(prefix: &str) -> bool {
    let b = prefix.as_bytes();
    (1..=16).contains(&b.len())
        && b[0].is_ascii_lowercase()
        && b[b.len() - 1] != b'_'
        && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'_')
}

/// A new API key `<prefix>_<52 base32 chars>` carrying 256 random bits,
/// e.g. `generate_api_key("hd")` → `hd_…`.
///
/// # Errors
/// [`CryptoError::InvalidArgument`] unless `prefix` is 1–16 characters of
/// `a-z 0-9 _`, starting with a letter and not ending with `_`;
/// [`CryptoError::Rng`].
pub fn generate_api_key(prefix: &str) -> Result<SecretString> {
    if !valid_prefix(prefix) {
        return Err(CryptoError::InvalidArgument(
            "API key prefix must be 1-16 characters of a-z 0-9 _, start with a letter, not end with _",
        ));
    }
    let mut raw = Zeroizing::new([0u8; API_KEY_BYTES]);
    crate::random::fill(raw.as_mut())?;
    let body = Zeroizing::new(base32_lower(raw.as_ref()));
    let mut out = String::with_capacity(prefix.len() + 1 + API_KEY_BODY_LEN);
    out.push_str(prefix);
    out.push('_');
    out.push_str(&body);
    Ok(SecretString::new(out))
}

/// Whether `s` has the syntax of a key made by [`generate_api_key`] (any
/// valid prefix). A cheap pre-check before hashing; says nothing about
/// validity.
pub fn is_api_key_syntax(s: &str) -> bool {
    match s.rsplit_once('_') {
        Some((prefix, body)) => valid_prefix(prefix) && is_canonical_base32_lower(body, API_KEY_BYTES),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generate_shape_and_uniqueness() {
        let a = generate_api_key("hd").unwrap();
        let b = generate_api_key("hd").unwrap();
        assert_ne!(a, b);
        assert!(a.expose_secret().starts_with("hd_"));
        assert_eq!(a.len(), 3 + API_KEY_BODY_LEN);
        assert!(is_api_key_syntax(a.expose_secret()));
        let c = generate_api_key("hd_live").unwrap();
        assert!(c.expose_secret().starts_with("hd_live_"));
        assert!(is_api_key_syntax(c.expose_secret()));
    }

    #[test]
    fn prefix_validation() {
        for bad in ["", "HD", "1hd", "hd_", "hd-x", "a234567890abcdefg", "hé"] {
            assert!(generate_api_key(bad).is_err(), "{bad}");
        }
        assert!(!is_api_key_syntax("hd_short"));
        assert!(!is_api_key_syntax("nounderscore"));
    }

    #[test]
    fn hash_and_verify() {
        let h = ApiKeyHasher::from_secret(Secret32::generate().unwrap());
        let key = generate_api_key("hd").unwrap();
        let stored = h.hash(key.expose_secret());
        assert!(h.verify(key.expose_secret(), &stored));
        let other = generate_api_key("hd").unwrap();
        assert!(!h.verify(other.expose_secret(), &stored));
        let other_pepper = ApiKeyHasher::from_secret(Secret32::generate().unwrap());
        assert!(!other_pepper.verify(key.expose_secret(), &stored));
    }
}
