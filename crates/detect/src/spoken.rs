//! Numbers read out, as speech-to-text writes a call: digit by digit (`seven seven three
//! four eight one two nine oh six`, `nine oh two one oh`, `double seven`, `tres cero
//! cinco`, `zéro six quatre`, `noll sju två`), and the English words of a date or a time (`twenty
//! second`, `nineteen fifty four`, `two thousand and three`, `four thirty pm`).
//! Recognisers take a number's digits (phone numbers) or a date's parts from here;
//! whether the words are one is theirs to judge, with the same validation and context as
//! for numerals.

use crate::analyzer::Document;
use crate::cues::{DIGIT_WORDS, NORDIC_OWN_DIGITS, NORDIC_SHARED_DIGITS, NUMBER_WORDS};
use crate::text::{INNER_PUNCT, TokenKind};

/// Longest run kept: an international phone number with some slack.
const MAX: usize = 20;

/// A run of digit words: its first and last tokens and the digits it reads.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Spoken {
    pub first: usize,
    pub last: usize,
    digits: [u8; MAX],
    len: usize,
}

impl Spoken {
    pub fn digits(&self) -> &str {
        // Only ASCII digits are ever written.
        std::str::from_utf8(&self.digits[..self.len]).unwrap_or_default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// The run's byte range in the text.
    pub fn span(&self, doc: &Document<'_>) -> (usize, usize) {
        (doc.tokens[self.first].start, doc.tokens[self.last].end)
    }
}

/// The fewest digits a run is kept with: a card's security code.
const MIN_RUN: usize = 3;

/// Every maximal run of at least `min` (three or more) digits read out as words, in text
/// order, as the analyzer found them once for all recognisers ([`scan`]).
pub(crate) fn runs<'d>(doc: &'d Document<'_>, min: usize) -> impl Iterator<Item = Spoken> + 'd {
    debug_assert!(min >= MIN_RUN);
    doc.spoken_runs.iter().copied().filter(move |r| r.len >= min)
}

/// Walks the text for runs of three digits or more read out as words. Nothing (and no work
/// beyond one bit test) for a text without a digit word.
pub(crate) fn scan<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = Spoken> + 'd {
    let min = MIN_RUN;
    let words = digit_words(doc);
    let n = if doc.cues_present & words == 0 { 0 } else { doc.tokens.len() };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < n {
            // One bit test for the words that are no digit, which are nearly all of them.
            if !doc.may_end_cue(i, words) {
                i += 1;
                continue;
            }
            // `um` (a filler, and Portuguese `a`) and `een` (Dutch `a`) do not start a number.
            if ["um", "een"].iter().any(|w| doc.word(i).eq_ignore_ascii_case(w)) {
                i += 1;
                continue;
            }
            let run = run_at(doc, i);
            i = run.map_or(i + 1, |r| r.last + 1);
            if let Some(r) = run.filter(|r| r.len >= min) {
                return Some(r);
            }
        }
        None
    })
}

/// The run starting at token `i`, if a digit is read there.
fn run_at(doc: &Document<'_>, i: usize) -> Option<Spoken> {
    let mut run = Spoken { first: i, last: i, digits: [0; MAX], len: 0 };
    let mut k = i;
    while let Some((at, read, len)) = digits_read(doc, k, k > i) {
        if run.len + len > MAX {
            break;
        }
        run.digits[run.len..run.len + len].copy_from_slice(&read[..len]);
        run.len += len;
        run.last = at;
        if at + 1 >= doc.tokens.len() || !joined(doc, at) {
            break;
        }
        k = at + 1;
    }
    (run.len > 0).then_some(run)
}

/// The digits the word or words from token `k` read, as a run reads them: a digit written
/// two or three times (`double seven`, `triple zero`), a digit word, or, when `pair_ok`
/// (right after a digit of the same run), a number from ten to ninety-nine that reads two
/// digits (`zéro six quarante-deux dix-huit`, `seis cuarenta y cinco`, `oh seven seven,
/// twenty six`). Returns the last token read, the digits and how many they are.
fn digits_read(doc: &Document<'_>, k: usize, pair_ok: bool) -> Option<(usize, [u8; 3], usize)> {
    let single = match repeat(doc, k) {
        Some(times) if k + 1 < doc.tokens.len() && joined(doc, k) => {
            digit(doc, k + 1).map(|d| (k + 1, [b'0' + d; 3], times))
        }
        _ => digit(doc, k).map(|d| (k, [b'0' + d; 3], 1)),
    };
    single.or_else(|| {
        let (at, n) = pair_ok.then(|| pair(doc, k)).flatten()?;
        Some((at, [b'0' + n / 10, b'0' + n % 10, 0], 2))
    })
}

