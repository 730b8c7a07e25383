//! Payment cards (with CVV and expiry), bank identifiers and crypto wallet addresses.

use super::{
    CONTEXT_AFTER, CONTEXT_BEFORE, DetectionExt, Recognizer, apply_context, apply_context_window, apply_hit, candidate,
    card_in_sight, has_context, is_one_of, number_ending, own_label,
};
use crate::analyzer::Document;
use crate::cues::{
    ACCOUNT_WORDS, BANK_WORDS, CARD_CODE_WORDS, CARD_WORDS, CVV_WORDS, EXPIRY_WORDS, IBAN_WORDS, LICENSE_WORDS,
    OTHER_ID_WORDS, PASSPORT_WORDS, REFERENCE_WORDS, ROUTING_WORDS, SORT_CODE_WORDS, SWIFT_WORDS,
};
use crate::detection::Detection;
use crate::entity::EntityType;
use crate::gazetteer::{CITY, COUNTRY, ENGLISH, FIRST, LAST};
use crate::numbers::{Digits, uniform_separators};
use crate::text::{Token, TokenKind};
use crate::validate::{bank, card, crypto_address, iban};

pub(crate) struct Cards;

/// A card number read out digit by digit (`four five three three eight zero eight …`,
/// `five one double eight …`): a run of digit words that is a valid PAN, with a card word
/// in the 16 tokens before.
fn cards_read_out(doc: &Document<'_>, out: &mut Vec<Detection>) {
    for run in crate::spoken::runs(doc, 13) {
        let (start, end) = run.span(doc);
        if card::card_network(run.digits().as_bytes()).is_some()
            && let Some(hit) = crate::context::find(doc, start, end, CARD_WORDS, 16, 0)
        {
            let mut det = candidate(start, end, EntityType::CreditCard, 0.7, "credit_card", "read out in words")
                .validated("IIN range + Luhn");
            apply_hit(&mut det, hit, 0.2);
            out.push(det);
        }
    }
}

/// A card's expiry or security code read out in answer to the question on the line before
/// (`agent: and the expiry` … `caller: oh nine twenty seven`; `the three digits on the
/// back` … `three one eight`): four digits that begin with a month, or three or four digits.
fn card_details_read_out(doc: &Document<'_>, out: &mut Vec<Detection>) {
    for run in crate::spoken::runs(doc, 3).filter(|r| matches!(r.len(), 3 | 4)) {
        let (start, end) = run.span(doc);
        // (`receipt number r seven seven one nine`: a reference's, right after its word.)
        if super::has_context_window(doc, start, end, REFERENCE_WORDS, 3, 0) {
            continue;
        }
        let asked = |cue| {
            crate::context::find(doc, start, end, cue, 16, 0)
                .filter(|hit| doc.text[hit.end..start].matches('\n').count() <= 1)
        };
        let digits = run.digits().as_bytes();
        let month = (digits[0] - b'0') * 10 + digits[1] - b'0';
        let det = if run.len() == 4
            && (1..=12).contains(&month)
            && let Some(hit) = asked(EXPIRY_WORDS)
        {
            let mut det = candidate(start, end, EntityType::CardExpiry, 0.6, "card_expiry", "read out in words");
            apply_hit(&mut det, hit, 0.25);
            det
        } else if let Some(hit) = asked(CVV_WORDS) {
            let mut det = candidate(start, end, EntityType::Cvv, 0.6, "cvv", "read out in words");
            apply_hit(&mut det, hit, 0.25);
            det
        } else {
            continue;
        };
        out.push(det);
    }
}

