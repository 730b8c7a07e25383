//! Blind indexes, tokens, commitments, signatures, API keys, passwords and
//! keyed hashes through the public API.

use hushdesk_crypto::blind_index::BlindIndex;
use hushdesk_crypto::signing::{self, verify};
use hushdesk_crypto::token::TOKEN_LEN;
use hushdesk_crypto::{
    CryptoError, Keyring, Secret32, SecretString, api_key, generate_api_key, hash_password, is_token_syntax,
    keyed_hash, random, verify_password,
};
use proptest::prelude::*;

#[test]
fn blind_index_stable_and_kind_separated() {
    let kr = Keyring::generate().unwrap();
    let k = kr.blind_index_key();
    let a = k.index("email", "alice@example.com");
    assert_eq!(a, kr.blind_index_key().index("email", "alice@example.com"));
    assert_ne!(a, k.index("phone", "alice@example.com"));
    assert_ne!(a, k.index("email", "Alice@example.com"), "no normalisation inside");
    assert_ne!(k.index("emai", "lalice"), k.index("email", "alice"));
    assert_eq!(BlindIndex::from_hex(&a.to_hex()).unwrap(), a);
    assert!(matches!(BlindIndex::from_hex("xyz"), Err(CryptoError::InvalidEncoding { .. })));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn tokens_always_have_token_syntax(
        subject in ".{0,20}", ty in "[A-Z_]{0,20}", value in proptest::collection::vec(any::<u8>(), 0..64)
    ) {
        let k = Keyring::generate().unwrap().token_key();
        let t = k.token(&subject, &ty, &value);
        prop_assert!(is_token_syntax(&t));
        prop_assert_eq!(t.len(), TOKEN_LEN);
        prop_assert_eq!(t.clone(), k.token(&subject, &ty, &value));
    }

    #[test]
    fn token_syntax_never_panics(s in ".{0,40}") {
        let _ = is_token_syntax(&s);
        let _ = api_key::is_api_key_syntax(&s);
        let _ = BlindIndex::from_hex(&s);
        let _ = Secret32::parse_encoded(&s);
        let _ = verify_password(&s, &SecretString::from("x"));
    }
}

#[test]
fn token_syntax_examples() {
    let k = Keyring::generate().unwrap().token_key();
    let t = k.token("subject", "EMAIL_ADDRESS", b"a@b.c");
    assert!(t.starts_with("tok_"));
    assert!(t[4..].bytes().all(|c| matches!(c, b'a'..=b'z' | b'2'..=b'7')));
    assert_ne!(t, k.token("subject2", "EMAIL_ADDRESS", b"a@b.c"));
    assert_ne!(t, k.token("subject", "PHONE_NUMBER", b"a@b.c"));
    assert!(!is_token_syntax(&t.to_uppercase()));
    assert!(!is_token_syntax(&t[..29]));
    assert!(!is_token_syntax(&format!("{t}a")));
    assert!(!is_token_syntax(&t.replace("tok_", "tkn_")));
}

#[test]
fn commitments() {
    let k = Keyring::generate().unwrap().commitment_key();
    let c = k.commit("reveal.email", b"alice@example.com");
    assert!(k.verify("reveal.email", b"alice@example.com", &c));
    assert!(!k.verify("reveal.phone", b"alice@example.com", &c));
    assert!(!k.verify("reveal.email", b"alice@example.org", &c));
}

#[test]
fn signatures_verify_and_flipped_bits_fail() {
    let kr = Keyring::generate().unwrap();
    let signer = kr.audit_signing_key();
    let vk = signer.verifying_key();
    let msg = b"hushdesk-audit-checkpoint/v1 seq=42 head=abcdef";
    let sig = signer.sign(msg);
    verify(&vk, msg, &sig).unwrap();
    // Deterministic (RFC 8032).
    assert_eq!(sig, signer.sign(msg));
    for byte in 0..64 {
        for bit in 0..8 {
            let mut bad = sig;
            bad[byte] ^= 1 << bit;
            assert!(verify(&vk, msg, &bad).is_err(), "sig byte {byte} bit {bit}");
        }
    }
    for byte in 0..msg.len() {
        let mut m = msg.to_vec();
        m[byte] ^= 0x01;
        assert!(matches!(verify(&vk, &m, &sig), Err(CryptoError::BadSignature)));
    }
    for byte in 0..32 {
        let mut k = vk;
        k[byte] ^= 0x01;
        assert!(verify(&k, msg, &sig).is_err(), "vk byte {byte}");
    }
    assert_eq!(signing::SIGNATURE_LEN, 64);
}

#[test]
fn api_keys() {
    let kr = Keyring::generate().unwrap();
    let hasher = kr.api_key_pepper();
    let key = generate_api_key("hd").unwrap();
    assert!(key.expose_secret().starts_with("hd_"));
    assert!(api_key::is_api_key_syntax(key.expose_secret()));
    let stored = hasher.hash(key.expose_secret());
    assert!(hasher.verify(key.expose_secret(), &stored));
    assert!(!hasher.verify(&format!("{}x", key.expose_secret()), &stored));
    let mut tampered = stored;
    tampered[0] ^= 1;
    assert!(!hasher.verify(key.expose_secret(), &tampered));
    assert!(matches!(generate_api_key("HD"), Err(CryptoError::InvalidArgument(_))));
}

#[test]
fn passwords() {
    let pw = SecretString::from("a long enough passphrase");
    let phc = hash_password(&pw).unwrap();
    assert!(phc.starts_with("$argon2id$"));
    assert!(verify_password(&phc, &pw));
    assert!(!verify_password(&phc, &SecretString::from("a long enough passphrasf")));
    assert!(!verify_password("not a phc string", &pw));
}

#[test]
fn keyed_hash_and_random() {
    let k1 = Secret32::generate().unwrap();
    let k2 = Secret32::generate().unwrap();
    assert_eq!(keyed_hash(&k1, b"x"), keyed_hash(&k1, b"x"));
    assert_ne!(keyed_hash(&k1, b"x"), keyed_hash(&k2, b"x"));
    assert_ne!(keyed_hash(&k1, b"x"), keyed_hash(&k1, b"y"));
    let id = random::random_id().unwrap();
    assert_eq!(id.len(), 26);
    assert_ne!(id, random::random_id().unwrap());
}
