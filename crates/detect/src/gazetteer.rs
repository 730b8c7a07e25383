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

use crate::cues::{self, Cue};
use crate::text::without_possessive;

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
/// A month name (any supported language).
pub(crate) const MONTH: u32 = 1 << 18;
/// A post-office box word (`PO Box`, `Postfach`, `Apartado`).
pub(crate) const POBOX: u32 = 1 << 19;
/// A function word of another language (`certo`, `bien`, `jeg`): a word, not an unknown name.
pub(crate) const FUNCTION_WORD: u32 = 1 << 20;
/// The first word of a multi-word NRP term (`costa` of `costa rican`, `jehovah's` of
/// `jehovah's witness`). A hot flag, unlike [`PHRASE_START`], so that every word carries it.
pub(crate) const NRP_PHRASE_START: u32 = 1 << 21;
/// A later word of a multi-word NRP term (`rican`, `witness`): with [`NRP_PHRASE_START`],
/// two bit tests tell whether a phrase can start at a word at all.
pub(crate) const NRP_PHRASE_REST: u32 = 1 << 22;

/// Flags kept in the small map every word is looked up in; the rest (names, places,
/// dictionary words) live in the large map consulted for capitalised words.
const HOT_FLAGS: u32 =
    NRP | NRP_AMBIGUOUS | NRP_PHRASE_START | NRP_PHRASE_REST | STREET_AFTER | STREET_BEFORE | UNIT | MONTH | POBOX;

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
    /// Cue lists (bit = [`Cue::bit`]) that contain this word on its own.
    pub cue_words: u128,
    /// Cue lists with a phrase ending in this word.
    pub cue_ends: u128,
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

/// A word → record table tuned for the hot path: a word of up to eight bytes (most
/// words) is packed into a `u64` key, so its lookup is one integer hash and one compare
/// instead of hashing and comparing a string. Lookups return a record id, so a caller
/// can keep four bytes per token instead of a copy of the record.
struct WordTable<V> {
    short: HashMap<u64, u32, BuildHasherDefault<FxHasher>>,
    long: Map<u32>,
    records: Vec<V>,
}

impl<V> Default for WordTable<V> {
    fn default() -> Self {
        WordTable { short: HashMap::default(), long: Map::default(), records: Vec::new() }
    }
}

#[derive(Clone, Copy)]
enum Key {
    Short(u64),
    Long(&'static str),
}

/// The bytes of a word of up to eight bytes as a `u64` (UTF-8 text has no NUL, so the
/// zero padding is unambiguous).
#[inline]
pub(crate) fn pack(word: &str) -> Option<u64> {
    let b = word.as_bytes();
    let n = b.len();
    // Two overlapping four-byte loads instead of a variable-length copy (a `memcpy` call
    // per word): the bytes they share are the same, so OR-ing them is exact.
    match n {
        1..=3 => Some(b.iter().enumerate().fold(0, |k, (i, &c)| k | u64::from(c) << (8 * i))),
        4..=8 => {
            let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
            Some(u64::from(lo) | u64::from(hi) << (8 * (n - 4)))
        }
        _ => None,
    }
}

impl<V: Default> WordTable<V> {
    #[inline]
    fn id(&self, word: &str) -> Option<u32> {
        match pack(word) {
            Some(k) => self.short.get(&k).copied(),
            None => self.long.get(word).copied(),
        }
    }

    #[cfg(test)]
    fn get(&self, word: &str) -> Option<&V> {
        self.id(word).map(|id| &self.records[id as usize])
    }

    fn entry(&mut self, word: &'static str) -> &mut V {
        let next = self.records.len() as u32;
        let id = match pack(word) {
            Some(k) => *self.short.entry(k).or_insert(next),
            None => *self.long.entry(word).or_insert(next),
        };
        if id == next {
            self.records.push(V::default());
        }
        &mut self.records[id as usize]
    }