impl Recognizer for Cards {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::CreditCard, EntityType::Cvv, EntityType::CardExpiry]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        cards_read_out(doc, out);
        card_details_read_out(doc, out);
        let text = doc.text;
        let first_card = out.len();
        for cluster in doc.clusters {
            let toks = &doc.tokens[cluster.toks.clone()];
            for i in 0..toks.len() {
                for j in (i..toks.len()).rev() {
                    if let Some(det) = card_number(doc, &toks[i..=j]) {
                        out.push(det);
                        break;
                    }
                }
            }
        }
        let cards: Vec<(usize, usize)> = out[first_card..].iter().map(|d| (d.start, d.end)).collect();
        let near_card = |start: usize, end: usize| {
            cards.iter().any(|&(s, e)| (e <= start && start - e <= 40) || (end <= s && s - end <= 40))
        };
        // CVV and expiry: short numbers next to a card number or with their own hotwords.
        let toks = doc.tokens;
        for (i, t) in toks.iter().enumerate() {
            if !t.is_number() {
                continue;
            }
            if let Some(det) = expiry(doc, i, &near_card) {
                out.push(det);
                continue;
            }
            // `4370300413392125 6/27 569`: a card's details pasted in their order, the code
            // right after the expiry that follows the card.
            let after_expiry = || {
                out.last().is_some_and(|e| {
                    e.entity_type == EntityType::CardExpiry
                        && e.end <= t.start
                        && matches!(&text[e.end..t.start], " " | ", " | " / " | " | ")
                        && near_card(e.start, e.end)
                })
            };
            // `gift card code 4410 2231`: one group of a longer number is no security code.
            let grouped = |j: usize| toks[j].is_number() && doc.gap(i.min(j), i.max(j)) == " ";
            if matches!(t.len(), 3 | 4)
                && standalone(text, t.start, t.end)
                && !super::preceded_by_marker(text, t.start)
                && !(i > 0 && grouped(i - 1) && !after_expiry() || i + 1 < toks.len() && grouped(i + 1))
                && !number_ending(doc, i)
            {
                let mut det = candidate(t.start, t.end, EntityType::Cvv, 0.3, "cvv", "3-4 digits");
                let hot = apply_context_window(doc, &mut det, CVV_WORDS, 0.6, 12, 2);
                // `card …, expires 08/27, and the code on the back is 512`: the card's expiry
                // between them keeps the card in reach.
                let card_or_its_expiry_near = || {
                    near_card(t.start, t.end)
                        || out.iter().rev().take_while(|e| e.end > t.start.saturating_sub(40)).any(|e| {
                            e.entity_type == EntityType::CardExpiry && e.end <= t.start && near_card(e.start, e.end)
                        })
                };
                if hot
                    || after_expiry()
                    || card_or_its_expiry_near() && has_context(doc, t.start, t.end, CARD_CODE_WORDS)
                {
                    det.score = det.score.max(0.85);
                    // `Your Lumen security code: 7731`: with no card in sight, a security code
                    // is as likely a sign-in code, which then wins the overlap.
                    let ambiguous = det.explanation.context.as_ref().is_some_and(|c| c.word.starts_with("security"));
                    if ambiguous && !near_card(t.start, t.end) && !card_in_sight(doc, t.start, t.end) {
                        det.score = 0.6;
                    }
                    out.push(det);
                }
            }
        }
    }
}

/// Not joined to other digits by `-./:,` (so not part of a phone, date or decimal).
fn standalone(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let joiner = |c: u8| matches!(c, b'-' | b'.' | b'/' | b':' | b',');
    let left = start >= 2 && joiner(b[start - 1]) && b[start - 2].is_ascii_digit();
    let right = end + 1 < b.len() && joiner(b[end]) && b[end + 1].is_ascii_digit();
    // `(415) 839-2270`: a phone number's area code.
    let area_code = start > 0
        && b[start - 1] == b'('
        && b.get(end..end + 2) == Some(&b") "[..])
        && b.get(end + 2).is_some_and(u8::is_ascii_digit);
    !left
        && !right
        && !area_code
        && !(start > 0 && b[start - 1].is_ascii_alphanumeric())
        && !b.get(end).is_some_and(|c| c.is_ascii_alphanumeric())
}

