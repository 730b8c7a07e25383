//! Randomness from the operating system (getrandom). Every key, nonce and
//! salt in this crate comes from here; there is no user-space RNG.

use crate::encoding::base32_lower;
use crate::error::{CryptoError, Result};

/// Fills `buf` with bytes from the OS random number generator.
///
/// # Errors
/// [`CryptoError::Rng`] if the OS generator fails (it essentially never does
/// on a running Linux system, but this crate does not panic on it).
pub fn fill(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf).map_err(|_| CryptoError::Rng)
}

/// Returns `N` random bytes from the OS random number generator.
///
/// Do not use this for key material you keep around: the array is a plain
/// value and is not wiped on drop. Use [`crate::Secret32::generate`].
///
/// # Errors
/// [`CryptoError::Rng`] if the OS generator fails.
pub fn bytes<const N: usize>() -> Result<[u8; N]> {
    let mut out = [0u8; N];
    fill(&mut out)?;
    Ok(out)
}

/// A random 128-bit identifier: 26 lower-case base32 characters
/// (RFC 4648 alphabet `a-z2-7`, no padding). Suitable for record ids,
/// request ids, file names; not a secret (do not use as a credential).
///
/// # Errors
/// [`CryptoError::Rng`] if the OS generator fails.
pub fn random_id() -> Result<String> {
    let raw: [u8; 16] = bytes()?;
    Ok(base32_lower(&raw))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_ids_differ_and_have_expected_shape() {
        let a = random_id().unwrap();
        let b = random_id().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.len(), 26);
        assert!(a.bytes().all(|c| matches!(c, b'a'..=b'z' | b'2'..=b'7')));
    }

    #[test]
    fn fill_changes_buffer() {
        let mut buf = [0u8; 64];
        fill(&mut buf).unwrap();
        assert_ne!(buf, [0u8; 64]);
    }
}
