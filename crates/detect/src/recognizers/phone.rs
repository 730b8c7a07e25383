//! Phone numbers, validated against libphonenumber's metadata (from the `phonenumber`
//! crate) on candidates only.
//!
//! The crate's own parser allocates and locks a shared regex cache on every call
//! (14–42 µs a number here), too slow for a 100 MB/s engine, and its database compiles
//! every region's patterns when first touched. We keep the metadata's validity patterns
//! as text (`phone_metadata.rs`) and compile each region's ourselves, lazily, so a
//! candidate costs a few anchored regex matches. The country code decides the region of a number written
//! with `+` or `00`; national formats are tried for the configured regions.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::{Regex, RegexBuilder};

use super::phone_metadata::{self, RegionMeta};
use super::{
    CONTEXT_AFTER, CONTEXT_BEFORE, DetectionExt, Recognizer, apply_hit, candidate, is_one_of, is_speaker_label,
    own_label, preceded_by_marker,
};
use crate::analyzer::{ConfigError, Document};
use crate::context::Hit;
use crate::cues::{CUSTOMER_NUMBER_LABELS, OTHER_ID_WORDS, PHONE_WORDS, REFERENCE_WORDS};
use crate::detection::Detection;
use crate::entity::EntityType;
use crate::numbers::{Digits, separators};
use crate::spoken;
use crate::text::{Token, TokenKind};

pub(crate) struct Phone {
    regions: Vec<&'static Region>,
}

impl Phone {
    pub fn new(region_ids: &[String]) -> Result<Self, ConfigError> {
        let regions = region_ids
            .iter()
            .map(|id| Region::by_id(&id.to_ascii_uppercase()).ok_or_else(|| ConfigError::UnknownRegion(id.clone())))
            .collect::<Result<_, _>>()?;
        Ok(Phone { regions })
    }

    /// The region a compact number belongs to, if it is a valid number.
    fn validate(&self, digits: &str, international: bool) -> Option<&'static str> {
        if international {
            for cc_len in 1..=3 {
                let (cc, national) = (digits.get(..cc_len)?, digits.get(cc_len..)?);
                let Ok(code) = cc.parse::<u16>() else {
                    continue;
                };
                for region in Region::by_code(code) {
                    // `+44 (0)20 …`: a trunk prefix written inside an international number.
                    let stripped = region.national_prefix.and_then(|p| national.strip_prefix(p));
                    if region.is_valid(national) || stripped.is_some_and(|n| region.is_valid(n)) {
                        return Some(region.id);
                    }
                }
            }
            return None;
        }
        self.regions.iter().find(|r| r.is_valid_national(digits)).map(|r| r.id)
    }
}

/// Regions whose national formats are tried, beyond the configured ones, only for a number
/// with a phone label of its own (`Tlf. 31 62 05 18`, `Mobiilinumber: 5342 0918`) or read
/// out when asked for (`noll sju två …`): the words say what the number is, the metadata
/// that it is one. Compiled on first use, so a text with no such number costs nothing.
const LABELLED_REGIONS: &[&str] = &[
    "TR", "GR", "CY", "IL", "AE", "SA", "EG", "JO", "LB", "MA", "SE", "NO", "DK", "FI", "IS", "EE", "LV", "LT", "PL",
    "CZ", "SK", "HU", "RO", "BG", "HR", "SI", "PT", "BE", "CH", "AT", "IE", "LU", "NZ", "ZA", "NG", "KE", "SN", "MX",
    "AR", "CO", "CL", "PE", "SG", "PH", "MY", "TH", "ID", "VN", "PK", "BD", "JP", "KR", "HK",
];

/// Is `digits` a valid national number in one of [`LABELLED_REGIONS`]?
fn valid_in_labelled_region(digits: &str) -> bool {
    LABELLED_REGIONS.iter().filter_map(|id| Region::by_id(id)).any(|r| r.is_valid_national(digits))
}

impl Recognizer for Phone {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::PhoneNumber]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        for cluster in doc.clusters {
            let toks = &doc.tokens[cluster.toks.clone()];
            if part_of_code(doc, cluster.toks.start) {
                continue;
            }
            let mut i = 0;
            while i < toks.len() {
                let mut matched = None;
                // Longest valid number starting at token i. A number inside a longer run
                // only counts where the run is split by `/`, `,` or ` - ` (two numbers side
                // by side), never inside a uniformly grouped run (a card or account number).
                for j in (i..toks.len()).rev() {
                    if !(split_point(doc.text, toks, i, true) && split_point(doc.text, toks, j + 1, false)) {
                        continue;
                    }
                    let part = &toks[i..=j];
                    // An area code's bracket belongs to the number (`(714) 991-3340`), a
                    // bracket around the whole number does not (`(714-991-3340)`).
                    let area_code_bracket = doc.text[toks[i].end..].starts_with(')');
                    // (`Vet ((503) 555-0160)`: only the area code's own bracket.)
                    let start = match i {
                        _ if area_code_bracket && doc.text[..toks[i].start].ends_with('(') => toks[i].start - 1,
                        0 if area_code_bracket || !doc.text[cluster.start..].starts_with('(') => cluster.start,
                        0 => cluster.start + 1,
                        _ => toks[i].start,
                    };
                    if let Some(det) = self.check(doc, part, start, toks[j].end) {
                        matched = Some((j, det));
                        break;
                    }
                }
                match matched {
                    Some((j, det)) => {
                        out.push(det);
                        i = j + 1;
                    }
                    None => i += 1,
                }
            }
        }
        self.recognize_spoken(doc, out);
    }
}

