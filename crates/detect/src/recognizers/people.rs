//! PERSON without a model: name gazetteers give each word a prior, support-text cues
//! (greetings, titles, "my name is", form labels, sign-offs, speaker labels, e-mail
//! display names) give the context. Capitalisation is evidence, not a gate: lower-case
//! names are found after strong cues, ALL-CAPS names like any other.
//!
//! Also NRP (nationality, religion, politics: GDPR Art. 9) and AGE, which need the same
//! kind of "this describes a person" context.

use smallvec::{SmallVec, smallvec};

use super::{
    DetectionExt, Recognizer, answers_place_question, answers_question, candidate, ends_organisation, is_one_of,
    is_organisation_of, time_labels_sender,
};
use crate::analyzer::Document;
use crate::cues::{
    AFTER_VERBS, AGE_BEFORE, AGE_BEFORE_WEAK, AGE_LABELS, AGE_SUBJECTS, AGE_UNITS_NOT, AGENCY_VERBS, CONTACT_VERBS,
    DETERMINERS, DURATION_BEFORE, ESTABLISHMENTS, GREETINGS, INTRODUCTIONS, LABELS, MONTHS_AND_DAYS, NAME_LABELS,
    NAME_QUESTIONS, NOT_NAME, NRP_AFTER, NRP_BEFORE, NRP_LABELS, NRP_NOT_PERSON_BEFORE, ORG_WORDS, PARTICLES, PETS,
    RELATIONS, SPEAKER_ROLES, STRONG_INTRODUCTIONS, TITLES, VERSION_WORDS, WEEKDAY_ABBREVIATIONS, WEEKDAYS,
    WORDLIKE_GIVEN,
};
use crate::detection::{ContextEvidence, Detection};
use crate::entity::EntityType;
use crate::gazetteer::{
    CITY, CITY_AMBIGUOUS, COUNTRY, ENGLISH, FIRST, FIRST_AMBIGUOUS, FUNCTION_WORD, LAST, LAST_AMBIGUOUS, MONTH, NRP,
    NRP_AMBIGUOUS, NRP_PHRASE_REST, NRP_PHRASE_START, NrpKind, PHRASE_START, POBOX, REGION, STREET_AFTER,
    STREET_BEFORE, UNIT, WordInfo,
};
use crate::text::{AFTER_SPACE, INNER_PUNCT, Token, TokenKind, line_after, line_before, line_head, without_possessive};

pub(crate) struct Person;

const SIGN_OFFS: &[&str] = &[
    "thanks",
    "thank you",
    "many thanks",
    "thanks again",
    "thanks so much",
    "thank you so much",
    "best",
    "best regards",
    "regards",
    "kind regards",
    "warm regards",
    "warmest regards",
    "cheers",
    "sincerely",
    "yours sincerely",
    "yours truly",
    "yours",
    "all the best",
    "br",
    "thx",
    "ta",
    "ty",
    "take care",
    "cordially",
    "respectfully",
    "love",
    "cordialement",
    "saludos",
    "un saludo",
    "grazie",
    "mit freundlichen grüßen",
    "viele grüße",
    "liebe grüße",
    "gruß",
    "grüße",
    "met vriendelijke groet",
    "groeten",
    "atenciosamente",
    "abraços",
    "best wishes",
    "with thanks",
    "rgds",
    "kr",
    "thanks in advance",
    "many thanks in advance",
    "talk soon",
    "speak soon",
    "have a great day",
    "have a nice day",
    "appreciate it",
    "much appreciated",
    "bien à vous",
    "saluti",
    "cordiali saluti",
    "distinti saluti",
    "muchas gracias",
    "gracias",
    "merci",
    "danke",
    "vielen dank",
    "obrigado",
    "obrigada",
    "bedankt",
    "regards from",
    "hugs",
    "xoxo",
    "x",
    "tia",
    "mvh",
    "med vänlig hälsning",
    "med venlig hilsen",
    "hilsen",
    "mfg",
    "lg",
    "vg",
    "groetjes",
    "pozdrawiam",
    "saludos cordiales",
    "ngā mihi",
    "nga mihi",
    "ngā mihi nui",
    "--",
    "-",
];

/// Articles: a title after one is a noun, not a form of address.
const ARTICLES: &[&str] = &[
    "the", "a", "o", "os", "el", "la", "le", "il", "lo", "un", "una", "um", "uma", "der", "die", "das", "de", "het",
    "een",
];

/// Words that address someone without naming them, written lower-case after a greeting
/// or thanks (`Good evening ma`, `Thank you sir`, `Hello love`), and Thai polite
/// particles in their place (`Thank you ka`).
const FORMS_OF_ADDRESS: &[&str] = &[
    "ma", "maam", "mam", "madam", "sir", "love", "luv", "dear", "darling", "hun", "son", "mate", "pal", "hen", "bro",
    "ka", "kha",
];

/// How much a word alone looks like part of a name.
#[derive(Clone, Copy, Debug, PartialEq)]
enum NameClass {
    /// A well-attested given name.
    Given(f32),
    /// A surname that is not also an ordinary word.
    Surname(f32),
    /// A name that is also an ordinary word or a place.
    Ambiguous {
        given: bool,
    },
    /// Capitalised, unknown to every list and not a dictionary word: maybe a name.
    Unknown,
    NotName,
}

impl NameClass {
    fn score(self) -> f32 {
        match self {
            NameClass::Given(s) | NameClass::Surname(s) => s,
            NameClass::Ambiguous { .. } => 0.2,
            NameClass::Unknown => 0.12,
            NameClass::NotName => 0.0,
        }
    }
    fn is_name(self) -> bool {
        self != NameClass::NotName
    }
    fn can_start(self) -> bool {
        matches!(self, NameClass::Given(_) | NameClass::Ambiguous { given: true })
    }
}

/// Is token `i` the `PO` or the `Box` of `PO Box` (`Box` alone may be a surname)?
fn in_po_box(doc: &Document<'_>, i: usize) -> bool {
    // (A length test first: every capitalised word is classified.)
    let po = |k: usize| doc.tokens[k].len() == 2 && doc.word(k).eq_ignore_ascii_case("po");
    let joined = |a: usize, b: usize| b < doc.tokens.len() && matches!(doc.gap(a, b), " " | ". " | ".");
    i > 0 && doc.has(i, POBOX) && po(i - 1) && joined(i - 1, i) || po(i) && joined(i, i + 1) && doc.has(i + 1, POBOX)
}

fn classify(doc: &Document<'_>, i: usize) -> NameClass {
    let t = doc.tokens[i];
    if t.kind != TokenKind::Word || t.len() < 2 {
        return NameClass::NotName;
    }
    let word = without_possessive(t.text(doc.text));
    // Cue bits first: they are cheaper than the gazetteer look-up of a lower-case word.
    // (`Mein Mann Thomas`: the last word of a relation's phrase is not the name's first.)
    let relation_phrase = || doc.cue_match(i, RELATIONS).is_some_and(|(_, first)| first < i);
    if doc.is(i, NOT_NAME) || doc.is(i, TITLES) || in_po_box(doc, i) || relation_phrase() || in_nrp_phrase(doc, i) {
        return NameClass::NotName;
    }
    let particle = doc.is(i, PARTICLES);
    // (`ok ty omar`: thanks, not Ty.)
    if particle && !t.is_capitalised()
        || t.is_lower_ascii() && (is_one_of(word, FORMS_OF_ADDRESS) || doc.is(i, GREETINGS))
    {
        return NameClass::NotName;
    }
    let info: WordInfo = doc.lookup(i);
    // `Ben Ortiz`: a capitalised particle that is a common given name.
    if particle && !(info.has(FIRST) && info.first_freq >= 0.03 && !t.is_all_upper()) {
        return NameClass::NotName;
    }
    let first = info.has(FIRST);
    let last = info.has(LAST);
    if (first || last) && !looks_like_a_name(doc, i, word) {
        return NameClass::NotName;
    }
    // `Neighbor Hank Dobbins`, `Kontoinhaber Jens Hartmann`: a relation or a field's label
    // before a name, not its first word (unless it is a given name too).
    // (So is a greeting, an introduction or a speaker's role no list knows: `Merhaba Elif`,
    // `Chamo-me Joana`, `Temsilci Burak`.)
    if !first
        && (doc.is(i, RELATIONS)
            || doc.is(i, LABELS)
            || doc.is(i, SPEAKER_ROLES)
            || doc.is(i, GREETINGS)
            || doc.is(i, INTRODUCTIONS))
    {
        return NameClass::NotName;
    }
    if doc.is(i, MONTHS_AND_DAYS) && !first {
        return NameClass::NotName;
    }
    // `Versie 7.4.0`, `Driver 2.1`: a version's word before its number (`Versie` is a given
    // name too).
    let version_number = || {
        doc.tokens.get(i + 1).is_some_and(|n| n.is_number() && gap(doc, i, i + 1) == " ")
            && doc.text.as_bytes().get(doc.tokens[i + 1].end) == Some(&b'.')
    };
    if doc.is(i, VERSION_WORDS) && version_number() {
        return NameClass::NotName;
    }
    // `Tue/Thu/Sat mornings`: a day's short form in a list of days (`Thu` is a given name too).
    let slashed = |a: usize, b: usize| b < doc.tokens.len() && gap(doc, a, b) == "/";
    if (doc.is(i, WEEKDAYS) || doc.is(i, WEEKDAY_ABBREVIATIONS)) && (i > 0 && slashed(i - 1, i) || slashed(i, i + 1)) {
        return NameClass::NotName;
    }
    // `VAT3 for Jan–Feb`, `Jan/Feb`: a month's short form in a range of months.
    let month_range = |a: usize, b: usize| {
        b < doc.tokens.len()
            && doc.is(a, MONTHS_AND_DAYS)
            && doc.is(b, MONTHS_AND_DAYS)
            && matches!(gap(doc, a, b), "/" | "-" | "–")
    };
    if doc.is(i, MONTHS_AND_DAYS) && (i > 0 && month_range(i - 1, i) || month_range(i, i + 1)) {
        return NameClass::NotName;
    }
    let place =
        info.has(COUNTRY) || info.has(REGION) || info.has(CITY) && !info.has(CITY_AMBIGUOUS) && info.city_pop > 200_000;
    let nrp = info.has(NRP) && !info.has(NRP_AMBIGUOUS);
    let street = info.any(STREET_AFTER | STREET_BEFORE | UNIT);
    if first {
        let wordlike = doc.is(i, WORDLIKE_GIVEN) || info.has(FIRST_AMBIGUOUS) && info.first_freq < 0.1;
        if wordlike || place || nrp || street {
            return NameClass::Ambiguous { given: true };
        }
        return NameClass::Given(0.55 + info.first_freq.min(1.0) * 0.1);
    }
    if last {
        let wordlike = info.has(LAST_AMBIGUOUS) || info.has(ENGLISH);
        if wordlike || place || nrp || street {
            return NameClass::Ambiguous { given: false };
        }
        return NameClass::Surname(0.45 + info.last_freq.min(0.5) * 0.2);
    }
    // `Edna Ploughman`, `Rob Fieldson`: after a given name, a word of the dictionary with a
    // surname's ending is as likely a name as a word no list knows.
    let surname_shaped = || {
        info.flags & !ENGLISH == 0
            && word.len() >= 7
            && i > 0
            && doc.has(i - 1, FIRST)
            && gap(doc, i - 1, i) == " "
            && SURNAME_ENDINGS.iter().any(|e| word.ends_with(e))
    };
    if !t.is_capitalised() || t.is_all_upper() || word.len() < 3 || info.flags != 0 && !surname_shaped() {
        return NameClass::NotName;
    }
    NameClass::Unknown
}

/// Endings that English surnames made of words share (`Ploughman`, `Fieldson`, `Woodley`).
const SURNAME_ENDINGS: &[&str] = &["man", "son", "ley", "field", "wood", "ford", "worth", "smith", "wright", "ham"];

/// Is `word` (token `i`, a word the name lists know) written as a name here? Not a modal
/// verb opening a question or a reply (`May I have…`, `Will you…`, `Will do.`), an
/// acronym before a number (`PO 77-2024-118`), or a hyphenated word whose later part is
/// a dictionary word (`Dev-support`; `Hyun-woo`, `Ji-ho` are names: their later parts
/// are short syllables).
fn looks_like_a_name(doc: &Document<'_>, i: usize, word: &str) -> bool {
    const AFTER_MODAL: &[&str] = &["i", "we", "you", "he", "she", "they", "it", "this", "that", "do", "be"];
    let t = doc.tokens[i];
    let next = doc.tokens.get(i + 1).filter(|_| gap(doc, i, i + 1) == " ");
    let modal = matches!(word, "May" | "Will" | "MAY" | "WILL")
        && next.is_some_and(|n| is_one_of(n.text(doc.text), AFTER_MODAL));
    let acronym = t.len() <= 3 && t.is_all_upper() && next.is_some_and(|n| n.is_number());
    let hyphenated = t.len() >= 7
        && word.bytes().position(|c| c == b'-').is_some_and(|h| {
            let rest = &word[h + 1..];
            rest.len() >= 4 && rest.bytes().all(|c| c.is_ascii_lowercase()) && doc.gaz.is_english(rest)
        });
    !(modal || acronym || hyphenated)
}

/// Does a label naming a thing come right before token `i` (`Business name: Shree Ganesh
/// Handlooms`, `Pet name: Oscar`)?
fn after_thing_label(doc: &Document<'_>, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else { return false };
    gap(doc, p, i).contains(':') && doc.cue_match(p, LABELS).is_some_and(|(_, s)| names_a_thing(doc, s))
}

/// Does the label starting at token `s` name a thing, not a person (`Business name:`,
/// `Pet name:`, `store_name:`)?
fn names_a_thing(doc: &Document<'_>, s: usize) -> bool {
    const THINGS: &[&str] = &[
        "business", "company", "shop", "store", "trading", "brand", "pet", "product", "device", "network", "file",
        "host", "app", "plan", "team", "event", "project", "bank", "venue", "vessel",
    ];
    let spaced = s > 0 && matches!(gap(doc, s - 1, s), " " | "_" | "-") && is_one_of(doc.word(s - 1), THINGS);
    let glued = || {
        let w = doc.word(s);
        // (`store_name`, `petName`; `applicant` starts with `app` but names a person.)
        THINGS.iter().any(|t| {
            w.len() > t.len()
                && w.as_bytes()[..t.len()].eq_ignore_ascii_case(t.as_bytes())
                && matches!(w.as_bytes()[t.len()], b'_' | b'A'..=b'Z')
        })
    };
    spaced || glued()
}

/// The gap text between tokens `a` and `b`.
#[inline]
fn gap<'t>(doc: &Document<'t>, a: usize, b: usize) -> &'t str {
    doc.gap(a, b)
}

/// Does token `k` belong to an organisation's or place's name (`Labs`, `Park`, `Bank`)?
fn is_org_word(doc: &Document<'_>, k: usize) -> bool {
    doc.is(k, ORG_WORDS) || ends_organisation(doc, k)
}

/// A name sequence: tokens `first..=last` (titles excluded), and whether it is written
/// in lower case (only allowed after a strong cue).
struct Sequence {
    first: usize,
    last: usize,
    /// One per token; names are a few words, so they live on the stack.
    classes: SmallVec<[NameClass; 8]>,
}

impl Recognizer for Person {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::Person]
    }

    /// `I spoke to Roman … the notes Roman left`: a name found once is a name wherever
    /// else the text writes it alone, capitalised, between words that are no name: a
    /// one-word name as found, or the given name of a longer one (`Jenna` of `Jenna
    /// Kowalski`).
    fn recognize_after(&self, doc: &Document<'_>, found: &[Detection], out: &mut Vec<Detection>) {
        listed_among_names(doc, found, out);
        let toks = doc.tokens;
        let mut names: SmallVec<[&str; 8]> = found
            .iter()
            .filter(|d| d.entity_type == EntityType::Person)
            .filter_map(|d| {
                let first = toks.partition_point(|t| t.start < d.start);
                let one_word = toks.get(first)?.end >= d.end;
                (one_word || doc.has(first, FIRST)).then(|| without_possessive(doc.word(first)))
            })
            .filter(|name| name.len() >= 3)
            .collect();
        if names.is_empty() {
            return;
        }
        // Sorted, so that a text with thousands of names stays O(n log n).
        names.sort_unstable();
        names.dedup();
        let capitalised_word = |k: usize| toks[k].kind == TokenKind::Word && toks[k].is_capitalised();
        for (i, t) in toks.iter().enumerate() {
            if !capitalised_word(i) {
                continue;
            }
            let name = without_possessive(doc.word(i));
            if names.binary_search(&name).is_err() {
                continue;
            }
            let alone = !(i + 1 < toks.len() && gap(doc, i, i + 1) == " " && capitalised_word(i + 1))
                && !(i > 0 && gap(doc, i - 1, i) == " " && capitalised_word(i - 1) && !at_sentence_start(doc, i - 1));
            // (`Steuerbüro Hagedorn` beside `A. Hagedorn`: the firm bears the person's name.)
            if alone && !after_pet_word(doc, i) && !after_establishment(doc, i) {
                let mut det =
                    candidate(t.start, t.start + name.len(), EntityType::Person, 0.6, "person", "name found elsewhere");
                det.explanation.validation = Some("same text");
                out.push(det);
            }
        }
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        let toks = doc.tokens;
        let mut i = 0;
        while i < toks.len() {
            let t = toks[i];
            if t.kind != TokenKind::Word {
                i += 1;
                continue;
            }
            if doc.is(i, PARTICLES)
                && let Some(last) = particle_surname_after_title(doc, i)
            {
                let det = candidate(t.start, toks[last].end, EntityType::Person, 0.85, "person", "title + surname");
                out.push(det.validated("name particle"));
                i = last + 1;
                continue;
            }
            let lower_mode = !t.is_capitalised();
            if lower_mode && !lower_word_may_be_name(doc, i) {
                i += 1;
                continue;
            }
            if lower_mode
                && !strong_cue_before(doc, i)
                && !speaking_after(doc, i)
                && !here_after_line_start(doc, i)
                && !lower_speaker(doc, i)
                && !answers_question(doc, i, NAME_QUESTIONS)
            {
                if thanked_at_turn_end(doc, i) {
                    let det = candidate(t.start, t.end, EntityType::Person, 0.6, "person", "name thanked at turn end");
                    out.push(det);
                }
                i += 1;
                continue;
            }
            if lower_mode && let Some(last) = unknown_given_name_then_surname(doc, i) {
                let det = candidate(t.start, toks[last].end, EntityType::Person, 0.75, "person", "name is + name");
                out.push(det.validated("surname gazetteer"));
                i = last + 1;
                continue;
            }
            if let Some(last) = surname_first(doc, i) {
                let det = candidate(t.start, toks[last].end, EntityType::Person, 0.85, "person", "SURNAME, Given");
                out.push(det.validated("name gazetteer"));
                i = last + 1;
                continue;
            }
            let class = classify(doc, i);
            let initial = is_initial(doc, i);
            if !class.is_name() && !initial {
                i += 1;
                continue;
            }
            if lower_mode && matches!(class, NameClass::Unknown | NameClass::Ambiguous { given: false }) {
                i += 1;
                continue;
            }
            let seq = extend(doc, i, class, lower_mode);
            let mut next = seq.last + 1;
            if let Some(mut det) = score(doc, &seq, lower_mode) {
                if seq.last > seq.first && monsieur(doc, seq.first) {
                    det.start = toks[seq.first + 1].start;
                }
                if let Some((start, last)) = with_nickname(doc, seq.first, seq.last) {
                    det.start = toks[start].start;
                    det.end = toks[last].end;
                    next = last + 1;
                }
                out.push(det);
            }
            i = next;
        }
    }
}

