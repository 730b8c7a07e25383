//! The deployment's key hierarchy.
//!
//! ```text
//! unlock secret (none | passphrase → Argon2id | 32-byte key)   [keyring_file]
//!   └─ keyring file
//!        ├─ root (32 bytes, never rotated)
//!        │    └─ HKDF-SHA256(root, "hushdesk/<purpose>/v1")
//!        │         blind-index, token, commitment, audit-signing, api-key-pepper
//!        └─ KEKs v1..vN (32 bytes each, one `current`)
//!             └─ AES-256-GCM wrap of per-subject DEKs (AAD = subject id + KEK version)
//! ```
//!
//! Derived keys come from `root`, not from a KEK, so [`Keyring::rotate`]
//! never changes blind indexes, tokens, commitments, the audit verifying
//! key or stored API-key hashes.
//!
//! KEK versions start at 1; [`Keyring::rotate`] adds `max + 1` and makes it
//! current, so the current version is always the highest. [`Keyring::retire`]
//! forgets an old KEK: every DEK still wrapped under it becomes
//! unrecoverable, so [`Keyring::rewrap`] all of them first (and save the
//! keyring file afterwards; this module does no I/O).

use std::collections::BTreeMap;
use std::fmt;

use crate::aead::{AeadKey, DataKey};
use crate::api_key::ApiKeyHasher;
use crate::blind_index::BlindIndexKey;
use crate::commitment::CommitmentKey;
use crate::encoding::Frame;
use crate::error::{CryptoError, Result};
use crate::mac::derive;
use crate::secret::Secret32;
use crate::signing::AuditSigner;
use crate::token::TokenKey;

/// HKDF info label of the blind-index key.
pub const LABEL_BLIND_INDEX: &str = "hushdesk/blind-index/v1";
/// HKDF info label of the token key.
pub const LABEL_TOKEN: &str = "hushdesk/token/v1";
/// HKDF info label of the commitment key.
pub const LABEL_COMMITMENT: &str = "hushdesk/commitment/v1";
/// HKDF info label of the audit signing seed.
pub const LABEL_AUDIT_SIGNING: &str = "hushdesk/audit-signing/v1";
/// HKDF info label of the API-key pepper.
pub const LABEL_API_KEY_PEPPER: &str = "hushdesk/api-key-pepper/v1";

const WRAP_DOMAIN: &str = "hushdesk/aead/dek-wrap/v1";

/// A key-encryption key. Wiped on drop; `Debug` prints `Kek([REDACTED])`.
#[derive(Clone)]
pub(crate) struct Kek(AeadKey);

impl fmt::Debug for Kek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Kek([REDACTED])")
    }
}

/// A DEK wrapped (AES-256-GCM) under KEK `kek_version`. Not secret: store
/// it next to the subject. Destroying every copy crypto-shreds the subject.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WrappedDek {
    /// Version of the KEK that wrapped it.
    pub kek_version: u32,
    /// `[0x01][nonce 12][encrypted DEK 32 || tag 16]` (61 bytes).
    pub bytes: Vec<u8>,
}

struct Derived {
    blind_index: BlindIndexKey,
    token: TokenKey,
    commitment: CommitmentKey,
    audit: AuditSigner,
    api_key: ApiKeyHasher,
}

impl Derived {
    fn new(root: &Secret32) -> Result<Self> {
        Ok(Derived {
            blind_index: BlindIndexKey::from_secret(derive(root, LABEL_BLIND_INDEX.as_bytes())?),
            token: TokenKey::from_secret(derive(root, LABEL_TOKEN.as_bytes())?),
            commitment: CommitmentKey::from_secret(derive(root, LABEL_COMMITMENT.as_bytes())?),
            audit: AuditSigner::from_seed(&derive(root, LABEL_AUDIT_SIGNING.as_bytes())?),
            api_key: ApiKeyHasher::from_secret(derive(root, LABEL_API_KEY_PEPPER.as_bytes())?),
        })
    }
}

/// Root secret + versioned KEKs, with the derived keys precomputed.
///
/// `Debug` shows versions only: `Keyring { current: 2, versions: [1, 2], keys: [REDACTED] }`.
pub struct Keyring {
    root: Secret32,
    keks: BTreeMap<u32, Kek>,
    current: u32,
    derived: Derived,
}

