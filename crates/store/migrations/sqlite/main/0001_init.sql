-- Hushdesk main database, SQLite, schema version 1.
-- Times: INTEGER microseconds since the Unix epoch, UTC.
-- No column holds plaintext personal data: subjects are found by blind index, kept
-- values and redacted texts are sealed under per-subject data keys (which live in the
-- separate key store, keys.sqlite), the audit log holds ids and keyed commitments.

CREATE TABLE key_metadata (
    kek_version INTEGER PRIMARY KEY,
    fingerprint BLOB NOT NULL,          -- keyed commitment of the version (identifies the keyring)
    check_wrap  BLOB,                   -- a throw-away DEK wrapped under this version
    created_at  INTEGER NOT NULL,
    retired_at  INTEGER
) STRICT;

CREATE TABLE subjects (
    id         TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE subject_identifiers (
    blind_index BLOB PRIMARY KEY,       -- HMAC-SHA256 of the normalised identifier
    kind        TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'external_id')),
    subject_id  TEXT NOT NULL REFERENCES subjects (id)
) STRICT, WITHOUT ROWID;
CREATE INDEX subject_identifiers_subject ON subject_identifiers (subject_id);

CREATE TABLE conversations (
    id         TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE messages (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations (id),
    subject_id      TEXT NOT NULL REFERENCES subjects (id),
    author          TEXT NOT NULL CHECK (author IN ('customer', 'agent')),
    at              INTEGER NOT NULL,
    ingested_at     INTEGER NOT NULL,
    redacted_sealed BLOB NOT NULL       -- AES-256-GCM under the subject's DEK, AAD (id, 'redacted', 1)
) STRICT;
CREATE INDEX messages_subject ON messages (subject_id);
CREATE INDEX messages_conversation ON messages (conversation_id, at);

-- Which tokens appear in which message.
CREATE TABLE message_tokens (
    message_id  TEXT NOT NULL REFERENCES messages (id),
    position    INTEGER NOT NULL,
    token       TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    PRIMARY KEY (message_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE vault_values (
    token       TEXT PRIMARY KEY,
    subject_id  TEXT NOT NULL,          -- no foreign key or index: erasure finds values through message_tokens
    entity_type TEXT NOT NULL,
    ciphertext  BLOB NOT NULL,          -- AES-256-GCM under the subject's DEK, AAD (token, 'value', 1)
    created_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE audit_events (
    seq                INTEGER PRIMARY KEY,
    at                 INTEGER NOT NULL,
    actor              TEXT NOT NULL,
    action             TEXT NOT NULL,
    target             TEXT NOT NULL,
    subject_commitment BLOB,
    reason             TEXT NOT NULL,
    purpose            TEXT NOT NULL,
    details            TEXT NOT NULL,
    prev_hash          BLOB NOT NULL,
    hash               BLOB NOT NULL
) STRICT;

CREATE TABLE audit_checkpoints (
    seq           INTEGER PRIMARY KEY,
    hash          BLOB NOT NULL,
    at            INTEGER NOT NULL,
    signature     BLOB NOT NULL,
    verifying_key BLOB NOT NULL
) STRICT;

-- The head of the chain: one row, locked by every mutation.
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash BLOB NOT NULL
) STRICT;
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, zeroblob(32));
