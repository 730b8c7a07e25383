//! Generic check-digit algorithms shared by the structural validators.
//!
//! All functions take compact ASCII; any byte outside the documented alphabet makes them
//! return `false` (or `None`). Sums are reduced as they go, so arbitrarily long input cannot
//! overflow.

/// Value of an ASCII decimal digit.
#[inline]
pub(crate) fn digit(b: u8) -> Option<u32> {
    b.is_ascii_digit().then(|| u32::from(b - b'0'))
}

/// `true` when `s` is non-empty and made only of ASCII digits.
#[inline]
pub(crate) fn all_digits(s: &[u8]) -> bool {
    !s.is_empty() && s.iter().all(u8::is_ascii_digit)
}

/// Decimal value of a short run of ASCII digits (callers check the digits and the length).
#[inline]
pub(crate) fn number(s: &[u8]) -> u64 {
    s.iter().fold(0u64, |n, &b| n.wrapping_mul(10).wrapping_add(u64::from(b.wrapping_sub(b'0'))))
}

/// Luhn mod 10 check (ISO/IEC 7812-1 annex B): the last digit is the check digit.
pub fn luhn(digits: &[u8]) -> bool {
    if digits.len() < 2 {
        return false;
    }
    let mut sum = 0u32;
    for (i, &b) in digits.iter().rev().enumerate() {
        let Some(d) = digit(b) else { return false };
        let v = if i % 2 == 1 {
            let x = d * 2;
            if x > 9 { x - 9 } else { x }
        } else {
            d
        };
        sum = (sum + v) % 10;
    }
    sum == 0
}

/// Verhoeff dihedral-group D5 multiplication table.
const VERHOEFF_D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];

/// Verhoeff position permutation table: row `i` is the base permutation applied `i` times.
const VERHOEFF_P: [[u8; 10]; 8] = {
    const BASE: [u8; 10] = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
    let mut p = [[0u8; 10]; 8];
    let mut j = 0;
    while j < 10 {
        p[0][j] = j as u8;
        j += 1;
    }
    let mut i = 1;
    while i < 8 {
        let mut j = 0;
        while j < 10 {
            p[i][j] = BASE[p[i - 1][j] as usize];
            j += 1;
        }
        i += 1;
    }
    p
};

/// Verhoeff check (Verhoeff 1969, dihedral group D5): the last digit is the check digit.
pub fn verhoeff(digits: &[u8]) -> bool {
    if digits.len() < 2 {
        return false;
    }
    let mut c = 0usize;
    for (i, &b) in digits.iter().rev().enumerate() {
        let Some(d) = digit(b) else { return false };
        let p = VERHOEFF_P[i % 8][d as usize];
        c = VERHOEFF_D[c][p as usize] as usize;
    }
    c == 0
}

/// Folds `s` into a running mod-97 remainder, digits as themselves and letters (either case)
/// as A=10 .. Z=35 (ISO 13616 conversion). `None` on any other byte.
pub(crate) fn mod97_fold(mut r: u32, s: &[u8]) -> Option<u32> {
    for &b in s {
        r = if b.is_ascii_digit() {
            (r * 10 + u32::from(b - b'0')) % 97
        } else if b.is_ascii_alphabetic() {
            (r * 100 + u32::from(b.to_ascii_uppercase() - b'A') + 10) % 97
        } else {
            return None;
        };
    }
    Some(r)
}

/// ISO 7064 MOD 97-10 check (letters A=10 .. Z=35 as in ISO 13616): value mod 97 must be 1.
pub fn iso7064_mod97_10(alnum: &[u8]) -> bool {
    alnum.len() >= 3 && mod97_fold(0, alnum) == Some(1)
}

/// ISO 7064 MOD 11,10 hybrid check: the last digit is the check digit.
pub fn iso7064_mod11_10(digits: &[u8]) -> bool {
    if digits.len() < 2 {
        return false;
    }
    let mut p = 10u32;
    let mut s = 0u32;
    for &b in digits {
        let Some(d) = digit(b) else { return false };
        s = (p + d) % 10;
        let t = if s == 0 { 10 } else { s };
        p = (t * 2) % 11;
    }
    s == 1
}

