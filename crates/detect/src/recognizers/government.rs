//! Government identifiers. Numeric ones are driven by one table (lengths, accepted
//! groupings, checksum, base scores, hotwords); alphanumeric ones have distinctive shapes;
//! US passports and driver licences have no checksum, so they are found from their hotword.

use super::{DetectionExt, Recognizer, apply_context, apply_hit, candidate, has_context_window, is_one_of};

/// How many tokens back an identifier's hotword may be: a question on the previous line.
pub(crate) const ID_CONTEXT_BEFORE: usize = 16;
/// "250 322 586 is the tax file number": the name of a checksummed identifier often
/// follows it as a phrase, so the window after reaches a few words further than for
/// looser types.
const ID_CONTEXT_AFTER: usize = 6;
/// "What's your SIN?" … (the agent explains where to type it) … "its 751 842 121": in a
/// conversation the answer may come a turn or two after the question. A checksummed
/// number still counts its hotword from this far back when the hotword is on an earlier
/// line, at most [`ID_FAR_LINES`] lines up, and names the identifier (not a weak hint such
/// as a country).
const ID_CONTEXT_FAR: usize = 40;
const ID_FAR_LINES: usize = 3;
/// How far into its line (bytes) a number answering an earlier question may start; a
/// number in its identifier's grouping, given as the answer (`…au cas où, c'est 184 161
/// 438`), after a longer lead-in.
const ID_ANSWER_PREFIX: usize = 48;
const ID_ANSWER_PREFIX_GIVEN: usize = 80;
use crate::analyzer::Document;
use crate::cues::{
    AADHAAR_WORDS, ABN_WORDS, Cue, DE_TAX_WORDS, FISCAL_CODE_WORDS, ITIN_WORDS, LICENSE_WORDS, NHS_WORDS, NIE_WORDS,
    NIF_WORDS, NINO_WORDS, NIR_WORDS, OTHER_LICENSES, PAN_WORDS, PASSPORT_WORDS, REFERENCE_WORDS, SIN_WORDS, SSN_WORDS,
    TFN_WORDS, VEHICLE_WORDS,
};
use crate::detection::Detection;
use crate::entity::EntityType;
use crate::gazetteer::{COUNTRY, REGION};
use crate::numbers::{Digits, uniform_separators};
use crate::text::{Token, TokenKind};
use crate::validate::national;

pub(crate) struct NationalIds;

/// A numeric identifier: how it may be written and how sure a checksum match makes us.
struct NumericId {
    entity: EntityType,
    digits: &'static [usize],
    /// Group lengths accepted when written with separators; empty = any uniform grouping.
    groupings: &'static [&'static [usize]],
    validate: fn(&[u8]) -> bool,
    check: &'static str,
    /// Score when written in one of `groupings`, and when written as one run of digits.
    grouped: f32,
    plain: f32,
    words: Cue,
    boost: f32,
    /// Entries of `words` that only hint at the identifier (a country, an agency, a
    /// word with other meanings): they count near the number, never from afar.
    weak: &'static [&'static str],
    /// The check is strong enough (about 1 in 260 random numbers pass DE's digit rules and
    /// check digit) that a number passing it in a text that names the identifier anywhere
    /// is taken to be one: the answer several turns after the question, the corrected
    /// number at the end of a paragraph about it or above the quoted request.
    named_anywhere: bool,
}

const NUMERIC_IDS: &[NumericId] = &[
    NumericId {
        entity: EntityType::UsSsn,
        digits: &[9],
        groupings: &[&[3, 2, 4]],
        validate: national::us_ssn,
        check: "SSA area/group/serial rules",
        grouped: 0.85,
        plain: 0.35,
        words: SSN_WORDS,
        boost: 0.5,
        weak: &["ss", "social", "ssa"],
        named_anywhere: false,
    },
    NumericId {
        entity: EntityType::UsItin,
        digits: &[9],
        groupings: &[&[3, 2, 4]],
        validate: national::us_itin,
        check: "IRS ITIN ranges",
        grouped: 0.8,
        plain: 0.3,
        words: ITIN_WORDS,
        boost: 0.5,
        weak: &["taxpayer", "tin"],
        named_anywhere: false,
    },
    NumericId {
        entity: EntityType::UkNhs,
        digits: &[10],
        groupings: &[&[3, 3, 4]],
        validate: national::uk_nhs,
        check: "NHS mod 11",
        grouped: 0.45,
        plain: 0.3,
        words: NHS_WORDS,
        boost: 0.5,
        weak: &["patient", "gp", "hospital", "chi"],
        named_anywhere: false,
    },
    NumericId {
        entity: EntityType::CaSin,
        digits: &[9],
        groupings: &[&[3, 3, 3]],
        validate: national::ca_sin,
        check: "luhn",
        grouped: 0.4,
        plain: 0.2,
        words: SIN_WORDS,
        boost: 0.5,
        weak: &["canada", "canadian"],
        named_anywhere: false,
    },
    NumericId {
        entity: EntityType::AuTfn,
        digits: &[8, 9],
        groupings: &[&[3, 3, 3], &[3, 3, 2]],
        validate: national::au_tfn,
        check: "TFN mod 11",
        grouped: 0.3,
        plain: 0.2,
        words: TFN_WORDS,
        boost: 0.6,
        weak: &["ato"],
        named_anywhere: false,
    },
    NumericId {
        entity: EntityType::AuAbn,
        digits: &[11],
        groupings: &[&[2, 3, 3, 3]],
        validate: national::au_abn,
        check: "ABN mod 89",
        // Written 2-3-3-3 and passing mod 89 (1 in 89 by chance), it outranks a phone number
        // that the same digits would also make (`16 316 500 695`).
        grouped: 0.8,
        plain: 0.3,
        words: ABN_WORDS,
        boost: 0.45,
        weak: &["acn", "business number"],
        named_anywhere: false,
    },
    NumericId {
        entity: EntityType::InAadhaar,
        digits: &[12],
        groupings: &[&[4, 4, 4]],
        validate: national::in_aadhaar,
        check: "verhoeff",
        grouped: 0.5,
        plain: 0.3,
        words: AADHAAR_WORDS,
        boost: 0.45,
        weak: &["uid", "enrolment"],
        named_anywhere: false,
    },
    NumericId {
        entity: EntityType::DeTaxId,
        digits: &[11],
        groupings: &[],
        validate: national::de_tax_id,
        check: "ISO 7064 mod 11,10 + repetition rule",
        grouped: 0.3,
        plain: 0.3,
        words: DE_TAX_WORDS,
        boost: 0.55,
        weak: &["steuer", "tin", "tax id"],
        named_anywhere: true,
    },
    NumericId {
        entity: EntityType::FrNir,
        digits: &[15],
        groupings: &[],
        validate: national::fr_nir,
        check: "INSEE key mod 97",
        grouped: 0.75,
        plain: 0.6,
        words: NIR_WORDS,
        boost: 0.25,
        weak: &["vitale", "social security"],
        named_anywhere: false,
    },
];

