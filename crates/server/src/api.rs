//! The vault endpoints (`/v1/…`) over an object-safe [`Backend`] (the store type is
//! erased, so handlers are not generic), and the ingest group commit.
//!
//! **Group commit.** SQLite commits with `synchronous=FULL` (one fsync per
//! transaction) and every write serialises on the audit chain head, so one
//! transaction per request would cap ingest at the disk's fsync rate. Requests are
//! therefore prepared (validation, detection) in parallel on the CPU pool, then handed
//! to one committer task that takes everything waiting, groups it by actor, and stores
//! each group in one transaction ([`hushdesk_domain::Vault::ingest_prepared`]). Each
//! request is answered only after its transaction committed: an acknowledged message
//! is durable; a failed transaction fails every request in it (none is acknowledged).

use std::sync::Arc;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use hushdesk_crypto::SecretString;
use hushdesk_detect::EntityType;
use hushdesk_domain::access::{LoginOutcome, NewSession, SessionSettings};
use hushdesk_domain::store::{ApiKeyRow, AuditFilter, MessageFilter, UserRow};
use hushdesk_domain::{
    Actor, AuditReport, Author, Checkpoint, ErasureReport, IngestReceipt, IngestRequest, KeyStatus, MessageId,
    MessageView, PreparedMessage, RotationReport, SubjectId, SubjectIdentifiers, SubjectSelector, Timestamp,
    VaultError, Workspace,
};
use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, oneshot};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use zeroize::Zeroizing;

use crate::auth::{BoxFuture, Principal};
use crate::authz;
use crate::extract::{ApiJson, ApiPath, ApiQuery};
use crate::problem::ApiError;
use crate::state::{AppState, Readiness};

type VResult<T> = Result<T, VaultError>;

/// The vault operations the endpoints need, with the store erased. Implemented by
/// [`VaultBackend`] for any `Vault<S>`.
pub trait Backend: Send + Sync + 'static {
    /// Validation and detection (CPU-bound: call it on the CPU pool).
    fn prepare(&self, req: IngestRequest, ws: &mut Workspace) -> VResult<PreparedMessage>;
    /// Stores prepared messages in one transaction.
    fn ingest_prepared<'a>(
        &'a self,
        actor: &'a Actor,
        batch: Vec<VResult<PreparedMessage>>,
    ) -> BoxFuture<'a, VResult<Vec<VResult<IngestReceipt>>>>;
    /// One message, redacted.
    fn message<'a>(&'a self, id: &'a MessageId) -> BoxFuture<'a, VResult<MessageView>>;
    /// A subject by identifier or id.
    fn find_subject<'a>(&'a self, sel: &'a SubjectSelector) -> BoxFuture<'a, VResult<SubjectId>>;
    /// The entity type of a token (`None`: unknown token).
    fn token_entity<'a>(&'a self, token: &'a str) -> BoxFuture<'a, VResult<Option<String>>>;
    /// Reveals (audited).
    fn reveal<'a>(
        &'a self,
        token: &'a str,
        actor: &'a Actor,
        reason: &'a str,
        purpose: &'a str,
    ) -> BoxFuture<'a, VResult<Zeroizing<String>>>;
    /// Erases a subject (audited).
    fn erase<'a>(
        &'a self,
        sel: &'a SubjectSelector,
        actor: &'a Actor,
        reason: &'a str,
    ) -> BoxFuture<'a, VResult<ErasureReport>>;
    /// Verifies the audit chain.
    fn verify_audit(&self, from_checkpoint: Option<u64>) -> BoxFuture<'_, VResult<AuditReport>>;
    /// Signs a checkpoint.
    fn checkpoint(&self) -> BoxFuture<'_, VResult<Checkpoint>>;
    /// Key status.
    fn key_status(&self) -> BoxFuture<'_, VResult<KeyStatus>>;
    /// Rotates the KEK.
    fn rotate<'a>(&'a self, actor: &'a Actor) -> BoxFuture<'a, VResult<RotationReport>>;
    /// See [`hushdesk_domain::Vault::create_api_key`].
    fn create_api_key<'a>(
        &'a self,
        actor: &'a Actor,
        name: &'a str,
        role: &'a str,
        expires_at: Option<Timestamp>,
    ) -> BoxFuture<'a, VResult<(ApiKeyRow, SecretString)>>;
    /// See [`hushdesk_domain::Vault::bootstrap_admin_key`].
    fn bootstrap_admin_key<'a>(&'a self, name: &'a str) -> BoxFuture<'a, VResult<Option<(ApiKeyRow, SecretString)>>>;
    /// See [`hushdesk_domain::Vault::authenticate_api_key`].
    fn authenticate_api_key<'a>(&'a self, key: &'a str) -> BoxFuture<'a, VResult<Option<ApiKeyRow>>>;
    /// See [`hushdesk_domain::Vault::list_api_keys`].
    fn list_api_keys(&self) -> BoxFuture<'_, VResult<Vec<ApiKeyRow>>>;
    /// See [`hushdesk_domain::Vault::revoke_api_key`].
    fn revoke_api_key<'a>(&'a self, actor: &'a Actor, id: &'a str) -> BoxFuture<'a, VResult<bool>>;
    /// See [`hushdesk_domain::Vault::create_user`].
    fn create_user<'a>(
        &'a self,
        actor: &'a Actor,
        email: &'a str,
        role: &'a str,
        ttl: std::time::Duration,
    ) -> BoxFuture<'a, VResult<(UserRow, SecretString)>>;
    /// See [`hushdesk_domain::Vault::user_by_email`].
    fn user_by_email<'a>(&'a self, email: &'a str) -> BoxFuture<'a, VResult<Option<UserRow>>>;
    /// See [`hushdesk_domain::Vault::login_verified`].
    fn login_verified<'a>(
        &'a self,
        user_id: &'a str,
        ok: bool,
        s: &'a SessionSettings,
    ) -> BoxFuture<'a, VResult<LoginOutcome>>;
    /// See [`hushdesk_domain::Vault::use_signin_link`].
    fn use_signin_link<'a>(
        &'a self,
        token: &'a str,
        phc: &'a str,
        s: &'a SessionSettings,
    ) -> BoxFuture<'a, VResult<Option<NewSession>>>;
    /// See [`hushdesk_domain::Vault::session`].
    fn session<'a>(&'a self, id: &'a str, s: &'a SessionSettings) -> BoxFuture<'a, VResult<Option<(UserRow, String)>>>;
    /// See [`hushdesk_domain::Vault::logout`].
    fn logout<'a>(&'a self, actor: &'a Actor, id: &'a str) -> BoxFuture<'a, VResult<()>>;
    /// See [`hushdesk_domain::Vault::list_messages`].
    fn list_messages<'a>(&'a self, f: &'a MessageFilter) -> BoxFuture<'a, VResult<Vec<MessageView>>>;
    /// See [`hushdesk_domain::Vault::audit_events`].
    fn audit_events<'a>(&'a self, f: &'a AuditFilter) -> BoxFuture<'a, VResult<Vec<hushdesk_domain::AuditRecord>>>;
}

