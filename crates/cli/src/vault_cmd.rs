//! The vault's subcommands other than `ingest`: `reveal`, `erase`, `keys`, `audit`,
//! `migrate`, and the options and opening logic they all share.
//!
//! Opening order: keyring first (a wrong passphrase fails before the database is
//! touched), then the database (a newer schema is refused before anything is written,
//! otherwise migrations are applied), then the keyring is checked against the
//! fingerprints recorded in the database.

use std::future::Future;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use hushdesk_crypto::{Secret32, SecretString, Unlock};
use hushdesk_domain::store::Store;
use hushdesk_domain::{Actor, FileKeyring, Policy, SubjectId, SubjectSelector, Vault, VaultConfig};
use hushdesk_store::{PgSchemas, PgStore, SqliteStore};
use serde_json::json;
use zeroize::Zeroizing;

/// Environment variable holding the keyring passphrase.
pub const ENV_PASSPHRASE: &str = "HUSHDESK_KEK_PASSPHRASE";
/// Environment variable holding a 32-byte keyring key (base64 or hex).
pub const ENV_KEY: &str = "HUSHDESK_KEK";

/// Where the vault lives and how to unlock it (shared by every vault subcommand).
#[derive(Debug, Args, Clone)]
pub struct VaultOpts {
    /// Data directory: SQLite database, key store and keyring.
    #[arg(long, env = "HUSHDESK_DATA", default_value = "./hushdesk-data")]
    pub data: PathBuf,
    /// Use PostgreSQL (postgres://…) instead of SQLite in --data.
    #[arg(long, env = "HUSHDESK_DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,
    /// PostgreSQL schema of the main tables.
    #[arg(long, default_value = "public")]
    pub pg_schema: String,
    /// PostgreSQL schema of the key store (back it up separately).
    #[arg(long, default_value = "hushdesk_keys")]
    pub pg_keys_schema: String,
    /// Keyring file (default: <data>/keyring.json; with PostgreSQL ./hushdesk-data/keyring.json).
    #[arg(long)]
    pub keyring: Option<PathBuf>,
    /// File holding the 32-byte key (base64 or hex) that seals the keyring. Alternatives:
    /// HUSHDESK_KEK_PASSPHRASE or HUSHDESK_KEK in the environment; none = plain keyring.
    #[arg(long)]
    pub kek_file: Option<PathBuf>,
    /// Policy file (TOML); default: the built-in safe policy.
    #[arg(long, env = "HUSHDESK_POLICY")]
    pub policy: Option<PathBuf>,
    /// A signed audit checkpoint every this many entries.
    #[arg(long, default_value_t = 1000)]
    pub checkpoint_every: u64,
    /// Region for national phone numbers in subject identifiers (ISO 3166 alpha-2).
    #[arg(long, default_value = "US")]
    pub phone_region: String,
}

impl VaultOpts {
    fn keyring_path(&self) -> PathBuf {
        match (&self.keyring, &self.database_url) {
            (Some(p), _) => p.clone(),
            (None, Some(_)) => PathBuf::from("./hushdesk-data/keyring.json"),
            (None, None) => self.data.join("keyring.json"),
        }
    }

    fn unlock(&self) -> Result<Unlock> {
        unlock(self.kek_file.as_deref())
    }

    fn policy(&self) -> Result<Policy> {
        match &self.policy {
            None => Ok(Policy::default()),
            Some(p) => {
                let text = std::fs::read_to_string(p).with_context(|| format!("reading policy {}", p.display()))?;
                Policy::from_toml(&text).with_context(|| format!("policy {}", p.display()))
            }
        }
    }

    fn config(&self) -> VaultConfig {
        VaultConfig {
            checkpoint_every: self.checkpoint_every,
            phone_region: self.phone_region.clone(),
            ..VaultConfig::default()
        }
    }

    fn schemas(&self) -> PgSchemas {
        PgSchemas { main: self.pg_schema.clone(), keys: self.pg_keys_schema.clone() }
    }
}

/// The tokio runtime the CLI drives the async use cases with.
pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread().enable_all().build().context("starting the async runtime")
}

/// Something to run against whichever backend the options select.
pub trait WithVault {
    /// The result.
    type Output;
    /// Runs with the opened vault.
    fn run<S: Store + 'static>(self, vault: Vault<S>, rt: &tokio::runtime::Runtime) -> Result<Self::Output>;
}

