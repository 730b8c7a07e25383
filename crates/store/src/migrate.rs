//! Per-backend migrations, embedded in the binary and applied in order inside one
//! transaction each. `schema_meta` (one row) records the version; a database whose
//! version is newer than this binary's is refused before anything is written.

/// Schema version of the main database this binary writes.
pub const MAIN_SCHEMA_VERSION: i64 = 2;
/// Schema version of the key store this binary writes.
pub const KEYS_SCHEMA_VERSION: i64 = 1;

pub(crate) const SQLITE_MAIN: &[(i64, &str)] = &[
    (1, include_str!("../migrations/sqlite/main/0001_init.sql")),
    (2, include_str!("../migrations/sqlite/main/0002_access.sql")),
];
pub(crate) const SQLITE_KEYS: &[(i64, &str)] = &[(1, include_str!("../migrations/sqlite/keys/0001_init.sql"))];
pub(crate) const PG_MAIN: &[(i64, &str)] = &[
    (1, include_str!("../migrations/postgres/main/0001_init.sql")),
    (2, include_str!("../migrations/postgres/main/0002_access.sql")),
];
pub(crate) const PG_KEYS: &[(i64, &str)] = &[(1, include_str!("../migrations/postgres/keys/0001_init.sql"))];

pub(crate) const SCHEMA_META_DDL: &str = "CREATE TABLE IF NOT EXISTS schema_meta (\
     id INTEGER PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL, updated_at BIGINT NOT NULL)";

/// What a migration run found and did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MigrationReport {
    /// Main database version before.
    pub main_from: i64,
    /// Main database version after.
    pub main_to: i64,
    /// Key store version before.
    pub keys_from: i64,
    /// Key store version after.
    pub keys_to: i64,
}

pub(crate) fn now_micros() -> i64 {
    hushdesk_domain::Timestamp::now().0
}