impl Recognizer for NationalIds {
    fn entities(&self) -> &'static [EntityType] {
        use EntityType::*;
        &[
            UsSsn,
            UsItin,
            UsPassport,
            UsDriverLicense,
            UkNhs,
            UkNino,
            CaSin,
            EsNif,
            EsNie,
            ItFiscalCode,
            FrNir,
            DeTaxId,
            InPan,
            InAadhaar,
            AuTfn,
            AuAbn,
        ]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        ids_read_out(doc, out);
        ids_spelled_out(doc, out);
        for cluster in doc.clusters {
            let toks = &doc.tokens[cluster.toks.clone()];
            for i in 0..toks.len() {
                let mut digits = 0;
                for j in i..toks.len() {
                    // Only a few digit counts are identifiers; ranges only grow from here.
                    digits += toks[j].len();
                    if digits > MAX_ID_DIGITS {
                        break;
                    }
                    if ID_DIGIT_COUNTS.contains(&digits) && !inside_uniform_groups(doc.text, toks, i, j) {
                        numeric_ids(doc, &toks[i..=j], out);
                    }
                }
            }
        }
        let toks = doc.tokens;
        for (i, t) in toks.iter().enumerate() {
            if t.kind == TokenKind::Number && t.len() < 4 {
                continue;
            }
            if may_start_alnum_id(t) {
                alnum_ids(doc, i, out);
            }
            if t.kind == TokenKind::Alnum && matches!(t.len(), 2 | 15) {
                corsican_nir(doc, i, out);
            }
            // A passport or licence number given further from its hotword (the answer to a
            // question): lower score, so a checksummed identifier wins a tie. The shapes are
            // tested first: they are cheaper than the context look-ups.
            let w = || t.text(doc.text);
            if t.kind != TokenKind::Word
                && t.len() >= 7
                && (passport_shape(w()) || license_shape(w()))
                && standalone_value(doc, i)
                && !labelled_otherwise(doc, i)
            {
                for (entity, words, shape, name) in [
                    (EntityType::UsPassport, PASSPORT_WORDS, passport_shape as fn(&str) -> bool, "us_passport"),
                    (EntityType::UsDriverLicense, LICENSE_WORDS, license_shape, "us_driver_license"),
                ] {
                    if shape(w()) && hotword_near(doc, t.start, t.end, words) {
                        out.push(candidate(t.start, t.end, entity, 0.6, name, "value near hotword"));
                    }
                }
            }
            // Hotword-anchored identifiers without a checksum.
            if t.kind == TokenKind::Word
                && t.len() <= 10
                && doc.may_end_cue(i, PASSPORT_WORDS.bit() | LICENSE_WORDS.bit())
            {
                if doc.is(i, PASSPORT_WORDS)
                    && let Some(det) = value_after(doc, i, EntityType::UsPassport, "us_passport", passport_shape)
                {
                    out.push(det);
                }
                if doc.is(i, LICENSE_WORDS)
                    && !other_license(doc, i)
                    && !super::is_airline_code(doc, i)
                    && let Some(det) =
                        value_after(doc, i, EntityType::UsDriverLicense, "us_driver_license", license_shape)
                {
                    out.push(det);
                }
            }
        }
    }
}

/// Every digit count in [`NUMERIC_IDS`], and the largest.
const ID_DIGIT_COUNTS: &[usize] = &[8, 9, 10, 11, 12, 15];
const MAX_ID_DIGITS: usize = 15;

const _: () = {
    let mut i = 0;
    while i < NUMERIC_IDS.len() {
        let mut d = 0;
        while d < NUMERIC_IDS[i].digits.len() {
            let n = NUMERIC_IDS[i].digits[d];
            let mut k = 0;
            while k < ID_DIGIT_COUNTS.len() && ID_DIGIT_COUNTS[k] != n {
                k += 1;
            }
            assert!(k < ID_DIGIT_COUNTS.len() && n <= MAX_ID_DIGITS, "ID_DIGIT_COUNTS misses a digit count");
            d += 1;
        }
        i += 1;
    }
};

/// Are tokens `i..=j` of a cluster groups of one length with a group like them joined the
/// same way on either side (`4921 8160 7042 0047`, a card mistyped: no twelve-digit id
/// inside it)?
fn inside_uniform_groups(text: &str, toks: &[Token], i: usize, j: usize) -> bool {
    if i == j || toks[i..=j].iter().any(|t| t.len() != toks[i].len()) {
        return false;
    }
    let gap = |a: usize| &text[toks[a].end..toks[a + 1].start];
    let like = |k: usize, between: usize| toks[k].len() == toks[i].len() && gap(between) == gap(i);
    i > 0 && like(i - 1, i - 1) || j + 1 < toks.len() && like(j + 1, j)
}

fn numeric_ids(doc: &Document<'_>, part: &[Token], out: &mut Vec<Detection>) {
    let text = doc.text;
    let Some(digits) = Digits::of(text, part) else {
        return;
    };
    let grouped = part.len() > 1;
    if grouped && (!uniform_separators(text, part) || !matches!(&text[part[0].end..part[1].start], " " | "-")) {
        return;
    }
    let (start, end) = (part[0].start, part[part.len() - 1].end);
    let b = text.as_bytes();
    let glued = |c: Option<&u8>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if glued(start.checked_sub(1).and_then(|i| b.get(i))) || glued(b.get(end)) {
        return;
    }
    // (`+61 491 570 313`: after a `+`, a country code's digits, not an identifier's.)
    let joined_before = start >= 1 && b[start - 1] == b'+'
        || start >= 2 && matches!(b[start - 1], b'-' | b'.' | b'/') && b[start - 2].is_ascii_alphanumeric();
    let joined_after = matches!(b.get(end), Some(b'-' | b'.' | b'/')) && glued(b.get(end + 1));
    if joined_before || joined_after {
        return;
    }
    let has_grouping = |g: &[usize]| g.len() == part.len() && g.iter().zip(part).all(|(&n, t)| n == t.len());
    for id in NUMERIC_IDS {
        if !id.digits.contains(&digits.len()) {
            continue;
        }
        let shape_ok = !grouped || id.groupings.is_empty() || id.groupings.iter().any(|g| has_grouping(g));
        if !shape_ok || !(id.validate)(digits.as_bytes()) {
            continue;
        }
        let base = if grouped { id.grouped } else { id.plain };
        let mut det =
            candidate(start, end, id.entity, base, "national_id", if grouped { "grouped digits" } else { "digit run" })
                .validated(id.check);
        // The hotword is often in the question a turn earlier ("What's your SIN?"), so the
        // window reaches back further than for looser types.
        if !boost_near(doc, &mut det, id, ID_CONTEXT_BEFORE, ID_CONTEXT_AFTER)
            && !(grouped && named_earlier_in_sentence(doc, &mut det, id))
            && !far_hotword(doc, &mut det, id, grouped)
            && !boost_named_in_text(doc, &mut det, id)
        {
            apply_context(doc, &mut det, REFERENCE_WORDS, -0.4);
        }
        out.push(det);
    }
}

