//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;

/// HKDF-SHA256(ikm = root, no salt, info = label), computed independently
/// of the crate.
pub fn hkdf(root: &[u8; 32], label: &str) -> [u8; 32] {
    let hk = hkdf::Hkdf::<sha2::Sha256>::new(None, root);
    let mut out = [0u8; 32];
    hk.expand(label.as_bytes(), &mut out).unwrap();
    out
}

/// Writes a plain keyring file with known keys, mode 0600.
pub fn write_plain_keyring(dir: &Path, root: &[u8; 32], keks: &[(u32, [u8; 32])], current: u32) -> PathBuf {
    let keks: Vec<serde_json::Value> =
        keks.iter().map(|(v, k)| serde_json::json!({"version": v, "key": B64.encode(k)})).collect();
    let json = serde_json::json!({
        "format": "hushdesk-keyring",
        "version": 1,
        "kind": "plain",
        "root": B64.encode(root),
        "current": current,
        "keks": keks,
    });
    let path = dir.join("keyring.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&json).unwrap()).unwrap();
    set_mode(&path, 0o600);
    path
}

pub fn set_mode(path: &Path, mode: u32) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    #[cfg(not(unix))]
    let _ = (path, mode);
}

pub fn mode(path: &Path) -> u32 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        0o600
    }
}
