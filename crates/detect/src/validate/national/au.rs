//! Australia: Tax File Number and Australian Business Number.

use crate::validate::checksum::{all_digits, weighted_mod};

/// Australian TFN (ATO check-digit algorithm): 8 or 9 digits, weighted sum mod 11 = 0.
///
/// Weights 1,4,3,7,5,8,6,9,10 for 9 digits and 10,7,8,4,6,3,5,1 for legacy 8-digit numbers.
/// (python-stdnum uses the first eight 9-digit weights for 8-digit numbers instead.)
pub fn au_tfn(digits: &[u8]) -> bool {
    let weights: &[u32] = match digits.len() {
        9 => &[1, 4, 3, 7, 5, 8, 6, 9, 10],
        8 => &[10, 7, 8, 4, 6, 3, 5, 1],
        _ => return false,
    };
    weighted_mod(digits, weights, 11) == Some(0)
}

/// Australian ABN (ABR): 11 digits, first digit minus 1, weights 10,1,3,5,...,19, mod 89 = 0.
///
/// A leading 0 is rejected (ABN check digits are 10-99).
pub fn au_abn(digits: &[u8]) -> bool {
    if digits.len() != 11 || !all_digits(digits) || digits[0] == b'0' {
        return false;
    }
    let mut d = [0u8; 11];
    d.copy_from_slice(digits);
    d[0] -= 1;
    weighted_mod(&d, &[10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19], 89) == Some(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tfn() {
        // ATO example 123 456 782, python-stdnum example, and 8-digit numbers.
        for ok in ["123456782", "876543210", "10000001", "10000017", "10000022"] {
            assert!(au_tfn(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "123456783",
            "123456728",
            "999999999",
            "10000002",
            "01000001",
            "1234567",
            "1234567820",
            "12345678a",
            "",
            "12345678２",
        ] {
            assert!(!au_tfn(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn abn() {
        // ABR's worked example 53 004 085 616 and python-stdnum examples.
        for ok in ["53004085616", "83914571673", "51824753556"] {
            assert!(au_abn(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "53004085617",
            "53004085661",
            "99999999999",
            "03004085616",
            "5300408561",
            "530040856160",
            "5300408561a",
            "",
            "5300408561６",
        ] {
            assert!(!au_abn(bad.as_bytes()), "{bad}");
        }
    }
}
