//! Blind indexes: deterministic keyed hashes of identifiers (email, phone,
//! external id) so a data subject can be found by equality without storing
//! the identifier in plain text.
//!
//! `index = HMAC-SHA256(blind_index_key, "hushdesk/blind-index/v1" 0x00 || u64be(len) kind || u64be(len) value)`.
//!
//! The `kind` separates namespaces: the same value under `"email"` and
//! `"external_id"` gives unrelated indexes.
//!
//! **Normalisation is the caller's job.** This module hashes exactly the
//! bytes it is given; the caller must normalise consistently before both
//! storing and looking up (e.g. trim and lower-case an email address, put a
//! phone number in E.164, NFC-normalise Unicode). A change of normalisation
//! rules is a change of every index: version the `kind` (e.g. `"email/v2"`)
//! and re-index.

use std::fmt;

use crate::encoding::Frame;
use crate::error::{CryptoError, Result};
use crate::mac::{finish, hmac};
use crate::secret::Secret32;

const DOMAIN: &str = "hushdesk/blind-index/v1";

/// HMAC key for blind indexes (from [`crate::Keyring::blind_index_key`]).
/// Wiped on drop; `Debug` prints `BlindIndexKey([REDACTED])`.
#[derive(Clone)]
pub struct BlindIndexKey(Secret32);

impl BlindIndexKey {
    /// Uses `secret` as the blind-index key. Normally obtained from the
    /// keyring instead; useful for tests and tools.
    pub fn from_secret(secret: Secret32) -> Self {
        BlindIndexKey(secret)
    }

    #[cfg(test)]
    pub(crate) fn secret(&self) -> &Secret32 {
        &self.0
    }

    /// The blind index of an already **normalised** value of kind `kind`.
    pub fn index(&self, kind: &str, normalized_value: &str) -> BlindIndex {
        let mac = Frame::into_sink(hmac(&self.0), DOMAIN).str(kind).str(normalized_value).finish();
        BlindIndex(finish(mac))
    }
}

impl fmt::Debug for BlindIndexKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BlindIndexKey([REDACTED])")
    }
}

/// A 32-byte blind index. Not a key: safe to store, compare and print
/// (as hex). Store it as 64 lower-case hex characters ([`BlindIndex::to_hex`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlindIndex(pub [u8; 32]);

impl BlindIndex {
    /// 64 lower-case hex characters.
    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// Parses 64 hex characters (either case).
    ///
    /// # Errors
    /// [`CryptoError::InvalidEncoding`].
    pub fn from_hex(s: &str) -> Result<Self> {
        let mut out = [0u8; 32];
        hex::decode_to_slice(s, &mut out).map_err(|_| CryptoError::InvalidEncoding { what: "blind index" })?;
        Ok(BlindIndex(out))
    }

    /// The raw bytes.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> BlindIndexKey {
        BlindIndexKey::from_secret(Secret32::generate().unwrap())
    }

    #[test]
    fn stable_and_kind_separated() {
        let k = key();
        let a = k.index("email", "alice@example.com");
        assert_eq!(a, k.index("email", "alice@example.com"));
        assert_ne!(a, k.index("external_id", "alice@example.com"));
        assert_ne!(a, k.index("email", "alice@example.org"));
        // Boundary between kind and value is unambiguous.
        assert_ne!(k.index("ab", "c"), k.index("a", "bc"));
        assert_ne!(a, key().index("email", "alice@example.com"));
    }

    #[test]
    fn hex_round_trip() {
        let a = key().index("phone", "+14155550100");
        let h = a.to_hex();
        assert_eq!(h.len(), 64);
        assert_eq!(BlindIndex::from_hex(&h).unwrap(), a);
        assert_eq!(BlindIndex::from_hex(&h.to_uppercase()).unwrap(), a);
        assert!(BlindIndex::from_hex(&h[..62]).is_err());
        assert!(BlindIndex::from_hex(&format!("{h}00")).is_err());
        assert!(BlindIndex::from_hex(&"g".repeat(64)).is_err());
    }

    #[test]
    fn known_answer() {
        // Pins the encoding: changing it would silently break every stored index.
        let k = BlindIndexKey::from_secret(Secret32::from_slice(&[7u8; 32]).unwrap());
        let got = k.index("email", "a@b.c").to_hex();
        let mut m = hmac(&Secret32::from_slice(&[7u8; 32]).unwrap());
        let mut msg = b"hushdesk/blind-index/v1\0".to_vec();
        msg.extend_from_slice(&5u64.to_be_bytes());
        msg.extend_from_slice(b"email");
        msg.extend_from_slice(&5u64.to_be_bytes());
        msg.extend_from_slice(b"a@b.c");
        hmac::Mac::update(&mut m, &msg);
        assert_eq!(got, hex::encode(finish(m)));
    }
}
