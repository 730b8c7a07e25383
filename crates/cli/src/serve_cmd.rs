//! `hushdesk serve` and `hushdesk config`: the HTTP API, wired to the store the
//! configuration selects (SQLite in the data directory, or PostgreSQL).
//!
//! Order on start: configuration (refuses plain HTTP on a public address), keyring
//! (created on first start), database (migrated), vault (keyring checked against the
//! database), TLS, listener, bootstrap credential (first start only: a database
//! without any API key). Standard output: on first start an explanation line and the
//! bootstrap admin API key alone on the next line (shown once), then the dev
//! certificate path (with `--dev-tls`), then `hushdesk listening on <URL>` last.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{Context, Result};
use clap::Args;
use hushdesk_crypto::{Secret32, Unlock};
use hushdesk_domain::{FileKeyring, Policy, Store, Vault, VaultConfig};
use hushdesk_server::api::{Backend, VaultBackend};
use hushdesk_server::auth::BoxFuture;
use hushdesk_server::config::TlsFiles;
use hushdesk_server::state::{Readiness, ReadyCheck};
use hushdesk_server::{Config, Overrides, Parts};
use hushdesk_store::{MAIN_SCHEMA_VERSION, PgSchemas, PgStore, SqliteStore};

/// Where the server's settings come from (shared by `serve`, `config`, `apikey`, `user`).
#[derive(Debug, Args, Clone, Default)]
pub struct ServerFlags {
    /// Configuration file (TOML); `HUSHDESK_*` variables and these flags override it.
    #[arg(long, env = "HUSHDESK_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    /// Data directory: SQLite database, key store, keyring, dev TLS files [default: ./hushdesk-data].
    #[arg(long, global = true)]
    pub data: Option<PathBuf>,
    /// Address and port [default: 127.0.0.1:8080].
    #[arg(long, global = true)]
    pub listen: Option<SocketAddr>,
    /// PostgreSQL (postgres://…) instead of SQLite, for several nodes.
    #[arg(long, global = true)]
    pub database_url: Option<String>,
    /// PostgreSQL schema of the main tables [default: public].
    #[arg(long, global = true)]
    pub pg_schema: Option<String>,
    /// PostgreSQL schema of the key store [default: hushdesk_keys].
    #[arg(long, global = true)]
    pub pg_keys_schema: Option<String>,
    /// Keyring file [default: <data>/keyring.json].
    #[arg(long, global = true)]
    pub keyring: Option<PathBuf>,
    /// Vault policy file (TOML).
    #[arg(long, global = true)]
    pub policy: Option<PathBuf>,
    /// Serve HTTPS with a self-signed certificate for localhost (kept in <data>/dev-tls/).
    #[arg(long, global = true)]
    pub dev_tls: bool,
    /// Allow plain HTTP on a non-loopback address: a TLS-terminating proxy is in front.
    #[arg(long, global = true)]
    pub behind_tls_proxy: bool,
    /// TLS certificate chain (PEM); reloaded on SIGHUP and when it changes.
    #[arg(long, requires = "tls_key", global = true)]
    pub tls_cert: Option<PathBuf>,
    /// TLS private key (PEM).
    #[arg(long, requires = "tls_cert", global = true)]
    pub tls_key: Option<PathBuf>,
    /// Let requests without credentials use /analyze and /anonymize (private networks only).
    #[arg(long, global = true)]
    pub allow_anonymous_analyze: bool,
    /// Largest request body in bytes.
    #[arg(long, global = true)]
    pub max_body_bytes: Option<usize>,
    /// File holding the 32-byte key that seals the keyring (or HUSHDESK_KEK_PASSPHRASE /
    /// HUSHDESK_KEK in the environment; none = plain keyring file).
    #[arg(long, global = true)]
    pub kek_file: Option<PathBuf>,
}

impl ServerFlags {
    fn overrides(&self) -> Overrides {
        Overrides {
            listen: self.listen,
            data: self.data.clone(),
            database_url: self.database_url.clone(),
            pg_schema: self.pg_schema.clone(),
            pg_keys_schema: self.pg_keys_schema.clone(),
            keyring: self.keyring.clone(),
            policy: self.policy.clone(),
            dev_tls: self.dev_tls.then_some(true),
            behind_tls_proxy: self.behind_tls_proxy.then_some(true),
            tls: self.tls_cert.as_ref().map(|c| TlsFiles { cert: Some(c.clone()), key: self.tls_key.clone() }),
            allow_anonymous_analyze: self.allow_anonymous_analyze.then_some(true),
            max_body_bytes: self.max_body_bytes,
        }
    }

    /// The validated configuration.
    ///
    /// # Errors
    /// Configuration errors (naming the setting and source).
    pub fn load(&self) -> Result<Config> {
        Ok(Config::load(self.config.as_deref(), std::env::vars(), &self.overrides())?)
    }

    pub(crate) fn unlock(&self) -> Result<Unlock> {
        crate::vault_cmd::unlock(self.kek_file.as_deref())
    }
}

/// `hushdesk config`: the effective configuration, without secrets.
pub fn print_config(flags: ServerFlags) -> Result<bool> {
    print!("{}", flags.load()?.to_redacted_toml());
    Ok(true)
}

struct SqliteReady(SqliteStore);
struct PgReady(PgStore);

fn check_version(v: Result<i64, hushdesk_domain::StoreError>, db: &str) -> Result<Readiness, String> {
    match v {
        Ok(v) if v == MAIN_SCHEMA_VERSION => Ok(Readiness { database: db.to_owned(), schema_version: v }),
        Ok(v) => Err(format!("database schema is at version {v}, this binary expects {MAIN_SCHEMA_VERSION}")),
        Err(_) => Err("the database is not reachable".to_owned()),
    }
}