fn card_number(doc: &Document<'_>, part: &[Token]) -> Option<Detection> {
    let text = doc.text;
    // Cluster tokens are all digits: their lengths rule out most ranges before any copy.
    if !(12..=19).contains(&part.iter().map(Token::len).sum::<usize>()) {
        return None;
    }
    let digits = Digits::of(text, part)?;
    if part.len() > 1 {
        let sep = &text[part[0].end..part[1].start];
        let groups_ok = part.iter().enumerate().all(|(k, t)| (3..=6).contains(&t.len()) || k == part.len() - 1);
        if !matches!(sep, " " | "-") || !uniform_separators(text, part) || !groups_ok {
            return None;
        }
    }
    let (start, end) = (part[0].start, part[part.len() - 1].end);
    // Glued to letters or other digits: part of a reference, not a card.
    let b = text.as_bytes();
    if start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'-')
        || b.get(end).is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return None;
    }
    card::card_network(digits.as_bytes())?;
    let base = if part.len() > 1 { 1.0 } else { 0.9 };
    let mut det = candidate(start, end, EntityType::CreditCard, base, "credit_card", "12-19 digits, grouped or not")
        .validated("IIN range + length + luhn");
    if !apply_context(doc, &mut det, CARD_WORDS, 0.1) {
        apply_context(doc, &mut det, REFERENCE_WORDS, -0.5);
    }
    Some(det)
}

/// `04/27`, `4/2027`, `04-27` starting at token `i`, with an expiry hotword or right
/// after a card number.
fn expiry(doc: &Document<'_>, i: usize, near_card: &dyn Fn(usize, usize) -> bool) -> Option<Detection> {
    let text = doc.text;
    let (m, y) = (doc.tokens[i], *doc.tokens.get(i + 1)?);
    let sep = &text[m.end..y.start];
    let month: u32 = m.text(text).parse().ok()?;
    if !matches!(sep, "/" | "-" | " / ") || m.len() > 2 || !(1..=12).contains(&month) || !y.is_number() {
        return None;
    }
    if !(y.len() == 2 || y.len() == 4 && y.text(text).starts_with("20")) || !standalone(text, m.start, y.end) {
        return None;
    }
    // A passport's or licence's expiry is a plain date.
    let id_document = super::has_context_window(doc, m.start, y.end, PASSPORT_WORDS, 16, 2)
        || super::has_context_window(doc, m.start, y.end, LICENSE_WORDS, 16, 2);
    if id_document && !has_context(doc, m.start, y.end, CARD_WORDS) && !near_card(m.start, y.end) {
        return None;
    }
    let mut det = candidate(m.start, y.end, EntityType::CardExpiry, 0.35, "card_expiry", "MM/YY");
    if apply_context_window(doc, &mut det, EXPIRY_WORDS, 0.55, 12, 2) || near_card(m.start, y.end) {
        det.score = det.score.max(0.85);
        Some(det)
    } else {
        None
    }
}

pub(crate) struct Banking;

