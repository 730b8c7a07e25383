//! Dates and times. Every numeric date must be calendar-valid under some reading
//! (so `2024-13-45` and version strings are not dates); a date followed by a time is one
//! span; a birth hotword before a date makes it `DATE_OF_BIRTH`.

use super::{DetectionExt, Recognizer, apply_context_window, candidate};
use crate::analyzer::Document;
use crate::cues::{BIRTH_WORDS, MONTHS, WEEKDAYS};
use crate::detection::Detection;
use crate::entity::{EntityType, Subtype};
use crate::gazetteer::MONTH;
use crate::text::{Token, TokenKind};

pub(crate) struct DateTime;

impl Recognizer for DateTime {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::DateTime]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        let text = doc.text;
        let toks = doc.tokens;
        let mut next = 0;
        for (i, t) in toks.iter().enumerate() {
            if t.start < next {
                continue;
            }
            let starts_with_digit = text.as_bytes()[t.start].is_ascii_digit();
            let found = if starts_with_digit {
                numeric_date(text, t.start)
                    .map(|(end, s)| (end, s, "numeric date"))
                    .or_else(|| day_month_year(doc, i).map(|(end, s)| (end, s, "day month year")))
                    .or_else(|| time(text, t.start).map(|(end, s)| (end, s, "clock time")))
            } else if t.kind == TokenKind::Word {
                month_day_year(doc, i).map(|(end, s)| (end, s, "month day year"))
            } else {
                None
            };
            let Some((mut end, score, pattern)) = found else {
                continue;
            };
            // A time right after a date belongs to the same span.
            if pattern != "clock time" {
                if let Some(e) = time_after(text, end) {
                    end = e;
                }
            }
            if !boundary_ok(text, t.start, end) {
                continue;
            }
            let start = weekday_before(doc, i).unwrap_or(t.start);
            next = end;
            let mut det =
                candidate(start, end, EntityType::DateTime, score, "date_time", pattern).validated("calendar");
            if pattern != "clock time" && apply_context_window(doc, &mut det, BIRTH_WORDS, 0.1, 6, 0) {
                det = det.subtype(Subtype::DateOfBirth);
            }
            out.push(det);
        }
    }
}

/// Not glued to other word characters or part of a longer dotted/dashed number.
fn boundary_ok(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let before_ok = start == 0
        || !(b[start - 1].is_ascii_alphanumeric()
            || matches!(b[start - 1], b'.' | b'/' | b'-' | b':') && start >= 2 && b[start - 2].is_ascii_digit());
    let after_ok = !b.get(end).is_some_and(|c| c.is_ascii_alphanumeric())
        && !(matches!(b.get(end), Some(b'.' | b'/' | b'-' | b':')) && b.get(end + 1).is_some_and(u8::is_ascii_digit));
    before_ok && after_ok
}

/// Reads up to `max` ASCII digits at `i`: (value, digit count).
fn digits_at(b: &[u8], i: usize, max: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut n = 0;
    while n < max && i + n < b.len() && b[i + n].is_ascii_digit() {
        v = v * 10 + u32::from(b[i + n] - b'0');
        n += 1;
    }
    if i + n < b.len() && b[i + n].is_ascii_digit() { (v, max + 1) } else { (v, n) }
}

fn days_in_month(month: u32, year: Option<u32>) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

fn valid_date(day: u32, month: u32, year: Option<u32>) -> bool {
    (1..=12).contains(&month) && day >= 1 && day <= days_in_month(month, year)
}

