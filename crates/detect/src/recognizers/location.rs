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
    BUILDING_WORDS, DIRECTIONS, ESTABLISHMENTS, FACILITY_WORDS, GREETINGS, HOUSE_NUMBER_WORDS, LABEL_ADDRESS,
    LABEL_CITY, LABEL_COUNTRY, LABEL_POSTCODE, LABEL_REGION, LICENSE_WORDS, MONTHS_AND_DAYS, NAME_PARTICLES, NOT_NAME,
    PLACE_CUES, POSTCODE_WORDS, REFERENCE_WORDS, RESIDENCE_VERBS, TITLES,
};
use crate::detection::Detection;
use crate::entity::{EntityType, Subtype};
use crate::gazetteer::{
    CITY, CITY_AMBIGUOUS, COUNTRY, COUNTRY_AMBIGUOUS, ENGLISH, FIRST, FUNCTION_WORD, LAST, NRP, NRP_PHRASE_START,
    PHRASE_START, POBOX, REGION, REGION_AMBIGUOUS, STREET_AFTER, STREET_BEFORE, UNIT, WordInfo,
};
use crate::text::{AFTER_SPACE, INNER_PUNCT, TokenKind, ends_with_ignore_case, line_before};

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
                .or_else(|| transport_hub(doc, i))
                .or_else(|| place_at(doc, i))
                .or_else(|| named_place(doc, i))
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
    let organisation = || next_joined(doc, k, &[" "]).is_some_and(|n| toks[n].is_capitalised());
    if det.entity_type != EntityType::Location
        || !matches!(det.subtype, None | Some(Subtype::City | Subtype::State))
        || !DIVISIONS.contains(&word(doc, k))
        || organisation()
    {
        return (det, last);
    }
    det.end = toks[k].end;
    det.subtype = Some(Subtype::State);
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

// ---------------------------------------------------------------- form fields

/// The kind of form field whose label (`City:`, `Zip code -`, `"city":`) ends right
/// before token `i`, when `i` starts the field's value.
fn label_before(doc: &Document<'_>, i: usize) -> Option<Subtype> {
    let p = i.checked_sub(1)?;
    let g = gap(doc, p, i);
    if !g.bytes().any(|c| matches!(c, b':' | b'\t' | b'|' | b'='))
        || g.bytes().any(|c| matches!(c, b'\n' | b'{' | b'['))
    {
        return None;
    }
    [
        (LABEL_CITY, Subtype::City),
        (LABEL_REGION, Subtype::State),
        (LABEL_COUNTRY, Subtype::Country),
        (LABEL_POSTCODE, Subtype::Postcode),
        (LABEL_ADDRESS, Subtype::Address),
    ]
    .into_iter()
    .find_map(|(cue, subtype)| doc.is(p, cue).then_some(subtype))
}

/// A labelled field's value: a whole address line (continued on the next lines when they
/// are address parts), a city, region, country or postcode.
fn labelled_field(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    if let Some(found) = vcard_address(doc, i) {
        return Some(found);
    }
    let subtype = label_before(doc, i)?;
    // `Nationality: American` describes a person (NRP), not a country; `Estimated Delivery:
    // Thursday 6 November` is a date, not an address.
    // (`"nationality": "Sri Lankan"`: a nationality of two words.)
    if subtype == Subtype::Country && doc.any(i, NRP | NRP_PHRASE_START)
        || subtype == Subtype::Address && doc.is(i, MONTHS_AND_DAYS)
    {
        return None;
    }
    let t = doc.tokens[i];
    // Where the value starts (after a recipient's name, when there is one).
    let mut first = i;
    let (last, score) = match subtype {
        Subtype::Postcode => (postcode_at(doc, i)?, 0.85),
        Subtype::Address => {
            // One token (a wallet address, an e-mail) is not a street address.
            let mut end = field_value_end(doc, i, true).filter(|&e| e > i)?;
            // `Adres: Caferağa Mah. Moda Cad. No: 112, …`: a street found in the value goes
            // on past the colon of its number's word.
            // (The first token tried is the value's own: the recipient's-name test below
            // reads from it whether the value starts with such a street.)
            let street_in_value =
                (i..=end.min(i + 3)).find_map(|k| name_first_street(doc, k).map(|(_, last)| (k, last)));
            if let Some((_, last)) = street_in_value
                && last > end
            {
                end = last;
            }
            // `…, FL 33150 (freight forwarder)`, `…, CDMX. My phone is…`: where the street
            // address read from the value ends at a bracket or a sentence's end, the rest
            // of the line is a remark; `… m5h 1j8 thx`: a closing word is no address part.
            let street_address = address_at(doc, i);
            if let Some((_, last)) = street_address
                && last < end
                && gap(doc, last, last + 1).contains(['(', '.', '!', '?'])
            {
                end = last;
            }
            while end > i && doc.is(end, GREETINGS) {
                end -= 1;
            }
            // `Ship to: John Doe, 12 Main St, …`: the recipient's name before the address.
            // (`Address: Apt 12, The Granary, 41 Bridge St`: the address found at the number
            // may start before it, with a unit and a building's name.)
            if t.kind == TokenKind::Word
                && street_address.is_none()
                && !street_in_value.is_some_and(|(k, _)| k == i)
                && let Some((k, found)) = (i + 1..=end.min(i + 4)).find_map(|k| {
                    (gap(doc, k - 1, k).contains(',')
                        && (house_number(doc, k) && doc.tokens[k].len() <= 4 || doc.any(k, UNIT | POBOX)))
                    .then(|| address_at(doc, k))
                    .flatten()
                    .map(|(det, _)| (k, det))
                })
            {
                first = (i..=k).find(|&m| doc.tokens[m].start == found.start).unwrap_or(k);
            }
            tail(doc, end, 0.85).unwrap_or((end, 0.85))
        }
        _ => {
            // `PLZ/Ort: 50676 Köln`: the postcode and the city are found on their own.
            if !t.is_capitalised() || t.kind != TokenKind::Word {
                return None;
            }
            (field_value_end(doc, i, false)?, 0.85)
        }
    };
    let (start, end) = (doc.tokens[first].start, address_end(doc, first, last));
    let det = candidate(start, end, EntityType::Location, score, "location", "labelled field")
        .subtype(subtype)
        .validated("form label");
    Some((det, last))
}

/// A vCard address property, `ADR;TYPE=home:;;214 W Babcock St;Bozeman;MT;59715;USA`:
/// token `i` starts its value (after the empty PO box and extended-address fields), which
/// runs, semicolons and all, to the end of the line.
fn vcard_address(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let p = i.checked_sub(1)?;
    // Cheap gate: the value follows `:` or `;` with nothing else between.
    let g = gap(doc, p, i);
    if !g.ends_with([':', ';']) || g.contains('\n') {
        return None;
    }
    let t = doc.tokens[i];
    let line = crate::text::line_before(doc.text, t.start, 120)?;
    let property = line.get(..3).filter(|w| w.eq_ignore_ascii_case("adr"))?;
    let after_name = &line[property.len()..];
    let colon = after_name.find(':')?;
    // `ADR;TYPE=home:` then only empty fields before the value.
    if !(after_name.starts_with([':', ';']) && after_name[colon + 1..].bytes().all(|c| matches!(c, b';' | b' '))) {
        return None;
    }
    let rest = crate::text::line_after(doc.text, t.start, 200)?;
    let value = rest.trim_end_matches([';', ' ', '\r', '\t']);
    let end = t.start + value.len();
    let last = doc.tokens.partition_point(|k| k.end <= end).checked_sub(1).filter(|&l| l >= i)?;
    // At least a street and one more field.
    if !value.contains(';') {
        return None;
    }
    let det = candidate(t.start, doc.tokens[last].end, EntityType::Location, 0.9, "location", "vCard ADR")
        .subtype(Subtype::Address)
        .validated("vCard property");
    Some((det, last))
}

/// The last token of a form value starting at `i`: up to the end of the line, a quote
/// (JSON) or the next label; an address keeps its commas, other values end at one.
fn field_value_end(doc: &Document<'_>, i: usize, address: bool) -> Option<usize> {
    let toks = doc.tokens;
    let mut last = i;
    while last + 1 < toks.len() && last - i < 14 {
        let g = gap(doc, last, last + 1);
        // (`State: FL    Class: C`: two spaces or more part a form's columns.)
        let stop = g.contains(['\n', '|', '\t', ':', ';', '"', '=', '{', '}'])
            || !address && g.contains(',')
            || g.contains("  ");
        // `dl_state=CA pickup=LAX`: the next word is the next field's name.
        let next_key = doc.text[toks[last + 1].end..].starts_with('=');
        if stop || next_key {
            break;
        }
        last += 1;
    }
    (doc.tokens[i].is_capitalised() || doc.tokens[i].kind != TokenKind::Word || address).then_some(last)
}

// ---------------------------------------------------------------- addresses

/// A street address starting at token `i`: at a house number (or `No.`), a unit, a PO
/// box, a street type written first (`rue`, `Via`, `Calle`, `C/`) or a glued street name
/// followed by its number (`Hauptstraße 5`).
fn address_at(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let toks = doc.tokens;
    let t = toks[i];
    // Most tokens tried are words that are none of the starts below; two bit tests and a
    // length rule them out (`C`, `po` and `p` are the only short words that start one).
    if t.kind == TokenKind::Word
        && t.len() > 2
        && !doc.any(i, STREET_BEFORE | UNIT | POBOX)
        && !(t.is_capitalised() && toks.get(i + 1).is_some_and(|n| n.kind != TokenKind::Word))
    {
        return None;
    }
    let numbered = matches!(t.kind, TokenKind::Number | TokenKind::Alnum) && house_number(doc, i);
    let before_word = doc.has(i, STREET_BEFORE) || t.len() == 1 && is_calle_abbreviation(doc, i);
    let glued = t.is_capitalised()
        && t.kind == TokenKind::Word
        && toks.get(i + 1).is_some_and(|n| n.kind != TokenKind::Word)
        && number_after(doc, i).is_some()
        && doc.gaz.has_glued_street_suffix(word(doc, i));
    let unit = doc.any(i, UNIT | POBOX)
        || t.len() <= 2 && is_one_of(word(doc, i), &["po", "p"])
        || t.kind != TokenKind::Word && is_floor(doc, i);
    if !(numbered || before_word || glued || unit) {
        return None;
    }
    // Where the address starts: a unit or `No.` before the number, on this or the line above.
    let mut start = i;
    let mut k = i;
    if unit && !numbered && !before_word {
        let (after_unit, po_box) = unit_at(doc, i)?;
        if po_box {
            let (last, score) = tail(doc, after_unit, 0.55)?;
            return Some(make_address(doc, i, last, score));
        }
        k = next_part(doc, after_unit)?;
        // `Flat 12B, Sai Krupa Apartments, 4th Cross`: a building's name between unit and street.
        if let Some(b) = building_name(doc, k) {
            // `Unit 7, Riverside Business Park, Haddenham, Aylesbury HP17 8LJ`: no street at all.
            let street = next_part(doc, b)
                .filter(|&n| house_number(doc, n) || doc.has(n, STREET_BEFORE) || street_from(doc, n).is_some());
            let Some(n) = street else {
                let (last, strong) = strong_tail(doc, b)?;
                return strong.then(|| make_address(doc, i, last, 0.8));
            };
            k = n;
        }
        if !house_number(doc, k)
            && !doc.has(k, STREET_BEFORE)
            && !is_calle_abbreviation(doc, k)
            && !is_ordinal(word(doc, k))
        {
            // A street without a number after the unit: `Flat 9\nKingsley Court\nHarrow Road\nLondon`.
            let (street_end, _) = street_from(doc, k).or_else(|| plain_street(doc, k).map(|e| (e, false)))?;
            let (last, strong) = strong_tail(doc, street_end)?;
            return strong.then(|| make_address(doc, i, last, 0.8));
        }
    } else if numbered {
        start = prefix_before(doc, i).unwrap_or(i);
    } else if glued {
        start = street_preposition_before(doc, i).unwrap_or(i);
    }
    if is_ordinal(word(doc, k)) {
        // `4th Cross, Indiranagar, Bengaluru 560038`.
        let end = plain_street(doc, k)?;
        let (last, strong) = strong_tail(doc, end)?;
        return strong.then(|| make_address(doc, start, last, 0.8));
    }
    if let Some((street_end, has_number)) = street_from(doc, k) {
        let base = if has_number { 0.8 } else { 0.5 };
        let (last, mut score) = tail(doc, street_end, base).unwrap_or((street_end, base));
        if last == street_end && (product_noun_after(doc, start, street_end) || plain_words_street(doc, k, street_end))
        {
            // `I ordered 12 Park Lane tote bags`: a quantity and a product line's name;
            // `a 5 minute walk`, `2 seats row 14`: a quantity and ordinary words.
            score = 0.4;
        }
        if !has_number && last == street_end {
            // `Mac OS X`: a street type's abbreviation in capitals before one letter is a
            // product's name.
            if street_end == i + 1 && toks[i].is_all_upper() && toks[street_end].len() == 1 {
                return None;
            }
            // A street name without a number is a place, not an address.
            let det = candidate(
                toks[start].start,
                toks[street_end].end,
                EntityType::Location,
                0.55,
                "location",
                "street name",
            );
            return Some((det, street_end));
        }
        return Some(make_address(doc, start, last, score));
    }
    // `Flat 3, 41 Cotham Brow, Bristol BS6 6AW`: a street type we do not know, accepted when
    // the rest is unmistakably an address (a postcode, or a region code).
    if !house_number(doc, k) {
        return None;
    }
    // `#12, 3rd Main, 5th Cross` (India): after `#` or `No.` a comma may follow the number.
    let marked = k > 0 && gap(doc, k - 1, k).ends_with('#') || start < k;
    let after_comma = || {
        let n = next_joined(doc, k, &[", "])
            .filter(|&n| marked && (doc.tokens[n].is_capitalised() || is_ordinal(word(doc, n))))?;
        Some(plain_street(doc, n).unwrap_or(n))
    };
    let names_end = plain_street(doc, k).or_else(after_comma)?;
    let (last, strong) = strong_tail(doc, names_end)?;
    strong.then(|| make_address(doc, start, last, 0.75))
}

/// `Rose Cottage, Mill Lane, Little Shelford, Cambridge CB22 5EY`: a street without a
/// house number (after a building's name or not), accepted when a postcode or region code
/// follows.
fn unnumbered_street(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let toks = doc.tokens;
    if !toks[i].is_capitalised() || toks[i].kind != TokenKind::Word {
        return None;
    }
    // Most capitalised words are no street: look for a capitalised street type (one bit per
    // token, far enough for a building's name before the street) before anything else; a
    // street without a number always writes its type capitalised (`Mill Lane`).
    let typed_near = doc.flags_present & (STREET_AFTER | STREET_BEFORE) != 0
        && (i..(i + 9).min(toks.len())).any(|m| toks[m].is_capitalised() && doc.any(m, STREET_AFTER | STREET_BEFORE));
    if !typed_near && word(doc, i).len() < 6 || doc.is(i, NOT_NAME) {
        return None;
    }
    let street = if typed_near { building_name(doc, i).and_then(|b| next_part(doc, b)).unwrap_or(i) } else { i };
    let typed = typed_near && (street..(street + 5).min(toks.len())).any(|m| doc.any(m, STREET_AFTER | STREET_BEFORE));
    let end = if typed {
        match street_from(doc, street) {
            Some((end, false)) => end,
            _ => return None,
        }
    } else if street == i
        && word(doc, i).len() >= 6
        && after_place_word(doc, i)
        && doc.gaz.has_glued_street_suffix(word(doc, i))
        && !doc.has(i, STREET_AFTER)
    {
        // `op de Biltstraat`: a street type glued to the name, without a number.
        i
    } else {
        return None;
    };
    // A postcode, not just a city: `MG Road Branch, Bengaluru` is a bank branch.
    if let Some((last, _)) = strong_tail(doc, end)
        && (end + 1..=last).any(|k| postcode_in_address(doc, k).is_some())
    {
        return Some(make_address(doc, i, last, 0.75));
    }
    // A street on its own after a place word: `at your Oxford Street store`, `op de
    // Biltstraat`; not the first words of a longer name (`Wall Street Journal`).
    let name_goes_on = next_joined(doc, end, &[" "]).is_some_and(|k| toks[k].is_capitalised());
    // Street types that also end names of organisations (`Redwood Credit Union`).
    let organisation = is_one_of(word(doc, end), &["union", "center", "centre", "exchange", "club"]);
    // `the Oxford Street store`, `the King Street branch`: the street a shop is named after.
    let shop_after = next_joined(doc, end, &[" "]).is_some_and(|k| {
        is_one_of(word(doc, k), &["store", "shop", "branch", "outlet", "showroom", "depot", "warehouse"])
    });
    (street == i && !organisation && (shop_after || !name_goes_on && after_place_word(doc, i))).then(|| {
        let end = crossing_street(doc, end).unwrap_or(end);
        let det = candidate(toks[i].start, toks[end].end, EntityType::Location, 0.6, "location", "street name");
        (det, end)
    })
}

/// `Fair Oaks Blvd and Howe Ave`, `Cermak Rd & Halsted St`: the street crossing the one ending
/// at token `end` (an intersection is one place). Where the second street ends.
fn crossing_street(doc: &Document<'_>, end: usize) -> Option<usize> {
    let toks = doc.tokens;
    if end + 1 >= toks.len() {
        return None;
    }
    let n = match gap(doc, end, end + 1) {
        " & " | " / " => end + 1,
        " " if toks.get(end + 2).is_some() && word(doc, end + 1) == "and" && gap(doc, end + 1, end + 2) == " " => {
            end + 2
        }
        _ => return None,
    };
    if !toks.get(n).is_some_and(|t| t.is_capitalised()) {
        return None;
    }
    match street_from(doc, n) {
        Some((e, false)) => Some(e),
        _ => None,
    }
}

/// Is token `i` written after a preposition or verb of place, perhaps with an article or
/// possessive between (`on the`, `op de`, `at your`)?
fn after_place_word(doc: &Document<'_>, i: usize) -> bool {
    let Some(mut p) = i.checked_sub(1).filter(|&p| gap(doc, p, i) == " ") else {
        return false;
    };
    if is_one_of(word(doc, p), &["the", "de", "der", "die", "la", "le", "el", "het", "your", "our", "my"]) {
        let Some(q) = p.checked_sub(1).filter(|&q| gap(doc, q, p) == " ") else {
            return false;
        };
        p = q;
    }
    doc.is(p, PLACE_CUES) || is_one_of(word(doc, p), &["on", "off", "op", "along", "auf", "an", "down", "up"])
}

/// An airport, terminal or station a trip starts or ends at, after a place cue: `from
/// Logan Airport Terminal B`, `to Amsterdam Centraal`, `at Kempegowda International Airport`.
/// One to three capitalised words, then the hub's word and an optional terminal.
fn transport_hub(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    const HUBS: &[&str] = &["airport", "terminal", "centraal", "station", "hauptbahnhof"];
    let toks = doc.tokens;
    if toks[i].kind != TokenKind::Word || !toks[i].is_capitalised() {
        return None;
    }
    let p = i.checked_sub(1).filter(|&p| doc.is(p, PLACE_CUES) && gap(doc, p, i) == " ")?;
    if toks[p].is_capitalised() || doc.is(i, NOT_NAME) {
        return None;
    }
    let mut k = i;
    for _ in 0..4 {
        k = next_joined(doc, k, &[" "]).filter(|&n| toks[n].is_capitalised() && toks[n].kind == TokenKind::Word)?;
        if is_one_of(word(doc, k), HUBS) {
            let terminal = |n: usize| word(doc, n).eq_ignore_ascii_case("terminal");
            let mut last = next_joined(doc, k, &[" "]).filter(|&n| !terminal(k) && terminal(n)).unwrap_or(k);
            // `Terminal 2`, `Terminal B`, `Terminal 2E`.
            if terminal(last) {
                last = next_joined(doc, last, &[" "]).filter(|&n| toks[n].len() <= 2).unwrap_or(last);
            }
            let det = candidate(toks[i].start, toks[last].end, EntityType::Location, 0.75, "location", "transport hub");
            return Some((det, last));
        }
    }
    None
}

/// `our Headingley branch`, `your Menlyn branch`: a bank's or a shop's branch named after
/// its place, one or two capitalised words between a possessive or `the` and `branch`.
/// (A pass of its own over the few `branch` tokens, found by their cue bit, rather than a
/// look after every capitalised word.)
fn branch_places(doc: &Document<'_>, out: &mut Vec<Detection>) {
    const OWNERS: &[&str] = &["our", "your", "the", "my", "their", "its", "his", "her"];
    let toks = doc.tokens;
    let place_word = |k: usize| {
        toks[k].kind == TokenKind::Word
            && toks[k].is_capitalised()
            && !toks[k].is_all_upper()
            && !doc.is(k, NOT_NAME)
            && !doc.is(k, DIRECTIONS)
            && !doc.is(k, MONTHS_AND_DAYS)
    };
    let owner_before = |k: usize| k > 0 && gap(doc, k - 1, k) == " " && is_one_of(word(doc, k - 1), OWNERS);
    for branch in 1..toks.len() {
        if !(doc.may_end_cue(branch, PLACE_CUES.bit())
            && toks[branch].len() == 6
            && word(doc, branch).eq_ignore_ascii_case("branch"))
        {
            continue;
        }
        let last = branch - 1;
        if gap(doc, last, branch) != " " || !place_word(last) {
            continue;
        }
        let two_words = last > 0 && gap(doc, last - 1, last) == " " && place_word(last - 1) && owner_before(last - 1);
        let first = if two_words { last - 1 } else { last };
        if first == last && !owner_before(first) {
            continue;
        }
        let det =
            candidate(toks[first].start, toks[last].end, EntityType::Location, 0.7, "location", "place of a branch");
        out.push(det);
    }
}

