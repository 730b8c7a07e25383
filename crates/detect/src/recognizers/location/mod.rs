//! LOCATION: street addresses (one span from unit or house number to postcode, city,
//! region and country, across lines), form fields (`City: …`, `"postal_code": …`), and
//! places on their own (cities, regions, countries, postcodes), which need context
//! because so many are also words or names.

use super::{
    DetectionExt, Recognizer, answers_place_question, candidate, ends_organisation, is_one_of, is_organisation_of,
    starts_answer,
};
use std::sync::LazyLock;

use memchr::memmem;

use crate::analyzer::Document;
use crate::cues::{
    AIRPORTS, BUILDING_WORDS, DIRECTIONS, ESTABLISHMENTS, FACILITY_WORDS, GREETINGS, HOUSE_NUMBER_WORDS, LABEL_ADDRESS,
    LABEL_CITY, LABEL_COUNTRY, LABEL_POSTCODE, LABEL_REGION, LICENSE_WORDS, MONTHS_AND_DAYS, NAME_PARTICLES, NOT_NAME,
    PLACE_CUES, POSTCODE_WORDS, REFERENCE_WORDS, RESIDENCE_VERBS, TITLES,
};
use crate::detection::Detection;
use crate::entity::{EntityType, Subtype};
use crate::gazetteer::{
    CITY, CITY_AMBIGUOUS, COUNTRY, COUNTRY_AMBIGUOUS, ENGLISH, FIRST, FUNCTION_WORD, LAST, MONTH, NRP,
    NRP_PHRASE_START, PHRASE_START, POBOX, REGION, REGION_AMBIGUOUS, STREET_AFTER, STREET_BEFORE, UNIT, WordInfo,
};
use crate::text::{AFTER_SPACE, INNER_PUNCT, TokenKind, ends_with_ignore_case, line_before};

mod fields;
mod parts;
mod place;
mod street;

use fields::*;
use parts::*;
use place::*;
use street::*;

pub(crate) struct Location;

impl Recognizer for Location {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::Location]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        let n = doc.tokens.len();
        let mut i = 0;
        while i < n {
            if !may_start_location(doc, i) {
                i += 1;
                continue;
            }
            // `RF-22981-ZA`: the end of a reference, whatever the word is.
            if doc.tokens[i].kind == TokenKind::Word && joined_to_code(doc, i) {
                i += 1;
                continue;
            }
            if route_in_one_word(doc, i, out) {
                i += 1;
                continue;
            }
            let found = labelled_field(doc, i)
                .or_else(|| address_at(doc, i))
                .or_else(|| name_first_street(doc, i))
                .or_else(|| unnumbered_street(doc, i))
                .or_else(|| airport(doc, i))
                .or_else(|| transport_hub(doc, i))
                .or_else(|| place_at(doc, i))
                .or_else(|| named_place(doc, i))
                .or_else(|| county(doc, i))
                .or_else(|| landmark(doc, i))
                .map(|(det, last)| extend_head(doc, det, last))
                .map(|(det, last)| extend_block_upwards(doc, det, last))
                .map(|(det, last)| with_division_word(doc, det, last));
            match found {
                Some((det, last)) => {
                    if !speakers_affiliation(doc, &det) {
                        out.push(det);
                    }
                    i = last + 1;
                }
                None => i += 1,
            }
        }
        spoken_zips(doc, out);
        branch_places(doc, out);
        county_addresses(doc, out);
    }
}

/// `10:02 Callum (Albion): Morning!`, `Jorge (Villa Maré): Bom dia`: the name in brackets
/// between a chat's speaker and the colon is the company or team they write for.
fn speakers_affiliation(doc: &Document<'_>, det: &Detection) -> bool {
    let text = doc.text;
    if !(text[..det.start].ends_with(" (") && text[det.end..].starts_with("):")) {
        return false;
    }
    // The speaker: one to three capitalised words after the line's time or sender prefix
    // (`10:02 `, `27/07/2024, 09:40 - `, `[09:12] `), not a record's field
    // (`Hab. 812, Jean-Luc Gagnon (Quebec):` is where the guest is from).
    let Some(line) = line_before(text, det.start - 2, 80) else { return false };
    let line = line.rsplit_once(" - ").or_else(|| line.rsplit_once("] ")).map_or(line, |(_, speaker)| speaker);
    let speaker = line.split(' ').skip_while(|w| w.bytes().any(|c| c.is_ascii_digit()));
    let mut words = 0;
    for w in speaker {
        words += 1;
        if words > 3 || !w.starts_with(char::is_uppercase) || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
            return false;
        }
    }
    words > 0
}

/// A place and the word for its kind of division after it is a state's name (`Lagos
/// State`, `Kiambu County`, `Western Province`), unless a capitalised word goes on to name
/// an organisation (`Ohio State University`).
fn with_division_word(doc: &Document<'_>, mut det: Detection, last: usize) -> (Detection, usize) {
    const DIVISIONS: &[&str] = &["State", "County", "Province", "Region", "District", "Prefecture", "Governorate"];
    let toks = doc.tokens;
    let Some(k) = next_joined(doc, last, &[" "]) else { return (det, last) };
    if det.entity_type != EntityType::Location
        || !matches!(det.subtype, None | Some(Subtype::City | Subtype::State))
        || !DIVISIONS.contains(&word(doc, k))
        || capitalised_after(doc, k)
    {
        return (det, last);
    }
    det.end = toks[k].end;
    det.subtype = Some(Subtype::State);
    // (The word confirms an ambiguous name: `Laramie County`.)
    det.score = det.score.max(0.7);
    (det, k)
}