/// `2024-03-12`, `2024/3/12`, `12.03.2024`, `03/12/24`, `3-12-2024`.
fn numeric_date(text: &str, i: usize) -> Option<(usize, f32)> {
    let b = text.as_bytes();
    let (a, na) = digits_at(b, i, 4);
    let sep = *b.get(i + na)?;
    if !matches!(sep, b'-' | b'/' | b'.') || na > 4 {
        return None;
    }
    let (m, nm) = digits_at(b, i + na + 1, 2);
    if nm == 0 || nm > 2 || b.get(i + na + 1 + nm) != Some(&sep) {
        return None;
    }
    let k = i + na + 1 + nm + 1;
    let (c, nc) = digits_at(b, k, 4);
    let end = k + nc;
    if na == 4 {
        // Year first: month then day.
        return (nc <= 2 && nc > 0 && valid_date(c, m, Some(a)) && (1900..=2100).contains(&a)).then_some((end, 0.9));
    }
    if na > 2 || !(nc == 2 || nc == 4) {
        return None;
    }
    let year = if nc == 4 { c } else { 2000 + c };
    if nc == 4 && !(1900..=2100).contains(&c) {
        return None;
    }
    let day_first = valid_date(a, m, Some(year));
    let month_first = valid_date(m, a, Some(year));
    if !(day_first || month_first) {
        return None;
    }
    // `1.2.24` is as likely a version as a date.
    if sep == b'.' && nc == 2 && (na == 1 || nm == 1) {
        return None;
    }
    Some((end, if nc == 4 { 0.9 } else { 0.7 }))
}

/// `14:05`, `14:05:22`, `3:30 pm`, `3pm`, `9 a.m.`, `15h30`, with a zone or offset.
fn time(text: &str, i: usize) -> Option<(usize, f32)> {
    let b = text.as_bytes();
    let (h, nh) = digits_at(b, i, 2);
    if nh == 0 || nh > 2 || h > 24 {
        return None;
    }
    let mut end = i + nh;
    let mut score = 0.0;
    let mut minutes = false;
    if matches!(b.get(end), Some(b':')) || (b.get(end) == Some(&b'h') && b.get(end + 1).is_some_and(u8::is_ascii_digit))
    {
        let (m, nm) = digits_at(b, end + 1, 2);
        if nm != 2 || m > 59 {
            return None;
        }
        end += 3;
        minutes = true;
        score = 0.7;
        if b.get(end) == Some(&b':') {
            let (s, ns) = digits_at(b, end + 1, 2);
            if ns == 2 && s <= 60 {
                end += 3;
                score = 0.8;
                // Fractional seconds.
                if b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
                    end += 1;
                    while b.get(end).is_some_and(u8::is_ascii_digit) {
                        end += 1;
                    }
                }
            }
        }
    }
    if let Some(e) = meridiem(text, end) {
        if h == 0 || h > 12 {
            return None;
        }
        end = e;
        score = 0.85;
    } else if !minutes {
        return None;
    }
    Some((zone(text, end).unwrap_or(end), score))
}

/// `am`, ` pm`, `a.m.`, `P.M.` right after a time.
fn meridiem(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let trimmed = rest.strip_prefix(' ').unwrap_or(rest);
    let skipped = rest.len() - trimmed.len();
    for m in ["a.m.", "p.m.", "am", "pm"] {
        if trimmed.get(..m.len()).is_some_and(|head| head.eq_ignore_ascii_case(m)) {
            let after = trimmed.as_bytes().get(m.len());
            if !after.is_some_and(|c| c.is_ascii_alphanumeric()) {
                return Some(i + skipped + m.len());
            }
        }
    }
    None
}

/// `Z`, ` UTC`, ` GMT+1`, `+01:00`, ` CET`, ` EST` after a time.
fn zone(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    if b.get(i) == Some(&b'Z') && !b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
        return Some(i + 1);
    }
    if matches!(b.get(i), Some(b'+' | b'-')) {
        let (_, n) = digits_at(b, i + 1, 2);
        if n == 2 {
            let mut e = i + 3;
            if b.get(e) == Some(&b':') && digits_at(b, e + 1, 2).1 == 2 {
                e += 3;
            } else if digits_at(b, e, 2).1 == 2 {
                e += 2;
            }
            return Some(e);
        }
    }
    let rest = text.get(i..)?.strip_prefix(' ')?;
    let word_len = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    let zones = [
        "UTC", "GMT", "CET", "CEST", "BST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "IST", "AEST",
        "AEDT",
    ];
    if zones.contains(&&rest[..word_len]) && !rest.as_bytes().get(word_len).is_some_and(u8::is_ascii_alphabetic) {
        return Some(i + 1 + word_len);
    }
    None
}

