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

mod age;
mod cues_around;
mod nrp;
mod score;
mod sequence;

use age::*;
use cues_around::*;
pub(super) use nrp::NrpAndAge;
use nrp::*;
use score::*;
use sequence::*;

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
    // Sign-offs of Hawaii, Portugal, Spain, France and Italy (`Mahalo,`, `Cumprimentos,`).
    "mahalo",
    "aloha",
    "cumprimentos",
    "com os melhores cumprimentos",
    "melhores cumprimentos",
    "atentamente",
    "un abrazo",
    "abrazos",
    "bien cordialement",
    "salutations",
    "merci beaucoup",
    "grazie mille",
    // Central Europe's (`S pozdravem,`, `Üdvözlettel,`, `Cu stimă,`).
    "pozdrowienia",
    "s pozdravem",
    "s pozdravom",
    "pozdrav",
    "lep pozdrav",
    "srdačan pozdrav",
    "üdvözlettel",
    "cu stimă",
    "cu stima",
    "mulțumesc",
    "multumesc",
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

/// Is token `i` the `PO` (or the `O` of `P.O.`) or the `Box` of `PO Box` (`Box` alone
/// may be a surname)?
fn in_po_box(doc: &Document<'_>, i: usize) -> bool {
    // (A length test first: every capitalised word is classified.)
    let po = |k: usize| match doc.tokens[k].len() {
        2 => doc.word(k).eq_ignore_ascii_case("po"),
        1 => {
            k > 0
                && doc.word(k).eq_ignore_ascii_case("o")
                && doc.word(k - 1).eq_ignore_ascii_case("p")
                && doc.gap(k - 1, k) == "."
        }
        _ => false,
    };
    let joined = |a: usize, b: usize| b < doc.tokens.len() && matches!(doc.gap(a, b), " " | ". " | ".");
    i > 0 && doc.has(i, POBOX) && po(i - 1) && joined(i - 1, i) || po(i) && joined(i, i + 1) && doc.has(i + 1, POBOX)
}

/// `Don Ramón`, `don Hernán`, `Dom Pedro`: Spanish and Portuguese honour a man with `don`
/// or `dom` before his given name (`Don Johnson`, before a word more common as a surname,
/// is a given name).
fn is_honorific_don(doc: &Document<'_>, i: usize, word: &str) -> bool {
    is_one_of(word, &["don", "dom"])
        && doc.tokens.get(i + 1).is_some_and(|n| n.is_capitalised())
        && doc.gap(i, i + 1) == " "
        && {
            let next = doc.lookup(i + 1);
            next.has(FIRST) && next.first_freq >= next.last_freq
        }
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
    if is_honorific_don(doc, i, word) {
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
        // (`Business name/disregarded entity name: Pho Real Kitchen`, a W-9's.)
        "entity",
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
            if !lower_mode && let Some(last) = tagged_sender(doc, i) {
                let det =
                    candidate(t.start, toks[last].end, EntityType::Person, 0.8, "person", "chat sender + team tag");
                out.push(det);
                i = last + 1;
                continue;
            }
            if lower_mode && unknown_name_after_naming(doc, i) {
                let det = candidate(t.start, t.end, EntityType::Person, 0.7, "person", "name is + unknown name");
                out.push(det);
                i += 1;
                continue;
            }
            if t.is_all_upper()
                && let Some(last) = booking_name(doc, i)
            {
                let det = candidate(t.start, toks[last].end, EntityType::Person, 0.85, "person", "SURNAME/GIVEN TITLE");
                out.push(det);
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
                if seq.last > seq.first
                    && let Some(end) = generational_suffix(doc, seq.last)
                {
                    det.end = end;
                    next = seq.last + 2;
                }
                if let Some(start) = maria_abbreviated(doc, seq.first) {
                    det.start = toks[start].start;
                }
                out.push(det);
            }
            i = next;
        }
        lower_senders(doc, out);
        bracketed_speakers(doc, out);
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

#[cfg(test)]
mod tests;
