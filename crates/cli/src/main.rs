//! The `hushdesk` command line.
#![forbid(unsafe_code)]

mod bench;
mod eval;
mod pipeline;
mod scan;
mod scan_config;

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
