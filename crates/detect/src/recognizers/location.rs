//! LOCATION: street addresses (one span from unit or house number to postcode, city,
//! region and country, across lines), and places on their own: cities, regions,
//! countries and postcodes, which need context because so many are also words or names.

use super::{Recognizer, candidate};
use crate::analyzer::Document;
use crate::cues::{
    DIRECTIONS, LABEL_ADDRESS, LABEL_CITY, LABEL_COUNTRY, LABEL_POSTCODE, LABEL_REGION, NAME_PARTICLES, PLACE_CUES,
    POSTCODE_WORDS,
};
use crate::detection::Detection;
use crate::entity::{EntityType, Subtype};
use crate::gazetteer::{
    CITY, CITY_AMBIGUOUS, COUNTRY, COUNTRY_AMBIGUOUS, ENGLISH, FIRST, LAST, PHRASE_START, REGION, REGION_AMBIGUOUS,
    STREET_AFTER, STREET_BEFORE, UNIT, WordInfo,
};
use crate::recognizers::DetectionExt;
use crate::text::TokenKind;

pub(crate) struct Location;

impl Recognizer for Location {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::Location]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        let n = doc.tokens.len();
        let mut i = 0;
        while i < n {
            if let Some(addr) = address_at(doc, i) {
                let next = addr.last_tok + 1;
                out.push(addr.det);
                i = next;
                continue;
            }
            if let Some((det, last)) = place_at(doc, i) {
                out.push(det);
                i = last + 1;
                continue;
            }
            i += 1;
        }
    }
}

fn gap<'t>(doc: &Document<'t>, a: usize, b: usize) -> &'t str {
    &doc.text[doc.tokens[a].end..doc.tokens[b].start]
}

fn word<'t>(doc: &Document<'t>, i: usize) -> &'t str {
    doc.tokens[i].text(doc.text)
}

fn is_one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// Lower-cased tokens `i..=j` joined by single spaces, if they are written that way.
fn phrase_text(doc: &Document<'_>, i: usize, j: usize) -> Option<String> {
    let mut s = String::new();
    for k in i..=j {
        if k > i {
            if !matches!(gap(doc, k - 1, k), " " | "-") {
                return None;
            }
            s.push(' ');
        }
        s.extend(word(doc, k).chars().flat_map(char::to_lowercase));
    }
    Some(s)
}

/// The longest gazetteer entry (word or phrase of up to four words) starting at `i` whose
/// flags intersect `want`: its last token and record.
fn gazetteer_at(doc: &Document<'_>, i: usize, want: u32) -> Option<(usize, WordInfo)> {
    let info = doc.lookup(i);
    if info.has(PHRASE_START) {
        for j in (i + 1..(i + 4).min(doc.tokens.len())).rev() {
            if let Some(p) = phrase_text(doc, i, j).and_then(|s| doc.gaz.phrase(&s)) {
                if p.any(want) {
                    return Some((j, p));
                }
            }
        }
    }
    info.any(want).then_some((i, info))
}

// ---------------------------------------------------------------- addresses

struct Address {
    det: Detection,
    last_tok: usize,
}

