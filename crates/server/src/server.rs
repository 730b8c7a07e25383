//! Building the state and serving: `run(listener, …, shutdown)` so tests bind port 0.
//!
//! Shutdown is graceful: when the `shutdown` future completes the listener stops
//! accepting, in-flight requests run to completion (bounded by `shutdown_grace`) and
//! only then does `run` return; an ingest is acknowledged only after its transaction
//! committed, so nothing acknowledged is lost.

use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum_server::Handle;
use axum_server::tls_rustls::RustlsConfig;
use hushdesk_crypto::Secret32;
use hushdesk_detect::AnalyzerConfig;

use crate::auth::Authenticator;
use crate::config::Config;
use crate::metrics::Metrics;
use crate::pool::CpuPool;
use crate::presidio::Analysis;
use crate::ratelimit::Limiters;
use crate::state::{AppState, ReadyCheck};
use crate::tls::{self, TlsError};

/// What the caller (the CLI, a test) plugs into the server.
pub struct Parts {
    /// Resolves credentials.
    pub auth: Arc<dyn Authenticator>,
    /// Database readiness.
    pub ready: Option<Arc<dyn ReadyCheck>>,
    /// The vault and access endpoints.
    pub api: Option<Arc<dyn crate::api::Backend>>,
    /// Key of the anonymizer's `hash` operator (from the keyring).
    pub hash_key: Option<Secret32>,
    /// Detector settings.
    pub analyzer: AnalyzerConfig,
    /// CPU pool threads (0 = one per core).
    pub cpu_threads: usize,
}

/// Errors starting the server.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// TLS files.
    #[error("TLS: {0}")]
    Tls(#[from] TlsError),
    /// The detector configuration.
    #[error("detector: {0}")]
    Detector(#[from] hushdesk_detect::ConfigError),
    /// Threads.
    #[error("worker pool: {0}")]
    Pool(#[from] rayon::ThreadPoolBuildError),
    /// Sockets.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Builds the shared state (call inside a tokio runtime: it starts the ingest committer).
///
/// # Errors
/// Detector and pool errors.
pub fn build_state(config: Config, parts: Parts) -> Result<AppState, StartError> {
    let cpu = CpuPool::new(parts.cpu_threads, 4096)?;
    let analysis = Analysis::new(parts.analyzer, parts.hash_key)?;
    let limits = Arc::new(Limiters::new(&config.rate_limit));
    let metrics = Arc::new(Metrics::new());
    let committer = parts.api.clone().map(|api| crate::api::Committer::start(api, metrics.clone()));
    let base_url: Arc<str> = config.base_url(config.listen).into();
    Ok(AppState {
        base_url,
        config: Arc::new(config),
        metrics,
        committer,
        cpu: Arc::new(cpu),
        analysis: Arc::new(analysis),
        limits,
        auth: parts.auth,
        ready: parts.ready,
        api: parts.api,
        openapi: crate::app::openapi_bytes(),
    })
}

/// TLS as configured: the rustls configuration (reloadable) and its files.
pub struct TlsSetup {
    /// The live configuration.
    pub rustls: RustlsConfig,
    /// Certificate file (the dev certificate, or the configured one).
    pub cert: PathBuf,
    /// Key file.
    pub key: PathBuf,
}

/// Loads TLS as the configuration says (`None`: plain HTTP).
///
/// # Errors
/// Unreadable or invalid files.
pub fn tls_setup(config: &Config) -> Result<Option<TlsSetup>, TlsError> {
    tls::install_default_provider();
    let (cert, key) = if config.dev_tls {
        tls::ensure_dev_cert(&config.data.join("dev-tls"))?
    } else {
        match (&config.tls.cert, &config.tls.key) {
            (Some(c), Some(k)) => (c.clone(), k.clone()),
            _ => return Ok(None),
        }
    };
    let sc = tls::load_files(&cert, &key)?;
    Ok(Some(TlsSetup { rustls: RustlsConfig::from_config(Arc::new(sc)), cert, key }))
}

/// Serves `state` on `listener` until `shutdown` completes, then drains.
///
/// # Errors
/// Socket errors.
pub async fn run(
    listener: std::net::TcpListener,
    state: AppState,
    tls: Option<TlsSetup>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), StartError> {
    listener.set_nonblocking(true)?;
    let grace = state.config.shutdown_grace.0;
    let limits = state.limits.clone();
    let app = crate::app::router(state);
    let handle: Handle<SocketAddr> = Handle::new();
    let h = handle.clone();
    let stopper = tokio::spawn(async move {
        shutdown.await;
        h.graceful_shutdown(Some(grace));
    });
    let cleaner = tokio::spawn(async move {
        loop {
            tokio::time::sleep(Duration::from_secs(60)).await;
            limits.cleanup();
        }
    });
    let make = app.into_make_service_with_connect_info::<SocketAddr>();
    let result = match tls {
        Some(t) => {
            let reloader = tls::spawn_reloader(t.rustls.clone(), t.cert, t.key);
            let mut server = axum_server::from_tcp_rustls(listener, t.rustls)?.handle(handle);
            server.http_builder().http1().header_read_timeout(Some(Duration::from_secs(20)));
            let r = server.serve(make).await;
            reloader.abort();
            r
        }
        None => {
            let mut server = axum_server::from_tcp(listener)?.handle(handle);
            server.http_builder().http1().header_read_timeout(Some(Duration::from_secs(20)));
            server.serve(make).await
        }
    };
    stopper.abort();
    cleaner.abort();
    result.map_err(StartError::Io)
}
