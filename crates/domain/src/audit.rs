//! The audit log: an append-only, hash-chained list of entries with signed checkpoints.
//!
//! # Entry hash
//!
//! ```text
//! hash = SHA-256( "hushdesk/audit/entry/v1" 0x00
//!                 || u64be(seq) || i64be(at_micros)
//!                 || lp(actor) || lp(action) || lp(target)
//!                 || 0x00 | 0x01 || subject_commitment[32]
//!                 || lp(reason) || lp(purpose) || lp(details)
//!                 || prev_hash[32] )
//! lp(x) = u64be(len(x)) || x
//! ```
//!
//! `prev_hash` of entry 1 is 32 zero bytes. Entries hold no personal data: the subject
//! appears only as a keyed commitment (HMAC under the keyring's commitment key) of its
//! random id, targets are message ids, token ids or versions, `details` is a canonical
//! JSON object of counts and names, and free-text reasons are passed through the
//! detector and redacted before they are recorded. So erasing a subject never needs to
//! touch the log, and the chain survives every erasure.
//!
//! # Checkpoints
//!
//! ```text
//! signed = "hushdesk/audit/checkpoint/v1" 0x00 || u64be(seq) || hash_of_entry_seq[32] || i64be(at)
//! ```
//!
//! Ed25519 (the keyring's audit signing key), verified with `verify_strict`. Written
//! every `checkpoint_every` entries in the appending transaction, and on demand.
//!
//! # What `verify` detects
//!
//! The chain alone is not secret (anyone can recompute SHA-256), so it proves order and
//! integrity *relative to the checkpoints*: rewriting every entry after the last
//! checkpoint is detectable only by comparing with a checkpoint held elsewhere (export
//! them: `hushdesk audit checkpoint` prints one). Within that limit verification names:
//! an edited entry, an edited entry whose hash was recomputed, deleted entries (a gap),
//! an inserted entry, reordered entries, truncation below a checkpoint or the recorded
//! head, a chain that diverges from a signed checkpoint, and a bad checkpoint signature.

use std::collections::BTreeMap;
use std::fmt;

use hushdesk_crypto::AuditSigner;
use hushdesk_crypto::signing::{SIGNATURE_LEN, VERIFYING_KEY_LEN, verify};
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::types::Timestamp;

/// `prev_hash` of the first entry.
pub const GENESIS: [u8; 32] = [0; 32];

const ENTRY_DOMAIN: &[u8] = b"hushdesk/audit/entry/v1\0";
const CHECKPOINT_DOMAIN: &[u8] = b"hushdesk/audit/checkpoint/v1\0";

/// An audit event before it is placed in the chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEvent {
    /// When it happened.
    pub at: Timestamp,
    /// Who did it.
    pub actor: String,
    /// What was done, e.g. `message.ingest`, `token.reveal`, `subject.erase`.
    pub action: String,
    /// The object acted on: a message id, token, KEK version…
    pub target: String,
    /// Keyed commitment of the subject id, when a subject is involved.
    pub subject: Option<[u8; 32]>,
    /// Why (redacted free text; empty when not applicable).
    pub reason: String,
    /// For what purpose (redacted free text; empty when not applicable).
    pub purpose: String,
    /// Canonical JSON object without personal data (see [`Details`]).
    pub details: String,
}

/// A chained audit entry, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditRecord {
    /// Position in the chain, from 1, without gaps.
    pub seq: u64,
    /// The event.
    pub event: AuditEvent,
    /// Hash of the previous entry ([`GENESIS`] for the first).
    pub prev_hash: [u8; 32],
    /// Hash of this entry.
    pub hash: [u8; 32],
}

/// The end of the chain: the last sequence number and its hash (`0`, [`GENESIS`] when
/// empty).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChainHead {
    /// Last sequence number.
    pub seq: u64,
    /// Hash of the last entry.
    pub hash: [u8; 32],
}

