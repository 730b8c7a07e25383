//! Helpers: a server on port 0 with the dev certificate and in-memory API keys.
#![allow(dead_code)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use hushdesk_crypto::{Secret32, Unlock};
use hushdesk_detect::AnalyzerConfig;
use hushdesk_domain::{FileKeyring, Policy, Vault, VaultConfig};
use hushdesk_server::api::Backend;
use hushdesk_server::auth::{Authenticator, BoxFuture, Principal, Via};
use hushdesk_server::authz::Role;
use hushdesk_server::client::Client;
use hushdesk_server::problem::ApiError;
use hushdesk_server::{Config, Parts};
use hushdesk_store::SqliteStore;
use tokio::sync::oneshot;

/// API keys in memory: `key-<role>` has that role.
pub struct MemoryKeys(pub HashMap<String, Principal>);

impl MemoryKeys {
    pub fn one_per_role() -> Self {
        let mut m = HashMap::new();
        for r in Role::ALL {
            m.insert(
                format!("key-{r}"),
                Principal { id: format!("key_{r}"), name: format!("{r} key"), role: Some(r), via: Via::ApiKey },
            );
        }
        MemoryKeys(m)
    }
}

impl Authenticator for MemoryKeys {
    fn api_key<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<Principal>, ApiError>> {
        Box::pin(async move { Ok(self.0.get(key).cloned()) })
    }
    fn session<'a>(&'a self, _id: &'a str) -> BoxFuture<'a, Result<Option<Principal>, ApiError>> {
        Box::pin(async { Ok(None) })
    }
}

pub struct TestServer {
    pub addr: SocketAddr,
    pub client: Client,
    pub cert_pem: Vec<u8>,
    stop: Option<oneshot::Sender<()>>,
    pub done: Option<tokio::task::JoinHandle<Result<(), hushdesk_server::StartError>>>,
    pub dir: tempfile::TempDir,
}

impl TestServer {
    /// Starts with the dev certificate; `tweak` adjusts the configuration.
    pub async fn start(tweak: impl FnOnce(&mut Config)) -> TestServer {
        Self::start_with(tweak, true).await
    }

    pub async fn start_with(tweak: impl FnOnce(&mut Config), tls: bool) -> TestServer {
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config { data: dir.path().to_owned(), dev_tls: tls, ..Config::default() };
        tweak(&mut config);
        TestServer::launch(config, dir, Arc::new(MemoryKeys::one_per_role()), None)
    }

    /// Serves `config` (TLS when `dev_tls`) on a free port with these credentials and,
    /// optionally, the vault endpoints.
    pub fn launch(
        config: Config,
        dir: tempfile::TempDir,
        auth: Arc<dyn Authenticator>,
        api: Option<Arc<dyn Backend>>,
    ) -> TestServer {
        config.validate().unwrap();
        let tls_setup = hushdesk_server::tls_setup(&config).unwrap();
        let cert_pem = tls_setup.as_ref().map(|t| std::fs::read(&t.cert).unwrap()).unwrap_or_default();
        let parts = Parts {
            auth,
            ready: None,
            api,
            hash_key: Some(Secret32::generate().unwrap()),
            analyzer: AnalyzerConfig::default(),
            cpu_threads: 2,
        };
        let state = hushdesk_server::build_state(config, parts).unwrap();
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = oneshot::channel::<()>();
        let tls = tls_setup.is_some();
        let done = tokio::spawn(hushdesk_server::run(listener, state, tls_setup, async move {
            let _ = rx.await;
        }));
        let client = if tls { Client::tls(addr, &cert_pem, "localhost").unwrap() } else { Client::plain(addr) };
        TestServer { addr, client, cert_pem, stop: Some(tx), done: Some(done), dir }
    }

    pub async fn stop(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(done) = self.done.take() {
            done.await.unwrap().unwrap();
        }
    }

    pub fn shutdown_signal(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }
}

/// A SQLite vault in `dir` (keyring created there), default policy.
pub async fn sqlite_vault(dir: &Path) -> Vault<SqliteStore> {
    let store = SqliteStore::open(dir).await.unwrap();
    let (source, keyring, _) = FileKeyring::open_or_create(&dir.join("keyring.json"), Unlock::None).unwrap();
    Vault::open(store, keyring, Box::new(source), Policy::default(), VaultConfig::default()).await.unwrap()
}

pub fn bearer(role: Role) -> String {
    format!("Bearer key-{role}")
}