/// Opens the vault the options describe and runs `f` with it.
pub fn with_vault<F: WithVault>(opts: &VaultOpts, f: F) -> Result<F::Output> {
    let rt = runtime()?;
    let keyring_path = opts.keyring_path();
    // The keyring first: a wrong passphrase must fail before the database is touched.
    let (source, keyring, _) = FileKeyring::open_or_create(&keyring_path, opts.unlock()?)
        .with_context(|| format!("keyring {}", keyring_path.display()))?;
    let policy = opts.policy()?;
    match &opts.database_url {
        None => {
            let store = rt.block_on(SqliteStore::open(&opts.data)).context("opening the database")?;
            let vault = rt.block_on(Vault::open(store.clone(), keyring, Box::new(source), policy, opts.config()));
            let out = vault.map_err(anyhow::Error::from).and_then(|v| f.run(v, &rt));
            rt.block_on(store.close());
            out
        }
        Some(url) => {
            let store = rt.block_on(PgStore::connect(url, opts.schemas())).context("opening the database")?;
            let vault = rt.block_on(Vault::open(store.clone(), keyring, Box::new(source), policy, opts.config()));
            let out = vault.map_err(anyhow::Error::from).and_then(|v| f.run(v, &rt));
            rt.block_on(store.close());
            out
        }
    }
}

/// Runs a future-producing closure generically (for simple commands).
struct Simple<F>(F);

impl<F, O> WithVault for Simple<F>
where
    F: for<'a> FnOnce(&'a dyn ErasedVault) -> Result<O>,
{
    type Output = O;
    fn run<S: Store + 'static>(self, vault: Vault<S>, rt: &tokio::runtime::Runtime) -> Result<O> {
        (self.0)(&Erased { vault: &vault, rt })
    }
}

/// The vault operations the simple commands use, with the backend erased.
pub trait ErasedVault {
    /// `reveal`.
    fn reveal(&self, token: &str, actor: &Actor, reason: &str, purpose: &str) -> Result<Zeroizing<String>>;
    /// `erase`.
    fn erase(&self, sel: &SubjectSelector, actor: &Actor, reason: &str) -> Result<serde_json::Value>;
    /// `keys rotate`.
    fn rotate(&self, actor: &Actor) -> Result<serde_json::Value>;
    /// `keys retire`.
    fn retire(&self, version: u32, actor: &Actor) -> Result<()>;
    /// `keys status`.
    fn status(&self) -> Result<serde_json::Value>;
    /// `audit checkpoint`.
    fn checkpoint(&self) -> Result<serde_json::Value>;
    /// `audit verify`: the report and whether it is clean.
    fn verify(&self, from: Option<u64>) -> Result<(serde_json::Value, Option<String>)>;
}

struct Erased<'a, S: Store> {
    vault: &'a Vault<S>,
    rt: &'a tokio::runtime::Runtime,
}

impl<S: Store> Erased<'_, S> {
    fn block<T>(&self, f: impl Future<Output = T>) -> T {
        self.rt.block_on(f)
    }
}

impl<S: Store> ErasedVault for Erased<'_, S> {
    fn reveal(&self, token: &str, actor: &Actor, reason: &str, purpose: &str) -> Result<Zeroizing<String>> {
        Ok(self.block(self.vault.reveal(token, actor, reason, purpose))?)
    }

    fn erase(&self, sel: &SubjectSelector, actor: &Actor, reason: &str) -> Result<serde_json::Value> {
        let r = self.block(self.vault.erase(sel, actor, reason))?;
        Ok(json!({
            "subject_id": r.subject_id.as_str(),
            "key_destroyed": r.key_destroyed,
            "key_ms": r.key_time.as_secs_f64() * 1e3,
            "rows_ms": r.rows_time.as_secs_f64() * 1e3,
            "messages": r.deleted.messages,
            "values": r.deleted.values,
            "identifiers": r.deleted.identifiers,
        }))
    }

    fn rotate(&self, actor: &Actor) -> Result<serde_json::Value> {
        let r = self.block(self.vault.rotate_keys(actor))?;
        Ok(json!({"from": r.from, "to": r.to, "rewrapped": r.rewrapped, "remaining": r.remaining}))
    }

    fn retire(&self, version: u32, actor: &Actor) -> Result<()> {
        Ok(self.block(self.vault.retire_key(version, actor))?)
    }

    fn status(&self) -> Result<serde_json::Value> {
        let s = self.block(self.vault.key_status())?;
        let versions: Vec<_> = s
            .records
            .iter()
            .map(|r| {
                let deks = s.dek_counts.iter().find(|(v, _)| *v == r.version).map_or(0, |(_, n)| *n);
                json!({
                    "version": r.version,
                    "in_keyring": s.keyring_versions.contains(&r.version),
                    "current": r.version == s.current,
                    "data_keys": deks,
                    "created_at": r.created_at.0,
                    "retired_at": r.retired_at.map(|t| t.0),
                })
            })
            .collect();
        Ok(json!({
            "backend": self.vault.store().backend(),
            "current": s.current,
            "versions": versions,
            "audit_entries": s.audit_head.seq,
            "audit_head": hex::encode(s.audit_head.hash),
            "last_checkpoint": s.last_checkpoint,
            "audit_verifying_key": s.audit_verifying_key,
        }))
    }

    fn checkpoint(&self) -> Result<serde_json::Value> {
        let c = self.block(self.vault.audit_checkpoint())?;
        Ok(json!({
            "format": "hushdesk/audit/checkpoint/v1",
            "seq": c.seq,
            "hash": hex::encode(c.hash),
            "at": c.at.0,
            "signature": hex::encode(c.signature),
            "verifying_key": hex::encode(c.verifying_key),
        }))
    }

    fn verify(&self, from: Option<u64>) -> Result<(serde_json::Value, Option<String>)> {
        let r = self.block(self.vault.verify_audit(from))?;
        let problem = r.problem.as_ref().map(|p| p.to_string());
        let v = json!({
            "ok": r.problem.is_none(),
            "entries": r.entries,
            "first_seq": r.first_seq,
            "last_seq": r.last_seq,
            "checkpoints": r.checkpoints,
            "problem": r.problem.as_ref().map(|p| json!({"kind": p.kind(), "seq": p.seq(), "message": p.to_string()})),
        });
        Ok((v, problem))
    }
}

