//! Keyed commitments: audit entries record `commit(label, data)` instead of
//! personal data, so the audit log proves *which* value was involved (it can
//! be recomputed from the value by whoever holds the keyring) without
//! revealing it to someone who only reads the log.
//!
//! `commit = HMAC-SHA256(commitment_key, "hushdesk/commitment/v1" 0x00 || u64be(len) label || u64be(len) data)`.
//!
//! Deterministic: the same (label, data) always commits to the same value.
//! For low-entropy data (e.g. a 4-digit code) anyone with the key can
//! brute-force it; the key never leaves the keyring.

use std::fmt;

use subtle::ConstantTimeEq;

use crate::encoding::Frame;
use crate::mac::{finish, hmac};
use crate::secret::Secret32;

const DOMAIN: &str = "hushdesk/commitment/v1";

/// Key for audit commitments (from [`crate::Keyring::commitment_key`]).
/// Wiped on drop; `Debug` prints `CommitmentKey([REDACTED])`.
#[derive(Clone)]
pub struct CommitmentKey(Secret32);

impl CommitmentKey {
    /// Uses `secret` as the commitment key. Normally obtained from the keyring.
    pub fn from_secret(secret: Secret32) -> Self {
        CommitmentKey(secret)
    }

    #[cfg(test)]
    pub(crate) fn secret(&self) -> &Secret32 {
        &self.0
    }

    /// Commitment to `data` under `label` (e.g. `"subject.email"`).
    pub fn commit(&self, label: &str, data: &[u8]) -> [u8; 32] {
        let mac = Frame::into_sink(hmac(&self.0), DOMAIN).str(label).bytes(data).finish();
        finish(mac)
    }

    /// Constant-time check that `commitment` is `commit(label, data)`.
    pub fn verify(&self, label: &str, data: &[u8], commitment: &[u8; 32]) -> bool {
        self.commit(label, data).ct_eq(commitment).into()
    }
}

impl fmt::Debug for CommitmentKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CommitmentKey([REDACTED])")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_and_verify() {
        let k = CommitmentKey::from_secret(Secret32::generate().unwrap());
        let c = k.commit("email", b"a@b.c");
        assert_eq!(c, k.commit("email", b"a@b.c"));
        assert_ne!(c, k.commit("phone", b"a@b.c"));
        assert_ne!(c, k.commit("email", b"a@b.d"));
        assert!(k.verify("email", b"a@b.c", &c));
        let mut bad = c;
        bad[31] ^= 1;
        assert!(!k.verify("email", b"a@b.c", &bad));
        assert!(!k.verify("phone", b"a@b.c", &c));
    }
}
