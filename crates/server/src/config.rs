//! Server configuration: defaults, then a TOML file, then `HUSHDESK_*` environment
//! variables, then command-line flags (each overrides the one before), merged with
//! figment into one validated [`Config`].
//!
//! Raw sources and the validated result are two types: [`Config`] is what the server
//! runs with; [`Overrides`] is what the command line may set. `Config` holds no secret
//! but the database URL's password, which [`Config::to_redacted_toml`] removes; the
//! keyring passphrase and key never go through this module (they stay in the
//! environment variables the vault commands already read).

use std::collections::BTreeSet;
use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::Figment;
use figment::providers::{Format, Serialized, Toml};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Environment variables that belong to other parts of hushdesk (or hold secrets) and
/// are never read as configuration.
const ENV_IGNORED: &[&str] = &["KEK", "KEK_PASSPHRASE", "CONFIG", "TEST_DATABASE_URL", "HASH_KEY", "LOG"];

/// A duration written as `90d`, `12h`, `30m`, `45s` (or a number of seconds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct HumanDuration(pub Duration);

impl HumanDuration {
    /// Parses `<n>[s|m|h|d]`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let s = s.trim();
        let (num, unit) = match s.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
            Some((i, _)) => (&s[..i], &s[i..]),
            None => (s, "s"),
        };
        let n: u64 = num.parse().map_err(|_| format!("invalid duration {s:?}: expected e.g. 90d, 12h, 30m, 45s"))?;
        let mult = match unit {
            "s" => 1,
            "m" => 60,
            "h" => 3600,
            "d" => 86_400,
            _ => return Err(format!("invalid duration unit in {s:?}: use s, m, h or d")),
        };
        n.checked_mul(mult)
            .filter(|&secs| secs <= 100 * 365 * 86_400)
            .map(|secs| HumanDuration(Duration::from_secs(secs)))
            .ok_or_else(|| format!("duration {s:?} is too long"))
    }
}

impl fmt::Display for HumanDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0.as_secs();
        if s > 0 && s.is_multiple_of(86_400) {
            write!(f, "{}d", s / 86_400)
        } else if s > 0 && s.is_multiple_of(3600) {
            write!(f, "{}h", s / 3600)
        } else if s > 0 && s.is_multiple_of(60) {
            write!(f, "{}m", s / 60)
        } else {
            write!(f, "{s}s")
        }
    }
}

impl Serialize for HumanDuration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for HumanDuration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Secs(u64),
            Text(String),
        }
        match Raw::deserialize(d)? {
            Raw::Secs(n) => Ok(HumanDuration(Duration::from_secs(n))),
            Raw::Text(t) => HumanDuration::parse(&t).map_err(serde::de::Error::custom),
        }
    }
}

/// TLS certificate and key files (PEM). Reloaded on SIGHUP and when either file changes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlsFiles {
    /// Certificate chain, leaf first.
    pub cert: Option<PathBuf>,
    /// Private key (PKCS#8, PKCS#1 or SEC1).
    pub key: Option<PathBuf>,
}

/// Request rate limits (token buckets).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RateLimits {
    /// Requests per second per API key or console session.
    pub per_key_per_second: u32,
    /// Burst per API key or session.
    pub per_key_burst: u32,
    /// Requests per second per client IP address for requests without valid
    /// credentials (anonymous endpoints, failed authentication, logins).
    pub per_ip_per_second: u32,
    /// Burst per client IP address.
    pub per_ip_burst: u32,
    /// Reveals per minute per actor.
    pub reveals_per_minute: u32,
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            per_key_per_second: 10_000,
            per_key_burst: 20_000,
            per_ip_per_second: 50,
            per_ip_burst: 100,
            reveals_per_minute: 30,
        }
    }
}

/// Who may state which reason for a reveal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RevealConfig {
    /// Reasons a reveal may give.
    pub reasons: Vec<String>,
    /// Whether a reason outside the list is accepted (it is still redacted by the
    /// detector before it is written to the audit log).
    pub allow_free_text: bool,
}

impl Default for RevealConfig {
    fn default() -> Self {
        RevealConfig {
            reasons: vec![
                "customer request".into(),
                "identity verification".into(),
                "delivery issue".into(),
                "billing dispute".into(),
                "fraud investigation".into(),
                "legal obligation".into(),
            ],
            allow_free_text: false,
        }
    }
}

