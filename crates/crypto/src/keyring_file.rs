//! The keyring file: the only I/O in this crate.
//!
//! # Format (version 1)
//!
//! UTF-8 JSON, written pretty-printed. Every file has
//! `"format": "hushdesk-keyring"`, `"version": 1` and a `"kind"`.
//!
//! **Plain** (`Unlock::None`): the keys themselves, standard base64:
//!
//! ```json
//! { "format": "hushdesk-keyring", "version": 1, "kind": "plain",
//!   "root": "<base64 32 bytes>", "current": 2,
//!   "keks": [ { "version": 1, "key": "<base64>" }, { "version": 2, "key": "<base64>" } ] }
//! ```
//!
//! **Sealed** (`Unlock::Passphrase` / `Unlock::Key`): the plain form above,
//! serialised and sealed with AES-256-GCM (`[0x01][nonce 12][ct || tag]`,
//! base64) under a file key:
//!
//! ```json
//! { "format": "hushdesk-keyring", "version": 1, "kind": "sealed",
//!   "kdf": { "alg": "argon2id", "m_cost": 65536, "t_cost": 3, "p_cost": 1, "salt": "<base64 16 bytes>" },
//!   "ciphertext": "<base64>" }
//! ```
//!
//! * passphrase: file key = Argon2id v1.3 (passphrase, salt, m, t, p) → 32
//!   bytes. Defaults m = 64 MiB, t = 3, p = 1 ([`KdfParams::default`]);
//!   [`KdfParams::new`] allows cheaper parameters (tests) and
//!   [`save_with_params`] uses them.
//! * key (env var or key file, see [`crate::Secret32::parse_encoded`]):
//!   `"kdf": { "alg": "hkdf-sha256", "salt": … }`, file key =
//!   HKDF-SHA256(ikm = key, salt, info = `"hushdesk/keyring-file/key-unlock/v1"`),
//!   so the raw unlock key is never used directly as an AES key.
//!
//! A fresh salt and nonce are drawn on every save. The KDF header (format
//! version, algorithm, parameters, salt) is the GCM associated data, so it
//! cannot be edited without the open failing.
//!
//! # Rules when loading
//!
//! * group/other permission bits set (Unix, `mode & 0o077 != 0`) →
//!   [`CryptoError::InsecurePermissions`], for both kinds (chmod 600);
//! * `version` greater than 1 → [`CryptoError::UnsupportedFormat`];
//! * sealed file, no unlock → [`CryptoError::KeyringIsSealed`];
//! * plain file but a passphrase/key given → [`CryptoError::KeyringNotSealed`]
//!   (refused: someone able to write the file could otherwise swap a
//!   protected keyring for one of their own);
//! * passphrase file opened with a key or vice versa →
//!   [`CryptoError::UnlockMismatch`];
//! * tag failure → [`CryptoError::WrongPassphraseOrKey`];
//! * anything else malformed → [`CryptoError::InvalidKeyring`] (the reason
//!   never quotes file content; JSON errors only give line and column);
//! * files larger than 1 MiB are refused; Argon2 parameters beyond
//!   m = 4 GiB, t = 64, p = 16 are refused before anything is allocated.
//!
//! # Writing
//!
//! [`save`] writes a temporary file `.<name>.tmp-<random>` in the same
//! directory, created with mode 0600 (`create_new`, so never an existing
//! file), writes, fsyncs, renames it over the target and fsyncs the
//! directory. [`load_or_create`] never replaces an existing file: it
//! publishes the new file with a hard link (which fails if the name exists)
//! so two processes starting at once end up with the same keyring; on a
//! filesystem without hard links it falls back to an existence check and a
//! rename. Missing parent directories are created with mode 0700.
//!
//! Key material passes through heap buffers while encoding/decoding JSON;
//! they are zeroised when dropped and sized up front to avoid reallocation,
//! but this is best effort (serde may copy).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::aead::AeadKey;
use crate::encoding::Frame;
use crate::error::{CryptoError, Result};
use crate::keyring::Keyring;
use crate::mac::derive_salted;
use crate::secret::{Secret32, SecretString};

/// Value of the `"format"` field.
pub const FORMAT_TAG: &str = "hushdesk-keyring";
/// Newest file format version this build reads and the one it writes.
pub const FORMAT_VERSION: u32 = 1;
/// Largest keyring file accepted.
pub const MAX_FILE_BYTES: u64 = 1 << 20;

