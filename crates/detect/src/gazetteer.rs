//! Word lists compiled into the binary: given names and surnames (US Census, public
//! domain, plus curated multi-cultural names), places (GeoNames, CC BY 4.0), street and
//! unit words, nationality/religion/politics terms, and English dictionary words (SCOWL).
//! Sources and licences: `crates/detect/data/SOURCES.md`.
//!
//! Everything is merged into one map from lower-cased word to a small record of flags,
//! built once on first use. Keys borrow from the embedded files, so loading allocates
//! only the map itself.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use rustc_hash::FxHasher;

type Map<V> = HashMap<&'static str, V, BuildHasherDefault<FxHasher>>;

pub(crate) const FIRST: u32 = 1 << 0;
pub(crate) const LAST: u32 = 1 << 1;
pub(crate) const CITY: u32 = 1 << 2;
pub(crate) const COUNTRY: u32 = 1 << 3;
pub(crate) const REGION: u32 = 1 << 4;
/// A street type written after the name (`Main Street`).
pub(crate) const STREET_AFTER: u32 = 1 << 6;
/// A street type written before the name (`rue de Rivoli`, `Via Roma`).
pub(crate) const STREET_BEFORE: u32 = 1 << 7;
/// An apartment / unit / floor / PO box designator.
pub(crate) const UNIT: u32 = 1 << 8;
pub(crate) const NRP: u32 = 1 << 9;
/// A lower-case entry of the English dictionary.
pub(crate) const ENGLISH: u32 = 1 << 10;
/// The first word of a multi-word place or term (`new` of `new york`).
pub(crate) const PHRASE_START: u32 = 1 << 11;
/// The gazetteer marks this use of the word as also being an ordinary word.
pub(crate) const CITY_AMBIGUOUS: u32 = 1 << 12;
pub(crate) const NRP_AMBIGUOUS: u32 = 1 << 13;
pub(crate) const COUNTRY_AMBIGUOUS: u32 = 1 << 14;
pub(crate) const REGION_AMBIGUOUS: u32 = 1 << 15;
pub(crate) const FIRST_AMBIGUOUS: u32 = 1 << 16;
pub(crate) const LAST_AMBIGUOUS: u32 = 1 << 17;

/// What the gazetteers know about one word (or phrase).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct WordInfo {
    pub flags: u32,
    /// Share of the US population with this given name / surname, in percent (0 when
    /// the name comes from a curated list).
    pub first_freq: f32,
    pub last_freq: f32,
    /// Population of the largest city of this name.
    pub city_pop: u32,
    pub nrp_kind: NrpKind,
}

/// What kind of special-category term an NRP entry is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum NrpKind {
    #[default]
    None,
    Nationality,
    Religion,
    Political,
    Ethnic,
}

impl WordInfo {
    #[inline]
    pub fn has(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }
    #[inline]
    pub fn any(&self, flags: u32) -> bool {
        self.flags & flags != 0
    }
}

pub(crate) struct Gazetteers {
    words: Map<WordInfo>,
    phrases: Map<WordInfo>,
    glued_street_suffixes: Vec<&'static str>,
    /// Region abbreviations as written in addresses (`CA`, `NSW`, `Hants`): case matters,
    /// since lower-cased many are words (`in`, `or`, `me`).
    region_abbreviations: HashSet<&'static str, BuildHasherDefault<FxHasher>>,
}

static FIRST_NAMES: &str = include_str!("../data/names/first.tsv");
static LAST_NAMES: &str = include_str!("../data/names/last.tsv");
static CITIES: &str = include_str!("../data/places/cities.tsv");
static COUNTRIES: &str = include_str!("../data/places/countries.tsv");
static REGIONS: &str = include_str!("../data/places/regions.tsv");
static STREET_SUFFIXES: &str = include_str!("../data/places/street_suffixes.tsv");
static UNIT_WORDS: &str = include_str!("../data/places/unit_words.tsv");
static NRP_TERMS: &str = include_str!("../data/nrp.tsv");
static ENGLISH_WORDS: &str = include_str!("../data/words/english.txt");

/// Tab-separated rows of a data file, skipping `#` comments and blank lines.
fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
}

fn column<'a>(row: &[&'a str], i: usize) -> &'a str {
    row.get(i).copied().unwrap_or("")
}

