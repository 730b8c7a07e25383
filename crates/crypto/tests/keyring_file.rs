//! The keyring file: round trips, sealing, permissions, format versions,
//! atomic creation.

mod common;

use std::fs;

use hushdesk_crypto::keyring_file::{self, KdfParams};
use hushdesk_crypto::{CryptoError, Keyring, Secret32, SecretString, Unlock};

fn cheap() -> KdfParams {
    KdfParams::new(64, 1, 1).unwrap()
}

fn pass(s: &str) -> Unlock {
    Unlock::Passphrase(SecretString::from(s))
}

fn sample_keyring() -> Keyring {
    let mut k = Keyring::generate().unwrap();
    k.rotate().unwrap();
    k.rotate().unwrap();
    k.retire(1).unwrap();
    k
}

fn json(path: &std::path::Path) -> serde_json::Value {
    serde_json::from_slice(&fs::read(path).unwrap()).unwrap()
}

#[test]
fn plain_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyring.json");
    let k = sample_keyring();
    keyring_file::save(&path, &k, &Unlock::None).unwrap();
    let loaded = keyring_file::load(&path, &Unlock::None).unwrap();
    assert_eq!(loaded, k);
    assert_eq!(loaded.versions(), vec![2, 3]);
    assert_eq!(loaded.current_version(), 3);
    let v = json(&path);
    assert_eq!(v["format"], "hushdesk-keyring");
    assert_eq!(v["version"], 1);
    assert_eq!(v["kind"], "plain");
    assert_eq!(v["current"], 3);
    // Same derived keys after reload.
    assert_eq!(loaded.token_key().token("s", "t", b"v"), k.token_key().token("s", "t", b"v"));
}

#[test]
fn sealed_round_trip_with_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyring.json");
    let k = sample_keyring();
    keyring_file::save_with_params(&path, &k, &pass("correct horse"), &cheap()).unwrap();
    assert_eq!(keyring_file::load(&path, &pass("correct horse")).unwrap(), k);

    let v = json(&path);
    assert_eq!(v["kind"], "sealed");
    assert_eq!(v["kdf"]["alg"], "argon2id");
    assert_eq!(v["kdf"]["m_cost"], 64);
    assert_eq!(v["kdf"]["t_cost"], 1);
    assert_eq!(v["kdf"]["p_cost"], 1);
    assert!(v.get("root").is_none());
    // The sealed file contains no key in any encoding we write.
    let text = fs::read_to_string(&path).unwrap();
    let plain_dir = tempfile::tempdir().unwrap();
    let plain_path = plain_dir.path().join("k.json");
    keyring_file::save(&plain_path, &k, &Unlock::None).unwrap();
    let plain = json(&plain_path);
    assert!(!text.contains(plain["root"].as_str().unwrap()));
    for kek in plain["keks"].as_array().unwrap() {
        assert!(!text.contains(kek["key"].as_str().unwrap()));
    }
}

#[test]
fn sealed_round_trip_with_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyring.json");
    let k = sample_keyring();
    let unlock_key = Secret32::generate().unwrap();
    let unlock = Unlock::Key(unlock_key.clone());
    keyring_file::save(&path, &k, &unlock).unwrap();
    assert_eq!(json(&path)["kdf"]["alg"], "hkdf-sha256");
    // The unlock key read back from its text form works.
    let reparsed = Secret32::parse_encoded(unlock_key.to_base64().expose_secret()).unwrap();
    assert_eq!(keyring_file::load(&path, &Unlock::Key(reparsed)).unwrap(), k);
    assert!(matches!(
        keyring_file::load(&path, &Unlock::Key(Secret32::generate().unwrap())),
        Err(CryptoError::WrongPassphraseOrKey)
    ));
}

#[test]
fn wrong_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyring.json");
    keyring_file::save_with_params(&path, &sample_keyring(), &pass("right"), &cheap()).unwrap();
    let err = keyring_file::load(&path, &pass("wrong")).unwrap_err();
    assert!(matches!(err, CryptoError::WrongPassphraseOrKey), "{err:?}");
    assert!(!err.to_string().contains("wrong\""));
    assert!(matches!(keyring_file::load(&path, &pass("")), Err(CryptoError::WrongPassphraseOrKey)));
}

