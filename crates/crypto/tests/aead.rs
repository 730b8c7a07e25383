//! Field sealing: round trips, binding to (record, field, version), tamper
//! and truncation detection, wrong keys.

use hushdesk_crypto::aead::{self, OVERHEAD};
use hushdesk_crypto::{Aad, CryptoError, DataKey, Secret32};
use proptest::prelude::*;

fn key() -> DataKey {
    DataKey::generate().unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn round_trip(
        plaintext in proptest::collection::vec(any::<u8>(), 0..2048),
        record in ".{0,40}",
        field in ".{0,20}",
        version in any::<u32>(),
    ) {
        let k = key();
        let aad = Aad::new(&record, &field, version);
        let sealed = aead::seal(&k, &aad, &plaintext).unwrap();
        prop_assert_eq!(sealed.len(), plaintext.len() + OVERHEAD);
        prop_assert_eq!(sealed[0], aead::FORMAT_V1);
        let opened = aead::open(&k, &aad, &sealed).unwrap();
        prop_assert_eq!(&opened[..], &plaintext[..]);
    }

    #[test]
    fn any_other_aad_fails(
        plaintext in proptest::collection::vec(any::<u8>(), 0..64),
        a in (".{0,12}", ".{0,12}", any::<u32>()),
        b in (".{0,12}", ".{0,12}", any::<u32>()),
    ) {
        prop_assume!(a != b);
        let k = key();
        let sealed = aead::seal(&k, &Aad::new(&a.0, &a.1, a.2), &plaintext).unwrap();
        let res = aead::open(&k, &Aad::new(&b.0, &b.1, b.2), &sealed);
        prop_assert!(matches!(res, Err(CryptoError::AuthenticationFailed)));
    }

    #[test]
    fn garbage_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..100)) {
        let k = key();
        prop_assert!(aead::open(&k, &Aad::new("r", "f", 1), &bytes).is_err());
    }
}

#[test]
fn moved_to_other_record_field_or_version_fails() {
    let k = key();
    let aad = Aad::new("msg-42", "body", 3);
    let sealed = aead::seal(&k, &aad, b"card ending 4242").unwrap();
    assert_eq!(&*aead::open(&k, &aad, &sealed).unwrap(), b"card ending 4242");
    for other in [
        Aad::new("msg-43", "body", 3),
        Aad::new("msg-42", "subject", 3),
        Aad::new("msg-42", "body", 2),
        Aad::new("msg-42", "body", 4),
        // Boundary shift between record id and field.
        Aad::new("msg-42b", "ody", 3),
        Aad::new("msg-4", "2body", 3),
    ] {
        assert!(matches!(aead::open(&k, &other, &sealed), Err(CryptoError::AuthenticationFailed)), "{other:?}");
    }
}

#[test]
fn tampering_any_byte_fails() {
    let k = key();
    let aad = Aad::new("r", "f", 1);
    let sealed = aead::seal(&k, &aad, b"some personal data").unwrap();
    for i in 0..sealed.len() {
        for bit in [0x01u8, 0x80] {
            let mut t = sealed.clone();
            t[i] ^= bit;
            let res = aead::open(&k, &aad, &t);
            if i == 0 {
                assert!(matches!(res, Err(CryptoError::UnknownFormat(_))), "byte {i}");
            } else {
                assert!(matches!(res, Err(CryptoError::AuthenticationFailed)), "byte {i} bit {bit:#x}");
            }
        }
    }
}

#[test]
fn truncation_and_extension_fail() {
    let k = key();
    let aad = Aad::new("r", "f", 1);
    let sealed = aead::seal(&k, &aad, b"0123456789").unwrap();
    for len in 0..sealed.len() {
        let res = aead::open(&k, &aad, &sealed[..len]);
        if len < OVERHEAD {
            assert!(matches!(res, Err(CryptoError::Malformed)), "len {len}");
        } else {
            assert!(matches!(res, Err(CryptoError::AuthenticationFailed)), "len {len}");
        }
    }
    let mut longer = sealed.clone();
    longer.push(0);
    assert!(matches!(aead::open(&k, &aad, &longer), Err(CryptoError::AuthenticationFailed)));
}

#[test]
fn wrong_key_fails() {
    let aad = Aad::new("r", "f", 1);
    let sealed = aead::seal(&key(), &aad, b"x").unwrap();
    assert!(matches!(aead::open(&key(), &aad, &sealed), Err(CryptoError::AuthenticationFailed)));
}

#[test]
fn explicit_key_for_detector_operator() {
    let secret = Secret32::parse_encoded(&"11".repeat(32)).unwrap();
    let k1 = DataKey::from_secret(secret.clone());
    let k2 = DataKey::from_secret(secret);
    let aad = Aad::new("", "EMAIL_ADDRESS", 0);
    let sealed = aead::seal(&k1, &aad, b"a@b.c").unwrap();
    assert_eq!(&*aead::open(&k2, &aad, &sealed).unwrap(), b"a@b.c");
}

#[test]
fn error_messages_are_generic() {
    let k = key();
    let aad = Aad::new("rec", "f", 1);
    let sealed = aead::seal(&k, &aad, b"TOP-SECRET-PLAINTEXT").unwrap();
    let err = aead::open(&key(), &aad, &sealed).unwrap_err();
    assert_eq!(err.to_string(), "authentication failed");
    assert_eq!(aead::open(&k, &aad, &[]).unwrap_err().to_string(), "malformed or truncated ciphertext");
    assert_eq!(aead::open(&k, &aad, &[9]).unwrap_err().to_string(), "unknown ciphertext format 9");
}

#[test]
fn aes_is_hardware_accelerated_where_available() {
    let cpu_has_aes =
        std::fs::read_to_string("/proc/cpuinfo").map(|s| s.split_whitespace().any(|w| w == "aes")).unwrap_or(false);
    if cpu_has_aes {
        assert!(aead::hardware_accelerated());
    }
}
