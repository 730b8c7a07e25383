//! Places on their own (cities, regions, countries, landmarks, stations, branches):
//! so many are also words or names that each needs a context that says "place".

use super::*;

/// Is token `i` written after a preposition or verb of place, perhaps with an article or
/// possessive between (`on the`, `op de`, `at your`)?
pub(super) fn after_place_word(doc: &Document<'_>, i: usize) -> bool {
    let Some(mut p) = i.checked_sub(1).filter(|&p| gap(doc, p, i) == " ") else {
        return false;
    };
    if is_one_of(word(doc, p), &["the", "de", "der", "die", "la", "le", "el", "het", "your", "our", "my"]) {
        let Some(q) = p.checked_sub(1).filter(|&q| gap(doc, q, p) == " ") else {
            return false;
        };
        p = q;
    }
    doc.is(p, PLACE_CUES) || is_one_of(word(doc, p), &["on", "off", "op", "along", "auf", "an", "down", "up", "sur"])
}

/// An airport named alone ([`AIRPORTS`]) or `Charles de Gaulle` (`Paris-Charles de
/// Gaulle`) at token `i`, with its city before it (`Milano Malpensa`) and its `Airport`
/// or terminal after it (`Heathrow Terminal 5`); not a person's surname (`Mr O'Hare`).
pub(super) fn airport(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let toks = doc.tokens;
    // (One bit for the whole text, then one per token: most texts name no airport.)
    if doc.cues_present & AIRPORTS.bit() == 0 {
        return None;
    }
    let named = |k: usize| {
        let t = toks[k];
        // (A word joined by a hyphen has no cue bits of its own: `Paris-Charles`.)
        let hyphened = t.flags & INNER_PUNCT != 0 && word(doc, k).ends_with("-Charles");
        if !(hyphened || doc.is(k, AIRPORTS)) || !t.is_capitalised() {
            return None;
        }
        match word(doc, k) {
            "Gaulle" => None,
            w if hyphened || w == "Charles" => {
                let de = next_joined(doc, k, &[" "]).filter(|&n| word(doc, n) == "de")?;
                next_joined(doc, de, &[" "]).filter(|&n| word(doc, n) == "Gaulle")
            }
            _ => Some(k),
        }
    };
    let city_first = || {
        let next = next_joined(doc, i, &[" "]).filter(|&n| doc.may_end_cue(n, AIRPORTS.bit()))?;
        named(next).filter(|_| gazetteer_at(doc, i, CITY).is_some_and(|(e, _)| e == i))
    };
    let mut last = named(i).or_else(city_first)?;
    if i > 0 && gap(doc, i - 1, i) == " " && doc.is(i - 1, TITLES) {
        return None;
    }
    if let Some(k) = next_joined(doc, last, &[" "]).filter(|&k| is_one_of(word(doc, k), &["airport", "terminal"])) {
        // `Terminal 5`, `Terminal 2E`.
        let terminal = word(doc, k).eq_ignore_ascii_case("terminal");
        last = if terminal { next_joined(doc, k, &[" "]).filter(|&n| toks[n].len() <= 2) } else { Some(k) }
            .unwrap_or(last);
    }
    Some((candidate(toks[i].start, toks[last].end, EntityType::Location, 0.7, "location", "airport"), last))
}