#[test]
fn unlock_mismatches() {
    let dir = tempfile::tempdir().unwrap();
    let sealed = dir.path().join("sealed.json");
    let plain = dir.path().join("plain.json");
    let k = sample_keyring();
    keyring_file::save_with_params(&sealed, &k, &pass("pw"), &cheap()).unwrap();
    keyring_file::save(&plain, &k, &Unlock::None).unwrap();

    assert!(matches!(keyring_file::load(&sealed, &Unlock::None), Err(CryptoError::KeyringIsSealed { .. })));
    assert!(matches!(keyring_file::load(&plain, &pass("pw")), Err(CryptoError::KeyringNotSealed { .. })));
    assert!(matches!(
        keyring_file::load(&plain, &Unlock::Key(Secret32::generate().unwrap())),
        Err(CryptoError::KeyringNotSealed { .. })
    ));
    match keyring_file::load(&sealed, &Unlock::Key(Secret32::generate().unwrap())) {
        Err(CryptoError::UnlockMismatch { sealed_with, given, .. }) => {
            assert_eq!(sealed_with, "passphrase");
            assert_eq!(given, "key");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn tampered_sealed_file_fails_closed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyring.json");
    keyring_file::save_with_params(&path, &sample_keyring(), &pass("pw"), &cheap()).unwrap();
    let original = json(&path);

    // Edited KDF parameters (header is authenticated).
    let mut v = original.clone();
    v["kdf"]["m_cost"] = serde_json::json!(128);
    fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
    assert!(matches!(keyring_file::load(&path, &pass("pw")), Err(CryptoError::WrongPassphraseOrKey)));

    // A flipped ciphertext byte.
    let mut v = original.clone();
    let ct = v["ciphertext"].as_str().unwrap();
    let mut bytes = base64_decode(ct);
    let mid = bytes.len() / 2;
    bytes[mid] ^= 1;
    v["ciphertext"] = serde_json::json!(base64_encode(&bytes));
    fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
    assert!(matches!(keyring_file::load(&path, &pass("pw")), Err(CryptoError::WrongPassphraseOrKey)));

    // Absurd Argon2 parameters are refused before running.
    let mut v = original.clone();
    v["kdf"]["m_cost"] = serde_json::json!(u32::MAX);
    fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
    assert!(matches!(keyring_file::load(&path, &pass("pw")), Err(CryptoError::InvalidKeyring { .. })));
}

fn base64_decode(s: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.decode(s).unwrap()
}

fn base64_encode(b: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(b)
}

#[cfg(unix)]
#[test]
fn group_or_world_accessible_file_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyring.json");
    keyring_file::save(&path, &sample_keyring(), &Unlock::None).unwrap();
    assert_eq!(common::mode(&path), 0o600);
    for mode in [0o644, 0o640, 0o604, 0o660, 0o602] {
        common::set_mode(&path, mode);
        match keyring_file::load(&path, &Unlock::None) {
            Err(CryptoError::InsecurePermissions { mode: m, .. }) => assert_eq!(m, mode),
            other => panic!("mode {mode:o}: {other:?}"),
        }
    }
    common::set_mode(&path, 0o400);
    keyring_file::load(&path, &Unlock::None).unwrap();
    // Also for sealed files and load_or_create.
    common::set_mode(&path, 0o600);
    keyring_file::save_with_params(&path, &sample_keyring(), &pass("pw"), &cheap()).unwrap();
    common::set_mode(&path, 0o644);
    assert!(matches!(
        keyring_file::load_or_create(&path, &pass("pw")),
        Err(CryptoError::InsecurePermissions { mode: 0o644, .. })
    ));
    let msg = keyring_file::load(&path, &pass("pw")).unwrap_err().to_string();
    assert!(msg.contains("0644"), "{msg}");
}

#[test]
fn newer_format_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyring.json");
    keyring_file::save(&path, &sample_keyring(), &Unlock::None).unwrap();
    let mut v = json(&path);
    v["version"] = serde_json::json!(2);
    v["something_new"] = serde_json::json!({"x": 1});
    fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
    match keyring_file::load(&path, &Unlock::None) {
        Err(CryptoError::UnsupportedFormat { found, supported }) => {
            assert_eq!((found, supported), (2, 1));
        }
        other => panic!("{other:?}"),
    }
    // Even when an unlock is given, the version check comes first.
    assert!(matches!(keyring_file::load(&path, &pass("pw")), Err(CryptoError::UnsupportedFormat { found: 2, .. })));
}