    /// The same table with every record converted.
    fn map<W>(self, f: impl Fn(V) -> W) -> WordTable<W> {
        WordTable { short: self.short, long: self.long, records: self.records.into_iter().map(f).collect() }
    }
}

/// The large (names, places, dictionary) table, frozen for lookups. It is mostly asked
/// about words it holds (capitalised words), and it is too big to stay in cache, so a
/// lookup should touch as few cache lines as possible: a word of up to eight bytes sits,
/// packed, in an open-addressing slot together with its record (usually one cache line
/// per lookup, where a `HashMap` plus a record array costs three). Longer words keep a
/// string map. Ids are slot indices, then `slots.len() + n` for the n-th long word.
struct NameTable {
    slots: Vec<(u64, NameInfo)>,
    mask: usize,
    long: Map<u32>,
    long_records: Vec<NameInfo>,
}

/// Slot of a packed key: Fibonacci hashing, keeping the high bits of the product.
#[inline]
fn slot_of(key: u64, mask: usize) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32) as usize & mask
}

impl NameTable {
    fn freeze(table: WordTable<NameInfo>) -> NameTable {
        // At most half full, so probes stay short.
        let capacity = (table.short.len() * 2).next_power_of_two().max(16);
        let mask = capacity - 1;
        // Packed keys are never 0 (empty words are not packed), so 0 marks a free slot.
        let mut slots = vec![(0u64, NameInfo::default()); capacity];
        for (&key, &id) in &table.short {
            let mut i = slot_of(key, mask);
            while slots[i].0 != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = (key, table.records[id as usize]);
        }
        let mut long_records = Vec::with_capacity(table.long.len());
        let long = table
            .long
            .iter()
            .map(|(&word, &id)| {
                long_records.push(table.records[id as usize]);
                (word, (long_records.len() - 1) as u32)
            })
            .collect();
        NameTable { slots, mask, long, long_records }
    }

    #[inline]
    fn id(&self, word: &str) -> Option<u32> {
        match pack(word) {
            Some(key) => self.id_packed(key),
            None => self.long.get(word).map(|&n| (self.slots.len() + n as usize) as u32),
        }
    }

    /// The id of a word of up to eight bytes, given [`pack`]ed.
    #[inline]
    fn id_packed(&self, key: u64) -> Option<u32> {
        let mut i = slot_of(key, self.mask);
        loop {
            match self.slots[i].0 {
                k if k == key => return Some(i as u32),
                0 => return None,
                _ => i = (i + 1) & self.mask,
            }
        }
    }

    #[inline]
    fn record(&self, id: u32) -> &NameInfo {
        let id = id as usize;
        match self.slots.get(id) {
            Some((_, record)) => record,
            None => &self.long_records[id - self.slots.len()],
        }
    }

    #[cfg(test)]
    fn get(&self, word: &str) -> Option<&NameInfo> {
        self.id(word).map(|id| self.record(id))
    }
}

/// The large table's record: names, places, dictionary (16 bytes, so the table stays
/// as small as possible for the cache).
#[derive(Clone, Copy, Default)]
pub(crate) struct NameInfo {
    pub flags: u32,
    pub first_freq: f32,
    pub last_freq: f32,
    pub city_pop: u32,
}

/// The hot table's record: cue lists and the few flags every word needs.
#[derive(Clone, Copy, Default)]
pub(crate) struct HotInfo {
    pub flags: u32,
    pub nrp_kind: NrpKind,
    pub cue_words: u128,
    pub cue_ends: u128,
}

pub(crate) struct Gazetteers {
    /// Names, places and dictionary words (large; capitalised words and on demand).
    words: NameTable,
    /// Cue lists, NRP terms, street and unit words, months (small and cache-resident;
    /// every word is looked up here).
    hot: WordTable<HotInfo>,
    phrases: Map<WordInfo>,
    glued_street_suffixes: Vec<&'static str>,
    /// The same suffixes by their last byte: an ASCII word is compared with the few that
    /// end as it does.
    glued_by_last: Vec<Vec<&'static str>>,
    /// Region abbreviations as written in addresses (`CA`, `NSW`, `Hants`): case matters,
    /// since lower-cased many are words (`in`, `or`, `me`).
    region_abbreviations: HashSet<&'static str, BuildHasherDefault<FxHasher>>,
    /// ISO 3166-1 alpha-2 codes of the countries (`IT`, `PT`), as written after a town.
    country_codes: HashSet<&'static str, BuildHasherDefault<FxHasher>>,
    /// Multi-word entries of each cue list, split into words, by cue id.
    cue_phrases: Vec<Vec<Vec<&'static str>>>,
    /// Indices of support for [`Gazetteers::cue_word`] and [`Gazetteers::cue_phrases_ending`].
    cue_index: CueIndex,
    /// Brand names written as a person's name, lower-cased (see `data/words/brands.txt`),
    /// and the first words they start with.
    brands: HashSet<String, BuildHasherDefault<FxHasher>>,
    brand_starts: HashSet<String, BuildHasherDefault<FxHasher>>,
    /// Per ASCII first letter of a brand's first word, a bit per length (up to 63 bytes):
    /// most capitalised words are told apart from every brand without a look-up.
    brand_start_shapes: [u64; 26],
}

