//! `hushdesk eval CORPUS.jsonl`: scores the engine against gold spans and prints
//! precision, recall, F1 and F2 per entity type and overall.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::Args;
use hushdesk_detect::eval::{Counts, MatchMode, Mistake, Scoreboard, Span};
use hushdesk_detect::offsets::CodepointMap;
use hushdesk_detect::{Analyzer, AnalyzerConfig};
use serde::Deserialize;
use serde_json::{Map, Value, json};

use crate::scan_config::parse_entities;

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// JSON Lines corpus: {"id", "text", "spans": [{"start", "end", "entity_type"}]}, code points.
    pub corpus: Vec<PathBuf>,
    /// Minimum score to count a detection.
    #[arg(long)]
    pub threshold: Option<f32>,
    /// Only score these entity types (comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub entities: Option<Vec<String>>,
    /// Require exact boundaries instead of overlap (IoU >= 0.5).
    #[arg(long)]
    pub exact: bool,
    /// Print every missed and spurious span with its text (the corpus is labelled test data).
    #[arg(long)]
    pub errors: bool,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
    /// Score another tool's output instead of running the engine: JSON Lines in the
    /// `hushdesk scan --jsonl` format (`{"id", "spans": [...]}`), matched to the corpus by id.
    #[arg(long, value_name = "FILE")]
    pub predictions: Option<PathBuf>,
}

#[derive(Deserialize)]
struct GoldDoc {
    #[serde(default)]
    id: Option<Value>,
    text: String,
    #[serde(default)]
    spans: Vec<GoldSpan>,
}

#[derive(Deserialize)]
struct GoldSpan {
    start: usize,
    end: usize,
    entity_type: String,
}

pub fn run(args: EvalArgs) -> Result<Scoreboard> {
    if args.corpus.is_empty() {
        bail!("give at least one corpus file");
    }
    let mut config = AnalyzerConfig::default();
    if let Some(t) = args.threshold {
        config.threshold = t;
    }
    let wanted = args.entities.as_deref().map(parse_entities).transpose()?;
    config.entities = wanted.clone();
    let analyzer = Analyzer::new(config)?;
    let external = args.predictions.as_deref().map(load_predictions).transpose()?;
    let mode = if args.exact { MatchMode::Exact } else { MatchMode::Overlap };
    let mut board = Scoreboard::default();
    for path in &args.corpus {
        let reader = BufReader::new(File::open(path).with_context(|| format!("opening {}", path.display()))?);
        for (n, line) in reader.lines().enumerate() {
            let line = line.with_context(|| format!("{}: line {}", path.display(), n + 1))?;
            if line.trim().is_empty() {
                continue;
            }
            let doc: GoldDoc = serde_json::from_str(&line)
                .with_context(|| format!("{}: line {}: not a corpus record", path.display(), n + 1))?;
            let keep = |t: &str| wanted.as_ref().is_none_or(|w| w.iter().any(|e| e.as_str() == t));
            let gold: Vec<Span> = doc
                .spans
                .iter()
                .filter(|s| keep(&s.entity_type))
                .map(|s| Span { start: s.start, end: s.end, entity_type: s.entity_type.clone() })
                .collect();
            let predicted: Vec<Span> = match &external {
                Some(preds) => {
                    let key = doc.id.as_ref().map(Value::to_string).unwrap_or_default();
                    preds.get(&key).cloned().unwrap_or_default().into_iter().filter(|s| keep(&s.entity_type)).collect()
                }
                None => {
                    let mut map = CodepointMap::new(&doc.text);
                    analyzer
                        .analyze(&doc.text)
                        .iter()
                        .map(|d| Span {
                            start: map.to_chars(d.start),
                            end: map.to_chars(d.end),
                            entity_type: d.entity_type.as_str().to_string(),
                        })
                        .collect()
                }
            };
            let mistakes = board.add_document(&gold, &predicted, mode);
            if args.errors {
                let id = doc.id.map(|v| v.to_string()).unwrap_or_else(|| format!("line {}", n + 1));
                let chars: Vec<char> = doc.text.chars().collect();
                for m in mistakes {
                    let (kind, s) = match &m {
                        Mistake::Missed(s) => ("MISSED  ", s),
                        Mistake::Spurious(s) => ("SPURIOUS", s),
                    };
                    let value: String = chars.get(s.start..s.end.min(chars.len())).unwrap_or(&[]).iter().collect();
                    let ctx_start = s.start.saturating_sub(30);
                    let context: String =
                        chars[ctx_start..s.end.min(chars.len())].iter().collect::<String>().replace('\n', "⏎");
                    println!("{id} {kind} {:<18} {value:?}  …{context}", s.entity_type);
                }
            }
        }
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&scores_json(&board))?);
    } else {
        print_table(&board);
    }
    Ok(board)
}

/// Another tool's spans by document id (the id's JSON text, so `7` and `"7"` differ).
fn load_predictions(path: &std::path::Path) -> Result<std::collections::HashMap<String, Vec<Span>>> {
    #[derive(Deserialize)]
    struct Row {
        id: Value,
        #[serde(default)]
        spans: Vec<GoldSpan>,
    }
    let reader = BufReader::new(File::open(path).with_context(|| format!("opening {}", path.display()))?);
    let mut out = std::collections::HashMap::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = serde_json::from_str(&line).with_context(|| format!("{}: line {}", path.display(), n + 1))?;
        let spans =
            row.spans.into_iter().map(|s| Span { start: s.start, end: s.end, entity_type: s.entity_type }).collect();
        out.insert(row.id.to_string(), spans);
    }
    Ok(out)
}

fn row(c: &Counts) -> Value {
    json!({
        "gold": c.tp + c.fn_, "found": c.tp + c.fp, "tp": c.tp, "fp": c.fp, "fn": c.fn_,
        "precision": round(c.precision()), "recall": round(c.recall()), "f1": round(c.f_beta(1.0)), "f2": round(c.f_beta(2.0)),
    })
}

fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

pub fn scores_json(board: &Scoreboard) -> Value {
    let per_type: Map<String, Value> = board.per_type.iter().map(|(k, c)| (k.clone(), row(c))).collect();
    json!({ "per_type": per_type, "overall": row(&board.overall()) })
}

fn print_table(board: &Scoreboard) {
    println!(
        "{:<20} {:>6} {:>6} {:>6} {:>9} {:>7} {:>7} {:>7}",
        "entity_type", "gold", "found", "tp", "precision", "recall", "F1", "F2"
    );
    let line = |name: &str, c: &Counts| {
        println!(
            "{:<20} {:>6} {:>6} {:>6} {:>9.3} {:>7.3} {:>7.3} {:>7.3}",
            name,
            c.tp + c.fn_,
            c.tp + c.fp,
            c.tp,
            c.precision(),
            c.recall(),
            c.f_beta(1.0),
            c.f_beta(2.0)
        )
    };
    for (k, c) in &board.per_type {
        line(k, c);
    }
    line("overall", &board.overall());
}