/// An Irish address without a house number, its places before the county (`Knockanean,
/// Ennis, Co. Clare, V95 F6P2`, `Main Street, Oughterard, Co. Galway`): up to four parts of
/// one to four capitalised words (or a house number), each before a comma, then `Co.` and
/// the county, then the Eircode if one follows. A part after a title is a person's name
/// (`Mr Hanrahan, Ballyvoreen, Croom, Co. Limerick`).
fn county_addresses(doc: &Document<'_>, out: &mut Vec<Detection>) {
    const MAX_PARTS: usize = 4;
    const MAX_PART_WORDS: usize = 4;
    let toks = doc.tokens;
    // (Irish places' own: `Cnoc na Gaoithe`, `Baile an Mhuilinn`.)
    let particle = |k: usize| doc.is(k, NAME_PARTICLES) || is_one_of(word(doc, k), &["na", "an", "ní", "uí"]);
    let part_word = |k: usize| toks[k].is_capitalised() && !doc.is(k, TITLES) || house_number(doc, k) || particle(k);
    // (A searcher built once finds `Co. ` faster than a walk over the tokens.)
    static COUNTY: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"Co. "));
    if !doc.punctuation.has(b'.') {
        return;
    }
    for at in COUNTY.find_iter(doc.text.as_bytes()) {
        let co = toks.partition_point(|t| t.start < at);
        if co == 0
            || co + 1 >= toks.len()
            || toks[co].start != at
            || gap(doc, co - 1, co) != ", "
            || gap(doc, co, co + 1) != ". "
            || !doc.has(co + 1, REGION)
        {
            continue;
        }
        let mut first = co;
        for _ in 0..MAX_PARTS {
            if first == 0 || !matches!(gap(doc, first - 1, first), ", " | "," | ",\n") || !part_word(first - 1) {
                break;
            }
            let mut start = first - 1;
            while start > 0
                && first - start < MAX_PART_WORDS
                && gap(doc, start - 1, start) == " "
                && part_word(start - 1)
            {
                start -= 1;
            }
            if start > 0 && gap(doc, start - 1, start) == " " && doc.is(start - 1, TITLES) {
                break;
            }
            // (`Cnoc na Gaoithe`: a particle inside a part, never at its start.)
            while particle(start) && !toks[start].is_capitalised() {
                start += 1;
            }
            first = start;
            // A unit starts an address (`Unit 2, Ballinascarthy Business Park`): what is
            // before it is a company's or a person's name.
            if doc.has(start, UNIT) {
                break;
            }
        }
        if first == co {
            continue;
        }
        let county = co + 1;
        let last = next_part(doc, county).and_then(|k| postcode_in_address(doc, k)).unwrap_or(county);
        let det = candidate(
            toks[first].start,
            toks[last].end,
            EntityType::Location,
            0.85,
            "location",
            "Irish county address",
        );
        // (The lines above it, `Apt 6, Harbour View⏎Strand Road⏎Bray, Co. Wicklow`.)
        let (det, last) = extend_head(doc, det.subtype(Subtype::Address), last);
        out.push(extend_block_upwards(doc, det, last).0);
    }
}

/// A landmark given to find an address (common in India): `opposite Gopalan Mall`,
/// `Landmark: near City Hospital`, `behind Shiv Temple`. One to three capitalised words
/// ending in a word for a public place, after a word of position.
fn landmark(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let toks = doc.tokens;
    let p = i.checked_sub(1).filter(|&p| toks[p].kind == TokenKind::Word && matches!(gap(doc, p, i), " " | ": "))?;
    let positioned = is_one_of(word(doc, p), &["opposite", "opp", "near", "behind", "beside", "landmark"])
        || word(doc, p).eq_ignore_ascii_case("to") && p > 0 && word(doc, p - 1).eq_ignore_ascii_case("next");
    if !positioned || !toks[i].is_capitalised() || toks[i].kind != TokenKind::Word || doc.is(i, NOT_NAME) {
        return None;
    }
    let mut k = i;
    for _ in 0..3 {
        let w = word(doc, k);
        if k > i
            && is_one_of(
                w,
                &[
                    "mall",
                    "station",
                    "hospital",
                    "temple",
                    "church",
                    "mosque",
                    "school",
                    "college",
                    "university",
                    "airport",
                    "park",
                    "market",
                    "bazaar",
                    "stadium",
                    "museum",
                    "cinema",
                    "theatre",
                    "theater",
                    "bridge",
                    "tower",
                    "square",
                    "circle",
                    "chowk",
                    "metro",
                    "gate",
                    "petrol",
                    "pump",
                ],
            )
        {
            let det = candidate(toks[i].start, toks[k].end, EntityType::Location, 0.6, "location", "landmark");
            return Some((det, k));
        }
        k = next_joined(doc, k, &[" "]).filter(|&n| toks[n].is_capitalised() && toks[n].kind == TokenKind::Word)?;
    }
    None
}

/// A place the gazetteers do not know, named after a word for one: `a small town called
/// Hebden Bridge`, `the village of Kersey`. One to three capitalised words.
fn named_place(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let toks = doc.tokens;
    let p = i.checked_sub(2)?;
    if !matches!(toks[p + 1].len(), 2 | 5 | 6)
        || !(gap(doc, p + 1, i) == " " && gap(doc, p, p + 1) == " ")
        || !is_one_of(word(doc, p + 1), &["called", "named", "of"])
        || !is_one_of(
            word(doc, p),
            &["town", "city", "village", "suburb", "hamlet", "neighbourhood", "neighborhood", "municipality", "county"],
        )
    {
        return None;
    }
    let mut last = i;
    while let Some(k) = next_joined(doc, last, &[" ", "-"])
        .filter(|&k| k - i < 3 && toks[k].kind == TokenKind::Word && toks[k].is_capitalised() && !doc.is(k, NOT_NAME))
    {
        last = k;
    }
    let t = toks[i];
    (t.kind == TokenKind::Word && t.is_capitalised() && !doc.is(i, NOT_NAME)).then(|| {
        let det = candidate(t.start, toks[last].end, EntityType::Location, 0.7, "location", "named place")
            .subtype(Subtype::City);
        (det, last)
    })
}

/// `I ordered 12 Park Lane tote bags`: a street starting at token `s` (a quantity) after a
/// verb of buying, ending at `e` and followed by an ordinary lower-case noun. Words that
/// close a sentence about a place (`now`, `tomorrow`, `instead`, `please`) and function
/// words do not count.
fn product_noun_after(doc: &Document<'_>, s: usize, e: usize) -> bool {
    let bought = s.checked_sub(1).is_some_and(|p| {
        gap(doc, p, s) == " "
            && is_one_of(
                word(doc, p),
                &["ordered", "bought", "purchased", "got", "received", "returned", "order", "buy", "need", "want"],
            )
    });
    bought
        && next_joined(doc, e, &[" "]).is_some_and(|k| {
            let t = doc.tokens[k];
            t.kind == TokenKind::Word
                && !t.is_capitalised()
                && doc.lookup(k).has(ENGLISH)
                && !doc.is(k, NOT_NAME)
                && !doc.any(k, UNIT | POBOX | STREET_AFTER)
                && !doc.is(k, MONTHS_AND_DAYS)
                && !is_one_of(
                    word(doc, k),
                    &[
                        "now",
                        "today",
                        "tomorrow",
                        "tonight",
                        "yesterday",
                        "instead",
                        "please",
                        "pls",
                        "thanks",
                        "thank",
                        "asap",
                        "anymore",
                        "again",
                        "too",
                        "also",
                        "though",
                        "apartment",
                        "flat",
                        "unit",
                        "building",
                        "house",
                        "address",
                        "entrance",
                        "door",
                        "gate",
                        "side",
                        "back",
                        "front",
                        "near",
                        "next",
                    ],
                )
        })
}

/// `Lange Voorhout 14\n2514 ED Den Haag`: capitalised words, a house number, then a
/// postcode or region: a street whose type we do not know, written name first.
fn name_first_street(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let toks = doc.tokens;
    if !toks[i].is_capitalised() || toks[i].kind != TokenKind::Word {
        return None;
    }
    // The house number is one of the next three tokens, and it is never a word.
    if !toks[i + 1..(i + 4).min(toks.len())].iter().any(|t| t.kind != TokenKind::Word) || doc.is(i, NOT_NAME) {
        return None;
    }
    let mut m = i;
    for _ in 0..3 {
        // (`Kopenhagener Str. 9`: after an abbreviated street type, its dot.)
        let abbreviation = m > i && toks[m].len() <= 4 && doc.has(m, STREET_AFTER);
        let next = next_joined(doc, m, if abbreviation { &[" ", ". "] } else { &[" "] })?;
        // (`Bağdat Cad. No: 245/3`: the number's word after the street type.)
        let number = after_number_word(doc, next).filter(|_| m > i && doc.has(m, STREET_AFTER)).unwrap_or(next);
        if (house_number(doc, number) || slashed_number(doc, number)) && toks[number].len() <= 4 {
            let end = number_after(doc, m)?;
            let (last, strong) = strong_tail(doc, end)?;
            // `Anschluss Kopenhagener Str. 9`: German capitalises its nouns, so before a
            // separate `Straße` only the adjective right before it names the street.
            let german = is_one_of(word(doc, m), &["str", "straße", "strasse"]) && m >= i + 2;
            let start = if german { m - 1 } else { street_preposition_before(doc, i).unwrap_or(i) };
            return strong.then(|| make_address(doc, start, last, 0.75));
        }
        if !(toks[next].is_capitalised() && toks[next].kind == TokenKind::Word || doc.is(next, NAME_PARTICLES)) {
            return None;
        }
        // `Lieferung an Bahnhofstrasse 10`: after a preposition (not a name's particle,
        // `Witte de Withstraat`) a street named in one glued word starts there.
        if is_one_of(word(doc, next), &["an", "in", "auf", "nach", "bei", "zu", "zur", "zum", "für"])
            && next_joined(doc, next, &[" "]).is_some_and(|g| doc.gaz.has_glued_street_suffix(word(doc, g)))
        {
            return None;
        }
        m = next;
    }
    None
}

/// `Am Marktplatz 3`, `An der Alster 12`: the German preposition (and article) that
/// names many streets, before the glued street name at `i`. Where the address starts.
fn street_preposition_before(doc: &Document<'_>, i: usize) -> Option<usize> {
    let p = i.checked_sub(1).filter(|&p| gap(doc, p, i) == " ")?;
    if is_one_of(word(doc, p), &["Am", "Im", "Zum", "Zur", "Beim"]) && doc.tokens[p].is_capitalised() {
        return Some(p);
    }
    let q = p.checked_sub(1).filter(|&q| gap(doc, q, p) == " " && doc.tokens[q].is_capitalised())?;
    (is_one_of(word(doc, p), &["der", "dem", "den"]) && is_one_of(word(doc, q), &["An", "In", "Auf", "Unter", "Vor"]))
        .then_some(q)
}

/// A building's name at `k`: capitalised words ending in a building word
/// (`Sai Krupa Apartments`, `Kingsley Court`). Its last token.
fn building_name(doc: &Document<'_>, k: usize) -> Option<usize> {
    let toks = doc.tokens;
    let mut m = k;
    for _ in 0..4 {
        if !(toks[m].is_capitalised() && toks[m].kind == TokenKind::Word) {
            return None;
        }
        if m > k && doc.is(m, BUILDING_WORDS) {
            return Some(m);
        }
        m = next_joined(doc, m, &[" "])?;
    }
    None
}

fn make_address(doc: &Document<'_>, first: usize, last: usize, score: f32) -> (Detection, usize) {
    let toks = doc.tokens;
    let end = address_end(doc, first, last);
    let det = candidate(toks[first].start, end, EntityType::Location, score, "location", "street address")
        .subtype(Subtype::Address)
        .validated("street type + house number");
    (det, last)
}

/// Where an address from token `first` to `last` ends: `00184 Roma (RM)`, a province in
/// brackets at the end, keeps its closing bracket.
fn address_end(doc: &Document<'_>, first: usize, last: usize) -> usize {
    let end = doc.tokens[last].end;
    let bracketed = last > first && gap(doc, last - 1, last).ends_with('(') && doc.text[end..].starts_with(')');
    end + usize::from(bracketed)
}

/// A house number: `12`, `12B`, `221b`, `12 bis`, at most 5 digits, not part of a time
/// (`09:41`) or a decimal.
fn house_number(doc: &Document<'_>, i: usize) -> bool {
    let t = doc.tokens[i];
    // Called for every number near a street word: the shape first, the neighbours after.
    let s = t.text(doc.text).as_bytes();
    if t.kind == TokenKind::Word || s[0] == b'0' {
        return false;
    }
    let digits = s.iter().take_while(|c| c.is_ascii_digit()).count();
    let suffix = &s[digits..];
    let shape = (1..=5).contains(&digits)
        && (suffix.is_empty()
            || suffix.len() == 1 && suffix[0].is_ascii_alphabetic()
            || suffix.eq_ignore_ascii_case(b"bis")
            || suffix.eq_ignore_ascii_case(b"ter"));
    if !shape {
        return false;
    }
    // Not part of a time, a decimal, a price, or a longer digit run (`4192 3875 9956 3112`).
    let glued_before = i > 0
        && doc.tokens[i - 1].kind == TokenKind::Number
        && matches!(gap(doc, i - 1, i), ":" | "." | "," | "$" | "€" | "£" | " ");
    let after = doc.text.as_bytes().get(t.end).copied();
    let glued_after = matches!(after, Some(b':' | b'.' | b'%' | b'/' | b','))
        && doc.text.as_bytes().get(t.end + 1).is_some_and(u8::is_ascii_digit);
    // `#A-44120`, `SUB-2024`: the number of a reference with a letter prefix.
    let reference = i > 0
        && gap(doc, i - 1, i) == "-"
        && doc.tokens[i - 1].kind == TokenKind::Word
        && doc.text[..doc.tokens[i - 1].start].ends_with('#');
    // `à 14h`, `vers 9h`: a French hour.
    let hour = suffix.eq_ignore_ascii_case(b"h")
        && digits <= 2
        && i > 0
        && is_one_of(word(doc, i - 1), &["à", "a", "vers", "dès", "entre", "et", "avant", "après", "jusqu'à"]);
    !glued_before && !glued_after && !reference && !hour
}

/// Is the street `k..=end` (after its number) written in lower case and ended by a type
/// that is also an everyday word (`walk`, `row`, `park`, `way`, `place`)? Alone, with no
/// town or postcode after it, that is a quantity in a sentence, not an address; `oak st`,
/// `elm street` keep an unmistakable type.
fn plain_words_street(doc: &Document<'_>, k: usize, end: usize) -> bool {
    const UNMISTAKABLE: &[&str] = &["street", "road", "avenue", "lane", "boulevard", "highway", "parkway"];
    let lower = (k..=end).all(|m| !doc.tokens[m].is_capitalised());
    let w = word(doc, end);
    lower && doc.lookup(end).has(ENGLISH) && !is_one_of(w, UNMISTAKABLE)
}

/// A `No.` / `Nr.` / `#` or a Queens-style `45-` written before a house number: where the
/// address starts.
fn prefix_before(doc: &Document<'_>, i: usize) -> Option<usize> {
    let p = i.checked_sub(1)?;
    let g = gap(doc, p, i);
    // `45-12 Kissena Blvd` (Queens), `14/220 Grey Street` (unit/number, Australia),
    // `1802-65 Bremner Blvd` (unit-number, Canada).
    if matches!(g, "-" | "/") && doc.tokens[p].kind == TokenKind::Number && doc.tokens[p].len() <= 4 {
        // (`Unit 3, 15-17 Beach Road`: a unit before the range.)
        return Some(unit_before(doc, p).unwrap_or(p));
    }
    if matches!(g, ". " | " " | ".") && doc.is(p, HOUSE_NUMBER_WORDS) && doc.tokens[p].is_capitalised() {
        return Some(p);
    }
    unit_before(doc, i)
}

/// `C/ Mayor 12`: the Spanish abbreviation of *calle*.
fn is_calle_abbreviation(doc: &Document<'_>, i: usize) -> bool {
    word(doc, i) == "C" && i + 1 < doc.tokens.len() && matches!(gap(doc, i, i + 1), "/ " | "/")
}

/// A floor written with an ordinal indicator: `1º`, `4ª`.
fn is_floor(doc: &Document<'_>, i: usize) -> bool {
    let w = word(doc, i);
    w.len() <= 5 && w.starts_with(|c: char| c.is_ascii_digit()) && (w.ends_with('º') || w.ends_with('ª'))
}

/// A street starting at token `k`: `number [dir] Name… Type [Type] [dir]`,
/// `[number[,]] Type-first Name…[ number]`, `Glued-name number`, or `Name… Type number`.
/// Returns the last token and whether there is a house number.
fn street_from(doc: &Document<'_>, k: usize) -> Option<(usize, bool)> {
    let toks = doc.tokens;
    let n = toks.len();
    let has_number = house_number(doc, k);
    let mut j = k;
    if has_number {
        j = next_joined(doc, k, &[" ", ", "])?;
        if doc.is(j, DIRECTIONS) && toks[j].len() <= 5 {
            j = next_joined(doc, j, &[" ", ". "])?;
        }
    }
    // `Hauptstraße 5`, `12 Keizersgracht`.
    if toks[j].is_capitalised()
        && toks[j].kind == TokenKind::Word
        && doc.gaz.has_glued_street_suffix(word(doc, j))
        // `Kaiser-Wilhelm-Str.` takes its parts' flags: a street type, but glued.
        && (!doc.has(j, STREET_AFTER) || word(doc, j).contains('-'))
    {
        return number_after(doc, j).map(|e| (e, true)).or(has_number.then_some((j, true)));
    }
    // `rue de Rivoli`, `Via Roma 10`, `Calle Mayor, 12`, `C/ Mayor 12`.
    if doc.has(j, STREET_BEFORE) || is_calle_abbreviation(doc, j) {
        let lower_type = !toks[j].is_capitalised();
        // `1986, via Seattle`: the English preposition; Italian writes the number after the
        // street's name (`via Roma 12`).
        if has_number && lower_type && word(doc, j) == "via" {
            return None;
        }
        let mut last = None;
        let mut m = j;
        // (`boulevard J.F. Kennedy`: an initial keeps its dot.)
        while let Some(next) = next_joined(doc, m, &[" ", "-", "'", "/ ", "/"])
            .or_else(|| (m == j).then(|| next_joined(doc, m, &[". "])).flatten())
            .or_else(|| (m > j && is_letter(doc, m)).then(|| next_joined(doc, m, &[".", ". "])).flatten())
        {
            let w = word(doc, next);
            if after_number_word(doc, next).is_some() {
                break;
            }
            let name = toks[next].kind == TokenKind::Word && (toks[next].is_capitalised() || lower_type && has_number);
            if name || doc.is(next, NAME_PARTICLES) || toks[next].kind == TokenKind::Alnum && is_ordinal(w) {
                m = next;
                if !doc.is(next, NAME_PARTICLES) {
                    last = Some(next);
                }
                if next - j > 6 {
                    break;
                }
            } else {
                break;
            }
        }
        let last = last?;
        if has_number {
            return Some((section_number(doc, last).unwrap_or(last), true));
        }
        let numbered = number_after(doc, last);
        // `via ACH`, `rue` in a sentence: a type-first street needs its number.
        if numbered.is_none() && (lower_type || word(doc, j).eq_ignore_ascii_case("via")) {
            return None;
        }
        return numbered.map(|e| (e, true)).or(Some((last, false)));
    }
    // `Main Street`, `5th Ave`, `Maple Ridge Ct`: name words then a street type.
    let mut m = j;
    let mut words = 0;
    loop {
        let t = toks[m];
        let w = word(doc, m);
        // Lower-case street names only in lower-case writing (`42 oak st`), never function words.
        let lower_ok = has_number && !doc.is(m, NOT_NAME) && !doc.is(m, MONTHS_AND_DAYS);
        let name_like = t.kind == TokenKind::Word && (t.is_capitalised() || lower_ok)
            || t.kind == TokenKind::Alnum && is_ordinal(w)
            || t.kind == TokenKind::Number && has_number && words == 0 && t.len() <= 4;
        let first_lower = !toks[j].is_capitalised();
        // Lower-case `via` is the preposition (`2 parcels via DHL`), not a viaduct.
        let preposition = !t.is_capitalised() && w.eq_ignore_ascii_case("via");
        if words > 0 && doc.has(m, STREET_AFTER) && !preposition && (t.is_capitalised() || has_number && first_lower) {
            let mut end = m;
            // Stacked types (`Maple Ridge Ct`, `Quarry Hill Court`): the last one ends it.
            while let Some(next) = next_joined(doc, end, &[" "]) {
                if doc.has(next, STREET_AFTER) && (toks[next].is_capitalised() || has_number) {
                    end = next;
                } else {
                    break;
                }
            }
            // `St.`, then an optional direction: `Main St NW`, `Dundas St W`; or a whole word
            // before the address's next part, as Irish streets have (`Dominick Street Lower,`).
            let sided = |d: usize| {
                (doc.is(d, DIRECTIONS) || is_one_of(word(doc, d), &["lower", "upper"]))
                    && doc.text[toks[d].end..].starts_with([',', '\n'])
            };
            if let Some(d) = next_joined(doc, end, &[" ", ". "])
                && toks[d].is_capitalised()
                && (toks[d].len() <= 2 && doc.is(d, DIRECTIONS) || sided(d))
            {
                end = d;
            }
            if has_number {
                // `1324 State Highway 3, RD 6`: a route's number after its type.
                let route = next_joined(doc, end, &[" "]).filter(|&r| {
                    toks[r].is_number()
                        && toks[r].len() <= 3
                        && doc.text[toks[r].end..].starts_with([',', '\n'])
                        && is_one_of(word(doc, end), &["highway", "hwy", "route", "rte"])
                });
                return Some((route.unwrap_or(end), true));
            }
            return number_after(doc, end).map(|e| (e, true)).or(Some((end, false)));
        }
        if !name_like || words >= 4 || m + 1 >= n {
            return None;
        }
        words += 1;
        m = next_joined(doc, m, &[" "])?;
    }
}