impl Keyring {
    /// A new keyring: random root and one random KEK, version 1.
    ///
    /// # Errors
    /// [`CryptoError::Rng`].
    pub fn generate() -> Result<Self> {
        let mut keks = BTreeMap::new();
        keks.insert(1, Secret32::generate()?);
        Keyring::from_parts(Secret32::generate()?, keks, 1)
    }

    /// Rebuilds a keyring from its parts (used when loading the file).
    pub(crate) fn from_parts(root: Secret32, keks: BTreeMap<u32, Secret32>, current: u32) -> Result<Self> {
        if !keks.contains_key(&current) {
            return Err(CryptoError::UnknownKekVersion(current));
        }
        if keks.last_key_value().map(|(v, _)| *v) != Some(current) {
            return Err(CryptoError::InvalidArgument("current KEK version must be the highest"));
        }
        let derived = Derived::new(&root)?;
        let keks = keks.into_iter().map(|(v, s)| (v, Kek(AeadKey::new(s)))).collect();
        Ok(Keyring { root, keks, current, derived })
    }

    pub(crate) fn root(&self) -> &Secret32 {
        &self.root
    }

    pub(crate) fn kek_secrets(&self) -> impl Iterator<Item = (u32, &Secret32)> {
        self.keks.iter().map(|(v, k)| (*v, k.0.secret()))
    }

    /// Version of the KEK that new wrappings use.
    pub fn current_version(&self) -> u32 {
        self.current
    }

    /// All KEK versions held, ascending.
    pub fn versions(&self) -> Vec<u32> {
        self.keks.keys().copied().collect()
    }

    /// Whether KEK `version` is held.
    pub fn has_version(&self, version: u32) -> bool {
        self.keks.contains_key(&version)
    }

    /// Adds a new random KEK as `highest + 1` and makes it current. Existing
    /// wrapped DEKs still unwrap; rewrap them with [`Keyring::rewrap`].
    ///
    /// # Errors
    /// [`CryptoError::Rng`]; [`CryptoError::KekVersionsExhausted`] after
    /// version `u32::MAX`.
    pub fn rotate(&mut self) -> Result<u32> {
        let next = self.current.checked_add(1).ok_or(CryptoError::KekVersionsExhausted)?;
        let kek = Kek(AeadKey::new(Secret32::generate()?));
        self.keks.insert(next, kek);
        self.current = next;
        Ok(next)
    }

    /// Forgets KEK `version`. DEKs still wrapped under it can no longer be
    /// unwrapped ([`CryptoError::UnknownKekVersion`]).
    ///
    /// # Errors
    /// [`CryptoError::CannotRetireCurrent`] for the current version;
    /// [`CryptoError::UnknownKekVersion`] if it is not held.
    pub fn retire(&mut self, version: u32) -> Result<()> {
        if version == self.current {
            return Err(CryptoError::CannotRetireCurrent(version));
        }
        self.keks.remove(&version).map(drop).ok_or(CryptoError::UnknownKekVersion(version))
    }

    fn wrap_aad(subject_id: &str, kek_version: u32) -> Vec<u8> {
        Frame::buffer(WRAP_DOMAIN).str(subject_id).u32(kek_version).finish()
    }

    /// Wraps `dek` for `subject_id` under the current KEK.
    ///
    /// # Errors
    /// [`CryptoError::Rng`].
    pub fn wrap_dek(&self, dek: &DataKey, subject_id: &str) -> Result<WrappedDek> {
        let kek = self.keks.get(&self.current).ok_or(CryptoError::UnknownKekVersion(self.current))?;
        let bytes = kek.0.seal(&Self::wrap_aad(subject_id, self.current), dek.secret().expose())?;
        Ok(WrappedDek { kek_version: self.current, bytes })
    }

    /// Generates a DEK for `subject_id` and wraps it: store the
    /// [`WrappedDek`], use the [`DataKey`].
    ///
    /// # Errors
    /// [`CryptoError::Rng`].
    pub fn new_dek(&self, subject_id: &str) -> Result<(DataKey, WrappedDek)> {
        let dek = DataKey::generate()?;
        let wrapped = self.wrap_dek(&dek, subject_id)?;
        Ok((dek, wrapped))
    }

