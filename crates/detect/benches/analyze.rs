//! Analyzer throughput on support text, single-threaded.
//!
//! Run: `cargo bench -p hushdesk-detect --bench analyze -- --warm-up-time 1 --measurement-time 3`
//! (about a minute).
//!
//! Inputs, all built from the labelled dev corpus (`corpus/dev.jsonl`):
//! - `dense`: the corpus documents, cycled to ~4 MB. Every document carries personal data,
//!   so this is the worst case (the figure `hushdesk bench detect` reports).
//! - `support_mix`: the same documents, each followed by PII-free lines taken from the
//!   corpus (lines that no labelled span touches: greetings, order chatter, log lines),
//!   about three bytes of them for every byte of document, so roughly a quarter of the text
//!   is PII-dense, as in a real ticket queue. Each document with its filler lines is
//!   analysed as one text.
//! - `recognizer/*`: ~1 MB of `dense` with only one recogniser's entity types enabled,
//!   which shows what each recogniser adds to the shared tokenising pass.
//!
//! Throughput is bytes of text analysed; every text goes through `analyze_with` with one
//! reused `Scratch`, as a scanning worker does.

use std::collections::HashSet;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use hushdesk_detect::{Analyzer, AnalyzerConfig, EntityType, Scratch};

const DENSE_BYTES: usize = 4 << 20;
const PER_RECOGNIZER_BYTES: usize = 1 << 20;
/// Bytes of PII-free lines added after each document, per byte of document.
const FILLER_RATIO: usize = 3;

struct Doc {
    text: String,
    /// Labelled spans, as byte ranges.
    spans: Vec<(usize, usize)>,
}

fn corpus() -> Vec<Doc> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus/dev.jsonl");
    let data = std::fs::read_to_string(path).expect("read corpus/dev.jsonl");
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("corpus line is JSON");
            let text = v["text"].as_str().expect("text field").to_string();
            let spans = v["spans"]
                .as_array()
                .map(|spans| {
                    spans
                        .iter()
                        .map(|s| (s["start"].as_u64().unwrap_or(0) as usize, s["end"].as_u64().unwrap_or(0) as usize))
                        .collect()
                })
                .unwrap_or_default();
            Doc { text, spans }
        })
        .collect()
}

/// Corpus documents, cycled until `bytes` of text.
fn dense(docs: &[Doc], bytes: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut total = 0;
    for d in docs.iter().cycle() {
        if total >= bytes {
            break;
        }
        total += d.text.len();
        out.push(d.text.clone());
    }
    out
}

/// Non-blank lines of the corpus that no labelled span overlaps.
fn pii_free_lines(docs: &[Doc]) -> Vec<&str> {
    let mut lines = Vec::new();
    for d in docs {
        let mut start = 0;
        for line in d.text.split_inclusive('\n') {
            let end = start + line.len();
            let clean = !d.spans.iter().any(|&(s, e)| s < end && e > start);
            let line = line.trim_end_matches('\n');
            if clean && line.trim().len() >= 8 {
                lines.push(line);
            }
            start = end;
        }
    }
    lines
}

/// Each document followed by PII-free lines, [`FILLER_RATIO`] bytes of them per byte of
/// document, until `bytes` of text.
fn support_mix(docs: &[Doc], bytes: usize) -> Vec<String> {
    let filler = pii_free_lines(docs);
    assert!(!filler.is_empty(), "corpus has PII-free lines");
    let mut next = filler.iter().cycle();
    let mut out = Vec::new();
    let mut total = 0;
    for d in docs.iter().cycle() {
        if total >= bytes {
            break;
        }
        let mut text = d.text.clone();
        let want = text.len() * (FILLER_RATIO + 1);
        while text.len() < want {
            text.push('\n');
            text.push_str(next.next().expect("cycle never ends"));
        }
        total += text.len();
        out.push(text);
    }
    out
}

fn analyze_all(
    analyzer: &Analyzer,
    texts: &[String],
    scratch: &mut Scratch,
    out: &mut Vec<hushdesk_detect::Detection>,
) -> usize {
    let mut found = 0;
    for t in texts {
        analyzer.analyze_with(black_box(t), scratch, out);
        found += out.len();
    }
    found
}

fn bytes_of(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}

fn bench_analyze(c: &mut Criterion) {
    let docs = corpus();
    let all = Analyzer::new(AnalyzerConfig::default()).expect("default config");
    let mut scratch = Scratch::default();
    let mut out = Vec::new();

    let inputs = [("dense", dense(&docs, DENSE_BYTES)), ("support_mix", support_mix(&docs, DENSE_BYTES))];
    // Warm-up outside the measurement: gazetteers and lazily compiled phone tables.
    for (_, texts) in &inputs {
        analyze_all(&all, texts, &mut scratch, &mut out);
    }
    let mut group = c.benchmark_group("analyze");
    group.sampling_mode(SamplingMode::Flat).sample_size(10);
    for (name, texts) in &inputs {
        group.throughput(Throughput::Bytes(bytes_of(texts)));
        group.bench_function(*name, |b| b.iter(|| analyze_all(&all, texts, &mut scratch, &mut out)));
    }
    group.finish();

    // One analyzer per recogniser, each asked for one of that recogniser's entity types.
    let small = dense(&docs, PER_RECOGNIZER_BYTES);
    let recognizers: [(&str, &[&str]); 9] = [
        ("contact", &["EMAIL_ADDRESS", "URL", "IP_ADDRESS", "MAC_ADDRESS"]),
        ("phone", &["PHONE_NUMBER"]),
        ("finance", &["CREDIT_CARD", "IBAN_CODE", "CRYPTO"]),
        ("government", &["US_SSN"]),
        ("datetime", &["DATE_TIME"]),
        ("secrets", &["API_KEY"]),
        ("person", &["PERSON"]),
        ("nrp_age", &["NRP"]),
        ("location", &["LOCATION"]),
    ];
    let mut group = c.benchmark_group("recognizer");
    group.sampling_mode(SamplingMode::Flat).sample_size(10).measurement_time(Duration::from_secs(1));
    group.throughput(Throughput::Bytes(bytes_of(&small)));
    for (name, entities) in recognizers {
        let wanted: HashSet<EntityType> = entities.iter().map(|e| e.parse().expect("known entity type")).collect();
        let analyzer = Analyzer::new(AnalyzerConfig { entities: Some(wanted), ..AnalyzerConfig::default() })
            .expect("valid config");
        analyze_all(&analyzer, &small, &mut scratch, &mut out);
        group.bench_function(name, |b| b.iter(|| analyze_all(&analyzer, &small, &mut scratch, &mut out)));
    }
    group.finish();
}

criterion_group!(benches, bench_analyze);
criterion_main!(benches);