/// Console sessions and log-in protection.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SessionConfig {
    /// A session unused for this long ends.
    pub idle_timeout: HumanDuration,
    /// A session ends this long after log-in, used or not.
    pub absolute_timeout: HumanDuration,
    /// Failed log-ins in a row before an account is locked.
    pub max_failed_logins: u32,
    /// How long a locked account stays locked.
    pub lockout: HumanDuration,
    /// How long a sign-in link is valid.
    pub signin_link_ttl: HumanDuration,
}

impl Default for SessionConfig {
    fn default() -> Self {
        SessionConfig {
            idle_timeout: HumanDuration(Duration::from_secs(30 * 60)),
            absolute_timeout: HumanDuration(Duration::from_secs(12 * 3600)),
            max_failed_logins: 5,
            lockout: HumanDuration(Duration::from_secs(15 * 60)),
            signin_link_ttl: HumanDuration(Duration::from_secs(24 * 3600)),
        }
    }
}

/// The validated server configuration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Address and port to listen on.
    pub listen: SocketAddr,
    /// Data directory: SQLite database, key store, keyring, dev TLS files.
    pub data: PathBuf,
    /// PostgreSQL URL (`postgres://…`) instead of SQLite in `data`. May contain a
    /// password: never printed.
    pub database_url: Option<String>,
    /// PostgreSQL schema of the main tables.
    pub pg_schema: String,
    /// PostgreSQL schema of the key store.
    pub pg_keys_schema: String,
    /// Keyring file (default `<data>/keyring.json`).
    pub keyring: Option<PathBuf>,
    /// Vault policy file (TOML).
    pub policy: Option<PathBuf>,
    /// Region for national phone numbers in subject identifiers.
    pub phone_region: String,
    /// A signed audit checkpoint every this many entries.
    pub checkpoint_every: u64,
    /// TLS certificate and key.
    pub tls: TlsFiles,
    /// Generate (once, kept in `<data>/dev-tls/`) a self-signed certificate for
    /// `localhost`, `127.0.0.1` and `::1`. For local use only.
    pub dev_tls: bool,
    /// Serve plain HTTP on a non-loopback address because a TLS-terminating proxy is in
    /// front. Without it, plain HTTP is served on loopback addresses only.
    pub behind_tls_proxy: bool,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Let requests without credentials use `/analyze` and `/anonymize` (for a private
    /// network only).
    pub allow_anonymous_analyze: bool,
    /// Let Prometheus scrape `/metrics` without credentials.
    pub allow_anonymous_metrics: bool,
    /// Most messages accepted in one batch request.
    pub max_batch: usize,
    /// How long in-flight requests may take to finish after a shutdown signal.
    pub shutdown_grace: HumanDuration,
    /// Base URL printed in sign-in links (default: derived from `listen`).
    pub public_url: Option<String>,
    /// Rate limits.
    pub rate_limit: RateLimits,
    /// Reveal reasons.
    pub reveal: RevealConfig,
    /// Console sessions.
    pub session: SessionConfig,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data: PathBuf::from("./hushdesk-data"),
            database_url: None,
            pg_schema: "public".into(),
            pg_keys_schema: "hushdesk_keys".into(),
            keyring: None,
            policy: None,
            phone_region: "US".into(),
            checkpoint_every: 1000,
            tls: TlsFiles::default(),
            dev_tls: false,
            behind_tls_proxy: false,
            max_body_bytes: 2 * 1024 * 1024,
            allow_anonymous_analyze: false,
            allow_anonymous_metrics: false,
            max_batch: 1000,
            shutdown_grace: HumanDuration(Duration::from_secs(30)),
            public_url: None,
            rate_limit: RateLimits::default(),
            reveal: RevealConfig::default(),
            session: SessionConfig::default(),
        }
    }
}

/// What the command line may set (each `Some` overrides file and environment).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Overrides {
    /// `--listen`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub listen: Option<SocketAddr>,
    /// `--data`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<PathBuf>,
    /// `--database-url`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    /// `--pg-schema`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pg_schema: Option<String>,
    /// `--pg-keys-schema`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pg_keys_schema: Option<String>,
    /// `--keyring`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keyring: Option<PathBuf>,
    /// `--policy`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy: Option<PathBuf>,
    /// `--dev-tls`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dev_tls: Option<bool>,
    /// `--behind-tls-proxy`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub behind_tls_proxy: Option<bool>,
    /// `--tls-cert` / `--tls-key`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls: Option<TlsFiles>,
    /// `--allow-anonymous-analyze`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allow_anonymous_analyze: Option<bool>,
    /// `--max-body-bytes`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_body_bytes: Option<usize>,
}

