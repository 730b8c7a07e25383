//! Spain: NIF of natural persons (DNI, K/L/M forms) and NIE for foreigners.

use crate::validate::checksum::{all_digits, number};

/// Control letters indexed by number mod 23 (Ministerio del Interior, DNI algorithm).
const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

fn control_ok(n: u64, letter: u8) -> bool {
    LETTERS[(n % 23) as usize] == letter.to_ascii_uppercase()
}

/// Spanish personal NIF (Orden EHA/451/2008): DNI 8 digits + letter, or K/L/M + 7 digits + letter.
///
/// K (Spaniards under 14), L (Spaniards resident abroad) and M (foreigners without NIE) use
/// the same mod-23 letter over their 7 digits. DNI 00000000 is never issued and is rejected.
pub fn es_nif(alnum: &[u8]) -> bool {
    let [first, mid @ .., letter] = alnum else {
        return false;
    };
    if alnum.len() != 9 || !all_digits(mid) {
        return false;
    }
    if first.is_ascii_digit() {
        let n = number(&alnum[..8]);
        n != 0 && control_ok(n, *letter)
    } else {
        matches!(first.to_ascii_uppercase(), b'K' | b'L' | b'M') && control_ok(number(mid), *letter)
    }
}

/// Spanish NIE (Orden INT/2058/2008): X/Y/Z (as 0/1/2) + 7 digits + mod-23 control letter.
pub fn es_nie(alnum: &[u8]) -> bool {
    let [first, mid @ .., letter] = alnum else {
        return false;
    };
    if alnum.len() != 9 || !all_digits(mid) {
        return false;
    }
    let lead = match first.to_ascii_uppercase() {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        _ => return false,
    };
    control_ok(lead * 10_000_000 + number(mid), *letter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nif() {
        // python-stdnum examples; K/L forms computed and cross-checked with python-stdnum.
        for ok in ["54362315K", "12345678Z", "12345678z", "M1234567L", "K1234567L", "L7654321J"] {
            assert!(es_nif(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "54362315Z", // wrong letter
            "54362351K", // transposed
            "00000000T", // passes mod 23 but never issued
            "X2482300W", // a NIE, not a NIF
            "A1234567L",
            "5436231K",
            "543623155K",
            "5436231XK",
            "543623151",
            "",
            "54362315Ｋ",
        ] {
            assert!(!es_nif(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn nie() {
        for ok in ["X2482300W", "x2482300w", "Y2482300Q", "Z2482300F"] {
            assert!(es_nie(ok.as_bytes()), "{ok}");
        }
        for bad in [
            "X2482300A",
            "Y2482300W",
            "X2482030W",
            "W2482300W",
            "X248230W",
            "X24823000W",
            "54362315K",
            "",
            "X2482300Ｗ",
        ] {
            assert!(!es_nie(bad.as_bytes()), "{bad}");
        }
    }
}
