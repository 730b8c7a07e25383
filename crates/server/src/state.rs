//! The state every handler shares. Cheap to clone: every field is an `Arc`.

use std::sync::Arc;

use crate::auth::{Authenticator, BoxFuture};
use crate::config::Config;
use crate::metrics::Metrics;
use crate::pool::CpuPool;
use crate::presidio::Analysis;
use crate::ratelimit::Limiters;

/// What `/readyz` reports when the backend is ready.
#[derive(Clone, Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Readiness {
    /// `sqlite` or `postgres`.
    pub database: String,
    /// Schema version of the main database.
    pub schema_version: i64,
}

/// Database readiness (reachable, migrations current).
pub trait ReadyCheck: Send + Sync + 'static {
    /// `Ok` when requests can be served; `Err` names the reason (no personal data).
    fn ready(&self) -> BoxFuture<'_, Result<Readiness, String>>;
}

/// Shared state.
#[derive(Clone)]
pub struct AppState {
    /// The validated configuration.
    pub config: Arc<Config>,
    /// Prometheus metrics.
    pub metrics: Arc<Metrics>,
    /// The pool for CPU-bound work (detection, anonymisation).
    pub cpu: Arc<CpuPool>,
    /// Analyzers and the anonymizer's keys.
    pub analysis: Arc<Analysis>,
    /// Rate limiters.
    pub limits: Arc<Limiters>,
    /// Resolves API keys and sessions.
    pub auth: Arc<dyn Authenticator>,
    /// Readiness of the backend (`None`: no database, always ready).
    pub ready: Option<Arc<dyn ReadyCheck>>,
    /// The vault and access endpoints (`None`: analysis-only server).
    pub api: Option<Arc<dyn crate::api::Backend>>,
    /// The ingest group committer (with `api`).
    pub committer: Option<Arc<crate::api::Committer>>,
    /// The base URL clients use (sign-in links).
    pub base_url: Arc<str>,
    /// The OpenAPI document, serialised once.
    pub openapi: Arc<bytes::Bytes>,
}
