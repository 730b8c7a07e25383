//! AES-256-GCM sealing of field values under a per-subject data key.
//!
//! # Sealed format (version 1)
//!
//! ```text
//! [format = 0x01][nonce: 12 random bytes][ciphertext || 16-byte GCM tag]
//! ```
//!
//! The nonce is 96 random bits from the OS RNG for every message. With
//! random nonces one key should seal at most about 2^32 messages; a DEK is
//! per data subject, so this is far beyond any realistic use.
//!
//! The GCM associated data is the canonical encoding of an [`Aad`] triple
//! (record id, field, key version) behind a versioned domain tag, so a
//! ciphertext copied to another record, another field or presented under
//! another key version fails to open with
//! [`CryptoError::AuthenticationFailed`].
//!
//! This same API is the one to use with an explicit key (e.g. the
//! detector's "encrypt" operator): build a [`DataKey`] with
//! [`DataKey::from_secret`] and call [`seal`]/[`open`].

use std::fmt;

use aes_gcm::aead::AeadInOut;
use aes_gcm::{Aes256Gcm, KeyInit};
use zeroize::{Zeroize, Zeroizing};

use crate::encoding::Frame;
use crate::error::{CryptoError, Result};
use crate::secret::Secret32;

/// Format byte of the only sealed format so far.
pub const FORMAT_V1: u8 = 1;
/// Nonce length in bytes.
pub const NONCE_LEN: usize = 12;
/// GCM tag length in bytes.
pub const TAG_LEN: usize = 16;
/// Bytes a sealed value adds to its plaintext (format + nonce + tag).
pub const OVERHEAD: usize = 1 + NONCE_LEN + TAG_LEN;

const AAD_DOMAIN: &str = "hushdesk/aead/field/v1";

/// An AES-256-GCM key with its expanded cipher state cached.
///
/// Internal: shared by [`DataKey`], KEKs and the keyring-file key.
#[derive(Clone)]
pub(crate) struct AeadKey {
    secret: Secret32,
    // Expanded round keys + GHASH key; wiped on drop (aes-gcm `zeroize`).
    cipher: Aes256Gcm,
}

impl AeadKey {
    pub(crate) fn new(secret: Secret32) -> Self {
        let key: &[u8; 32] = secret.expose();
        let cipher = Aes256Gcm::new(key.into());
        AeadKey { secret, cipher }
    }

    pub(crate) fn secret(&self) -> &Secret32 {
        &self.secret
    }

    /// Seals `plaintext` with GCM associated data `aad` into the v1 format.
    pub(crate) fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
        let nonce: [u8; NONCE_LEN] = crate::random::bytes()?;
        let total = plaintext.len().checked_add(OVERHEAD).ok_or(CryptoError::InvalidArgument("plaintext too long"))?;
        // Exact capacity: the buffer never reallocates, so no stray copy of
        // the plaintext is left behind in freed memory.
        let mut out = Vec::with_capacity(total);
        out.push(FORMAT_V1);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(plaintext);
        let body = &mut out[1 + NONCE_LEN..];
        match self.cipher.encrypt_inout_detached((&nonce).into(), aad, body.into()) {
            Ok(tag) => {
                out.extend_from_slice(&tag);
                Ok(out)
            }
            Err(_) => {
                out.zeroize();
                Err(CryptoError::InvalidArgument("plaintext too long"))
            }
        }
    }

    /// Opens a v1 sealed value.
    pub(crate) fn open(&self, aad: &[u8], sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        let (&format, rest) = sealed.split_first().ok_or(CryptoError::Malformed)?;
        if format != FORMAT_V1 {
            return Err(CryptoError::UnknownFormat(format));
        }
        let (nonce, rest) = rest.split_first_chunk::<NONCE_LEN>().ok_or(CryptoError::Malformed)?;
        let (ciphertext, tag) = rest.split_last_chunk::<TAG_LEN>().ok_or(CryptoError::Malformed)?;
        let mut buf = Zeroizing::new(ciphertext.to_vec());
        self.cipher
            .decrypt_inout_detached(nonce.into(), aad, buf.as_mut_slice().into(), tag.into())
            .map_err(|_| CryptoError::AuthenticationFailed)?;
        Ok(buf)
    }
}

/// A data-encryption key (DEK): one per data subject, stored only wrapped
/// by a KEK (see [`crate::Keyring::wrap_dek`]).
///
/// Wiped on drop; `Debug` prints `DataKey([REDACTED])`.
#[derive(Clone)]
pub struct DataKey(pub(crate) AeadKey);

impl DataKey {
    /// A fresh random DEK from the OS RNG.
    ///
    /// # Errors
    /// [`CryptoError::Rng`].
    pub fn generate() -> Result<Self> {
        Ok(DataKey::from_secret(Secret32::generate()?))
    }

    /// Uses an existing 32-byte secret as an AES-256-GCM key (for an
    /// explicitly configured key, e.g. the detector's encrypt operator).
    pub fn from_secret(secret: Secret32) -> Self {
        DataKey(AeadKey::new(secret))
    }

    pub(crate) fn secret(&self) -> &Secret32 {
        self.0.secret()
    }
}

impl PartialEq for DataKey {
    /// Constant-time comparison of the key bytes.
    fn eq(&self, other: &Self) -> bool {
        self.secret() == other.secret()
    }
}