impl Recognizer for Banking {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::IbanCode, EntityType::SwiftCode, EntityType::UsBankNumber, EntityType::AbaRoutingNumber]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        let text = doc.text;
        let toks = doc.tokens;
        for (i, t) in toks.iter().enumerate() {
            // Only codes of four or more characters can start an IBAN, and a BIC has 8 or 11.
            if !(t.kind == TokenKind::Alnum && t.len() >= 4 || matches!(t.len(), 8 | 11)) {
                continue;
            }
            let s = t.text(text).as_bytes();
            // IBAN: two letters, two digits, then the BBAN, possibly in groups of four.
            if t.kind == TokenKind::Alnum
                && s.len() >= 4
                && s[..2].iter().all(u8::is_ascii_alphabetic)
                && s[2..4].iter().all(u8::is_ascii_digit)
                && let Some(det) = iban_from(doc, i)
            {
                out.push(det);
                continue;
            }
            // SWIFT/BIC: 8 or 11 upper-case characters, only with banking context.
            if matches!(s.len(), 8 | 11)
                && s[..6].iter().all(u8::is_ascii_uppercase)
                && s.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && bank::swift_bic(s)
                && !(s.iter().all(u8::is_ascii_alphabetic)
                    && a_name_or_word(doc, i)
                    && own_label(doc, t.start, SWIFT_WORDS).is_none())
            {
                let mut det = candidate(t.start, t.end, EntityType::SwiftCode, 0.3, "swift_bic", "ISO 9362 BIC")
                    .validated("ISO 9362 structure");
                // Next to an IBAN (`NL46 RABO … (INGBNL2A)`), a BIC needs no hotword; a little
                // further on its line, when both name the same country (`ES26 2100 … (CaixaBank,
                // CAIXESBBXXX)`).
                let after_iban = out.iter().rev().take(4).any(|d| {
                    let between = || &text[d.end..t.start];
                    d.entity_type == EntityType::IbanCode
                        && t.start >= d.end
                        && (t.start - d.end <= 12
                            || t.start - d.end <= 48
                                && !between().contains('\n')
                                && text.as_bytes()[d.start..d.start + 2] == s[4..6])
                });
                if apply_context(doc, &mut det, SWIFT_WORDS, 0.6) || apply_context(doc, &mut det, BANK_WORDS, 0.35) {
                    out.push(det);
                } else if after_iban {
                    det.score = 0.7;
                    out.push(det);
                }
            }
        }
        // Routing and account numbers are written as plain digit runs, often side by side
        // (`328716762 5753506279`, the bottom of a cheque), so each token counts alone.
        for t in toks {
            if !t.is_number() || !(8..=17).contains(&t.len()) || !standalone(text, t.start, t.end) {
                continue;
            }
            let digits = t.text(text).as_bytes();
            // A cheque's MICR line: the routing number between transit symbols, the account
            // before the on-us symbol (`⑆043820506⑆ 7423891988191⑈`).
            let micr_transit = text[..t.start].ends_with('⑆') && text[t.end..].starts_with('⑆');
            let micr_on_us = text[t.end..].starts_with('⑈');
            if digits.len() == 9 && bank::aba_routing(digits) {
                let mut det = candidate(t.start, t.end, EntityType::AbaRoutingNumber, 0.3, "aba_routing", "9 digits")
                    .validated("ABA checksum");
                if micr_transit {
                    det.score = 0.9;
                    det.explanation.pattern = "MICR transit field";
                    out.push(det);
                    continue;
                }
                if apply_context_window(doc, &mut det, ROUTING_WORDS, 0.6, 12, 3) {
                    out.push(det);
                    continue;
                }
            }
            let mut det = candidate(t.start, t.end, EntityType::UsBankNumber, 0.2, "us_bank_number", "8-17 digits");
            if micr_on_us {
                det.score = 0.8;
                det.explanation.pattern = "MICR on-us field";
                out.push(det);
                continue;
            }
            // A UK account comes with a sort code; a reference number with its own word.
            let uk = super::has_context_window(doc, t.start, t.end, SORT_CODE_WORDS, 12, 4);
            // `UID: 88204417`, `user id 7719023884`: labelled as another identifier.
            let other_id = super::own_label(doc, t.start, OTHER_ID_WORDS)
                .is_some_and(|hit| !is_one_of(&text[hit.start..hit.end], &["account", "acct"]));
            // `DPS-03817742`: the digits of a reference after its letters.
            let b = text.as_bytes();
            let coded = t.start >= 2 && b[t.start - 1] == b'-' && b[t.start - 2].is_ascii_alphabetic();
            // `/v2/accounts/44120931/readings`: a path's segment; `arn:aws:iam::447122908813:`:
            // a cloud account in a resource name.
            let in_path = t.start > 0 && b[t.start - 1] == b'/' && b.get(t.end) == Some(&b'/');
            let in_arn = text[..t.start].ends_with("::");
            // `"arrival_date": 1710547200`, `"mpxn": "1900021845337"`: another field's value.
            let other_field = field_name_before(text, t.start).is_some_and(|name| {
                let name = name.to_ascii_lowercase();
                !name.contains("acc") && !name.contains("bank")
            });
            if apply_context_window(doc, &mut det, ACCOUNT_WORDS, 0.55, 12, 3)
                && !in_path
                && !in_arn
                && !other_field
                && !uk
                && !other_id
                && !coded
                && !service_account(doc, &det)
                && !reference_nearer(doc, &det)
                && !operator_account(doc)
            {
                out.push(det);
            }
        }
    }
}