/// National ids read out digit by digit, as speech-to-text writes a call (`yeah it's five
/// one oh seven three six five eight three` after `the t f n`): a run of digit words of the
/// identifier's length that passes its checksum, with one of its names in the 16 tokens
/// before. Above a phone number read out (`nhs number … four six three nine
/// double one oh two five one`).
fn ids_read_out(doc: &Document<'_>, out: &mut Vec<Detection>) {
    // Identifiers already read out with their name, so that a repeat (`let me repeat that
    // seven six nine …`) is one too, however far its name is by then.
    let mut heard: Vec<(crate::spoken::Spoken, EntityType)> = Vec::new();
    for run in crate::spoken::runs(doc, 9) {
        let digits = run.digits();
        let (start, end) = run.span(doc);
        for id in NUMERIC_IDS.iter().filter(|id| id.digits.contains(&digits.len())) {
            if !(id.validate)(digits.as_bytes()) {
                continue;
            }
            // (A weak name, `tax id`, `patient`, is enough where a checksum is strong; SSN and
            // ITIN rules are ranges, which many numbers pass, unless the name is someone's:
            // `the last four of your social`, not `your social insurance number`.)
            let range_checked = matches!(id.entity, EntityType::UsSsn | EntityType::UsItin);
            let possessive = |h: &crate::context::Hit| {
                let before = doc.text[..h.start].trim_end_matches(' ');
                let after = doc.text[h.end..].trim_start_matches(' ');
                let ssn_ends = !after.get(..9).is_some_and(|w| w.eq_ignore_ascii_case("insurance"));
                crate::text::ends_with_word(before, &["your", "my", "ur", "his", "her"]) && ssn_ends
            };
            let hit = crate::context::find(doc, start, end, id.words, 16, 0)
                .filter(|h| !(range_checked && id.weak.contains(&h.word)) || possessive(h))
                .or_else(|| named_in_text(doc, start, end, id));
            let repeated = || heard.iter().any(|(r, e)| *e == id.entity && r.digits() == digits);
            if hit.is_none() && !repeated() {
                continue;
            }
            let mut det = candidate(start, end, id.entity, 0.6, "national_id", "read out in words").validated(id.check);
            match hit {
                Some(hit) => {
                    apply_hit(&mut det, hit, 0.3);
                    heard.push((run, id.entity));
                }
                None => {
                    det.score = 0.85;
                    det.explanation.pattern = "read out again";
                }
            }
            out.push(det);
        }
    }
}

/// An identifier with letters spelled out character by character, as speech-to-text writes
/// it: its shape (`L` a letter, `D` a digit, `A` either), what it is, its check, and its names: how
/// many tokens back they count, and whether one must be there (no check strong enough alone).
struct SpelledId {
    shape: &'static [u8],
    entity: EntityType,
    validate: fn(&[u8]) -> bool,
    check: &'static str,
    words: Cue,
    window: usize,
    name_required: bool,
}

const SPELLED_IDS: &[SpelledId] = &[
    SpelledId {
        shape: b"LLLLLLDDLDDLDDDL",
        entity: EntityType::ItFiscalCode,
        validate: national::it_fiscal_code,
        check: "codice fiscale check character",
        words: FISCAL_CODE_WORDS,
        window: ID_CONTEXT_FAR,
        name_required: false,
    },
    SpelledId {
        shape: b"LDDDDDDDL",
        entity: EntityType::EsNie,
        validate: national::es_nie,
        check: "NIE control letter",
        words: NIE_WORDS,
        window: ID_CONTEXT_FAR,
        name_required: false,
    },
    SpelledId {
        shape: b"DDDDDDDDL",
        entity: EntityType::EsNif,
        validate: national::es_nif,
        check: "NIF control letter",
        words: NIF_WORDS,
        window: ID_CONTEXT_FAR,
        name_required: false,
    },
    // Structure without a check digit: a name in the conversation before it.
    SpelledId {
        shape: b"LLDDDDDDL",
        entity: EntityType::UkNino,
        validate: national::uk_nino,
        check: "NINO prefix rules",
        words: NINO_WORDS,
        window: ID_CONTEXT_FAR,
        name_required: true,
    },
    SpelledId {
        shape: b"LLLLLDDDDL",
        entity: EntityType::InPan,
        validate: national::in_pan,
        check: "PAN structure",
        words: PAN_WORDS,
        window: ID_CONTEXT_FAR,
        name_required: true,
    },
    // No check at all: its name close before it. A licence of the states that write a letter
    // and twelve digits (Florida, Illinois, Maryland, Michigan, Minnesota).
    SpelledId {
        shape: b"LDDDDDDDDDDDD",
        entity: EntityType::UsDriverLicense,
        validate: |_| true,
        check: "licence shape",
        words: LICENSE_WORDS,
        window: 24,
        name_required: true,
    },
    SpelledId {
        shape: b"ADDDDDDDD",
        entity: EntityType::UsPassport,
        validate: |_| true,
        check: "passport shape",
        words: PASSPORT_WORDS,
        window: 24,
        name_required: true,
    },
];

/// Identifiers read out with their letters (`n j nine eight five six eight oh c`, `x
/// cuatro siete … m`, `a two seven four nine one eight three six` after `passport`): the
/// characters around each run of digit words, tried against each shape at every place
/// where a word starts, validated as if typed.
fn ids_spelled_out(doc: &Document<'_>, out: &mut Vec<Detection>) {
    let mut read_to = 0;
    for run in crate::spoken::runs(doc, 3) {
        if run.first < read_to {
            continue;
        }
        let chars = crate::spoken::spelled_around(doc, &run);
        read_to = chars.last().map_or(run.last + 1, |c| c.last + 1);
        // A window starts and ends where a word does.
        let starts_word = |k: usize| k == 0 || chars[k - 1].token != chars[k].token;
        let ends_word = |k: usize| k + 1 == chars.len() || chars[k + 1].token != chars[k].token;
        for id in SPELLED_IDS {
            let len = id.shape.len();
            if chars.len() < len {
                continue;
            }
            for from in (0..=chars.len() - len).filter(|&k| starts_word(k) && ends_word(k + len - 1)) {
                let mut value = [0u8; 16];
                let read = chars[from..from + len].iter().zip(id.shape).zip(&mut value).all(|((c, &kind), v)| {
                    let digit = c.digit.map(|d| b'0' + d);
                    let read = match kind {
                        b'D' => digit,
                        b'L' => c.letter,
                        _ => c.letter.or(digit),
                    };
                    read.map(|x| *v = x).is_some()
                });
                if !read || !(id.validate)(&value[..len]) {
                    continue;
                }
                let start = doc.tokens[chars[from].token].start;
                let end = doc.tokens[chars[from + len - 1].last].end;
                let hit = crate::context::find(doc, start, end, id.words, id.window, 0);
                if id.name_required && hit.is_none() {
                    continue;
                }
                let mut det = candidate(start, end, id.entity, 0.6, "national_id", "spelled out").validated(id.check);
                if let Some(hit) = hit {
                    apply_hit(&mut det, hit, 0.3);
                }
                out.push(det);
            }
        }
    }
}

/// The identifier's name a turn or two earlier ([`ID_CONTEXT_FAR`]): raises the score as a
/// nearby hotword would, unless a reference word (`order`, `ticket`) sits right before the
/// number.
fn far_hotword(doc: &Document<'_>, det: &mut Detection, id: &NumericId, grouped: bool) -> bool {
    // An answer sits near the start of its line (`Customer: ok its 832402788`); numbers
    // further into a line or a log record are not looked at (and most are not answers).
    let given = grouped
        && crate::text::ends_with_word(
            doc.text[..det.start].trim_end_matches(' '),
            &["it's", "its", "it’s", "c'est", "c’est", "is", "es", "ist", "è", "é"],
        );
    let prefix = if given { ID_ANSWER_PREFIX_GIVEN } else { ID_ANSWER_PREFIX };
    let from = doc.text.floor_char_boundary(det.start.saturating_sub(prefix));
    if from > 0 && !doc.text[from..det.start].contains('\n') {
        return false;
    }
    // Plain whole-word matching this far back: most numbers have no hotword at all, and
    // this runs for every checksummed number without one nearby.
    let Some(hit) = crate::context::find(doc, det.start, det.end, id.words, ID_CONTEXT_FAR, 0) else {
        return false;
    };
    let far_ok = (1..=ID_FAR_LINES).contains(&doc.text[hit.end..det.start].matches('\n').count())
        && !id.weak.contains(&hit.word)
        && !has_context_window(doc, det.start, det.end, REFERENCE_WORDS, 3, 0);
    if far_ok {
        apply_hit(det, hit, id.boost);
    }
    far_ok
}

