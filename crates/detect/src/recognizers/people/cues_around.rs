//! The cues around a word that make it a name though it is written in lower case or is
//! a word too: greetings and introductions before it, a speaker's colon or a verb of
//! speaking after it, thanks at the end of a turn, a message's signature.

use super::*;

/// Could the words from token `i` be a street's name, by what comes before them: a house
/// number (`12 Adam Park`) or a word that places things on a street (`on Grace Lane`,
/// `off Kayla Brooks`)? Without one, a given name then a surname that is also a street
/// type (`Kayla Brooks`, `Denise Park`) is a person.
pub(super) fn street_cue_before(doc: &Document<'_>, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else { return false };
    let t = doc.tokens[p];
    t.kind != TokenKind::Word
        || matches!(gap(doc, p, i), " " | ", ")
            && is_one_of(
                doc.word(p),
                &[
                    "on", "at", "in", "off", "near", "along", "via", "onto", "into", "down", "up", "past", "corner",
                    "of",
                ],
            )
}

/// Is the greeting at token `p` a reply word (`no`, `ok`, `sure`) with only a space
/// after it? Before a lower-case word it starts a sentence (`no ano passado`, `ok so`)
/// rather than addressing someone, who would be set off by a comma (`ok, omar`).
pub(super) fn reply_word(doc: &Document<'_>, p: usize, g: &str) -> bool {
    g == " " && is_one_of(doc.word(p), REPLIES)
}

/// The greetings that are replies too.
pub(super) const REPLIES: &[&str] =
    &["no", "yes", "ok", "okay", "sure", "sorry", "great", "perfect", "lovely", "brilliant", "noted", "welcome"];

pub(super) fn ends_speaker(doc: &Document<'_>, j: usize) -> bool {
    let after = &doc.text[doc.tokens[j].end..];
    after.starts_with(':') || after.starts_with(" :") || after.starts_with('"') || after.starts_with(" <")
}

/// A cue strong enough to accept a lower-case name right after it.
pub(super) fn strong_cue_before(doc: &Document<'_>, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    let g = gap(doc, p, i);
    // (Two bit tests before any call: this runs for every lower-case word.)
    let verb_near = doc.may_end_cue(p, CONTACT_VERBS.bit()) || p > 0 && doc.may_end_cue(p - 1, CONTACT_VERBS.bit());
    if verb_near && contact_verb_before(doc, i).is_some() && matches!(classify(doc, i), NameClass::Given(_)) {
        return true;
    }
    // Called for every lower-case word, most of which follow no cue at all.
    const CUES: u128 =
        GREETINGS.bit() | STRONG_INTRODUCTIONS.bit() | NAME_LABELS.bit() | RELATIONS.bit() | TITLES.bit();
    if !doc.may_end_cue(p, CUES) {
        return sign_off_line(doc, i, i) || signs_message(doc, i, i);
    }
    let greeting =
        matches!(g, " " | ", " | ",\n" | "\n" | "! " | ",") && doc.is(p, GREETINGS) && !reply_word(doc, p, g);
    let intro = matches!(g, " " | ": ") && doc.is(p, STRONG_INTRODUCTIONS);
    let label = g.bytes().any(|c| c == b':') && doc.is(p, NAME_LABELS);
    // `my dad ron`, `ma fille inès`, `ur tech jose`: a relation or a role after a possessive;
    // after `the` or `your` only a name that is no word (`the courier will…`). After a
    // relation's possessive comes what is theirs (`my mom's line`).
    let relation = g == " "
        && doc.is(p, RELATIONS)
        && without_possessive(doc.word(p)).len() == doc.word(p).len()
        && p > 0
        && gap(doc, p - 1, p) == " "
        && match doc.word(p - 1) {
            "the" | "your" | "ur" => matches!(classify(doc, i), NameClass::Given(_)),
            w => is_one_of(w, &["my", "his", "her", "our", "ma", "mon", "mi", "mio", "mia", "mein", "meine", "mijn", "meu", "minha"]),
        }
        // (`my dad will join later`: a verb, not Will.)
        && !doc.lookup(i).has(FUNCTION_WORD);
    // `mevrouw visser`, `obrigada senhor manuel`: a title, then a name the lists know
    // (`miss` is a verb more often than a title in lower case: only after a word that
    // addresses someone, `okay miss jones`, `thank you miss jones`).
    // After an article the title is a noun (`o senhor pode confirmar`, `the doctor`).
    let miss_addressed = || {
        p > 0
            && gap(doc, p - 1, p) == " "
            && match doc.word(p - 1) {
                "you" => p > 1 && doc.word(p - 2) == "thank",
                w => is_one_of(w, &["okay", "ok", "alright", "thanks", "yes", "hi", "hello", "morning", "sorry"]),
            }
    };
    let title = matches!(g, " " | ". ")
        && doc.is(p, TITLES)
        && (doc.word(p) != "miss" || miss_addressed())
        && !(p > 0 && is_one_of(doc.word(p - 1), ARTICLES))
        && matches!(classify(doc, i), NameClass::Given(_) | NameClass::Surname(_));
    // (A sign-off's name starts its line: [`sign_off_line`] tests that first, one bit.)
    greeting || intro || title || label || relation || sign_off_line(doc, i, i) || signs_message(doc, i, i)
}

