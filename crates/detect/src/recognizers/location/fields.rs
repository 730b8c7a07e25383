//! Form fields: the value after a place's label (`City: …`, `Zip code -`, `"city": …`)
//! and a vCard's `ADR` line.

use super::*;

/// The kind of form field whose label (`City:`, `Zip code -`, `"city":`) ends right
/// before token `i`, when `i` starts the field's value.
pub(super) fn label_before(doc: &Document<'_>, i: usize) -> Option<Subtype> {
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
    .filter(|_| !names_chat_speaker(doc, p))
}

/// `16/03/24, 21:15 - Soporte Delivery: Veo que…`, `[10:02] City Cabs: …`: a word that
/// labels a place's field may end the name of a chat export's sender (after the time and
/// ` - ` or `] `, capitalised words only), whose message follows the colon.
fn names_chat_speaker(doc: &Document<'_>, label: usize) -> bool {
    let Some(line) = line_before(doc.text, doc.tokens[label].start, 80) else { return false };
    let Some((stamp, sender)) = line.rsplit_once(" - ").or_else(|| line.rsplit_once("] ")) else { return false };
    let words = || sender.split(' ').filter(|w| !w.is_empty());
    stamp.bytes().any(|c| c.is_ascii_digit())
        && !sender.contains([':', ','])
        && words().count() <= 3
        && words().all(|w| w.starts_with(char::is_uppercase))
}

/// A labelled field's value: a whole address line (continued on the next lines when they
/// are address parts), a city, region, country or postcode.
pub(super) fn labelled_field(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
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
        // (`city, state, ZIP: 9120 Bellaire Blvd Ste 118, …`: a whole address after a
        // label that ends with the postcode's word.)
        Subtype::Postcode => {
            let last = postcode_at(doc, i)?;
            if address_at(doc, i).is_some_and(|(_, end)| end > last) {
                return None;
            }
            (last, 0.85)
        }
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
            // of the line is a remark, and so is what follows a spaced dash (`… Milano (MI) –
            // correct?`); `… m5h 1j8 thx`: a closing word is no address part.
            let street_address = address_at(doc, i);
            let remark_after = |g: &str| {
                g.contains(['(', '.', '!', '?']) || matches!(g.trim_start_matches(')'), " – " | " - " | " — ")
            };
            if let Some((_, last)) = street_address
                && last < end
                && remark_after(gap(doc, last, last + 1))
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
pub(super) fn vcard_address(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
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
pub(super) fn field_value_end(doc: &Document<'_>, i: usize, address: bool) -> Option<usize> {
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
