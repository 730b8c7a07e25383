//! `hushdesk scan`: text in, text with personal data replaced out; or, with `--jsonl`,
//! one JSON object per line in and the same object plus `"spans"` out.
//!
//! Streams with bounded memory and uses every core while keeping input order. A bad line
//! (invalid UTF-8, malformed JSON, no `"text"`) yields an error for that line on stderr and
//! an `{"error": …}` output line; the rest is processed and the exit status is 1.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use hushdesk_detect::anonymize::{Operators, anonymize};
use hushdesk_detect::offsets::CodepointMap;
use hushdesk_detect::{Analyzer, Detection, Scratch};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{Map, Value, json};

use crate::pipeline::ordered_map;
use crate::scan_config::{ScanConfigFile, ScanOverrides, resolve};

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Files to scan; standard input when none.
    pub files: Vec<PathBuf>,
    /// Read and write JSON Lines: each input line an object with a "text" field.
    #[arg(long)]
    pub jsonl: bool,
    /// With --jsonl, also write the anonymised text as "redacted".
    #[arg(long, requires = "jsonl")]
    pub redact: bool,
    /// Operator for every entity type: replace, redact, mask, hash, pseudonym, encrypt, keep.
    #[arg(long)]
    pub operator: Option<String>,
    /// Environment variable holding the 32-byte key for hash/encrypt (base64 or hex).
    #[arg(long, value_name = "VAR")]
    pub key_env: Option<String>,
    /// File holding the 32-byte key for hash/encrypt (base64 or hex).
    #[arg(long, value_name = "PATH")]
    pub key_file: Option<PathBuf>,
    /// Entity types to detect, comma-separated (default: all).
    #[arg(long, value_delimiter = ',')]
    pub entities: Option<Vec<String>>,
    /// Minimum score to report (0..1).
    #[arg(long)]
    pub threshold: Option<f32>,
    /// Explain each detection (recogniser, pattern, validation, context); never prints the value.
    #[arg(long)]
    pub explain: bool,
    /// TOML configuration (threshold, entities, phone regions, operators per entity type).
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
}

/// Bytes per batch handed to a worker: large enough to amortise, small enough to stay flat.
const BATCH_BYTES: usize = 256 * 1024;

struct Engine {
    analyzer: Analyzer,
    operators: Operators,
    explain: bool,
    redact: bool,
}

/// The outcome of a scan: how many records failed.
pub struct ScanReport {
    pub failed: u64,
}

pub fn run(args: ScanArgs) -> Result<ScanReport> {
    let file = match &args.config {
        Some(p) => ScanConfigFile::load(p)?,
        None => ScanConfigFile::default(),
    };
    let settings = resolve(
        file,
        ScanOverrides {
            threshold: args.threshold,
            entities: args.entities.clone(),
            operator: args.operator.clone(),
            key_env: args.key_env.clone(),
            key_file: args.key_file.clone(),
        },
    )?;
    let engine = Engine {
        analyzer: Analyzer::new(settings.analyzer)?,
        operators: settings.operators,
        explain: args.explain,
        redact: args.redact,
    };
    let threads = args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let (input, progress) = open_inputs(&args.files)?;
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut stderr = io::stderr();
    let mut failed = 0u64;
    let result = if args.jsonl {
        ordered_map(
            threads,
            |emit| read_batches(input, progress.as_ref(), false, emit),
            Scratch::default,
            |scratch, batch| batch.into_iter().map(|rec| engine.jsonl_record(scratch, rec)).collect::<Vec<_>>(),
            |outputs: Vec<Output>| write_outputs(&mut out, &mut stderr, outputs, &mut failed),
        )
    } else {
        ordered_map(
            threads,
            |emit| read_batches(input, progress.as_ref(), true, emit),
            Scratch::default,
            |scratch, batch| batch.into_iter().map(|rec| engine.text_record(scratch, rec)).collect::<Vec<_>>(),
            |outputs: Vec<Output>| write_outputs(&mut out, &mut stderr, outputs, &mut failed),
        )
    };
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    result?;
    out.flush().context("writing output")?;
    Ok(ScanReport { failed })
}

/// One unit of input: a line (JSONL) or a paragraph (text), with its first line number.
struct Record {
    line: u64,
    bytes: Vec<u8>,
}

/// What one record produced: the bytes to write and, if it failed, the message for stderr.
struct Output {
    bytes: Vec<u8>,
    diagnostics: Vec<String>,
    failed: bool,
}

