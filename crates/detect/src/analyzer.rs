//! The analyzer: tokenise once, let every enabled recogniser propose candidates,
//! drop those under the threshold, resolve overlaps.

use std::collections::HashSet;

use crate::context::word_eq;
use crate::cues::Cue;
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

impl<'a> Document<'a> {
    /// Gazetteer knowledge about token `i`.
    #[inline]
    pub fn info(&self, i: usize) -> WordInfo {
        self.infos[i]
    }

    /// Everything the gazetteers know about token `i`, including, for a lower-case word,
    /// the name, place and dictionary knowledge that [`Document::info`] leaves out.
    pub fn lookup(&self, i: usize) -> WordInfo {
        let t = self.tokens[i];
        if t.is_capitalised() || t.is_number() {
            return self.infos[i];
        }
        let mut info = self.infos[i];
        info.merge(names_and_places(self.gaz, &lookup_form(t.text(self.text)).to_lowercase()));
        info
    }

    /// The text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    /// The separator text between tokens `a` and `b`.
    #[inline]
    pub fn gap(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.tokens[a].end..self.tokens[b].start]
    }

    /// Does an entry of `cue` end at token `i` (a word, or the last word of a phrase)?
    #[inline]
    pub fn is(&self, i: usize, cue: Cue) -> bool {
        let info = self.infos[i];
        info.cue_words & cue.bit() != 0 || info.cue_ends & cue.bit() != 0 && self.phrase_start(i, cue).is_some()
    }

    /// The first token of a phrase of `cue` ending at token `i`.
    fn phrase_start(&self, i: usize, cue: Cue) -> Option<(usize, &'static [&'static str])> {
        self.gaz.cue_phrases(cue).iter().find_map(|parts| {
            let first = (i + 1).checked_sub(parts.len())?;
            let words_match = parts.iter().enumerate().all(|(k, p)| word_eq(self.word(first + k), p, true));
            let gaps_ok = (first + 1..=i).all(|k| {
                let g = self.gap(k - 1, k);
                !g.is_empty() && g.len() <= 3 && g.bytes().all(|c| matches!(c, b' ' | b'.' | b'-' | b'/' | b'\''))
            });
            (words_match && gaps_ok).then_some((first, parts.as_slice()))
        })
    }

    /// The `cue` entry ending at token `i` and its first token. One bit test for most
    /// tokens; phrases are verified word by word only when their last word matches.
    pub fn cue_match(&self, i: usize, cue: Cue) -> Option<(&'static str, usize)> {
        let info = self.infos[i];
        if info.cue_words & cue.bit() != 0 {
            let w = self.word(i);
            let entry = cue.words.iter().find(|e| !e.contains(' ') && word_eq(w, e, false)).copied();
            return Some((entry.unwrap_or(cue.words[0]), i));
        }
        if info.cue_ends & cue.bit() == 0 {
            return None;
        }
        self.gaz.cue_phrases(cue).iter().find_map(|parts| {
            let first = (i + 1).checked_sub(parts.len())?;
            let words_match = parts.iter().enumerate().all(|(k, p)| word_eq(self.word(first + k), p, true));
            let gaps_ok = (first + 1..=i).all(|k| {
                let g = self.gap(k - 1, k);
                !g.is_empty() && g.len() <= 3 && g.bytes().all(|c| matches!(c, b' ' | b'.' | b'-' | b'/' | b'\''))
            });
            (words_match && gaps_ok).then(|| {
                (cue.words.iter().copied().find(|e| e.split(' ').eq(parts.iter().copied())).unwrap_or(""), first)
            })
        })
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
        self.prepare(text, scratch);
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

    /// Tokenises `text` and looks its words up, filling `scratch`.
    fn prepare(&self, text: &str, scratch: &mut Scratch) {
        text::tokenize(text, &mut scratch.tokens);
        numbers::clusters(text, &scratch.tokens, &mut scratch.clusters);
        word_infos(self.gaz, text, &scratch.tokens, &mut scratch.lower, &mut scratch.infos);
    }

    #[cfg(test)]
    pub(crate) fn with_document<R>(&self, text: &str, f: impl FnOnce(&Document<'_>) -> R) -> R {
        let mut scratch = Scratch::default();
        self.prepare(text, &mut scratch);
        let doc = Document {
            text,
            tokens: &scratch.tokens,
            clusters: &scratch.clusters,
            infos: &scratch.infos,
            gaz: self.gaz,
        };
        f(&doc)
    }
}

/// Looks every word (and alphanumeric) token up once, for all recognisers: the small
/// hot map for all of them, the large name/place/dictionary map only for capitalised
/// words (the others are looked up on demand, see [`Document::lookup`]).
fn word_infos(gaz: &Gazetteers, text: &str, tokens: &[Token], lower: &mut Lowercaser, out: &mut Vec<WordInfo>) {
    out.clear();
    out.extend(tokens.iter().map(|t| {
        if t.is_number() || t.len() > 40 {
            return WordInfo::default();
        }
        let key = lower.lower(lookup_form(t.text(text)));
        let mut info = gaz.hot(key);
        // A plural takes its singular's cue lists (`cards` → `card`).
        if info.cue_words == 0 && key.len() > 3 && key.ends_with('s') {
            info.cue_words = gaz.hot(&key[..key.len() - 1]).cue_words;
        }
        if t.is_capitalised() {
            info.merge(names_and_places(gaz, key));
        }
        info
    }));
}

/// A word without a possessive `'s`, as it is looked up.
fn lookup_form(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word)
}

/// Large-map knowledge of a lower-cased word; a hyphenated word unknown as a whole takes
/// what its parts are (`García-López`).
fn names_and_places(gaz: &Gazetteers, key: &str) -> WordInfo {
    let info = gaz.word(key);
    if info.flags != 0 || !key.contains('-') {
        return info;
    }
    key.split('-').fold(info, |mut acc, part| {
        acc.merge(gaz.word(part));
        acc
    })
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
