//! Ed25519 signatures for audit checkpoints.
//!
//! The signing key is derived from the keyring root (HKDF label
//! `"hushdesk/audit-signing/v1"`), so it is stable across KEK rotation and
//! every node with the same keyring signs with the same key. The message is
//! signed as given (plain Ed25519, RFC 8032): the caller's checkpoint
//! encoding should be self-describing (name the format and version).
//!
//! Verification uses `verify_strict` (rejects small-order keys and
//! non-canonical signatures).

use std::fmt;

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

use crate::error::{CryptoError, Result};
use crate::secret::Secret32;

/// Length of a signature.
pub const SIGNATURE_LEN: usize = 64;
/// Length of a verifying (public) key.
pub const VERIFYING_KEY_LEN: usize = 32;

/// Ed25519 signing key for the audit log (from
/// [`crate::Keyring::audit_signing_key`]). Wiped on drop; `Debug` prints
/// `AuditSigner([REDACTED])`.
#[derive(Clone)]
pub struct AuditSigner(SigningKey);

impl AuditSigner {
    /// Uses a 32-byte seed as the Ed25519 secret key. Normally obtained from
    /// the keyring instead.
    pub fn from_seed(seed: &Secret32) -> Self {
        AuditSigner(SigningKey::from_bytes(seed.expose()))
    }

    #[cfg(test)]
    pub(crate) fn seed(&self) -> Secret32 {
        Secret32::from_slice(self.0.as_bytes()).unwrap()
    }

    /// Signs `msg`.
    pub fn sign(&self, msg: &[u8]) -> [u8; SIGNATURE_LEN] {
        self.0.sign(msg).to_bytes()
    }

    /// The public key to publish alongside checkpoints.
    pub fn verifying_key(&self) -> [u8; VERIFYING_KEY_LEN] {
        self.0.verifying_key().to_bytes()
    }
}

impl fmt::Debug for AuditSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AuditSigner([REDACTED])")
    }
}

/// Verifies an Ed25519 signature with `verify_strict`.
///
/// # Errors
/// [`CryptoError::InvalidVerifyingKey`] if `vk` is not a valid point;
/// [`CryptoError::BadSignature`] if the signature does not verify.
pub fn verify(vk: &[u8; VERIFYING_KEY_LEN], msg: &[u8], sig: &[u8; SIGNATURE_LEN]) -> Result<()> {
    let vk = VerifyingKey::from_bytes(vk).map_err(|_| CryptoError::InvalidVerifyingKey)?;
    let sig = Signature::from_bytes(sig);
    vk.verify_strict(msg, &sig).map_err(|_| CryptoError::BadSignature)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_verify_and_bit_flips() {
        let s = AuditSigner::from_seed(&Secret32::generate().unwrap());
        let vk = s.verifying_key();
        let sig = s.sign(b"checkpoint 1");
        verify(&vk, b"checkpoint 1", &sig).unwrap();
        assert!(matches!(verify(&vk, b"checkpoint 2", &sig), Err(CryptoError::BadSignature)));
        for i in [0usize, 31, 32, 63] {
            let mut bad = sig;
            bad[i] ^= 0x01;
            assert!(verify(&vk, b"checkpoint 1", &bad).is_err(), "byte {i}");
        }
        let other = AuditSigner::from_seed(&Secret32::generate().unwrap());
        assert!(verify(&other.verifying_key(), b"checkpoint 1", &sig).is_err());
    }

    #[test]
    fn rfc8032_test_1() {
        let seed = Secret32::from_slice(
            &hex::decode("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60").unwrap(),
        )
        .unwrap();
        let s = AuditSigner::from_seed(&seed);
        assert_eq!(hex::encode(s.verifying_key()), "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        assert_eq!(
            hex::encode(s.sign(b"")),
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        );
    }

    #[test]
    fn small_order_key_rejected() {
        // A = identity (small order), R = identity, s = 0 satisfies the
        // plain verification equation [s]B = R + [k]A for every message;
        // verify_strict must refuse it.
        let mut identity = [0u8; 32];
        identity[0] = 1;
        let mut sig = [0u8; 64];
        sig[0] = 1;
        let vk = VerifyingKey::from_bytes(&identity).unwrap();
        let lenient = ed25519_dalek::Verifier::verify(&vk, b"any", &Signature::from_bytes(&sig));
        assert!(lenient.is_ok(), "premise: the non-strict check accepts it");
        assert!(matches!(verify(&identity, b"any", &sig), Err(CryptoError::BadSignature)));
    }

    #[test]
    fn debug_redacted() {
        let seed = Secret32::from_slice(&[0x42; 32]).unwrap();
        let d = format!("{:?}", AuditSigner::from_seed(&seed));
        assert_eq!(d, "AuditSigner([REDACTED])");
    }
}
