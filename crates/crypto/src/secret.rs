//! Containers for secret bytes and secret text.
//!
//! Both wipe their memory on drop (zeroize), print `[REDACTED]` under
//! `Debug`, implement neither `Display` nor `Serialize`, and compare in
//! constant time.

use std::fmt;

use base64::Engine as _;
use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use subtle::ConstantTimeEq;
use zeroize::{Zeroize, Zeroizing};

use crate::error::{CryptoError, Result};

const LENIENT: GeneralPurposeConfig =
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
const B64_STANDARD: GeneralPurpose = GeneralPurpose::new(&alphabet::STANDARD, LENIENT);
const B64_URL_SAFE: GeneralPurpose = GeneralPurpose::new(&alphabet::URL_SAFE, LENIENT);

/// 32 secret bytes: a root secret, KEK, DEK or unlock key.
///
/// Wiped on drop. `Debug` prints `Secret32([REDACTED])`. Equality is
/// constant-time. The bytes are only reachable inside this crate.
#[derive(Clone)]
pub struct Secret32(Zeroizing<[u8; 32]>);

impl Secret32 {
    /// Length in bytes.
    pub const LEN: usize = 32;

    /// 32 fresh bytes from the operating system's RNG.
    ///
    /// # Errors
    /// [`CryptoError::Rng`] if the OS generator fails.
    pub fn generate() -> Result<Self> {
        let mut s = Secret32(Zeroizing::new([0u8; 32]));
        crate::random::fill(s.0.as_mut())?;
        Ok(s)
    }

    /// Copies exactly 32 bytes. The caller remains responsible for wiping
    /// its own copy.
    ///
    /// # Errors
    /// [`CryptoError::InvalidKeyLength`] unless `bytes.len() == 32`.
    pub fn from_slice(bytes: &[u8]) -> Result<Self> {
        if bytes.len() != Self::LEN {
            return Err(CryptoError::InvalidKeyLength { expected: Self::LEN, found: bytes.len() });
        }
        let mut s = Secret32(Zeroizing::new([0u8; 32]));
        s.0.copy_from_slice(bytes);
        Ok(s)
    }

    /// Parses a 32-byte key written as text, as found in an environment
    /// variable or a key file. Surrounding whitespace (a trailing newline)
    /// is ignored. Accepted forms:
    ///
    /// * 64 hexadecimal digits (either case);
    /// * base64 of exactly 32 bytes, standard or URL-safe alphabet, with or
    ///   without `=` padding (43 or 44 characters).
    ///
    /// A 64-digit hex string is always read as hex (base64 of 64 characters
    /// would be 48 bytes, so there is no ambiguity).
    ///
    /// # Errors
    /// [`CryptoError::InvalidKeyEncoding`]; the message never echoes input.
    pub fn parse_encoded(text: &str) -> Result<Self> {
        let text = text.trim();
        let mut s = Secret32(Zeroizing::new([0u8; 32]));
        if text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
            hex::decode_to_slice(text, s.0.as_mut()).map_err(|_| CryptoError::InvalidKeyEncoding)?;
            return Ok(s);
        }
        if !(43..=44).contains(&text.len()) {
            return Err(CryptoError::InvalidKeyEncoding);
        }
        // base64 decoders want head-room beyond the exact output length.
        let mut buf = Zeroizing::new([0u8; 48]);
        for engine in [&B64_STANDARD, &B64_URL_SAFE] {
            if let Ok(32) = engine.decode_slice(text, buf.as_mut()) {
                s.0.copy_from_slice(&buf[..32]);
                return Ok(s);
            }
        }
        Err(CryptoError::InvalidKeyEncoding)
    }

    /// Standard base64 (with padding) of the key, e.g. to write a new key
    /// file. [`Secret32::parse_encoded`] reads it back.
    pub fn to_base64(&self) -> SecretString {
        let mut out = String::with_capacity(44);
        base64::engine::general_purpose::STANDARD.encode_string(self.0.as_ref(), &mut out);
        SecretString::new(out)
    }

    /// The raw bytes. Crate-private: raw key bytes never leave this crate.
    pub(crate) fn expose(&self) -> &[u8; 32] {
        &self.0
    }
}

impl ConstantTimeEq for Secret32 {
    fn ct_eq(&self, other: &Self) -> subtle::Choice {
        self.0.as_ref().ct_eq(other.0.as_ref())
    }
}

impl PartialEq for Secret32 {
    fn eq(&self, other: &Self) -> bool {
        self.ct_eq(other).into()
    }
}

impl Eq for Secret32 {}

impl fmt::Debug for Secret32 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret32([REDACTED])")
    }
}

/// Secret text: a passphrase, password or API key.
///
/// Wiped on drop. `Debug` prints `SecretString([REDACTED])`; no `Display`.
/// Equality is constant-time in the content (the length may leak).
#[derive(Clone, Default)]
pub struct SecretString(Zeroizing<String>);

