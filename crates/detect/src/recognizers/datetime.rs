//! Dates and times. Every numeric date must be calendar-valid under some reading
//! (so `2024-13-45` and version strings are not dates); a date followed by a time is one
//! span; a birth hotword before a date makes it `DATE_OF_BIRTH`.

use super::{DetectionExt, Recognizer, apply_context_window, candidate, is_one_of};
use crate::analyzer::Document;
use crate::cues::{BIRTH_WORDS, DATE_CUES, MONTHS, NUMBER_WORDS, VERSION_WORDS, WEEKDAY_ABBREVIATIONS, WEEKDAYS};
use crate::detection::Detection;
use crate::entity::{EntityType, Subtype};
use crate::gazetteer::{MONTH, STREET_BEFORE};
use crate::spoken;
use crate::text::{NON_ASCII, Token, TokenKind, ends_with_ignore_case, is_year};

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
                // (Only digits glued to a CJK or Hangul unit, or a year before `. `, can start one.)
                let east_asian = t.kind == TokenKind::Alnum && t.flags & NON_ASCII != 0
                    || t.len() == 4 && text[t.end..].starts_with(". ");
                east_asian
                    .then(|| east_asian_date(text, t.start))
                    .flatten()
                    .map(|(end, s)| (end, s, "East Asian date"))
                    .or_else(|| numeric_date(text, t.start).map(|(end, s)| (end, s, "numeric date")))
                    .or_else(|| log_date(text, t.start).map(|(end, s)| (end, s, "log timestamp")))
                    .or_else(|| logcat_date(text, t.start).map(|(end, s)| (end, s, "log timestamp")))
                    .or_else(|| day_month_year(doc, i).map(|(end, s)| (end, s, "day month year")))
                    .or_else(|| short_date(doc, i).map(|(end, s)| (end, s, "day/month")))
                    .or_else(|| month_year(text, t.start).map(|(end, s)| (end, s, "month/year")))
                    .or_else(|| time(text, t.start).map(|(end, s)| (end, s, "clock time")))
                    .or_else(|| ordinal_day_and_time(doc, i).map(|(end, s)| (end, s, "day and time")))
            } else if t.kind == TokenKind::Word
                && (doc.has(i, MONTH)
                    || doc.is(i, WEEKDAYS)
                    || matches!(t.len(), 4 | 6 | 8)
                    || doc.may_end_cue(i, NUMBER_WORDS.bit()))
            {
                // A month, a weekday, `noon` / `midday` / `midnight`, or a number word:
                // most words are none.
                let number_word = doc.may_end_cue(i, NUMBER_WORDS.bit());
                month_day_year(doc, i)
                    .map(|(end, s)| (end, s, "month day year"))
                    .or_else(|| weekday_date(doc, i).map(|(end, s)| (end, s, "weekday and day")))
                    .or_else(|| named_time(doc, i).map(|(end, s)| (end, s, "clock time")))
                    .or_else(|| {
                        (t.len() == 6)
                            .then(|| half_of_day_first(text, t.start))
                            .flatten()
                            .map(|(end, s)| (end, s, "clock time"))
                    })
                    .or_else(|| {
                        (number_word || doc.has(i, MONTH))
                            .then(|| spoken_date(doc, i))
                            .flatten()
                            .map(|(end, s)| (end, s, "date read out"))
                    })
                    .or_else(|| {
                        // `nine pm`; after `at` or `by`, an hour and its minutes (`at six
                        // fifteen`, `by ten thirty`).
                        let after_time_word = i > 0
                            && doc.gap(i - 1, i) == " "
                            && is_one_of(doc.word(i - 1), &["at", "by", "around", "about"]);
                        number_word
                            .then(|| {
                                spoken::time(doc, i, false).or_else(|| {
                                    after_time_word.then(|| spoken::time(doc, i, true)).flatten().filter(|&l| l > i)
                                })
                            })
                            .flatten()
                            .map(|last| (toks[last].end, 0.7, "clock time read out"))
                    })
                    .or_else(|| {
                        // `half nine`, `quarter to five`, `halb drei`: after a word that
                        // announces a time (`around`, `at`, `gegen`, `rond`).
                        (matches!(t.len(), 4 | 7)
                            && matches!(text.as_bytes()[t.start] | 0x20, b'h' | b'q')
                            && is_one_of(doc.word(i), &["half", "halb", "quarter"])
                            && clock_announced(doc, i))
                        .then(|| spoken::clock_phrase(doc, i))
                        .flatten()
                        .map(|last| (toks[last].end, 0.7, "clock time read out"))
                    })
            } else {
                None
            };
            let Some((mut end, score, pattern)) = found else {
                continue;
            };
            // `Version 2/2023`, `"ApiVersion":"2010-04-01"`: a release, not a month or a day.
            let version_named = |p: usize| ends_with_ignore_case(doc.word(p), "version");
            if i > 0
                && (pattern == "month/year" && doc.is(i - 1, VERSION_WORDS)
                    || pattern == "numeric date" && version_named(i - 1))
            {
                continue;
            }
            // `uptime: 3d 04:11:52`: the hours of a duration.
            if pattern == "clock time" && days_before(text, t.start) {
                continue;
            }
            // A time right after a date belongs to the same span, and so does the part of
            // the day after a time (`4:45 in the afternoon`).
            let mut timed = matches!(pattern, "clock time" | "day and time");
            if pattern != "clock time"
                && let Some(e) = time_after(text, end).or_else(|| time_after(text, weekday_after(doc, end)?))
            {
                end = e;
                timed = true;
            }
            if timed && let Some(e) = day_part_after(text, end) {
                end = e;
            }
            // `at 23:41 on 11/03`: a time, then the date it is on.
            if pattern == "clock time"
                && let Some(e) = date_after_time(doc, end)
            {
                end = e;
            }
            // (A span ending in a time may touch the end of its range: `5/16/24 9:00 AM-12:00 PM`.)
            if !boundary_ok(text, t.start, end, timed) {
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

/// Not glued to other word characters or part of a longer dotted/dashed number. A time
/// may touch another time with a dash (`7:00-9:00`).
fn boundary_ok(text: &str, start: usize, end: usize, time: bool) -> bool {
    let b = text.as_bytes();
    let joiners: &[u8] = if time { b"./:" } else { b"./-:" };
    // `02/20/2024-03/29/2024`: a range of two dates written with slashes or dots.
    let range_after = || !time && b.get(end) == Some(&b'-') && slashed_date(text, end + 1).is_some();
    let range_before = || {
        !time
            && b[start - 1] == b'-'
            && (start.saturating_sub(11)..start - 1).any(|s| slashed_date(text, s).is_some_and(|e| e == start - 1))
    };
    let before_ok = start == 0
        || !(b[start - 1].is_ascii_alphanumeric()
            || joiners.contains(&b[start - 1]) && start >= 2 && b[start - 2].is_ascii_digit() && !range_before());
    let after_ok = !b.get(end).is_some_and(|c| c.is_ascii_alphanumeric())
        && !(b.get(end).is_some_and(|c| joiners.contains(c))
            && b.get(end + 1).is_some_and(u8::is_ascii_digit)
            && !range_after());
    before_ok && after_ok
}

/// The end of a whole date written with slashes or dots at `i` (`03/29/2024`, `29.03.2024`).
fn slashed_date(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let slashed = b.get(i..i + 6).is_some_and(|w| w.iter().any(|&c| matches!(c, b'/' | b'.')));
    slashed.then(|| numeric_date(text, i)).flatten().map(|(end, _)| end).filter(|&e| e - i >= 8)
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
    // `29. 2. 2024`: Czech and Slovak write a space after each dot (day first, full year).
    let spaced = sep == b'.' && na <= 2 && b.get(i + na + 1) == Some(&b' ');
    let at_month = i + na + 1 + usize::from(spaced);
    let (m, nm) = digits_at(b, at_month, 2);
    if nm == 0 || nm > 2 || b.get(at_month + nm) != Some(&sep) {
        return None;
    }
    if spaced && b.get(at_month + nm + 1) != Some(&b' ') {
        return None;
    }
    let k = at_month + nm + 1 + usize::from(spaced);
    let (c, nc) = digits_at(b, k, 4);
    let end = k + nc;
    if spaced {
        return (nc == 4 && (1900..=2100).contains(&c) && valid_date(a, m, Some(c))).then_some((end, 0.85));
    }
    if na == 4 {
        // Year first: month then day. `2024.11.3` is a calendar version: a dotted date
        // pads its parts (`2024.11.03`).
        if sep == b'.' && (nm == 1 || nc == 1) {
            return None;
        }
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
    clock(text, i, false)
}

/// The half of the day Korean, Japanese and Chinese write before a clock time (`오후 11:02`,
/// `午前 9:30`).
const HALF_OF_DAY_FIRST: &[&str] = &["오전", "오후", "午前", "午後", "上午", "下午"];

/// `오후 11:02`, `午前 9:30`: a time after its half of the day, which starts at `at`.
fn half_of_day_first(text: &str, at: usize) -> Option<(usize, f32)> {
    // (Each is two characters of three bytes: one byte test rules out nearly every word.)
    if text.as_bytes().get(at).is_none_or(u8::is_ascii) {
        return None;
    }
    let end = at + HALF_OF_DAY_FIRST.iter().find(|h| text[at..].starts_with(*h))?.len();
    time(text, if text[end..].starts_with(' ') { end + 1 } else { end })
}

/// `2024年3月14日`, `3月9日` (Chinese, Japanese), `2024년 3월 14일` (Korean) and Korea's
/// dotted `2024. 3. 15.`, each with a time after it and its half of the day (`2024. 3. 15.
/// 오전 1:12`): the end and score. The digits are at `start`.
fn east_asian_date(text: &str, start: usize) -> Option<(usize, f32)> {
    let b = text.as_bytes();
    let number = |at: usize, max: usize| {
        let (v, n) = digits_at(b, at, max);
        (n > 0 && n <= max).then_some((v, at + n))
    };
    let unit = |at: usize, units: &[&str]| {
        let rest = &text[at..];
        units.iter().find(|u| rest.starts_with(*u)).map(|u| {
            let after = at + u.len();
            // (Korean puts a space between the parts.)
            if text[after..].starts_with(' ') { after + 1 } else { after }
        })
    };
    let (first, mut at) = number(start, 4)?;
    let year_first = at - start == 4;
    let dotted = year_first && text[at..].starts_with(". ");
    let (month, day_at) = if dotted {
        let (m, e) = number(at + 2, 2)?;
        (m, text[e..].starts_with(". ").then_some(e + 2)?)
    } else if year_first {
        at = unit(at, &["年", "년"])?;
        let (m, e) = number(at, 2)?;
        (m, unit(e, &["月", "월"])?)
    } else {
        (first, unit(at, &["月", "월"])?)
    };
    let (day, e) = number(day_at, 2)?;
    let end = if dotted {
        text[e..].starts_with('.').then_some(e + 1)?
    } else {
        e + ["日", "일"].iter().find(|u| text[e..].starts_with(*u))?.len()
    };
    if !((1..=12).contains(&month) && (1..=31).contains(&day)) {
        return None;
    }
    // A time after the date, its half of the day first or not (`2024. 3. 15. 오전 1:12`).
    let rest = text[end..].strip_prefix(' ').map_or(end, |_| end + 1);
    let timed = half_of_day_first(text, rest).or_else(|| (rest > end).then(|| time(text, rest)).flatten());
    Some((timed.map_or(end, |(e, _)| e), 0.85))
}

/// [`time`]; after a date (`after_date`), also an hour `00` (`2024-03-28 00:00:01,015`),
/// which alone is an elapsed time.
fn clock(text: &str, i: usize, after_date: bool) -> Option<(usize, f32)> {
    let b = text.as_bytes();
    let (h, nh) = digits_at(b, i, 2);
    if nh == 0 || nh > 2 || h > 24 {
        return None;
    }
    let mut end = i + nh;
    let mut score: f32 = 0.0;
    let mut minutes = false;
    let mut seconds = false;
    // `5.15pm`, `12.30 p.m.`: British minutes after a dot, only before am/pm (else a decimal).
    // (`14.30 Uhr`, `17.14 uur`: and before the hour's word in German and Dutch.)
    // (`alle 19.50`, `um 14.30`: and after a word that announces a clock time.)
    let clock_word_before = || {
        let before = text[..i].strip_suffix(' ').unwrap_or("");
        crate::text::ends_with_word(before, CLOCK_WORDS) || crate::text::ends_with_word(before, &["kl."])
    };
    // (`19/03/24 10.17 - Dewi: …`: and after a date, before the dash of a chat export's
    // sender.)
    let dotted = b.get(end) == Some(&b'.')
        && digits_at(b, end + 1, 2).1 == 2
        && (meridiem(text, end + 3).is_some()
            || HOUR_WORDS[..3].iter().any(|u| hour_word(text, end + 3, u).is_some())
            || clock_word_before()
            || after_date && b.get(end + 3..end + 6) == Some(b" - "));
    // `3 h 20`, `14 h 10`: French typography spaces the `h`.
    let spaced_h = h < 24 && b.get(end..end + 3) == Some(b" h ") && digits_at(b, end + 3, 3).1 == 2;
    if spaced_h {
        end += 2;
    }
    if matches!(b.get(end), Some(b':'))
        || dotted
        || (b.get(end) == Some(&b'h') && b.get(end + 1).is_some_and(u8::is_ascii_digit))
        // (`om 8u15`: Flemish writes a `u`, after the word that announces a time.)
        || (b.get(end) == Some(&b'u') && b.get(end + 1).is_some_and(u8::is_ascii_digit) && clock_word_before())
        || spaced_h
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
                seconds = true;
                // Fractional seconds; Python's logging writes milliseconds after a comma
                // (`11:04:12,551`), where three digits and no more tell them from a list.
                if b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
                    end += 1;
                    while b.get(end).is_some_and(u8::is_ascii_digit) {
                        end += 1;
                    }
                } else if b.get(end) == Some(&b',')
                    && digits_at(b, end + 1, 4).1 == 3
                    && !matches!(b.get(end + 4), Some(b'-' | b'/' | b'.'))
                {
                    // (Not the start of the next field: `08:14:22,114-2231908-4471021`.)
                    end += 4;
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
    } else if let Some(e) = (!minutes && h < 24).then(|| spaced_french_hour(text, i, end)).flatten() {
        end = e;
        score = score.max(0.75);
    } else if let Some(e) =
        // (`5 uur` is five hours as often as five o'clock: Dutch only with its minutes.)
        HOUR_WORDS
            .iter()
            .filter(|&&u| minutes || h < 24 && u != "uur")
            .find_map(|u| hour_word(text, end, u))
    {
        // `8 Uhr`, `14:30 Uhr`, `14h`; `24h` is a duration (`expires in 24h`).
        end = e;
        score = score.max(0.75);
    } else if !minutes {
        // `a las 6 de la mañana`, `à 1h da manhã`: a bare hour with its part of the day.
        // (Two byte tests first: most numbers are no hour.)
        let may_follow = b.get(end) == Some(&b' ') && matches!(b.get(end + 1), Some(b'd' | b'i' | b'a'));
        let part = (may_follow && (1..=12).contains(&h)).then(|| day_part_after(text, end)).flatten();
        return part.map(|e| (e, 0.7));
    } else if h == 0 && !after_date && text.as_bytes()[i] == b'0' && zone(text, end).is_none() {
        // `00:00:07`, `00:12`: an elapsed time in a call transcript, not a clock time.
        return None;
    }
    // An e-mail's `Date:` header writes the offset after a space (`09:14:33 +0100`); only
    // after seconds, where it cannot be the start of a phone number or an amount.
    // After a date, an offset with its colon may follow minutes too (`2024-07-19 16:42 -05:00`).
    let spaced_offset = || {
        ((seconds || after_date) && b.get(end) == Some(&b' ')).then(|| zone(text, end + 1)).flatten().filter(|&e| {
            (seconds && e == end + 6 || after_date && e == end + 7) && !b.get(e).is_some_and(u8::is_ascii_alphanumeric)
        })
    };
    // `21:00-07:00` is a range: a `-hh:mm` offset is glued only to a timestamp with
    // seconds or a date (`2024-03-14T13:05-07:00`).
    let range = !seconds && b.get(end) == Some(&b'-') && i > 0 && b[i - 1] != b'T';
    let glued = zone(text, end).filter(|&e| !(range && e == end + 6));
    Some((glued.or_else(spaced_offset).unwrap_or(end), score))
}

/// The words for `o'clock` after an hour: German and Dutch with a space, `h` glued.
const HOUR_WORDS: [&str; 4] = ["Uhr", "uur", "uhr", "h"];

/// `Uhr` (with a space) or `h` (glued) after an hour: the end of the word.
fn hour_word(text: &str, i: usize, unit: &str) -> Option<usize> {
    let rest = text.get(i..)?;
    let rest_after = if unit == "h" { rest.strip_prefix(unit)? } else { rest.strip_prefix(' ')?.strip_prefix(unit)? };
    let end = text.len() - rest_after.len();
    (!rest_after.starts_with(|c: char| c.is_alphanumeric())).then_some(end)
}

/// `entre 9 h et 18 h`, `à 15 h`: French typography spaces the `h` of a whole hour too.
/// Only after a word that announces a time, since `en 5 h` is a duration: the end of the
/// `h`.
fn spaced_french_hour(text: &str, start: usize, end: usize) -> Option<usize> {
    let rest = text.get(end..)?.strip_prefix(" h")?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let before = text[..start].strip_suffix(' ')?;
    crate::text::ends_with_word(before, &["à", "a", "entre", "et", "vers", "dès", "avant", "après", "jusqu'à", "ou"])
        .then_some(end + 2)
}

/// `am`, ` pm`, `a.m.`, `P.M.`, Spanish `p. m.` right after a time.
fn meridiem(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    let trimmed = rest.strip_prefix(' ').unwrap_or(rest);
    let skipped = rest.len() - trimmed.len();
    for m in ["a.m.", "p.m.", "a. m.", "p. m.", "am", "pm"] {
        if trimmed.get(..m.len()).is_some_and(|head| head.eq_ignore_ascii_case(m)) {
            let after = trimmed.as_bytes().get(m.len());
            if !after.is_some_and(|c| c.is_ascii_alphanumeric()) {
                return Some(i + skipped + m.len());
            }
        }
    }
    None
}

/// `Z`, `+01:00`, `-0500` glued to a time.
fn zone(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    if b.get(i) == Some(&b'Z') && !b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
        return Some(i + 1);
    }
    if matches!(b.get(i), Some(b'+' | b'-')) {
        // `+0000`, `+01:00`, `-05`.
        match digits_at(b, i + 1, 4).1 {
            4 => return Some(i + 5),
            2 if b.get(i + 3) == Some(&b':') && digits_at(b, i + 4, 2).1 == 2 => return Some(i + 6),
            2 => return Some(i + 3),
            _ => {}
        }
    }
    // A zone's name after a space (`14:05 UTC`) is left out: it says where the clock is,
    // not when, and names no one.
    None
}