impl Phone {
    /// A number read out in words (`seven seven three four eight one two nine oh six`):
    /// valid in a configured region or one of [`LABELLED_REGIONS`], and asked for or named as
    /// a phone number in the lines just before (`what number can we reach you on`) or right
    /// after it; not a reference's (`ocr nummer två noll …`).
    fn recognize_spoken(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        for run in spoken::runs(doc, 7) {
            if run.len() > 15 {
                continue;
            }
            let (start, end) = run.span(doc);
            let Some(hit) = crate::context::find(doc, start, end, PHONE_WORDS, 16, CONTEXT_AFTER) else {
                continue;
            };
            // (Asked for as a phone number, it may be one of any region the engine knows.)
            if self.validate(run.digits(), false).is_none() && !valid_in_labelled_region(run.digits()) {
                continue;
            }
            // `ocr nummer två noll två …`: a reference's number read out.
            let reference = crate::context::find(doc, start, end, REFERENCE_WORDS, 2, 0);
            if reference.is_some_and(|hit| !doc.text[hit.end..start].contains('\n')) {
                continue;
            }
            let mut det = candidate(start, end, EntityType::PhoneNumber, 0.5, "phone", "read out in words")
                .validated("libphonenumber");
            apply_hit(&mut det, hit, 0.25);
            out.push(det);
        }
    }

    fn check(&self, doc: &Document<'_>, part: &[Token], start: usize, end: usize) -> Option<Detection> {
        let text = doc.text;
        let digits = Digits::of(text, part)?;
        if !(7..=17).contains(&digits.len()) || !plausible_shape(doc, part, start, end) {
            return None;
        }
        let lead = &text[start..part[0].start];
        let plus = lead.contains('+');
        let d = digits.as_str();
        let (international, body) = if plus {
            (true, d)
        } else if let Some(rest) = d.strip_prefix("00").filter(|r| !r.starts_with('0')) {
            (true, rest)
        } else if let Some(rest) = d.strip_prefix("011").filter(|r| r.len() >= 9 && !r.starts_with('1')) {
            (true, rest)
        } else {
            (false, d)
        };
        if !(6..=15).contains(&body.len()) || !international && epoch_seconds(text, part, start) {
            return None;
        }
        let grouped = part.len() > 1 || lead.contains('(');
        let (base, pattern) = match self.validate(body, international) {
            Some(_) if international => (0.9, "international"),
            Some(_) if grouped => (0.75, "national, grouped"),
            Some(_) => (0.5, "national"),
            None if self.nanp_fictional(body, international) => (0.7, "NANP 555-01XX (fictional range)"),
            None if self.uk_drama(body, international) => (0.7, "UK 07700 900XXX (Ofcom drama range)"),
            None if !international && self.nanp_local(text, part) => (0.4, "NANP local NXX-XXXX"),
            None if !international
                && own_label(doc, start, PHONE_WORDS).is_some()
                && valid_in_labelled_region(body) =>
            {
                (0.6, "national, labelled, another region")
            }
            None => return None,
        };
        if !plus && after_letter_code(text, start) {
            return None;
        }
        let mut det =
            candidate(start, end, EntityType::PhoneNumber, base, "phone", pattern).validated("libphonenumber");
        let find = |cue| crate::context::find(doc, start, end, cue, CONTEXT_BEFORE, CONTEXT_AFTER);
        // `Mobile: 0412 558 903\nTFN: 818 114 109`: the number's own label names another
        // identifier, whatever the line above says.
        // `customer`, `member`: alone, a word for the person whose number it is (`12:01
        // Customer: (403) 555-0171`, `[customer] 646 281 7734`, `confirmed with the member
        // at (909) 481-2275`); only a label such as `member no.` names another number.
        let names_holder = |hit: &Hit| {
            let label = text[hit.end..].split_whitespace().next().unwrap_or("").trim_end_matches(['.', ':']);
            is_one_of(&text[hit.start..hit.end], &["customer", "client", "patient", "member"])
                && !is_one_of(label, &["no", "number", "num", "nr", "id", "#"])
        };
        let labelled_otherwise = own_label(doc, start, OTHER_ID_WORDS)
            .filter(|hit| !names_holder(hit) && !is_speaker_label(doc, hit.start, hit.end));
        if let Some(hit) = labelled_otherwise {
            apply_hit(&mut det, hit, -0.35);
        } else if let Some(hit) = own_label(doc, start, REFERENCE_WORDS).filter(|_| !plus) {
            // `waybill 4471902236) will text +33 …`: its own label, whatever words follow.
            apply_hit(&mut det, hit, -0.4);
        } else if let Some(hit) = own_label(doc, start, CUSTOMER_NUMBER_LABELS) {
            apply_hit(&mut det, hit, -0.4);
        } else if let Some(hit) = find(PHONE_WORDS).filter(|hit| !english_handy(text, hit) && !by_phone(text, hit)) {
            apply_hit(&mut det, hit, 0.25);
        } else {
            // A word of a reference or of another identifier lowers the score, unless it
            // is on another line than a number written as phone numbers are (`Order
            // CA-55190` under an address block's `(613) 555-0107`), in the next sentence
            // (`será el 634 918 250. La SIM (ICCID …`), or near a number written with its
            // country code, which no reference is (`at his last job, +61 412 775 903`).
            let on_its_line = |hit: &Hit| {
                let between = if hit.end <= start { &text[hit.end..start] } else { &text[end..hit.start] };
                let next_sentence = hit.start >= end && between.trim_start().starts_with(['.', '!', '?']);
                !(grouped && between.contains('\n') || next_sentence)
            };
            let with_country_code = plus && grouped;
            // `Case officer: Raj Gill, 1-800-…`, `booking desk`: a reference word naming
            // the person or team whose number follows labels no number itself.
            let labels_a_number = |hit: &Hit| {
                let next = text[hit.end..].split_whitespace().next().unwrap_or("");
                !is_one_of(next.trim_end_matches([':', ',', '.']), ROLES)
            };
            let lowered = find(REFERENCE_WORDS)
                .filter(|h| on_its_line(h) && labels_a_number(h))
                .map(|hit| (hit, -0.4))
                .or_else(|| {
                    find(OTHER_ID_WORDS)
                        .filter(|hit| {
                            on_its_line(hit) && !names_holder(hit) && !is_speaker_label(doc, hit.start, hit.end)
                        })
                        .map(|hit| (hit, -0.35))
                });
            if let Some((hit, delta)) = lowered.filter(|_| !with_country_code) {
                apply_hit(&mut det, hit, delta);
            }
        }
        Some(det)
    }
}

