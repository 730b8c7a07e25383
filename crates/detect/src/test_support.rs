//! Test helpers: one shared default analyzer and `found(text, entity)` returning the
//! matched substrings, so recogniser tests read as data.

use std::sync::OnceLock;

use crate::analyzer::{Analyzer, AnalyzerConfig};

pub(crate) fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::new(AnalyzerConfig::default()).expect("default config is valid"))
}

/// The substrings of `text` detected as `entity`, in order.
pub(crate) fn found<'t>(text: &'t str, entity: &str) -> Vec<&'t str> {
    found_subtypes(text, entity).into_iter().map(|(s, _)| s).collect()
}

/// Like [`found`], with each detection's subtype.
pub(crate) fn found_subtypes<'t>(text: &'t str, entity: &str) -> Vec<(&'t str, Option<&'static str>)> {
    analyzer()
        .analyze(text)
        .into_iter()
        .filter(|d| d.entity_type.as_str() == entity)
        .map(|d| (&text[d.start..d.end], d.subtype.map(|s| s.as_str())))
        .collect()
}

/// Every detection as `(text, type, score)`, for debugging a failing case.
#[allow(dead_code)]
pub(crate) fn dump(text: &str) -> Vec<(&str, &'static str, f32)> {
    analyzer().analyze(text).into_iter().map(|d| (&text[d.start..d.end], d.entity_type.as_str(), d.score)).collect()
}

/// Runs `f` on the tokenised [`crate::analyzer::Document`] of `text`.
pub(crate) fn with_document<R>(text: &str, f: impl FnOnce(&crate::analyzer::Document<'_>) -> R) -> R {
    analyzer().with_document(text, f)
}