const VERSION_SQL: &str = "SELECT version FROM schema_meta WHERE id = 1";

impl ReadyCheck for SqliteReady {
    fn ready(&self) -> BoxFuture<'_, Result<Readiness, String>> {
        Box::pin(async move { check_version(self.0.query_i64(VERSION_SQL).await, "sqlite") })
    }
}

impl ReadyCheck for PgReady {
    fn ready(&self) -> BoxFuture<'_, Result<Readiness, String>> {
        Box::pin(async move { check_version(self.0.query_i64(VERSION_SQL).await, "postgres") })
    }
}

/// An opened vault behind the server's erased interface.
pub struct Opened {
    /// The vault operations.
    pub backend: Arc<dyn Backend>,
    /// Database readiness.
    pub ready: Arc<dyn ReadyCheck>,
    /// Key of the anonymizer's `hash` operator.
    pub hash_key: Secret32,
}

fn open_vault<S: Store + 'static>(vault: Vault<S>) -> Arc<dyn Backend> {
    Arc::new(VaultBackend(Arc::new(vault)))
}

/// Opens keyring, database and vault as `config` says.
///
/// # Errors
/// Keyring, database and vault errors.
pub async fn open(config: &Config, unlock: Unlock) -> Result<Opened> {
    let keyring_path = config.keyring_path();
    let (source, keyring, _) = FileKeyring::open_or_create(&keyring_path, unlock)
        .with_context(|| format!("keyring {}", keyring_path.display()))?;
    let hash_key = keyring.purpose_key("presidio-hash").context("deriving the anonymizer key")?;
    let policy = match &config.policy {
        None => Policy::default(),
        Some(p) => {
            let text = std::fs::read_to_string(p).with_context(|| format!("reading policy {}", p.display()))?;
            Policy::from_toml(&text).with_context(|| format!("policy {}", p.display()))?
        }
    };
    let vc = VaultConfig {
        checkpoint_every: config.checkpoint_every,
        phone_region: config.phone_region.clone(),
        ..VaultConfig::default()
    };
    let (backend, ready): (Arc<dyn Backend>, Arc<dyn ReadyCheck>) = match &config.database_url {
        None => {
            let store = SqliteStore::open(&config.data).await.context("opening the database")?;
            let vault = Vault::open(store.clone(), keyring, Box::new(source), policy, vc).await?;
            (open_vault(vault), Arc::new(SqliteReady(store)))
        }
        Some(url) => {
            let schemas = PgSchemas { main: config.pg_schema.clone(), keys: config.pg_keys_schema.clone() };
            let store = PgStore::connect(url, schemas).await.context("opening the database")?;
            let vault = Vault::open(store.clone(), keyring, Box::new(source), policy, vc).await?;
            (open_vault(vault), Arc::new(PgReady(store)))
        }
    };
    Ok(Opened { backend, ready, hash_key })
}

/// The runtime the server runs on (one worker per core).
pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the async runtime")
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("HUSHDESK_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ =
        tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_target(false).try_init();
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(s) => s,
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
                return;
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
    tracing::info!("shutting down: finishing in-flight requests");
}

/// A server started in this process (for `serve` and `bench http`).
pub struct Started {
    /// The bound address.
    pub addr: SocketAddr,
    /// The URL clients use.
    pub url: String,
    /// The vault operations.
    pub backend: Arc<dyn Backend>,
    /// The certificate file when TLS is on.
    pub cert: Option<PathBuf>,
}

/// Opens everything, binds, and returns the server future (not yet running).
///
/// # Errors
/// Start-up errors.
pub async fn start(
    config: Config,
    unlock: Unlock,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(Started, impl std::future::Future<Output = Result<(), hushdesk_server::StartError>>)> {
    let opened = open(&config, unlock).await?;
    let tls = hushdesk_server::tls_setup(&config).context("TLS")?;
    let listener =
        std::net::TcpListener::bind(config.listen).with_context(|| format!("listening on {}", config.listen))?;
    let addr = listener.local_addr()?;
    let url = config.base_url(addr);
    let auth = Arc::new(hushdesk_server::access::StoreAuthenticator::new(opened.backend.clone(), &config));
    let parts = Parts {
        auth,
        ready: Some(opened.ready),
        api: Some(opened.backend.clone()),
        hash_key: Some(opened.hash_key),
        analyzer: hushdesk_detect::AnalyzerConfig::default(),
        cpu_threads: 0,
    };
    let cert = tls.as_ref().map(|t| t.cert.clone());
    let mut state = hushdesk_server::build_state(config, parts)?;
    state.base_url = url.as_str().into();
    let fut = hushdesk_server::run(listener, state, tls, shutdown);
    Ok((Started { addr, url, backend: opened.backend, cert }, fut))
}

/// `hushdesk serve`.
pub fn serve(flags: ServerFlags) -> Result<bool> {
    let config = flags.load()?;
    let unlock = flags.unlock()?;
    init_logging();
    let rt = runtime()?;
    rt.block_on(async move {
        let (started, server) = start(config, unlock, shutdown_signal()).await?;
        if let Some((row, key)) = started.backend.bootstrap_admin_key("bootstrap admin").await? {
            println!(
                "first start: bootstrap admin API key {} follows, shown once (send it as Authorization: Bearer <key>; \
                 create your own keys with it, then revoke it):",
                row.id
            );
            println!("{}", key.expose_secret());
        }
        if let Some(cert) = &started.cert {
            println!("dev TLS certificate: {} (e.g. curl --cacert {})", cert.display(), cert.display());
        }
        println!("hushdesk listening on {}", started.url);
        use std::io::Write;
        let _ = std::io::stdout().flush();
        server.await?;
        Ok(true)
    })
}