/// `Players: Alfie, Kai, Harrison, Jude, Nico`: a capitalised word in a list whose items
/// next to it (two at most on each side) are names found alone, two of them at least, is a
/// name too, though no list knows it or it is a word elsewhere.
fn listed_among_names(doc: &Document<'_>, found: &[Detection], out: &mut Vec<Detection>) {
    let toks = doc.tokens;
    // The one-word names' tokens: a list's items can only be next to them.
    let names: SmallVec<[usize; 16]> = found
        .iter()
        .filter(|d| d.entity_type == EntityType::Person)
        .filter_map(|d| {
            let k = toks.partition_point(|t| t.start < d.start);
            toks.get(k).filter(|t| t.start == d.start && t.end == d.end).map(|_| k)
        })
        .collect();
    if names.len() < 2 {
        return;
    }
    let mut near: SmallVec<[usize; 16]> = names
        .iter()
        .flat_map(|&k| [k.wrapping_sub(2), k.wrapping_sub(1), k + 1, k + 2])
        .filter(|&k| k < toks.len())
        .collect();
    near.sort_unstable();
    near.dedup();
    let listed = |a: usize, b: usize| matches!(gap(doc, a, b), ", " | " and " | " & " | " y " | " et " | " und ");
    let taken = |k: usize| {
        let t = toks[k];
        let at = found.partition_point(|d| d.end <= t.start);
        found.get(at).is_some_and(|d| d.start < t.end)
    };
    // (Names this rule adds count for the items after them: `…, Tomi, Zac, Nico`.)
    let mut added: SmallVec<[usize; 8]> = SmallVec::new();
    for k in near {
        let t = toks[k];
        if t.kind != TokenKind::Word || !t.is_capitalised() || t.is_all_upper() || taken(k) {
            continue;
        }
        let is_name = |k: usize| added.contains(&k) || names.binary_search(&k).is_ok();
        let before = (1..=2).take_while(|&n| k >= n && listed(k - n, k - n + 1) && is_name(k - n)).count();
        let after = (1..=2).take_while(|&n| k + n < toks.len() && listed(k + n - 1, k + n) && is_name(k + n)).count();
        if before + after < 2 || doc.is(k, NOT_NAME) {
            continue;
        }
        let info = doc.lookup(k);
        if info.any(ENGLISH | CITY | COUNTRY | REGION | NRP) && !info.has(FIRST) {
            continue;
        }
        added.push(k);
        let det = candidate(t.start, t.end, EntityType::Person, 0.6, "person", "listed among names");
        out.push(det.validated("same text"));
    }
}

/// Could the lower-case word `i` be a name at all? Most words of a text are lower-case
/// and most follow a word and precede one on the same line; this is one test of the bytes
/// and cue bits around the word that is true wherever [`strong_cue_before`],
/// [`here_after_line_start`], [`lower_speaker`] or [`thanked_at_turn_end`] can be, and
/// where a reply starts its line or a label's value (see [`answers_question`]).
fn lower_word_may_be_name(doc: &Document<'_>, i: usize) -> bool {
    const CUES_BEFORE: u128 = CONTACT_VERBS.bit()
        | GREETINGS.bit()
        | STRONG_INTRODUCTIONS.bit()
        | NAME_LABELS.bit()
        | RELATIONS.bit()
        | TITLES.bit();
    let toks = doc.tokens;
    let bytes = doc.text.as_bytes();
    let Some(p) = i.checked_sub(1) else { return true };
    if i + 1 == toks.len() || doc.may_end_cue(p, CUES_BEFORE) || p > 0 && doc.may_end_cue(p - 1, CONTACT_VERBS.bit()) {
        return true;
    }
    // (A word between single spaces, as most are: no line break, colon or label around it.)
    let speaking_next = || toks[i + 1].len() == 8 && bytes[toks[i + 1].start..].starts_with(b"speaking");
    if toks[i].flags & AFTER_SPACE != 0 && toks[i + 1].flags & AFTER_SPACE != 0 {
        return speaking_next()
            || toks[i].len() >= 3 && toks[i + 1].kind == TokenKind::Alnum
            || super::bare_speaker(doc, p);
    }
    // A word at its line's start or after a label's colon (a reply: `Klant: noor el
    // amrani`), before a colon, or (three letters at least) with no letter or digit after
    // it on its line: a token of underscores alone is the only token that has neither.
    let after = &bytes[toks[i].end..toks[i + 1].start];
    let before = &bytes[toks[p].end..toks[i].start];
    // (A length test first: [`speaking_after`] takes only `speaking`.)
    speaking_next()
        || doc.starts_line(i)
        || before.ends_with(b": ")
        // A chat export's sender after the bracketed time (`[21:13] jan novotný: …`).
        || before.ends_with(b"] ")
        || after.first() == Some(&b':')
        || toks[i].len() >= 3 && (doc.starts_line(i + 1) || toks[i + 1].kind == TokenKind::Alnum)
}

/// Does an establishment's word come right before token `i`, capitalised, alone or with a
/// Romance `of` (`Hotel Santa Croce`, `Hospital de Santa Maria`), so that the words from
/// `i` on name it, not a person?
fn after_establishment(doc: &Document<'_>, i: usize) -> bool {
    let Some(mut k) = i.checked_sub(1) else { return false };
    if !doc.may_end_cue(k, ESTABLISHMENTS.bit() | PARTICLES.bit()) {
        return false;
    }
    if k > 0 && doc.is(k, PARTICLES) && gap(doc, k - 1, k) == " " {
        k -= 1;
    }
    gap(doc, k, k + 1) == " " && doc.tokens[k].is_capitalised() && doc.is(k, ESTABLISHMENTS)
}

/// Does a pet word come right before token `i` (`my cat Oliver`)? Pets are no persons.
fn after_pet_word(doc: &Document<'_>, i: usize) -> bool {
    i > 0 && gap(doc, i - 1, i) == " " && doc.is(i - 1, PETS)
}

/// `KOWALSKI, Adam`, `PRZYBYLSKI, Thomas J`: a listed surname in capitals, a comma, and a
/// given name (with a middle initial): a name as forms and rosters write it. The last
/// token, when token `i` starts one. (`PARIS, France`: not a city before a country.)
fn surname_first(doc: &Document<'_>, i: usize) -> Option<usize> {
    let toks = doc.tokens;
    let t = toks[i];
    // `McALLISTER`: a surname in capitals after its prefix.
    let upper = t.is_all_upper()
        || t.len() >= 5 && {
            let w = doc.word(i);
            w.starts_with("Mc") && w[2..].bytes().all(|c| c.is_ascii_uppercase())
        };
    // `Guest Name: NAIR, ANIL KUMAR`: after a name's label the given names may be in
    // capitals too; `From: Alvarez, Renata`, `member: Nguyen, Thanh Hoa`: and the surname
    // may be written as usual.
    let labelled = || i > 0 && doc.gap(i - 1, i).ends_with(": ") && doc.is(i - 1, NAME_LABELS);
    // (The flag and the comma first: most capitalised words are no surname before one.)
    if !(doc.has(i, LAST)
        && t.len() >= 2
        && toks.get(i + 1).is_some_and(|n| n.is_capitalised())
        && doc.gap(i, i + 1) == ", "
        && (upper || t.is_capitalised() && labelled()))
    {
        return None;
    }
    let labelled = labelled();
    if toks[i + 1].is_all_upper() && !labelled {
        return None;
    }
    let is_given = match classify(doc, i + 1) {
        NameClass::Given(_) => true,
        NameClass::Ambiguous { given } => given && !(doc.has(i + 1, COUNTRY | REGION) && doc.has(i, CITY)),
        _ => false,
    };
    if !is_given {
        return None;
    }
    let initial = toks.get(i + 2).is_some_and(|m| {
        m.len() == 1 && m.kind == TokenKind::Word && m.is_capitalised() && doc.gap(i + 1, i + 2) == " "
    }) && !doc.text[toks[i + 2].end..].starts_with(|c: char| c.is_alphanumeric() || c == '\'');
    if initial {
        return Some(i + 2);
    }
    // More given names written as the first (`ANIL KUMAR`, `Thanh Hoa`).
    let mut last = i + 1;
    let same_case = |n: &Token| if upper { n.is_all_upper() } else { !n.is_all_upper() };
    while labelled
        && last < i + 3
        && toks
            .get(last + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalised() && same_case(n) && n.len() >= 2)
        && doc.gap(last, last + 1) == " "
        && doc.any(last + 1, FIRST | LAST)
    {
        last += 1;
    }
    Some(last)
}

/// Is the name `seq`, with up to two words before it or one after, a brand written as a
/// person's name (`Tommy Hilfiger`, `Earl Grey`, `Ben & Jerry's`, `Dr Pepper`)?
fn names_brand(doc: &Document<'_>, seq: &Sequence) -> bool {
    let toks = doc.tokens;
    (seq.first.saturating_sub(2)..=seq.first).any(|k| {
        toks[k].is_capitalised()
            && doc.gaz.starts_brand(doc.word(k))
            && (seq.last.max(k + 1)..(seq.last + 2).min(toks.len()))
                .any(|m| doc.gaz.is_brand(without_possessive(&doc.text[toks[k].start..toks[m].end])))
    })
}

/// The whole name around a quoted nickname: `Robert "Bobby" Smith` from `Robert` (or from
/// `Bobby`, when the given name alone was not taken for one). Returns its first and last
/// tokens.
fn with_nickname(doc: &Document<'_>, first: usize, last: usize) -> Option<(usize, usize)> {
    let toks = doc.tokens;
    let opens = |g: &str| matches!(g, " \"" | " “" | " '" | " ‘");
    let closes = |g: &str| matches!(g, "\" " | "” " | "' " | "’ ");
    let capitalised_word = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised());
    // `Robert` found: `"Bobby" Smith` follows.
    if capitalised_word(last + 1)
        && opens(doc.gap(last, last + 1))
        && capitalised_word(last + 2)
        && closes(doc.gap(last + 1, last + 2))
    {
        return Some((first, last + 2));
    }
    // `Bobby` found: `Robert "` before it and `" Smith` after it.
    (first == last
        && first > 0
        && capitalised_word(first - 1)
        && opens(doc.gap(first - 1, first))
        && capitalised_word(last + 1)
        && closes(doc.gap(last, last + 1)))
    .then(|| (first - 1, last + 1))
}

/// Is token `i` the French title `M.` (monsieur), not an initial: after a French word of
/// politeness (`Merci M. Garnier`, `Bonne journée M. Garnier`), or in brackets before a
/// surname in capitals (`(M. LEBRUN Gaël)`)?
fn monsieur(doc: &Document<'_>, i: usize) -> bool {
    const POLITE: &[&str] = &["merci", "bonjour", "bonsoir", "journée", "soirée", "cher", "revoir", "madame", "et"];
    doc.word(i) == "M"
        && doc.text[doc.tokens[i].end..].starts_with(". ")
        && i > 0
        && (is_one_of(doc.word(i - 1), POLITE) && gap(doc, i - 1, i) == " "
            || gap(doc, i - 1, i).ends_with('(')
                && doc.tokens.get(i + 1).is_some_and(|n| n.is_all_upper() && n.len() > 1))
}

/// A single upper-case letter used as an initial (`J.` or `J` inside a name).
fn is_initial(doc: &Document<'_>, i: usize) -> bool {
    let t = doc.tokens[i];
    // (`curl -X POST`: a command's option.)
    let option = || doc.text[..t.start].ends_with(" -");
    t.len() == 1 && t.is_capitalised() && t.kind == TokenKind::Word && !option() && {
        let after = &doc.text[t.end..];
        // (`(Dmitri K.):` closes a bracket after the initial.)
        // (`Marisol R.: Hi`, a chat's speaker; `Marcus T., Trust & Safety`, a signature.)
        after.starts_with(". ")
            || after.starts_with(".)")
            || after.starts_with(".:")
            || after.starts_with(".,") && i > 0 && doc.gap(i - 1, i) == " "
            || (after == "." || after.starts_with(".\n") || after.starts_with(".\r"))
                && i > 0
                && doc.gap(i - 1, i) == " "
            || after.starts_with(' ') && doc.tokens.get(i + 1).is_some_and(|n| n.is_capitalised())
            || glued_to_surname(doc, i)
    }
}

/// `tech=K.Mensah`, `owner: J.Smith`: an initial written without a space before a
/// capitalised surname the lists know (`U.S`, `A.B` are no such pair).
fn glued_to_surname(doc: &Document<'_>, i: usize) -> bool {
    let n = i + 1;
    doc.text[doc.tokens[i].end..].starts_with('.')
        && doc.tokens.get(n).is_some_and(|t| {
            t.start == doc.tokens[i].end + 1
                && t.kind == TokenKind::Word
                && t.is_capitalised()
                && !t.is_all_upper()
                && !doc.text[t.end..].starts_with('.')
                && doc.has(n, LAST)
        })
}

/// Grows a name sequence from token `i`: capitalised name-like words (or, in lower-case
/// mode, gazetteer names), initials and particles, joined by single spaces. `class` is
/// token `i`'s [`classify`] (the caller has it already).
fn extend(doc: &Document<'_>, i: usize, class: NameClass, lower_mode: bool) -> Sequence {
    let toks = doc.tokens;
    if !lower_mode && let Some(last) = labelled_line_value(doc, i, class) {
        let classes = std::iter::once(class).chain((i + 1..=last).map(|k| classify(doc, k))).collect();
        return Sequence { first: i, last, classes };
    }
    let mut classes: SmallVec<[NameClass; 8]> = smallvec![class];
    let mut last = i;
    let mut j = i + 1;
    while j < toks.len() && classes.len() < 5 {
        let g = gap(doc, j - 1, j);
        let joined = g == " " || (g == ". " && toks[j - 1].len() == 1) || g == "." && glued_to_surname(doc, j - 1);
        if !joined || without_possessive(toks[j - 1].text(doc.text)).len() != toks[j - 1].len() {
            break;
        }
        let t = toks[j];
        // Particles only inside a name: `María de la Cruz`, `Vincent van Gogh`.
        // (Irish and Vietnamese particles are written capitalised: `Siobhán Ní Bhriain`,
        // `Nguyễn Thị Mai`.)
        let particle = || doc.is(j, PARTICLES) && (!t.is_capitalised() || capitalised_particle(doc.word(j)));
        if !lower_mode && particle() {
            let mut k = j;
            while k < toks.len() && doc.is(k, PARTICLES) && (k == j || gap(doc, k - 1, k) == " ") {
                k += 1;
            }
            if k < toks.len() && gap(doc, k - 1, k) == " " && toks[k].is_capitalised() {
                let c = classify(doc, k);
                // `von Hohenberg`, `van der Berg`: after a Germanic family particle a
                // capitalised word is the family name, though it is a town or a street type.
                // So is it after an initial: `P. de Vries`, `M. van den Berg`.
                let family = (is_one_of(doc.word(j), &["von", "van", "zu", "vom", "ter", "ten"])
                    || is_one_of(doc.word(j), ARABIC_FAMILY_PARTICLES)
                    || j == i + 1 && is_initial(doc, i))
                    && !doc.is(k, NOT_NAME)
                    && toks[k].kind == TokenKind::Word;
                if family {
                    classes.extend(std::iter::repeat_n(NameClass::NotName, k - j));
                    classes.push(if c.is_name() { c } else { NameClass::Ambiguous { given: false } });
                    last = k;
                    j = k + 1;
                    continue;
                }
                if c.is_name() {
                    classes.extend(std::iter::repeat_n(NameClass::NotName, k - j));
                    j = k;
                    continue;
                }
            }
            break;
        }
        let mut c = classify(doc, j);
        // `Deepak Das`, `R. Das`, `Kim Le`: after a given name or an initial, a capitalised
        // particle that the surname lists know is the surname.
        if c == NameClass::NotName
            && !lower_mode
            && (classes[0].can_start() || is_initial(doc, i))
            && t.is_capitalised()
            && !t.is_all_upper()
            && doc.is(j, PARTICLES)
            && doc.lookup(j).has(LAST)
        {
            c = NameClass::Ambiguous { given: false };
        }
        // `it's evelyn brooks`, `yeah it's darren fletcher, fletcher like…`: after a given
        // name, a surname that is also a word ends the reply or the clause.
        let surname_at_clause_end = || {
            matches!(c, NameClass::Ambiguous { .. })
                && matches!(classes.last(), Some(NameClass::Given(_)))
                && toks.get(j + 1).is_none_or(|_| {
                    let after = gap(doc, j, j + 1);
                    after.starts_with([',', '.', '\n', '!', '?']) || after.starts_with(" calling")
                })
        };
        let capital_ok = if lower_mode {
            !t.is_capitalised() && (matches!(c, NameClass::Given(_) | NameClass::Surname(_)) || surname_at_clause_end())
        } else {
            // `Adam Park` is a street after a number and a person before a colon or alone
            // under a sign-off: a street type that is also a surname ends a name only where
            // the line says who speaks or signs.
            t.is_capitalised()
                && (!doc.has(j, STREET_AFTER)
                    || doc.has(j, LAST)
                        && (ends_speaker(doc, j)
                            || sign_off_line(doc, i, j)
                            || j == i + 1
                                && matches!(classes[0], NameClass::Given(_))
                                && !street_cue_before(doc, i)
                                && doc.phrase_at(i, CITY).is_none_or(|(end, _)| end != j)))
        };
        // `João Pedro Albuquerque <jp.albuquerque@…>`: a surname or a place in the
        // address's local part is the sender's name, though it is a city.
        if !lower_mode
            && t.is_capitalised()
            && !c.is_name()
            && in_own_address(doc, j)
            && doc.lookup(j).any(LAST | CITY | REGION | COUNTRY)
        {
            c = NameClass::Ambiguous { given: false };
        }
        // `jason t whitfield`: a middle initial in lower case, between a given name and a
        // name the lists know.
        let lower_initial = || {
            lower_mode
                && t.len() == 1
                && t.is_lower_ascii()
                && t.kind == TokenKind::Word
                && matches!(classes.last(), Some(NameClass::Given(_)))
                && toks.get(j + 1).is_some_and(|n| !n.is_capitalised() && n.kind == TokenKind::Word)
                && gap(doc, j, j + 1) == " "
                && matches!(classify(doc, j + 1), NameClass::Given(_) | NameClass::Surname(_))
        };
        if !(capital_ok && (c.is_name() || is_initial(doc, j)) || lower_initial()) {
            break;
        }
        classes.push(c);
        last = j;
        j += 1;
    }
    if lower_mode && classes[0].can_start() {
        last = lower_surname_tail(doc, last, &mut classes);
    }
    // Trailing particles are not part of the name.
    while last > i && classes[last - i] == NameClass::NotName && !is_initial(doc, last) {
        last -= 1;
        classes.pop();
    }
    Sequence { first: i, last, classes }
}

/// `sono francesca colombo mi è arrivata…`, `met jan-willem de groot`, `main sunita
/// deshpande bol rahi hoon`: after an introduction, the surname of a lower-case given name
/// is often a word no name list knows, or a place too. The name's last token, going on
/// from `last` over such words ([`lower_surname`]) and a particle before one (`de groot`,
/// `binti ahmad`), to four words in all; `classes` grows with them.
fn lower_surname_tail(doc: &Document<'_>, mut last: usize, classes: &mut SmallVec<[NameClass; 8]>) -> usize {
    let toks = doc.tokens;
    let lower_after = |a: usize| {
        let b = a + 1;
        b < toks.len() && gap(doc, a, b) == " " && toks[b].kind == TokenKind::Word && !toks[b].is_capitalised()
    };
    while classes.len() < 4 && lower_after(last) {
        let mut k = last + 1;
        // At most two particles (`van der`), then the surname.
        while k - last <= 2 && doc.is(k, PARTICLES) && lower_after(k) {
            k += 1;
        }
        // (After `van der`, `van den` or `von der` only a surname follows, known or not:
        // `ilse van der meulen`; a lone `van` is Dutch `from` as often: `sanne van glasnet`,
        // and German `von den` is `from the`: `markus von den stadtwerken`.)
        let after_particle = k == last + 3
            && matches!((doc.word(last + 1), doc.word(last + 2)), ("van", "der" | "den") | ("von", "der"));
        if classes.len() + (k - last) > 4 || !lower_surname(doc, k, after_particle) {
            break;
        }
        classes.extend(std::iter::repeat_n(NameClass::NotName, k - last - 1));
        classes.push(NameClass::Ambiguous { given: false });
        last = k;
    }
    last
}

/// Is token `s` (a relation or role) owned (`my wife`, `your plumber`, `our nearest tech`)?
fn possessed(doc: &Document<'_>, s: usize) -> bool {
    let owner_at = |k: usize| gap(doc, k, k + 1) == " " && is_one_of(doc.word(k), POSSESSIVES);
    s > 0 && owner_at(s - 1)
        || s > 1 && gap(doc, s - 1, s) == " " && doc.tokens[s - 1].is_lower_ascii() && owner_at(s - 2)
}

/// The possessed relation or role before `is` or `will be` ending at token `p`
/// (`your tech is`, `our nearest tech will be`).
fn role_before_is(doc: &Document<'_>, p: usize) -> Option<usize> {
    let r = match doc.word(p) {
        "is" => p.checked_sub(1)?,
        "be" if p >= 2 && doc.word(p - 1) == "will" && gap(doc, p - 1, p) == " " => p - 2,
        _ => return None,
    };
    (gap(doc, r, r + 1) == " " && doc.is(r, RELATIONS) && possessed(doc, r)).then_some(r)
}