impl Eq for DataKey {}

impl fmt::Debug for DataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DataKey([REDACTED])")
    }
}

/// What a sealed field value is bound to. All three must match on
/// [`open`].
///
/// * `record_id`: the row/entity the value belongs to;
/// * `field`: which field of it;
/// * `key_version`: the caller's version of the data key (e.g. a DEK
///   generation), so a value cannot be replayed under another version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Aad<'a> {
    /// Record (row) identifier.
    pub record_id: &'a str,
    /// Field name within the record.
    pub field: &'a str,
    /// Version of the key the value is sealed under.
    pub key_version: u32,
}

impl<'a> Aad<'a> {
    /// Shorthand constructor.
    pub fn new(record_id: &'a str, field: &'a str, key_version: u32) -> Self {
        Aad { record_id, field, key_version }
    }

    /// Canonical encoding used as GCM associated data:
    /// `"hushdesk/aead/field/v1" 0x00 || u64be(len) record_id || u64be(len) field || u32be(key_version)`.
    /// Distinct triples never encode to the same bytes.
    pub fn encode(&self) -> Vec<u8> {
        Frame::buffer(AAD_DOMAIN).str(self.record_id).str(self.field).u32(self.key_version).finish()
    }
}

/// Seals `plaintext` under `key`, bound to `aad`. Output:
/// `[0x01][nonce 12][ciphertext || tag 16]` (`plaintext.len() + 29` bytes).
///
/// # Errors
/// [`CryptoError::Rng`] if no nonce can be drawn;
/// [`CryptoError::InvalidArgument`] for plaintexts beyond GCM's limit
/// (64 GiB).
pub fn seal(key: &DataKey, aad: &Aad<'_>, plaintext: &[u8]) -> Result<Vec<u8>> {
    key.0.seal(&aad.encode(), plaintext)
}

/// Opens a value made by [`seal`]. The plaintext is wiped when dropped.
///
/// # Errors
/// * [`CryptoError::Malformed`]: empty, or shorter than format + nonce + tag;
/// * [`CryptoError::UnknownFormat`]: first byte is not a known format;
/// * [`CryptoError::AuthenticationFailed`]: wrong key, wrong `aad`, or any
///   modification.
pub fn open(key: &DataKey, aad: &Aad<'_>, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    key.0.open(&aad.encode(), sealed)
}

/// Whether AES runs on hardware instructions (AES-NI / ARMv8 AES) on this
/// machine. The `aes` crate detects this at run time; no build flags needed.
pub fn hardware_accelerated() -> bool {
    aes_gcm::aes::hardware_accelerated()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> DataKey {
        DataKey::generate().unwrap()
    }

    #[test]
    fn round_trip_and_layout() {
        let k = key();
        let aad = Aad::new("rec-1", "email", 1);
        let sealed = seal(&k, &aad, b"alice@example.com").unwrap();
        assert_eq!(sealed.len(), 17 + OVERHEAD);
        assert_eq!(sealed[0], FORMAT_V1);
        assert_eq!(&*open(&k, &aad, &sealed).unwrap(), b"alice@example.com");
    }

    #[test]
    fn empty_plaintext() {
        let k = key();
        let aad = Aad::new("", "", 0);
        let sealed = seal(&k, &aad, b"").unwrap();
        assert_eq!(sealed.len(), OVERHEAD);
        assert!(open(&k, &aad, &sealed).unwrap().is_empty());
    }

    #[test]
    fn nonces_are_fresh() {
        let k = key();
        let aad = Aad::new("r", "f", 1);
        let a = seal(&k, &aad, b"same").unwrap();
        let b = seal(&k, &aad, b"same").unwrap();
        assert_ne!(a[1..13], b[1..13]);
        assert_ne!(a, b);
    }

    #[test]
    fn distinct_errors() {
        let k = key();
        let aad = Aad::new("r", "f", 1);
        let sealed = seal(&k, &aad, b"x").unwrap();
        assert!(matches!(open(&k, &aad, &[]), Err(CryptoError::Malformed)));
        assert!(matches!(open(&k, &aad, &sealed[..OVERHEAD - 1]), Err(CryptoError::Malformed)));
        let mut other_format = sealed.clone();
        other_format[0] = 2;
        assert!(matches!(open(&k, &aad, &other_format), Err(CryptoError::UnknownFormat(2))));
        let mut flipped = sealed.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(matches!(open(&k, &aad, &flipped), Err(CryptoError::AuthenticationFailed)));
        assert!(matches!(open(&key(), &aad, &sealed), Err(CryptoError::AuthenticationFailed)));
    }

    #[test]
    fn aad_encoding_separates_fields() {
        let a = Aad::new("ab", "c", 1).encode();
        let b = Aad::new("a", "bc", 1).encode();
        let c = Aad::new("ab", "c", 2).encode();
        assert_ne!(a, b);
        assert_ne!(a, c);
        assert!(a.starts_with(b"hushdesk/aead/field/v1\0"));
    }

    #[test]
    fn debug_redacted() {
        let k = DataKey::from_secret(Secret32::from_slice(&[0x5a; 32]).unwrap());
        let d = format!("{k:?}");
        assert_eq!(d, "DataKey([REDACTED])");
    }
}
