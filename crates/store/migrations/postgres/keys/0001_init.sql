-- Hushdesk key store, PostgreSQL (schema hushdesk_keys), schema version 1.
-- Only wrapped data keys, one per subject. PostgreSQL keeps deleted tuples until VACUUM and in its WAL:
-- put it on encrypted storage, and back it up separately with short retention.

CREATE TABLE wrapped_deks (
    subject_id  TEXT PRIMARY KEY,
    kek_version BIGINT NOT NULL,
    wrapped     BYTEA NOT NULL          -- AES-256-GCM under KEK kek_version, AAD (subject id, version)
);
CREATE INDEX wrapped_deks_version ON wrapped_deks (kek_version);