/// Words that announce a clock time, so that a dotted number after them is one (`alle
/// 19.50`, `um 14.30`, `klo 18.04`) and a time after a date joins it (`9 Nisan saat 10:15`):
/// Italian, German, Dutch, Portuguese, Danish and Norwegian, Finnish, Estonian, Turkish, Greek,
/// Swahili (`saa 23:59`).
const CLOCK_WORDS: &[&str] =
    &["alle", "ore", "um", "om", "às", "kl", "gegen", "klo", "kell", "kella", "saat", "στις", "saa"];

/// Words between a date and its time (`on 3 March, at around 9:15`), besides [`CLOCK_WORDS`].
const TIME_LINKS: &[&str] = &[
    "at",
    "around",
    "about",
    "approx",
    "approximately",
    "just",
    "after",
    "before",
    "by",
    "sometime",
    "a",
    "las",
    "la",
    "ab",
    "à",
    "vers",
    "pelas",
    "pela",
    "godz",
    // Polish, Czech and Slovak `at` (`15.03.2024 o 14:10`, `v 9:30`).
    "o",
    "v",
    "from",
    "ca",
    "circa",
    // Spanish `about` (`el 3 de marzo como a las 11`).
    "como",
];

/// A time after a date: `T14:05`, ` 14:05`, `, 3pm`, ` at 3:30 pm`, ` um 14:05`.
fn time_after(text: &str, end: usize) -> Option<usize> {
    let rest = &text[end..];
    // Hungarian closes a year-first date with a dot (`2024.04.08. 10:27`).
    let hungarian = || {
        let b = &text.as_bytes()[end.saturating_sub(10)..end];
        b.len() == 10 && b[4] == b'.' && b[7] == b'.' && b.iter().filter(|c| c.is_ascii_digit()).count() == 8
    };
    for joiner in ["T", " ", ", ", " @ ", " - ", ". "] {
        if joiner == ". " && !hungarian() {
            continue;
        }
        let Some(mut after) = rest.strip_prefix(joiner) else { continue };
        // `, at around 9:15`, `just after 3pm`, `como a las 11`, `um 14:05`: up to three
        // linking words.
        if matches!(joiner, " " | ", ") {
            for _ in 0..3 {
                let word_len = after.find(|c: char| !c.is_lowercase()).unwrap_or(after.len());
                // (`kl. 13:00`, `godz. 10:00`: an abbreviated link keeps its dot.)
                let rest = after.get(word_len..).map(|r| r.strip_prefix('.').unwrap_or(r));
                match rest.and_then(|r| r.strip_prefix(' ')) {
                    Some(r)
                        if TIME_LINKS.contains(&&after[..word_len]) || CLOCK_WORDS.contains(&&after[..word_len]) =>
                    {
                        after = r
                    }
                    _ => break,
                }
            }
        }
        let at = text.len() - after.len();
        if after.as_bytes().first().is_some_and(u8::is_ascii_digit)
            && let Some((e, _)) = clock(text, at, true)
        {
            return Some(ctime_year(text, e).unwrap_or(e));
        }
    }
    None
}

