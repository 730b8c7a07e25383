//! The use cases: ingest, reveal, erase, key management and the audit log.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use hushdesk_crypto::{Aad, BlindIndex, CryptoError, DataKey, Keyring, WrappedDek, aead, is_token_syntax, keyed_hash};
use hushdesk_detect::anonymize::{Operator, Operators, anonymize};
use hushdesk_detect::{Analyzer, AnalyzerConfig, Detection, EntityType, Explanation, Scratch};
use zeroize::Zeroizing;

use crate::audit::{AuditEvent, ChainHead, ChainProblem, ChainVerifier, Checkpoint, Details, Step};
use crate::error::VaultError;
use crate::identity::{IdentifierKind, Normalizer, SubjectIdentifiers, SubjectSelector};
use crate::keys::{CHECK_SUBJECT, Derived, KeyState, KeyringSource, SUBJECT_LABEL};
use crate::policy::{Action, Policy};
use crate::store::{
    AuditRepo, AuditScan, DeletedCounts, IdentifierRow, KekRecord, KeyMetadataRepo, KeyStore, MessageRepo, MessageRow,
    MessageTokenRow, Store, StoreTx, SubjectRepo, VaultRepo,
};
use crate::types::{Actor, Author, Clock, ConversationId, MessageId, SubjectId, SystemClock, Timestamp, TokenRef};

/// Largest message text accepted (bytes).
pub const MAX_TEXT_BYTES: usize = 1 << 20;
/// Largest reason or purpose accepted (bytes).
pub const MAX_REASON_BYTES: usize = 1000;
/// Field name in the AAD of sealed vault values.
pub const FIELD_VALUE: &str = "value";
/// Field name in the AAD of sealed redacted texts.
pub const FIELD_REDACTED: &str = "redacted";
/// Version in the AAD of sealed fields (the DEK generation; DEKs are never re-keyed).
pub const DEK_VERSION: u32 = 1;

const AUDIT_PAGE: u32 = 10_000;
/// Entries after an anomaly that `classify` looks at to name it.
const CLASSIFY_WINDOW: usize = 64;
const REWRAP_PAGE: u32 = 1_000;

/// Settings of the use cases.
#[derive(Clone, Debug)]
pub struct VaultConfig {
    /// A signed checkpoint every this many audit entries (0 = only on demand).
    pub checkpoint_every: u64,
    /// Region used to read national phone numbers in subject identifiers.
    pub phone_region: String,
    /// Detector settings.
    pub analyzer: AnalyzerConfig,
}

impl Default for VaultConfig {
    fn default() -> Self {
        VaultConfig { checkpoint_every: 1000, phone_region: "US".into(), analyzer: AnalyzerConfig::default() }
    }
}

/// One message to ingest. Holds personal data: `Debug` is redacted, wiped on drop.
pub struct IngestRequest {
    /// The caller's conversation id.
    pub conversation: String,
    /// Who the message is about.
    pub subject: SubjectIdentifiers,
    /// Who wrote it.
    pub author: Author,
    /// The text.
    pub text: Zeroizing<String>,
    /// When it was written (default: now).
    pub at: Option<Timestamp>,
}

impl fmt::Debug for IngestRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IngestRequest")
            .field("conversation", &self.conversation)
            .field("subject", &self.subject)
            .field("author", &self.author)
            .field("text", &format_args!("[REDACTED {} bytes]", self.text.len()))
            .field("at", &self.at)
            .finish()
    }
}

/// Reusable buffers for [`Vault::prepare`] (one per worker thread).
#[derive(Default)]
pub struct Workspace {
    scratch: Scratch,
    found: Vec<Detection>,
}

#[derive(Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    entity: EntityType,
}

/// A message after validation and detection, ready for [`Vault::ingest_prepared`]. No
/// store access was needed to make it, so many can be prepared in parallel.
pub struct PreparedMessage {
    conversation: ConversationId,
    identifiers: Vec<(IdentifierKind, BlindIndex)>,
    author: Author,
    at: Option<Timestamp>,
    text: Zeroizing<String>,
    spans: Vec<Span>,
}

impl fmt::Debug for PreparedMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PreparedMessage")
            .field("conversation", &self.conversation)
            .field("identifiers", &self.identifiers.len())
            .field("text", &format_args!("[REDACTED {} bytes]", self.text.len()))
            .field("spans", &self.spans.len())
            .finish()
    }
}

/// What was stored for one message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IngestReceipt {
    /// The new message.
    pub message_id: MessageId,
    /// Its conversation.
    pub conversation: ConversationId,
    /// Its subject.
    pub subject_id: SubjectId,
    /// The redacted text.
    pub redacted: String,
    /// Tokens in order of first appearance.
    pub tokens: Vec<TokenRef>,
}

/// A stored message, unsealed (the redacted view, no original values).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageView {
    /// Id.
    pub id: MessageId,
    /// Conversation.
    pub conversation: ConversationId,
    /// Subject.
    pub subject_id: SubjectId,
    /// Author.
    pub author: Author,
    /// When written.
    pub at: Timestamp,
    /// Redacted text.
    pub redacted: String,
    /// Its tokens.
    pub tokens: Vec<TokenRef>,
}

/// What `erase` did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErasureReport {
    /// The erased subject.
    pub subject_id: SubjectId,
    /// Whether a wrapped data key was destroyed (false if an earlier, interrupted
    /// erasure already had).
    pub key_destroyed: bool,
    /// Time spent destroying the key (crypto-shredding), before rows were deleted.
    pub key_time: Duration,
    /// Time spent deleting rows.
    pub rows_time: Duration,
    /// Rows deleted.
    pub deleted: DeletedCounts,
}