/// [`Backend`] for a vault over any store.
pub struct VaultBackend<S: hushdesk_domain::Store>(pub Arc<hushdesk_domain::Vault<S>>);

impl<S: hushdesk_domain::Store + 'static> Backend for VaultBackend<S> {
    fn prepare(&self, req: IngestRequest, ws: &mut Workspace) -> VResult<PreparedMessage> {
        self.0.prepare(req, ws)
    }
    fn ingest_prepared<'a>(
        &'a self,
        actor: &'a Actor,
        batch: Vec<VResult<PreparedMessage>>,
    ) -> BoxFuture<'a, VResult<Vec<VResult<IngestReceipt>>>> {
        Box::pin(self.0.ingest_prepared(actor, batch))
    }
    fn message<'a>(&'a self, id: &'a MessageId) -> BoxFuture<'a, VResult<MessageView>> {
        Box::pin(self.0.message(id))
    }
    fn find_subject<'a>(&'a self, sel: &'a SubjectSelector) -> BoxFuture<'a, VResult<SubjectId>> {
        Box::pin(self.0.find_subject(sel))
    }
    fn token_entity<'a>(&'a self, token: &'a str) -> BoxFuture<'a, VResult<Option<String>>> {
        use hushdesk_domain::store::{StoreTx, VaultRepo};
        Box::pin(async move {
            let mut tx = self.0.store().begin_read().await?;
            let v = tx.get_value(token).await?;
            tx.rollback().await?;
            Ok(v.map(|v| v.entity_type))
        })
    }
    fn reveal<'a>(
        &'a self,
        token: &'a str,
        actor: &'a Actor,
        reason: &'a str,
        purpose: &'a str,
    ) -> BoxFuture<'a, VResult<Zeroizing<String>>> {
        Box::pin(self.0.reveal(token, actor, reason, purpose))
    }
    fn erase<'a>(
        &'a self,
        sel: &'a SubjectSelector,
        actor: &'a Actor,
        reason: &'a str,
    ) -> BoxFuture<'a, VResult<ErasureReport>> {
        Box::pin(self.0.erase(sel, actor, reason))
    }
    fn verify_audit(&self, from_checkpoint: Option<u64>) -> BoxFuture<'_, VResult<AuditReport>> {
        Box::pin(self.0.verify_audit(from_checkpoint))
    }
    fn checkpoint(&self) -> BoxFuture<'_, VResult<Checkpoint>> {
        Box::pin(self.0.audit_checkpoint())
    }
    fn key_status(&self) -> BoxFuture<'_, VResult<KeyStatus>> {
        Box::pin(self.0.key_status())
    }
    fn rotate<'a>(&'a self, actor: &'a Actor) -> BoxFuture<'a, VResult<RotationReport>> {
        Box::pin(self.0.rotate_keys(actor))
    }
    fn create_api_key<'a>(
        &'a self,
        actor: &'a Actor,
        name: &'a str,
        role: &'a str,
        expires_at: Option<Timestamp>,
    ) -> BoxFuture<'a, VResult<(ApiKeyRow, SecretString)>> {
        Box::pin(self.0.create_api_key(actor, name, role, expires_at))
    }
    fn bootstrap_admin_key<'a>(&'a self, name: &'a str) -> BoxFuture<'a, VResult<Option<(ApiKeyRow, SecretString)>>> {
        Box::pin(self.0.bootstrap_admin_key(name))
    }
    fn authenticate_api_key<'a>(&'a self, key: &'a str) -> BoxFuture<'a, VResult<Option<ApiKeyRow>>> {
        Box::pin(self.0.authenticate_api_key(key))
    }
    fn list_api_keys(&self) -> BoxFuture<'_, VResult<Vec<ApiKeyRow>>> {
        Box::pin(self.0.list_api_keys())
    }
    fn revoke_api_key<'a>(&'a self, actor: &'a Actor, id: &'a str) -> BoxFuture<'a, VResult<bool>> {
        Box::pin(self.0.revoke_api_key(actor, id))
    }
    fn create_user<'a>(
        &'a self,
        actor: &'a Actor,
        email: &'a str,
        role: &'a str,
        ttl: std::time::Duration,
    ) -> BoxFuture<'a, VResult<(UserRow, SecretString)>> {
        Box::pin(self.0.create_user(actor, email, role, ttl))
    }
    fn user_by_email<'a>(&'a self, email: &'a str) -> BoxFuture<'a, VResult<Option<UserRow>>> {
        Box::pin(self.0.user_by_email(email))
    }
    fn login_verified<'a>(
        &'a self,
        user_id: &'a str,
        ok: bool,
        s: &'a SessionSettings,
    ) -> BoxFuture<'a, VResult<LoginOutcome>> {
        Box::pin(self.0.login_verified(user_id, ok, s))
    }
    fn use_signin_link<'a>(
        &'a self,
        token: &'a str,
        phc: &'a str,
        s: &'a SessionSettings,
    ) -> BoxFuture<'a, VResult<Option<NewSession>>> {
        Box::pin(self.0.use_signin_link(token, phc, s))
    }
    fn session<'a>(&'a self, id: &'a str, s: &'a SessionSettings) -> BoxFuture<'a, VResult<Option<(UserRow, String)>>> {
        Box::pin(self.0.session(id, s))
    }
    fn logout<'a>(&'a self, actor: &'a Actor, id: &'a str) -> BoxFuture<'a, VResult<()>> {
        Box::pin(self.0.logout(actor, id))
    }
    fn list_messages<'a>(&'a self, f: &'a MessageFilter) -> BoxFuture<'a, VResult<Vec<MessageView>>> {
        Box::pin(self.0.list_messages(f))
    }
    fn audit_events<'a>(&'a self, f: &'a AuditFilter) -> BoxFuture<'a, VResult<Vec<hushdesk_domain::AuditRecord>>> {
        Box::pin(self.0.audit_events(f))
    }
}

