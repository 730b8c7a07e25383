//! `hushdesk bench`: reproducible speed figures without extra tooling.
//!
//! `bench generate` writes realistic support text of any size (documents of the labelled
//! corpus, cycled, with their digits re-drawn so numbers vary); `bench detect` times the
//! analyzer on one core and on all cores over text generated in memory.

use std::io::{self, BufWriter, Write};
use std::time::Instant;

use anyhow::{Result, bail};
use clap::{Args, Subcommand};
use hushdesk_detect::{Analyzer, AnalyzerConfig, Scratch};
use serde::Deserialize;

/// The labelled dev corpus: real-looking chats, e-mails, tickets and logs.
static CORPUS: &str = include_str!("../../detect/corpus/dev.jsonl");

#[derive(Debug, Args)]
pub struct BenchArgs {
    #[command(subcommand)]
    pub command: BenchCommand,
}

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Write SIZE of synthetic support text (e.g. 1G, 64M) to standard output.
    Generate {
        /// Size with an optional K/M/G suffix.
        size: String,
        /// One JSON object per document ({"id", "text"}) instead of plain text.
        #[arg(long)]
        jsonl: bool,
    },
    /// Time the analyzer on generated text, on one thread and on all threads.
    Detect {
        /// Megabytes of text to analyse.
        #[arg(long, default_value_t = 64)]
        mb: usize,
        /// Threads for the parallel run (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Only these entity types (comma-separated), to time recognisers separately.
        #[arg(long, value_delimiter = ',')]
        entities: Option<Vec<String>>,
    },
    /// Time the vault: ingest (detection included), erasure, audit verification.
    Vault(crate::bench_vault::VaultBenchArgs),
    /// Load the HTTP API on loopback (ingest, analyze): requests/s and latency percentiles.
    Http(crate::bench_http::HttpBenchArgs),
}

pub fn run(args: BenchArgs) -> Result<()> {
    match args.command {
        BenchCommand::Generate { size, jsonl } => generate(parse_size(&size)?, jsonl),
        BenchCommand::Detect { mb, threads, entities } => detect(mb, threads, entities),
        BenchCommand::Vault(args) => crate::bench_vault::run(args),
        BenchCommand::Http(args) => crate::bench_http::run(args),
    }
}

fn parse_size(s: &str) -> Result<u64> {
    let s = s.trim();
    let (num, mult) = match s.chars().last().map(|c| c.to_ascii_uppercase()) {
        Some('K') => (&s[..s.len() - 1], 1u64 << 10),
        Some('M') => (&s[..s.len() - 1], 1 << 20),
        Some('G') => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    match num.parse::<u64>() {
        Ok(n) if n > 0 => Ok(n * mult),
        _ => bail!("invalid size {s:?}: expected a number with an optional K, M or G suffix"),
    }
}

#[derive(Deserialize)]
struct Doc {
    text: String,
}

/// Cycles through the corpus documents, re-drawing every digit in odd rounds.
pub struct Generator {
    docs: Vec<String>,
    next: usize,
    round: u64,
    rng: u64,
}

impl Generator {
    pub fn new() -> Self {
        let docs = CORPUS.lines().filter_map(|l| serde_json::from_str::<Doc>(l).ok()).map(|d| d.text).collect();
        Generator { docs, next: 0, round: 0, rng: 0x9E37_79B9_7F4A_7C15 }
    }

    /// The next document.
    pub fn next_doc(&mut self) -> String {
        let doc = &self.docs[self.next];
        self.next += 1;
        if self.next == self.docs.len() {
            self.next = 0;
            self.round += 1;
        }
        if self.round.is_multiple_of(2) {
            return doc.clone();
        }
        doc.chars()
            .map(|c| {
                if c.is_ascii_digit() {
                    // xorshift64: deterministic, good enough to vary digits.
                    self.rng ^= self.rng << 13;
                    self.rng ^= self.rng >> 7;
                    self.rng ^= self.rng << 17;
                    char::from(b'0' + (self.rng % 10) as u8)
                } else {
                    c
                }
            })
            .collect()
    }
}

fn generate(size: u64, jsonl: bool) -> Result<()> {
    let mut g = Generator::new();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut written = 0u64;
    let mut id = 0u64;
    while written < size {
        let doc = g.next_doc();
        id += 1;
        let bytes = if jsonl {
            let mut line = serde_json::to_vec(&serde_json::json!({ "id": id, "text": doc }))?;
            line.push(b'\n');
            line
        } else {
            format!("{doc}\n\n").into_bytes()
        };
        written += bytes.len() as u64;
        if let Err(e) = out.write_all(&bytes) {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return Ok(());
            }
            return Err(e.into());
        }
    }
    out.flush()?;
    Ok(())
}

fn detect(mb: usize, threads: Option<usize>, entities: Option<Vec<String>>) -> Result<()> {
    let mut g = Generator::new();
    let mut docs = Vec::new();
    let mut bytes = 0;
    while bytes < mb << 20 {
        let d = g.next_doc();
        bytes += d.len();
        docs.push(d);
    }
    let entities = entities.as_deref().map(crate::scan_config::parse_entities).transpose()?;
    let analyzer = Analyzer::new(AnalyzerConfig { entities, ..AnalyzerConfig::default() })?;
    // Warm-up: builds the gazetteers and the phone tables of the regions the text uses
    // (compiled lazily on first use) outside the timed runs.
    timed(&analyzer, &docs[..docs.len() / 10], 1);
    let threads = threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let mb_f = bytes as f64 / 1e6;
    let (secs, found) = timed(&analyzer, &docs, 1);
    println!(
        "1 thread:  {mb_f:.1} MB in {secs:.2} s = {:.1} MB/s ({found} detections, {} documents)",
        mb_f / secs,
        docs.len()
    );
    if threads > 1 {
        let (secs_n, _) = timed(&analyzer, &docs, threads);
        println!(
            "{threads} threads: {mb_f:.1} MB in {secs_n:.2} s = {:.1} MB/s (speed-up {:.2}x)",
            mb_f / secs_n,
            secs / secs_n
        );
    }
    Ok(())
}

fn timed(analyzer: &Analyzer, docs: &[String], threads: usize) -> (f64, usize) {
    let start = Instant::now();
    let chunk = docs.len().div_ceil(threads);
    let found: usize = std::thread::scope(|s| {
        let handles: Vec<_> = docs
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    let mut scratch = Scratch::default();
                    let mut out = Vec::new();
                    part.iter()
                        .map(|d| {
                            analyzer.analyze_with(d, &mut scratch, &mut out);
                            out.len()
                        })
                        .sum::<usize>()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or(0)).sum()
    });
    (start.elapsed().as_secs_f64(), found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64M").unwrap(), 64 << 20);
        assert_eq!(parse_size("1g").unwrap(), 1 << 30);
        assert_eq!(parse_size("100").unwrap(), 100);
        assert!(parse_size("x").is_err());
        assert!(parse_size("0").is_err());
    }

    #[test]
    fn generator_varies_digits_but_keeps_shape() {
        let mut g = Generator::new();
        let n = g.docs.len();
        let first: Vec<String> = (0..n).map(|_| g.next_doc()).collect();
        let second: Vec<String> = (0..n).map(|_| g.next_doc()).collect();
        assert!(n > 100);
        assert!(first.iter().zip(&second).all(|(a, b)| a.len() == b.len()));
        assert!(first.iter().zip(&second).any(|(a, b)| a != b));
    }
}
