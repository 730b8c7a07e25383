//! Internal HMAC-SHA256 and HKDF-SHA256 helpers (RustCrypto `hmac`, `hkdf`).

use hkdf::Hkdf;
use hmac::{KeyInit, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

use crate::error::{CryptoError, Result};
use crate::secret::Secret32;

pub(crate) type HmacSha256 = hmac::Hmac<Sha256>;

/// HMAC-SHA256 keyed with a 32-byte key.
///
/// HMAC zero-pads keys shorter than the hash block (64 bytes) (RFC 2104 §2),
/// so padding here gives exactly HMAC(key, ·) while using the infallible
/// fixed-size constructor instead of `new_from_slice(..).expect(..)`.
pub(crate) fn hmac(key: &Secret32) -> HmacSha256 {
    let mut block = Zeroizing::new([0u8; 64]);
    block[..32].copy_from_slice(key.expose());
    let block_ref: &[u8; 64] = &block;
    <HmacSha256 as KeyInit>::new(block_ref.into())
}

/// Finishes a MAC into a plain array.
pub(crate) fn finish(mac: HmacSha256) -> [u8; 32] {
    mac.finalize().into_bytes().into()
}

/// HKDF-SHA256(ikm = `root`, salt = none, info = `label`) → 32 bytes.
pub(crate) fn derive(root: &Secret32, label: &[u8]) -> Result<Secret32> {
    let hk = Hkdf::<Sha256>::new(None, root.expose());
    let mut okm = Zeroizing::new([0u8; 32]);
    // Only fails for outputs longer than 255 * 32 bytes.
    hk.expand(label, okm.as_mut()).map_err(|_| CryptoError::InvalidArgument("HKDF output length"))?;
    Secret32::from_slice(okm.as_ref())
}

/// HKDF-SHA256 with a salt (used for the keyring file's key-based unlock).
pub(crate) fn derive_salted(ikm: &Secret32, salt: &[u8], label: &[u8]) -> Result<Secret32> {
    let hk = Hkdf::<Sha256>::new(Some(salt), ikm.expose());
    let mut okm = Zeroizing::new([0u8; 32]);
    hk.expand(label, okm.as_mut()).map_err(|_| CryptoError::InvalidArgument("HKDF output length"))?;
    Secret32::from_slice(okm.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_key_equals_plain_hmac() {
        let key = Secret32::generate().unwrap();
        let mut a = hmac(&key);
        a.update(b"message");
        let mut b = <HmacSha256 as KeyInit>::new_from_slice(key.expose()).unwrap();
        b.update(b"message");
        assert_eq!(finish(a), finish(b));
    }

    #[test]
    fn rfc4231_case_1_via_padding() {
        // RFC 4231 test case 1 has a 20-byte key; pad it to 32 with zeros,
        // which HMAC treats identically.
        let mut k = [0u8; 32];
        k[..20].copy_from_slice(&[0x0b; 20]);
        let mut m = hmac(&Secret32::from_slice(&k).unwrap());
        m.update(b"Hi There");
        assert_eq!(hex::encode(finish(m)), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    }

    #[test]
    fn derive_depends_on_label_and_root() {
        let r1 = Secret32::generate().unwrap();
        let r2 = Secret32::generate().unwrap();
        assert_ne!(derive(&r1, b"a").unwrap(), derive(&r1, b"b").unwrap());
        assert_ne!(derive(&r1, b"a").unwrap(), derive(&r2, b"a").unwrap());
        assert_eq!(derive(&r1, b"a").unwrap(), derive(&r1, b"a").unwrap());
    }
}