/// What `keys rotate` did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RotationReport {
    /// The previous current version.
    pub from: u32,
    /// The new current version.
    pub to: u32,
    /// Data keys rewrapped.
    pub rewrapped: u64,
    /// Data keys still under older versions (written concurrently by a process that had
    /// not yet seen the rotation; run `keys rotate` or wait and check `keys status`).
    pub remaining: u64,
}

/// `keys status`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyStatus {
    /// Current KEK version of the keyring.
    pub current: u32,
    /// Versions held by the keyring.
    pub keyring_versions: Vec<u32>,
    /// Versions recorded in the database.
    pub records: Vec<KekRecord>,
    /// Wrapped data keys per KEK version.
    pub dek_counts: Vec<(u32, u64)>,
    /// Audit chain head.
    pub audit_head: ChainHead,
    /// Last checkpoint.
    pub last_checkpoint: Option<u64>,
    /// Hex of the audit verifying key.
    pub audit_verifying_key: String,
}

/// `audit verify`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditReport {
    /// Entries checked.
    pub entries: u64,
    /// First entry checked.
    pub first_seq: u64,
    /// Last entry checked.
    pub last_seq: u64,
    /// Checkpoint signatures checked.
    pub checkpoints: u64,
    /// The first problem, if any.
    pub problem: Option<ChainProblem>,
}

/// The vault: the use cases over a [`Store`] and a keyring.
pub struct Vault<S: Store> {
    store: S,
    keys: KeyState,
    derived: Derived,
    policy: Policy,
    analyzer: Analyzer,
    normalizer: Normalizer,
    config: VaultConfig,
    pub(crate) clock: Arc<dyn Clock>,
}

fn crypto_to_corrupt(field: &'static str, id: &str) -> impl FnOnce(CryptoError) -> VaultError {
    move |e| match e {
        CryptoError::AuthenticationFailed | CryptoError::Malformed | CryptoError::UnknownFormat(_) => {
            VaultError::CorruptedCiphertext { field, id: id.to_owned() }
        }
        other => VaultError::from(other),
    }
}

impl<S: Store> Vault<S> {
    /// Opens the vault: checks that `keyring` belongs to the database (fingerprints
    /// recorded per KEK version in `key_metadata`) and records versions it does not know.
    ///
    /// # Errors
    /// [`VaultError::WrongKeyring`], [`VaultError::KeyringOutdated`], store errors,
    /// configuration errors.
    pub async fn open(
        store: S,
        keyring: Keyring,
        source: Box<dyn KeyringSource>,
        policy: Policy,
        config: VaultConfig,
    ) -> Result<Self, VaultError> {
        Vault::open_with_clock(store, keyring, source, policy, config, Arc::new(SystemClock)).await
    }

