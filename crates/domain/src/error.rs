//! Errors. None carries personal data or key material: messages name ids, versions,
//! entity types and fixed reasons only.

use hushdesk_crypto::CryptoError;

/// An error from a store backend. The message is the backend's (SQL error text never
/// contains personal data here: the store only ever receives blind indexes, tokens,
/// ciphertext and ids).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database was created or migrated by a newer version of Hushdesk.
    #[error(
        "the {what} was created by a newer version of hushdesk (schema {found}, this binary supports up to {supported}); nothing was changed: upgrade hushdesk"
    )]
    NewerSchema {
        /// `"database"` or `"key store"`.
        what: &'static str,
        /// Version found in `schema_meta`.
        found: i64,
        /// Newest version this binary knows.
        supported: i64,
    },
    /// A uniqueness constraint failed (e.g. two writers created the same subject).
    #[error("conflicting concurrent write ({0})")]
    Conflict(&'static str),
    /// Anything else from the backend.
    #[error("{op}: {source}")]
    Backend {
        /// What the store was doing.
        op: &'static str,
        /// The driver's error.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// Stored data that does not decode (a column of the wrong size, an unknown enum).
    #[error("stored data is malformed: {0}")]
    Corrupt(&'static str),
}

impl StoreError {
    /// Wraps a driver error.
    pub fn backend(op: &'static str, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        StoreError::Backend { op, source: Box::new(source) }
    }
}

/// Every error of the vault's use cases.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum VaultError {
    /// No data subject matches the given identifier or id.
    #[error("unknown subject: no data subject matches the given identifier")]
    UnknownSubject,
    /// The token was never issued (or its subject was erased).
    #[error("unknown token: no vault value exists for this token (never issued, or its subject was erased)")]
    UnknownToken,
    /// The policy does not allow revealing this entity type.
    #[error("values of type {entity_type} may not be revealed under the current policy")]
    NotRevealable {
        /// The entity type of the token.
        entity_type: String,
    },
    /// The keyring file could not be unsealed with the given passphrase or key.
    #[error("wrong KEK passphrase or key: the keyring file could not be unlocked (or it was modified)")]
    WrongPassphraseOrKey,
    /// A ciphertext failed authentication: it was modified, or moved to another record.
    #[error("corrupted ciphertext: the sealed {field} of {id} failed authentication (modified or moved)")]
    CorruptedCiphertext {
        /// Which sealed field (`value`, `redacted`, `data key`).
        field: &'static str,
        /// The record id (a token, message id or subject id).
        id: String,
    },
    /// The database was created by a newer version.
    #[error(
        "the {what} was created by a newer version of hushdesk (schema {found}, this binary supports up to {supported}); nothing was changed"
    )]
    DatabaseNewer {
        /// `"database"` or `"key store"`.
        what: &'static str,
        /// Schema version found.
        found: i64,
        /// Newest schema version this binary knows.
        supported: i64,
    },
    /// The keyring is not the one this database was created with.
    #[error("wrong keyring for this database: its key fingerprints do not match the ones recorded in the database")]
    WrongKeyring,
    /// The keyring lacks a KEK version the database still uses (an old copy of the keyring).
    #[error(
        "the keyring lacks KEK version {missing}, which this database uses: it is older than the database (was the key rotated on another node?)"
    )]
    KeyringOutdated {
        /// The missing version.
        missing: u32,
    },
    /// A subject exists but its data key is gone: an erasure was interrupted.
    #[error("the data key of subject {subject} is gone (an erasure was interrupted): run erase for it again")]
    SubjectKeyMissing {
        /// The subject.
        subject: String,
    },
    /// The identifiers of one message belong to two different subjects.
    #[error("the subject identifiers of this message belong to different data subjects")]
    IdentifierConflict,
    /// `keys retire` on a version that still wraps data keys.
    #[error("KEK version {version} still wraps {deks} data key(s): run `keys rotate` first")]
    KekVersionInUse {
        /// The version.
        version: u32,
        /// How many data keys still use it.
        deks: u64,
    },
    /// Invalid input; the message names the field, never its value.
    #[error("invalid input: {0}")]
    InvalidInput(&'static str),
    /// A record with the same unique name exists (e.g. a user's e-mail address).
    #[error("already exists: {0}")]
    AlreadyExists(&'static str),
    /// Invalid policy file; the message names the setting.
    #[error("invalid policy: {0}")]
    Policy(String),
    /// A store error.
    #[error("store: {0}")]
    Store(StoreError),
    /// A cryptographic error not covered above.
    #[error("crypto: {0}")]
    Crypto(CryptoError),
    /// The detection engine could not be configured.
    #[error("detector configuration: {0}")]
    Detector(String),
}

impl From<CryptoError> for VaultError {
    fn from(e: CryptoError) -> Self {
        match e {
            CryptoError::WrongPassphraseOrKey => VaultError::WrongPassphraseOrKey,
            other => VaultError::Crypto(other),
        }
    }
}

impl From<StoreError> for VaultError {
    fn from(e: StoreError) -> Self {
        VaultError::from_store(e)
    }
}

impl VaultError {
    /// Maps a store error: a newer schema becomes [`VaultError::DatabaseNewer`].
    pub fn from_store(e: StoreError) -> Self {
        match e {
            StoreError::NewerSchema { what, found, supported } => VaultError::DatabaseNewer { what, found, supported },
            other => VaultError::Store(other),
        }
    }
}
