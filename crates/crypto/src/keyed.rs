//! Keyed hashing with an explicit key, for the detector's "hash" operator.
//!
//! (The detector's "encrypt" operator reuses [`crate::aead::seal`] /
//! [`crate::aead::open`] with a [`crate::DataKey`] built by
//! [`crate::DataKey::from_secret`]; there is no separate API for it.)

use crate::mac::{finish, hmac};
use crate::secret::Secret32;

/// Plain HMAC-SHA256(key, data), no framing. Obtain `key` from
/// [`crate::Keyring::purpose_key`] (e.g. `"detect-hash"`) rather than
/// reusing another key.
pub fn keyed_hash(key: &Secret32, data: &[u8]) -> [u8; 32] {
    let mut mac = hmac(key);
    hmac::Mac::update(&mut mac, data);
    finish(mac)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4231_case_2_style() {
        // HMAC-SHA256 with a 32-byte key: compare against the hmac crate's
        // variable-length-key constructor.
        let key = Secret32::from_slice(&[0x61; 32]).unwrap();
        let got = keyed_hash(&key, b"what do ya want for nothing?");
        let mut m = <crate::mac::HmacSha256 as hmac::KeyInit>::new_from_slice(&[0x61; 32]).unwrap();
        hmac::Mac::update(&mut m, b"what do ya want for nothing?");
        assert_eq!(got, finish(m));
        assert_ne!(got, keyed_hash(&key, b"what do ya want for nothing!"));
    }
}
