//! An address's parts around its street: what follows it (unit, district, postcode,
//! city, region, country, across lines) and what comes before it (a house's or
//! building's name, a neighbourhood, the lines above in an address block).

use super::*;

/// The token that starts the next address part after `i`, and whether a line break
/// separates them: a comma, a space, a dash or one line break.
pub(super) fn next_part(doc: &Document<'_>, i: usize) -> Option<usize> {
    next_part_with_break(doc, i).map(|(j, _)| j)
}

pub(super) fn next_part_with_break(doc: &Document<'_>, i: usize) -> Option<(usize, bool)> {
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
pub(super) fn in_csv_row(text: &str, at: usize) -> bool {
    const REACH: usize = 300;
    let bare_commas = |s: &str| s.as_bytes().windows(2).filter(|w| w[0] == b',' && w[1] != b' ').count();
    let before = crate::text::line_before(text, at, REACH).unwrap_or_default();
    let after = crate::text::line_head(text, at, REACH);
    bare_commas(before) + bare_commas(after) >= 3
}

/// A line break into a quoted reply's next line (`\n> 69003 Lyon`) as a plain one.
pub(super) fn unquoted(g: &str) -> &str {
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
pub(super) fn address_part(doc: &Document<'_>, j: usize, after_break: bool) -> Option<(usize, bool)> {
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
    if let Some(e) = postcode_in_address(doc, j).or_else(|| military_post_office(doc, j)) {
        return Some((e, true));
    }
    if let Some(e) = landmark_part(doc, j) {
        return Some((e, false));
    }
    if t.kind == TokenKind::Word && !t.is_capitalised() && !is_district_word(word(doc, j)) {
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
            || is_district_word(word(doc, j))
    };
    if doc.has(j, STREET_BEFORE) && t.is_capitalised() || district_type() {
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
        // (`7001 142nd Ave N, Largo, FL 33771`: a street type that heads no name may be a town.)
        if last.is_some() || district_type() {
            return last.map(|e| (e, false));
        }
    }
    city_at(doc, j, !after_break).map(|e| (postal_district(doc, e).unwrap_or(e), doc.any(j, CITY)))
}

/// `APO AE 09096`, `FPO AP 96675-1331`: a US military post office, its region and ZIP,
/// where a town and state would be. The ZIP's last token.
fn military_post_office(doc: &Document<'_>, j: usize) -> Option<usize> {
    if !matches!(word(doc, j), "APO" | "FPO" | "DPO") {
        return None;
    }
    let region = next_joined(doc, j, &[" "]).filter(|&r| matches!(word(doc, r), "AA" | "AE" | "AP"))?;
    postcode_at(doc, next_joined(doc, region, &[" "])?)
}

/// `12 Olowu Street, off Allen Avenue, Ikeja`, `No 8, Ring Road, opposite Adamasingba
/// Stadium, Ibadan`: where streets have few numbers, an address part says where the house
/// is from a landmark (one to four capitalised words after `off`, `opposite`, `near`…).
/// Its last token.
pub(super) fn landmark_part(doc: &Document<'_>, j: usize) -> Option<usize> {
    let t = doc.tokens[j];
    if t.kind != TokenKind::Word || t.is_capitalised() || t.len() > 8 || !gap(doc, j - 1, j).contains(',') {
        return None;
    }
    if !(is_one_of(word(doc, j), POSITION_WORDS) || is_one_of(word(doc, j), &["off", "adjacent", "facing"])) {
        return None;
    }
    let mut last = None;
    let mut k = next_joined(doc, j, &[" ", ". "])?;
    for _ in 0..4 {
        let n = doc.tokens[k];
        if !(n.is_capitalised() && n.kind == TokenKind::Word || n.is_number() && last.is_some()) || doc.is(k, NOT_NAME)
        {
            break;
        }
        last = Some(k);
        let Some(next) = next_joined(doc, k, &[" "]) else { break };
        k = next;
    }
    last
}

/// `RT 02/RW 05`, `RT.003 RW.011` (Indonesia): the numbers of the neighbourhood and its
/// hamlet, after a street. Their last token.
pub(super) fn neighbourhood_numbers(doc: &Document<'_>, j: usize) -> Option<usize> {
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
pub(super) fn labelled_number(
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
pub(super) fn is_letter(doc: &Document<'_>, k: usize) -> bool {
    let t = doc.tokens[k];
    t.len() == 1 && t.is_capitalised() && t.kind == TokenKind::Word
}

/// Is token `k` a number of at most `max` digits?
pub(super) fn is_short_number(doc: &Document<'_>, k: usize, max: usize) -> bool {
    doc.tokens[k].is_number() && doc.tokens[k].len() <= max
}

/// `F-7/2`, `G-9/4`, `I-8` (Islamabad's sectors): a capital letter dashed to a sector
/// number, and its subsector after a slash. Its last token.
pub(super) fn sector_code(doc: &Document<'_>, j: usize) -> Option<usize> {
    if !is_letter(doc, j) {
        return None;
    }
    let sector = next_joined(doc, j, &["-"]).filter(|&k| is_short_number(doc, k, 2))?;
    Some(next_joined(doc, sector, &["/"]).filter(|&k| is_short_number(doc, k, 2)).unwrap_or(sector))
}

/// `Al Rawdah Dist.` (one to three capitalised words, then the word for a district), or
/// `RD 6` (New Zealand's rural delivery round): its last token.
pub(super) fn named_district(doc: &Document<'_>, j: usize) -> Option<usize> {
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
pub(super) fn postal_district(doc: &Document<'_>, city_last: usize) -> Option<usize> {
    let k = next_joined(doc, city_last, &[" "])?;
    let s = word(doc, k).as_bytes();
    let digits = s.iter().take_while(|c| c.is_ascii_digit()).count();
    // (`1620 København V`, `2000 Frederiksberg C`: Copenhagen's districts are letters.)
    let copenhagen = is_one_of(word(doc, city_last), &["København", "Kobenhavn", "Frederiksberg"])
        && is_one_of(word(doc, k), &["K", "V", "N", "Ø", "S", "C", "SV", "NV", "NØ"]);
    let shaped =
        copenhagen || (1..=2).contains(&digits) && s.len() - digits <= 1 && s[digits..].iter().all(|c| *c == b'W');
    // (`Praha 10.`: a sentence may end after it; `2200 København N is late`: a letter
    // ends Copenhagen's district wherever it stands.)
    let ends = doc
        .tokens
        .get(k + 1)
        .is_none_or(|_| matches!(gap(doc, k, k + 1), ", " | "," | "\n" | ",\n" | ". " | ".\n" | ".\n\n"));
    (shaped && (ends || copenhagen)).then_some(k)
}

/// Does the line from the capitalised word `j` go on as a sentence (`Date of birth …`,
/// `Bonn is where …`): a lower-case word right after it, and, if that is a name particle
/// (`Rio de Janeiro`), another one after that?
pub(super) fn opens_sentence(doc: &Document<'_>, j: usize) -> bool {
    let toks = doc.tokens;
    let lower_word = |k: usize| {
        toks.get(k).is_some_and(|n| n.kind == TokenKind::Word && !n.is_capitalised() && gap(doc, k - 1, k) == " ")
    };
    toks[j].is_capitalised() && lower_word(j + 1) && (!doc.is(j + 1, NAME_PARTICLES) || lower_word(j + 2))
}

/// Is the line from token `j` on a phone number alone (`07834 562910`, `+32 475 28 93 16`,
/// `(718) 436-0925`, `9183 5526`): numbers only, nine digits or more or two groups of four?
/// A signature block puts it under the address; no postcode has that many digits but a
/// ZIP+4 (`11218-1234`).
pub(super) fn phone_line(doc: &Document<'_>, j: usize) -> bool {
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
    // (`9183 5526`: eight digits in two fours, as Singapore and Hong Kong write numbers.)
    let two_fours = k == j + 1 && toks[j].len() == 4 && toks[k].len() == 4 && gap(doc, j, k) == " ";
    digits >= 9 && !zip_plus_four || two_fours
}

/// Does a phone number's short label start at token `j` (`Tel 0117 496 0811`, `T 030 …`,
/// `Mobile +34 612 …`), as a signature writes it after an address, on its line or the next?
pub(super) fn phone_label(doc: &Document<'_>, j: usize) -> bool {
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
pub(super) fn starts_label_line(doc: &Document<'_>, j: usize) -> bool {
    let toks = doc.tokens;
    (j..(j + 4).min(toks.len().saturating_sub(1)))
        .take_while(|&k| toks[k].kind == TokenKind::Word)
        .take_while(|&k| !gap(doc, k, k + 1).contains('\n'))
        .any(|k| {
            gap(doc, k, k + 1).trim_start_matches([' ', '\t']).starts_with(':')
                || crate::recognizers::time_then_colon(doc, k)
        })
}

/// A postcode inside an address, where lower-case writing (`st albans al1 3dq`) counts too.
pub(super) fn postcode_in_address(doc: &Document<'_>, j: usize) -> Option<usize> {
    postcode_with(doc, j, true)
}

/// In an address written in lower case (`4417 n clark st chicago il 60640`): a known city,
/// region or country (an ordinary English word only when a postcode follows), or a region
/// abbreviation followed by a postcode.
pub(super) fn lower_case_place(doc: &Document<'_>, j: usize) -> Option<(usize, bool)> {
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
pub(super) fn tail(doc: &Document<'_>, street_end: usize, base: f32) -> Option<(usize, f32)> {
    let (last, parts) = tail_parts(doc, street_end);
    let score = if parts > 0 { (base + 0.05 * parts as f32).clamp(0.85, 0.95) } else { base };
    (parts > 0 || base >= 0.8).then_some((last, score))
}

/// The tail after a street of unknown type, if it has a strong part (postcode, region code).
pub(super) fn strong_tail(doc: &Document<'_>, street_end: usize) -> Option<(usize, bool)> {
    let mut last = street_end;
    let mut strong = false;
    let mut parts = 0;
    let mut ending = TailEnding::default();
    while parts < 8 {
        let Some((j, brk)) = next_part_with_break(doc, last) else { break };
        if parts == 0 && !(brk || gap(doc, last, j).contains(',') || district_slash_city(doc, j)) {
            break;
        }
        let Some((e, s)) = address_part(doc, j, brk) else { break };
        if ending.ends_before(doc, j) {
            break;
        }
        last = e;
        strong |= s;
        parts += 1;
    }
    (parts > 0).then_some((last, strong))
}

/// Where an address's tail is complete: after its postcode and the town after it, an
/// unknown word after a comma is the text going on (`20253 Hamburg,
/// Hinterhaus 3. Stock`, `33602 Bielefeld, Baujahr 1987`), not a second town; a known
/// region or country still counts (`1000 Ljubljana, Slovenia`), and so do words that go
/// on with the town's name (`13002 Marseille Cedex 02`).
#[derive(Default)]
struct TailEnding {
    after_postcode: bool,
    complete: bool,
}

impl TailEnding {
    /// Records the part starting at `j`; true when the address ended before it.
    fn ends_before(&mut self, doc: &Document<'_>, j: usize) -> bool {
        let t = doc.tokens[j];
        let word = t.kind == TokenKind::Word;
        // (In lower case, a word no unit or district is either: `06000 Nice, au cas où`,
        // `40630 Jyväskylä, kauppahinta 389 000`.)
        let unknown = || {
            if t.is_capitalised() {
                !doc.gaz.is_region_abbreviation(super::word(doc, j))
            } else {
                !doc.gaz.is_region_abbreviation(&super::word(doc, j).to_ascii_uppercase())
                    && !doc.any(j, UNIT | POBOX)
                    && !is_district_word(super::word(doc, j))
            }
        };
        if self.complete
            && gap(doc, j - 1, j).contains(',')
            && word
            && unknown()
            && gazetteer_at(doc, j, CITY | REGION | COUNTRY).is_none()
        {
            return true;
        }
        self.complete |= self.after_postcode && word;
        self.after_postcode = postcode_in_address(doc, j).is_some();
        false
    }
}

/// `… No: 214 D: 7 Kadıköy/İstanbul 34728`: Turkish addresses write the district and its
/// city joined by a slash right after the number, with no comma before them.
fn district_slash_city(doc: &Document<'_>, j: usize) -> bool {
    let t = doc.tokens[j];
    t.kind == TokenKind::Word
        && t.is_capitalised()
        && next_joined(doc, j, &["/"])
            .is_some_and(|k| doc.tokens[k].is_capitalised() && doc.lookup(k).any(CITY | REGION))
}

pub(super) fn tail_parts(doc: &Document<'_>, street_end: usize) -> (usize, usize) {
    let mut last = street_end;
    let mut parts = 0;
    let mut ending = TailEnding::default();
    while parts < 8 {
        let Some((j, brk)) = next_part_with_break(doc, last) else { break };
        match address_part(doc, j, brk) {
            Some(_) if ending.ends_before(doc, j) => break,
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
pub(super) fn district_then_place(doc: &Document<'_>, j: usize) -> Option<usize> {
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
pub(super) fn unknown_unit_then_postcode(doc: &Document<'_>, j: usize) -> Option<usize> {
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
        // (`4-2`: Catalan and Spanish floor and door; `r/c`: a Portuguese ground floor.)
        if !matches!(g, "" | "." | "°" | "º" | "ª" | "-" | "/") {
            return None;
        }
        k = next;
    }
    None
}

/// A postcode at token `i` in any supported country format; returns its last token.
pub(super) fn postcode_at(doc: &Document<'_>, i: usize) -> Option<usize> {
    postcode_with(doc, i, false)
}

/// [`postcode_at`], also accepting UK and Canadian postcodes written in lower case when
/// `lower_ok` (inside an address, where the shape is not a product code).
pub(super) fn postcode_with(doc: &Document<'_>, i: usize, lower_ok: bool) -> Option<usize> {
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
                // comma, or after its month (`cesta 27, 2000 Maribor`: after a street's type,
                // a house number).
                let date_before = i > 0
                    && match gap(doc, i - 1, i) {
                        ", " => {
                            toks[i - 1].kind == TokenKind::Number
                                && toks[i - 1].len() <= 2
                                && (i < 2 || !doc.any(i - 2, STREET_AFTER | STREET_BEFORE))
                        }
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
            // IN PIN `400 001`; SE, CZ, SK `118 26`; inside an address, IS `101 Reykjavík`
            // (three digits before a known town).
            3 => next(&[" "]).and_then(|k| {
                if number_of(k, &[2, 3]) {
                    Some(k)
                } else {
                    (lower_ok && toks[k].is_capitalised() && doc.has(k, CITY)).then_some(i)
                }
            }),
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
pub(super) fn spelled_zip(doc: &Document<'_>, i: usize) -> Option<usize> {
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
pub(super) fn region_or_country_at(doc: &Document<'_>, i: usize, in_address: bool) -> Option<usize> {
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
pub(super) fn city_at(doc: &Document<'_>, i: usize, unknown_ok: bool) -> Option<usize> {
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
pub(super) fn with_particle_name(doc: &Document<'_>, j: usize) -> usize {
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
pub(super) fn extend_head(doc: &Document<'_>, mut det: Detection, last: usize) -> (Detection, usize) {
    if det.subtype != Some(Subtype::Address) {
        return (det, last);
    }
    let first = doc.tokens.partition_point(|t| t.start < det.start);
    let head = head_before(doc, first)
        .or_else(|| postcode_and_city_before(doc, first))
        .or_else(|| house_name_before(doc, first))
        .or_else(|| particle_before_glued_street(doc, first))
        .or_else(|| neighbourhood_before(doc, first))
        .or_else(|| district_before(doc, first));
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
pub(super) fn particle_before_glued_street(doc: &Document<'_>, first: usize) -> Option<usize> {
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
pub(super) fn neighbourhood_before(doc: &Document<'_>, first: usize) -> Option<usize> {
    let p = first.checked_sub(1).filter(|&p| matches!(gap(doc, p, first), " " | ". " | ", "))?;
    if !is_one_of(word(doc, p), &["mah", "mh", "mahalle", "mahallesi"]) {
        return None;
    }
    let t = doc.tokens[p.checked_sub(1)?];
    (gap(doc, p - 1, p) == " " && t.is_capitalised() && t.kind == TokenKind::Word).then_some(p - 1)
}

/// The words that name a neighbourhood before its name in Spanish and Portuguese
/// (`barrio La Playa`, `Colonia Roma`, `Urb. Los Palos Grandes`), in either case.
pub(super) fn is_district_word(w: &str) -> bool {
    is_one_of(w, &["barrio", "bairro", "colonia", "urbanización", "urb", "fraccionamiento", "fracc", "reparto"])
}

/// `Barrio Escalante, Calle 33, casa 1140`: the neighbourhood written before the street
/// that starts at `first` (its word and one to three capitalised words, then a comma).
/// Where it starts.
pub(super) fn district_before(doc: &Document<'_>, first: usize) -> Option<usize> {
    let mut k = first.checked_sub(1).filter(|&p| gap(doc, p, first) == ", ")?;
    for _ in 0..3 {
        let t = doc.tokens[k];
        if !(t.kind == TokenKind::Word && t.is_capitalised()) || k == 0 || !matches!(gap(doc, k - 1, k), " " | ". ") {
            return None;
        }
        if is_district_word(word(doc, k - 1)) {
            return Some(k - 1);
        }
        k -= 1;
    }
    None
}

/// `1052 Budapest, Váci utca 18`, `4026 Debrecen, Piac utca 45` (Hungary): the postcode
/// and the city written before the street. Where they start.
pub(super) fn postcode_and_city_before(doc: &Document<'_>, first: usize) -> Option<usize> {
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
pub(super) fn after_hash(doc: &Document<'_>, k: usize) -> bool {
    let before = &doc.text[..doc.tokens[k].start];
    before.ends_with('#') && before[..before.len() - 1].chars().next_back().is_none_or(char::is_whitespace)
}

/// A house's name before the house number, after `at`, `address is` or an address's label:
/// `lives at Ty Gwyn, 4 Heol y Nant`, `My address is The Old Mill, 2 Mill Lane`, `Address: Ty
/// Gwyn, 3 Heol y Felin`; or ending in a building's word at its line's start (`Kestrel
/// House, 2 Quayside Drive`).
pub(super) fn house_name_before(doc: &Document<'_>, first: usize) -> Option<usize> {
    let p = first.checked_sub(1).filter(|&p| house_number(doc, first) && gap(doc, p, first) == ", ")?;
    let named = |k: usize| {
        let t = doc.tokens[k];
        t.kind == TokenKind::Word && t.is_capitalised() && !doc.is(k, NOT_NAME) && !doc.any(k, STREET_AFTER)
    };
    if !named(p) {
        return None;
    }
    let mut start = p;
    while start > 0 && p - start < 3 && gap(doc, start - 1, start) == " " && named(start - 1) {
        start -= 1;
    }
    if doc.starts_line(start) {
        return doc.is(p, BUILDING_WORDS).then_some(start);
    }
    let cue = start - 1;
    let introduced = match gap(doc, cue, start) {
        " " => {
            word(doc, cue) == "at"
                || word(doc, cue) == "is" && cue > 0 && word(doc, cue - 1).eq_ignore_ascii_case("address")
        }
        ": " => doc.is(cue, LABEL_ADDRESS),
        _ => false,
    };
    introduced.then_some(start)
}

/// Where the parts before token `first` (on its line, joined by commas, spaces, dots,
/// hyphens and slashes) open an address: at a unit or house-number word (`Flat`, `Plot`,
/// `No.`), a single capital letter (`B-1204`, `H.No.`) or a number after `#`, with a
/// number at or after it. Capitalised words that are none of these are a building's name
/// after it (at most three); anything else ends the walk.
pub(super) fn head_before(doc: &Document<'_>, first: usize) -> Option<usize> {
    let toks = doc.tokens;
    let (mut k, mut start) = (first, None);
    // (`B-1204, DLF Park Place`: the address found may start at the number itself.)
    // (`H/No. 24, …`: a number's word stands for the number it announces.)
    let number_first = toks[first].kind != TokenKind::Word || doc.is(first, HOUSE_NUMBER_WORDS);
    let (mut number_seen, mut plain_words) = (number_first, 0);
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
pub(super) fn extend_block_upwards(doc: &Document<'_>, mut det: Detection, last: usize) -> (Detection, usize) {
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

pub(super) enum LineKind {
    /// An address part: a house number, street, unit, building, place or postcode.
    Signal,
    /// Capitalised words with nothing that marks an address (`Much Wenlock`).
    Plain,
    /// Anything else: a name with a title, a sentence, a label.
    Stop,
}

pub(super) fn address_line(doc: &Document<'_>, start: usize, end: usize) -> LineKind {
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