    /// Unwraps a DEK wrapped for `subject_id`.
    ///
    /// # Errors
    /// [`CryptoError::UnknownKekVersion`] if its KEK is not held (retired);
    /// [`CryptoError::AuthenticationFailed`] for another subject id, a
    /// changed `kek_version` or tampered bytes; [`CryptoError::Malformed`] /
    /// [`CryptoError::UnknownFormat`] for bytes that are not a wrapping.
    pub fn unwrap_dek(&self, wrapped: &WrappedDek, subject_id: &str) -> Result<DataKey> {
        let kek = self.keks.get(&wrapped.kek_version).ok_or(CryptoError::UnknownKekVersion(wrapped.kek_version))?;
        let raw = kek.0.open(&Self::wrap_aad(subject_id, wrapped.kek_version), &wrapped.bytes)?;
        Ok(DataKey::from_secret(Secret32::from_slice(&raw).map_err(|_| CryptoError::Malformed)?))
    }

    /// Unwraps and wraps again under the current KEK (always a fresh
    /// wrapping, even if it already was current).
    ///
    /// # Errors
    /// As [`Keyring::unwrap_dek`], plus [`CryptoError::Rng`].
    pub fn rewrap(&self, wrapped: &WrappedDek, subject_id: &str) -> Result<WrappedDek> {
        let dek = self.unwrap_dek(wrapped, subject_id)?;
        self.wrap_dek(&dek, subject_id)
    }

    /// Key for blind indexes (HKDF label [`LABEL_BLIND_INDEX`]).
    pub fn blind_index_key(&self) -> BlindIndexKey {
        self.derived.blind_index.clone()
    }

    /// Key for tokens (HKDF label [`LABEL_TOKEN`]).
    pub fn token_key(&self) -> TokenKey {
        self.derived.token.clone()
    }

    /// Key for audit commitments (HKDF label [`LABEL_COMMITMENT`]).
    pub fn commitment_key(&self) -> CommitmentKey {
        self.derived.commitment.clone()
    }

    /// Ed25519 audit signer, seeded by HKDF label [`LABEL_AUDIT_SIGNING`].
    pub fn audit_signing_key(&self) -> AuditSigner {
        self.derived.audit.clone()
    }

    /// Pepper for API-key hashes (HKDF label [`LABEL_API_KEY_PEPPER`]).
    pub fn api_key_pepper(&self) -> ApiKeyHasher {
        self.derived.api_key.clone()
    }

    /// A 32-byte key for another purpose, e.g. the detector's keyed-hash
    /// operator: HKDF(root, `"hushdesk/purpose/<purpose>/v1"`). The
    /// `purpose/` namespace cannot collide with the built-in labels.
    ///
    /// # Errors
    /// [`CryptoError::InvalidArgument`] unless `purpose` is 1–64 characters
    /// of `a-z`, `0-9`, `-`, `_`, `.`.
    pub fn purpose_key(&self, purpose: &str) -> Result<Secret32> {
        let ok = (1..=64).contains(&purpose.len())
            && purpose.bytes().all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.'));
        if !ok {
            return Err(CryptoError::InvalidArgument("purpose must be 1-64 characters of a-z 0-9 - _ ."));
        }
        let label = format!("hushdesk/purpose/{purpose}/v1");
        derive(&self.root, label.as_bytes())
    }
}

impl PartialEq for Keyring {
    /// Same root, same KEKs under the same versions, same current version
    /// (key bytes compared in constant time).
    fn eq(&self, other: &Self) -> bool {
        self.current == other.current
            && self.root == other.root
            && self.keks.len() == other.keks.len()
            && self
                .keks
                .iter()
                .zip(other.keks.iter())
                .all(|((va, ka), (vb, kb))| va == vb && ka.0.secret() == kb.0.secret())
    }
}

impl Eq for Keyring {}

impl fmt::Debug for Keyring {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Keyring")
            .field("current", &self.current)
            .field("versions", &self.versions())
            .field("keys", &format_args!("[REDACTED]"))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generate_has_version_one() {
        let k = Keyring::generate().unwrap();
        assert_eq!(k.current_version(), 1);
        assert_eq!(k.versions(), vec![1]);
    }

    #[test]
    fn rotate_and_retire() {
        let mut k = Keyring::generate().unwrap();
        let (dek, w1) = k.new_dek("subj").unwrap();
        assert_eq!(k.rotate().unwrap(), 2);
        assert_eq!(k.versions(), vec![1, 2]);
        assert_eq!(k.unwrap_dek(&w1, "subj").unwrap(), dek);
        let w2 = k.rewrap(&w1, "subj").unwrap();
        assert_eq!(w2.kek_version, 2);
        assert!(matches!(k.retire(2), Err(CryptoError::CannotRetireCurrent(2))));
        k.retire(1).unwrap();
        assert!(matches!(k.unwrap_dek(&w1, "subj"), Err(CryptoError::UnknownKekVersion(1))));
        assert!(matches!(k.retire(1), Err(CryptoError::UnknownKekVersion(1))));
        assert_eq!(k.unwrap_dek(&w2, "subj").unwrap(), dek);
    }