    /// [`Vault::open`] with a clock.
    ///
    /// # Errors
    /// As [`Vault::open`].
    pub async fn open_with_clock(
        store: S,
        keyring: Keyring,
        source: Box<dyn KeyringSource>,
        policy: Policy,
        config: VaultConfig,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, VaultError> {
        let derived = Derived::new(&keyring)?;
        let analyzer = Analyzer::new(config.analyzer.clone()).map_err(|e| VaultError::Detector(e.to_string()))?;
        let normalizer = Normalizer::new(&config.phone_region)?;
        let vault =
            Vault { store, keys: KeyState::new(keyring, source), derived, policy, analyzer, normalizer, config, clock };
        vault.check_keyring().await?;
        Ok(vault)
    }

    /// The store.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// The policy.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The current keyring.
    pub fn keyring(&self) -> Arc<Keyring> {
        self.keys.current()
    }

    /// The keyed commitment of a subject id, as recorded in the audit log.
    pub fn subject_commitment(&self, subject: &SubjectId) -> [u8; 32] {
        self.derived.commitment.commit(SUBJECT_LABEL, subject.as_str().as_bytes())
    }

    // ------------------------------------------------------------------ keyring check

    async fn check_keyring(&self) -> Result<(), VaultError> {
        let records = {
            let mut tx = self.store.begin_read().await?;
            let r = tx.kek_records().await?;
            tx.rollback().await?;
            r
        };
        // Another process may have rotated between our reading the keyring file and the
        // database.
        let newest_live = records.iter().filter(|r| r.retired_at.is_none()).map(|r| r.version).max().unwrap_or(0);
        let keyring = self.keys.at_least(newest_live)?;
        for r in &records {
            if r.fingerprint != self.derived.fingerprint(r.version) {
                return Err(VaultError::WrongKeyring);
            }
        }
        let mut to_retire = Vec::new();
        for r in records.iter().filter(|r| r.retired_at.is_none()) {
            if !keyring.has_version(r.version) {
                if r.version > keyring.current_version() {
                    return Err(VaultError::KeyringOutdated { missing: r.version });
                }
                // Retired in the keyring file, not yet in the database (interrupted retire).
                to_retire.push(r.version);
                continue;
            }
            if let Some(check) = &r.check {
                let w = WrappedDek { kek_version: r.version, bytes: check.clone() };
                keyring.unwrap_dek(&w, CHECK_SUBJECT).map_err(|_| VaultError::WrongKeyring)?;
            }
        }
        let known: HashSet<u32> = records.iter().map(|r| r.version).collect();
        let missing: Vec<u32> = keyring.versions().into_iter().filter(|v| !known.contains(v)).collect();
        if missing.is_empty() && to_retire.is_empty() {
            return Ok(());
        }
        let now = self.clock.now();
        let (mut tx, mut head) = self.write_tx().await?;
        // Re-read under the lock: another process may have registered them meanwhile.
        let known: HashSet<u32> = tx.kek_records().await?.iter().map(|r| r.version).collect();
        let mut events = Vec::new();
        for v in missing.into_iter().filter(|v| !known.contains(v)) {
            tx.insert_kek_record(&self.kek_record(&keyring, v, now)?).await?;
            events.push(self.event(now, "system", "kek.register", v.to_string(), None, Details::new()));
        }
        for v in to_retire {
            tx.retire_kek_record(v, now).await?;
            events.push(self.event(now, "system", "kek.retire", v.to_string(), None, Details::new()));
        }
        self.append(&mut tx, &mut head, events, now).await?;
        tx.commit().await?;
        Ok(())
    }

    fn kek_record(&self, keyring: &Keyring, version: u32, now: Timestamp) -> Result<KekRecord, VaultError> {
        let check = if version == keyring.current_version() {
            let (_, w) = keyring.new_dek(CHECK_SUBJECT)?;
            Some(w.bytes)
        } else {
            None
        };
        Ok(KekRecord {
            version,
            fingerprint: self.derived.fingerprint(version),
            check,
            created_at: now,
            retired_at: None,
        })
    }

    // ------------------------------------------------------------------ helpers

    pub(crate) async fn write_tx(&self) -> Result<(S::Tx, ChainHead), VaultError> {
        let mut tx = self.store.begin_write().await?;
        let head = tx.lock_audit_head().await?;
        Ok((tx, head))
    }

    pub(crate) fn event(
        &self,
        at: Timestamp,
        actor: &str,
        action: &str,
        target: String,
        subject: Option<&SubjectId>,
        details: Details,
    ) -> AuditEvent {
        AuditEvent {
            at,
            actor: actor.to_owned(),
            action: action.to_owned(),
            target,
            subject: subject.map(|s| self.subject_commitment(s)),
            reason: String::new(),
            purpose: String::new(),
            details: details.build(),
        }
    }

    /// Chains `events` after `head`, adds the checkpoints that fall due, and writes them.
    pub(crate) async fn append(
        &self,
        tx: &mut S::Tx,
        head: &mut ChainHead,
        events: Vec<AuditEvent>,
        now: Timestamp,
    ) -> Result<(), VaultError> {
        let mut records = Vec::with_capacity(events.len());
        let mut checkpoints = Vec::new();
        for e in events {
            records.push(head.append(e));
            if self.config.checkpoint_every > 0 && head.seq.is_multiple_of(self.config.checkpoint_every) {
                checkpoints.push(Checkpoint::sign(&self.derived.signer, *head, now));
            }
        }
        tx.append_audit(&records).await?;
        for cp in &checkpoints {
            tx.insert_checkpoint(cp).await?;
        }
        Ok(())
    }

    /// Free text for the audit log (reasons, purposes) with personal data replaced by
    /// `<TYPE>`.
    fn redact_free_text(&self, field: &'static str, s: &str) -> Result<String, VaultError> {
        let s = s.trim();
        if s.len() > MAX_REASON_BYTES || s.chars().any(|c| c.is_control() && c != '\n') {
            return Err(VaultError::InvalidInput(if field == "reason" {
                "reason must be at most 1000 bytes of printable text"
            } else {
                "purpose must be at most 1000 bytes of printable text"
            }));
        }
        let found = self.analyzer.analyze(s);
        anonymize(s, &found, &Operators::default()).map(|a| a.text).map_err(|_| VaultError::InvalidInput(field))
    }

    /// Unwraps data keys, re-reading the keyring once if a key is wrapped under a
    /// version this process has not seen yet (another process rotated).
    fn unwrap(&self, keyring: &mut Arc<Keyring>, subject: &SubjectId, w: &WrappedDek) -> Result<DataKey, VaultError> {
        match keyring.unwrap_dek(w, subject.as_str()) {
            Ok(k) => Ok(k),
            Err(CryptoError::UnknownKekVersion(v)) if v > keyring.current_version() => {
                *keyring = self.keys.at_least(v)?;
                keyring.unwrap_dek(w, subject.as_str()).map_err(crypto_to_corrupt("data key", subject.as_str()))
            }
            Err(e) => Err(crypto_to_corrupt("data key", subject.as_str())(e)),
        }
    }

    async fn data_key(&self, subject: &SubjectId) -> Result<DataKey, VaultError> {
        let deks = self.store.keys().get_deks(std::slice::from_ref(subject)).await?;
        let Some((_, w)) = deks.into_iter().next() else {
            return Err(VaultError::SubjectKeyMissing { subject: subject.to_string() });
        };
        self.unwrap(&mut self.keys.current(), subject, &w)
    }

    // ------------------------------------------------------------------ ingest

    /// Validates a message and runs detection. No store access: call it from as many
    /// threads as you like, then pass the results to [`Vault::ingest_prepared`].
    ///
    /// # Errors
    /// [`VaultError::InvalidInput`] naming the field.
    pub fn prepare(&self, req: IngestRequest, ws: &mut Workspace) -> Result<PreparedMessage, VaultError> {
        let conversation = ConversationId::parse(&req.conversation)?;
        let identifiers = req.subject.blind_indexes(&self.derived.blind, &self.normalizer)?;
        if req.text.len() > MAX_TEXT_BYTES {
            return Err(VaultError::InvalidInput("text is larger than 1 MiB"));
        }
        self.analyzer.analyze_with(&req.text, &mut ws.scratch, &mut ws.found);
        let spans = ws.found.iter().map(|d| Span { start: d.start, end: d.end, entity: d.entity_type }).collect();
        Ok(PreparedMessage { conversation, identifiers, author: req.author, at: req.at, text: req.text, spans })
    }

    /// Ingests one message (detection, then one transaction).
    ///
    /// # Errors
    /// As [`Vault::prepare`] and [`Vault::ingest_prepared`].
    pub async fn ingest(&self, actor: &Actor, req: IngestRequest) -> Result<IngestReceipt, VaultError> {
        let prepared = self.prepare(req, &mut Workspace::default());
        let mut out = self.ingest_prepared(actor, vec![prepared]).await?;
        out.pop().unwrap_or(Err(VaultError::InvalidInput("empty batch")))
    }

    /// Ingests many messages: detection one after the other here (use
    /// [`Vault::prepare`] + [`Vault::ingest_prepared`] to run it in parallel), then
    /// one transaction for the whole batch.
    ///
    /// # Errors
    /// As [`Vault::ingest_prepared`].
    pub async fn ingest_batch(
        &self,
        actor: &Actor,
        reqs: Vec<IngestRequest>,
    ) -> Result<Vec<Result<IngestReceipt, VaultError>>, VaultError> {
        let mut ws = Workspace::default();
        let prepared = reqs.into_iter().map(|r| self.prepare(r, &mut ws)).collect();
        self.ingest_prepared(actor, prepared).await
    }

    /// Stores a batch of prepared messages in **one transaction**: subjects, blind
    /// indexes, sealed values, messages, token rows and one audit entry per message
    /// are all committed together or not at all. New subjects' wrapped data keys are
    /// committed to the key store first (an orphan key left by a failed batch is
    /// harmless).
    ///
    /// Items that were already errors, or that fail on their own (identifiers of two
    /// subjects, a subject whose key is gone), come back as errors without affecting
    /// the others. The outer error means the whole batch was rolled back.
    ///
    /// # Errors
    /// Store and crypto errors (nothing of the batch was stored).
    pub async fn ingest_prepared(
        &self,
        actor: &Actor,
        batch: Vec<Result<PreparedMessage, VaultError>>,
    ) -> Result<Vec<Result<IngestReceipt, VaultError>>, VaultError> {
        let now = self.clock.now();
        let (mut tx, mut head) = self.write_tx().await?;

        // 1. Resolve subjects by blind index (under the write lock: no duplicates).
        let mut all: Vec<BlindIndex> =
            batch.iter().flatten().flat_map(|p| p.identifiers.iter().map(|(_, i)| *i)).collect();
        all.sort_unstable();
        all.dedup();
        let mut by_index: HashMap<BlindIndex, SubjectId> = tx.find_subjects(&all).await?.into_iter().collect();
        let mut new_subjects: Vec<SubjectId> = Vec::new();
        let mut assigned: Vec<Result<Assigned, VaultError>> = Vec::with_capacity(batch.len());
        for item in batch {
            let p = match item {
                Ok(p) => p,
                Err(e) => {
                    assigned.push(Err(e));
                    continue;
                }
            };
            let known: BTreeSet<&SubjectId> = p.identifiers.iter().filter_map(|(_, i)| by_index.get(i)).collect();
            if known.len() > 1 {
                assigned.push(Err(VaultError::IdentifierConflict));
                continue;
            }
            let subject = match known.into_iter().next() {
                Some(s) => s.clone(),
                None => {
                    let s = SubjectId::generate()?;
                    new_subjects.push(s.clone());
                    s
                }
            };
            let mut rows = Vec::new();
            for (kind, idx) in &p.identifiers {
                if !by_index.contains_key(idx) {
                    by_index.insert(*idx, subject.clone());
                    rows.push(IdentifierRow { blind_index: *idx, kind: *kind, subject_id: subject.clone() });
                }
            }
            assigned.push(Ok((p, subject, rows)));
        }

        // 2. Data keys: new ones for new subjects, unwrapped ones for the others.
        let mut keyring = self.keys.current();
        let mut deks: HashMap<SubjectId, DataKey> = HashMap::new();
        let mut new_wrapped = Vec::with_capacity(new_subjects.len());
        if !new_subjects.is_empty() {
            // A rotation by another process shows as a newer version in key_metadata.
            let newest = tx.kek_records().await?.iter().map(|r| r.version).max().unwrap_or(0);
            keyring = self.keys.at_least(newest)?;
            for s in &new_subjects {
                let (dek, wrapped) = keyring.new_dek(s.as_str())?;
                deks.insert(s.clone(), dek);
                new_wrapped.push((s.clone(), wrapped));
            }
        }
        let existing: Vec<SubjectId> = {
            let set: BTreeSet<&SubjectId> =
                assigned.iter().flatten().map(|(_, s, _)| s).filter(|s| !deks.contains_key(*s)).collect();
            set.into_iter().cloned().collect()
        };
        // Subjects whose wrapped key does not open: their messages fail, not the batch.
        let mut bad_keys: HashSet<SubjectId> = HashSet::new();
        if !existing.is_empty() {
            for (s, w) in self.store.keys().get_deks(&existing).await? {
                match self.unwrap(&mut keyring, &s, &w) {
                    Ok(dek) => {
                        deks.insert(s, dek);
                    }
                    Err(VaultError::CorruptedCiphertext { .. }) => {
                        bad_keys.insert(s);
                    }
                    Err(e) => return Err(e),
                }
            }
        }
        if !new_wrapped.is_empty() {
            self.store.keys().put_deks(&new_wrapped).await?;
        }

        // 3. Redact, seal, and build the rows.
        let mut out = Vec::with_capacity(assigned.len());
        let mut subjects_rows = Vec::new();
        let mut identifier_rows = Vec::new();
        let mut conversations: BTreeMap<ConversationId, Timestamp> = BTreeMap::new();
        let mut values = Vec::new();
        let mut value_tokens: HashSet<String> = HashSet::new();
        let mut messages = Vec::new();
        let mut token_rows = Vec::new();
        let mut events = Vec::new();
        let new_set: HashSet<&SubjectId> = new_subjects.iter().collect();
        let mut created: HashSet<SubjectId> = HashSet::new();
        for item in assigned {
            let (p, subject, rows) = match item {
                Ok(x) => x,
                Err(e) => {
                    out.push(Err(e));
                    continue;
                }
            };
            let Some(dek) = deks.get(&subject) else {
                out.push(Err(if bad_keys.contains(&subject) {
                    VaultError::CorruptedCiphertext { field: "data key", id: subject.to_string() }
                } else {
                    VaultError::SubjectKeyMissing { subject: subject.to_string() }
                }));
                continue;
            };
            let message_id = MessageId::generate()?;
            let r = self.redact(&p, &subject, dek, now, &mut values, &mut value_tokens)?;
            let sealed =
                aead::seal(dek, &Aad::new(message_id.as_str(), FIELD_REDACTED, DEK_VERSION), r.text.as_bytes())?;
            if new_set.contains(&subject) && created.insert(subject.clone()) {
                subjects_rows.push((subject.clone(), now));
            }
            identifier_rows.extend(rows);
            conversations.entry(p.conversation.clone()).or_insert(now);
            for (i, t) in r.tokens.iter().enumerate() {
                token_rows.push(MessageTokenRow {
                    message_id: message_id.clone(),
                    position: i as u32,
                    token: t.token.clone(),
                    entity_type: t.entity_type.clone(),
                });
            }
            messages.push(MessageRow {
                id: message_id.clone(),
                conversation_id: p.conversation.clone(),
                subject_id: subject.clone(),
                author: p.author,
                at: p.at.unwrap_or(now),
                ingested_at: now,
                redacted_sealed: sealed,
            });
            let details = Details::new()
                .str("author", p.author.as_str())
                .num("tokenized", r.tokens.len() as u64)
                .num("masked", r.counts[1])
                .num("hashed", r.counts[2])
                .num("dropped", r.counts[3]);
            events.push(self.event(
                now,
                actor.as_str(),
                "message.ingest",
                message_id.to_string(),
                Some(&subject),
                details,
            ));
            out.push(Ok(IngestReceipt {
                message_id,
                conversation: p.conversation,
                subject_id: subject,
                redacted: r.text.to_string(),
                tokens: r.tokens,
            }));
        }

        // 4. Write everything, then commit.
        if !subjects_rows.is_empty() {
            tx.insert_subjects(&subjects_rows).await?;
        }
        if !identifier_rows.is_empty() {
            tx.insert_identifiers(&identifier_rows).await?;
        }
        if !conversations.is_empty() {
            let c: Vec<_> = conversations.into_iter().collect();
            tx.ensure_conversations(&c).await?;
        }
        if !values.is_empty() {
            tx.insert_values(&values).await?;
        }
        if !messages.is_empty() {
            tx.insert_messages(&messages, &token_rows).await?;
        }
        if !events.is_empty() {
            self.append(&mut tx, &mut head, events, now).await?;
        }
        tx.commit().await?;
        Ok(out)
    }

    /// Applies the policy to one prepared message.
    fn redact(
        &self,
        p: &PreparedMessage,
        subject: &SubjectId,
        dek: &DataKey,
        now: Timestamp,
        values: &mut Vec<crate::store::VaultValueRow>,
        value_tokens: &mut HashSet<String>,
    ) -> Result<Redacted, VaultError> {
        let text: &str = &p.text;
        let mut out = Zeroizing::new(String::with_capacity(text.len() + 16 * p.spans.len()));
        let mut tokens: Vec<TokenRef> = Vec::new();
        let mut counts = [0u64; 4];
        let mut pos = 0;
        for s in &p.spans {
            if s.start < pos || s.end > text.len() || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
                continue;
            }
            out.push_str(&text[pos..s.start]);
            let value = &text[s.start..s.end];
            let e = s.entity.as_str();
            match self.policy.action(s.entity) {
                Action::Tokenize => {
                    let token = self.derived.token.token(subject.as_str(), e, value.as_bytes());
                    out.push_str(&format!("[{e}:{token}]"));
                    if value_tokens.insert(token.clone()) {
                        let ciphertext =
                            aead::seal(dek, &Aad::new(&token, FIELD_VALUE, DEK_VERSION), value.as_bytes())?;
                        values.push(crate::store::VaultValueRow {
                            token: token.clone(),
                            subject_id: subject.clone(),
                            entity_type: e.to_owned(),
                            ciphertext,
                            created_at: now,
                        });
                    }
                    if !tokens.iter().any(|t| t.token == token) {
                        tokens.push(TokenRef { token, entity_type: e.to_owned() });
                    }
                    counts[0] += 1;
                }
                Action::Mask { keep_last } => {
                    out.push_str(&mask(value, s.entity, keep_last));
                    counts[1] += 1;
                }
                Action::Hash => {
                    let mut framed = Zeroizing::new(Vec::with_capacity(e.len() + 1 + value.len()));
                    framed.extend_from_slice(e.as_bytes());
                    framed.push(0);
                    framed.extend_from_slice(value.as_bytes());
                    let h = keyed_hash(&self.derived.hash_key, &framed);
                    out.push_str(&format!("[{e}:h_{}]", hex::encode(&h[..12])));
                    counts[2] += 1;
                }
                Action::Drop => {
                    out.push_str(&format!("[{e}]"));
                    counts[3] += 1;
                }
            }
            pos = s.end;
        }
        out.push_str(&text[pos..]);
        Ok(Redacted { text: out, tokens, counts })
    }

