//! Where a street address starts and how far its street goes: house numbers (`12`,
//! `No. 5`, `12/3`), units, PO boxes, street types written before or after the name
//! (`rue`, `Via`, `Calle`, `… Street`, `Hauptstraße 5`), streets without a number.

use super::*;

/// A street address starting at token `i`: at a house number (or `No.`), a unit, a PO
/// box, a street type written first (`rue`, `Via`, `Calle`, `C/`) or a glued street name
/// followed by its number (`Hauptstraße 5`).
pub(super) fn address_at(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
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
            // `RR 2 Box 114`, `HC 64 Box 3120`, `PSC 3 Box 1234`: a rural or military
            // route's box is an address even without its town.
            let route = route_before_box(doc, i);
            let (last, score) = tail(doc, after_unit, if route.is_some() { 0.8 } else { 0.55 })?;
            return Some(make_address(doc, route.unwrap_or(i), last, score));
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
    // (`4x Route 287 Mineral Tub`: a quantity, not a house number.)
    if numbered
        && t.kind == TokenKind::Number
        && let Some(route_end) = numbered_route(doc, k)
    {
        let (last, score) = tail(doc, route_end, 0.8)?;
        return Some(make_address(doc, start, last, score));
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
pub(super) fn unnumbered_street(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let toks = doc.tokens;
    // `sur rue Rachel`, `on boulevard Saint-Laurent`: Romance languages write the type
    // before the name in lower case. (Not `via`: in lower case it is the English
    // preposition, `sent via Parcelforce`.)
    let lower_type_first =
        || doc.has(i, STREET_BEFORE) && !word(doc, i).eq_ignore_ascii_case("via") && capitalised_after(doc, i);
    if toks[i].kind != TokenKind::Word || !toks[i].is_capitalised() && !lower_type_first() {
        return None;
    }
    // Most capitalised words are no street: look for a capitalised street type (one bit per
    // token, far enough for a building's name before the street) before anything else; a
    // street without a number writes its type capitalised (`Mill Lane`) unless it comes
    // first.
    let typed_near = !toks[i].is_capitalised()
        || doc.flags_present & (STREET_AFTER | STREET_BEFORE) != 0
            && (i..(i + 9).min(toks.len()))
                .any(|m| toks[m].is_capitalised() && doc.any(m, STREET_AFTER | STREET_BEFORE));
    if !typed_near && word(doc, i).len() < 6 || doc.is(i, NOT_NAME) {
        return None;
    }
    let street = if typed_near { building_name(doc, i).and_then(|b| next_part(doc, b)).unwrap_or(i) } else { i };
    let typed = typed_near && (street..(street + 5).min(toks.len())).any(|m| doc.any(m, STREET_AFTER | STREET_BEFORE));
    let end = if !toks[i].is_capitalised() {
        // (A type-first street in lower case needs its number in [`street_from`]; here the
        // word of place before it stands for that.)
        type_first_name_end(doc, i, false)?
    } else if typed {
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
    let name_goes_on = capitalised_after(doc, end);
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
pub(super) fn crossing_street(doc: &Document<'_>, end: usize) -> Option<usize> {
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

/// `Lange Voorhout 14\n2514 ED Den Haag`: capitalised words, a house number, then a
/// postcode or region: a street whose type we do not know, written name first.
pub(super) fn name_first_street(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
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
        let abbreviation = m > i && (toks[m].len() <= 4 && doc.has(m, STREET_AFTER) || lithuanian_type(doc, m));
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
        // (`Kongens gate 14`, `Thorvald Meyers gate 45`: Norwegian writes the type in lower case.)
        let lower_type =
            toks[next].kind == TokenKind::Word && doc.has(next, STREET_AFTER) || lithuanian_type(doc, next);
        if !(toks[next].is_capitalised() && toks[next].kind == TokenKind::Word
            || lower_type
            || doc.is(next, NAME_PARTICLES))
        {
            return None;
        }
        // `Lieferung an Bahnhofstrasse 10`: after a preposition (not a name's particle,
        // `Witte de Withstraat`) a street named in one glued word starts there.
        if is_one_of(word(doc, next), &["an", "in", "auf", "nach", "bei", "zu", "zur", "zum", "für"])
            && next_joined(doc, next, &[" "]).is_some_and(|g| doc.gaz.has_glued_street_suffix(word(doc, g)))
        {
            return None;
        }
        if toks[next].is_capitalised()
            && toks.get(next + 1).is_some_and(|n| n.kind != TokenKind::Word)
            && doc.gaz.has_glued_street_suffix(word(doc, next))
            && sentence_word_before_glued_street(doc, m)
        {
            return None;
        }
        m = next;
    }
    None
}

/// `Woning Parkweg 12`, `Baustelle Lindenallee 14`, `Transfer of Herengracht 401`: in
/// running text, the capitalised word `m` before a street named in one glued word is the
/// sentence's noun (the glued rule finds the street on its own). It is the street's when
/// it starts an address block's line, or is a given name, a title, an adjective or a
/// town's adjective that streets are named with (`Jan Pieter Heijestraat`, `Graaf
/// Florisstraat`, `Södra Förstadsgatan`, `Mainzer Landstraße`), or a name's particle
/// (`Witte de Withstraat`).
fn sentence_word_before_glued_street(doc: &Document<'_>, m: usize) -> bool {
    #[rustfmt::skip]
    const NAMING_WORDS: &[&str] = &[
        "alte", "alter", "altes", "neue", "neuer", "neues", "große", "grosse", "kleine", "obere", "untere", "hohe",
        "hoher", "lange", "breite", "hintere", "vordere", "mittlere", "sankt", "nieuwe", "oude", "korte", "hoge",
        "lage", "st", "södra", "norra", "östra", "västra", "stora", "lilla", "nya", "gamla", "andra", "tredje",
        "søndre", "nordre", "store", "lille", "nye", "gamle", "graaf", "prins", "prinses", "koning", "koningin",
        "burgemeester", "dokter", "professor", "pastoor", "könig", "königin", "kaiser", "bischof", "herzog", "fürst",
        "doktor", "pfarrer",
    ];
    let w = word(doc, m);
    let particle = doc.is(m, NAME_PARTICLES) && !is_one_of(w, &["of", "the"]);
    let town_adjective = w.len() > 5 && w.ends_with("er");
    !(doc.starts_line(m) || particle || town_adjective || doc.has(m, FIRST) || is_one_of(w, NAMING_WORDS))
}

/// `Gedimino pr. 9-4`, `Tilžės g. 170-5`: Lithuanian abbreviates `prospektas` and `gatvė`,
/// after the street's name in the genitive, to letters that are street types nowhere else
/// (and words or initials elsewhere), so only there, with their dot.
fn lithuanian_type(doc: &Document<'_>, k: usize) -> bool {
    k > 0
        && is_one_of(word(doc, k), &["g", "pr"])
        && doc.text[doc.tokens[k].end..].starts_with(". ")
        && doc.gap(k - 1, k) == " "
        && doc.tokens[k - 1].is_capitalised()
        && ["o", "ės", "ų"].iter().any(|ending| word(doc, k - 1).ends_with(ending))
}

/// `Am Marktplatz 3`, `An der Alster 12`: the German preposition (and article) that
/// names many streets, before the glued street name at `i`. Where the address starts.
pub(super) fn street_preposition_before(doc: &Document<'_>, i: usize) -> Option<usize> {
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
pub(super) fn building_name(doc: &Document<'_>, k: usize) -> Option<usize> {
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

pub(super) fn make_address(doc: &Document<'_>, first: usize, last: usize, score: f32) -> (Detection, usize) {
    let toks = doc.tokens;
    let end = address_end(doc, first, last);
    let det = candidate(toks[first].start, end, EntityType::Location, score, "location", "street address")
        .subtype(Subtype::Address)
        .validated("street type + house number");
    (det, last)
}

/// Where an address from token `first` to `last` ends: `00184 Roma (RM)`, a province in
/// brackets at the end, keeps its closing bracket.
pub(super) fn address_end(doc: &Document<'_>, first: usize, last: usize) -> usize {
    let end = doc.tokens[last].end;
    let bracketed = last > first && gap(doc, last - 1, last).ends_with('(') && doc.text[end..].starts_with(')');
    end + usize::from(bracketed)
}

/// `12`, `47B`, `57c`: one to `max_digits` digits and at most one letter after them.
fn number_and_letter(w: &str, max_digits: usize) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    (1..=max_digits).contains(&digits) && w[digits..].len() <= 1 && w[digits..].bytes().all(|c| c.is_ascii_alphabetic())
}

/// A house number: `12`, `12B`, `221b`, `12 bis`, at most 5 digits, not part of a time
/// (`09:41`) or a decimal.
pub(super) fn house_number(doc: &Document<'_>, i: usize) -> bool {
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
pub(super) fn plain_words_street(doc: &Document<'_>, k: usize, end: usize) -> bool {
    const UNMISTAKABLE: &[&str] = &["street", "road", "avenue", "lane", "boulevard", "highway", "parkway"];
    let lower = (k..=end).all(|m| !doc.tokens[m].is_capitalised());
    let w = word(doc, end);
    lower && doc.lookup(end).has(ENGLISH) && !is_one_of(w, UNMISTAKABLE)
}

/// A `No.` / `Nr.` / `#` or a Queens-style `45-` written before a house number: where the
/// address starts.
pub(super) fn prefix_before(doc: &Document<'_>, i: usize) -> Option<usize> {
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
pub(super) fn is_calle_abbreviation(doc: &Document<'_>, i: usize) -> bool {
    word(doc, i) == "C" && i + 1 < doc.tokens.len() && matches!(gap(doc, i, i + 1), "/ " | "/")
}

/// `Calle 147 # 9-36`, `Carrera 39 # 5B-42`, `Cra. 7 No. 63-44`, `Calle 26 Sur # 8-15`
/// (Colombia): a street named by its number after its type, then `#` or `No.` and the
/// numbers of the cross street and of the house, joined by a hyphen. The house's token.
fn colombian_number(doc: &Document<'_>, j: usize) -> Option<usize> {
    let toks = doc.tokens;
    // A number of four characters at most, with a letter after it at most (`5B`).
    let numbered = |k: usize| {
        let w = word(doc, k).as_bytes();
        w.len() <= 4 && w[0].is_ascii_digit() && w[1..].iter().filter(|c| !c.is_ascii_digit()).count() <= 1
    };
    let mut k = next_joined(doc, j, &[" ", ". "]).filter(|&k| numbered(k))?;
    if let Some(n) = next_joined(doc, k, &[" "]).filter(|&n| is_one_of(word(doc, n), &["bis", "sur", "este"])) {
        k = n;
    }
    let cross = next_joined(doc, k, &[" # ", " #", " No. ", " N° ", " Nº ", " no. "]).filter(|&c| numbered(c))?;
    next_joined(doc, cross, &["-", " - "]).filter(|&h| numbered(h) && toks[h].len() <= 3)
}

/// A floor written with an ordinal indicator: `1º`, `4ª`.
pub(super) fn is_floor(doc: &Document<'_>, i: usize) -> bool {
    let w = word(doc, i);
    w.len() <= 5 && w.starts_with(|c: char| c.is_ascii_digit()) && (w.ends_with('º') || w.ends_with('ª'))
}

/// A street starting at token `k`: `number [dir] Name… Type [Type] [dir]`,
/// `[number[,]] Type-first Name…[ number]`, `Glued-name number`, or `Name… Type number`.
/// Returns the last token and whether there is a house number.
pub(super) fn street_from(doc: &Document<'_>, k: usize) -> Option<(usize, bool)> {
    let toks = doc.tokens;
    let n = toks.len();
    let has_number = house_number(doc, k);
    let mut j = k;
    // `1990, 58 Stanmore Road`: after a number and a comma, a number starts the street,
    // unless the first is a Glasgow flat's position (`2/1, 19 Dowanhill Street`).
    let mut number_name_ok = has_number;
    if has_number {
        j = next_joined(doc, k, &[" ", ", "])?;
        let flat_position = || {
            k > 0
                && gap(doc, k - 1, k) == "/"
                && toks[k - 1].kind == TokenKind::Number
                && toks[k - 1].len() <= 2
                && toks[k].len() <= 2
        };
        number_name_ok = gap(doc, k, j) == " " || flat_position();
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
    // `Calle 147 # 9-36`: Colombia's numbered streets.
    if doc.has(j, STREET_BEFORE)
        && toks[j].is_capitalised()
        && let Some(last) = colombian_number(doc, j)
    {
        return Some((last, true));
    }
    // `rue de Rivoli`, `Via Roma 10`, `Calle Mayor, 12`, `C/ Mayor 12`.
    if doc.has(j, STREET_BEFORE) || is_calle_abbreviation(doc, j) {
        let lower_type = !toks[j].is_capitalised();
        // `1986, via Seattle`: the English preposition; Italian writes the number after the
        // street's name (`via Roma 12`).
        if has_number && lower_type && word(doc, j) == "via" {
            return None;
        }
        let last = type_first_name_end(doc, j, lower_type && has_number)?;
        if has_number {
            let own_number = section_number(doc, last).or_else(|| street_number(doc, last));
            // `Léa Gerber-Rossier, 34, Rue de Lausanne 91`: a street with its own number
            // after its name; the number and comma before it are something else (an age).
            if own_number.is_some() && gap(doc, k, j) == ", " {
                return None;
            }
            return Some((own_number.unwrap_or(last), true));
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
            || t.kind == TokenKind::Number && number_name_ok && words == 0 && t.len() <= 4;
        let first_lower = !toks[j].is_capitalised();
        // Lower-case `via` is the preposition (`2 parcels via DHL`), not a viaduct.
        let preposition = !t.is_capitalised() && w.eq_ignore_ascii_case("via");
        // (`19340 Greenfield rd, detroit`: a type in lower case after a capitalised name, when
        // it is an abbreviation or a part follows.)
        let lower_type_ok = || first_lower || !doc.lookup(m).has(ENGLISH) || doc.text[t.end..].starts_with([',', '\n']);
        if words > 0
            && doc.has(m, STREET_AFTER)
            && !preposition
            && (t.is_capitalised() || has_number && lower_type_ok())
        {
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
                return Some((street_number(doc, end).unwrap_or(end), true));
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
pub(super) fn plain_street(doc: &Document<'_>, k: usize) -> Option<usize> {
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

pub(super) fn is_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && digits <= 3 && is_one_of(&w[digits..], &["st", "nd", "rd", "th"])
}

/// A house number right after token `i` (`Straße 5`, `Via Roma, 10`, `Keizersgracht
/// 221-H`, `Calle Mayor 12`).
pub(super) fn number_after(doc: &Document<'_>, i: usize) -> Option<usize> {
    // `Hauptstr. 58`: an abbreviated street type keeps its dot.
    let w = word(doc, i);
    // (`Kopenhagener Str. 9`: the type alone, abbreviated.)
    let abbreviated = ends_with_ignore_case(w, "str") || lithuanian_type(doc, i);
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
    // `Bağdat Caddesi No: 241 D:6`, `No: 241 Daire 6`: a flat right after the number.
    let unit = || next_joined(doc, j, &[" "]).and_then(|k| unit_at(doc, k)).filter(|&(_, pobox)| !pobox);
    Some(flat.or_else(|| unit().map(|(e, _)| e)).unwrap_or(j))
}

/// The last word of a street's name after its type at token `j` (`rue de Rivoli`, `Via
/// Roma`, `boulevard J.F. Kennedy`): capitalised words, particles and ordinals (lower-case
/// words too when `lower_names`).
pub(super) fn type_first_name_end(doc: &Document<'_>, j: usize, lower_names: bool) -> Option<usize> {
    let toks = doc.tokens;
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
        // `Av. 18 de Julio 1453`, `Calle 5 de Mayo 21`: a street named after a day.
        if m == j
            && let Some(month) = day_in_name(doc, next)
        {
            m = month;
            last = Some(month);
            continue;
        }
        let name = toks[next].kind == TokenKind::Word && (toks[next].is_capitalised() || lower_names);
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
    last
}

/// A day of the month (`18 de Julio`, `25 de Março`) at `k`, right after a street's type:
/// the month's token.
fn day_in_name(doc: &Document<'_>, k: usize) -> Option<usize> {
    let t = doc.tokens[k];
    if t.kind != TokenKind::Number || t.len() > 2 {
        return None;
    }
    let de = next_joined(doc, k, &[" "]).filter(|&d| word(doc, d) == "de")?;
    next_joined(doc, de, &[" "]).filter(|&m| doc.tokens[m].is_capitalised() && doc.has(m, MONTH))
}

/// `2718 Highway 2`, `10988 FM 281`, `3305 Cty Rd 12`, `1450 KY-1193`, `12750 US-287`,
/// `8800 ranch road 620 n`: after the house number at `k`, a rural road named by its
/// number (a highway, a county, farm-to-market or ranch road, a state's route written
/// with its letters), and a side of it. Its last token.
fn numbered_route(doc: &Document<'_>, k: usize) -> Option<usize> {
    const QUALIFIERS: &[&str] = &["county", "cty", "co", "state", "ranch", "farm", "old", "us", "provincial"];
    const ROUTES: &[&str] = &["highway", "hwy", "route", "rte", "road", "rd", "fm", "rm", "cr", "sr", "hc"];
    let toks = doc.tokens;
    let mut m = next_joined(doc, k, &[" "])?;
    // `KY-1193`, `US-287`: a state's (or the nation's) letters dashed to the number.
    let dashed = toks[m].len() == 2
        && toks[m].is_all_upper()
        && (word(doc, m) == "US" || doc.gaz.is_region_abbreviation(word(doc, m)))
        && next_joined(doc, m, &["-"]).is_some();
    let number = if dashed {
        m + 1
    } else {
        if is_one_of(word(doc, m), QUALIFIERS) {
            m = next_joined(doc, m, &[" ", ". "])?;
        }
        if !is_one_of(word(doc, m), ROUTES) {
            return None;
        }
        next_joined(doc, m, &[" ", ". "])?
    };
    if !number_and_letter(word(doc, number), 4) {
        return None;
    }
    let side = next_joined(doc, number, &[" "]).filter(|&d| doc.is(d, DIRECTIONS) && toks[d].len() <= 2);
    Some(side.unwrap_or(number))
}

/// `1324 State Highway 3, RD 6`, `Blk 123 Ang Mo Kio Ave 3 #05-67`, `No. 23, Jalan Kenari
/// 5,`: a numbered street's own number after its name (a route's, a Singapore or Malaysian
/// street's), its token: one to three digits that end the street part (a comma, a line
/// break, a unit's `#`). (`12 Main St 5 minutes away`: a quantity.)
pub(super) fn street_number(doc: &Document<'_>, end: usize) -> Option<usize> {
    let toks = doc.tokens;
    next_joined(doc, end, &[" "]).filter(|&r| {
        let after = &doc.text[toks[r].end..];
        toks[r].is_number() && toks[r].len() <= 3 && (after.starts_with([',', '\n']) || after.starts_with(" #"))
    })
}

/// `No 8, Jalan Bukit Indah 3/12`, `Jalan SS 15/4D` (Malaysia): the section number after a
/// numbered street's name, its last token.
pub(super) fn section_number(doc: &Document<'_>, last: usize) -> Option<usize> {
    let toks = doc.tokens;
    let k = next_joined(doc, last, &[" "]).filter(|&k| is_short_number(doc, k, 3))?;
    next_joined(doc, k, &["/"]).filter(|&m| toks[m].kind != TokenKind::Word && toks[m].len() <= 3)
}

/// `Jl. Cihampelas No. 120`, `Moda Cad. No: 112`, `Via Roma nº 5`: when token `j` is a
/// number's word (`No`, `Nr`, `nº`), the token after it.
pub(super) fn after_number_word(doc: &Document<'_>, j: usize) -> Option<usize> {
    (doc.tokens[j].len() <= 3 && is_one_of(word(doc, j), &["no", "nr", "nº", "nro", "n"]))
        .then(|| next_joined(doc, j, &[". ", ": ", " ", "."]))
        .flatten()
        .filter(|&k| doc.tokens[k].kind == TokenKind::Number)
}

/// `Marszałkowska 84/92`, `Mariahilfer Straße 45/3/12` (house, stair, door): after a
/// street name, a number over one or two short numbers is a house number (not a date:
/// nothing follows that reads as a year or a time).
pub(super) fn slashed_number(doc: &Document<'_>, j: usize) -> bool {
    let toks = doc.tokens;
    let short_number = |k: usize| is_short_number(doc, k, 3);
    let ends_here = |k: usize| !doc.text[toks[k].end..].starts_with(['/', ':', '.']);
    // (`Legnicka 57c/14`, `Hetmańska 40A/12`: a letter after the house's number.)
    number_and_letter(word(doc, j), 4)
        && next_joined(doc, j, &["/"]).is_some_and(|k| match next_joined(doc, k, &["/"]) {
            Some(l) => short_number(k) && short_number(l) && ends_here(l),
            None => short_number(k) && ends_here(k),
        })
}

/// A unit designator at `i` and its value: `Apt 4B`, `Suite 200`, `Flat 3`, `Unit 5/12`,
/// `PO Box 123`, `1º A`. Returns the last token and whether it is a PO box.
pub(super) fn unit_at(doc: &Document<'_>, i: usize) -> Option<(usize, bool)> {
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
                // `P.O. Box KN 2210` (Ghana): the letters of the post office before the number.
                let t = toks[num];
                let num = if t.kind == TokenKind::Word && t.is_all_upper() && t.len() <= 3 {
                    next_joined(doc, num, &[" "])?
                } else {
                    num
                };
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
        // (`Box 47B`: a letter after the number.)
        let mut last = next_joined(doc, i, &[" ", " #", ". "])
            .filter(|&k| toks[k].kind == TokenKind::Number || house_number(doc, k))?;
        while let Some(k) =
            next_joined(doc, last, &[" "]).filter(|&k| toks[k].kind == TokenKind::Number && toks[k].len() <= 3)
        {
            last = k;
        }
        return Some((last, true));
    }
    // `No: 241 D:6`: Turkish writes a flat (`daire`, abbreviated `D`) with a colon.
    let turkish_flat = w == "D" && i + 1 < toks.len() && matches!(doc.gap(i, i + 1), ":" | ": ");
    if !doc.has(i, UNIT) && !turkish_flat {
        return None;
    }
    let j = if turkish_flat { i + 1 } else { next_joined(doc, i, &[" ", " #", "#", ". ", " no. ", " nr. "])? };
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

/// `RR 2 Box 114`, `Rural Route 1 Box 47B`, `HC 64 Box 3120`, `PSC 3 Box 1234`, `Unit
/// 3050 Box 112`: the rural, highway-contract or military route before the box at `i`.
/// Where the address starts.
fn route_before_box(doc: &Document<'_>, i: usize) -> Option<usize> {
    let number = i.checked_sub(1).filter(|&n| gap(doc, n, i) == " " && is_short_number(doc, n, 4))?;
    let route = number.checked_sub(1).filter(|&r| gap(doc, r, number) == " ")?;
    if matches!(word(doc, route), "RR" | "HC" | "PSC" | "CMR" | "Unit") {
        return Some(route);
    }
    let rural = route.checked_sub(1).filter(|&r| gap(doc, r, route) == " " && word(doc, r) == "Rural")?;
    (word(doc, route) == "Route").then_some(rural)
}

/// A unit written before token `i` (the house number): `Apt 4, ` or on the line above.
pub(super) fn unit_before(doc: &Document<'_>, i: usize) -> Option<usize> {
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