/// Cue entries by their lower-cased words, so finding which entry a token matched is a
/// hash look-up instead of comparing it with every entry of the list.
#[derive(Default)]
struct CueIndex {
    /// Per cue id: lower-cased single-word entry → position of its first entry in the list.
    words: Vec<HashMap<String, usize, BuildHasherDefault<FxHasher>>>,
    /// Per cue id: lower-cased last word → positions in `cue_phrases` of the phrases ending
    /// in it, in list order.
    phrase_ends: Vec<HashMap<String, Vec<usize>, BuildHasherDefault<FxHasher>>>,
}

impl CueIndex {
    fn build(cue_phrases: &[Vec<Vec<&'static str>>]) -> CueIndex {
        let mut index = CueIndex::default();
        for cue in cues::ALL {
            let mut words = HashMap::default();
            for (k, entry) in cue.words.iter().enumerate() {
                if !entry.contains(' ') {
                    words.entry(lower_chars(entry)).or_insert(k);
                }
            }
            let mut ends: HashMap<String, Vec<usize>, _> = HashMap::default();
            for (k, parts) in cue_phrases[usize::from(cue.id)].iter().enumerate() {
                ends.entry(lower_chars(parts[parts.len() - 1])).or_default().push(k);
            }
            index.words.push(words);
            index.phrase_ends.push(ends);
        }
        index
    }
}

/// `word` lower-cased char by char: two words are equal ignoring case (as
/// [`crate::context::word_eq`] compares them) exactly when these forms are equal.
fn lower_chars(word: &str) -> String {
    word.chars().flat_map(char::to_lowercase).collect()
}

/// Runs `f` on [`lower_chars`]`(word)`, on the stack for short ASCII words.
#[inline]
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        f(std::str::from_utf8(b).unwrap_or_default())
    } else {
        f(&lower_chars(word))
    }
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
static FUNCTION_WORDS: &str = include_str!("../data/words/function_words.txt");
static BRANDS: &str = include_str!("../data/words/brands.txt");

/// The entries of `data/words/brands.txt`.
fn brands() -> impl Iterator<Item = &'static str> {
    BRANDS.lines().filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Tab-separated rows of a data file, skipping `#` comments and blank lines.
/// The data lines of a TSV file, each cut into its first [`COLUMNS`] columns (missing
/// ones empty). Into an array, not a `Vec`: a quarter of a million rows are read at start.
fn rows(data: &'static str) -> impl Iterator<Item = [&'static str; COLUMNS]> {
    data.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| {
        let mut row = [""; COLUMNS];
        for (cell, field) in row.iter_mut().zip(l.split('\t')) {
            *cell = field;
        }
        row
    })
}

/// The most columns any gazetteer file has.
const COLUMNS: usize = 5;

/// The gazetteers while they are being loaded, with full records in both tables.
struct Builder {
    words: WordTable<WordInfo>,
    hot: WordTable<WordInfo>,
    phrases: Map<WordInfo>,
    glued_street_suffixes: Vec<&'static str>,
    region_abbreviations: HashSet<&'static str, BuildHasherDefault<FxHasher>>,
    country_codes: HashSet<&'static str, BuildHasherDefault<FxHasher>>,
    cue_phrases: Vec<Vec<Vec<&'static str>>>,
}

impl Gazetteers {
    /// The process-wide gazetteers, loaded on first use.
    pub fn get() -> &'static Gazetteers {
        static GAZ: OnceLock<Gazetteers> = OnceLock::new();
        GAZ.get_or_init(Builder::load)
    }
}