impl Gazetteers {
    /// The process-wide gazetteers, loaded on first use.
    pub fn get() -> &'static Gazetteers {
        static GAZ: OnceLock<Gazetteers> = OnceLock::new();
        GAZ.get_or_init(Gazetteers::load)
    }

    fn load() -> Gazetteers {
        let mut g = Gazetteers {
            words: Map::default(),
            phrases: Map::default(),
            glued_street_suffixes: Vec::new(),
            region_abbreviations: HashSet::default(),
        };
        for row in rows(FIRST_NAMES) {
            let freq = column(&row, 1).parse().unwrap_or(0.0);
            let ambiguous = if column(&row, 2) == "1" { FIRST_AMBIGUOUS } else { 0 };
            g.add(row[0], FIRST | ambiguous, |w| w.first_freq = w.first_freq.max(freq));
        }
        for row in rows(LAST_NAMES) {
            let freq = column(&row, 1).parse().unwrap_or(0.0);
            let ambiguous = if column(&row, 2) == "1" { LAST_AMBIGUOUS } else { 0 };
            g.add(row[0], LAST | ambiguous, |w| w.last_freq = w.last_freq.max(freq));
        }
        for row in rows(CITIES) {
            let pop = column(&row, 2).parse().unwrap_or(0);
            let ambiguous = if column(&row, 3) == "1" { CITY_AMBIGUOUS } else { 0 };
            g.add(row[0], CITY | ambiguous, |w| w.city_pop = w.city_pop.max(pop));
        }
        for row in rows(COUNTRIES) {
            let ambiguous = if column(&row, 2) == "1" { COUNTRY_AMBIGUOUS } else { 0 };
            g.add(row[0], COUNTRY | ambiguous, |_| {});
        }
        for row in rows(REGIONS) {
            let ambiguous = if column(&row, 4) == "1" { REGION_AMBIGUOUS } else { 0 };
            g.add(row[0], REGION | ambiguous, |_| {});
            let abbr = column(&row, 1).trim();
            if !abbr.is_empty() {
                g.region_abbreviations.insert(abbr);
            }
        }
        for row in rows(STREET_SUFFIXES) {
            match column(&row, 2) {
                "before" => g.add(row[0], STREET_BEFORE, |_| {}),
                "glued" => g.glued_street_suffixes.push(row[0]),
                _ => g.add(row[0], STREET_AFTER, |_| {}),
            }
        }
        g.glued_street_suffixes.sort_by_key(|s| std::cmp::Reverse(s.len()));
        for row in rows(UNIT_WORDS) {
            g.add(row[0], UNIT, |_| {});
        }
        for row in rows(NRP_TERMS) {
            let ambiguous = if column(&row, 2) == "1" { NRP_AMBIGUOUS } else { 0 };
            let kind = match column(&row, 1) {
                "religion" => NrpKind::Religion,
                "political" => NrpKind::Political,
                "ethnic" => NrpKind::Ethnic,
                _ => NrpKind::Nationality,
            };
            g.add(row[0], NRP | ambiguous, |w| w.nrp_kind = kind);
        }
        for word in ENGLISH_WORDS.lines().filter(|l| !l.starts_with('#')) {
            g.add(word, ENGLISH, |_| {});
        }
        g
    }

    /// Adds `flags` to an entry (a phrase when it contains a space) and lets `update`
    /// fold in numeric fields.
    fn add(&mut self, key: &'static str, flags: u32, update: impl FnOnce(&mut WordInfo)) {
        let key = key.trim();
        if key.is_empty() {
            return;
        }
        let map = if key.contains(' ') {
            let first = key.split(' ').next().unwrap_or(key);
            self.words.entry(first).or_default().flags |= PHRASE_START;
            &mut self.phrases
        } else {
            &mut self.words
        };
        let entry = map.entry(key).or_default();
        entry.flags |= flags;
        update(entry);
    }

    /// What is known about a lower-cased word; empty when nothing is.
    #[inline]
    pub fn word(&self, lower: &str) -> WordInfo {
        self.words.get(lower).copied().unwrap_or_default()
    }

    /// What is known about a lower-cased multi-word phrase (single spaces).
    #[inline]
    pub fn phrase(&self, lower: &str) -> Option<WordInfo> {
        self.phrases.get(lower).copied()
    }

    /// Is `word`, exactly as written, a region abbreviation used in addresses?
    pub fn is_region_abbreviation(&self, word: &str) -> bool {
        self.region_abbreviations.contains(word)
    }

    /// Does a lower-cased word end in a street type glued to the name (`hauptstraße`,
    /// `keizersgracht`)? The rest must be a plausible name.
    pub fn has_glued_street_suffix(&self, lower: &str) -> bool {
        self.glued_street_suffixes
            .iter()
            .any(|s| lower.len() >= s.len() + 3 && lower.ends_with(s) && lower.is_char_boundary(lower.len() - s.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_every_list() {
        let g = Gazetteers::get();
        assert!(g.word("maria").has(FIRST));
        assert!(g.word("nguyen").has(LAST));
        assert!(g.word("berlin").has(CITY));
        assert!(g.word("germany").has(COUNTRY));
        assert!(g.word("street").has(STREET_AFTER));
        assert!(g.word("rue").has(STREET_BEFORE));
        assert!(g.word("apt").has(UNIT));
        assert!(g.word("catholic").has(NRP));
        assert!(g.word("thanks").has(ENGLISH));
        assert!(g.phrase("new york").is_some_and(|w| w.has(CITY)));
        assert!(g.word("new").has(PHRASE_START));
        assert!(g.is_region_abbreviation("NSW") && !g.is_region_abbreviation("nsw"));
        assert!(g.has_glued_street_suffix("hauptstraße"));
        assert_eq!(g.word("qwxzv"), WordInfo::default());
    }
}