/// Maps a vault error to a problem. Vault messages name fields, ids and fixed reasons,
/// never values; internal ones are logged and replaced by a fixed text.
pub fn vault_problem(e: VaultError) -> ApiError {
    match e {
        VaultError::UnknownSubject => ApiError::not_found("no data subject matches the given identifier or id"),
        VaultError::UnknownToken => ApiError::not_found("unknown token (never issued, or its subject was erased)"),
        VaultError::NotRevealable { entity_type } => {
            ApiError::forbidden(format!("values of type {entity_type} may not be revealed under the vault policy"))
        }
        VaultError::InvalidInput(msg) => ApiError::invalid(msg),
        VaultError::AlreadyExists(msg) => ApiError::conflict(msg),
        VaultError::IdentifierConflict => {
            ApiError::conflict("the subject identifiers of this message belong to different data subjects")
        }
        e @ (VaultError::SubjectKeyMissing { .. } | VaultError::KekVersionInUse { .. }) => {
            ApiError::conflict(e.to_string())
        }
        e @ (VaultError::WrongKeyring
        | VaultError::KeyringOutdated { .. }
        | VaultError::DatabaseNewer { .. }
        | VaultError::Store(_)) => {
            tracing::error!(error = %e, "vault unavailable");
            ApiError::unavailable("the database or keyring is not available; retry later")
        }
        e => {
            tracing::error!(error = %e, "vault error");
            ApiError::internal()
        }
    }
}

pub(crate) fn backend(state: &AppState) -> Result<Arc<dyn Backend>, ApiError> {
    state.api.clone().ok_or_else(|| ApiError::unavailable("this server has no vault"))
}

fn actor(p: &Principal) -> Result<Actor, ApiError> {
    Actor::new(&p.actor()).map_err(|_| ApiError::internal())
}

/// RFC 3339 text of a timestamp.
pub fn rfc3339(t: Timestamp) -> String {
    jiff::Timestamp::from_microsecond(t.0).map_or_else(|_| t.0.to_string(), |ts| ts.to_string())
}

/// Parses RFC 3339 into a timestamp.
///
/// # Errors
/// 422 naming the field.
pub fn parse_time(field: &str, s: &str) -> Result<Timestamp, ApiError> {
    s.parse::<jiff::Timestamp>()
        .map(|t| Timestamp(t.as_microsecond()))
        .map_err(|_| ApiError::invalid(format!("{field} must be an RFC 3339 time such as 2026-01-31T09:30:00Z")))
}

// ---------------------------------------------------------------------------- group commit

struct Job {
    actor: Actor,
    items: Vec<VResult<PreparedMessage>>,
    reply: oneshot::Sender<Result<Vec<VResult<IngestReceipt>>, ApiError>>,
}

/// The ingest committer (see the module docs).
pub struct Committer {
    tx: mpsc::Sender<Job>,
}

/// Most messages in one transaction.
const MAX_GROUP: usize = 512;