    // ------------------------------------------------------------------ read

    /// A stored message, redacted view (no original values; not audited).
    ///
    /// # Errors
    /// [`VaultError::InvalidInput`] for an unknown message; key and ciphertext errors.
    pub async fn message(&self, id: &MessageId) -> Result<MessageView, VaultError> {
        let mut tx = self.store.begin_read().await?;
        let found = tx.get_message(id).await?;
        tx.rollback().await?;
        let Some((m, tokens)) = found else {
            return Err(VaultError::InvalidInput("unknown message"));
        };
        self.view(m, tokens).await
    }

    /// The redacted view of a stored message row.
    pub(crate) async fn view(
        &self,
        m: crate::store::MessageRow,
        tokens: Vec<crate::store::MessageTokenRow>,
    ) -> Result<MessageView, VaultError> {
        let dek = self.data_key(&m.subject_id).await?;
        let plain = aead::open(&dek, &Aad::new(m.id.as_str(), FIELD_REDACTED, DEK_VERSION), &m.redacted_sealed)
            .map_err(crypto_to_corrupt("redacted", m.id.as_str()))?;
        let redacted = String::from_utf8(plain.to_vec())
            .map_err(|_| VaultError::CorruptedCiphertext { field: "redacted", id: m.id.to_string() })?;
        Ok(MessageView {
            id: m.id,
            conversation: m.conversation_id,
            subject_id: m.subject_id,
            author: m.author,
            at: m.at,
            redacted,
            tokens: tokens.into_iter().map(|t| TokenRef { token: t.token, entity_type: t.entity_type }).collect(),
        })
    }