    #[test]
    fn rotate_exhaustion_is_an_error() {
        let mut keks = BTreeMap::new();
        keks.insert(u32::MAX, Secret32::generate().unwrap());
        let mut k = Keyring::from_parts(Secret32::generate().unwrap(), keks, u32::MAX).unwrap();
        assert!(matches!(k.rotate(), Err(CryptoError::KekVersionsExhausted)));
    }

    #[test]
    fn from_parts_validates_current() {
        let mut keks = BTreeMap::new();
        keks.insert(1, Secret32::generate().unwrap());
        keks.insert(2, Secret32::generate().unwrap());
        assert!(Keyring::from_parts(Secret32::generate().unwrap(), keks.clone(), 3).is_err());
        assert!(Keyring::from_parts(Secret32::generate().unwrap(), keks.clone(), 1).is_err());
        assert!(Keyring::from_parts(Secret32::generate().unwrap(), keks, 2).is_ok());
    }

    #[test]
    fn wrapping_binds_subject_and_version() {
        let mut k = Keyring::generate().unwrap();
        k.rotate().unwrap();
        let (_, w) = k.new_dek("alice").unwrap();
        assert_eq!(w.bytes.len(), 61);
        assert!(matches!(k.unwrap_dek(&w, "bob"), Err(CryptoError::AuthenticationFailed)));
        let moved = WrappedDek { kek_version: 1, bytes: w.bytes.clone() };
        assert!(matches!(k.unwrap_dek(&moved, "alice"), Err(CryptoError::AuthenticationFailed)));
    }

    #[test]
    fn derived_keys_match_hkdf_and_survive_rotation() {
        let mut k = Keyring::generate().unwrap();
        let expect = derive(k.root(), LABEL_TOKEN.as_bytes()).unwrap();
        assert_eq!(k.token_key().secret(), &expect);
        let before = (
            k.blind_index_key().secret().clone(),
            k.commitment_key().secret().clone(),
            k.api_key_pepper().secret().clone(),
            k.audit_signing_key().verifying_key(),
        );
        k.rotate().unwrap();
        k.retire(1).unwrap();
        assert_eq!(&before.0, k.blind_index_key().secret());
        assert_eq!(&before.1, k.commitment_key().secret());
        assert_eq!(&before.2, k.api_key_pepper().secret());
        assert_eq!(before.3, k.audit_signing_key().verifying_key());
    }

    #[test]
    fn derived_keys_all_differ() {
        let k = Keyring::generate().unwrap();
        let keys = [
            k.blind_index_key().secret().clone(),
            k.token_key().secret().clone(),
            k.commitment_key().secret().clone(),
            k.api_key_pepper().secret().clone(),
            k.audit_signing_key().seed().clone(),
            k.root().clone(),
            k.purpose_key("detect-hash").unwrap(),
        ];
        for i in 0..keys.len() {
            for j in i + 1..keys.len() {
                assert_ne!(keys[i], keys[j], "{i} vs {j}");
            }
        }
    }

    #[test]
    fn purpose_key_validation() {
        let k = Keyring::generate().unwrap();
        assert!(k.purpose_key("").is_err());
        assert!(k.purpose_key("Upper").is_err());
        assert!(k.purpose_key("a/b").is_err());
        assert!(k.purpose_key(&"a".repeat(65)).is_err());
        assert_eq!(k.purpose_key("detect-hash").unwrap(), k.purpose_key("detect-hash").unwrap());
        assert_ne!(k.purpose_key("detect-hash").unwrap(), k.purpose_key("detect-hash2").unwrap());
    }

    #[test]
    fn debug_shows_no_key_material() {
        let k = Keyring::generate().unwrap();
        let d = format!("{k:?}");
        assert!(d.contains("[REDACTED]"));
        assert!(!d.contains(&hex::encode(k.root().expose())));
        for (_, s) in k.kek_secrets() {
            assert!(!d.contains(&hex::encode(s.expose())));
        }
        assert_eq!(format!("{:?}", k.keks[&1]), "Kek([REDACTED])");
    }
}
