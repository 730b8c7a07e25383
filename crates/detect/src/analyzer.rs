//! The analyzer: tokenise once, let every enabled recogniser propose candidates,
//! drop those under the threshold, resolve overlaps.

use std::collections::HashSet;

use smallvec::SmallVec;

use crate::context::word_eq;
use crate::cues::{Cue, NOT_NAME};
use crate::detection::Detection;
use crate::entity::EntityType;
use crate::gazetteer::{FIRST, Gazetteers, WordInfo, pack};
use crate::numbers::{self, Cluster};
use crate::recognizers::{self, Recognizer};
use crate::resolve;
use crate::spoken::{self, Spoken};
use crate::text::{self, AFTER_NEWLINE, Lowercaser, Punctuation, Token, TokenKind, without_possessive};

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
    /// Gazetteer knowledge per token (empty for numbers), parallel to `tokens`.
    pub infos: &'a [TokenInfo],
    /// The cue lists some token of the text may end an entry of (all `infos` cue bits
    /// together): a context search for any other list is over before it starts.
    pub cues_present: u128,
    /// The gazetteer flags some token carries in `infos` (all of them together).
    pub flags_present: u32,
    /// The ASCII punctuation the text holds: a whole-text search for a byte it lacks is
    /// skipped.
    pub punctuation: Punctuation,
    pub gaz: &'static Gazetteers,
    /// Numbers read out in words, found once for every recogniser that reads them
    /// ([`crate::spoken::runs`]).
    pub spoken_runs: &'a [Spoken],
}

/// What the gazetteers know about one token: the flags of both tables, the ids of its
/// records (`NONE` when absent), and the cue lists it may end an entry of (its hot
/// record's word and phrase-end bits together), kept here so that the many "is this
/// token a cue of list X?" questions are answered from this array without fetching the
/// hot record for every token near a candidate.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TokenInfo {
    pub flags: u32,
    hot: u32,
    name: u32,
    cues: u128,
}

const NONE: u32 = u32::MAX;

impl Default for TokenInfo {
    fn default() -> Self {
        TokenInfo { flags: 0, hot: NONE, name: NONE, cues: 0 }
    }
}

impl<'a> Document<'a> {
    /// Does token `i` carry gazetteer `flag`?
    #[inline]
    pub fn has(&self, i: usize, flag: u32) -> bool {
        self.infos[i].flags & flag != 0
    }

    /// Does token `i` carry any of `flags`?
    #[inline]
    pub fn any(&self, i: usize, flags: u32) -> bool {
        self.infos[i].flags & flags != 0
    }

    /// Gazetteer knowledge about token `i` (names and places only for capitalised words;
    /// see [`Document::lookup`]).
    pub fn info(&self, i: usize) -> WordInfo {
        let ti = self.infos[i];
        let mut info = WordInfo { flags: ti.flags, ..WordInfo::default() };
        if ti.hot != NONE {
            let h = self.gaz.hot_record(ti.hot);
            info.nrp_kind = h.nrp_kind;
            info.cue_words = h.cue_words;
            info.cue_ends = h.cue_ends;
        }
        if ti.name != NONE {
            let n = self.gaz.name_record(ti.name);
            info.first_freq = n.first_freq;
            info.last_freq = n.last_freq;
            info.city_pop = n.city_pop;
        }
        info
    }

    /// Everything the gazetteers know about token `i`, including, for a lower-case word,
    /// the name, place and dictionary knowledge that [`Document::info`] leaves out.
    pub fn lookup(&self, i: usize) -> WordInfo {
        let t = self.tokens[i];
        let mut info = self.info(i);
        if !t.is_capitalised() && !t.is_number() {
            let word = without_possessive(t.text(self.text));
            let (flags, id) = if t.is_lower_ascii() {
                names_and_places(self.gaz, word)
            } else if word.len() <= 32 && word.is_ascii() {
                // Lower-cased on the stack: no allocation for the common case.
                let mut buf = [0u8; 32];
                let lower = &mut buf[..word.len()];
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                names_and_places(self.gaz, std::str::from_utf8(lower).unwrap_or_default())
            } else {
                names_and_places(self.gaz, &text::folded(word))
            };
            info.flags |= flags;
            if id != NONE {
                let n = self.gaz.name_record(id);
                info.first_freq = n.first_freq;
                info.last_freq = n.last_freq;
                info.city_pop = n.city_pop;
            }
        }
        info
    }

