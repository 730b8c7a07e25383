//! Recognisers: each one generates candidates cheaply from the shared tokens, validates
//! them (checksum, calendar, libphonenumber metadata, gazetteer) and scores them with
//! context. They never resolve overlaps themselves; [`crate::resolve`] does.

mod contact;
mod datetime;
mod finance;
mod government;
mod location;
mod people;
mod phone;
mod phone_metadata;
mod secrets;
mod table;

use crate::analyzer::{AnalyzerConfig, ConfigError, Document};
use crate::context;
use crate::cues::{CARD_WORDS, Cue, ORG_ENDINGS, PLACE_QUESTIONS};
use crate::detection::{ContextEvidence, Detection, Explanation};
use crate::entity::{EntityType, Subtype};
use crate::text::TokenKind;

pub(crate) trait Recognizer: Send + Sync {
    /// The entity types this recogniser can report (used to skip it when filtered out).
    fn entities(&self) -> &'static [EntityType];
    /// Appends candidates found in `doc` to `out`.
    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>);
    /// Appends candidates that follow from what every recogniser found (`found`: resolved,
    /// sorted by start) to `out`. Only free text is taken from them.
    fn recognize_after(&self, _doc: &Document<'_>, _found: &[Detection], _out: &mut Vec<Detection>) {}
}

/// Every recogniser, configured.
pub(crate) fn all(config: &AnalyzerConfig) -> Result<Vec<Box<dyn Recognizer>>, ConfigError> {
    Ok(vec![
        Box::new(contact::Email),
        Box::new(contact::Url),
        Box::new(contact::IpAddress),
        Box::new(contact::MacAddress),
        Box::new(phone::Phone::new(&config.phone_regions)?),
        Box::new(finance::Cards),
        Box::new(finance::Banking),
        Box::new(finance::CryptoWallet),
        Box::new(government::NationalIds),
        Box::new(datetime::DateTime),
        Box::new(secrets::Secrets),
        Box::new(people::Person),
        Box::new(people::NrpAndAge),
        Box::new(location::Location),
        Box::new(table::Columns),
    ])
}

/// A candidate before context: where, what, and which rule matched.
pub(crate) fn candidate(
    start: usize,
    end: usize,
    entity_type: EntityType,
    score: f32,
    recognizer: &'static str,
    pattern: &'static str,
) -> Detection {
    Detection {
        start,
        end,
        entity_type,
        subtype: None,
        score,
        explanation: Explanation { recognizer, pattern, validation: None, base_score: score, context: None },
    }
}