impl Committer {
    /// Starts the committer task; it ends when the last [`Committer`] is dropped.
    pub fn start(backend: Arc<dyn Backend>, metrics: Arc<crate::metrics::Metrics>) -> Arc<Committer> {
        let (tx, mut rx) = mpsc::channel::<Job>(4096);
        tokio::spawn(async move {
            while let Some(first) = rx.recv().await {
                let mut jobs = vec![first];
                let mut n = jobs[0].items.len();
                while n < MAX_GROUP {
                    match rx.try_recv() {
                        Ok(j) => {
                            n += j.items.len();
                            jobs.push(j);
                        }
                        Err(_) => break,
                    }
                }
                // Group by actor, keeping arrival order within a group.
                while !jobs.is_empty() {
                    let actor = jobs[0].actor.clone();
                    let (group, rest): (Vec<Job>, Vec<Job>) = jobs.into_iter().partition(|j| j.actor == actor);
                    jobs = rest;
                    let mut counts = Vec::with_capacity(group.len());
                    let mut items = Vec::new();
                    let mut replies = Vec::with_capacity(group.len());
                    for j in group {
                        counts.push(j.items.len());
                        items.extend(j.items);
                        replies.push(j.reply);
                    }
                    match backend.ingest_prepared(&actor, items).await {
                        Ok(results) => {
                            metrics.ingested(results.iter().filter(|r| r.is_ok()).count() as u64);
                            let mut it = results.into_iter();
                            for (reply, c) in replies.into_iter().zip(counts) {
                                let _ = reply.send(Ok(it.by_ref().take(c).collect()));
                            }
                        }
                        Err(e) => {
                            let p = vault_problem(e);
                            for reply in replies {
                                let _ = reply.send(Err(p.clone()));
                            }
                        }
                    }
                }
            }
        });
        Arc::new(Committer { tx })
    }

    /// Stores `items` for `actor`; returns once committed.
    ///
    /// # Errors
    /// The transaction's error (every item of it failed), or 503 when shutting down.
    pub async fn submit(
        &self,
        actor: Actor,
        items: Vec<VResult<PreparedMessage>>,
    ) -> Result<Vec<VResult<IngestReceipt>>, ApiError> {
        let (reply, rx) = oneshot::channel();
        self.tx.send(Job { actor, items, reply }).await.map_err(|_| ApiError::unavailable("shutting down"))?;
        rx.await.map_err(|_| ApiError::unavailable("shutting down"))?
    }
}

// ---------------------------------------------------------------------------- shapes

/// Who a message is about: at least one identifier. They are turned into blind
/// indexes; the plaintext is not stored.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SubjectIn {
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Your own customer id.
    #[serde(default)]
    pub external_id: Option<String>,
}

/// A subject by identifier or by id (exactly one).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SubjectRef {
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// Phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Your own customer id.
    #[serde(default)]
    pub external_id: Option<String>,
    /// Hushdesk subject id (`sub_…`).
    #[serde(default)]
    pub subject_id: Option<String>,
}

impl SubjectRef {
    pub(crate) fn selector(&self) -> Result<SubjectSelector, ApiError> {
        let given = [self.email.is_some(), self.phone.is_some(), self.external_id.is_some(), self.subject_id.is_some()];
        if given.iter().filter(|g| **g).count() != 1 {
            return Err(ApiError::invalid("give exactly one of email, phone, external_id, subject_id"));
        }
        Ok(if let Some(e) = &self.email {
            SubjectSelector::Email(Zeroizing::new(e.clone()))
        } else if let Some(p) = &self.phone {
            SubjectSelector::Phone(Zeroizing::new(p.clone()))
        } else if let Some(x) = &self.external_id {
            SubjectSelector::ExternalId(Zeroizing::new(x.clone()))
        } else {
            let id = self.subject_id.as_deref().unwrap_or("");
            SubjectSelector::Id(
                SubjectId::parse(id).map_err(|_| ApiError::invalid("subject_id is not a subject id (sub_…)"))?,
            )
        })
    }
}

/// Who wrote a message.
#[derive(Clone, Copy, Debug, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum AuthorIn {
    /// The customer (data subject).
    Customer,
    /// A support agent.
    Agent,
}

impl From<AuthorIn> for Author {
    fn from(a: AuthorIn) -> Self {
        match a {
            AuthorIn::Customer => Author::Customer,
            AuthorIn::Agent => Author::Agent,
        }
    }
}

fn author_out(a: Author) -> AuthorIn {
    match a {
        Author::Customer => AuthorIn::Customer,
        Author::Agent => AuthorIn::Agent,
    }
}

/// One message to store.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewMessage {
    /// Who it is about.
    pub subject: SubjectIn,
    /// Who wrote it.
    pub author: AuthorIn,
    /// The text (at most 1 MiB).
    pub text: String,
    /// When it was written (RFC 3339; default: now).
    #[serde(default)]
    pub at: Option<String>,
}

/// One message of a batch.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BatchMessage {
    /// Conversation id: 1–128 of `A-Z a-z 0-9 . _ : -`.
    pub conversation_id: String,
    /// Who it is about.
    pub subject: SubjectIn,
    /// Who wrote it.
    pub author: AuthorIn,
    /// The text.
    pub text: String,
    /// When it was written (RFC 3339; default: now).
    #[serde(default)]
    pub at: Option<String>,
}