/// A configuration error: names the setting and the source, never a secret.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// Reading or merging failed (unknown key, wrong type, unreadable file).
    #[error("{0}")]
    Load(String),
    /// The merged configuration is not acceptable.
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

impl Config {
    /// Merges defaults, `file` (if given; must exist), `HUSHDESK_*` variables from
    /// `env` (nested keys with `__`, e.g. `HUSHDESK_RATE_LIMIT__PER_IP_PER_SECOND`) and
    /// `overrides`, then validates.
    ///
    /// # Errors
    /// [`ConfigError`] naming the setting.
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
        overrides: &Overrides,
    ) -> Result<Config, ConfigError> {
        let mut fig = Figment::from(Serialized::defaults(Config::default()));
        if let Some(path) = file {
            if !path.is_file() {
                return Err(ConfigError::Load(format!("configuration file {} does not exist", path.display())));
            }
            fig = fig.merge(Toml::file_exact(path));
        }
        // Only HUSHDESK_* variables that name a setting: the keyring secrets and other
        // commands' variables share the prefix.
        let known: BTreeSet<String> = serde_json::to_value(Config::default())
            .ok()
            .and_then(|v| v.as_object().map(|o| o.keys().cloned().collect()))
            .unwrap_or_default();
        let vars: Vec<(String, String)> = env
            .into_iter()
            .filter_map(|(k, v)| {
                let rest = k.strip_prefix("HUSHDESK_")?;
                if ENV_IGNORED.contains(&rest) {
                    return None;
                }
                let top = rest.split("__").next().unwrap_or("").to_ascii_lowercase();
                known.contains(&top).then(|| (rest.to_owned(), v))
            })
            .collect();
        fig = fig.merge(EnvList(vars));
        fig = fig.merge(Serialized::defaults(overrides));
        let config: Config = fig.extract().map_err(|e| ConfigError::Load(describe(e)))?;
        config.validate()?;
        Ok(config)
    }

    /// Checks the combinations that cannot work or are unsafe.
    ///
    /// # Errors
    /// [`ConfigError::Invalid`].
    pub fn validate(&self) -> Result<(), ConfigError> {
        let invalid = |s: &str| Err(ConfigError::Invalid(s.to_owned()));
        match (&self.tls.cert, &self.tls.key) {
            (Some(_), None) | (None, Some(_)) => return invalid("tls.cert and tls.key must be given together"),
            _ => {}
        }
        if self.dev_tls && self.tls.cert.is_some() {
            return invalid("give either dev_tls or tls.cert/tls.key, not both");
        }
        if !self.tls_enabled() && !self.listen.ip().is_loopback() && !self.behind_tls_proxy {
            return Err(ConfigError::Invalid(format!(
                "refusing to serve plain HTTP on the non-loopback address {}: configure tls.cert and tls.key, \
                 use --dev-tls, or pass --behind-tls-proxy if a TLS-terminating proxy is in front",
                self.listen.ip()
            )));
        }
        if self.max_body_bytes < 1024 {
            return invalid("max_body_bytes must be at least 1024");
        }
        if self.max_batch == 0 || self.max_batch > 10_000 {
            return invalid("max_batch must be between 1 and 10000");
        }
        let r = &self.rate_limit;
        if [r.per_key_per_second, r.per_key_burst, r.per_ip_per_second, r.per_ip_burst, r.reveals_per_minute]
            .contains(&0)
        {
            return invalid("rate limits must be positive");
        }
        if self.reveal.reasons.is_empty() && !self.reveal.allow_free_text {
            return invalid("reveal.reasons is empty and reveal.allow_free_text is false: no reveal could succeed");
        }
        if self.reveal.reasons.iter().any(|r| r.trim().is_empty() || r.len() > 200) {
            return invalid("each reveal reason must be 1-200 characters");
        }
        if self.session.max_failed_logins == 0 {
            return invalid("session.max_failed_logins must be positive");
        }
        if let Some(url) = &self.database_url
            && !(url.starts_with("postgres://") || url.starts_with("postgresql://"))
        {
            return invalid("database_url must start with postgres:// or postgresql://");
        }
        Ok(())
    }

    /// Whether the server terminates TLS itself.
    pub fn tls_enabled(&self) -> bool {
        self.dev_tls || self.tls.cert.is_some()
    }

    /// Whether responses carry `Strict-Transport-Security` (served over TLS, here or at
    /// the proxy).
    pub fn hsts(&self) -> bool {
        self.tls_enabled() || self.behind_tls_proxy
    }

    /// The keyring file.
    pub fn keyring_path(&self) -> PathBuf {
        self.keyring.clone().unwrap_or_else(|| self.data.join("keyring.json"))
    }

    /// The base URL clients use (for printing and sign-in links).
    pub fn base_url(&self, bound: SocketAddr) -> String {
        if let Some(u) = &self.public_url {
            return u.trim_end_matches('/').to_owned();
        }
        let scheme = if self.tls_enabled() || self.behind_tls_proxy { "https" } else { "http" };
        let host = if (bound.ip().is_loopback() && self.dev_tls) || bound.ip().is_unspecified() {
            "localhost".to_owned()
        } else if bound.is_ipv6() {
            format!("[{}]", bound.ip())
        } else {
            bound.ip().to_string()
        };
        format!("{scheme}://{host}:{}", bound.port())
    }

    /// The effective configuration as TOML with secrets removed (the database URL's
    /// user info is replaced by `REDACTED`).
    pub fn to_redacted_toml(&self) -> String {
        let mut c = self.clone();
        c.database_url = c.database_url.as_deref().map(redact_url);
        toml::to_string_pretty(&c).unwrap_or_else(|e| format!("# cannot print configuration: {e}\n"))
    }
}