/// `I'm looking at account 9381042755 — 2 lines on Kestrel Unlimited`, `the account is
/// 40027718. I got charged twice at the toll`: in a text about a phone line (`SIM`,
/// `roaming`) or a toll road (`toll`, `transponder`) that names no bank, an account is the
/// operator's. (Read only for an account number that passed every other test: a rare token.)
fn operator_account(doc: &Document<'_>) -> bool {
    const OPERATOR: &[&str] = &[
        "sim",
        "esim",
        "imei",
        "iccid",
        "roaming",
        "postpaid",
        "prepaid",
        "carrier",
        "porting",
        "toll",
        "tolls",
        "tollway",
        "transponder",
        "etag",
    ];
    const BANKING: &[&str] = &["bank", "banking", "checking", "savings", "routing", "ach", "iban", "deposit"];
    let (mut operator, mut banking) = (false, false);
    for (k, t) in doc.tokens.iter().enumerate() {
        if t.kind == TokenKind::Word && (3..=8).contains(&t.len()) {
            let w = doc.word(k);
            operator |= is_one_of(w, OPERATOR);
            banking |= is_one_of(w, BANKING);
        }
    }
    operator && !banking
}

/// The name of the payload field whose value starts at `start` (`"mpxn": "19…"`,
/// `arrival_date=17…`), if the value is one.
fn field_name_before(text: &str, start: usize) -> Option<&str> {
    // (A short look: a field's name is near its value.)
    let before = text.get(start.saturating_sub(48)..start)?;
    let before = before.strip_suffix('"').unwrap_or(before).trim_end_matches(' ');
    let equals = before.ends_with('=');
    let before = before.strip_suffix([':', '='])?.trim_end_matches(' ');
    let quoted = before.strip_suffix('"');
    let before = quoted.unwrap_or(before);
    let name_len = before.bytes().rev().take_while(|c| c.is_ascii_alphanumeric() || *c == b'_').count();
    let name = &before[before.len() - name_len..];
    // A JSON key is quoted, a log's field joined by `=` or `_` or in camel case; a form's
    // label (`Account Number:`) is none: its last word is not its name.
    let camel = name.starts_with(|c: char| c.is_ascii_lowercase()) && name.bytes().any(|c| c.is_ascii_uppercase());
    let field = quoted.is_some() || equals || name.contains('_') || camel;
    (!name.is_empty() && field).then_some(name)
}

/// Is a reference word (`invoice`, `order`) nearer to `det` than the account word that
/// raised it? (`Their invoice (INV-2024-0918) shows checking account 004829175530`: the
/// account's own word is nearer.)
fn reference_nearer(doc: &Document<'_>, det: &Detection) -> bool {
    let Some(reference) = crate::context::find(doc, det.start, det.end, REFERENCE_WORDS, CONTEXT_BEFORE, CONTEXT_AFTER)
    else {
        return false;
    };
    let distance = |s: usize, e: usize| if e <= det.start { det.start - e } else { s.saturating_sub(det.end) };
    det.explanation
        .context
        .as_ref()
        .is_none_or(|account| distance(reference.start, reference.end) <= distance(account.start, account.end))
}

/// Is the account word that raised `det` a service's (`Voxa Mobile account 44120987`,
/// `broadband acc 70048812`), whose number is a customer number, not a bank's?
fn service_account(doc: &Document<'_>, det: &Detection) -> bool {
    const SERVICES: &[&str] = &[
        "mobile",
        "broadband",
        "council",
        "tax",
        "phone",
        "internet",
        "energy",
        "gas",
        "electricity",
        "electric",
        "utility",
        "water",
        "cable",
        "tv",
        "subscription",
        "loyalty",
        "gaming",
        "game",
        "streaming",
        "customer",
        "online",
        "store",
        "aws",
    ];
    let Some(hit) = det.explanation.context.as_ref() else { return false };
    // (The few bytes before it only: a long run without a space stays one short look.)
    let from = doc.text.floor_char_boundary(hit.start.saturating_sub(24));
    let before = doc.text[from..hit.start].trim_end_matches(' ');
    let word = before.rsplit([' ', '\n', '\t']).next().unwrap_or("");
    before.len() < hit.start - from && is_one_of(word, SERVICES)
}