/// Builder-style additions to a candidate.
pub(crate) trait DetectionExt {
    fn validated(self, by: &'static str) -> Self;
    fn subtype(self, s: Subtype) -> Self;
}

impl DetectionExt for Detection {
    fn validated(mut self, by: &'static str) -> Self {
        self.explanation.validation = Some(by);
        self
    }
    fn subtype(mut self, s: Subtype) -> Self {
        self.subtype = Some(s);
        self
    }
}

/// How far context reaches, in tokens, before and after a candidate.
pub(crate) const CONTEXT_BEFORE: usize = 6;
pub(crate) const CONTEXT_AFTER: usize = 3;

/// Looks for one of `words` near `det`; if found, adds `delta` to its score (clamped to
/// `[0, 1]`) and records the word. Returns whether a word was found.
pub(crate) fn apply_context(doc: &Document<'_>, det: &mut Detection, words: Cue, delta: f32) -> bool {
    apply_context_window(doc, det, words, delta, CONTEXT_BEFORE, CONTEXT_AFTER)
}

pub(crate) fn apply_context_window(
    doc: &Document<'_>,
    det: &mut Detection,
    words: Cue,
    delta: f32,
    before: usize,
    after: usize,
) -> bool {
    match context::find(doc, det.start, det.end, words, before, after) {
        Some(hit) => {
            apply_hit(det, hit, delta);
            true
        }
        None => false,
    }
}

/// Adds `delta` to `det`'s score (clamped to `[0, 1]`) and records `hit` as the evidence.
pub(crate) fn apply_hit(det: &mut Detection, hit: context::Hit, delta: f32) {
    det.score = (det.score + delta).clamp(0.0, 1.0);
    det.explanation.context = Some(ContextEvidence { word: hit.word, start: hit.start, end: hit.end, delta });
}

/// Is there a hotword within `before` tokens before or `after` tokens after `start..end`?
pub(crate) fn has_context_window(
    doc: &Document<'_>,
    start: usize,
    end: usize,
    words: Cue,
    before: usize,
    after: usize,
) -> bool {
    context::find(doc, start, end, words, before, after).is_some()
}

/// Is token `code` an airline's code before a flight number (`flight BA 2491`, `vuelo IB
/// 3166`, `voo TP 1353`)? The number is no postcode and `DL` no driver's licence there.
pub(crate) fn is_airline_code(doc: &Document<'_>, code: usize) -> bool {
    let toks = doc.tokens;
    code > 0
        && toks[code].len() == 2
        && toks[code].is_all_upper()
        && matches!(doc.gap(code - 1, code), " " | ": ")
        && is_one_of(doc.word(code - 1), &["flight", "flt", "vuelo", "voo", "vlucht", "vol", "flug", "volo", "lot"])
        && toks
            .get(code + 1)
            .is_some_and(|n| n.is_number() && n.len() <= 4 && matches!(doc.gap(code, code + 1), " " | ""))
}

/// Is the word at bytes `start..end` a speaker's label (`Customer:` at the start of a line)?
/// It names who talks, not what the number after it is (`Customer: my number changed to
/// 0412 345 678`).
pub(crate) fn is_speaker_label(doc: &Document<'_>, start: usize, end: usize) -> bool {
    // (Bounded, as every look-back: a 10 MB single line stays linear.)
    // A chat export's timestamp may come first: `12:01 Customer:`, `[10:42] Customer:`.
    let timestamp = |l: &str| {
        l.bytes().all(|c| c.is_ascii_digit() || matches!(c, b':' | b'[' | b']' | b' ' | b'/' | b',' | b'-' | b'.'))
    };
    let line_start = crate::text::line_before(doc.text, start, 64).is_some_and(|l| l.trim().is_empty() || timestamp(l));
    // (`Client : …`: French puts a space before the colon.)
    let colon = doc.text[end..].starts_with(':') || doc.text[end..].starts_with(" :");
    line_start && colon && is_one_of(&doc.text[start..end], CUSTOMER_ROLES)
}

/// The words a transcript or chat export names the customer's side by.
const CUSTOMER_ROLES: &[&str] = &["customer", "client", "caller", "cx", "cliente", "kunde", "klant"];

/// Is a payment card named near `start..end`? Without one, a `security code` is as likely
/// a sign-in code sent by text as a card's CVV.
pub(crate) fn card_in_sight(doc: &Document<'_>, start: usize, end: usize) -> bool {
    has_context_window(doc, start, end, CARD_WORDS, 16, 8)
}

/// Is there a hotword near `start..end`? (No score change.)
pub(crate) fn has_context(doc: &Document<'_>, start: usize, end: usize, words: Cue) -> bool {
    context::find(doc, start, end, words, CONTEXT_BEFORE, CONTEXT_AFTER).is_some()
}

/// Does token `i` start the reply to a question about a place on the line before
/// (`Where is the property located?`, `Which state issued the licence?`)? A line further
/// down is the conversation moving on (`Got it.`).
pub(crate) fn answers_place_question(doc: &Document<'_>, i: usize) -> bool {
    answers_question(doc, i, PLACE_QUESTIONS)
}

/// Does token `i` start the reply to a question on the line before that asks with a word
/// of `cue` (`What name is the booking under?` … `Customer: tan wei ming.`)?
pub(crate) fn answers_question(doc: &Document<'_>, i: usize, cue: Cue) -> bool {
    let t = doc.tokens[i];
    // Speech-to-text writes no question mark: a line ending in the word asked for (`agent:
    // and your full name please`) asks as well.
    // A speaker's line with no full stop may ask with the word among its last five (`agent:
    // and the name on the card`, `your daughter's name and date of birth`).
    let closes_question = |q: &str| {
        let q = q.trim_end_matches([' ', '\r']);
        let q = q.strip_suffix(" please").or_else(|| q.strip_suffix(" po")).unwrap_or(q);
        // (A line of 200 bytes at most: a 10 MB line before costs one short look.)
        let line = crate::text::line_before(q, q.len(), 200);
        let spoken = line.is_some_and(|line| {
            line.get(..line.floor_char_boundary(32)).is_some_and(|head| head.contains(": "))
                && !line.split_once(": ").is_some_and(|(_, said)| said.contains(['.', '!']))
        });
        q.ends_with('?')
            || q.rsplit(' ').next().is_some_and(|last| is_one_of(last, cue.words))
            || spoken && q.rsplit(' ').take(5).any(|word| is_one_of(word.trim_end_matches(','), cue.words))
    };
    let asked = || {
        crate::text::line_before(doc.text, t.start, 80).is_some_and(|line| {
            let line_start = t.start - line.len();
            closes_question(&doc.text[..line_start.saturating_sub(1)])
        })
    };
    // Then the cue's bit tests on the tokens before, then the line before.
    starts_answer(doc, i)
        && crate::context::find(doc, t.start, t.end, cue, 16, 0).is_some_and(|hit| {
            if !asked() {
                return false;
            }
            // The rest of the question's line after the word: at most four words, or a `?`.
            let between = &doc.text[hit.end..t.start];
            let mut lines = between.split('\n');
            let rest_closes = |q: &str| q.trim_end().ends_with('?') || q.split_whitespace().count() <= 4;
            lines.next().is_some_and(rest_closes) && lines.count() == 1
        })
}

/// Does token `i` start a reply: a line (after a speaker's label or a time), or a value
/// after `it's` / `its` / `is`?
pub(crate) fn starts_answer(doc: &Document<'_>, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else { return true };
    let g = doc.gap(p, i);
    g.contains('\n')
        || g.ends_with(": ")
        || g == " " && (is_one_of(doc.word(p), &["its", "it's", "is"]) || bare_speaker(doc, p))
        || g == ", " && after_code(doc, p)
}

/// Does token `p` end a code that opens a reply (`Member: AM 3318 0472 19, rachel
/// o'donnell`, `Visitor: 8HQW3C, alex petrov`), so that the value after its comma answers
/// too? A code: capitals and digits only, one digit at least.
fn after_code(doc: &Document<'_>, p: usize) -> bool {
    // (The token before the comma first: most words after one follow a lower-case word.)
    let t = doc.tokens[p];
    if t.kind == TokenKind::Word && !t.is_all_upper() {
        return false;
    }
    let Some(line) = crate::text::line_before(doc.text, t.end, 48) else { return false };
    let value = line.rsplit_once(": ").map_or(line, |(_, value)| value);
    value.len() <= 24
        && value.bytes().any(|c| c.is_ascii_digit())
        && value.bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, b' ' | b'-'))
}

