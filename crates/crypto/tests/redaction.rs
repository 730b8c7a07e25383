//! `Debug` of every type holding key bytes prints `[REDACTED]` and never
//! the bytes in any common rendering.

mod common;

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use hushdesk_crypto::keyring::{
    LABEL_API_KEY_PEPPER, LABEL_AUDIT_SIGNING, LABEL_BLIND_INDEX, LABEL_COMMITMENT, LABEL_TOKEN,
};
use hushdesk_crypto::{
    ApiKeyHasher, AuditSigner, BlindIndexKey, CommitmentKey, DataKey, Secret32, SecretString, TokenKey, Unlock,
    keyring_file,
};

/// Renderings of `bytes` that a careless Debug impl could produce.
fn renderings(bytes: &[u8]) -> Vec<String> {
    let mut v = vec![
        hex::encode(bytes),
        hex::encode_upper(bytes),
        STANDARD.encode(bytes),
        STANDARD_NO_PAD.encode(bytes),
        URL_SAFE_NO_PAD.encode(bytes),
        // `[u8; 32]` Debug: "[33, 33, ...", take a prefix of it.
        format!("{:?}", &bytes[..8]).trim_end_matches(']').to_owned(),
    ];
    // Any 6-byte window in hex (catches partial dumps).
    for w in bytes.windows(6) {
        v.push(hex::encode(w));
    }
    v
}

fn assert_redacted(what: &str, debug: String, secrets: &[&[u8]]) {
    assert!(debug.contains("[REDACTED]"), "{what}: {debug}");
    for s in secrets {
        for r in renderings(s) {
            assert!(!debug.contains(&r), "{what} leaks {r}: {debug}");
        }
    }
}

fn both(x: &impl std::fmt::Debug) -> String {
    format!("{x:?} {x:#?}")
}

// Distinct, non-repeating byte patterns so window checks are meaningful.
fn pattern(seed: u8) -> [u8; 32] {
    let mut b = [0u8; 32];
    for (i, x) in b.iter_mut().enumerate() {
        *x = seed.wrapping_mul(31).wrapping_add((i as u8).wrapping_mul(97)) ^ 0x5c;
    }
    b
}

#[test]
fn the_test_can_fail() {
    // Sanity check of the checker itself: a naive Debug would be caught.
    let bytes = pattern(1);
    let naive = format!("Key({:?}) [REDACTED]", bytes);
    let leaked = renderings(&bytes).into_iter().any(|r| naive.contains(&r));
    assert!(leaked);
    let naive_hex = format!("Key({}) [REDACTED]", hex::encode(bytes));
    assert!(renderings(&bytes).into_iter().any(|r| naive_hex.contains(&r)));
}

#[test]
fn plain_key_types() {
    let b = pattern(1);
    let s = Secret32::from_slice(&b).unwrap();
    assert_redacted("Secret32", both(&s), &[&b]);
    assert_redacted("DataKey", both(&DataKey::from_secret(s.clone())), &[&b]);
    assert_redacted("BlindIndexKey", both(&BlindIndexKey::from_secret(s.clone())), &[&b]);
    assert_redacted("TokenKey", both(&TokenKey::from_secret(s.clone())), &[&b]);
    assert_redacted("CommitmentKey", both(&CommitmentKey::from_secret(s.clone())), &[&b]);
    assert_redacted("ApiKeyHasher", both(&ApiKeyHasher::from_secret(s.clone())), &[&b]);
    let signer = AuditSigner::from_seed(&s);
    assert_redacted("AuditSigner", both(&signer), &[&b]);
    assert_redacted("Unlock::Key", both(&Unlock::Key(s.clone())), &[&b]);
    // The text form exists but is itself a SecretString.
    assert_redacted("Secret32::to_base64", both(&s.to_base64()), &[&b]);
}

#[test]
fn secret_strings() {
    let p = SecretString::from("Tr0ub4dor&3-horse");
    let d = both(&p);
    assert!(d.contains("[REDACTED]"));
    assert!(!d.contains("Tr0ub4dor"));
    let d = both(&Unlock::Passphrase(p));
    assert!(d.contains("[REDACTED]") && !d.contains("Tr0ub4dor"), "{d}");
    let api = hushdesk_crypto::generate_api_key("hd").unwrap();
    let d = both(&api);
    assert!(d.contains("[REDACTED]") && !d.contains(&api.expose_secret()[3..]), "{d}");
}

#[test]
fn keyring_and_derived_keys() {
    let dir = tempfile::tempdir().unwrap();
    let root = pattern(2);
    let kek1 = pattern(3);
    let kek2 = pattern(4);
    let path = common::write_plain_keyring(dir.path(), &root, &[(1, kek1), (2, kek2)], 2);
    let kr = keyring_file::load(&path, &Unlock::None).unwrap();

    let derived: Vec<[u8; 32]> =
        [LABEL_BLIND_INDEX, LABEL_TOKEN, LABEL_COMMITMENT, LABEL_AUDIT_SIGNING, LABEL_API_KEY_PEPPER]
            .iter()
            .map(|l| common::hkdf(&root, l))
            .collect();
    let mut all: Vec<&[u8]> = vec![&root, &kek1, &kek2];
    all.extend(derived.iter().map(|d| d.as_slice()));

    let d = both(&kr);
    assert_redacted("Keyring", d.clone(), &all);
    assert!(d.contains("current: 2"), "{d}");

    assert_redacted("blind_index_key", both(&kr.blind_index_key()), &all);
    assert_redacted("token_key", both(&kr.token_key()), &all);
    assert_redacted("commitment_key", both(&kr.commitment_key()), &all);
    assert_redacted("audit_signing_key", both(&kr.audit_signing_key()), &all);
    assert_redacted("api_key_pepper", both(&kr.api_key_pepper()), &all);
    let purpose = common::hkdf(&root, "hushdesk/purpose/detect-hash/v1");
    assert_redacted("purpose_key", both(&kr.purpose_key("detect-hash").unwrap()), &[&purpose]);

    let (dek, wrapped) = kr.new_dek("s").unwrap();
    assert_redacted("DataKey from keyring", both(&dek), &all);
    // A wrapped DEK is ciphertext: printable, and does not contain the keys.
    assert_redacted("WrappedDek", format!("{wrapped:?} [REDACTED]"), &all);
}

#[test]
fn errors_never_contain_keys() {
    let dir = tempfile::tempdir().unwrap();
    let root = pattern(5);
    let path = common::write_plain_keyring(dir.path(), &root, &[(1, pattern(6))], 1);
    let wrong = Unlock::Passphrase(SecretString::from("s3cret-pass"));
    let err = keyring_file::load(&path, &wrong).unwrap_err();
    let msg = format!("{err} {err:?}");
    assert!(!msg.contains("s3cret-pass"));
    for r in renderings(&root) {
        assert!(!msg.contains(&r));
    }
}