const KIND_PLAIN: &str = "plain";
const KIND_SEALED: &str = "sealed";
const ALG_ARGON2ID: &str = "argon2id";
const ALG_HKDF: &str = "hkdf-sha256";
const HEADER_DOMAIN: &str = "hushdesk/keyring-file/sealed/v1";
const KEY_UNLOCK_LABEL: &[u8] = b"hushdesk/keyring-file/key-unlock/v1";
const SALT_LEN: usize = 16;

const MAX_M_KIB: u32 = 4 * 1024 * 1024;
const MAX_T: u32 = 64;
const MAX_P: u32 = 16;

/// How the keyring file is protected.
#[derive(Debug, Clone)]
pub enum Unlock {
    /// Not protected: the file holds the keys in plain base64. Only for
    /// development or when the data directory is otherwise protected.
    None,
    /// Argon2id-derived file key from a passphrase.
    Passphrase(SecretString),
    /// A 32-byte key, e.g. from an environment variable or a key file
    /// ([`Secret32::parse_encoded`]).
    Key(Secret32),
}

impl Unlock {
    fn name(&self) -> &'static str {
        match self {
            Unlock::None => "none",
            Unlock::Passphrase(_) => "passphrase",
            Unlock::Key(_) => "key",
        }
    }
}

/// Argon2id cost parameters for passphrase-sealed keyring files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    m_cost_kib: u32,
    t_cost: u32,
    p_cost: u32,
}

impl KdfParams {
    /// m = 64 MiB, t = 3, p = 1.
    pub const DEFAULT: KdfParams = KdfParams { m_cost_kib: 64 * 1024, t_cost: 3, p_cost: 1 };

    /// Custom parameters (e.g. cheap ones for tests: `new(64, 1, 1)`).
    ///
    /// # Errors
    /// [`CryptoError::InvalidKdfParams`] unless `1 ≤ p ≤ 16`, `1 ≤ t ≤ 64`
    /// and `8·p ≤ m ≤ 4 GiB` (m in KiB).
    pub fn new(m_cost_kib: u32, t_cost: u32, p_cost: u32) -> Result<Self> {
        if !(1..=MAX_P).contains(&p_cost) {
            return Err(CryptoError::InvalidKdfParams("p_cost must be 1..=16"));
        }
        if !(1..=MAX_T).contains(&t_cost) {
            return Err(CryptoError::InvalidKdfParams("t_cost must be 1..=64"));
        }
        if m_cost_kib < 8 * p_cost || m_cost_kib > MAX_M_KIB {
            return Err(CryptoError::InvalidKdfParams("m_cost must be between 8*p_cost KiB and 4 GiB"));
        }
        Ok(KdfParams { m_cost_kib, t_cost, p_cost })
    }

    /// Memory cost in KiB.
    pub fn m_cost_kib(&self) -> u32 {
        self.m_cost_kib
    }

    /// Iterations.
    pub fn t_cost(&self) -> u32 {
        self.t_cost
    }

    /// Lanes.
    pub fn p_cost(&self) -> u32 {
        self.p_cost
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        KdfParams::DEFAULT
    }
}

// ---------------------------------------------------------------- serde DTOs

/// A base64 key string in the JSON; wiped on drop. Private: never leaves
/// this module.
struct B64Secret(Zeroizing<String>);

impl Serialize for B64Secret {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for B64Secret {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        String::deserialize(d).map(|s| B64Secret(Zeroizing::new(s)))
    }
}

impl B64Secret {
    fn encode(secret: &Secret32) -> Self {
        B64Secret(Zeroizing::new(secret.to_base64().expose_secret().to_owned()))
    }
}

