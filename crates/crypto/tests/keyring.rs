//! DEK wrapping across KEK rotation and retirement; derived keys.

mod common;

use hushdesk_crypto::keyring::{
    LABEL_API_KEY_PEPPER, LABEL_AUDIT_SIGNING, LABEL_BLIND_INDEX, LABEL_COMMITMENT, LABEL_TOKEN,
};
use hushdesk_crypto::{
    Aad, ApiKeyHasher, AuditSigner, BlindIndexKey, CommitmentKey, CryptoError, Keyring, Secret32, TokenKey, WrappedDek,
    aead, keyed_hash,
};

#[test]
fn wrap_unwrap_rewrap_across_rotation() {
    let mut kr = Keyring::generate().unwrap();
    let (dek, w1) = kr.new_dek("subject-1").unwrap();
    assert_eq!(w1.kek_version, 1);
    let sealed = aead::seal(&dek, &Aad::new("r1", "email", 1), b"alice@example.com").unwrap();

    assert_eq!(kr.rotate().unwrap(), 2);
    assert_eq!(kr.rotate().unwrap(), 3);
    assert_eq!(kr.current_version(), 3);
    assert_eq!(kr.versions(), vec![1, 2, 3]);

    // Old wrapping still opens after rotation.
    let dek1 = kr.unwrap_dek(&w1, "subject-1").unwrap();
    assert_eq!(dek1, dek);
    // Rewrap moves it to the current KEK, and the data still decrypts.
    let w3 = kr.rewrap(&w1, "subject-1").unwrap();
    assert_eq!(w3.kek_version, 3);
    assert_ne!(w3.bytes, w1.bytes);
    let dek3 = kr.unwrap_dek(&w3, "subject-1").unwrap();
    assert_eq!(&*aead::open(&dek3, &Aad::new("r1", "email", 1), &sealed).unwrap(), b"alice@example.com");
    // New wrappings use the current KEK.
    assert_eq!(kr.wrap_dek(&dek, "subject-1").unwrap().kek_version, 3);
}

#[test]
fn retire_refuses_current_and_breaks_old_wrappings() {
    let mut kr = Keyring::generate().unwrap();
    let (_, w1) = kr.new_dek("s").unwrap();
    kr.rotate().unwrap();
    let w2 = kr.rewrap(&w1, "s").unwrap();

    assert!(matches!(kr.retire(2), Err(CryptoError::CannotRetireCurrent(2))));
    assert_eq!(kr.versions(), vec![1, 2]);
    assert!(matches!(kr.retire(7), Err(CryptoError::UnknownKekVersion(7))));

    kr.retire(1).unwrap();
    assert_eq!(kr.versions(), vec![2]);
    assert!(matches!(kr.unwrap_dek(&w1, "s"), Err(CryptoError::UnknownKekVersion(1))));
    assert!(matches!(kr.rewrap(&w1, "s"), Err(CryptoError::UnknownKekVersion(1))));
    kr.unwrap_dek(&w2, "s").unwrap();
    // Versions keep increasing after a retirement.
    assert_eq!(kr.rotate().unwrap(), 3);
}

#[test]
fn wrapped_dek_is_bound_to_subject_version_and_keyring() {
    let mut kr = Keyring::generate().unwrap();
    kr.rotate().unwrap();
    let (_, w) = kr.new_dek("alice").unwrap();
    assert!(matches!(kr.unwrap_dek(&w, "bob"), Err(CryptoError::AuthenticationFailed)));
    let relabelled = WrappedDek { kek_version: 1, ..w.clone() };
    assert!(matches!(kr.unwrap_dek(&relabelled, "alice"), Err(CryptoError::AuthenticationFailed)));
    for i in 0..w.bytes.len() {
        let mut t = w.clone();
        t.bytes[i] ^= 0x04;
        assert!(kr.unwrap_dek(&t, "alice").is_err(), "byte {i}");
    }
    let other = Keyring::generate().unwrap();
    assert!(matches!(
        other.unwrap_dek(&WrappedDek { kek_version: 1, ..w.clone() }, "alice"),
        Err(CryptoError::AuthenticationFailed)
    ));
    assert!(matches!(
        kr.unwrap_dek(&WrappedDek { kek_version: 2, bytes: vec![1, 2, 3] }, "alice"),
        Err(CryptoError::Malformed)
    ));
}

