//! The storage interface the use cases need. Implemented by `hushdesk-store` for
//! SQLite and PostgreSQL; the domain never sees SQL.
//!
//! # Shape
//!
//! * [`Store`]: opens transactions and hands out the [`KeyStore`].
//! * [`StoreTx`]: one transaction; it implements one repository trait per aggregate
//!   ([`SubjectRepo`], [`MessageRepo`], [`VaultRepo`], [`AuditRepo`],
//!   [`KeyMetadataRepo`]). A later aggregate (users, sessions, API keys, consents,
//!   retention) is a new repository trait added to the `StoreTx` bound and implemented
//!   by both backends; existing code does not change.
//! * [`KeyStore`]: the wrapped data keys, kept apart from the main database (a second
//!   SQLite file, or a separate PostgreSQL schema) so that a copy of the main database
//!   never contains them. Every method is its own committed transaction.
//!
//! # Contract
//!
//! * A write transaction ([`Store::begin_write`]) is exclusive with every other write
//!   transaction *that has called* [`AuditRepo::lock_audit_head`]: the use cases call it
//!   first, so all mutations are serialised on the chain head (SQLite: `BEGIN
//!   IMMEDIATE`; PostgreSQL: `SELECT … FOR UPDATE` on the head row).
//! * Dropping a transaction without [`StoreTx::commit`] rolls it back.
//! * `commit` returns only once the transaction is durable (SQLite `synchronous=FULL`,
//!   PostgreSQL default `synchronous_commit`).
//! * Futures are `Send`; nothing here assumes a particular async runtime.

use std::future::Future;

use hushdesk_crypto::{BlindIndex, WrappedDek};

use crate::audit::{AuditPage, AuditRecord, ChainHead, Checkpoint};
use crate::error::StoreError;
use crate::identity::IdentifierKind;
use crate::types::{Author, ConversationId, MessageId, SubjectId, Timestamp};

/// Result of a store operation.
pub type StoreResult<T> = Result<T, StoreError>;

/// A blind index pointing at a subject.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdentifierRow {
    /// HMAC of the normalised identifier.
    pub blind_index: BlindIndex,
    /// What kind of identifier it indexes.
    pub kind: IdentifierKind,
    /// The subject.
    pub subject_id: SubjectId,
}

/// A message row. The redacted text is itself sealed under the subject's data key (AAD
/// = message id, field `redacted`), so the main database holds no free text at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageRow {
    /// Id.
    pub id: MessageId,
    /// Conversation.
    pub conversation_id: ConversationId,
    /// Subject the message is about.
    pub subject_id: SubjectId,
    /// Author role.
    pub author: Author,
    /// When it was written.
    pub at: Timestamp,
    /// When it was stored.
    pub ingested_at: Timestamp,
    /// Sealed redacted text.
    pub redacted_sealed: Vec<u8>,
}

/// Which token appears in which message (the "tokens" table).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageTokenRow {
    /// The message.
    pub message_id: MessageId,
    /// Order of first appearance in the message, from 0.
    pub position: u32,
    /// The token.
    pub token: String,
    /// Its entity type.
    pub entity_type: String,
}

/// A vault value: one kept original, sealed under its subject's data key (AAD = token,
/// field `value`, version 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VaultValueRow {
    /// The token (primary key; deterministic per subject, type and value).
    pub token: String,
    /// The subject.
    pub subject_id: SubjectId,
    /// Its entity type.
    pub entity_type: String,
    /// `[0x01][nonce][ciphertext || tag]`.
    pub ciphertext: Vec<u8>,
    /// When it was first stored.
    pub created_at: Timestamp,
}

/// What deleting a subject removed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeletedCounts {
    /// Messages.
    pub messages: u64,
    /// Vault values.
    pub values: u64,
    /// Blind indexes.
    pub identifiers: u64,
}

/// A KEK version as recorded in the database (never the key itself).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KekRecord {
    /// Version.
    pub version: u32,
    /// Keyed commitment identifying the keyring (see `keys`).
    pub fingerprint: [u8; 32],
    /// A throw-away data key wrapped under this version, proving the KEK bytes match.
    pub check: Option<Vec<u8>>,
    /// When it was first seen.
    pub created_at: Timestamp,
    /// When it was retired.
    pub retired_at: Option<Timestamp>,
}

