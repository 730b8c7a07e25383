-- Hushdesk main database, PostgreSQL, schema version 1.
-- Times: BIGINT microseconds since the Unix epoch, UTC.
-- No column holds plaintext personal data: subjects are found by blind index, kept
-- values and redacted texts are sealed under per-subject data keys (which live in the
-- separate key store, schema hushdesk_keys), the audit log holds ids and keyed commitments.

CREATE TABLE key_metadata (
    kek_version BIGINT PRIMARY KEY,
    fingerprint BYTEA NOT NULL,          -- keyed commitment of the version (identifies the keyring)
    check_wrap  BYTEA,                   -- a throw-away DEK wrapped under this version
    created_at  BIGINT NOT NULL,
    retired_at  BIGINT
);

CREATE TABLE subjects (
    id         TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL
);

CREATE TABLE subject_identifiers (
    blind_index BYTEA PRIMARY KEY,       -- HMAC-SHA256 of the normalised identifier
    kind        TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'external_id')),
    subject_id  TEXT NOT NULL REFERENCES subjects (id)
);
CREATE INDEX subject_identifiers_subject ON subject_identifiers (subject_id);

CREATE TABLE conversations (
    id         TEXT PRIMARY KEY,
    created_at BIGINT NOT NULL
);

CREATE TABLE messages (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL REFERENCES conversations (id),
    subject_id      TEXT NOT NULL REFERENCES subjects (id),
    author          TEXT NOT NULL CHECK (author IN ('customer', 'agent')),
    at              BIGINT NOT NULL,
    ingested_at     BIGINT NOT NULL,
    redacted_sealed BYTEA NOT NULL       -- AES-256-GCM under the subject's DEK, AAD (id, 'redacted', 1)
);
CREATE INDEX messages_subject ON messages (subject_id);
CREATE INDEX messages_conversation ON messages (conversation_id, at);

-- Which tokens appear in which message.
CREATE TABLE message_tokens (
    message_id  TEXT NOT NULL REFERENCES messages (id),
    position    BIGINT NOT NULL,
    token       TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    PRIMARY KEY (message_id, position)
);

CREATE TABLE vault_values (
    token       TEXT PRIMARY KEY,
    subject_id  TEXT NOT NULL,          -- no foreign key or index: erasure finds values through message_tokens
    entity_type TEXT NOT NULL,
    ciphertext  BYTEA NOT NULL,          -- AES-256-GCM under the subject's DEK, AAD (token, 'value', 1)
    created_at  BIGINT NOT NULL
);

CREATE TABLE audit_events (
    seq                BIGINT PRIMARY KEY,
    at                 BIGINT NOT NULL,
    actor              TEXT NOT NULL,
    action             TEXT NOT NULL,
    target             TEXT NOT NULL,
    subject_commitment BYTEA,
    reason             TEXT NOT NULL,
    purpose            TEXT NOT NULL,
    details            TEXT NOT NULL,
    prev_hash          BYTEA NOT NULL,
    hash               BYTEA NOT NULL
);

CREATE TABLE audit_checkpoints (
    seq           BIGINT PRIMARY KEY,
    hash          BYTEA NOT NULL,
    at            BIGINT NOT NULL,
    signature     BYTEA NOT NULL,
    verifying_key BYTEA NOT NULL
);

-- The head of the chain: one row, locked by every mutation.
CREATE TABLE audit_head (
    id   INT PRIMARY KEY CHECK (id = 1),
    seq  BIGINT NOT NULL,
    hash BYTEA NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));