impl SecretString {
    /// Takes ownership of `s` (its buffer is wiped when this is dropped).
    pub fn new(s: String) -> Self {
        SecretString(Zeroizing::new(s))
    }

    /// The secret text. Keep the borrow short; do not log it.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True for the empty string.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<String> for SecretString {
    fn from(s: String) -> Self {
        SecretString::new(s)
    }
}

impl From<&str> for SecretString {
    fn from(s: &str) -> Self {
        SecretString::new(s.to_owned())
    }
}

impl ConstantTimeEq for SecretString {
    fn ct_eq(&self, other: &Self) -> subtle::Choice {
        self.0.as_bytes().ct_eq(other.0.as_bytes())
    }
}

impl PartialEq for SecretString {
    fn eq(&self, other: &Self) -> bool {
        self.ct_eq(other).into()
    }
}

impl Eq for SecretString {}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretString([REDACTED])")
    }
}

impl Zeroize for SecretString {
    fn zeroize(&mut self) {
        self.0.zeroize();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_slice_checks_length() {
        assert!(matches!(
            Secret32::from_slice(&[1u8; 31]),
            Err(CryptoError::InvalidKeyLength { expected: 32, found: 31 })
        ));
        assert!(Secret32::from_slice(&[1u8; 33]).is_err());
        let s = Secret32::from_slice(&[9u8; 32]).unwrap();
        assert_eq!(s.expose(), &[9u8; 32]);
    }

    #[test]
    fn generate_is_random() {
        let a = Secret32::generate().unwrap();
        let b = Secret32::generate().unwrap();
        assert_ne!(a, b);
        assert_eq!(a, a.clone());
    }

    #[test]
    fn parse_encoded_accepts_hex_and_base64() {
        let mut bytes: Vec<u8> = (0u8..32).map(|i| i.wrapping_mul(37).wrapping_add(200)).collect();
        // 0xfbefbe encodes as "++++" and 0xffffff as "////" in standard base64.
        bytes[..6].copy_from_slice(&[0xfb, 0xef, 0xbe, 0xff, 0xff, 0xff]);
        let want = Secret32::from_slice(&bytes).unwrap();

        let hex_lower = hex::encode(&bytes);
        let hex_upper = hex_lower.to_uppercase();
        let std_pad = base64::engine::general_purpose::STANDARD.encode(&bytes);
        let std_nopad = base64::engine::general_purpose::STANDARD_NO_PAD.encode(&bytes);
        let url_pad = base64::engine::general_purpose::URL_SAFE.encode(&bytes);
        let url_nopad = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes);
        assert_ne!(std_pad, url_pad, "test bytes must exercise +/ vs -_");
        for text in [
            hex_lower.clone(),
            hex_upper,
            std_pad.clone(),
            std_nopad,
            url_pad,
            url_nopad,
            format!("  {std_pad}\n"),
            format!("{hex_lower}\r\n"),
        ] {
            assert_eq!(Secret32::parse_encoded(&text).unwrap(), want, "{text}");
        }
        assert_eq!(want.to_base64().expose_secret(), std_pad);
    }

    #[test]
    fn parse_encoded_rejects_wrong_sizes_and_garbage() {
        let b64_31 = base64::engine::general_purpose::STANDARD.encode([1u8; 31]);
        let b64_33 = base64::engine::general_purpose::STANDARD.encode([1u8; 33]);
        for text in [
            String::new(),
            "zz".repeat(32),
            "ab".repeat(31),
            "ab".repeat(33),
            b64_31,
            b64_33,
            "!".repeat(44),
            "é".repeat(22),
        ] {
            assert!(matches!(Secret32::parse_encoded(&text), Err(CryptoError::InvalidKeyEncoding)), "{text}");
        }
    }

    #[test]
    fn error_messages_do_not_echo_input() {
        let text = "c2VjcmV0LWtleS1tYXRlcmlhbC10aGF0LWlzLXdyb25nISE=";
        let err = Secret32::parse_encoded(text).unwrap_err();
        assert!(!err.to_string().contains("c2VjcmV0"));
        assert!(!format!("{err:?}").contains("c2VjcmV0"));
    }

    #[test]
    fn debug_is_redacted() {
        let s = Secret32::from_slice(&[0xabu8; 32]).unwrap();
        let d = format!("{s:?} {s:#?}");
        assert!(d.contains("[REDACTED]"));
        assert!(!d.contains("abab"));
        assert!(!d.contains("171"));
        let p = SecretString::from("hunter2-passphrase");
        let d = format!("{p:?}");
        assert!(d.contains("[REDACTED]"));
        assert!(!d.contains("hunter2"));
    }

    #[test]
    fn secret_string_eq() {
        assert_eq!(SecretString::from("a"), SecretString::from("a"));
        assert_ne!(SecretString::from("a"), SecretString::from("b"));
        assert_ne!(SecretString::from("a"), SecretString::from("ab"));
    }
}