/// `5 Mart 2024 Salı 11:32`, `12 March 2024, Tuesday 9am`: a weekday written between a
/// date ending at byte `end` and its time; the weekday's end.
fn weekday_after(doc: &Document<'_>, end: usize) -> Option<usize> {
    let k = doc.tokens.partition_point(|t| t.start < end);
    let t = doc.tokens.get(k)?;
    (matches!(&doc.text[end..t.start], " " | ", ") && doc.is(k, WEEKDAYS)).then_some(t.end)
}

/// `Tue Mar 26 18:04:51 2024 +0000` (C's `ctime`, `git log`): the year after the time at
/// `end`, and the offset after it; the end of both.
fn ctime_year(text: &str, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let year = text.get(end + 1..end + 5).filter(|y| b[end] == b' ' && is_year(y))?;
    let after = end + 1 + year.len();
    if b.get(after).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let offset = (b.get(after) == Some(&b' ')).then(|| zone(text, after + 1)).flatten();
    Some(offset.filter(|&e| !b.get(e).is_some_and(u8::is_ascii_alphanumeric)).unwrap_or(after))
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
    // Lower-cased once (on the stack when ASCII), then compared with each name as bytes.
    let find = |lower: &[u8]| MONTHS.iter().find(|(name, _)| name.as_bytes() == lower).map(|&(_, m)| m);
    if w.is_ascii() && w.len() <= 12 {
        let mut buf = [0u8; 12];
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        find(lower)
    } else if w.len() <= 24 {
        find(w.to_lowercase().as_bytes())
    } else {
        None
    }
}

/// `set`, Portuguese and Italian for September (`4 de set. de 2024`, `3 set 2024`), is an
/// English word too: it is a month only with a day before it and a year after.
fn is_set(month: &str) -> bool {
    month.eq_ignore_ascii_case("set")
}

