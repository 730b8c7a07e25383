//! France: NIR ("numéro de sécurité sociale").

use crate::validate::checksum::{all_digits, number};

/// French NIR (INSEE): 13 characters plus key `97 - (number mod 97)`, with plausible fields.
///
/// Sex 1/2 (3/4 for foreigners being registered, 7/8 for temporary numbers); month 01-12,
/// or 20-42 and 50-99 (pseudo-months INSEE uses when the month is unknown); department 01-99
/// or 2A/2B for Corsica (computed as 19/18); order number not 000.
pub fn fr_nir(alnum: &[u8]) -> bool {
    if alnum.len() != 15 {
        return false;
    }
    let (dept, key_dept) = match [alnum[5], alnum[6].to_ascii_uppercase()] {
        [b'2', b'A'] => (20, 19),
        [b'2', b'B'] => (20, 18),
        [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => {
            let d = number(&alnum[5..7]);
            (d, d)
        }
        _ => return false,
    };
    if !all_digits(&alnum[..5]) || !all_digits(&alnum[7..]) {
        return false;
    }
    let month = number(&alnum[3..5]);
    let plausible = matches!(alnum[0], b'1' | b'2' | b'3' | b'4' | b'7' | b'8')
        && matches!(month, 1..=12 | 20..=42 | 50..=99)
        && dept != 0
        && &alnum[10..13] != b"000";
    if !plausible {
        return false;
    }
    let body = number(&alnum[..5]) * 100_000_000 + key_dept * 1_000_000 + number(&alnum[7..13]);
    let key = number(&alnum[13..]);
    key == 97 - body % 97
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid() {
        // python-stdnum examples and generated numbers (keys cross-checked with python-stdnum).
        for ok in [
            "295109912611193",
            "253072B07300470",
            "253072A07300443",
            "253072a07300443",
            "185012A12345666",
            "185012B12345693",
            "185077512345608",
            "284011305512378",
            "785017512345697", // temporary number
            "185207512345622", // pseudo-month 20
            "185307512345685", // pseudo-month 30
            "185507512345617", // pseudo-month 50
            "185012012345639", // department 20: Corsica before 1976
            "185019612345624",
            "185019711234550",
            "185019910012393", // born abroad
        ] {
            assert!(fr_nir(ok.as_bytes()), "{ok}");
        }
    }

    #[test]
    fn invalid() {
        for bad in [
            "295109912611199", // wrong key
            "295109912611139", // key transposed
            "259109912611193", // transposed digits
            "253072C07300443", // not a Corsican department
            "585017512345603", // sex 5
            "185137512345607", // month 13
            "185457512345634", // month 45
            "185000012345678", // month 00
            "185010012345694", // department 00
            "185017512300077", // order number 000
            "29510991261119",
            "2951099126111933",
            "2951099126111９3",
            "",
        ] {
            assert!(!fr_nir(bad.as_bytes()), "{bad}");
        }
    }
}