/// A time after a date: `T14:05`, ` 14:05`, `, 3pm`, ` at 3:30 pm`, ` um 14:05`.
fn time_after(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    for joiner in ["T", " ", ", ", " at ", " @ ", " um ", " à ", " a las ", " alle ", " - "] {
        if let Some(after) = rest.strip_prefix(joiner) {
            if after.as_bytes().first().is_some_and(u8::is_ascii_digit) {
                if let Some((e, _)) = time(text, end + joiner.len()) {
                    return Some(e);
                }
            }
        }
    }
    None
}

/// The month number of token `i`, if it is a month name.
fn month_at(doc: &Document<'_>, i: usize) -> Option<u32> {
    if !doc.has(i, MONTH) {
        return None;
    }
    month_of(doc.word(i))
}

fn month_of(word: &str) -> Option<u32> {
    let w = word.strip_suffix('.').unwrap_or(word);
    MONTHS.iter().find(|(name, _)| w.len() == name.len() && eq_lower(w, name)).map(|&(_, m)| m)
}

fn eq_lower(a: &str, b: &str) -> bool {
    if a.is_ascii() { a.eq_ignore_ascii_case(b) } else { a.to_lowercase() == b }
}

/// A day number token (`3`, `03`, `3rd`, `21st`): its value.
fn day_of(tok: &Token, text: &str) -> Option<u32> {
    let s = tok.text(text);
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &s[digits.len()..];
    if digits.is_empty()
        || digits.len() > 2
        || !matches!(suffix.to_ascii_lowercase().as_str(), "" | "st" | "nd" | "rd" | "th" | "er" | "º")
    {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year_of(tok: &Token, text: &str) -> Option<u32> {
    if tok.kind != TokenKind::Number || !matches!(tok.len(), 2 | 4) {
        return None;
    }
    let y: u32 = tok.text(text).parse().ok()?;
    (tok.len() == 2 || (1900..=2100).contains(&y)).then_some(y)
}

/// Is the gap between two tokens one of the given separators?
fn gap_is(text: &str, a: &Token, b: &Token, seps: &[&str]) -> bool {
    seps.contains(&&text[a.end..b.start])
}

/// `March 3`, `March 3rd, 2024`, `Mar. 3 2024`, `March 2024`.
fn month_day_year(doc: &Document<'_>, i: usize) -> Option<(usize, f32)> {
    let text = doc.text;
    let toks = doc.tokens;
    let month_tok = toks[i];
    let month = month_at(doc, i)?;
    let next = toks.get(i + 1)?;
    // "may" and "march" are verbs too: only a number right after makes them a date.
    if let Some(day) = day_of(next, text).filter(|_| gap_is(text, &month_tok, next, &[" ", ". ", "-"])) {
        if !valid_date(day, month, None)
            || (next.len() == 2 && next.kind == TokenKind::Number && text[next.end..].starts_with(':'))
        {
            return None;
        }
        if let Some(y) = toks
            .get(i + 2)
            .filter(|y| gap_is(text, next, y, &[", ", " ", ","]))
            .and_then(|y| year_of(y, text).map(|v| (y, v)))
        {
            if y.0.len() == 4 {
                return Some((y.0.end, 0.9));
            }
        }
        // Lower-case "may 5" is usually the verb; other lower-case months are sms style.
        let score = match month_tok.text(text) {
            "may" | "mar" => 0.3,
            m if !m.starts_with(|c: char| c.is_uppercase()) => 0.6,
            _ => 0.8,
        };
        return Some((next.end, score));
    }
    let year = year_of(next, text).filter(|_| next.len() == 4 && gap_is(text, &month_tok, next, &[" ", ", "]))?;
    let _ = year;
    month_tok.is_capitalised().then_some((next.end, 0.6))
}

/// `3 March 2024`, `3rd of March`, `12. März 2024`, `le 3 mars`.
fn day_month_year(doc: &Document<'_>, i: usize) -> Option<(usize, f32)> {
    let text = doc.text;
    let toks = doc.tokens;
    let day_tok = toks[i];
    let day = day_of(&day_tok, text)?;
    let mut j = i + 1;
    let gap = &text[day_tok.end..toks.get(j)?.start];
    if !matches!(gap, " " | ". " | "-") {
        return None;
    }
    let w = toks.get(j)?.text(text);
    if w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("de") {
        j += 1;
    }
    let month_tok = *toks.get(j)?;
    let month = month_at(doc, j)?;
    if !valid_date(day, month, None) || month_tok.text(text) == "may" && day_tok.kind == TokenKind::Number {
        return None;
    }
    if let Some(y) = toks.get(j + 1).filter(|y| y.len() == 4 && gap_is(text, &month_tok, y, &[" ", ", ", "-"])) {
        if year_of(y, text).is_some() {
            return Some((y.end, 0.9));
        }
    }
    Some((month_tok.end, 0.8))
}

/// A weekday directly before the date at token `i` (`Tuesday, March 3`): its start.
fn weekday_before(doc: &Document<'_>, i: usize) -> Option<usize> {
    let p = i.checked_sub(1)?;
    (matches!(doc.gap(p, i), " " | ", " | ". ") && doc.is(p, WEEKDAYS)).then_some(doc.tokens[p].start)
}

#[cfg(test)]
mod tests {
    use crate::test_support::{found, found_subtypes};

    #[test]
    fn numeric_dates() {
        assert_eq!(found("on 2024-03-12 ok", "DATE_TIME"), vec!["2024-03-12"]);
        assert_eq!(found("on 12/03/2024 ok", "DATE_TIME"), vec!["12/03/2024"]);
        assert_eq!(found("am 12.03.2024 um 14:05 Uhr", "DATE_TIME"), vec!["12.03.2024 um 14:05"]);
        assert_eq!(found("log 2024-03-12T14:05:22.123Z GET", "DATE_TIME"), vec!["2024-03-12T14:05:22.123Z"]);
        assert_eq!(found("2024-13-45 and 31/02/2024", "DATE_TIME"), Vec::<&str>::new());
        assert_eq!(found("version 10.0.19045 and v2.3.1", "DATE_TIME"), Vec::<&str>::new());
    }

    #[test]
    fn textual_dates_and_times() {
        assert_eq!(found("Tuesday, March 3rd, 2024 works", "DATE_TIME"), vec!["Tuesday, March 3rd, 2024"]);
        assert_eq!(found("the 3rd of March please", "DATE_TIME"), vec!["3rd of March"]);
        assert_eq!(found("call at 3:30 pm or 9am", "DATE_TIME"), vec!["3:30 pm", "9am"]);
        assert_eq!(found("you may 5 times", "DATE_TIME"), Vec::<&str>::new());
        assert_eq!(found("I may call you", "DATE_TIME"), Vec::<&str>::new());
        assert_eq!(found("score was 3:2", "DATE_TIME"), Vec::<&str>::new());
    }

    #[test]
    fn birth_dates() {
        assert_eq!(found_subtypes("DOB: 04/07/1985", "DATE_TIME"), vec![("04/07/1985", Some("DATE_OF_BIRTH"))]);
        assert_eq!(
            found_subtypes("I was born on 4 July 1985.", "DATE_TIME"),
            vec![("4 July 1985", Some("DATE_OF_BIRTH"))]
        );
        assert_eq!(found_subtypes("delivered 04/07/2024", "DATE_TIME"), vec![("04/07/2024", None)]);
    }
}
