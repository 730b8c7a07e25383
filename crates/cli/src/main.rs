//! The `hushdesk` command line.
#![forbid(unsafe_code)]

mod access_cmd;
mod bench;
mod bench_http;
mod bench_vault;
mod eval;
mod ingest;
mod pipeline;
mod scan;
mod scan_config;
mod serve_cmd;
mod vault_cmd;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Hushdesk: a self-hosted privacy layer for customer support.
#[derive(Debug, Parser)]
#[command(name = "hushdesk", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Find personal data in text and replace it (or, with --jsonl, report spans).
    Scan(scan::ScanArgs),
    /// Score the detector against a labelled corpus.
    Eval(eval::EvalArgs),
    /// Benchmarks: generate realistic text, time the detector.
    Bench(bench::BenchArgs),
    /// Store messages: redact, seal the kept values, one JSON line per message in and out.
    Ingest(ingest::IngestArgs),
    /// Print the original value behind a token (policy-checked and audited).
    Reveal(vault_cmd::RevealArgs),
    /// Erase a data subject (crypto-shredding).
    Erase(vault_cmd::EraseArgs),
    /// Key-encryption keys: rotate, status, retire.
    Keys(vault_cmd::KeysArgs),
    /// The audit log: verify, checkpoint.
    Audit(vault_cmd::AuditArgs),
    /// Apply database migrations.
    Migrate(vault_cmd::MigrateArgs),
    /// Serve the HTTP API (TLS, API keys, roles, OpenAPI, Presidio-compatible analysis).
    Serve(serve_cmd::ServerFlags),
    /// Print the effective server configuration (without secrets).
    Config(serve_cmd::ServerFlags),
    /// API keys: create (printed once), list, revoke.
    Apikey(access_cmd::ApiKeyArgs),
    /// Console users: create (prints a one-time sign-in link).
    User(access_cmd::UserArgs),
}

/// Panic messages can quote the data being processed (a slice error prints the text), so
/// only the location is reported.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!(
            "internal error at {at}; details withheld because they may contain personal data; please report this"
        );
    }));
}

fn main() -> ExitCode {
    install_panic_hook();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Scan(args) => scan::run(args).map(|r| r.failed == 0),
        Command::Eval(args) => eval::run(args).map(|_| true),
        Command::Bench(args) => bench::run(args).map(|_| true),
        Command::Ingest(args) => ingest::run(args),
        Command::Reveal(args) => vault_cmd::reveal(args),
        Command::Erase(args) => vault_cmd::erase(args),
        Command::Keys(args) => vault_cmd::keys(args),
        Command::Audit(args) => vault_cmd::audit(args),
        Command::Migrate(args) => vault_cmd::migrate(args),
        Command::Serve(flags) => serve_cmd::serve(flags),
        Command::Config(flags) => serve_cmd::print_config(flags),
        Command::Apikey(args) => access_cmd::apikey(args),
        Command::User(args) => access_cmd::user(args),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
