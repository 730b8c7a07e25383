//! One pass over the text that cuts it into word, number and alphanumeric tokens.
//!
//! Every recogniser works from these tokens instead of scanning the text again, which is
//! what keeps the engine fast with all recognisers on. Separators (spaces, punctuation)
//! are not tokens; recognisers look at the bytes between tokens when shape matters.

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters only (with internal apostrophes or hyphens: `O'Brien`, `García-López`).
    Word,
    /// ASCII digits only.
    Number,
    /// Letters and digits (and underscores): `4B`, `SW1A`, `ghp_x1…`, `3pm`.
    Alnum,
}

pub(crate) const UPPER_INITIAL: u8 = 1;
pub(crate) const ALL_UPPER: u8 = 2;
pub(crate) const NON_ASCII: u8 = 4;
pub(crate) const INNER_PUNCT: u8 = 8;
/// ASCII with no upper-case letter: the token is its own lower-case form.
pub(crate) const LOWER_ASCII: u8 = 16;
/// The separator before the token is one space: the commonest gap, and one no rule that
/// looks at gaps (a line break, a label's colon) cares about, so gates test this bit first.
pub(crate) const AFTER_SPACE: u8 = 32;
/// The separator before the token holds a line break.
pub(crate) const AFTER_NEWLINE: u8 = 64;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub flags: u8,
}

impl Token {
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    #[inline]
    pub fn is_number(&self) -> bool {
        self.kind == TokenKind::Number
    }
    /// First letter upper-case (`Maria`, `MARIA`).
    #[inline]
    pub fn is_capitalised(&self) -> bool {
        self.flags & UPPER_INITIAL != 0
    }
    /// At least two letters, all upper-case.
    #[inline]
    pub fn is_all_upper(&self) -> bool {
        self.flags & ALL_UPPER != 0
    }
    /// Already lower-case (ASCII, no capital anywhere).
    #[inline]
    pub fn is_lower_ascii(&self) -> bool {
        self.flags & LOWER_ASCII != 0
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }
}

// Byte classes for the ASCII fast path.
const SEP: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const DIGIT: u8 = 3;
const UNDERSCORE: u8 = 4;
const HIGH: u8 = 5; // a byte of a multi-byte UTF-8 sequence

static CLASS: [u8; 256] = {
    let mut t = [SEP; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = match i as u8 {
            b'a'..=b'z' => LOWER,
            b'A'..=b'Z' => UPPER,
            b'0'..=b'9' => DIGIT,
            b'_' => UNDERSCORE,
            0x80..=0xFF => HIGH,
            _ => SEP,
        };
        i += 1;
    }
    t
};

/// The ASCII punctuation and whitespace a text holds, one bit each.
///
/// The tokeniser reads every separator byte anyway, so the set costs one table look-up per
/// byte; a recogniser whose whole-text search needs a byte (`@`, the `:` of `://`, a
/// table's commas) skips a text without it. Most support messages are short, and for them
/// setting up the search costs more than the rest of that recogniser's work.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Punctuation(u64);

/// Each ASCII punctuation byte's and whitespace byte's bit in a [`Punctuation`] (0 for
/// every other byte): 32 punctuation bytes and 4 whitespace bytes fit a `u64`.
static PUNCTUATION_BIT: [u64; 256] = {
    let mut t = [0; 256];
    let mut next = 0;
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_punctuation() || matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
            t[b] = 1 << next;
            next += 1;
        }
        b += 1;
    }
    t
};

impl Punctuation {
    /// Does the text hold byte `b` (ASCII punctuation or whitespace)?
    #[inline]
    pub fn has(self, b: u8) -> bool {
        debug_assert!(PUNCTUATION_BIT[b as usize] != 0, "{b} is not tracked");
        self.0 & PUNCTUATION_BIT[b as usize] != 0
    }

