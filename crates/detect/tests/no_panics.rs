//! The engine never panics, whatever the input. Generated text mixes the characters that
//! drive every recogniser (digits, separators, `@`, `:`, letters in several scripts,
//! multi-byte punctuation next to digits) so candidate code paths are reached.

use hushdesk_detect::anonymize::{Operator, Operators, anonymize};
use hushdesk_detect::{Analyzer, AnalyzerConfig};
use proptest::prelude::*;

fn analyzer() -> &'static Analyzer {
    static A: std::sync::OnceLock<Analyzer> = std::sync::OnceLock::new();
    A.get_or_init(|| Analyzer::new(AnalyzerConfig { threshold: 0.0, ..Default::default() }).unwrap())
}

/// Fragments that look like the start of something each recogniser wants.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,5}",
        "[ \\-./()+,:#$€º°ª’“”\n\t]{1,2}",
        "[a-zA-Z]{1,8}",
        "[A-Z]{2}[0-9]{2}",
        Just("@".to_string()),
        Just("://".to_string()),
        Just("www.".to_string()),
        Just("eyJ".to_string()),
        Just("-----BEGIN PRIVATE KEY-----".to_string()),
        Just("bc1".to_string()),
        Just("0x".to_string()),
        Just("AKIA".to_string()),
        Just("password: ".to_string()),
        Just("Hi ".to_string()),
        Just("Straße ".to_string()),
        Just("am ".to_string()),
        Just("pm".to_string()),
        // Cue words whose rules look ahead and behind: lists of codes, labelled fields,
        // units and floors, brackets after an address, speaker labels.
        Just(" code ".to_string()),
        Just(" and ".to_string()),
        "codes? [0-9]{4,6}(, | and | or )[0-9]{4,6}",
        Just("Address: ".to_string()),
        Just("\nMobile: ".to_string()),
        Just("Unit ".to_string()),
        Just("3rd Floor, ".to_string()),
        Just(" (RM)".to_string()),
        Just(" (Support): ".to_string()),
        Just("J. ".to_string()),
        "\\PC{1,3}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_shaped_text(parts in prop::collection::vec(fragment(), 0..40)) {
        let text: String = parts.concat();
        let found = analyzer().analyze(&text);
        for d in &found {
            prop_assert!(d.start < d.end && d.end <= text.len());
            prop_assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
            prop_assert!((0.0..=1.0).contains(&d.score));
        }
        for w in found.windows(2) {
            prop_assert!(w[0].end <= w[1].start, "overlapping output");
        }
        let ops = Operators { default: Operator::Pseudonym, per_entity: Default::default() };
        prop_assert!(anonymize(&text, &found, &ops).is_ok());
    }

    #[test]
    fn never_panics_on_arbitrary_unicode(text in "\\PC{0,300}") {
        let _ = analyzer().analyze(&text);
    }
}

#[test]
fn ten_megabyte_single_line_is_fine() {
    let line = "call +44 20 7946 0958 or mail anna@example.com about order 12345; ".repeat(160_000);
    assert!(line.len() > 10_000_000);
    let found = analyzer().analyze(&line);
    assert!(found.len() >= 320_000);
}