/// After a house number, one to four capitalised words (a street whose type we do not
/// know): their last token.
fn plain_street(doc: &Document<'_>, k: usize) -> Option<usize> {
    let toks = doc.tokens;
    let mut last = None;
    let mut m = k;
    while let Some(next) = next_joined(doc, m, &[" "]) {
        let t = toks[next];
        let ok = t.kind == TokenKind::Word
            && t.is_capitalised()
            && !t.is_all_upper()
            && !doc.is(next, MONTHS_AND_DAYS)
            && !doc.is(next, NOT_NAME)
            || is_ordinal(word(doc, next))
            || doc.is(next, NAME_PARTICLES);
        if !ok || next - k > 4 {
            break;
        }
        last = Some(next);
        m = next;
    }
    last
}

fn is_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && digits <= 3 && is_one_of(&w[digits..], &["st", "nd", "rd", "th"])
}

/// A house number right after token `i` (`Straße 5`, `Via Roma, 10`, `Keizersgracht
/// 221-H`, `Calle Mayor 12`).
fn number_after(doc: &Document<'_>, i: usize) -> Option<usize> {
    // `Hauptstr. 58`: an abbreviated street type keeps its dot.
    let w = word(doc, i);
    // (`Kopenhagener Str. 9`: the type alone, abbreviated.)
    let abbreviated = ends_with_ignore_case(w, "str");
    // (`Moda Cad. No: 112`: any short type keeps its dot before a number's word.)
    let short_type = || doc.tokens[i].len() <= 4 && doc.has(i, STREET_AFTER);
    let mut j = next_joined(doc, i, &[" ", ", "])
        .or_else(|| abbreviated.then(|| next_joined(doc, i, &[". "])).flatten())
        .or_else(|| next_joined(doc, i, &[". "]).filter(|&k| short_type() && after_number_word(doc, k).is_some()))?;
    if let Some(k) = after_number_word(doc, j) {
        j = k;
    }
    let slashed = slashed_number(doc, j);
    if !(house_number(doc, j) || slashed) || doc.tokens[j].len() >= 5 {
        // A five-digit number after a street is a postcode.
        return None;
    }
    // `12-14`, `22/5`, `221-H`, `45/3/12`.
    if let Some(k) = next_joined(doc, j, &["-", "/"]) {
        let t = doc.tokens[k];
        if t.kind == TokenKind::Number && t.len() <= 4 || t.len() == 1 && t.is_capitalised() {
            return Some(next_joined(doc, k, &["/"]).filter(|_| slashed).unwrap_or(k));
        }
    }
    // `Hämeenkatu 21 B 14,` (Finland): the staircase's letter and the flat's number.
    let flat = next_joined(doc, j, &[" "])
        .filter(|&k| is_letter(doc, k))
        .and_then(|k| next_joined(doc, k, &[" "]))
        .filter(|&f| is_short_number(doc, f, 3) && doc.text[doc.tokens[f].end..].starts_with([',', '\n']));
    Some(flat.unwrap_or(j))
}

/// `No 8, Jalan Bukit Indah 3/12`, `Jalan SS 15/4D` (Malaysia): the section number after a
/// numbered street's name, its last token.
fn section_number(doc: &Document<'_>, last: usize) -> Option<usize> {
    let toks = doc.tokens;
    let k = next_joined(doc, last, &[" "]).filter(|&k| is_short_number(doc, k, 3))?;
    next_joined(doc, k, &["/"]).filter(|&m| toks[m].kind != TokenKind::Word && toks[m].len() <= 3)
}

/// `Jl. Cihampelas No. 120`, `Moda Cad. No: 112`, `Via Roma nº 5`: when token `j` is a
/// number's word (`No`, `Nr`, `nº`), the token after it.
fn after_number_word(doc: &Document<'_>, j: usize) -> Option<usize> {
    (doc.tokens[j].len() <= 3 && is_one_of(word(doc, j), &["no", "nr", "nº", "nro", "n"]))
        .then(|| next_joined(doc, j, &[". ", ": ", " ", "."]))
        .flatten()
        .filter(|&k| doc.tokens[k].kind == TokenKind::Number)
}

/// `Marszałkowska 84/92`, `Mariahilfer Straße 45/3/12` (house, stair, door): after a
/// street name, a number over one or two short numbers is a house number (not a date:
/// nothing follows that reads as a year or a time).
fn slashed_number(doc: &Document<'_>, j: usize) -> bool {
    let toks = doc.tokens;
    let short_number = |k: usize| is_short_number(doc, k, 3);
    let ends_here = |k: usize| !doc.text[toks[k].end..].starts_with(['/', ':', '.']);
    toks[j].kind == TokenKind::Number
        && toks[j].len() <= 4
        && next_joined(doc, j, &["/"]).is_some_and(|k| match next_joined(doc, k, &["/"]) {
            Some(l) => short_number(k) && short_number(l) && ends_here(l),
            None => short_number(k) && ends_here(k),
        })
}

/// A unit designator at `i` and its value: `Apt 4B`, `Suite 200`, `Flat 3`, `Unit 5/12`,
/// `PO Box 123`, `1º A`. Returns the last token and whether it is a PO box.
fn unit_at(doc: &Document<'_>, i: usize) -> Option<(usize, bool)> {
    let toks = doc.tokens;
    if is_floor(doc, i) {
        let letter = next_joined(doc, i, &[" "]).filter(|&k| toks[k].len() == 1 && toks[k].is_capitalised());
        return Some((letter.unwrap_or(i), false));
    }
    let w = word(doc, i);
    // PO Box / P.O. Box
    if w.eq_ignore_ascii_case("po") || w.eq_ignore_ascii_case("p") {
        let mut j = i;
        for _ in 0..3 {
            j += 1;
            if j >= toks.len() {
                return None;
            }
            if word(doc, j).eq_ignore_ascii_case("box") {
                let num = next_joined(doc, j, &[" ", " #"])?;
                return (toks[num].kind != TokenKind::Word).then_some((num, true));
            }
            if !word(doc, j).eq_ignore_ascii_case("o") {
                return None;
            }
        }
        return None;
    }
    if doc.has(i, POBOX) {
        // `Postfach 10 22 33`, `Apartado 1234`: the box number may be grouped.
        let mut last = next_joined(doc, i, &[" ", " #", ". "]).filter(|&k| toks[k].kind == TokenKind::Number)?;
        while let Some(k) =
            next_joined(doc, last, &[" "]).filter(|&k| toks[k].kind == TokenKind::Number && toks[k].len() <= 3)
        {
            last = k;
        }
        return Some((last, true));
    }
    if !doc.has(i, UNIT) {
        return None;
    }
    let j = next_joined(doc, i, &[" ", " #", "#", ". ", " no. ", " nr. "])?;
    let v = toks[j];
    if v.kind == TokenKind::Word && v.len() > 1 {
        return None;
    }
    let mut last = j;
    if let Some(k) = next_joined(doc, j, &["/", "-"])
        && (toks[k].kind != TokenKind::Word || toks[k].len() == 1)
    {
        last = k;
    }
    Some((last, false))
}

/// A unit written before token `i` (the house number): `Apt 4, ` or on the line above.
fn unit_before(doc: &Document<'_>, i: usize) -> Option<usize> {
    let toks = doc.tokens;
    let p = i.checked_sub(1)?;
    if !matches!(gap(doc, p, i), ", " | " " | "\n" | ",\n" | " - ") {
        return None;
    }
    // `3rd Floor, 18 St Mary Axe`: an ordinal before the unit's word.
    if p > 0 && doc.has(p, UNIT) && gap(doc, p - 1, p) == " " && is_ordinal(word(doc, p - 1)) {
        return Some(p - 1);
    }
    for s in (p.saturating_sub(3)..=p).rev() {
        if let Some((last, false)) = unit_at(doc, s)
            && last == p
        {
            return Some(s);
        }
        if toks[s].kind == TokenKind::Word && !doc.has(s, UNIT) && toks[s].len() > 1 {
            break;
        }
    }
    // `Apt 12, The Granary, 41 Bridge Street`: a unit, then the building's name.
    if gap(doc, p, i) == ", " {
        let named = |k: usize| toks[k].kind == TokenKind::Word && toks[k].is_capitalised() && !doc.is(k, NOT_NAME);
        let mut first = p;
        while first > 0 && p - first < 2 && gap(doc, first - 1, first) == " " && named(first - 1) {
            first -= 1;
        }
        let the = first > 0 && gap(doc, first - 1, first) == " " && word(doc, first - 1) == "The";
        let first = if the { first - 1 } else { first };
        if named(p) && first > 0 && gap(doc, first - 1, first) == ", " {
            return unit_before(doc, first).filter(|&u| gap(doc, u, u + 1) != ", " || doc.has(u, UNIT));
        }
    }
    None
}

/// The token that starts the next address part after `i`, and whether a line break
/// separates them: a comma, a space, a dash or one line break.
fn next_part(doc: &Document<'_>, i: usize) -> Option<usize> {
    next_part_with_break(doc, i).map(|(j, _)| j)
}

fn next_part_with_break(doc: &Document<'_>, i: usize) -> Option<(usize, bool)> {
    let j = i + 1;
    if j >= doc.tokens.len() {
        return None;
    }
    let g = unquoted(gap(doc, i, j).trim_matches(|c| c == ' ' || c == '\t' || c == '\r'));
    // `221 Baker St. Apt. 3`: the dot of an abbreviated street type or unit.
    if matches!(g, "." | ".,")
        && gap(doc, i, j).starts_with('.')
        && (doc.any(i, STREET_AFTER | UNIT) || word(doc, i) == "Dist")
        && doc.tokens[i].len() <= 4
    {
        return Some((j, false));
    }
    // `…,Unit 9, 120 Princes Hwy,Kogarah,NSW,2217,…`: in a CSV row, a comma with no space
    // after it parts two cells, each its own place.
    if g == "," && gap(doc, i, j) == "," && in_csv_row(doc.text, doc.tokens[i].end) {
        return None;
    }
    // `Montréal (Québec) H3H 1E4`: Canada Post's French form puts the province in brackets,
    // closed right after it (`TX 75201 (2021–present)` is no part).
    let closed = || doc.text[doc.tokens[j].end..].starts_with(')');
    (matches!(g, "" | "," | "\n" | ",\n" | "-" | "–" | "|" | "/" | ".\n" | ")" | "#" | ",#" | ", #" | "·" | "•")
        || g == "(" && closed())
    .then_some((j, g.contains('\n')))
}

/// Is the comma at byte `at` one of a CSV row's: three commas at least on its line with
/// no space after them (looked at within 300 bytes either side)?
fn in_csv_row(text: &str, at: usize) -> bool {
    const REACH: usize = 300;
    let bare_commas = |s: &str| s.as_bytes().windows(2).filter(|w| w[0] == b',' && w[1] != b' ').count();
    let before = crate::text::line_before(text, at, REACH).unwrap_or_default();
    let after = crate::text::line_head(text, at, REACH);
    bare_commas(before) + bare_commas(after) >= 3
}

/// A line break into a quoted reply's next line (`\n> 69003 Lyon`) as a plain one.
fn unquoted(g: &str) -> &str {
    if !g.ends_with('>') {
        return g;
    }
    match g.find('\n') {
        Some(p) if g.len() > p + 1 && g[p + 1..].bytes().all(|c| matches!(c, b'>' | b' ')) => &g[..=p],
        _ => g,
    }
}

/// One address part at token `j`: a unit, a postcode, a region, a country, a locality
/// (`4th Block`), or a city. Returns its last token and whether it is a strong part (one
/// that only addresses have).
fn address_part(doc: &Document<'_>, j: usize, after_break: bool) -> Option<(usize, bool)> {
    let t = doc.tokens[j];
    // The line after an address may be the form's next field (`Mobile: …`, `Best contact:
    // …`) or a sign-off (`Gracias.`), whose first word may also be a town's name.
    // (Nor is a chat export's next message, its date first: `2024/03/04, 12:48 - …`.)
    let dated = || t.is_number() && doc.text[t.end..].starts_with(['/', ':']);
    if after_break
        && (starts_label_line(doc, j)
            || doc.is(j, GREETINGS)
            || phone_line(doc, j)
            || opens_sentence(doc, j)
            || dated())
        || phone_label(doc, j)
    {
        return None;
    }
    // `3500 N Lamar Blvd #204`: a unit written with `#` alone.
    if gap(doc, j - 1, j).ends_with('#') {
        // `#12-34` (Singapore: floor and unit).
        let last = next_joined(doc, j, &["-", "/"]).filter(|&k| doc.tokens[k].kind != TokenKind::Word).unwrap_or(j);
        return (t.kind != TokenKind::Word && t.len() <= 5).then_some((last, false));
    }
    if let Some((e, _)) = unit_at(doc, j) {
        return Some((e, false));
    }
    if let Some(e) = neighbourhood_numbers(doc, j).or_else(|| sector_code(doc, j)).or_else(|| named_district(doc, j)) {
        return Some((e, false));
    }
    if let Some(e) = postcode_in_address(doc, j) {
        return Some((e, true));
    }
    if t.kind == TokenKind::Word && !t.is_capitalised() {
        // `an Bahnhofstrasse 10, 8001 Zürich senden`: a lower-case word a space after a
        // capitalised one is the sentence going on (Senden is a town too), unless a
        // postcode follows it.
        let sentence = gap(doc, j - 1, j) == " " && doc.tokens[j - 1].is_capitalised();
        return lower_case_place(doc, j)
            .filter(|&(e, _)| !sentence || next_part(doc, e).is_some_and(|k| postcode_in_address(doc, k).is_some()));
    }
    if let Some(e) = region_or_country_at(doc, j, true) {
        return Some((with_particle_name(doc, e), doc.gaz.is_region_abbreviation(word(doc, j))));
    }
    // `4th Block`, `2nd Floor`, `Sector 5`.
    if is_ordinal(word(doc, j)) {
        return next_joined(doc, j, &[" "]).filter(|&k| doc.tokens[k].is_capitalised()).map(|k| (k, false));
    }
    // A neighbourhood or county written with its type first: `Col. Crédito Constructor`,
    // `Bairro Centro`, `Co. Cork`, `Kec. Coblong`.
    let district_type = || {
        matches!(word(doc, j), "Col" | "Co" | "Kel" | "Kec" | "Kab" | "Kelurahan" | "Kecamatan" | "Kabupaten" | "Desa")
    };
    if t.is_capitalised() && (doc.has(j, STREET_BEFORE) || district_type()) {
        let mut last = None;
        let mut m = next_joined(doc, j, &[" ", ". "]);
        while let Some(k) = m.filter(|&k| last.is_none_or(|l| k - l <= 2)) {
            if doc.tokens[k].kind == TokenKind::Word && doc.tokens[k].is_capitalised() && !doc.is(k, NOT_NAME) {
                last = Some(k);
            } else if !doc.is(k, NAME_PARTICLES) {
                break;
            }
            m = next_joined(doc, k, &[" "]);
        }
        return last.map(|e| (e, false));
    }
    city_at(doc, j, !after_break).map(|e| (postal_district(doc, e).unwrap_or(e), doc.any(j, CITY)))
}

/// `RT 02/RW 05`, `RT.003 RW.011` (Indonesia): the numbers of the neighbourhood and its
/// hamlet, after a street. Their last token.
fn neighbourhood_numbers(doc: &Document<'_>, j: usize) -> Option<usize> {
    const GAPS: &[&str] = &[" ", ".", ". "];
    let rt = labelled_number(doc, j, "RT", GAPS, 1..=3)?;
    Some(
        next_joined(doc, rt, &["/", " ", ", ", " / "])
            .and_then(|k| labelled_number(doc, k, "RW", GAPS, 1..=3))
            .unwrap_or(rt),
    )
}

/// The number after the label `label` at token `k` (written exactly so), joined by one of
/// `gaps`, with as many digits as `digits` allows.
fn labelled_number(
    doc: &Document<'_>,
    k: usize,
    label: &str,
    gaps: &[&str],
    digits: std::ops::RangeInclusive<usize>,
) -> Option<usize> {
    (word(doc, k) == label)
        .then(|| next_joined(doc, k, gaps))
        .flatten()
        .filter(|&n| doc.tokens[n].is_number() && digits.contains(&doc.tokens[n].len()))
}

/// A single capital letter (`B` of `21 B 14`, `J` of `J.F. Kennedy`, `F` of `F-7/2`).
fn is_letter(doc: &Document<'_>, k: usize) -> bool {
    let t = doc.tokens[k];
    t.len() == 1 && t.is_capitalised() && t.kind == TokenKind::Word
}

/// Is token `k` a number of at most `max` digits?
fn is_short_number(doc: &Document<'_>, k: usize, max: usize) -> bool {
    doc.tokens[k].is_number() && doc.tokens[k].len() <= max
}

/// `F-7/2`, `G-9/4`, `I-8` (Islamabad's sectors): a capital letter dashed to a sector
/// number, and its subsector after a slash. Its last token.
fn sector_code(doc: &Document<'_>, j: usize) -> Option<usize> {
    if !is_letter(doc, j) {
        return None;
    }
    let sector = next_joined(doc, j, &["-"]).filter(|&k| is_short_number(doc, k, 2))?;
    Some(next_joined(doc, sector, &["/"]).filter(|&k| is_short_number(doc, k, 2)).unwrap_or(sector))
}

/// `Al Rawdah Dist.` (one to three capitalised words, then the word for a district), or
/// `RD 6` (New Zealand's rural delivery round): its last token.
fn named_district(doc: &Document<'_>, j: usize) -> Option<usize> {
    let toks = doc.tokens;
    // (`P.O. Box 1234, PC 112, Ruwi`: Oman's postal code after its letters.)
    if let Some(e) =
        labelled_number(doc, j, "RD", &[" "], 1..=2).or_else(|| labelled_number(doc, j, "PC", &[" "], 3..=3))
    {
        return Some(e);
    }
    let mut m = j;
    for _ in 0..3 {
        if !(toks[m].is_capitalised() && toks[m].kind == TokenKind::Word) {
            return None;
        }
        let k = next_joined(doc, m, &[" "])?;
        if is_one_of(word(doc, k), &["dist", "district"]) && toks[k].is_capitalised() {
            return Some(k);
        }
        m = k;
    }
    None
}

/// A city's postal district after it, before a comma or the line's end (`Dublin 8, D08 VK6C`,
/// `Dublin 6W`): its last token.
fn postal_district(doc: &Document<'_>, city_last: usize) -> Option<usize> {
    let k = next_joined(doc, city_last, &[" "])?;
    let s = word(doc, k).as_bytes();
    let digits = s.iter().take_while(|c| c.is_ascii_digit()).count();
    // (`1620 København V`, `2000 Frederiksberg C`: Copenhagen's districts are letters.)
    let copenhagen = is_one_of(word(doc, city_last), &["København", "Kobenhavn", "Frederiksberg"])
        && is_one_of(word(doc, k), &["K", "V", "N", "Ø", "S", "C", "SV", "NV", "NØ"]);
    let shaped =
        copenhagen || (1..=2).contains(&digits) && s.len() - digits <= 1 && s[digits..].iter().all(|c| *c == b'W');
    let ends = doc.tokens.get(k + 1).is_none_or(|_| matches!(gap(doc, k, k + 1), ", " | "," | "\n" | ",\n"));
    (shaped && ends).then_some(k)
}

/// Does the line from the capitalised word `j` go on as a sentence (`Date of birth …`,
/// `Bonn is where …`): a lower-case word right after it, and, if that is a name particle
/// (`Rio de Janeiro`), another one after that?
fn opens_sentence(doc: &Document<'_>, j: usize) -> bool {
    let toks = doc.tokens;
    let lower_word = |k: usize| {
        toks.get(k).is_some_and(|n| n.kind == TokenKind::Word && !n.is_capitalised() && gap(doc, k - 1, k) == " ")
    };
    toks[j].is_capitalised() && lower_word(j + 1) && (!doc.is(j + 1, NAME_PARTICLES) || lower_word(j + 2))
}

/// Is the line from token `j` on a phone number alone (`07834 562910`, `+32 475 28 93 16`,
/// `(718) 436-0925`): numbers only, with nine digits or more? A signature block puts it
/// under the address; no postcode has that many digits but a ZIP+4 (`11218-1234`).
fn phone_line(doc: &Document<'_>, j: usize) -> bool {
    let toks = doc.tokens;
    let mut digits = 0;
    let mut k = j;
    loop {
        if toks[k].kind != TokenKind::Number {
            return false;
        }
        digits += toks[k].len();
        match toks.get(k + 1) {
            Some(_) if !gap(doc, k, k + 1).contains('\n') => k += 1,
            _ => break,
        }
    }
    let zip_plus_four = k == j + 1 && toks[j].len() == 5 && toks[k].len() == 4 && gap(doc, j, k) == "-";
    digits >= 9 && !zip_plus_four
}