/// A day number token (`3`, `03`, `3rd`, `21st`): its value.
fn day_of(tok: &Token, text: &str) -> Option<u32> {
    let s = tok.text(text);
    let digits = s.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &s[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !is_one_of(suffix, &["", "st", "nd", "rd", "th", "er", "º"]) {
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
        // `mar 3 set 2024`: a weekday's short form before a day and its month.
        if day_month_year(doc, i + 1).is_some() {
            return None;
        }
        if !valid_date(day, month, None)
            || (next.len() == 2 && next.kind == TokenKind::Number && text[next.end..].starts_with(':'))
        {
            return None;
        }
        if let Some(y) = toks
            .get(i + 2)
            .filter(|y| gap_is(text, next, y, &[", ", " ", ","]))
            .and_then(|y| year_of(y, text).map(|v| (y, v)))
            && y.0.len() == 4
        {
            return Some((y.0.end, 0.9));
        }
        if is_set(month_tok.text(text)) {
            return None;
        }
        // Lower-case "may 5" is usually the verb; other lower-case months are sms style.
        let score = match month_tok.text(text) {
            "may" | "mar" => 0.3,
            m if !m.starts_with(|c: char| c.is_uppercase()) => 0.6,
            _ => 0.8,
        };
        return Some((next.end, score));
    }
    // `March 2025`; and in the languages that write months in lower case, `mars 2025`,
    // `enero de 2025` (not `may`, the verb).
    let year = year_after_month(doc, i, &[" ", ", "])?;
    let lower_ok = !matches!(month_tok.text(text), "may" | "mar" | "set");
    (month_tok.is_capitalised() && !is_set(month_tok.text(text)) || lower_ok).then_some((year.end, 0.6))
}

/// The four-digit year after the month at token `j`, right after it with one of `gaps`
/// (`March 2024`, `March, 2024`) or after `de` (`marzo de 2024`, `junho de 2024`).
fn year_after_month<'d>(doc: &'d Document<'_>, j: usize, gaps: &[&str]) -> Option<&'d Token> {
    let (text, toks) = (doc.text, doc.tokens);
    let month = &toks[j];
    let four_digits = |y: &Token| y.len() == 4 && year_of(y, text).is_some();
    // `3. Sept. 2024`, `7 sep. 2024`, `4 de set. de 2024`: an abbreviation keeps its dot.
    let abbreviated = month.len() <= 4 && text[month.end..].starts_with(". ");
    let after_month = |y: &Token| gap_is(text, month, y, gaps) || abbreviated && gap_is(text, month, y, &[". "]);
    if let Some(y) = toks.get(j + 1).filter(|y| after_month(y) && four_digits(y)) {
        return Some(y);
    }
    let (de, y) = (toks.get(j + 1)?, toks.get(j + 2)?);
    (de.text(text).eq_ignore_ascii_case("de")
        && (gap_is(text, month, de, &[" "]) || abbreviated)
        && gap_is(text, de, y, &[" "])
        && four_digits(y))
    .then_some(y)
}

/// `3 March 2024`, `3rd of March`, `12. März 2024`, `le 3 mars`.
fn day_month_year(doc: &Document<'_>, i: usize) -> Option<(usize, f32)> {
    let text = doc.text;
    let toks = doc.tokens;
    let day_tok = toks[i];
    let day = day_of(&day_tok, text)?;
    let mut j = i + 1;
    let gap = &text[day_tok.end..toks.get(j)?.start];
    // (`1° novembre`: an Italian first of the month, written with a degree sign.)
    if !matches!(gap, " " | ". " | "-" | "° ") {
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
    // `3 March 2024`, `12 de marzo de 2024`, `5 de junho de 2024`.
    if let Some(y) = year_after_month(doc, j, &[" ", ", ", "-"]) {
        return Some((y.end, 0.9));
    }
    // `Av. 18 de Julio 1453`, `Rua 25 de Março`: a street named after a day.
    let street_type_before = i > 0
        && toks[i - 1].is_capitalised()
        && doc.has(i - 1, STREET_BEFORE)
        && matches!(doc.gap(i - 1, i), " " | ". ");
    (!is_set(month_tok.text(text)) && !street_type_before).then_some((month_tok.end, 0.8))
}

/// `11/Mar/2024:08:41:12 +0000` (web server logs).
fn log_date(text: &str, i: usize) -> Option<(usize, f32)> {
    let b = text.as_bytes();
    let (d, nd) = digits_at(b, i, 2);
    if nd == 0 || nd > 2 || b.get(i + nd) != Some(&b'/') {
        return None;
    }
    let m = text.get(i + nd + 1..i + nd + 4)?;
    let month = month_of(m)?;
    if b.get(i + nd + 4) != Some(&b'/') || !valid_date(d, month, None) {
        return None;
    }
    let (_, ny) = digits_at(b, i + nd + 5, 4);
    if ny != 4 {
        return None;
    }
    let mut end = i + nd + 9;
    if b.get(end) == Some(&b':')
        && let Some((e, _)) = time(text, end + 1)
    {
        end = e;
    }
    if text[end..].starts_with(" +") || text[end..].starts_with(" -") {
        end = zone(text, end + 1).unwrap_or(end);
    }
    Some((end, 0.85))
}

/// `05-29 11:42:17.903`: Android's log writes the month and day with a dash, then a clock
/// time with seconds.
fn logcat_date(text: &str, i: usize) -> Option<(usize, f32)> {
    let b = text.as_bytes();
    let (m, nm) = digits_at(b, i, 2);
    let (d, nd) = digits_at(b, i + 3, 2);
    if nm != 2 || nd != 2 || b.get(i + 2) != Some(&b'-') || b.get(i + 5) != Some(&b' ') || !valid_date(d, m, None) {
        return None;
    }
    let (end, _) = time(text, i + 6)?;
    // Seconds at least: `05-29 11:42` could be a score and a time.
    (end >= i + 14 && b[i + 11] == b':').then_some((end, 0.85))
}

/// Does a number of days come right before byte `i` (`3d `, `2 days `, `1 day, `)?
fn days_before(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', ',']);
    let unit = ["d", "days", "day"].iter().find_map(|u| before.strip_suffix(u));
    unit.is_some_and(|rest| rest.trim_end().ends_with(|c: char| c.is_ascii_digit()))
}

/// `in the afternoon`, `at night` after a time ending at byte `end`: where the words end.
fn day_part_after(text: &str, end: usize) -> Option<usize> {
    const PARTS: &[&str] = &[
        " in the morning",
        " in the afternoon",
        " in the evening",
        " at night",
        " de la mañana",
        " de la tarde",
        " de la noche",
        " de la madrugada",
        " del mediodía",
        " da manhã",
        " da madrugada",
        " da tarde",
        " da noite",
        " del mattino",
        " di mattina",
        " di sera",
        " du matin",
        " du soir",
    ];
    let rest = text.get(end..)?;
    let b = text.as_bytes();
    PARTS.iter().find_map(|p| {
        let after = end + p.len();
        let matches = rest.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p));
        (matches && !b.get(after).is_some_and(u8::is_ascii_alphanumeric)).then_some(after)
    })
}

/// `24th at 8:30`, `the 3rd, 10am`: an ordinal day with its time.
fn ordinal_day_and_time(doc: &Document<'_>, i: usize) -> Option<(usize, f32)> {
    let t = &doc.tokens[i];
    if t.kind != TokenKind::Alnum || t.len() > 4 {
        return None;
    }
    day_of(t, doc.text)?;
    time_after(doc.text, t.end).map(|end| (end, 0.7))
}

/// `3/12`, `21/03`, `16.03.` without a year: only with a word that announces a date
/// (`on 3/12`, `by 21/03`, a weekday), since `3/4` is also a fraction.
fn short_date(doc: &Document<'_>, i: usize) -> Option<(usize, f32)> {
    let text = doc.text;
    let toks = doc.tokens;
    let (mut end, _) = short_date_bare(doc, i)?;
    // `on 12/24 and 12/25`: the second of two, after an announced first.
    let listed = || {
        i >= 3
            && doc.gap(i - 1, i) == " "
            && is_one_of(doc.word(i - 1), &["and", "or"])
            && doc.gap(i - 2, i - 1) == " "
            && short_date_bare(doc, i - 3).is_some_and(|(e, _)| e == toks[i - 2].end)
            && announced(doc, i - 3)
    };
    if doc.gap(i, i + 1) == "." && text[end..].starts_with('.') {
        end += 1;
    }
    // `15/04 07:58`, `6/21 3:12 PM`, `5/17 at 10:00 AM`: a clock time right after it says
    // it is a date.
    let timed = || time_after(text, end).is_some();
    (announced(doc, i) || timed() || listed()).then_some((end, 0.65))
}

/// Does a word that announces a date (`on`, `by`, a weekday) come right before token `i`,
/// or before a `to` right before it (`retro to 9/1`)?
fn announced(doc: &Document<'_>, i: usize) -> bool {
    let cue = |p: usize| doc.is(p, DATE_CUES) || doc.is(p, WEEKDAYS);
    i.checked_sub(1).is_some_and(|p| {
        doc.gap(p, i) == " "
            && (cue(p) || p > 0 && doc.word(p).eq_ignore_ascii_case("to") && doc.gap(p - 1, p) == " " && cue(p - 1))
    })
}

