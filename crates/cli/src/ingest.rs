//! `hushdesk ingest [FILE]`: one JSON message per line in, one acknowledgement per line
//! out, in input order.
//!
//! Input line: `{"conversation": "c-1", "subject": {"email": …, "phone": …,
//! "external_id": …}, "author": "customer"|"agent", "text": …, "at": "RFC 3339"}` (at
//! least one subject identifier, `at` optional, unknown fields rejected).
//!
//! Output line: `{"message_id", "conversation", "redacted", "tokens": [{"token",
//! "entity_type"}]}`, or `{"error": …, "line": N}` for a line that could not be
//! ingested (the rest still are; the exit status is then 1). Messages never quote the
//! input.
//!
//! Detection runs on worker threads (the ordered pipeline of `scan`); the calling thread
//! writes one transaction per batch and prints a batch's acknowledgements only after
//! its transaction committed (durably: SQLite `synchronous=FULL`). Killing the process
//! at any moment loses no acknowledged message and leaves no half-written one.

use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;
use hushdesk_domain::store::Store;
use hushdesk_domain::{Actor, Author, IngestRequest, PreparedMessage, SubjectIdentifiers, Timestamp, Vault, Workspace};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{Map, Value, json};
use zeroize::Zeroizing;

use crate::pipeline::ordered_map;
use crate::vault_cmd::{VaultOpts, WithVault, with_vault};

/// `hushdesk ingest`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// JSON Lines file; standard input when omitted.
    pub file: Option<PathBuf>,
    /// Actor recorded in the audit log for these messages.
    #[arg(long, default_value = "cli")]
    pub actor: String,
    /// Messages per transaction.
    #[arg(long, default_value_t = 256)]
    pub batch: usize,
    /// Detection threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    #[command(flatten)]
    pub vault: VaultOpts,
}

/// Runs `ingest`; `Ok(false)` if some lines failed.
pub fn run(args: IngestArgs) -> Result<bool> {
    let actor = Actor::new(&args.actor)?;
    let (input, progress) = open_input(args.file.as_ref())?;
    // A stream (stdin) may pause: then a partial batch is stored and acknowledged at once
    // instead of waiting for more lines.
    let streaming = args.file.is_none();
    let job = Job {
        actor,
        input,
        progress,
        streaming,
        batch: args.batch.clamp(1, 10_000),
        threads: args.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())),
    };
    let failed = with_vault(&args.vault, job)?;
    Ok(failed == 0)
}

struct Job {
    actor: Actor,
    input: Box<dyn Read + Send>,
    progress: Option<ProgressBar>,
    streaming: bool,
    batch: usize,
    threads: usize,
}

/// One input line, after parsing and detection.
type Item = (u64, Result<PreparedMessage, String>);

impl WithVault for Job {
    type Output = u64;

    fn run<S: Store + 'static>(self, vault: Vault<S>, rt: &tokio::runtime::Runtime) -> Result<u64> {
        let Job { actor, input, progress, streaming, batch, threads } = self;
        let stdout = io::stdout();
        let mut out = stdout.lock();
        let mut failed = 0u64;
        let vault = &vault;
        let result = ordered_map(
            threads,
            |emit| read_lines(input, progress.as_ref(), batch, streaming, emit),
            Workspace::default,
            |ws, lines: Vec<(u64, Vec<u8>)>| {
                lines
                    .into_iter()
                    .map(|(line, bytes)| {
                        let prepared =
                            parse_line(&bytes).and_then(|req| vault.prepare(req, ws).map_err(|e| e.to_string()));
                        (line, prepared)
                    })
                    .collect::<Vec<Item>>()
            },
            |items: Vec<Item>| {
                // Lines that failed to parse stay here; the others go to the store.
                let mut slots: Vec<(u64, Option<String>)> = Vec::with_capacity(items.len());
                let mut batch = Vec::with_capacity(items.len());
                for (line, r) in items {
                    match r {
                        Ok(p) => {
                            batch.push(Ok(p));
                            slots.push((line, None));
                        }
                        Err(e) => slots.push((line, Some(e))),
                    }
                }
                let mut receipts =
                    rt.block_on(vault.ingest_prepared(&actor, batch)).context("storing a batch")?.into_iter();
                let mut buf = Vec::with_capacity(slots.len() * 256);
                for (line, parse_error) in slots {
                    let outcome = match parse_error {
                        Some(e) => Err(e),
                        None => match receipts.next() {
                            Some(r) => r.map_err(|e| e.to_string()),
                            None => Err("internal error: missing result".to_string()),
                        },
                    };
                    let v = match outcome {
                        Ok(r) => {
                            let tokens: Vec<Value> = r
                                .tokens
                                .iter()
                                .map(|t| json!({"token": t.token, "entity_type": t.entity_type}))
                                .collect();
                            json!({
                                "message_id": r.message_id.as_str(),
                                "conversation": r.conversation.as_str(),
                                "redacted": r.redacted,
                                "tokens": tokens,
                            })
                        }
                        Err(msg) => {
                            failed += 1;
                            json!({"error": msg, "line": line})
                        }
                    };
                    serde_json::to_writer(&mut buf, &v)?;
                    buf.push(b'\n');
                }
                out.write_all(&buf).context("writing acknowledgements")?;
                out.flush().context("writing acknowledgements")?;
                Ok(())
            },
        );
        if let Some(p) = progress {
            p.finish_and_clear();
        }
        result?;
        Ok(failed)
    }
}

