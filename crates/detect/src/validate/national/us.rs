//! United States: Social Security Number and Individual Taxpayer Identification Number.

use crate::validate::checksum::{all_digits, number};

/// Numbers that pass the structural rules but were voided or are universal placeholders:
/// 078-05-1120 (Woolworth wallet card, voided by the SSA), 219-09-9999 (SSA pamphlet sample,
/// voided) and 123-45-6789 (the canonical dummy in forms and documentation).
const SSN_PLACEHOLDERS: [&[u8]; 3] = [b"078051120", b"219099999", b"123456789"];

/// US SSN (SSA rules since 2011 randomisation): area not 000/666/9xx, group not 00, serial not 0000.
///
/// Also rejects the voided advertising numbers and the `123456789` placeholder.
pub fn us_ssn(digits: &[u8]) -> bool {
    if digits.len() != 9 || !all_digits(digits) {
        return false;
    }
    let area = number(&digits[..3]);
    let group = number(&digits[3..5]);
    let serial = number(&digits[5..]);
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0 && !SSN_PLACEHOLDERS.contains(&digits)
}

/// US ITIN (IRS): 9 digits starting with 9, middle group 50-65, 70-88, 90-92 or 94-99.
pub fn us_itin(digits: &[u8]) -> bool {
    if digits.len() != 9 || !all_digits(digits) || digits[0] != b'9' {
        return false;
    }
    matches!(number(&digits[3..5]), 50..=65 | 70..=88 | 90..=92 | 94..=99)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ssn() {
        // python-stdnum example and edge values of each field.
        for ok in ["536904399", "001010001", "899999999", "665010001", "667010001"] {
            assert!(us_ssn(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "000123456",
            "666123456",
            "900123456",
            "999999999", // area
            "123004567", // group 00
            "123450000", // serial 0000
            "078051120",
            "219099999",
            "123456789", // voided / placeholder
            "53690439",
            "5369043990",
            "53690439a",
            "",
            "53690439９",
        ] {
            assert!(!us_ssn(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn itin() {
        // python-stdnum example plus each group range's bounds.
        for ok in [
            "912903456",
            "900501234",
            "900651234",
            "900701234",
            "900881234",
            "900901234",
            "900921234",
            "900941234",
            "900991234",
        ] {
            assert!(us_itin(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "912493456",
            "912663456",
            "912693456",
            "912893456",
            "912933456", // groups
            "812903456", // not 9xx
            "91290345",
            "9129034567",
            "91290345x",
            "",
            "９12903456",
        ] {
            assert!(!us_itin(bad.as_bytes()), "{bad}");
        }
    }
}