/// Does a phone number's short label start at token `j` (`Tel 0117 496 0811`, `T 030 …`,
/// `Mobile +34 612 …`), as a signature writes it after an address, on its line or the next?
fn phone_label(doc: &Document<'_>, j: usize) -> bool {
    let toks = doc.tokens;
    toks[j].kind == TokenKind::Word
        && toks[j].len() <= 6
        && toks.get(j + 1).is_some_and(|n| n.kind == TokenKind::Number)
        && matches!(gap(doc, j, j + 1), " " | ". " | ": " | " +" | ". +" | ": +" | " (" | ": (")
        && is_one_of(word(doc, j), &["t", "tel", "ph", "m", "mob", "f", "fax", "p", "phone", "mobile", "tél", "cell"])
}

/// Does a form label start at token `j`: one to four words, then a colon (`Mobile:`,
/// `Best contact :`, `Best time to call:`)?
/// A chat export's sender and time count as one (`jordan reyes 10:08 AM: …`).
fn starts_label_line(doc: &Document<'_>, j: usize) -> bool {
    let toks = doc.tokens;
    (j..(j + 4).min(toks.len().saturating_sub(1)))
        .take_while(|&k| toks[k].kind == TokenKind::Word)
        .take_while(|&k| !gap(doc, k, k + 1).contains('\n'))
        .any(|k| gap(doc, k, k + 1).trim_start_matches([' ', '\t']).starts_with(':') || super::time_then_colon(doc, k))
}

/// A postcode inside an address, where lower-case writing (`st albans al1 3dq`) counts too.
fn postcode_in_address(doc: &Document<'_>, j: usize) -> Option<usize> {
    postcode_with(doc, j, true)
}

/// In an address written in lower case (`4417 n clark st chicago il 60640`): a known city,
/// region or country (an ordinary English word only when a postcode follows), or a region
/// abbreviation followed by a postcode.
fn lower_case_place(doc: &Document<'_>, j: usize) -> Option<(usize, bool)> {
    let postcode_next = |e: usize| next_part(doc, e).is_some_and(|k| postcode_in_address(doc, k).is_some());
    let w = word(doc, j);
    if w.len() <= 3 && doc.gaz.is_region_abbreviation(&w.to_ascii_uppercase()) && postcode_next(j) {
        return Some((j, true));
    }
    if let Some((e, info)) = gazetteer_at(doc, j, CITY | REGION | COUNTRY) {
        return (!info.has(ENGLISH) && !doc.is(j, NOT_NAME) || postcode_next(e)).then_some((e, info.has(CITY)));
    }
    // `springfeild il 62704`: one or two unknown words (a misspelt town) before a region code
    // and postcode, or a postcode.
    let unknown = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word
            && !doc.tokens[k].is_capitalised()
            && !doc.any(k, ENGLISH)
            && !doc.is(k, NOT_NAME)
    };
    let mut e = j;
    for _ in 0..2 {
        if !unknown(e) {
            return None;
        }
        let confirmed = next_part(doc, e).is_some_and(|k| {
            postcode_in_address(doc, k).is_some()
                || word(doc, k).len() == 2
                    && doc.gaz.is_region_abbreviation(&word(doc, k).to_ascii_uppercase())
                    && postcode_next(k)
        });
        if confirmed {
            return Some((e, false));
        }
        e = next_joined(doc, e, &[" "])?;
    }
    None
}

/// Extends an address after its street through units, postcodes, cities, regions and
/// countries. Returns the last token and the score (higher with every part found).
fn tail(doc: &Document<'_>, street_end: usize, base: f32) -> Option<(usize, f32)> {
    let (last, parts) = tail_parts(doc, street_end);
    let score = if parts > 0 { (base + 0.05 * parts as f32).clamp(0.85, 0.95) } else { base };
    (parts > 0 || base >= 0.8).then_some((last, score))
}

/// The tail after a street of unknown type, if it has a strong part (postcode, region code).
fn strong_tail(doc: &Document<'_>, street_end: usize) -> Option<(usize, bool)> {
    let mut last = street_end;
    let mut strong = false;
    let mut parts = 0;
    while parts < 8 {
        let Some((j, brk)) = next_part_with_break(doc, last) else { break };
        if parts == 0 && !(brk || gap(doc, last, j).contains(',')) {
            break;
        }
        let Some((e, s)) = address_part(doc, j, brk) else { break };
        last = e;
        strong |= s;
        parts += 1;
    }
    (parts > 0).then_some((last, strong))
}

fn tail_parts(doc: &Document<'_>, street_end: usize) -> (usize, usize) {
    let mut last = street_end;
    let mut parts = 0;
    while parts < 8 {
        let Some((j, brk)) = next_part_with_break(doc, last) else { break };
        match address_part(doc, j, brk) {
            // After a line break, an unknown word must be followed by a postcode or region to
            // count (the next line may be a name or a sentence).
            Some((e, _)) => {
                last = e;
                parts += 1;
            }
            None => match unknown_unit_then_postcode(doc, j).or_else(|| district_then_place(doc, j)) {
                Some(e) => {
                    last = e;
                    parts += 2;
                }
                None => break,
            },
        }
    }
    (last, parts)
}

/// A district or estate the gazetteers do not know between the street and the town
/// (`14 Admiralty Way, Lekki Phase 1, Lagos`, `Flat 12B, Block 3, Lei Tung Estate, Ap Lei
/// Chau, Hong Kong`): up to four capitalised words or numbers on one line, a comma, then a
/// strong part (a known town, a region or a postcode). Returns that part's last token.
fn district_then_place(doc: &Document<'_>, j: usize) -> Option<usize> {
    let toks = doc.tokens;
    let word_ok = |k: usize| {
        toks[k].is_number() || toks[k].kind == TokenKind::Word && toks[k].is_capitalised() && !doc.is(k, NOT_NAME)
    };
    let mut e = j;
    for _ in 0..4 {
        if !word_ok(e) {
            return None;
        }
        // After a comma, or under a district on a line of its own in an address block
        // (`Headingley\nLeeds LS6 2QE`).
        let place = next_joined(doc, e, &[", "])
            .map(|k| (k, false))
            .or_else(|| next_joined(doc, e, &["\n"]).filter(|_| doc.starts_line(j)).map(|k| (k, true)));
        if let Some((k, after_break)) = place {
            return address_part(doc, k, after_break).filter(|&(_, strong)| strong).map(|(last, _)| last);
        }
        e = next_joined(doc, e, &[" "])?;
    }
    None
}

/// Floor and door designators vary by country and language (`2. OG`, `2. th.`, `bajo`,
/// `m. 15`): rather than list them all, up to three short tokens on one line count as a
/// unit when a comma or line break and then a postcode follow. Returns the postcode's
/// last token.
fn unknown_unit_then_postcode(doc: &Document<'_>, j: usize) -> Option<usize> {
    let toks = doc.tokens;
    // (`3. OG links`, `4° piano`: five letters hold the common floor and side words.)
    let short = |k: usize| toks[k].len() <= 5;
    let mut k = j;
    for _ in 0..3 {
        if !short(k) {
            return None;
        }
        let next = k + 1;
        if next >= toks.len() {
            return None;
        }
        let g = gap(doc, k, next).trim_matches(|c| c == ' ' || c == '\t' || c == '\r');
        if matches!(g, "," | "\n" | ",\n" | ".," | ".\n") {
            return postcode_in_address(doc, next);
        }
        // (`4-2`: Catalan and Spanish floor and door.)
        if !matches!(g, "" | "." | "°" | "º" | "ª" | "-") {
            return None;
        }
        k = next;
    }
    None
}

/// A postcode at token `i` in any supported country format; returns its last token.
fn postcode_at(doc: &Document<'_>, i: usize) -> Option<usize> {
    postcode_with(doc, i, false)
}

/// [`postcode_at`], also accepting UK and Canadian postcodes written in lower case when
/// `lower_ok` (inside an address, where the shape is not a product code).
fn postcode_with(doc: &Document<'_>, i: usize, lower_ok: bool) -> Option<usize> {
    let toks = doc.tokens;
    let t = toks[i];
    let s = t.text(doc.text);
    let b = s.as_bytes();
    let next = |gaps: &[&str]| next_joined(doc, i, gaps);
    let number_of = |k: usize, lens: &[usize]| toks[k].kind == TokenKind::Number && lens.contains(&toks[k].len());
    // Its dashed second part when that has a length `lens` allows (`01310-100`); digits of
    // another length dashed to it make a code or a reference (`4821-9932`), no postcode.
    let with_dashed = |lens: &[usize]| match next(&["-"]) {
        Some(k) if number_of(k, lens) => Some(k),
        Some(k) if toks[k].kind == TokenKind::Number => None,
        _ => Some(i),
    };
    match t.kind {
        // `L-4170 Esch-sur-Alzette`, `D-10115 Berlin`, `CH-8001 Zürich`: the old European
        // form, a country's letters dashed to the postcode, the town after it.
        TokenKind::Word
            if is_one_of(s, &["L", "D", "F", "A", "B", "CH", "NL", "DK", "S", "FI", "N", "I", "E", "P"]) =>
        {
            let k = next(&["-"]).filter(|&k| number_of(k, &[4, 5]))?;
            next_joined(doc, k, &[" "]).filter(|&c| toks[c].is_capitalised()).map(|_| k)
        }
        TokenKind::Number => match s.len() {
            // A ZIP code read out digit by digit: `9 0 2 1 0`.
            1 => spelled_zip(doc, i),
            // US ZIP(+4), DE, FR, ES, IT; BR CEP `01310-100`.
            5 => with_dashed(&[3, 4]),
            // NL `1015 CJ`, PT `1000-001`, AU/AT/CH/… 4 digits.
            4 => {
                if let Some(k) = next(&[" "])
                    && toks[k].len() == 2
                    && toks[k].is_all_upper()
                    && toks[k].kind == TokenKind::Word
                {
                    return Some(k);
                }
                // `V6Y 1L1 on May 1, 2024`, `ab Mai 2024`: a date's year after its day and a
                // comma, or after its month.
                let date_before = i > 0
                    && match gap(doc, i - 1, i) {
                        ", " => toks[i - 1].kind == TokenKind::Number && toks[i - 1].len() <= 2,
                        " " => doc.is(i - 1, MONTHS_AND_DAYS),
                        _ => false,
                    };
                if crate::text::is_year(s) && date_before {
                    return None;
                }
                with_dashed(&[3])
            }
            // IN PIN `400001` or `400 001`.
            6 => with_dashed(&[]),
            // IN PIN `400 001`; SE, CZ, SK `118 26`.
            3 => next(&[" "]).filter(|&k| number_of(k, &[2, 3])),
            // PL `31-019`.
            2 => next(&["-"]).filter(|&k| number_of(k, &[3])),
            _ => None,
        },
        TokenKind::Alnum | TokenKind::Word
            if b.len() <= 4
                && (b.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    || lower_ok && b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())) =>
        {
            // UK `SW1A 1AA`, CA `M5V 2T6`.
            let k = next(&[" ", ""])?;
            let inward = toks[k].text(doc.text).as_bytes();
            // IE Eircode `D02 HX65`, `A96 X2Y3`: a routing key, then four characters of
            // Eircode's alphabet, at least one a letter (`M50 2024` is a motorway and a year).
            let eircode = b.len() == 3
                && b[0].is_ascii_uppercase()
                && b[1].is_ascii_digit()
                && (b[2].is_ascii_digit() || b[2] == b'W')
                && inward.len() == 4
                && inward.iter().all(|c| c.is_ascii_digit() || b"ACDEFHKNPRTVWXY".contains(c))
                && inward.iter().any(u8::is_ascii_uppercase);
            if eircode {
                return Some(k);
            }
            // `al1 3dq`: both halves in lower case, compared upper-cased.
            let (mut outward, mut inward_up) = ([0u8; 4], [0u8; 3]);
            let lower = b.iter().any(u8::is_ascii_lowercase);
            let (b, inward) = if lower {
                if inward.len() != 3 || inward.iter().any(u8::is_ascii_uppercase) {
                    return None;
                }
                outward[..b.len()].copy_from_slice(b);
                inward_up.copy_from_slice(inward);
                outward.make_ascii_uppercase();
                inward_up.make_ascii_uppercase();
                (&outward[..b.len()], &inward_up[..])
            } else {
                (b, inward)
            };
            let uk = b.len() >= 2
                && b[0].is_ascii_alphabetic()
                && b.iter().any(u8::is_ascii_digit)
                && inward.len() == 3
                && inward[0].is_ascii_digit()
                && inward[1..].iter().all(u8::is_ascii_uppercase);
            let ca = b.len() == 3
                && b[0].is_ascii_uppercase()
                && b[1].is_ascii_digit()
                && b[2].is_ascii_uppercase()
                && inward.len() == 3
                && inward[0].is_ascii_digit()
                && inward[1].is_ascii_uppercase()
                && inward[2].is_ascii_digit();
            (uk || ca).then_some(k)
        }
        _ => None,
    }
}

/// Five single digits separated by single spaces, starting at token `i` and not part of
/// a longer run: a ZIP code read out (`9 0 2 1 0`). Returns the last digit.
fn spelled_zip(doc: &Document<'_>, i: usize) -> Option<usize> {
    let toks = doc.tokens;
    let digit = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokenKind::Number && t.len() == 1);
    let spaced = |k: usize| gap(doc, k, k + 1) == " ";
    if i > 0 && digit(i - 1) && spaced(i - 1) {
        return None;
    }
    let last = i + 4;
    ((i..last).all(|k| digit(k + 1) && spaced(k)) && !(digit(last + 1) && spaced(last))).then_some(last)
}

/// A region (name or address abbreviation) or a country at `i`; returns its last token.
fn region_or_country_at(doc: &Document<'_>, i: usize, in_address: bool) -> Option<usize> {
    let t = doc.tokens[i];
    if t.kind != TokenKind::Word {
        return None;
    }
    if in_address && doc.gaz.is_region_abbreviation(word(doc, i)) {
        return Some(i);
    }
    if !t.is_capitalised() {
        return None;
    }
    gazetteer_at(doc, i, REGION | COUNTRY).map(|(j, _)| j)
}

/// A city at `i`: a gazetteer city, or (inside an address, on the same line) one to three
/// capitalised words that are not ordinary English words.
fn city_at(doc: &Document<'_>, i: usize, unknown_ok: bool) -> Option<usize> {
    let toks = doc.tokens;
    let t = toks[i];
    if t.kind != TokenKind::Word || !t.is_capitalised() {
        return None;
    }
    // Unknown words (or ordinary words, `Flushing`) when a postcode or region confirms them.
    let confirmed = |j: usize| {
        next_part(doc, j).is_some_and(|k| postcode_at(doc, k).is_some() || region_or_country_at(doc, k, true).is_some())
    };
    if let Some((j, info)) = gazetteer_at(doc, i, CITY) {
        // On a new line, a town that is also a given name (`Morag`) may start the signature
        // under the address: like an unknown word, it needs a postcode or region after it.
        let j = with_particle_name(doc, j);
        return (unknown_ok || !info.has(FIRST) || confirmed(j)).then_some(j);
    }
    let mut j = i;
    let mut count = 0;
    loop {
        let ordinary = doc.has(j, ENGLISH) && !doc.any(j, CITY | FIRST | LAST) || toks[j].is_all_upper();
        if !toks[j].is_capitalised() || ordinary && !confirmed(j) || doc.any(j, UNIT | POBOX) || doc.is(j, NOT_NAME) {
            break;
        }
        count += 1;
        match next_joined(doc, j, &[" ", "-"]) {
            Some(k) if count < 3 && toks[k].kind == TokenKind::Word && toks[k].is_capitalised() => j = k,
            _ => break,
        }
    }
    if count == 0 {
        return None;
    }
    let j = with_particle_name(doc, j);
    // Unknown words on a new line only count when a postcode or region follows them.
    (unknown_ok || confirmed(j)).then_some(j)
}

/// A place name continued by a lower-case particle and a capitalised word (`Freiburg im
/// Breisgau`, `Ciudad de México`, `Frankfurt am Main`): the last token.
fn with_particle_name(doc: &Document<'_>, j: usize) -> usize {
    let toks = doc.tokens;
    next_joined(doc, j, &[" "])
        .filter(|&p| !toks[p].is_capitalised() && doc.is(p, NAME_PARTICLES))
        .and_then(|p| next_joined(doc, p, &[" "]))
        .filter(|&k| toks[k].kind == TokenKind::Word && toks[k].is_capitalised() && !doc.is(k, NOT_NAME))
        .unwrap_or(j)
}

/// An address whose first parts no rule starts from: `Plot No. 45, ` before `Sector 18,
/// Gurugram`, `Flat 5B, ` before `Tower 2, …`, `B-1204, Lodha Amara, ` before `Kolshet
/// Road`, `H.No. 8-2-293, Road ` before `No. 12, …`, `#12, ` before `3rd Main`.
fn extend_head(doc: &Document<'_>, mut det: Detection, last: usize) -> (Detection, usize) {
    if det.subtype != Some(Subtype::Address) {
        return (det, last);
    }
    let first = doc.tokens.partition_point(|t| t.start < det.start);
    let head = head_before(doc, first)
        .or_else(|| postcode_and_city_before(doc, first))
        .or_else(|| house_name_before(doc, first))
        .or_else(|| particle_before_glued_street(doc, first))
        .or_else(|| neighbourhood_before(doc, first));
    if head.is_some() {
        // An address with its house's name or unit is surer than a name inside it.
        det.score = det.score.max(0.85);
    }
    let head = head.unwrap_or(first);
    if head < first || after_hash(doc, head) {
        // The `#` of `#12` belongs to the number.
        det.start = doc.tokens[head].start - usize::from(after_hash(doc, head));
    }
    (det, last)
}

/// `Van Woustraat 112`, `De Clercqstraat 4`, `Ter Haarstraat 9`: the capitalised particle
/// that starts a street named in one glued word with a person's name in it.
fn particle_before_glued_street(doc: &Document<'_>, first: usize) -> Option<usize> {
    let p = first.checked_sub(1).filter(|&p| gap(doc, p, first) == " ")?;
    let t = doc.tokens[first];
    (doc.tokens[p].is_capitalised()
        && is_one_of(word(doc, p), &["van", "de", "den", "der", "ter", "ten", "la", "le"])
        && t.kind == TokenKind::Word
        && doc.gaz.has_glued_street_suffix(word(doc, first)))
    .then_some(p)
}

/// `Caferağa Mah. Moda Cad. No: 112` (Turkey): the neighbourhood (a capitalised word and
/// `Mah.`) before the street that starts at `first`. Where it starts. (One word only: in
/// `Adresim Atatürk Mah.` the word before is the sentence's.)
fn neighbourhood_before(doc: &Document<'_>, first: usize) -> Option<usize> {
    let p = first.checked_sub(1).filter(|&p| matches!(gap(doc, p, first), " " | ". " | ", "))?;
    if !is_one_of(word(doc, p), &["mah", "mh", "mahalle", "mahallesi"]) {
        return None;
    }
    let t = doc.tokens[p.checked_sub(1)?];
    (gap(doc, p - 1, p) == " " && t.is_capitalised() && t.kind == TokenKind::Word).then_some(p - 1)
}

/// `1052 Budapest, Váci utca 18`, `4026 Debrecen, Piac utca 45` (Hungary): the postcode
/// and the city written before the street. Where they start.
fn postcode_and_city_before(doc: &Document<'_>, first: usize) -> Option<usize> {
    let city = first.checked_sub(1).filter(|&p| gap(doc, p, first) == ", ")?;
    let code = city.checked_sub(1).filter(|&p| gap(doc, p, city) == " ")?;
    let t = doc.tokens[code];
    (t.kind == TokenKind::Number
        && t.len() == 4
        && doc.tokens[city].is_capitalised()
        && doc.has(city, CITY)
        && postcode_at(doc, code) == Some(code))
    .then_some(code)
}

/// Is token `k` written right after a `#` that follows a space or starts a line (`#12`)?
fn after_hash(doc: &Document<'_>, k: usize) -> bool {
    let before = &doc.text[..doc.tokens[k].start];
    before.ends_with('#') && before[..before.len() - 1].chars().next_back().is_none_or(char::is_whitespace)
}

/// A house's name before the house number, after `at` or `address is`: `lives at Ty Gwyn,
/// 4 Heol y Nant`, `My address is The Old Mill, 2 Mill Lane`.
fn house_name_before(doc: &Document<'_>, first: usize) -> Option<usize> {
    let p = first.checked_sub(1).filter(|&p| house_number(doc, first) && gap(doc, p, first) == ", ")?;
    let named = |k: usize| {
        let t = doc.tokens[k];
        t.kind == TokenKind::Word && t.is_capitalised() && !doc.is(k, NOT_NAME) && !doc.any(k, STREET_AFTER)
    };
    let mut start = p;
    while start > 0 && p - start < 3 && gap(doc, start - 1, start) == " " && named(start - 1) {
        start -= 1;
    }
    let cue = start.checked_sub(1).filter(|&q| gap(doc, q, start) == " ")?;
    let introduced = word(doc, cue) == "at"
        || word(doc, cue) == "is" && cue > 0 && word(doc, cue - 1).eq_ignore_ascii_case("address");
    (named(p) && introduced).then_some(start)
}

