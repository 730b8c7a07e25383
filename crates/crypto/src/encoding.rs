//! Internal byte encodings: canonical length-prefixed framing for MAC/AAD
//! inputs, and lower-case RFC 4648 base32 for tokens and API keys.
//!
//! These are encodings, not cryptography.

/// Something a [`Frame`] writes into: a byte buffer (for AEAD associated
/// data) or directly a MAC (so secret inputs are never copied into an
/// intermediate buffer).
pub(crate) trait Sink {
    fn put(&mut self, bytes: &[u8]);
}

impl Sink for Vec<u8> {
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
}

impl Sink for crate::mac::HmacSha256 {
    fn put(&mut self, bytes: &[u8]) {
        hmac::Mac::update(self, bytes);
    }
}

/// Canonical, injective framing:
/// `domain || 0x00 || (len_u64_be || bytes | u32_be)*`.
///
/// Every variable-length field is prefixed by its length as a big-endian
/// `u64`, and domains are constants without NUL bytes, so two different
/// field sequences (with the same field layout) never produce the same
/// bytes.
pub(crate) struct Frame<S: Sink> {
    sink: S,
}

impl Frame<Vec<u8>> {
    /// Starts a frame that collects bytes into a buffer.
    pub(crate) fn buffer(domain: &'static str) -> Self {
        Frame::into_sink(Vec::with_capacity(domain.len() + 64), domain)
    }
}

impl<S: Sink> Frame<S> {
    /// Starts a frame with a fixed domain-separation tag (a constant).
    pub(crate) fn into_sink(mut sink: S, domain: &'static str) -> Self {
        sink.put(domain.as_bytes());
        sink.put(&[0]);
        Frame { sink }
    }

    /// Appends a length-prefixed byte string.
    pub(crate) fn bytes(mut self, field: &[u8]) -> Self {
        self.sink.put(&(field.len() as u64).to_be_bytes());
        self.sink.put(field);
        self
    }

    /// Appends a length-prefixed UTF-8 string.
    pub(crate) fn str(self, field: &str) -> Self {
        self.bytes(field.as_bytes())
    }

    /// Appends a fixed-width big-endian `u32`.
    pub(crate) fn u32(mut self, v: u32) -> Self {
        self.sink.put(&v.to_be_bytes());
        self
    }

    /// The sink, with everything written.
    pub(crate) fn finish(self) -> S {
        self.sink
    }
}

const BASE32_LOWER: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

/// RFC 4648 base32, lower-case alphabet, no padding.
pub(crate) fn base32_lower(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(5) * 8);
    let mut acc: u16 = 0;
    let mut bits: u32 = 0;
    for &byte in data {
        acc = (acc << 8) | u16::from(byte);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            let idx = usize::from((acc >> bits) & 0x1f);
            out.push(char::from(BASE32_LOWER[idx]));
        }
        acc &= (1u16 << bits) - 1;
    }
    if bits > 0 {
        let idx = usize::from((acc << (5 - bits)) & 0x1f);
        out.push(char::from(BASE32_LOWER[idx]));
    }
    out
}

/// Value of one lower-case base32 digit, `None` for anything else.
pub(crate) fn base32_lower_value(c: u8) -> Option<u8> {
    match c {
        b'a'..=b'z' => Some(c - b'a'),
        b'2'..=b'7' => Some(c - b'2' + 26),
        _ => None,
    }
}

/// True when `s` is exactly the canonical unpadded lower-case base32
/// encoding of `n_bytes` bytes: right length, right alphabet, and the unused
/// low bits of the last digit are zero.
pub(crate) fn is_canonical_base32_lower(s: &str, n_bytes: usize) -> bool {
    let n_chars = (n_bytes * 8).div_ceil(5);
    if s.len() != n_chars {
        return false;
    }
    let mut last = 0u8;
    for c in s.bytes() {
        match base32_lower_value(c) {
            Some(v) => last = v,
            None => return false,
        }
    }
    let spare_bits = n_chars * 5 - n_bytes * 8;
    spare_bits == 0 || last & ((1u8 << spare_bits) - 1) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base32_rfc4648_vectors_lowercase() {
        // RFC 4648 §10 test vectors, lower-cased, padding stripped.
        let cases: &[(&[u8], &str)] = &[
            (b"", ""),
            (b"f", "my"),
            (b"fo", "mzxq"),
            (b"foo", "mzxw6"),
            (b"foob", "mzxw6yq"),
            (b"fooba", "mzxw6ytb"),
            (b"foobar", "mzxw6ytboi"),
        ];
        for (input, expected) in cases {
            assert_eq!(base32_lower(input), *expected);
        }
    }

    #[test]
    fn canonical_check() {
        let enc = base32_lower(&[0xffu8; 16]);
        assert_eq!(enc.len(), 26);
        assert!(is_canonical_base32_lower(&enc, 16));
        // Same length, but non-zero spare bits in the last digit.
        let mut bad = enc.clone();
        bad.pop();
        bad.push('7');
        assert!(!is_canonical_base32_lower(&bad, 16));
        let letters = base32_lower(&[0x01u8; 16]);
        assert!(is_canonical_base32_lower(&letters, 16));
        assert!(!is_canonical_base32_lower(&letters.to_uppercase(), 16));
        assert!(!is_canonical_base32_lower(&enc[1..], 16));
    }

    #[test]
    fn frame_is_injective_on_boundaries() {
        let a = Frame::buffer("d").str("ab").str("c").finish();
        let b = Frame::buffer("d").str("a").str("bc").finish();
        assert_ne!(a, b);
        let c = Frame::buffer("d1").str("x").finish();
        let d = Frame::buffer("d").str("1x").finish();
        assert_ne!(c, d);
    }
}
