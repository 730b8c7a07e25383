//! Top-level domains from the ICANN section of the Public Suffix List (`data/tlds.txt`).

use std::sync::OnceLock;

/// One TLD per line, lower-case ASCII (IDN TLDs in punycode); `#` lines are comments.
const TLDS_TXT: &str = include_str!("../../data/tlds.txt");

/// Longest label DNS allows; nothing longer can be a TLD.
const MAX_LABEL: usize = 63;

fn sorted_tlds() -> &'static [&'static str] {
    static TLDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    TLDS.get_or_init(|| {
        let mut v: Vec<&'static str> =
            TLDS_TXT.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        v.sort_unstable();
        v.dedup();
        v
    })
}

/// TLD check against the Public Suffix List's ICANN section, case-insensitive; IDNs as `xn--`.
///
/// Takes a bare label without dots (`com`, `XN--P1AI`); Unicode labels must be converted to
/// punycode by the caller. Lookup is a binary search, no allocation.
pub fn is_tld(label: &str) -> bool {
    let bytes = label.as_bytes();
    if bytes.is_empty() || bytes.len() > MAX_LABEL {
        return false;
    }
    let mut buf = [0u8; MAX_LABEL];
    for (d, &b) in buf.iter_mut().zip(bytes) {
        if !(b.is_ascii_alphanumeric() || b == b'-') {
            return false;
        }
        *d = b.to_ascii_lowercase();
    }
    let key = &buf[..bytes.len()];
    sorted_tlds().binary_search_by(|t| t.as_bytes().cmp(key)).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_shape() {
        let tlds = sorted_tlds();
        assert!(tlds.len() > 1000, "{}", tlds.len());
        assert!(tlds.iter().all(|t| { t.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') }));
        assert!(tlds.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn known() {
        for ok in [
            "com",
            "COM",
            "Org",
            "uk",
            "de",
            "io",
            "museum",
            "travel",
            "xn--p1ai",
            "XN--P1AI",
            "xn--90ais",
            "xn--vermgensberatung-pwb",
            "aaa",
            "zw",
            "zuerich",
            "hotel",
            "onion", // listed in the ICANN section (RFC 7686 special-use name)
        ] {
            assert!(is_tld(ok), "{ok}");
        }
    }

    #[test]
    fn unknown() {
        for bad in [
            "",
            "c",
            "comm",
            "co.uk",
            ".com",
            "com.",
            "localhost",
            "local",
            "example",
            "invalid",
            "test",
            "xn--",
            "рф",
            "c0m",
            "fiat", // fiat: retired before this list
            "ａｂｃ",
            "com\0",
        ] {
            assert!(!is_tld(bad), "{bad:?}");
        }
        assert!(!is_tld(&"a".repeat(64)));
        assert!(!is_tld(&"com".repeat(1000)));
    }
}