/// Longest identifier spelled out character by character: an Italian fiscal code.
const MAX_SPELLED: usize = 16;

/// One character of an identifier spelled out: the digit and the letter its word may read
/// (`o` and `oh` read either), and the token it was read from.
#[derive(Clone, Copy, Debug)]
pub(crate) struct SpelledChar {
    pub digit: Option<u8>,
    pub letter: Option<u8>,
    /// The first and last tokens of the word or words it was read from (`double seven`
    /// reads two characters from two tokens).
    pub token: usize,
    pub last: usize,
}

/// The characters read out around a run of digit words, letters included (`n j nine eight
/// five six eight oh c`, `equis seis nueve … ele`), as recognisers of alphanumeric
/// identifiers need them: the run's own digits and the letters and digits joined to it on
/// both sides ([`MAX_SPELLED`] words back at most, and as many characters after the run).
pub(crate) fn spelled_around(doc: &Document<'_>, run: &Spoken) -> Vec<SpelledChar> {
    let readable = |k: usize| letter(doc, k).is_some() || digit(doc, k).is_some();
    let mut first = run.first;
    while first > 0 && run.first - first < MAX_SPELLED && joined(doc, first - 1) && readable(first - 1) {
        first -= 1;
    }
    let mut chars: Vec<SpelledChar> = Vec::with_capacity(MAX_SPELLED + run.len());
    let mut k = first;
    while k < doc.tokens.len() && chars.len() < MAX_SPELLED + run.len() {
        let letter_here = letter(doc, k);
        // Digits as a run reads them; a pair only after a digit (the run itself read any
        // pair right after it), and not for a letter's name.
        let pair_ok = chars.last().is_some_and(|c| c.digit.is_some()) && k != run.last + 1 && letter_here.is_none();
        let last = match digits_read(doc, k, pair_ok) {
            Some((at, read, len)) => {
                // (`o`, `oh`: a digit word that spells a letter too.)
                let letter = if at == k && len == 1 { letter_here } else { None };
                chars.extend(read[..len].iter().map(|&d| SpelledChar {
                    digit: Some(d - b'0'),
                    letter,
                    token: k,
                    last: at,
                }));
                at
            }
            None if letter_here.is_some() => {
                chars.push(SpelledChar { digit: None, letter: letter_here, token: k, last: k });
                k
            }
            None => break,
        };
        if last + 1 >= doc.tokens.len() || !joined(doc, last) {
            break;
        }
        k = last + 1;
    }
    chars
}

/// The letter token `k` spells: a one-letter word (`n`, `x`, `o`), or a letter's Spanish or
/// Italian name (`equis`, `ele`, `acca`). Upper case.
fn letter(doc: &Document<'_>, k: usize) -> Option<u8> {
    let w = doc.word(k).as_bytes();
    if doc.tokens[k].kind != TokenKind::Word {
        return None;
    }
    if let [c] = w {
        return c.is_ascii_alphabetic().then(|| c.to_ascii_uppercase());
    }
    // Names no common word shares (not `be`, `de`, `te`: words in their own right).
    const NAMES: [(&str, u8); 19] = [
        ("equis", b'X'),
        ("ele", b'L'),
        ("elle", b'L'),
        ("eme", b'M'),
        ("emme", b'M'),
        ("ene", b'N'),
        ("enne", b'N'),
        ("efe", b'F'),
        ("effe", b'F'),
        ("ese", b'S'),
        ("esse", b'S'),
        ("erre", b'R'),
        ("jota", b'J'),
        ("zeta", b'Z'),
        ("hache", b'H'),
        ("acca", b'H'),
        ("uve", b'V'),
        ("ye", b'Y'),
        ("cu", b'Q'),
    ];
    if !(2..=5).contains(&w.len()) {
        return None;
    }
    NAMES.iter().find(|(name, _)| name.as_bytes().eq_ignore_ascii_case(w)).map(|&(_, c)| c)
}

