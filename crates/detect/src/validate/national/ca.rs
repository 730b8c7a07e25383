//! Canada: Social Insurance Number.

use crate::validate::checksum::luhn;

/// Canadian SIN (ESDC): 9 digits, Luhn, first digit not 0 (fictitious) or 8 (unassigned).
pub fn ca_sin(digits: &[u8]) -> bool {
    digits.len() == 9 && !matches!(digits[0], b'0' | b'8') && luhn(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sin() {
        for ok in ["123456782", "130692544"] {
            assert!(ca_sin(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "046454286", // the government's own sample, fictitious 0 series
            "823456785", // 8 series not assigned
            "123456783",
            "123456728",
            "12345678",
            "1234567820",
            "12345678a",
            "",
            "12345678２",
        ] {
            assert!(!ca_sin(bad.as_bytes()), "{bad}");
        }
    }
}