    /// Does the text hold any of `bytes`?
    #[inline]
    pub fn has_any(self, bytes: &[u8]) -> bool {
        bytes.iter().any(|&b| self.has(b))
    }

    #[inline]
    fn add(&mut self, b: u8) {
        self.0 |= PUNCTUATION_BIT[b as usize];
    }
}

/// Cuts `text` into tokens, appending to `out` (cleared first). Returns the punctuation
/// the text holds.
pub(crate) fn tokenize(text: &str, out: &mut Vec<Token>) -> Punctuation {
    out.clear();
    let bytes = text.as_bytes();
    let mut punctuation = Punctuation::default();
    let mut i = 0;
    let mut prev_end = 0;
    while i < bytes.len() {
        let class = CLASS[bytes[i] as usize];
        if class == SEP {
            punctuation.add(bytes[i]);
            i += 1;
            continue;
        }
        if class == HIGH && !char_at(text, i).is_alphabetic() {
            i += utf8_len(bytes[i]);
            continue;
        }
        let start = i;
        let mut letters = 0u32;
        let mut uppers = 0u32;
        let mut digits = 0u32;
        let mut flags = 0u8;
        let mut ascii = true;
        let mut underscore = false;
        let mut first = true;
        while i < bytes.len() {
            let b = bytes[i];
            match CLASS[b as usize] {
                LOWER => {
                    // Most of a text is runs of lower-case ASCII letters: take a run at once.
                    let run = lower_run(&bytes[i..]);
                    letters += run as u32;
                    i += run;
                }
                UPPER => {
                    if first {
                        flags |= UPPER_INITIAL;
                    }
                    letters += 1;
                    uppers += 1;
                    i += 1;
                }
                DIGIT => {
                    let run = digit_run(&bytes[i..]);
                    digits += run as u32;
                    i += run;
                }
                UNDERSCORE => {
                    underscore = true;
                    punctuation.add(b'_');
                    i += 1;
                }
                HIGH => {
                    ascii = false;
                    let c = char_at(text, i);
                    if c.is_alphabetic() || (is_combining(c) && !first) {
                        flags |= NON_ASCII;
                        if c.is_alphabetic() {
                            letters += 1;
                            if c.is_uppercase() {
                                uppers += 1;
                                if first {
                                    flags |= UPPER_INITIAL;
                                }
                            }
                        }
                        i += c.len_utf8();
                    } else if c == '’' && turkish_case_suffix(flags, &text[start..i], &text[i + c.len_utf8()..]) {
                        break;
                    } else if (c == '’' || c == '‘') && letters > 0 && next_is_letter(text, i + c.len_utf8()) {
                        flags |= INNER_PUNCT;
                        i += c.len_utf8();
                    } else {
                        break;
                    }
                }
                _ => {
                    // An apostrophe or hyphen joins two runs of letters: O'Brien, García-López.
                    if b == b'\'' && turkish_case_suffix(flags, &text[start..i], &text[i + 1..]) {
                        break;
                    } else if (b == b'\'' || b == b'-') && letters > 0 && digits == 0 && next_is_letter(text, i + 1) {
                        flags |= INNER_PUNCT;
                        punctuation.add(b);
                        i += 1;
                    } else {
                        break;
                    }
                }
            }
            first = false;
        }
        let kind = if letters == 0 && digits > 0 && !underscore {
            TokenKind::Number
        } else if digits == 0 && !underscore {
            TokenKind::Word
        } else {
            TokenKind::Alnum
        };
        if letters >= 2 && uppers == letters {
            flags |= ALL_UPPER;
        }
        if ascii && uppers == 0 {
            flags |= LOWER_ASCII;
        }
        flags |= gap_flags(bytes, prev_end, start);
        prev_end = i;
        if kind == TokenKind::Alnum
            && let Some(split) = glued_number(&text[start..i])
        {
            // "call me at555-0100": a typo, not an identifier.
            out.push(Token { start, end: start + split, kind: TokenKind::Word, flags });
            out.push(Token { start: start + split, end: i, kind: TokenKind::Number, flags: 0 });
            continue;
        }
        out.push(Token { start, end: i, kind, flags });
    }
    punctuation
}

