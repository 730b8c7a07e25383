//! Context words: a hotword in a window of tokens on either side of a candidate raises
//! (or, for negative hotwords, lowers) its score.
//!
//! Hotwords match whole tokens, case-insensitively, with an optional plural or
//! possessive `s` (Presidio matches substrings, so "lic" fires inside "duplicate").
//! A hotword containing spaces is a phrase of consecutive tokens.

use crate::text::Token;

/// A hotword found near a candidate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Hit {
    pub word: &'static str,
    pub start: usize,
    pub end: usize,
}

/// Searches up to `before` tokens before `start` and `after` tokens after `end` for any of
/// `words`; returns the hit nearest the candidate.
pub(crate) fn find(
    text: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    words: &[&'static str],
    before: usize,
    after: usize,
) -> Option<Hit> {
    let first_inside = tokens.partition_point(|t| t.start < start);
    let first_after = tokens.partition_point(|t| t.start < end);
    // Nearest first: walk outward on the left, then the right.
    let left = first_inside.saturating_sub(before)..first_inside;
    for i in left.rev() {
        if let Some(hit) = match_at(text, tokens, i, words) {
            return Some(hit);
        }
    }
    let right = first_after..(first_after + after).min(tokens.len());
    right.into_iter().find_map(|i| match_at(text, tokens, i, words))
}

/// Is one of `words` (or a phrase) starting at token `i`?
fn match_at(text: &str, tokens: &[Token], i: usize, words: &[&'static str]) -> Option<Hit> {
    let tok = tokens[i];
    let tok_text = tok.text(text);
    for &word in words {
        let mut parts = word.split(' ');
        let head = parts.next().unwrap_or("");
        if !word_eq(tok_text, head, word.contains(' ')) {
            continue;
        }
        let mut end = tok.end;
        let mut j = i;
        let mut all = true;
        for part in parts {
            j += 1;
            match tokens.get(j) {
                Some(t) if word_eq(t.text(text), part, false) && t.start - end <= 3 => end = t.end,
                _ => {
                    all = false;
                    break;
                }
            }
        }
        if all {
            return Some(Hit { word, start: tok.start, end });
        }
    }
    None
}

/// Case-insensitive whole-word equality, allowing a trailing plural/possessive `s`
/// (not inside a phrase's head, where `social` must not match `socials`).
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
    use crate::text::tokenize;

    fn hit(text: &str, target: &str, words: &[&'static str]) -> Option<&'static str> {
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let start = text.find(target).unwrap();
        find(text, &toks, start, start + target.len(), words, 5, 3).map(|h| h.word)
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(hit("duplicate 123456", "123456", &["lic"]), None);
        assert_eq!(hit("lic 123456", "123456", &["lic"]), Some("lic"));
    }

    #[test]
    fn both_sides_and_phrases() {
        assert_eq!(
            hit("078051121 is my social security number", "078051121", &["social security"]),
            Some("social security")
        );
        assert_eq!(hit("my SSNs: 078051121", "078051121", &["ssn"]), Some("ssn"));
        assert_eq!(hit("social media 078051121", "078051121", &["social security"]), None);
    }

    #[test]
    fn window_is_bounded() {
        assert_eq!(hit("card one two three four five six 4111", "4111", &["card"]), None);
        assert_eq!(hit("card one two three four 4111", "4111", &["card"]), Some("card"));
    }
}
