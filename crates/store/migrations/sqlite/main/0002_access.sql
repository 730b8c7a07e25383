-- Hushdesk main database, SQLite, schema version 2: API keys, console users,
-- sign-in links and sessions. Keys, link tokens and session ids are stored only as
-- keyed hashes (HMAC-SHA256 under the keyring's API-key pepper); passwords as Argon2id.

CREATE TABLE api_keys (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    role       TEXT NOT NULL,
    key_hash   BLOB NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    revoked_at INTEGER
) STRICT;

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    email         TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL,
    password_hash TEXT,
    created_at    INTEGER NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  INTEGER
) STRICT;

CREATE TABLE signin_links (
    token_hash BLOB PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id),
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
) STRICT;

CREATE TABLE sessions (
    id_hash      BLOB PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id),
    csrf         TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
) STRICT;

CREATE INDEX messages_at ON messages (at, id);
CREATE INDEX audit_events_actor ON audit_events (actor, seq);