/// An address anchored on a street type at token `i` (or starting with a house number
/// or unit that leads to one).
fn address_at(doc: &Document<'_>, i: usize) -> Option<Address> {
    let toks = doc.tokens;
    let t = toks[i];
    // Only start work at a house number, a unit word, a street-before word or a glued
    // street name: the cheap filter that keeps this off ordinary words.
    let info = doc.info(i);
    let starts_number = matches!(t.kind, TokenKind::Number | TokenKind::Alnum) && house_number(doc, i);
    let street_word = info.has(STREET_BEFORE)
        || t.is_capitalised()
            && t.kind == TokenKind::Word
            && doc.gaz.has_glued_street_suffix(&word(doc, i).to_lowercase());
    let unit = info.has(UNIT) || word(doc, i).eq_ignore_ascii_case("po") || word(doc, i).eq_ignore_ascii_case("p");
    if !(starts_number || street_word || unit) {
        return None;
    }
    let mut start_tok = i;
    let mut k = i;
    if unit && !starts_number {
        // "Apt 4B, 12 Main St" / "Flat 3\n12 High Street" / "PO Box 123, Springfield".
        let (after_unit, is_po_box) = unit_at(doc, i)?;
        if is_po_box {
            let (last, score) = tail(doc, after_unit, 0.55)?;
            return Some(make_address(doc, start_tok, last, score));
        }
        k = next_part(doc, after_unit)?;
        if !house_number(doc, k) {
            return None;
        }
    }
    let (street_end, numbered) = street_from(doc, k)?;
    // A unit written before the house number on the same or previous line.
    if start_tok == i {
        if let Some(u) = unit_before(doc, i) {
            start_tok = u;
        }
    }
    let base = if numbered { 0.8 } else { 0.5 };
    let (last, score) = tail(doc, street_end, base).unwrap_or((street_end, base));
    if !numbered && last == street_end {
        // A street name alone is a place, not an address.
        let end = toks[street_end].end;
        let det = candidate(toks[start_tok].start, end, EntityType::Location, 0.55, "location", "street name");
        return Some(Address { det, last_tok: street_end });
    }
    Some(make_address(doc, start_tok, last, score))
}

fn make_address(doc: &Document<'_>, first: usize, last: usize, score: f32) -> Address {
    let toks = doc.tokens;
    let det = candidate(toks[first].start, toks[last].end, EntityType::Location, score, "location", "street address")
        .subtype(Subtype::Address)
        .validated("street type + house number");
    Address { det, last_tok: last }
}

/// A house number: `12`, `12B`, `221b`, `12-14`, `1/2`, with at most 5 digits.
fn house_number(doc: &Document<'_>, i: usize) -> bool {
    let t = doc.tokens[i];
    let s = t.text(doc.text);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = &s[digits..];
    (1..=5).contains(&digits)
        && !s.starts_with('0')
        && (suffix.is_empty()
            || suffix.len() == 1 && suffix.as_bytes()[0].is_ascii_alphabetic()
            || matches!(suffix.to_ascii_lowercase().as_str(), "bis" | "ter"))
}

