//! International Bank Account Numbers (ISO 13616).
//!
//! The per-country lengths and BBAN formats are those of the SWIFT IBAN Registry, release 101
//! (as carried by python-stdnum's `iban.dat`). Countries with an empty format are the
//! "experimental" IBANs published by banks (Nordea, iban.com) for countries not (yet) in the
//! registry; only their length is checked and their BBAN must be alphanumeric. Dependent
//! territories that use their parent's IBAN (e.g. French overseas departments use `FR`) are not
//! listed under their own codes, as the registry prescribes.

use super::checksum::mod97_fold;

/// One country: ISO 3166 code, total IBAN length, BBAN format in registry notation
/// (`4!n` = 4 digits, `a` = letters, `c` = letters or digits; empty = any alphanumeric).
struct Country {
    code: [u8; 2],
    len: u8,
    bban: &'static str,
}

const fn c(code: &[u8; 2], len: u8, bban: &'static str) -> Country {
    Country { code: *code, len, bban }
}

/// Sorted by country code (binary search).
const COUNTRIES: &[Country] = &[
    c(b"AD", 24, "4!n4!n12!c"),
    c(b"AE", 23, "3!n16!n"),
    c(b"AL", 28, "8!n16!c"),
    c(b"AO", 25, ""),
    c(b"AT", 20, "5!n11!n"),
    c(b"AZ", 28, "4!a20!c"),
    c(b"BA", 20, "3!n3!n8!n2!n"),
    c(b"BE", 16, "3!n7!n2!n"),
    c(b"BF", 28, ""),
    c(b"BG", 22, "4!a4!n2!n8!c"),
    c(b"BH", 22, "4!a14!c"),
    c(b"BI", 27, "5!n5!n11!n2!n"),
    c(b"BJ", 28, ""),
    c(b"BR", 29, "8!n5!n10!n1!a1!c"),
    c(b"BY", 28, "4!c4!n16!c"),
    c(b"CF", 27, ""),
    c(b"CG", 27, ""),
    c(b"CH", 21, "5!n12!c"),
    c(b"CI", 28, ""),
    c(b"CM", 27, ""),
    c(b"CR", 22, "4!n14!n"),
    c(b"CV", 25, ""),
    c(b"CY", 28, "3!n5!n16!c"),
    c(b"CZ", 24, "4!n16!n"),
    c(b"DE", 22, "8!n10!n"),
    c(b"DJ", 27, "5!n5!n11!n2!n"),
    c(b"DK", 18, "4!n9!n1!n"),
    c(b"DO", 28, "4!c20!n"),
    c(b"DZ", 26, ""),
    c(b"EE", 20, "2!n14!n"),
    c(b"EG", 29, "4!n4!n17!n"),
    c(b"ES", 24, "4!n4!n1!n1!n10!n"),
    c(b"FI", 18, "3!n11!n"),
    c(b"FK", 18, "2!a12!n"),
    c(b"FO", 18, "4!n9!n1!n"),
    c(b"FR", 27, "5!n5!n11!c2!n"),
    c(b"GA", 27, ""),
    c(b"GB", 22, "4!a6!n8!n"),
    c(b"GE", 22, "2!a16!n"),
    c(b"GI", 23, "4!a15!c"),
    c(b"GL", 18, "4!n9!n1!n"),
    c(b"GQ", 27, ""),
    c(b"GR", 27, "3!n4!n16!c"),
    c(b"GT", 28, "4!c20!c"),
    c(b"GW", 25, ""),
    c(b"HN", 28, "4!a20!n"),
    c(b"HR", 21, "7!n10!n"),
    c(b"HU", 28, "3!n4!n1!n15!n1!n"),
    c(b"IE", 22, "4!a6!n8!n"),
    c(b"IL", 23, "3!n3!n13!n"),
    c(b"IQ", 23, "4!a3!n12!n"),
    c(b"IR", 26, ""),
    c(b"IS", 26, "4!n2!n6!n10!n"),
    c(b"IT", 27, "1!a5!n5!n12!c"),
    c(b"JO", 30, "4!a4!n18!c"),
    c(b"KM", 27, ""),
    c(b"KW", 30, "4!a22!c"),
    c(b"KZ", 20, "3!n13!c"),
    c(b"LB", 28, "4!n20!c"),
    c(b"LC", 32, "4!a24!c"),
    c(b"LI", 21, "5!n12!c"),
    c(b"LT", 20, "5!n11!n"),
    c(b"LU", 20, "3!n13!c"),
    c(b"LV", 21, "4!a13!c"),
    c(b"LY", 25, "3!n3!n15!n"),
    c(b"MA", 28, ""),
    c(b"MC", 27, "5!n5!n11!c2!n"),
    c(b"MD", 24, "2!c18!c"),
    c(b"ME", 22, "3!n13!n2!n"),
    c(b"MG", 27, ""),
    c(b"MK", 19, "3!n10!c2!n"),
    c(b"ML", 28, ""),
    c(b"MN", 20, "4!n12!n"),
    c(b"MR", 27, "5!n5!n11!n2!n"),
    c(b"MT", 31, "4!a5!n18!c"),
    c(b"MU", 30, "4!a2!n2!n12!n3!n3!a"),
    c(b"MZ", 25, ""),
    c(b"NE", 28, ""),
    c(b"NI", 28, "4!a20!n"),
    c(b"NL", 18, "4!a10!n"),
    c(b"NO", 15, "4!n6!n1!n"),
    c(b"OM", 23, "3!n16!c"),
    c(b"PK", 24, "4!a16!c"),
    c(b"PL", 28, "8!n16!n"),
    c(b"PS", 29, "4!a21!c"),
    c(b"PT", 25, "4!n4!n11!n2!n"),
    c(b"QA", 29, "4!a21!c"),
    c(b"RO", 24, "4!a16!c"),
    c(b"RS", 22, "3!n13!n2!n"),
    c(b"RU", 33, "9!n5!n15!c"),
    c(b"SA", 24, "2!n18!c"),
    c(b"SC", 31, "4!a2!n2!n16!n3!a"),
    c(b"SD", 18, "2!n12!n"),
    c(b"SE", 24, "3!n16!n1!n"),
    c(b"SI", 19, "5!n8!n2!n"),
    c(b"SK", 24, "4!n6!n10!n"),
    c(b"SM", 27, "1!a5!n5!n12!c"),
    c(b"SN", 28, ""),
    c(b"SO", 23, "4!n3!n12!n"),
    c(b"ST", 25, "4!n4!n11!n2!n"),
    c(b"SV", 28, "4!a20!n"),
    c(b"TD", 27, ""),
    c(b"TG", 28, ""),
    c(b"TL", 23, "3!n14!n2!n"),
    c(b"TN", 24, "2!n3!n13!n2!n"),
    c(b"TR", 26, "5!n1!n16!c"),
    c(b"UA", 29, "6!n19!c"),
    c(b"VA", 22, "3!n15!n"),
    c(b"VG", 24, "4!a16!n"),
    c(b"XK", 20, "4!n10!n2!n"),
    c(b"YE", 30, "4!a4!n18!c"),
];