/// The longest valid IBAN starting at token `i`, following space-separated groups.
fn iban_from(doc: &Document<'_>, i: usize) -> Option<Detection> {
    let text = doc.text;
    let toks = doc.tokens;
    let mut compact = [0u8; 34];
    let mut len = 0;
    let mut best = None;
    for j in i..toks.len() {
        let t = toks[j];
        // Groups of up to four characters; a bank code may be letters (`NL95 INGB 3893 …`).
        if j > i
            && (&text[toks[j - 1].end..t.start] != " " || t.len() > 4 || t.kind == TokenKind::Word && !t.is_all_upper())
        {
            break;
        }
        let s = t.text(text).as_bytes();
        if len + s.len() > compact.len() || !s.iter().all(u8::is_ascii_alphanumeric) {
            break;
        }
        for (k, &c) in s.iter().enumerate() {
            compact[len + k] = c.to_ascii_uppercase();
        }
        len += s.len();
        if len >= 15 && iban::iban(&compact[..len]) {
            best = Some(t.end);
        }
    }
    let end = best?;
    let mut det = candidate(toks[i].start, end, EntityType::IbanCode, 1.0, "iban", "country + check digits + BBAN")
        .validated("country length + mod-97");
    apply_context(doc, &mut det, IBAN_WORDS, 0.0);
    Some(det)
}

pub(crate) struct CryptoWallet;

impl Recognizer for CryptoWallet {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::Crypto]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        for t in doc.tokens {
            if t.kind != TokenKind::Alnum || t.len() < 25 {
                continue;
            }
            let s = t.text(doc.text);
            let (ok, pattern, check) = match s.as_bytes()[0] {
                b'1' | b'3' if t.len() <= 35 => (crypto_address::btc_base58(s.as_bytes()), "BTC base58", "base58check"),
                b'b' | b'B' if s.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("bc1")) => {
                    (crypto_address::btc_bech32(s.as_bytes()), "BTC bech32", "bech32/bech32m")
                }
                b'0' if t.len() == 42 && s.starts_with("0x") => {
                    (crypto_address::eth_address(s.as_bytes()), "ETH 0x+40 hex", "EIP-55")
                }
                _ => continue,
            };
            if ok {
                out.push(candidate(t.start, t.end, EntityType::Crypto, 1.0, "crypto", pattern).validated(check));
            }
        }
    }
}

/// `Reference: Q-2291 KAVANAGH` a line under `BIC:`: a word of eight letters the lists know
/// as a name or a word is a BIC only right after its own label.
fn a_name_or_word(doc: &Document<'_>, i: usize) -> bool {
    doc.lookup(i).any(FIRST | LAST | ENGLISH | CITY | COUNTRY)
}

#[cfg(test)]
mod tests {
    use crate::test_support::found;

    #[test]
    fn cards_in_every_shape() {
        assert_eq!(found("visa 4111 1111 1111 1111 ok", "CREDIT_CARD"), vec!["4111 1111 1111 1111"]);
        assert_eq!(found("mc 5555-5555-5555-4444", "CREDIT_CARD"), vec!["5555-5555-5555-4444"]);
        assert_eq!(found("2-series 2221000000000009", "CREDIT_CARD"), vec!["2221000000000009"]);
        assert_eq!(found("amex 3782 822463 10005", "CREDIT_CARD"), vec!["3782 822463 10005"]);
        assert_eq!(found("19 digit visa 4111111111111111110", "CREDIT_CARD"), vec!["4111111111111111110"]);
    }

    #[test]
    fn luhn_failures_and_masked_cards_are_not_cards() {
        assert_eq!(found("ref 4111 1111 1111 1112", "CREDIT_CARD"), Vec::<&str>::new());
        assert_eq!(found("card ending **** **** **** 4242", "CREDIT_CARD"), Vec::<&str>::new());
    }