    /// Finds a subject.
    ///
    /// # Errors
    /// [`VaultError::UnknownSubject`]; invalid identifiers.
    pub async fn find_subject(&self, selector: &SubjectSelector) -> Result<SubjectId, VaultError> {
        let mut tx = self.store.begin_read().await?;
        let found = match selector {
            SubjectSelector::Id(id) => tx.subject_exists(id).await?.then(|| id.clone()),
            SubjectSelector::Email(v) | SubjectSelector::Phone(v) | SubjectSelector::ExternalId(v) => {
                let kind = match selector {
                    SubjectSelector::Email(_) => IdentifierKind::Email,
                    SubjectSelector::Phone(_) => IdentifierKind::Phone,
                    _ => IdentifierKind::ExternalId,
                };
                let idx = self.normalizer.index(&self.derived.blind, kind, v)?;
                tx.find_subjects(&[idx]).await?.into_iter().next().map(|(_, s)| s)
            }
        };
        tx.rollback().await?;
        found.ok_or(VaultError::UnknownSubject)
    }

    // ------------------------------------------------------------------ reveal

    /// Reveals the original value behind a token. The policy is checked first; the
    /// audit entry (actor, redacted reason and purpose, entity type, subject
    /// commitment) is committed **before** the value is returned. Nothing is written
    /// when it fails.
    ///
    /// # Errors
    /// [`VaultError::UnknownToken`], [`VaultError::NotRevealable`],
    /// [`VaultError::CorruptedCiphertext`], [`VaultError::SubjectKeyMissing`],
    /// [`VaultError::InvalidInput`] (empty reason).
    pub async fn reveal(
        &self,
        token: &str,
        actor: &Actor,
        reason: &str,
        purpose: &str,
    ) -> Result<Zeroizing<String>, VaultError> {
        if !is_token_syntax(token) {
            return Err(VaultError::UnknownToken);
        }
        if reason.trim().is_empty() {
            return Err(VaultError::InvalidInput("a reason is required to reveal a value"));
        }
        let reason = self.redact_free_text("reason", reason)?;
        let purpose = self.redact_free_text("purpose", purpose)?;
        let now = self.clock.now();
        let (mut tx, mut head) = self.write_tx().await?;
        let Some(v) = tx.get_value(token).await? else {
            return Err(VaultError::UnknownToken);
        };
        let revealable = v.entity_type.parse::<EntityType>().is_ok_and(|e| self.policy.is_revealable(e));
        if !revealable {
            return Err(VaultError::NotRevealable { entity_type: v.entity_type });
        }
        let dek = self.data_key(&v.subject_id).await?;
        let plain = aead::open(&dek, &Aad::new(&v.token, FIELD_VALUE, DEK_VERSION), &v.ciphertext)
            .map_err(crypto_to_corrupt("value", &v.token))?;
        let value = Zeroizing::new(
            String::from_utf8(plain.to_vec())
                .map_err(|_| VaultError::CorruptedCiphertext { field: "value", id: v.token.clone() })?,
        );
        let mut e = self.event(
            now,
            actor.as_str(),
            "token.reveal",
            v.token.clone(),
            Some(&v.subject_id),
            Details::new().str("entity_type", v.entity_type.clone()),
        );
        e.reason = reason;
        e.purpose = purpose;
        self.append(&mut tx, &mut head, vec![e], now).await?;
        tx.commit().await?;
        Ok(value)
    }

