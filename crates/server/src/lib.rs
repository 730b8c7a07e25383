//! The HTTP API of Hushdesk: `hushdesk serve`.
//!
//! * [`config`]: TOML file, `HUSHDESK_*` variables and flags merged into one validated
//!   [`config::Config`].
//! * [`server`]: state, TLS ([`tls`]), `run(listener, …, shutdown)`.
//! * [`app`]: the router; [`auth`] and [`authz`]: credentials, the permission table
//!   and the route table (deny by default); [`ratelimit`]; [`headers`]: security
//!   headers; [`problem`]: RFC 9457 errors; [`extract`]: strict JSON/query/path
//!   extractors; [`metrics`]: Prometheus; [`openapi`]: the generated document.
//! * [`presidio`]: `/analyze`, `/anonymize`; [`api`]: the vault and access endpoints.
//! * [`pool`]: CPU-bound work runs on a rayon pool, never on the async workers.
//! * [`client`]: a small HTTP/1.1 client (plain or TLS) for tests and `bench http`.
//!
//! Architecture invariant: only this crate knows HTTP and JSON shapes. Request bodies,
//! query strings and header values are never logged; error details name fields and
//! reasons, never values.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod access;
pub mod api;
pub mod app;
pub mod auth;
pub mod authz;
pub mod client;
pub mod config;
pub mod extract;
pub mod headers;
pub mod health;
pub mod metrics;
pub mod openapi;
pub mod pool;
pub mod presidio;
pub mod problem;
pub mod ratelimit;
pub mod server;
pub mod state;
pub mod tls;

pub use config::{Config, Overrides};
pub use server::{Parts, StartError, TlsSetup, build_state, run, tls_setup};
pub use state::AppState;