/// `postgres://user:pw@host/db?x` → `postgres://REDACTED@host/db` (query dropped: it
/// may carry a password too).
pub fn redact_url(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let rest = rest.split('?').next().unwrap_or("");
    let rest = match rest.rsplit_once('@') {
        Some((_, host)) => format!("REDACTED@{host}"),
        None => rest.to_owned(),
    };
    format!("{scheme}://{rest}")
}

fn describe(e: figment::Error) -> String {
    let mut out = Vec::new();
    for err in e {
        let path = err.path.join(".");
        let source = err.metadata.as_ref().map(|m| m.name.to_string()).unwrap_or_default();
        let kind = match &err.kind {
            // Values can be secrets (a URL with a password): name the setting only.
            figment::error::Kind::InvalidType(actual, expected) => {
                format!(
                    "invalid type: found {}, expected {expected}",
                    actual.to_string().split(' ').next().unwrap_or("")
                )
            }
            figment::error::Kind::InvalidValue(_, expected) => format!("invalid value, expected {expected}"),
            other => other.to_string(),
        };
        let at = if path.is_empty() { String::new() } else { format!(" at `{path}`") };
        let from = if source.is_empty() { String::new() } else { format!(" (from {source})") };
        out.push(format!("configuration{at}{from}: {kind}"));
    }
    out.join("; ")
}

/// `HUSHDESK_*` variables already filtered, as a figment provider (nested with `__`).
struct EnvList(Vec<(String, String)>);

impl figment::Provider for EnvList {
    fn metadata(&self) -> figment::Metadata {
        figment::Metadata::named("HUSHDESK_* environment variables")
    }

    fn data(&self) -> Result<figment::value::Map<figment::Profile, figment::value::Dict>, figment::Error> {
        let mut dict = figment::value::Dict::new();
        for (k, v) in &self.0 {
            // Parsed the way figment's own `Env` parses values (numbers, booleans, arrays).
            let value: figment::value::Value = v.parse().unwrap_or_else(|_| v.clone().into());
            let keys: Vec<String> = k.split("__").map(|p| p.to_ascii_lowercase()).collect();
            insert_nested(&mut dict, &keys, value);
        }
        let mut map = figment::value::Map::new();
        map.insert(figment::Profile::Default, dict);
        Ok(map)
    }
}