/// `İstanbul'a`, `Lizbon'dan`, `Ayşe'nin`: Turkish writes a name's case ending after an
/// apostrophe; the name alone is the token (and what the gazetteers know). Only after a
/// capital; a one-vowel ending only after a consonant, as Turkish writes it (`Shi'a`,
/// `Hawai'i` stay whole).
fn turkish_case_suffix(flags: u8, name: &str, after: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "a", "e", "ı", "i", "u", "ü", "ya", "ye", "yı", "yi", "yu", "yü", "da", "de", "ta", "te", "dan", "den", "tan",
        "ten", "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "la", "le", "yla", "yle", "daki", "deki", "taki",
        "teki", "nda", "nde", "ndan", "nden",
    ];
    const VOWELS: &str = "aeıioöuüâîûAEIİOÖUÜ";
    if flags & UPPER_INITIAL == 0 || name.len() < 2 {
        return false;
    }
    let ending = &after[..after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len())];
    let one_vowel = ending.chars().nth(1).is_none();
    ENDINGS.contains(&ending) && !(one_vowel && name.ends_with(|c: char| VOWELS.contains(c)))
}

/// [`AFTER_SPACE`] or [`AFTER_NEWLINE`] for the separator `bytes[from..to]` before a token.
#[inline]
#[allow(clippy::manual_contains)]
fn gap_flags(bytes: &[u8], from: usize, to: usize) -> u8 {
    if to == from + 1 && bytes[from] == b' ' {
        AFTER_SPACE
    } else if bytes[from..to].iter().any(|&b| b == b'\n') {
        // (A loop, not `contains`: gaps are a few bytes, too short for a `memchr` call.)
        AFTER_NEWLINE
    } else {
        0
    }
}

/// Length of the run of lower-case ASCII letters that `b` starts with.
#[inline]
fn lower_run(b: &[u8]) -> usize {
    b.iter().position(|c| !c.is_ascii_lowercase()).unwrap_or(b.len())
}

/// Length of the run of ASCII digits that `b` starts with.
#[inline]
fn digit_run(b: &[u8]) -> usize {
    b.iter().position(|c| !c.is_ascii_digit()).unwrap_or(b.len())
}

/// Where a short function word glued to a number ends (`at555`, `tel0301234`).
fn glued_number(s: &str) -> Option<usize> {
    let letters = s.bytes().take_while(u8::is_ascii_lowercase).count();
    let digits = s.len() - letters;
    let word = &s[..letters];
    (digits >= 3
        && s[letters..].bytes().all(|b| b.is_ascii_digit())
        && matches!(word, "at" | "on" | "is" | "me" | "tel" | "ph" | "call" | "mob" | "to" | "or" | "no"))
    .then_some(letters)
}

#[inline]
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or('\u{FFFD}')
}

#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xFF => 4,
        _ => 1,
    }
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn next_is_letter(text: &str, i: usize) -> bool {
    text.get(i..).and_then(|s| s.chars().next()).is_some_and(|c| c.is_alphabetic())
}

/// A word without a possessive `'s` (or `’s`): the form it is looked up and classified in.
pub(crate) fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word)
}

/// Is `s` a year of the last century or this one (`1986`, `2024`)?
pub(crate) fn is_year(s: &str) -> bool {
    s.len() == 4 && (s.starts_with("19") || s.starts_with("20"))
}

/// Does `text` end with `suffix`, ASCII case ignored (`ApiVersion` ends with `version`)?
/// (Compared as bytes: a suffix's length back may fall inside a character of another
/// script, where no suffix can match.)
pub(crate) fn ends_with_ignore_case(text: &str, suffix: &str) -> bool {
    let (t, s) = (text.as_bytes(), suffix.as_bytes());
    t.len() >= s.len() && t[t.len() - s.len()..].eq_ignore_ascii_case(s)
}