fn open_inputs(files: &[PathBuf]) -> Result<(Box<dyn Read + Send>, Option<ProgressBar>)> {
    if files.is_empty() {
        return Ok((Box::new(io::stdin()), None));
    }
    let mut total = 0u64;
    let mut readers: Vec<Box<dyn Read + Send>> = Vec::new();
    for path in files {
        let f = File::open(path).with_context(|| format!("opening {}", path.display()))?;
        total += f.metadata().map(|m| m.len()).unwrap_or(0);
        readers.push(Box::new(f));
    }
    let chained = readers.into_iter().reduce(|a, b| Box::new(a.chain(b))).expect("at least one file");
    // A progress bar only for files and only when a person is watching stderr.
    let progress = io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::new(total);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    });
    Ok((chained, progress))
}

/// Cuts the input into batches of records. Text mode groups lines into paragraphs (split
/// at blank lines, so an address or a key block stays whole); JSONL mode keeps lines.
fn read_batches(
    input: Box<dyn Read + Send>,
    progress: Option<&ProgressBar>,
    paragraphs: bool,
    emit: &mut dyn FnMut(Vec<Record>) -> bool,
) -> Result<()> {
    let mut reader = BufReader::with_capacity(1 << 16, input);
    let mut batch = Vec::new();
    let mut batch_bytes = 0;
    let mut line_no = 0u64;
    let mut current = Record { line: 1, bytes: Vec::new() };
    loop {
        let mut line = Vec::new();
        let n = reader.read_until(b'\n', &mut line).context("reading input")?;
        if n == 0 {
            break;
        }
        line_no += 1;
        if let Some(p) = progress {
            p.inc(n as u64);
        }
        if !paragraphs {
            batch_bytes += line.len();
            batch.push(Record { line: line_no, bytes: line });
        } else {
            let blank = line.iter().all(|b| b.is_ascii_whitespace());
            if current.bytes.is_empty() {
                current.line = line_no;
            }
            current.bytes.extend_from_slice(&line);
            // End a paragraph at a blank line, or at a line break once it is large.
            if blank || current.bytes.len() >= BATCH_BYTES {
                batch_bytes += current.bytes.len();
                batch.push(std::mem::replace(&mut current, Record { line: line_no + 1, bytes: Vec::new() }));
            }
        }
        if batch_bytes >= BATCH_BYTES || batch.len() >= 4096 {
            batch_bytes = 0;
            if !emit(std::mem::take(&mut batch)) {
                return Ok(());
            }
        }
    }
    if !current.bytes.is_empty() {
        batch.push(current);
    }
    if !batch.is_empty() {
        emit(batch);
    }
    Ok(())
}

fn write_outputs(out: &mut impl Write, err: &mut impl Write, outputs: Vec<Output>, failed: &mut u64) -> Result<()> {
    for o in outputs {
        for d in &o.diagnostics {
            writeln!(err, "{d}").ok();
        }
        if o.failed {
            *failed += 1;
        }
        out.write_all(&o.bytes).context("writing output")?;
    }
    Ok(())
}

impl Engine {
    fn text_record(&self, scratch: &mut Scratch, rec: Record) -> Output {
        let mut diagnostics = Vec::new();
        let text = match String::from_utf8(rec.bytes) {
            Ok(s) => s,
            Err(e) => {
                let bad = first_bad_line(e.as_bytes(), rec.line);
                diagnostics.push(format!("line {bad}: invalid UTF-8 (replaced with U+FFFD before scanning)"));
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            }
        };
        let failed = !diagnostics.is_empty();
        let mut found = Vec::new();
        self.analyzer.analyze_with(&text, scratch, &mut found);
        if self.explain {
            diagnostics.extend(explain_lines(&text, rec.line, &found));
        }
        match anonymize(&text, &found, &self.operators) {
            Ok(a) => Output { bytes: a.text.into_bytes(), diagnostics, failed },
            Err(e) => {
                diagnostics.push(format!("line {}: {e}", rec.line));
                Output { bytes: Vec::new(), diagnostics, failed: true }
            }
        }
    }

    fn jsonl_record(&self, scratch: &mut Scratch, rec: Record) -> Output {
        let line = rec.line;
        let mut bytes = rec.bytes;
        while matches!(bytes.last(), Some(b'\n' | b'\r')) {
            bytes.pop();
        }
        match self.jsonl_object(scratch, &bytes) {
            Ok(obj) => {
                let mut bytes = serde_json::to_vec(&obj).unwrap_or_default();
                bytes.push(b'\n');
                Output { bytes, diagnostics: Vec::new(), failed: false }
            }
            Err(msg) => {
                let mut bytes = serde_json::to_vec(&json!({ "error": msg, "line": line })).unwrap_or_default();
                bytes.push(b'\n');
                Output { bytes, diagnostics: vec![format!("line {line}: {msg}")], failed: true }
            }
        }
    }