/// `08/2031`, `3/2027`: a month and a four-digit year.
fn month_year(text: &str, i: usize) -> Option<(usize, f32)> {
    let b = text.as_bytes();
    let (m, nm) = digits_at(b, i, 2);
    if nm == 0 || nm > 2 || !(1..=12).contains(&m) || !matches!(b.get(i + nm), Some(b'/' | b'-')) {
        return None;
    }
    let (y, ny) = digits_at(b, i + nm + 1, 4);
    (ny == 4 && (1900..=2100).contains(&y)).then_some((i + nm + 1 + ny, 0.55))
}

/// `Saturday the 9th`, `Thu 21/03`, `samedi 16/03`, `Monday 9am`: a weekday with a day
/// number or a time.
fn weekday_date(doc: &Document<'_>, i: usize) -> Option<(usize, f32)> {
    if !doc.is(i, WEEKDAYS) || ends_day_range(doc, i) {
        return None;
    }
    let toks = doc.tokens;
    let text = doc.text;
    let n = i + 1;
    let next = toks.get(n)?;
    if doc.gap(i, n) != " " {
        return None;
    }
    // `Saturday the 9th`, `Saturday 23rd`: an ordinal day (a bare number may count things).
    let ordinal_day = |k: usize| toks.get(k).filter(|d| d.kind == TokenKind::Alnum && day_of(d, text).is_some());
    if doc.word(n).eq_ignore_ascii_case("the") && doc.gap(n, n + 1) == " " {
        return ordinal_day(n + 1).map(|day| (day.end, 0.75));
    }
    if let Some(day) = ordinal_day(n).filter(|_| day_month_year(doc, n).is_none()) {
        return Some((day.end, 0.75));
    }
    if next.is_number() {
        if let Some((end, _)) = short_date_bare(doc, n) {
            return Some((end, 0.75));
        }
        if let Some((end, _)) = time(text, next.start) {
            return Some((end, 0.75));
        }
    }
    None
}

/// A day/month pair at token `i` without the announcing word: used after a weekday, and
/// by [`short_date`] before it looks for that word.
fn short_date_bare(doc: &Document<'_>, i: usize) -> Option<(usize, f32)> {
    let text = doc.text;
    let toks = doc.tokens;
    let (a, b) = (toks[i], *toks.get(i + 1)?);
    // The shape before the numbers are parsed: most numbers are no date.
    if !matches!(&text[a.end..b.start], "/" | ".") || a.len() > 2 || b.len() > 2 || !b.is_number() {
        return None;
    }
    let (x, y): (u32, u32) = (a.text(text).parse().ok()?, b.text(text).parse().ok()?);
    (valid_date(x, y, None) || valid_date(y, x, None)).then_some((b.end, 0.7))
}

/// A date read out in English words, as speech-to-text writes it: `march third nineteen
/// fifty four`, `the twenty second of march`, `january twenty ninth`, with its year and a
/// time after `at` (`fourth of march at ten am`, `april second at ten fifteen`).
fn spoken_date(doc: &Document<'_>, i: usize) -> Option<(usize, f32)> {
    let toks = doc.tokens;
    let spaced = |k: usize| spoken::spaced(doc, k);
    let word_is = |k: usize, w: &str| k < toks.len() && doc.word(k).eq_ignore_ascii_case(w);
    let (month_tok, mut last) = if month_at(doc, i).is_some() {
        // `march third`, `march the third`
        let k = if spaced(i) && word_is(i + 1, "the") && spaced(i + 1) { i + 2 } else { i + 1 };
        let (day, last) = spaced(i).then(|| spoken::ordinal_day(doc, k)).flatten()?;
        (valid_date(day, month_at(doc, i)?, None)).then_some((i, last))?
    } else {
        // `twenty second of march`, `fifteenth june`
        let (day, day_last) = spoken::ordinal_day(doc, i)?;
        let k = if spaced(day_last) && word_is(day_last + 1, "of") { day_last + 2 } else { day_last + 1 };
        let month = (spaced(k - 1) && k < toks.len()).then(|| month_at(doc, k)).flatten()?;
        valid_date(day, month, None).then_some((k, k))?
    };
    // `may first` is more often `you may first …` than a date, unless a year follows (`the
    // ninth of may`, `twelfth may`: after its day, `may` is the month).
    let verb = month_tok == i && matches!(doc.word(month_tok), "may" | "mar");
    let year = spaced(last).then(|| spoken::year(doc, last + 1, true)).flatten().or_else(|| {
        toks.get(last + 1)
            .filter(|y| matches!(doc.gap(last, last + 1), " " | ", ") && y.len() == 4)
            .and_then(|y| year_of(y, doc.text).map(|_| last + 1))
    });
    if verb && year.is_none() {
        return None;
    }
    last = year.unwrap_or(last);
    // `… at ten am`, `… at about half past two`.
    if spaced(last) && word_is(last + 1, "at") && spaced(last + 1) {
        let k = if (word_is(last + 2, "about") || word_is(last + 2, "around")) && spaced(last + 2) {
            last + 3
        } else {
            last + 2
        };
        last = spoken::time(doc, k, true).or_else(|| spoken::clock_phrase(doc, k)).unwrap_or(last);
    }
    Some((toks[last].end, 0.8))
}

/// Does a word that announces a time come right before token `i` (`around half nine`,
/// `at quarter to five`, `gegen halb drei`, `rond half vier`, `om half acht`)?
fn clock_announced(doc: &Document<'_>, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        doc.gap(p, i) == " "
            && is_one_of(
                doc.word(p),
                &[
                    "at", "around", "about", "by", "until", "till", "from", "gegen", "um", "ab", "bis", "rond", "om",
                    "tot", "vanaf",
                ],
            )
    })
}

/// `noon`, `midnight` after a word that announces a time (`at noon`, `until midnight`).
fn named_time(doc: &Document<'_>, i: usize) -> Option<(usize, f32)> {
    let w = doc.word(i);
    if !(w.eq_ignore_ascii_case("noon") || w.eq_ignore_ascii_case("midnight") || w.eq_ignore_ascii_case("midday")) {
        return None;
    }
    let p = i.checked_sub(1)?;
    (doc.gap(p, i) == " " && (doc.is(p, DATE_CUES) || doc.word(p).eq_ignore_ascii_case("and")))
        .then_some((doc.tokens[i].end, 0.6))
}

/// A weekday directly before the date at token `i` (`Tuesday, March 3`, `Di., 3. Sept.`,
/// `za 7 sep. 2024`): its start. A short form that is also a word (`do`, `so`, `mar`)
/// counts when capitalised or closed by a dot or a comma; in lower case before a space
/// only those that are no English word do.
fn weekday_before(doc: &Document<'_>, i: usize) -> Option<usize> {
    let p = i.checked_sub(1)?;
    let gap = doc.gap(p, i);
    if !matches!(gap, " " | ", " | ". " | "., ") {
        return None;
    }
    let abbreviation = || {
        doc.is(p, WEEKDAY_ABBREVIATIONS)
            && (doc.tokens[p].is_capitalised()
                || gap != " "
                || !is_one_of(doc.word(p), &["do", "ma", "mo", "mi", "so", "sa", "sex"]))
    };
    ((doc.is(p, WEEKDAYS) || abbreviation()) && !ends_day_range(doc, p)).then_some(doc.tokens[p].start)
}

/// Does the weekday at token `p` end a range of days (`Mon–Fri 8 a.m. to 8 p.m.`)? Then
/// the time after it is the opening hours', not that day's.
fn ends_day_range(doc: &Document<'_>, p: usize) -> bool {
    p > 0
        && matches!(doc.gap(p - 1, p), "-" | "–" | " - " | " – ")
        && (doc.is(p - 1, WEEKDAYS) || doc.is(p - 1, WEEKDAY_ABBREVIATIONS))
}