    /// Name and place knowledge about a word that is no token of its own (a part of the
    /// hyphenated `Madrid-Sevilla`).
    pub fn word_lookup(&self, word: &str) -> WordInfo {
        let lower = text::folded(word);
        let mut info = WordInfo::default();
        if let Some(id) = self.gaz.name_id(&lower) {
            let n = self.gaz.name_record(id);
            info.flags = n.flags;
            info.first_freq = n.first_freq;
            info.last_freq = n.last_freq;
            info.city_pop = n.city_pop;
        }
        info
    }

    /// The longest multi-word gazetteer entry (two to four words) starting at token `i`
    /// whose flags intersect `want`: its last token and record. The words may be written
    /// with a space or a hyphen between them, and a curly apostrophe reads as a straight
    /// one (`Jehovah’s Witness`).
    pub fn phrase_at(&self, i: usize, want: u32) -> Option<(usize, WordInfo)> {
        // The longest candidate is written once, lower-cased, on the stack; the shorter
        // ones are its prefixes. No entry is longer than the buffer.
        let mut buf = [0u8; 96];
        let mut len = 0;
        let mut ends = [0usize; 4];
        let mut words = 0;
        'words: for k in i..(i + 4).min(self.tokens.len()) {
            let mut end = len;
            if k > i {
                if !matches!(self.gap(k - 1, k), " " | "-") {
                    break;
                }
                buf[end] = b' ';
                end += 1;
            }
            let word = self.word(k);
            if word.is_ascii() {
                let to = end + word.len();
                if to > buf.len() {
                    break;
                }
                buf[end..to].copy_from_slice(word.as_bytes());
                buf[end..to].make_ascii_lowercase();
                end = to;
            } else {
                for c in word.chars().flat_map(text::fold_lower) {
                    if end + c.len_utf8() > buf.len() {
                        break 'words;
                    }
                    end += c.encode_utf8(&mut buf[end..]).len();
                }
            }
            len = end;
            ends[words] = len;
            words += 1;
        }
        (1..words).rev().find_map(|n| {
            let phrase = std::str::from_utf8(&buf[..ends[n]]).ok()?;
            self.gaz.phrase(phrase).filter(|p| p.any(want)).map(|p| (i + n, p))
        })
    }

    /// The cue bits (whole words, phrase ends) of token `i`. A field name has no record of
    /// its own: its parts' word bits stand for it (see [`field_name_parts`]).
    #[inline]
    fn cue_bits(&self, i: usize) -> (u128, u128) {
        match self.infos[i].hot {
            _ if self.infos[i].cues == 0 => (0, 0),
            NONE => (self.infos[i].cues, 0),
            id => {
                let h = self.gaz.hot_record(id);
                (h.cue_words, h.cue_ends)
            }
        }
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

    /// Does token `i` start its line (or the text)?
    #[inline]
    pub fn starts_line(&self, i: usize) -> bool {
        i == 0 || self.tokens[i].flags & AFTER_NEWLINE != 0
    }

    /// Could an entry of one of the lists in `mask` (their [`Cue::bit`]s together) end at
    /// token `i`? False is certain; true needs [`Document::is`] to confirm a phrase.
    #[inline]
    pub fn may_end_cue(&self, i: usize, mask: u128) -> bool {
        self.infos[i].cues & mask != 0
    }

    /// Is token `i` a field name whose words are cues (`passport_number`, `otpCode`)?
    #[inline]
    pub fn is_field_name(&self, i: usize) -> bool {
        self.infos[i].hot == NONE && self.infos[i].cues != 0
    }

    /// Does an entry of `cue` end at token `i` (a word, or the last word of a phrase)?
    #[inline]
    pub fn is(&self, i: usize, cue: Cue) -> bool {
        // The bit test answers for almost every token, so it is inlined into the callers.
        self.infos[i].cues & cue.bit() != 0 && self.is_entry_end(i, cue)
    }

    fn is_entry_end(&self, i: usize, cue: Cue) -> bool {
        let (words, ends) = self.cue_bits(i);
        words & cue.bit() != 0 || ends & cue.bit() != 0 && self.phrase_start(i, cue).is_some()
    }

    /// The first token of a phrase of `cue` ending at token `i`, written with the usual
    /// separators (a space, `.`, `-`, `/` or `'`, at most three of them).
    fn phrase_start(&self, i: usize, cue: Cue) -> Option<(usize, &'static [&'static str])> {
        self.phrase_ending(
            i,
            cue,
            |w| w,
            |g| !g.is_empty() && g.len() <= 3 && g.bytes().all(|c| matches!(c, b' ' | b'.' | b'-' | b'/' | b'\'')),
        )
    }

    /// The first token and the words of a phrase of `cue` ending at token `i`, comparing
    /// each token as `word` gives it and accepting the gaps `gap_ok` accepts. The one
    /// phrase matcher: [`crate::context`] calls it with elided articles removed.
    pub fn phrase_ending(
        &self,
        i: usize,
        cue: Cue,
        word: impl Fn(&'a str) -> &'a str,
        gap_ok: impl Fn(&str) -> bool,
    ) -> Option<(usize, &'static [&'static str])> {
        let phrases = self.gaz.cue_phrases(cue);
        // Only the phrases whose last word is this token can match.
        self.gaz.cue_phrases_ending(cue, self.word(i)).iter().find_map(|&k| {
            let parts = &phrases[k];
            let first = (i + 1).checked_sub(parts.len())?;
            let words_match = parts.iter().enumerate().all(|(k, p)| word_eq(word(self.word(first + k)), p, true));
            let gaps_ok = (first + 1..=i).all(|k| gap_ok(self.gap(k - 1, k)));
            (words_match && gaps_ok).then_some((first, parts.as_slice()))
        })
    }

    /// The `cue` entry ending at token `i` and its first token. One bit test for most
    /// tokens; phrases are verified word by word only when their last word matches.
    #[inline]
    pub fn cue_match(&self, i: usize, cue: Cue) -> Option<(&'static str, usize)> {
        if self.infos[i].cues & cue.bit() == 0 {
            return None;
        }
        self.entry_ending(i, cue)
    }

    fn entry_ending(&self, i: usize, cue: Cue) -> Option<(&'static str, usize)> {
        let (words, ends) = self.cue_bits(i);
        if words & cue.bit() != 0 {
            let word = self.word(i);
            let entry = self
                .gaz
                .cue_word(cue, word)
                .or_else(|| field_name_parts(word).find_map(|part| self.gaz.cue_word(cue, part)))
                .or_else(|| field_name_phrase(self.gaz, word, cue));
            return Some((entry.unwrap_or(cue.words[0]), i));
        }
        if ends & cue.bit() == 0 {
            return None;
        }
        let (first, parts) = self.phrase_start(i, cue)?;
        Some((phrase_entry(cue, parts), first))
    }
}

