//! Any bytes that are UTF-8 must analyse and anonymise without panicking, and the spans
//! must be in bounds, on char boundaries and non-overlapping.
#![no_main]

use std::sync::OnceLock;

use hushdesk_detect::anonymize::{Operators, anonymize};
use hushdesk_detect::{Analyzer, AnalyzerConfig};
use libfuzzer_sys::fuzz_target;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::new(AnalyzerConfig { threshold: 0.0, ..Default::default() }).unwrap())
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let found = analyzer().analyze(text);
    for d in &found {
        assert!(d.start < d.end && d.end <= text.len());
        assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
    }
    for w in found.windows(2) {
        assert!(w[0].end <= w[1].start);
    }
    anonymize(text, &found, &Operators::default()).unwrap();
});
