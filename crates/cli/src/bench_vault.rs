//! `hushdesk bench vault`: the vault's speed figures, rerunnable.
//!
//! * **ingest**: realistic ~500-byte messages (documents of the labelled corpus, cut or
//!   joined to about 500 bytes) through the same path as `hushdesk ingest`: detection
//!   on worker threads, one transaction per batch on the calling thread, detection
//!   included in the time;
//! * **erase**: one subject with N messages; the key work (destroying the wrapped data
//!   key, which is what makes the data unreadable) and the row deletion, timed apart;
//! * **audit verify**: a chain of M entries appended directly, then `verify_audit`
//!   end to end (database reads included), and the chain check alone in memory.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use clap::Args;
use hushdesk_crypto::Unlock;
use hushdesk_domain::audit::{AuditEvent, ChainHead, ChainVerifier, Checkpoint, Details, Step};
use hushdesk_domain::store::{AuditRepo, Store, StoreTx};
use hushdesk_domain::{
    Actor, Author, FileKeyring, IngestRequest, Policy, SubjectIdentifiers, SubjectSelector, Timestamp, Vault,
    VaultConfig, Workspace,
};
use hushdesk_store::{PgSchemas, PgStore, SqliteStore};
use zeroize::Zeroizing;

use crate::bench::Generator;
use crate::pipeline::ordered_map;

/// `hushdesk bench vault`.
#[derive(Debug, Args)]
pub struct VaultBenchArgs {
    /// `sqlite` or `postgres`.
    #[arg(long, default_value = "sqlite")]
    pub backend: String,
    /// PostgreSQL URL (default: HUSHDESK_TEST_DATABASE_URL); a fresh pair of schemas is
    /// created and dropped.
    #[arg(long)]
    pub database_url: Option<String>,
    /// Directory for the SQLite files (default: a temporary directory).
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Messages to ingest.
    #[arg(long, default_value_t = 50_000)]
    pub messages: usize,
    /// Messages of the subject that is erased.
    #[arg(long, default_value_t = 10_000)]
    pub erase_messages: usize,
    /// Audit entries to verify.
    #[arg(long, default_value_t = 1_000_000)]
    pub audit_entries: u64,
    /// Messages per transaction.
    #[arg(long, default_value_t = 512)]
    pub batch: usize,
    /// Detection threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
}

/// Runs the vault benchmarks.
pub fn run(args: VaultBenchArgs) -> Result<()> {
    let rt = crate::vault_cmd::runtime()?;
    let tmp = std::env::temp_dir().join(format!("hushdesk-bench-{}", std::process::id()));
    let dir = args.dir.clone().unwrap_or(tmp.clone());
    if dir.exists() {
        bail!("{} exists: give an empty --dir", dir.display());
    }
    std::fs::create_dir_all(&dir)?;
    let keyring = dir.join("keyring.json");
    let result = match args.backend.as_str() {
        "sqlite" => {
            let store = rt.block_on(SqliteStore::open(&dir.join("data")))?;
            let r = bench(&rt, store.clone(), &keyring, &args);
            rt.block_on(store.close());
            r
        }
        "postgres" => {
            let url = args
                .database_url
                .clone()
                .or_else(|| std::env::var("HUSHDESK_TEST_DATABASE_URL").ok())
                .context("--database-url or HUSHDESK_TEST_DATABASE_URL is needed for postgres")?;
            let id = hushdesk_crypto::random::random_id()?;
            let schemas = PgSchemas { main: format!("bench_{id}"), keys: format!("bench_{id}_keys") };
            let store = rt.block_on(PgStore::connect(&url, schemas))?;
            let r = bench(&rt, store.clone(), &keyring, &args);
            rt.block_on(async {
                let _ = store.drop_schemas().await;
                store.close().await;
            });
            r
        }
        other => bail!("unknown backend {other:?} (sqlite or postgres)"),
    };
    if args.dir.is_none() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result
}