/// A batch of messages.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Batch {
    /// The messages (at most `max_batch`).
    pub messages: Vec<BatchMessage>,
}

/// A token in a redacted text.
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenOut {
    /// `tok_…`.
    pub token: String,
    /// Entity type.
    pub entity_type: String,
}

/// What was stored.
#[derive(Debug, Serialize, ToSchema)]
pub struct Receipt {
    /// New message id.
    pub message_id: String,
    /// Conversation.
    pub conversation_id: String,
    /// The subject (created on first sight).
    pub subject_id: String,
    /// The redacted text.
    pub redacted: String,
    /// Tokens in order of first appearance.
    pub tokens: Vec<TokenOut>,
}

fn receipt(r: IngestReceipt) -> Receipt {
    Receipt {
        message_id: r.message_id.to_string(),
        conversation_id: r.conversation.to_string(),
        subject_id: r.subject_id.to_string(),
        redacted: r.redacted,
        tokens: r.tokens.into_iter().map(|t| TokenOut { token: t.token, entity_type: t.entity_type }).collect(),
    }
}

/// One result of a batch: `status` 201 with `message`, or a problem in `error`.
#[derive(Debug, Serialize, ToSchema)]
pub struct BatchItem {
    /// 201 when stored, else the problem's status.
    pub status: u16,
    /// The receipt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<Receipt>,
    /// Why it was not stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<crate::problem::Problem>,
}

/// Batch results, in request order.
#[derive(Debug, Serialize, ToSchema)]
pub struct BatchResult {
    /// Stored messages.
    pub stored: usize,
    /// One per message.
    pub results: Vec<BatchItem>,
}

/// A stored message, redacted.
#[derive(Debug, Serialize, ToSchema)]
pub struct MessageOut {
    /// Id.
    pub message_id: String,
    /// Conversation.
    pub conversation_id: String,
    /// Subject.
    pub subject_id: String,
    /// Author.
    pub author: AuthorIn,
    /// When written (RFC 3339).
    pub at: String,
    /// Redacted text.
    pub redacted: String,
    /// Tokens.
    pub tokens: Vec<TokenOut>,
}

pub(crate) fn message_out(m: MessageView) -> MessageOut {
    MessageOut {
        message_id: m.id.to_string(),
        conversation_id: m.conversation.to_string(),
        subject_id: m.subject_id.to_string(),
        author: author_out(m.author),
        at: rfc3339(m.at),
        redacted: m.redacted,
        tokens: m.tokens.into_iter().map(|t| TokenOut { token: t.token, entity_type: t.entity_type }).collect(),
    }
}

/// A found subject.
#[derive(Debug, Serialize, ToSchema)]
pub struct SubjectOut {
    /// `sub_…`.
    pub subject_id: String,
}

/// Erasure request.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EraseIn {
    /// The subject.
    pub subject: SubjectRef,
    /// Why (recorded in the audit log after redaction).
    pub reason: String,
}

/// Rows deleted.
#[derive(Debug, Serialize, ToSchema)]
pub struct Deleted {
    /// Messages.
    pub messages: u64,
    /// Vault values.
    pub values: u64,
    /// Blind indexes.
    pub identifiers: u64,
}

/// What erasure did.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErasureOut {
    /// The erased subject.
    pub subject_id: String,
    /// Whether the data key was destroyed now (false: an earlier attempt had).
    pub key_destroyed: bool,
    /// Rows deleted.
    pub deleted: Deleted,
}

/// Reveal request.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RevealIn {
    /// One of the configured reasons (or free text where the configuration allows).
    pub reason: String,
    /// What the value is needed for (optional; redacted before it is recorded).
    #[serde(default)]
    pub purpose: Option<String>,
}

/// A revealed value.
#[derive(Debug, Serialize, ToSchema)]
pub struct RevealOut {
    /// The token.
    pub token: String,
    /// Entity type.
    pub entity_type: String,
    /// The original value.
    pub value: String,
}

/// `GET /v1/audit/verify` query.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct VerifyQuery {
    /// Verify from this checkpoint (sequence number) on; default the whole chain.
    pub from_checkpoint: Option<u64>,
}

/// A problem found in the chain.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChainProblemOut {
    /// Kind (`edited`, `deleted`, `reordered`, `truncated`, …).
    pub kind: String,
    /// Where.
    pub seq: u64,
    /// Description.
    pub detail: String,
}

/// Verification result.
#[derive(Debug, Serialize, ToSchema)]
pub struct VerifyOut {
    /// Whether the chain is intact.
    pub ok: bool,
    /// Entries checked.
    pub entries: u64,
    /// First entry checked.
    pub first_seq: u64,
    /// Last entry checked.
    pub last_seq: u64,
    /// Checkpoint signatures checked.
    pub checkpoints: u64,
    /// The first problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<ChainProblemOut>,
}

/// A signed checkpoint.
#[derive(Debug, Serialize, ToSchema)]
pub struct CheckpointOut {
    /// Sequence number of the entry it covers.
    pub seq: u64,
    /// Hash of that entry (hex).
    pub hash: String,
    /// When signed.
    pub at: String,
    /// Ed25519 signature (hex).
    pub signature: String,
    /// Verifying key (hex).
    pub verifying_key: String,
}