/// `AM 3318 0472 19`, `Lidnummer: AM 6120 3398 51`: digits right after a two-letter code in
/// capitals are a loyalty scheme's or an airline's number; a phone number follows a word or
/// its country code, not a code. (`9:02 AM (844) 555-0110: …`: after a clock time, `AM`
/// and `PM` are its half of the day, before an SMS sender's number.)
fn after_letter_code(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    let half_day = || {
        matches!(&b[start - 3..start - 1], b"AM" | b"PM")
            && start >= 5
            && b[start - 4] == b' '
            && b[start - 5].is_ascii_digit()
    };
    start >= 3
        && b[start - 1] == b' '
        && b[start - 2].is_ascii_uppercase()
        && b[start - 3].is_ascii_uppercase()
        && (start == 3 || !b[start - 4].is_ascii_alphanumeric())
        && !half_day()
}

/// `"created":1716012004`, `ts=1715954748`, `iat is 1716230400`: ten digits from 1 after a
/// log's or a token's time key are seconds since 1970, not a phone number.
fn epoch_seconds(text: &str, part: &[Token], start: usize) -> bool {
    const TIME_KEYS: &[&str] =
        &["ts", "time", "timestamp", "created", "updated", "iat", "exp", "nbf", "epoch", "expires", "date"];
    let digits = part[0].text(text);
    if part.len() != 1 || digits.len() != 10 || !digits.starts_with('1') {
        return false;
    }
    let before = text[..start].trim_end_matches(['"', '\'', ':', '=', ' ']);
    let before = before.strip_suffix(" is").unwrap_or(before);
    let key = before.rsplit(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("").to_ascii_lowercase();
    TIME_KEYS.contains(&key.as_str()) || key.ends_with("_at") || key.ends_with("_ts") || key.ends_with("time")
}

/// People and teams with a phone of their own, named after what they handle (`case
/// officer`, `booking desk`, `order line`).
const ROLES: &[&str] = &[
    "officer",
    "manager",
    "handler",
    "worker",
    "owner",
    "agent",
    "team",
    "lead",
    "holder",
    "department",
    "desk",
    "coordinator",
    "specialist",
    "advisor",
    "adviser",
    "executive",
    "contact",
    "line",
    "hotline",
    "office",
];

/// `Handy` is German for a mobile; `handy` in lower case is mostly English (`got your NHS
/// number handy?`).
fn english_handy(text: &str, hit: &Hit) -> bool {
    hit.word == "handy" && text[hit.start..].starts_with('h')
}

/// `read his TFN out over the phone: 326 695 392`: the way a number was given, not a word
/// for the number.
fn by_phone(text: &str, hit: &Hit) -> bool {
    let before = &text[..hit.start];
    hit.word == "phone" && ["over the ", "on the ", "by "].iter().any(|w| crate::text::ends_with_ignore_case(before, w))
}

impl Phone {
    /// `NXX-555-01XX`: the range North America reserves for fictional numbers, which
    /// libphonenumber calls invalid but people (and test data) write as phone numbers.
    fn nanp_fictional(&self, body: &str, international: bool) -> bool {
        let b = body.as_bytes();
        let ten = match (international, b.len()) {
            (true, 11) if b[0] == b'1' => &b[1..],
            (false, 11) if b[0] == b'1' => &b[1..],
            (false, 10) => b,
            _ => return false,
        };
        matches!(ten[0], b'2'..=b'9')
            && &ten[3..6] == b"555"
            && &ten[6..8] == b"01"
            && self.regions.iter().any(|r| r.id == "US" || r.id == "CA")
    }

    /// `07700 900XXX`, `01632 960XXX`: the mobile and geographic ranges Ofcom reserves for
    /// drama, which libphonenumber calls invalid but people (and test data) write as phone
    /// numbers, nationally or after `+44` (with or without the trunk `(0)`).
    fn uk_drama(&self, body: &str, international: bool) -> bool {
        let nsn = if international {
            body.strip_prefix("44").map(|n| if n.len() == 11 { n.strip_prefix('0').unwrap_or(n) } else { n })
        } else {
            body.strip_prefix('0')
        };
        nsn.is_some_and(|n| n.len() == 10 && (n.starts_with("7700900") || n.starts_with("1632960")))
            && self.regions.iter().any(|r| r.id == "GB")
    }

    /// A seven-digit North American local number (`555-0100`), which libphonenumber can
    /// only call possible, not valid: accepted with context alone.
    fn nanp_local(&self, text: &str, part: &[Token]) -> bool {
        part.len() == 2
            && part[0].len() == 3
            && part[1].len() == 4
            && matches!(&text[part[0].end..part[1].start], "-" | ".")
            && !text[part[0].start..].starts_with(['0', '1'])
            && self.regions.iter().any(|r| r.id == "US" || r.id == "CA")
    }
}

/// Can a number start (or end, at `i` = one past its last token) at token `i` of a run?
fn split_point(text: &str, toks: &[Token], i: usize, starting: bool) -> bool {
    if i == 0 || i == toks.len() {
        return true;
    }
    let sep = &text[toks[i - 1].end..toks[i].start];
    // (`line 4 ((773) 408-2915)`: a bracketed area code starts a number, unless a country
    // code comes before it: `+1 (796) …` is one number or none.)
    let country_code = toks[i - 1].start > 0 && text.as_bytes()[toks[i - 1].start - 1] == b'+';
    let bracket = starting && sep.starts_with(' ') && sep.ends_with('(') && !country_code;
    sep.contains('/') || sep.contains(',') || sep == " - " || sep == " – " || bracket
}

/// Is the run that starts at token `first` the tail of an alphanumeric code (an IBAN
/// `ES57 0909 …`, a bank code `RABO 7220 …`, a licence `K4343 62722 …`)?
fn part_of_code(doc: &Document<'_>, first: usize) -> bool {
    let Some(p) = first.checked_sub(1) else { return false };
    let prev = doc.tokens[p];
    doc.gap(p, first) == " " && (prev.kind == TokenKind::Alnum || prev.is_all_upper() && prev.len() == 4)
}

/// Group lengths that no phone-number format uses: `3-2-4` is a US SSN/ITIN, a lone
/// digit in the middle is a French NIR or a check digit.
fn impossible_grouping(text: &str, part: &[Token], international: bool) -> bool {
    if part.len() == 3 && part[0].len() == 3 && part[1].len() == 2 && part[2].len() == 4 {
        return true;
    }
    part.iter().enumerate().any(|(k, t)| {
        let lone = t.len() == 1;
        let trunk_in_parens = lone && text[..t.start].ends_with('(') && text[t.end..].starts_with(')');
        // `+1 …`, `0 800 …`; and after a country code, `+33 7 56 …`, `+54 9 11 …`.
        // (`+31 (0)6 52 13 98 07`: and after the trunk in brackets.)
        let leading_code = k == 0 && (international || matches!(text.as_bytes()[t.start], b'0' | b'1'))
            || k == 1 && international
            || k == 2 && international && text[..t.start].ends_with("(0)");
        lone && !trunk_in_parens && !leading_code
    })
}

/// Rejects shapes that are numbers of another kind: prices, decimals, dates, times,
/// codes glued to letters (GUIDs, order ids), version strings, IP addresses.
fn plausible_shape(doc: &Document<'_>, part: &[Token], start: usize, end: usize) -> bool {
    let text = doc.text;
    let b = text.as_bytes();
    let international = text[start..part[0].start].contains('+') || part[0].text(text).starts_with("00");
    if preceded_by_marker(text, start) || impossible_grouping(text, part, international) {
        return false;
    }
    if part.len() == 4 && text[part[0].start..end].parse::<std::net::Ipv4Addr>().is_ok() {
        return false;
    }
    let mut dots = 0;
    let mut slashes = 0;
    for sep in separators(text, part) {
        if sep.contains(',') {
            return false;
        }
        dots += sep.matches('.').count();
        slashes += sep.matches('/').count();
    }
    // A single dot is a decimal point; dots and slashes in date-like groups are dates;
    // `99213/99214`, `2024/006318`: two codes, or a year and a file number.
    let year_first = || matches!(part[0].text(text).as_bytes(), [b'1', b'9', _, _] | [b'2', b'0', _, _]);
    let slashed_codes =
        slashes == 1 && part.len() == 2 && (part[0].len() == part[1].len() && part[0].len() >= 4 || year_first());
    if dots == 1 || (slashes >= 2) || slashed_codes || looks_like_date(text, part) {
        return false;
    }
    // Glued to a code: `A-12345678`, `…-426614174000`, `v1.2`, `12345678ABC`.
    let glued = |c: Option<&u8>| c.is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_');
    let before = start.checked_sub(1).and_then(|i| b.get(i));
    if matches!(before, Some(b'-' | b'.' | b'/' | b'_')) && glued(start.checked_sub(2).and_then(|i| b.get(i))) {
        return false;
    }
    if matches!(b.get(end), Some(b'-' | b'.' | b'_' | b'/')) && glued(b.get(end + 1)) {
        return false;
    }
    if b.get(end).is_some_and(|c| c.is_ascii_alphabetic() && *c != b'x')
        || matches!(b.get(end), Some(b':')) && glued(b.get(end + 1))
    {
        return false;
    }
    if before.is_some_and(u8::is_ascii_alphabetic) {
        // "at555-0100" is a typo; "v123", "A12345678", "x12" are codes.
        let word_start = text[..start].rfind(|c: char| !c.is_ascii_alphabetic()).map_or(0, |i| i + 1);
        if !matches!(
            text[word_start..start].to_ascii_lowercase().as_str(),
            "at" | "on" | "is" | "me" | "tel" | "ph" | "call" | "mob"
        ) {
            return false;
        }
    }
    true
}

/// `2024-03-12`, `12.03.2024`, `03/12/24`: three groups with a 4-digit year at an end
/// and calendar-plausible parts.
fn looks_like_date(text: &str, part: &[Token]) -> bool {
    if part.len() != 3 {
        return false;
    }
    let lens = [part[0].len(), part[1].len(), part[2].len()];
    let (s1, s2) = (&text[part[0].end..part[1].start], &text[part[1].end..part[2].start]);
    let same_sep = s1 == s2;
    let date_sep = matches!(s1, "-" | "." | "/");
    let num = |t: &Token| t.text(text).parse::<u32>().unwrap_or(0);
    let ymd = lens[0] == 4
        && lens[1] <= 2
        && lens[2] <= 2
        && (1..=12).contains(&num(&part[1]))
        && (1..=31).contains(&num(&part[2]));
    let dmy = lens[2] == 4
        && lens[0] <= 2
        && lens[1] <= 2
        && (1..=31).contains(&num(&part[0]))
        && (1..=31).contains(&num(&part[1]));
    same_sep && date_sep && (ymd || dmy)
}

/// A region's compiled validity rules.
struct Region {
    id: &'static str,
    national_prefix: Option<&'static str>,
    /// People write national numbers of these regions without the trunk prefix.
    prefix_optional: bool,
    /// (pattern, possible lengths, written without the trunk prefix) per number type that
    /// counts as valid.
    types: Vec<(Regex, Vec<u16>, bool)>,
}

/// Regions whose non-geographic numbers (toll-free, premium, shared-cost, universal access)
/// are dialled and written without the trunk prefix: Australia's `13 11 22`, `1300 662
/// 417`, `1800 …`.
const BARE_NON_GEOGRAPHIC: &[&str] = &["AU"];

struct Table {
    /// Each region's metadata and its patterns, compiled on first use.
    by_id: HashMap<&'static str, (&'static RegionMeta, OnceLock<Region>)>,
    /// Each code's regions, its main region first.
    by_code: HashMap<u16, Vec<&'static str>>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut by_id = HashMap::new();
        let mut by_code: HashMap<u16, Vec<&'static str>> = HashMap::new();
        // The metadata lists each code's main region first.
        for meta in phone_metadata::regions() {
            by_id.insert(meta.id, (meta, OnceLock::new()));
            by_code.entry(meta.country_code).or_default().push(meta.id);
        }
        Table { by_id, by_code }
    })
}

