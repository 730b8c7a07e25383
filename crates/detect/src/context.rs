//! Context words: a hotword in a window of tokens on either side of a candidate raises
//! (or, for negative hotwords, lowers) its score.
//!
//! Hotwords match whole tokens, case-insensitively, with an optional plural or
//! possessive `s` (Presidio matches substrings, so "lic" fires inside "duplicate").
//! A hotword containing spaces is a phrase of consecutive tokens. With [`find_with_parts`],
//! a token that joins words with an elision or a hyphen (`d'assurance`,
//! `Steuer-Identifikationsnummer`) also matches through its parts, since the tokeniser
//! keeps such words whole.

use crate::analyzer::{Document, phrase_entry};
use crate::cues::Cue;
use crate::text::{INNER_PUNCT, TokenKind};

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
    search(doc, start, end, cue, (before, after), false)
}

/// [`find`], also matching through the parts of words joined by an elision or a hyphen
/// ([`compound_match`]). Slower per token, so it is kept for the few candidates that
/// need it: checksummed identifiers, whose names are written that way in French and German.
pub(crate) fn find_with_parts(
    doc: &Document<'_>,
    start: usize,
    end: usize,
    cue: Cue,
    before: usize,
    after: usize,
) -> Option<Hit> {
    search(doc, start, end, cue, (before, after), true)
}

fn search(doc: &Document<'_>, start: usize, end: usize, cue: Cue, window: (usize, usize), parts: bool) -> Option<Hit> {
    // Most searches are for a list no word of the text belongs to. Parts of joined words
    // carry no cue bits of their own, so those searches always look.
    if !parts && doc.cues_present & cue.bit() == 0 {
        return None;
    }
    let tokens = doc.tokens;
    let first_inside = tokens.partition_point(|t| t.start < start);
    let first_after = tokens.partition_point(|t| t.start < end);
    let hit = |i: usize| hit_at(doc, i, cue, parts);
    (first_inside.saturating_sub(window.0)..first_inside)
        .rev()
        .find_map(hit)
        .or_else(|| (first_after..(first_after + window.1).min(tokens.len())).find_map(hit))
}

/// The entry of `cue` that ends at token `i`, as a hit; with `parts`, also through the
/// parts of a joined word ([`compound_match`]).
pub(crate) fn hit_at(doc: &Document<'_>, i: usize, cue: Cue, parts: bool) -> Option<Hit> {
    doc.cue_match(i, cue).or_else(|| if parts { compound_match(doc, i, cue) } else { None }).map(|(word, first)| Hit {
        word,
        start: doc.tokens[first].start,
        end: doc.tokens[i].end,
    })
}

/// A `cue` entry matched through the parts of a joined word: a single-word entry that is a
/// part of token `i` (`d'assurance`, `l'ATO`, `Steuer-Identifikationsnummer`), or a phrase
/// ending at `i` whose earlier words are written with an elided article
/// (`numéro d'assurance sociale`). Only tokens with an apostrophe or hyphen, or right after one, get past the
/// first tests.
fn compound_match(doc: &Document<'_>, i: usize, cue: Cue) -> Option<(&'static str, usize)> {
    let w = doc.word(i);
    // Only a word the tokeniser joined at an apostrophe or hyphen (its `INNER_PUNCT` flag)
    // has one; `’` is E2 80 99 in UTF-8, so a byte test tells which.
    let joined = |k: usize, hyphen: bool| {
        let t = doc.tokens[k];
        t.kind == TokenKind::Word
            && t.flags & INNER_PUNCT != 0
            && doc.word(k).bytes().any(|b| b == b'\'' || b == 0xE2 || hyphen && b == b'-')
    };
    if joined(i, true) {
        let rest = without_elision(w);
        if let Some(entry) = rest.split('-').find_map(|part| doc.gaz.cue_word(cue, part)) {
            return Some((entry, i));
        }
    }
    let elided_before = (i.saturating_sub(3)..i).any(|k| joined(k, false));
    if !elided_before || doc.info(i).cue_ends & cue.bit() == 0 {
        return None;
    }
    let (first, parts) = doc.phrase_ending(i, cue, without_elision, |g| g == " ")?;
    Some((phrase_entry(cue, parts), first))
}

/// A word without its elided article or preposition (`d'`, `l'`, `qu'`, `dell'`): `assurance`.
fn without_elision(w: &str) -> &str {
    let Some(p) = w.find(['\'', '’']) else {
        return w;
    };
    let sep = w[p..].chars().next().map_or(1, char::len_utf8);
    let rest = &w[p + sep..];
    if (1..=4).contains(&p) && w[..p].bytes().all(|c| c.is_ascii_alphabetic()) && rest.len() > 1 { rest } else { w }
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
    use crate::cues::{CARD_WORDS, DE_TAX_WORDS, LICENSE_WORDS, SIN_WORDS, SSN_WORDS, TFN_WORDS};
    use crate::test_support::with_document;

    fn hit(text: &str, target: &str, cue: Cue) -> Option<&'static str> {
        let start = text.find(target).unwrap();
        with_document(text, |doc| find_with_parts(doc, start, start + target.len(), cue, 5, 3).map(|h| h.word))
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
    fn elisions_and_hyphenated_compounds() {
        assert_eq!(
            hit("votre numéro d'assurance sociale: 286091582", "286091582", SIN_WORDS),
            Some("assurance sociale")
        );
        assert_eq!(hit("mon NAS: 286091582", "286091582", SIN_WORDS), Some("nas"));
        assert_eq!(hit("Ihre Steuer-Identifikationsnummer: 86095742719", "86095742719", DE_TAX_WORDS), Some("steuer"));
        assert_eq!(hit("l'ATO 123456782", "123456782", TFN_WORDS), Some("ato"));
        // An apostrophe that is not an elision, a hyphenated word without a cue part.
        assert_eq!(hit("it's 123456782", "123456782", TFN_WORDS), None);
        assert_eq!(hit("well-known 286091582", "286091582", SIN_WORDS), None);
        // Plain `find` does not look into parts.
        let text = "mon numéro d'assurance sociale: 286091582";
        let start = text.find("286091582").unwrap();
        assert!(with_document(text, |doc| find(doc, start, start + 9, SIN_WORDS, 5, 3)).is_none());
    }

    #[test]
    fn window_is_bounded() {
        assert_eq!(hit("card one two three four five six 4111", "4111", CARD_WORDS), None);
        assert_eq!(hit("card one two three four 4111", "4111", CARD_WORDS), Some("card"));
    }
}
