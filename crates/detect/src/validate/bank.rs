//! Bank identifiers: US ABA routing transit numbers and SWIFT/ISO 9362 BICs.

use super::checksum::{all_digits, weighted_mod};

/// ABA routing number (ABA / Federal Reserve RTN): 9 digits, 3-7-1 weights mod 10, valid prefix.
///
/// The first two digits must be a Federal Reserve routing symbol: 00 (US government),
/// 01-12 (Federal Reserve districts), 21-32 (thrift institutions), 61-72 (electronic
/// transactions) or 80 (traveller's cheques). The all-zero number is rejected.
pub fn aba_routing(digits: &[u8]) -> bool {
    if digits.len() != 9 || !all_digits(digits) || digits.iter().all(|&b| b == b'0') {
        return false;
    }
    let prefix = (digits[0] - b'0') * 10 + (digits[1] - b'0');
    if !matches!(prefix, 0..=12 | 21..=32 | 61..=72 | 80) {
        return false;
    }
    weighted_mod(digits, &[3, 7, 1, 3, 7, 1, 3, 7, 1], 10) == Some(0)
}

/// ISO 3166-1 alpha-2 codes officially assigned (249, from Debian iso-codes 4.15) plus `XK`
/// (Kosovo, user-assigned but used by SWIFT), concatenated in pairs.
const ISO3166: &[u8] = b"\
      ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCD\
      CFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGF\
      GGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKN\
      KPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNA\
      NCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSI\
      SJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVI\
      VNVUWFWSXKYEYTZAZMZW";

/// Bit `j` of row `i` is set when the code `(b'A' + i, b'A' + j)` is assigned.
const COUNTRY_BITS: [u32; 26] = {
    let mut bits = [0u32; 26];
    let mut k = 0;
    while k + 1 < ISO3166.len() {
        bits[(ISO3166[k] - b'A') as usize] |= 1 << (ISO3166[k + 1] - b'A');
        k += 2;
    }
    bits
};

/// `true` for an assigned ISO 3166-1 alpha-2 code (upper-case ASCII) or `XK`.
fn is_country(a: u8, b: u8) -> bool {
    a.is_ascii_uppercase() && b.is_ascii_uppercase() && COUNTRY_BITS[usize::from(a - b'A')] & (1 << (b - b'A')) != 0
}

/// BIC (ISO 9362): 4-letter party prefix, ISO 3166 country, location, optional branch.
///
/// Location: two letters or digits, the first not `0` or `1`, the second not the letter `O`
/// (a digit `0` there marks a test-and-training BIC, which is accepted). Branch: three letters
/// or digits, starting with `X` only as `XXX` (head office).
pub fn swift_bic(alnum: &[u8]) -> bool {
    if alnum.len() != 8 && alnum.len() != 11 {
        return false;
    }
    let mut up = [0u8; 11];
    for (u, &b) in up.iter_mut().zip(alnum) {
        if !b.is_ascii_alphanumeric() {
            return false;
        }
        *u = b.to_ascii_uppercase();
    }
    let up = &up[..alnum.len()];
    if !up[..4].iter().all(u8::is_ascii_uppercase) || !is_country(up[4], up[5]) {
        return false;
    }
    if matches!(up[6], b'0' | b'1') || up[7] == b'O' {
        return false;
    }
    match up.get(8..) {
        Some(branch @ [b'X', ..]) => branch == b"XXX",
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aba_valid() {
        // Published routing numbers (Federal Reserve Banks, large banks), checked with python-stdnum.
        for ok in [
            "011000015",
            "021000021",
            "026009593",
            "121000248",
            "322271627",
            "111000025",
            "091000019",
            "261170740",
            "011000028",
            // Synthetic numbers at the edges of the allowed prefix ranges.
            "800000006",
            "610000005",
            "720000005",
            "320000007",
            "000000013",
        ] {
            assert!(aba_routing(ok.as_bytes()), "{ok}");
        }
    }

    #[test]
    fn aba_invalid() {
        for bad in [
            "021000022",  // one digit changed
            "012000021",  // transposed
            "02100002",   // too short
            "0210000210", // too long
            "000000000",  // all zero passes the checksum but is not a routing number
            "131000018",  // prefix 13 unassigned (checksum ok)
            "400000008",  // prefix 40 unassigned (checksum ok)
            "810000009",  // prefix 81 unassigned (checksum ok)
            "200000004",  // prefix 20 unassigned (checksum ok)
            "02100002a",
            "",
            "02100002１",
        ] {
            assert!(!aba_routing(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn country_table() {
        assert_eq!(ISO3166.len(), 250 * 2);
        assert!(ISO3166.chunks(2).zip(ISO3166.chunks(2).skip(1)).all(|(a, b)| a < b));
        assert!(is_country(b'D', b'E') && is_country(b'X', b'K') && is_country(b'Z', b'W'));
        assert!(!is_country(b'X', b'X') && !is_country(b'U', b'K') && !is_country(b'E', b'U'));
        assert!(!is_country(b'd', b'e') && !is_country(b'1', b'2'));
    }

    #[test]
    fn bic_valid() {
        // Published BICs (python-stdnum agrees on all of them); lower case is normalised.
        for ok in [
            "DEUTDEFF",
            "DEUTDEFF500",
            "NEDSZAJJXXX",
            "BOFIIE2D",
            "CHASUS33",
            "BNPAFRPPXXX",
            "UBSWCHZH80A",
            "deutdeff",
            "DEUTDEF0",
            "BKCHCNBJ",
            "RBOSGB2L",
        ] {
            assert!(swift_bic(ok.as_bytes()), "{ok}");
        }
    }

    #[test]
    fn bic_invalid() {
        for bad in [
            "DEUTXXFF",    // unknown country
            "DEUTUKFF",    // UK is not the ISO code (GB is)
            "DEU1DEFF",    // digit in party prefix
            "DEUTDE0F",    // location starting with 0
            "DEUTDE1F",    // location starting with 1
            "DEUTDEFO",    // letter O as second location character
            "DEUTDEFFXYZ", // branch starting with X other than XXX
            "DEUTDEF",     // 7 characters
            "DEUTDEFF5",   // 9 characters
            "DEUTDEFF5000",
            "DEUTDEF-",
            "",
            "DEUTDEFＦ",
        ] {
            assert!(!swift_bic(bad.as_bytes()), "{bad}");
        }
    }
}