/// The entry of `cue` written as the words `parts`.
pub(crate) fn phrase_entry(cue: Cue, parts: &[&str]) -> &'static str {
    cue.words.iter().copied().find(|e| e.split(' ').eq(parts.iter().copied())).unwrap_or("")
}

/// Reusable buffers, so a worker analysing many texts allocates once.
#[derive(Default)]
pub struct Scratch {
    tokens: Vec<Token>,
    clusters: Vec<Cluster>,
    infos: Vec<TokenInfo>,
    cues_present: u128,
    flags_present: u32,
    punctuation: Punctuation,
    lower: Lowercaser,
    /// Capitalised words waiting for their large-table look-up: (token, packed key).
    pending_names: Vec<(u32, u64)>,
    spoken_runs: Vec<Spoken>,
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
        // (Taken out while the document borrows the rest of the scratch.)
        let mut candidates = std::mem::take(&mut scratch.candidates);
        let doc = self.document(text, scratch);
        candidates.clear();
        for r in &self.recognizers {
            r.recognize(&doc, &mut candidates);
        }
        let threshold = self.config.threshold;
        let wanted = self.config.entities.as_ref();
        let keep = |d: &Detection| {
            d.score >= threshold && d.start < d.end && wanted.is_none_or(|w| w.contains(&d.entity_type))
        };
        candidates.retain(keep);
        resolve::add_non_overlapping(&mut candidates, out);
        // A second look, with the first one's results (a name found once is a name
        // wherever the text repeats it).
        candidates.clear();
        for r in &self.recognizers {
            r.recognize_after(&doc, out, &mut candidates);
        }
        candidates.retain(keep);
        if !candidates.is_empty() {
            resolve::add_non_overlapping(&mut candidates, out);
        }
        scratch.candidates = candidates;
    }

    /// Tokenises `text` and looks its words up, filling `scratch`.
    fn prepare(&self, text: &str, scratch: &mut Scratch) {
        scratch.punctuation = text::tokenize(text, &mut scratch.tokens);
        numbers::clusters(text, &scratch.tokens, &mut scratch.clusters);
        word_infos(self.gaz, text, &scratch.tokens, &mut scratch.lower, &mut scratch.pending_names, &mut scratch.infos);
        (scratch.cues_present, scratch.flags_present) =
            scratch.infos.iter().fold((0, 0), |(cues, flags), info| (cues | info.cues, flags | info.flags));
        // The read-out runs need the document they are read from; the buffer is the
        // scratch's, so no text allocates for them.
        let mut runs = std::mem::take(&mut scratch.spoken_runs);
        runs.clear();
        runs.extend(spoken::scan(&self.document(text, scratch)));
        scratch.spoken_runs = runs;
    }

    /// The document `scratch` holds for `text` (after [`Analyzer::prepare`]).
    fn document<'a>(&'a self, text: &'a str, scratch: &'a Scratch) -> Document<'a> {
        Document {
            text,
            tokens: &scratch.tokens,
            clusters: &scratch.clusters,
            infos: &scratch.infos,
            cues_present: scratch.cues_present,
            flags_present: scratch.flags_present,
            punctuation: scratch.punctuation,
            gaz: self.gaz,
            spoken_runs: &scratch.spoken_runs,
        }
    }

    #[cfg(test)]
    pub(crate) fn with_document<R>(&self, text: &str, f: impl FnOnce(&Document<'_>) -> R) -> R {
        let mut scratch = Scratch::default();
        self.prepare(text, &mut scratch);
        f(&self.document(text, &scratch))
    }
}