    // ------------------------------------------------------------------ erase

    /// Erases a subject by crypto-shredding: the wrapped data key is destroyed in the
    /// key store first (after that, no copy of the main database, backups included,
    /// can be decrypted for this subject), then the subject's rows are deleted and an
    /// audit entry without personal data is appended, in one transaction. If the
    /// process dies in between, running `erase` again completes it.
    ///
    /// # Errors
    /// [`VaultError::UnknownSubject`]; store errors.
    pub async fn erase(
        &self,
        selector: &SubjectSelector,
        actor: &Actor,
        reason: &str,
    ) -> Result<ErasureReport, VaultError> {
        let reason = self.redact_free_text("reason", reason)?;
        let subject = self.find_subject(selector).await?;
        let t0 = Instant::now();
        let key_destroyed = self.store.keys().destroy_dek(&subject).await?;
        let key_time = t0.elapsed();
        let t1 = Instant::now();
        let now = self.clock.now();
        let (mut tx, mut head) = self.write_tx().await?;
        let deleted = tx.delete_subject(&subject).await?;
        let details = Details::new()
            .num("messages", deleted.messages)
            .num("values", deleted.values)
            .num("identifiers", deleted.identifiers)
            .str("key_destroyed", if key_destroyed { "yes" } else { "already" });
        let mut e = self.event(now, actor.as_str(), "subject.erase", String::new(), Some(&subject), details);
        e.reason = reason;
        self.append(&mut tx, &mut head, vec![e], now).await?;
        tx.commit().await?;
        let rows_time = t1.elapsed();
        self.store.scrub().await?;
        Ok(ErasureReport { subject_id: subject, key_destroyed, key_time, rows_time, deleted })
    }