impl ChainHead {
    /// The head of an empty chain.
    pub const EMPTY: ChainHead = ChainHead { seq: 0, hash: GENESIS };

    /// Appends `event`, advancing the head.
    pub fn append(&mut self, event: AuditEvent) -> AuditRecord {
        let seq = self.seq + 1;
        let hash = entry_hash(seq, &event, &self.hash);
        let rec = AuditRecord { seq, event, prev_hash: self.hash, hash };
        *self = ChainHead { seq, hash };
        rec
    }
}

fn lp(h: &mut Sha256, b: &[u8]) {
    h.update((b.len() as u64).to_be_bytes());
    h.update(b);
}

/// The hash of an entry (see the module documentation).
pub fn entry_hash(seq: u64, e: &AuditEvent, prev_hash: &[u8; 32]) -> [u8; 32] {
    e.as_ref().hash(seq, prev_hash)
}

impl AuditEvent {
    /// The event's fields, borrowed.
    pub fn as_ref(&self) -> EventRef<'_> {
        EventRef {
            at: self.at,
            actor: &self.actor,
            action: &self.action,
            target: &self.target,
            subject: self.subject.as_ref(),
            reason: &self.reason,
            purpose: &self.purpose,
            details: &self.details,
        }
    }
}

/// An event's fields, borrowed (from an [`AuditEvent`], a database row or an
/// [`AuditPage`]): what the entry hash covers besides the position and the link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventRef<'a> {
    /// When it happened.
    pub at: Timestamp,
    /// Who did it.
    pub actor: &'a str,
    /// What was done.
    pub action: &'a str,
    /// The object acted on.
    pub target: &'a str,
    /// Keyed commitment of the subject id.
    pub subject: Option<&'a [u8; 32]>,
    /// Why.
    pub reason: &'a str,
    /// For what purpose.
    pub purpose: &'a str,
    /// Canonical JSON details.
    pub details: &'a str,
}

impl EventRef<'_> {
    fn hash(&self, seq: u64, prev_hash: &[u8; 32]) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(ENTRY_DOMAIN);
        h.update(seq.to_be_bytes());
        h.update(self.at.0.to_be_bytes());
        lp(&mut h, self.actor.as_bytes());
        lp(&mut h, self.action.as_bytes());
        lp(&mut h, self.target.as_bytes());
        match self.subject {
            Some(c) => {
                h.update([1]);
                h.update(c);
            }
            None => h.update([0]),
        }
        lp(&mut h, self.reason.as_bytes());
        lp(&mut h, self.purpose.as_bytes());
        lp(&mut h, self.details.as_bytes());
        h.update(prev_hash);
        h.finalize().into()
    }

    fn to_owned_event(self) -> AuditEvent {
        AuditEvent {
            at: self.at,
            actor: self.actor.to_owned(),
            action: self.action.to_owned(),
            target: self.target.to_owned(),
            subject: self.subject.copied(),
            reason: self.reason.to_owned(),
            purpose: self.purpose.to_owned(),
            details: self.details.to_owned(),
        }
    }
}

/// A chained entry, borrowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryRef<'a> {
    /// Position in the chain.
    pub seq: u64,
    /// The event.
    pub event: EventRef<'a>,
    /// Hash of the previous entry.
    pub prev_hash: &'a [u8; 32],
    /// Hash of this entry, as stored.
    pub hash: &'a [u8; 32],
}

impl EntryRef<'_> {
    /// An owned copy.
    pub fn to_record(&self) -> AuditRecord {
        AuditRecord { seq: self.seq, event: self.event.to_owned_event(), prev_hash: *self.prev_hash, hash: *self.hash }
    }
}

impl AuditRecord {
    /// Whether the stored hash matches the entry's own content and `prev_hash`.
    pub fn is_self_consistent(&self) -> bool {
        self.entry().is_self_consistent()
    }

    /// The entry, borrowed.
    pub fn entry(&self) -> EntryRef<'_> {
        EntryRef { seq: self.seq, event: self.event.as_ref(), prev_hash: &self.prev_hash, hash: &self.hash }
    }
}