/// Is token `k` followed by the next one as digits read out are (a space, a comma, a hyphen)?
fn joined(doc: &Document<'_>, k: usize) -> bool {
    matches!(doc.gap(k, k + 1), " " | ", " | "-" | " - " | ",")
}

/// How many times `double` or `triple` at token `k` says the next digit is written.
fn repeat(doc: &Document<'_>, k: usize) -> Option<usize> {
    if !doc.may_end_cue(k, DIGIT_WORDS.bit()) {
        return None;
    }
    let w = doc.word(k);
    if w.eq_ignore_ascii_case("double") {
        Some(2)
    } else if w.eq_ignore_ascii_case("triple") {
        Some(3)
    } else {
        None
    }
}

/// The cue bits of the words a digit may be read from in `doc`: [`DIGIT_WORDS`], and
/// [`NORDIC_SHARED_DIGITS`] in a text that reads out a digit only the Nordic languages have
/// (`fire en to sju seks`), where `to` and `en` are digits and not English or French words.
fn digit_words(doc: &Document<'_>) -> u128 {
    let nordic = doc.cues_present & NORDIC_OWN_DIGITS.bit() != 0;
    DIGIT_WORDS.bit() | if nordic { NORDIC_SHARED_DIGITS.bit() } else { 0 }
}

/// The digit token `k` reads, in any language of `DIGIT_WORDS` (and see [`digit_words`]).
fn digit(doc: &Document<'_>, k: usize) -> Option<u8> {
    // English one to nine are [`UNITS`]; zero and the other languages' digits here.
    // Spanish, French, Italian, Portuguese, Dutch, German, then the Nordic languages' and
    // Finnish (see `DIGIT_WORDS`).
    const OTHER_DIGITS: [&[&str]; 10] = [
        &["zero", "oh", "o", "cero", "zéro", "nul", "null", "noll", "nolla"],
        &["uno", "un", "une", "um", "een", "één", "eins", "ett", "yksi", "yks", "en", "et"],
        &["dos", "deux", "due", "dois", "twee", "zwei", "zwo", "två", "kaksi", "kaks", "to"],
        &["tres", "trois", "tre", "três", "drie", "drei", "kolme"],
        &["cuatro", "quatre", "quattro", "quatro", "vier", "fyra", "neljä", "fire"],
        &["cinco", "cinq", "cinque", "vijf", "fünf", "fem", "viisi", "viis"],
        &["seis", "sei", "zes", "sechs", "seks", "kuusi", "kuus"],
        &["siete", "sept", "sette", "sete", "zeven", "sieben", "sju", "syv", "seitsemän", "seittemän"],
        &["ocho", "huit", "otto", "oito", "acht", "åtta", "åtte", "otte", "kahdeksan", "kaheksan"],
        &["nueve", "neuf", "nove", "negen", "neun", "nio", "yhdeksän", "yheksän", "ni"],
    ];
    if !doc.may_end_cue(k, digit_words(doc)) {
        return None;
    }
    let w = doc.word(k);
    value_in(w, &UNITS)
        .map(|d| d as u8)
        .or_else(|| (0u8..10).find(|&d| OTHER_DIGITS[usize::from(d)].iter().any(|x| w.eq_ignore_ascii_case(x))))
}

/// A number from ten to ninety-nine read out from token `k` inside a run of digits, in
/// English, Spanish, French, Italian or German: its value and last token. A ten may take
/// its unit as the next word (`twenty six`, `cuarenta y cinco`); Spanish `once` (also an
/// English word) only with another number word after it.
fn pair(doc: &Document<'_>, k: usize) -> Option<(usize, u8)> {
    let w = doc.word(k);
    // Every such word has three letters at least (`dix`, `elf`) and starts with one of these.
    if w.len() < 3
        || !matches!(
            w.as_bytes()[0] | 0x20,
            b't' | b'f' | b's' | b'e' | b'n' | b'v' | b'c' | b'd' | b'o' | b'q' | b'z' | b'a' | b'u'
        )
    {
        return None;
    }
    let lower = w.to_lowercase();
    let n = pair_value(&lower)?;
    if lower == "once"
        && !(k + 1 < doc.tokens.len()
            && joined(doc, k)
            && (digit(doc, k + 1).is_some() || pair_value(&doc.word(k + 1).to_lowercase()).is_some()))
    {
        return None;
    }
    // `twenty six`, `cuarenta y cinco`, `trenta e due` (a unit as the next word).
    if n % 10 == 0 && n >= 20 && k + 1 < doc.tokens.len() && doc.gap(k, k + 1) == " " {
        let unit = |at: usize| digit(doc, at).filter(|&d| d > 0).map(|d| (at, n + d));
        if let Some(found) = unit(k + 1) {
            return Some(found);
        }
        if k + 2 < doc.tokens.len()
            && matches!(doc.word(k + 1), "y" | "e" | "et")
            && doc.gap(k + 1, k + 2) == " "
            && let Some(found) = unit(k + 2)
        {
            return Some(found);
        }
    }
    Some((k, n))
}