/// Where the parts before token `first` (on its line, joined by commas, spaces, dots,
/// hyphens and slashes) open an address: at a unit or house-number word (`Flat`, `Plot`,
/// `No.`), a single capital letter (`B-1204`, `H.No.`) or a number after `#`, with a
/// number at or after it. Capitalised words that are none of these are a building's name
/// after it (at most three); anything else ends the walk.
fn head_before(doc: &Document<'_>, first: usize) -> Option<usize> {
    let toks = doc.tokens;
    let (mut k, mut start) = (first, None);
    // (`B-1204, DLF Park Place`: the address found may start at the number itself.)
    let (mut number_seen, mut plain_words) = (toks[first].kind != TokenKind::Word, 0);
    while k > 0 && first - k < 12 {
        let p = k - 1;
        if !matches!(gap(doc, p, k), ", " | " " | "-" | "/" | "." | ". ") {
            break;
        }
        let t = toks[p];
        let opener = if t.kind == TokenKind::Word {
            // (A building's word opens only before its number, `Block 12`, `House No. 118`;
            // else it ends a name: `Elaine Park, 0 Market St`.)
            let numbered =
                || gap(doc, p, k) == " " && (toks[k].kind != TokenKind::Word || doc.is(k, HOUSE_NUMBER_WORDS));
            doc.any(p, UNIT) && (!doc.is(p, BUILDING_WORDS) || numbered())
                || doc.is(p, HOUSE_NUMBER_WORDS)
                || t.len() == 1 && t.is_capitalised()
        } else {
            if t.len() > 6 {
                break;
            }
            number_seen = true;
            after_hash(doc, p)
        };
        if opener || t.kind != TokenKind::Word || doc.any(p, STREET_AFTER | STREET_BEFORE) || doc.is(p, BUILDING_WORDS)
        {
            plain_words = 0;
        } else if t.is_capitalised() && !doc.is(p, NOT_NAME) && plain_words < 3 {
            plain_words += 1;
        } else {
            break;
        }
        if opener && number_seen {
            // `3rd Floor, Prestige Towers, …`: an ordinal before the unit's word.
            let ordinal = p > 0 && gap(doc, p - 1, p) == " " && is_ordinal(word(doc, p - 1));
            start = Some(if ordinal { p - 1 } else { p });
        }
        k = p;
    }
    start
}

/// Lines of an address written as a block (a letter's address, a signature), each one part:
/// `Flat 9 / Kingsley Court / Harrow Road / London / W9 3RB`. From a detection that starts a
/// line, walks up over lines that are address parts, so the whole block becomes one span.
/// Stops at a line that names a person (`Mr …`, a given name) or reads like a sentence.
fn extend_block_upwards(doc: &Document<'_>, mut det: Detection, last: usize) -> (Detection, usize) {
    let toks = doc.tokens;
    let first = toks.partition_point(|t| t.start < det.start);
    if first >= toks.len() || !doc.starts_line(first) {
        return (det, last);
    }
    // Plain lines count only between address lines: `top` moves past them when an address
    // line is found above.
    let mut top = first;
    let mut signal_lines = 0;
    let mut line_first = first;
    for _ in 0..5 {
        let Some(p) = line_first.checked_sub(1) else { break };
        if !gap(doc, p, line_first).trim_matches([' ', '\t', '\r']).eq("\n") {
            break;
        }
        let start = (0..=p).rev().take_while(|&k| k == p || !gap(doc, k, k + 1).contains('\n')).last().unwrap_or(p);
        match address_line(doc, start, p) {
            LineKind::Signal => {
                signal_lines += 1;
                top = start;
            }
            LineKind::Plain => {}
            LineKind::Stop => break,
        }
        line_first = start;
    }
    if top == first {
        return (det, last);
    }
    det.start = toks[top].start;
    if det.subtype != Some(Subtype::Address) && signal_lines >= 1 {
        det.subtype = Some(Subtype::Address);
        det.explanation.pattern = "address block";
    }
    det.score = det.score.max(0.85);
    (det, last)
}

enum LineKind {
    /// An address part: a house number, street, unit, building, place or postcode.
    Signal,
    /// Capitalised words with nothing that marks an address (`Much Wenlock`).
    Plain,
    /// Anything else: a name with a title, a sentence, a label.
    Stop,
}

fn address_line(doc: &Document<'_>, start: usize, end: usize) -> LineKind {
    let toks = doc.tokens;
    let line = &doc.text[toks[start].start..toks[end].end];
    // (`Head of Operations | Copperfield Bakeries Ltd`: a signature's role and company;
    // `Meyers & Park LLP`: partners' names.)
    if end - start > 6
        || line.contains([':', '@', '?', '!', ';', '(', '|', '&'])
        || line.ends_with(',') && end == start
        || (start..=end).any(|k| ends_organisation(doc, k))
    {
        return LineKind::Stop;
    }
    // `Teresa Alvarado`: a given name and a surname are the recipient, even when either is
    // also a place.
    // `Dale Lindquist`: a given name that is also a word (or a street type) still opens a
    // name when the surname is nothing else.
    let name_line = (1..=2).contains(&(end - start)) && toks[start].is_capitalised() && toks[end].is_capitalised() && {
        let (first, last) = (doc.lookup(start), doc.lookup(end));
        first.has(FIRST)
            && last.has(LAST)
            && (!first.has(ENGLISH) || !last.any(ENGLISH | STREET_AFTER | STREET_BEFORE | CITY | REGION | COUNTRY))
    };
    if name_line {
        return LineKind::Stop;
    }
    // `4821-9932`: a line of numbers alone is a list of codes, unless it is a postcode.
    let numbers_only = end > start && (start..=end).all(|k| toks[k].kind == TokenKind::Number);
    if numbers_only && postcode_at(doc, start) != Some(end) {
        return LineKind::Stop;
    }
    let mut signal = false;
    for (i, &t) in toks.iter().enumerate().take(end + 1).skip(start) {
        let w = word(doc, i);
        if t.kind == TokenKind::Word && !t.is_capitalised() && !doc.is(i, NAME_PARTICLES) {
            return LineKind::Stop;
        }
        if doc.is(i, TITLES) || doc.is(i, NOT_NAME) && !doc.is(i, NAME_PARTICLES) {
            return LineKind::Stop;
        }
        let info = doc.lookup(i);
        if info.any(STREET_AFTER | STREET_BEFORE | UNIT | POBOX | CITY | REGION | COUNTRY)
            || doc.is(i, BUILDING_WORDS)
            || house_number(doc, i)
            || postcode_at(doc, i).is_some()
            || is_ordinal(w)
        {
            signal = true;
        } else if info.has(FIRST) && !info.has(ENGLISH) {
            // A given name without any address word: the recipient's name line.
            return LineKind::Stop;
        }
    }
    if signal { LineKind::Signal } else { LineKind::Plain }
}

// ---------------------------------------------------------------- places alone

/// Train services and words that are written before a train's number.
const TRAIN_SERVICES: &[&str] = &[
    "train",
    "trein",
    "zug",
    "treno",
    "tren",
    "comboio",
    "ice",
    "ic",
    "ec",
    "tgv",
    "inoui",
    "ouigo",
    "intercités",
    "frecciarossa",
    "frecciargento",
    "frecciabianca",
    "italo",
    "regionale",
    "ave",
    "alvia",
    "avlo",
    "eurostar",
    "thalys",
    "railjet",
    "rj",
    "nightjet",
];

/// A city, region, country or postcode that is not part of an address.
fn place_at(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let toks = doc.tokens;
    let t = toks[i];
    // Postcodes: with a hotword right before, or a distinctive shape (UK, CA, NL). Every
    // postcode has a digit in its first token, so a word never starts one.
    // (`flight BA 2491`; `TGV INOUI 6203 Paris`, `Frecciarossa 9527`, `ICE 1007`: a train's
    // number before the city it leaves from.)
    let service_number = || {
        i > 0
            && (super::is_airline_code(doc, i - 1)
                || gap(doc, i - 1, i) == " " && is_one_of(word(doc, i - 1), TRAIN_SERVICES))
    };
    if let Some(last) = (t.kind != TokenKind::Word && !service_number()).then(|| postcode_at(doc, i)).flatten() {
        let (start, end) = (t.start, toks[last].end);
        // `order 55120`: a reference number, whatever was asked; `store #2281`: a number;
        // `the 2019 Honda CR-V`: a model year after a determiner.
        let model_year = || {
            t.len() == 4
                && word(doc, i).parse::<u16>().is_ok_and(|y| (1950..=2035).contains(&y))
                && i > 0
                && gap(doc, i - 1, i) == " "
                && is_one_of(word(doc, i - 1), &["the", "a", "my", "our", "his", "her", "their", "your"])
        };
        let reference = super::has_context_window(doc, start, end, REFERENCE_WORDS, 1, 0)
            || doc.text[..start].ends_with('#')
            || model_year();
        // The evidence is weighed lazily, cheapest first: most numbers here are no postcode.
        let near_word = || super::has_context_window(doc, start, end, POSTCODE_WORDS, 3, 0);
        let shape_strong = t.kind != TokenKind::Number || last > i && toks[last].kind == TokenKind::Word;
        // `it's 11201, Brooklyn`, `28013 Madrid`: a known city right after the number.
        let city_after = || {
            next_joined(doc, last, &[", ", " "])
                .is_some_and(|k| toks[k].is_capitalised() && gazetteer_at(doc, k, CITY).is_some())
        };
        // The answer to a question about the postcode a turn or two earlier:
        // `What's your ZIP code?` … `Cliente: 28013`.
        let answer = || {
            let quantity = next_joined(doc, last, &[" "])
                .is_some_and(|k| toks[k].kind == TokenKind::Word && !toks[k].is_capitalised());
            starts_answer(doc, i)
                && !quantity
                && crate::context::find(doc, start, end, POSTCODE_WORDS, 16, 0)
                    .is_some_and(|hit| doc.text[hit.end..start].contains('\n'))
        };
        // `9 0 2 1 0` after `What's the ZIP?`, however the reply starts.
        let spelled_answer =
            || t.len() == 1 && last > i && crate::context::find(doc, start, end, POSTCODE_WORDS, 16, 0).is_some();
        // `Marfa, TX 79843`: a ZIP right after a town's state code.
        let after_state = || {
            t.len() == 5
                && i >= 2
                && gap(doc, i - 1, i) == " "
                && gap(doc, i - 2, i - 1) == ", "
                && toks[i - 1].is_all_upper()
                && toks[i - 1].len() == 2
                && doc.gaz.is_region_abbreviation(word(doc, i - 1))
        };
        if !reference {
            let strong = near_word() || answer() || spelled_answer();
            if strong || shape_strong && last > i || city_after() || after_state() {
                // Above a one-time code's 0.8: `código postal` names a code too.
                let score = if strong { 0.85 } else { 0.6 };
                let det = candidate(start, end, EntityType::Location, score, "location", "postcode")
                    .subtype(Subtype::Postcode);
                return Some((det, last));
            }
        }
        if t.kind == TokenKind::Number {
            return None;
        }
    }
    if t.kind != TokenKind::Word {
        return None;
    }
    // A state code in brackets: `DL 637842080 (MN)` (but not `(ID 4471)`).
    if t.is_all_upper()
        && t.len() == 2
        && doc.gaz.is_region_abbreviation(word(doc, i))
        && doc.text[..t.start].ends_with('(')
        && doc.text[t.end..].starts_with(')')
    {
        let det =
            candidate(t.start, t.end, EntityType::Location, 0.6, "location", "(state code)").subtype(Subtype::State);
        return Some((det, i));
    }
    if !t.is_capitalised() && !lower_place_cue(doc, i) {
        return None;
    }
    if t.is_all_upper()
        && t.len() <= 3
        && let Some(found) = state_code_alone(doc, i)
    {
        return Some(found);
    }
    // Sentence-start `The`, `We`, `It`: only a longer place name or a capitalised code can
    // start here, so the phrase look-up is skipped for the rest.
    let not_name = doc.is(i, NOT_NAME);
    let capitalised_next = || next_joined(doc, i, &[" "]).is_some_and(|k| toks[k].is_capitalised());
    let date_line_next = || doc.starts_line(i) && next_joined(doc, i, &[", "]).is_some();
    if not_name && !(t.is_all_upper() || doc.has(i, PHRASE_START) && capitalised_next() || date_line_next()) {
        return None;
    }
    let Some((last, info)) = gazetteer_at(doc, i, CITY | COUNTRY | REGION) else {
        return town_before_region(doc, i);
    };
    // A word that is never a name (`Nice`, `Den`, `La`) is a place only as the first word of
    // a longer place name (`Den Haag`, `La Paz`) or on a letter's date line (`Nice, le 8 mars`).
    // `EU` in capitals is not the Portuguese `eu`.
    let upper_country = t.is_all_upper() && info.has(COUNTRY);
    if not_name && !(upper_country || last > i && toks[i + 1].is_capitalised() || dateline(doc, i, last)) {
        return None;
    }
    // Glued to something else: `Kumasi!2024` is a password, `Lyon.jpg` a file.
    let after = doc.text.as_bytes().get(toks[last].end).copied();
    // `Madrid–Bruselas`, `Lisboa – Porto`: a route between two cities (its dash is no glue).
    let route_gap = |g: &str| matches!(g, "–" | "—" | " – " | " — " | " - " | "→" | " → " | " -> " | " > ");
    let dash_after = || route_gap(&doc.text[toks[last].end..doc.text.ceil_char_boundary(toks[last].end + 1)]);
    if after.is_some_and(|c| {
        !c.is_ascii_whitespace() && !matches!(c, b',' | b'.' | b';' | b':' | b')' | b'!' | b'?' | b'\'' | b'"')
    }) && !dash_after()
        || matches!(after, Some(b'!' | b'.'))
            && doc.text.as_bytes().get(toks[last].end + 1).is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    let multi = last > i;
    // `Bank of America`: an organisation's name, not a place.
    let org_of = |k: usize| is_organisation_of(doc, k);
    if !multi && next_joined(doc, i, &[" "]).is_some_and(org_of) || i > 0 && gap(doc, i - 1, i) == " " && org_of(i - 1)
    {
        return None;
    }
    let city_first = info.has(CITY) && info.city_pop >= 100_000;
    let (subtype, mut score): (Subtype, f32) = if info.has(COUNTRY) {
        (Subtype::Country, if info.has(COUNTRY_AMBIGUOUS) { 0.3 } else { 0.6 })
    } else if info.has(REGION) && !city_first {
        (Subtype::State, if info.has(REGION_AMBIGUOUS) { 0.3 } else { 0.55 })
    } else {
        let big = info.city_pop >= 500_000 || multi;
        // A city that is also a name (`Davis`, `Florence`) needs more than one that is also
        // a word (`Bologna`, `Reading`) with the same context.
        let s = if info.any(FIRST | LAST) || info.has(CITY_AMBIGUOUS) {
            if big { 0.35 } else { 0.25 }
        } else if info.has(ENGLISH) {
            if big { 0.4 } else { 0.3 }
        } else if big {
            0.55
        } else {
            0.45
        };
        (Subtype::City, s)
    };
    if t.is_all_upper() && !multi && t.len() <= 3 && subtype != Subtype::Country {
        return None;
    }
    // `in March` is a month far more often than the town; `March, Cambridgeshire` is the town.
    if !multi && doc.is(i, MONTHS_AND_DAYS) {
        score -= 0.3;
    }
    // Context before: a preposition or verb of place.
    let prev = i.checked_sub(1);
    // The Scandinavian `i` (`jag bor i Uppsala`) only as written in lower case before a
    // place that is no English word: the English `I` never comes before a place.
    let cue = prev.is_some_and(|p| {
        matches!(gap(doc, p, i), " " | " the ")
            && (doc.is(p, PLACE_CUES)
                || word(doc, p) == "à"
                || romance_of(doc, p)
                || word(doc, p) == "i" && !info.any(ENGLISH | FIRST))
    });
    // `Sacramento or Davis`, `Zürich und Lausanne`: coordinated with another place.
    let coordinated = prev.is_some_and(|p| {
        p >= 2 && is_one_of(word(doc, p), PLACE_LINKS) && gazetteer_at(doc, p - 1, CITY | REGION | COUNTRY).is_some()
            || route_gap(gap(doc, p, i)) && toks[p].is_capitalised() && gazetteer_at(doc, p, CITY).is_some()
    });
    // `Grand Forks, North Dakota`, `Columbus Ohio`: a region or country right after a city.
    // (Without the comma, only a region that is no name, with no capitalised word after:
    // `Goh Pei Shan`.)
    let after_city = || {
        prev.is_some_and(|p| {
            let g = gap(doc, p, i);
            let spaced_ok =
                || !info.any(FIRST | LAST) && !next_joined(doc, last, &[" "]).is_some_and(|k| toks[k].is_capitalised());
            !info.has(CITY)
                && (g == ", " || g == " " && spaced_ok())
                && (p.saturating_sub(2)..=p).any(|k| gazetteer_at(doc, k, CITY).is_some_and(|(e, _)| e == p))
        })
    };
    // `11201, Brooklyn`: right after a postcode.
    let after_postcode = prev.is_some_and(|p| {
        matches!(gap(doc, p, i), ", " | " ") && toks[p].kind == TokenKind::Number && matches!(toks[p].len(), 4 | 5)
    });
    // `from Davis to Lincoln`, `von Hamburg nach Lüneburg`: before another place.
    let route_next = toks.get(last + 1).is_some_and(|n| {
        route_gap(gap(doc, last, last + 1)) && n.is_capitalised() && gazetteer_at(doc, last + 1, CITY).is_some()
    });
    let coordinated_next = route_next
        || next_joined(doc, last, &[" "]).is_some_and(|c| {
            let within = is_one_of(word(doc, c), &["in"]);
            (within || is_one_of(word(doc, c), PLACE_LINKS) || is_one_of(word(doc, c), &["nach"]))
                && next_joined(doc, c, &[" "]).is_some_and(|k| {
                    // `Kendal in Cumbria`: a place within a region or country.
                    let want = if within { REGION | COUNTRY } else { CITY | REGION | COUNTRY };
                    toks[k].is_capitalised() && gazetteer_at(doc, k, want).is_some()
                })
        });
    // `da Napoli a Milano`, `van Utrecht naar Groningen`, `from Davis to Lincoln`: a
    // journey's two ends, each the evidence for the other.
    let city_at = |k: usize| toks[k].is_capitalised() && gazetteer_at(doc, k, CITY).is_some_and(|(e, _)| e == k);
    let route_word = |a: usize, b: usize, list: &[&str]| gap(doc, a, b) == " " && is_one_of(word(doc, a), list);
    let journey_start = prev.is_some_and(|p| route_word(p, i, ROUTE_FROM))
        && next_joined(doc, last, &[" "])
            .is_some_and(|c| is_one_of(word(doc, c), ROUTE_TO) && next_joined(doc, c, &[" "]).is_some_and(city_at));
    let journey_end = prev.is_some_and(|p| {
        p >= 2
            && route_word(p, i, ROUTE_TO)
            && gap(doc, p - 1, p) == " "
            && city_at(p - 1)
            && route_word(p - 2, p - 1, ROUTE_FROM)
    });
    if journey_start || journey_end {
        score += 0.5;
    }
    // `New York license`, `Driver license 285-763-803 (Virginia)`: the state that issued it.
    let issued_licence = info.has(REGION) && names_licence(doc, i, last);
    // `bearbeitet. (Hamburg)`: a place alone in brackets, as tracking events name their
    // depot (not a given name: `(Florence)` may be someone).
    let bracketed = || {
        info.has(CITY)
            && !info.any(FIRST | CITY_AMBIGUOUS)
            && doc.text[..t.start].ends_with('(')
            && doc.text[toks[last].end..].starts_with(')')
    };
    if cue
        || coordinated
        || coordinated_next
        || bracketed()
        || issued_licence
        || after_postcode
        || after_city()
        || dateline(doc, i, last)
        || answers_place_question(doc, i)
        // (`Ipê Telecom – Loja Online`: a capitalised word after goes on naming the venue.)
        || after_venue(doc, i) && !next_joined(doc, last, &[" "]).is_some_and(|k| toks[k].is_capitalised())
    {
        score += 0.3;
    }
    // `my mom lives in Warren`, `moved from Davis`: where someone lives or moves, so a city
    // that is also a name is the place.
    // `in Kendal in Cumbria`, `from Davis to Lincoln`: a place word before and another
    // place after are two pieces of evidence.
    if coordinated_next && (cue || coordinated) {
        score += 0.2;
    }
    // (`moved from Leeds to York`: the verb a few words back.)
    if (cue || coordinated) && super::has_context_window(doc, t.start, t.end, RESIDENCE_VERBS, 4, 0) {
        score += 0.2;
    }
    if let Some(k) = next_joined(doc, last, &[", ", " "]) {
        // `Springfield, IL`, `Lyon, France`.
        if region_or_country_at(doc, k, true).is_some() && (toks[k].is_all_upper() || gap(doc, last, k) == ", ") {
            score += 0.3;
        }
        // `our Reno warehouse`, `the Portland office`.
        if gap(doc, last, k) == " " && doc.is(k, FACILITY_WORDS) {
            score = score.max(0.6);
        }
        // A country used as a modifier (`UK customers`, `US passport`); states count.
        // `of EU customers`: `of` does not make a modifier a place.
        let weak_cue = prev.is_some_and(|p| is_one_of(word(doc, p), &["of"]));
        let modifier = (!cue || weak_cue)
            && gap(doc, last, k) == " "
            && toks[k].kind == TokenKind::Word
            && !toks[k].is_capitalised()
            && doc.lookup(k).has(ENGLISH)
            && !is_one_of(
                word(doc, k),
                &[
                    "so",
                    "is",
                    "was",
                    "are",
                    "were",
                    "has",
                    "have",
                    "had",
                    "will",
                    "would",
                    "can",
                    "could",
                    "then",
                    "where",
                    "which",
                    "who",
                    "that",
                    "because",
                    "if",
                    "when",
                    "while",
                    "though",
                    "with",
                    "from",
                    "to",
                    "of",
                    "via",
                    "right",
                    "and",
                    "or",
                    "but",
                    // The `and` / `or` of other languages (`Portugal y Francia`).
                    "y",
                    "e",
                    "o",
                    "u",
                    "et",
                    "ou",
                    "last",
                    "next",
                    "this",
                    "yesterday",
                    "today",
                    "tomorrow",
                    "soon",
                    "now",
                    "again",
                    "too",
                    "as",
                    "for",
                    "since",
                    "until",
                    "on",
                    "in",
                    "at",
                    "by",
                    // Prepositions of other languages that are English words too (`o
                    // Brasil no ano passado`, `Italia per sempre`).
                    "no",
                    "na",
                    "em",
                    "do",
                    "da",
                    "en",
                    "el",
                    "la",
                    "al",
                    "del",
                    "im",
                    "am",
                    "um",
                    "op",
                    "di",
                    "per",
                    "con",
                    "le",
                    "du",
                    "des",
                    "au",
                ],
            );
        if modifier && subtype == Subtype::Country {
            return None;
        }
        // `the Vermont maple box`, `a Texas toast`: a state naming a kind of product (but
        // `the Texas office`, `my NY license` are places).
        if modifier
            && subtype == Subtype::State
            && prev.is_some_and(|p| is_one_of(word(doc, p), &["the", "a", "an"]))
            && !doc.is(k, FACILITY_WORDS)
            && !doc.is(k, LICENSE_WORDS)
        {
            return None;
        }
        // Part of a name or an organisation: `Paris Hilton`, `Canada Post` (a town named
        // Post, like any place that is also a word or name, does not make it two places).
        // `Melbourne Airport` is a place.
        if gap(doc, last, k) == " "
            && toks[k].is_capitalised()
            && toks[k].kind == TokenKind::Word
            && !doc.is(k, FACILITY_WORDS)
            && gazetteer_at(doc, k, CITY | COUNTRY | REGION)
                .is_none_or(|(_, info)| info.any(CITY_AMBIGUOUS | REGION_AMBIGUOUS | COUNTRY_AMBIGUOUS))
            && subtype != Subtype::State
        {
            score -= 0.25;
        }
    }
    if prev.is_some_and(|p| {
        gap(doc, p, i) == " "
            && toks[p].is_capitalised()
            && toks[p].kind == TokenKind::Word
            && !doc.is(p, PLACE_CUES)
            && !at_sentence_start(doc, p)
    }) {
        score -= 0.2;
    }
    let det = candidate(t.start, toks[last].end, EntityType::Location, score.min(0.95), "location", "place gazetteer")
        .subtype(subtype)
        .validated("GeoNames gazetteer");
    Some((det, last))
}