    /// The output object for one JSONL line, or a message saying what is wrong with it.
    /// Messages describe the problem, never the personal data on the line.
    fn jsonl_object(&self, scratch: &mut Scratch, bytes: &[u8]) -> Result<Map<String, Value>, String> {
        let text = std::str::from_utf8(bytes).map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))?;
        let value: Value = serde_json::from_str(text)
            .map_err(|e| format!("invalid JSON at column {}: {}", e.column(), json_error_kind(&e)))?;
        let Value::Object(mut obj) = value else {
            return Err("expected a JSON object".into());
        };
        let Some(Value::String(text)) = obj.get("text") else {
            return Err(
                if obj.contains_key("text") { "\"text\" must be a string" } else { "missing \"text\" field" }.into()
            );
        };
        let text = text.clone();
        let mut found = Vec::new();
        self.analyzer.analyze_with(&text, scratch, &mut found);
        let mut map = CodepointMap::new(&text);
        let spans: Vec<Value> = found
            .iter()
            .map(|d| {
                let mut s = Map::new();
                s.insert("start".into(), map.to_chars(d.start).into());
                s.insert("end".into(), map.to_chars(d.end).into());
                s.insert("entity_type".into(), d.entity_type.as_str().into());
                s.insert("score".into(), json!((f64::from(d.score) * 100.0).round() / 100.0));
                if let Some(st) = d.subtype {
                    s.insert("subtype".into(), st.as_str().into());
                }
                if self.explain {
                    s.insert("explanation".into(), explanation_json(d));
                }
                Value::Object(s)
            })
            .collect();
        obj.insert("spans".into(), Value::Array(spans));
        if self.redact {
            let a = anonymize(&text, &found, &self.operators).map_err(|e| e.to_string())?;
            obj.insert("redacted".into(), a.text.into());
        }
        Ok(obj)
    }
}

/// The kind of JSON problem. serde_json's own message can quote the input, which may be
/// personal data, so only the category is reported.
fn json_error_kind(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Syntax => "syntax error",
        serde_json::error::Category::Eof => "unexpected end of line",
        serde_json::error::Category::Data => "invalid value",
        serde_json::error::Category::Io => "read error",
    }
}

pub fn explanation_json(d: &Detection) -> Value {
    let e = &d.explanation;
    json!({
        "recognizer": e.recognizer,
        "pattern": e.pattern,
        "validation": e.validation,
        "base_score": (f64::from(e.base_score) * 100.0).round() / 100.0,
        "context": e.context.as_ref().map(|c| json!({"word": c.word, "delta": (f64::from(c.delta) * 100.0).round() / 100.0})),
    })
}

/// `explain: line 3 col 10-25 PHONE_NUMBER 0.95 …`: where and why, never the value.
/// Detections come sorted, so line numbers are counted in one pass.
fn explain_lines(text: &str, first_line: u64, found: &[Detection]) -> Vec<String> {
    let (mut pos, mut line, mut line_start) = (0, first_line, 0);
    found
        .iter()
        .map(|d| {
            for (i, _) in text[pos..d.start].match_indices('\n') {
                line += 1;
                line_start = pos + i + 1;
            }
            pos = d.start;
            explain_line(text, line, line_start, d)
        })
        .collect()
}

fn explain_line(text: &str, line: u64, line_start: usize, d: &Detection) -> String {
    let col = text[line_start..d.start].chars().count() + 1;
    let len = text[d.start..d.end].chars().count();
    let e = &d.explanation;
    let mut s = format!(
        "explain: line {line} col {col}-{} {} score={:.2} recognizer={} pattern=\"{}\"",
        col + len,
        d.entity_type,
        d.score,
        e.recognizer,
        e.pattern
    );
    if let Some(st) = d.subtype {
        s.push_str(&format!(" subtype={st}"));
    }
    if let Some(v) = e.validation {
        s.push_str(&format!(" validation=\"{v}\""));
    }
    if let Some(c) = &e.context {
        s.push_str(&format!(" context=\"{}\"({:+.2})", c.word, c.delta));
    }
    s
}

fn first_bad_line(bytes: &[u8], first_line: u64) -> u64 {
    let valid = std::str::from_utf8(bytes).err().map_or(bytes.len(), |e| e.valid_up_to());
    first_line + bytes[..valid].iter().filter(|&&b| b == b'\n').count() as u64
}