fn simple<O>(opts: &VaultOpts, f: impl for<'a> FnOnce(&'a dyn ErasedVault) -> Result<O>) -> Result<O> {
    with_vault(opts, Simple(f))
}

// ---------------------------------------------------------------------- reveal

/// `hushdesk reveal`.
#[derive(Debug, Args)]
pub struct RevealArgs {
    /// The token (tok_…).
    pub token: String,
    /// Who is revealing (recorded in the audit log).
    #[arg(long)]
    pub actor: String,
    /// Why (recorded, with any personal data in it redacted).
    #[arg(long)]
    pub reason: String,
    /// For what purpose (recorded).
    #[arg(long, default_value = "support")]
    pub purpose: String,
    #[command(flatten)]
    pub vault: VaultOpts,
}

/// Prints the original value behind a token.
pub fn reveal(args: RevealArgs) -> Result<bool> {
    let actor = Actor::new(&args.actor)?;
    let value = simple(&args.vault, |v| v.reveal(&args.token, &actor, &args.reason, &args.purpose))?;
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(value.as_bytes())?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(true)
}

// ---------------------------------------------------------------------- erase

/// `hushdesk erase`: exactly one selector.
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("selector").required(true).args(["email", "phone", "external_id", "subject"])))]
pub struct EraseArgs {
    /// The subject's e-mail address.
    #[arg(long)]
    pub email: Option<String>,
    /// The subject's phone number.
    #[arg(long)]
    pub phone: Option<String>,
    /// The subject's external id.
    #[arg(long)]
    pub external_id: Option<String>,
    /// The subject id (sub_…).
    #[arg(long)]
    pub subject: Option<String>,
    /// Who is erasing (recorded).
    #[arg(long, default_value = "cli")]
    pub actor: String,
    /// Why (recorded).
    #[arg(long, default_value = "erasure request")]
    pub reason: String,
    #[command(flatten)]
    pub vault: VaultOpts,
}

/// Crypto-shreds a subject.
pub fn erase(args: EraseArgs) -> Result<bool> {
    let actor = Actor::new(&args.actor)?;
    let sel = if let Some(e) = args.email {
        SubjectSelector::Email(Zeroizing::new(e))
    } else if let Some(p) = args.phone {
        SubjectSelector::Phone(Zeroizing::new(p))
    } else if let Some(x) = args.external_id {
        SubjectSelector::ExternalId(Zeroizing::new(x))
    } else if let Some(s) = args.subject {
        SubjectSelector::Id(SubjectId::parse(&s)?)
    } else {
        bail!("give --email, --phone, --external-id or --subject");
    };
    let report = simple(&args.vault, |v| v.erase(&sel, &actor, &args.reason))?;
    println!("{report}");
    Ok(true)
}

// ---------------------------------------------------------------------- keys

/// `hushdesk keys`.
#[derive(Debug, Args)]
pub struct KeysArgs {
    #[command(subcommand)]
    pub command: KeysCommand,
}