/// Does `text` end with one of `words` (ASCII case ignored) as a whole word, with no letter or
/// digit right before it (`… your` ends with `your`, `… flour` does not end with `our`)?
pub(crate) fn ends_with_word(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        ends_with_ignore_case(text, w) && !text[..text.len() - w.len()].ends_with(|c: char| c.is_alphanumeric())
    })
}

/// The text from the start of the line up to byte `i`, if the line starts within `max`
/// bytes (a bounded look-back keeps a 10 MB single line linear).
pub(crate) fn line_before(text: &str, i: usize, max: usize) -> Option<&str> {
    let lo = i.saturating_sub(max);
    match memchr::memrchr(b'\n', &text.as_bytes()[lo..i]) {
        Some(p) => Some(&text[lo + p + 1..i]),
        None if lo == 0 => Some(&text[..i]),
        None => None,
    }
}

/// The text from byte `i` to the end of the line, if the line ends within `max` bytes.
pub(crate) fn line_after(text: &str, i: usize, max: usize) -> Option<&str> {
    let hi = (i + max).min(text.len());
    match memchr::memchr(b'\n', &text.as_bytes()[i..hi]) {
        Some(p) => Some(&text[i..i + p]),
        None if hi == text.len() => Some(&text[i..]),
        None => None,
    }
}

/// The text from byte `i` to the end of the line or to at most `max` bytes on, whichever
/// comes first (cut back to a character boundary).
pub(crate) fn line_head(text: &str, i: usize, max: usize) -> &str {
    let head = &text[i..text.floor_char_boundary(i + max)];
    memchr::memchr(b'\n', head.as_bytes()).map_or(head, |p| &head[..p])
}

/// Lower-cases words for gazetteer lookups without allocating for ASCII words.
#[derive(Default)]
pub(crate) struct Lowercaser {
    buf: String,
}

impl Lowercaser {
    /// `word` as the gazetteers' keys write it ([`fold_lower`]).
    pub fn lower<'a>(&'a mut self, word: &str) -> &'a str {
        self.buf.clear();
        if word.is_ascii() {
            self.buf.push_str(word);
            self.buf.make_ascii_lowercase();
        } else {
            fold_lower_into(&mut self.buf, word);
        }
        &self.buf
    }
}

/// Appends `word` to `out` as the gazetteers' keys write it ([`fold_lower`] on each
/// character).
pub(crate) fn fold_lower_into(out: &mut String, word: &str) {
    // (Most characters of a word with an accent are ASCII: they skip the Unicode tables
    // `fold_lower` consults.)
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(fold_lower(c));
        }
    }
}

/// `word` as the gazetteers' keys write it, in a string of its own.
pub(crate) fn folded(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_lower_into(&mut out, word);
    out
}

