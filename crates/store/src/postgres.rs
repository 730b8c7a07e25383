//! PostgreSQL: for several nodes. Main tables in one schema (default `public`), the key
//! store in another (default `hushdesk_keys`); every connection has
//! `search_path = <main>, <keys>`.
//!
//! The key store schema must be backed up **separately**, with short retention: a dump
//! that contains it alongside the main schema can decrypt erased subjects for as long as
//! it is kept. PostgreSQL keeps deleted tuples in its data files until they are reused
//! and in its WAL (and WAL archives): put the database on encrypted storage and keep WAL
//! archives briefly.
//!
//! Writers serialise on the chain head row (`SELECT … FOR UPDATE` in the mutation's
//! transaction, taken first), so any number of nodes append one linear audit chain.

use std::str::FromStr;
use std::time::Duration;

use hushdesk_domain::StoreError;
use hushdesk_domain::store::{Store, StoreResult};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::{AssertSqlSafe, Postgres, Transaction};

use crate::audit_scan::{self, CHUNK_SQL, ChannelScan, Plan};
use crate::migrate::{KEYS_SCHEMA_VERSION, MAIN_SCHEMA_VERSION, MigrationReport, PG_KEYS, PG_MAIN, apply_pending};
use crate::sql::{db_err, impl_key_store};
use hushdesk_domain::audit::AuditPage;
use tokio::sync::mpsc;

/// Schema names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PgSchemas {
    /// Main tables.
    pub main: String,
    /// Key store.
    pub keys: String,
}

impl Default for PgSchemas {
    fn default() -> Self {
        PgSchemas { main: "public".into(), keys: "hushdesk_keys".into() }
    }
}