/// `mi name is delroy campbell`, `my name is tavita smith`: after `name is`, a lower-case
/// word no list knows (no dictionary word either) followed by a surname the lists know is
/// a given name and its surname. The last token.
fn unknown_given_name_then_surname(doc: &Document<'_>, i: usize) -> Option<usize> {
    let p = i.checked_sub(1)?;
    let toks = doc.tokens;
    let next = i + 1;
    if next >= toks.len() || doc.gap(p, i) != " " || doc.gap(i, next) != " " || toks[next].kind != TokenKind::Word {
        return None;
    }
    let named = doc.cue_match(p, STRONG_INTRODUCTIONS).is_some_and(|(entry, _)| entry.ends_with("name is"));
    let unknown = toks[i].len() >= 3 && doc.lookup(i).flags == 0;
    (named && unknown && !toks[next].is_capitalised() && doc.lookup(next).has(LAST) && lower_surname(doc, next, false))
        .then_some(next)
}

/// Could the lower-case word `k` be a surname after a given name: a surname or place the
/// lists know, but no word of a language's dictionary or function words, no month or day
/// and no word that is never a name? (A word no list knows is not taken unless a Dutch or
/// German particle announced it (`after_particle`): in the many languages of support
/// chats it is a verb or a company as often as a surname.)
fn lower_surname(doc: &Document<'_>, k: usize, after_particle: bool) -> bool {
    let t = doc.tokens[k];
    if t.len() < 3 || doc.is(k, NOT_NAME) || doc.is(k, PARTICLES) || doc.is(k, GREETINGS) || doc.is(k, MONTHS_AND_DAYS)
    {
        return false;
    }
    let info = doc.lookup(k);
    if info.any(FUNCTION_WORD | MONTH | NRP) {
        return false;
    }
    // One of the commonest surnames, though a word too (`keisha brown`, `amy young`), or a
    // double-barrelled one with a known part (`jasmine oyelaran-pike`).
    if info.has(LAST) && (info.last_freq >= 0.1 || t.flags & INNER_PUNCT != 0 && doc.word(k).contains('-')) {
        return true;
    }
    if info.any(ENGLISH | STREET_AFTER | STREET_BEFORE | UNIT) {
        return false;
    }
    after_particle || info.any(LAST | CITY | REGION | COUNTRY)
}

/// Is the sequence the first word of a sentence after a chat label rather than a
/// form's value (`Customer: Lovely, thanks!`, `Agent: Hiya, how can I help?`): one word
/// the name lists do not know as a given name or surname, and more words after it on
/// its line?
fn utterance_after_label(doc: &Document<'_>, seq: &Sequence, known_name: bool) -> bool {
    seq.first == seq.last
        && !known_name
        && line_after(doc.text, doc.tokens[seq.last].end, 200)
            .is_some_and(|rest| rest.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count() >= 2)
}

/// `Nome: João Pedro Albuquerque`, `Cardholder: Elaine Park`: a name label's value alone
/// on its line is one name, whatever its words are elsewhere (a city, a street type, a
/// particle). Its last token, when the value starting at `i` is two to four capitalised
/// words or particles running to the end of the line. `class` is token `i`'s [`classify`].
fn labelled_line_value(doc: &Document<'_>, i: usize, class: NameClass) -> Option<usize> {
    let toks = doc.tokens;
    let p = i.checked_sub(1)?;
    let g = gap(doc, p, i);
    if !g.contains(':') || g.contains('\n') {
        return None;
    }
    // The label starts its line (`Bank name:` names a bank).
    let (_, label) = doc.cue_match(p, LABELS)?;
    if !doc.starts_line(label) {
        return None;
    }
    let word_like = |k: usize| {
        toks[k].kind == TokenKind::Word && (doc.is(k, PARTICLES) || toks[k].is_capitalised() && !doc.is(k, NOT_NAME))
    };
    let mut last = i;
    while last + 1 < toks.len() && last + 1 - i < 4 && gap(doc, last, last + 1) == " " && word_like(last + 1) {
        last += 1;
    }
    let rest = line_after(doc.text, toks[last].end, 200)?;
    let line_ends = rest.trim_end_matches(['.', ',', ' ', '\r']).is_empty();
    // `Orion Freight Co.`, but `Elaine Park`: after a given name, a surname that also ends
    // organisations' names (`Business Park`) is a surname.
    let given_first = matches!(class, NameClass::Given(_));
    let organisation = (i..=last).any(|k| is_org_word(doc, k) && !(given_first && doc.lookup(k).has(LAST)));
    (last > i && line_ends && !organisation && word_like(i) && toks[last].is_capitalised()).then_some(last)
}

/// Does a role or company in brackets or after `@` follow token `j`, then the colon of a
/// chat line (`Devon (Support): …`, `Amber @ Brightcart: …`)?
fn role_before_colon(doc: &Document<'_>, j: usize) -> bool {
    // The role is short: the line may go on well past it.
    let line = line_head(doc.text, doc.tokens[j].end, 40);
    let role = |open: &str, close: &str| {
        line.strip_prefix(open)
            .and_then(|rest| rest.find(close).map(|k| &rest[..k]))
            .is_some_and(|r| !r.is_empty() && !r.contains([':', '(', '@']))
    };
    role(" (", "):") || role(" [", "]:") || role(" @ ", ":")
}

/// Does token `j` end a speaker's or sender's name: a colon, a quote or an e-mail
/// address right after it (`Hyun-woo Park:`, `From: "Owen Park" <…>`)?
/// The local part and the domain of the e-mail address in angle brackets right after
/// token `k`, as a display name is written (`Lakeview Lodge <stay@lakeviewlodgeqt.co.nz>`).
fn address_after<'t>(doc: &Document<'t>, k: usize) -> Option<(&'t str, &'t str)> {
    let rest = &doc.text[doc.tokens[k].end..];
    let rest = rest.strip_prefix(" <").or_else(|| rest.strip_prefix("\" <"))?;
    let address = &rest[..rest.find('>').filter(|&e| e <= 120)?];
    address.split_once('@')
}

/// Lower-cased letters of `word` with the accents of Latin letters dropped (`Maré` →
/// `mare`), as an address writes a name.
fn address_letters(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().flat_map(char::to_lowercase).filter_map(|c| match c {
        'á' | 'à' | 'â' | 'ã' | 'ä' | 'å' => Some('a'),
        'é' | 'è' | 'ê' | 'ë' => Some('e'),
        'í' | 'ì' | 'î' | 'ï' => Some('i'),
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' => Some('o'),
        'ú' | 'ù' | 'û' | 'ü' => Some('u'),
        'ç' => Some('c'),
        'ñ' => Some('n'),
        c if c.is_ascii_alphanumeric() => Some(c),
        _ => None,
    })
}

/// Is the word at token `j`, three letters or more, part of the local part of the address
/// that follows the display name it is in?
fn in_own_address(doc: &Document<'_>, j: usize) -> bool {
    let mut k = j;
    while k + 1 < doc.tokens.len() && gap(doc, k, k + 1) == " " && k - j < 3 {
        k += 1;
    }
    let Some((local, _)) = address_after(doc, k) else { return false };
    let word: String = address_letters(doc.word(j)).collect();
    word.len() >= 3 && local.to_ascii_lowercase().contains(&word)
}

/// Is the display name `seq` its sender's organisation, written in its address's domain or
/// as its local part (`Lakeview Lodge <stay@lakeviewlodgeqt.co.nz>`, `Customer Care
/// <customercare@…>`, `Pousada Maré Alta <reservas@pousadamarealta.com.br>`)? A name
/// starting with a given name is a person's even so (`John Smith <john@johnsmith.com>`).
fn names_sender_domain(doc: &Document<'_>, seq: &Sequence) -> bool {
    let Some((local, domain)) = address_after(doc, seq.last) else { return false };
    if seq.classes.first().is_some_and(|c| c.can_start()) {
        return false;
    }
    let words: String = (seq.first..=seq.last).flat_map(|k| address_letters(doc.word(k))).collect();
    let host = domain.split('.').next().unwrap_or("").to_ascii_lowercase();
    let local = local.to_ascii_lowercase();
    words.len() >= 4 && (host.contains(&words) || local.contains(&words))
}

/// `Aisha Al Balushi`, `Hafiz Bin Osman`: written capitalised, and a family name follows.
const ARABIC_FAMILY_PARTICLES: &[&str] = &["al", "bin", "ibn", "bint"];

/// Is `word` a particle written capitalised inside a name (`Siobhán Ní Bhriain`, `Pádraig Ó
/// Súilleabháin`, `Nguyễn Thị Mai`, `Nguyen Van Minh` without its accents, `Aisha Al
/// Balushi`)? Compared lower-cased: `Ó` is not ASCII.
fn capitalised_particle(word: &str) -> bool {
    ["ní", "nic", "ó", "thị", "thi", "văn", "van"].iter().any(|p| crate::context::word_eq(word, p, true))
        || is_one_of(word, ARABIC_FAMILY_PARTICLES)
}

/// A family name starting with a particle after a title (`mevrouw De Vries`, `heer Van
/// der Meer`, `madame Le Goff`, `Ms Ní Bhriain`, `Herr von Weizsäcker`, `Mr van der
/// Merwe`): its last token, when token `i` is the particle. A lower-case particle needs a
/// capitalised title (`Mr van der Merwe`, not `mr de la`).
fn particle_surname_after_title(doc: &Document<'_>, i: usize) -> Option<usize> {
    let toks = doc.tokens;
    let p = i.checked_sub(1)?;
    if !(toks[i].is_capitalised() || toks[p].is_capitalised())
        || !matches!(gap(doc, p, i), " " | ". ")
        || !doc.is(p, TITLES)
    {
        return None;
    }
    let mut k = i + 1;
    while k < toks.len() && gap(doc, k - 1, k) == " " && doc.is(k, PARTICLES) && k - i < 3 {
        k += 1;
    }
    let last = toks.get(k)?;
    (gap(doc, k - 1, k) == " "
        && last.kind == TokenKind::Word
        && last.is_capitalised()
        && !doc.is(k, NOT_NAME)
        && !doc.is(k, PARTICLES))
    .then_some(k)
}

/// Could the words from token `i` be a street's name, by what comes before them: a house
/// number (`12 Adam Park`) or a word that places things on a street (`on Grace Lane`,
/// `off Kayla Brooks`)? Without one, a given name then a surname that is also a street
/// type (`Kayla Brooks`, `Denise Park`) is a person.
fn street_cue_before(doc: &Document<'_>, i: usize) -> bool {
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
fn reply_word(doc: &Document<'_>, p: usize, g: &str) -> bool {
    const REPLIES: &[&str] =
        &["no", "yes", "ok", "okay", "sure", "sorry", "great", "perfect", "lovely", "brilliant", "noted", "welcome"];
    g == " " && is_one_of(doc.word(p), REPLIES)
}

fn ends_speaker(doc: &Document<'_>, j: usize) -> bool {
    let after = &doc.text[doc.tokens[j].end..];
    after.starts_with(':') || after.starts_with(" :") || after.starts_with('"') || after.starts_with(" <")
}

/// A cue strong enough to accept a lower-case name right after it.
fn strong_cue_before(doc: &Document<'_>, i: usize) -> bool {
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
            w => is_one_of(w, &["my", "his", "her", "our", "ma", "mon", "mi", "mio", "mia", "mein", "meine"]),
        }
        // (`my dad will join later`: a verb, not Will.)
        && !doc.lookup(i).has(FUNCTION_WORD);
    // `mevrouw visser`, `obrigada senhor manuel`: a title, then a name the lists know
    // (`miss` is a verb more often than a title in lower case).
    // After an article the title is a noun (`o senhor pode confirmar`, `the doctor`).
    let title = matches!(g, " " | ". ")
        && doc.is(p, TITLES)
        && doc.word(p) != "miss"
        && !(p > 0 && is_one_of(doc.word(p - 1), ARTICLES))
        && matches!(classify(doc, i), NameClass::Given(_) | NameClass::Surname(_));
    // (A sign-off's name starts its line: [`sign_off_line`] tests that first, one bit.)
    greeting || intro || title || label || relation || sign_off_line(doc, i, i) || signs_message(doc, i, i)
}

/// `bayside chemist home delivery bronwyn speaking`: a given name the lists know before
/// `speaking`, answering the phone.
fn speaking_after(doc: &Document<'_>, i: usize) -> bool {
    doc.tokens.get(i + 1).is_some_and(|n| n.len() == 8 && doc.word(i + 1) == "speaking" && gap(doc, i, i + 1) == " ")
        && matches!(classify(doc, i), NameClass::Given(_))
}