/// An airport, terminal or station a trip starts or ends at, after a place cue: `from
/// Logan Airport Terminal B`, `to Amsterdam Centraal`, `at Kempegowda International Airport`.
/// One to three capitalised words, then the hub's word and an optional terminal.
pub(super) fn transport_hub(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
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
pub(super) fn branch_places(doc: &Document<'_>, out: &mut Vec<Detection>) {
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
pub(super) fn county_addresses(doc: &Document<'_>, out: &mut Vec<Detection>) {
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

/// The words that place a house or a landmark from another one (`opposite`, `near`).
pub(super) const POSITION_WORDS: &[&str] = &["opposite", "opp", "near", "behind", "beside"];

/// A landmark given to find an address (common in India): `opposite Gopalan Mall`,
/// `Landmark: near City Hospital`, `behind Shiv Temple`. One to three capitalised words
/// ending in a word for a public place, after a word of position.
pub(super) fn landmark(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let toks = doc.tokens;
    let p = i.checked_sub(1).filter(|&p| toks[p].kind == TokenKind::Word && matches!(gap(doc, p, i), " " | ": "))?;
    let positioned = is_one_of(word(doc, p), POSITION_WORDS)
        || word(doc, p).eq_ignore_ascii_case("landmark")
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
pub(super) fn named_place(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
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

/// `Dallam County`, `Lewis and Clark County`, `Tangipahoa Parish`: one to three
/// capitalised words the gazetteers need not know, then the word for a county; not an
/// organisation's name going on (`Laramie County Community College`, `Cork County Council`).
pub(super) fn county(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let toks = doc.tokens;
    // (Asked of every capitalised word no other place rule took: a length test of the next
    // three tokens rules out almost all.)
    let division = |k: usize| toks.get(k).is_some_and(|t| t.len() == 6) && matches!(word(doc, k), "County" | "Parish");
    if !(division(i + 1) || division(i + 2) || division(i + 3)) {
        return None;
    }
    let named = |k: usize| toks[k].kind == TokenKind::Word && toks[k].is_capitalised() && !doc.is(k, NOT_NAME);
    if !named(i) || doc.has(i, FUNCTION_WORD) {
        return None;
    }
    let mut last = i;
    for _ in 0..3 {
        let k = next_joined(doc, last, &[" "])?;
        if division(k) {
            if capitalised_after(doc, k) {
                return None;
            }
            let det = candidate(toks[i].start, toks[k].end, EntityType::Location, 0.7, "location", "county")
                .subtype(Subtype::State);
            return Some((det, k));
        }
        // (`Lewis and Clark County`.)
        last = match next_joined(doc, k, &[" "]) {
            Some(n) if word(doc, k) == "and" && named(n) => n,
            _ if named(k) => k,
            _ => return None,
        };
    }
    None
}

/// `I ordered 12 Park Lane tote bags`: a street starting at token `s` (a quantity) after a
/// verb of buying, ending at `e` and followed by an ordinary lower-case noun. Words that
/// close a sentence about a place (`now`, `tomorrow`, `instead`, `please`) and function
/// words do not count.
pub(super) fn product_noun_after(doc: &Document<'_>, s: usize, e: usize) -> bool {
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

/// Train services and words that are written before a train's number.
pub(super) const TRAIN_SERVICES: &[&str] = &[
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
pub(super) fn place_at(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let toks = doc.tokens;
    let t = toks[i];
    // Postcodes: with a hotword right before, or a distinctive shape (UK, CA, NL). Every
    // postcode has a digit in its first token, so a word never starts one.
    // (`flight BA 2491`; `TGV INOUI 6203 Paris`, `Frecciarossa 9527`, `ICE 1007`: a train's
    // number before the city it leaves from.)
    let service_number = || {
        i > 0
            && (crate::recognizers::is_airline_code(doc, i - 1)
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
        let reference = crate::recognizers::has_context_window(doc, start, end, REFERENCE_WORDS, 1, 0)
            || doc.text[..start].ends_with('#')
            || model_year();
        // The evidence is weighed lazily, cheapest first: most numbers here are no postcode.
        let near_word = || crate::recognizers::has_context_window(doc, start, end, POSTCODE_WORDS, 3, 0);
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
    let date_line_next = || doc.starts_line(i) && next_joined(doc, i, &[", "]).is_some();
    if not_name && !(t.is_all_upper() || doc.has(i, PHRASE_START) && capitalised_after(doc, i) || date_line_next()) {
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
    // `Como se trata de…`, `Como residente…`, `😊 Como posso ajudar?`: a Romance function
    // word opening a sentence, before a word that is no English one (or a function word of
    // another language), is no town (`Como is lovely` is).
    let opens_sentence = || at_sentence_start(doc, i) || gap(doc, i - 1, i).bytes().any(|c| c >= 0xF0);
    let romance_next = |k: usize| {
        let info = doc.lookup(k);
        toks[k].kind == TokenKind::Word
            && !toks[k].is_capitalised()
            && (!info.has(ENGLISH) || info.has(FUNCTION_WORD) && !is_one_of(word(doc, k), ENGLISH_CLAUSE_WORDS))
    };
    if !multi && info.has(FUNCTION_WORD) && opens_sentence() && next_joined(doc, i, &[" "]).is_some_and(romance_next) {
        return None;
    }
    // `Bank of America`: an organisation's name, not a place.
    let org_of = |k: usize| is_organisation_of(doc, k);
    if !multi && next_joined(doc, i, &[" "]).is_some_and(org_of) || i > 0 && gap(doc, i - 1, i) == " " && org_of(i - 1)
    {
        return None;
    }
    // `Sunnyside Landscapes Pty Ltd`, `Leeds City Council`: the first words of a firm's or
    // public body's name.
    let firm_word = |k: usize| toks[k].is_capitalised() && ends_organisation(doc, k);
    if next_joined(doc, last, &[" "])
        .is_some_and(|k| firm_word(k) || toks[k].is_capitalised() && next_joined(doc, k, &[" "]).is_some_and(firm_word))
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
            let spaced_ok = || !info.any(FIRST | LAST) && !capitalised_after(doc, last);
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
        || after_venue(doc, i) && !capitalised_after(doc, last)
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
    if (cue || coordinated) && crate::recognizers::has_context_window(doc, t.start, t.end, RESIDENCE_VERBS, 4, 0) {
        score += 0.2;
    }
    if let Some(k) = next_joined(doc, last, &[", ", " "]) {
        // `Springfield, IL`, `Lyon, France`, and a country's code after a comma that ends the
        // clause (`Bologna, IT.`; not `my name's Tyrone, DM me`).
        let country_code = || {
            gap(doc, last, k) == ", "
                && doc.gaz.is_country_code(word(doc, k))
                && doc.text[toks[k].end..].chars().next().is_none_or(|c| matches!(c, '.' | ',' | ';' | ')' | '\n'))
        };
        if region_or_country_at(doc, k, true).is_some() && (toks[k].is_all_upper() || gap(doc, last, k) == ", ")
            || country_code()
        {
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
pub(super) const ROUTE_FROM: &[&str] =
    &["from", "da", "de", "van", "von", "desde", "depuis", "vanaf", "aus", "uit", "från", "fra"];
pub(super) const ROUTE_TO: &[&str] = &["to", "a", "à", "naar", "nach", "até", "hasta", "para", "till", "til"];

pub(super) const PLACE_LINKS: &[&str] =
    &["or", "and", "to", "&", "und", "oder", "y", "e", "o", "et", "ou", "och", "og", "en", "eller"];

/// A town the gazetteer does not know, named with its state or country: `Marfa, TX 79843`,
/// `Sitka, AK,`, `Hallstatt, Austria and`. One or two capitalised words that are not
/// ordinary English words or a person's name, a comma, then a state code (followed by a
/// ZIP, punctuation, the end of the text or a lower-case word) or a state or country name
/// (followed by punctuation, the end or a lower-case word).
/// `Hotel Spreeblick, Berlin`, `Casa Ramón, Madrid`, `The Rowan Tree Bistro – Stockbridge`:
/// is token `i` right after a venue's name, which a word for its kind marks?
pub(super) fn after_venue(doc: &Document<'_>, i: usize) -> bool {
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

pub(super) fn town_before_region(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
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
pub(super) fn unknown_town(doc: &Document<'_>, i: usize) -> Option<usize> {
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
pub(super) fn state_code_alone(doc: &Document<'_>, i: usize) -> Option<(Detection, usize)> {
    let w = word(doc, i);
    let p = i.checked_sub(1)?;
    if !doc.gaz.is_region_abbreviation(w) || crate::recognizers::is_airline_code(doc, i) {
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
pub(super) fn dateline(doc: &Document<'_>, i: usize, last: usize) -> bool {
    let date_at =
        |k: usize| doc.tokens[k].kind == TokenKind::Number && doc.tokens[k].len() <= 2 || doc.is(k, MONTHS_AND_DAYS);
    doc.starts_line(i)
        && next_joined(doc, last, &[", "])
            .is_some_and(|k| date_at(k) || doc.tokens[k].len() <= 3 && next_joined(doc, k, &[" "]).is_some_and(date_at))
}

/// English words that other languages' function-word lists hold too (Dutch `is`, Swedish
/// `at`, Italian `a`), which after a town go on an English sentence (`Como is lovely`).
const ENGLISH_CLAUSE_WORDS: &[&str] =
    &["is", "was", "has", "had", "are", "were", "and", "in", "to", "on", "at", "for", "a"];

pub(super) fn at_sentence_start(doc: &Document<'_>, i: usize) -> bool {
    i == 0 || gap(doc, i - 1, i).bytes().any(|c| matches!(c, b'.' | b'!' | b'?' | b':' | b'\n'))
}

/// A lower-case place after a strong cue: `i live in berlin`.
#[inline]
pub(super) fn lower_place_cue(doc: &Document<'_>, i: usize) -> bool {
    // `moving to texas`, `out past amarillo`: states and provinces as well as countries and
    // towns of 15,000 people or more that are no English word.
    i > 0 && matches!(doc.tokens[i - 1].len(), 2 | 4) && lower_place_after(doc, i - 1, i)
}

/// Is a licence named next to the place at tokens `first..=last` (`New York license`,
/// `DL# 123-456-789 NY`): the state that issued it?
pub(super) fn names_licence(doc: &Document<'_>, first: usize, last: usize) -> bool {
    crate::recognizers::has_context_window(doc, doc.tokens[first].start, doc.tokens[last].end, LICENSE_WORDS, 6, 1)
}

pub(super) fn lower_place_after(doc: &Document<'_>, p: usize, i: usize) -> bool {
    gap(doc, p, i) == " " && is_one_of(word(doc, p), &["in", "from", "to", "near", "past", "into"]) && {
        let info = doc.lookup(i);
        info.any(CITY | COUNTRY | REGION)
            && !info.any(ENGLISH | REGION_AMBIGUOUS)
            && (info.city_pop >= 15_000 || info.any(COUNTRY | REGION))
            // (`d as in david`: a letter spelt out.)
            && !(p > 0 && word(doc, p - 1) == "as")
    }
}

/// A Romance `de` / `di` / `a` after a word that is not English (`almacén de Zaragoza`,
/// `nato a Genova`, `la poste de Lyon`): a place preposition, unlike the `de` of a name
/// (`Maria de Souza`) or the English article (`buy a Jordan`). Before `a` and `em` the word
/// may open its line (`Nato a Roma`; not `Oficina de Registro`), and a date may come before
/// instead (`nata il 12/04/1988 a Roma`).
pub(super) fn romance_of(doc: &Document<'_>, p: usize) -> bool {
    let before = p.wrapping_sub(1);
    let word_before = || {
        let t = doc.tokens[before];
        t.kind == TokenKind::Word
            && (!t.is_capitalised() || doc.starts_line(before) && is_one_of(word(doc, p), &["a", "em"]))
            && !doc.is(before, NOT_NAME)
            && !doc.lookup(before).has(ENGLISH)
    };
    let year_before = || {
        doc.tokens[before].is_number() && is_one_of(word(doc, p), &["a", "de", "em"]) && {
            let y = word(doc, before);
            y.len() == 4 && before > 0 && matches!(gap(doc, before - 1, before), "/" | "." | "-" | " ")
        }
    };
    is_one_of(word(doc, p), &["de", "di", "a", "da", "em"])
        && p > 0
        && gap(doc, before, p) == " "
        && (word_before() || year_before())
}