/// Raises `det` by half the identifier's boost when the text names it elsewhere
/// ([`named_in_text`]).
fn boost_named_in_text(doc: &Document<'_>, det: &mut Detection, id: &NumericId) -> bool {
    let Some(hit) = named_in_text(doc, det.start, det.end, id) else {
        return false;
    };
    apply_hit(det, hit, id.boost / 2.0);
    true
}

/// Where the text names identifier `id` (not by a weak hint) for the number at
/// `start..end`: the nearest name before it, else the nearest after it (a reply above the
/// quoted message that asked for it). Only for an identifier whose check is strong
/// ([`NumericId::named_anywhere`]), and not when a reference's name is right before the
/// number.
fn named_in_text(doc: &Document<'_>, start: usize, end: usize, id: &NumericId) -> Option<crate::context::Hit> {
    if !id.named_anywhere
        || doc.cues_present & id.words.bit() == 0
        || has_context_window(doc, start, end, REFERENCE_WORDS, 3, 0)
    {
        return None;
    }
    let strong_name = |i: usize| crate::context::hit_at(doc, i, id.words, false).filter(|h| !id.weak.contains(&h.word));
    let inside = doc.tokens.partition_point(|t| t.start < start);
    let after = doc.tokens.partition_point(|t| t.start < end);
    (0..inside).rev().find_map(strong_name).or_else(|| (after..doc.tokens.len()).find_map(strong_name))
}

/// Raises `det` by the identifier's boost when its name is further back in its sentence
/// than the usual window reaches (`The SIN on Josh Gagnon's TD1 only had 8 digits (370 460
/// 03) but he texted me the full one: 370 460 032`). Only for a number grouped as the
/// identifier is written.
fn named_earlier_in_sentence(doc: &Document<'_>, det: &mut Detection, id: &NumericId) -> bool {
    const REACH: usize = 240;
    let from = doc.text.floor_char_boundary(det.start.saturating_sub(REACH));
    let b = &doc.text.as_bytes()[from..det.start];
    // (One walk back to the line's start or the last `. `, `? `, `! `.)
    let sentence_start = from
        + (0..b.len())
            .rev()
            .find_map(|k| match b[k] {
                b'\n' => Some(k + 1),
                b'.' | b'?' | b'!' if b.get(k + 1) == Some(&b' ') => Some(k + 2),
                _ => None,
            })
            .unwrap_or(0);
    let first = doc.tokens.partition_point(|t| t.start < sentence_start);
    let inside = doc.tokens.partition_point(|t| t.start < det.start);
    if inside - first <= ID_CONTEXT_BEFORE {
        return false;
    }
    boost_near(doc, det, id, inside - first, 0)
}

/// Raises `det` by the identifier's boost when its name is within `before` / `after`
/// tokens (matched through elisions and hyphens: `numéro d'assurance sociale`).
fn boost_near(doc: &Document<'_>, det: &mut Detection, id: &NumericId, before: usize, after: usize) -> bool {
    match crate::context::find_with_parts(doc, det.start, det.end, id.words, before, after) {
        Some(hit) => {
            apply_hit(det, hit, id.boost);
            true
        }
        None => false,
    }
}

/// Can [`alnum_ids`] find anything at token `t`? True for every length and kind it looks
/// at: whole codes of 9, 10 or 16 characters, and the first part of a spaced or dashed
/// code (a word of one or two letters, eight digits, or two or eight characters).
fn may_start_alnum_id(t: &Token) -> bool {
    match t.kind {
        TokenKind::Alnum => matches!(t.len(), 2 | 8 | 9 | 10 | 16),
        TokenKind::Word => matches!(t.len(), 1 | 2),
        TokenKind::Number => t.len() == 8,
    }
}

/// Alphanumeric identifiers starting at token `i`: UK NINO, ES NIF/NIE, IT codice
/// fiscale, IN PAN.
fn alnum_ids(doc: &Document<'_>, i: usize, out: &mut Vec<Detection>) {
    let text = doc.text;
    let t = doc.tokens[i];
    let s = t.text(text);
    let b = s.as_bytes();
    match b.len() {
        16 if t.kind == TokenKind::Alnum && national::it_fiscal_code(&upper::<16>(b)) => {
            push_id(
                doc,
                out,
                t.start,
                t.end,
                EntityType::ItFiscalCode,
                0.95,
                "codice fiscale check character",
                FISCAL_CODE_WORDS,
            );
        }
        // Written in lower case only right after its name (`his pan is ahnpi7734q`).
        10 if t.kind == TokenKind::Alnum
            && national::in_pan(b)
            && (b.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                || super::has_context_window(doc, t.start, t.end, PAN_WORDS, 2, 0)) =>
        {
            push_id(doc, out, t.start, t.end, EntityType::InPan, 0.6, "PAN structure", PAN_WORDS);
        }
        9 if t.kind == TokenKind::Alnum => {
            let u = upper::<9>(b);
            if national::es_nif(&u) {
                push_id(doc, out, t.start, t.end, EntityType::EsNif, 0.8, "NIF control letter", NIF_WORDS);
            } else if national::es_nie(&u) {
                push_id(doc, out, t.start, t.end, EntityType::EsNie, 0.85, "NIE control letter", NIE_WORDS);
            } else if national::uk_nino(&u) {
                push_id(doc, out, t.start, t.end, EntityType::UkNino, 0.85, "NINO prefix rules", NINO_WORDS);
            }
        }
        _ => {}
    }
    // Spaced or dashed forms: `QQ 12 34 56 C`, `12345678-Z`, `X-1234567-L`.
    let could_start = match t.kind {
        // Every spaced form has digits right after its letters (`QQ 12…`, `X-1234567-L`,
        // `Q Q 123456 C` spelt out).
        TokenKind::Word => {
            matches!(b.len(), 1 | 2)
                && doc.tokens.get(i + 1).is_some_and(|n| n.kind != TokenKind::Word || b.len() + n.len() == 2)
                && b.iter().all(u8::is_ascii_alphabetic)
        }
        TokenKind::Number => b.len() == 8,
        TokenKind::Alnum => matches!(b.len(), 2 | 8),
    };
    if let Some((end, compact)) = could_start.then(|| joined_alnum(doc, i, 5)).flatten() {
        let u = upper::<9>(&compact);
        if end > t.end {
            if national::uk_nino(&u) {
                push_id(doc, out, t.start, end, EntityType::UkNino, 0.85, "NINO prefix rules", NINO_WORDS);
            } else if national::es_nif(&u) {
                push_id(doc, out, t.start, end, EntityType::EsNif, 0.8, "NIF control letter", NIF_WORDS);
            } else if national::es_nie(&u) {
                push_id(doc, out, t.start, end, EntityType::EsNie, 0.85, "NIE control letter", NIE_WORDS);
            }
        }
    }
}