impl Region {
    fn by_id(id: &str) -> Option<&'static Region> {
        let (meta, region) = table().by_id.get(id)?;
        Some(region.get_or_init(|| Region::compile(meta)))
    }

    fn by_code(code: u16) -> impl Iterator<Item = &'static Region> {
        table().by_code.get(&code).into_iter().flatten().filter_map(|id| Region::by_id(id))
    }

    fn compile(meta: &RegionMeta) -> Region {
        let bare_region = BARE_NON_GEOGRAPHIC.contains(&meta.id);
        let types = meta
            .types
            .iter()
            .filter_map(|t| {
                let bare = bare_region && t.non_geographic;
                let pattern = format!("^(?:{})$", t.pattern);
                // Only ASCII digits are ever matched, where `\d` means [0-9] with or without
                // Unicode; without it the automata are many times smaller (these tables were
                // most of the engine's memory) and faster. A pattern that needs Unicode mode
                // to compile keeps it.
                let re = RegexBuilder::new(&pattern)
                    .ignore_whitespace(true)
                    .unicode(false)
                    .build()
                    .or_else(|_| RegexBuilder::new(&pattern).ignore_whitespace(true).build())
                    .ok()?;
                let lengths = if t.lengths.is_empty() { meta.general_lengths.clone() } else { t.lengths.clone() };
                Some((re, lengths, bare))
            })
            .collect();
        let prefix_optional = meta.country_code == 1 || matches!(meta.id, "BR" | "IN");
        Region { id: meta.id, national_prefix: meta.national_prefix, prefix_optional, types }
    }

    /// Is this national significant number valid here?
    fn is_valid(&self, nsn: &str) -> bool {
        self.valid_as(nsn, false)
    }

    /// Is `nsn` valid as a type this region writes without its trunk prefix (all of them
    /// when not `bare_only`)?
    fn valid_as(&self, nsn: &str, bare_only: bool) -> bool {
        let len = nsn.len() as u16;
        self.types.iter().any(|(re, lengths, bare)| (*bare || !bare_only) && lengths.contains(&len) && re.is_match(nsn))
    }

    /// A number as written nationally: with the trunk prefix, or without where people omit it.
    fn is_valid_national(&self, digits: &str) -> bool {
        match self.national_prefix {
            Some(prefix) => match digits.strip_prefix(prefix) {
                Some(nsn) if self.is_valid(nsn) => true,
                _ => !digits.starts_with(prefix) && self.valid_as(digits, !self.prefix_optional),
            },
            None => self.is_valid(digits),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_support::found;

    #[test]
    fn loyalty_numbers_fines_and_tolls_are_no_phone_numbers() {
        // After a scheme's two-letter code.
        assert!(found("Member: AM 3318 0472 19, rachel", "PHONE_NUMBER").is_empty());
        assert!(found("Lidnummer: AM 6120 3398 51", "PHONE_NUMBER").is_empty());
        let sms = "3/19/24 9:02 AM (844) 555-0110: Ridgeway Recovery: This is a";
        assert_eq!(found(sms, "PHONE_NUMBER"), ["(844) 555-0110"]);
        // After a fine's, a toll tag's or a travel document's label.
        assert!(found("speed camera infringement notice 1947723816 for our van", "PHONE_NUMBER").is_empty());
        assert!(found("I see transponder 0410-7729-315 assigned to plate CTRX 417", "PHONE_NUMBER").is_empty());
        assert!(found("una denuncia (boletín n.º 0284471935) por aparcar", "PHONE_NUMBER").is_empty());
        // A country's name before a number with its country code is no code.
        assert_eq!(found("UK +44 20 7946 0958", "PHONE_NUMBER"), ["+44 20 7946 0958"]);
    }

    /// The patterns are compiled without Unicode (see `Region::compile`); on the ASCII
    /// digits they are given, they must accept exactly what the Unicode build accepts.
    #[test]
    fn ascii_patterns_agree_with_unicode_ones_on_digits() {
        use phonenumber::metadata::DATABASE;
        use regex::RegexBuilder;
        let mut rng = 0x2545_F491_4F6C_DD1Du64;
        let mut digits = |len: usize| -> String {
            (0..len)
                .map(|_| {
                    rng ^= rng << 13;
                    rng ^= rng >> 7;
                    rng ^= rng << 17;
                    char::from(b'0' + (rng % 10) as u8)
                })
                .collect()
        };
        let random: Vec<String> = (0..500).map(|k| digits(4 + k % 14)).collect();
        let mut matched = 0;
        for region in super::phone_metadata::regions() {
            let Some(meta) = DATABASE.by_id(region.id) else { continue };
            let d = meta.descriptors();
            // The region's example numbers, each with every digit changed in turn, and
            // random digits: matches, near misses and misses.
            let mut samples = random.clone();
            for example in [d.general(), d.fixed_line().unwrap_or(d.general()), d.mobile().unwrap_or(d.general())]
                .iter()
                .filter_map(|desc| desc.example())
            {
                samples.push(example.to_string());
                for pos in 0..example.len() {
                    for c in b'0'..=b'9' {
                        let mut b = example.as_bytes().to_vec();
                        b[pos] = c;
                        samples.push(String::from_utf8(b).unwrap_or_default());
                    }
                }
            }
            for kind in &region.types {
                let pattern = format!("^(?:{})$", kind.pattern);
                let build =
                    |unicode: bool| RegexBuilder::new(&pattern).ignore_whitespace(true).unicode(unicode).build().ok();
                let (Some(ascii), Some(unicode)) = (build(false), build(true)) else { continue };
                for s in &samples {
                    let m = ascii.is_match(s);
                    assert_eq!(m, unicode.is_match(s), "{} {pattern} {s}", region.id);
                    matched += usize::from(m);
                }
            }
        }
        assert!(matched > 10_000, "the samples exercise matches too ({matched})");
    }

    #[test]
    fn references_in_the_next_sentence_or_beside_a_country_code() {
        // A reference word after the number's sentence ends, or near a number written with
        // its country code, does not lower it.
        let es = "Tu nuevo número será el 634 918 250. La SIM (ICCID 8934 0712 9004 5512 347)";
        assert_eq!(found(es, "PHONE_NUMBER"), vec!["634 918 250"]);
        assert_eq!(found("dispatch lead at his last job, +61 412 775 903", "PHONE_NUMBER"), vec!["+61 412 775 903"]);
        // In its own sentence it still does, unless it names whose number it is.
        assert!(found("job 0412 775 903 closed", "PHONE_NUMBER").is_empty());
        assert_eq!(found("but line 4 ((773) 408-2915) was ported", "PHONE_NUMBER"), vec!["(773) 408-2915"]);
        let officer = "Case officer: Raj Gill, Baggage Services, 1-800-437-2288 ext. 4471";
        assert_eq!(found(officer, "PHONE_NUMBER"), vec!["1-800-437-2288"]);
        assert!(found("Case: Raj Gill, 1-800-437-2288", "PHONE_NUMBER").is_empty());
        // A seller's number is no phone, nor a waybill's before a word for texting.
        assert!(found("1) Seller 40018832, Holzwerk", "PHONE_NUMBER").is_empty());
        // A health facility's or a doctor's register number.
        assert!(found("Établissement : Clinique du Val d'Ouest — FINESS 690780358", "PHONE_NUMBER").is_empty());
        // A classified ad's number.
        assert!(found("czy rower z ogłoszenia nr 874 551 203 jest jeszcze aktualny?", "PHONE_NUMBER").is_empty());
        assert!(found("a road bike (Canyon Endurace, listing 88-412-90553, £650)", "PHONE_NUMBER").is_empty());
        let courier = "The courier (DHL Express, waybill 4471902236) will text +33 6 12 48 90 37";
        assert_eq!(found(courier, "PHONE_NUMBER"), vec!["+33 6 12 48 90 37"]);
        // Two codes or a year and a file number with a slash.
        assert!(found("by scheduler v7.2 - 5 rows, CPT 99213/99214 mapped", "PHONE_NUMBER").is_empty());
        assert!(found("plainte au commissariat (PV n° 2024/006318). Merci", "PHONE_NUMBER").is_empty());
    }

    #[test]
    fn international_and_national_formats() {
        for (text, want) in [
            ("call +44 20 7946 0958 today", "+44 20 7946 0958"),
            ("call +44 (0)20 7946 0958 today", "+44 (0)20 7946 0958"),
            ("tel: (415) 555-2671", "(415) 555-2671"),
            ("my cell is 416-555-0199", "416-555-0199"),
            // Ofcom's drama ranges, which libphonenumber calls invalid.
            ("my mobile is +44 7700 900317 if", "+44 7700 900317"),
            ("M: 07700 900 318", "07700 900 318"),
            ("LS29 9PR,+44 (0)7700 900 884,niamh@example.ie", "+44 (0)7700 900 884"),
            ("Telefoon: +31 (0)6 52 13 98 07", "+31 (0)6 52 13 98 07"),
            ("Tel. 030 12345678", "030 12345678"),
            ("appelez le 06 12 34 56 78", "06 12 34 56 78"),
            ("movil 612 345 678", "612 345 678"),
            ("cell 0031 6 12345678", "0031 6 12345678"),
            ("ring 0412 345 678", "0412 345 678"),
            ("mobile 98765 43210", "98765 43210"),
            ("whatsapp (11) 98765-4321", "(11) 98765-4321"),
            ("chiamami al 347 123 4567", "347 123 4567"),
        ] {
            assert_eq!(found(text, "PHONE_NUMBER"), vec![want], "{text}");
        }
    }

    #[test]
    fn not_phones() {
        for text in [
            "order #4155552671 shipped",
            "it costs $4155552671",
            "guid 123e4567-e89b-12d3-a456-426614174000",
            "timestamp 1607635102.00 -0.96",
            "on 2024-03-12 at noon",
            "invoice INV-2024-0012345",
            "total 1,299,000",
        ] {
            assert_eq!(found(text, "PHONE_NUMBER"), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn a_word_on_another_line_says_nothing_about_a_grouped_number() {
        let block = "Québec (Québec) G1R 1P3\nCanada\n(613) 555-0107\nOrder CA-55190";
        assert_eq!(found(block, "PHONE_NUMBER"), vec!["(613) 555-0107"]);
        let signature = "Accounts Payable, Harborline Logistics\nDirect: 305-555-0126";
        assert_eq!(found(signature, "PHONE_NUMBER"), vec!["305-555-0126"]);
        // On the same line it does.
        assert!(found("Order (613) 555-0107 shipped", "PHONE_NUMBER").is_empty());
        // `my number` names a phone's, in other languages too.
        let fr = "Client : Parfait, merci ! Mon numéro : 07 31 40 81 85";
        assert_eq!(found(fr, "PHONE_NUMBER"), vec!["07 31 40 81 85"]);
    }

    #[test]
    fn a_speaker_label_is_no_id_hotword() {
        let t = "Customer: my number changed to 0412 345 678";
        assert_eq!(found(t, "PHONE_NUMBER"), vec!["0412 345 678"]);
        assert_eq!(found("my customer number changed to 0412 345 678", "PHONE_NUMBER"), Vec::<&str>::new());
        // A word for the number's holder, in a label of another form or in the sentence.
        for (text, phone) in [
            ("client : 06 42 18 93 57 / samia@free.fr", "06 42 18 93 57"),
            ("[customer] 646 281 7734", "646 281 7734"),
            ("We've confirmed with the member at (909) 481-2275 and credited it", "(909) 481-2275"),
        ] {
            assert_eq!(found(text, "PHONE_NUMBER"), vec![phone], "{text}");
        }
        assert_eq!(found("Super fund: AustralianSuper, member no. 8683 6177 34", "PHONE_NUMBER"), Vec::<&str>::new());
    }

    #[test]
    fn a_number_read_out_in_words() {
        let call = "AGENT: and a good phone number\nCALLER: five five nine two six four one eight three oh\n\
                    AGENT: thanks";
        assert_eq!(found(call, "PHONE_NUMBER"), vec!["five five nine two six four one eight three oh"]);
        let es = "representante: y un teléfono\nllamante: tres cero cinco seis cuatro dos siete siete uno ocho";
        assert_eq!(found(es, "PHONE_NUMBER"), vec!["tres cero cinco seis cuatro dos siete siete uno ocho"]);
        // Without a word for a phone nearby, or not a valid number, it is not one.
        assert_eq!(found("CALLER: five five nine two six four one eight three oh", "PHONE_NUMBER"), Vec::<&str>::new());
        assert_eq!(found("phone: one one one one one one one one one one", "PHONE_NUMBER"), Vec::<&str>::new());
    }

    #[test]
    fn seconds_since_1970_under_a_time_key() {
        for text in [
            r#"{"type":"payout.failed","created":1716012004,"livemode":true}"#,
            "header missing (code 0x80040154), ts=1715954748",
            "iat is 1716230400 and exp 1716234000 so it should not be expired",
        ] {
            assert_eq!(found(text, "PHONE_NUMBER"), Vec::<&str>::new(), "{text}");
        }
        // The same digits without a time key are a valid Brazilian number, as written.
        assert_eq!(found("ligue 1716230400 amanhã", "PHONE_NUMBER"), vec!["1716230400"]);
    }

    #[test]
    fn italian_references_and_canadian_business_numbers() {
        for text in [
            "il vecchio contratto n. 3100482217 va chiuso",
            "la spedizione 084612203359117 sarà consegnata oggi",
            "Business number is 741852963 RC0001 if that helps",
            "elle est incorporée (NEQ 1174829301).",
            "Merchant: Smoke & Ember BBQ, MID 4470022918, terminal T-03",
        ] {
            assert_eq!(found(text, "PHONE_NUMBER"), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn a_number_labelled_as_another_identifier() {
        // The label on the number's own line wins over the phone word on the line above.
        let form = "Mobile: 0412 558 903\nTFN: 818 114 109";
        assert_eq!(found(form, "PHONE_NUMBER"), vec!["0412 558 903"]);
        assert_eq!(found(form, "AU_TFN"), vec!["818 114 109"]);
        // A customer number's label right before the number, in other languages too.
        for text in [
            "klantnummer 30092841",
            "Disdetta linea fissa – codice cliente 8800312744",
            "BIC/SWIFT: BCITITMM\nP.IVA 07214830962",
            "so I used my EIN 84-2917365 on the W-9",
        ] {
            assert_eq!(found(text, "PHONE_NUMBER"), Vec::<&str>::new(), "{text}");
        }
        // Further away it names another number; a speaker after a timestamp names none.
        assert_eq!(found("Klantnummer: 12345, telefoon 0612345678", "PHONE_NUMBER"), vec!["0612345678"]);
        assert_eq!(found("12:01 Customer: (403) 555-0171", "PHONE_NUMBER"), vec!["(403) 555-0171"]);
        assert_eq!(found("[10:42] Customer: 0412 345 678", "PHONE_NUMBER"), vec!["0412 345 678"]);
    }

    #[test]
    fn glued_typo_is_still_a_phone() {
        assert_eq!(found("call me at555-0100 pls", "PHONE_NUMBER"), vec!["555-0100"]);
        assert_eq!(found("room 555-0100", "PHONE_NUMBER"), Vec::<&str>::new());
    }

    #[test]
    fn australian_numbers_dialled_without_the_trunk_prefix() {
        assert_eq!(found("call us on 1300 662 417 today", "PHONE_NUMBER"), vec!["1300 662 417"]);
        assert_eq!(found("Move Consultant | 1300 478 226 | 0400 912 557", "PHONE_NUMBER").len(), 2);
        // A fixed line still needs its `0`; an order number is none.
        assert!(found("order 1300662417 shipped", "PHONE_NUMBER").is_empty());
        assert!(found("call 3 9354 6120 today", "PHONE_NUMBER").is_empty());
    }

    #[test]
    fn a_bracket_around_the_whole_number_is_not_its_own() {
        assert_eq!(found("Witness Omar Haddad (714-991-3340) confirms", "PHONE_NUMBER"), vec!["714-991-3340"]);
        assert_eq!(found("Paws & Claws Vet ((503) 555-0160):", "PHONE_NUMBER"), vec!["(503) 555-0160"]);
        assert_eq!(found("Kundin angerufen (0331 7084552), nur Mailbox", "PHONE_NUMBER"), vec!["0331 7084552"]);
        // An area code's bracket stays.
        assert_eq!(found("call (714) 991-3340 today", "PHONE_NUMBER"), vec!["(714) 991-3340"]);
    }

    #[test]
    fn another_numbers_label_with_a_word_for_number() {
        let fund = "Super fund: AustralianSuper, member no. 901287735\nMobile: 0412 558 031";
        assert_eq!(found(fund, "PHONE_NUMBER"), vec!["0412 558 031"]);
        assert!(found("votre numéro d'adhérent 704 418 293 ?", "PHONE_NUMBER").is_empty());
        assert!(found("el envío con número de control 4471093285 por 250 dólares", "PHONE_NUMBER").is_empty());
        // The holder's word alone still leaves the number a phone.
        assert_eq!(found("confirmed with the member at (909) 481-2275", "PHONE_NUMBER"), vec!["(909) 481-2275"]);
    }

    #[test]
    fn a_labelled_number_of_a_region_not_configured() {
        // With its own phone label, a national number of another region is one.
        for (text, phone) in [
            ("Mvh Mette\nTlf. 21 43 65 87", "21 43 65 87"),
            ("Mobiilinumber: 5342 0918", "5342 0918"),
            ("Mobile +20 12 7733 5081 | Landline 03 487 2296", "03 487 2296"),
        ] {
            assert_eq!(found(text, "PHONE_NUMBER").last(), Some(&phone), "{text}");
        }
        // Without one it is not; nor are national identity numbers and payment references.
        for text in [
            "viite 21 43 65 87 maksettu",
            "mitt personnummer är 750618-4824",
            "Mit CPR er 230488-1427",
            "med OCR 7506814891 den 28/11",
            "Vergi Dairesi / VKN: Çankaya V.D. / 7310558824",
            "Sigríður Jónsdóttir, kt. 120385-2719",
            "Nordvik Bank AB\nOrg.nr 556677-8899",
            "Rendering provider: Samira Haddad, MD   NPI 1457392018",
        ] {
            assert_eq!(found(text, "PHONE_NUMBER"), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn a_number_read_out_in_swedish_or_finnish() {
        let sv = "agent: vilket nummer når jag dig på\nkund: noll sju två tre tre ett nio åtta åtta fem";
        assert_eq!(found(sv, "PHONE_NUMBER"), vec!["noll sju två tre tre ett nio åtta åtta fem"]);
        let fi = "agentti: ja puhelinnumero on nolla neljä neljä yhdeksän nolla kolme kaks seittemän yks kaheksan";
        assert_eq!(
            found(fi, "PHONE_NUMBER"),
            vec!["nolla neljä neljä yhdeksän nolla kolme kaks seittemän yks kaheksan"]
        );
        // Danish and Norwegian digits that are English words too count in a text that reads
        // out a digit only those languages have; not in English.
        let no = "agent: har du telefonnummeret hans\nkunde: fire en to sju seks seks ni null";
        assert_eq!(found(no, "PHONE_NUMBER"), vec!["fire en to sju seks seks ni null"]);
        let en = "phone: I went from one to two and to three, then one to four, to five";
        assert_eq!(found(en, "PHONE_NUMBER"), Vec::<&str>::new());
        // A reference read out on the same line is none.
        let ocr = "kund: jag betalade med ocr nummer två noll två fyra nio nio fem fem ett två";
        assert_eq!(found(ocr, "PHONE_NUMBER"), Vec::<&str>::new());
    }

    #[test]
    fn central_european_parcel_and_customer_numbers() {
        for text in [
            "packet number Z 442 1938 075. Your web form",
            "Zákazník: Dobrý den, zásilka Z 318 5527 904 stojí od pondělí",
            "Předmět: Přeplatek – zákaznické číslo 3100472981\n\nDobrý den",
        ] {
            assert_eq!(found(text, "PHONE_NUMBER"), Vec::<&str>::new(), "{text}");
        }
    }
}