/// The value of a lower-cased word from ten to ninety-nine (`sixty-five`, `dieciocho`,
/// `veintitrés`, `quatre-vingt-dix`, `ventotto`, `dreiundzwanzig`).
fn pair_value(w: &str) -> Option<u8> {
    const TEENS: [&[&str]; 10] = [
        &["ten", "diez", "dix", "dieci", "zehn"],
        &["eleven", "once", "onze", "undici", "elf"],
        &["twelve", "doce", "douze", "dodici", "zwölf"],
        &["thirteen", "trece", "treize", "tredici", "dreizehn"],
        &["fourteen", "catorce", "quatorze", "quattordici", "vierzehn"],
        &["fifteen", "quince", "quinze", "quindici", "fünfzehn"],
        &["sixteen", "dieciséis", "seize", "sedici", "sechzehn"],
        &["seventeen", "diecisiete", "dix-sept", "diciassette", "siebzehn"],
        &["eighteen", "dieciocho", "dix-huit", "diciotto", "achtzehn"],
        &["nineteen", "diecinueve", "dix-neuf", "diciannove", "neunzehn"],
    ];
    const TENS: [&[&str]; 8] = [
        &["twenty", "veinte", "vingt", "venti", "zwanzig"],
        &["thirty", "treinta", "trente", "trenta", "dreißig", "dreissig"],
        &["forty", "cuarenta", "quarante", "quaranta", "vierzig"],
        &["fifty", "cincuenta", "cinquante", "cinquanta", "fünfzig"],
        &["sixty", "sesenta", "soixante", "sessanta", "sechzig"],
        &["seventy", "setenta", "settanta", "siebzig"],
        &["eighty", "ochenta", "quatre-vingt", "quatre-vingts", "ottanta", "achtzig"],
        &["ninety", "noventa", "novanta", "neunzig"],
    ];
    // Units written after a ten in one word, per language.
    const UNITS_AFTER: [&[&str]; 9] = [
        &["one", "uno", "un", "et-un", "ún"],
        &["two", "dos", "dós", "deux", "due"],
        &["three", "tres", "trés", "trois", "tre", "tré"],
        &["four", "cuatro", "quatre", "quattro"],
        &["five", "cinco", "cinq", "cinque"],
        &["six", "seis", "séis", "sei"],
        &["seven", "siete", "sept", "sette"],
        &["eight", "ocho", "huit", "otto"],
        &["nine", "nueve", "neuf", "nove"],
    ];
    // German writes the unit first: `ein`, `zwei` … before `und`.
    const GERMAN_UNITS: [&str; 9] = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"];
    let position = |lists: &[&[&str]], word: &str| lists.iter().position(|l| l.contains(&word));
    if let Some(t) = position(&TEENS, w) {
        return Some(10 + t as u8);
    }
    if let Some(t) = position(&TENS, w) {
        return Some(20 + 10 * t as u8);
    }
    if let Some((unit, ten)) = w.split_once("und") {
        let u = GERMAN_UNITS.iter().position(|x| *x == unit)?;
        let t = position(&TENS, ten)?;
        return Some(20 + 10 * t as u8 + u as u8 + 1);
    }
    // French 70-79 and 90-99: `soixante-dix`, `soixante-et-onze`, `quatre-vingt-dix-sept`.
    for (base, stem) in [(60, "soixante-"), (80, "quatre-vingt-")] {
        if let Some(rest) = w.strip_prefix(stem) {
            let rest = rest.strip_prefix("et-").unwrap_or(rest);
            return match position(&TEENS, rest) {
                Some(t) => Some(base + 10 + t as u8),
                None => Some(base + 1 + position(&UNITS_AFTER, rest)? as u8),
            };
        }
    }
    // A ten and a unit in one word: `twenty-six`, `veintitrés`, `vingt-deux`, `ventotto`,
    // `trentatré` (Italian drops the ten's last vowel before `uno` and `otto`).
    for (t, tens) in TENS.iter().enumerate() {
        for ten in tens.iter() {
            let stems = [*ten, &ten[..ten.len() - 1], if *ten == "veinte" { "veinti" } else { "" }];
            for stem in stems.iter().filter(|s| !s.is_empty()) {
                if let Some(rest) = w.strip_prefix(stem) {
                    let rest = rest.strip_prefix('-').unwrap_or(rest);
                    if let Some(u) = position(&UNITS_AFTER, rest) {
                        return Some(20 + 10 * t as u8 + u as u8 + 1);
                    }
                }
            }
        }
    }
    None
}