/// `thank u so much olu`, `thanks a million cathal`, `mil gracias diego!! saludos, mafer`: a
/// lower-case word no list knows, last on its line after thanks, a greeting or a sign-off
/// (with `so much`, `a lot` between), is the name of the one thanked or signing.
fn thanked_at_turn_end(doc: &Document<'_>, i: usize) -> bool {
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
fn contact_verb_before(doc: &Document<'_>, i: usize) -> Option<(&'static str, usize)> {
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
fn said_of_people(verb: &str) -> bool {
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
fn lower_speaker(doc: &Document<'_>, i: usize) -> bool {
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
fn colon_within_two_words(doc: &Document<'_>, i: usize) -> bool {
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
fn here_after_line_start(doc: &Document<'_>, i: usize) -> bool {
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
fn signs_message(doc: &Document<'_>, first: usize, last: usize) -> bool {
    // Called for every lower-case word: only the text's last token can sign it.
    last + 1 == doc.tokens.len() && last_words_sign(doc, first, last)
}

fn last_words_sign(doc: &Document<'_>, first: usize, last: usize) -> bool {
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

/// Sign-off words that come right before a name on the same line.
const SIGN_OFF_WORDS: &[&str] = &[
    "gruss", "gruß", "grüsse", "grüße", "cheers", "thx", "ta", "love", "xoxo", "bises", "besos", "baci", "mvh", "lg",
    "vg", "mfg", "hilsen", "groetjes",
];

fn score(doc: &Document<'_>, seq: &Sequence, lower_mode: bool) -> Option<Detection> {
    let toks = doc.tokens;
    let text = doc.text;
    let names: SmallVec<[NameClass; 8]> = seq.classes.iter().copied().filter(|c| c.is_name()).collect();
    if names.is_empty() {
        return None;
    }
    // `Which city are you in?` … `Customer: Medina`: the whole reply to a place question.
    let whole_reply = || {
        line_after(text, toks[seq.last].end, 40).is_some_and(|rest| rest.trim_matches(['.', '!', ' ', '\r']).is_empty())
    };
    if answers_place_question(doc, seq.first) && whole_reply() {
        return None;
    }
    // `Viele Grüße`, `Kind Regards`: a sign-off written in Title Case on its own line.
    let (start, end) = (toks[seq.first].start, toks[seq.last].end);
    if seq.last > seq.first && doc.starts_line(seq.first) && is_one_of(&text[start..end], SIGN_OFFS) {
        return None;
    }
    // `Chase Bank`, `Mercy Hospital`: a name ended by a word only organisations end with;
    // `Bank of America`, `University of Phoenix`: a name after one and `of`.
    let after_org_of = seq.first > 0 && is_organisation_of(doc, seq.first - 1);
    // `Hello Hookline team`, `Dear Acme support`: a company greeted through its staff.
    let staff_after = toks.get(seq.last + 1).is_some_and(|_| {
        doc.gap(seq.last, seq.last + 1) == " "
            && is_one_of(doc.word(seq.last + 1), &["team", "support", "staff", "crew", "helpdesk"])
    });
    if seq.last > seq.first && ends_organisation(doc, seq.last)
        || after_org_of
        || after_establishment(doc, seq.first)
        || seq.last > seq.first && doc.is(seq.first, ESTABLISHMENTS)
        || staff_after
        || after_pet_word(doc, seq.first)
        || after_thing_label(doc, seq.first)
        || names_brand(doc, seq)
        || names_sender_domain(doc, seq)
    {
        return None;
    }
    // A given name or surname the lists know, as opposed to a merely name-like word.
    let known_name = names.iter().any(|c| matches!(c, NameClass::Given(_) | NameClass::Surname(_)));
    let mut score = names.iter().map(|c| c.score()).fold(0.0, f32::max);
    if names.len() >= 2 {
        let first_given = names[0].can_start();
        let rest_known = names[1..].iter().all(|c| !matches!(c, NameClass::Unknown));
        if first_given {
            score = score.max(0.5) + if rest_known { 0.25 } else { 0.15 };
        } else if names.iter().any(|c| matches!(c, NameClass::Surname(_) | NameClass::Given(_))) {
            score += 0.15;
        } else {
            score += 0.1;
        }
    } else if seq.classes.len() > names.len() {
        // An initial with a surname: `J. Smith`, and `J. Sanders` though `sanders` is a
        // word: written after an initial, a surname the lists know is one.
        // An initial, a particle and a word (`P. de Vries`) are nothing else but a name.
        let initial_first = is_initial(doc, seq.first);
        score += if initial_first && seq.classes.len() > names.len() + 1 {
            0.45
        } else if initial_first && matches!(names[0], NameClass::Ambiguous { given: false }) {
            0.3
        } else {
            0.2
        };
    }
    // Context before.
    let mut cue: Option<(&'static str, f32, usize, usize)> = None;
    let bump =
        |word: &'static str, delta: f32, s: usize, e: usize, cue: &mut Option<(&'static str, f32, usize, usize)>| {
            if cue.is_none_or(|c| c.1 < delta) {
                *cue = Some((word, delta, s, e));
            }
        };
    if let Some(p) = seq.first.checked_sub(1) {
        let g = gap(doc, p, seq.first);
        let pt = toks[p];
        // (`Mr. Smith`: only an abbreviated title takes a dot; `Grazie, signora. Come posso…`
        // ends a sentence.)
        let title_gap = g == " " || g == ". " && pt.len() <= 4;
        if let Some((w, s)) = title_gap.then(|| doc.cue_match(p, TITLES)).flatten() {
            bump(w, 0.5, toks[s].start, pt.end, &mut cue);
        }
        // After the greeting's own line, a word the name lists do not know that opens a
        // sentence is the message's first word (`Hallo,\nGraag het bedrag…`).
        if let Some((w, s)) =
            matches!(g, " " | ", " | ",\n" | "! " | "\n" | ",").then(|| doc.cue_match(p, GREETINGS)).flatten()
            && !(g.contains('\n') && utterance_after_label(doc, seq, known_name))
            && !(lower_mode && reply_word(doc, p, g))
            // (`Goedemiddag! Waarmee kan ik…`: after the greeting's `!` a new sentence starts
            // with a word the lists do not know.)
            && !(g == "! " && !known_name)
        {
            bump(w, 0.45, toks[s].start, pt.end, &mut cue);
        }
        if let Some((w, s)) = matches!(g, " " | ": " | ", ").then(|| doc.cue_match(p, INTRODUCTIONS)).flatten() {
            // `I'm tired`, `it's Monday`: a casual introduction says less, unless the
            // speaker goes on to where they are from or that they are the one speaking
            // (`I'm Devon from the Safety team`, `its Carla from no. 21`, `it's Tom here`).
            let says_who = || {
                toks.get(seq.last + 1).is_some_and(|_| {
                    gap(doc, seq.last, seq.last + 1) == " "
                        && is_one_of(doc.word(seq.last + 1), &["from", "here", "speaking", "calling"])
                })
            };
            // (`I'm Devon`, `I'm Jordan`: a given name that is a place as well, capitalised
            // after `I'm`, is who is speaking; nobody says they are a place.)
            let place_named = || {
                matches!(names[..], [NameClass::Ambiguous { given: true }])
                    && toks[seq.first].is_capitalised()
                    && !doc.is(seq.first, WORDLIKE_GIVEN)
                    && doc.lookup(seq.first).any(COUNTRY | REGION | CITY)
            };
            let casual =
                matches!(w, "i am" | "i'm" | "im" | "it's" | "its" | "am" | "soy" | "sono" | "je suis" | "ich bin");
            let delta = if !casual || says_who() {
                0.4
            } else if matches!(w, "i am" | "i'm" | "im") && place_named() {
                0.3
            } else {
                0.25
            };
            bump(w, delta, toks[s].start, pt.end, &mut cue);
        }
        // `hi its tasha`, `ciao sono marco`, `bjr c karim`: a greeting, then a word of
        // introduction: someone saying who they are, however casually written.
        if let Some(q) = p.checked_sub(1)
            && matches!(g, " " | ", ")
            && matches!(gap(doc, q, p), " " | ", ")
            && doc.is(p, STRONG_INTRODUCTIONS)
            && let Some((_, s)) = doc.cue_match(q, GREETINGS)
        {
            bump("greeting + introduction", 0.45, toks[s].start, pt.end, &mut cue);
        }
        // `name lee brennan`: a label without its colon, before two or more names.
        if g == " "
            && doc.is(p, NAME_LABELS)
            && names.len() >= 2
            && names.iter().all(|c| c.can_start() || matches!(c, NameClass::Surname(_)))
        {
            bump("name", 0.4, pt.start, pt.end, &mut cue);
        }
        // (`nom=Benali`, `cognome;Russo`: a form's key and its value.)
        let key_value = matches!(g, "=" | ";");
        if let Some((w, s)) = (g.contains(':') || g.contains('\t') || g.contains('|') || key_value)
            .then(|| doc.cue_match(p, LABELS))
            .flatten()
            && !utterance_after_label(doc, seq, known_name)
            && !names_a_thing(doc, s)
        {
            bump(w, 0.45, toks[s].start, pt.end, &mut cue);
        }
        if let Some((w, s)) = matches!(g, " " | ", " | " - ").then(|| doc.cue_match(p, RELATIONS)).flatten() {
            // `My wife Noura`, `our daughter Manaia`: after a possessive and a relation, a
            // capitalised word no list knows is the relative's name.
            let unknown_name = names.iter().all(|c| *c == NameClass::Unknown) && g == " ";
            bump(w, if possessed(doc, s) && unknown_name { 0.4 } else { 0.3 }, toks[s].start, pt.end, &mut cue);
        }
        // `Your tech is Benji`, `our nearest tech will be Yossi`: a possessed relation or
        // role, then `is` or `will be`, then a capitalised word the lists know as no word.
        if g == " "
            && pt.is_lower_ascii()
            && let Some(r) = role_before_is(doc, p)
            && names.iter().all(|c| matches!(c, NameClass::Unknown | NameClass::Given(_)))
        {
            bump("role is", 0.4, toks[r].start, pt.end, &mut cue);
        }
        // (`signed for by "R. SHAH"`: quoted as written on a form.)
        if let Some((w, s)) = matches!(g, " " | " \"" | " “").then(|| doc.cue_match(p, AGENCY_VERBS)).flatten() {
            bump(w, 0.15, toks[s].start, pt.end, &mut cue);
        }
        if doc.is(p, DETERMINERS) && g == " " {
            score -= 0.35;
        }
        // `I work in Preston`, `she studies in Eugene`: one word that is a town as well as a
        // name, after `in`, is where, not who (`in Preston's name` keeps its possessive).
        if g == " "
            && seq.first == seq.last
            && is_one_of(doc.word(p), &["in", "near"])
            && without_possessive(doc.word(seq.first)).len() == toks[seq.first].len()
            && doc.lookup(seq.first).has(CITY)
        {
            score -= 0.3;
        }
        // `12 Adam Park`: a house number before; not a chat export's clock (`09:42 Devon`).
        let clock = p > 0 && gap(doc, p - 1, p) == ":" && toks[p - 1].kind == TokenKind::Number;
        if pt.kind == TokenKind::Number && g == " " && !clock || doc.has(p, STREET_BEFORE) {
            score -= 0.3;
        }
        // Title Case around (subject lines, product names): capitalised ordinary words.
        if g == " "
            && pt.is_capitalised()
            && pt.kind == TokenKind::Word
            && !classify(doc, p).is_name()
            && !doc.is(p, TITLES)
            && !doc.is(p, GREETINGS)
            && !doc.is(p, LABELS)
            && !doc.is(p, INTRODUCTIONS)
            && !at_sentence_start(doc, p)
        {
            score -= 0.2;
        }
    }
    // Context after.
    let last_tok = toks[seq.last];
    // `Hurricane Milton`, `Cyclone Gabrielle`: a storm, not a person.
    if seq.first >= 1
        && gap(doc, seq.first - 1, seq.first) == " "
        && is_one_of(doc.word(seq.first - 1), &["hurricane", "cyclone", "typhoon", "storm", "tropical"])
    {
        return None;
    }
    // `Holland & Barrett`, `Marks & Spencer`: a name after `Capitalised &` is a firm's.
    // (`Harpreet & Jaspal Sandhu`: after a given name, a couple.)
    if seq.first >= 1
        && gap(doc, seq.first - 1, seq.first) == " & "
        && toks[seq.first - 1].is_capitalised()
        && !doc.lookup(seq.first - 1).has(FIRST)
    {
        return None;
    }
    if let Some(n) = toks.get(seq.last + 1) {
        let g = gap(doc, seq.last, seq.last + 1);
        let w = n.text(text);
        if matches!(g, " " | ", ") && (is_org_word(doc, seq.last + 1) || w == "&") && n.is_capitalised() || g == " & " {
            return None;
        }
        // `Emerald Shield Travel Insurance`, `Sunshine Coast Tours LLC`: capitalised words
        // on to a word only organisations end with (within two words after the next).
        let org_ahead = || {
            let chained =
                |k: usize| toks[k - 1].is_capitalised() && gap(doc, k - 1, k) == " " && toks[k].is_capitalised();
            (seq.last + 2..(seq.last + 4).min(toks.len()))
                .find(|&k| !chained(k) || ends_organisation(doc, k))
                .is_some_and(|k| ends_organisation(doc, k))
        };
        if g == " " && n.is_capitalised() && org_ahead() {
            return None;
        }
        // `Clinton, Iowa`, `Davis, CA`: one word then a state or country is a place.
        let k = seq.last + 1;
        if seq.first == seq.last
            && g == ", "
            && n.is_capitalised()
            && (n.is_all_upper() && n.len() == 2 && doc.gaz.is_region_abbreviation(doc.word(k))
                || !n.is_all_upper() && doc.lookup(k).any(REGION | COUNTRY))
        {
            return None;
        }
        if g == " " && n.is_capitalised() && doc.has(seq.last + 1, STREET_AFTER) {
            return None;
        }
        // `Agent Becca:`, and `Agent (Dmitri K.):` with the name in brackets.
        let bracketed = seq.first > 0 && gap(doc, seq.first - 1, seq.first) == " (" && {
            let after_initial = if toks[seq.last].len() == 1 { g.trim_start_matches('.') } else { g };
            after_initial.starts_with("):")
        };
        let labelled_role = seq.first > 0
            && (matches!(gap(doc, seq.first - 1, seq.first), " " | " – " | " - ") || bracketed)
            && (doc.is(seq.first - 1, LABELS) || doc.is(seq.first - 1, SPEAKER_ROLES))
            && at_line_start_ish(doc, seq.first - 1);
        // With a role beside it (`Agent Becca:`, `Devon (Support):`) any name-like word is
        // the speaker's name.
        let role_suffix = names.iter().any(|c| *c != NameClass::Unknown) && role_before_colon(doc, seq.last);
        // (`Conseiller – Yanis :`: French puts a space before the colon.)
        let after_name = if toks[seq.last].len() == 1 { g.strip_prefix('.').unwrap_or(g) } else { g };
        if (after_name.starts_with(':') || g.starts_with(" :") || bracketed || role_suffix || time_labels_sender(doc, seq.last))
            && (at_line_start_ish(doc, seq.first) || labelled_role)
            // A word the name lists do not know is more often a form's label
            // (`Klantnummer:`, `Motivo:`) or a role (`Atendente:`) than a speaker's name.
            && (known_name
                || labelled_role
                || role_suffix
                || transcript_speaker(doc, seq, &names)
                || dated_chat_export(doc, seq))
            // So is a surname alone before a value without words (`Contratto: 1002-4481-77`).
            && !(names.len() == 1
                && matches!(names[0], NameClass::Surname(_))
                && !line_head(text, last_tok.end, 60).chars().any(char::is_alphabetic))
        {
            let delta = if labelled_role || role_suffix { 0.55 } else { 0.4 };
            bump("speaker label", delta, n.start, n.start, &mut cue);
        }
        if (g.ends_with('<') || g.ends_with('(') || g.ends_with("\" <"))
            && text[n.start..].split(['>', ')', ' ']).next().is_some_and(|s| s.contains('@'))
        {
            bump("e-mail display name", 0.5, n.start, n.end, &mut cue);
        }
        if let Some((verb, _)) = (g == " ").then(|| doc.cue_match(seq.last + 1, AFTER_VERBS)).flatten() {
            bump(verb, if w.eq_ignore_ascii_case("here") { 0.3 } else { 0.1 }, n.start, n.end, &mut cue);
        }
        if g == " "
            && n.is_capitalised()
            && n.kind == TokenKind::Word
            && !classify(doc, seq.last + 1).is_name()
            && !at_sentence_start(doc, seq.last + 1)
        {
            score -= 0.15;
        }
    }
    if text[last_tok.end..].starts_with(['"', '”'])
        && text[last_tok.end..].trim_start_matches(['"', '”', ' ']).starts_with('<')
    {
        bump("e-mail display name", 0.5, last_tok.end, last_tok.end, &mut cue);
    }
    if sign_off_line(doc, seq.first, seq.last) || signs_message(doc, seq.first, seq.last) {
        bump("sign-off", 0.45, doc.tokens[seq.first].start, doc.tokens[seq.first].start, &mut cue);
    }
    // (Not a speaker's label after the question: `Rider: CRN 4471920381`. Looked for only
    // when no cue as strong was found: it searches the line before.)
    // (`Lovely.` after one: a word of the reply, not a name.)
    if cue.is_none_or(|c| c.1 < 0.45)
        && !ends_speaker(doc, seq.last)
        && !(seq.first == seq.last
            && toks[seq.first].is_capitalised()
            && text[toks[seq.first].end..].starts_with(['.', '!'])
            && doc.lookup(seq.first).has(ENGLISH))
        && answers_question(doc, seq.first, NAME_QUESTIONS)
    {
        bump("reply to a name question", 0.45, toks[seq.first].start, toks[seq.first].start, &mut cue);
    }
    // `spoke to kevin` (a given name and nothing else), `I spoke to Roman` (a given name,
    // even one that is also a town).
    if let Some((w, s)) = contact_verb_before(doc, seq.first) {
        let first = seq.classes.first().copied();
        if lower_mode && matches!(first, Some(NameClass::Given(_))) {
            bump(w, 0.3, toks[s].start, toks[s].end, &mut cue);
        } else if !lower_mode && said_of_people(w) && first.is_some_and(NameClass::can_start) {
            bump(w, 0.4, toks[s].start, toks[s].end, &mut cue);
        }
    }
    if speaking_after(doc, seq.last) {
        let n = toks[seq.last + 1];
        bump("speaking", 0.45, n.start, n.end, &mut cue);
    }
    if let Some((word, delta, s, e)) = cue {
        score += delta;
        // (`yeah it's darren fletcher`: a weak introduction takes a lower-case name only
        // when it is a given name and a surname the lists know.)
        let full_name = names.len() >= 2
            && matches!(names[0], NameClass::Given(_))
            && matches!(names[names.len() - 1], NameClass::Given(_) | NameClass::Surname(_));
        if lower_mode && delta < 0.3 && !full_name {
            return None;
        }
        let start = toks[seq.first].start;
        let end = name_end(doc, seq.last);
        let mut det = candidate(start, end, EntityType::Person, 0.0, "person", pattern(&names));
        det.explanation.base_score = score - delta;
        det.explanation.context = Some(ContextEvidence { word, start: s, end: e, delta });
        det.score = score.clamp(0.0, 0.99);
        return Some(det);
    }
    if lower_mode {
        return None;
    }
    if names.len() == 1 && toks[seq.first].is_all_upper() {
        score -= 0.2;
    }
    let mut det = candidate(
        toks[seq.first].start,
        name_end(doc, seq.last),
        EntityType::Person,
        score.clamp(0.0, 0.99),
        "person",
        pattern(&names),
    );
    det.explanation.validation = Some("name gazetteer");
    Some(det)
}

fn pattern(names: &[NameClass]) -> &'static str {
    match names {
        [NameClass::Given(_) | NameClass::Ambiguous { given: true }, _, ..] => "given name + surname",
        [NameClass::Given(_)] => "given name",
        [NameClass::Surname(_)] => "surname",
        _ => "name-like words",
    }
}

/// End of the name at token `last`, without a possessive `'s`.
fn name_end(doc: &Document<'_>, last: usize) -> usize {
    let t = doc.tokens[last];
    // An initial keeps its dot (`Kylie B.`).
    if is_initial(doc, last) && doc.text[t.end..].starts_with('.') {
        return t.end + 1;
    }
    t.start + without_possessive(t.text(doc.text)).len()
}

/// First token of a sentence: after `.!?:` or a line break, or at the very start.
fn at_sentence_start(doc: &Document<'_>, i: usize) -> bool {
    match i.checked_sub(1) {
        None => true,
        Some(p) => {
            let g = gap(doc, p, i);
            g.contains(['.', '!', '?', ':', '\n', '"', '(', '[', '>', '-', '*', '•'])
        }
    }
}

/// At the start of a line, allowing a leading timestamp or bracketed tag (`[14:02] Maria:`).
/// `MARK: So, ma'am…\nCUSTOMER: Nobody told me`: in a transcript whose speakers are
/// written in capitals, a given name that is also a word (`MARK`, `GRACE`) is a speaker
/// when a role speaks on the line right before or after.
fn transcript_speaker(doc: &Document<'_>, seq: &Sequence, names: &[NameClass]) -> bool {
    let toks = doc.tokens;
    let text = doc.text;
    let role_speaks = |line_start: usize| {
        let k = toks.partition_point(|t| t.start < line_start);
        line_start < text.len()
            && k + 1 < toks.len()
            && toks[k].start == line_start
            && toks[k].is_all_upper()
            && doc.is(k, LABELS)
            && doc.gap(k, k + 1).starts_with(':')
    };
    if !(seq.first == seq.last
        && matches!(names, [NameClass::Ambiguous { given: true }])
        && toks[seq.first].is_all_upper())
    {
        return false;
    }
    // (The name starts its line, so each line is searched at most once from each side.)
    let (start, end) = (toks[seq.first].start, toks[seq.last].end);
    let next_line = memchr::memchr(b'\n', &text.as_bytes()[end..]).map(|p| end + p + 1);
    let previous_line = start
        .checked_sub(1)
        .filter(|&nl| text.as_bytes()[nl] == b'\n')
        .map(|nl| memchr::memrchr(b'\n', &text.as_bytes()[..nl]).map_or(0, |p| p + 1));
    next_line.is_some_and(role_speaks) || previous_line.is_some_and(role_speaks)
}

/// `[21/05/25, 6:47 pm] Ravinesh: …`: a messenger's export, whose sender after the
/// bracketed date and time is a person however unknown the name, unless it reads as a
/// business (`PowerCare Helpdesk`, `Brightcart UK`: a word in capitals, a capital inside a
/// word, an organisation's word).
fn dated_chat_export(doc: &Document<'_>, seq: &Sequence) -> bool {
    // (The line's shape first: it rules out most speakers without a list look-up.)
    let exported = line_before(doc.text, doc.tokens[seq.first].start, 40).is_some_and(|prefix| {
        let inner = prefix.trim_end().strip_prefix('[').and_then(|p| p.strip_suffix(']')).unwrap_or_default();
        inner.contains(", ") && inner.contains(':') && inner.contains(['/', '.'])
            || dated_prefix(without_own_arrow(prefix.trim_end()))
    });
    // (`Pennyworth Bkpg`: a word of three letters or more without a vowel is a business's
    // abbreviation.)
    let abbreviation = |w: &str| w.len() >= 3 && w.is_ascii() && !w.bytes().any(|c| b"aeiouyAEIOUY".contains(&c));
    exported
        && !(seq.first..=seq.last).any(|k| {
            doc.tokens[k].is_all_upper()
                || doc.word(k).chars().skip(1).any(char::is_uppercase)
                || is_org_word(doc, k)
                || abbreviation(doc.word(k))
        })
}

/// `Thu 6 Feb 10:04 Me →`: a phone's SMS export names the sender of one's own messages
/// `Me` with an arrow to the other person; what is before them.
fn without_own_arrow(prefix: &str) -> &str {
    ["Me →", "Me ->", "Me >"].iter().find_map(|a| prefix.strip_suffix(a)).map_or(prefix, str::trim_end)
}

/// `prefix` without a clock time's `AM`/`PM` at its end, and the space before it.
fn without_meridiem(prefix: &str) -> &str {
    ["AM", "PM", "am", "pm"].iter().find_map(|m| prefix.strip_suffix(m)).unwrap_or(prefix).trim_end()
}

/// Is `prefix` a date and a clock time, as an SMS or chat export writes them before each
/// message (`Thu 6 Feb 10:15`, `2024-03-04 10:15`, `06/02/2025 9:41 pm`)? A digit in the
/// date, two words at most (a weekday, a month).
fn dated_prefix(prefix: &str) -> bool {
    let prefix = without_meridiem(prefix);
    let Some((date, time)) = prefix.rsplit_once(' ') else { return false };
    let clock = time.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|c| c.is_ascii_digit())
    });
    clock
        && date.len() <= 20
        && date.bytes().any(|c| c.is_ascii_digit())
        && date.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b' ' | b',' | b'.' | b'/' | b'-'))
        && date.split(' ').filter(|w| w.bytes().any(|c| c.is_ascii_alphabetic())).count() <= 2
}

fn at_line_start_ish(doc: &Document<'_>, i: usize) -> bool {
    let Some(prefix) = line_before(doc.text, doc.tokens[i].start, 80) else { return false };
    let prefix = prefix.trim();
    if dated_prefix(without_own_arrow(prefix)) {
        return true;
    }
    // `3:13 PM Amber: …`
    let prefix = without_meridiem(prefix);
    prefix.is_empty()
        || prefix.ends_with(']')
        || prefix.ends_with(')')
        || prefix.ends_with(['-', '–', '—', '>'])
        || prefix.bytes().all(|c| c.is_ascii_digit() || matches!(c, b':' | b' ' | b'[' | b']' | b'-' | b'/' | b'.'))
}

/// Is the name alone on its line, right under a sign-off (`Thanks,` / `Best regards,`),
/// or after a dash at the end of a message (`- Maria`)?
fn sign_off_line(doc: &Document<'_>, first: usize, last: usize) -> bool {
    let text = doc.text;
    // A token earlier on the same line rules it out (see `before` below); most names and
    // words have one, so this saves the line look-ups.
    if !doc.starts_line(first) {
        return false;
    }
    let start = doc.tokens[first].start;
    let end = doc.tokens[last].end;
    let (Some(before), Some(after)) = (line_before(text, start, 80), line_after(text, end, 80)) else {
        return false;
    };
    let line_start = start - before.len();
    // (A quoted reply's signature: `> Crystal M.` under `> Thanks,`.)
    let (before, after) = (before.trim_start_matches(['>', ' ']).trim(), after.trim());
    // (`Nick - Marketplace Ops`: a short role or team after a dash.)
    let alone = after.chars().all(|c| matches!(c, '.' | ',' | '!' | ':' | ')' | ' '))
        || after.starts_with('|')
        || after.starts_with(',') && after.len() < 40
        || after.starts_with(['-', '–', '—'])
            && after.len() < 40
            && after.trim_start_matches(['-', '–', '—', ' ']).starts_with(char::is_alphabetic);
    if !alone {
        return false;
    }
    if matches!(before, "-" | "–" | "—" | "~" | "--") {
        return true;
    }
    if !before.is_empty() {
        // "Thanks, Maria" on one line is handled as a greeting cue.
        return false;
    }
    let Some(prev_end) = line_start.checked_sub(1) else {
        return false;
    };
    // `…Can I change them myself?\nElspeth`: a name alone on the message's last line,
    // under a finished sentence, signs it (`Cordialement` there is the sign-off itself).
    if last + 1 == doc.tokens.len()
        && text[..prev_end].trim_end().ends_with(['.', '?', '!'])
        && !is_one_of(&text[start..end], SIGN_OFFS)
    {
        return true;
    }
    let Some(prev_line) = line_before(text, prev_end, 80) else { return false };
    let prev_line =
        prev_line.trim_start_matches(['>', ' ']).trim().trim_end_matches([',', '!', '.', ' ', '-']).to_lowercase();
    is_one_of(&prev_line, SIGN_OFFS)
}

pub(crate) struct NrpAndAge;

impl Recognizer for NrpAndAge {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::Nrp, EntityType::Age]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        for (i, t) in doc.tokens.iter().enumerate() {
            match t.kind {
                TokenKind::Word if doc.any(i, NRP | NRP_PHRASE_START) => {
                    if let Some(det) = nrp(doc, i) {
                        out.push(det);
                    }
                }
                TokenKind::Number if t.len() <= 3 => {
                    if let Some(det) = age(doc, i) {
                        out.push(det);
                    }
                }
                // `I'm sixty-five`, `aged seventy`: only right after an age cue (one bit
                // test), so that most words never reach the number-word compare.
                TokenKind::Word
                    if i > 0
                        && doc.may_end_cue(i - 1, AGE_BEFORE.bit() | AGE_BEFORE_WEAK.bit())
                        && (3..=13).contains(&t.len())
                        && crate::spoken::number_value(t.text(doc.text)).is_some() =>
                {
                    if let Some(det) = age(doc, i) {
                        out.push(det);
                    }
                }
                // `de nacionalidad estadounidense`, `cittadina statunitense`: the value after a
                // nationality's or religion's label, whether the lists know the word or not.
                TokenKind::Word if doc.is(i, NRP_LABELS) => {
                    if let Some(det) = nrp_after_label(doc, i) {
                        out.push(det);
                    }
                }
                TokenKind::Alnum if t.len() <= 6 => {
                    // `67yo`, `45yrs`
                    let s = t.text(doc.text);
                    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
                    let unit = &s[digits..];
                    // `67yo`, `45yrs`, and `Happy 70th` (a birthday).
                    let birthday = unit.eq_ignore_ascii_case("th")
                        && i.checked_sub(1).is_some_and(|p| doc.word(p).eq_ignore_ascii_case("happy"));
                    if (1..=3).contains(&digits)
                        && (is_one_of(unit, &["yo", "yrs", "y", "yr"]) || birthday)
                        && let Ok(n) = s[..digits].parse::<u32>()
                        && n <= 120
                    {
                        out.push(candidate(t.start, t.start + digits, EntityType::Age, 0.8, "age", "N yo"));
                    }
                }
                _ => {}
            }
        }
    }
}