/// A French NIR of someone born in Corsica, whose department `2A` / `2B` the digit
/// clusters cannot hold: written whole (`253072A07300443`) or spaced as usual
/// (`2 53 07 2A 073 004 43`, token `i` being the department).
fn corsican_nir(doc: &Document<'_>, i: usize, out: &mut Vec<Detection>) {
    let toks = doc.tokens;
    let t = toks[i];
    let b = t.text(doc.text).as_bytes();
    let corsica = |d: &[u8]| d[0] == b'2' && matches!(d[1], b'A' | b'B' | b'a' | b'b');
    if b.len() == 15 {
        if corsica(&b[5..7]) && national::fr_nir(b) {
            push_id(doc, out, t.start, t.end, EntityType::FrNir, 0.75, "INSEE key mod 97", NIR_WORDS);
        }
        return;
    }
    if !corsica(b) {
        return;
    }
    // Sex, year and month before the department (five digits), commune, order and key
    // after it (eight), in groups of numbers joined by single spaces.
    let mut first = i;
    let mut before = 0;
    while before < 5 && first > 0 && doc.gap(first - 1, first) == " " && toks[first - 1].is_number() {
        first -= 1;
        before += toks[first].len();
    }
    let mut last = i;
    let mut after = 0;
    while after < 8 && last + 1 < toks.len() && doc.gap(last, last + 1) == " " && toks[last + 1].is_number() {
        last += 1;
        after += toks[last].len();
    }
    if before != 5 || after != 8 || first == i || last == i {
        return;
    }
    let mut compact = [0u8; 15];
    let mut len = 0;
    for tok in &toks[first..=last] {
        let part = tok.text(doc.text).as_bytes();
        compact[len..len + part.len()].copy_from_slice(part);
        len += part.len();
    }
    if national::fr_nir(&compact) {
        let end = toks[last].end;
        push_id(doc, out, toks[first].start, end, EntityType::FrNir, 0.75, "INSEE key mod 97", NIR_WORDS);
    }
}

/// `b` upper-cased into an array of its length `N` (no allocation on the per-token path).
fn upper<const N: usize>(b: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    for (o, c) in out.iter_mut().zip(b) {
        *o = c.to_ascii_uppercase();
    }
    out
}

/// Tokens from `i` joined by single spaces or dashes, up to `max` tokens, compacted;
/// returns the end of the run if its compact form is exactly nine characters long and
/// spans more than one token. Called for every one- or two-letter word, so it works in a
/// stack buffer: a run stops at nine characters anyway.
fn joined_alnum(doc: &Document<'_>, i: usize, max: usize) -> Option<(usize, [u8; 9])> {
    let text = doc.text;
    let toks = doc.tokens;
    let mut compact = [0u8; 9];
    let mut len = 0;
    for j in i..(i + max).min(toks.len()) {
        if j > i && !matches!(&text[toks[j - 1].end..toks[j].start], " " | "-") {
            break;
        }
        let s = toks[j].text(text).as_bytes();
        if len + s.len() > compact.len() {
            break;
        }
        compact[len..len + s.len()].copy_from_slice(s);
        len += s.len();
        if len == compact.len() {
            return (j > i).then_some((toks[j].end, compact));
        }
    }
    None
}

#[allow(clippy::too_many_arguments)]
fn push_id(
    doc: &Document<'_>,
    out: &mut Vec<Detection>,
    start: usize,
    end: usize,
    entity: EntityType,
    base: f32,
    check: &'static str,
    words: Cue,
) {
    let b = doc.text.as_bytes();
    if start > 0 && b[start - 1].is_ascii_alphanumeric() || b.get(end).is_some_and(u8::is_ascii_alphanumeric) {
        return;
    }
    let mut det = candidate(start, end, entity, base, "national_id", "alphanumeric structure").validated(check);
    apply_context(doc, &mut det, words, 0.15);
    out.push(det);
}

/// Does a nearer word say what else token `i` is (`VIN: …`, `ticket 30412`, `order …`)?
fn labelled_otherwise(doc: &Document<'_>, i: usize) -> bool {
    let t = doc.tokens[i];
    super::has_context_window(doc, t.start, t.end, REFERENCE_WORDS, 3, 0)
        || super::has_context_window(doc, t.start, t.end, VEHICLE_WORDS, 3, 0)
}

/// Is a hotword of `words` near `start..end`? A licence hotword does not count when it
/// names another kind of licence (`contractor license #`).
fn hotword_near(doc: &Document<'_>, start: usize, end: usize, words: Cue) -> bool {
    crate::context::find(doc, start, end, words, ID_CONTEXT_BEFORE, 4).is_some_and(|hit| {
        words.id != LICENSE_WORDS.id || {
            let k = doc.tokens.partition_point(|t| t.end < hit.end);
            !other_license(doc, k)
        }
    })
}

/// Does the licence hotword at token `k` (a word, or a phrase ending there) follow a word
/// naming another kind of licence (`business license number`, `software licence`)?
fn other_license(doc: &Document<'_>, k: usize) -> bool {
    let first = doc.cue_match(k, LICENSE_WORDS).map_or(k, |(_, first)| first);
    first > 0 && doc.gap(first - 1, first) == " " && doc.is(first - 1, OTHER_LICENSES)
}

/// A token not glued to neighbouring digits or letters (a value on its own).
fn standalone_value(doc: &Document<'_>, i: usize) -> bool {
    let joined =
        |a: usize, b: usize| matches!(doc.gap(a, b), "-" | "/" | "." | " ") && value_part(doc, a) && value_part(doc, b);
    !(i > 0 && joined(i - 1, i)) && !(i + 1 < doc.tokens.len() && joined(i, i + 1))
}

/// Could token `k` be one group of a value written in groups (`K4343 62722 13839`)? Not a
/// word, and not a field name (`dl_number=F7712345 dl_state=CA`).
fn value_part(doc: &Document<'_>, k: usize) -> bool {
    doc.tokens[k].kind != TokenKind::Word && !doc.word(k).contains('_')
}

pub(super) fn passport_shape(s: &str) -> bool {
    // Read out in groups, all nine characters are there (`505 123 456`).
    if s.contains([' ', '-']) {
        let compact: String = s.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
        return compact.len() == 9 && passport_shape(&compact);
    }
    let b = s.as_bytes();
    (6..=9).contains(&b.len())
        && b.iter().all(u8::is_ascii_alphanumeric)
        && b.iter().filter(|c| c.is_ascii_digit()).count() >= 6
        && b.iter().take_while(|c| c.is_ascii_alphabetic()).count() <= 2
}

pub(super) fn license_shape(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
    (4..=20).contains(&b.len())
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b' ')
        && (digits >= 4 || digits >= 2 && letters >= 2)
}

/// Words between an identifier's hotword and its value: `number`, `no`, `is`, `my`, the
/// issuing state or country (`license for Texas is`, `passport (US) no.`), fillers.
const VALUE_LEAD_WORDS: &[&str] = &[
    "number",
    "no",
    "num",
    "is",
    "id",
    "nr",
    "my",
    "license",
    "licence",
    "s",
    "card",
    "and",
    "it's",
    "its",
    "as",
    "was",
    "for",
    "from",
    "the",
    "on",
    "of",
    "in",
    "state",
    "issued",
    "by",
    "book",
    "doc",
    "document",
    "details",
    "u",
    "us",
    "usa",
    "american",
    "new",
    "old",
    "current",
    "full",
    "correct",
    "sure",
    "ok",
    "yes",
    "here",
    "it",
    "reads",
    "says",
    "be",
    "should",
    "hang",
    "okay",
    "um",
    "uh",
    "let",
    "me",
    "check",
    "sec",
    "one",
    "second",
    "just",
    "moment",
    "yeah",
    "gave",
    "given",
    "provided",
    "confirmed",
    "verified",
    "read",
    "out",
    "back",
    "customer",
    "caller",
    "cx",
    "client",
    "shows",
    "listed",
    "under",
    "that",
    "this",
    // Spanish and Portuguese (`mi licencia de Texas es 41927783`).
    "de",
    "es",
    "é",
    "numero",
    "número",
];

