//! SQLite and PostgreSQL implementations of `hushdesk_domain::store`.
//!
//! The only crate that knows SQL. Runtime queries (no compile-time database), one SQL
//! text for both backends where they agree ([`sql`]), per-backend migrations under
//! `migrations/{sqlite,postgres}/{main,keys}` embedded in the binary and applied on
//! open, with a `schema_meta` version that refuses a database written by a newer
//! binary. Each backend keeps wrapped data keys apart from the main tables (see
//! [`sqlite`] and [`postgres`]). Times are `i64` microseconds, UTC.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

/// The audit log's columns, in the order every query reads and writes them
/// (`audit_scan::entry_ref` decodes a row by these positions).
macro_rules! audit_columns {
    () => {
        "seq, at, actor, action, target, subject_commitment, reason, purpose, details, prev_hash, hash"
    };
}

mod audit_scan;
pub mod migrate;
pub mod postgres;
mod sql;
pub mod sqlite;

pub use audit_scan::ChannelScan;
pub use migrate::{KEYS_SCHEMA_VERSION, MAIN_SCHEMA_VERSION, MigrationReport};
pub use postgres::{PgKeyStore, PgSchemas, PgStore, PgTx};
pub use sqlite::{SqliteKeyStore, SqliteStore, SqliteTx};