fn valid_ident(s: &str) -> bool {
    (1..=48).contains(&s.len())
        && s.bytes().next().is_some_and(|b| b.is_ascii_lowercase() || b == b'_')
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// The PostgreSQL store.
#[derive(Clone, Debug)]
pub struct PgStore {
    pool: PgPool,
    keys: PgKeyStore,
    schemas: PgSchemas,
}

/// The PostgreSQL key store (its own schema).
#[derive(Clone, Debug)]
pub struct PgKeyStore {
    pool: PgPool,
}

/// A transaction.
pub struct PgTx {
    tx: Transaction<'static, Postgres>,
    write: bool,
}

async fn schema_version(pool: &PgPool, schema: &str) -> StoreResult<i64> {
    let exists: Option<String> = sqlx::query_scalar("SELECT to_regclass($1)::text")
        .bind(format!("{schema}.schema_meta"))
        .fetch_one(pool)
        .await
        .map_err(db_err("read schema version"))?;
    if exists.is_none() {
        return Ok(0);
    }
    let v: Option<i64> =
        sqlx::query_scalar(AssertSqlSafe(format!("SELECT version FROM {schema}.schema_meta WHERE id = 1")))
            .fetch_optional(pool)
            .await
            .map_err(db_err("read schema version"))?;
    Ok(v.unwrap_or(0))
}

async fn migrate(
    pool: &PgPool,
    schema: &str,
    what: &'static str,
    migrations: &[(i64, &'static str)],
    supported: i64,
) -> StoreResult<(i64, i64)> {
    let from = schema_version(pool, schema).await?;
    if from > supported {
        return Err(StoreError::NewerSchema { what, found: from, supported });
    }
    if from == supported {
        return Ok((from, from));
    }
    let mut tx = pool.begin().await.map_err(db_err("migrate"))?;
    // One migrator at a time across every node.
    sqlx::query("SELECT pg_advisory_xact_lock(7262012)").execute(&mut *tx).await.map_err(db_err("migrate"))?;
    sqlx::query(AssertSqlSafe(format!("CREATE SCHEMA IF NOT EXISTS {schema}")))
        .execute(&mut *tx)
        .await
        .map_err(db_err("migrate"))?;
    sqlx::query(AssertSqlSafe(format!("SET LOCAL search_path TO {schema}")))
        .execute(&mut *tx)
        .await
        .map_err(db_err("migrate"))?;
    apply_pending::<Postgres>(&mut tx, what, migrations, supported).await?;
    tx.commit().await.map_err(db_err("migrate"))?;
    Ok((from, supported))
}

impl PgStore {
    /// Connects and applies migrations.
    ///
    /// # Errors
    /// [`StoreError::NewerSchema`] (nothing written), connection and driver errors.
    pub async fn connect(url: &str, schemas: PgSchemas) -> StoreResult<Self> {
        Ok(PgStore::connect_migrated(url, schemas).await?.0)
    }

    /// [`PgStore::connect`], also returning what the migrations did.
    ///
    /// # Errors
    /// As [`PgStore::connect`].
    pub async fn connect_migrated(url: &str, schemas: PgSchemas) -> StoreResult<(Self, MigrationReport)> {
        if !valid_ident(&schemas.main) || !valid_ident(&schemas.keys) || schemas.main == schemas.keys {
            return Err(StoreError::Corrupt("schema names must be distinct lower-case SQL identifiers"));
        }
        let opts = PgConnectOptions::from_str(url)
            .map_err(|_| StoreError::Corrupt("not a valid postgres:// URL"))?
            .options([("search_path", format!("{},{}", schemas.main, schemas.keys))]);
        let pool = PgPoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(60))
            .connect_with(opts)
            .await
            .map_err(db_err("connect to PostgreSQL"))?;
        let (main_from, main_to) = migrate(&pool, &schemas.main, "database", PG_MAIN, MAIN_SCHEMA_VERSION).await?;
        let (keys_from, keys_to) = migrate(&pool, &schemas.keys, "key store", PG_KEYS, KEYS_SCHEMA_VERSION).await?;
        let store = PgStore { keys: PgKeyStore { pool: pool.clone() }, pool, schemas };
        Ok((store, MigrationReport { main_from, main_to, keys_from, keys_to }))
    }

    /// The schema names.
    pub fn schemas(&self) -> &PgSchemas {
        &self.schemas
    }

    /// Closes the pool.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Drops both schemas and everything in them (tests).
    ///
    /// # Errors
    /// Driver errors.
    #[doc(hidden)]
    pub async fn drop_schemas(&self) -> StoreResult<()> {
        for s in [&self.schemas.main, &self.schemas.keys] {
            if s != "public" {
                sqlx::query(AssertSqlSafe(format!("DROP SCHEMA IF EXISTS {s} CASCADE")))
                    .execute(&self.pool)
                    .await
                    .map_err(db_err("drop schema"))?;
            }
        }
        Ok(())
    }

    /// Runs a raw query returning one integer (tests and tools only).
    ///
    /// # Errors
    /// Driver errors.
    #[doc(hidden)]
    pub async fn query_i64(&self, sql: &str) -> StoreResult<i64> {
        sqlx::query_scalar(AssertSqlSafe(sql.to_owned())).fetch_one(&self.pool).await.map_err(db_err("raw query"))
    }

    /// Runs a raw statement (tests and tools only).
    ///
    /// # Errors
    /// Driver errors.
    #[doc(hidden)]
    pub async fn execute_raw(&self, sql: &str) -> StoreResult<u64> {
        let r =
            sqlx::raw_sql(AssertSqlSafe(sql.to_owned())).execute(&self.pool).await.map_err(db_err("raw statement"))?;
        Ok(r.rows_affected())
    }
}

impl Store for PgStore {
    type Tx = PgTx;
    type Keys = PgKeyStore;
    type AuditScan = ChannelScan;

    async fn begin_write(&self) -> StoreResult<PgTx> {
        let tx = self.pool.begin().await.map_err(db_err("begin write transaction"))?;
        Ok(PgTx { tx, write: true })
    }

    async fn begin_read(&self) -> StoreResult<PgTx> {
        let tx = self
            .pool
            .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            .await
            .map_err(db_err("begin read transaction"))?;
        Ok(PgTx { tx, write: false })
    }

    fn keys(&self) -> &PgKeyStore {
        &self.keys
    }

    async fn api_key_by_hash(&self, hash: &[u8; 32]) -> StoreResult<Option<hushdesk_domain::store::ApiKeyRow>> {
        repos::find_api_key(&self.pool, hash).await
    }

    fn backend(&self) -> &'static str {
        "postgres"
    }

    async fn scrub(&self) -> StoreResult<()> {
        Ok(())
    }

    async fn scan_audit(&self, after: u64, page: u32) -> StoreResult<ChannelScan> {
        let plan = repos::audit_scan_plan(&self.pool, after, page).await?;
        Ok(audit_scan::start(plan, |k, plan, tx| {
            let pool = self.pool.clone();
            tokio::spawn(async move {
                if let Err(e) = read_audit_chunks(&pool, k, plan, &tx).await {
                    let _ = tx.send(Err(e)).await;
                }
            });
        }))
    }
}

/// Reader `k` of a scan: one statement per chunk, rows copied as they stream in.
async fn read_audit_chunks(
    pool: &PgPool,
    k: usize,
    plan: Plan,
    tx: &mpsc::Sender<StoreResult<AuditPage>>,
) -> StoreResult<()> {
    use futures_util::TryStreamExt;
    let op = "read audit log";
    let mut conn = pool.acquire().await.map_err(db_err(op))?;
    for bounds in plan.chunks_of(k) {
        let (lo, hi) = bounds?;
        let mut page = AuditPage::with_capacity(plan.chunk_len());
        let mut rows = sqlx::query(CHUNK_SQL).bind(lo).bind(hi).fetch(&mut *conn);
        while let Some(row) = rows.try_next().await.map_err(db_err(op))? {
            push_pg_row(&mut page, &row)?;
        }
        drop(rows);
        if tx.send(Ok(page)).await.is_err() {
            return Ok(()); // the consumer is gone
        }
    }
    Ok(())
}

/// Copies a row into the page.
fn push_pg_row(page: &mut AuditPage, r: &sqlx::postgres::PgRow) -> StoreResult<()> {
    page.push(repos::audit_entry(r, "read audit log")?);
    Ok(())
}

mod repos {
    use super::PgTx;
    crate::sql::impl_main_repos!(PgTx, sqlx::Postgres, "SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
}

impl_key_store!(PgKeyStore, Postgres, |this| {
    let _ = this;
});

#[cfg(test)]
mod tests {
    #[test]
    fn identifiers() {
        assert!(super::valid_ident("hushdesk_keys"));
        assert!(super::valid_ident("t_abc123"));
        assert!(!super::valid_ident("Public"));
        assert!(!super::valid_ident("a;drop"));
        assert!(!super::valid_ident("1abc"));
        assert!(!super::valid_ident(""));
    }
}