/// Looks every word (and alphanumeric) token up once, for all recognisers: the small
/// hot table for all of them, the large name/place/dictionary table only for capitalised
/// words (the others are looked up on demand, see [`Document::lookup`]).
///
/// The large table does not stay in cache, so its look-ups are mostly cache misses. They
/// are done in a second, tight loop over the capitalised words: with no other work between
/// them, the processor overlaps the misses instead of waiting for each in turn.
fn word_infos(
    gaz: &Gazetteers,
    text: &str,
    tokens: &[Token],
    lower: &mut Lowercaser,
    pending: &mut Vec<(u32, u64)>,
    out: &mut Vec<TokenInfo>,
) {
    out.clear();
    pending.clear();
    out.extend(tokens.iter().enumerate().map(|(i, t)| {
        if t.is_number() || t.len() > 40 {
            return TokenInfo::default();
        }
        let full = if t.is_lower_ascii() { t.text(text) } else { lower.lower(t.text(text)) };
        // `he's` is a cue as written; `Maria's` is looked up as `maria`.
        let key = without_possessive(full);
        // A plural takes its singular's cue lists and flags (`cards` → `card`), but a given
        // name is not the plural of a word that is no name (`Luis` is not `lui`).
        let hot =
            gaz.hot_id(full).or_else(|| (key.len() < full.len()).then(|| gaz.hot_id(key)).flatten()).or_else(|| {
                (key.len() > 3 && key.ends_with('s'))
                    .then(|| gaz.hot_id(&key[..key.len() - 1]))
                    .flatten()
                    .filter(|&h| gaz.hot_record(h).cue_words & NOT_NAME.bit() == 0 || !is_given_name(gaz, key))
            });
        let mut info = match hot {
            Some(h) => {
                let record = gaz.hot_record(h);
                TokenInfo { flags: record.flags, hot: h, name: NONE, cues: record.cue_words | record.cue_ends }
            }
            // `passport_number`, `otpCode`: a field name says what its value is.
            // (Only a token with `_`, or a word with a capital after a lower-case start.)
            None if t.kind == TokenKind::Alnum || !t.is_capitalised() && !t.is_lower_ascii() && !t.is_number() => {
                TokenInfo { cues: field_name_cues(gaz, t.text(text)), ..TokenInfo::default() }
            }
            None => TokenInfo::default(),
        };
        if t.is_capitalised() {
            match pack(key) {
                Some(packed) => pending.push((i as u32, packed)),
                None => {
                    let (flags, id) = names_and_places(gaz, key);
                    info.flags |= flags;
                    info.name = id;
                }
            }
        }
        info
    }));
    for &(i, packed) in pending.iter() {
        let (flags, id) = match gaz.name_id_packed(packed) {
            Some(id) => (gaz.name_record(id).flags, id),
            // Unknown as a whole: a hyphenated word may still have known parts.
            None => names_and_places(gaz, unpack(&packed.to_le_bytes())),
        };
        let info = &mut out[i as usize];
        info.flags |= flags;
        info.name = id;
    }
}