const UNITS: [&str; 9] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS: [&str; 10] =
    ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINALS: [&str; 19] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];

/// The position of `word` in `list` plus one, ignoring ASCII case.
fn value_in(word: &str, list: &[&str]) -> Option<u32> {
    list.iter().position(|w| word.eq_ignore_ascii_case(w)).map(|k| k as u32 + 1)
}

/// The value of one word from one to nineteen, or of a ten (`forty` is 40).
fn word_number(word: &str) -> Option<u32> {
    value_in(word, &UNITS).or_else(|| value_in(word, &TEENS).map(|n| n + 9)).or_else(|| tens(word))
}

/// The value of an English number word from one to ninety-nine (`seven`, `Sixty-Five`).
pub(crate) fn number_value(word: &str) -> Option<u32> {
    // Every number word starts with one of these letters: most words stop here.
    if !matches!(word.as_bytes().first().map(|b| b | 0x20), Some(b'o' | b't' | b'f' | b's' | b'e' | b'n')) {
        return None;
    }
    match word.split_once('-') {
        Some((ten, unit)) => Some(tens(ten)? + value_in(unit, &UNITS)?),
        None => word_number(word),
    }
}

fn tens(word: &str) -> Option<u32> {
    value_in(word, &TENS).map(|n| (n + 1) * 10)
}

fn ordinal(word: &str) -> Option<u32> {
    value_in(word, &ORDINALS).or_else(|| {
        ["twentieth", "thirtieth"].iter().position(|w| word.eq_ignore_ascii_case(w)).map(|k| (k as u32 + 2) * 10)
    })
}

/// Is token `k` followed by token `k + 1` after a single space?
pub(crate) fn spaced(doc: &Document<'_>, k: usize) -> bool {
    k + 1 < doc.tokens.len() && doc.gap(k, k + 1) == " "
}

/// A number word at token `i`, if the lists know it or it is hyphenated (`forty-five`):
/// one bit test for other words.
fn number_word<'t>(doc: &Document<'t>, i: usize) -> Option<&'t str> {
    let t = doc.tokens.get(i)?;
    (doc.may_end_cue(i, NUMBER_WORDS.bit()) || t.flags & INNER_PUNCT != 0).then(|| doc.word(i))
}

/// A number from one to ninety-nine read out at token `i` (`four`, `fifteen`, `forty
/// five`, `forty-five`): its value and last token.
pub(crate) fn small_number(doc: &Document<'_>, i: usize) -> Option<(u32, usize)> {
    let n = number_value(number_word(doc, i)?)?;
    if n >= 20
        && n % 10 == 0
        && spaced(doc, i)
        && let Some(unit) = number_word(doc, i + 1).and_then(|w| value_in(w, &UNITS))
    {
        return Some((n + unit, i + 1));
    }
    Some((n, i))
}

/// The day of the month an ordinal read out at token `i` names (`third`, `twenty
/// second`, `thirty-first`): its value and last token.
pub(crate) fn ordinal_day(doc: &Document<'_>, i: usize) -> Option<(u32, usize)> {
    let word = number_word(doc, i)?;
    let (day, last) = if let Some((ten, unit)) = word.split_once('-') {
        (tens(ten)? + value_in(unit, &ORDINALS).filter(|&u| u < 10)?, i)
    } else if let Some(day) = ordinal(word) {
        (day, i)
    } else {
        let ten = tens(word).filter(|&t| t <= 30)?;
        let unit = spaced(doc, i).then(|| number_word(doc, i + 1)).flatten().and_then(ordinal).filter(|&u| u < 10)?;
        (ten + unit, i + 1)
    };
    (1..=31).contains(&day).then_some((day, last))
}