    // ------------------------------------------------------------------ keys

    /// Adds a KEK version and rewraps every data key under it; the data is not touched.
    /// Order: keyring file saved, version recorded in the database (other processes
    /// see it and reload before wrapping new keys), then rewrapping page by page with
    /// compare-and-set, repeated while keys under older versions keep appearing.
    ///
    /// # Errors
    /// Keyring and store errors. Safe to re-run after a failure.
    pub async fn rotate_keys(&self, actor: &Actor) -> Result<RotationReport, VaultError> {
        let mut fresh = self.keys.source().load()?;
        if self.derived.fingerprint(1) != Derived::new(&fresh)?.fingerprint(1) {
            return Err(VaultError::WrongKeyring);
        }
        let from = fresh.current_version();
        let to = fresh.rotate()?;
        self.keys.source().save(&fresh)?;
        let now = self.clock.now();
        let (mut tx, mut head) = self.write_tx().await?;
        tx.insert_kek_record(&self.kek_record(&fresh, to, now)?).await?;
        let e = self.event(
            now,
            actor.as_str(),
            "kek.rotate",
            to.to_string(),
            None,
            Details::new().num("from", from.into()),
        );
        self.append(&mut tx, &mut head, vec![e], now).await?;
        tx.commit().await?;
        let mut keyring = self.keys.replace(fresh);

        let mut rewrapped = 0u64;
        for _pass in 0..5 {
            let mut after: Option<SubjectId> = None;
            let mut seen = 0u64;
            loop {
                let page = self.store.keys().deks_below(to, after.as_ref(), REWRAP_PAGE).await?;
                let Some((last, _)) = page.last() else { break };
                after = Some(last.clone());
                seen += page.len() as u64;
                let mut updates = Vec::with_capacity(page.len());
                for (s, w) in page {
                    let dek = self.unwrap(&mut keyring, &s, &w)?;
                    let new = keyring.wrap_dek(&dek, s.as_str())?;
                    updates.push((s, w.kek_version, new));
                }
                rewrapped += self.store.keys().rewrap_deks(&updates).await?;
            }
            if seen == 0 {
                break;
            }
        }
        let remaining: u64 =
            self.store.keys().dek_counts().await?.iter().filter(|(v, _)| *v < to).map(|(_, n)| n).sum();
        let now = self.clock.now();
        let (mut tx, mut head) = self.write_tx().await?;
        let details = Details::new().num("rewrapped", rewrapped).num("remaining", remaining);
        let e = self.event(now, actor.as_str(), "kek.rewrap", to.to_string(), None, details);
        self.append(&mut tx, &mut head, vec![e], now).await?;
        tx.commit().await?;
        Ok(RotationReport { from, to, rewrapped, remaining })
    }

    /// Forgets an old KEK version. Refused while any data key is wrapped under it, and
    /// for the current version.
    ///
    /// # Errors
    /// [`VaultError::KekVersionInUse`], crypto errors for the current or an unknown version.
    pub async fn retire_key(&self, version: u32, actor: &Actor) -> Result<(), VaultError> {
        let mut fresh = self.keys.source().load()?;
        if version == fresh.current_version() {
            return Err(CryptoError::CannotRetireCurrent(version).into());
        }
        if !fresh.has_version(version) {
            return Err(CryptoError::UnknownKekVersion(version).into());
        }
        let deks = self.store.keys().dek_counts().await?.iter().find(|(v, _)| *v == version).map_or(0, |(_, n)| *n);
        if deks > 0 {
            return Err(VaultError::KekVersionInUse { version, deks });
        }
        fresh.retire(version)?;
        self.keys.source().save(&fresh)?;
        let now = self.clock.now();
        let (mut tx, mut head) = self.write_tx().await?;
        tx.retire_kek_record(version, now).await?;
        let e = self.event(now, actor.as_str(), "kek.retire", version.to_string(), None, Details::new());
        self.append(&mut tx, &mut head, vec![e], now).await?;
        tx.commit().await?;
        self.keys.replace(fresh);
        Ok(())
    }

    /// Keys and chain status.
    ///
    /// # Errors
    /// Store errors.
    pub async fn key_status(&self) -> Result<KeyStatus, VaultError> {
        let keyring = self.keys.source().load()?;
        let mut tx = self.store.begin_read().await?;
        let records = tx.kek_records().await?;
        let audit_head = tx.lock_audit_head().await?;
        let last_checkpoint = tx.checkpoints().await?.last().map(|c| c.seq);
        tx.rollback().await?;
        Ok(KeyStatus {
            current: keyring.current_version(),
            keyring_versions: keyring.versions(),
            records,
            dek_counts: self.store.keys().dek_counts().await?,
            audit_head,
            last_checkpoint,
            audit_verifying_key: hex::encode(self.derived.signer.verifying_key()),
        })
    }