/// The nationality, religion or ethnicity written right after its label `i` (`de nationalité
/// américaine`, `nacionalidade norte-americana`), one word, with an optional `de`/`di`/`da`
/// between.
fn nrp_after_label(doc: &Document<'_>, i: usize) -> Option<Detection> {
    const PLACEHOLDERS: &[&str] = &["none", "unknown", "other", "nessuna", "ninguna", "aucune", "keine", "nenhuma"];
    let toks = doc.tokens;
    // A label as a form or a deed writes it (`Nationality: …`, `de nacionalidad …`, `cittadina
    // …`), not the word in a sentence (`religion plays no part`).
    let of_before = i > 0 && gap(doc, i - 1, i) == " " && is_one_of(doc.word(i - 1), &["de", "of", "di", "da"]);
    let citizen = doc.word(i).starts_with("cittadin");
    let mut k = i + 1;
    if k < toks.len() && gap(doc, i, k) == " " && is_one_of(doc.word(k), &["de", "di", "da"]) {
        k += 1;
    }
    let t = *toks.get(k)?;
    let value = doc.word(k);
    let ends_clause = toks.get(k + 1).is_none_or(|_| {
        let after = gap(doc, k, k + 1);
        after.starts_with([',', '.', ';', ')', '\n']) || after == " "
    });
    let labelled = match gap(doc, k - 1, k) {
        ": " => true,
        " " => of_before || citizen || k > i + 1,
        _ => false,
    };
    (labelled
        && t.kind == TokenKind::Word
        && !value.contains(['\'', '’'])
        && t.len() >= 4
        && !doc.has(k, FUNCTION_WORD)
        && !is_one_of(value, PLACEHOLDERS)
        && ends_clause)
        .then(|| candidate(t.start, t.end, EntityType::Nrp, 0.6, "nrp", "value after its label"))
}

fn nrp(doc: &Document<'_>, i: usize) -> Option<Detection> {
    let t = doc.tokens[i];
    // `Nigerian American`, `Orthodox Jewish`: one span for adjacent terms. The first term
    // decides; the second is skipped by the caller. So is a word inside a phrase
    // (`Catholic` of `Roman Catholic`).
    if i > 0 && doc.gap(i - 1, i) == " " && doc.has(i - 1, NRP) || after_nrp_phrase_start(doc, i) {
        return None;
    }
    // `Costa Rican`, `Jehovah's Witness`, `Seventh-day Adventist`: a term of several words.
    let phrase = nrp_phrase_at(doc, i);
    if phrase.is_none() && !doc.has(i, NRP) {
        return None;
    }
    let mut last = phrase.map_or(i, |(l, _)| l);
    while last + 1 < doc.tokens.len()
        && doc.gap(last, last + 1) == " "
        && doc.has(last + 1, NRP)
        && doc.tokens[last + 1].is_capitalised() == t.is_capitalised()
    {
        last += 1;
    }
    let info = phrase.map_or_else(|| doc.info(i), |(_, p)| p);
    // Capitalised mid-sentence, `Polish` is not the verb.
    let ambiguous = info.has(NRP_AMBIGUOUS) && !(t.is_capitalised() && !at_sentence_start(doc, i));
    let base: f32 = match info.nrp_kind {
        NrpKind::Religion if !ambiguous => 0.55,
        NrpKind::Ethnic if !ambiguous => 0.45,
        _ => 0.3,
    };
    let end = doc.tokens[last].end;
    let clause_end = doc.text[end..].trim_start_matches(' ').is_empty()
        || doc.text[end..].starts_with(['.', ',', '!', '?', '\n', ';', ')']);
    let before = i.checked_sub(1).and_then(|p| {
        let g = gap(doc, p, i);
        (g == " ").then(|| doc.cue_match(p, NRP_BEFORE)).flatten()
    });
    let after =
        doc.tokens.get(last + 1).filter(|_| gap(doc, last, last + 1) == " ").filter(|_| doc.is(last + 1, NRP_AFTER));
    // `he speaks Bengali and some Hindi`: a language, even with `and` after it (`Polish
    // woman` after `a` is a person).
    let joined_after = after.is_some_and(|n| is_one_of(n.text(doc.text), &["and", "so", "too", "here"]));
    if let Some(p) = i.checked_sub(1)
        && doc.is(p, NRP_NOT_PERSON_BEFORE)
        && (after.is_none() || joined_after)
    {
        return None;
    }
    // `an Islamic savings account`, `a Polish keyboard`: after an article, the term
    // describes the thing the English word after it names (unless a label or `I am` makes
    // it about a person, checked below).
    let describes_thing = after.is_none()
        && i.checked_sub(1).is_some_and(|p| gap(doc, p, i) == " " && is_one_of(doc.word(p), &["a", "an", "the"]))
        && doc.tokens.get(last + 1).is_some_and(|n| n.kind == TokenKind::Word && !n.is_capitalised())
        && gap(doc, last, last + 1) == " "
        && !doc.has(last + 1, FUNCTION_WORD)
        && doc.lookup(last + 1).has(ENGLISH);
    // `Nationality: German`, `Staatsangehörigkeit: deutsch, türkisch`, `nationality=Emirati`.
    let labelled = line_before(doc.text, t.start, 80).is_some_and(|line| line.contains([':', '=']))
        && super::has_context_window(doc, t.start, end, NRP_LABELS, 6, 0);
    // `as a Nigerian`, `I am Jewish`, `my wife is Hindu`: a weak cue word after `as`, a
    // subject pronoun or a relation is a strong cue.
    // `I'm half Italian`: `half` after `I'm` or `is` is as strong.
    let subject_cue = before.is_some_and(|(w, s)| {
        s > 0
            && gap(doc, s - 1, s) == " "
            && (matches!(w, "a" | "an" | "is" | "are" | "was" | "were" | "am")
                && (is_one_of(
                    doc.word(s - 1),
                    &["as", "i", "he", "she", "we", "they", "who", "i'm", "im", "he's", "she's", "we're", "they're"],
                ) || doc.is(s - 1, RELATIONS)
                    || doc.is(s - 1, AGE_SUBJECTS))
                || w == "half" && is_one_of(doc.word(s - 1), &["i'm", "im", "am", "is", "are", "we're"]))
    });
    // `Marie-Claude Joseph, 29, Haitian`, `he's 58, American.`, `Laura Ferri, española`:
    // the last item of a description after a name or an age.
    let described = clause_end
        && i.checked_sub(1).is_some_and(|p| {
            gap(doc, p, i) == ", "
                && match doc.tokens[p].kind {
                    TokenKind::Number => doc.word(p).parse::<u32>().is_ok_and(|n| (1..=120).contains(&n)),
                    TokenKind::Word => doc.tokens[p].is_capitalised() && doc.lookup(p).any(FIRST | LAST),
                    TokenKind::Alnum => false,
                }
        });
    let delta = match (before, after) {
        _ if labelled => 0.5,
        _ if subject_cue || described => 0.35,
        _ if describes_thing => return None,
        (Some((w, _)), _)
            if !matches!(w, "a" | "an" | "my" | "our" | "is" | "are" | "was" | "were" | "both" | "half") =>
        {
            0.35
        }
        (_, Some(_)) => 0.35,
        // `my wife is Polish.`: a weak cue, but the term ends the clause.
        (Some((w, _)), None) if clause_end && !matches!(w, "my" | "our" | "a" | "an") => 0.3,
        (Some(_), None) => 0.1,
        (None, None) => 0.0,
    };
    // An ambiguous word (`Green`, `liberal`) needs the stronger cues.
    if ambiguous && delta < 0.35 {
        return None;
    }
    let mut det = candidate(t.start, end, EntityType::Nrp, base + delta, "nrp", "nationality/religion/politics term");
    det.explanation.validation = Some("NRP gazetteer");
    Some(det)
}

/// The NRP term of several words starting at token `i`: its last token and record.
fn nrp_phrase_at(doc: &Document<'_>, i: usize) -> Option<(usize, WordInfo)> {
    // `the Labour party`: a capitalised term of its own, then a lower-case noun, is the
    // term alone (while `Jehovah's witness` and `testigos de Jehová` are phrases).
    let term_then_noun = |last: usize| {
        doc.has(i, NRP)
            && doc.tokens[i].is_capitalised()
            && doc.tokens[i + 1..=last].iter().any(|t| !t.is_capitalised())
    };
    let may_start = doc.has(i, NRP_PHRASE_START) && i + 1 < doc.tokens.len() && doc.has(i + 1, NRP_PHRASE_REST);
    may_start.then(|| doc.phrase_at(i, NRP)).flatten().filter(|&(last, _)| !term_then_noun(last))
}

/// Is token `i` a word of an NRP term of several words (`Costa Rican`, `Sri Lankan`)?
fn in_nrp_phrase(doc: &Document<'_>, i: usize) -> bool {
    doc.flags_present & NRP_PHRASE_REST != 0
        && (doc.has(i, NRP_PHRASE_START) && nrp_phrase_at(doc, i).is_some() || after_nrp_phrase_start(doc, i))
}

/// Is token `i` a later word of an NRP term of several words (`Rican` of `Costa Rican`)?
fn after_nrp_phrase_start(doc: &Document<'_>, i: usize) -> bool {
    doc.has(i, NRP_PHRASE_REST)
        && (i.saturating_sub(3)..i)
            .any(|k| doc.has(k, NRP_PHRASE_START) && nrp_phrase_at(doc, k).is_some_and(|(l, _)| l >= i))
}

/// Words after an age that start the next clause (`I'm 67 and`, `shes 79 she doesnt`,
/// `Ich bin 67 und`).
const AGE_CLAUSE_NEXT: &[&str] = &[
    "and", "now", "but", "so", "this", "next", "soon", "yrs", "years", "she", "he", "i", "we", "they", "with", "too",
    "und", "et", "y", "e", "og", "och", "en", "lol", "haha",
    // Speech-to-text writes no full stops: the next clause's first word ends the age
    // (`he's seventy one i'm sixty nine`).
    "i'm", "im", "he's", "she's", "his", "her", "my", "our", "their", "only",
];

/// `my son (9)`, `mijn zoon (9)`, `ur tech`: possessives before a relation (whose age or
/// name follows).
const POSSESSIVES: &[&str] = &[
    "my", "his", "her", "our", "your", "ur", "their", "mijn", "mein", "meine", "meinem", "mon", "ma", "mi", "mis",
    "mio", "mia", "meu", "minha", "mój", "moja", "min", "mitt",
];

/// Words between an age's verb and the number (`she is only 17`, `ich bin also 67`).
const AGE_ADVERBS: &[&str] = &[
    "only", "just", "now", "nearly", "almost", "already", "barely", "still", "also", "about", "jetzt", "schon", "erst",
    "fast", "bald", "déjà", "presque", "ya", "casi", "solo", "già", "quasi", "bijna", "pas", "já", "quase",
];

fn age(doc: &Document<'_>, i: usize) -> Option<Detection> {
    age_with(doc, i, 3)
}

/// Words after a number that make it an age (`45-year-old`, `67 years old`, `8 ans`).
const AGE_UNITS: &[&str] = &[
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
    // `geb. 03.03.1957 (67 J.)`, `Abendroth, 78 J., lebt allein`
    " j.)",
    " j.,",
];

/// Can one of [`AGE_UNITS`] start `ahead`? Each starts with a space or hyphen and then
/// `y`, `a`, `j`, `l` or `å`, so two byte tests settle most numbers (`12 items`, `3 days`) before
/// eighteen string compares.
fn unit_may_follow(ahead: &[u8]) -> bool {
    // (0xC3 starts `å`.)
    matches!(ahead, [b' ' | b'-', b'y' | b'a' | b'j' | b'l' | 0xC3, ..])
}

/// `and` in the languages ages are joined in (`aged 7 and 9`, `6 e 9 anni`, `5 en 8`).
const AND: &[&str] = &["and", "e", "y", "en", "und", "et"];

/// `e 9 anni` after `i bambini (6`, `and 9 years old` after `aged 7`: what follows the next
/// number of a pair of ages joined by `and` (in six languages), where the unit after the
/// second is the first's too.
fn unit_after_next_age(ahead: &str) -> Option<&str> {
    let rest = AND.iter().find_map(|c| ahead.strip_prefix(' ')?.strip_prefix(c)?.strip_prefix(' '))?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits).then(|| &rest[digits..])
}

