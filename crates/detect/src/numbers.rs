//! Digit clusters: runs of number tokens joined by the separators people type inside
//! phone, card and id numbers (`+1 (415) 555-2671`, `4111 1111 1111 1111`, `12.03.2024`).
//!
//! Numeric recognisers pick sub-ranges of a cluster, so one long run such as
//! `030 1234567 / 030 7654321` can still yield two phone numbers.

use std::ops::Range;

use crate::text::Token;

/// A maximal run of number tokens with short separators between them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Cluster {
    /// Token indices.
    pub toks: Range<usize>,
    /// Byte range, including a leading `+` or `(` when present.
    pub start: usize,
    pub end: usize,
}

/// Longest compact digit string any recogniser needs (IBAN-free; a 19-digit card plus slack).
pub(crate) const MAX_DIGITS: usize = 40;

/// Finds every cluster in `tokens` (which must come from `text`).
pub(crate) fn clusters(text: &str, tokens: &[Token], out: &mut Vec<Cluster>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].is_number() {
            i += 1;
            continue;
        }
        let first = i;
        while i + 1 < tokens.len() && tokens[i + 1].is_number() && joins(text, &tokens[i], &tokens[i + 1]) {
            i += 1;
        }
        let mut start = tokens[first].start;
        // A leading `+`, `(` or `(+` belongs to the number.
        while start > 0 && matches!(bytes[start - 1], b'+' | b'(') && tokens[first].start - start < 2 {
            start -= 1;
        }
        out.push(Cluster { toks: first..i + 1, start, end: tokens[i].end });
        i += 1;
    }
}

/// Can `a` and `b` be parts of one number? The gap must be short and made of separators.
fn joins(text: &str, a: &Token, b: &Token) -> bool {
    let gap = &text.as_bytes()[a.end..b.start];
    match gap {
        [b' ' | b'-' | b'.' | b'/' | b'(' | b')'] => true,
        // Thousands separators only join a following group of exactly three digits.
        [b','] => b.len() == 3,
        [x, y] => is_sep(*x) && is_sep(*y) && !(*x == b' ' && *y == b' '),
        [x, y, z] => {
            is_sep(*x) && is_sep(*y) && is_sep(*z) && gap.iter().filter(|&&c| c == b' ').count() <= 2 && *y != b' '
        }
        _ => false,
    }
}

#[inline]
fn is_sep(b: u8) -> bool {
    matches!(b, b' ' | b'-' | b'.' | b'/' | b'(' | b')')
}

/// The digits of a token range, with separators dropped.
#[derive(Clone, Copy)]
pub(crate) struct Digits {
    buf: [u8; MAX_DIGITS],
    len: usize,
}

impl Digits {
    /// Concatenates the digits of `tokens`; `None` when longer than [`MAX_DIGITS`].
    pub fn of(text: &str, tokens: &[Token]) -> Option<Digits> {
        let mut d = Digits { buf: [0; MAX_DIGITS], len: 0 };
        for t in tokens {
            let s = t.text(text).as_bytes();
            if d.len + s.len() > MAX_DIGITS {
                return None;
            }
            d.buf[d.len..d.len + s.len()].copy_from_slice(s);
            d.len += s.len();
        }
        Some(d)
    }

    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        // Only ASCII digits are ever copied in.
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }
}

/// The separator strings between consecutive tokens of a range.
pub(crate) fn separators<'t, 'k>(text: &'t str, tokens: &'k [Token]) -> impl Iterator<Item = &'t str> + use<'t, 'k> {
    tokens.windows(2).map(move |w| &text[w[0].end..w[1].start])
}

/// True when every separator in the range is the same string (a well-formed grouping).
pub(crate) fn uniform_separators(text: &str, tokens: &[Token]) -> bool {
    let mut seps = separators(text, tokens);
    match seps.next() {
        None => true,
        Some(first) => seps.all(|s| s == first),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn cluster_texts(text: &str) -> Vec<&str> {
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        let mut cl = Vec::new();
        clusters(text, &toks, &mut cl);
        cl.iter().map(|c| &text[c.start..c.end]).collect()
    }

    #[test]
    fn joins_common_number_shapes() {
        assert_eq!(cluster_texts("call +1 (415) 555-2671 now"), vec!["+1 (415) 555-2671"]);
        assert_eq!(cluster_texts("card 4111 1111 1111 1111."), vec!["4111 1111 1111 1111"]);
        assert_eq!(cluster_texts("on 12.03.2024, ok"), vec!["12.03.2024"]);
        assert_eq!(cluster_texts("$1,299.00"), vec!["1,299.00"]);
        assert_eq!(cluster_texts("tel 030 / 1234567"), vec!["030 / 1234567"]);
    }

    #[test]
    fn does_not_join_across_words_or_double_spaces() {
        assert_eq!(cluster_texts("1 and 2"), vec!["1", "2"]);
        assert_eq!(cluster_texts("12  34"), vec!["12", "34"]);
        assert_eq!(cluster_texts("1,2345"), vec!["1", "2345"]);
    }

    #[test]
    fn digits_are_compacted() {
        let text = "+44 (0)20 7946-0958";
        let mut toks = Vec::new();
        tokenize(text, &mut toks);
        assert_eq!(Digits::of(text, &toks).unwrap().as_str(), "4402079460958");
    }
}