/// A year read out from token `i`: `nineteen fifty four`, `nineteen oh five`, `twenty
/// twenty four`, `two thousand and three`, `two thousand eighteen`; with `two_digit`,
/// also the last two digits alone (`fifty four`, as an agent reads a date back). Its
/// last token.
pub(crate) fn year(doc: &Document<'_>, i: usize, two_digit: bool) -> Option<usize> {
    let word = number_word(doc, i)?;
    if word.eq_ignore_ascii_case("two") && spaced(doc, i) && doc.word(i + 1).eq_ignore_ascii_case("thousand") {
        let mut k = i + 2;
        if spaced(doc, i + 1) && k < doc.tokens.len() && doc.word(k).eq_ignore_ascii_case("and") && spaced(doc, k) {
            k += 1;
        }
        let rest = spaced(doc, k - 1).then(|| small_number(doc, k)).flatten();
        return Some(rest.map_or(i + 1, |(_, last)| last));
    }
    if (word.eq_ignore_ascii_case("nineteen") || word.eq_ignore_ascii_case("twenty")) && spaced(doc, i) {
        // `nineteen oh five`
        if doc.word(i + 1).eq_ignore_ascii_case("oh") && spaced(doc, i + 1) {
            return number_word(doc, i + 2).and_then(|w| value_in(w, &UNITS)).map(|_| i + 2);
        }
        if let Some((_, last)) = small_number(doc, i + 1).filter(|&(n, _)| n >= 10) {
            return Some(last);
        }
    }
    small_number(doc, i).filter(|&(n, _)| two_digit && n >= 10).map(|(_, last)| last)
}

/// A clock time read out from token `i`: an hour from one to twelve, its minutes
/// (`four thirty`, `nine oh five`) and `am`, `pm` or `o'clock`. Only after `at` (a date
/// said it: `on the fourth of march at ten`) may the hour come without any of them.
/// Its last token.
pub(crate) fn time(doc: &Document<'_>, i: usize, after_at: bool) -> Option<usize> {
    number_word(doc, i).and_then(word_number).filter(|h| (1..=12).contains(h))?;
    let mut last = i;
    if spaced(doc, last) {
        if doc.word(last + 1).eq_ignore_ascii_case("oh") && spaced(doc, last + 1) {
            if number_word(doc, last + 2).and_then(|w| value_in(w, &UNITS)).is_some() {
                last += 2;
            }
        } else if let Some((_, m)) = small_number(doc, last + 1).filter(|&(n, _)| (10..60).contains(&n)) {
            last = m;
        }
    }
    let marker = spaced(doc, last)
        && ["am", "pm", "o'clock", "oclock"].iter().any(|m| doc.word(last + 1).eq_ignore_ascii_case(m));
    if marker {
        return Some(last + 1);
    }
    after_at.then_some(last)
}

