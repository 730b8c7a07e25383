//! Hushdesk's cryptography: the key hierarchy, field encryption, keyed
//! hashes, tokens, signatures, API keys and passwords.
//!
//! This is the only crate that touches raw key bytes. It contains no
//! cryptographic primitives of its own: AES-256-GCM (`aes-gcm`),
//! HMAC-SHA256 (`hmac`, `sha2`), HKDF-SHA256 (`hkdf`), Argon2id (`argon2`),
//! Ed25519 (`ed25519-dalek`, `verify_strict`), constant-time comparison
//! (`subtle`), wiping (`zeroize`) and the OS RNG (`getrandom`). It knows
//! nothing of tokio, SQL or HTTP; its only I/O is the keyring file
//! ([`keyring_file`]).
//!
//! # Key hierarchy
//!
//! ```text
//! Unlock (none | passphrase → Argon2id | 32-byte key → HKDF)      keyring_file
//!   └─ keyring file (0600, atomic writes)
//!        ├─ root: 32 random bytes, never rotated
//!        │    └─ HKDF-SHA256(root, info = "hushdesk/<purpose>/v1") →
//!        │         BlindIndexKey, TokenKey, CommitmentKey, AuditSigner, ApiKeyHasher,
//!        │         Keyring::purpose_key("…") for anything else
//!        └─ KEKs: random 32-byte keys, versions 1, 2, …; the highest is current
//!             └─ wrap (AES-256-GCM, AAD = subject id + KEK version) per-subject DEKs
//!                  └─ seal field values (AES-256-GCM, AAD = record id + field + key version)
//! ```
//!
//! KEK rotation re-wraps DEKs and never changes a derived key, so blind
//! indexes, tokens, commitments, stored API-key hashes and the audit
//! verifying key survive it. Destroying a subject's wrapped DEK makes all of
//! that subject's ciphertext unreadable (crypto-shredding).
//!
//! # Decisions (where the design was silent)
//!
//! * **Fallible randomness.** Anything that draws randomness returns
//!   `Result` ([`CryptoError::Rng`]) rather than panicking: [`Secret32::generate`],
//!   [`aead::seal`], [`Keyring::generate`], [`Keyring::rotate`],
//!   [`Keyring::wrap_dek`], [`generate_api_key`]. No function panics on any
//!   input.
//! * **One error enum**, [`CryptoError`], `#[non_exhaustive]`. Messages
//!   carry paths, versions and fixed reasons, never key bytes, plaintext or
//!   file content (serde_json messages are replaced by line/column).
//! * **Raw key bytes never leave the crate.** [`Secret32`] has no public
//!   byte accessor (only [`Secret32::to_base64`] for writing a new key
//!   file); key types are opaque, with `from_secret` constructors for tests
//!   and tools. Every key type is wiped on drop and its `Debug` prints
//!   `[REDACTED]`; none implements `Display` or `Serialize`.
//! * **Sealed format** `[0x01][nonce 12][ct || tag 16]`; the same envelope
//!   is used for field values, wrapped DEKs and the sealed keyring file,
//!   each with its own versioned AAD domain tag (`hushdesk/aead/field/v1`,
//!   `hushdesk/aead/dek-wrap/v1`, `hushdesk/keyring-file/sealed/v1`), so a
//!   ciphertext of one kind never opens as another. AAD and MAC inputs use
//!   one canonical framing: `domain 0x00 || (u64be(len) || bytes | u32be)*`.
//! * **Derived keys are precomputed** when a keyring is built (HKDF cannot
//!   fail for 32-byte outputs, but computing them in the fallible
//!   constructor keeps the accessors infallible without an `expect`).
//! * **KEK versions** start at 1, the current one is always the highest;
//!   `retire` refuses the current version and unknown versions.
//! * **Keyring file**: see [`keyring_file`] (plain vs. sealed, why a plain
//!   file is refused when an unlock secret is given, the permission rule
//!   `mode & 0o077 == 0`, non-replacing creation).
//! * **Explicit-key operations for the detector**: [`keyed_hash`] (plain
//!   HMAC-SHA256) and [`aead::seal`]/[`aead::open`] with
//!   [`DataKey::from_secret`]; keys from [`Keyring::purpose_key`].
//! * **Tokens** are `tok_` + 26 lower-case base32 characters (128 bits of
//!   HMAC); API keys are `<prefix>_` + 52 base32 characters (256 random
//!   bits), stored as a peppered HMAC, not Argon2.
//! * **Passwords**: Argon2id m = 19 MiB, t = 2, p = 1; verification refuses
//!   hashes with parameters beyond m = 256 MiB, t = 16, p = 8.
//! * **AES-NI**: the `aes` 0.9 and `polyval` 0.7 crates detect AES-NI,
//!   VAES and CLMUL at run time (`cpufeatures`); no `target-cpu` flags or
//!   features are needed ([`aead::hardware_accelerated`] reports it).
//! * **Base32** (tokens, ids, API keys) is a small local encoder (RFC 4648
//!   alphabet, lower case, unpadded) tested against the RFC vectors.

#![forbid(unsafe_code)]
#![warn(missing_docs)]
// No panics on data paths: enforced outside tests.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::unreachable, clippy::todo)
)]

pub mod aead;
pub mod api_key;
pub mod blind_index;
pub mod commitment;
mod encoding;
pub mod error;
pub mod keyed;
pub mod keyring;
pub mod keyring_file;
mod mac;
pub mod password;
pub mod random;
pub mod secret;
pub mod signing;
pub mod token;

pub use aead::{Aad, DataKey};
pub use api_key::{ApiKeyHasher, generate_api_key};
pub use blind_index::{BlindIndex, BlindIndexKey};
pub use commitment::CommitmentKey;
pub use error::CryptoError;
pub use keyed::keyed_hash;
pub use keyring::{Keyring, WrappedDek};
pub use keyring_file::{KdfParams, Unlock};
pub use password::{hash_password, verify_password};
pub use secret::{Secret32, SecretString};
pub use signing::AuditSigner;
pub use token::{TokenKey, is_token_syntax};

#[cfg(test)]
mod tests {
    /// The server shares these across threads (e.g. in an `Arc`).
    #[test]
    fn key_types_are_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<crate::Keyring>();
        check::<crate::DataKey>();
        check::<crate::Secret32>();
        check::<crate::SecretString>();
        check::<crate::BlindIndexKey>();
        check::<crate::TokenKey>();
        check::<crate::CommitmentKey>();
        check::<crate::AuditSigner>();
        check::<crate::ApiKeyHasher>();
        check::<crate::Unlock>();
        check::<crate::CryptoError>();
    }
}