fn lead_word(doc: &Document<'_>, j: usize) -> bool {
    let t = doc.tokens[j];
    t.kind == TokenKind::Word && {
        let w = doc.word(j);
        // (`just a moment`; a capital `A` may start a Michigan licence.)
        w == "a"
            || is_one_of(w, VALUE_LEAD_WORDS)
            || t.is_all_upper() && doc.gaz.is_region_abbreviation(w)
            || t.is_capitalised() && doc.lookup(j).any(REGION | COUNTRY)
    }
}

/// The value written after a hotword at token `i`: skips `number`, `no`, `#`, `is`, `:`,
/// the issuing state and a few fillers and takes the next token (with dash- or
/// space-joined parts for licences). When the hotword ends a question, the value may be the
/// reply on the next line (`What's your license number?` / `CALLER: It's New Jersey, K4343 …`).
fn value_after(
    doc: &Document<'_>,
    i: usize,
    entity: EntityType,
    recognizer: &'static str,
    shape: fn(&str) -> bool,
) -> Option<Detection> {
    if let Some((start, end, j)) = value_from(doc, i + 1, entity, shape) {
        // Right after its hotword (`passport no. 551834613`), the value is named more surely
        // than by a hotword further away (an `SSN:` on the next line).
        let score = if j <= i + 3 { 0.9 } else { 0.8 };
        return Some(candidate(start, end, entity, score, recognizer, "value after hotword"));
    }
    let (start, end) = reply_value(doc, i, entity, shape)?;
    Some(candidate(start, end, entity, 0.7, recognizer, "reply to hotword"))
}

/// The value at or after token `j` on the same line, past at most six lead words: its byte
/// range and first token.
fn value_from(
    doc: &Document<'_>,
    mut j: usize,
    entity: EntityType,
    shape: fn(&str) -> bool,
) -> Option<(usize, usize, usize)> {
    let text = doc.text;
    let toks = doc.tokens;
    let limit = (j + 7).min(toks.len());
    let licence = entity == EntityType::UsDriverLicense;
    let joined =
        |k: usize| k < toks.len() && value_part(doc, k) && matches!(&text[toks[k - 1].end..toks[k].start], "-" | " ");
    // `S-530-771-229`: a capital letter dashed to digits starts a licence number, though a
    // lower-case `s` is a lead word (`driver s license`).
    let dashed_letter = |k: usize| {
        licence && toks[k].len() == 1 && toks[k].is_capitalised() && joined(k + 1) && doc.gap(k, k + 1) == "-"
    };
    while j < limit && lead_word(doc, j) && !doc.gap(j - 1, j).contains('\n') && !dashed_letter(j) {
        j += 1;
    }
    if j >= limit || doc.gap(j - 1, j).contains('\n') {
        return None;
    }
    // `A 123 456 789 012`: a licence may start with a lone letter.
    let lone_letter =
        licence && toks[j].kind == TokenKind::Word && toks[j].len() == 1 && toks[j].is_capitalised() && joined(j + 1);
    if toks[j].kind == TokenKind::Word && !lone_letter {
        return None;
    }
    let start = toks[j].start;
    let mut end = toks[j].end;
    // Licence numbers may be written in dashed or spaced groups (`S123-4567-8901`), and so
    // may a passport's nine characters when read out (`505 123 456`), up to nine.
    let passport = entity == EntityType::UsPassport;
    let mut compact = toks[j].len();
    let mut k = j + 1;
    while (licence || passport && compact + toks.get(k).map_or(0, |t| t.len()) <= 9) && joined(k) {
        end = toks[k].end;
        compact += toks[k].len();
        k += 1;
    }
    shape(&text[start..end]).then_some((start, end, j))
}

