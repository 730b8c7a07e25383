//! India: Permanent Account Number and Aadhaar.

use crate::validate::checksum::{all_digits, verhoeff};

/// Indian PAN (Income Tax Department): 5 letters, 4 digits, 1 letter; 4th letter the holder type.
///
/// Holder types: P individual, C company, H HUF, F firm/LLP, A AOP, T trust, B BOI,
/// L local authority, J artificial juridical person, G government. Serial 0000 is rejected.
pub fn in_pan(alnum: &[u8]) -> bool {
    if alnum.len() != 10 {
        return false;
    }
    let mut c = [0u8; 10];
    for (u, &b) in c.iter_mut().zip(alnum) {
        *u = b.to_ascii_uppercase();
    }
    c[..5].iter().all(u8::is_ascii_uppercase)
        && all_digits(&c[5..9])
        && &c[5..9] != b"0000"
        && c[9].is_ascii_uppercase()
        && b"PCHFATBLJG".contains(&c[3])
}

/// Aadhaar (UIDAI): 12 digits, first digit 2-9, Verhoeff check digit, not a palindrome.
///
/// UIDAI never issues palindromic numbers (python-stdnum applies the same rule).
pub fn in_aadhaar(digits: &[u8]) -> bool {
    digits.len() == 12
        && !matches!(digits[0], b'0' | b'1')
        && !digits.iter().eq(digits.iter().rev())
        && all_digits(digits)
        && verhoeff(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pan() {
        for ok in ["ACUPA7085R", "AAPPV8261K", "aappv8261k", "AAACB1234C", "AAAHT1234Z"] {
            assert!(in_pan(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "ABMXA3211G", // X is not a holder type
            "ABMKA3211G", // K (accepted by python-stdnum) is not in the published set
            "ACUPA0000R", // serial 0000
            "ABMPA32111", // last character must be a letter
            "ACU1A7085R",
            "ACUPA7085",
            "ACUPA7085RR",
            "",
            "ACUPA7085Ｒ",
        ] {
            assert!(!in_pan(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn aadhaar() {
        // python-stdnum example and Verhoeff-completed numbers checked with python-stdnum.
        for ok in ["234123412346", "999941057058", "499118665246", "983314616299", "395173159142"] {
            assert!(in_aadhaar(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "234123412347", // check digit changed
            "234123412364", // transposed
            "123412341234", // starts with 1
            "012345678901",
            "222222222222", // palindrome
            "643343121",
            "2341234123460",
            "23412341234a",
            "",
            "23412341234６",
        ] {
            assert!(!in_aadhaar(bad.as_bytes()), "{bad}");
        }
    }
}
