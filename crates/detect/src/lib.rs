//! Personal-data detection and anonymisation for Hushdesk.
//!
//! [`Analyzer`] finds personal data in free text: one tokenising pass, then recognisers
//! that generate candidates cheaply, validate them (checksums, libphonenumber metadata,
//! calendars, gazetteers) and score them with whole-word context on both sides; overlaps
//! are resolved deterministically and every [`Detection`] explains itself.
//! [`anonymize`] applies per-entity operators (replace, redact, mask, keyed hash,
//! pseudonym, encrypt, keep) to the detections.
//!
//! Pure logic: no I/O, no async, no global mutable state beyond lazily built tables.
#![forbid(unsafe_code)]
// Rules are written as the condition they state (`!(glued_before || glued_after)`), not
// in the De Morgan form clippy prefers.
#![allow(clippy::nonminimal_bool)]

mod analyzer;
pub mod anonymize;
mod context;
mod cues;
mod detection;
mod entity;
pub mod eval;
mod gazetteer;
mod numbers;
pub mod offsets;
mod recognizers;
mod resolve;
mod spoken;
mod text;
pub mod validate;

#[cfg(test)]
mod test_support;

pub use analyzer::{Analyzer, AnalyzerConfig, ConfigError, DEFAULT_PHONE_REGIONS, DEFAULT_THRESHOLD, Scratch};
pub use detection::{ContextEvidence, Detection, Explanation};
pub use entity::{Category, EntityType, Subtype, UnknownEntityType};