#[derive(Deserialize)]
struct Probe {
    format: String,
    version: u32,
    kind: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlainRepr {
    format: String,
    version: u32,
    kind: String,
    root: B64Secret,
    current: u32,
    keks: Vec<KekRepr>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KekRepr {
    version: u32,
    key: B64Secret,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SealedRepr {
    format: String,
    version: u32,
    kind: String,
    kdf: KdfRepr,
    ciphertext: String,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "alg", deny_unknown_fields)]
enum KdfRepr {
    #[serde(rename = "argon2id")]
    Argon2id { m_cost: u32, t_cost: u32, p_cost: u32, salt: String },
    #[serde(rename = "hkdf-sha256")]
    HkdfSha256 { salt: String },
}

impl KdfRepr {
    fn name(&self) -> &'static str {
        match self {
            KdfRepr::Argon2id { .. } => "passphrase",
            KdfRepr::HkdfSha256 { .. } => "key",
        }
    }

    fn salt_b64(&self) -> &str {
        match self {
            KdfRepr::Argon2id { salt, .. } | KdfRepr::HkdfSha256 { salt } => salt,
        }
    }

    /// GCM associated data: the whole header in canonical form.
    fn aad(&self, version: u32, salt: &[u8]) -> Vec<u8> {
        let frame = Frame::buffer(HEADER_DOMAIN).str(FORMAT_TAG).u32(version);
        match self {
            KdfRepr::Argon2id { m_cost, t_cost, p_cost, .. } => {
                frame.str(ALG_ARGON2ID).u32(*m_cost).u32(*t_cost).u32(*p_cost).bytes(salt).finish()
            }
            KdfRepr::HkdfSha256 { .. } => frame.str(ALG_HKDF).bytes(salt).finish(),
        }
    }
}

fn json_reason(what: &str, e: &serde_json::Error) -> String {
    // Never e.to_string(): serde messages can quote the offending value.
    let kind = match e.classify() {
        serde_json::error::Category::Io => "I/O error",
        serde_json::error::Category::Syntax => "JSON syntax error",
        serde_json::error::Category::Data => "unexpected or missing field",
        serde_json::error::Category::Eof => "truncated JSON",
    };
    format!("{what}: {kind} at line {} column {}", e.line(), e.column())
}

// ------------------------------------------------------------ key derivation

fn file_key(kdf: &KdfRepr, unlock: &Unlock, salt: &[u8]) -> Result<AeadKey> {
    match (kdf, unlock) {
        (KdfRepr::Argon2id { m_cost, t_cost, p_cost, .. }, Unlock::Passphrase(pass)) => {
            let params = KdfParams::new(*m_cost, *t_cost, *p_cost)?;
            let argon = Argon2::new(
                Algorithm::Argon2id,
                Version::V0x13,
                Params::new(params.m_cost_kib, params.t_cost, params.p_cost, Some(32))
                    .map_err(|_| CryptoError::InvalidKdfParams("rejected by argon2"))?,
            );
            let mut out = Zeroizing::new([0u8; 32]);
            argon
                .hash_password_into(pass.expose_secret().as_bytes(), salt, out.as_mut())
                .map_err(|_| CryptoError::InvalidKdfParams("argon2 failed"))?;
            Ok(AeadKey::new(Secret32::from_slice(out.as_ref())?))
        }
        (KdfRepr::HkdfSha256 { .. }, Unlock::Key(key)) => Ok(AeadKey::new(derive_salted(key, salt, KEY_UNLOCK_LABEL)?)),
        _ => Err(CryptoError::InvalidArgument("unlock does not match kdf")),
    }
}

// ------------------------------------------------------------------ encoding

fn encode_plain(keyring: &Keyring) -> Result<Zeroizing<Vec<u8>>> {
    let keks: Vec<KekRepr> =
        keyring.kek_secrets().map(|(version, s)| KekRepr { version, key: B64Secret::encode(s) }).collect();
    let repr = PlainRepr {
        format: FORMAT_TAG.to_owned(),
        version: FORMAT_VERSION,
        kind: KIND_PLAIN.to_owned(),
        root: B64Secret::encode(keyring.root()),
        current: keyring.current_version(),
        keks,
    };
    // Generous capacity so the buffer does not reallocate (which would leave
    // unwiped copies of the keys behind).
    let mut out = Zeroizing::new(Vec::with_capacity(1024 + 192 * repr.keks.len()));
    serde_json::to_writer_pretty(&mut *out, &repr)
        .map_err(|_| CryptoError::InvalidArgument("keyring serialisation failed"))?;
    out.push(b'\n');
    Ok(out)
}

fn encode(keyring: &Keyring, unlock: &Unlock, params: &KdfParams) -> Result<Zeroizing<Vec<u8>>> {
    let plain = encode_plain(keyring)?;
    let kdf_salt = |salt: &[u8]| B64.encode(salt);
    let salt: [u8; SALT_LEN] = crate::random::bytes()?;
    let kdf = match unlock {
        Unlock::None => return Ok(plain),
        Unlock::Passphrase(p) => {
            if p.is_empty() {
                return Err(CryptoError::InvalidArgument("passphrase is empty"));
            }
            KdfRepr::Argon2id {
                m_cost: params.m_cost_kib,
                t_cost: params.t_cost,
                p_cost: params.p_cost,
                salt: kdf_salt(&salt),
            }
        }
        Unlock::Key(_) => KdfRepr::HkdfSha256 { salt: kdf_salt(&salt) },
    };
    let key = file_key(&kdf, unlock, &salt)?;
    let sealed = key.seal(&kdf.aad(FORMAT_VERSION, &salt), &plain)?;
    let repr = SealedRepr {
        format: FORMAT_TAG.to_owned(),
        version: FORMAT_VERSION,
        kind: KIND_SEALED.to_owned(),
        kdf,
        ciphertext: B64.encode(sealed),
    };
    let mut out =
        serde_json::to_vec_pretty(&repr).map_err(|_| CryptoError::InvalidArgument("keyring serialisation failed"))?;
    out.push(b'\n');
    Ok(Zeroizing::new(out))
}

// ------------------------------------------------------------------ decoding

fn decode_plain(path: &Path, bytes: &[u8]) -> Result<Keyring> {
    let repr: PlainRepr = serde_json::from_slice(bytes)
        .map_err(|e| CryptoError::invalid_keyring(path, json_reason("plain keyring", &e)))?;
    if repr.format != FORMAT_TAG || repr.kind != KIND_PLAIN {
        return Err(CryptoError::invalid_keyring(path, "inner keyring has wrong format or kind"));
    }
    if repr.version > FORMAT_VERSION {
        return Err(CryptoError::UnsupportedFormat { found: repr.version, supported: FORMAT_VERSION });
    }
    let bad_key = |what: &str| CryptoError::invalid_keyring(path, format!("{what} is not base64 of 32 bytes"));
    let root = Secret32::parse_encoded(&repr.root.0).map_err(|_| bad_key("root"))?;
    let mut keks = std::collections::BTreeMap::new();
    for k in &repr.keks {
        let secret = Secret32::parse_encoded(&k.key.0).map_err(|_| bad_key("a KEK"))?;
        if keks.insert(k.version, secret).is_some() {
            return Err(CryptoError::invalid_keyring(path, format!("KEK version {} appears twice", k.version)));
        }
    }
    Keyring::from_parts(root, keks, repr.current).map_err(|_| {
        CryptoError::invalid_keyring(
            path,
            format!("current KEK version {} is missing or not the highest", repr.current),
        )
    })
}

fn decode(path: &Path, bytes: &[u8], unlock: &Unlock) -> Result<Keyring> {
    let probe: Probe =
        serde_json::from_slice(bytes).map_err(|e| CryptoError::invalid_keyring(path, json_reason("header", &e)))?;
    if probe.format != FORMAT_TAG {
        return Err(CryptoError::invalid_keyring(path, "not a hushdesk keyring file"));
    }
    if probe.version > FORMAT_VERSION {
        return Err(CryptoError::UnsupportedFormat { found: probe.version, supported: FORMAT_VERSION });
    }
    if probe.version == 0 {
        return Err(CryptoError::invalid_keyring(path, "format version 0"));
    }
    match probe.kind.as_str() {
        KIND_PLAIN => match unlock {
            Unlock::None => decode_plain(path, bytes),
            _ => Err(CryptoError::KeyringNotSealed { path: path.to_owned() }),
        },
        KIND_SEALED => {
            if let Unlock::None = unlock {
                return Err(CryptoError::KeyringIsSealed { path: path.to_owned() });
            }
            let repr: SealedRepr = serde_json::from_slice(bytes)
                .map_err(|e| CryptoError::invalid_keyring(path, json_reason("sealed keyring", &e)))?;
            if repr.kdf.name() != unlock.name() {
                return Err(CryptoError::UnlockMismatch {
                    path: path.to_owned(),
                    sealed_with: repr.kdf.name(),
                    given: unlock.name(),
                });
            }
            let salt = B64
                .decode(repr.kdf.salt_b64())
                .map_err(|_| CryptoError::invalid_keyring(path, "salt is not base64"))?;
            if !(SALT_LEN..=64).contains(&salt.len()) {
                return Err(CryptoError::invalid_keyring(path, "salt must be 16-64 bytes"));
            }
            let ciphertext = B64
                .decode(&repr.ciphertext)
                .map_err(|_| CryptoError::invalid_keyring(path, "ciphertext is not base64"))?;
            let key = file_key(&repr.kdf, unlock, &salt).map_err(|e| match e {
                CryptoError::InvalidKdfParams(why) => {
                    CryptoError::invalid_keyring(path, format!("Argon2 parameters: {why}"))
                }
                other => other,
            })?;
            let plain = key.open(&repr.kdf.aad(probe.version, &salt), &ciphertext).map_err(|e| match e {
                CryptoError::AuthenticationFailed => CryptoError::WrongPassphraseOrKey,
                _ => CryptoError::invalid_keyring(path, "ciphertext is malformed"),
            })?;
            decode_plain(path, &plain)
        }
        _ => Err(CryptoError::invalid_keyring(path, "unknown kind")),
    }
}

// ----------------------------------------------------------------------- I/O

#[cfg(unix)]
fn check_permissions(path: &Path, meta: &fs::Metadata) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mode = meta.permissions().mode() & 0o7777;
    if mode & 0o077 != 0 {
        return Err(CryptoError::InsecurePermissions { path: path.to_owned(), mode });
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_permissions(_path: &Path, _meta: &fs::Metadata) -> Result<()> {
    Ok(())
}

fn read_file(path: &Path) -> Result<Zeroizing<Vec<u8>>> {
    let file = File::open(path).map_err(|e| CryptoError::io(path, e))?;
    // fstat on the opened handle: what we check is what we read.
    let meta = file.metadata().map_err(|e| CryptoError::io(path, e))?;
    if !meta.is_file() {
        return Err(CryptoError::invalid_keyring(path, "not a regular file"));
    }
    check_permissions(path, &meta)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(CryptoError::invalid_keyring(path, "file is larger than 1 MiB"));
    }
    let cap = usize::try_from(meta.len()).unwrap_or(0).saturating_add(1);
    let mut buf = Zeroizing::new(Vec::with_capacity(cap));
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut buf).map_err(|e| CryptoError::io(path, e))?;
    if buf.len() as u64 > MAX_FILE_BYTES {
        return Err(CryptoError::invalid_keyring(path, "file is larger than 1 MiB"));
    }
    Ok(buf)
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn create_private(path: &Path) -> io::Result<File> {
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)
}

fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        File::open(dir).and_then(|d| d.sync_all()).map_err(|e| CryptoError::io(dir, e))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Writes `bytes` to `path` atomically. With `replace = false` an existing
/// file is left alone and `Ok(false)` is returned.
fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> Result<bool> {
    let dir = parent_dir(path);
    let name = path.file_name().ok_or_else(|| CryptoError::invalid_keyring(path, "path has no file name"))?;
    let tmp: PathBuf = dir.join(format!(".{}.tmp-{}", name.to_string_lossy(), crate::random::random_id()?));
    let written = (|| -> Result<()> {
        let mut f = create_private(&tmp).map_err(|e| CryptoError::io(&tmp, e))?;
        f.write_all(bytes).map_err(|e| CryptoError::io(&tmp, e))?;
        f.sync_all().map_err(|e| CryptoError::io(&tmp, e))
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    let published = if replace {
        fs::rename(&tmp, path).map(|()| true)
    } else {
        match fs::hard_link(&tmp, path) {
            Ok(()) => fs::remove_file(&tmp).map(|()| true),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
            // No hard links here: check, then rename (small race window).
            Err(_) => match fs::symlink_metadata(path) {
                Ok(_) => Ok(false),
                Err(e) if e.kind() == io::ErrorKind::NotFound => fs::rename(&tmp, path).map(|()| true),
                Err(e) => Err(e),
            },
        }
    };
    match published {
        Ok(true) => {
            sync_dir(dir)?;
            Ok(true)
        }
        Ok(false) => {
            let _ = fs::remove_file(&tmp);
            Ok(false)
        }
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            Err(CryptoError::io(path, e))
        }
    }
}

fn create_dirs(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| CryptoError::io(dir, e))
}