/// Is token `p` a speaker's role opening its line with no colon, as some speech-to-text
/// exports write a call (`caller priya raman`)?
pub(crate) fn bare_speaker(doc: &Document<'_>, p: usize) -> bool {
    doc.starts_line(p) && (is_one_of(doc.word(p), CUSTOMER_ROLES) || doc.word(p).eq_ignore_ascii_case("agent"))
}

/// Is token `k` one of [`ORG_ENDINGS`] as written? Not in the plural: `Banks` is a surname.
pub(crate) fn ends_organisation(doc: &Document<'_>, k: usize) -> bool {
    doc.may_end_cue(k, ORG_ENDINGS.bit()) && is_one_of(doc.word(k), ORG_ENDINGS.words) || german_firm_compound(doc, k)
}

/// `Kantonalbank`, `Sparkasse`, `Gebäudeversicherung`: German joins the firm's word to the
/// words before it. (Nine letters at least: `Fairbank` is a surname.)
fn german_firm_compound(doc: &Document<'_>, k: usize) -> bool {
    const ENDINGS: &[&str] =
        &["bank", "kasse", "versicherung", "gesellschaft", "genossenschaft", "verwaltung", "stiftung"];
    let t = doc.tokens[k];
    t.len() >= 9
        && t.is_capitalised()
        && ENDINGS.iter().any(|e| crate::text::ends_with_ignore_case(doc.word(k), e) && doc.word(k).len() > e.len() + 3)
}