/// Data subjects and their blind indexes.
pub trait SubjectRepo {
    /// The subjects of the given blind indexes (missing ones are left out).
    fn find_subjects(
        &mut self,
        indexes: &[BlindIndex],
    ) -> impl Future<Output = StoreResult<Vec<(BlindIndex, SubjectId)>>> + Send;
    /// Whether the subject exists.
    fn subject_exists(&mut self, id: &SubjectId) -> impl Future<Output = StoreResult<bool>> + Send;
    /// Inserts new subjects.
    fn insert_subjects(&mut self, subjects: &[(SubjectId, Timestamp)]) -> impl Future<Output = StoreResult<()>> + Send;
    /// Inserts blind indexes (each must be new).
    fn insert_identifiers(&mut self, rows: &[IdentifierRow]) -> impl Future<Output = StoreResult<()>> + Send;
    /// Deletes a subject and everything that belongs to it: messages, their token
    /// rows, vault values, blind indexes; and conversations left empty.
    fn delete_subject(&mut self, id: &SubjectId) -> impl Future<Output = StoreResult<DeletedCounts>> + Send;
}

/// Conversations and messages.
pub trait MessageRepo {
    /// Creates the conversations that do not exist yet.
    fn ensure_conversations(
        &mut self,
        ids: &[(ConversationId, Timestamp)],
    ) -> impl Future<Output = StoreResult<()>> + Send;
    /// Inserts messages and their token rows.
    fn insert_messages(
        &mut self,
        messages: &[MessageRow],
        tokens: &[MessageTokenRow],
    ) -> impl Future<Output = StoreResult<()>> + Send;
    /// One message and its tokens.
    fn get_message(
        &mut self,
        id: &MessageId,
    ) -> impl Future<Output = StoreResult<Option<(MessageRow, Vec<MessageTokenRow>)>>> + Send;
    /// Number of messages of a subject.
    fn count_messages(&mut self, subject: &SubjectId) -> impl Future<Output = StoreResult<u64>> + Send;
}

/// Sealed originals.
pub trait VaultRepo {
    /// Inserts values; a token that already exists is left as it is.
    fn insert_values(&mut self, values: &[VaultValueRow]) -> impl Future<Output = StoreResult<()>> + Send;
    /// One value by token.
    fn get_value(&mut self, token: &str) -> impl Future<Output = StoreResult<Option<VaultValueRow>>> + Send;
}

/// The audit chain.
pub trait AuditRepo {
    /// Reads the chain head and, in a write transaction, locks it until commit.
    fn lock_audit_head(&mut self) -> impl Future<Output = StoreResult<ChainHead>> + Send;
    /// Appends records (consecutive, starting right after the locked head) and moves
    /// the head to the last one.
    fn append_audit(&mut self, records: &[AuditRecord]) -> impl Future<Output = StoreResult<()>> + Send;
    /// Stores a checkpoint.
    fn insert_checkpoint(&mut self, cp: &Checkpoint) -> impl Future<Output = StoreResult<()>> + Send;
    /// Up to `limit` records with `seq > after`, ascending.
    fn audit_page(&mut self, after: u64, limit: u32) -> impl Future<Output = StoreResult<Vec<AuditRecord>>> + Send;
    /// All checkpoints, ascending.
    fn checkpoints(&mut self) -> impl Future<Output = StoreResult<Vec<Checkpoint>>> + Send;
}

/// KEK versions known to the database.
pub trait KeyMetadataRepo {
    /// All recorded versions, ascending.
    fn kek_records(&mut self) -> impl Future<Output = StoreResult<Vec<KekRecord>>> + Send;
    /// Records a new version.
    fn insert_kek_record(&mut self, rec: &KekRecord) -> impl Future<Output = StoreResult<()>> + Send;
    /// Marks a version retired.
    fn retire_kek_record(&mut self, version: u32, at: Timestamp) -> impl Future<Output = StoreResult<()>> + Send;
}

/// One transaction over the main database.
pub trait StoreTx: SubjectRepo + MessageRepo + VaultRepo + AuditRepo + KeyMetadataRepo + AccessRepo + Send {
    /// Commits; durable when it returns.
    fn commit(self) -> impl Future<Output = StoreResult<()>> + Send;
    /// Rolls back (dropping does the same).
    fn rollback(self) -> impl Future<Output = StoreResult<()>> + Send;
}