/// Words that join two places in a list or a route (`Sacramento or Davis`, `from Leeds to
/// York`), in the languages support text comes in (`Zürich und Lausanne`, `Lyon et Paris`).
/// The words a journey's start and end follow (`from … to`, `da … a`, `van … naar`).
const ROUTE_FROM: &[&str] =
    &["from", "da", "de", "van", "von", "desde", "depuis", "vanaf", "aus", "uit", "från", "fra"];
const ROUTE_TO: &[&str] = &["to", "a", "à", "naar", "nach", "até", "hasta", "para", "till", "til"];

const PLACE_LINKS: &[&str] =
    &["or", "and", "to", "&", "und", "oder", "y", "e", "o", "et", "ou", "och", "og", "en", "eller"];

/// A town the gazetteer does not know, named with its state or country: `Marfa, TX 79843`,
/// `Sitka, AK,`, `Hallstatt, Austria and`. One or two capitalised words that are not
/// ordinary English words or a person's name, a comma, then a state code (followed by a
/// ZIP, punctuation, the end of the text or a lower-case word) or a state or country name
/// (followed by punctuation, the end or a lower-case word).
/// `Hotel Spreeblick, Berlin`, `Casa Ramón, Madrid`, `The Rowan Tree Bistro – Stockbridge`:
/// is token `i` right after a venue's name, which a word for its kind marks?
fn after_venue(doc: &Document<'_>, i: usize) -> bool {
    let Some(mut k) = i.checked_sub(1) else { return false };
    if !matches!(gap(doc, k, i), ", " | " – " | " - ") {
        return false;
    }
    // (A name of capitalised words and particles, back to the word for its kind.)
    for _ in 0..6 {
        let t = doc.tokens[k];
        if t.kind != TokenKind::Word || !t.is_capitalised() && !doc.is(k, NAME_PARTICLES) {
            return false;
        }
        if t.is_capitalised() && (doc.is(k, ESTABLISHMENTS) || ends_organisation(doc, k)) {
            return true;
        }
        if k == 0 || !matches!(gap(doc, k - 1, k), " " | " & ") {
            return false;
        }
        k -= 1;
    }
    false
}

fn town_before_region(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let toks = doc.tokens;
    // The comma after the town's one or two words first: it is cheaper than their look-ups.
    let comma_after = |k: usize| k + 1 < toks.len() && gap(doc, k, k + 1) == ", ";
    if !(comma_after(i) || i + 1 < toks.len() && gap(doc, i, i + 1) == " " && comma_after(i + 1)) {
        return None;
    }
    let last = unknown_town(doc, i)?;
    let k = next_joined(doc, last, &[", "])?;
    let code = toks[k].is_all_upper() && toks[k].len() == 2 && doc.gaz.is_region_abbreviation(word(doc, k));
    let (end, named) = if code {
        (k, false)
    } else if toks[k].is_capitalised() && !toks[k].is_all_upper() {
        let (e, info) = gazetteer_at(doc, k, REGION | COUNTRY)?;
        if info.any(REGION_AMBIGUOUS | COUNTRY_AMBIGUOUS) || info.has(CITY) && info.city_pop >= 100_000 {
            return None;
        }
        (e, true)
    } else {
        return None;
    };
    let rest = &doc.text[toks[end].end..];
    let closes = rest.is_empty()
        || rest.starts_with([',', '.', ';', '!', '?', ')', '\n', '\r'])
        || next_joined(doc, end, &[" "]).is_some_and(|n| {
            let zip = !named && toks[n].kind == TokenKind::Number && toks[n].len() == 5;
            zip || toks[n].kind == TokenKind::Word && !toks[n].is_capitalised()
        });
    if !closes {
        return None;
    }
    let det = candidate(toks[i].start, toks[last].end, EntityType::Location, 0.6, "location", "town, state")
        .subtype(Subtype::City);
    Some((det, last))
}

/// One or two capitalised words at `i` that could be a town's name the gazetteer lacks:
/// not ordinary English words, function words, a person's given name or a greeting's
/// object (`Hi Priya, NY office`). Returns the last word.
fn unknown_town(doc: &Document<'_>, i: usize) -> Option<usize> {
    let toks = doc.tokens;
    let plain = |k: usize| {
        let t = toks[k];
        t.kind == TokenKind::Word && t.is_capitalised() && !t.is_all_upper() && !doc.is(k, NOT_NAME) && {
            let info = doc.lookup(k);
            !info.any(ENGLISH | FUNCTION_WORD | FIRST | UNIT | POBOX)
        }
    };
    if !plain(i) || doc.is(i, crate::cues::TITLES) {
        return None;
    }
    // After a capitalised word (`John Smith, TX`) or a title or greeting, it is a name.
    if let Some(p) = i.checked_sub(1)
        && gap(doc, p, i) == " "
        && (toks[p].is_capitalised() && !doc.is(p, PLACE_CUES)
            || doc.is(p, crate::cues::TITLES)
            || doc.is(p, GREETINGS))
    {
        return None;
    }
    // `Hood River`: a second word may be an ordinary one.
    let last = next_joined(doc, i, &[" "])
        .filter(|&k| toks[k].kind == TokenKind::Word && toks[k].is_capitalised() && !toks[k].is_all_upper())
        .unwrap_or(i);
    Some(last)
}

/// A state or province code on its own (`Austin, TX`, `shipping to HI`): after a city and a
/// comma, or after a place word (`to`, `in`, `from`), unless it is also a common word or
/// abbreviation written in capitals (`OK`, `ME`, `OR`, `IN`, `ID`).
fn state_code_alone(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let w = word(doc, i);
    let p = i.checked_sub(1)?;
    if !doc.gaz.is_region_abbreviation(w) || super::is_airline_code(doc, i) {
        return None;
    }
    let word_like = is_one_of(
        w,
        &[
            "OK", "ME", "OR", "IN", "ID", "AS", "IT", "US", "ON", "DO", "AM", "SO", "NO", "AN", "AT", "BE", "BY", "HE",
            "IF", "IS", "MY", "OF", "TO", "UP", "WE", "GO",
        ],
    );
    // `Reno DC`, `Memphis DC`: after any city but Washington, a distribution centre.
    let depot = w == "DC" && !word(doc, p).eq_ignore_ascii_case("washington");
    // `Austin, TX`; `Houston TX` without the comma unless the code is also a word.
    let after_city = (gap(doc, p, i) == ", " || gap(doc, p, i) == " " && !word_like && !depot)
        && (p.saturating_sub(3)..=p).any(|k| gazetteer_at(doc, k, CITY).is_some_and(|(e, _)| e == p))
        // `Sitka, AK`: a town the gazetteer lacks (see [`town_before_region`]).
        || gap(doc, p, i) == ", "
            && (p.saturating_sub(1)..=p).any(|k| {
                unknown_town(doc, k) == Some(p) && town_before_region(doc, k).is_some_and(|(_, e)| e == p)
            });
    let after_cue = gap(doc, p, i) == " " && doc.is(p, PLACE_CUES) && !word_like
        // `Which state issued it?` … `ok its NY`.
        || !word_like && answers_place_question(doc, i)
        // `its NY license 673 374 862`, `DL# 123-456-789 NY`: the state that issued a licence;
        // not the prefix of its number (`license # CL-2231874`).
        || !word_like
            && !matches!(doc.text.as_bytes().get(doc.tokens[i].end), Some(b'-' | b'/'))
            && names_licence(doc, i, i);
    // `PO Box`, `NY Times`: the first word of a longer name.
    let in_name = next_joined(doc, i, &[" "]).is_some_and(|n| {
        doc.tokens[n].is_capitalised() || doc.any(n, UNIT | POBOX) || is_one_of(word(doc, n), &["box", "boxes"])
    });
    let det = candidate(doc.tokens[i].start, doc.tokens[i].end, EntityType::Location, 0.6, "location", "state code")
        .subtype(Subtype::State);
    ((after_city || after_cue) && !in_name).then_some((det, i))
}

/// A letter's place and date line: `Genova, 7 marzo 2024`, `Nice, le 8 mars 2024`,
/// `Den Haag, 13 maart 2024`, `London, 3 March`: the place starts a line and a day number
/// or a month follows the comma (after at most one short word).
fn dateline(doc: &Document<'_>, i: usize, last: usize) -> bool {
    let date_at =
        |k: usize| doc.tokens[k].kind == TokenKind::Number && doc.tokens[k].len() <= 2 || doc.is(k, MONTHS_AND_DAYS);
    doc.starts_line(i)
        && next_joined(doc, last, &[", "])
            .is_some_and(|k| date_at(k) || doc.tokens[k].len() <= 3 && next_joined(doc, k, &[" "]).is_some_and(date_at))
}

fn at_sentence_start(doc: &Document<'_>, i: usize) -> bool {
    i == 0 || gap(doc, i - 1, i).bytes().any(|c| matches!(c, b'.' | b'!' | b'?' | b':' | b'\n'))
}

/// A lower-case place after a strong cue: `i live in berlin`.
#[inline]
fn lower_place_cue(doc: &Document<'_>, i: usize) -> bool {
    // `moving to texas`: states and provinces as well as big cities and countries.
    i > 0 && matches!(doc.tokens[i - 1].len(), 2 | 4) && lower_place_after(doc, i - 1, i)
}

/// Is a licence named next to the place at tokens `first..=last` (`New York license`,
/// `DL# 123-456-789 NY`): the state that issued it?
fn names_licence(doc: &Document<'_>, first: usize, last: usize) -> bool {
    super::has_context_window(doc, doc.tokens[first].start, doc.tokens[last].end, LICENSE_WORDS, 6, 1)
}

fn lower_place_after(doc: &Document<'_>, p: usize, i: usize) -> bool {
    gap(doc, p, i) == " " && is_one_of(word(doc, p), &["in", "from", "to", "near"]) && {
        let info = doc.lookup(i);
        info.any(CITY | COUNTRY | REGION)
            && !info.any(ENGLISH | REGION_AMBIGUOUS)
            && (info.city_pop >= 100_000 || info.any(COUNTRY | REGION))
    }
}

/// A Romance `de` / `di` / `a` after a word that is not English (`almacén de Zaragoza`,
/// `nato a Genova`, `la poste de Lyon`): a place preposition, unlike the `de` of a name
/// (`Maria de Souza`) or the English article (`buy a Jordan`).
fn romance_of(doc: &Document<'_>, p: usize) -> bool {
    is_one_of(word(doc, p), &["de", "di", "a", "da"])
        && p > 0
        && gap(doc, p - 1, p) == " "
        && doc.tokens[p - 1].kind == TokenKind::Word
        && !doc.tokens[p - 1].is_capitalised()
        && !doc.is(p - 1, NOT_NAME)
        && !doc.lookup(p - 1).has(ENGLISH)
}

#[cfg(test)]
mod tests {
    use crate::test_support::{found, found_subtypes};

    #[test]
    fn routes_and_train_numbers() {
        assert_eq!(
            found("no me deja pagar el billete Madrid-Sevilla del 28/06", "LOCATION"),
            vec!["Madrid", "Sevilla"]
        );
        assert_eq!(found("2024-06-10 booking ok route=Köln-Berlin pax=2", "LOCATION"), vec!["Köln", "Berlin"]);
        assert_eq!(
            found("annulation du TGV INOUI 6203 Paris → Marseille du 02/05", "LOCATION"),
            vec!["Paris", "Marseille"]
        );
        assert!(found("a Coca-Cola and a Rolls-Royce", "LOCATION").is_empty());
        assert_eq!(found("i live in Columbus Ohio i dont", "LOCATION"), vec!["Columbus", "Ohio"]);
        assert!(found("Dear Goh Pei Shan,", "LOCATION").is_empty());
        assert!(found("ref RF-22981-ZA. Banks take 3–5 days", "LOCATION").is_empty());
        assert_eq!(found("card bought at store #2281 Fort Lee NJ", "LOCATION"), vec!["Fort Lee", "NJ"]);
        assert!(found("I have the 2019 Honda CR-V on file", "LOCATION").is_empty());
    }

    #[test]
    fn a_street_type_abbreviated_after_its_name() {
        let mail = "I moved into Van Woustraat 112-3 hoog, 1073 LR Amsterdam on 1 May";
        assert_eq!(found(mail, "LOCATION"), vec!["Van Woustraat 112-3 hoog, 1073 LR Amsterdam"]);
        let note = "Anschluss Kopenhagener Str. 9, 10437 Berlin läuft wieder.";
        assert_eq!(found(note, "LOCATION"), vec!["Kopenhagener Str. 9, 10437 Berlin"]);
    }

    #[test]
    fn a_sentence_on_the_next_line_is_no_part_of_the_address() {
        let form = "Anmeldung address: Schönhauser Allee 58, 10437 Berlin.\nDate of birth 19/02/1993.";
        assert_eq!(found(form, "LOCATION"), vec!["Schönhauser Allee 58, 10437 Berlin"]);
    }

    #[test]
    fn a_date_after_an_address_is_no_part_of_it() {
        let chat = "2024/03/04, 12:16 - Kavitha: Surgery is 310 Musgrave Road, Berea, Durban, 4001\n2024/03/04, 12:48 - Precious: Hi";
        assert_eq!(found(chat, "LOCATION"), vec!["310 Musgrave Road, Berea, Durban, 4001"]);
        let move_ = "- Stop service at 3318 W 14th Ave, Vancouver, BC V6R 2W9 on April 30, 2024 (final read)";
        assert_eq!(found(move_, "LOCATION"), vec!["3318 W 14th Ave, Vancouver, BC V6R 2W9"]);
        assert_eq!(found(move_, "DATE_TIME"), vec!["April 30, 2024"]);
        let de = "Umzug nach Hauptstraße 5, 10115 Berlin ab Mai 2024 bitte";
        assert_eq!(found(de, "LOCATION"), vec!["Hauptstraße 5, 10115 Berlin"]);
        // A four-digit postcode is no year when no date comes before it.
        assert_eq!(
            found("deliver to 12 Smith St, Fitzroy VIC 3065", "LOCATION"),
            vec!["12 Smith St, Fitzroy VIC 3065"]
        );
    }

    #[test]
    fn via_after_a_number_is_the_preposition() {
        let note = "Arrival in US: March 14, 1986, via Seattle";
        assert_eq!(found(note, "LOCATION"), vec!["US", "Seattle"]);
        assert_eq!(found("Ship by March 28 via UPS please", "LOCATION"), Vec::<&str>::new());
        assert_eq!(found("spedire a via Roma 12, 00184 Roma", "LOCATION"), vec!["via Roma 12, 00184 Roma"]);
    }

    #[test]
    fn a_zip_code_read_out() {
        let call = "AGENT: can you confirm the zip code we have on file\nCALLER: six oh six two nine\nAGENT: thanks";
        assert_eq!(found(call, "LOCATION"), vec!["six oh six two nine"]);
        // Five digit words with no ZIP asked for, or more than five, are none.
        assert_eq!(found("CALLER: six oh six two nine", "LOCATION"), Vec::<&str>::new());
        let long = "AGENT: and your zip\nCALLER: six oh six two nine one";
        assert_eq!(found(long, "LOCATION"), Vec::<&str>::new());
    }

    #[test]
    fn a_journey_and_a_country_before_a_function_word() {
        let it = "ho viaggiato sul treno 9543 da Napoli a Milano, partenza prevista alle 14:05";
        assert_eq!(found(it, "LOCATION"), vec!["Napoli", "Milano"]);
        assert_eq!(found("Reis: van Utrecht naar Groningen", "LOCATION"), vec!["Utrecht", "Groningen"]);
        let train = "Departs Auckland 7:45am, arrives Wellington 6:25pm.";
        assert_eq!(found(train, "LOCATION"), vec!["Auckland", "Wellington"]);
        assert_eq!(found("veio para o Brasil no ano passado", "LOCATION"), vec!["Brasil"]);
        assert_eq!(found("veio para o Brasil no ano passado", "PERSON"), Vec::<&str>::new());
        // A name between `van` and a word that is no journey's end is no place.
        assert_eq!(found("Hi, this is Pieter van Dijk from accounts", "LOCATION"), Vec::<&str>::new());
    }

    #[test]
    fn a_form_column_ends_a_field() {
        let form = "DL: P621-548-61-423-0    State: FL    Class: E";
        assert_eq!(found(form, "LOCATION"), vec!["FL"]);
    }

    #[test]
    fn the_street_a_shop_is_named_after() {
        assert_eq!(found("Customer: the Oxford Street store was closed", "LOCATION"), vec!["Oxford Street"]);
        assert_eq!(found("I was told at the King Street branch", "LOCATION"), vec!["King Street"]);
        assert_eq!(found("the Wall Street Journal called", "LOCATION"), Vec::<&str>::new());
    }

    #[test]
    fn towns_of_five_thousand_people() {
        // Ojai (7,627) and Hood River (7,624) are in GeoNames' cities5000, not cities15000.
        assert_eq!(found("my parents live in Ojai now", "LOCATION"), vec!["Ojai"]);
        assert_eq!(found("we are in Hood River, OR not Portland", "LOCATION"), vec!["Hood River", "OR"]);
    }

    #[test]
    fn a_small_town_that_is_also_a_word_or_name() {
        // Post (TX) does not make `Canada Post` two places; an airport is a place.
        assert_eq!(found("I've opened a trace with Canada Post.", "LOCATION"), Vec::<&str>::new());
        assert_eq!(found("she needs a wheelchair at Melbourne Airport.", "LOCATION"), vec!["Melbourne Airport"]);
        // Morag (PL) on the line under an address is the signature, not the town.
        let letter = "Both at 21 Thistle Road, Inverness IV2 4HN.\nMorag Fraser";
        assert_eq!(found(letter, "LOCATION"), vec!["21 Thistle Road, Inverness IV2 4HN"]);
        assert_eq!(found(letter, "PERSON"), vec!["Morag Fraser"]);
        // A signature's role and company line is not part of the address under it.
        let signature = "Many thanks,\nGareth Jones\n\
                         Head of Operations | Copperfield Bakeries Ltd\nUnit 9, Riverside Park, Cardiff CF10 4AB";
        assert_eq!(found(signature, "LOCATION"), vec!["Unit 9, Riverside Park, Cardiff CF10 4AB"]);
        assert_eq!(found("Estimated Delivery: Thursday 6 November", "LOCATION"), Vec::<&str>::new());
        // Codes on the lines above or under an address are not part of it.
        let above = "codes\n4821-9932\n7710-2284\n12 Elm St\nSpringfield, IL 62704";
        assert_eq!(found(above, "LOCATION"), vec!["12 Elm St\nSpringfield, IL 62704"]);
        let codes = "Ship to: 12 Elm St, Springfield, IL 62704\n4821-9932\n7710-2284";
        assert_eq!(found(codes, "LOCATION"), vec!["12 Elm St, Springfield, IL 62704"]);
        // March (Cambridgeshire) is a month unless its county says otherwise.
        assert_eq!(found("we relocated to Eindhoven in March", "LOCATION"), vec!["Eindhoven"]);
        assert_eq!(found("we moved to March, Cambridgeshire", "LOCATION"), vec!["March", "Cambridgeshire"]);
    }

