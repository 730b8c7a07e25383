//! Germany: steuerliche Identifikationsnummer (Steuer-IdNr).

use crate::validate::checksum::{all_digits, iso7064_mod11_10};

/// German Steuer-IdNr (BZSt, since 2016): 11 digits, digit rule, ISO 7064 MOD 11,10 check digit.
///
/// First digit not 0. In the first ten digits exactly one digit occurs twice or three times
/// and every other digit at most once. The BZSt also forbids a tripled digit in three
/// consecutive positions for numbers issued since 2016; older numbers (and python-stdnum)
/// allow it, so it is not enforced: missing a real identifier costs more than a rare
/// false match.
pub fn de_tax_id(digits: &[u8]) -> bool {
    if digits.len() != 11 || !all_digits(digits) || digits[0] == b'0' {
        return false;
    }
    let body = &digits[..10];
    let mut counts = [0u8; 10];
    for &b in body {
        counts[usize::from(b - b'0')] += 1;
    }
    let mut multi = counts.iter().filter(|&&n| n > 1);
    let ok_counts = match (multi.next(), multi.next()) {
        (Some(&n), None) => n == 2 || n == 3,
        _ => false,
    };
    if !ok_counts {
        return false;
    }
    iso7064_mod11_10(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid() {
        // python-stdnum example, kryptografie.de example, and numbers whose check digit was
        // computed with python-stdnum's mod_11_10.
        for ok in [
            "36574261809",
            "12345678995",
            "11234567816",
            "11213456783",
            "11234517899",
            "98765432114",
            "11123456786", // tripled digit in a row: issued before 2016
        ] {
            assert!(de_tax_id(ok.as_bytes()), "{ok}");
        }
    }

    #[test]
    fn invalid() {
        for bad in [
            "36574261890", // check digit transposed
            "36574261808", // check digit changed
            "36554266806", // two digits repeated
            "11223456785", // two digits repeated (check digit correct)
            "12345678903", // no digit repeated (check digit correct)
            "01234567899", // leading zero
            "3657426180",
            "365742618090",
            "3657426180x",
            "",
            "3657426180９",
        ] {
            assert!(!de_tax_id(bad.as_bytes()), "{bad}");
        }
    }
}