impl Builder {
    fn load() -> Gazetteers {
        let mut g = Builder {
            words: WordTable::default(),
            hot: WordTable::default(),
            phrases: Map::default(),
            glued_street_suffixes: Vec::new(),
            region_abbreviations: HashSet::default(),
            country_codes: HashSet::default(),
            cue_phrases: vec![Vec::new(); cues::ALL.len()],
        };
        for row in rows(FIRST_NAMES) {
            let freq = row[1].parse().unwrap_or(0.0);
            let ambiguous = if row[2] == "1" { FIRST_AMBIGUOUS } else { 0 };
            g.add(row[0], FIRST | ambiguous, |w| w.first_freq = w.first_freq.max(freq));
        }
        for row in rows(LAST_NAMES) {
            let freq = row[1].parse().unwrap_or(0.0);
            let ambiguous = if row[2] == "1" { LAST_AMBIGUOUS } else { 0 };
            g.add(row[0], LAST | ambiguous, |w| w.last_freq = w.last_freq.max(freq));
        }
        for row in rows(CITIES) {
            let pop = row[2].parse().unwrap_or(0);
            let ambiguous = if row[3] == "1" { CITY_AMBIGUOUS } else { 0 };
            g.add(row[0], CITY | ambiguous, |w| w.city_pop = w.city_pop.max(pop));
        }
        for row in rows(COUNTRIES) {
            let ambiguous = if row[2] == "1" { COUNTRY_AMBIGUOUS } else { 0 };
            g.add(row[0], COUNTRY | ambiguous, |_| {});
            // (`ZZ`: continents and unions, named like countries but with no code.)
            if row[1] != "ZZ" {
                g.country_codes.insert(row[1]);
            }
        }
        for row in rows(REGIONS) {
            let ambiguous = if row[4] == "1" { REGION_AMBIGUOUS } else { 0 };
            g.add(row[0], REGION | ambiguous, |_| {});
            let abbr = row[1].trim();
            if !abbr.is_empty() {
                g.region_abbreviations.insert(abbr);
            }
        }
        for row in rows(STREET_SUFFIXES) {
            match row[2] {
                "before" => g.add(row[0], STREET_BEFORE, |_| {}),
                "glued" => g.glued_street_suffixes.push(row[0]),
                _ => g.add(row[0], STREET_AFTER, |_| {}),
            }
        }
        g.glued_street_suffixes.sort_by_key(|s| std::cmp::Reverse(s.len()));
        for row in rows(UNIT_WORDS) {
            let kind = if row[2] == "pobox" { POBOX } else { UNIT };
            g.add(row[0].trim_end_matches('.'), kind, |_| {});
        }
        for row in rows(NRP_TERMS) {
            let ambiguous = if row[2] == "1" { NRP_AMBIGUOUS } else { 0 };
            let kind = match row[1] {
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
        for word in FUNCTION_WORDS.lines().filter(|l| !l.starts_with('#')) {
            g.add(word, FUNCTION_WORD, |_| {});
        }
        for &(month, _) in cues::MONTHS {
            g.add(month, MONTH, |_| {});
        }
        g.split_hot();
        for cue in cues::ALL {
            for entry in cue.words {
                let parts: Vec<&'static str> = entry.split(' ').collect();
                let last = parts[parts.len() - 1];
                if parts.len() == 1 {
                    g.hot.entry(last).cue_words |= cue.bit();
                } else {
                    g.hot.entry(last).cue_ends |= cue.bit();
                    g.cue_phrases[usize::from(cue.id)].push(parts);
                }
            }
        }
        g.finish()
    }

    fn finish(self) -> Gazetteers {
        Gazetteers {
            words: NameTable::freeze(self.words.map(|w| NameInfo {
                flags: w.flags,
                first_freq: w.first_freq,
                last_freq: w.last_freq,
                city_pop: w.city_pop,
            })),
            hot: self.hot.map(|w| HotInfo {
                flags: w.flags,
                nrp_kind: w.nrp_kind,
                cue_words: w.cue_words,
                cue_ends: w.cue_ends,
            }),
            phrases: self.phrases,
            glued_by_last: (0..=u8::MAX)
                .map(|last| {
                    self.glued_street_suffixes.iter().copied().filter(|s| s.as_bytes().last() == Some(&last)).collect()
                })
                .collect(),
            glued_street_suffixes: self.glued_street_suffixes,
            region_abbreviations: self.region_abbreviations,
            country_codes: self.country_codes,
            cue_index: CueIndex::build(&self.cue_phrases),
            brands: brands().map(lower_chars).collect(),
            brand_starts: brands().filter_map(|l| l.split(' ').next()).map(lower_chars).collect(),
            brand_start_shapes: brands().filter_map(|l| l.split(' ').next()).fold([0; 26], |mut shapes, w| {
                if let Some(k) = w.bytes().next().filter(u8::is_ascii_lowercase).map(|b| usize::from(b - b'a')) {
                    shapes[k] |= 1 << w.len().min(63);
                }
                shapes
            }),
            cue_phrases: self.cue_phrases,
        }
    }

    /// Copies the hot flags (and NRP kinds) of every word into the small map.
    fn split_hot(&mut self) {
        let keys = self.words.short.iter().map(|(&k, &id)| (Key::Short(k), id));
        let keys: Vec<(Key, u32)> = keys.chain(self.words.long.iter().map(|(&k, &id)| (Key::Long(k), id))).collect();
        for (key, id) in keys {
            let info = self.words.records[id as usize];
            if info.flags & HOT_FLAGS != 0 {
                let hot = match key {
                    Key::Short(k) => {
                        let next = self.hot.records.len() as u32;
                        let hid = *self.hot.short.entry(k).or_insert(next);
                        if hid == next {
                            self.hot.records.push(WordInfo::default());
                        }
                        &mut self.hot.records[hid as usize]
                    }
                    Key::Long(w) => self.hot.entry(w),
                };
                hot.flags |= info.flags & HOT_FLAGS;
                hot.nrp_kind = info.nrp_kind;
            }
        }
    }

    /// Adds `flags` to an entry (a phrase when it contains a space) and lets `update`
    /// fold in numeric fields.
    fn add(&mut self, key: &'static str, flags: u32, update: impl FnOnce(&mut WordInfo)) {
        let key = key.trim();
        if key.is_empty() {
            return;
        }
        let entry = if key.contains(' ') {
            let first = key.split(' ').next().unwrap_or(key);
            let nrp = if flags & NRP != 0 { NRP_PHRASE_START } else { 0 };
            self.words.entry(first).flags |= PHRASE_START | nrp;
            // `Jehovah’s` is looked up as `jehovah`.
            let looked_up = without_possessive(first);
            if looked_up.len() < first.len() {
                self.words.entry(looked_up).flags |= PHRASE_START | nrp;
            }
            if nrp != 0 {
                for rest in key.split(' ').skip(1) {
                    self.words.entry(rest).flags |= NRP_PHRASE_REST;
                }
            }
            self.phrases.entry(key).or_default()
        } else {
            self.words.entry(key)
        };
        entry.flags |= flags;
        update(entry);
    }
}

impl Gazetteers {
    /// The id of a lower-cased word in the large (names, places, dictionary) table.
    #[inline]
    pub fn name_id(&self, lower: &str) -> Option<u32> {
        self.words.id(lower)
    }

    /// Like [`Gazetteers::name_id`], for a word of up to eight bytes given [`pack`]ed.
    #[inline]
    pub fn name_id_packed(&self, key: u64) -> Option<u32> {
        self.words.id_packed(key)
    }

    #[inline]
    pub fn name_record(&self, id: u32) -> &NameInfo {
        self.words.record(id)
    }

    /// The id of a lower-cased word in the hot (cues, NRP, streets, units, months) table.
    #[inline]
    pub fn hot_id(&self, lower: &str) -> Option<u32> {
        self.hot.id(lower)
    }

    /// [`Gazetteers::hot_id`] of a word in any case.
    pub fn hot_id_any_case(&self, word: &str) -> Option<u32> {
        with_lower(word, |w| self.hot.id(w))
    }

    #[inline]
    pub fn hot_record(&self, id: u32) -> &HotInfo {
        &self.hot.records[id as usize]
    }

    /// Is the lower-cased word in the English dictionary list?
    pub fn is_english(&self, lower: &str) -> bool {
        self.name_id(lower).is_some_and(|id| self.name_record(id).flags & ENGLISH != 0)
    }

    /// Names, places and dictionary knowledge about a lower-cased word.
    #[cfg(test)]
    pub fn word(&self, lower: &str) -> WordInfo {
        self.words.get(lower).map_or_else(WordInfo::default, |n| WordInfo {
            flags: n.flags,
            first_freq: n.first_freq,
            last_freq: n.last_freq,
            city_pop: n.city_pop,
            ..WordInfo::default()
        })
    }

    /// Cue lists, NRP, street, unit and month knowledge about a lower-cased word.
    #[cfg(test)]
    pub fn hot(&self, lower: &str) -> WordInfo {
        self.hot.get(lower).map_or_else(WordInfo::default, |h| WordInfo {
            flags: h.flags,
            nrp_kind: h.nrp_kind,
            cue_words: h.cue_words,
            cue_ends: h.cue_ends,
            ..WordInfo::default()
        })
    }

    /// Everything known about a lower-cased word.
    #[cfg(test)]
    pub fn full(&self, lower: &str) -> WordInfo {
        let (hot, name) = (self.hot(lower), self.word(lower));
        WordInfo { flags: hot.flags | name.flags, ..hot }
    }

    /// What is known about a lower-cased multi-word phrase (single spaces).
    #[inline]
    pub fn phrase(&self, lower: &str) -> Option<WordInfo> {
        self.phrases.get(lower).copied()
    }

    /// The multi-word entries of a cue list, split into words.
    pub fn cue_phrases(&self, cue: Cue) -> &[Vec<&'static str>] {
        &self.cue_phrases[usize::from(cue.id)]
    }

    /// Positions in [`Gazetteers::cue_phrases`] of the phrases of `cue` whose last word
    /// equals `word` ignoring case, in list order.
    pub fn cue_phrases_ending(&self, cue: Cue, word: &str) -> &[usize] {
        let ends = &self.cue_index.phrase_ends[usize::from(cue.id)];
        with_lower(word, |w| ends.get(w)).map_or(&[], Vec::as_slice)
    }

    /// The first single-word entry of `cue` that `token` matches, as
    /// `cue.words.iter().find(|e| !e.contains(' ') && word_eq(token, e, false))` would find
    /// it: the same word ignoring case, or its plural or possessive.
    pub fn cue_word(&self, cue: Cue, token: &str) -> Option<&'static str> {
        let words = &self.cue_index.words[usize::from(cue.id)];
        let same = with_lower(token, |w| words.get(w).copied());
        let stem = token.strip_suffix("'s").or_else(|| token.strip_suffix("’s")).or_else(|| token.strip_suffix('s'));
        let plural =
            stem.and_then(|s| with_lower(s, |w| words.get(w).copied())).filter(|&k| token.len() > cue.words[k].len());
        let first = match (same, plural) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        first.map(|k| cue.words[k])
    }

    /// Can a brand written as a person's name start with `word` (any case)?
    pub fn starts_brand(&self, word: &str) -> bool {
        let first = word.bytes().next().map(|b| b.to_ascii_lowercase());
        if let Some(k) = first.filter(u8::is_ascii_lowercase).map(|b| usize::from(b - b'a'))
            && self.brand_start_shapes[k] & 1 << word.len().min(63) == 0
        {
            return false;
        }
        with_lower(word, |w| self.brand_starts.contains(w))
    }

    /// Is `name` (any case, a trailing possessive left out) a brand written as a person's
    /// name (`Tommy Hilfiger`, `Ben & Jerry`)?
    pub fn is_brand(&self, name: &str) -> bool {
        self.brands.contains(&lower_chars(&name.replace('’', "'")))
    }

    /// Is `word`, exactly as written, a region abbreviation used in addresses?
    pub fn is_region_abbreviation(&self, word: &str) -> bool {
        self.region_abbreviations.contains(word)
    }

    /// Is `word`, exactly as written, a country's ISO 3166-1 alpha-2 code (`IT`, `PT`)?
    pub fn is_country_code(&self, word: &str) -> bool {
        self.country_codes.contains(word)
    }

    /// Does a word end in a street type glued to the name (`Hauptstraße`,
    /// `Keizersgracht`)? The rest must be a plausible name.
    pub fn has_glued_street_suffix(&self, word: &str) -> bool {
        if word.is_ascii() && word.len() <= 48 {
            // Lower-cased once on the stack, then plain byte comparisons per suffix.
            let mut buf = [0u8; 48];
            let lower = &mut buf[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            let lower = &*lower;
            let Some(&last) = lower.last() else { return false };
            return self.glued_by_last[usize::from(last)]
                .iter()
                .any(|s| lower.len() >= s.len() + 3 && lower.ends_with(s.as_bytes()));
        }
        self.glued_street_suffixes.iter().any(|s| {
            let cut = word.len().wrapping_sub(s.len());
            word.len() >= s.len() + 3
                && word.is_char_boundary(cut)
                && word[cut..].chars().flat_map(char::to_lowercase).eq(s.chars())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pack_is_the_zero_padded_bytes() {
        for w in ["a", "ab", "abc", "abcd", "abcde", "maría", "abcdefgh"] {
            let mut buf = [0u8; 8];
            buf[..w.len()].copy_from_slice(w.as_bytes());
            assert_eq!(pack(w), Some(u64::from_le_bytes(buf)), "{w}");
        }
        assert_eq!(pack(""), None);
        assert_eq!(pack("abcdefghi"), None);
    }

    #[test]
    fn loads_every_list() {
        let g = Gazetteers::get();
        assert!(g.word("maria").has(FIRST));
        assert!(g.hot("maria").flags == 0, "names stay out of the hot map");
        assert!(g.hot("rue").has(STREET_BEFORE) && g.hot("juni").has(MONTH));
        assert!(g.word("nguyen").has(LAST));
        assert!(g.word("berlin").has(CITY));
        assert!(g.word("germany").has(COUNTRY));
        assert!(g.full("street").has(STREET_AFTER));
        assert!(g.full("rue").has(STREET_BEFORE));
        assert!(g.full("apt").has(UNIT));
        assert!(g.full("catholic").has(NRP));
        assert!(g.word("thanks").has(ENGLISH));
        assert!(g.word("certo").has(FUNCTION_WORD) && !g.word("maria").has(FUNCTION_WORD));
        assert!(g.phrase("new york").is_some_and(|w| w.has(CITY)));
        assert!(g.word("new").has(PHRASE_START));
        assert!(g.is_region_abbreviation("NSW") && !g.is_region_abbreviation("nsw"));
        assert!(g.has_glued_street_suffix("Hauptstraße") && g.has_glued_street_suffix("KEIZERSGRACHT"));
        assert!(!g.has_glued_street_suffix("Straße"), "a suffix alone is not a street name");
        // ASCII words take the indexed path: case-insensitive, same three-character rule.
        assert!(g.has_glued_street_suffix("Hauptstrasse") && g.has_glued_street_suffix("keizersgracht"));
        assert!(!g.has_glued_street_suffix("Strasse") && !g.has_glued_street_suffix("Maria"));
        assert_eq!(g.word("qwxzv"), WordInfo::default());
    }

    /// `cue_word` keeps one position per lower-cased form, which is only the linear
    /// search's answer if entries that differ only in case have the same length.
    #[test]
    fn cue_entries_equal_ignoring_case_have_equal_lengths() {
        for cue in cues::ALL {
            for a in cue.words {
                for b in cue.words {
                    if lower_chars(a) == lower_chars(b) {
                        assert_eq!(a.len(), b.len(), "{a:?} / {b:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn cue_word_matches_the_linear_search() {
        use crate::context::word_eq;
        let g = Gazetteers::get();
        let tokens = ["Card", "cards", "card's", "CARD’s", "Thanks", "SSNs", "ss", "s", "Hi", "hiS", "née", "NÉE", "x"];
        for cue in cues::ALL {
            for t in tokens.iter().copied().chain(cue.words.iter().copied()) {
                let linear = cue.words.iter().find(|e| !e.contains(' ') && word_eq(t, e, false)).copied();
                assert_eq!(g.cue_word(*cue, t), linear, "{t:?}");
            }
        }
    }
}