/// A KEK version as recorded in the database.
#[derive(Debug, Serialize, ToSchema)]
pub struct KekOut {
    /// Version.
    pub version: u32,
    /// When first seen.
    pub created_at: String,
    /// When retired.
    pub retired_at: Option<String>,
}

/// Data keys per KEK version.
#[derive(Debug, Serialize, ToSchema)]
pub struct DekCount {
    /// KEK version.
    pub kek_version: u32,
    /// Wrapped data keys.
    pub data_keys: u64,
}

/// Key status.
#[derive(Debug, Serialize, ToSchema)]
pub struct KeyStatusOut {
    /// Current KEK version.
    pub current: u32,
    /// Versions in the keyring.
    pub keyring_versions: Vec<u32>,
    /// Versions recorded in the database.
    pub recorded: Vec<KekOut>,
    /// Wrapped data keys per version.
    pub data_keys: Vec<DekCount>,
    /// Audit chain length.
    pub audit_entries: u64,
    /// Last checkpoint.
    pub last_checkpoint: Option<u64>,
    /// Audit verifying key (hex).
    pub audit_verifying_key: String,
}

/// Rotation result.
#[derive(Debug, Serialize, ToSchema)]
pub struct RotationOut {
    /// Previous version.
    pub from: u32,
    /// New version.
    pub to: u32,
    /// Data keys rewrapped.
    pub rewrapped: u64,
    /// Data keys still under older versions.
    pub remaining: u64,
}

// ---------------------------------------------------------------------------- handlers

fn identifiers(s: SubjectIn) -> SubjectIdentifiers {
    SubjectIdentifiers::new(s.email, s.phone, s.external_id)
}

async fn ingest_items(
    state: &AppState,
    principal: &Principal,
    reqs: Vec<Result<IngestRequest, ApiError>>,
) -> Result<Vec<Result<Receipt, ApiError>>, ApiError> {
    let be = backend(state)?;
    let committer = state.committer.clone().ok_or_else(|| ApiError::unavailable("this server has no vault"))?;
    let actor = actor(principal)?;
    // Validation and detection on the CPU pool.
    let mut early: Vec<Option<ApiError>> = Vec::with_capacity(reqs.len());
    let mut ok = Vec::with_capacity(reqs.len());
    for r in reqs {
        match r {
            Ok(r) => {
                early.push(None);
                ok.push(r);
            }
            Err(e) => early.push(Some(e)),
        }
    }
    let b2 = be.clone();
    let prepared: Vec<VResult<PreparedMessage>> = state
        .cpu
        .run(move || {
            let mut ws = Workspace::default();
            ok.into_iter().map(|r| b2.prepare(r, &mut ws)).collect()
        })
        .await?;
    let results = if prepared.is_empty() { Vec::new() } else { committer.submit(actor, prepared).await? };
    let mut it = results.into_iter();
    let mut out = Vec::with_capacity(early.len());
    for e in early {
        out.push(match e {
            Some(e) => Err(e),
            None => match it.next() {
                Some(Ok(r)) => {
                    for t in &r.tokens {
                        state.metrics.detection(&t.entity_type);
                    }
                    Ok(receipt(r))
                }
                Some(Err(e)) => Err(vault_problem(e)),
                None => Err(ApiError::internal()),
            },
        });
    }
    Ok(out)
}

fn ingest_request(
    conversation: String,
    subject: SubjectIn,
    author: AuthorIn,
    text: String,
    at: Option<String>,
) -> Result<IngestRequest, ApiError> {
    let at = at.map(|a| parse_time("at", &a)).transpose()?;
    Ok(IngestRequest {
        conversation,
        subject: identifiers(subject),
        author: author.into(),
        text: Zeroizing::new(text),
        at,
    })
}

/// Stores one message: detects personal data, keeps originals sealed in the vault,
/// stores the redacted text. Answered after the transaction committed.
#[utoipa::path(
    post,
    path = "/v1/conversations/{conversation_id}/messages",
    tag = "vault",
    operation_id = "ingest_message",
    params(("conversation_id" = String, Path, description = "1-128 of A-Z a-z 0-9 . _ : -")),
    request_body = NewMessage,
    responses(
        (status = 201, description = "Stored", body = Receipt),
        (status = 409, description = "Identifiers of two subjects, or an interrupted erasure", body = crate::problem::Problem, content_type = "application/problem+json")
    )
)]
pub async fn ingest_message(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(conversation_id): ApiPath<String>,
    ApiJson(m): ApiJson<NewMessage>,
) -> Result<(StatusCode, Json<Receipt>), ApiError> {
    let req = ingest_request(conversation_id, m.subject, m.author, m.text, m.at)?;
    let mut out = ingest_items(&state, &principal, vec![Ok(req)]).await?;
    let r = out.pop().ok_or_else(ApiError::internal)??;
    Ok((StatusCode::CREATED, Json(r)))
}