fn open_input(file: Option<&PathBuf>) -> Result<(Box<dyn Read + Send>, Option<ProgressBar>)> {
    let Some(path) = file else {
        return Ok((Box::new(io::stdin()), None));
    };
    let f = File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let total = f.metadata().map(|m| m.len()).unwrap_or(0);
    let progress = io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::new(total);
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    });
    Ok((Box::new(f), progress))
}

/// Cuts the input into batches of at most `batch` lines. With `streaming`, a batch is
/// also handed on whenever no more input is buffered (the next read would wait).
fn read_lines(
    input: Box<dyn Read + Send>,
    progress: Option<&ProgressBar>,
    batch: usize,
    streaming: bool,
    emit: &mut dyn FnMut(Vec<(u64, Vec<u8>)>) -> bool,
) -> Result<()> {
    let mut reader = BufReader::with_capacity(1 << 16, input);
    let mut lines = Vec::with_capacity(batch);
    let mut n = 0u64;
    loop {
        let mut line = Vec::new();
        let read = reader.read_until(b'\n', &mut line).context("reading input")?;
        if read == 0 {
            break;
        }
        n += 1;
        if let Some(p) = progress {
            p.inc(read as u64);
        }
        while matches!(line.last(), Some(b'\n' | b'\r')) {
            line.pop();
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        lines.push((n, line));
        let idle = streaming && reader.buffer().is_empty();
        if (lines.len() >= batch || idle) && !emit(std::mem::replace(&mut lines, Vec::with_capacity(batch))) {
            return Ok(());
        }
    }
    if !lines.is_empty() {
        emit(lines);
    }
    Ok(())
}

/// Parses one input line. Error messages name fields, never values.
fn parse_line(bytes: &[u8]) -> Result<IngestRequest, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))?;
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let kind = match e.classify() {
            serde_json::error::Category::Eof => "unexpected end of line",
            _ => "syntax error",
        };
        format!("invalid JSON at column {}: {kind}", e.column())
    })?;
    let Value::Object(mut obj) = value else {
        return Err("expected a JSON object".into());
    };
    const FIELDS: &str = "conversation, subject, author, text, at";
    if obj.keys().any(|k| !matches!(k.as_str(), "conversation" | "subject" | "author" | "text" | "at")) {
        return Err(format!("unknown field (allowed: {FIELDS})"));
    }
    let conversation = take_string(&mut obj, "conversation")?.ok_or("missing \"conversation\"")?;
    let author = take_string(&mut obj, "author")?.ok_or("missing \"author\"")?;
    let author = Author::parse(&author).map_err(|_| "\"author\" must be \"customer\" or \"agent\"".to_string())?;
    let text = take_string(&mut obj, "text")?.ok_or("missing \"text\"")?;
    let at = match take_string(&mut obj, "at")? {
        None => None,
        Some(s) => Some(parse_time(&s).ok_or("\"at\" must be an RFC 3339 time, e.g. 2024-05-01T12:00:00Z")?),
    };
    let subject = match obj.remove("subject") {
        Some(Value::Object(mut s)) => {
            if s.keys().any(|k| !matches!(k.as_str(), "email" | "phone" | "external_id")) {
                return Err("unknown field in \"subject\" (allowed: email, phone, external_id)".into());
            }
            let ids = SubjectIdentifiers::new(
                take_string(&mut s, "email")?,
                take_string(&mut s, "phone")?,
                take_string(&mut s, "external_id")?,
            );
            if ids.email.is_none() && ids.phone.is_none() && ids.external_id.is_none() {
                return Err("\"subject\" needs at least one of email, phone, external_id".into());
            }
            ids
        }
        Some(_) => return Err("\"subject\" must be an object".into()),
        None => return Err("missing \"subject\"".into()),
    };
    Ok(IngestRequest { conversation, subject, author, text: Zeroizing::new(text), at })
}

fn take_string(obj: &mut Map<String, Value>, key: &'static str) -> Result<Option<String>, String> {
    match obj.remove(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(format!("\"{key}\" must be a string")),
    }
}

fn parse_time(s: &str) -> Option<Timestamp> {
    let t: jiff::Timestamp = s.parse().ok()?;
    Some(Timestamp(t.as_microsecond()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_parse_and_errors_never_quote_values() {
        let ok = parse_line(
            br#"{"conversation":"c-1","subject":{"email":"a@b.co"},"author":"agent","text":"hi","at":"2024-05-01T12:00:00+02:00"}"#,
        )
        .unwrap();
        assert_eq!(ok.at, Some(Timestamp(1_714_557_600_000_000)));
        assert_eq!(ok.author, Author::Agent);
        for (bad, want) in [
            (&br#"{"conversation":"c","subject":{"email":"secret@x.com"},"author":"bot","text":"t"}"#[..], "author"),
            (br#"{"conversation":"c","subject":{},"author":"agent","text":"t"}"#, "at least one"),
            (br#"{"conversation":"c","subject":{"emial":"secret@x.com"},"author":"agent","text":"t"}"#, "unknown"),
            (br#"{"conversation":"c","subject":{"email":"secret@x.com"},"author":"agent"}"#, "text"),
            (
                br#"{"conversation":"c","subject":{"email":"secret@x.com"},"author":"agent","text":"t","x":1}"#,
                "unknown",
            ),
            (
                br#"{"conversation":"c","subject":{"email":"secret@x.com"},"author":"agent","text":"t","at":"secret"}"#,
                "RFC 3339",
            ),
            (br#"{"conversation": "secret@x.com"#, "JSON"),
            (b"\xff\xfe", "UTF-8"),
            (br#"["secret@x.com"]"#, "object"),
        ] {
            let e = parse_line(bad).err().unwrap();
            assert!(e.contains(want), "{e}");
            assert!(!e.contains("secret"), "{e}");
        }
    }
}
