//! AGE: a number of years said of a person (`I'm 67`, `aged 45`, `6 e 9 anni`), not of
//! a thing, a duration or a day.

use super::*;

/// Words after an age that start the next clause (`I'm 67 and`, `shes 79 she doesnt`,
/// `Ich bin 67 und`).
pub(super) const AGE_CLAUSE_NEXT: &[&str] = &[
    "and", "now", "but", "so", "this", "next", "soon", "yrs", "years", "she", "he", "i", "we", "they", "with", "too",
    "und", "et", "y", "e", "og", "och", "en", "lol", "haha",
    // Speech-to-text writes no full stops: the next clause's first word ends the age
    // (`he's seventy one i'm sixty nine`).
    "i'm", "im", "he's", "she's", "his", "her", "my", "our", "their", "only",
];

/// `my son (9)`, `mijn zoon (9)`, `ur tech`: possessives before a relation (whose age or
/// name follows).
pub(super) const POSSESSIVES: &[&str] = &[
    "my", "his", "her", "our", "your", "ur", "their", "mijn", "mein", "meine", "meinem", "mon", "ma", "mi", "mis",
    "mio", "mia", "meu", "minha", "mój", "moja", "min", "mitt",
];

/// Words between an age's verb and the number (`she is only 17`, `ich bin also 67`).
pub(super) const AGE_ADVERBS: &[&str] = &[
    "only", "just", "now", "nearly", "almost", "already", "barely", "still", "also", "about", "jetzt", "schon", "erst",
    "fast", "bald", "déjà", "presque", "ya", "casi", "solo", "già", "quasi", "bijna", "pas", "já", "quase",
];

pub(super) fn age(doc: &Document<'_>, i: usize) -> Option<Detection> {
    age_with(doc, i, 3)
}

/// Words after a number that make it an age (`45-year-old`, `67 years old`, `8 ans`).
pub(super) const AGE_UNITS: &[&str] = &[
    "-year-old",
    " years old",
    " year old",
    " yrs old",
    " yr old",
    "-years-old",
    " y/o",
    " y.o.",
    " years of age",
    " yo ",
    " years young",
    "-yr-old",
    " anni",
    " jahre alt",
    " jahre",
    " ans",
    " años",
    " jaar",
    " anos",
    " lat",
    " år",
    " yaşında",
    // Romanian, Hungarian, Slovak and Croatian (`am 38 de ani`, `62 éves vagyok`).
    " de ani",
    " éves",
    " rokov",
    " godina",
    // `geb. 03.03.1957 (67 J.)`, `Abendroth, 78 J., lebt allein`
    " j.)",
    " j.,",
];

/// Can one of [`AGE_UNITS`] start `ahead`? Each starts with a space or hyphen and then
/// `y`, `a`, `j`, `l`, `d`, `r`, `g`, `å` or `é`, so two byte tests settle most numbers
/// (`12 items`, `3 days`) before two dozen string compares.
pub(super) fn unit_may_follow(ahead: &[u8]) -> bool {
    // (0xC3 starts `å` and `é`.)
    matches!(ahead, [b' ' | b'-', b'y' | b'a' | b'j' | b'l' | b'd' | b'r' | b'g' | 0xC3, ..])
}

/// `and` in the languages ages are joined in (`aged 7 and 9`, `6 e 9 anni`, `5 en 8`).
pub(super) const AND: &[&str] = &["and", "e", "y", "en", "und", "et"];

/// `e 9 anni` after `i bambini (6`, `and 9 years old` after `aged 7`: what follows the next
/// number of a pair of ages joined by `and` (in six languages), where the unit after the
/// second is the first's too.
pub(super) fn unit_after_next_age(ahead: &str) -> Option<&str> {
    let rest = AND.iter().find_map(|c| ahead.strip_prefix(' ')?.strip_prefix(c)?.strip_prefix(' '))?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits).then(|| &rest[digits..])
}

