-- Hushdesk key store, SQLite (keys.sqlite), schema version 1.
-- Only wrapped data keys, one per subject. Opened with secure_delete=ON; the WAL is
-- truncated after every erasure. Back it up separately, with short retention.

CREATE TABLE wrapped_deks (
    subject_id  TEXT PRIMARY KEY,
    kek_version INTEGER NOT NULL,
    wrapped     BLOB NOT NULL          -- AES-256-GCM under KEK kek_version, AAD (subject id, version)
) STRICT, WITHOUT ROWID;
CREATE INDEX wrapped_deks_version ON wrapped_deks (kek_version);