    #[test]
    fn a_csv_rows_cells_are_places_of_their_own() {
        let row = "abn,company,street,suburb,state,postcode\n12345,Pty Ltd,Unit 9, 120 Princes Hwy,Kogarah,NSW,2217\n";
        let places = found(row, "LOCATION");
        assert!(places.contains(&"Unit 9, 120 Princes Hwy"), "{places:?}");
        // Prose keeps a comma's parts together.
        assert_eq!(
            found("I live at 120 Princes Hwy,Kogarah NSW 2217", "LOCATION"),
            vec!["120 Princes Hwy,Kogarah NSW 2217"]
        );
    }

    #[test]
    fn a_place_and_its_division() {
        assert_eq!(found("she was born in Lagos State, Nigeria", "LOCATION"), vec!["Lagos State", "Nigeria"]);
        assert_eq!(found("she lives in Kiambu County now", "LOCATION"), vec!["Kiambu County"]);
        assert!(found("he studied at Ohio State University", "LOCATION").iter().all(|p| *p != "Ohio State"));
    }

    #[test]
    fn irish_addresses() {
        let cork = "update my address to 12 Main Street, Ballincollig, Co. Cork, P31 X2Y3?";
        assert_eq!(found(cork, "LOCATION"), vec!["12 Main Street, Ballincollig, Co. Cork, P31 X2Y3"]);
        let dublin = "my address is Apartment 4, 22 Harcourt Street, Dublin 2, D02 HX65. The last parcel";
        assert_eq!(found(dublin, "LOCATION"), vec!["Apartment 4, 22 Harcourt Street, Dublin 2, D02 HX65"]);
        // No house number: the townland, the town and the county (after a person's name).
        let rural = "We're still at Knockanean, Ennis, Co. Clare, V95 F6P2 for the letters.";
        assert_eq!(found(rural, "LOCATION"), vec!["Knockanean, Ennis, Co. Clare, V95 F6P2"]);
        let letterhead = "SOLICITORS\nMain Street, Oughterard, Co. Galway\nTel: (091) 554 218";
        assert_eq!(found(letterhead, "LOCATION"), vec!["Main Street, Oughterard, Co. Galway"]);
        let caller = "I have that. Mr Hanrahan, Ballyvoreen, Croom, Co. Limerick, V35 P6W2. Date";
        assert_eq!(found(caller, "LOCATION"), vec!["Ballyvoreen, Croom, Co. Limerick, V35 P6W2"]);
        let block = "letter by post to:\n\nApt 6, Harbour View\nStrand Road\nBray, Co. Wicklow\nA98 X2T4\n\nMobile: +353 87 214 6630";
        assert_eq!(found(block, "LOCATION"), vec!["Apt 6, Harbour View\nStrand Road\nBray, Co. Wicklow\nA98 X2T4"]);
        let commas = "we moved to\nApt 12, Harbour View,\nStrand Road,\nBray, Co. Wicklow\nA98 K2F7\n\nMobile";
        assert_eq!(found(commas, "LOCATION"), vec!["Apt 12, Harbour View,\nStrand Road,\nBray, Co. Wicklow\nA98 K2F7"]);
        let company = "Fitzgerald Haulage, Unit 2, Ballinascarthy Business Park, Co. Cork P85 WK20";
        assert_eq!(found(company, "LOCATION"), vec!["Unit 2, Ballinascarthy Business Park, Co. Cork P85 WK20"]);
        let irish = "Customer: Cnoc na Gaoithe, Moycullen, Co. Galway, H91 E2K7. It's the yellow house";
        assert_eq!(found(irish, "LOCATION"), vec!["Cnoc na Gaoithe, Moycullen, Co. Galway, H91 E2K7"]);
        // `Lower`, `Upper` after a street's type, before the address's next part.
        let office = "2nd Floor, 14 Dominick Street Lower, Galway H91 E2K6";
        assert_eq!(found(office, "LOCATION"), vec![office]);
        // A motorway and a year are no Eircode.
        assert_eq!(found("Eircode: M50 2024", "LOCATION"), Vec::<&str>::new());
    }

    #[test]
    fn hungarian_and_slovenian_addresses() {
        // The postcode and city before the street, and Hungarian and Slovenian street types.
        for (text, want) in [
            ("Lakcím: 1052 Budapest, Váci utca 18. III/2\nTelefon", "1052 Budapest, Váci utca 18. III/2"),
            ("\"lakcim\": \"4026 Debrecen, Piac utca 45. 2/7\",", "4026 Debrecen, Piac utca 45. 2/7"),
            ("Naslov: Dunajska cesta 63, 1000 Ljubljana\n", "Dunajska cesta 63, 1000 Ljubljana"),
        ] {
            assert_eq!(found(text, "LOCATION"), vec![want], "{text}");
        }
    }

    #[test]
    fn turkish_and_indonesian_addresses() {
        let bagdat = "Teslimat adresi: Bağdat Cad. No: 245/3, Kadıköy 34728 İstanbul";
        assert_eq!(found(bagdat, "LOCATION"), vec!["Bağdat Cad. No: 245/3, Kadıköy 34728 İstanbul"]);
        let moda = "Adres: Caferağa Mah. Moda Cad. No: 112, 34710 Kadıköy/İstanbul";
        assert_eq!(found(moda, "LOCATION"), vec!["Caferağa Mah. Moda Cad. No: 112, 34710 Kadıköy/İstanbul"]);
        let bandung = "kirim ke Jl. Merdeka No. 10, RT 02/RW 05, Kec. Coblong, Bandung 40132 ya";
        assert_eq!(found(bandung, "LOCATION"), vec!["Jl. Merdeka No. 10, RT 02/RW 05, Kec. Coblong, Bandung 40132"]);
        // A street type's dot goes on only to a number's word.
        assert_eq!(found("Moda Cad. 12 kişi geldi", "LOCATION"), Vec::<&str>::new());
    }

    #[test]
    fn districts_rural_rounds_and_country_letters_before_postcodes() {
        let jeddah = "My national address is 7235 Prince Sultan Rd, Al Rawdah Dist., Jeddah 23435-3094 (short";
        assert_eq!(found(jeddah, "LOCATION"), vec!["7235 Prince Sultan Rd, Al Rawdah Dist., Jeddah 23435-3094"]);
        let kbh = "Mvh\nMette\nVesterbrogade 112, 2. tv., 1620 København V\nTlf. 21 43 65 87";
        assert_eq!(found(kbh, "LOCATION"), vec!["Vesterbrogade 112, 2. tv., 1620 København V"]);
        let lux = "Katrin Schäfer\n27, boulevard J.F. Kennedy, L-4170 Esch-sur-Alzette\n+352 26 54 81 20";
        assert_eq!(found(lux, "LOCATION"), vec!["27, boulevard J.F. Kennedy, L-4170 Esch-sur-Alzette"]);
        assert!(found(lux, "PERSON").iter().all(|p| !p.contains("Kennedy")));
        let oman = "Customer: P.O. Box 1234, PC 112, Ruwi, Muscat\nCustomer: also";
        assert_eq!(found(oman, "LOCATION"), vec!["P.O. Box 1234, PC 112, Ruwi, Muscat"]);
        let rd = "send it to 1324 Main Road, RD 6, Te Awamutu 3876 please";
        assert_eq!(found(rd, "LOCATION"), vec!["1324 Main Road, RD 6, Te Awamutu 3876"]);
        // A plan's letter and a year are no country's postcode.
        assert_eq!(found("Plan B-2024 Starter", "LOCATION"), Vec::<&str>::new());
        let tampere = "Thanks,\nAleksi Virtanen\nHämeenkatu 21 B 14, 33200 Tampere\n+358 40 718 2293";
        assert_eq!(found(tampere, "LOCATION"), vec!["Hämeenkatu 21 B 14, 33200 Tampere"]);
        let highway = "Delivery to:\n1324 State Highway 3, RD 6, Te Awamutu 3876\n\nBest";
        assert_eq!(found(highway, "LOCATION"), vec!["1324 State Highway 3, RD 6, Te Awamutu 3876"]);
        let sector = "Regards,\nAyesha\nHouse 12, Street 5, F-7/2, Islamabad 44000\nPakistan\n\n> Hi";
        assert_eq!(found(sector, "LOCATION"), vec!["House 12, Street 5, F-7/2, Islamabad 44000\nPakistan"]);
    }

    #[test]
    fn an_address_ends_before_the_next_field_or_a_sign_off() {
        // Mobile (AL), Best (NL) and Gracias (HN) are towns.
        let form = "Address: Flat 1/2, 48 Byres Road, Glasgow G11 5JZ\nMobile: +447828024999";
        assert_eq!(found(form, "LOCATION"), vec!["Flat 1/2, 48 Byres Road, Glasgow G11 5JZ"]);
        let form = "Install address: 77 Orchard Lane, Danbury, CT 06810\nBest contact: 312-555-0142";
        assert_eq!(found(form, "LOCATION"), vec!["77 Orchard Lane, Danbury, CT 06810"]);
        let form = "Delivery address: 2290 Whitmore Street, Best, TX 79015\nBest time to call: after 6pm";
        assert_eq!(found(form, "LOCATION"), vec!["2290 Whitmore Street, Best, TX 79015"]);
        let mail = "C/ Mayor 12, 1º A, 30001 Murcia\nGracias.";
        assert_eq!(found(mail, "LOCATION"), vec!["C/ Mayor 12, 1º A, 30001 Murcia"]);
        // A chat message's sender and time, a signature's phone line with its label.
        let chat = "jordan reyes 10:08 AM: 2207 E Cesar Chavez St Apt 114, Austin, TX 78702\njordan reyes 10:08 AM: ok";
        assert_eq!(found(chat, "LOCATION"), vec!["2207 E Cesar Chavez St Apt 114, Austin, TX 78702"]);
        let signature = "Vermeer & Bos Incasso B.V.\nStationsplein 45, 3511 ED Utrecht\nT 030 251 7730";
        assert_eq!(found(signature, "LOCATION"), vec!["Stationsplein 45, 3511 ED Utrecht"]);
        let letter = "Re: Mr Terence Wibberley\n7 Cromwell Terrace, Bristol BS6 5EX    Tel 0117 496 0255\n\nI would";
        assert_eq!(found(letter, "LOCATION"), vec!["7 Cromwell Terrace, Bristol BS6 5EX"]);
        let mail = "here: Calle San Pedro 12, 03503 Benidorm, Spain\nMobile +34 612 874 309, or my old number";
        assert_eq!(found(mail, "LOCATION"), vec!["Calle San Pedro 12, 03503 Benidorm, Spain"]);
        // A town on the next line is still the address's.
        let letter = "Address: 12 Church Lane\nMobile\nAL 36602";
        assert_eq!(found(letter, "LOCATION"), vec!["12 Church Lane\nMobile\nAL 36602"]);
    }

    #[test]
    fn only_the_next_line_answers_a_place_question() {
        let call = "AGENT: Where is the property located?\nCALLER: Clinton, Iowa. Small place.\nAGENT: Got it.";
        assert_eq!(found(call, "LOCATION"), vec!["Clinton", "Iowa"]);
    }

    #[test]
    fn the_state_that_issued_a_licence() {
        assert_eq!(found("New York license, ID 714 220 965", "LOCATION"), vec!["New York"]);
        assert_eq!(found("ID: Driver license 285-763-803 (Virginia)", "LOCATION"), vec!["Virginia"]);
        assert_eq!(found("Customer: DL# 123-456-789 NY", "LOCATION"), vec!["NY"]);
        // A prefix of the number, and a state far from any licence, are not.
        assert_eq!(found("our contractor license # is CL-2231874", "LOCATION"), Vec::<&str>::new());
        assert_eq!(found("Virginia asked about her license renewal", "LOCATION"), Vec::<&str>::new());
    }