/// Realistic messages of about 500 bytes.
fn messages(n: usize) -> Vec<String> {
    let mut g = Generator::new();
    let mut out = Vec::with_capacity(n);
    let mut carry = String::new();
    while out.len() < n {
        carry.push_str(&g.next_doc());
        carry.push(' ');
        while carry.len() >= 500 && out.len() < n {
            // Cut at the first space after 450 bytes (whole words, valid UTF-8).
            let from = (450..carry.len()).find(|&i| carry.is_char_boundary(i)).unwrap_or(carry.len());
            let cut = carry[from..].find(' ').map_or(carry.len(), |i| from + i);
            let rest = carry.split_off(cut);
            out.push(std::mem::replace(&mut carry, rest.trim_start().to_owned()));
        }
    }
    out
}

fn request(i: usize, subjects: usize, text: String) -> IngestRequest {
    let s = i % subjects;
    IngestRequest {
        conversation: format!("c-{s}"),
        subject: SubjectIdentifiers::new(Some(format!("customer{s}@example.com")), None, None),
        author: if i.is_multiple_of(3) { Author::Agent } else { Author::Customer },
        text: Zeroizing::new(text),
        at: None,
    }
}

fn bench<S: Store + 'static>(
    rt: &tokio::runtime::Runtime,
    store: S,
    keyring: &std::path::Path,
    args: &VaultBenchArgs,
) -> Result<()> {
    let (source, k, _) = FileKeyring::open_or_create(keyring, Unlock::None)?;
    let vault = rt.block_on(Vault::open(store, k, Box::new(source), Policy::default(), VaultConfig::default()))?;
    let actor = Actor::new("bench")?;
    let threads = args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    println!("backend: {}, detection threads: {threads}, batch: {}", vault.store().backend(), args.batch);

    // ---------------------------------------------------------------- ingest
    let texts = messages(args.messages);
    let bytes: usize = texts.iter().map(String::len).sum();
    let subjects = (args.messages / 5).max(1);
    // Warm-up outside the timing: gazetteers and phone tables are built lazily.
    {
        let mut ws = Workspace::default();
        for t in texts.iter().take(200) {
            let _ = vault.prepare(request(0, 1, t.clone()), &mut ws);
        }
    }
    let vault_ref = &vault;
    let mut stored = 0usize;
    let mut store_time = 0f64;
    let start = Instant::now();
    ordered_map(
        threads,
        |emit| {
            let mut batch = Vec::with_capacity(args.batch);
            for (i, t) in texts.iter().enumerate() {
                batch.push(request(i, subjects, t.clone()));
                if batch.len() == args.batch && !emit(std::mem::replace(&mut batch, Vec::with_capacity(args.batch))) {
                    return Ok(());
                }
            }
            if !batch.is_empty() {
                emit(batch);
            }
            Ok(())
        },
        Workspace::default,
        |ws, batch: Vec<IngestRequest>| batch.into_iter().map(|r| vault_ref.prepare(r, ws)).collect::<Vec<_>>(),
        |prepared| {
            let t = Instant::now();
            let out = rt.block_on(vault_ref.ingest_prepared(&actor, prepared))?;
            store_time += t.elapsed().as_secs_f64();
            stored += out.iter().filter(|r| r.is_ok()).count();
            Ok(())
        },
    )?;
    let secs = start.elapsed().as_secs_f64();
    println!(
        "ingest: {stored} messages ({:.0} bytes average, {subjects} subjects) in {secs:.2} s = {:.0} msg/s ({:.2} MB/s), detection included",
        bytes as f64 / texts.len().max(1) as f64,
        stored as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
    println!(
        "ingest: {store_time:.2} s of it in the store transactions (sealing included) on the writer thread, {:.0} msg/s there",
        stored as f64 / store_time
    );

    // ---------------------------------------------------------------- erase
    let mut g = messages(args.erase_messages.min(2000));
    let batch: Vec<IngestRequest> = Vec::new();
    drop(batch);
    let mut done = 0;
    while done < args.erase_messages {
        let n = (args.erase_messages - done).min(1000);
        let reqs = (0..n)
            .map(|i| IngestRequest {
                conversation: format!("erase-{}", (done + i) % 50),
                subject: SubjectIdentifiers::new(Some("erase-me@example.com".into()), None, None),
                author: Author::Customer,
                text: Zeroizing::new(g[(done + i) % g.len()].clone()),
                at: None,
            })
            .collect();
        rt.block_on(vault.ingest_batch(&actor, reqs))?;
        done += n;
    }
    g.clear();
    let t = Instant::now();
    let rep = rt.block_on(vault.erase(
        &SubjectSelector::Email(Zeroizing::new("erase-me@example.com".into())),
        &actor,
        "benchmark",
    ))?;
    let total = t.elapsed().as_secs_f64() * 1e3;
    println!(
        "erase: subject with {} messages ({} values): key destroyed in {:.2} ms (crypto-shredding), rows deleted in {:.1} ms, {:.1} ms in all",
        rep.deleted.messages,
        rep.deleted.values,
        rep.key_time.as_secs_f64() * 1e3,
        rep.rows_time.as_secs_f64() * 1e3,
        total
    );

    // ---------------------------------------------------------------- audit verify
    let signer = vault.keyring().audit_signing_key();
    let now = Timestamp::now();
    let t = Instant::now();
    let mut left = args.audit_entries.saturating_sub(rt.block_on(vault.key_status())?.audit_head.seq);
    while left > 0 {
        let n = left.min(20_000);
        rt.block_on(async {
            let mut tx = vault.store().begin_write().await?;
            let mut head = tx.lock_audit_head().await?;
            let mut records = Vec::with_capacity(n as usize);
            let mut cps = Vec::new();
            for i in 0..n {
                let e = AuditEvent {
                    at: Timestamp(now.0 + i as i64),
                    actor: "bench".into(),
                    action: "message.ingest".into(),
                    target: format!("msg_{:026}", head.seq + 1),
                    subject: Some([(i % 251) as u8; 32]),
                    reason: String::new(),
                    purpose: String::new(),
                    details: Details::new()
                        .str("author", "customer")
                        .num("tokenized", 3)
                        .num("masked", 1)
                        .num("hashed", 0)
                        .num("dropped", 0)
                        .build(),
                };
                records.push(head.append(e));
                if head.seq.is_multiple_of(1000) {
                    cps.push(Checkpoint::sign(&signer, head, now));
                }
            }
            tx.append_audit(&records).await?;
            for c in &cps {
                tx.insert_checkpoint(c).await?;
            }
            tx.commit().await?;
            Ok::<_, anyhow::Error>(())
        })?;
        left -= n;
    }
    println!("audit: chain filled to {} entries in {:.1} s", args.audit_entries, t.elapsed().as_secs_f64());
    let t = Instant::now();
    let rep = rt.block_on(vault.verify_audit(None))?;
    let secs = t.elapsed().as_secs_f64();
    if let Some(p) = rep.problem {
        bail!("the benchmark chain does not verify: {p}");
    }
    println!(
        "audit verify (end to end, database reads included): {} entries, {} checkpoint signatures in {secs:.2} s = {:.0} entries/s",
        rep.entries,
        rep.checkpoints,
        rep.entries as f64 / secs
    );
    // The chain check alone, on records already in memory.
    let records = rt.block_on(async {
        let mut tx = vault.store().begin_read().await?;
        let mut all = Vec::new();
        let mut after = 0;
        loop {
            let page = tx.audit_page(after, 50_000).await?;
            let Some(last) = page.last() else { break };
            after = last.seq;
            all.extend(page);
        }
        tx.rollback().await?;
        Ok::<_, anyhow::Error>(all)
    })?;
    let t = Instant::now();
    let mut v = ChainVerifier::new(ChainHead::EMPTY, Default::default());
    if v.check_page(&records) != Step::Ok {
        bail!("in-memory verification failed");
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "audit verify (chain check in memory, one thread): {} entries in {secs:.3} s = {:.0} entries/s",
        v.verified(),
        v.verified() as f64 / secs
    );
    Ok(())
}
