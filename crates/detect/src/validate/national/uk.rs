//! United Kingdom: NHS number and National Insurance number.

use crate::validate::checksum::{all_digits, weighted_mod};

/// NHS number (NHS Data Dictionary): 10 digits, weights 10..2 mod 11, check 10 never issued.
pub fn uk_nhs(digits: &[u8]) -> bool {
    if digits.len() != 10 || !all_digits(digits) {
        return false;
    }
    let Some(r) = weighted_mod(&digits[..9], &[10, 9, 8, 7, 6, 5, 4, 3, 2], 11) else {
        return false;
    };
    let check = match 11 - r {
        11 => 0,
        10 => return false,
        c => c,
    };
    u32::from(digits[9] - b'0') == check
}

/// National Insurance number (HMRC NIM39110): two-letter prefix, 6 digits, suffix A-D.
///
/// First letter not D, F, I, Q, U or V; second not D, F, I, O, Q, U or V; prefixes BG, GB,
/// KN, NK, NT, TN and ZZ are never allocated. The suffix is required.
pub fn uk_nino(alnum: &[u8]) -> bool {
    let [a, b, d @ .., s] = alnum else {
        return false;
    };
    let (a, b, s) = (a.to_ascii_uppercase(), b.to_ascii_uppercase(), s.to_ascii_uppercase());
    a.is_ascii_uppercase()
        && b.is_ascii_uppercase()
        && !b"DFIQUV".contains(&a)
        && !b"DFIOQUV".contains(&b)
        && ![*b"BG", *b"GB", *b"KN", *b"NK", *b"NT", *b"TN", *b"ZZ"].contains(&[a, b])
        && d.len() == 6
        && all_digits(d)
        && (b'A'..=b'D').contains(&s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nhs() {
        // NHS Digital / python-stdnum examples.
        for ok in ["9434765870", "9434765919", "4010232137"] {
            assert!(uk_nhs(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "9434765871", // one digit changed
            "9434765807", // transposed
            "943476587",  // short
            "94347658700",
            "1000000010", // remainder 1: check would be 10, never issued
            "943476587a",
            "",
            "943476587０",
        ] {
            assert!(!uk_nhs(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn nino() {
        for ok in ["AB123456C", "ab123456c", "JG103759A", "ZY000000D", "OA123456B"] {
            assert!(uk_nino(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "QQ123456C", // HMRC's dummy: Q is never a first letter
            "DA123456A",
            "FA123456A",
            "IA123456A",
            "UA123456A",
            "VA123456A", // first letter
            "AD123456A",
            "AO123456A",
            "AV123456A", // second letter
            "BG123456A",
            "GB123456A",
            "KN123456A",
            "NK123456A",
            "NT123456A",
            "TN123456A",
            "ZZ123456A", // unallocated prefixes
            "AB123456E",
            "AB123456",
            "AB1234567C",
            "AB12345C",
            "A1123456C",
            "AB12345XC",
            "",
            "AB123456Ｃ",
        ] {
            assert!(!uk_nino(bad.as_bytes()), "{bad}");
        }
    }
}
