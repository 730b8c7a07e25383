//! Test harness: a vault over a fresh SQLite directory or a fresh pair of PostgreSQL
//! schemas (when `HUSHDESK_TEST_DATABASE_URL` is set), with a plain keyring file in a
//! temporary directory.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use hushdesk_crypto::Unlock;
use hushdesk_domain::store::Store;
use hushdesk_domain::{
    Actor, Author, FileKeyring, IngestReceipt, IngestRequest, Policy, SubjectIdentifiers, Vault, VaultConfig,
    VaultError,
};
use hushdesk_store::{PgSchemas, PgStore, SqliteStore};
use tempfile::TempDir;
use zeroize::Zeroizing;

pub const PG_ENV: &str = "HUSHDESK_TEST_DATABASE_URL";

/// What the cases need from a backend beyond the `Store` trait.
pub trait TestStore: Store + Clone + Send + Sync + 'static {
    fn raw(&self, sql: &str) -> impl std::future::Future<Output = u64> + Send;
    fn is_pg(&self) -> bool;
}

impl TestStore for SqliteStore {
    async fn raw(&self, sql: &str) -> u64 {
        self.execute_raw(sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
    }
    fn is_pg(&self) -> bool {
        false
    }
}

impl TestStore for PgStore {
    async fn raw(&self, sql: &str) -> u64 {
        self.execute_raw(sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
    }
    fn is_pg(&self) -> bool {
        true
    }
}

pub struct Harness<S: TestStore> {
    pub store: S,
    pub vault: Arc<Vault<S>>,
    pub dir: TempDir,
    pub pg_url: Option<String>,
}

pub fn config() -> VaultConfig {
    VaultConfig { checkpoint_every: 10, ..VaultConfig::default() }
}

pub fn keyring_path(dir: &Path) -> PathBuf {
    dir.join("keyring.json")
}

pub async fn open_vault<S: TestStore>(store: S, keyring: &Path) -> Result<Vault<S>, VaultError> {
    let (source, keyring, _) = FileKeyring::open_or_create(keyring, Unlock::None)?;
    Vault::open(store, keyring, Box::new(source), Policy::default(), config()).await
}

pub async fn sqlite_harness() -> Harness<SqliteStore> {
    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("data")).await.unwrap();
    let vault = open_vault(store.clone(), &keyring_path(dir.path())).await.unwrap();
    Harness { store, vault: Arc::new(vault), dir, pg_url: None }
}

pub fn random_schemas() -> PgSchemas {
    let id = hushdesk_crypto::random::random_id().unwrap();
    PgSchemas { main: format!("t_{id}"), keys: format!("t_{id}_keys") }
}

pub async fn pg_harness() -> Option<Harness<PgStore>> {
    let Ok(url) = std::env::var(PG_ENV) else {
        eprintln!("skipped: {PG_ENV} is not set (PostgreSQL contract tests not run)");
        return None;
    };
    let dir = tempfile::tempdir().unwrap();
    let store = PgStore::connect(&url, random_schemas()).await.unwrap();
    let vault = open_vault(store.clone(), &keyring_path(dir.path())).await.unwrap();
    Some(Harness { store, vault: Arc::new(vault), dir, pg_url: Some(url) })
}

impl<S: TestStore> Harness<S> {
    pub fn keyring(&self) -> PathBuf {
        keyring_path(self.dir.path())
    }

    /// Another vault over the same store (a second process, as far as the store is concerned).
    pub async fn reopen(&self) -> Result<Vault<S>, VaultError> {
        open_vault(self.store.clone(), &self.keyring()).await
    }

    pub async fn head(&self) -> u64 {
        self.vault.key_status().await.unwrap().audit_head.seq
    }
}

pub async fn finish_pg(h: &Harness<PgStore>) {
    h.store.drop_schemas().await.unwrap();
    h.store.close().await;
}

pub fn actor() -> Actor {
    Actor::new("test-agent").unwrap()
}

pub fn request(conv: &str, email: Option<&str>, phone: Option<&str>, text: &str) -> IngestRequest {
    IngestRequest {
        conversation: conv.into(),
        subject: SubjectIdentifiers::new(email.map(Into::into), phone.map(Into::into), None),
        author: Author::Customer,
        text: Zeroizing::new(text.into()),
        at: None,
    }
}

pub async fn ingest<S: TestStore>(v: &Vault<S>, email: &str, text: &str) -> IngestReceipt {
    v.ingest(&actor(), request("c-1", Some(email), None, text)).await.unwrap()
}

/// The first token of a type in a receipt.
pub fn token_of(r: &IngestReceipt, entity: &str) -> String {
    r.tokens
        .iter()
        .find(|t| t.entity_type == entity)
        .unwrap_or_else(|| panic!("no {entity} token in {:?} / {}", r.tokens, r.redacted))
        .token
        .clone()
}