/// The value answering a question that ends with the hotword at token `i`: the next line,
/// after a speaker's label (`CALLER:`) and lead words.
fn reply_value(doc: &Document<'_>, i: usize, entity: EntityType, shape: fn(&str) -> bool) -> Option<(usize, usize)> {
    let toks = doc.tokens;
    // A question (`…license number?`) or a form line that the hotword ends (`ID type: Driver
    // License` / `ID number: S326-3551-6042`).
    let rest = crate::text::line_after(doc.text, toks[i].end, 40)?.trim_end();
    if !(rest.ends_with('?') || rest.is_empty()) {
        return None;
    }
    // The first token of the next line.
    let mut j = (i + 1..(i + 12).min(toks.len())).find(|&k| doc.gap(k - 1, k).contains('\n'))?;
    // A speaker's label: up to three words and a colon.
    if let Some(c) = (j..(j + 3).min(toks.len() - 1)).find(|&k| doc.gap(k, k + 1).starts_with(':')) {
        j = c + 1;
    }
    let (start, end, _) = value_from(doc, j, entity, shape)?;
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use crate::test_support::found;

    #[test]
    fn corsican_nir_whole_and_spaced() {
        for (text, want) in [
            ("n° de sécurité sociale 253072A07300443", "253072A07300443"),
            ("n° de sécurité sociale 2 53 07 2A 073 004 43.", "2 53 07 2A 073 004 43"),
            ("mon NIR est le 1 85 01 2B 123 456 93.", "1 85 01 2B 123 456 93"),
        ] {
            assert_eq!(found(text, "FR_NIR"), vec![want], "{text}");
        }
        // A wrong key, a department that is not Corsica's, digits missing before `2A`.
        for text in [
            "n° de sécurité sociale 2 53 07 2A 073 004 44",
            "n° de sécurité sociale 2 53 07 2C 073 004 43",
            "n° de sécurité sociale 53 07 2A 073 004 43",
            "sécurité sociale 253072A07300444",
        ] {
            assert!(found(text, "FR_NIR").is_empty(), "{text}");
        }
    }

    #[test]
    fn ssn_and_itin() {
        assert_eq!(found("my ssn is 536-22-8726", "US_SSN"), vec!["536-22-8726"]);
        assert_eq!(found("SSN 536228726", "US_SSN"), vec!["536228726"]);
        assert_eq!(found("part 536228726 arrived", "US_SSN"), Vec::<&str>::new());
        assert_eq!(found("ssn 000-12-3456 or 666-12-3456", "US_SSN"), Vec::<&str>::new());
        assert_eq!(found("ITIN 912-78-1234", "US_ITIN"), vec!["912-78-1234"]);
    }

    #[test]
    fn uk_ids() {
        assert_eq!(found("NHS number 943 476 5919", "UK_NHS"), vec!["943 476 5919"]);
        // Read out digit by digit after its name, above a phone number read out.
        let call =
            "agent: and your nhs number\ncaller: aye it's on the letter four six three nine double one oh two five one";
        assert_eq!(found(call, "UK_NHS"), vec!["four six three nine double one oh two five one"]);
        assert!(found(call, "PHONE_NUMBER").is_empty());
        let call =
            "agent: can you read out the t f n for me\ncaller: yeah it's five one oh seven three six five eight three";
        assert_eq!(found(call, "AU_TFN"), vec!["five one oh seven three six five eight three"]);
        // Without its name, or failing the checksum, it is none.
        assert!(found("caller: yeah it's five one oh seven three six five eight three", "AU_TFN").is_empty());
        assert!(found("your tfn\ncaller: five one oh seven three six five eight four", "AU_TFN").is_empty());
        // `social` alone is a weak name for an SSN, but someone's social is one.
        let call = "agent: the last four of your social\ncaller: it's six three six twenty six four three three eight";
        assert_eq!(found(call, "US_SSN"), vec!["six three six twenty six four three three eight"]);
        assert!(
            found("social club\ncaller: it's six three six twenty six four three three eight", "US_SSN").is_empty()
        );
        // A character of another script before the name is no possessive (and no panic).
        assert!(
            found("agent: a€ social\ncaller: six three six twenty six four three three eight", "US_SSN").is_empty()
        );
        let call = "agent: your social insurance number\ncaller: it's six one two two zero seven eight zero three";
        assert!(found(call, "US_SSN").is_empty());
        // Read out again further on, when its name is out of reach.
        let call = "agent: your social insurance number please\ncaller: it's seven six nine five five nine one zero five\n\
                    agent: thanks so that is for the replacement benefit and the form goes out today let me repeat that \
                    seven six nine five five nine one zero five";
        assert_eq!(found(call, "CA_SIN").len(), 2);
        assert!(found("agent: let me repeat that seven six nine five five nine one zero five", "CA_SIN").is_empty());
        let call = "agent: ok and the german tax id\ncaller: moment bitte it is four seven one eight two zero five three four nine one";
        assert_eq!(found(call, "DE_TAX_ID").len(), 1);
        assert_eq!(found("NI number AB 12 34 56 C", "UK_NINO"), vec!["AB 12 34 56 C"]);
        assert_eq!(found("NI number QQ 12 34 56 C", "UK_NINO"), Vec::<&str>::new());
        assert_eq!(found("nino AB123456C.", "UK_NINO"), vec!["AB123456C"]);
    }

    #[test]
    fn ids_spelled_out_with_their_letters() {
        let nie = "cliente: es un nie equis uno dos tres cuatro cinco seis siete ele";
        assert_eq!(found(nie, "ES_NIE"), vec!["equis uno dos tres cuatro cinco seis siete ele"]);
        let nif = "caller: his dni is one two three four five six seven eight z";
        assert_eq!(found(nif, "ES_NIF"), vec!["one two three four five six seven eight z"]);
        // `o` reads a letter where the code has one, a digit where it has a digit.
        let code = "cliente: allora b n c l o r otto zero a quattro uno h cinque zero uno x";
        assert_eq!(found(code, "IT_FISCAL_CODE"), vec!["b n c l o r otto zero a quattro uno h cinque zero uno x"]);
        // A NINO has no check digit: its name earlier in the call.
        let call = "caller: they wanted my national insurance number\nagent: go ahead\ncaller: it's n j nine eight five six eight oh c";
        assert_eq!(found(call, "UK_NINO"), vec!["n j nine eight five six eight oh c"]);
        assert!(found("caller: it's n j nine eight five six eight oh c", "UK_NINO").is_empty());
        let call = "agent: what's the number on the temporary license\n\
                    caller: it's florida, p six one two, four one seven, eight eight, three nine two, zero";
        assert_eq!(
            found(call, "US_DRIVER_LICENSE"),
            vec!["p six one two, four one seven, eight eight, three nine two, zero"]
        );
        let call = "they want my passport number it's a two seven four nine one eight three six";
        assert_eq!(found(call, "US_PASSPORT"), vec!["a two seven four nine one eight three six"]);
        assert!(found("the policy is a two seven four nine one eight three six", "US_PASSPORT").is_empty());
        // A booking reference spelled out is no identifier; a failed check letter is none.
        let reference = "passport holder booking reference w l t seven seven four two nine x";
        assert!(
            crate::test_support::dump(reference).iter().all(|d| !d.1.contains('_') || d.1 == "DATE_TIME"),
            "{reference}"
        );
        assert!(found("nie equis uno dos tres cuatro cinco seis siete eme", "ES_NIE").is_empty());
    }

    #[test]
    fn european_ids() {
        assert_eq!(found("DNI 12345678Z", "ES_NIF"), vec!["12345678Z"]);
        assert_eq!(found("NIE X1234567L", "ES_NIE"), vec!["X1234567L"]);
        assert_eq!(found("CF RSSMRA85T10A562S", "IT_FISCAL_CODE"), vec!["RSSMRA85T10A562S"]);
        assert_eq!(found("Steuer-ID 86095742719", "DE_TAX_ID"), vec!["86095742719"]);
    }

    #[test]
    fn a_strongly_checked_id_counts_its_name_anywhere_in_the_text() {
        let answer = "Has your Steuer-ID arrived yet? Without it you are in tax class 6.\n\
                      emily: yes! the letter came to Schleißheimer Str. 141, 80797 München yesterday, it is 57218110642";
        assert_eq!(found(answer, "DE_TAX_ID"), vec!["57218110642"]);
        // Not after a weak hint alone, nor when the number is named as a reference.
        assert!(found(&answer.replace("Steuer-ID", "tax id"), "DE_TAX_ID").is_empty());
        let invoice = answer.replace("it is 57218110642", "invoice no. 57218110642");
        assert!(found(&invoice, "DE_TAX_ID").is_empty());
        // A number whose check is weaker (a SIN, Luhn) still needs its name near.
        let sin = "What's your SIN? The letter came to 14 Rue Saint-Denis, Montréal yesterday and it is 046454286";
        assert!(found(sin, "CA_SIN").is_empty());
        // A reply above the quoted request for it.
        let reply = "sorry, two digits were swapped. The right one: 90477361281\n\nRegards\n\n\
                     > On 7 May you wrote:\n> the ELStAM check rejects the Steuer-ID you gave us";
        assert_eq!(found(reply, "DE_TAX_ID"), vec!["90477361281"]);
    }

    #[test]
    fn a_field_name_spelling_a_phrase_names_its_value() {
        assert_eq!(found(r#"{"tax_id_home_country": "47956308427"}"#, "DE_TAX_ID"), vec!["47956308427"]);
        assert_eq!(found(r#"{"taxId": "47956308427"}"#, "DE_TAX_ID"), vec!["47956308427"]);
        assert!(found(r#"{"order_id": "47956308427"}"#, "DE_TAX_ID").is_empty());
    }

    #[test]
    fn asia_pacific_ids() {
        assert_eq!(found("aadhaar 2341 2341 2346", "IN_AADHAAR"), vec!["2341 2341 2346"]);
        assert_eq!(found("PAN ABCPE1234F", "IN_PAN"), vec!["ABCPE1234F"]);
        assert_eq!(found("caller: his pan is abcpe1234f", "IN_PAN"), vec!["abcpe1234f"]);
        assert_eq!(found("the file abcpe1234f was renamed", "IN_PAN"), Vec::<&str>::new());
        assert_eq!(found("ABN 51 824 753 556", "AU_ABN"), vec!["51 824 753 556"]);
        // Grouped as an ABN and passing its checksum, it is no phone number.
        assert_eq!(found("Customer: 16 316 500 695 – that's us", "AU_ABN"), vec!["16 316 500 695"]);
        // Named early in a long sentence.
        let sin =
            "The SIN on Josh Gagnon's TD1 only had 8 digits (370 460 03) but he texted me the full one: 370 460 032.";
        assert_eq!(found(sin, "CA_SIN"), vec!["370 460 032"]);
        // Given over the phone, it is still a tax file number.
        let tfn = "he read his TFN out over the phone too: 326 695 392 – where does it go?";
        assert_eq!(found(tfn, "AU_TFN"), vec!["326 695 392"]);
        // After a `+`, the digits are a country code and a phone number.
        assert!(found("Caller ID: +61 491 570 313", "AU_ABN").is_empty());
        assert_eq!(found("my TFN is 123 456 782", "AU_TFN"), vec!["123 456 782"]);
        assert_eq!(found("SIN 286 091 582", "CA_SIN"), vec!["286 091 582"]);
        // The name after the value, a few words on; the French name of the SIN.
        assert_eq!(found("Sure. 123 456 782 is the tax file number", "AU_TFN"), vec!["123 456 782"]);
        assert_eq!(found("votre numéro d'assurance sociale?\nCLIENTE: 286 091 582.", "CA_SIN"), vec!["286 091 582"]);
    }

    #[test]
    fn hotword_a_turn_or_two_earlier() {
        let asked = "Customer: the form wants my tax file number, is it safe to give it here\n\
                     Agent: Please use the secure upload in the app rather than this chat window.\n";
        assert_eq!(found(&format!("{asked}Customer: ok too late its 123 456 782"), "AU_TFN"), vec!["123 456 782"]);
        // A reference word right before the number says what it is.
        assert_eq!(
            found(&format!("{asked}Customer: ok but what about order 123 456 782"), "AU_TFN"),
            Vec::<&str>::new()
        );
        // Deep inside a long line, the number is not an answer.
        let long = format!("{asked}Customer: I would like to know why my last statement lists 123 456 782");
        assert_eq!(found(&long, "AU_TFN"), Vec::<&str>::new());
        // Unless it is given as the answer, in its grouping.
        let given = format!("{asked}Customer: oh well, putting it in right here anyway, it's 123 456 782");
        assert_eq!(found(&given, "AU_TFN"), vec!["123 456 782"]);
        // Too many lines further down, the question is another topic.
        assert_eq!(found(&format!("{asked}a\nb\nc\nCustomer: its 123 456 782"), "AU_TFN"), Vec::<&str>::new());
        // A weak hint (a country) does not count from afar.
        let weak = "Customer: I just moved here from Canada and the customs people were slow about all of it\n\
                    Agent: Sorry to hear that, we will look into the delay for you today.\n";
        assert_eq!(found(&format!("{weak}Customer: it was 286 091 582"), "CA_SIN"), Vec::<&str>::new());
        let named = weak.replace("from Canada", "and need my SIN");
        assert_eq!(found(&format!("{named}Customer: it was 286 091 582"), "CA_SIN"), vec!["286 091 582"]);
    }

    #[test]
    fn context_only_ids() {
        assert_eq!(found("passport number 912345678", "US_PASSPORT"), vec!["912345678"]);
        assert_eq!(found("driver's license D1234567 from CA", "US_DRIVER_LICENSE"), vec!["D1234567"]);
        assert_eq!(found("a duplicate D1234567 INTRODUCTORY", "US_DRIVER_LICENSE"), Vec::<&str>::new());
    }

    #[test]
    fn passport_named_right_before_wins_over_a_far_ssn_hotword() {
        let text = "List A doc: US passport no. 551834613\nSSN: 311-90-0475";
        assert_eq!(found(text, "US_PASSPORT"), vec!["551834613"]);
        assert_eq!(found(text, "US_SSN"), vec!["311-90-0475"]);
    }

    #[test]
    fn values_past_the_issuing_state_and_in_replies() {
        let dl = "US_DRIVER_LICENSE";
        assert_eq!(found("driver's license number for Texas is 41882056", dl), vec!["41882056"]);
        assert_eq!(found("my NY license: 123 456 789", dl), vec!["123 456 789"]);
        assert_eq!(found("Michigan driver's license A 123 456 789 012", dl), vec!["A 123 456 789 012"]);
        let asked = "AGENT: What's your driver's license number?\nCALLER: It's New Jersey, K4343 62722 13839";
        assert_eq!(found(asked, dl), vec!["K4343 62722 13839"]);
        assert_eq!(found("548812390 is my passport number", "US_PASSPORT"), vec!["548812390"]);
        assert_eq!(found("my new passport book number is 563019284.", "US_PASSPORT"), vec!["563019284"]);
        let wait = "AGENT: What's the driver's license number?\nCALLER: hang on... ok it's B462 1187 3309";
        assert_eq!(found(wait, dl), vec!["B462 1187 3309"]);
        let form = "ID type: Driver License\nID number: S326-3551-6042\nExpires: 2027";
        assert_eq!(found(form, dl), vec!["S326-3551-6042"]);
        // A reply that is not a number, and a question whose reply is another topic.
        assert_eq!(found("AGENT: Which license?\nCALLER: the old one", dl), Vec::<&str>::new());
        assert_eq!(found("do you need my license?\nAGENT: no, order 55120443 is fine", dl), Vec::<&str>::new());
    }

    #[test]
    fn values_of_named_fields() {
        assert_eq!(found(r#"{"passport_number": "512345678", "name": "x"}"#, "US_PASSPORT"), vec!["512345678"]);
        assert_eq!(found("dl_number=F7712345 state=CA", "US_DRIVER_LICENSE"), vec!["F7712345"]);
        assert_eq!(found(r#"{"driverLicense":"D1234567"}"#, "US_DRIVER_LICENSE"), vec!["D1234567"]);
        assert_eq!(found("dl_number=F7712345 dl_state=CA", "US_DRIVER_LICENSE"), vec!["F7712345"]);
    }

    #[test]
    fn licences_of_other_kinds_and_phrasings() {
        let dl = "US_DRIVER_LICENSE";
        assert_eq!(
            found("I entered my driver license number as S530-4128-9922 (Illinois)", dl),
            vec!["S530-4128-9922"]
        );
        assert_eq!(found("DL# 123-456-789 NY", dl), vec!["123-456-789"]);
        assert_eq!(found("drivers lic D12-34-5678, exp 08/2027", dl), vec!["D12-34-5678"]);
        assert_eq!(found("our contractor license # is CL-2231874", dl), Vec::<&str>::new());
        assert_eq!(found("Cliente: mi licencia de Texas es 41927783, vence", dl), vec!["41927783"]);
        assert_eq!(found("amerykańskie prawo jazdy (IL), nr N200-4517-9326", dl), vec!["N200-4517-9326"]);
        assert_eq!(found("the business license number is 2024-118830", dl), Vec::<&str>::new());
        assert_eq!(found("software license 7HJK2990XQ", dl), Vec::<&str>::new());
        // A capital letter dashed to the digits; commercial and learner's licences.
        assert_eq!(found("driving lic no. is S-530-771-229", dl), vec!["S-530-771-229"]);
        assert_eq!(found("CDL number: 4402918377", dl), vec!["4402918377"]);
        assert_eq!(found("learner's permit number 77120984", dl), vec!["77120984"]);
        // An agent's note: who gave the number stands between hotword and value.
        assert_eq!(
            found("Need driver's license #. Customer gave D4418-20971-06512 (IL).", dl),
            vec!["D4418-20971-06512"]
        );
    }

    #[test]
    fn misspelt_passport() {
        assert_eq!(found("my pasport number is 519937204", "US_PASSPORT"), vec!["519937204"]);
        assert_eq!(found("travel document number 530981177", "US_PASSPORT"), vec!["530981177"]);
        assert_eq!(found("passport number 505 123 456, exp 2031", "US_PASSPORT"), vec!["505 123 456"]);
        assert_eq!(found("passport 505123456 2031", "US_PASSPORT"), vec!["505123456"]);
        assert_eq!(found("state ID S99988801", "US_DRIVER_LICENSE"), vec!["S99988801"]);
    }
}