#[test]
fn derived_keys_are_stable_across_rotation() {
    let mut kr = Keyring::generate().unwrap();
    let bi = kr.blind_index_key().index("email", "a@b.c");
    let tok = kr.token_key().token("s", "EMAIL_ADDRESS", b"a@b.c");
    let com = kr.commitment_key().commit("email", b"a@b.c");
    let vk = kr.audit_signing_key().verifying_key();
    let api = kr.api_key_pepper().hash("hd_x");
    let purpose = keyed_hash(&kr.purpose_key("detect-hash").unwrap(), b"x");

    kr.rotate().unwrap();
    kr.rotate().unwrap();
    kr.retire(1).unwrap();

    assert_eq!(kr.blind_index_key().index("email", "a@b.c"), bi);
    assert_eq!(kr.token_key().token("s", "EMAIL_ADDRESS", b"a@b.c"), tok);
    assert_eq!(kr.commitment_key().commit("email", b"a@b.c"), com);
    assert_eq!(kr.audit_signing_key().verifying_key(), vk);
    assert_eq!(kr.api_key_pepper().hash("hd_x"), api);
    assert_eq!(keyed_hash(&kr.purpose_key("detect-hash").unwrap(), b"x"), purpose);

    // And differ between keyrings.
    let other = Keyring::generate().unwrap();
    assert_ne!(other.blind_index_key().index("email", "a@b.c"), bi);
    assert_ne!(other.audit_signing_key().verifying_key(), vk);
}

#[test]
fn derived_keys_are_hkdf_of_root_with_distinct_labels() {
    // A keyring with a known root, loaded from a plain file.
    let dir = tempfile::tempdir().unwrap();
    let root = [0x21u8; 32];
    let path = common::write_plain_keyring(dir.path(), &root, &[(1, [0x31u8; 32])], 1);
    let kr = hushdesk_crypto::keyring_file::load(&path, &hushdesk_crypto::Unlock::None).unwrap();

    let labels = [LABEL_BLIND_INDEX, LABEL_TOKEN, LABEL_COMMITMENT, LABEL_AUDIT_SIGNING, LABEL_API_KEY_PEPPER];
    let derived: Vec<[u8; 32]> = labels.iter().map(|l| common::hkdf(&root, l)).collect();
    for i in 0..derived.len() {
        for j in i + 1..derived.len() {
            assert_ne!(derived[i], derived[j]);
        }
        assert_ne!(derived[i], root);
    }
    let s = |b: &[u8; 32]| Secret32::from_slice(b).unwrap();

    // Each accessor behaves exactly like a key built from HKDF(root, its label).
    assert_eq!(
        kr.blind_index_key().index("email", "x@y.z"),
        BlindIndexKey::from_secret(s(&derived[0])).index("email", "x@y.z")
    );
    assert_eq!(kr.token_key().token("s", "t", b"v"), TokenKey::from_secret(s(&derived[1])).token("s", "t", b"v"));
    assert_eq!(kr.commitment_key().commit("l", b"d"), CommitmentKey::from_secret(s(&derived[2])).commit("l", b"d"));
    assert_eq!(kr.audit_signing_key().verifying_key(), AuditSigner::from_seed(&s(&derived[3])).verifying_key());
    assert_eq!(kr.api_key_pepper().hash("hd_k"), ApiKeyHasher::from_secret(s(&derived[4])).hash("hd_k"));
    // …and not like a key from another label.
    assert_ne!(
        kr.blind_index_key().index("email", "x@y.z"),
        BlindIndexKey::from_secret(s(&derived[1])).index("email", "x@y.z")
    );
    assert_ne!(kr.token_key().token("s", "t", b"v"), TokenKey::from_secret(s(&derived[0])).token("s", "t", b"v"));
    // purpose_key lives in its own namespace.
    assert_eq!(
        keyed_hash(&kr.purpose_key("detect-hash").unwrap(), b"m"),
        keyed_hash(&s(&common::hkdf(&root, "hushdesk/purpose/detect-hash/v1")), b"m")
    );
}