#[test]
fn invalid_files_give_typed_errors_without_content() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyring.json");
    let cases: &[&[u8]] = &[
        b"",
        b"not json",
        b"{}",
        br#"{"format":"other","version":1,"kind":"plain"}"#,
        br#"{"format":"hushdesk-keyring","version":1,"kind":"weird"}"#,
        br#"{"format":"hushdesk-keyring","version":1,"kind":"plain","root":"U0VDUkVULUtFWS1CWVRFUw==","current":1,"keks":[]}"#,
        br#"{"format":"hushdesk-keyring","version":1,"kind":"plain","root":"U0VDUkVULUtFWS1CWVRFUw==","current":"U0VDUkVULUtFWS1CWVRFUw==","keks":[]}"#,
        br#"{"format":"hushdesk-keyring","version":1,"kind":"plain","root":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=","current":1,"keks":[{"version":1,"key":"U0VDUkVULUtFWS1CWVRFUw=="}]}"#,
        br#"{"format":"hushdesk-keyring","version":1,"kind":"plain","root":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=","current":1,"keks":[{"version":1,"key":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="},{"version":1,"key":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}]}"#,
        br#"{"format":"hushdesk-keyring","version":1,"kind":"plain","root":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=","current":1,"keks":[{"version":1,"key":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}],"extra":1}"#,
    ];
    for (i, bytes) in cases.iter().enumerate() {
        fs::write(&path, bytes).unwrap();
        common::set_mode(&path, 0o600);
        let err = keyring_file::load(&path, &Unlock::None).unwrap_err();
        assert!(matches!(err, CryptoError::InvalidKeyring { .. }), "case {i}: {err:?}");
        let msg = format!("{err} {err:?}");
        assert!(!msg.contains("U0VDUkVU"), "case {i}: {msg}");
    }
    // A valid minimal file parses.
    fs::write(&path, br#"{"format":"hushdesk-keyring","version":1,"kind":"plain","root":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=","current":1,"keks":[{"version":1,"key":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}]}"#).unwrap();
    keyring_file::load(&path, &Unlock::None).unwrap();
    // Too large.
    fs::write(&path, vec![b' '; (keyring_file::MAX_FILE_BYTES + 1) as usize]).unwrap();
    assert!(matches!(keyring_file::load(&path, &Unlock::None), Err(CryptoError::InvalidKeyring { .. })));
}

#[test]
fn missing_file_is_io_not_found_with_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("absent.json");
    match keyring_file::load(&path, &Unlock::None) {
        Err(CryptoError::Io { path: p, source }) => {
            assert_eq!(p, path);
            assert_eq!(source.kind(), std::io::ErrorKind::NotFound);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn load_or_create_creates_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/data/keyring.json");
    let unlock = Unlock::Key(Secret32::generate().unwrap());
    let (k1, created) = keyring_file::load_or_create(&path, &unlock).unwrap();
    assert!(created);
    assert_eq!(common::mode(&path), 0o600);
    #[cfg(unix)]
    assert_eq!(common::mode(path.parent().unwrap()), 0o700);
    let (k2, created) = keyring_file::load_or_create(&path, &unlock).unwrap();
    assert!(!created);
    assert_eq!(k1, k2);
    // Only the keyring file is left in the directory (no temp files).
    let names: Vec<_> = fs::read_dir(path.parent().unwrap()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, vec![std::ffi::OsString::from("keyring.json")]);
}

#[test]
fn load_or_create_with_passphrase_and_default_params() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyring.json");
    let (k1, created) = keyring_file::load_or_create(&path, &pass("a passphrase")).unwrap();
    assert!(created);
    let v = json(&path);
    assert_eq!(v["kdf"]["m_cost"], 65536);
    assert_eq!(v["kdf"]["t_cost"], 3);
    assert_eq!(v["kdf"]["p_cost"], 1);
    assert_eq!(keyring_file::load(&path, &pass("a passphrase")).unwrap(), k1);
}

#[test]
fn save_replaces_atomically_and_keeps_mode() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyring.json");
    let mut k = Keyring::generate().unwrap();
    keyring_file::save(&path, &k, &Unlock::None).unwrap();
    k.rotate().unwrap();
    keyring_file::save(&path, &k, &Unlock::None).unwrap();
    assert_eq!(keyring_file::load(&path, &Unlock::None).unwrap(), k);
    assert_eq!(common::mode(&path), 0o600);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    // Re-sealing a plain keyring with a passphrase (e.g. `hushdesk keys seal`).
    keyring_file::save_with_params(&path, &k, &pass("pw"), &cheap()).unwrap();
    assert_eq!(keyring_file::load(&path, &pass("pw")).unwrap(), k);
}

#[test]
fn empty_passphrase_is_refused_when_saving() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keyring.json");
    assert!(matches!(
        keyring_file::save_with_params(&path, &sample_keyring(), &pass(""), &cheap()),
        Err(CryptoError::InvalidArgument(_))
    ));
    assert!(!path.exists());
}

#[test]
fn save_into_missing_directory_is_io_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("missing/keyring.json");
    assert!(matches!(keyring_file::save(&path, &sample_keyring(), &Unlock::None), Err(CryptoError::Io { .. })));
}