/// [`age`], and also a number joined by `and` or a comma to an age before it, at most
/// `links` numbers back (`aged 7 and 9`, `aged 4, 7 and 12`).
fn age_with(doc: &Document<'_>, i: usize, links: u8) -> Option<Detection> {
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
    let strong_after = unit_at(ahead) || unit_after_next_age(ahead).is_some_and(unit_at);
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
fn on_a_day(doc: &Document<'_>, k: usize) -> bool {
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

#[cfg(test)]
mod tests {
    use super::{AGE_UNITS, unit_may_follow};
    use crate::test_support::found;

    /// The one-test gate must let through every lower-case word that one of the rules it
    /// stands for would take further.
    #[test]
    fn a_casual_introduction_that_says_where_from() {
        assert_eq!(found("Hi Nomvula, its Carla from 21 Kloof Nek Road", "PERSON"), vec!["Nomvula", "Carla"]);
        assert_eq!(found("hiya shauna its danielle from flat 9. UC stopped", "PERSON"), vec!["shauna", "danielle"]);
        // A day or a word of the language is no name, whatever follows it.
        assert_eq!(found("sorry, it's Monday from 9 to 5, I'm Happy here", "PERSON"), Vec::<&str>::new());
    }

    #[test]
    fn a_given_name_that_is_a_place_after_i_am() {
        assert_eq!(found("I'm Devon and I ordered a lamp", "PERSON"), vec!["Devon"]);
        assert_eq!(found("Hi, I'm Jordan from the billing team", "PERSON"), vec!["Jordan"]);
        // After `in` it is the place.
        assert!(found("I'm in Jordan until May", "PERSON").is_empty());
    }

    #[test]
    fn an_article_before_a_name_in_portuguese_and_tagalog() {
        assert_eq!(found("Olá! Sou a Bruna. Pode me dizer", "PERSON"), vec!["Bruna"]);
        assert_eq!(found("Hi po! Ako po si Joy. Sorry po", "PERSON"), vec!["Joy"]);
    }

    #[test]
    fn a_possessed_role_then_is_or_will_be() {
        assert_eq!(found("Your tech is Benji. Pls keep pets inside", "PERSON"), vec!["Benji"]);
        assert_eq!(found("Our nearest tech is Gaz, he can be there", "PERSON"), vec!["Gaz"]);
        assert_eq!(found("Your assembler Tane will be at Unit 5", "PERSON"), vec!["Tane"]);
        // A word of the language is no name after it.
        assert!(found("Your order is Delayed again", "PERSON").is_empty());
        assert!(found("my wife is Canadian", "PERSON").is_empty());
    }

    #[test]
    fn a_dutch_surname_after_van_der_even_unknown() {
        assert_eq!(found("this is ilse van der meulen, my parcel", "PERSON"), vec!["ilse van der meulen"]);
        // A lone `van` is Dutch `from`.
        assert_eq!(found("goedemorgen u spreekt met sanne van glasnet", "PERSON"), vec!["sanne"]);
    }

    #[test]
    fn thai_indonesian_and_turkish_forms_of_address_and_roles() {
        assert_eq!(found("Thank you Khun Somchai. The booking", "PERSON"), vec!["Somchai"]);
        assert_eq!(found("Pak Agus Santoso (driver): Mbak Dewi, saya", "PERSON"), vec!["Agus Santoso", "Dewi"]);
        assert_eq!(found("Temsilci Burak: Merhaba Elif Hanım, ben Burak.", "PERSON"), vec!["Burak", "Elif", "Burak"]);
        assert_eq!(found("Agent Ploy: Sawasdee ka! May I have", "PERSON"), Vec::<&str>::new());
        // A Thai polite particle is no name in lower case; in a Cantonese name it is part of it.
        assert_eq!(found("Thank you ka. For security", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("Chan Ka Wai: hi, I ordered", "PERSON"), vec!["Chan Ka Wai"]);
    }

    #[test]
    fn portuguese_and_german_forms_roles_and_named_salons() {
        assert_eq!(found("ATENDENTE: Bom dia, Seu Raimundo. Para confirmar", "PERSON"), vec!["Raimundo"]);
        assert_eq!(found("signed by Judge Patricia Moody in Harris County", "PERSON"), vec!["Patricia Moody"]);
        assert_eq!(found("People call him Mzee Kamau.", "PERSON"), vec!["Kamau"]);
        assert_eq!(found("Gentili signori Montanari e Ferraresi,", "PERSON")[0], "Montanari");
        assert_eq!(
            found("Chamo-me Joana Filipa Correia Matos, sou portuguesa", "PERSON"),
            vec!["Joana Filipa Correia Matos"]
        );
        assert_eq!(found("07:55 Dispo Sven: Fahrer ist unterwegs", "PERSON"), vec!["Sven"]);
        // A salon or spa is named like a person.
        assert!(found("a voucher from Spa Alma Lusa for my mother", "PERSON").is_empty());
    }

    #[test]
    fn forms_of_address_of_other_languages_before_a_name() {
        assert_eq!(found("Kuya Jun, si Rowena to, yung nagpa-book", "PERSON"), vec!["Jun", "Rowena"]);
        let za = "Emergency contact: Gogo Thembisile Dlamini (grandmother)";
        assert_eq!(found(za, "PERSON"), vec!["Thembisile Dlamini"]);
        assert_eq!(found("Salamat po Ma'am Cristina. Ano po ang address?", "PERSON"), vec!["Cristina"]);
    }

    #[test]
    fn a_word_listed_among_names_is_one() {
        let squad = "Squad for Saturday: Alfie, Kai, Harrison, Oskar, Reuben, Tomi, Zac, Nico. Meet at 9.";
        assert_eq!(found(squad, "PERSON"), vec!["Alfie", "Kai", "Harrison", "Oskar", "Reuben", "Tomi", "Zac", "Nico"]);
        // A word of the language or a company among them is none.
        let guests = "Invited: Anna, Brian, Apple and Google.";
        assert_eq!(found(guests, "PERSON"), vec!["Anna", "Brian"]);
    }

    #[test]
    fn a_lower_case_surname_after_an_introduction() {
        let it = "operatore buongiorno sono giulia colombo e chiamo per la bolletta";
        assert_eq!(found(it, "PERSON"), vec!["giulia colombo"]);
        let nl = "klant goedemiddag met pieter de jong ik bel over mijn factuur";
        assert_eq!(found(nl, "PERSON"), vec!["pieter de jong"]);
        let pt = "oi, sou luana ferreira da silva e comprei um sofá";
        assert_eq!(found(pt, "PERSON"), vec!["luana ferreira da silva"]);
        // A company after `de`, a verb or a day after the name are no surname.
        assert_eq!(found("agente hola soy javier de fibranet en qué le ayudo", "PERSON"), vec!["javier"]);
        assert_eq!(found("hi im daniela till friday then my husband", "PERSON"), vec!["daniela"]);
        // One of the commonest surnames though it is a word, and a double-barrelled one with
        // a known part; a word that is a rare surname is still no surname.
        assert_eq!(found("hi yeah this is keisha brown i got an email", "PERSON"), vec!["keisha brown"]);
        assert_eq!(found("her name is jasmine oyelaran-pike, email", "PERSON"), vec!["jasmine oyelaran-pike"]);
        assert_eq!(found("hi im daniela sweet of you to ask", "PERSON"), vec!["daniela"]);
        // After `name is`, a given name no list knows before a surname one does.
        assert_eq!(found("mi name is delroy campbell mi lose mi phone", "PERSON"), vec!["delroy campbell"]);
        assert!(found("my name is xqzt please help", "PERSON").is_empty());
        assert!(found("the file name is report final", "PERSON").is_empty());
    }

    #[test]
    fn the_lower_case_gate_keeps_every_word_a_rule_would_take() {
        use super::{
            here_after_line_start, lower_speaker, lower_word_may_be_name, strong_cue_before, thanked_at_turn_end,
        };
        use crate::test_support::with_document;
        let texts = [
            "hi maria, my order is late",
            "Thanks,\njenna",
            "09:14 kayla: the box came open",
            "ok thanks so much jenna",
            "maria here. card declined",
            "my dad ron called you",
            "call me at555 0100 or email tom",
            "please contact bob about it - dave",
            "the courier left it at the door and i was out",
            "ok thanks so much jenna ___",
            "tks, ana. done",
            "[21:13] jan novotný: kód je 447120",
            "maria fernanda rojas: hola buenas",
        ];
        let mut taken = 0;
        for text in texts {
            with_document(text, |doc| {
                for i in (0..doc.tokens.len()).filter(|&i| !doc.tokens[i].is_capitalised()) {
                    let rule = strong_cue_before(doc, i)
                        || here_after_line_start(doc, i)
                        || lower_speaker(doc, i)
                        || thanked_at_turn_end(doc, i);
                    assert!(!rule || lower_word_may_be_name(doc, i), "{text:?}: {}", doc.word(i));
                    taken += usize::from(rule);
                }
            });
        }
        // Every rule fires somewhere above, so the test checks each one.
        assert!(taken >= 8, "{taken}");
    }

    #[test]
    fn a_surname_that_is_a_street_type_signs_a_message() {
        assert_eq!(found("Ok.\n\nMany thanks,\nGraham Pike\n9 Mina Road, Bristol", "PERSON"), vec!["Graham Pike"]);
        assert_eq!(found("Ok.\n\nMany thanks,\nAdam Park", "PERSON"), vec!["Adam Park"]);
        // A short role after a dash; a name alone under a blank line; a dash after the stop.
        assert_eq!(found("Can you wipe it?\n\nTa,\nNick - Marketplace Ops", "PERSON"), vec!["Nick"]);
        assert_eq!(found("which feels wrong.\n\nRob", "PERSON"), vec!["Rob"]);
        assert_eq!(found("rappel prévu jeudi à 14h. – Yanis", "PERSON"), vec!["Yanis"]);
        assert!(found("Security code: 771\n\n-- meta --\nip=1", "PERSON").is_empty());
        assert_eq!(found("We met on Adam Park yesterday", "PERSON"), Vec::<&str>::new());
    }

    #[test]
    fn names_with_particles_and_greetings_of_other_languages() {
        for (text, name) in [
            ("Beste mevrouw De Vries,\n\nHartelijk dank", "De Vries"),
            ("Beste heer Van der Meer, bedankt voor uw aanvraag.", "Van der Meer"),
            ("Agent : C'est fait, madame Le Goff.", "Le Goff"),
            ("Dear Ms Ní Bhriain,\n\nThank you", "Ní Bhriain"),
            ("Thanks,\nPádraig Ó Súilleabháin\n", "Pádraig Ó Súilleabháin"),
            ("Kia ora Wiremu,\n\nThanks for letting us know", "Wiremu"),
            ("Goedemorgen Bram,\n\nDank voor de snelle reactie.", "Bram"),
            ("Ngā mihi,\nAroha", "Aroha"),
            ("Gentile Federica, ci dispiace molto per la serata.", "Federica"),
        ] {
            assert_eq!(found(text, "PERSON"), vec![name], "{text}");
        }
        // A particle after a title with no name after it is none.
        assert_eq!(found("Dear Sir or Madam, the van is late", "PERSON"), Vec::<&str>::new());
    }

    #[test]
    fn a_display_name_and_its_address() {
        let from = "Para: João Pedro Albuquerque <jp.albuquerque@uol.com.br>\nData: hoje";
        assert_eq!(found(from, "PERSON"), vec!["João Pedro Albuquerque"]);
        for org in [
            "From: Lakeview Lodge <stay@lakeviewlodgeqt.co.nz>",
            "To: Customer Care <customercare@skyunionair.com>",
            "De: Pousada Maré Alta <reservas@pousadamarealta.com.br>",
        ] {
            assert_eq!(found(org, "PERSON"), Vec::<&str>::new(), "{org}");
        }
        assert_eq!(found("From: John Smith <john@johnsmith.com>", "PERSON"), vec!["John Smith"]);
    }

    #[test]
    fn the_reply_to_a_question_for_a_name_is_one() {
        let chat = "agent: and the name and the email on the booking?\ncust: jack thornton, jackt_93@hotmail.com";
        assert_eq!(found(chat, "PERSON"), vec!["jack thornton"]);
        let nl = "Medewerker: Mag ik je naam en postcode?\nKlant: noor el amrani, 3526 KM";
        assert_eq!(found(nl, "PERSON"), vec!["noor el amrani"]);
        // A speaker's label after the question, and a reply a line further down, are no answer.
        let label = "Agent: the driver's name is showing, correct?\nRider: yes";
        assert_eq!(found(label, "PERSON"), Vec::<&str>::new());
        let later = "agent: and the name on the booking?\ncust: one sec\ncust: jack thornton";
        assert_eq!(found(later, "PERSON"), Vec::<&str>::new());
    }

    #[test]
    fn a_given_name_then_a_street_type_surname_is_a_person() {
        assert_eq!(found("put it under Kayla Brooks, cell 512-555-0187", "PERSON"), vec!["Kayla Brooks"]);
        assert_eq!(found("My mom Denise Brooks will be an additional driver", "PERSON"), vec!["Denise Brooks"]);
        // Not after a house number or a word that puts it on a street, and not a known place.
        assert_eq!(found("She lives at 12 Denise Brooks", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("We met on Denise Brooks yesterday", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("zip is 9 0 2 1 0\nAGENT: Beverly Hills, perfect.", "PERSON"), Vec::<&str>::new());
    }

    #[test]
    fn an_establishment_names_what_follows() {
        assert_eq!(found("She was seen at Hospital de Santa Maria", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("two nights at Hotel Santa Croce, Florence", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("Die Reparatur soll beim Autohaus Krämer erfolgen", "PERSON"), Vec::<&str>::new());
        let signed = "Von: Steuerbüro Hagedorn (+49 4131 776 2290)\nBitte schicken Sie die Belege. VG, A. Hagedorn";
        assert_eq!(found(signed, "PERSON"), vec!["A. Hagedorn"]);
        assert_eq!(found("the hotel Maria Lopez booked", "PERSON"), vec!["Maria Lopez"]);
    }

    #[test]
    fn a_relation_a_label_or_thanks_before_a_name_is_not_part_of_it() {
        assert_eq!(found("Back door forced. Neighbor Hank Dobbins saw it.", "PERSON"), vec!["Hank Dobbins"]);
        assert_eq!(
            found("IBAN DE85 5001 0517 6639 2332 14, Kontoinhaber Jens Hartmann", "PERSON"),
            vec!["Jens Hartmann"]
        );
        assert_eq!(found("12:38 - kayla: ok ty omar", "PERSON"), vec!["kayla", "omar"]);
        assert_eq!(found("Dear Seller Performance team,", "PERSON"), Vec::<&str>::new());
    }

    #[test]
    fn replies_in_other_languages_are_not_names() {
        assert_eq!(found("Agent: Erledigt.", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("Hola,\nNecesito factura completa del pedido 55-2031", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("Agent: Perfecto, thank you Ji-ho.", "PERSON"), vec!["Ji-ho"]);
        assert_eq!(found("hallo hier anja, meine steuer id ist 99 306 857 211", "PERSON"), vec!["anja"]);
        // The line after a greeting opens the message unless a known name opens it.
        assert_eq!(found("Bonjour,\nSuite à l'annulation de mon abonnement", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("Hello,\nMaria here, my order is late", "PERSON"), vec!["Maria"]);
    }

    #[test]
    fn quoted_after_an_agency_verb() {
        assert_eq!(found("the parcel was signed for by \"R. SHAH\" but nobody knows him", "PERSON"), vec!["R. SHAH"]);
    }

    #[test]
    fn an_initial_makes_a_word_that_is_a_surname_a_name() {
        assert_eq!(found("INTERNAL NOTE (J. Sanders → Tier 2)", "PERSON"), vec!["J. Sanders"]);
        // An initial after the word is a plan's or an option's letter.
        assert_eq!(found("Customer: it was Plan B. Anyway, cancel it", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("see section A. Details below", "PERSON"), Vec::<&str>::new());
    }

    #[test]
    fn a_family_particle_takes_the_word_after_it() {
        // Berg is a street type and a town, Hohenberg a town.
        let mail = "Met vriendelijke groet,\nDaan van der Berg\nKeizersgracht 221-H";
        assert_eq!(found(mail, "PERSON"), vec!["Daan van der Berg"]);
        let note = "Kunde: Friedrich Wilhelm von Hohenberg, 71";
        assert_eq!(found(note, "PERSON"), vec!["Friedrich Wilhelm von Hohenberg"]);
        // A capitalised particle after a given name is a surname the lists know.
        assert_eq!(found("aadhaar linked, name Deepak Das, please link", "PERSON"), vec!["Deepak Das"]);
        assert_eq!(found("Hoang Van Duc\n7700 Bellaire Blvd", "PERSON"), vec!["Hoang Van Duc"]);
        // After a job title, an initial and such a surname.
        assert_eq!(found("Approved by Compliance Officer R. Das.", "PERSON"), vec!["R. Das"]);
        assert_eq!(found("director Hemi Parata, TFN supplied separately", "PERSON"), vec!["Hemi Parata"]);
        assert!(found("the Director of Operations called", "PERSON").is_empty());
    }

    #[test]
    fn ages_in_unpunctuated_speech_after_titles_and_in_german() {
        let call = "caller: he's retired he's seventy one i'm sixty nine his name's grant";
        assert_eq!(found(call, "AGE"), vec!["seventy one", "sixty nine"]);
        assert_eq!(found("they put my age as 52, i'm 34 only", "AGE"), vec!["34"]);
        assert_eq!(found("Meneer is 87 en verhuist per 1 juni", "AGE"), vec!["87"]);
        assert_eq!(found("Kunde: Herr Emre Yıldız, geb. 03.03.1957 (67 J.)", "AGE"), vec!["67"]);
        assert!(found("beim Nachbarn Herrn Schulz im 3. OG abgegeben", "AGE").is_empty());
        assert_eq!(found("I've got Irish citizenship and live in NI", "NRP"), vec!["Irish"]);
    }

    #[test]
    fn the_reply_to_a_name_asked_without_a_question_mark() {
        let call = "agent: thank you and your full name\ncaller: dean o'sullivan\nagent: and the first line";
        assert_eq!(found(call, "PERSON"), vec!["dean o'sullivan"]);
        // A line that does not end in the word asked for asks nothing.
        assert!(found("agent: the name is on the card we sent\ncaller: dean is fine", "PERSON").is_empty());
    }

    #[test]
    fn initials_particles_and_titles() {
        // `M.` is the French title after a word of politeness or in brackets before capitals.
        assert_eq!(found("Mathis : Merci M. Garnier. Pour sécuriser", "PERSON"), vec!["Mathis", "Garnier"]);
        assert_eq!(found("le code envoyé (M. LEBRUN Gaël) est 738204", "PERSON"), vec!["LEBRUN Gaël"]);
        // Names answering the phone and given in full after a weak introduction.
        let call = "good morning bayside chemist home delivery bronwyn speaking\ncaller: hi";
        assert_eq!(found(call, "PERSON"), vec!["bronwyn"]);
        let call = "caller: yeah it's darren fletcher, fletcher like the arrow maker";
        assert_eq!(found(call, "PERSON"), vec!["darren fletcher"]);
        assert_eq!(found("caller: yes hi it's evelyn brooks\nagent: hi", "PERSON"), vec!["evelyn brooks"]);
        // Firms named with `&`, unless a given name comes first (a couple).
        assert!(found("I also found a Holland & Barrett receipt", "PERSON").is_empty());
        assert!(found("Kind regards,\nHarpreet & Jaspal Sandhu", "PERSON").contains(&"Jaspal Sandhu"));
        assert!(found("he is at dialysis (Tue/Thu/Sat mornings)", "PERSON").is_empty());
        assert!(found("Cause: Hurricane Milton wind/water. Subject: Cyclone Gabrielle claim", "PERSON").is_empty());
        assert!(found("Emergency vendor: Paul Davis Restoration (job PD-ON-240418)", "PERSON").is_empty());
        assert_eq!(found("Votre médecin, la Dre Amina Haddad, nous a envoyé", "PERSON"), vec!["Amina Haddad"]);
        // An initial, a particle and a word; an initial ending the line keeps its dot.
        assert_eq!(found("terug op NL09 INGB t.n.v. P. de Vries\nMedewerker", "PERSON"), vec!["P. de Vries"]);
        assert_eq!(found("op naam van M. van den Berg?", "PERSON"), vec!["M. van den Berg"]);
        assert_eq!(found("- onboarded by Kylie B.", "PERSON"), vec!["Kylie B."]);
        // A lower-case particle after a capitalised title; a lower-case name after a title.
        assert_eq!(found("Thank you Mr van der Merwe. I see", "PERSON"), vec!["van der Merwe"]);
        assert_eq!(found("klant: ja hallo met mevrouw visser ik bel over", "PERSON"), vec!["visser"]);
        assert_eq!(found("assistente: obrigada senhor manuel e o código", "PERSON"), vec!["manuel"]);
        // After an article the title is a noun; `miss` in lower case is a verb.
        assert!(found("o senhor pode confirmar o nome", "PERSON").is_empty());
        assert!(found("you will miss jasmine tea", "PERSON").is_empty());
        // A role in German before the speaker's name is no part of it.
        assert_eq!(found("[09:16] Agentin Svenja: Danke", "PERSON"), vec!["Svenja"]);
    }

    #[test]
    fn capitalised_irish_and_vietnamese_particles() {
        assert_eq!(found("Siobhán Ní Bhriain: no thats it", "PERSON"), vec!["Siobhán Ní Bhriain"]);
        assert_eq!(found("my aunt Nguyễn Thị Mai in Hanoi", "PERSON"), vec!["Nguyễn Thị Mai"]);
    }

    #[test]
    fn a_relatives_name_no_list_knows() {
        assert_eq!(found("My wife Noura saw it on your website", "PERSON"), vec!["Noura"]);
        assert_eq!(found("Our daughter Manaia is on the plan", "PERSON"), vec!["Manaia"]);
        assert_eq!(found("Mein Enkel Jonas hat das Konto eingerichtet", "PERSON"), vec!["Jonas"]);
        // Without the possessive an unknown word stays unknown.
        assert!(found("the wife Noura saw it", "PERSON").is_empty());
        // An Italian operator's label is no name.
        assert_eq!(found("Operatore Marco: buongiorno", "PERSON"), vec!["Marco"]);
    }

    #[test]
    fn brands_written_as_names() {
        let person = "PERSON";
        assert!(found("Save 25% on all Tommy Hilfiger and Calvin Klein", person).is_empty());
        assert!(found("There was no Earl Grey tea, no Jack Daniel's fudge", person).is_empty());
        assert!(found("the tub of Ben & Jerry's and 2 cans of Dr Pepper", person).is_empty());
        assert!(found("a pair of Dr. Martens boots", person).is_empty());
        // The same first names are still names.
        assert_eq!(found("Tommy Fielding called about the Hilfiger jacket", person), vec!["Tommy Fielding"]);
        assert_eq!(found("Hi Calvin, thanks", person), vec!["Calvin"]);
    }

    #[test]
    fn po_box_is_no_name() {
        assert_eq!(found("Customer: PO Box is PO Box 4410, Anchorage, AK 99509", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("Customer: Reginald Box", "PERSON"), vec!["Reginald Box"]);
    }

    #[test]
    fn typed_fast() {
        assert_eq!(found("Customer: helo, my nmae is Chris Tomlinsen", "PERSON"), vec!["Chris Tomlinsen"]);
        assert_eq!(found("Customer: Thx! Keiko", "PERSON"), vec!["Keiko"]);
        assert_eq!(found("Customer: whats up, tyler here. need a refund", "PERSON"), vec!["tyler"]);
        assert_eq!(found("Agent: Nadia from Billing here, how can I help?", "PERSON"), vec!["Nadia"]);
        assert_eq!(found("Kunde: Mein Mann Thomas hat das Konto eröffnet.", "PERSON"), vec!["Thomas"]);
    }

    #[test]
    fn quoted_nicknames_inside_the_name() {
        assert_eq!(found("Account holder Robert \"Bobby\" Smith called", "PERSON"), vec!["Robert \"Bobby\" Smith"]);
        assert_eq!(found("Thanks, Margaret “Peggy” Okafor", "PERSON"), vec!["Margaret “Peggy” Okafor"]);
        assert_eq!(found("she said \"Hello\" Twice", "PERSON"), Vec::<&str>::new());
    }

    #[test]
    fn modal_verbs_that_are_names() {
        assert_eq!(found("Agent: Will Smith will call you back", "PERSON"), vec!["Will Smith"]);
        assert_eq!(found("Hi, May here, my parcel is late", "PERSON"), vec!["May"]);
        // Korean given names write their later syllable in lower case.
        assert_eq!(found("17:30 Hyun-woo Park: hi", "PERSON"), vec!["Hyun-woo Park"]);
        assert_eq!(found("Grazie, signora Rossi.", "PERSON"), vec!["Rossi"]);
    }

    #[test]
    fn ask_for_a_person() {
        assert_eq!(found("it's 503-555-0183. Ask for Ray, or my wife Linda", "PERSON"), vec!["Ray", "Linda"]);
        assert_eq!(found("I had to ask for help twice", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("I'll call for Ray", "PERSON"), Vec::<&str>::new());
    }

    #[test]
    fn lower_case_name_after_a_verb_of_contact() {
        assert_eq!(found("i spoke to kevin on the phone", "PERSON"), vec!["kevin"]);
        assert_eq!(found("can you tell priya to call me", "PERSON"), vec!["priya"]);
        // Words that are also names are left alone in lower case.
        assert_eq!(found("please tell me when it ships", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("i paid with grace period credit", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("chiamo per mia madre", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("i spoke with ahmed yesterday", "PERSON"), vec!["ahmed"]);
        // Capitalised, a given name that is also a town.
        assert_eq!(found("I spoke to Roman yesterday", "PERSON"), vec!["Roman"]);
        assert_eq!(found("I spoke to Roman yesterday", "LOCATION"), Vec::<&str>::new());
    }

    #[test]
    fn a_name_found_once_is_found_where_it_is_repeated() {
        let text = "Customer: I spoke to Roman yesterday.\nAgent: let me check the notes Roman left.";
        assert_eq!(found(text, "PERSON"), vec!["Roman", "Roman"]);
        let text = "it's Jenna Kowalski, order 4411.\nAgent: thanks! can Jenna's husband pick it up?";
        assert_eq!(found(text, "PERSON"), vec!["Jenna Kowalski", "Jenna"]);
        // Not inside other capitalised words, and not where something else was found.
        let text = "my name is Roman Novak. I'm a Roman Catholic and I live at 4 Roman Road, Leeds.";
        assert_eq!(found(text, "PERSON"), vec!["Roman Novak"]);
        let text = "my name is Paris Holloway and I fly to Paris next week";
        assert_eq!(found(text, "PERSON"), vec!["Paris Holloway"]);
        assert_eq!(found(text, "LOCATION"), vec!["Paris"]);
    }

    #[test]
    fn an_organisation_named_with_of() {
        let text = "I paid via Bank of America Bill Pay on 3/12";
        assert_eq!(found(text, "PERSON"), Vec::<&str>::new());
        assert_eq!(found(text, "LOCATION"), Vec::<&str>::new());
    }

    #[test]
    fn a_town_named_like_a_person_after_in() {
        assert_eq!(found("I work in Preston now", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("I work in Preston now", "LOCATION"), vec!["Preston"]);
        assert_eq!(found("she studies in Eugene", "LOCATION"), vec!["Eugene"]);
        assert_eq!(found("I spoke with Preston yesterday", "PERSON"), vec!["Preston"]);
    }

    #[test]
    fn speaker_name_in_brackets_after_the_role() {
        assert_eq!(found("Agent (Dmitri K.): sure, one moment", "PERSON"), vec!["Dmitri K."]);
        assert_eq!(found("Agent (Priya): Hi, how can I help?", "PERSON"), vec!["Priya"]);
        assert_eq!(found("Agent (Support): Hi", "PERSON"), Vec::<&str>::new());
    }

    #[test]
    fn spanish_plural_particles() {
        assert_eq!(found("Customer: Ana de los Santos", "PERSON"), vec!["Ana de los Santos"]);
    }

    #[test]
    fn lower_case_sign_off_on_the_same_line() {
        assert_eq!(found("plz can u cancel, regards dave", "PERSON"), vec!["dave"]);
    }

    #[test]
    fn sign_offs_of_other_languages() {
        // The sign-off is no part of the name, and in Title Case no name at all.
        assert_eq!(found("Skicka till Göteborg tack.\nMvh Erik Lindqvist", "PERSON"), vec!["Erik Lindqvist"]);
        assert_eq!(found("Danke.\nLG Magdalena Steiner", "PERSON"), vec!["Magdalena Steiner"]);
        assert_eq!(found("Bitte erstatten.\n\nViele Grüße\nAnna Becker", "PERSON"), vec!["Anna Becker"]);
    }

    #[test]
    fn ages_read_out_and_said_of_family() {
        for (text, age) in [
            ("he's been dizzy a lot he's eighty two so i'm worried", "eighty two"),
            ("agent: so he is seventy seven years sir", "seventy seven"),
            ("I'm 24 - does the young driver fee apply?", "24"),
            ("my eldest is 14 so she'll want her own bed", "14"),
            ("my young lad is 6 and hes starving", "6"),
            ("My girlfriend Kayla Brandt is 26 and can be the main driver", "26"),
            // A child's name starting the sentence, and a birthday's month.
            ("Thanks.\nSofia is 9, and she loves the pool.", "9"),
            ("he turns 13 in August so he can join", "13"),
        ] {
            assert_eq!(found(text, "AGE"), vec![age], "{text}");
        }
        assert_eq!(found("the total is 24 - does that include tax?", "AGE"), Vec::<&str>::new());
        // At a sentence's start, a name that is an English word is not taken for one.
        assert_eq!(found("Thanks.\nShipping is 5, sorry. Will is 5, too.", "AGE"), Vec::<&str>::new());
        assert_eq!(found("the dial turns 13 in steps", "AGE"), Vec::<&str>::new());
    }

    #[test]
    fn spelled_ages() {
        assert_eq!(found("i'm sixty-five and retired", "AGE"), vec!["sixty-five"]);
        assert_eq!(found("my dad is eighty-two years old", "AGE"), vec!["eighty-two"]);
        assert_eq!(found("she turned seventy last week", "AGE"), vec!["seventy"]);
        assert_eq!(found("there are seven items in the box", "AGE"), Vec::<&str>::new());
        assert_eq!(found("I'm five minutes away", "AGE"), Vec::<&str>::new());
        assert_eq!(found("I've noted that you're 81 and prefer calls", "AGE"), vec!["81"]);
        assert_eq!(found("our twins are 6 and need child tickets", "AGE"), vec!["6"]);
        assert_eq!(found("the customer (74) said no", "AGE"), vec!["74"]);
        assert_eq!(found("She is 9 — she used my card", "AGE"), vec!["9"]);
        assert_eq!(found("the order (74) shipped", "AGE"), Vec::<&str>::new());
        assert_eq!(found("the boxes are 6 and 9 kg", "AGE"), Vec::<&str>::new());
    }

    #[test]
    fn every_age_unit_passes_the_byte_gate() {
        for unit in AGE_UNITS {
            assert!(unit_may_follow(unit.as_bytes()), "{unit:?}");
        }
        assert!(!unit_may_follow(b" items"));
    }

    #[test]
    fn names_with_cues() {
        assert_eq!(found("Hi Maria, thanks for waiting", "PERSON"), vec!["Maria"]);
        assert_eq!(found("hi this is jenny from accounts", "PERSON"), vec!["jenny"]);
        assert_eq!(found("MY NAME IS JOHN SMITH", "PERSON"), vec!["JOHN SMITH"]);
        assert_eq!(found("Please ask Mr Okafor to call", "PERSON"), vec!["Okafor"]);
        assert_eq!(found("From: \"Anna Becker\" <anna.becker@gmx.de>", "PERSON"), vec!["Anna Becker"]);
        assert_eq!(found("Thanks,\nPriya Raghunathan\nBilling", "PERSON"), vec!["Priya Raghunathan"]);
        assert_eq!(found("I spoke with María José García-López yesterday", "PERSON"), vec!["María José García-López"]);
        assert_eq!(found("Vincent van Gogh's order", "PERSON"), vec!["Vincent van Gogh"]);
        assert_eq!(found("Hi, my name is Ben Ortiz", "PERSON"), vec!["Ben Ortiz"]);
        assert_eq!(found("Chase Bank declined the payment", "PERSON"), Vec::<&str>::new());
        // A label that names a thing.
        assert!(found("Business name: Shree Ganesh Handlooms\nOwner: x", "PERSON").is_empty());
        assert!(found("Pet name: Oscar\nSpecies: dog", "PERSON").is_empty());
        assert_eq!(found("applicant: ollie brennan dob 03/02/1996", "PERSON"), vec!["ollie brennan"]);
        // Capitalised words on to a firm's last word.
        assert!(found("Insurer: Emerald Shield Travel Insurance DAC", "PERSON").is_empty());
        assert!(found("Beneficiary: Sunshine Coast Tours LLC", "PERSON").is_empty());
        assert!(found("our payment to Hollis Ridge Landscaping bounced", "PERSON").is_empty());
        assert_eq!(found("Luca Ferrari, Agenzia Ferrari Assicurazioni", "PERSON"), vec!["Luca Ferrari"]);
        assert_eq!(found("— Kara, Payments Team", "PERSON"), vec!["Kara"]);
        assert_eq!(found("under Harbourside Joinery.", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("for integration partner Orion Freight: old key", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("Carrier: Royal Mail Tracked 24", "PERSON"), Vec::<&str>::new());
        // An organisation's ending only as written: `Banks` is a surname.
        assert_eq!(found("Customer Trevor Banks. Ticket closed.", "PERSON"), vec!["Trevor Banks"]);
        assert_eq!(found("mike here. ur tech was awesome", "PERSON"), vec!["mike"]);
        assert_eq!(found("Customer: cheers\nemma here, new card", "PERSON"), vec!["emma"]);
        assert_eq!(found("over here. the box was open", "PERSON"), Vec::<&str>::new());
        // The whole reply to a place question is a place, not a name.
        assert_eq!(found("Agent: which city are you in?\nCustomer: Medina", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("Agent: who am I speaking with?\nCustomer: Medina", "PERSON"), vec!["Medina"]);
        assert_eq!(found("Agent: which city?\nCustomer: Medina, and I'm Rosa", "PERSON"), vec!["Medina", "Rosa"]);
        // A given name that looks like the plural of a function word (`lui`).
        assert_eq!(found("Hi, my name is Luis Ortega", "PERSON"), vec!["Luis Ortega"]);
        assert_eq!(found("name=Luis Ortega dl_number=F7712345", "PERSON"), vec!["Luis Ortega"]);
    }

    #[test]
    fn chat_exports_name_their_speakers() {
        for (text, want) in [
            ("09:41 Aaliyah Brooks: Hey, tracking hasn't moved", vec!["Aaliyah Brooks"]),
            ("17:30 Hyun-woo Park: hi, is this in stock?", vec!["Hyun-woo Park"]),
            ("From: \"Owen Park\" <owen@example.com>", vec!["Owen Park"]),
            ("3:13 PM Amber @ Brightcart: FedEx has it", vec!["Amber"]),
            ("19:03 Agent Becca: So sorry!", vec!["Becca"]),
            // Speech to text: a doctor's name, the reply to a name asked for without `?`, the
            // phone answered, a Portuguese greeting.
            ("scheduled with doctor whitfield on thursday", vec!["whitfield"]),
            ("northside vet hospital you're speaking with kayla\ncaller: hi", vec!["kayla"]),
            ("cliente: oi bruna, meu pedido veio errado", vec!["bruna"]),
            ("agent: your name please\ncaller: sarah nguyen\nagent: ok", vec!["sarah nguyen"]),
            ("agent: and the name on the card\ncaller: jarrod pemberton\nagent: thanks", vec!["jarrod pemberton"]),
            // A chat export's sender before the time, in lower case too.
            ("jordan reyes 10:05 AM: ssn is on the form", vec!["jordan reyes"]),
            ("Ava (Leasing) 10:06 AM: Got it.", vec!["Ava"]),
            // A name that is also a county or a word, beside its role.
            (
                "09:42 Devon (Support): Hi Aaliyah! It's held at the Memphis hub due to weather.",
                vec!["Devon", "Aaliyah"],
            ),
            ("Grace [Support]: Hello!", vec!["Grace"]),
        ] {
            assert_eq!(found(text, "PERSON"), want, "{text}");
        }
        // A word no name list knows beside a role is more often a company's (or bot's) name.
        assert!(found("Brightcart (Bot): Your order has shipped and is on its way to you", "PERSON").is_empty());
        // A street type that is also a surname stays a street after a house number.
        assert!(found("send it to 12 Adam Park please", "PERSON").is_empty());
    }

    #[test]
    fn introductions_after_greetings_and_bare_name_labels() {
        assert_eq!(found("hi its tasha, my parcel is late", "PERSON"), vec!["tasha"]);
        assert_eq!(found("ciao sono francesca", "PERSON"), vec!["francesca"]);
        assert_eq!(found("ssn 863145783 name tiffany moore", "PERSON"), vec!["tiffany moore"]);
        // Without the greeting `its` is just `its`.
        assert!(found("its tasha colour", "PERSON").is_empty());
    }

    #[test]
    fn central_european_introductions_titles_and_lower_case_chat_senders() {
        assert_eq!(found("guten morgen sie sprechen mit jonas weber", "PERSON"), vec!["jonas weber"]);
        assert_eq!(found("ja hier ist brigitte schmitt-hoffmann ich geh", "PERSON"), vec!["brigitte schmitt-hoffmann"]);
        assert_eq!(found("dzień dobry nazywam się grzegorz kamiński jestem", "PERSON"), vec!["grzegorz kamiński"]);
        assert_eq!(found("Dobrý den, paní Hrušovská,", "PERSON"), vec!["Hrušovská"]);
        // A lower-case sender of two words after a chat export's bracketed time.
        assert_eq!(found("[21:13] jan novotný: kód je 447120", "PERSON"), vec!["jan novotný"]);
        assert_eq!(found("[08:15] tomasz wiśniewski: nr prac. 20417", "PERSON"), vec!["tomasz wiśniewski"]);
        // An SMS export's sender after the date and time, however unknown the name.
        let sms = "Thu 6 Feb 10:04 Me → Aroha: hey its Ngaio from the cafe\nThu 6 Feb 10:15 Aroha: Kia ora – no";
        assert_eq!(found(sms, "PERSON"), vec!["Aroha", "Aroha"]);
        assert!(found("2024-03-04 10:15 Error: connection refused", "PERSON").is_empty());
        assert!(found("Subject: VAT3 Jan/Feb + new starter", "PERSON").is_empty());
        assert!(found("1) VAT3 for Jan–Feb is ready on ROS", "PERSON").is_empty());
        assert!(
            found("17/01/2025 08:14 Pennyworth Bkpg: Hi Rhiannon, reminder", "PERSON")
                .iter()
                .all(|p| *p != "Pennyworth Bkpg")
        );
        // A Slack message copied out: the sender and the time on a line of their own.
        let slack = "hope kerr 10:02\nwill can u chase the twins\n\npriya 10:11\ntemplate sent";
        assert_eq!(found(slack, "PERSON"), vec!["hope kerr", "priya"]);
        assert!(found("meeting 10:02\nagenda below", "PERSON").is_empty());
        // German `von den` is `from the`, not a surname's particles; Dutch `van den` is.
        assert_eq!(found("sie sprechen mit markus von den stadtwerken was kann", "PERSON"), vec!["markus"]);
        assert_eq!(found("hoi ik ben ilse van den broek en ik", "PERSON"), vec!["ilse van den broek"]);
    }

    #[test]
    fn a_chat_label_before_a_sentence_is_not_a_form_value() {
        assert!(found("Customer: Lovely, thanks for sorting it", "PERSON").is_empty());
        assert!(found("Agent: Hiya, how can I help today?", "PERSON").is_empty());
        // A form value, or a known name starting the sentence, still counts.
        assert_eq!(found("Customer: Jenna Kowalski", "PERSON"), vec!["Jenna Kowalski"]);
        assert_eq!(found("Customer: Maria here, my parcel is late", "PERSON"), vec!["Maria"]);
    }

    #[test]
    fn one_word_then_a_state_is_a_place() {
        assert!(found("CALLER: Clinton, Iowa.", "PERSON").is_empty());
        assert!(found("Customer: Davis, CA", "PERSON").is_empty());
        assert_eq!(found("Customer: Maria Lopez, CA office", "PERSON"), vec!["Maria Lopez"]);
    }

    #[test]
    fn a_name_signing_the_message() {
        assert_eq!(found("my tfn 578 358 211 for the new contract - mel", "PERSON"), vec!["mel"]);
        assert_eq!(found("NHS 472 555 7315 for the form x becky", "PERSON"), vec!["becky"]);
        assert_eq!(found("steuer id fuer die abrechnung, gruss kai", "PERSON"), vec!["kai"]);
        // Not at the end of the message, or not a name.
        assert!(found("the new contract - mel said it is fine", "PERSON").is_empty());
        // What belongs to a relation is no name.
        assert!(found("hi. it's my mom's line, she passed last week.", "PERSON").is_empty());
        assert!(found("Good evening. My father's line, I want to retrieve the SIM.", "PERSON").is_empty());
        // A dictionary word with a surname's ending after a given name.
        assert_eq!(found("Res: Mrs Edna Ploughman, pref. Teddy", "PERSON")[0], "Edna Ploughman");
        // A relation after a possessive is as strong a cue for a lower-case name.
        assert_eq!(found("nhs no 662 520 6806 for my dad ron", "PERSON"), vec!["ron"]);
        assert!(found("a dad ron", "PERSON").is_empty());
        // A role after `your` or `the`, before a name that is no word.
        assert_eq!(found("mike here. ur tech jose was awesome today", "PERSON"), vec!["mike", "jose"]);
        assert!(found("Agent: Updated. The courier will bring it on Thursday", "PERSON").is_empty());
        assert!(found("your driver will call ahead", "PERSON").is_empty());
        assert!(found("for the new contract - thanks", "PERSON").is_empty());
        assert!(found("CALLER: Grand Forks, North Dakota.", "PERSON").is_empty());
        // A name alone on the last line, under a finished sentence, however long.
        let mail = "The engineer set the router admin password and the Wi-Fi one. Can I change them myself?\nElspeth";
        assert_eq!(found(mail, "PERSON"), vec!["Elspeth"]);
        assert!(found("Merci d'envoyer le courrier.\nCordialement", "PERSON").is_empty());
    }

    #[test]
    fn key_value_names_dutch_thanks_version_words_and_vietnamese_middle_names() {
        let export = "civilite=M.\nnom=Benali\nprenom=Karim\ncognome;Russo\nstatus=ok";
        assert_eq!(found(export, "PERSON"), vec!["Benali", "Karim", "Russo"]);
        assert_eq!(found("Medewerker (Joost): Dankjewel Femke. Ik zie het.", "PERSON"), vec!["Joost", "Femke"]);
        // `Versie` is a given name, but not before a version's number.
        assert_eq!(found("Versie 7.4.0 van de app geeft geen melding.", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("Hi, this is Versie Hall from accounts.", "PERSON"), vec!["Versie Hall"]);
        // Vietnamese middle names written without their accents.
        assert_eq!(found("Customer: Nguyen Van Minh, +1 (646) 555-0137", "PERSON"), vec!["Nguyen Van Minh"]);
        assert_eq!(found("Customer: Tran Thi Lan here", "PERSON"), vec!["Tran Thi Lan"]);
    }

    #[test]
    fn a_name_label_takes_its_whole_line() {
        for (text, want) in [
            ("Protocolo: BR-2024-55128\nNome: João Pedro Albuquerque\nEmail: jp@uol.com.br", "João Pedro Albuquerque"),
            ("Asunto: alta de suministro\nNombre: Youssef El Amrani\nDNI: 1", "Youssef El Amrani"),
            ("code 789.\nCardholder: Elaine Park\nthanks", "Elaine Park"),
        ] {
            assert_eq!(found(text, "PERSON"), vec![want], "{text}");
        }
        // Not a bank's name, and a company's name is not taken whole.
        assert!(found("Bank name: Lakeview Savings\nABA: 1", "PERSON").is_empty());
        assert!(!found("Beneficiary: Orion Freight Co.\nBank: x", "PERSON").iter().any(|s| s.contains("Freight")));
    }

    #[test]
    fn an_age_turned_on_a_day() {
        assert_eq!(found("as part of my pension planning. I turn 60 on 9 July.", "AGE"), vec!["60"]);
        assert_eq!(found("she turns 18 on her birthday, obviously", "AGE"), vec!["18"]);
        assert!(found("turn 90 on the dial", "AGE").is_empty());
    }

    #[test]
    fn a_transcript_speaker_whose_name_is_a_word() {
        let call = "MARK: So, ma'am, the order is late.\nCUSTOMER: Nobody told me that.\nMARK: I understand.";
        assert_eq!(found(call, "PERSON"), vec!["MARK", "MARK"]);
        // Not without a role speaking beside it, nor a word that is no given name.
        assert!(found("MARK: fragile\nHANDLE WITH CARE", "PERSON").is_empty());
        assert!(found("NOTE: call back\nCUSTOMER: ok", "PERSON").is_empty());
    }

    #[test]
    fn speaker_labels_are_names_only_when_the_lists_know_them() {
        assert_eq!(found("Maria: hi, my parcel is late\nAgent: sorry!", "PERSON"), vec!["Maria"]);
        let form = "Melding: NL-7781\nKlantnummer: 60019822\nOmschrijving: pakket niet ontvangen";
        assert!(found(form, "PERSON").is_empty());
        assert!(found("Atendente: Bom dia!\nCliente: oi", "PERSON").is_empty());
        assert!(found("Cellulare: 352 999 7348\nContratto: 1002-4481-77\nMotivo: voltura", "PERSON").is_empty());
    }

    #[test]
    fn not_names() {
        for t in [
            "Will you mark this as read?",
            "Grace period ends soon",
            "Please call 6033391 today",
            "The Brown leather bag",
            "Order Status Update",
            "Hi team, thanks!",
            "Bank of America charged me",
            "I live on Maria Street",
            "Agent: Sorry about that! May I have your registered mobile?",
            "Agent: Will do.",
            "Customer: perfect, please set it up under PO 77-2024-118",
            "Dev-support: For Amex testing use 3714496",
            "Operatore: Grazie, signora. Come posso aiutare?",
            "Cliente: hola, vivo en Cuenca y el paquete se quedó",
        ] {
            assert_eq!(found(t, "PERSON"), Vec::<&str>::new(), "{t}");
        }
    }

    #[test]
    fn nrp_and_age() {
        assert_eq!(found("I'm Catholic and", "NRP"), vec!["Catholic"]);
        assert_eq!(found("my wife is Polish", "NRP"), vec!["Polish"]);
        assert_eq!(found("do you speak German?", "NRP"), Vec::<&str>::new());
        assert_eq!(found("I'm 67 and retired", "AGE"), vec!["67"]);
        assert_eq!(found("a 7-year-old boy", "AGE"), vec!["7"]);
        assert_eq!(found("aged 45, lives alone", "AGE"), vec!["45"]);
        assert_eq!(found("I'm 5 minutes away", "AGE"), Vec::<&str>::new());
        // Ages given together, and an age in brackets after a relation.
        assert_eq!(found("children aged 7 and 9", "AGE"), vec!["7", "9"]);
        assert_eq!(found("my sons, aged 4, 7 and 12.", "AGE"), vec!["4", "7", "12"]);
        assert_eq!(found("my father (82) cannot use the app", "AGE"), vec!["82"]);
        assert_eq!(found("I'm 34 and 2 kids are waiting", "AGE"), vec!["34"]);
        // Years that say how long, not how old.
        assert_eq!(found("vivo aquí hace 3 años; tengo 54 años", "AGE"), vec!["54"]);
        assert_eq!(found("client depuis 12 ans et j'ai 67 ans", "AGE"), vec!["67"]);
        assert_eq!(found("Kunde seit 5 Jahre, ich bin 70 Jahre alt", "AGE"), vec!["70"]);
        // A language, even with `and` after it.
        assert_eq!(found("he speaks Bengali and some Hindi", "NRP"), Vec::<&str>::new());
        assert_eq!(found("my wife is Polish and so am I", "NRP"), vec!["Polish"]);
    }

    #[test]
    fn nrp_after_subjects_and_before_nouns() {
        assert_eq!(found("as a Nigerian I expected better", "NRP"), vec!["Nigerian"]);
        assert_eq!(found("my wife is Filipino and we send money", "NRP"), vec!["Filipino"]);
        assert_eq!(found("hi, I'm Ji-ho Kim, Korean student in Seoul", "NRP"), vec!["Korean"]);
        // Things, languages and plain `is` do not describe a person.
        assert_eq!(found("the keyboard is a German one", "NRP"), Vec::<&str>::new());
        assert_eq!(found("is there a Spanish menu", "NRP"), Vec::<&str>::new());
        assert_eq!(found("the French press and the Thai curry kit", "NRP"), Vec::<&str>::new());
        assert_eq!(found("I'd like an Islamic savings account", "NRP"), Vec::<&str>::new());
        assert_eq!(found("we are a Jewish family", "NRP"), vec!["Jewish"]);
        assert_eq!(found("I'm a New Zealander on the special category visa", "NRP"), vec!["New Zealander"]);
        assert_eq!(found("she's a Canadian living abroad", "NRP"), vec!["Canadian"]);
        assert_eq!(found("I'm half Italian half Ghanaian, which one?", "NRP"), vec!["Italian", "Ghanaian"]);
        assert_eq!(found("I vote Labour but that shouldn't matter", "NRP"), vec!["Labour"]);
    }

    #[test]
    fn nrp_in_other_languages() {
        assert_eq!(found("Elle est marocaine et demande un conseil", "NRP"), vec!["marocaine"]);
        assert_eq!(found("Bonjour,\nJe suis espagnole", "NRP"), vec!["espagnole"]);
        assert_eq!(found("Staatsangehörigkeit: deutsch, türkisch", "NRP"), vec!["deutsch", "türkisch"]);
        assert_eq!(found("My PAN is on file and I am Malayali", "NRP"), vec!["Malayali"]);
        // A language spoken, a surname.
        assert_eq!(found("Ich spreche deutsch und englisch", "NRP"), Vec::<&str>::new());
        assert_eq!(found("Dear Ms Deutsch, thanks", "NRP"), Vec::<&str>::new());
        assert_eq!(found("Cliente: soy libanesa y vivo aquí", "NRP"), vec!["libanesa"]);
        assert_eq!(found("mi novio es ruso pero habla inglés", "NRP"), vec!["ruso"]);
        assert_eq!(found("¿me lo puede enviar en ruso?", "NRP"), Vec::<&str>::new());
        assert_eq!(found("Ich bin Griechin und spreche kein Deutsch", "NRP"), vec!["Griechin"]);
    }

    #[test]
    fn nrp_terms_of_several_words() {
        assert_eq!(found("Customer: I'm a Jehovah's Witness so no cards", "NRP"), vec!["Jehovah's Witness"]);
        assert_eq!(found("we are Jehovah’s Witnesses and", "NRP"), vec!["Jehovah’s Witnesses"]);
        assert_eq!(found("as a Seventh-day Adventist I rest on Saturdays", "NRP"), vec!["Seventh-day Adventist"]);
        assert_eq!(found("somos testigos de Jehová, gracias", "NRP"), vec!["testigos de Jehová"]);
        // The words of a nationality are no name.
        assert_eq!(found("my wife is Costa Rican and she pays", "NRP"), vec!["Costa Rican"]);
        assert_eq!(found("my wife is Costa Rican and she pays", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("he is Roman Catholic.", "NRP"), vec!["Roman Catholic"]);
        // A term of its own before a lower-case noun is the term alone.
        assert_eq!(found("I'm a member of the Labour party and", "NRP"), vec!["Labour"]);
        // A first word alone is nothing, and a name stays a name.
        assert_eq!(found("I spoke to Roman Castillo yesterday", "PERSON"), vec!["Roman Castillo"]);
        assert_eq!(found("I'm from Costa Mesa, California", "NRP"), Vec::<&str>::new());
    }

    #[test]
    fn ages_after_subjects_and_relations() {
        assert_eq!(found("He is 81, partially sighted", "AGE"), vec!["81"]);
        assert_eq!(found("flag: cx is 88, hard of hearing", "AGE"), vec!["88"]);
        assert_eq!(found("Good afternoon, I am 71 and was told", "AGE"), vec!["71"]);
        assert_eq!(found("on behalf of my mother, 82, who lives alone", "AGE"), vec!["82"]);
        assert_eq!(found("Ich bin 67 und nicht gut mit Computern", "AGE"), vec!["67"]);
        assert_eq!(found("shes 79 she doesnt even use it", "AGE"), vec!["79"]);
        assert_eq!(found("I turn 60 next year", "AGE"), vec!["60"]);
        // Not ages: a quantity, a price, a count after a relation, a plain `is`.
        assert_eq!(found("she is 80 miles away", "AGE"), Vec::<&str>::new());
        assert_eq!(found("the total is 45.", "AGE"), Vec::<&str>::new());
        assert_eq!(found("the engineer, 3 times now", "AGE"), Vec::<&str>::new());
        assert_eq!(found("turn 90 degrees", "AGE"), Vec::<&str>::new());
        assert_eq!(found("Room is 12, second floor", "AGE"), Vec::<&str>::new());
        assert_eq!(found("My father passed away last week, he was 84.", "AGE"), vec!["84"]);
        assert_eq!(found("the bike is for ages 8 to 12", "AGE"), Vec::<&str>::new());
        assert_eq!(found("suitable for ages 3-5", "AGE"), Vec::<&str>::new());
        // A relative's name, a name between commas, another language's unit or label.
        assert_eq!(found("Our daughter Manaia is 12.", "AGE"), vec!["12"]);
        assert_eq!(found("My dad, Gary Whitman, is 77 and lives alone.", "AGE"), vec!["77"]);
        assert_eq!(found("Meu nome é João, tenho 67 anos e moro em Recife.", "AGE"), vec!["67"]);
        assert_eq!(found("Nom : El Amrani\nÂge : 52", "AGE"), vec!["52"]);
        assert_eq!(found("moro aqui há 3 anos", "AGE"), Vec::<&str>::new());
        assert_eq!(found("Hi, Kovac, is 12 the right count?", "AGE"), Vec::<&str>::new());
    }

    #[test]
    fn speakers_with_roles_companies_and_thanked_names() {
        assert_eq!(found("Support (Devon): Hi Carol", "PERSON"), vec!["Devon", "Carol"]);
        assert_eq!(found("[22:17] Atendente Rafael: Oi Camila, tudo bem?", "PERSON"), vec!["Rafael", "Camila"]);
        assert_eq!(found("Konsultant Michał: Dzień dobry", "PERSON"), vec!["Michał"]);
        // After the role's own colon comes what the speaker says.
        assert_eq!(found("Cliente: 1304-001 por favor\nAtendente: Combinado", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("[09:06] Support (Ngozi): Morning Femi, can you share it?", "PERSON"), vec!["Ngozi", "Femi"]);
        assert_eq!(found("Agent: you're chatting with Kirra. How can I help?", "PERSON"), vec!["Kirra"]);
        // A company greeted through its staff.
        assert_eq!(found("Hello Hookline team, we use your API.", "PERSON"), Vec::<&str>::new());
        assert_eq!(found("Dear Acme support,", "PERSON"), Vec::<&str>::new());
        // A name no list knows, thanked or signing at the end of a turn.
        assert_eq!(found("Customer: it worked!! thank u so much olu", "PERSON"), vec!["olu"]);
        assert_eq!(found("no thats it, thanks a million cathal", "PERSON"), vec!["cathal"]);
        for text in ["ok thanks again!", "cheers mate", "Saludos cordiales", "thanks lol", "thank you olu for the help"]
        {
            assert_eq!(found(text, "PERSON"), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn ages_in_more_ways() {
        assert_eq!(found("My younger sister Chloe is only 17, so", "AGE"), vec!["17"]);
        assert_eq!(found("Geburtsdatum: 3. Mai 1957, ich bin also 67.", "AGE"), vec!["67"]);
        assert_eq!(found("Jeg er 72 og kan ikke selv bære noget", "AGE"), vec!["72"]);
        assert_eq!(found("Jag heter Mikael Lindqvist, är 41 år och bor i Jönköping", "AGE"), vec!["41"]);
        assert_eq!(found("nazywam się Katarzyna Nowak, mam 36 lat.", "AGE"), vec!["36"]);
        assert_eq!(found("DOB: 04/09/2007\nAge at enrollment: 18", "AGE"), vec!["18"]);
        let form = "Date of birth: 12 November 1989     Age on 1 January 2024: 34\n- Alter: 30\nAge (years): 52";
        assert_eq!(found(form, "AGE"), vec!["34", "30", "52"]);
        // A label that does not start its line or column is a sentence's word.
        assert_eq!(found("the age of the account: 12 days", "AGE"), Vec::<&str>::new());
        // Durations and other labels are no ages.
        assert_eq!(found("jag har bott här i 5 år", "AGE"), Vec::<&str>::new());
        assert_eq!(found("Order at 14:02: 18", "AGE"), Vec::<&str>::new());
        assert_eq!(found("it is only 17 minutes away", "AGE"), Vec::<&str>::new());
    }

    #[test]
    fn speakers_roles_and_forms_of_address() {
        let p = "PERSON";
        // A lower-case given name labelling a chat line, after a timestamp or alone; not a
        // word that is also a name (`dev:`), nor a label that is no name.
        assert_eq!(found("12:31 - kayla: hi\n12:32 - Agent: hello", p), vec!["kayla"]);
        assert_eq!(found("1:14 pm sneha: yes it is", p), vec!["sneha"]);
        assert_eq!(found("dev: deploy finished\nnote: call back", p), Vec::<&str>::new());
        assert_eq!(found("18:03 Conseiller – Yanis : bonjour", p), vec!["Yanis"]);
        // Co-workers' and replies' words in other languages stay out of the name.
        assert_eq!(found("danke, dass Ihr Kollege Marek kam", p), vec!["Marek"]);
        assert_eq!(found("Tack. Teknikern Mikael Lindqvist kommer", p), vec!["Mikael Lindqvist"]);
        assert_eq!(found("[09:31] Assistente Rui: Olá", p), vec!["Rui"]);
        assert_eq!(found("ruf meinen Mann Tobias an", p), vec!["Tobias"]);
        // Pets, and words that address someone without naming them.
        assert_eq!(found("a claim for my cat Oliver last week", p), Vec::<&str>::new());
        assert_eq!(found("Chinedu Okeke: Good evening ma", p), vec!["Chinedu Okeke"]);
        assert_eq!(found("CUSTOMER: Hello love", p), Vec::<&str>::new());
    }

    #[test]
    fn surname_first_in_capitals() {
        let p = "PERSON";
        assert_eq!(found("Your insured is listed as KOWALSKI, Adam, IL DL", p), vec!["KOWALSKI, Adam"]);
        assert_eq!(found("Name (Last, First, MI): PRZYBYLSKI, Thomas J\nDOB", p), vec!["PRZYBYLSKI, Thomas J"]);
        // A city before a country is a place.
        assert_eq!(found("PARIS, France", p), Vec::<&str>::new());
        // A prefix before the capitals; after a name's label, given names in capitals too.
        assert_eq!(found("Account: McALLISTER, William | Owner", p), vec!["McALLISTER, William"]);
        assert_eq!(found("Guest Name: NAIR, ANIL KUMAR\nMobile", p), vec!["NAIR, ANIL KUMAR"]);
        assert_ne!(found("Ref: NAIR, ANIL KUMAR", p), vec!["NAIR, ANIL KUMAR"]);
    }

    #[test]
    fn ages_and_nrp_in_descriptions() {
        assert_eq!(found("My mother-in-law (76) lives with us", "AGE"), vec!["76"]);
        assert_eq!(found("my kids are 15, 12, 9 and the baby is 10 months.", "AGE"), vec!["15", "12", "9"]);
        assert_eq!(found("Beller: 9 juli 1941. Ze is 82.", "AGE"), vec!["82"]);
        assert_eq!(found(r#"{"full_name":"jadwiga nowak","age":"82","dob":"x"}"#, "AGE"), vec!["82"]);
        assert_eq!(found("mod.profile stated_age=21 display_name=x", "AGE"), vec!["21"]);
        let household = "Household members: Rosa (self, 40), Héctor Villalobos (spouse, 43)";
        assert_eq!(found(household, "AGE"), vec!["40", "43"]);
        assert_eq!(found("His profile says he is 58, American.", "NRP"), vec!["American"]);
        assert_eq!(found("Client: Marie-Claude Joseph, 29, Haitian", "NRP"), vec!["Haitian"]);
        assert_eq!(found("Mire, yo soy republicano.", "NRP"), vec!["republicano"]);
        assert_eq!(found("Sono valdese, non cattolica", "NRP"), vec!["valdese", "cattolica"]);
        // A thing after a number is not described (`2 pizzas, Italian` has no name or age).
        assert_eq!(found("Order 2 pizzas, Italian.", "NRP"), Vec::<&str>::new());
    }

    #[test]
    fn a_nationality_after_its_label_in_any_language() {
        let deed = "jubilada, de nacionalidad estadounidense, nacida el 21 de enero de 1958";
        assert_eq!(found(deed, "NRP"), vec!["estadounidense"]);
        assert_eq!(found("Richiedente: MORGAN Ashley, cittadina statunitense, tel.", "NRP"), vec!["statunitense"]);
        assert_eq!(found("de nacionalidade norte-americana, nascido em", "NRP"), vec!["norte-americana"]);
        // Not a placeholder, nor the next word of a sentence about it.
        assert!(found("Religion: none\nNext: 2", "NRP").is_empty());
        assert!(found("Agent: religion plays no part in opening an account", "NRP").is_empty());
        assert!(found("For proof of my citizenship I've attached my passport", "NRP").is_empty());
        // A key=value record, and a nationality of two words in JSON (no country).
        assert_eq!(found("customer=Hamdan Saeed\nnationality=Emirati\n", "NRP"), vec!["Emirati"]);
        let json = "{\"dob\": \"1988-02-14\", \"nationality\": \"Sri Lankan\"}";
        assert_eq!(found(json, "NRP"), vec!["Sri Lankan"]);
        assert!(found(json, "LOCATION").is_empty());
    }

    #[test]
    fn surname_first_after_a_label_and_no_initial_in_a_commands_option() {
        let header = "From: Alvarez, Renata <ralvarez@pinnacletrust.com>";
        assert_eq!(found(header, "PERSON"), vec!["Alvarez, Renata"]);
        assert_eq!(found("member: Nguyen, Thanh Hoa   profile: PRF-1", "PERSON"), vec!["Nguyen, Thanh Hoa"]);
        // Without the label, two names side by side stay two.
        assert!(!found("thanks to Alvarez, Renata and Tom", "PERSON").contains(&"Alvarez, Renata"));
        assert!(found("curl -X POST https://api.example.com/v1/hooks", "PERSON").is_empty());
    }

    #[test]
    fn initials_before_a_colon_or_comma_and_speakers_without_colons() {
        assert_eq!(found("Marisol R.: Hi, how are you\nCustomer: fine", "PERSON"), vec!["Marisol R."]);
        assert_eq!(found("thanks!\nMarcus T., Trust & Safety", "PERSON"), vec!["Marcus T."]);
        let reply = "Agent: Can I get your full name and date of birth?\nCustomer: jason t whitfield, 9/14/1988";
        assert_eq!(found(reply, "PERSON"), vec!["jason t whitfield"]);
        let call = "agent no worries can i grab your name\ncaller priya raman\nagent thanks";
        assert_eq!(found(call, "PERSON"), vec!["priya raman"]);
        // Not after a role word in the middle of a line, nor without the question.
        assert!(found("we told the caller priya raman was busy", "PERSON").is_empty());
        assert!(found("agent hello there\ncaller priya raman", "PERSON").is_empty());
    }

    #[test]
    fn arabic_family_particles_messenger_senders_and_nordic_relations() {
        assert_eq!(found("Customer: Aisha Al Balushi, PNR K7XQ2M", "PERSON"), vec!["Aisha Al Balushi"]);
        assert_eq!(found("customer=Hamdan Saeed Al Falasi\nnationality=x", "PERSON"), vec!["Hamdan Saeed Al Falasi"]);
        // A messenger export's sender after its bracketed date and time, known or not.
        let export = "[21/05/25, 6:47 pm] Ravinesh: Namaste didi, did Mum land?";
        assert_eq!(found(export, "PERSON"), vec!["Ravinesh"]);
        assert!(found("[ticket 4471] Ravinesh: pending", "PERSON").is_empty());
        assert!(found("[05/03/24, 11:22:10] PowerCare Helpdesk: Namaste.", "PERSON").is_empty());
        // Greetings and labels of other languages are no part of the name after them.
        assert_eq!(found("Host: Bula Hamish! Vinaka for booking", "PERSON"), vec!["Hamish"]);
        assert_eq!(found("Notitie Sanne (fraudeteam), 12-06-2024", "PERSON"), vec!["Sanne"]);
        assert_eq!(found("Kund Birgitta Lund, 79 år, Västerås.", "PERSON"), vec!["Birgitta Lund"]);
        // A lower-case relation before a verb that is also a name.
        assert!(found("Also my dad will join later", "PERSON").is_empty());
        assert_eq!(found("Also my dad ron will join later", "PERSON"), vec!["ron"]);
    }

    #[test]
    fn an_initial_glued_to_a_known_surname() {
        assert_eq!(found("assigned tech=K.Mensah status=open", "PERSON"), vec!["K.Mensah"]);
        assert_eq!(found("owner: J.Smith, prio 2", "PERSON"), vec!["J.Smith"]);
        // Abbreviations and a surname the lists do not know are no such pair.
        assert!(found("shipped to the U.S. yesterday", "PERSON").is_empty());
        assert!(found("see section A.Xyzzq for details", "PERSON").is_empty());
    }

    #[test]
    fn a_relations_name_given_with_a_contraction() {
        let call = "caller: i'm ringing for my mum, her name's ayesha khan, she's eighty one";
        assert_eq!(found(call, "PERSON"), vec!["ayesha khan"]);
        assert_eq!(found("- Nom : GRANDJEAN Mathieu\n- Né le : 6 avril 1979", "PERSON"), vec!["GRANDJEAN Mathieu"]);
    }

    #[test]
    fn venues_message_export_senders_and_pairs_of_ages() {
        // Places to eat and stay, and firms, named by their kind: no persons.
        assert!(found("My husband and I booked Maison Lucille for our anniversary", "PERSON").is_empty());
        assert!(found("Messagerie – Chez Marcel, bouchon lyonnais", "PERSON").is_empty());
        assert!(found("A: Servizio Clienti Ondaverde <assistenza@ondaverde.it>", "PERSON").is_empty());
        assert!(found("À : Service client Azur Télécom <sc@azur-telecom.fr>", "PERSON").is_empty());
        // A phone's message export heads each message with the sender, date and time.
        let export = "Rosa Aug 18, 2024 at 6:02 PM\nok I'm at the store\n\nMiguel Aug 18 at 6:04 PM\nthe box";
        assert_eq!(found(export, "PERSON"), vec!["Rosa", "Miguel"]);
        assert!(found("Kestrel Aug 18, 2024 at 6:11 PM\nKestrel: Your code is 220917.", "PERSON").is_empty());
        // Two ages joined by `and` in other languages share the unit after the second.
        assert_eq!(found("i suoceri e i bambini (6 e 9 anni). mia suocera", "AGE"), vec!["6", "9"]);
        assert_eq!(found("visser@gmail.com;kinderen 5 en 8", "AGE"), vec!["5", "8"]);
        assert_eq!(found("\"kids 4 and 9, high chair not needed\"", "AGE"), vec!["4", "9"]);
        assert!(found("we ordered 2 and 3 boxes", "AGE").is_empty());
        assert_eq!(found("Herr Dr. Friedrich Abendroth, 78 J., lebt allein", "AGE"), vec!["78"]);
    }
}