/// Is token `k` the `of` after an organisation's word (`Bank of`, `University of`), so
/// that the words after it name the organisation (`Bank of America`), not a person or place?
pub(crate) fn is_organisation_of(doc: &Document<'_>, k: usize) -> bool {
    // (`Banco do Brasil`, `Banca di Roma`, `Caisse des Dépôts`: a bank's or firm's word, then
    // a Romance `of`.)
    const ROMANCE_OF: &[&str] = &["do", "da", "de", "di", "del", "della", "des", "du", "dos"];
    let of = doc.word(k);
    k > 0
        && doc.gap(k - 1, k) == " "
        && (of == "of" && ends_organisation(doc, k - 1)
            || is_one_of(of, ROMANCE_OF)
                && doc.tokens[k - 1].is_capitalised()
                && is_one_of(doc.word(k - 1), &["banco", "banca", "banque", "caixa", "caisse", "cassa", "caja"]))
}

/// The entry of `cue` that is the label of the number starting at `start` itself: the word
/// right before it, with at most three bytes of `:`, `#`, `.` or space between (`TFN: 818…`,
/// `Kundennr. 4471…`), or the word before a word for number (`member no. 9012…`), matched
/// through elisions (`numéro d'adhérent 704…`). A label a few words away may name another
/// number.
pub(crate) fn own_label(doc: &Document<'_>, start: usize, cue: Cue) -> Option<context::Hit> {
    const NUMBER_WORDS: &[&str] = &["no", "nr", "num", "number", "nº"];
    let toks = doc.tokens;
    let label_gap = |from: usize, to: usize| {
        let gap = &doc.text[from..to];
        gap.len() <= 3 && gap.bytes().all(|c| matches!(c, b':' | b' ' | b'#' | b'.'))
    };
    let label = |k: usize| crate::context::hit_at(doc, k, cue, true);
    let k = toks.partition_point(|t| t.start < start).checked_sub(1)?;
    if !label_gap(toks[k].end, start) {
        return None;
    }
    label(k).or_else(|| {
        (k > 0 && is_one_of(doc.word(k), NUMBER_WORDS) && label_gap(toks[k - 1].end, toks[k].start))
            .then(|| label(k - 1))
            .flatten()
    })
}

/// Is the number at token `i` the last digits of another number (`card ending in 4410`,
/// `phone ending 0176`, `ends 0019`, the unmasked tail of `+92 300 ***4567`), which
/// identifies it to its holder but is no code?
pub(crate) fn number_ending(doc: &Document<'_>, i: usize) -> bool {
    let words_before = |k: usize| k > 0 && doc.tokens[k - 1].kind == TokenKind::Word && doc.gap(k - 1, k) == " ";
    let mut k = i;
    if words_before(k) && is_one_of(doc.word(k - 1), &["in", "with"]) {
        k -= 1;
    }
    let before = &doc.text[..doc.tokens[i].start];
    before.ends_with("**")
        || before.ends_with("••")
        || words_before(k) && is_one_of(doc.word(k - 1), &["ending", "ends", "ended"])
}

