//! The vault's use cases: ingest, reveal, erase, key management and the audit log, with
//! the policy that decides what is kept and the [`store`] traits the backends implement.
//!
//! Depends on `hushdesk-detect` (finding personal data) and `hushdesk-crypto` (every key
//! and cipher) only: no SQL, no HTTP, no async runtime. The use cases are `async fn`s
//! whose futures are `Send`; the caller picks the runtime.
//!
//! # The promise
//!
//! A message goes in; from then on no personal data exists anywhere in plaintext
//! (database, WAL, logs, backups) except inside one authorised, audited reveal.
//!
//! # Key hierarchy
//!
//! ```text
//! keyring file <data>/keyring.json (0600; plain, or sealed by a passphrase via Argon2id
//! │                                 or by a 32-byte key via HKDF)
//! ├─ root ── HKDF ─┬─ blind-index key  → subject lookup by HMAC of normalised identifiers
//! │                ├─ token key        → tok_… = HMAC(subject, entity type, value)
//! │                ├─ commitment key   → subject commitments in the audit log, keyring fingerprints
//! │                ├─ audit signing key (Ed25519) → checkpoints
//! │                └─ purpose "vault-hash" → the `hash` policy action
//! └─ KEK v1..vN ── wrap ── one DEK per subject (key store only)
//!                            └─ seal: vault values (AAD token, "value", 1)
//!                                     redacted message texts (AAD message id, "redacted", 1)
//! ```
//!
//! # Decisions
//!
//! * **Separate key store.** Wrapped DEKs live *only* in the key store: a second SQLite
//!   file `<data>/keys.sqlite` (`secure_delete=ON`, WAL truncated after each erasure) or
//!   the PostgreSQL schema `hushdesk_keys`. Reason: erasure must make a subject
//!   unreadable even in a copy of the main database taken before the erasure, together
//!   with the keyring. If the wrapped DEK lived in that copy, the copy plus the KEK
//!   would decrypt it. Consequence: back up the key store separately and keep those
//!   backups only briefly (their retention bounds how long an erased subject stays
//!   recoverable from backups). A PostgreSQL dump of the whole database includes
//!   `hushdesk_keys`: dump the schemas separately.
//! * **Redacted texts are sealed too.** Detection is never perfect; the redacted text of
//!   a message is sealed under its subject's DEK, so a missed value is still not in
//!   plaintext at rest and is shredded with the subject. The main database holds ids,
//!   blind indexes, tokens, entity types, times, ciphertext and the audit log.
//! * **Write order across the two stores.** New DEKs are committed to the key store
//!   *before* the main transaction that uses them (a crash leaves a harmless orphan
//!   key, never data without a key). Erasure destroys the key *first*, then deletes rows
//!   and appends the audit entry in one transaction (a crash leaves a subject without a
//!   key: its data is already unreadable; `erase` again completes it, ingest for it
//!   fails with [`VaultError::SubjectKeyMissing`]).
//! * **One writer.** Every mutation locks the audit chain head first (SQLite: `BEGIN
//!   IMMEDIATE`; PostgreSQL: `SELECT … FOR UPDATE` on the head row), so the chain is
//!   linear with any number of processes, subject creation cannot race, and a rotation
//!   recorded in `key_metadata` is seen by every later writer, which reloads the keyring
//!   before wrapping new keys.
//! * **Keyring belongs to the database.** `key_metadata` holds, per KEK version, a keyed
//!   commitment of the version under the commitment key (identifies the root) and, for
//!   the version current when it was recorded, a throw-away DEK wrapped under it
//!   (proves the KEK bytes). A mismatch is [`VaultError::WrongKeyring`]; a version the
//!   database uses but the keyring lacks is [`VaultError::KeyringOutdated`].
//! * **Audit entries carry no personal data**: the subject only as a keyed commitment of
//!   its random id; reasons and purposes are run through the detector and redacted
//!   before they are recorded. Erasure never touches the log.
//! * **Tokens are deterministic** per (subject, entity type, value): the same e-mail of
//!   the same customer gets the same token in every message (one vault row); the same
//!   value of two customers gets unrelated tokens.
//! * **Conversation ids are stored in clear** and therefore restricted to
//!   `[A-Za-z0-9._:-]{1,128}` (no `@`, no spaces).
//! * **Never kept, whatever the policy**: card numbers, CVVs, passwords, one-time codes
//!   and API keys (see [`policy`]).
//! * **Denied reveals write nothing** (unknown token, type not revealable): only reveals
//!   that return a value are audited, and the entry is committed before the value is
//!   returned.
//! * **Times** are `i64` microseconds since the epoch, UTC, in every backend.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod access;
pub mod audit;
pub mod error;
pub mod identity;
pub mod keys;
pub mod policy;
pub mod store;
pub mod types;
pub mod vault;

pub use audit::{AuditEvent, AuditPage, AuditRecord, ChainHead, ChainProblem, Checkpoint, EntryRef, EventRef};
pub use error::{StoreError, VaultError};
pub use identity::{IdentifierKind, Normalizer, SubjectIdentifiers, SubjectSelector};
pub use keys::{FileKeyring, KeyringSource};
pub use policy::{Action, Policy};
pub use store::{KeyStore, Store, StoreTx};
pub use types::{Actor, Author, Clock, ConversationId, MessageId, SubjectId, SystemClock, Timestamp, TokenRef};
pub use vault::{
    AuditReport, ErasureReport, IngestReceipt, IngestRequest, KeyStatus, MessageView, PreparedMessage, RotationReport,
    Vault, VaultConfig, Workspace,
};
