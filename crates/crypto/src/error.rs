//! The crate's single error type.
//!
//! Messages never contain key bytes, plaintext or passphrases. File paths do
//! appear (they are not secret). Authentication failures never say *why* the
//! check failed.

use std::io;
use std::path::PathBuf;

/// Every error this crate returns.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CryptoError {
    /// A sealed value is too short or otherwise structurally broken.
    #[error("malformed or truncated ciphertext")]
    Malformed,

    /// A sealed value starts with a format byte this version does not know.
    #[error("unknown ciphertext format {0}")]
    UnknownFormat(u8),

    /// The AEAD tag did not verify: wrong key, wrong associated data or
    /// tampered ciphertext. Deliberately says nothing more.
    #[error("authentication failed")]
    AuthenticationFailed,

    /// A wrapped data key names a KEK version that is not in the keyring
    /// (never existed, or was retired).
    #[error("unknown key-encryption key version {0}")]
    UnknownKekVersion(u32),

    /// `Keyring::retire` was asked to retire the current KEK.
    #[error("cannot retire the current key-encryption key (version {0})")]
    CannotRetireCurrent(u32),

    /// All `u32` KEK versions are used up.
    #[error("key-encryption key versions exhausted")]
    KekVersionsExhausted,

    /// A key given as bytes has the wrong length.
    #[error("invalid key length: expected {expected} bytes, got {found}")]
    InvalidKeyLength {
        /// Expected length in bytes.
        expected: usize,
        /// Length that was given.
        found: usize,
    },

    /// A key given as text is neither 64 hex digits nor base64 of 32 bytes.
    #[error("key is not 32 bytes encoded as hex (64 digits) or base64")]
    InvalidKeyEncoding,

    /// A stored value (blind index, …) is not valid hex of the right length.
    #[error("invalid encoding of a stored {what}")]
    InvalidEncoding {
        /// What was being decoded.
        what: &'static str,
    },

    /// An argument is outside what this crate accepts (never contains the
    /// argument's value).
    #[error("invalid argument: {0}")]
    InvalidArgument(&'static str),

    /// The operating system's random number generator failed.
    #[error("the operating system's random number generator failed")]
    Rng,

    /// Unsealing the keyring file failed authentication: the passphrase or
    /// key is wrong (or the file was tampered with).
    #[error("wrong passphrase or key for the keyring file (or the file was modified)")]
    WrongPassphraseOrKey,

    /// The keyring file is sealed but no passphrase or key was given.
    #[error("keyring file {path} is sealed: a passphrase or key is needed to unlock it")]
    KeyringIsSealed {
        /// The keyring file.
        path: PathBuf,
    },

    /// A passphrase or key was given but the keyring file is stored in plain
    /// form. Refused so that a protected keyring cannot be silently swapped
    /// for an unprotected one.
    #[error("keyring file {path} is not sealed, but a passphrase or key was given")]
    KeyringNotSealed {
        /// The keyring file.
        path: PathBuf,
    },

    /// The keyring file is sealed with one kind of secret and the other kind
    /// was given (passphrase vs. key).
    #[error("keyring file {path} is sealed with a {sealed_with}, but a {given} was given")]
    UnlockMismatch {
        /// The keyring file.
        path: PathBuf,
        /// `"passphrase"` or `"key"`: what the file needs.
        sealed_with: &'static str,
        /// `"passphrase"` or `"key"`: what was given.
        given: &'static str,
    },

    /// The keyring file can be read or written by group or others (Unix).
    #[error(
        "keyring file {path} has insecure permissions {mode:04o}: it must not be accessible by group or others (chmod 600)"
    )]
    InsecurePermissions {
        /// The keyring file.
        path: PathBuf,
        /// The permission bits found (`st_mode & 0o7777`).
        mode: u32,
    },

    /// The keyring file was written by a newer version of Hushdesk.
    #[error("keyring file format version {found} is not supported (this build supports up to {supported})")]
    UnsupportedFormat {
        /// Version found in the file.
        found: u32,
        /// Newest version this build reads.
        supported: u32,
    },

    /// The keyring file is not a valid keyring file. `reason` is a fixed
    /// description or a JSON position; it never quotes file content.
    #[error("invalid keyring file {path}: {reason}")]
    InvalidKeyring {
        /// The keyring file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },

    /// Reading or writing the keyring file failed.
    #[error("I/O error on {path}: {source}")]
    Io {
        /// The file or directory involved.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: io::Error,
    },

    /// Argon2 parameters are out of range.
    #[error("invalid Argon2 parameters: {0}")]
    InvalidKdfParams(&'static str),

    /// Password hashing failed (never includes the password).
    #[error("password hashing failed")]
    PasswordHash,

    /// An Ed25519 signature did not verify.
    #[error("signature verification failed")]
    BadSignature,

    /// 32 bytes that are not a valid Ed25519 public key.
    #[error("invalid Ed25519 verifying key")]
    InvalidVerifyingKey,
}

impl CryptoError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: io::Error) -> Self {
        CryptoError::Io { path: path.into(), source }
    }

    pub(crate) fn invalid_keyring(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        CryptoError::InvalidKeyring { path: path.into(), reason: reason.into() }
    }
}

/// Shorthand for `Result<T, CryptoError>`.
pub type Result<T, E = CryptoError> = std::result::Result<T, E>;