/// A half or quarter hour read out (`half nine`, `half past two`, `quarter to five`, German
/// `halb drei`, Dutch `half vier`) starting at token `i`: its last token. The hour is a
/// word from one to twelve in English, German or Dutch.
pub(crate) fn clock_phrase(doc: &Document<'_>, i: usize) -> Option<usize> {
    const HOURS: [&[&str]; 3] = [
        &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
        &["eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"],
        &["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"],
    ];
    let hour_at = |k: usize, language: usize| {
        k < doc.tokens.len() && HOURS[language].iter().any(|h| doc.word(k).eq_ignore_ascii_case(h))
    };
    let w = doc.word(i);
    if !spaced(doc, i) {
        return None;
    }
    // `half past two`, `quarter to five`, `quarter past six`
    let english_link = |k: usize| {
        k < doc.tokens.len() && (doc.word(k).eq_ignore_ascii_case("past") || doc.word(k).eq_ignore_ascii_case("to"))
    };
    if (w.eq_ignore_ascii_case("half") || w.eq_ignore_ascii_case("quarter"))
        && english_link(i + 1)
        && spaced(doc, i + 1)
    {
        return hour_at(i + 2, 0).then_some(i + 2);
    }
    // `half nine` (British: half past nine), `halb drei`, `half vier` (half before the hour).
    let language = match w {
        "half" | "Half" => [0, 2].into_iter().find(|&l| hour_at(i + 1, l)),
        "halb" | "Halb" => hour_at(i + 1, 1).then_some(1),
        _ => None,
    };
    language.map(|_| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::with_document;

    fn read(text: &str, min: usize) -> Vec<String> {
        with_document(text, |doc| runs(doc, min).map(|r| r.digits().to_string()).collect())
    }

    #[test]
    fn reads_digits_in_three_languages() {
        assert_eq!(read("my cell is seven seven three four eight one two nine oh six thanks", 7), ["7734812906"]);
        assert_eq!(read("zip is nine oh two one oh.", 5), ["90210"]);
        assert_eq!(read("llamante: tres cero cinco seis cuatro dos siete siete uno ocho", 7), ["3056427718"]);
        assert_eq!(read("c'est zéro six, quatre deux, un huit", 6), ["064218"]);
    }

    #[test]
    fn reads_digits_in_italian_portuguese_dutch_and_german() {
        assert_eq!(read("cliente: tre quattro cinque otto otto due sei uno zero tre", 7), ["3458826103"]);
        assert_eq!(read("dois dois seis zero nove quatro quatro um oito", 7), ["226094418"]);
        assert_eq!(read("nummer nul zes vier een acht twee negen drie zeven vijf", 7), ["0641829375"]);
        assert_eq!(read("null eins sieben zwo drei vier fünf sechs", 7), ["01723456"]);
        // `um` (a filler) and `een` (Dutch `a`) do not start a number.
        assert_eq!(read("it's um seven seven three four eight one two", 7), ["7734812"]);
    }

    #[test]
    fn numbers_from_ten_to_ninety_nine_read_two_digits_within_a_run() {
        assert_eq!(read("c'est zéro six, quarante-deux, dix-huit, trente-trois, vingt-sept", 10), ["0642183327"]);
        assert_eq!(
            read("zéro un soixante-dix-sept quatre-vingt-un soixante-et-onze quatre-vingts", 10),
            ["0177817180"]
        );
        assert_eq!(read("seis cuarenta y cinco veintiuno ochenta y cuatro", 7), ["6452184"]);
        assert_eq!(read("tre quattro sette ventotto trentatré", 7), ["3472833"]);
        assert_eq!(read("null eins fünf zwei dreiundzwanzig siebzehn", 7), ["01522317"]);
        assert_eq!(read("oh seven seven nine one, twenty six, eighty", 9), ["077912680"]);
        // A run starts with a digit; `once` (an English word) only before another number.
        assert!(read("twenty six thirty one", 4).is_empty());
        assert!(read("five five five once again", 4).is_empty());
        assert_eq!(read("cinco cinco once dos", 4), ["55112"]);
    }

    #[test]
    fn double_and_triple_repeat_the_next_digit() {
        assert_eq!(read("oh one two double seven triple four nine", 7), ["012774449"]);
        // `double` with no digit after it ends the run.
        assert_eq!(read("five five five one double room", 4), ["5551"]);
    }

    #[test]
    fn number_words_up_to_ninety_nine() {
        assert_eq!(number_value("seven"), Some(7));
        assert_eq!(number_value("Nineteen"), Some(19));
        assert_eq!(number_value("sixty-five"), Some(65));
        assert_eq!(number_value("ninety"), Some(90));
        assert_eq!(number_value("twenty-ten"), None);
        assert_eq!(number_value("sixty-"), None);
        assert_eq!(number_value("often"), None);
        let read = |text: &str| with_document(text, |doc| small_number(doc, 0));
        assert_eq!(read("seventy seven years"), Some((77, 1)));
        assert_eq!(read("forty-five minutes"), Some((45, 0)));
        assert_eq!(read("twelve three"), Some((12, 0)));
    }

    #[test]
    fn short_runs_and_plain_words_are_not_numbers() {
        // Runs are kept from four digits on (a PIN).
        assert!(read("one or two of them, maybe three", 4).is_empty());
        assert!(read("I have one question about my order", 4).is_empty());
        assert_eq!(read("the pin is one two three four", 4), ["1234"]);
        assert!(read("no numbers here at all", 4).is_empty());
    }
}