    #[test]
    fn cvv_and_expiry_need_a_reason() {
        let t = "card 4111 1111 1111 1111 exp 04/27 cvv 123";
        assert_eq!(found(t, "CVV"), vec!["123"]);
        assert_eq!(found(t, "CARD_EXPIRY"), vec!["04/27"]);
        assert_eq!(found("room 123, floor 04/27", "CVV"), Vec::<&str>::new());
        // One group of a longer number is no security code.
        assert_eq!(found("my gift card code is 4410 2231", "CVV"), Vec::<&str>::new());
        // A security code with no card in sight is an SMS sign-in code.
        let sms = "Your Lumen security code: 7731. Don't share it with anyone.";
        assert_eq!(found(sms, "CVV"), Vec::<&str>::new());
        assert_eq!(found(sms, "ONE_TIME_CODE"), vec!["7731"]);
        assert_eq!(found("the security code on the back of my card is 4471", "CVV"), vec!["4471"]);
        let read_out = "caller: the card number is four five three three eight zero eight zero seven three four eight three six four zero";
        assert_eq!(found(read_out, "CREDIT_CARD").len(), 1);
        assert!(found("caller: the card number is four five three three eight zero eight zero seven three four eight three six four one", "CREDIT_CARD").is_empty());
        let call = "Amex 3782 822463 10005, expires 08/27, and the code on the back is 512.";
        assert_eq!(found(call, "CVV"), vec!["512"]);
        let call = "agent: and the expiry\ncaller: oh nine twenty seven\nagent: and the three digits on the back\n\
            caller: three one eight\nagent: thanks";
        assert_eq!(found(call, "CARD_EXPIRY"), vec!["oh nine twenty seven"]);
        assert_eq!(found(call, "CVV"), vec!["three one eight"]);
        let call = "card 4111 1111 1111 1111 expiry 09/26 and the three on the back are 772";
        assert_eq!(found(call, "CVV"), vec!["772"]);
        let call = "card 4421 5072 9078 3809, 08/26. And the three numbers at the back is 418.";
        assert_eq!(found(call, "CVV"), vec!["418"]);
        // The end of the card's number is no security code.
        assert_eq!(found("card ending in 4410, cvv 123", "CVV"), vec!["123"]);
        assert_eq!(found("the security code is 4471, card ends 0019", "CVV"), vec!["4471"]);
        // Pasted in their order: card, expiry, code; not without the card.
        assert_eq!(found("use this one instead 4370300413392125 6/27 569", "CVV"), vec!["569"]);
        assert_eq!(found("the box is 6/27 569 wide", "CVV"), Vec::<&str>::new());
        assert_eq!(found("we have 123 items", "CARD_EXPIRY"), Vec::<&str>::new());
    }

    #[test]
    fn ibans_and_bank_numbers() {
        assert_eq!(found("IBAN DE89 3704 0044 0532 0130 00 thanks", "IBAN_CODE"), vec!["DE89 3704 0044 0532 0130 00"]);
        assert_eq!(found("iban GB82WEST12345698765432.", "IBAN_CODE"), vec!["GB82WEST12345698765432"]);
        assert_eq!(found("iban DE89 3704 0044 0532 0130 01", "IBAN_CODE"), Vec::<&str>::new());
        assert_eq!(found("routing number 011000015 please", "ABA_ROUTING_NUMBER"), vec!["011000015"]);
        assert_eq!(found("order 011000015 please", "ABA_ROUTING_NUMBER"), Vec::<&str>::new());
        assert_eq!(found("checking account 000123456789", "US_BANK_NUMBER"), vec!["000123456789"]);
        assert_eq!(found("swift code DEUTDEFF500", "SWIFT_CODE"), vec!["DEUTDEFF500"]);
        assert_eq!(found("the HOSPITAL is closed", "SWIFT_CODE"), Vec::<&str>::new());
        assert!(found("BIC: AIBKIE2D\nReference: Q-2291 KAVANAGH", "SWIFT_CODE").iter().all(|s| *s != "KAVANAGH"));
    }