/// What the [`ChainVerifier`] reads of an entry.
pub trait ChainLink {
    /// Position.
    fn seq(&self) -> u64;
    /// Link to the previous entry.
    fn prev_hash(&self) -> &[u8; 32];
    /// Stored hash.
    fn hash(&self) -> &[u8; 32];
    /// Whether the stored hash matches the content and link.
    fn is_self_consistent(&self) -> bool;
}

impl ChainLink for EntryRef<'_> {
    fn seq(&self) -> u64 {
        self.seq
    }
    fn prev_hash(&self) -> &[u8; 32] {
        self.prev_hash
    }
    fn hash(&self) -> &[u8; 32] {
        self.hash
    }
    fn is_self_consistent(&self) -> bool {
        self.event.hash(self.seq, self.prev_hash) == *self.hash
    }
}

impl ChainLink for &AuditRecord {
    fn seq(&self) -> u64 {
        self.seq
    }
    fn prev_hash(&self) -> &[u8; 32] {
        &self.prev_hash
    }
    fn hash(&self) -> &[u8; 32] {
        &self.hash
    }
    fn is_self_consistent(&self) -> bool {
        AuditRecord::is_self_consistent(self)
    }
}

/// A page of entries read for verification, packed: the text fields of every entry in
/// one buffer, so reading a million entries makes a few allocations a page instead of
/// several an entry (allocation was a third of `audit verify`'s time).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditPage {
    text: String,
    entries: Vec<PackedEntry>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PackedEntry {
    seq: u64,
    at: Timestamp,
    subject: Option<[u8; 32]>,
    prev_hash: [u8; 32],
    hash: [u8; 32],
    /// Where actor, action, target, reason, purpose and details end in `text`.
    ends: [usize; 6],
}

impl AuditPage {
    /// An empty page with room for `entries` entries.
    pub fn with_capacity(entries: usize) -> Self {
        AuditPage { text: String::with_capacity(entries * 128), entries: Vec::with_capacity(entries) }
    }

    /// Appends a copy of `e`.
    pub fn push(&mut self, e: EntryRef<'_>) {
        let v = e.event;
        let mut ends = [0; 6];
        for (end, field) in ends.iter_mut().zip([v.actor, v.action, v.target, v.reason, v.purpose, v.details]) {
            self.text.push_str(field);
            *end = self.text.len();
        }
        self.entries.push(PackedEntry {
            seq: e.seq,
            at: v.at,
            subject: v.subject.copied(),
            prev_hash: *e.prev_hash,
            hash: *e.hash,
            ends,
        });
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the page is empty (the end of a scan).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = EntryRef<'_>> + '_ {
        self.entries.iter().enumerate().map(|(i, p)| {
            let start = if i == 0 { 0 } else { self.entries[i - 1].ends[5] };
            let [a, b, c, d, e, f] = p.ends;
            let t = &self.text;
            EntryRef {
                seq: p.seq,
                event: EventRef {
                    at: p.at,
                    actor: &t[start..a],
                    action: &t[a..b],
                    target: &t[b..c],
                    subject: p.subject.as_ref(),
                    reason: &t[c..d],
                    purpose: &t[d..e],
                    details: &t[e..f],
                },
                prev_hash: &p.prev_hash,
                hash: &p.hash,
            }
        })
    }

    /// Owned copies of the entries from index `from` on.
    pub fn records_from(&self, from: usize) -> Vec<AuditRecord> {
        self.iter().skip(from).map(|e| e.to_record()).collect()
    }
}

/// Builds the canonical `details` JSON: keys sorted, no whitespace.
#[derive(Default)]
pub struct Details(BTreeMap<&'static str, Value>);

impl Details {
    /// An empty object.
    pub fn new() -> Self {
        Details::default()
    }

    /// Adds a string (must not be personal data).
    pub fn str(mut self, k: &'static str, v: impl Into<String>) -> Self {
        self.0.insert(k, Value::String(v.into()));
        self
    }

    /// Adds a number.
    pub fn num(mut self, k: &'static str, v: u64) -> Self {
        self.0.insert(k, Value::from(v));
        self
    }

    /// Adds a list of strings (must not be personal data).
    pub fn list(mut self, k: &'static str, v: impl IntoIterator<Item = String>) -> Self {
        self.0.insert(k, Value::Array(v.into_iter().map(Value::String).collect()));
        self
    }

    /// The canonical JSON text.
    pub fn build(self) -> String {
        let mut out = String::from("{");
        for (i, (k, v)) in self.0.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&Value::String((*k).to_owned()).to_string());
            out.push(':');
            out.push_str(&v.to_string());
        }
        out.push('}');
        out
    }
}