/// `bayside chemist home delivery bronwyn speaking`: a given name the lists know before
/// `speaking`, answering the phone.
pub(super) fn speaking_after(doc: &Document<'_>, i: usize) -> bool {
    doc.tokens.get(i + 1).is_some_and(|n| n.len() == 8 && doc.word(i + 1) == "speaking" && gap(doc, i, i + 1) == " ")
        && matches!(classify(doc, i), NameClass::Given(_))
}

/// `thank u so much olu`, `thanks a million cathal`, `mil gracias diego!! saludos, mafer`: a
/// lower-case word no list knows, last on its line after thanks, a greeting or a sign-off
/// (with `so much`, `a lot` between), is the name of the one thanked or signing.
pub(super) fn thanked_at_turn_end(doc: &Document<'_>, i: usize) -> bool {
    const THANKS: &[&str] = &[
        "thanks", "thank", "thx", "thnx", "tnx", "ty", "cheers", "gracias", "merci", "obrigado", "obrigada", "grazie",
        "danke", "bedankt", "hi", "hey", "hello", "hiya", "bye", "ciao",
    ];
    // (After a comma only: `saludos cordiales` is the whole sign-off.)
    const SIGN_OFFS_BEFORE_COMMA: &[&str] = &["saludos", "abrazos", "besos", "bisous", "regards", "love"];
    const BETWEEN: &[&str] =
        &["so", "much", "a", "million", "lot", "again", "you", "u", "mil", "muchas", "very", "heaps"];
    let toks = doc.tokens;
    // Most lower-case words have a word right after them: one byte test rules them out.
    let next_byte = doc.text.as_bytes().get(toks[i].end).copied();
    let word_next =
        |b: u8| b.is_ascii_alphanumeric() || b == b' ' && toks.get(i + 1).is_some_and(|_| gap(doc, i, i + 1) == " ");
    if toks[i].len() < 3 || next_byte.is_some_and(word_next) {
        return false;
    }
    // Then the rest of the line, thanks before it (a cue bit before the word compares)
    // and, last, the costly look-up.
    let thanked = || {
        let mut k = i;
        for _ in 0..4 {
            let Some(p) = k.checked_sub(1).filter(|&p| matches!(gap(doc, p, k), " " | ", ")) else {
                return false;
            };
            let w = doc.word(p);
            // (`thank` alone is no greeting of the list: `thank you` is.)
            if (doc.is(p, GREETINGS) || w.eq_ignore_ascii_case("thank")) && is_one_of(w, THANKS)
                || gap(doc, p, k) == ", " && is_one_of(w, SIGN_OFFS_BEFORE_COMMA)
            {
                return true;
            }
            if !is_one_of(w, BETWEEN) {
                return false;
            }
            k = p;
        }
        false
    };
    // The turn ends there, and the word is of no list at all: not a dictionary word, a
    // place or a cue (a given name the lists know is fine).
    line_after(doc.text, toks[i].end, 40).is_some_and(|rest| !rest.chars().any(char::is_alphanumeric))
        && thanked()
        && !doc.is(i, NOT_NAME)
        && !doc.may_end_cue(i, !0)
        && {
            let info = doc.lookup(i);
            !info.has(ENGLISH) && (info.flags == 0 || info.has(FIRST))
        }
}

/// `talked to kevin`, `tell priya`, `spoke with Roman`: the verb of contact (and its first
/// token) right before token `i`, or before `to` / `with` (`for` after `ask`) and token `i`.
pub(super) fn contact_verb_before(doc: &Document<'_>, i: usize) -> Option<(&'static str, usize)> {
    let p = i.checked_sub(1).filter(|&p| gap(doc, p, i) == " ")?;
    let linked = p > 0
        && gap(doc, p - 1, p) == " "
        && match doc.word(p) {
            "to" | "with" => true,
            "for" => is_one_of(doc.word(p - 1), &["ask", "asked", "asking"]),
            _ => false,
        };
    doc.cue_match(p, CONTACT_VERBS).or_else(|| linked.then(|| doc.cue_match(p - 1, CONTACT_VERBS)).flatten())
}