/// Stores many messages in one request (one transaction per commit group); each
/// message succeeds or fails on its own.
#[utoipa::path(
    post,
    path = "/v1/messages/batch",
    tag = "vault",
    operation_id = "ingest_batch",
    request_body = Batch,
    responses((status = 200, description = "Per-message results, in request order", body = BatchResult))
)]
pub async fn ingest_batch(
    State(state): State<AppState>,
    principal: Principal,
    ApiJson(b): ApiJson<Batch>,
) -> Result<Json<BatchResult>, ApiError> {
    if b.messages.is_empty() {
        return Err(ApiError::invalid("messages must not be empty"));
    }
    if b.messages.len() > state.config.max_batch {
        return Err(ApiError::invalid(format!("at most {} messages per batch (max_batch)", state.config.max_batch)));
    }
    let reqs =
        b.messages.into_iter().map(|m| ingest_request(m.conversation_id, m.subject, m.author, m.text, m.at)).collect();
    let out = ingest_items(&state, &principal, reqs).await?;
    let results: Vec<BatchItem> = out
        .into_iter()
        .map(|r| match r {
            Ok(m) => BatchItem { status: 201, message: Some(m), error: None },
            Err(e) => BatchItem { status: e.status.as_u16(), message: None, error: Some(e.problem()) },
        })
        .collect();
    Ok(Json(BatchResult { stored: results.iter().filter(|r| r.status == 201).count(), results }))
}

/// One message, redacted (no original values; not audited).
#[utoipa::path(
    get,
    path = "/v1/messages/{message_id}",
    tag = "vault",
    operation_id = "get_message",
    params(("message_id" = String, Path, description = "msg_…")),
    responses((status = 200, description = "The message", body = MessageOut))
)]
pub async fn get_message(
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<MessageOut>, ApiError> {
    let id = MessageId::parse(&id).map_err(|_| ApiError::not_found("no such message"))?;
    match backend(&state)?.message(&id).await {
        Ok(m) => Ok(Json(message_out(m))),
        Err(VaultError::InvalidInput("unknown message")) => Err(ApiError::not_found("no such message")),
        Err(e) => Err(vault_problem(e)),
    }
}

/// Finds a data subject through the blind index of an identifier.
#[utoipa::path(
    post,
    path = "/v1/subjects/lookup",
    tag = "vault",
    operation_id = "lookup_subject",
    request_body = SubjectRef,
    responses((status = 200, description = "Found", body = SubjectOut), (status = 404, description = "No such subject", body = crate::problem::Problem, content_type = "application/problem+json"))
)]
pub async fn lookup_subject(
    State(state): State<AppState>,
    ApiJson(r): ApiJson<SubjectRef>,
) -> Result<Json<SubjectOut>, ApiError> {
    let sel = r.selector()?;
    let id = backend(&state)?.find_subject(&sel).await.map_err(vault_problem)?;
    Ok(Json(SubjectOut { subject_id: id.to_string() }))
}

/// Erases a data subject: destroys their data key (crypto-shredding), deletes their
/// rows, appends an audit entry.
#[utoipa::path(
    post,
    path = "/v1/subjects/erase",
    tag = "vault",
    operation_id = "erase_subject",
    request_body = EraseIn,
    responses((status = 200, description = "Erased", body = ErasureOut), (status = 404, description = "No such subject", body = crate::problem::Problem, content_type = "application/problem+json"))
)]
pub async fn erase_subject(
    State(state): State<AppState>,
    principal: Principal,
    ApiJson(r): ApiJson<EraseIn>,
) -> Result<Json<ErasureOut>, ApiError> {
    let sel = r.subject.selector()?;
    if r.reason.trim().is_empty() {
        return Err(ApiError::invalid("reason must not be empty"));
    }
    let a = actor(&principal)?;
    let rep = backend(&state)?.erase(&sel, &a, &r.reason).await.map_err(vault_problem)?;
    Ok(Json(ErasureOut {
        subject_id: rep.subject_id.to_string(),
        key_destroyed: rep.key_destroyed,
        deleted: Deleted {
            messages: rep.deleted.messages,
            values: rep.deleted.values,
            identifiers: rep.deleted.identifiers,
        },
    }))
}

/// Reveals the original value behind a token: the role must be allowed that entity
/// type, the reason must be one of the configured ones, reveals are rate-limited per
/// actor, and the audit entry is committed before the value is returned.
#[utoipa::path(
    post,
    path = "/v1/tokens/{token}/reveal",
    tag = "vault",
    operation_id = "reveal_token",
    params(("token" = String, Path, description = "tok_…")),
    request_body = RevealIn,
    responses((status = 200, description = "The value", body = RevealOut), (status = 404, description = "Unknown token", body = crate::problem::Problem, content_type = "application/problem+json"))
)]
pub async fn reveal_token(
    State(state): State<AppState>,
    principal: Principal,
    ApiPath(token): ApiPath<String>,
    ApiJson(r): ApiJson<RevealIn>,
) -> Result<Json<RevealOut>, ApiError> {
    let be = backend(&state)?;
    let reason = r.reason.trim();
    let listed = state.config.reveal.reasons.iter().any(|x| x.eq_ignore_ascii_case(reason));
    let free_text_ok = state.config.reveal.allow_free_text && !reason.is_empty();
    if !(listed || free_text_ok) {
        return Err(ApiError::invalid(format!(
            "reason must be one of the configured reasons: {}",
            state.config.reveal.reasons.join("; ")
        )));
    }
    if !hushdesk_crypto::is_token_syntax(&token) {
        state.metrics.reveal("unknown", "unknown");
        return Err(ApiError::not_found("unknown token (never issued, or its subject was erased)"));
    }
    let Some(entity) = be.token_entity(&token).await.map_err(vault_problem)? else {
        state.metrics.reveal("unknown", "unknown");
        return Err(ApiError::not_found("unknown token (never issued, or its subject was erased)"));
    };
    let role = principal.role.ok_or_else(|| ApiError::forbidden("anonymous requests may not reveal"))?;
    let allowed = entity.parse::<EntityType>().is_ok_and(|e| authz::may_reveal(role, e));
    if !allowed {
        state.metrics.reveal(&entity, "denied");
        return Err(ApiError::forbidden(format!("the role {role} may not reveal values of type {entity}")));
    }
    let a = actor(&principal)?;
    if let Err(secs) = state.limits.reveal(a.as_str()) {
        state.metrics.reveal(&entity, "rate_limited");
        state.metrics.rate_limited("reveal");
        return Err(ApiError::rate_limited("per-actor reveal", secs));
    }
    match be.reveal(&token, &a, reason, r.purpose.as_deref().unwrap_or("")).await {
        Ok(v) => {
            state.metrics.reveal(&entity, "revealed");
            Ok(Json(RevealOut { token, entity_type: entity, value: v.to_string() }))
        }
        Err(e) => {
            state.metrics.reveal(&entity, "denied");
            Err(vault_problem(e))
        }
    }
}