/// Does a clock time and a colon follow token `k` (`jordan reyes 10:03 AM: hey`), as chat
/// exports write a message's sender and time?
pub(crate) fn time_then_colon(doc: &Document<'_>, k: usize) -> bool {
    time_after(doc, k).is_some_and(|after| after.starts_with(b":"))
}

/// Does a clock time after token `k` make the words before it a message's sender: with a
/// colon after it (`jordan reyes 10:03 AM: hey`), or ending its line (`hope kerr 10:02`,
/// a Slack message copied out, the message on the lines below)?
pub(crate) fn time_labels_sender(doc: &Document<'_>, k: usize) -> bool {
    time_after(doc, k)
        .is_some_and(|after| after.starts_with(b":") || after.starts_with(b"\n") || after.starts_with(b"\r\n"))
}

/// The bytes after a clock time (and its AM/PM) one space after token `k`, or after a
/// month's date and then the time (`Rosa Aug 18, 2024 at 6:02 PM`, as a phone's message
/// export heads each message).
fn time_after<'t>(doc: &Document<'t>, k: usize) -> Option<&'t [u8]> {
    let rest = &doc.text.as_bytes()[doc.tokens[k].end..];
    let rest = rest.strip_prefix(b" ")?;
    let rest = without_month_date(rest);
    let hour = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    let minutes = rest.get(hour + 1..hour + 3).is_some_and(|m| m.iter().all(u8::is_ascii_digit));
    if !(1..=2).contains(&hour) || rest.get(hour) != Some(&b':') || !minutes {
        return None;
    }
    let after = &rest[hour + 3..];
    let markers = [&b" AM"[..], b" PM", b" am", b" pm", b"AM", b"PM", b"am", b"pm"];
    Some(markers.iter().find_map(|m| after.strip_prefix(*m)).unwrap_or(after))
}

/// `rest` after a month's date written before a clock time (`Aug 18, 2024 at `, `Aug 18 at
/// `), or `rest` as it is.
fn without_month_date(rest: &[u8]) -> &[u8] {
    const MONTHS: [&[u8]; 12] =
        [b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec"];
    // (A capital first: exports write the month's name so, and most words after a name are
    // in lower case.)
    if !rest.first().is_some_and(u8::is_ascii_uppercase) {
        return rest;
    }
    let letters = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if !(3..=9).contains(&letters) {
        return rest;
    }
    let Some(after) = rest[letters..].strip_prefix(b" ") else { return rest };
    let day = after.iter().take_while(|c| c.is_ascii_digit()).count();
    // (The month's name last: few words after a name have a day's number after them.)
    if !(1..=2).contains(&day) || !MONTHS.iter().any(|m| rest[..3].eq_ignore_ascii_case(m)) {
        return rest;
    }
    let mut after = &after[day..];
    if let Some(year) = after.strip_prefix(b", ").filter(|y| y.len() > 4 && y[..4].iter().all(u8::is_ascii_digit)) {
        after = &year[4..];
    }
    after.strip_prefix(b" at ").or_else(|| after.strip_prefix(b", ")).unwrap_or(rest)
}

/// Is `word` one of `list`, ignoring ASCII case?
pub(crate) fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// The currency signs that make a number before or after them a price.
pub(crate) const CURRENCY_SIGNS: [char; 5] = ['$', '€', '£', '¥', '₹'];

/// Is `i` preceded by `#` or a currency sign (an order number or a price, not personal data)?
pub(crate) fn preceded_by_marker(text: &str, i: usize) -> bool {
    let before = &text[..i];
    let trimmed = before.trim_end_matches([' ', ':']);
    let gap = before.len() - trimmed.len();
    gap <= 2 && (trimmed.ends_with('#') || trimmed.ends_with(CURRENCY_SIGNS))
}
