//! Context words: a hotword in a window of tokens on either side of a candidate raises
//! (or, for negative hotwords, lowers) its score.
//!
//! Hotwords match whole tokens, case-insensitively, with an optional plural or
//! possessive `s` (Presidio matches substrings, so "lic" fires inside "duplicate").
//! A hotword containing spaces is a phrase of consecutive tokens.

use crate::analyzer::Document;
use crate::cues::Cue;

/// A hotword found near a candidate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Hit {
    pub word: &'static str,
    pub start: usize,
    pub end: usize,
}

/// Searches up to `before` tokens before `start` and `after` tokens after `end` for an
/// entry of `cue`; returns the hit nearest the candidate.
pub(crate) fn find(doc: &Document<'_>, start: usize, end: usize, cue: Cue, before: usize, after: usize) -> Option<Hit> {
    let tokens = doc.tokens;
    let first_inside = tokens.partition_point(|t| t.start < start);
    let first_after = tokens.partition_point(|t| t.start < end);
    let hit = |i: usize| {
        doc.cue_match(i, cue).map(|(word, first)| Hit { word, start: tokens[first].start, end: tokens[i].end })
    };
    (first_inside.saturating_sub(before)..first_inside)
        .rev()
        .find_map(hit)
        .or_else(|| (first_after..(first_after + after).min(tokens.len())).find_map(hit))
}

/// Case-insensitive whole-word equality, allowing a trailing plural/possessive `s`
/// unless `exact`.
pub(crate) fn word_eq(token: &str, word: &str, exact: bool) -> bool {
    if eq_ignore_case(token, word) {
        return true;
    }
    if exact || token.len() < word.len() + 1 {
        return false;
    }
    let stem = token.strip_suffix("'s").or_else(|| token.strip_suffix("’s")).or_else(|| token.strip_suffix('s'));
    stem.is_some_and(|s| eq_ignore_case(s, word))
}

fn eq_ignore_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cues::{CARD_WORDS, LICENSE_WORDS, SSN_WORDS};
    use crate::test_support::with_document;

    fn hit(text: &str, target: &str, cue: Cue) -> Option<&'static str> {
        let start = text.find(target).unwrap();
        with_document(text, |doc| find(doc, start, start + target.len(), cue, 5, 3).map(|h| h.word))
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(hit("duplicate 123456", "123456", LICENSE_WORDS), None);
        assert_eq!(hit("lic 123456", "123456", LICENSE_WORDS), Some("lic"));
    }

    #[test]
    fn both_sides_phrases_and_plurals() {
        assert_eq!(hit("078051121 is my social security number", "078051121", SSN_WORDS), Some("social"));
        assert_eq!(hit("my SSNs: 078051121", "078051121", SSN_WORDS), Some("ssn"));
        assert_eq!(hit("social media 078051121", "078051121", SSN_WORDS), Some("social"));
        assert_eq!(hit("both cards 4111", "4111", CARD_WORDS), Some("card"));
    }

    #[test]
    fn window_is_bounded() {
        assert_eq!(hit("card one two three four five six 4111", "4111", CARD_WORDS), None);
        assert_eq!(hit("card one two three four 4111", "4111", CARD_WORDS), Some("card"));
    }
}