/// A signed statement "entry `seq` has hash `hash`".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    /// The entry covered.
    pub seq: u64,
    /// Its hash.
    pub hash: [u8; 32],
    /// When the checkpoint was made.
    pub at: Timestamp,
    /// Ed25519 signature over [`Checkpoint::signed_bytes`].
    pub signature: [u8; SIGNATURE_LEN],
    /// The public key that made it (informational: verification uses the keyring's).
    pub verifying_key: [u8; VERIFYING_KEY_LEN],
}

impl Checkpoint {
    /// The bytes that are signed.
    pub fn signed_bytes(seq: u64, hash: &[u8; 32], at: Timestamp) -> Vec<u8> {
        let mut m = Vec::with_capacity(CHECKPOINT_DOMAIN.len() + 48);
        m.extend_from_slice(CHECKPOINT_DOMAIN);
        m.extend_from_slice(&seq.to_be_bytes());
        m.extend_from_slice(hash);
        m.extend_from_slice(&at.0.to_be_bytes());
        m
    }

    /// Signs the head of the chain.
    pub fn sign(signer: &AuditSigner, head: ChainHead, at: Timestamp) -> Checkpoint {
        let signature = signer.sign(&Checkpoint::signed_bytes(head.seq, &head.hash, at));
        Checkpoint { seq: head.seq, hash: head.hash, at, signature, verifying_key: signer.verifying_key() }
    }

    /// Verifies the signature (`verify_strict`) under `vk`.
    pub fn verify(&self, vk: &[u8; VERIFYING_KEY_LEN]) -> bool {
        verify(vk, &Checkpoint::signed_bytes(self.seq, &self.hash, self.at), &self.signature).is_ok()
    }
}

/// The first problem `verify` found, naming the entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChainProblem {
    /// The entry's content no longer matches its hash.
    Edited {
        /// The entry.
        seq: u64,
    },
    /// The entry was changed and its hash recomputed: the next entry no longer links to it.
    EditedAndRehashed {
        /// The entry.
        seq: u64,
    },
    /// Entries are missing.
    Deleted {
        /// First missing sequence number.
        first: u64,
        /// Last missing sequence number.
        last: u64,
    },
    /// An entry that was never appended sits in the chain.
    Inserted {
        /// Its position.
        seq: u64,
    },
    /// Entries are out of order: the entry found at `seq` belongs after entry `belongs_after`.
    Reordered {
        /// Position where the misplaced entry was found.
        seq: u64,
        /// The entry it links to.
        belongs_after: u64,
    },
    /// The log ends before a checkpoint or the recorded head.
    Truncated {
        /// Last entry present (0 = none).
        last_seq: u64,
        /// Entries known to have existed up to here.
        expected_at_least: u64,
    },
    /// The chain does not reach the hash a signed checkpoint vouches for.
    CheckpointMismatch {
        /// The checkpoint.
        seq: u64,
    },
    /// A checkpoint's signature does not verify.
    BadCheckpointSignature {
        /// The checkpoint.
        seq: u64,
    },
    /// `--from-checkpoint` names a checkpoint that does not exist.
    NoSuchCheckpoint {
        /// The requested sequence number.
        seq: u64,
    },
}

