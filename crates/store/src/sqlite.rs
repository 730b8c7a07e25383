//! SQLite: the embedded default. Two files in the data directory:
//!
//! * `hushdesk.sqlite`: the main database;
//! * `keys.sqlite`: the key store (wrapped data keys only).
//!
//! Both: WAL, `foreign_keys=ON`, `busy_timeout` 30 s, `synchronous=FULL` (a commit is
//! on disk when it returns: `ingest` prints an acknowledgement only after that, so an
//! acknowledged message survives a power cut, not just a killed process; with WAL the
//! cost is one fsync per batch), `secure_delete=ON` (deleted rows are overwritten with
//! zeros). One writer: write transactions run on a one-connection pool with `BEGIN
//! IMMEDIATE` (other processes wait on the busy timeout); reads use a separate pool.
//! Files are created with mode 0600 in a 0700 directory.

use std::path::{Path, PathBuf};
use std::time::Duration;

use hushdesk_domain::StoreError;
use hushdesk_domain::store::{Store, StoreResult};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{AssertSqlSafe, Sqlite, Transaction};

use crate::audit_scan::{self, ChannelScan};
use crate::migrate::{
    KEYS_SCHEMA_VERSION, MAIN_SCHEMA_VERSION, MigrationReport, SQLITE_KEYS, SQLITE_MAIN, apply_pending,
};
use crate::sql::{db_err, impl_key_store};

/// File name of the main database.
pub const MAIN_FILE: &str = "hushdesk.sqlite";
/// File name of the key store.
pub const KEYS_FILE: &str = "keys.sqlite";

/// The SQLite store.
#[derive(Clone, Debug)]
pub struct SqliteStore {
    writer: SqlitePool,
    reader: SqlitePool,
    keys: SqliteKeyStore,
    dir: PathBuf,
}

/// The SQLite key store (`keys.sqlite`).
#[derive(Clone, Debug)]
pub struct SqliteKeyStore {
    pool: SqlitePool,
}

/// A transaction on the main database.
pub struct SqliteTx {
    tx: Transaction<'static, Sqlite>,
    write: bool,
}

/// How often the background task checkpoints the main database's WAL.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(250);

/// Connection options. `autocheckpoint` off (the main database's writer): a checkpoint
/// run inside a commit stalls every request waiting on that commit (ingest p99 21 ms
/// with, 14 ms without, on the HTTP benchmark), so the writer never checkpoints and a
/// background task does it from a reader connection instead ([`checkpoint_in_background`]).
fn options(path: &Path, autocheckpoint: bool) -> SqliteConnectOptions {
    SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Full)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(30))
        .pragma("secure_delete", "ON")
        // Statement journals of multi-row inserts stay in memory (never in a temp file).
        .pragma("temp_store", "MEMORY")
        // Checkpoint every ~32 MB of WAL rather than 4 MB: index pages rewritten by
        // successive batches are copied to the database once per checkpoint.
        .pragma("wal_autocheckpoint", if autocheckpoint { "8000" } else { "0" })
        .pragma("cache_size", "-32000")
}

fn io_err(op: &'static str) -> impl FnOnce(std::io::Error) -> StoreError {
    move |e| StoreError::backend(op, e)
}

/// Creates the directory (0700) and an empty file (0600) so SQLite never creates them
/// with the process umask.
fn prepare_files(dir: &Path) -> StoreResult<()> {
    if !dir.is_dir() {
        let mut b = std::fs::DirBuilder::new();
        b.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            b.mode(0o700);
        }
        b.create(dir).map_err(io_err("create data directory"))?;
    }
    for name in [MAIN_FILE, KEYS_FILE] {
        let path = dir.join(name);
        if path.exists() {
            continue;
        }
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o600);
        }
        match o.open(&path) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(io_err("create database file")(e)),
        }
    }
    Ok(())
}

async fn schema_version(pool: &SqlitePool) -> StoreResult<i64> {
    let exists: Option<String> =
        sqlx::query_scalar("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_meta'")
            .fetch_optional(pool)
            .await
            .map_err(db_err("read schema version"))?;
    if exists.is_none() {
        return Ok(0);
    }
    let v: Option<i64> = sqlx::query_scalar("SELECT version FROM schema_meta WHERE id = 1")
        .fetch_optional(pool)
        .await
        .map_err(db_err("read schema version"))?;
    Ok(v.unwrap_or(0))
}