/// ` on 11/03`, ` on 12.03.2024` after a time ending at byte `end`: the date it is on. Its end.
fn date_after_time(doc: &Document<'_>, end: usize) -> Option<usize> {
    let text = doc.text;
    let at = end + text.get(end..)?.strip_prefix(" on ").map(|_| 4)?;
    if let Some((e, _)) = numeric_date(text, at) {
        return Some(e);
    }
    // A day and month without a year (not the start of a longer number), in figures or
    // words (`16:40 on 11 March`), or the day alone (`1:35pm on the 18th`).
    let k = doc.tokens.partition_point(|t| t.start < at);
    if text[at..].starts_with("the ")
        && let Some(day) = doc.tokens.get(k + 1).filter(|d| d.kind == TokenKind::Alnum && day_of(d, text).is_some())
    {
        return Some(day.end);
    }
    let number = doc.tokens.get(k).filter(|t| t.start == at && t.is_number());
    if let Some((e, _)) = number.and_then(|_| day_month_year(doc, k)) {
        return Some(e);
    }
    let (e, _) = number.and_then(|_| short_date_bare(doc, k))?;
    let b = text.as_bytes();
    let glued = b.get(e).is_some_and(|c| {
        c.is_ascii_alphanumeric() || matches!(c, b'/' | b'.') && b.get(e + 1).is_some_and(u8::is_ascii_digit)
    });
    (!glued).then_some(e)
}

#[cfg(test)]
mod tests {
    use crate::test_support::{found, found_subtypes};

    #[test]
    fn a_dotted_time_after_a_date_in_a_chat_export() {
        assert_eq!(found("19/03/24 10.17 - Dewi CS Bazaro: Baik kak", "DATE_TIME"), ["19/03/24 10.17"]);
        // Alone, a dotted number is a decimal.
        assert!(found("the gas price went from 8.91 to 14.20", "DATE_TIME").is_empty());
    }

    #[test]
    fn french_whole_hours_with_a_spaced_h() {
        assert_eq!(found("me joindre entre 9 h et 18 h, ou par mail", "DATE_TIME"), ["9 h", "18 h"]);
        assert_eq!(found("le 14 mars à 8 h du matin", "DATE_TIME"), ["14 mars à 8 h du matin"]);
        // Hours of a duration are no time.
        assert!(found("le trajet prend 5 h en voiture", "DATE_TIME").is_empty());
    }

    #[test]
    fn abbreviated_weekdays_and_months_of_other_languages() {
        assert_eq!(found("Datum: Di., 3. Sept. 2024 um 10:15", "DATE_TIME"), ["Di., 3. Sept. 2024 um 10:15"]);
        assert_eq!(found("Datum: za 7 sep. 2024 om 11:32", "DATE_TIME"), ["za 7 sep. 2024 om 11:32"]);
        assert_eq!(found("Data: qua., 4 de set. de 2024 às 09:41", "DATE_TIME"), ["qua., 4 de set. de 2024 às 09:41"]);
        assert_eq!(found("Il giorno mar 3 set 2024 alle ore 22:40", "DATE_TIME"), ["mar 3 set 2024 alle ore 22:40"]);
        assert_eq!(found("Geplande vertrektijd: 17.14 uur", "DATE_TIME"), ["17.14 uur"]);
        assert_eq!(found("Mijn vlucht had 5 uur vertraging", "DATE_TIME"), Vec::<&str>::new());
        // Words that are weekdays' short forms elsewhere, and `set` without a year.
        assert_eq!(found("can you do 3 March?", "DATE_TIME"), ["3 March"]);
        assert_eq!(found("I have 3 set aside and Set 2 is done", "DATE_TIME"), Vec::<&str>::new());
    }

    #[test]
    fn dates_and_times_read_out_after_their_day_or_a_preposition() {
        let d = |t| found(t, "DATE_TIME");
        assert_eq!(d("the inr result from the ninth of may wasn't back"), ["ninth of may"]);
        assert_eq!(d("my seller account is on hold since twelfth may"), ["twelfth may"]);
        assert_eq!(
            d("cards of r1000 each on the seventh of june at about half past two"),
            ["seventh of june at about half past two"]
        );
        assert_eq!(d("the driver will be with him by ten thirty tomorrow"), ["ten thirty"]);
        assert_eq!(d("someone tried to log in this morning at six fifteen from vietnam"), ["six fifteen"]);
        assert!(d("we need at six people and i may first check").is_empty());
    }