impl ChainProblem {
    /// The first entry concerned.
    pub fn seq(&self) -> u64 {
        match *self {
            ChainProblem::Edited { seq }
            | ChainProblem::EditedAndRehashed { seq }
            | ChainProblem::Inserted { seq }
            | ChainProblem::Reordered { seq, .. }
            | ChainProblem::CheckpointMismatch { seq }
            | ChainProblem::BadCheckpointSignature { seq }
            | ChainProblem::NoSuchCheckpoint { seq } => seq,
            ChainProblem::Deleted { first, .. } => first,
            ChainProblem::Truncated { last_seq, .. } => last_seq + 1,
        }
    }

    /// A short machine-readable kind.
    pub fn kind(&self) -> &'static str {
        match self {
            ChainProblem::Edited { .. } => "edited",
            ChainProblem::EditedAndRehashed { .. } => "edited",
            ChainProblem::Deleted { .. } => "deleted",
            ChainProblem::Inserted { .. } => "inserted",
            ChainProblem::Reordered { .. } => "reordered",
            ChainProblem::Truncated { .. } => "truncated",
            ChainProblem::CheckpointMismatch { .. } => "checkpoint-mismatch",
            ChainProblem::BadCheckpointSignature { .. } => "bad-checkpoint-signature",
            ChainProblem::NoSuchCheckpoint { .. } => "no-such-checkpoint",
        }
    }
}

impl fmt::Display for ChainProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ChainProblem::Edited { seq } => write!(f, "entry {seq} was edited: its content does not match its hash"),
            ChainProblem::EditedAndRehashed { seq } => {
                write!(f, "entry {seq} was edited and its hash recomputed: entry {} no longer links to it", seq + 1)
            }
            ChainProblem::Deleted { first, last } if first == last => write!(f, "entry {first} was deleted"),
            ChainProblem::Deleted { first, last } => write!(f, "entries {first} to {last} were deleted"),
            ChainProblem::Inserted { seq } => write!(f, "entry {seq} was inserted: it was never part of the chain"),
            ChainProblem::Reordered { seq, belongs_after } => {
                write!(f, "entries were reordered: the entry at {seq} belongs after entry {belongs_after}")
            }
            ChainProblem::Truncated { last_seq, expected_at_least } => write!(
                f,
                "the log was truncated: it ends at entry {last_seq}, but entries up to {expected_at_least} existed"
            ),
            ChainProblem::CheckpointMismatch { seq } => {
                write!(f, "the chain does not match signed checkpoint {seq}: entries up to {seq} were rewritten")
            }
            ChainProblem::BadCheckpointSignature { seq } => {
                write!(f, "checkpoint {seq} has an invalid signature (forged or modified)")
            }
            ChainProblem::NoSuchCheckpoint { seq } => write!(f, "there is no checkpoint at entry {seq}"),
        }
    }
}

/// Streaming verification of the chain, page by page.
///
/// Fast path: per entry one SHA-256 and two comparisons. At the first anomaly the
/// verifier stops and [`ChainVerifier::classify`] names it, looking at the entries that
/// follow (a page of look-ahead is enough for every local tampering).
#[derive(Debug)]
pub struct ChainVerifier {
    expected_seq: u64,
    prev_hash: [u8; 32],
    prev_prev_hash: Option<[u8; 32]>,
    checkpoints: BTreeMap<u64, [u8; 32]>,
    verified: u64,
}

/// Where verification stopped inside a page.
#[derive(Debug, PartialEq, Eq)]
pub enum Step {
    /// Every entry of the page is fine.
    Ok,
    /// The entry at this index of the page is the first anomaly.
    Anomaly(usize),
    /// A problem that needs no look-ahead.
    Problem(ChainProblem),
}