// ------------------------------------------------------------------- public

/// Reads and, if sealed, unseals the keyring file at `path`.
///
/// # Errors
/// See the [module documentation](self) for the rules; I/O errors carry the
/// path ([`CryptoError::Io`], `NotFound` when there is no file).
pub fn load(path: impl AsRef<Path>, unlock: &Unlock) -> Result<Keyring> {
    let path = path.as_ref();
    let bytes = read_file(path)?;
    decode(path, &bytes, unlock)
}

/// Atomically writes `keyring` to `path`, sealed according to `unlock`,
/// with default Argon2id parameters for a passphrase.
///
/// # Errors
/// [`CryptoError::Io`]; [`CryptoError::InvalidArgument`] for an empty
/// passphrase; [`CryptoError::Rng`].
pub fn save(path: impl AsRef<Path>, keyring: &Keyring, unlock: &Unlock) -> Result<()> {
    save_with_params(path, keyring, unlock, &KdfParams::DEFAULT)
}

/// [`save`] with explicit Argon2id parameters (used only for a passphrase).
///
/// # Errors
/// As [`save`].
pub fn save_with_params(path: impl AsRef<Path>, keyring: &Keyring, unlock: &Unlock, params: &KdfParams) -> Result<()> {
    let path = path.as_ref();
    let bytes = encode(keyring, unlock, params)?;
    write_atomic(path, &bytes, true).map(drop)
}