/// The cue lists a field name's words belong to: each word's own lists, and the lists
/// with a phrase its consecutive words spell (`tax_id_home_country` holds `tax id`).
fn field_name_cues(gaz: &Gazetteers, token: &str) -> u128 {
    let mut bits = 0;
    let mut phrase_ends = 0;
    for (k, part) in field_name_parts(token).enumerate() {
        if let Some(h) = gaz.hot_id_any_case(part) {
            let record = gaz.hot_record(h);
            bits |= record.cue_words;
            if k > 0 {
                phrase_ends |= record.cue_ends;
            }
        }
    }
    // Not the one-time code phrases: a payment payload's `auth_code` is the card issuer's
    // approval of a charge, where a chat's `auth code` is a one-time code.
    phrase_ends &= !crate::cues::STRONG_CODE_WORDS.bit();
    // (Rare: only a field with a phrase's last word after its first word gets here.)
    while phrase_ends != 0 {
        let cue = crate::cues::ALL[phrase_ends.trailing_zeros() as usize];
        phrase_ends &= phrase_ends - 1;
        if field_name_phrase(gaz, token, cue).is_some() {
            bits |= cue.bit();
        }
    }
    bits
}

/// The phrase of `cue` that consecutive words of field name `token` spell, if any.
fn field_name_phrase(gaz: &Gazetteers, token: &str, cue: Cue) -> Option<&'static str> {
    let parts: SmallVec<[&str; 4]> = field_name_parts(token).collect();
    let phrases = gaz.cue_phrases(cue);
    (1..parts.len()).find_map(|last| {
        gaz.cue_phrases_ending(cue, parts[last]).iter().find_map(|&k| {
            let words = &phrases[k];
            let first = (last + 1).checked_sub(words.len())?;
            let spelled = words.iter().zip(&parts[first..=last]).all(|(w, p)| word_eq(p, w, false));
            spelled.then(|| phrase_entry(cue, words))
        })
    })
}

/// The words of a field name written in snake or camel case (`passport_number`,
/// `driverLicense`, `OTP_CODE`); nothing for any other token. At most four
/// parts, each at most 24 bytes, so a long identifier costs no more than a short one.
fn field_name_parts(token: &str) -> impl Iterator<Item = &str> {
    let b = token.as_bytes();
    let snake = b.contains(&b'_');
    // `iPhone`, `eBay` are names: a camel-case field's first word has two letters at least.
    let camel = !snake
        && b.first().is_some_and(u8::is_ascii_lowercase)
        && b.iter().position(u8::is_ascii_uppercase).is_some_and(|k| k >= 2);
    let is_field = (snake || camel) && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_');
    let mut rest = if is_field { token } else { "" };
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches('_');
        if rest.is_empty() {
            return None;
        }
        // A part ends before `_`, or in camel case before the next capital.
        let end = rest
            .bytes()
            .enumerate()
            .skip(1)
            .find(|&(_, c)| if snake { c == b'_' } else { c.is_ascii_uppercase() })
            .map_or(rest.len(), |(k, _)| k);
        let (part, tail) = rest.split_at(end);
        rest = tail;
        Some(part)
    })
    .take(4)
    .filter(|part| part.len() <= 24)
}

fn is_given_name(gaz: &Gazetteers, lower: &str) -> bool {
    gaz.name_id(lower).is_some_and(|id| gaz.name_record(id).flags & FIRST != 0)
}

/// The word a [`pack`]ed key holds.
fn unpack(bytes: &[u8; 8]) -> &str {
    let len = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    // Packed from a `&str`, so the bytes are UTF-8.
    std::str::from_utf8(&bytes[..len]).unwrap_or_default()
}

/// Flags and record id of a lower-cased word in the large table; a hyphenated word
/// unknown as a whole takes the flags of its parts (`García-López`) and its first known
/// part's record.
fn names_and_places(gaz: &Gazetteers, key: &str) -> (u32, u32) {
    if let Some(id) = gaz.name_id(key) {
        return (gaz.name_record(id).flags, id);
    }
    if !key.contains('-') {
        return (0, NONE);
    }
    key.split('-').filter_map(|part| gaz.name_id(part)).fold((0, NONE), |(flags, first), id| {
        (flags | gaz.name_record(id).flags, if first == NONE { id } else { first })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_split_into_words() {
        fn parts(s: &str) -> Vec<&str> {
            field_name_parts(s).collect()
        }
        assert_eq!(parts("passport_number"), ["passport", "number"]);
        assert_eq!(parts("driverLicenseNo"), ["driver", "License", "No"]);
        assert_eq!(parts("OTP_CODE"), ["OTP", "CODE"]);
        assert_eq!(parts("_user__pw_"), ["user", "pw"]);
        // Names, words and keys are not field names.
        assert!(parts("McDonald").is_empty());
        assert!(parts("passport").is_empty());
        assert!(parts("iPhone").is_empty());
        assert!(parts("iPhone-case").is_empty());
    }

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
