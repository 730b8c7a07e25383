//! Checksums and structural validators. Pure functions over compact ASCII input
//! (separators already removed); each returns `true` only for a value that could be real.

pub mod bank;
pub mod card;
pub mod checksum;
pub mod crypto_address;
pub mod iban;
pub mod national;
pub mod tld;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    type Validator = fn(&[u8]) -> bool;

    /// Every byte-slice validator the engine calls.
    const BYTE_FNS: &[(&str, Validator)] = &[
        ("luhn", checksum::luhn),
        ("verhoeff", checksum::verhoeff),
        ("iso7064_mod97_10", checksum::iso7064_mod97_10),
        ("iso7064_mod11_10", checksum::iso7064_mod11_10),
        ("card_network", |s| card::card_network(s).is_some()),
        ("iban", iban::iban),
        ("aba_routing", bank::aba_routing),
        ("swift_bic", bank::swift_bic),
        ("us_ssn", national::us_ssn),
        ("us_itin", national::us_itin),
        ("uk_nhs", national::uk_nhs),
        ("uk_nino", national::uk_nino),
        ("ca_sin", national::ca_sin),
        ("es_nif", national::es_nif),
        ("es_nie", national::es_nie),
        ("it_fiscal_code", national::it_fiscal_code),
        ("fr_nir", national::fr_nir),
        ("de_tax_id", national::de_tax_id),
        ("in_pan", national::in_pan),
        ("in_aadhaar", national::in_aadhaar),
        ("au_tfn", national::au_tfn),
        ("au_abn", national::au_abn),
        ("btc_base58", crypto_address::btc_base58),
        ("btc_bech32", crypto_address::btc_bech32),
        ("eth_address", crypto_address::eth_address),
    ];

    /// One known-valid value per validator, so the no-panic test also proves each entry is live.
    const VALID: &[&str] = &[
        "79927398713",
        "2363",
        "9999123456789012141490",
        "794623",
        "4111111111111111",
        "GB29NWBK60161331926819",
        "021000021",
        "DEUTDEFF500",
        "536904399",
        "912903456",
        "9434765870",
        "AB123456C",
        "123456782",
        "54362315K",
        "X2482300W",
        "RSSMRA85T10A562S",
        "295109912611193",
        "36574261809",
        "ACUPA7085R",
        "234123412346",
        "876543210",
        "53004085616",
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
        "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    ];

    #[test]
    fn each_validator_accepts_its_sample() {
        assert_eq!(BYTE_FNS.len(), VALID.len());
        for ((name, f), v) in BYTE_FNS.iter().zip(VALID) {
            assert!(f(v.as_bytes()), "{name} rejects {v}");
        }
    }

    #[test]
    fn empty_and_huge_inputs() {
        let huge_digits = vec![b'7'; 1 << 20];
        let huge_bytes: Vec<u8> = (0..(1usize << 20)).map(|i| (i % 251) as u8).collect();
        for (name, f) in BYTE_FNS {
            assert!(!f(b""), "{name} accepts empty input");
            let _ = f(&huge_digits);
            let _ = f(&huge_bytes);
        }
        assert!(!tld::is_tld(""));
        assert!(!checksum::luhn(&huge_bytes));
    }

    proptest! {
        #[test]
        fn no_panic_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..128)) {
            for (_, f) in BYTE_FNS {
                let _ = f(&bytes);
            }
            let _ = checksum::weighted_mod(&bytes, &[3, 7, 1], 10);
            let _ = checksum::weighted_mod(&bytes, &[], 0);
        }

        #[test]
        fn no_panic_on_near_miss_input(
            s in "[0-9A-Za-z]{0,40}",
            prefix in prop::sample::select(vec!["", "0x", "bc1", "1", "3", "GB29", "X", "9"]),
        ) {
            let input = format!("{prefix}{s}");
            for (_, f) in BYTE_FNS {
                let _ = f(input.as_bytes());
            }
            let _ = tld::is_tld(&input);
        }

        #[test]
        fn no_panic_on_arbitrary_strings(s in "\\PC{0,80}") {
            let _ = tld::is_tld(&s);
            for (_, f) in BYTE_FNS {
                let _ = f(s.as_bytes());
            }
        }
    }
}
