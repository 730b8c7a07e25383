//! `hushdesk bench http`: a small load generator for the HTTP API on loopback.
//!
//! By default it starts a server in this process (plain HTTP on 127.0.0.1, a fresh
//! SQLite data directory, an `integration` API key) and drives it over real sockets
//! with keep-alive connections; `--url` and `--key` point it at a running server
//! instead (`--cacert` for TLS). It reports requests per second and latency
//! percentiles measured per request from send to complete response.
//!
//! * `ingest`: `POST /v1/conversations/{id}/messages` with ~500-byte support messages
//!   (the labelled corpus, digits re-drawn), 1000 subjects, 100 conversations.
//! * `analyze`: `POST /analyze` with a ~2 KB support text.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};
use hushdesk_crypto::Unlock;
use hushdesk_domain::Actor;
use hushdesk_server::client::Client;
use hushdesk_server::{Config, Overrides};

use crate::bench::Generator;

/// What to load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Target {
    /// Store 500-byte messages.
    Ingest,
    /// Analyse 2 KB texts.
    Analyze,
}

/// `hushdesk bench http`.
#[derive(Debug, Args)]
pub struct HttpBenchArgs {
    /// Which endpoint(s) to load.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "ingest,analyze")]
    pub target: Vec<Target>,
    /// Requests per target.
    #[arg(long, default_value_t = 20_000)]
    pub requests: usize,
    /// Concurrent keep-alive connections.
    #[arg(long, default_value_t = 32)]
    pub connections: usize,
    /// A running server (e.g. https://localhost:8443) instead of one started here.
    #[arg(long, requires = "key")]
    pub url: Option<String>,
    /// API key for --url (role integration).
    #[arg(long, env = "HUSHDESK_BENCH_KEY", hide_env_values = true)]
    pub key: Option<String>,
    /// CA certificate (PEM) for an https --url.
    #[arg(long)]
    pub cacert: Option<PathBuf>,
}

struct Report {
    requests: usize,
    errors: usize,
    elapsed: Duration,
    lat_us: Vec<u32>,
}

impl Report {
    fn pct(&self, p: f64) -> f64 {
        if self.lat_us.is_empty() {
            return 0.0;
        }
        let i = ((self.lat_us.len() as f64 - 1.0) * p).round() as usize;
        f64::from(self.lat_us[i]) / 1000.0
    }
}

fn bodies(target: Target, n: usize) -> Vec<(String, Vec<u8>)> {
    let mut g = Generator::new();
    let mut out = Vec::with_capacity(n.min(4096));
    let distinct = n.min(4096);
    let mut i = 0;
    while out.len() < distinct {
        let mut text = String::new();
        let want = if target == Target::Ingest { 500 } else { 2048 };
        while text.len() < want {
            let d = g.next_doc();
            text.push_str(&d);
            text.push('\n');
        }
        text.truncate(text.floor_char_boundary(want));
        let (path, body) = match target {
            Target::Ingest => (
                format!("/v1/conversations/bench-{}/messages", i % 100),
                serde_json::json!({"subject": {"external_id": format!("bench-customer-{}", i % 1000)}, "author": "customer", "text": text}),
            ),
            Target::Analyze => ("/analyze".to_owned(), serde_json::json!({"text": text, "language": "en"})),
        };
        out.push((path, serde_json::to_vec(&body).unwrap_or_default()));
        i += 1;
    }
    out
}

async fn load(client: &Client, key: &str, target: Target, requests: usize, connections: usize) -> Result<Report> {
    let work = Arc::new(bodies(target, requests));
    let next = Arc::new(AtomicUsize::new(0));
    let auth = Arc::new(format!("Bearer {key}"));
    // Warm-up: connections, caches.
    let mut c = client.connect().await.context("connecting")?;
    for (path, body) in work.iter().take(50) {
        c.send("POST", path, &[("authorization", &auth)], Some(body.clone())).await?;
    }
    let started = Instant::now();
    let mut tasks = Vec::with_capacity(connections);
    for _ in 0..connections {
        let (client, work, next, auth) = (client.clone(), work.clone(), next.clone(), auth.clone());
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::new();
            let mut errors = 0usize;
            let mut conn = client.connect().await?;
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= requests {
                    break;
                }
                let (path, body) = &work[i % work.len()];
                let t = Instant::now();
                let r = conn.send("POST", path, &[("authorization", &auth)], Some(body.clone())).await?;
                lat.push(u32::try_from(t.elapsed().as_micros()).unwrap_or(u32::MAX));
                if !(200..300).contains(&r.status) {
                    errors += 1;
                }
            }
            Ok::<_, hushdesk_server::client::ClientError>((lat, errors))
        }));
    }
    let mut lat_us = Vec::with_capacity(requests);
    let mut errors = 0;
    for t in tasks {
        let (l, e) = t.await??;
        lat_us.extend(l);
        errors += e;
    }
    let elapsed = started.elapsed();
    lat_us.sort_unstable();
    Ok(Report { requests: lat_us.len(), errors, elapsed, lat_us })
}