    #[test]
    fn one_span_per_address() {
        for (text, want) in [
            (
                "send it to 123 Main Street, Apt 4B, Springfield, IL 62704 please",
                "123 Main Street, Apt 4B, Springfield, IL 62704",
            ),
            ("I live at 10 Downing Street, London SW1A 2AA.", "10 Downing Street, London SW1A 2AA"),
            ("Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),
            ("chez moi au 12 rue de Rivoli, 75001 Paris", "12 rue de Rivoli, 75001 Paris"),
            ("Calle Mayor 12, 28013 Madrid", "Calle Mayor 12, 28013 Madrid"),
            ("Keizersgracht 221-H, 1016 DV Amsterdam\nthanks", "Keizersgracht 221-H, 1016 DV Amsterdam"),
            // In lower-case writing the city, region and postcode are lower case too.
            ("ship to 42 oak st springfield", "42 oak st springfield"),
            ("deliver to 4417 n clark st chicago il 60640, buzzer 2R", "4417 n clark st chicago il 60640"),
            ("went to 41 church lane, st albans al1 3dq pls", "41 church lane, st albans al1 3dq"),
            ("new addr is 123 mian st apt 4 springfeild il 62704 sorry", "123 mian st apt 4 springfeild il 62704"),
            // A unit written with `#` alone; an abbreviated glued type; a particle in a city.
            ("Teresa Alvarado\n3500 N Lamar Blvd #204\nAustin, TX 78705", "3500 N Lamar Blvd #204\nAustin, TX 78705"),
            ("Anschrift:\nHauptstr. 58\n79104 Freiburg im Breisgau", "Hauptstr. 58\n79104 Freiburg im Breisgau"),
            // A house number over a number (`84/92`), a unit and a building without a street.
            (
                "I live at ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa.",
                "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",
            ),
            (
                "to my office: Unit 7, Riverside Business Park, Haddenham, Aylesbury HP17 8LJ",
                "Unit 7, Riverside Business Park, Haddenham, Aylesbury HP17 8LJ",
            ),
            // A labelled address ends where the street address read from it ends at a
            // bracket or a sentence's end, and before a closing word.
            ("Ship-to: 8833 NW 7th Ave, Miami, FL 33150 (freight forwarder)", "8833 NW 7th Ave, Miami, FL 33150"),
            (
                "Address: Av. Insurgentes Sur 1602, 03940 Ciudad de México, CDMX. My phone is",
                "Av. Insurgentes Sur 1602, 03940 Ciudad de México, CDMX",
            ),
            ("address: 55 king st w, toronto on m5h 1j8 thx", "55 king st w, toronto on m5h 1j8"),
            // A German street's preposition; not a preposition before it, nor the verb after.
            ("Gerhard Schuster\nAm Marktplatz 3\n01662 Meißen", "Am Marktplatz 3\n01662 Meißen"),
            ("das Paket an Im Winkel 4\n37073 Göttingen\nDanke", "Im Winkel 4\n37073 Göttingen"),
            ("bitte die Lieferung an Bahnhofstrasse 10, 8001 Zürich senden.", "Bahnhofstrasse 10, 8001 Zürich"),
            // An Italian province in brackets, with or without a label.
            ("l'indirizzo è Via Roma, 10 - 00184 Roma (RM)\nGrazie", "Via Roma, 10 - 00184 Roma (RM)"),
            ("Indirizzo: Via Roma 10, 00184 Roma (RM)\nTel: 1", "Via Roma 10, 00184 Roma (RM)"),
            // A unit before a range of house numbers; a floor written with an ordinal; a plot.
            ("address is Unit 3, 15-17 Beach Road, Bondi NSW 2026. ring", "Unit 3, 15-17 Beach Road, Bondi NSW 2026"),
            (
                "c/o Pembroke\n3rd Floor, 18 St Mary Axe\nLondon\nEC3A 8BF",
                "3rd Floor, 18 St Mary Axe\nLondon\nEC3A 8BF",
            ),
            ("send to Plot 12, 3 Park Street, Kolkata 700016", "Plot 12, 3 Park Street, Kolkata 700016"),
            // A street without a number, after a building's name, confirmed by a postcode.
            (
                "to my mum's, Rose Cottage, Mill Lane, Little Shelford, Cambridge CB22 5EY",
                "Rose Cottage, Mill Lane, Little Shelford, Cambridge CB22 5EY",
            ),
            (
                "is #12, 3rd Main, 5th Cross, Malleshwaram, Bengaluru 560003.",
                "#12, 3rd Main, 5th Cross, Malleshwaram, Bengaluru 560003",
            ),
            ("Bitte an Kaiser-Wilhelm-Str. 7, 20355 Hamburg schicken", "Kaiser-Wilhelm-Str. 7, 20355 Hamburg"),
            ("lautet Mariahilfer Straße 45/3/12, 1060 Wien.", "Mariahilfer Straße 45/3/12, 1060 Wien"),
            ("I am at 221 Baker St. Apt. 3, Boston, MA 02116.", "221 Baker St. Apt. 3, Boston, MA 02116"),
            ("ship to: john doe, 1234 e 56th st, los angeles ca 90011", "1234 e 56th st, los angeles ca 90011"),
            ("Becker GmbH · Industriestraße 8 · 70565 Stuttgart", "Industriestraße 8 · 70565 Stuttgart"),
            ("send to 10 Anson Road, #12-34, Singapore 079903 thanks", "10 Anson Road, #12-34, Singapore 079903"),
            // A neighbourhood with its type first (Mexico), a city with a particle.
            (
                "es Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX.",
                "Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX",
            ),
            ("Flat 3\n12 High Street\nLeeds LS1 4AB", "Flat 3\n12 High Street\nLeeds LS1 4AB"),
            ("250 Yonge St, Toronto, ON M5B 2L7", "250 Yonge St, Toronto, ON M5B 2L7"),
            ("at 4418 Maple Ridge Ct, Columbus, OH 43221 ok", "4418 Maple Ridge Ct, Columbus, OH 43221"),
            ("88 Dundas St W, Mississauga, ON L5B 1H7", "88 Dundas St W, Mississauga, ON L5B 1H7"),
            ("Same address, 45-12 Kissena Blvd, Flushing, NY 11355", "45-12 Kissena Blvd, Flushing, NY 11355"),
            ("C/ Mayor 12, 1º A, 30001 Murcia", "C/ Mayor 12, 1º A, 30001 Murcia"),
            ("Customer: Flat 3, 41 Cotham Brow, Bristol BS6 6AW", "Flat 3, 41 Cotham Brow, Bristol BS6 6AW"),
            // Floor and door designators the lists do not know, then a postcode.
            ("an Bergmannstraße 21, 3. OG, 10961 Berlin bitte", "Bergmannstraße 21, 3. OG, 10961 Berlin"),
            ("Calle Sierpes 4, bajo\n41004 Sevilla", "Calle Sierpes 4, bajo\n41004 Sevilla"),
            ("Drottninggatan 12, 111 51 Stockholm", "Drottninggatan 12, 111 51 Stockholm"),
            ("Leopoldstraße 112, 3. OG links\n80802 München", "Leopoldstraße 112, 3. OG links\n80802 München"),
            (
                "Corso Buenos Aires 23, 4° piano, 20124 Milano (MI)",
                "Corso Buenos Aires 23, 4° piano, 20124 Milano (MI)",
            ),
            ("1200 Rue Peel, Montréal (Québec) H3B 2T6", "1200 Rue Peel, Montréal (Québec) H3B 2T6"),
        ] {
            assert_eq!(found_subtypes(text, "LOCATION"), vec![(want, Some("ADDRESS"))], "{text}");
        }
    }

    #[test]
    fn form_fields() {
        assert_eq!(found_subtypes("Zip: 62704", "LOCATION"), vec![("62704", Some("POSTCODE"))]);
        assert_eq!(found_subtypes("Wohnort: Bad Homburg\n", "LOCATION"), vec![("Bad Homburg", Some("CITY"))]);
        assert_eq!(
            found_subtypes(r#"{"line1":"ul. Floriańska 22/5","city":"Kraków","postal_code":"31-019"}"#, "LOCATION"),
            vec![("ul. Floriańska 22/5", Some("ADDRESS")), ("Kraków", Some("CITY")), ("31-019", Some("POSTCODE"))]
        );
    }

    #[test]
    fn places_alone() {
        assert_eq!(found_subtypes("I moved to Berlin last year", "LOCATION"), vec![("Berlin", Some("CITY"))]);
        assert_eq!(found_subtypes("shipped from Germany", "LOCATION"), vec![("Germany", Some("COUNTRY"))]);
        assert_eq!(found_subtypes("we're in New York now", "LOCATION"), vec![("New York", Some("CITY"))]);
        assert_eq!(found_subtypes("DL 637842080 (MN)", "LOCATION"), vec![("MN", Some("STATE"))]);
        assert_eq!(found("a UK number and US passport", "LOCATION"), Vec::<&str>::new());
        assert_eq!(found("order 12345 shipped", "LOCATION"), Vec::<&str>::new());
        assert_eq!(found("09:41 Aaliyah Brooks", "LOCATION"), Vec::<&str>::new());
        assert_eq!(found("paid via ACH; reset via Forgot Password", "LOCATION"), Vec::<&str>::new());
        // State codes alone: after a city and a comma, or a place word.
        assert_eq!(found_subtypes("I'm in Austin, TX now", "LOCATION")[1], ("TX", Some("STATE")));
        assert_eq!(found_subtypes("how much is shipping to PR?", "LOCATION"), vec![("PR", Some("STATE"))]);
        no_location(&["We can ship to PO boxes", "send it to ME please", "Thanks John, OK", "set to ON"]);
        assert_eq!(found("Jane Porter | Sales | Chicago, IL", "LOCATION"), vec!["Chicago", "IL"]);
        // A country before a function word is not a modifier (`UK customers` is).
        assert_eq!(found("we're in Brisbane, Australia so it's late", "LOCATION"), vec!["Brisbane", "Australia"]);
        // A word that is never a name starts a longer place name, or a letter's date line.
        assert_eq!(found("Den Haag, 13 maart 2024", "LOCATION"), vec!["Den Haag"]);
        assert_eq!(found("Objet : résiliation\n\nNice, le 8 mars 2024", "LOCATION"), vec!["Nice"]);
        assert_eq!(found("Genova, 7 marzo 2024\n\nOggetto: disdetta", "LOCATION"), vec!["Genova"]);
        no_location(&["Nice, thanks for the help", "As salt prices rise, we ship less", "That was nice, 10 out of 10"]);
        // A postcode before a city, or answering a question about it.
        assert_eq!(found("my zip got changed but it's 11201, Brooklyn", "LOCATION"), vec!["11201", "Brooklyn"]);
        assert_eq!(found("Agent: ¿Su código postal?\nCliente: 28013", "LOCATION"), vec!["28013"]);
        no_location(&[
            "Agent: what's your zip?\nCustomer: order 55120 first",
            "I paid 12000 for it",
            "Agent: and your postcode, please, so we can check the stock.\nCustomer: 20000 people",
        ]);
        // A street on its own after a place word; a place named after a word for one.
        assert_eq!(found("Can I pick up at your Oxford Street store?", "LOCATION"), vec!["Oxford Street"]);
        assert_eq!(found("het ligt bij het PostNL-punt op de Biltstraat", "LOCATION"), vec!["Biltstraat"]);
        assert_eq!(found("I read it in the Wall Street Journal", "LOCATION"), Vec::<&str>::new());
        assert_eq!(found("my account at Redwood Credit Union", "LOCATION"), Vec::<&str>::new());
        assert_eq!(found("I live in a small town called Hebden Bridge", "LOCATION"), vec!["Hebden Bridge"]);
        assert_eq!(found("a customer called Bridget phoned", "LOCATION"), Vec::<&str>::new());
        // Continents and the EU; verbs of travel; state codes after `in`, or a city without comma.
        assert_eq!(found("I'm travelling around Europe", "LOCATION"), vec!["Europe"]);
        assert_eq!(found("numbers from the US, UK and EU", "LOCATION"), vec!["US", "UK", "EU"]);
        assert_eq!(found("for ~12% of EU customers", "LOCATION"), Vec::<&str>::new());
        assert_eq!(found("I left Paris yesterday.", "LOCATION"), vec!["Paris"]);
        assert_eq!(found("I'm based in LA", "LOCATION"), vec!["LA"]);
        assert_eq!(found("I'm in Houston TX", "LOCATION"), vec!["Houston", "TX"]);
        assert_eq!(found("I'm in Houston OK then", "LOCATION"), vec!["Houston"]);
        // `DC` after any other city is its distribution centre.
        assert_eq!(found("I'm in Washington DC", "LOCATION"), vec!["Washington DC"]);
        assert_eq!(found("it ships from Memphis DC tomorrow", "LOCATION"), vec!["Memphis"]);
        // A landmark after a word of position.
        assert_eq!(found("Landmark: opposite Gopalan Mall\n", "LOCATION"), vec!["Gopalan Mall"]);
        assert_eq!(found("the shop near Central Station closes at 9", "LOCATION"), vec!["Central Station"]);
        assert_eq!(found("near Christmas Day Sale", "LOCATION"), Vec::<&str>::new());
        // Prepositions of other languages.
        assert_eq!(found("vivo en Valencia desde marzo", "LOCATION"), vec!["Valencia"]);
        assert_eq!(found("Ich ziehe nach München", "LOCATION"), vec!["München"]);
    }

    #[test]
    fn vcard_addresses() {
        let card = "FN:Ingrid Halvorsen\nADR;TYPE=home:;;214 W Babcock St;Bozeman;MT;59715;USA\nEMAIL:i@example.com";
        assert_eq!(found_subtypes(card, "LOCATION"), vec![("214 W Babcock St;Bozeman;MT;59715;USA", Some("ADDRESS"))]);
        assert_eq!(found("ADR:;;7 Commercial Street;Lerwick;;ZE1 0HX;United Kingdom\n", "LOCATION").len(), 1);
        assert_eq!(
            found("ADR;TYPE=work:;Suite 210;88 Canyon Rd;Taos;NM;87571;US", "LOCATION"),
            vec!["Suite 210;88 Canyon Rd;Taos;NM;87571;US"]
        );
        // Not a vCard address: another property, or text after the value on the line.
        no_location(&["NOTE:;;call before noon;thanks", "ADRIAN: 12 of them;ok"]);
    }

    #[test]
    fn zip_codes_read_digit_by_digit() {
        assert_eq!(found_subtypes("CALLER: zip is 9 0 2 1 0", "LOCATION"), vec![("9 0 2 1 0", Some("POSTCODE"))]);
        assert_eq!(
            found("AGENT: What's the five-digit ZIP?\nCALLER: uh 5 9 7 1 5... yes", "LOCATION"),
            vec!["5 9 7 1 5"]
        );
        // Not a ZIP: no postcode word, or six digits (a one-time code read out).
        no_location(&["press 1 2 3 4 5 on the keypad", "zip it, the code is 7 3 9 1 0 4"]);
    }

    #[test]
    fn towns_with_their_state_or_country() {
        assert_eq!(
            found_subtypes("now Marfa, TX 79843", "LOCATION"),
            vec![("Marfa", Some("CITY")), ("TX", Some("STATE")), ("79843", Some("POSTCODE"))]
        );
        assert_eq!(found("a PO box in Sitka, AK, deliveries", "LOCATION"), vec!["Sitka", "AK"]);
        assert_eq!(found("hello im in Hallstatt, Austria and my esim", "LOCATION"), vec!["Hallstatt", "Austria"]);
        // A name, a greeting's object or an ordinary word before the comma is not a town.
        no_location(&["Hi Priya, NY office called", "Mr Okafor, CA branch", "Thanks, OK", "Sincerely, Bob Smith, TX"]);
    }

    #[test]
    fn cities_that_are_names_where_people_live() {
        assert_eq!(found("my mom lives in Warren and shes far away", "LOCATION"), vec!["Warren"]);
        assert_eq!(found("i moved from Davis to Lincoln in march", "LOCATION"), vec!["Davis", "Lincoln"]);
        assert_eq!(found("wir sind von Hamburg nach Lüneburg umgezogen", "LOCATION"), vec!["Hamburg", "Lüneburg"]);
        assert_eq!(found("can Warren from billing call me", "LOCATION"), Vec::<&str>::new());
    }

    #[test]
    fn the_place_an_incoterm_names() {
        assert_eq!(found("Our PO was agreed on DAP Leeds terms", "LOCATION"), vec!["Leeds"]);
        assert_eq!(found("(11 palettes, incoterm FCA Lyon)", "LOCATION"), vec!["Lyon"]);
    }

    #[test]
    fn places_answering_and_after_romance_prepositions() {
        assert_eq!(found("Agent: Which state issued it?\nCustomer: ok its NY", "LOCATION"), vec!["NY"]);
        assert_eq!(found("el pedido sigue en el almacén de Zaragoza", "LOCATION"), vec!["Zaragoza"]);
        assert_eq!(found("Stefano Ricci, nato a Genova il 3 marzo", "LOCATION"), vec!["Genova"]);
        assert_eq!(found("we're moving to texas next week", "LOCATION"), vec!["texas"]);
        assert_eq!(found("ok its NY license 673 374 862", "LOCATION"), vec!["NY"]);
        assert_eq!(found("I'm in Kendal in Cumbria and the engineer", "LOCATION"), vec!["Kendal", "Cumbria"]);
        assert_eq!(found("CALLER: Grand Forks, North Dakota.", "LOCATION"), vec!["Grand Forks", "North Dakota"]);
        no_location(&["Nationality: American", "is the Vermont maple gift box on sale", "and the Texas toast"]);
        assert_eq!(found("the Texas office is closed", "LOCATION"), vec!["Texas"]);
        // A name's particle, the English article, a question about something else.
        no_location(&[
            "Maria de Souza called",
            "I want to buy a Jordan hoodie",
            "Agent: Which size?\nCustomer: its ME",
        ]);
    }

    #[test]
    fn signature_name_above_an_address() {
        let sig = "Thanks.\n\nDale Lindquist\nLindquist Outfitters\n41 Main Street\nKetchum, ID 83340";
        assert_eq!(found(sig, "LOCATION"), vec!["41 Main Street\nKetchum, ID 83340"]);
    }

    #[test]
    fn places_in_lists_routes_and_other_languages() {
        assert_eq!(
            found("paket ligger hos ett ombud i Uppsala men jag bor i Stockholm", "LOCATION"),
            vec!["Uppsala", "Stockholm"]
        );
        assert_eq!(
            found("zwei Standorte in der Schweiz: Zürich und Lausanne.", "LOCATION"),
            vec!["Schweiz", "Zürich", "Lausanne"]
        );
        assert_eq!(
            found("ahora solo enviamos a España, Portugal y Francia", "LOCATION"),
            vec!["España", "Portugal", "Francia"]
        );
        assert_eq!(found("Reembolso voo TP 1353 Lisboa–Porto", "LOCATION"), vec!["Lisboa", "Porto"]);
        // The English `I`, an airline's code and its flight number are no places.
        no_location(&[
            "Subject: Cancelled flight BA 2491 - booking ref QX7T2K",
            "vuelo IB 3166 mañana",
            "so I Reading it",
        ]);
        assert_eq!(found("I see you're on flight DL 2217 tomorrow", "US_DRIVER_LICENSE"), Vec::<&str>::new());
        // A state code in brackets is one only when the bracket closes on it.
        assert_eq!(found("DL 637842080 (MN)", "LOCATION"), vec!["MN"]);
        no_location(&["Rep: Marcus (ID 4471)"]);
    }

    #[test]
    fn the_place_a_branch_is_named_after() {
        let text = "Our Headingley branch has Thursday free, or try the Kings Cross branch.";
        assert_eq!(found(text, "LOCATION"), vec!["Headingley", "Kings Cross"]);
        // A direction or a month names no branch; nor does a word before it without an owner.
        assert!(found("the North branch of the family, since the May branch update", "LOCATION").is_empty());
        assert!(found("Create a Feature branch first", "LOCATION").is_empty());
    }

    #[test]
    fn transport_hubs() {
        assert_eq!(
            found("I took a ride from Logan Airport Terminal B to my hotel", "LOCATION"),
            vec!["Logan Airport Terminal B"]
        );
        assert_eq!(
            found("train from Amsterdam Centraal to Schiphol Airport", "LOCATION"),
            vec!["Amsterdam Centraal", "Schiphol Airport"]
        );
        assert_eq!(
            found("driver went to Kempegowda International Airport Terminal 2 instead", "LOCATION"),
            vec!["Kempegowda International Airport Terminal 2"]
        );
    }

    #[test]
    fn addresses_with_districts_units_and_phones_around() {
        assert_eq!(
            found("My previous address was 14 Admiralty Way, Lekki Phase 1, Lagos, Nigeria.", "LOCATION"),
            vec!["14 Admiralty Way, Lekki Phase 1, Lagos, Nigeria"]
        );
        assert_eq!(
            found("Address: Apt 12, The Granary, 41 Bridge Street Lower, Dublin 8, D08 K2X7, Ireland", "LOCATION"),
            vec!["Apt 12, The Granary, 41 Bridge Street Lower, Dublin 8, D08 K2X7, Ireland"]
        );
        assert_eq!(
            found("is your address still 1802-65 Bremner Blvd, Toronto, ON M5J 0A7?", "LOCATION"),
            vec!["1802-65 Bremner Blvd, Toronto, ON M5J 0A7"]
        );
        // A signature block's phone line under the address is not part of it.
        let signature = "ruth goldberg\n88 Ocean Pkwy Apt 2B, Brooklyn, NY 11218\n718 436 0925";
        assert_eq!(found(signature, "LOCATION"), vec!["88 Ocean Pkwy Apt 2B, Brooklyn, NY 11218"]);
        assert_eq!(found(signature, "PHONE_NUMBER"), vec!["718 436 0925"]);
        let belgian = "Sarah Janssens\nAvenue Louise 231, 1050 Bruxelles\n0475 28 93 16";
        assert_eq!(found(belgian, "LOCATION"), vec!["Avenue Louise 231, 1050 Bruxelles"]);
        // A ZIP+4 on the next line is still the address's.
        assert_eq!(
            found("12 Main St, Springfield, IL\n62704-1234", "LOCATION"),
            vec!["12 Main St, Springfield, IL\n62704-1234"]
        );
    }

    fn no_location(texts: &[&str]) {
        for text in texts {
            assert_eq!(found(text, "LOCATION"), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn not_addresses() {
        no_location(&[
            "sku ab1 2cd is out of stock",
            "build 4417 #204 failed on 12/03/2024",
            "invoice 84/92 paid, $129.99",
            "v2.3.1 #12 in the queue",
            "ticket #12, Priority High, Team Berlin",
            "Main Street Plans: Basic, Pro",
            "I ordered 12 Park Lane tote bags and got 10",
            "I sent 2 parcels via DHL yesterday",
            "we paid 300 dollars via PayPal",
            "Order #A-44120 shipped via UPS on Monday",
            "it is a 5 minute walk from the station",
            "we got 2 seats row 14",
            "the 3 kids park their bikes outside",
            "waited 45 minutes way too long",
            "about 10 min drive away",
        ]);
        // Lower-case words after a street are only taken when they are places, or unknown
        // words right before a region code and postcode.
        assert_eq!(found("ship to 42 oak st in 2 days", "LOCATION"), vec!["42 oak st"]);
        assert_eq!(found("ship to 42 oak st asap thanks 62704", "LOCATION"), vec!["42 oak st"]);
        assert_eq!(found("but I moved to 14 Oak Road last month", "LOCATION"), vec!["14 Oak Road"]);
    }

    #[test]
    fn parts_before_the_part_an_address_was_found_at() {
        // A unit or house-number word, a single letter or `#` opens the address.
        for address in [
            "Plot No. 45, Sector 18, Gurugram, Haryana 122015",
            "H.No. 8-2-293, Road No. 12, Banjara Hills, Hyderabad, Telangana 500034",
            "Flat 5B, Tower 2, The Peak Residences, 12 Harbour Road, Wan Chai, Hong Kong",
            "B-1204, Lodha Amara, Kolshet Road, Thane West, Maharashtra 400607",
            "#12, 3rd Main, 5th Cross, Malleshwaram, Bengaluru 560003",
            "9th Floor, Prestige Towers, 16 MG Road, Bengaluru 560001",
            "Block 12, Flat 3, Admiralty Way, Lekki Phase 1, Lagos",
        ] {
            assert_eq!(found(&format!("pls deliver to {address}"), "LOCATION"), vec![address]);
        }
        // A name, or a building's word that ends a name, opens nothing.
        assert_eq!(
            found("Cardholder: Elaine Park, 10 Market St, San Francisco, CA 94105", "LOCATION"),
            vec!["10 Market St, San Francisco, CA 94105"]
        );
        assert_eq!(
            found("Thanks Maria, 12 Main Street, Springfield, IL 62701", "LOCATION"),
            vec!["12 Main Street, Springfield, IL 62701"]
        );
    }

    #[test]
    fn a_house_name_before_the_number() {
        let text = "Mrs Price, 88, lives alone at Ty Gwyn, 4 Heol y Nant, Aberystwyth SY23 1PQ";
        assert_eq!(found(text, "LOCATION"), vec!["Ty Gwyn, 4 Heol y Nant, Aberystwyth SY23 1PQ"]);
        // Not after a greeting.
        let text = "Thanks Maria, 4 Heol y Nant, Aberystwyth SY23 1PQ is on file";
        assert_eq!(found(text, "LOCATION"), vec!["4 Heol y Nant, Aberystwyth SY23 1PQ"]);
    }

    #[test]
    fn a_company_line_is_not_part_of_the_address_below() {
        let letter = "Kind regards,\nNatasha Kovac CA\nKovac & Lim Chartered Accountants\nLevel 3, 1060 Hay Street, West Perth WA 6005";
        assert_eq!(found(letter, "LOCATION"), vec!["Level 3, 1060 Hay Street, West Perth WA 6005"]);
    }

    #[test]
    fn a_bracket_after_an_address_must_close_on_its_part() {
        let text = "Addresses:\n- 2811 Ross Ave #1403, Dallas, TX 75201 (2021–present)";
        assert_eq!(found(text, "LOCATION"), vec!["2811 Ross Ave #1403, Dallas, TX 75201"]);
    }

    #[test]
    fn an_intersection_is_one_place() {
        let crash = "ran the stop sign at Cermak Rd and S Halsted St, confirmed";
        assert_eq!(found(crash, "LOCATION"), vec!["Cermak Rd and S Halsted St"]);
        assert_eq!(
            found("at the light on Fair Oaks Blvd and Howe Ave when", "LOCATION"),
            vec!["Fair Oaks Blvd and Howe Ave"]
        );
        // A street and what follows it in the sentence.
        assert_eq!(found("we live on Main Street and love it", "LOCATION"), vec!["Main Street"]);
    }

    #[test]
    fn address_blocks_in_quoted_replies_and_with_a_district_line() {
        let quoted = "> N. Garnier\n> 27 cours Gambetta\n> 69003 Lyon\n>\n> Merci";
        assert_eq!(found(quoted, "LOCATION"), vec!["27 cours Gambetta\n> 69003 Lyon"]);
        let block = "Priya Raman\n14 Elmfield Road\nHeadingley\nLeeds LS6 2QE\n07823 441906";
        assert_eq!(found(block, "LOCATION"), vec!["14 Elmfield Road\nHeadingley\nLeeds LS6 2QE"]);
    }

    #[test]
    fn catalan_streets_with_floor_and_door() {
        let line = "Sabine Hofmann\nCarrer de Cuba 27, 4-2, 46006 València\n+34 612 000 000";
        assert_eq!(found(line, "LOCATION"), vec!["Carrer de Cuba 27, 4-2, 46006 València"]);
        let reply = "cliente: carrer de Sant Pere Més Alt 27, 3r 2a, 08003 Barcelona. gracias";
        assert_eq!(found(reply, "LOCATION"), vec!["carrer de Sant Pere Més Alt 27, 3r 2a, 08003 Barcelona"]);
    }

    #[test]
    fn a_citys_postal_district() {
        let line = "my address is Apt 12, Block C, Marrowbone Lane, Dublin 8, D08 VK6C. thanks";
        assert_eq!(found(line, "LOCATION"), vec!["Apt 12, Block C, Marrowbone Lane, Dublin 8, D08 VK6C"]);
        // A number that goes on is no district.
        assert!(!found("12 High Street, Leeds 4 times", "LOCATION").iter().any(|l| l.ends_with('4')));
    }

    #[test]
    fn depots_and_places_alone_in_brackets() {
        assert_eq!(found("Parcel arrived at hub Madrid on 4 March", "LOCATION"), vec!["Madrid"]);
        assert_eq!(found("failed attempts from 203.45.112.9 (Melbourne), error", "LOCATION"), vec!["Melbourne"]);
        // A given name in brackets may be someone.
        assert!(found("sent by the carer (Florence) yesterday", "LOCATION").is_empty());
        // A French hour is no house number.
        let notice = "vous attend à partir du 15/03 à 14h au Point Retrait Tabac Le Khédive";
        assert!(found(notice, "LOCATION").is_empty());
    }

    #[test]
    fn venues_towns_user_agents_and_speakers_companies() {
        // A city after a venue's name that a word for its kind marks.
        assert_eq!(found("Hotel Spreeblick, Berlin · Do 20.06.2024", "LOCATION"), vec!["Berlin"]);
        assert_eq!(found("Buzón de voz – Casa Ramón, Madrid · 11/06/2024", "LOCATION"), vec!["Madrid"]);
        assert!(found("Para: Ipê Telecom – Loja Online <loja@ipe.com.br>", "LOCATION").is_empty());
        // `Mac OS X` names no Polish housing estate.
        assert!(found("ua=\"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)\"", "LOCATION").is_empty());
        // The company a chat's speaker writes for, not where a record's guest is from.
        assert!(found("10:02 Callum (Albion): Morning!", "LOCATION").is_empty());
        assert!(found("27/07/2024, 09:40 - Jorge (Villa Maré): Bom dia", "LOCATION").is_empty());
        assert_eq!(found("• Hab. 812, Jean-Luc Gagnon (Quebec): disputa", "LOCATION"), vec!["Quebec"]);
    }
}
