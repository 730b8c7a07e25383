//! Where the keyring comes from, and the keys the use cases derive from it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use hushdesk_crypto::keyring_file::{self, KdfParams};
use hushdesk_crypto::{AuditSigner, BlindIndexKey, CommitmentKey, Keyring, Secret32, TokenKey, Unlock};

use crate::error::VaultError;

/// Label of the per-version keyring fingerprint recorded in `key_metadata`.
pub const FINGERPRINT_LABEL: &str = "hushdesk/kek-fingerprint/v1";
/// Subject id of the throw-away data key that proves a KEK version's bytes.
pub const CHECK_SUBJECT: &str = "hushdesk/kek-check/v1";
/// Purpose of the key of the `hash` policy action.
pub const HASH_PURPOSE: &str = "vault-hash";
/// Commitment label of subject ids in the audit log.
pub const SUBJECT_LABEL: &str = "audit/subject";

/// Loads and saves the keyring. The file implementation is [`FileKeyring`]; tests may
/// provide others. `load` returns a fresh instance each time (used to reload after
/// another process rotated, and as the copy that `rotate`/`retire` modify).
pub trait KeyringSource: Send + Sync {
    /// Reads the keyring.
    ///
    /// # Errors
    /// [`VaultError::WrongPassphraseOrKey`] and other keyring errors.
    fn load(&self) -> Result<Keyring, VaultError>;
    /// Writes it (atomically).
    ///
    /// # Errors
    /// I/O and crypto errors.
    fn save(&self, keyring: &Keyring) -> Result<(), VaultError>;
}

/// The keyring file (`crates/crypto` format), created on first use.
pub struct FileKeyring {
    path: PathBuf,
    unlock: Unlock,
    params: KdfParams,
}

impl std::fmt::Debug for FileKeyring {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileKeyring").field("path", &self.path).field("unlock", &"[REDACTED]").finish()
    }
}

impl FileKeyring {
    /// Opens the keyring file at `path`, creating it (mode 0600) if it does not exist.
    /// Returns the source, the keyring and whether it was created.
    ///
    /// # Errors
    /// [`VaultError::WrongPassphraseOrKey`], insecure permissions, a sealed file without
    /// an unlock secret, and so on (see `hushdesk_crypto::keyring_file`).
    pub fn open_or_create(path: &Path, unlock: Unlock) -> Result<(Self, Keyring, bool), VaultError> {
        FileKeyring::open_or_create_with(path, unlock, KdfParams::DEFAULT)
    }

    /// As [`FileKeyring::open_or_create`] with explicit Argon2id parameters (cheap ones
    /// in tests).
    ///
    /// # Errors
    /// As [`FileKeyring::open_or_create`].
    pub fn open_or_create_with(
        path: &Path,
        unlock: Unlock,
        params: KdfParams,
    ) -> Result<(Self, Keyring, bool), VaultError> {
        let (keyring, created) = keyring_file::load_or_create_with_params(path, &unlock, &params)?;
        Ok((FileKeyring { path: path.to_owned(), unlock, params }, keyring, created))
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl KeyringSource for FileKeyring {
    fn load(&self) -> Result<Keyring, VaultError> {
        Ok(keyring_file::load(&self.path, &self.unlock)?)
    }

    fn save(&self, keyring: &Keyring) -> Result<(), VaultError> {
        Ok(keyring_file::save_with_params(&self.path, keyring, &self.unlock, &self.params)?)
    }
}

/// The keys derived from the keyring root: they never change with KEK rotation.
pub(crate) struct Derived {
    pub blind: BlindIndexKey,
    pub token: TokenKey,
    pub commitment: CommitmentKey,
    pub signer: AuditSigner,
    pub hash_key: Secret32,
}

impl Derived {
    pub fn new(k: &Keyring) -> Result<Self, VaultError> {
        Ok(Derived {
            blind: k.blind_index_key(),
            token: k.token_key(),
            commitment: k.commitment_key(),
            signer: k.audit_signing_key(),
            hash_key: k.purpose_key(HASH_PURPOSE)?,
        })
    }

    pub fn fingerprint(&self, version: u32) -> [u8; 32] {
        self.commitment.commit(FINGERPRINT_LABEL, &version.to_be_bytes())
    }
}

/// The live keyring, swapped atomically on rotation or reload.
pub(crate) struct KeyState {
    current: RwLock<Arc<Keyring>>,
    source: Box<dyn KeyringSource>,
}

impl KeyState {
    pub fn new(keyring: Keyring, source: Box<dyn KeyringSource>) -> Self {
        KeyState { current: RwLock::new(Arc::new(keyring)), source }
    }

    pub fn current(&self) -> Arc<Keyring> {
        match self.current.read() {
            Ok(g) => Arc::clone(&g),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    pub fn replace(&self, k: Keyring) -> Arc<Keyring> {
        let k = Arc::new(k);
        match self.current.write() {
            Ok(mut g) => *g = Arc::clone(&k),
            Err(poisoned) => *poisoned.into_inner() = Arc::clone(&k),
        }
        k
    }

    /// The live keyring if it has KEK `version`; otherwise the keyring file re-read once
    /// (another process rotated: it saves the file before recording the version in the
    /// database, so a version the database names is already in the file).
    pub fn at_least(&self, version: u32) -> Result<Arc<Keyring>, VaultError> {
        let k = self.current();
        if version > k.current_version() { self.reload() } else { Ok(k) }
    }

    /// Re-reads the keyring file (another process rotated).
    pub fn reload(&self) -> Result<Arc<Keyring>, VaultError> {
        let fresh = self.source.load()?;
        Ok(self.replace(fresh))
    }

    pub fn source(&self) -> &dyn KeyringSource {
        &*self.source
    }
}