/// Wrapped data keys, stored apart from the main database.
pub trait KeyStore: Send + Sync {
    /// The wrapped keys of these subjects (missing ones are left out).
    fn get_deks(
        &self,
        subjects: &[SubjectId],
    ) -> impl Future<Output = StoreResult<Vec<(SubjectId, WrappedDek)>>> + Send;
    /// Stores new wrapped keys (committed when it returns).
    fn put_deks(&self, deks: &[(SubjectId, WrappedDek)]) -> impl Future<Output = StoreResult<()>> + Send;
    /// Destroys a subject's wrapped key so that no trace is left in the key store's files
    /// (SQLite: `secure_delete` and a truncating WAL checkpoint). `true` if one existed.
    fn destroy_dek(&self, subject: &SubjectId) -> impl Future<Output = StoreResult<bool>> + Send;
    /// Up to `limit` keys wrapped under a version below `version`, by subject id after `after`.
    fn deks_below(
        &self,
        version: u32,
        after: Option<&SubjectId>,
        limit: u32,
    ) -> impl Future<Output = StoreResult<Vec<(SubjectId, WrappedDek)>>> + Send;
    /// Replaces wrapped keys, each only if it is still wrapped under the version it
    /// was read with (compare-and-set). Returns how many were replaced.
    fn rewrap_deks(&self, deks: &[(SubjectId, u32, WrappedDek)]) -> impl Future<Output = StoreResult<u64>> + Send;
    /// Number of wrapped keys per KEK version, ascending.
    fn dek_counts(&self) -> impl Future<Output = StoreResult<Vec<(u32, u64)>>> + Send;
}

/// A database: the main store plus its key store.
pub trait Store: Send + Sync {
    /// A transaction.
    type Tx: StoreTx;
    /// The key store.
    type Keys: KeyStore;
    /// A read-ahead scan of the audit log.
    type AuditScan: AuditScan;

    /// Starts a write transaction (exclusive once the audit head is locked).
    fn begin_write(&self) -> impl Future<Output = StoreResult<Self::Tx>> + Send;
    /// Starts a read-only transaction (a consistent snapshot).
    fn begin_read(&self) -> impl Future<Output = StoreResult<Self::Tx>> + Send;
    /// The key store.
    fn keys(&self) -> &Self::Keys;
    /// The API key with this hash, read by one statement outside an explicit
    /// transaction (the lookup every authenticated request makes).
    fn api_key_by_hash(&self, hash: &[u8; 32]) -> impl Future<Output = StoreResult<Option<ApiKeyRow>>> + Send;
    /// `"sqlite"` or `"postgres"`.
    fn backend(&self) -> &'static str;
    /// Called after an erasure committed: makes deleted rows unrecoverable from the
    /// main database's files where the backend can (SQLite: truncating WAL
    /// checkpoint, with `secure_delete` on; PostgreSQL: nothing, see the docs).
    fn scrub(&self) -> impl Future<Output = StoreResult<()>> + Send;
    /// Starts reading the audit log after position `after`, in order, at most `page`
    /// entries at a time, on connections of its own and ahead of the caller, so that
    /// checking one page overlaps reading the next (`audit verify` reads the whole log).
    /// The scan holds at least every entry committed before it started.
    fn scan_audit(&self, after: u64, page: u32) -> impl Future<Output = StoreResult<Self::AuditScan>> + Send;
}

/// The pages of an audit log scan ([`Store::scan_audit`]).
pub trait AuditScan: Send {
    /// The next page of entries as stored (at most the page size, ordered by
    /// sequence number); empty once the log is exhausted.
    fn next_page(&mut self) -> impl Future<Output = StoreResult<AuditPage>> + Send;
}

/// An API key as stored: never the key, only its keyed hash (HMAC-SHA256 under the
/// keyring's API-key pepper).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiKeyRow {
    /// `key_…`.
    pub id: String,
    /// What it is for.
    pub name: String,
    /// Role name.
    pub role: String,
    /// HMAC-SHA256(pepper, key).
    pub key_hash: [u8; 32],
    /// When it was created.
    pub created_at: Timestamp,
    /// When it stops working.
    pub expires_at: Option<Timestamp>,
    /// When it was revoked.
    pub revoked_at: Option<Timestamp>,
}

/// A console user.
#[derive(Clone, PartialEq, Eq)]
pub struct UserRow {
    /// `usr_…`.
    pub id: String,
    /// E-mail address (log-in name), lower-cased.
    pub email: String,
    /// Role name.
    pub role: String,
    /// Argon2id PHC string; `None` until the sign-in link is used.
    pub password_hash: Option<String>,
    /// When it was created.
    pub created_at: Timestamp,
    /// Failed log-ins since the last success or lock-out.
    pub failed_logins: u32,
    /// Locked until then.
    pub locked_until: Option<Timestamp>,
}

impl std::fmt::Debug for UserRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRow").field("id", &self.id).field("role", &self.role).finish_non_exhaustive()
    }
}

/// A console session as stored (its id only as a keyed hash).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionRow {
    /// Keyed hash of the session id.
    pub id_hash: [u8; 32],
    /// The user.
    pub user_id: String,
    /// The synchroniser CSRF token.
    pub csrf: String,
    /// Log-in time.
    pub created_at: Timestamp,
    /// Last use.
    pub last_seen_at: Timestamp,
}