/// Verbs of [`CONTACT_VERBS`] that are said of people: `called Chase`, `emailed Sky` are
/// as often a company.
pub(super) fn said_of_people(verb: &str) -> bool {
    !matches!(
        verb,
        "call"
            | "called"
            | "contact"
            | "contacted"
            | "email"
            | "emailed"
            | "ping"
            | "pinged"
            | "text"
            | "texted"
            | "message"
            | "messaged"
    )
}

/// A lower-case word opening a chat line before its colon, alone or after a timestamp
/// (`kayla: ok`, `09:14 jordan: hi`): a speaker's label, so a name if the lists know it
/// as a given name (`note:`, `update:` are no names).
pub(super) fn lower_speaker(doc: &Document<'_>, i: usize) -> bool {
    let colon_next = doc.tokens.get(i + 1).is_some() && doc.gap(i, i + 1).starts_with(':');
    // (A sender of two or three words only at a line's start or after a chat export's
    // bracketed time.)
    let sender = || (doc.starts_line(i) || doc.gap(i - 1, i) == "] ") && colon_within_two_words(doc, i);
    (colon_next || sender()) && at_line_start_ish(doc, i)
        || doc.starts_line(i)
            && (time_labels_sender(doc, i)
                || doc.tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word)
                    && doc.gap(i, i + 1) == " "
                    && time_labels_sender(doc, i + 1))
}

/// Does a colon follow the word at token `i`, or one or two words after it, each after one
/// space (`reto:`, `emily h:`, `jan novotný:`)?
pub(super) fn colon_within_two_words(doc: &Document<'_>, i: usize) -> bool {
    if doc.tokens[i].kind != TokenKind::Word {
        return false;
    }
    for k in i..i + 3 {
        let Some(next) = doc.tokens.get(k + 1) else { return false };
        let gap = doc.gap(k, k + 1);
        if gap.starts_with(':') {
            return true;
        }
        if gap != " " || next.kind != TokenKind::Word {
            return false;
        }
    }
    false
}

/// `mike here. ur tech was great`, `tayla here, new card…`: a word starting a line and
/// followed by `here` introduces the writer (the word must still be a given name).
pub(super) fn here_after_line_start(doc: &Document<'_>, i: usize) -> bool {
    doc.tokens.get(i + 1).is_some_and(|n| n.len() == 4)
        && doc.starts_line(i)
        && doc.gap(i, i + 1) == " "
        && doc.word(i + 1).eq_ignore_ascii_case("here")
        && doc.text[doc.tokens[i + 1].end..].starts_with(['.', ',', '!', ' ', '\n', ':'])
}

/// Does the message end with the name at `first..=last`, set off by a dash, a comma or a
/// kiss (`… for the new contract - mel`, `…, jaz`, `for the form x becky`), or after a
/// sign-off word (`gruss kai`)?
#[inline]
pub(super) fn signs_message(doc: &Document<'_>, first: usize, last: usize) -> bool {
    // Called for every lower-case word: only the text's last token can sign it.
    last + 1 == doc.tokens.len() && last_words_sign(doc, first, last)
}

pub(super) fn last_words_sign(doc: &Document<'_>, first: usize, last: usize) -> bool {
    let Some(p) = first.checked_sub(1) else { return false };
    let at_end = doc.text[doc.tokens[last].end..].trim_end_matches(['.', '!', ' ', '\n', '\r']).is_empty();
    // `… in Grand Forks, North Dakota.` ends with a place.
    let place = || {
        doc.has(first, PHRASE_START) && doc.phrase_at(first, CITY | REGION | COUNTRY).is_some_and(|(l, _)| l <= last)
            || (first..=last).any(|k| {
                let info = doc.lookup(k);
                info.any(REGION | COUNTRY) || info.has(CITY) && info.city_pop >= 100_000
            })
    };
    at_end
        && !place()
        // (`… à 14h. – Yanis`: after the last sentence's stop.)
        && (matches!(gap(doc, p, first).trim_start_matches(['.', '!', '?']), " - " | " – " | " — " | ", " | " -" | " –") || {
            let w = doc.word(p);
            gap(doc, p, first) == " " && (w == "x" || is_one_of(w, SIGN_OFF_WORDS))
        })
}