    #[test]
    fn wallets() {
        assert_eq!(
            found("send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 pls", "CRYPTO"),
            vec!["1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"]
        );
        assert_eq!(
            found("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "CRYPTO"),
            vec!["bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"]
        );
        assert_eq!(
            found("eth 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "CRYPTO"),
            vec!["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"]
        );
        assert_eq!(found("eth 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "CRYPTO"), Vec::<&str>::new());
    }

    #[test]
    fn numbers_labelled_as_other_ids_are_no_bank_accounts() {
        let bank = "US_BANK_NUMBER";
        assert_eq!(found("Account handle: @yus (user id 7719023884)", bank), Vec::<&str>::new());
        assert_eq!(found("Account email: a@b.com\nUID: 88204417", bank), Vec::<&str>::new());
        let indian = "transfer to my account - A/c no. 50100347821190, HDFC Bank, IFSC HDFC0001273.";
        assert_eq!(found(indian, bank), Vec::<&str>::new());
        assert_eq!(found("checking account 000123456789 please", bank), vec!["000123456789"]);
        // A service's customer number, a reference's digits.
        assert!(found("Your former Voxa Mobile account 44120987 - outstanding", bank).is_empty());
        assert!(found("cancellation of broadband acc 70048812.", bank).is_empty());
        assert!(found("your deposit ID is DPS-03817742. The account", bank).is_empty());
    }

    #[test]
    fn a_code_after_a_cards_expiry_in_other_words() {
        let es = "Discover 6011 0485 1755 5929, vence 10/26, código 772.";
        assert_eq!(found(es, "CVV"), vec!["772"]);
        let it = "la mia carta: 5168 2359 8102 1974 scadenza 11/26 codice dietro 407.";
        assert_eq!(found(it, "CVV"), vec!["407"]);
        assert_eq!(found("4921816070420044 exp 08/27 and the back is 219", "CVV"), vec!["219"]);
        // Without the card, `the back is 219` is nothing.
        assert!(found("the box at the back is 219", "CVV").is_empty());
    }

    #[test]
    fn paths_cloud_accounts_and_other_fields_are_no_bank_accounts() {
        let log = "POST /v2/accounts/44120931/readings HTTP/1.1 for account holder";
        assert_eq!(found(log, "US_BANK_NUMBER"), Vec::<&str>::new());
        let cloud = "Closed by AWS account 447122908813. Role arn:aws:iam::447122908813:user/ci in the account";
        assert_eq!(found(cloud, "US_BANK_NUMBER"), Vec::<&str>::new());
        let webhook = r#"{"failure_code": "account_closed", "arrival_date": 1710547200}"#;
        assert_eq!(found(webhook, "US_BANK_NUMBER"), Vec::<&str>::new());
        // The account's own field, or a form's label, still names one.
        let payout = r#"{"object": "bank_account", "account_number": "000123456789"}"#;
        assert_eq!(found(payout, "US_BANK_NUMBER"), vec!["000123456789"]);
        assert_eq!(found("Checking Account Number: 42183228572", "US_BANK_NUMBER"), vec!["42183228572"]);
    }

    #[test]
    fn council_tax_accounts_and_trace_numbers_are_no_bank_accounts() {
        let letter = "My council tax account number is 70015562 and I'm at 6 Orchard Rise";
        assert!(found(letter, "US_BANK_NUMBER").is_empty());
        let ach = "savings acct 0781713589\n\nTrace #s on the returns: 121042880004417";
        assert_eq!(found(ach, "US_BANK_NUMBER"), vec!["0781713589"]);
    }

    #[test]
    fn a_cheques_micr_line() {
        let micr = "MEMO  roof repair\n⑆043820506⑆ 7423891988191⑈ 1043";
        assert_eq!(found(micr, "ABA_ROUTING_NUMBER"), vec!["043820506"]);
        assert_eq!(found(micr, "US_BANK_NUMBER"), vec!["7423891988191"]);
        // Without the symbols (or its word), a number is none.
        assert!(found("MEMO  roof repair\n043820506 7423891988191 1043", "US_BANK_NUMBER").is_empty());
    }

    #[test]
    fn a_bic_on_its_ibans_line_naming_the_same_country() {
        let line = "to my account ES26 2100 9091 2092 1516 3924 (CaixaBank, CAIXESBBXXX), i paid";
        assert_eq!(found(line, "SWIFT_CODE"), vec!["CAIXESBBXXX"]);
        // Another country's code that far from the IBAN needs its own word.
        let other = "to my account ES26 2100 9091 2092 1516 3924 (the old one, DEUTDEFFXXX), i paid";
        assert!(found(other, "SWIFT_CODE").is_empty());
    }

    #[test]
    fn a_phone_carriers_or_toll_roads_account_is_no_bank_account() {
        let carrier = "You're verified. I'm looking at account 9381042755, 2 lines, SIM swap pending";
        assert!(found(carrier, "US_BANK_NUMBER").is_empty());
        let toll = "CALLER: the account is 40027718. I got charged twice at the same toll plaza";
        assert!(found(toll, "US_BANK_NUMBER").is_empty());
        // The same words with a bank named: the account is a bank's.
        let bank = "Refund to my bank: checking account 9381042755, the SIM swap was a fraud";
        assert_eq!(found(bank, "US_BANK_NUMBER"), vec!["9381042755"]);
    }
}