/// Loads the keyring at `path`, or creates, saves and returns a new one if
/// there is no file. `true` means it was created.
///
/// # Errors
/// As [`load`] and [`save`].
pub fn load_or_create(path: impl AsRef<Path>, unlock: &Unlock) -> Result<(Keyring, bool)> {
    load_or_create_with_params(path, unlock, &KdfParams::DEFAULT)
}

/// [`load_or_create`] with explicit Argon2id parameters for a new file.
///
/// # Errors
/// As [`load_or_create`].
pub fn load_or_create_with_params(
    path: impl AsRef<Path>,
    unlock: &Unlock,
    params: &KdfParams,
) -> Result<(Keyring, bool)> {
    let path = path.as_ref();
    match load(path, unlock) {
        Ok(k) => Ok((k, false)),
        Err(CryptoError::Io { source, .. }) if source.kind() == io::ErrorKind::NotFound => {
            create_dirs(parent_dir(path))?;
            let keyring = Keyring::generate()?;
            let bytes = encode(&keyring, unlock, params)?;
            if write_atomic(path, &bytes, false)? {
                Ok((keyring, true))
            } else {
                // Another process created it first: use theirs.
                Ok((load(path, unlock)?, false))
            }
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cheap() -> KdfParams {
        KdfParams::new(64, 1, 1).unwrap()
    }

    #[test]
    fn kdf_params_bounds() {
        assert!(KdfParams::new(7, 1, 1).is_err());
        assert!(KdfParams::new(8, 0, 1).is_err());
        assert!(KdfParams::new(8, 1, 0).is_err());
        assert!(KdfParams::new(15, 1, 2).is_err());
        assert!(KdfParams::new(MAX_M_KIB + 1, 1, 1).is_err());
        assert!(KdfParams::new(8, 65, 1).is_err());
        assert!(KdfParams::new(8, 1, 1).is_ok());
        assert_eq!(KdfParams::default().m_cost_kib(), 65536);
    }

    #[test]
    fn encode_decode_in_memory() {
        let k = Keyring::generate().unwrap();
        let p = Path::new("mem");
        let plain = encode(&k, &Unlock::None, &cheap()).unwrap();
        assert_eq!(decode(p, &plain, &Unlock::None).unwrap(), k);
        let unlock = Unlock::Key(Secret32::generate().unwrap());
        let sealed = encode(&k, &unlock, &cheap()).unwrap();
        assert_eq!(decode(p, &sealed, &unlock).unwrap(), k);
        let text = std::str::from_utf8(&sealed).unwrap();
        assert!(!text.contains(k.root().to_base64().expose_secret()));
    }

    #[test]
    fn header_is_authenticated() {
        let k = Keyring::generate().unwrap();
        let unlock = Unlock::Passphrase(SecretString::from("pw"));
        let sealed = encode(&k, &unlock, &cheap()).unwrap();
        let text = std::str::from_utf8(&sealed).unwrap();
        // Same key derivation cost but a different (recorded) t_cost: with
        // t differing, Argon2 output differs anyway, so also check p/m edits
        // and the salt edit all fail closed.
        let edited = text.replace("\"t_cost\": 1", "\"t_cost\": 2");
        assert!(matches!(decode(Path::new("m"), edited.as_bytes(), &unlock), Err(CryptoError::WrongPassphraseOrKey)));
    }

    #[test]
    fn json_errors_do_not_quote_content() {
        let secretish = br#"{"format":"hushdesk-keyring","version":1,"kind":"plain","root":"c2VjcmV0c2VjcmV0","current":"c2VjcmV0c2VjcmV0","keks":[]}"#;
        let err = decode(Path::new("f"), secretish, &Unlock::None).unwrap_err();
        let msg = format!("{err} {err:?}");
        assert!(!msg.contains("c2VjcmV0"), "{msg}");
    }
}