    // ------------------------------------------------------------------ audit

    /// Signs a checkpoint at the current head of the chain (returns the existing one if
    /// the head already has one).
    ///
    /// # Errors
    /// [`VaultError::InvalidInput`] for an empty log; store errors.
    pub async fn audit_checkpoint(&self) -> Result<Checkpoint, VaultError> {
        let (mut tx, head) = self.write_tx().await?;
        if head.seq == 0 {
            return Err(VaultError::InvalidInput("the audit log is empty"));
        }
        if let Some(cp) = tx.checkpoints().await?.into_iter().find(|c| c.seq == head.seq) {
            return Ok(cp);
        }
        let cp = Checkpoint::sign(&self.derived.signer, head, self.clock.now());
        tx.insert_checkpoint(&cp).await?;
        tx.commit().await?;
        Ok(cp)
    }

    /// Verifies the whole chain, or from a checkpoint on: every checkpoint signature
    /// (`verify_strict`), every entry's hash and link, every checkpoint's hash, and that
    /// nothing is missing at the end.
    ///
    /// # Errors
    /// Store errors only; problems with the chain are in the report.
    pub async fn verify_audit(&self, from_checkpoint: Option<u64>) -> Result<AuditReport, VaultError> {
        let mut tx = self.store.begin_read().await?;
        let cps = tx.checkpoints().await?;
        let recorded_head = tx.lock_audit_head().await?;
        let vk = self.derived.signer.verifying_key();
        let mut report = AuditReport { entries: 0, first_seq: 0, last_seq: 0, checkpoints: 0, problem: None };
        let start = match from_checkpoint {
            None => ChainHead::EMPTY,
            Some(seq) => match cps.iter().find(|c| c.seq == seq) {
                Some(c) => ChainHead { seq: c.seq, hash: c.hash },
                None => {
                    report.problem = Some(ChainProblem::NoSuchCheckpoint { seq });
                    return Ok(report);
                }
            },
        };
        // Reading starts now, so that it overlaps the signature checks. Its snapshot is
        // taken after the head and checkpoints were read: the log only grows, so it holds
        // at least everything they promise.
        let mut scan = self.store.scan_audit(start.seq, AUDIT_PAGE).await?;
        let mut cp_hashes = BTreeMap::new();
        for c in cps.iter().filter(|c| c.seq >= start.seq) {
            if !c.verify(&vk) {
                report.problem = Some(ChainProblem::BadCheckpointSignature { seq: c.seq });
                return Ok(report);
            }
            report.checkpoints += 1;
            cp_hashes.insert(c.seq, c.hash);
        }
        let need = cp_hashes.keys().next_back().copied().unwrap_or(0).max(recorded_head.seq);
        if from_checkpoint.is_some() {
            // The entry at the checkpoint must still be there with the signed hash.
            let at = tx.audit_page(start.seq.saturating_sub(1), 1).await?;
            match at.first() {
                Some(r) if r.seq == start.seq && r.hash == start.hash => {}
                Some(r) if r.seq == start.seq => {
                    report.problem = Some(ChainProblem::CheckpointMismatch { seq: start.seq });
                    return Ok(report);
                }
                _ => {
                    report.problem = Some(ChainProblem::Deleted { first: start.seq, last: start.seq });
                    return Ok(report);
                }
            }
        }
        tx.rollback().await?;
        let mut v = ChainVerifier::new(start, cp_hashes);
        report.first_seq = start.seq + 1;
        loop {
            let page = scan.next_page().await?;
            if page.is_empty() {
                break;
            }
            match v.check_page(page.iter()) {
                Step::Ok => {}
                Step::Problem(p) => {
                    report.problem = Some(p);
                    break;
                }
                Step::Anomaly(i) => {
                    let mut window = page.records_from(i);
                    if window.len() < CLASSIFY_WINDOW {
                        window.extend(scan.next_page().await?.iter().take(CLASSIFY_WINDOW).map(|e| e.to_record()));
                    }
                    report.problem = Some(v.classify(&window));
                    break;
                }
            }
        }
        report.entries = v.verified();
        report.last_seq = v.last_seq();
        if report.problem.is_none() && v.last_seq() < need {
            report.problem = Some(ChainProblem::Truncated { last_seq: v.last_seq(), expected_at_least: need });
        }
        Ok(report)
    }
}

/// A message with its subject and the blind indexes it adds.
type Assigned = (PreparedMessage, SubjectId, Vec<IdentifierRow>);

struct Redacted {
    text: Zeroizing<String>,
    tokens: Vec<TokenRef>,
    /// tokenized, masked, hashed, dropped
    counts: [u64; 4],
}

/// The masked form of a value: every letter and digit but the last `keep_last` replaced
/// by `*`, separators kept (`**** **** **** 4242`), via the detector's mask operator.
fn mask(value: &str, entity: EntityType, keep_last: u8) -> String {
    let d = Detection {
        start: 0,
        end: value.len(),
        entity_type: entity,
        subtype: None,
        score: 1.0,
        explanation: Explanation {
            recognizer: "policy",
            pattern: "mask",
            validation: None,
            base_score: 1.0,
            context: None,
        },
    };
    let ops = Operators { default: Operator::mask_all_but_last(usize::from(keep_last)), per_entity: HashMap::new() };
    anonymize(value, &[d], &ops).map(|a| a.text).unwrap_or_else(|_| "*".repeat(value.chars().count()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_keeps_last_four_and_separators() {
        assert_eq!(mask("4111 1111 1111 4242", EntityType::CreditCard, 4), "**** **** **** 4242");
        assert_eq!(mask("4111-1111", EntityType::CreditCard, 0), "****-****");
    }
}
