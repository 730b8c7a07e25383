//! Per-backend migrations, embedded in the binary and applied in order inside one
//! transaction each. `schema_meta` (one row) records the version; a database whose
//! version is newer than this binary's is refused before anything is written.

use hushdesk_domain::StoreError;
use hushdesk_domain::store::StoreResult;

use crate::sql::db_err;

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

/// The part of a migration both backends share, inside the caller's transaction (which
/// already holds the backend's migration lock): creates `schema_meta`, refuses a newer
/// schema, applies every migration above the recorded version and records each.
pub(crate) async fn apply_pending<DB>(
    conn: &mut DB::Connection,
    what: &'static str,
    migrations: &[(i64, &'static str)],
    supported: i64,
) -> StoreResult<()>
where
    DB: sqlx::Database,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    DB::Arguments: sqlx::IntoArguments<DB>,
    i64: for<'q> sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    (i64,): for<'r> sqlx::FromRow<'r, DB::Row>,
{
    sqlx::query::<DB>(SCHEMA_META_DDL).execute(&mut *conn).await.map_err(db_err("migrate"))?;
    let current: i64 = sqlx::query_scalar::<DB, i64>("SELECT version FROM schema_meta WHERE id = 1")
        .fetch_optional(&mut *conn)
        .await
        .map_err(db_err("migrate"))?
        .unwrap_or(0);
    if current > supported {
        return Err(StoreError::NewerSchema { what, found: current, supported });
    }
    for (v, sql) in migrations.iter().filter(|(v, _)| *v > current) {
        sqlx::raw_sql(*sql).execute(&mut *conn).await.map_err(db_err("migrate"))?;
        sqlx::query::<DB>(
            "INSERT INTO schema_meta (id, version, updated_at) VALUES (1, $1, $2) \
             ON CONFLICT (id) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at",
        )
        .bind(*v)
        .bind(now_micros())
        .execute(&mut *conn)
        .await
        .map_err(db_err("migrate"))?;
    }
    Ok(())
}

pub(crate) fn now_micros() -> i64 {
    hushdesk_domain::Timestamp::now().0
}
