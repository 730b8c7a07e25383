//! The analyzer: tokenise once, let every enabled recogniser propose candidates,
//! drop those under the threshold, resolve overlaps.

use std::collections::HashSet;

use crate::detection::Detection;
use crate::entity::EntityType;
use crate::gazetteer::{Gazetteers, WordInfo};
use crate::numbers::{self, Cluster};
use crate::recognizers::{self, Recognizer};
use crate::resolve;
use crate::text::{self, Lowercaser, Token};

/// What to look for and how sure to be.
#[derive(Clone, Debug)]
pub struct AnalyzerConfig {
    /// Candidates scoring below this are dropped. `0.0` keeps everything.
    pub threshold: f32,
    /// Entity types to report; `None` means all.
    pub entities: Option<HashSet<EntityType>>,
    /// Regions whose national phone formats are tried (ISO 3166 alpha-2), in order.
    /// A number written with `+` or `00` is always judged by its country code.
    pub phone_regions: Vec<String>,
}

/// Regions whose national formats the engine knows out of the box.
pub const DEFAULT_PHONE_REGIONS: &[&str] = &["US", "CA", "GB", "DE", "FR", "ES", "IT", "NL", "IN", "AU", "BR"];

/// The score at which a candidate becomes a detection unless configured otherwise.
pub const DEFAULT_THRESHOLD: f32 = 0.5;

impl Default for AnalyzerConfig {
    fn default() -> Self {
        AnalyzerConfig {
            threshold: DEFAULT_THRESHOLD,
            entities: None,
            phone_regions: DEFAULT_PHONE_REGIONS.iter().map(|s| s.to_string()).collect(),
        }
    }
}

/// Errors building an analyzer from a configuration.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("unknown phone region {0:?} (expected an ISO 3166 alpha-2 code such as \"GB\")")]
    UnknownRegion(String),
    #[error("threshold {0} is outside [0, 1]")]
    Threshold(f32),
}

/// The tokenised text every recogniser reads.
pub(crate) struct Document<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub clusters: &'a [Cluster],
    /// Gazetteer knowledge per token (empty for non-words), parallel to `tokens`.
    pub infos: &'a [WordInfo],
    pub gaz: &'static Gazetteers,
}

impl Document<'_> {
    /// Gazetteer knowledge about token `i`.
    #[inline]
    pub fn info(&self, i: usize) -> WordInfo {
        self.infos[i]
    }
}

/// Reusable buffers, so a worker analysing many texts allocates once.
#[derive(Default)]
pub struct Scratch {
    tokens: Vec<Token>,
    clusters: Vec<Cluster>,
    infos: Vec<WordInfo>,
    lower: Lowercaser,
    candidates: Vec<Detection>,
}

/// A configured detection engine. Cheap to share between threads (`&Analyzer` is `Sync`).
pub struct Analyzer {
    recognizers: Vec<Box<dyn Recognizer>>,
    config: AnalyzerConfig,
    gaz: &'static Gazetteers,
}

impl Analyzer {
    pub fn new(config: AnalyzerConfig) -> Result<Self, ConfigError> {
        if !(0.0..=1.0).contains(&config.threshold) {
            return Err(ConfigError::Threshold(config.threshold));
        }
        let recognizers = recognizers::all(&config)?
            .into_iter()
            .filter(|r| config.entities.as_ref().is_none_or(|wanted| r.entities().iter().any(|e| wanted.contains(e))))
            .collect();
        Ok(Analyzer { recognizers, config, gaz: Gazetteers::get() })
    }

    pub fn config(&self) -> &AnalyzerConfig {
        &self.config
    }

    /// Finds personal data in `text`. Results are sorted by start and never overlap.
    pub fn analyze(&self, text: &str) -> Vec<Detection> {
        let mut scratch = Scratch::default();
        let mut out = Vec::new();
        self.analyze_with(text, &mut scratch, &mut out);
        out
    }

    /// Like [`Analyzer::analyze`], reusing `scratch` and appending to `out` (cleared first).
    pub fn analyze_with(&self, text: &str, scratch: &mut Scratch, out: &mut Vec<Detection>) {
        out.clear();
        text::tokenize(text, &mut scratch.tokens);
        numbers::clusters(text, &scratch.tokens, &mut scratch.clusters);
        word_infos(self.gaz, text, &scratch.tokens, &mut scratch.lower, &mut scratch.infos);
        let doc = Document {
            text,
            tokens: &scratch.tokens,
            clusters: &scratch.clusters,
            infos: &scratch.infos,
            gaz: self.gaz,
        };
        let candidates = &mut scratch.candidates;
        candidates.clear();
        for r in &self.recognizers {
            r.recognize(&doc, candidates);
        }
        let threshold = self.config.threshold;
        let wanted = self.config.entities.as_ref();
        candidates
            .retain(|d| d.score >= threshold && d.start < d.end && wanted.is_none_or(|w| w.contains(&d.entity_type)));
        resolve::non_overlapping(candidates, out);
    }
}

/// Looks every word token up once, for all recognisers. A possessive `'s` is ignored;
/// a hyphenated word unknown as a whole takes what its parts are (`García-López`).
fn word_infos(gaz: &Gazetteers, text: &str, tokens: &[Token], lower: &mut Lowercaser, out: &mut Vec<WordInfo>) {
    out.clear();
    out.extend(tokens.iter().map(|t| {
        if !t.is_word() {
            return WordInfo::default();
        }
        let word = t.text(text);
        let word = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
        let key = lower.lower(word);
        let info = gaz.word(key);
        if info.flags != 0 || !key.contains('-') {
            return info;
        }
        key.split('-').fold(WordInfo::default(), |mut acc, part| {
            let p = gaz.word(part);
            acc.flags |= p.flags;
            acc.first_freq = acc.first_freq.max(p.first_freq);
            acc.last_freq = acc.last_freq.max(p.last_freq);
            acc
        })
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_bad_threshold() {
        let cfg = AnalyzerConfig { threshold: 1.5, ..Default::default() };
        assert!(matches!(Analyzer::new(cfg), Err(ConfigError::Threshold(_))));
    }

    #[test]
    fn entity_filter_limits_output() {
        let cfg =
            AnalyzerConfig { entities: Some([EntityType::EmailAddress].into_iter().collect()), ..Default::default() };
        let a = Analyzer::new(cfg).unwrap();
        let found = a.analyze("mail anna@example.com or call +44 20 7946 0958");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].entity_type, EntityType::EmailAddress);
    }
}