/// Key management.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// New KEK version; rewrap every data key under it (the data is not touched).
    Rotate {
        /// Who (recorded).
        #[arg(long, default_value = "cli")]
        actor: String,
        #[command(flatten)]
        vault: VaultOpts,
    },
    /// KEK versions, data keys per version, audit head.
    Status {
        #[command(flatten)]
        vault: VaultOpts,
    },
    /// Forget an old KEK version (refused while any data key uses it).
    Retire {
        /// The version.
        version: u32,
        /// Who (recorded).
        #[arg(long, default_value = "cli")]
        actor: String,
        #[command(flatten)]
        vault: VaultOpts,
    },
}

/// Runs `keys …`.
pub fn keys(args: KeysArgs) -> Result<bool> {
    match args.command {
        KeysCommand::Rotate { actor, vault } => {
            let actor = Actor::new(&actor)?;
            println!("{}", simple(&vault, |v| v.rotate(&actor))?);
        }
        KeysCommand::Status { vault } => {
            println!("{}", serde_json::to_string_pretty(&simple(&vault, |v| v.status())?)?)
        }
        KeysCommand::Retire { version, actor, vault } => {
            let actor = Actor::new(&actor)?;
            simple(&vault, |v| v.retire(version, &actor))?;
            println!("{}", json!({"retired": version}));
        }
    }
    Ok(true)
}

// ---------------------------------------------------------------------- audit

/// `hushdesk audit`.
#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub command: AuditCommand,
}

/// The audit log.
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Verify the chain and checkpoint signatures; exits 1 naming the first bad entry.
    Verify {
        /// Start at this signed checkpoint instead of the first entry.
        #[arg(long, value_name = "SEQ")]
        from_checkpoint: Option<u64>,
        #[command(flatten)]
        vault: VaultOpts,
    },
    /// Sign a checkpoint at the current head and print it (keep a copy elsewhere).
    Checkpoint {
        #[command(flatten)]
        vault: VaultOpts,
    },
}

/// Runs `audit …`.
pub fn audit(args: AuditArgs) -> Result<bool> {
    match args.command {
        AuditCommand::Verify { from_checkpoint, vault } => {
            let (report, problem) = simple(&vault, |v| v.verify(from_checkpoint))?;
            println!("{report}");
            if let Some(p) = problem {
                eprintln!("audit log verification FAILED: {p}");
                return Ok(false);
            }
            Ok(true)
        }
        AuditCommand::Checkpoint { vault } => {
            println!("{}", simple(&vault, |v| v.checkpoint())?);
            Ok(true)
        }
    }
}

// ---------------------------------------------------------------------- migrate

/// `hushdesk migrate`.
#[derive(Debug, Args)]
pub struct MigrateArgs {
    #[command(flatten)]
    pub vault: VaultOpts,
}

/// Applies the migrations (they are also applied whenever the vault is opened).
pub fn migrate(args: MigrateArgs) -> Result<bool> {
    let rt = runtime()?;
    let report = match &args.vault.database_url {
        None => {
            let (store, r) = rt.block_on(SqliteStore::open_migrated(&args.vault.data)).context("migrating")?;
            rt.block_on(store.close());
            r
        }
        Some(url) => {
            let (store, r) = rt.block_on(PgStore::connect_migrated(url, args.vault.schemas())).context("migrating")?;
            rt.block_on(store.close());
            r
        }
    };
    println!(
        "{}",
        json!({
            "database": {"from": report.main_from, "to": report.main_to},
            "key_store": {"from": report.keys_from, "to": report.keys_to},
        })
    );
    Ok(true)
}

/// The keyring's unlock secret: `HUSHDESK_KEK_PASSPHRASE`, `HUSHDESK_KEK` or a key file
/// (at most one); none means a plain keyring file.
pub(crate) fn unlock(kek_file: Option<&Path>) -> Result<Unlock> {
    let pass = std::env::var(ENV_PASSPHRASE).ok().filter(|s| !s.is_empty());
    let key = std::env::var(ENV_KEY).ok().filter(|s| !s.is_empty());
    let given = usize::from(pass.is_some()) + usize::from(key.is_some()) + usize::from(kek_file.is_some());
    if given > 1 {
        bail!("give only one of {ENV_PASSPHRASE}, {ENV_KEY} and --kek-file");
    }
    if let Some(p) = pass {
        return Ok(Unlock::Passphrase(SecretString::new(p)));
    }
    if let Some(k) = key {
        let k = Zeroizing::new(k);
        return Ok(Unlock::Key(Secret32::parse_encoded(&k).context(ENV_KEY)?));
    }
    if let Some(path) = &kek_file {
        let text = Zeroizing::new(
            std::fs::read_to_string(path).with_context(|| format!("reading key file {}", path.display()))?,
        );
        return Ok(Unlock::Key(
            Secret32::parse_encoded(&text).with_context(|| format!("key file {}", path.display()))?,
        ));
    }
    Ok(Unlock::None)
}