fn insert_nested(dict: &mut figment::value::Dict, keys: &[String], value: figment::value::Value) {
    use figment::value::{Dict, Value};
    match keys {
        [] => {}
        [last] => {
            dict.insert(last.clone(), value);
        }
        [first, rest @ ..] => {
            let entry = dict.entry(first.clone()).or_insert_with(|| Value::from(Dict::new()));
            if let Value::Dict(_, inner) = entry {
                insert_nested(inner, rest, value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn defaults_are_loopback_plain_http() {
        let c = Config::load(None, env(&[]), &Overrides::default()).unwrap();
        assert_eq!(c.listen.to_string(), "127.0.0.1:8080");
        assert!(!c.tls_enabled());
        assert!(!c.hsts());
        assert_eq!(c.base_url(c.listen), "http://127.0.0.1:8080");
    }

    #[test]
    fn file_then_env_then_flags() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hushdesk.toml");
        std::fs::write(&path, "max_body_bytes = 4096\nphone_region = \"GB\"\n[rate_limit]\nper_ip_per_second = 7\n")
            .unwrap();
        let vars = env(&[
            ("HUSHDESK_MAX_BODY_BYTES", "8192"),
            ("HUSHDESK_RATE_LIMIT__PER_IP_BURST", "9"),
            ("HUSHDESK_KEK_PASSPHRASE", "not configuration"),
            ("HUSHDESK_UNRELATED", "ignored"),
            ("OTHER", "x"),
        ]);
        let o = Overrides { max_body_bytes: Some(16384), ..Overrides::default() };
        let c = Config::load(Some(&path), vars.clone(), &o).unwrap();
        assert_eq!(c.max_body_bytes, 16384);
        assert_eq!(c.phone_region, "GB");
        assert_eq!(c.rate_limit.per_ip_per_second, 7);
        assert_eq!(c.rate_limit.per_ip_burst, 9);
        let c = Config::load(Some(&path), vars, &Overrides::default()).unwrap();
        assert_eq!(c.max_body_bytes, 8192);
    }

    #[test]
    fn unknown_keys_and_bad_values_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, "lisen = \"127.0.0.1:1\"\n").unwrap();
        let e = Config::load(Some(&path), env(&[]), &Overrides::default()).unwrap_err().to_string();
        assert!(e.contains("lisen"), "{e}");
        std::fs::write(&path, "[session]\nidle_timeout = \"5 fortnights\"\n").unwrap();
        let e = Config::load(Some(&path), env(&[]), &Overrides::default()).unwrap_err().to_string();
        assert!(e.contains("session.idle_timeout"), "{e}");
        let missing = dir.path().join("missing.toml");
        assert!(Config::load(Some(&missing), env(&[]), &Overrides::default()).is_err());
    }

    #[test]
    fn plain_http_on_a_public_address_is_refused() {
        let public: SocketAddr = "0.0.0.0:8443".parse().unwrap();
        let o = Overrides { listen: Some(public), ..Overrides::default() };
        let e = Config::load(None, env(&[]), &o).unwrap_err().to_string();
        assert!(e.contains("refusing to serve plain HTTP"), "{e}");
        let o = Overrides { listen: Some(public), behind_tls_proxy: Some(true), ..Overrides::default() };
        let c = Config::load(None, env(&[]), &o).unwrap();
        assert!(c.hsts());
        let o = Overrides { listen: Some(public), dev_tls: Some(true), ..Overrides::default() };
        assert!(Config::load(None, env(&[]), &o).unwrap().tls_enabled());
    }

    #[test]
    fn redacted_output_has_no_password() {
        let o = Overrides {
            database_url: Some("postgres://app:s3cret@db.internal:5432/hushdesk?password=s3cret".into()),
            ..Overrides::default()
        };
        let c = Config::load(None, env(&[]), &o).unwrap();
        let t = c.to_redacted_toml();
        assert!(!t.contains("s3cret"), "{t}");
        assert!(t.contains("postgres://REDACTED@db.internal:5432/hushdesk"), "{t}");
        // The printed form reads back as a configuration.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.toml");
        std::fs::write(&path, &t).unwrap();
        assert!(Config::load(Some(&path), env(&[]), &Overrides::default()).is_ok());
    }

    #[test]
    fn durations() {
        assert_eq!(HumanDuration::parse("90d").unwrap().0, Duration::from_secs(90 * 86_400));
        assert_eq!(HumanDuration::parse("30m").unwrap().to_string(), "30m");
        assert_eq!(HumanDuration::parse("45").unwrap().0, Duration::from_secs(45));
        assert!(HumanDuration::parse("3w").is_err());
        assert!(HumanDuration::parse("").is_err());
        assert!(HumanDuration::parse("999999999999d").is_err());
    }
}