fn print(target: Target, r: &Report, connections: usize) {
    let rps = r.requests as f64 / r.elapsed.as_secs_f64();
    println!(
        "{:<8} {:>7} requests  {:>3} connections  {:>9.0} req/s  p50 {:>6.2} ms  p99 {:>6.2} ms  max {:>7.2} ms  errors {}",
        format!("{target:?}").to_lowercase(),
        r.requests,
        connections,
        rps,
        r.pct(0.50),
        r.pct(0.99),
        r.pct(1.0),
        r.errors
    );
}

fn client_for(url: &str, cacert: Option<&PathBuf>) -> Result<Client> {
    let (tls, rest) = if let Some(r) = url.strip_prefix("https://") {
        (true, r)
    } else if let Some(r) = url.strip_prefix("http://") {
        (false, r)
    } else {
        bail!("--url must start with http:// or https://");
    };
    let hostport = rest.split('/').next().unwrap_or(rest);
    let (host, port) = hostport.rsplit_once(':').context("--url needs a port")?;
    let port: u16 = port.parse().context("--url port")?;
    let ip = if host == "localhost" { "127.0.0.1" } else { host.trim_start_matches('[').trim_end_matches(']') };
    let addr: SocketAddr = format!("{ip}:{port}").parse().context("--url host must be an IP address or localhost")?;
    if !addr.ip().is_loopback() {
        bail!("bench http only targets loopback addresses");
    }
    if tls {
        let pem = std::fs::read(cacert.context("an https --url needs --cacert")?)?;
        Ok(Client::tls(addr, &pem, host)?)
    } else {
        Ok(Client::plain(addr))
    }
}

/// Runs the benchmark.
pub fn run(args: HttpBenchArgs) -> Result<()> {
    if args.connections == 0 || args.requests == 0 {
        bail!("--requests and --connections must be positive");
    }
    let rt = crate::serve_cmd::runtime()?;
    rt.block_on(async move {
        let (client, key, _guard) = match &args.url {
            Some(url) => (client_for(url, args.cacert.as_ref())?, args.key.clone().unwrap_or_default(), None),
            None => {
                let dir = tempfile::tempdir().context("temporary data directory")?;
                let overrides = Overrides {
                    data: Some(dir.path().to_owned()),
                    listen: Some("127.0.0.1:0".parse()?),
                    ..Overrides::default()
                };
                let mut config = Config::load(None, Vec::<(String, String)>::new(), &overrides)?;
                config.rate_limit.per_key_per_second = 1_000_000;
                config.rate_limit.per_key_burst = 1_000_000;
                let (tx, rx) = tokio::sync::oneshot::channel::<()>();
                let (started, server) = crate::serve_cmd::start(config, Unlock::None, async move {
                    let _ = rx.await;
                })
                .await?;
                let handle = tokio::spawn(server);
                let (_, key) =
                    started.backend.create_api_key(&Actor::new("bench")?, "bench", "integration", None).await?;
                eprintln!("server started in-process on {} (SQLite in a temporary directory)", started.url);
                (Client::plain(started.addr), key.expose_secret().to_owned(), Some((dir, tx, handle)))
            }
        };
        for t in &args.target {
            let r = load(&client, &key, *t, args.requests, args.connections).await?;
            print(*t, &r, args.connections);
        }
        if let Some((_dir, tx, handle)) = _guard {
            let _ = tx.send(());
            let _ = handle.await;
        }
        Ok(())
    })
}