/// [`age`], and also a number joined by `and` or a comma to an age before it, at most
/// `links` numbers back (`aged 7 and 9`, `aged 4, 7 and 12`).
pub(super) fn age_with(doc: &Document<'_>, i: usize, links: u8) -> Option<Detection> {
    let text = doc.text;
    let toks = doc.tokens;
    // A number, or one read out in one or two words (`sixty-five`, `seventy seven`): the
    // age's tokens become one.
    let (n, last) = match toks[i].text(text).parse::<u32>() {
        Ok(n) => (n, i),
        Err(_) => crate::spoken::small_number(doc, i)?,
    };
    let t = Token { end: toks[last].end, ..toks[i] };
    if n > 120 || t.text(text).starts_with('0') {
        return None;
    }
    let b = text.as_bytes();
    if t.start > 0 && matches!(b[t.start - 1], b'$' | b'#' | b'.' | b',' | b'/' | b':' | b'+')
        || matches!(b.get(t.end), Some(b'%' | b'.' | b',' | b':' | b'/'))
            && b.get(t.end + 1).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let after = &text[t.end..];
    // `im 3. OG`: a German floor (`OG`, `EG`, `DG`), not an age after `I'm`.
    if after.starts_with(". ")
        && toks.get(last + 1).is_some_and(|n| n.len() == 2 && n.is_all_upper() && doc.word(last + 1).ends_with('G'))
    {
        return None;
    }
    // `ages 8 to 12`, `aged 3-5`, `18+`: a range of ages (a product's), not a person's.
    let range_dash = (after.starts_with('-') || after.starts_with('–'))
        && after.trim_start_matches(['-', '–']).starts_with(|c: char| c.is_ascii_digit());
    if range_dash
        || after.starts_with('+')
        || after.starts_with(" to ") && toks.get(i + 2).is_some_and(|n| n.is_number())
    {
        return None;
    }
    // A short look-ahead only: lower-casing the rest of a 10 MB text per number is quadratic.
    let ahead_end = text.floor_char_boundary(t.end + 20);
    // Lower-cased on the stack: every small number comes through here.
    let mut ahead_buf = [0u8; 20];
    let ahead_bytes = &mut ahead_buf[..ahead_end - t.end];
    ahead_bytes.copy_from_slice(&text.as_bytes()[t.end..ahead_end]);
    ahead_bytes.make_ascii_lowercase();
    // A slice of `text` ending on a char boundary, lower-cased byte-wise: still UTF-8.
    let ahead = std::str::from_utf8(ahead_bytes).unwrap_or_default();
    let unit_at = |ahead: &str| {
        unit_may_follow(ahead.as_bytes())
            && AGE_UNITS.iter().any(|u| ahead.starts_with(u) || (u.ends_with(' ') && ahead == u.trim_end()))
    };
    // `10 Jahre fest`, `15 Jahren Zinsbindung`, `10 jaar vast`: a term, not an age.
    let term_after = || {
        ahead.trim_start().split(' ').nth(1).is_some_and(|w| {
            ["fest", "vast", "lang", "garantie", "zinsbindung", "laufzeit", "looptijd"]
                .contains(&w.trim_end_matches([',', '.']))
        })
    };
    let strong_after = (unit_at(ahead) || unit_after_next_age(ahead).is_some_and(unit_at)) && !term_after();
    // `vivo aquí hace 3 años`: how long ago, not how old.
    if strong_after
        && i.checked_sub(1).is_some_and(|p| gap(doc, p, i) == " " && doc.cue_match(p, DURATION_BEFORE).is_some())
    {
        return None;
    }
    // `Âge : 52`: French typography puts a space before the colon; `is only 17`: an
    // adverb may come between.
    let adverb =
        |p: usize| p > 0 && gap(doc, p, i) == " " && gap(doc, p - 1, p) == " " && is_one_of(doc.word(p), AGE_ADVERBS);
    let cue_at = i.checked_sub(1).map(|p| if adverb(p) { p - 1 } else { p });
    // (`"age":"82"`, `age=82`: a field of a payload or a log line.)
    let before = cue_at
        .filter(|&p| {
            p + 1 < i || matches!(gap(doc, p, i), " " | ": " | ":" | " : " | "\":\"" | "\": \"" | "\":" | "\": " | "=")
        })
        .and_then(|p| {
            doc.cue_match(p, AGE_BEFORE)
                .map(|x| (x, true))
                .or_else(|| doc.cue_match(p, AGE_BEFORE_WEAK).map(|x| (x, false)))
        });
    // `Age at enrollment: 18`, `Age (years): 52`, `Age on 1 January 2024: 34`, `Alter: 30`:
    // a label that starts its line.
    let before = before.or_else(|| {
        let p = i.checked_sub(1).filter(|&p| gap(doc, p, i).trim_start_matches(')').starts_with(':'))?;
        // (Or a form's second column, after a tab or a run of spaces.)
        let column = |k: usize| k > 0 && (gap(doc, k - 1, k).ends_with("  ") || gap(doc, k - 1, k).ends_with('\t'));
        let first = (p.saturating_sub(8)..=p).rev().find(|&k| doc.starts_line(k) || column(k))?;
        is_one_of(doc.word(first), AGE_LABELS).then_some((("age", first), true))
    });
    let next_word = toks.get(last + 1).filter(|_| gap(doc, last, last + 1) == " ").map(|n| n.text(text));
    let clause_end = after.is_empty()
        || after.starts_with(['.', ',', '!', '?', '\n', ';', ')', '"', '”', '“'])
        || after.starts_with(" — ")
        || after.starts_with(" – ")
        || after.starts_with(" - ")
        || next_word.is_some_and(|w| is_one_of(w, AGE_CLAUSE_NEXT));
    // `Mrs Beatrice Okonjo (84)`, `Glenys Price, 88,`: an age right after a name, and
    // `my mother, 82,`: right after a relation.
    let after_name = i.checked_sub(1).is_some_and(|p| {
        let g = gap(doc, p, i);
        matches!(g, " (" | ", ") && toks[p].is_capitalised() && toks[p].kind == TokenKind::Word && {
            let info = doc.lookup(p);
            info.any(FIRST | LAST) || !info.has(ENGLISH) && !doc.is(p, NOT_NAME)
        } || matches!(g, ", " | " (")
            && doc.is(p, RELATIONS)
            && p > 0
            && is_one_of(doc.word(p - 1), POSSESSIVES)
            // `the customer (74) said`: a subject with the age in brackets.
            || g == " (" && after.starts_with(')') && doc.is(p, AGE_SUBJECTS)
            // `Tyler Brandt (M, 23)`: sex and age in brackets; `Rosa (self, 40)`, `Héctor
            // (spouse, 43)`: a household member's role and age.
            || g == ", "
                && after.starts_with(')')
                && (matches!(doc.word(p), "M" | "F") || doc.is(p, RELATIONS) || doc.word(p) == "self")
                && p > 0
                && gap(doc, p - 1, p).ends_with('(')
    }) && clause_end
        && n >= 1;
    // `he is 81`, `cx is 45`, `I am 71`, `Tom is 9`: `is` / `am` after a subject; also
    // `my daughter Manaia is 12` (a relation's name) and `My dad, Gary Whitman, is 77`
    // (a name between commas).
    let subject_before = |s: usize| {
        // (At a sentence's start, only a name that is no English word: `Eleni is 12`, not
        // `Will is 5`.)
        let named = |k: usize| {
            toks[k].is_capitalised()
                && toks[k].kind == TokenKind::Word
                && (!at_sentence_start(doc, k) || !doc.lookup(k).has(ENGLISH))
        };
        s > 0
            && match gap(doc, s - 1, s) {
                " " => {
                    doc.is(s - 1, RELATIONS)
                        || doc.is(s - 1, AGE_SUBJECTS)
                        // `Meneer is 87`, `Madame est 92`: a title alone names the person.
                        || doc.is(s - 1, TITLES) && toks[s - 1].is_capitalised()
                        || named(s - 1)
                            && (doc.lookup(s - 1).has(FIRST)
                                || s >= 2
                                    && gap(doc, s - 2, s - 1) == " "
                                    && (doc.is(s - 2, RELATIONS) || named(s - 2) && doc.lookup(s - 2).has(FIRST)))
                }
                ", " => {
                    named(s - 1) && doc.lookup(s - 1).any(FIRST | LAST) && {
                        // The appositive's opening comma, one or two words back.
                        let first = if s >= 3 && gap(doc, s - 2, s - 1) == " " && named(s - 2) { s - 2 } else { s - 1 };
                        first > 0 && gap(doc, first - 1, first) == ", "
                    }
                }
                _ => false,
            }
    };
    let after_age = || {
        links > 0
            && clause_end
            && i >= 2
            && (gap(doc, i - 1, i) == " " && is_one_of(doc.word(i - 1), AND) && gap(doc, i - 2, i - 1) == " "
                || gap(doc, i - 1, i) == ", " && toks[i - 1].is_number())
            && {
                let prev = if toks[i - 1].is_number() { i - 1 } else { i - 2 };
                toks[prev].is_number() && age_with(doc, prev, links - 1).is_some()
            }
    };
    // `kids 4 and 9`, `kinderen 5 en 8`: children, then their ages joined by `and`.
    let children_then_ages = || {
        const CHILDREN: &[&str] =
            &["kids", "children", "kinderen", "kinder", "niños", "hijos", "bambini", "figli", "enfants", "crianças"];
        i > 0
            && gap(doc, i - 1, i) == " "
            && is_one_of(doc.word(i - 1), CHILDREN)
            && unit_after_next_age(ahead).is_some()
    };
    let score = if strong_after {
        0.85
    } else if after_name {
        0.6
    } else {
        match before {
            Some(((_, _), true))
                if next_word.is_none_or(|_| !doc.is(last + 1, AGE_UNITS_NOT) || on_a_day(doc, last + 1)) =>
            {
                0.8
            }
            Some(((w, _), false)) if clause_end && !matches!(w, "is" | "am" | "was" | "are") => 0.65,
            Some(((_, s), false)) if clause_end && subject_before(s) => 0.65,
            _ if after_age() || children_then_ages() => 0.65,
            _ => return None,
        }
    };
    Some(candidate(t.start, t.end, EntityType::Age, score, "age", "number with age cue"))
}

/// `I turn 60 on 9 July`, `turning 40 on Friday`, `turns 18 on my birthday`, `turns 13 in
/// August`: `on` or `in` at token `k` names a day or a month (`turn 90 on the dial` does not).
pub(super) fn on_a_day(doc: &Document<'_>, k: usize) -> bool {
    let toks = doc.tokens;
    let next = |ok: &dyn Fn(usize) -> bool| toks.get(k + 1).is_some_and(|_| doc.gap(k, k + 1) == " " && ok(k + 1));
    match doc.word(k) {
        w if w.eq_ignore_ascii_case("on") => next(&|d| {
            toks[d].is_number() || doc.is(d, MONTHS_AND_DAYS) || is_one_of(doc.word(d), &["my", "his", "her", "their"])
        }),
        w if w.eq_ignore_ascii_case("in") => next(&|d| doc.is(d, MONTHS_AND_DAYS) && toks[d].is_capitalised()),
        _ => false,
    }
}