impl ChainVerifier {
    /// Starts after `start` (the genesis head, or a verified checkpoint) with the
    /// checkpoint hashes to compare against (already signature-checked).
    pub fn new(start: ChainHead, checkpoints: BTreeMap<u64, [u8; 32]>) -> Self {
        ChainVerifier {
            expected_seq: start.seq + 1,
            prev_hash: start.hash,
            prev_prev_hash: None,
            checkpoints,
            verified: 0,
        }
    }

    /// Entries verified so far.
    pub fn verified(&self) -> u64 {
        self.verified
    }

    /// The last verified position.
    pub fn last_seq(&self) -> u64 {
        self.expected_seq - 1
    }

    /// Checks a page of consecutive records.
    pub fn check_page<L: ChainLink>(&mut self, page: impl IntoIterator<Item = L>) -> Step {
        for (i, r) in page.into_iter().enumerate() {
            if r.seq() != self.expected_seq || *r.prev_hash() != self.prev_hash || !r.is_self_consistent() {
                return Step::Anomaly(i);
            }
            if let Some(cp) = self.checkpoints.get(&r.seq())
                && cp != r.hash()
            {
                return Step::Problem(ChainProblem::CheckpointMismatch { seq: r.seq() });
            }
            self.prev_prev_hash = Some(self.prev_hash);
            self.prev_hash = *r.hash();
            self.expected_seq += 1;
            self.verified += 1;
        }
        Step::Ok
    }