/// Is the word at token `i` glued by a hyphen to a number or code before it?
fn joined_to_code(doc: &Document<'_>, i: usize) -> bool {
    let (b, start) = (doc.text.as_bytes(), doc.tokens[i].start);
    start >= 2 && b[start - 1] == b'-' && b[start - 2].is_ascii_digit()
}

/// `Madrid-Sevilla`, `route=Köln-Berlin`: a route written as one hyphenated word whose two
/// parts are cities of 100,000 people or more; each part is a place. Whether it was one.
fn route_in_one_word(doc: &Document<'_>, i: usize, out: &mut Vec<Detection>) -> bool {
    let t = doc.tokens[i];
    if t.kind != TokenKind::Word || t.flags & INNER_PUNCT == 0 || !t.is_capitalised() || !doc.has(i, CITY) {
        return false;
    }
    let word = word(doc, i);
    let Some((a, b)) = word.split_once('-') else { return false };
    let city = |part: &str| {
        part.starts_with(char::is_uppercase) && {
            let info = doc.word_lookup(part);
            info.has(CITY) && info.city_pop >= 100_000
        }
    };
    if city(a) && city(b) {
        for (start, end) in [(t.start, t.start + a.len()), (t.start + a.len() + 1, t.end)] {
            let det = candidate(start, end, EntityType::Location, 0.7, "location", "route between two cities")
                .subtype(Subtype::City)
                .validated("GeoNames gazetteer");
            out.push(det);
        }
        return true;
    }
    false
}

/// A US ZIP code read out in words in reply to a question for it (`confirm the zip code
/// we have on file` … `CALLER: six oh six two nine`): five digits, no more.
fn spoken_zips(doc: &Document<'_>, out: &mut Vec<Detection>) {
    for run in crate::spoken::runs(doc, 5).filter(|r| r.len() == 5) {
        let (start, end) = run.span(doc);
        if crate::context::find(doc, start, end, POSTCODE_WORDS, 16, 0).is_some() {
            let det = candidate(start, end, EntityType::Location, 0.85, "location", "ZIP code read out")
                .subtype(Subtype::Postcode);
            out.push(det);
        }
    }
}

/// Could token `i` start anything that [`labelled_field`], [`address_at`],
/// [`name_first_street`] or [`place_at`] accepts? True for every token they accept, and
/// false for most lower-case words, which are most tokens: such a word only starts a
/// location after a form label, as a street-type, unit or PO box word, or after a place
/// cue ([`lower_place_cue`]). Capitalised words, numbers and codes always go on.
fn may_start_location(doc: &Document<'_>, i: usize) -> bool {
    let t = doc.tokens[i];
    if t.kind != TokenKind::Word || t.is_capitalised() {
        return true;
    }
    let after_label = i > 0
        && t.flags & AFTER_SPACE == 0
        && gap(doc, i - 1, i).bytes().any(|c| matches!(c, b':' | b'\t' | b'|' | b'='));
    after_label
        || doc.any(i, STREET_BEFORE | UNIT | POBOX)
        || t.len() <= 2 && is_one_of(word(doc, i), &["po", "p"])
        || lower_place_cue(doc, i)
}

#[inline]
fn gap<'t>(doc: &Document<'t>, a: usize, b: usize) -> &'t str {
    doc.gap(a, b)
}

#[inline]
fn word<'t>(doc: &Document<'t>, i: usize) -> &'t str {
    doc.word(i)
}

/// Does a capitalised word follow token `i` after one space (a name going on: `Wall
/// Street Journal`, `Ohio State University`)?
fn capitalised_after(doc: &Document<'_>, i: usize) -> bool {
    next_joined(doc, i, &[" "]).is_some_and(|k| doc.tokens[k].is_capitalised())
}

/// The token after `i` if the gap between them is one of `gaps`.
fn next_joined(doc: &Document<'_>, i: usize, gaps: &[&str]) -> Option<usize> {
    let j = i + 1;
    // As bytes: a `str` slice would check its char boundaries on this hot path.
    let g = doc.tokens.get(j).map(|t| &doc.text.as_bytes()[doc.tokens[i].end..t.start])?;
    // Compared byte by byte: gaps are a few bytes, too short to pay for a `memcmp` call.
    gaps.iter().any(|c| c.len() == g.len() && c.bytes().zip(g).all(|(a, &b)| a == b)).then_some(j)
}

/// The longest gazetteer entry (word or phrase of up to four words) starting at `i` whose
/// flags intersect `want`: its last token and record.
fn gazetteer_at(doc: &Document<'_>, i: usize, want: u32) -> Option<(usize, WordInfo)> {
    // A capitalised word or a number carries its flags already (see `Document::lookup`):
    // most are no place, and their records need not be fetched to say so.
    let t = doc.tokens[i];
    if (t.is_capitalised() || t.is_number()) && !doc.any(i, PHRASE_START | want) {
        return None;
    }
    let info = doc.lookup(i);
    info.has(PHRASE_START).then(|| doc.phrase_at(i, want)).flatten().or_else(|| info.any(want).then_some((i, info)))
}

#[cfg(test)]
mod tests;