    #[test]
    fn short_dates_with_their_times_and_ranges() {
        let d = |t| found(t, "DATE_TIME");
        assert_eq!(d("Re-delivery booked 5/16/24 9:00 AM-12:00 PM, same driver."), ["5/16/24 9:00 AM", "12:00 PM"]);
        assert_eq!(d("Next: ACH batch runs 5/17 at 10:00 AM CT."), ["5/17 at 10:00 AM"]);
        assert_eq!(d("bleibt bis zum 30.06. aktiv?"), ["30.06."]);
        assert_eq!(d("el billete Madrid-Sevilla del 28/06, me sale error"), ["28/06"]);
        // The next CSV field is no milliseconds; a version is no month.
        assert_eq!(d("DSP-1,2024-06-01 08:14:22,114-2231908-4471021,x"), ["2024-06-01 08:14:22"]);
        assert_eq!(d("2024-06-01 11:04:12,551 INFO start"), ["2024-06-01 11:04:12,551"]);
        assert!(d("Formular FSA-03, Version 2/2023).").is_empty());
        assert!(d(r#""Price":"-0.07520","ApiVersion":"2010-04-01"}"#).is_empty());
        assert_eq!(d("releases 2024-06-08 03:12 UTC"), ["2024-06-08 03:12"]);
        // After a date, the hour 00 is a clock time, not an elapsed one.
        assert_eq!(d("[2024-03-28 00:00:01,015] ERROR x"), ["2024-03-28 00:00:01,015"]);
        assert_eq!(d("call took 00:00:31, fine"), Vec::<&str>::new());
        // An offset after a date's minutes, and C's ctime layout (`git log`).
        assert_eq!(d("Created: 2024-07-19 16:42 -05:00 by x"), ["2024-07-19 16:42 -05:00"]);
        assert_eq!(d("Date:   Tue Mar 26 18:04:51 2024 +0000\n"), ["Tue Mar 26 18:04:51 2024 +0000"]);
        assert_eq!(d("open 09:00 -17:00 daily"), ["09:00", "17:00"]);
    }

    #[test]
    fn a_time_then_its_date_and_ranges_of_days() {
        let d = |t| found(t, "DATE_TIME");
        assert_eq!(d("a SIM replacement was done at 23:41 on 11/03 in our store"), ["23:41 on 11/03"]);
        assert_eq!(d("Am 15.03.2024, ca. 22:30 wurde"), ["15.03.2024, ca. 22:30"]);
        // The last day of a range of days is no part of the time.
        assert_eq!(d("Benefits 1-888-552-7410, Mon–Fri 8 a.m. to 8 p.m. ET"), ["8 a.m.", "8 p.m."]);
        // A Hungarian date's closing dot and the Polish `o` before its time.
        assert_eq!(d("Beküldve: 2024.04.08. 10:27\nx"), ["2024.04.08. 10:27"]);
        assert_eq!(d("> W dniu 15.03.2024 o 14:10 Justyna"), ["15.03.2024 o 14:10"]);
        assert_eq!(d("Ende 2024.04.08. Danach"), ["2024.04.08"]);
        // Spanish writes the meridiem with a space inside (`p. m.`).
        assert_eq!(d("retenidas hasta las 6:00 p. m. de hoy"), ["6:00 p. m."]);
        assert_eq!(d("Fecha: 3 jul 2024, 10:12 a. m.\nAsunto"), ["3 jul 2024, 10:12 a. m."]);
        assert_eq!(d("open Friday 8:00 AM"), ["Friday 8:00 AM"]);
    }

    #[test]
    fn a_bare_hour_with_its_part_of_the_day() {
        let d = |t| found(t, "DATE_TIME");
        assert_eq!(d("tengo un viaje a las 6 de la mañana."), ["6 de la mañana"]);
        assert_eq!(d("cancelou a viagem à 1h da manhã, e cobrou"), ["1h da manhã"]);
        assert!(d("tengo 6 de la lista").is_empty());
        // Before dawn, and a date's time after `como a las` (`about at the`).
        assert_eq!(d("el 15/03/2024 a las 02:17 de la madrugada y yo"), ["15/03/2024 a las 02:17 de la madrugada"]);
        assert_eq!(d("el 3 de marzo como a las 11 de la mañana, el"), ["3 de marzo como a las 11 de la mañana"]);
        // Swahili announces the hour with `saa`.
        assert_eq!(d("Kifurushi kitaisha 18/03/2024 saa 23:59."), ["18/03/2024 saa 23:59"]);
    }

    #[test]
    fn a_street_named_after_a_day_is_no_date() {
        let d = |t| found(t, "DATE_TIME");
        assert!(d("el cajero de la Av. 27 de Febrero esquina Máximo Gómez").is_empty());
        assert!(d("Dirección: Av. 18 de Julio 1453, apto 704").is_empty());
        assert_eq!(d("el pago del 18 de julio no llegó"), ["18 de julio"]);
    }

    #[test]
    fn android_log_times_and_durations() {
        let d = |t| found(t, "DATE_TIME");
        assert_eq!(d("05-29 11:42:17.903  8812  8851 D Worker: x"), ["05-29 11:42:17.903"]);
        // Without seconds it could be a score; with days before it, a duration.
        assert!(d("final 05-29 11:42 ok").iter().all(|s| !s.starts_with("05-29")));
        assert!(d("uptime: 3d 04:11:52").is_empty());
        assert!(d("up 2 days, 10:00:05 load").is_empty());
    }

    #[test]
    fn dates_and_times_read_out_in_words() {
        let cases = [
            ("CALLER: march third nineteen fifty four\nAGENT: thanks", "march third nineteen fifty four"),
            ("AGENT: march third fifty four perfect", "march third fifty four"),
            ("Speaker 2: the twenty second of march\n", "twenty second of march"),
            ("CALLER: twelfth of august two thousand and three\n", "twelfth of august two thousand and three"),
            ("caller: january twenty-ninth nineteen eighty one\n", "january twenty-ninth nineteen eighty one"),
            ("can they see her on the fourth of march at ten am", "fourth of march at ten am"),
            ("an opening on april second at ten fifteen or later", "april second at ten fifteen"),
            ("we close at nine pm tonight", "nine pm"),
            ("won't arrive until around half nine, is late check-in ok?", "half nine"),
            ("wir sind gegen halb drei da", "halb drei"),
            ("we komen rond half vier aan", "half vier"),
            ("can you call at quarter to five", "quarter to five"),
        ];
        for (text, date) in cases {
            assert_eq!(found(text, "DATE_TIME"), vec![date], "{text}");
        }
        // Counting, ranking and the verb are no dates.
        for text in [
            "the first of many",
            "you may first want to",
            "second place in march",
            "at four people we left",
            "cut it in half nine times",
        ] {
            assert_eq!(found(text, "DATE_TIME"), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn czech_dates_with_spaces_after_the_dots() {
        assert_eq!(found("moved out on 29. 2. 2024 and", "DATE_TIME"), vec!["29. 2. 2024"]);
        assert_eq!(found("18. března and 5 Mart 2024", "DATE_TIME"), vec!["18. března", "5 Mart 2024"]);
        // (Not a leap year; and a version's parts have no spaces.)
        assert!(found("on 29. 2. 2023 and 1. 2. 3", "DATE_TIME").is_empty());
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(found("on 2024-03-12 ok", "DATE_TIME"), vec!["2024-03-12"]);
        assert_eq!(found("on 12/03/2024 ok", "DATE_TIME"), vec!["12/03/2024"]);
        assert_eq!(found("am 12.03.2024 um 14:05 Uhr", "DATE_TIME"), vec!["12.03.2024 um 14:05 Uhr"]);
        assert_eq!(found("log 2024-03-12T14:05:22.123Z GET", "DATE_TIME"), vec!["2024-03-12T14:05:22.123Z"]);
        assert_eq!(found("2024-13-45 and 31/02/2024", "DATE_TIME"), Vec::<&str>::new());
        assert_eq!(found("version 10.0.19045 and v2.3.1", "DATE_TIME"), Vec::<&str>::new());
        assert_eq!(found("Build 2024.11.3 deployed", "DATE_TIME"), Vec::<&str>::new());
        assert_eq!(found("paid on 2024.11.03", "DATE_TIME"), vec!["2024.11.03"]);
    }

    #[test]
    fn textual_dates_and_times() {
        assert_eq!(found("Tuesday, March 3rd, 2024 works", "DATE_TIME"), vec!["Tuesday, March 3rd, 2024"]);
        assert_eq!(found("the 3rd of March please", "DATE_TIME"), vec!["3rd of March"]);
        assert_eq!(found("el 12 de marzo de 2024 a las", "DATE_TIME"), vec!["12 de marzo de 2024"]);
        assert_eq!(found("em 5 de junho de 2024", "DATE_TIME"), vec!["5 de junho de 2024"]);
        assert_eq!(found("call at 3:30 pm or 9am", "DATE_TIME"), vec!["3:30 pm", "9am"]);
        assert_eq!(found("you may 5 times", "DATE_TIME"), Vec::<&str>::new());
        assert_eq!(found("I may call you", "DATE_TIME"), Vec::<&str>::new());
        assert_eq!(found("score was 3:2", "DATE_TIME"), Vec::<&str>::new());
        // A month and a year, in languages that write months in lower case.
        assert_eq!(found("j'habite à Lyon depuis mars 2025.", "DATE_TIME"), vec!["mars 2025"]);
        assert_eq!(found("desde enero de 2025 no funciona", "DATE_TIME"), vec!["enero de 2025"]);
        assert_eq!(found("since March 2025", "DATE_TIME"), vec!["March 2025"]);
        assert_eq!(found("it may 2025 be", "DATE_TIME"), Vec::<&str>::new());
    }

    #[test]
    fn support_text_shapes() {
        assert_eq!(found("we'll call on Saturday the 9th", "DATE_TIME"), vec!["Saturday the 9th"]);
        assert_eq!(found("moved both to Saturday 23rd at 11:20.", "DATE_TIME"), vec!["Saturday 23rd at 11:20"]);
        assert_eq!(found("open Saturday 3 tills", "DATE_TIME"), Vec::<&str>::new());
        let booked = "booked for Tuesday 19th March at 10:30am";
        assert_eq!(found(booked, "DATE_TIME"), vec!["Tuesday 19th March at 10:30am"]);
        assert_eq!(found("slot 7:00-9:00 booked", "DATE_TIME"), vec!["7:00", "9:00"]);
        assert_eq!(found("(21:00-07:00) on", "DATE_TIME"), vec!["21:00", "07:00"]);
        assert_eq!(found("at 2024-03-14T13:05-07:00 sharp", "DATE_TIME"), vec!["2024-03-14T13:05-07:00"]);
        assert_eq!(found("zwischen 8 Uhr und 12 Uhr", "DATE_TIME"), vec!["8 Uhr", "12 Uhr"]);
        assert_eq!(found("tech never showed on 3/12. 3/4 of them", "DATE_TIME"), vec!["3/12"]);
        assert_eq!(found("callback on Thu 21/03 please", "DATE_TIME"), vec!["Thu 21/03"]);
        assert_eq!(found("visit log\n15/04 07:58 Mrs Tran well", "DATE_TIME"), vec!["15/04 07:58"]);
        assert_eq!(found("expires in 24h, at 14h we left", "DATE_TIME"), vec!["14h"]);
        assert_eq!(found("[11/Mar/2024:08:41:12 +0000] GET", "DATE_TIME"), vec!["11/Mar/2024:08:41:12 +0000"]);
        assert_eq!(found("between 9am and noon", "DATE_TIME"), vec!["9am", "noon"]);
        assert_eq!(found("[00:00:07] Agent: hello", "DATE_TIME"), Vec::<&str>::new());
        // A zone's name is not part of the time; an offset glued to a timestamp is.
        assert_eq!(found("rolled back at 13:41 UTC.", "DATE_TIME"), vec!["13:41"]);
        assert_eq!(found("at 2024-03-14T13:05:00+01:00 sharp", "DATE_TIME"), vec!["2024-03-14T13:05:00+01:00"]);
        // An e-mail header's offset after a space; not a number after a short time.
        let header = "Date: Tue, 12 Mar 2024 09:14:33 +0100\nSubject: x";
        assert_eq!(found(header, "DATE_TIME"), vec!["Tue, 12 Mar 2024 09:14:33 +0100"]);
        assert_eq!(found("call at 09:14 +4420 7946 0958", "DATE_TIME"), vec!["09:14"]);
        // Python logging's milliseconds, after a comma; not a list of numbers.
        let log = "2024-03-18 11:04:12,551 DEBUG send";
        assert_eq!(found(log, "DATE_TIME"), vec!["2024-03-18 11:04:12,551"]);
        assert_eq!(found("at 11:04:12,5512 and", "DATE_TIME"), vec!["11:04:12"]);
        // A date and its time, however joined.
        assert_eq!(found("on March 3, 2024, at 10:30 AM", "DATE_TIME"), vec!["March 3, 2024, at 10:30 AM"]);
        assert_eq!(found("03/12/2024 at around 9:15", "DATE_TIME"), vec!["03/12/2024 at around 9:15"]);
        assert_eq!(found("el 12/03/2024, a las 9:15", "DATE_TIME"), vec!["12/03/2024, a las 9:15"]);
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

    #[test]
    fn times_joined_to_their_date() {
        let dt = "DATE_TIME";
        assert_eq!(
            found("I have 21 November at 5.15pm or 22 November", dt),
            vec!["21 November at 5.15pm", "22 November"]
        );
        assert_eq!(found("We can do it on 18 January from 8am", dt), vec!["18 January from 8am"]);
        assert_eq!(found("bokat 8 oktober kl. 13:00", dt), vec!["8 oktober kl. 13:00"]);
        assert_eq!(found("Odbiór samochodu: 15 czerwca, godz. 10:00", dt), vec!["15 czerwca, godz. 10:00"]);
        assert_eq!(found("the old cert expired 2024-11-13 00:00", dt), vec!["2024-11-13 00:00"]);
        // A weekday between the date and its time; after a date alone it is left out.
        assert_eq!(found("Sipariş 5 Mart 2024 Salı 11:32 tarihinde", dt), vec!["5 Mart 2024 Salı 11:32"]);
        assert_eq!(found("on 12 March 2024, Tuesday 9am we", dt), vec!["12 March 2024, Tuesday 9am"]);
        assert_eq!(found("dikirim 3 Juni 2024 Senin", dt), vec!["3 Juni 2024"]);
        // A time, then its date in words or its day alone.
        assert_eq!(found("customer: around 16:40 on 11 March, outside", dt), vec!["16:40 on 11 March"]);
        assert_eq!(found("it lands Nadi 1:35pm on the 18th", dt), vec!["1:35pm on the 18th"]);
        assert_eq!(found("Datum: tis 5 mars 2024 07:58", dt), vec!["tis 5 mars 2024 07:58"]);
        assert_eq!(found("foto's genomen op 4 november om 8u15, die", dt), vec!["4 november om 8u15"]);
        assert!(found("model 8u15 in stock", dt).is_empty());
        // Alone, `00:12` is an elapsed time; a dotted number without am/pm is a decimal.
        assert_eq!(found("[00:12] agent joined", dt), Vec::<&str>::new());
        assert_eq!(found("the rate went up 5.15 percent", dt), Vec::<&str>::new());
    }

    #[test]
    fn more_languages_months_and_days() {
        let dt = "DATE_TIME";
        assert_eq!(found("Jag kan börja den 1 augusti", dt), vec!["1 augusti"]);
        assert_eq!(found("w dniu 7 listopada", dt), vec!["7 listopada"]);
        assert_eq!(found("sono Giovanna e dal 1° novembre", dt), vec!["1° novembre"]);
        assert_eq!(found("Qual a data? dia 23/11", dt), vec!["23/11"]);
        assert_eq!(found("tombé sur le toit vers 3 h 20, réglé depuis 14 h 10", dt), vec!["3 h 20", "14 h 10"]);
        assert_eq!(found("pendant 3 h 200 fois", dt), Vec::<&str>::new());
        // Finnish, Estonian, Latvian, Lithuanian and Icelandic months, and the Finnish and
        // Estonian words before a clock time.
        assert_eq!(found("Peruin tilauksen 20.11.2024 klo 18.04 ja", dt), vec!["20.11.2024 klo 18.04"]);
        assert_eq!(found("viivitus 28. novembril kell 18.00", dt), vec!["28. novembril kell 18.00"]);
        assert_eq!(found("alates 3. detsembrist.", dt), vec!["3. detsembrist"]);
        assert_eq!(found("paziņojums tika nosūtīts 1. oktobrī", dt), vec!["1. oktobrī"]);
        assert_eq!(found("o lapkričio 23 d. ir", dt), vec!["lapkričio 23"]);
        assert_eq!(found("from 1. janúar: new address", dt), vec!["1. janúar"]);
        assert_eq!(found("eräpäivä 5. joulukuuta", dt), vec!["5. joulukuuta"]);
        // Greek months and weekdays, and the Turkish and Greek words before a time.
        assert_eq!(found("θα έρθει Πέμπτη 14 Μαρτίου.", dt), vec!["Πέμπτη 14 Μαρτίου"]);
        assert_eq!(found("ραντεβού 18/03/2024 στις 11:00 ok", dt), vec!["18/03/2024 στις 11:00"]);
        assert_eq!(found("servis 9 Nisan saat 10:15 gelecek", dt), vec!["9 Nisan saat 10:15"]);
        // Chinese, Japanese and Korean dates and the half of the day before a time.
        for (text, date) in [
            ("birthday: 2001年7月9日\n", "2001年7月9日"),
            ("paid on 3月9日 by card", "3月9日"),
            ("저장한 날짜: 2024년 3월 14일", "2024년 3월 14일"),
            ("저장한 날짜 : 2024. 3. 15. 오전 1:12\n", "2024. 3. 15. 오전 1:12"),
            ("[박지훈] [오후 11:02] 안녕하세요", "오후 11:02"),
        ] {
            assert_eq!(found(text, dt), vec![date], "{text}");
        }
        // Not a month or a day out of range, nor a version.
        assert!(found("2024年13月9日", dt).is_empty());
        assert!(found("version 2024. 3. 15", dt).is_empty());
        // An English word is no month (`mail` is Estonian `in May`, and left out).
        assert!(found("I will mail you 3 times", dt).is_empty());
        assert!(found("costa 18.04 euro", dt).is_empty());
    }

    #[test]
    fn days_and_parts_of_days() {
        let dt = "DATE_TIME";
        assert_eq!(found("it happened at about 4:45 in the afternoon", dt), vec!["4:45 in the afternoon"]);
        assert_eq!(found("fatto in aeroporto alle 19.50.", dt), vec!["19.50"]);
        assert!(found("costa 19.50 euro", dt).is_empty());
        let pt = "devolvi-o a 10 de setembro de 2024 pelas 18h15.";
        assert_eq!(found(pt, dt), vec!["10 de setembro de 2024 pelas 18h15"]);
        assert_eq!(found("2:19 PM Aleksandr: 24th at 8:30", dt), vec!["2:19 PM", "24th at 8:30"]);
        assert_eq!(found("the 24th works", dt), Vec::<&str>::new());
        assert_eq!(found("a registered visitor through 12/31", dt), vec!["12/31"]);
        assert_eq!(found("I'm off on 12/24 and 12/25", dt), vec!["12/24", "12/25"]);
        assert_eq!(found("rated it 4/5 and 3/5", dt), Vec::<&str>::new());
        assert_eq!(found("ITIN is 912-78-6103. first pay date 9/20\n", dt), vec!["9/20"]);
        // After what starts, ends or arrives on a day.
        assert_eq!(found("Coverage is reinstated retro to 9/1.", dt), vec!["9/1"]);
        assert_eq!(found("his Part A and B start 7/1 this year", dt), vec!["7/1"]);
        assert_eq!(found("balance $1,386.50 (stmt # 0091182, rcvd 10/01)", dt), vec!["10/01"]);
        assert_eq!(found("add 3/4 cup and stir", dt), Vec::<&str>::new());
    }

    #[test]
    fn ranges_of_whole_dates_and_dutch_abbreviations() {
        let dt = "DATE_TIME";
        assert_eq!(found("DC - 02/20/2024-03/29/2024, 14 visits", dt), vec!["02/20/2024", "03/29/2024"]);
        assert!(found("part 02/20/2024-3 x", dt).is_empty());
        assert_eq!(found("> Op wo 6 mrt 2024 om 20:17 schreef femke", dt), vec!["wo 6 mrt 2024 om 20:17"]);
    }
}