/// Verifies the audit chain (hashes, links, checkpoint signatures).
#[utoipa::path(
    get,
    path = "/v1/audit/verify",
    tag = "audit",
    operation_id = "verify_audit",
    params(VerifyQuery),
    responses((status = 200, description = "Report (ok = false names the first problem)", body = VerifyOut))
)]
pub async fn verify_audit(
    State(state): State<AppState>,
    ApiQuery(q): ApiQuery<VerifyQuery>,
) -> Result<Json<VerifyOut>, ApiError> {
    let r = backend(&state)?.verify_audit(q.from_checkpoint).await.map_err(vault_problem)?;
    Ok(Json(VerifyOut {
        ok: r.problem.is_none(),
        entries: r.entries,
        first_seq: r.first_seq,
        last_seq: r.last_seq,
        checkpoints: r.checkpoints,
        problem: r.problem.map(|p| ChainProblemOut { kind: p.kind().to_owned(), seq: p.seq(), detail: p.to_string() }),
    }))
}

/// Signs a checkpoint at the head of the audit chain.
#[utoipa::path(
    post,
    path = "/v1/audit/checkpoints",
    tag = "audit",
    operation_id = "create_checkpoint",
    responses((status = 201, description = "Signed", body = CheckpointOut))
)]
pub async fn create_checkpoint(State(state): State<AppState>) -> Result<(StatusCode, Json<CheckpointOut>), ApiError> {
    let c = backend(&state)?.checkpoint().await.map_err(vault_problem)?;
    Ok((
        StatusCode::CREATED,
        Json(CheckpointOut {
            seq: c.seq,
            hash: hex::encode(c.hash),
            at: rfc3339(c.at),
            signature: hex::encode(c.signature),
            verifying_key: hex::encode(c.verifying_key),
        }),
    ))
}

/// Key-encryption keys and data keys.
#[utoipa::path(get, path = "/v1/keys", tag = "keys", operation_id = "key_status", responses((status = 200, description = "Status", body = KeyStatusOut)))]
pub async fn key_status(State(state): State<AppState>) -> Result<Json<KeyStatusOut>, ApiError> {
    let s = backend(&state)?.key_status().await.map_err(vault_problem)?;
    Ok(Json(KeyStatusOut {
        current: s.current,
        keyring_versions: s.keyring_versions,
        recorded: s
            .records
            .into_iter()
            .map(|r| KekOut {
                version: r.version,
                created_at: rfc3339(r.created_at),
                retired_at: r.retired_at.map(rfc3339),
            })
            .collect(),
        data_keys: s.dek_counts.into_iter().map(|(v, n)| DekCount { kek_version: v, data_keys: n }).collect(),
        audit_entries: s.audit_head.seq,
        last_checkpoint: s.last_checkpoint,
        audit_verifying_key: s.audit_verifying_key,
    }))
}

/// Adds a KEK version and rewraps every data key under it (data is not re-encrypted).
#[utoipa::path(post, path = "/v1/keys/rotate", tag = "keys", operation_id = "rotate_keys", responses((status = 200, description = "Rotated", body = RotationOut)))]
pub async fn rotate_keys(State(state): State<AppState>, principal: Principal) -> Result<Json<RotationOut>, ApiError> {
    let a = actor(&principal)?;
    let r = backend(&state)?.rotate(&a).await.map_err(vault_problem)?;
    Ok(Json(RotationOut { from: r.from, to: r.to, rewrapped: r.rewrapped, remaining: r.remaining }))
}

/// Readiness of a backend over a concrete store: the caller provides the check.
pub fn readiness(database: &str, schema_version: i64) -> Readiness {
    Readiness { database: database.to_owned(), schema_version }
}

/// The routes of this module.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(ingest_message))
        .routes(routes!(ingest_batch))
        .routes(routes!(get_message))
        .routes(routes!(lookup_subject))
        .routes(routes!(erase_subject))
        .routes(routes!(reveal_token))
        .routes(routes!(verify_audit))
        .routes(routes!(create_checkpoint))
        .routes(routes!(key_status))
        .routes(routes!(rotate_keys))
}