/// Character `c` as the gazetteers' keys write it: lower case, a typographic apostrophe
/// straight, Turkish `İ` a plain `i` (`İstanbul`; Unicode's lower case adds a combining
/// dot).
pub(crate) fn fold_lower(c: char) -> impl Iterator<Item = char> {
    let special = match c {
        '’' | '‘' => Some('\''),
        'İ' => Some('i'),
        _ => None,
    };
    let lower = special.is_none().then(|| c.to_lowercase());
    special.into_iter().chain(lower.into_iter().flatten())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, TokenKind)> {
        let mut out = Vec::new();
        tokenize(text, &mut out);
        out.iter().map(|t| (t.text(text), t.kind)).collect()
    }

    #[test]
    fn splits_words_numbers_and_alnum() {
        use TokenKind::*;
        assert_eq!(
            words("Call O'Brien at 555-0100, flat 4B; García-López’s key ghp_a1"),
            vec![
                ("Call", Word),
                ("O'Brien", Word),
                ("at", Word),
                ("555", Number),
                ("0100", Number),
                ("flat", Word),
                ("4B", Alnum),
                ("García-López’s", Word),
                ("key", Word),
                ("ghp_a1", Alnum),
            ]
        );
    }

    #[test]
    fn leaves_a_turkish_case_ending_out_of_the_name() {
        let names = |text| words(text).into_iter().map(|(w, _)| w).collect::<Vec<_>>();
        assert_eq!(names("Lizbon'dan İstanbul’a, Ankara'daki"), ["Lizbon", "dan", "İstanbul", "a", "Ankara", "daki"]);
        // Not an ending: a name's own apostrophe, an English word, a short word's vowel.
        assert_eq!(names("O'Brien don't Shi'a Hawai'i"), ["O'Brien", "don't", "Shi'a", "Hawai'i"]);
    }

    #[test]
    fn flags_capitalisation() {
        let text = "Maria MARIA maria Émile";
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        assert!(toks[0].is_capitalised() && !toks[0].is_all_upper());
        assert!(toks[1].is_capitalised() && toks[1].is_all_upper());
        assert!(!toks[2].is_capitalised());
        assert!(toks[3].is_capitalised());
        assert!(toks[2].is_lower_ascii() && !toks[0].is_lower_ascii() && !toks[3].is_lower_ascii());
        tokenize("iPhone o’brien 4b", &mut toks);
        assert_eq!(toks.iter().map(|t| t.is_lower_ascii()).collect::<Vec<_>>(), [false, false, true]);
    }

    #[test]
    fn a_whole_word_at_the_end() {
        assert!(ends_with_word("the last four of your", &["my", "your"]));
        assert!(ends_with_word("YOUR", &["your"]));
        assert!(!ends_with_word("flour", &["our", "ur"]));
        // A word's length back inside a multi-byte character is no match, and no panic.
        assert!(!ends_with_word("a€", &["ur", "your"]));
        assert!(!ends_with_word("", &["my"]));
    }

    #[test]
    fn flags_the_gap_before_each_token() {
        let text = "Hi  there, x\n\nnew line call555";
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let gaps: Vec<u8> = toks.iter().map(|t| t.flags & (AFTER_SPACE | AFTER_NEWLINE)).collect();
        // `call555` is cut into a word and its number, with nothing between them.
        assert_eq!(gaps, [0, 0, 0, AFTER_NEWLINE, AFTER_SPACE, AFTER_SPACE, 0]);
    }

    #[test]
    fn non_letters_outside_ascii_separate_tokens() {
        assert_eq!(words("a—b €5 ·4242").iter().map(|w| w.0).collect::<Vec<_>>(), vec!["a", "b", "5", "4242"]);
    }

    #[test]
    fn lowercaser_folds_unicode_and_apostrophes() {
        let mut l = Lowercaser::default();
        assert_eq!(l.lower("ZÜRICH"), "zürich");
        assert_eq!(l.lower("O’Brien"), "o'brien");
        assert_eq!(l.lower("Smith"), "smith");
        assert_eq!(l.lower("o’brien"), "o'brien");
        assert_eq!(l.lower("İstanbul"), "istanbul");
    }

    #[test]
    fn records_the_punctuation_a_text_holds() {
        let mut toks = Vec::new();
        let p = tokenize("mail jo@shop.com, Mary-Jane O'Neil or key_1", &mut toks);
        for b in [b'@', b'.', b',', b' ', b'-', b'\'', b'_'] {
            assert!(p.has(b), "{}", b as char);
        }
        assert!(!p.has(b':') && !p.has(b'\n') && !p.has_any(b"|;<\t"));
        assert!(tokenize("a\tb\nc", &mut toks).has_any(b"\t"));
        assert_eq!(tokenize("", &mut toks), Punctuation::default());
    }
}