/// Checks `bban` against a registry format such as `4!a6!n8!n`.
fn bban_matches(bban: &[u8], spec: &str) -> bool {
    let mut rest = bban;
    let mut count = 0usize;
    for &s in spec.as_bytes() {
        match s {
            b'0'..=b'9' => count = count * 10 + usize::from(s - b'0'),
            b'!' => {}
            class => {
                let Some((field, tail)) = rest.split_at_checked(count) else {
                    return false;
                };
                let ok = field.iter().all(|b| match class {
                    b'n' => b.is_ascii_digit(),
                    b'a' => b.is_ascii_alphabetic(),
                    _ => b.is_ascii_alphanumeric(),
                });
                if !ok {
                    return false;
                }
                rest = tail;
                count = 0;
            }
        }
    }
    rest.is_empty()
}

/// IBAN check (ISO 13616): known country and length, check digits 02-98, BBAN format, mod 97 = 1.
pub fn iban(compact: &[u8]) -> bool {
    if compact.len() < 5 || compact.len() > 34 || !compact.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let code = [compact[0].to_ascii_uppercase(), compact[1].to_ascii_uppercase()];
    let Ok(i) = COUNTRIES.binary_search_by(|c| c.code.cmp(&code)) else {
        return false;
    };
    let country = &COUNTRIES[i];
    if compact.len() != usize::from(country.len) {
        return false;
    }
    let (head, bban) = compact.split_at(4);
    if !head[2].is_ascii_digit() || !head[3].is_ascii_digit() {
        return false;
    }
    let check = (head[2] - b'0') * 10 + (head[3] - b'0');
    if !(2..=98).contains(&check) {
        return false;
    }
    if !country.bban.is_empty() && !bban_matches(bban, country.bban) {
        return false;
    }
    mod97_fold(0, bban).and_then(|r| mod97_fold(r, head)) == Some(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn table_is_sorted_and_consistent() {
        assert!(COUNTRIES.windows(2).all(|w| w[0].code < w[1].code));
        for c in COUNTRIES {
            assert!((15..=34).contains(&c.len), "{:?}", c.code);
            if !c.bban.is_empty() {
                let n: usize = c
                    .bban
                    .split(|ch: char| ch.is_ascii_alphabetic())
                    .filter_map(|f| f.trim_end_matches('!').parse::<usize>().ok())
                    .sum();
                assert_eq!(n + 4, usize::from(c.len), "{:?}", c.code);
            }
        }
    }

    #[test]
    fn registry_examples() {
        // Example IBANs printed in the SWIFT IBAN Registry.
        for ok in [
            "GB29NWBK60161331926819",
            "DE89370400440532013000",
            "FR1420041010050500013M02606",
            "BE68539007547034",
            "NO9386011117947",
            "LC55HEMM000100010012001200023015",
            "MT84MALT011000012345MTLCAST001S",
            "BR1800360305000010009795493C1",
            "MU17BOMM0101101030300200000MUR",
            "SC18SSCB11010000000000001497USD",
            "QA58DOHB00001234567890ABCDEFG",
            "KZ86125KZT5004100100",
            "IT60X0542811101000000123456",
            "BI4210000100010000332045181",
            "EG380019000500000000263180002",
        ] {
            assert!(iban(ok.as_bytes()), "{ok}");
        }
        // Case-insensitive.
        assert!(iban(b"gb29nwbk60161331926819"));
        assert!(iban(b"Fr1420041010050500013m02606"));
    }

    #[test]
    fn every_registry_country() {
        // One generated IBAN per registry country, each cross-checked with python-stdnum.
        for ok in [
            "AD81526018153WD25RQ4F5ZR",
            "AE020913909960308246281",
            "AL2994821993N6Z43DVYRKTTNJFB",
            "AT263194875749118625",
            "AZ92EPNB4ZKLMVT45HU43JSIOM1T",
            "BA715291703423667127",
            "BE18684268465632",
            "BG31CFEH307924I09QYNK8",
            "BH51WQTU3TZPPPP6UP3C4D",
            "BI2472159010928159013962459",
            "BR1357117777412154728038528AX",
            "BY89J5GX5253YYWLECFPECXVM11H",
            "CH3874395SMN5E6EUCLDU",
            "CR92990751163726516761",
            "CY2622202972UM9ZZ8106X8RCD1G",
            "CZ7534839548620579868282",
            "DE03880729022279180588",
            "DJ9887180334018780175989834",
            "DK3278878384837261",
            "DO97PSK436134125242731672326",
            "EE878656355150587706",
            "EG815894811311440242646288975",
            "ES2714026140141931417058",
            "FI9064920831240234",
            "FK89UJ834782450400",
            "FO7108838737167868",
            "FR20433532650204GRA35OWIF40",
            "GB67OFFI70455853043520",
            "GE73KM1748338014126906",
            "GI56AJJUE5X9OKV9I92WRW8",
            "GL3888909310025167",
            "GR8080083740T4WY5X4UG4GFDET",
            "GT79VO4UI2C49LGJ80U3VH6DVIXI",
            "HN07OOOY18341704718746331912",
            "HR0984529841537760207",
            "HU07764265651505561304451669",
            "IE40CLNY40410423468535",
            "IL116068831067924708227",
            "IQ23NKJJ446347861221387",
            "IS958375762833125815354930",
            "IT93X6668364507HN8WXD5HFOPS",
            "JO25NJAE0679V04PXTSF6E99X6T5Z2",
            "KW09AZEH2J8GXR764JXCOGE00YJTHK",
            "KZ81378FZF1QJ31CVQ5G",
            "LB963653V2LQNPC0IW4DVCJCETEG",
            "LC15YJDTVBEVQ39P3D19Q33BPSK75ALC",
            "LI1228704ONLSA605H5MQ",
            "LT061836546107358735",
            "LU02570QFP2O2T43GC4L",
            "LV15LIKT2GKHJ041E6UTO",
            "LY67467272042935575918362",
            "MC72361078852664G5D6QVSBE26",
            "MD96TFY7IIHHNGGCSFBFF9IC",
            "ME15516438831701073750",
            "MK814313CC4NWBSG019",
            "MN439530552034093056",
            "MR8752941307871616828126464",
            "MT95VJNB495661NCPPD0RAR75PNTA80",
            "MU24BREU6199582254282116734EBP",
            "NI93KBTU61923969372930682651",
            "NL88EHXG0805169784",
            "NO9364936657872",
            "OM65009VTFSTBUP648MRN5S",
            "PK54QQVB285KW53WO8147C8V",
            "PL53423159425947248739498355",
            "PS80BGFMAHKOAG7X3NSZX6GYPNGON",
            "PT72925517329048449500324",
            "QA70TUNNWN38VE2130MJ6XMYEQJ8D",
            "RO92LTPF80F9S649HPG03ZMS",
            "RS89987320008062320109",
            "RU8783263898692841J3UY0ORT5SBE6GE",
            "SA1401LG3HZRXGID5W0AGFCA",
            "SC28XKGM59368778006394369919FEB",
            "SD4801192520002010",
            "SE4519538161333100147121",
            "SI40345564054405598",
            "SK7174906068157089319426",
            "SM22A8340057172VMWGAIDEVA75",
            "SO377815516616053446882",
            "ST72637289905958278527749",
            "SV30HEKO38344922359852353412",
            "TL311362244643114367006",
            "TN9863847024960369963932",
            "TR22176541QFPAGRUT1QXBK0OV",
            "UA42104832CXM6TYDUW1NXLQTDBPW",
            "VA53195044660016659413",
            "VG19JXMQ3673221378325674",
            "XK728275346462704534",
            "YE32KPPN9152JO35K8XM00D4IG69EB",
        ] {
            assert!(iban(ok.as_bytes()), "{ok}");
        }
    }

    #[test]
    fn experimental_countries() {
        // Sample IBANs published for countries outside the registry.
        for ok in [
            "DZ580002100001113000000570",
            "AO06004400006729503010102",
            "BJ66BJ0610100100144390000769",
            "BF42BF0840101300463574000390",
            "CM2110002000300277976315008",
            "CV64000500000020108215144",
            "CF4220001000010120069700160",
            "TD8960002000010271091600153",
            "KM4600005000010010904400137",
            "CG3930011000101013451300019",
            "CI93CI0080111301134291200589",
            "GQ7050002001003715228190196",
            "GA2140021010032001890020126",
            "GW04GW1430010181800637601",
            "IR710570029971601460641001",
            "MG4600005030071289421016045",
            "ML13ML0160120102600100668497",
            "MA64011519000001205000534921",
            "NE58NE0380100100130305000268",
            "SN08SN0100152000048500003035",
            "TG53TG0090604310346500400070",
        ] {
            assert!(iban(ok.as_bytes()), "{ok}");
        }
    }

    #[test]
    fn invalid() {
        for bad in [
            "GB29NWBK60161331926818",      // one digit changed
            "GB29NWBK60161331926891",      // transposed
            "GB92NWBK60161331926819",      // check digits transposed
            "GB29NWBK6016133192681",       // too short
            "GB29NWBK601613319268190",     // too long
            "XX29NWBK60161331926819",      // unknown country
            "GF4120041010050500013M02606", // territory code, FR is used instead
            "GB2NWBK60161331926819",       // missing check digit
            "GB2XNWBK60161331926819",      // letter check digit
            "DE0037040044053201300",       // wrong length for DE
            "GB00NWBK60161331926819",      // check digits out of 02-98
            "GB29NWBK6016133192681A",      // BBAN format: digit expected
            "DE89 3704 0044 0532 0130 00", // separators are the caller's job
            "GB29NWBK6016133192681９",
            "",
            "GB",
        ] {
            assert!(!iban(bad.as_bytes()), "{bad}");
        }
        // Check digits 00, 01 and 99 are never issued, even though mod 97 agrees with them
        // (they are congruent to 97, 98 and 02).
        for (ok, bad) in [
            ("DE98370400440000000042", "DE01370400440000000042"),
            ("DE97370400440000000060", "DE00370400440000000060"),
            ("DE02370400440000000024", "DE99370400440000000024"),
        ] {
            assert!(iban(ok.as_bytes()), "{ok}");
            assert!(!iban(bad.as_bytes()), "{bad}");
        }
    }

    #[test]
    fn format_bites() {
        // Same mod-97 value, wrong character class: NL needs 4 letters then 10 digits.
        let mk = |bban: &str| {
            let r = mod97_fold(0, bban.as_bytes()).and_then(|r| mod97_fold(r, b"NL00")).unwrap();
            format!("NL{:02}{bban}", 98 - r)
        };
        assert!(iban(mk("ABNA0417164300").as_bytes()));
        assert!(!iban(mk("AB1A0417164300").as_bytes()));
        assert!(!iban(mk("ABNA04171643X0").as_bytes()));
    }

    proptest! {
        #[test]
        fn single_digit_errors_detected(pos in 2usize..22, delta in 1u8..=9) {
            let good = b"GB29NWBK60161331926819";
            let mut v = good.to_vec();
            if v[pos].is_ascii_digit() {
                v[pos] = b'0' + (v[pos] - b'0' + delta) % 10;
                prop_assert!(!iban(&v));
            }
        }
    }
}