/// A street starting at token `k`: either `number [dir] Name… Suffix [dir]`,
/// `[number[,]] Before-word Name…[ number]`, `Glued-name number`, or `Name… Suffix number`.
/// Returns the last token of the street and whether it had a house number.
fn street_from(doc: &Document<'_>, k: usize) -> Option<(usize, bool)> {
    let toks = doc.tokens;
    let n = toks.len();
    let mut j = k;
    let has_number = house_number(doc, k);
    if has_number {
        j = next_joined(doc, k, &[" ", ", "])?;
        if doc.is(j, DIRECTIONS) && toks[j].len() <= 5 {
            j = next_joined(doc, j, &[" ", ". "])?;
        }
    }
    let info = doc.info(j);
    let lower = word(doc, j).to_lowercase();
    // `Hauptstraße 5`, `12 Keizersgracht`.
    if toks[j].is_capitalised()
        && toks[j].kind == TokenKind::Word
        && doc.gaz.has_glued_street_suffix(&lower)
        && !info.has(STREET_AFTER)
    {
        return number_after(doc, j).map(|e| (e, true)).or(has_number.then_some((j, true)));
    }
    // `rue de Rivoli`, `Via Roma 10`, `Calle Mayor, 12`.
    if info.has(STREET_BEFORE) {
        let mut last = None;
        let mut m = j;
        while let Some(next) = next_joined(doc, m, &[" ", "-", "'"]) {
            let w = word(doc, next);
            if toks[next].is_capitalised() && toks[next].kind == TokenKind::Word
                || doc.is(next, NAME_PARTICLES)
                || toks[next].kind == TokenKind::Alnum && is_ordinal(w)
            {
                m = next;
                if toks[next].is_capitalised() || is_ordinal(w) {
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
            return Some((last, true));
        }
        return number_after(doc, last).map(|e| (e, true)).or(Some((last, false)));
    }
    // `Main Street`, `5th Ave`, `Baker St.`: name words then a street-after type.
    let mut m = j;
    let mut words = 0;
    loop {
        let t = toks[m];
        let w = word(doc, m);
        let name_like = t.kind == TokenKind::Word && (t.is_capitalised() || has_number)
            || t.kind == TokenKind::Alnum && is_ordinal(w);
        if words > 0 && doc.info(m).has(STREET_AFTER) && (t.is_capitalised() || has_number) {
            let mut end = m;
            // `St.`, then an optional direction: `Main St NW`.
            if let Some(d) = next_joined(doc, end, &[" ", ". "]) {
                if doc.is(d, DIRECTIONS) && toks[d].is_all_upper() {
                    end = d;
                }
            }
            if has_number {
                return Some((end, true));
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

fn is_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && digits <= 3 && matches!(w[digits..].to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th")
}

/// The token after `i` if the gap between them is one of `gaps`.
fn next_joined(doc: &Document<'_>, i: usize, gaps: &[&str]) -> Option<usize> {
    let j = i + 1;
    (j < doc.tokens.len() && gaps.contains(&gap(doc, i, j))).then_some(j)
}

/// A house number right after token `i` (`Straße 5`, `Via Roma, 10`, `Calle Mayor 12, 3º B`).
fn number_after(doc: &Document<'_>, i: usize) -> Option<usize> {
    let j = next_joined(doc, i, &[" ", ", ", " nr. ", " n. ", " nº ", " no. "])?;
    if !house_number(doc, j) {
        return None;
    }
    // A five-digit number after a street is more likely a postcode on the next line.
    if doc.tokens[j].len() >= 5 {
        return None;
    }
    // `12-14` or `12 a`.
    if let Some(k) = next_joined(doc, j, &["-", "/"]) {
        if doc.tokens[k].kind == TokenKind::Number && doc.tokens[k].len() <= 4 {
            return Some(k);
        }
    }
    Some(j)
}

/// A unit designator at `i` and its value: `Apt 4B`, `Suite 200`, `Flat 3`, `Unit 5/12`,
/// `PO Box 123`, `2nd Floor`. Returns the last token and whether it is a PO box.
fn unit_at(doc: &Document<'_>, i: usize) -> Option<(usize, bool)> {
    let toks = doc.tokens;
    let w = word(doc, i).to_ascii_lowercase();
    // PO Box / P.O. Box
    if w == "po" || w == "p" {
        let mut j = i;
        let mut steps = 0;
        while j + 1 < toks.len() && steps < 3 {
            j += 1;
            steps += 1;
            if word(doc, j).eq_ignore_ascii_case("box") {
                let num = next_joined(doc, j, &[" ", " #"])?;
                return (toks[num].kind != TokenKind::Word).then_some((num, true));
            }
            if !matches!(word(doc, j).to_ascii_lowercase().as_str(), "o") {
                break;
            }
        }
        return None;
    }
    if !doc.info(i).has(UNIT) {
        return None;
    }
    let j = next_joined(doc, i, &[" ", " #", "#", ". ", " no. ", " nr. "])?;
    let v = toks[j];
    if v.kind == TokenKind::Word && v.len() > 1 {
        return None;
    }
    let mut last = j;
    if let Some(k) = next_joined(doc, j, &["/", "-"]) {
        if toks[k].kind != TokenKind::Word || toks[k].len() == 1 {
            last = k;
        }
    }
    Some((last, false))
}

/// A unit written before token `i` (the house number): `Apt 4, ` or on the line above.
fn unit_before(doc: &Document<'_>, i: usize) -> Option<usize> {
    let toks = doc.tokens;
    let p = i.checked_sub(1)?;
    let g = gap(doc, p, i);
    if !matches!(g, ", " | " " | "\n" | ",\n" | " - ") {
        return None;
    }
    // Walk back to a unit word within three tokens.
    for s in (p.saturating_sub(3)..=p).rev() {
        if let Some((last, false)) = unit_at(doc, s) {
            if last == p {
                return Some(s);
            }
        }
        if toks[s].kind == TokenKind::Word && !doc.info(s).has(UNIT) && toks[s].len() > 1 {
            break;
        }
    }
    None
}

/// The token that starts the next address part after `i`: separated by a comma, a space
/// or one line break.
fn next_part(doc: &Document<'_>, i: usize) -> Option<usize> {
    let j = i + 1;
    if j >= doc.tokens.len() {
        return None;
    }
    let g = gap(doc, i, j).trim_matches(|c| c == ' ' || c == '\t' || c == '\r');
    matches!(g, "" | "," | "\n" | ",\n" | "-" | "–" | "|" | "/" | ".\n").then_some(j)
}

/// Extends an address after its street through units, postcodes, cities, regions and
/// countries. Returns the last token and the score (higher with every part found).
fn tail(doc: &Document<'_>, street_end: usize, base: f32) -> Option<(usize, f32)> {
    let mut last = street_end;
    let mut score = base;
    let mut parts = 0;
    while parts < 8 {
        let Some(j) = next_part(doc, last) else { break };
        let found = unit_at(doc, j)
            .map(|(e, _)| e)
            .or_else(|| postcode_at(doc, j))
            .or_else(|| region_or_country_at(doc, j, true))
            .or_else(|| city_at(doc, j, parts > 0 || base >= 0.8));
        match found {
            Some(e) => {
                last = e;
                parts += 1;
                score = (score + 0.05).min(0.95);
            }
            None => break,
        }
    }
    (parts > 0 || base >= 0.8).then_some((last, if parts > 0 { score.max(0.85) } else { score }))
}

/// A postcode at token `i` in any supported country format; returns its last token.
fn postcode_at(doc: &Document<'_>, i: usize) -> Option<usize> {
    let toks = doc.tokens;
    let t = toks[i];
    let s = t.text(doc.text);
    let b = s.as_bytes();
    let next = |gaps: &[&str]| next_joined(doc, i, gaps);
    match t.kind {
        TokenKind::Number => match s.len() {
            // US ZIP(+4), DE, FR, ES, IT; BR CEP `01310-100`.
            5 => {
                if let Some(k) = next(&["-"]) {
                    if matches!(toks[k].len(), 3 | 4) && toks[k].kind == TokenKind::Number {
                        return Some(k);
                    }
                }
                Some(i)
            }
            // NL `1015 CJ`, AU/… 4 digits, PT `1000-001`.
            4 => {
                if let Some(k) = next(&[" "]) {
                    if toks[k].len() == 2 && toks[k].is_all_upper() && toks[k].kind == TokenKind::Word {
                        return Some(k);
                    }
                }
                Some(i)
            }
            // IN PIN `400001` or `400 001`.
            6 => Some(i),
            3 => {
                let k = next(&[" "])?;
                (toks[k].kind == TokenKind::Number && toks[k].len() == 3).then_some(k)
            }
            _ => None,
        },
        TokenKind::Alnum | TokenKind::Word
            if b.len() <= 4 && b.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) =>
        {
            // UK `SW1A 1AA`, CA `M5V 2T6`.
            let k = next(&[" ", ""])?;
            let inward = toks[k].text(doc.text).as_bytes();
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

/// A region (name or address abbreviation) or a country at `i`; returns its last token.
fn region_or_country_at(doc: &Document<'_>, i: usize, in_address: bool) -> Option<usize> {
    let t = doc.tokens[i];
    if t.kind != TokenKind::Word {
        return None;
    }
    if in_address && doc.gaz.is_region_abbreviation(word(doc, i)) {
        return Some(i);
    }
    if !t.is_capitalised() && !t.is_all_upper() {
        return None;
    }
    gazetteer_at(doc, i, REGION | COUNTRY).map(|(j, _)| j)
}

/// A city at `i`: a gazetteer city, or (inside an address) one to three capitalised
/// words that are not ordinary English words.
fn city_at(doc: &Document<'_>, i: usize, in_address: bool) -> Option<usize> {
    let toks = doc.tokens;
    let t = toks[i];
    if t.kind != TokenKind::Word || !t.is_capitalised() {
        return None;
    }
    if let Some((j, _)) = gazetteer_at(doc, i, CITY) {
        return Some(j);
    }
    if !in_address {
        return None;
    }
    let mut j = i;
    let mut count = 0;
    loop {
        let info = doc.info(j);
        if !toks[j].is_capitalised() || info.has(ENGLISH) && !info.any(CITY | FIRST | LAST) || info.has(UNIT) {
            break;
        }
        count += 1;
        match next_joined(doc, j, &[" ", "-"]) {
            Some(k) if count < 3 && toks[k].kind == TokenKind::Word => j = k,
            _ => break,
        }
    }
    if count == 0 {
        return None;
    }
    // Stop before a word that is not part of the city.
    let last = if count > 1 && !toks[j].is_capitalised() { j - 1 } else { j };
    Some(last)
}

// ---------------------------------------------------------------- places alone

/// A city, region, country or postcode that is not part of an address.
fn place_at(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let toks = doc.tokens;
    let t = toks[i];
    let label = label_before(doc, i);
    // Postcodes: only with a label or a distinctive shape.
    if let Some(last) = postcode_at(doc, i) {
        let shape_strong = t.kind != TokenKind::Number;
        let near_word = super::has_context(doc, t.start, toks[last].end, POSTCODE_WORDS);
        let labelled = label == Some(Subtype::Postcode);
        if labelled || near_word || shape_strong && last > i {
            let score = if labelled || near_word { 0.8 } else { 0.6 };
            let det = candidate(t.start, toks[last].end, EntityType::Location, score, "location", "postcode")
                .subtype(Subtype::Postcode);
            return Some((det, last));
        }
        if t.kind == TokenKind::Number {
            return None;
        }
    }
    if t.kind != TokenKind::Word {
        return None;
    }
    // A labelled field takes the rest of the value: `City: Bad Homburg`.
    if let Some(subtype) = label {
        if subtype != Subtype::Postcode {
            let last = field_value_end(doc, i)?;
            let det = candidate(t.start, toks[last].end, EntityType::Location, 0.85, "location", "labelled field")
                .subtype(subtype);
            return Some((det, last));
        }
    }
    if !t.is_capitalised() && !lower_place_cue(doc, i) {
        return None;
    }
    let (last, info) = gazetteer_at(doc, i, CITY | COUNTRY | REGION)?;
    let multi = last > i;
    let city_first = info.has(CITY) && info.city_pop >= 100_000;
    let (subtype, mut score): (Subtype, f32) = if info.has(COUNTRY) {
        (Subtype::Country, if info.has(COUNTRY_AMBIGUOUS) { 0.3 } else { 0.6 })
    } else if info.has(REGION) && !city_first {
        (Subtype::State, if info.has(REGION_AMBIGUOUS) { 0.3 } else { 0.55 })
    } else {
        let big = info.city_pop >= 500_000;
        let ambiguous = info.has(CITY_AMBIGUOUS) || info.any(FIRST | LAST) || info.has(ENGLISH);
        (
            Subtype::City,
            match (ambiguous, big || multi) {
                (false, true) => 0.55,
                (false, false) => 0.4,
                (true, true) => 0.35,
                (true, false) => 0.2,
            },
        )
    };
    if t.is_all_upper() && !multi && t.len() <= 3 && subtype != Subtype::Country {
        return None;
    }
    // Context before: a preposition or verb of place.
    let prev = i.checked_sub(1);
    let cue = prev.is_some_and(|p| matches!(gap(doc, p, i), " " | " the ") && doc.is(p, PLACE_CUES));
    if cue {
        score += 0.25;
    }
    // Followed by `, Region` or `, Country` (`Springfield, IL`, `Lyon, France`).
    if let Some(k) = next_joined(doc, last, &[", ", " "]) {
        if region_or_country_at(doc, k, true).is_some() && (toks[k].is_all_upper() || gap(doc, last, k) == ", ") {
            score += 0.3;
        }
        // A country or region used as a modifier (`UK customers`, `US passport`).
        let modifier = !cue
            && gap(doc, last, k) == " "
            && toks[k].kind == TokenKind::Word
            && !toks[k].is_capitalised()
            && doc.lookup(k).has(ENGLISH)
            && !is_one_of(
                word(doc, k),
                &[
                    "and",
                    "or",
                    "but",
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
                ],
            );
        if modifier && subtype != Subtype::City {
            return None;
        }
        // Part of a name or an organisation: `Paris Hilton`, `London Drugs`.
        if gap(doc, last, k) == " "
            && toks[k].is_capitalised()
            && toks[k].kind == TokenKind::Word
            && gazetteer_at(doc, k, CITY | COUNTRY | REGION).is_none()
            && subtype == Subtype::City
        {
            score -= 0.2;
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

fn at_sentence_start(doc: &Document<'_>, i: usize) -> bool {
    i == 0 || gap(doc, i - 1, i).contains(['.', '!', '?', ':', '\n'])
}

/// A lower-case place after a strong cue: `i live in berlin`.
fn lower_place_cue(doc: &Document<'_>, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    gap(doc, p, i) == " " && is_one_of(word(doc, p), &["in", "from", "to", "near"]) && {
        let info = doc.lookup(i);
        info.any(CITY | COUNTRY) && !info.has(ENGLISH) && !info.has(CITY_AMBIGUOUS) && info.city_pop >= 100_000
    }
}

/// The kind of form field whose label (`City:`, `Zip code -`, `Country |`) ends right
/// before token `i`, when `i` starts the field's value.
fn label_before(doc: &Document<'_>, i: usize) -> Option<Subtype> {
    let p = i.checked_sub(1)?;
    let g = gap(doc, p, i);
    if !(g.contains(':') || g.contains('\t') || g.contains('|') || g.contains('=')) || g.contains('\n') {
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

/// The last token of a form value starting at `i`: up to the end of the line, at most
/// six tokens, without trailing punctuation.
fn field_value_end(doc: &Document<'_>, i: usize) -> Option<usize> {
    let toks = doc.tokens;
    let mut last = i;
    while last + 1 < toks.len() && last - i < 12 {
        let g = gap(doc, last, last + 1);
        if g.contains('\n') || g.contains('|') || g.contains('\t') || g.contains(':') || g.contains(';') {
            break;
        }
        last += 1;
    }
    // A value must look like a place: capitalised or a code, not a sentence.
    let first = toks[i];
    (first.is_capitalised() || first.kind != TokenKind::Word).then_some(last)
}

#[cfg(test)]
mod tests {
    use crate::test_support::{found, found_subtypes};

    #[test]
    fn one_span_per_address() {
        for (text, want) in [
            (
                "send it to 123 Main Street, Apt 4B, Springfield, IL 62704 please",
                "123 Main Street, Apt 4B, Springfield, IL 62704",
            ),
            ("I live at 10 Downing Street, London SW1A 2AA.", "10 Downing Street, London SW1A 2AA"),
            ("Adresse: Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin"),
            ("chez moi au 12 rue de Rivoli, 75001 Paris", "12 rue de Rivoli, 75001 Paris"),
            ("Calle Mayor 12, 28013 Madrid", "Calle Mayor 12, 28013 Madrid"),
            ("Keizersgracht 123\n1015 CJ Amsterdam\nthanks", "Keizersgracht 123\n1015 CJ Amsterdam"),
            ("ship to 42 oak st springfield", "42 oak st"),
            ("Flat 3\n12 High Street\nLeeds LS1 4AB", "Flat 3\n12 High Street\nLeeds LS1 4AB"),
            ("250 Yonge St, Toronto, ON M5B 2L7", "250 Yonge St, Toronto, ON M5B 2L7"),
        ] {
            assert_eq!(found_subtypes(text, "LOCATION"), vec![(want, Some("ADDRESS"))], "{text}");
        }
    }

    #[test]
    fn places_alone() {
        assert_eq!(found_subtypes("I moved to Berlin last year", "LOCATION"), vec![("Berlin", Some("CITY"))]);
        assert_eq!(found_subtypes("shipped from Germany", "LOCATION"), vec![("Germany", Some("COUNTRY"))]);
        assert_eq!(found_subtypes("we're in New York now", "LOCATION"), vec![("New York", Some("CITY"))]);
        assert_eq!(found_subtypes("Zip: 62704", "LOCATION"), vec![("62704", Some("POSTCODE"))]);
        assert_eq!(found("a UK number and US passport", "LOCATION"), Vec::<&str>::new());
        assert_eq!(found("order 12345 shipped", "LOCATION"), Vec::<&str>::new());
    }
}