/// Weighted digit sum modulo `modulus` (the generic scheme behind ABA, TFN, NHS, ...).
///
/// `None` when `digits` and `weights` differ in length, a byte is not a digit, or
/// `modulus` is 0.
pub fn weighted_mod(digits: &[u8], weights: &[u32], modulus: u32) -> Option<u32> {
    if modulus == 0 || digits.len() != weights.len() {
        return None;
    }
    let m = u64::from(modulus);
    let mut acc = 0u64;
    for (&b, &w) in digits.iter().zip(weights) {
        let d = u64::from(digit(b)?);
        acc = (acc + d * (u64::from(w) % m)) % m;
    }
    u32::try_from(acc).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Appends the unique decimal check digit that makes `valid` accept the string.
    fn with_check_digit(payload: &[u8], valid: fn(&[u8]) -> bool) -> Vec<u8> {
        let found: Vec<Vec<u8>> = (b'0'..=b'9')
            .map(|c| {
                let mut v = payload.to_vec();
                v.push(c);
                v
            })
            .filter(|v| valid(v))
            .collect();
        assert_eq!(found.len(), 1, "exactly one check digit for {payload:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn luhn_known() {
        // Wikipedia / ISO 7812 worked example, python-stdnum examples, card test numbers.
        for ok in ["79927398713", "78949", "4111111111111111", "378282246310005", "0000000000"] {
            assert!(luhn(ok.as_bytes()), "{ok}");
        }
        for bad in ["79927398710", "79927398731", "7894", "4111111111111112", "", "0", "12a4"] {
            assert!(!luhn(bad.as_bytes()), "{bad}");
        }
        assert!(!luhn("7992739871３".as_bytes()));
    }

    #[test]
    fn verhoeff_tables() {
        // Rows 4 and 5 as printed in Verhoeff's tables (and python-stdnum).
        assert_eq!(VERHOEFF_P[4], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0]);
        assert_eq!(VERHOEFF_P[5], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1]);
        assert_eq!(VERHOEFF_P[7], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]);
    }

    #[test]
    fn verhoeff_known() {
        // Verhoeff's own example 236 -> 2363; python-stdnum 1234 -> 12340; Aadhaar sample.
        for ok in ["2363", "12340", "234123412346", "499118665246", "00000000008500000000004"] {
            assert!(verhoeff(ok.as_bytes()), "{ok}");
        }
        for bad in ["2364", "3263", "1234", "234123412347", "00000000005800000000004", "", "5", "12 40"] {
            assert!(!verhoeff(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn mod97_known() {
        // ISO 7064 / python-stdnum examples and a rearranged IBAN (GB82 WEST ...).
        for ok in ["9999123456789012141490", "08686001256515001121751", "WEST12345698765432GB82"] {
            assert!(iso7064_mod97_10(ok.as_bytes()), "{ok}");
        }
        assert!(iso7064_mod97_10(b"west12345698765432gb82"));
        for bad in ["9999123456789012141491", "WEST12345698765432GB28", "", "01", "12-34"] {
            assert!(!iso7064_mod97_10(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn mod11_10_known() {
        // python-stdnum examples; German Steuer-IdNr examples.
        for ok in ["794623", "002006673085", "36574261809", "12345678995"] {
            assert!(iso7064_mod11_10(ok.as_bytes()), "{ok}");
        }
        for bad in ["794624", "794632", "36574261890", "", "7", "79462x"] {
            assert!(!iso7064_mod11_10(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn weighted_mod_basic() {
        assert_eq!(weighted_mod(b"123", &[1, 2, 3], 10), Some(4));
        assert_eq!(weighted_mod(b"876543210", &[1, 4, 3, 7, 5, 8, 6, 9, 10], 11), Some(0));
        assert_eq!(weighted_mod(b"12", &[1, 2, 3], 10), None);
        assert_eq!(weighted_mod(b"1a3", &[1, 2, 3], 10), None);
        assert_eq!(weighted_mod(b"123", &[1, 2, 3], 0), None);
        assert_eq!(weighted_mod(b"9", &[u32::MAX], 7), Some(9 * (u32::MAX % 7) % 7));
    }

    /// Replaces digit `pos` by a different digit chosen by `delta` (1..=9).
    fn mutate(v: &[u8], pos: usize, delta: u8) -> Vec<u8> {
        let mut m = v.to_vec();
        let i = pos % m.len();
        m[i] = b'0' + (m[i] - b'0' + delta) % 10;
        m
    }

    proptest! {
        #[test]
        fn luhn_detects_single_digit_errors(
            payload in proptest::collection::vec(b'0'..=b'9', 1..25),
            pos in any::<usize>(),
            delta in 1u8..=9,
        ) {
            let v = with_check_digit(&payload, luhn);
            prop_assert!(luhn(&v));
            prop_assert!(!luhn(&mutate(&v, pos, delta)));
        }

        #[test]
        fn verhoeff_detects_single_digit_errors(
            payload in proptest::collection::vec(b'0'..=b'9', 1..25),
            pos in any::<usize>(),
            delta in 1u8..=9,
        ) {
            let v = with_check_digit(&payload, verhoeff);
            prop_assert!(verhoeff(&v));
            prop_assert!(!verhoeff(&mutate(&v, pos, delta)));
            // Verhoeff also catches every adjacent transposition of distinct digits.
            let i = pos % (v.len() - 1);
            if v[i] != v[i + 1] {
                let mut t = v.clone();
                t.swap(i, i + 1);
                prop_assert!(!verhoeff(&t));
            }
        }

        #[test]
        fn mod11_10_detects_single_digit_errors(
            payload in proptest::collection::vec(b'0'..=b'9', 1..25),
            pos in any::<usize>(),
            delta in 1u8..=9,
        ) {
            let v = with_check_digit(&payload, iso7064_mod11_10);
            prop_assert!(iso7064_mod11_10(&v));
            prop_assert!(!iso7064_mod11_10(&mutate(&v, pos, delta)));
        }

        #[test]
        fn mod97_detects_single_digit_errors(
            payload in proptest::collection::vec(b'0'..=b'9', 1..30),
            pos in any::<usize>(),
            delta in 1u8..=9,
        ) {
            // Check digits 98 - (payload * 100 mod 97), as ISO 7064 MOD 97-10 prescribes.
            let r = mod97_fold(0, &payload).unwrap();
            let check = 98 - (r * 100) % 97;
            let mut v = payload.clone();
            v.extend_from_slice(format!("{check:02}").as_bytes());
            prop_assert!(iso7064_mod97_10(&v));
            prop_assert!(!iso7064_mod97_10(&mutate(&v, pos, delta)));
        }
    }
}
