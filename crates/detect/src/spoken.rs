//! Numbers read out digit by digit, as speech-to-text writes a call (`seven seven three
//! four eight one two nine oh six`, `nine oh two one oh`, `double seven`, `tres cero
//! cinco`, `zéro six quatre`). Recognisers that take a number's digits (phone numbers,
//! postcodes) also take them from such a run; whether the run is one is theirs to judge,
//! with the same validation and context as for numerals.

use crate::analyzer::Document;
use crate::cues::DIGIT_WORDS;

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
}

/// Every maximal run of at least `min` digits read out as words, in text order. Nothing
/// (and no work beyond one bit test) for a text without a digit word.
pub(crate) fn runs<'d>(doc: &'d Document<'_>, min: usize) -> impl Iterator<Item = Spoken> + 'd {
    let n = if doc.cues_present & DIGIT_WORDS.bit() == 0 { 0 } else { doc.tokens.len() };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < n {
            // One bit test for the words that are no digit, which are nearly all of them.
            if !doc.may_end_cue(i, DIGIT_WORDS.bit()) {
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
    loop {
        // `double seven`, `triple zero`: one digit written two or three times.
        let (times, d) = match repeat(doc, k) {
            Some(times) if k + 1 < doc.tokens.len() && joined(doc, k) => (times, digit(doc, k + 1).map(|d| (k + 1, d))),
            _ => (1, digit(doc, k).map(|d| (k, d))),
        };
        let Some((at, d)) = d else { break };
        if run.len + times > MAX {
            break;
        }
        run.digits[run.len..run.len + times].fill(b'0' + d);
        run.len += times;
        run.last = at;
        if at + 1 >= doc.tokens.len() || !joined(doc, at) {
            break;
        }
        k = at + 1;
    }
    (run.len > 0).then_some(run)
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

/// The digit token `k` reads, in English, Spanish or French.
fn digit(doc: &Document<'_>, k: usize) -> Option<u8> {
    const DIGITS: [&[&str]; 10] = [
        &["zero", "oh", "o", "cero", "zéro"],
        &["one", "uno", "un", "une"],
        &["two", "dos", "deux"],
        &["three", "tres", "trois"],
        &["four", "cuatro", "quatre"],
        &["five", "cinco", "cinq"],
        &["six", "seis"],
        &["seven", "siete", "sept"],
        &["eight", "ocho", "huit"],
        &["nine", "nueve", "neuf"],
    ];
    if !doc.may_end_cue(k, DIGIT_WORDS.bit()) {
        return None;
    }
    let w = doc.word(k);
    (0u8..10).find(|&d| DIGITS[usize::from(d)].iter().any(|x| w.eq_ignore_ascii_case(x)))
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
    fn double_and_triple_repeat_the_next_digit() {
        assert_eq!(read("oh one two double seven triple four nine", 7), ["012774449"]);
        // `double` with no digit after it ends the run.
        assert_eq!(read("five five five one double room", 4), ["5551"]);
    }

    #[test]
    fn short_runs_and_plain_words_are_not_numbers() {
        assert!(read("one or two of them, maybe three", 3).is_empty());
        assert_eq!(read("I have one question about my order", 1), ["1"]);
        assert!(read("no numbers here at all", 1).is_empty());
    }
}