    /// Names the anomaly at `window[0]`; `window[1..]` are the entries after it.
    pub fn classify(&self, window: &[AuditRecord]) -> ChainProblem {
        let Some(r) = window.first() else {
            return ChainProblem::Truncated { last_seq: self.last_seq(), expected_at_least: self.expected_seq };
        };
        let expected = self.expected_seq;
        if r.seq < expected {
            return ChainProblem::Inserted { seq: r.seq };
        }
        if r.seq > expected {
            return ChainProblem::Deleted { first: expected, last: r.seq - 1 };
        }
        let links_to_later = window.iter().enumerate().skip(1).find(|(_, w)| w.hash == r.prev_hash);
        if let Some((k, _)) = links_to_later {
            return ChainProblem::Reordered { seq: r.seq, belongs_after: window[k].seq };
        }
        let next_skips_me = window.get(1).is_some_and(|n| n.prev_hash == self.prev_hash);
        if next_skips_me {
            return ChainProblem::Inserted { seq: r.seq };
        }
        if r.prev_hash != self.prev_hash && self.prev_prev_hash == Some(r.prev_hash) {
            // This entry links to the one before the previous: the previous one was inserted.
            return ChainProblem::Inserted { seq: r.seq - 1 };
        }
        if !r.is_self_consistent() {
            return ChainProblem::Edited { seq: r.seq };
        }
        // Self-consistent, but it does not link: its predecessor was rewritten.
        ChainProblem::EditedAndRehashed { seq: r.seq.saturating_sub(1) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(i: u64) -> AuditEvent {
        AuditEvent {
            at: Timestamp(1_700_000_000_000_000 + i as i64),
            actor: "cli".into(),
            action: "message.ingest".into(),
            target: format!("msg_{i}"),
            subject: Some([i as u8; 32]),
            reason: String::new(),
            purpose: String::new(),
            details: Details::new().num("tokens", i).build(),
        }
    }

    fn chain(n: u64) -> Vec<AuditRecord> {
        let mut head = ChainHead::EMPTY;
        (1..=n).map(|i| head.append(event(i))).collect()
    }

    /// Runs the verifier over one page; returns the first problem.
    fn verify_all(records: &[AuditRecord], cps: BTreeMap<u64, [u8; 32]>, head_seq: u64) -> Option<ChainProblem> {
        let mut v = ChainVerifier::new(ChainHead::EMPTY, cps.clone());
        match v.check_page(records) {
            Step::Ok => {
                let need = cps.keys().next_back().copied().unwrap_or(0).max(head_seq);
                (v.last_seq() < need)
                    .then_some(ChainProblem::Truncated { last_seq: v.last_seq(), expected_at_least: need })
            }
            Step::Anomaly(i) => Some(v_at(records, i, cps).classify(&records[i..])),
            Step::Problem(p) => Some(p),
        }
    }

    fn v_at(records: &[AuditRecord], i: usize, cps: BTreeMap<u64, [u8; 32]>) -> ChainVerifier {
        let mut v = ChainVerifier::new(ChainHead::EMPTY, cps);
        assert_eq!(v.check_page(&records[..i]), Step::Ok);
        v
    }

    fn check(records: &[AuditRecord], want: Option<ChainProblem>) {
        assert_eq!(verify_all(records, BTreeMap::new(), 0), want);
    }

    #[test]
    fn packed_page_round_trips_and_verifies_like_records() {
        let mut records = chain(40);
        records[3].event.subject = None;
        records[3].event.reason = "fraud check, ticket 1234 (ünïcode)".into();
        records[5].event.actor = String::new();
        let mut page = AuditPage::with_capacity(4);
        for r in &records {
            page.push(r.entry());
        }
        assert_eq!(page.len(), 40);
        assert_eq!(page.records_from(0), records);
        assert_eq!(page.records_from(38), records[38..]);
        // Entries 4 and 6 were edited above: the packed page names the same anomaly.
        let mut from_records = ChainVerifier::new(ChainHead::EMPTY, BTreeMap::new());
        let mut from_page = ChainVerifier::new(ChainHead::EMPTY, BTreeMap::new());
        assert_eq!(from_page.check_page(page.iter()), Step::Anomaly(3));
        assert_eq!(from_records.check_page(&records), Step::Anomaly(3));
        assert!(AuditPage::default().is_empty());
    }

    #[test]
    fn intact_chain_verifies() {
        check(&chain(50), None);
        check(&[], None);
    }

    #[test]
    fn hash_is_pinned_and_covers_every_field() {
        let e = event(1);
        let base = entry_hash(1, &e, &GENESIS);
        let variants: [fn(&mut AuditEvent); 8] = [
            |e| e.at.0 += 1,
            |e| e.actor.push('x'),
            |e| e.action.push('x'),
            |e| e.target.push('x'),
            |e| e.subject = None,
            |e| e.reason.push('x'),
            |e| e.purpose.push('x'),
            |e| e.details.push(' '),
        ];
        for f in variants {
            let mut e2 = e.clone();
            f(&mut e2);
            assert_ne!(entry_hash(1, &e2, &GENESIS), base);
        }
        assert_ne!(entry_hash(2, &e, &GENESIS), base);
        assert_ne!(entry_hash(1, &e, &[1; 32]), base);
        // Field boundaries are unambiguous.
        let mut a = e.clone();
        a.actor = "ab".into();
        a.action = "c".into();
        let mut b = e.clone();
        b.actor = "a".into();
        b.action = "bc".into();
        assert_ne!(entry_hash(1, &a, &GENESIS), entry_hash(1, &b, &GENESIS));
    }

    #[test]
    fn details_are_canonical() {
        let d = Details::new().num("z", 1).str("a", "x\"y").list("m", ["EMAIL_ADDRESS".to_string()]).build();
        assert_eq!(d, r#"{"a":"x\"y","m":["EMAIL_ADDRESS"],"z":1}"#);
    }

    #[test]
    fn edit_is_named() {
        let mut c = chain(20);
        c[6].event.actor = "mallory".into();
        check(&c, Some(ChainProblem::Edited { seq: 7 }));
    }

    #[test]
    fn edit_with_recomputed_hash_is_named() {
        let mut c = chain(20);
        c[6].event.actor = "mallory".into();
        c[6].hash = entry_hash(7, &c[6].event, &c[6].prev_hash);
        check(&c, Some(ChainProblem::EditedAndRehashed { seq: 7 }));
    }

    #[test]
    fn deletion_is_named() {
        let mut c = chain(20);
        c.remove(9);
        check(&c, Some(ChainProblem::Deleted { first: 10, last: 10 }));
        let mut c = chain(20);
        c.drain(4..8);
        check(&c, Some(ChainProblem::Deleted { first: 5, last: 8 }));
    }

    #[test]
    fn insertion_is_named() {
        // A forged entry at 6 that links properly; later entries renumbered.
        let c = chain(20);
        let mut forged = c[..5].to_vec();
        let mut head = ChainHead { seq: 5, hash: c[4].hash };
        forged.push(head.append(event(99)));
        for r in &c[5..] {
            let mut r = r.clone();
            r.seq += 1;
            forged.push(r);
        }
        check(&forged, Some(ChainProblem::Inserted { seq: 6 }));
        // A forged entry with a made-up hash, later entries renumbered.
        let mut forged2 = c[..5].to_vec();
        let mut bogus = event(98);
        bogus.actor = "mallory".into();
        forged2.push(AuditRecord { seq: 6, event: bogus, prev_hash: [7; 32], hash: [8; 32] });
        for r in &c[5..] {
            let mut r = r.clone();
            r.seq += 1;
            forged2.push(r);
        }
        check(&forged2, Some(ChainProblem::Inserted { seq: 6 }));
        // A duplicate sequence number.
        let mut dup = c.clone();
        dup.insert(8, c[7].clone());
        check(&dup, Some(ChainProblem::Inserted { seq: 8 }));
    }

    #[test]
    fn reordering_is_named() {
        let mut c = chain(20);
        c.swap(10, 11);
        // Positions keep their sequence numbers; the contents moved.
        c[10].seq = 11;
        c[11].seq = 12;
        check(&c, Some(ChainProblem::Reordered { seq: 11, belongs_after: 12 }));
        let mut c = chain(30);
        c.swap(3, 9);
        c[3].seq = 4;
        c[9].seq = 10;
        assert!(matches!(verify_all(&c, BTreeMap::new(), 0), Some(ChainProblem::Reordered { seq: 4, .. })));
    }

    #[test]
    fn truncation_below_checkpoint_or_head_is_named() {
        let c = chain(30);
        let mut cps = BTreeMap::new();
        cps.insert(25, c[24].hash);
        assert_eq!(verify_all(&c, cps.clone(), 30), None);
        assert_eq!(
            verify_all(&c[..20], cps, 30),
            Some(ChainProblem::Truncated { last_seq: 20, expected_at_least: 30 })
        );
        assert_eq!(
            verify_all(&c[..20], BTreeMap::new(), 22),
            Some(ChainProblem::Truncated { last_seq: 20, expected_at_least: 22 })
        );
    }

    #[test]
    fn rewritten_history_is_caught_by_checkpoint() {
        let c = chain(30);
        let mut cps = BTreeMap::new();
        cps.insert(20, c[19].hash);
        // Rewrite everything from entry 5 on, with recomputed hashes.
        let mut head = ChainHead { seq: 4, hash: c[3].hash };
        let mut forged = c[..4].to_vec();
        for i in 5..=30 {
            let mut e = event(i);
            e.actor = "mallory".into();
            forged.push(head.append(e));
        }
        assert_eq!(verify_all(&forged, cps, 30), Some(ChainProblem::CheckpointMismatch { seq: 20 }));
    }

    #[test]
    fn checkpoint_signatures() {
        use hushdesk_crypto::Secret32;
        let signer = AuditSigner::from_seed(&Secret32::generate().unwrap());
        let cp = Checkpoint::sign(&signer, ChainHead { seq: 5, hash: [3; 32] }, Timestamp(9));
        assert!(cp.verify(&signer.verifying_key()));
        let mut forged = cp.clone();
        forged.hash[0] ^= 1;
        assert!(!forged.verify(&signer.verifying_key()));
        let other = AuditSigner::from_seed(&Secret32::generate().unwrap());
        let by_other = Checkpoint::sign(&other, ChainHead { seq: 5, hash: [3; 32] }, Timestamp(9));
        assert!(!by_other.verify(&signer.verifying_key()));
    }
}