/// Which messages to list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageFilter {
    /// Only this subject.
    pub subject: Option<SubjectId>,
    /// `at >= from`.
    pub from: Option<Timestamp>,
    /// `at < to`.
    pub to: Option<Timestamp>,
    /// Keyset cursor: strictly after this `(at, id)`.
    pub after: Option<(Timestamp, MessageId)>,
    /// Page size.
    pub limit: u32,
}

/// Which audit entries to list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Only this actor.
    pub actor: Option<String>,
    /// Only this action.
    pub action: Option<String>,
    /// `at >= from`.
    pub from: Option<Timestamp>,
    /// `at < to`.
    pub to: Option<Timestamp>,
    /// `seq > after_seq`.
    pub after_seq: u64,
    /// Page size.
    pub limit: u32,
}

/// API keys, console users, sign-in links and sessions; message and audit queries.
pub trait AccessRepo {
    /// Inserts a key.
    fn insert_api_key(&mut self, row: &ApiKeyRow) -> impl Future<Output = StoreResult<()>> + Send;
    /// The key with this hash.
    fn api_key_by_hash(&mut self, hash: &[u8; 32]) -> impl Future<Output = StoreResult<Option<ApiKeyRow>>> + Send;
    /// Every key, oldest first.
    fn list_api_keys(&mut self) -> impl Future<Output = StoreResult<Vec<ApiKeyRow>>> + Send;
    /// Marks an unrevoked key revoked; `false` if there is none.
    fn revoke_api_key(&mut self, id: &str, at: Timestamp) -> impl Future<Output = StoreResult<bool>> + Send;
    /// Inserts a user ([`crate::StoreError::Conflict`] if the address exists).
    fn insert_user(&mut self, row: &UserRow) -> impl Future<Output = StoreResult<()>> + Send;
    /// A user by (lower-cased) address.
    fn user_by_email(&mut self, email: &str) -> impl Future<Output = StoreResult<Option<UserRow>>> + Send;
    /// A user by id.
    fn user_by_id(&mut self, id: &str) -> impl Future<Output = StoreResult<Option<UserRow>>> + Send;
    /// Sets the failure counter and lock.
    fn set_login_state(
        &mut self,
        user_id: &str,
        failed_logins: u32,
        locked_until: Option<Timestamp>,
    ) -> impl Future<Output = StoreResult<()>> + Send;
    /// Sets the password hash.
    fn set_password(&mut self, user_id: &str, phc: &str) -> impl Future<Output = StoreResult<()>> + Send;
    /// Stores a sign-in link (by keyed hash).
    fn insert_signin_link(
        &mut self,
        hash: &[u8; 32],
        user_id: &str,
        expires_at: Timestamp,
    ) -> impl Future<Output = StoreResult<()>> + Send;
    /// Marks an unused, unexpired link used and returns its user (at most once).
    fn take_signin_link(
        &mut self,
        hash: &[u8; 32],
        now: Timestamp,
    ) -> impl Future<Output = StoreResult<Option<String>>> + Send;
    /// Inserts a session.
    fn insert_session(&mut self, row: &SessionRow) -> impl Future<Output = StoreResult<()>> + Send;
    /// A session by hash.
    fn session_by_hash(&mut self, hash: &[u8; 32]) -> impl Future<Output = StoreResult<Option<SessionRow>>> + Send;
    /// Records a use of a session.
    fn touch_session(&mut self, hash: &[u8; 32], at: Timestamp) -> impl Future<Output = StoreResult<()>> + Send;
    /// Deletes a session; `true` if it existed.
    fn delete_session(&mut self, hash: &[u8; 32]) -> impl Future<Output = StoreResult<bool>> + Send;
    /// Deletes sessions created before `created_before` or unused since `seen_before`.
    fn delete_stale_sessions(
        &mut self,
        created_before: Timestamp,
        seen_before: Timestamp,
    ) -> impl Future<Output = StoreResult<u64>> + Send;
    /// Messages matching `filter`, by `(at, id)` ascending, with their tokens.
    fn list_messages(
        &mut self,
        filter: &MessageFilter,
    ) -> impl Future<Output = StoreResult<Vec<(MessageRow, Vec<MessageTokenRow>)>>> + Send;
    /// Audit records matching `filter`, by sequence number.
    fn audit_query(&mut self, filter: &AuditFilter) -> impl Future<Output = StoreResult<Vec<AuditRecord>>> + Send;
}