/// Applies `migrations` to the database behind `pool`; refuses a newer schema before
/// writing anything. Returns (from, to).
async fn migrate(
    pool: &SqlitePool,
    what: &'static str,
    migrations: &[(i64, &'static str)],
    supported: i64,
) -> StoreResult<(i64, i64)> {
    let from = schema_version(pool).await?;
    if from > supported {
        return Err(StoreError::NewerSchema { what, found: from, supported });
    }
    if from == supported {
        return Ok((from, from));
    }
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await.map_err(db_err("migrate"))?;
    apply_pending::<Sqlite>(&mut tx, what, migrations, supported).await?;
    tx.commit().await.map_err(db_err("migrate"))?;
    Ok((from, supported))
}

/// Copies committed WAL frames into the main database every [`CHECKPOINT_EVERY`] with a
/// `PASSIVE` checkpoint (it never blocks the writer or readers), until the pool closes.
/// SQLite restarts the WAL from its beginning once a checkpoint has caught up, so the
/// file stays small without the writer ever checkpointing.
fn checkpoint_in_background(reader: SqlitePool) {
    tokio::spawn(async move {
        while !reader.is_closed() {
            tokio::time::sleep(CHECKPOINT_EVERY).await;
            // A failure (the pool closing, a busy database) is retried on the next tick;
            // the WAL only grows meanwhile, nothing is lost.
            let _ = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)").execute(&reader).await;
        }
    });
}

/// `PRAGMA wal_checkpoint(TRUNCATE)`, retried while readers hold it up.
async fn truncate_wal(pool: &SqlitePool) -> StoreResult<()> {
    for _ in 0..500 {
        let (busy, _, _): (i64, i64, i64) = sqlx::query_as("PRAGMA wal_checkpoint(TRUNCATE)")
            .fetch_one(pool)
            .await
            .map_err(db_err("checkpoint WAL"))?;
        if busy == 0 {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    Err(StoreError::Conflict("WAL checkpoint kept being blocked by readers"))
}

impl SqliteStore {
    /// Opens (creating if needed) the store in `dir` and applies migrations.
    ///
    /// # Errors
    /// [`StoreError::NewerSchema`] (nothing written), I/O and driver errors.
    pub async fn open(dir: &Path) -> StoreResult<Self> {
        Ok(SqliteStore::open_migrated(dir).await?.0)
    }

    /// [`SqliteStore::open`], also returning what the migrations did.
    ///
    /// # Errors
    /// As [`SqliteStore::open`].
    pub async fn open_migrated(dir: &Path) -> StoreResult<(Self, MigrationReport)> {
        prepare_files(dir)?;
        let main = dir.join(MAIN_FILE);
        let keys_path = dir.join(KEYS_FILE);
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(300))
            .connect_with(options(&main, false))
            .await
            .map_err(db_err("open database"))?;
        let keys = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(300))
            .connect_with(options(&keys_path, true))
            .await
            .map_err(db_err("open key store"))?;
        let migrated = async {
            let main = migrate(&writer, "database", SQLITE_MAIN, MAIN_SCHEMA_VERSION).await?;
            let keys = migrate(&keys, "key store", SQLITE_KEYS, KEYS_SCHEMA_VERSION).await?;
            Ok::<_, StoreError>((main, keys))
        }
        .await;
        let ((main_from, main_to), (keys_from, keys_to)) = match migrated {
            Ok(v) => v,
            Err(e) => {
                // Close cleanly so SQLite removes its empty WAL and shared-memory files.
                writer.close().await;
                keys.close().await;
                return Err(e);
            }
        };
        let reader = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options(&main, true))
            .await
            .map_err(db_err("open database"))?;
        checkpoint_in_background(reader.clone());
        let store = SqliteStore { writer, reader, keys: SqliteKeyStore { pool: keys }, dir: dir.to_owned() };
        Ok((store, MigrationReport { main_from, main_to, keys_from, keys_to }))
    }

    /// The data directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Path of the main database file.
    pub fn main_path(&self) -> PathBuf {
        self.dir.join(MAIN_FILE)
    }

    /// Path of the key store file.
    pub fn keys_path(&self) -> PathBuf {
        self.dir.join(KEYS_FILE)
    }

    /// Closes every connection (checkpointing the WALs).
    pub async fn close(&self) {
        self.reader.close().await;
        self.writer.close().await;
        self.keys.pool.close().await;
    }

    /// Runs a raw query returning one integer (tests and tools only).
    ///
    /// # Errors
    /// Driver errors.
    #[doc(hidden)]
    pub async fn query_i64(&self, sql: &str) -> StoreResult<i64> {
        sqlx::query_scalar(AssertSqlSafe(sql.to_owned())).fetch_one(&self.writer).await.map_err(db_err("raw query"))
    }

    /// Runs a raw statement on the main database (tests and tools only: tampering
    /// tests edit the audit log through this).
    ///
    /// # Errors
    /// Driver errors.
    #[doc(hidden)]
    pub async fn execute_raw(&self, sql: &str) -> StoreResult<u64> {
        let r = sqlx::raw_sql(AssertSqlSafe(sql.to_owned()))
            .execute(&self.writer)
            .await
            .map_err(db_err("raw statement"))?;
        Ok(r.rows_affected())
    }
}

impl Store for SqliteStore {
    type Tx = SqliteTx;
    type Keys = SqliteKeyStore;
    type AuditScan = ChannelScan;

    async fn begin_write(&self) -> StoreResult<SqliteTx> {
        let tx = self.writer.begin_with("BEGIN IMMEDIATE").await.map_err(db_err("begin write transaction"))?;
        Ok(SqliteTx { tx, write: true })
    }

    async fn begin_read(&self) -> StoreResult<SqliteTx> {
        let tx = self.reader.begin().await.map_err(db_err("begin read transaction"))?;
        Ok(SqliteTx { tx, write: false })
    }

    fn keys(&self) -> &SqliteKeyStore {
        &self.keys
    }

    async fn api_key_by_hash(&self, hash: &[u8; 32]) -> StoreResult<Option<hushdesk_domain::store::ApiKeyRow>> {
        repos::find_api_key(&self.reader, hash).await
    }

    fn backend(&self) -> &'static str {
        "sqlite"
    }

    async fn scrub(&self) -> StoreResult<()> {
        truncate_wal(&self.writer).await
    }

    async fn scan_audit(&self, after: u64, page: u32) -> StoreResult<ChannelScan> {
        let plan = repos::audit_scan_plan(&self.reader, after, page).await?;
        let path = self.main_path();
        Ok(audit_scan::start(plan, |k, plan, tx| audit_scan::sqlite_reader(&path, k, plan, tx)))
    }
}

mod repos {
    use super::SqliteTx;
    crate::sql::impl_main_repos!(SqliteTx, sqlx::Sqlite, "SELECT seq, hash FROM audit_head WHERE id = 1");
}

impl_key_store!(SqliteKeyStore, Sqlite, |this| {
    // secure_delete zeroed the row in the page; push that page out of the WAL into the
    // file and truncate the WAL, so no older copy of the page survives in it.
    truncate_wal(&this.pool).await?;
});
