//! Secrets customers paste into chats: passwords after a hotword, one-time codes, and API
//! keys, tokens and private keys recognised by their published formats.

use std::sync::LazyLock;

use memchr::memmem;

use super::contact::{SCHEME_SEPARATOR, user_info};
use super::{
    DetectionExt, Recognizer, candidate, card_in_sight, has_context_window, is_one_of, is_speaker_label, number_ending,
};
use crate::analyzer::Document;
use crate::cues::{
    CODE_VALUE_WORDS, CODE_WORDS, COMMAND_PASSWORD_WORDS, KEY_WORDS, LOGIN_WORDS, OTHER_CODES, OTHER_ID_WORDS,
    PASSWORD_WORDS, PHONE_WORDS, POSTCODE_WORDS, REFERENCE_WORDS, STRONG_CODE_WORDS,
};
use crate::detection::Detection;
use crate::entity::{EntityType, Subtype};
use crate::spoken;
use crate::text::{INNER_PUNCT, Token, TokenKind, ends_with_ignore_case, is_year, line_after, line_before};

pub(crate) struct Secrets;

impl Recognizer for Secrets {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::Password, EntityType::OneTimeCode, EntityType::ApiKey]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        prefixed_keys(doc, out);
        jwts(doc, out);
        private_keys(doc, out);
        userinfo_passwords(doc, out);
        command_line_passwords(doc, out);
        web_otp_lines(doc, out);
        codes_read_out(doc, out);
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind == TokenKind::Number {
                if (4..=8).contains(&t.len()) && named_yours_after(doc, i) {
                    out.push(one_time_code(t.start, t.end, 0.85, "code named yours after it"));
                    continue;
                }
                let Some(end) = (t.len() <= 8).then(|| code_value(doc.text, doc.tokens, i)).flatten() else {
                    continue;
                };
                // The text message itself: `Enter 739201 to verify your account`, `Use 3317
                // to sign in`.
                if entered_to_sign_in(doc, i, end) {
                    out.push(one_time_code(t.start, end, 0.8, "code to enter to sign in"));
                    continue;
                }
                // A code read back a turn after it was asked for ("the code we texted you?").
                let alone = alone_on_turn(doc, i, end);
                if alone
                    && !is_year(t.text(doc.text))
                    && has_context_window(doc, t.start, t.end, STRONG_CODE_WORDS, 16, 0)
                {
                    out.push(one_time_code(t.start, end, 0.6, "code a turn after its hotword"));
                } else if stated_in_code_talk(doc, i, end, alone) {
                    out.push(one_time_code(t.start, end, 0.6, "code stated in a conversation about codes"));
                }
                continue;
            }
            // The longest hotwords: `verifizierungscode` (18 bytes), `bestätigungscode` (17).
            if t.len() > 24 {
                continue;
            }
            // `X-Partner-Key: …`, `X-Auth-Token: …`: an HTTP header named for a key (not
            // `Idempotency-Key`, a request's own id).
            if t.kind == TokenKind::Word && t.flags & INNER_PUNCT != 0 && names_a_key(t.text(doc.text), '-') {
                if !t.text(doc.text).eq_ignore_ascii_case("idempotency-key")
                    && let Some(det) = generic_key_after(doc, i)
                {
                    out.push(det);
                }
                continue;
            }
            // Most words end an entry of none of the lists below: one bit test rules them out.
            if t.kind == TokenKind::Word && !doc.may_end_cue(i, WORD_CUES) {
                continue;
            }
            if t.kind == TokenKind::Alnum && t.text(doc.text).contains('_') {
                // `AWS_SECRET_ACCESS_KEY=…`, `DB_PASSWORD: …`: a configuration variable.
                let name = t.text(doc.text);
                let ends = |suffixes: &[&str]| suffixes.iter().any(|s| ends_with_ignore_case(name, s));
                if ends(&["_password", "_pass", "_pwd"]) {
                    if let Some(det) = password_after(doc, i) {
                        out.push(det);
                    }
                    continue;
                }
                if names_a_key(name, '_') {
                    if let Some(det) = generic_key_after(doc, i) {
                        out.push(det);
                    }
                    continue;
                }
            }
            if doc.is_field_name(i) {
                // `otp_code`, `verificationCode`; not `zip_code` or `password_hint`.
                if doc.is(i, STRONG_CODE_WORDS) {
                    one_time_code_near(doc, i, out);
                } else if ["Key", "Token", "Secret"].iter().any(|end| t.text(doc.text).ends_with(end))
                    && let Some(det) = generic_key_after(doc, i)
                {
                    // `questloopApiKey`, `authToken`: a camel-case key's name.
                    out.push(det);
                }
                continue;
            }
            // `login.password,175.139.…`: an event's dotted name, no label (`smtp.password:
            // …` is one).
            let dotted_name = || {
                let b = doc.text.as_bytes();
                t.start >= 2
                    && b[t.start - 1] == b'.'
                    && b[t.start - 2].is_ascii_alphanumeric()
                    && !doc.text[t.end..].trim_start_matches(' ').starts_with([':', '='])
            };
            if doc.is(i, LOGIN_WORDS)
                && let Some(det) = login_pair(doc, i)
            {
                out.push(det);
            }
            let password = doc.is(i, PASSWORD_WORDS) && !dotted_name();
            if password && !one_time(doc, i) && !numeric_passcode(doc, i) {
                if let Some(det) = password_after(doc, i) {
                    out.push(det);
                }
                // `sshd[…]: Failed password for root from …`: a log's event, no password near.
                let log_event = i > 0 && is_one_of(doc.word(i - 1), &["failed", "accepted"]);
                if !log_event {
                    passwords_nearby(doc, i, out);
                }
            } else if password || doc.is(i, CODE_WORDS) {
                let before = out.len();
                one_time_code_near(doc, i, out);
                // `"token": "MTEjHC9m…"`: a word for codes and keys, and no code after it.
                if out.len() == before
                    && doc.is(i, KEY_WORDS)
                    && let Some(det) = generic_key_after(doc, i)
                {
                    out.push(det);
                }
            } else if doc.is(i, KEY_WORDS)
                && let Some(det) = generic_key_after(doc, i)
            {
                out.push(det);
            }
        }
    }
}

/// The cue lists whose words the token loop of [`Secrets::recognize`] acts on.
const WORD_CUES: u128 =
    STRONG_CODE_WORDS.bit() | PASSWORD_WORDS.bit() | CODE_WORDS.bit() | KEY_WORDS.bit() | LOGIN_WORDS.bit();

/// `one-time password`, `one time PIN`, `one-time passcode`: does a one-time phrase end at
/// token `i`, so that its password word names a code? (`passcode` is a code word of its
/// own, which the phrase match would stop at, so the words before it are tested too.)
fn one_time(doc: &Document<'_>, i: usize) -> bool {
    let word_before = |k: usize, w: &str| k > 0 && doc.gap(k - 1, k) == " " && doc.word(k - 1).eq_ignore_ascii_case(w);
    doc.cue_match(i, STRONG_CODE_WORDS).is_some_and(|(_, first)| first < i)
        || word_before(i, "one-time")
        || word_before(i, "time") && word_before(i - 1, "one")
}

/// Is token `i` a `passcode` whose value is digits (`passcode: 305-882`)? Such a value is
/// a code sent to sign in, not a password chosen.
fn numeric_passcode(doc: &Document<'_>, i: usize) -> bool {
    let toks = doc.tokens;
    let value = match toks.get(i + 1) {
        Some(_) if doc.word(i + 1) == "is" => i + 2,
        _ => i + 1,
    };
    doc.word(i).eq_ignore_ascii_case("passcode")
        && toks.get(value).is_some_and(|t| t.is_number() && matches!(doc.gap(value - 1, value), " " | ": " | ":"))
}

/// What an SMS tells you to enter a code to do (`to verify`, `to approve`).
const SIGN_IN_VERBS: &[&str] = &[
    "verify",
    "confirm",
    "sign",
    "log",
    "login",
    "authenticate",
    "complete",
    "activate",
    "reset",
    "approve",
    "authorise",
    "authorize",
    "continue",
    "proceed",
];

/// Is the code at token `i` (ending at byte `end`) what an SMS tells you to enter to sign
/// in (`Enter 739201 to verify`, `use 3317 to log in`, or a six- to eight-digit code
/// ending its sentence: `If this is you, enter 740219.`)?
fn entered_to_sign_in(doc: &Document<'_>, i: usize, end: usize) -> bool {
    let toks = doc.tokens;
    let entered = i
        .checked_sub(1)
        .is_some_and(|p| doc.gap(p, i) == " " && is_one_of(doc.word(p), &["enter", "use", "type", "input"]));
    let sentence_end = doc.text[end..].starts_with('.')
        && doc.text[end + 1..].chars().next().is_none_or(char::is_whitespace)
        && (6..=8).contains(&(end - toks[i].start));
    if entered && sentence_end {
        return true;
    }
    let Some(to) = (i + 1..toks.len()).find(|&k| toks[k].start >= end) else { return false };
    entered
        && &doc.text[end..toks[to].start] == " "
        && doc.word(to).eq_ignore_ascii_case("to")
        && to + 1 < toks.len()
        && doc.gap(to, to + 1) == " "
        && is_one_of(doc.word(to + 1), SIGN_IN_VERBS)
}

/// Does the text message open with the code at token `i` and name it after (`123456 is your
/// Facebook confirmation code`)? Only at the start of a line, so that a reference number in
/// a sentence is not taken for one; there, unlike in a sentence, a `confirmation` or
/// `security` code is the sign-in code. (`G-482913 is your…` keeps its prefix: see
/// [`code_value`].)
fn named_yours_after(doc: &Document<'_>, i: usize) -> bool {
    let toks = doc.tokens;
    let word_at = |k: usize, w: &str| k < toks.len() && doc.gap(k - 1, k) == " " && doc.word(k).eq_ignore_ascii_case(w);
    word_at(i + 1, "is")
        && word_at(i + 2, "your")
        && (doc.starts_line(i) || opens_quoted_message(doc, i))
        && (i + 3..(i + 7).min(toks.len())).take_while(|&k| !doc.gap(k - 1, k).contains(['.', '\n', ','])).any(|k| {
            is_one_of(doc.word(k), &["code", "otp", "passcode", "pin", "token"]) && !doc.is(k - 1, OTHER_CODES)
                || doc.word(k).eq_ignore_ascii_case("code") && is_one_of(doc.word(k - 1), &["confirmation", "security"])
        })
}

/// Is the number at token `i` the short code a text came from (`SMS from 72881`, `notre
/// code court 88234`), which names the sender, not a code to type?
fn sender_number(doc: &Document<'_>, i: usize) -> bool {
    i > 0 && doc.gap(i - 1, i) == " " && is_one_of(doc.word(i - 1), &["from", "court", "shortcode"])
}

/// Does token `i` open a quoted text message, after at most its sender or a salutation
/// (`"Kestrel: 826658 is your …`, `"Dear Customer, 302918 is your …`)?
fn opens_quoted_message(doc: &Document<'_>, i: usize) -> bool {
    let start = doc.tokens[i].start;
    let before = &doc.text[doc.text.floor_char_boundary(start.saturating_sub(40))..start];
    let Some(q) = before.rfind(['"', '“']) else { return false };
    let head = &before[q + before[q..].chars().next().map_or(1, char::len_utf8)..];
    let words = head.split_whitespace().count();
    !head.contains('\n')
        && (head.is_empty()
            || head.ends_with(": ") && words == 1
            || head.ends_with(", ") && (2..=3).contains(&words) && head.starts_with("Dear "))
}

/// Is the value at token `i` (ending at byte `end`) the whole of its turn: alone on its
/// line, after at most a speaker label or timestamp and a few filler words
/// (`Customer: 187120`, `CALLER: yes it's 88 21 93`)?
fn alone_on_turn(doc: &Document<'_>, i: usize, end: usize) -> bool {
    let t = doc.tokens[i];
    let before = line_before(doc.text, t.start, 60).map(str::trim);
    let after = line_after(doc.text, end, 60).map(str::trim);
    let answer_only = before.is_some_and(|b| {
        // What follows the speaker label (`CALLER:`, `[10:02] Customer:`), if any.
        // A speaker's label of several words is a name or role, capitalised (`Jake Miller:`;
        // a timestamp aside, `[22:21] passageira:`); `Matricola assegnata:` is a form's field.
        let speaker = |label: &str| {
            let words = || label.split_whitespace().filter(|w| w.contains(char::is_alphabetic));
            label.split_whitespace().count() <= 3
                && (words().count() <= 1 || words().all(|w| !w.starts_with(char::is_lowercase)))
        };
        let said = match b.rfind(": ") {
            Some(p) if speaker(&b[..p]) => &b[p + 2..],
            _ if b.ends_with(':') && speaker(&b[..b.len() - 1]) => "",
            _ => b,
        };
        said.split_whitespace().count() <= 3
            && said.split_whitespace().all(|w| is_one_of(w.trim_end_matches([',', '.']), ANSWER_FILLERS))
    });
    answer_only && after.is_some_and(|a| a.is_empty() || a == "." || a == "!")
}

/// The last line of an SMS written for the browser to read the code from (WebOTP:
/// `@shop.example.com #482913`): the domain and the code.
fn web_otp_lines(doc: &Document<'_>, out: &mut Vec<Detection>) {
    if !doc.punctuation.has(b'@') {
        return;
    }
    let b = doc.text.as_bytes();
    for at in memchr::memchr_iter(b'@', b) {
        if at > 0 && b[at - 1] != b'\n' {
            continue;
        }
        let host_end =
            at + 1 + b[at + 1..].iter().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-')).count();
        let code_start = host_end + 2;
        if !b[at + 1..host_end].contains(&b'.') || b.get(host_end..code_start) != Some(b" #") {
            continue;
        }
        let code_end = code_start + b[code_start..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        // (The SMS may be quoted: `…#963167"`.)
        let ends = b.get(code_end).is_none_or(|c| c.is_ascii_whitespace() || matches!(c, b'"' | b'\'' | 0xE2));
        if (4..=10).contains(&(code_end - code_start)) && ends {
            out.push(candidate(at + 1, host_end, EntityType::Url, 0.9, "url", "WebOTP domain"));
            out.push(one_time_code(code_start, code_end, 0.9, "WebOTP code"));
        }
    }
}

/// A one-time code at bytes `start..end`, found by the rule `pattern`.
fn one_time_code(start: usize, end: usize, score: f32, pattern: &'static str) -> Detection {
    candidate(start, end, EntityType::OneTimeCode, score, "one_time_code", pattern)
}

/// Is the code at token `i` (ending at byte `end`; `alone` on its turn or not) stated as a
/// value in a conversation about sign-in codes: after a word that states it (`got 7731`,
/// `I typed 0412`, `the one it sent says 6658`, `Der erste war 190733`, `came thru, 5096`),
/// alone on its line, or as
/// a list item, with a code word within a few lines before it or a sentence after it, and
/// no other identifier's word just before it (`order is 20931`, `my zip is 62704`)?
fn stated_in_code_talk(doc: &Document<'_>, i: usize, end: usize, alone: bool) -> bool {
    if doc.cues_present & CODE_WORDS.bit() == 0 || is_year(doc.word(i)) {
        return false;
    }
    let toks = doc.tokens;
    let stated = i.checked_sub(1).is_some_and(|p| match doc.gap(p, i) {
        " " => doc.is(p, CODE_VALUE_WORDS),
        ", " => toks[p].kind == TokenKind::Word && toks[p].is_lower_ascii(),
        ": " => doc.is(p, CODE_VALUE_WORDS) || doc.word(p) == "it",
        _ => false,
    });
    let listed = line_before(doc.text, toks[i].start, 8).is_some_and(|b| matches!(b, "- " | "* " | "• "));
    if !(stated || listed || alone) {
        return false;
    }
    // Another identifier named just before (on the same line), or a quantity after.
    // (`Customer: got 7731` names who speaks, not a customer number.)
    let other_id = (i.saturating_sub(4)..i).rev().take_while(|&k| !doc.gap(k, k + 1).contains('\n')).any(|k| {
        doc.is(k, REFERENCE_WORDS)
            || doc.is(k, OTHER_ID_WORDS) && !is_speaker_label(doc, toks[k].start, toks[k].end)
            || doc.is(k, PHONE_WORDS)
            || doc.is(k, POSTCODE_WORDS)
    });
    // (The code may span tokens: `331 964`.)
    let quantity = toks.get(toks.partition_point(|t| t.start < end)).is_some_and(|n| {
        doc.text[end..n.start].trim_start_matches(' ').is_empty() && is_one_of(n.text(doc.text), QUANTITY_WORDS)
    });
    // The conversation is about sign-in codes: a code word (not a zip, promo or error code)
    // up to a few lines before, or in the sentence after.
    let code_word = |k: usize| doc.is(k, CODE_WORDS) && !names_another_code(doc, k);
    let talk = (i.saturating_sub(48)..i).any(code_word) || (i + 1..(i + 16).min(toks.len())).any(code_word);
    // (`a 4-digit code on the front` of a card is its security code.)
    !other_id && !quantity && talk && !card_in_sight(doc, toks[i].start, end)
}

/// Words after a number that make it a quantity, not a code.
const QUANTITY_WORDS: &[&str] = &[
    "dollars", "euros", "pounds", "items", "minutes", "mins", "hours", "days", "times", "attempts", "people", "digits",
    "percent", "pcs", "units", "orders",
];

/// Words a reply may start with before the value it reads back.
const ANSWER_FILLERS: &[&str] =
    &["yes", "yeah", "yep", "ok", "okay", "sure", "so", "uh", "um", "erm", "it's", "its", "it", "is", "got"];

/// Keys whose vendor prefix identifies them.
struct KeyFormat {
    prefix: &'static str,
    subtype: Subtype,
    /// Allowed length of the part after the prefix.
    body: (usize, usize),
    body_byte: fn(u8) -> bool,
    /// Random bodies mix letters and digits; AWS ids may happen to have no digit.
    mixed: bool,
}

fn alnum(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}
fn upper_alnum(c: u8) -> bool {
    c.is_ascii_uppercase() || c.is_ascii_digit()
}
fn alnum_underscore(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}
fn token_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-'
}
fn slack_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'-'
}
fn dotted_token_byte(c: u8) -> bool {
    token_byte(c) || c == b'.'
}
fn hex_lower(c: u8) -> bool {
    c.is_ascii_digit() || (b'a'..=b'f').contains(&c)
}

const KEY_FORMATS: &[KeyFormat] = &[
    KeyFormat { prefix: "AKIA", subtype: Subtype::AwsAccessKey, body: (16, 16), body_byte: upper_alnum, mixed: false },
    KeyFormat { prefix: "ASIA", subtype: Subtype::AwsAccessKey, body: (16, 16), body_byte: upper_alnum, mixed: false },
    KeyFormat { prefix: "ghp_", subtype: Subtype::GithubToken, body: (36, 36), body_byte: alnum, mixed: true },
    KeyFormat { prefix: "gho_", subtype: Subtype::GithubToken, body: (36, 36), body_byte: alnum, mixed: true },
    KeyFormat { prefix: "ghu_", subtype: Subtype::GithubToken, body: (36, 36), body_byte: alnum, mixed: true },
    KeyFormat { prefix: "ghs_", subtype: Subtype::GithubToken, body: (36, 36), body_byte: alnum, mixed: true },
    KeyFormat { prefix: "ghr_", subtype: Subtype::GithubToken, body: (36, 36), body_byte: alnum, mixed: true },
    KeyFormat {
        prefix: "github_pat_",
        subtype: Subtype::GithubToken,
        body: (70, 90),
        body_byte: alnum_underscore,
        mixed: true,
    },
    KeyFormat { prefix: "sk_live_", subtype: Subtype::StripeKey, body: (16, 128), body_byte: alnum, mixed: true },
    KeyFormat { prefix: "sk_test_", subtype: Subtype::StripeKey, body: (16, 128), body_byte: alnum, mixed: true },
    KeyFormat { prefix: "rk_live_", subtype: Subtype::StripeKey, body: (16, 128), body_byte: alnum, mixed: true },
    KeyFormat { prefix: "rk_test_", subtype: Subtype::StripeKey, body: (16, 128), body_byte: alnum, mixed: true },
    KeyFormat { prefix: "pk_live_", subtype: Subtype::StripeKey, body: (16, 128), body_byte: alnum, mixed: true },
    KeyFormat { prefix: "pk_test_", subtype: Subtype::StripeKey, body: (16, 128), body_byte: alnum, mixed: true },
    KeyFormat { prefix: "ya29.", subtype: Subtype::Generic, body: (20, 400), body_byte: token_byte, mixed: true },
    KeyFormat { prefix: "whsec_", subtype: Subtype::StripeKey, body: (24, 128), body_byte: alnum, mixed: true },
    KeyFormat { prefix: "xoxb-", subtype: Subtype::SlackToken, body: (10, 120), body_byte: slack_byte, mixed: true },
    KeyFormat { prefix: "xoxp-", subtype: Subtype::SlackToken, body: (10, 120), body_byte: slack_byte, mixed: true },
    KeyFormat { prefix: "xoxa-", subtype: Subtype::SlackToken, body: (10, 120), body_byte: slack_byte, mixed: true },
    KeyFormat { prefix: "xoxr-", subtype: Subtype::SlackToken, body: (10, 120), body_byte: slack_byte, mixed: true },
    KeyFormat { prefix: "xoxs-", subtype: Subtype::SlackToken, body: (10, 120), body_byte: slack_byte, mixed: true },
    // OpenAI project and service-account keys, Anthropic keys, then OpenAI's older
    // `sk-` + 48 characters (the longer prefixes first: the loop stops at a match).
    KeyFormat { prefix: "sk-proj-", subtype: Subtype::Generic, body: (40, 200), body_byte: token_byte, mixed: true },
    KeyFormat { prefix: "sk-svcacct-", subtype: Subtype::Generic, body: (40, 200), body_byte: token_byte, mixed: true },
    KeyFormat { prefix: "sk-ant-", subtype: Subtype::Generic, body: (60, 140), body_byte: token_byte, mixed: true },
    KeyFormat { prefix: "sk-", subtype: Subtype::Generic, body: (48, 48), body_byte: alnum, mixed: true },
    // Google API keys, SendGrid (`SG.` 22 `.` 43), GitLab, npm, Shopify, DigitalOcean,
    // Hugging Face (letters only), Mercado Pago and PyPI tokens.
    KeyFormat { prefix: "AIza", subtype: Subtype::Generic, body: (35, 35), body_byte: token_byte, mixed: true },
    KeyFormat { prefix: "SG.", subtype: Subtype::Generic, body: (66, 66), body_byte: dotted_token_byte, mixed: true },
    KeyFormat { prefix: "glpat-", subtype: Subtype::Generic, body: (20, 20), body_byte: token_byte, mixed: true },
    KeyFormat { prefix: "npm_", subtype: Subtype::Generic, body: (36, 36), body_byte: alnum, mixed: true },
    KeyFormat { prefix: "shpat_", subtype: Subtype::Generic, body: (32, 32), body_byte: hex_lower, mixed: true },
    KeyFormat { prefix: "shpss_", subtype: Subtype::Generic, body: (32, 32), body_byte: hex_lower, mixed: true },
    KeyFormat { prefix: "dop_v1_", subtype: Subtype::Generic, body: (64, 64), body_byte: hex_lower, mixed: true },
    KeyFormat { prefix: "hf_", subtype: Subtype::Generic, body: (34, 34), body_byte: alnum, mixed: false },
    // Mercado Pago production access tokens (`APP_USR-` digits, date, hex, user id).
    KeyFormat { prefix: "APP_USR-", subtype: Subtype::Generic, body: (50, 100), body_byte: token_byte, mixed: true },
    KeyFormat {
        prefix: "pypi-AgEIcHlwaS5vcmc",
        subtype: Subtype::Generic,
        body: (50, 300),
        body_byte: token_byte,
        mixed: true,
    },
];

/// The first two bytes of the prefixes in [`KEY_FORMATS`].
const KEY_PREFIX_STARTS: &[[u8; 2]] = &[
    *b"AK", *b"AS", *b"gh", *b"gi", *b"sk", *b"rk", *b"pk", *b"ya", *b"wh", *b"xo", *b"AI", *b"SG", *b"gl", *b"np",
    *b"sh", *b"do", *b"hf", *b"py", *b"AP",
];

const _: () = {
    let mut i = 0;
    while i < KEY_FORMATS.len() {
        let p = KEY_FORMATS[i].prefix.as_bytes();
        let mut k = 0;
        while k < KEY_PREFIX_STARTS.len() && !(KEY_PREFIX_STARTS[k][0] == p[0] && KEY_PREFIX_STARTS[k][1] == p[1]) {
            k += 1;
        }
        assert!(k < KEY_PREFIX_STARTS.len(), "KEY_PREFIX_STARTS misses the start of a prefix");
        i += 1;
    }
};

/// Searchers built once: building one costs more than searching a short message.
static JWT_START: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"eyJ"));
// (Built once: a finder's set-up costs more than searching a short message.)
static PASS_LOWER: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"pass"));
static PASS_UPPER: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"PASS"));
static REDIS_CLI: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"redis-cli"));
static MYSQL: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"mysql"));
static MARIADB: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"mariadb"));
static PEM_BEGIN: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"-----BEGIN "));

/// Could a vendor key start at token `t`? Every key is one token of at least 14 bytes
/// (`AKIA…`, `ghp_…`: underscores are word bytes), or its prefix is a short token cut
/// off by `-` or `.` (`sk-…`, `xoxb-…`, `SG.…`, `ya29.…`).
#[inline]
fn may_start_key(t: &Token, b: &[u8]) -> bool {
    t.len() >= 14 || t.len() >= 2 && matches!(b.get(t.end), Some(b'-' | b'.'))
}

/// Vendor-prefixed keys. Prefixes start tokens, so only token starts are checked.
fn prefixed_keys(doc: &Document<'_>, out: &mut Vec<Detection>) {
    let text = doc.text;
    let b = text.as_bytes();
    for t in doc.tokens {
        // `SG.` is a two-letter token: the shortest prefix start.
        if t.kind == TokenKind::Number
            || !may_start_key(t, b)
            || (t.start > 0 && (b[t.start - 1].is_ascii_alphanumeric() || b[t.start - 1] == b'_'))
        {
            continue;
        }
        // Most tokens start with two bytes no vendor prefix starts with: skip them before
        // comparing prefixes one by one.
        if !KEY_PREFIX_STARTS.contains(&[b[t.start], b[t.start + 1]]) {
            continue;
        }
        let rest = &text[t.start..];
        for f in KEY_FORMATS {
            if !rest.starts_with(f.prefix) {
                continue;
            }
            let body = rest.as_bytes()[f.prefix.len()..].iter().take_while(|&&c| (f.body_byte)(c)).count();
            let end = t.start + f.prefix.len() + body;
            let clean_end = !b.get(end).is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_');
            if (f.body.0..=f.body.1).contains(&body)
                && clean_end
                && (!f.mixed || looks_random(&rest[f.prefix.len()..f.prefix.len() + body]))
            {
                out.push(
                    candidate(t.start, end, EntityType::ApiKey, 0.95, "api_key", f.prefix)
                        .subtype(f.subtype)
                        .validated("vendor format"),
                );
                if f.subtype == Subtype::AwsAccessKey
                    && let Some(secret) = aws_secret_after(text, end)
                {
                    out.push(secret);
                }
                break;
            }
        }
    }
}

/// `AKIA… / oCwkCzKD8cI39qEatAfWHBtD48wM/BRi2cqx+/i5`: a key pair pasted together, the
/// secret's 40 base64 characters right after the access key's id.
fn aws_secret_after(text: &str, end: usize) -> Option<Detection> {
    let rest = &text[end..];
    let value = rest.trim_start_matches([' ', '/', ':', ',', ';', '|', '\t', '"', '\'']);
    let start = end + rest.len() - value.len();
    let len = value.bytes().take_while(|&c| c.is_ascii_alphanumeric() || matches!(c, b'/' | b'+')).count();
    let clean_end = !value.as_bytes().get(len).is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'=');
    (start - end <= 4 && len == 40 && clean_end && looks_random(&value[..len])).then(|| {
        candidate(start, start + len, EntityType::ApiKey, 0.9, "api_key", "secret after an AWS key id")
            .subtype(Subtype::AwsSecretKey)
    })
}

fn has_letters_and_digits(s: &str) -> bool {
    s.bytes().any(|c| c.is_ascii_digit()) && s.bytes().any(|c| c.is_ascii_alphabetic())
}

/// A vendor key's body: letters and digits, or, long enough, both cases without a digit
/// (`sk_live_hRdDmckcVcFaBycqhrbiDcAq`), which no word or identifier is.
fn looks_random(s: &str) -> bool {
    has_letters_and_digits(s)
        || s.len() >= 20 && s.bytes().any(|c| c.is_ascii_uppercase()) && s.bytes().any(|c| c.is_ascii_lowercase())
}

/// JSON Web Tokens: `eyJ…` header and payload (base64url JSON) and a signature.
fn jwts(doc: &Document<'_>, out: &mut Vec<Detection>) {
    if !doc.punctuation.has(b'.') {
        return;
    }
    let b = doc.text.as_bytes();
    let mut next = 0;
    for start in JWT_START.find_iter(b) {
        if start < next || start > 0 && (b[start - 1].is_ascii_alphanumeric() || matches!(b[start - 1], b'_' | b'-')) {
            continue;
        }
        let is_b64url = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
        let mut end = start;
        let mut parts = [0usize; 3];
        let mut k = 0;
        while end < b.len() && k < 3 {
            if is_b64url(b[end]) {
                parts[k] += 1;
                end += 1;
            } else if b[end] == b'.' && k < 2 && parts[k] > 0 {
                k += 1;
                end += 1;
            } else {
                break;
            }
        }
        if k == 2 && parts[0] >= 10 && parts[1] >= 10 && parts[2] >= 16 && b[start + parts[0] + 1..].starts_with(b"eyJ")
        {
            next = end;
            out.push(
                candidate(start, end, EntityType::ApiKey, 0.95, "api_key", "eyJ… JWT")
                    .subtype(Subtype::Jwt)
                    .validated("JWT structure"),
            );
        }
    }
}

/// The password of a connection string's user information (`postgres://shop:Kx9!vR2#mQ7w@db`,
/// `redis://:s3cret@cache`): after the user's `:`, before the host's `@`. Not a variable
/// or a mask put in its place (`${DB_PASS}`, `%s`, `****`).
fn userinfo_passwords(doc: &Document<'_>, out: &mut Vec<Detection>) {
    if !doc.punctuation.has(b':') {
        return;
    }
    let b = doc.text.as_bytes();
    for scheme_end in SCHEME_SEPARATOR.find_iter(b) {
        let Some(info) = user_info(b, scheme_end + 3) else { continue };
        let Some(colon) = memchr::memchr(b':', &b[info.clone()]) else { continue };
        let (vstart, vend) = (info.start + colon + 1, info.end);
        let value = &doc.text[vstart..vend];
        if !value.is_empty() && value.len() <= 128 && !stands_in_for_a_secret(value) {
            out.push(candidate(
                vstart,
                vend,
                EntityType::Password,
                0.9,
                "password",
                "password in a URL's user information",
            ));
        }
    }
}

/// Passwords handed to a command or written in a server's configuration: `--password X`,
/// `--db-password=X`, `"--requirepass", "X"` (a container's command), `requirepass X`,
/// `PGPASSWORD='X'`, `sshpass -p 'X'`, `redis-cli … -a X`, `mysql … -pX`.
fn command_line_passwords(doc: &Document<'_>, out: &mut Vec<Detection>) {
    if doc.cues_present & (PASSWORD_WORDS.bit() | COMMAND_PASSWORD_WORDS.bit()) == 0 {
        return;
    }
    let text = doc.text;
    let b = text.as_bytes();
    let mut push = |start: usize, pattern: &'static str| {
        if let Some((vstart, vend)) = flag_value(text, start) {
            out.push(candidate(vstart, vend, EntityType::Password, 0.85, "password", pattern));
        }
    };
    for k in PASS_LOWER.find_iter(b).chain(PASS_UPPER.find_iter(b)) {
        let is_word_byte = |c: &u8| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-');
        let start = k - b[..k].iter().rev().take(64).take_while(|c| is_word_byte(c)).count();
        let end = k + b[k..].iter().take(64).take_while(|c| is_word_byte(c)).count();
        let word = &text[start..end];
        let after = &b[end..];
        let name = word.trim_start_matches('-');
        let secret_name = ["password", "passwd", "pass"].iter().any(|s| ends_with_ignore_case(name, s));
        if word.starts_with("--") && secret_name {
            push(end, "password after a command-line option");
        } else if name.eq_ignore_ascii_case("requirepass") && after.starts_with(b" ") {
            push(end, "password in a server's configuration");
        } else if secret_name
            && after.starts_with(b"=")
            && word.bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        {
            // (`DB_PASSWORD=…` is a configuration variable the token loop reads.)
            push(end, "password in an environment variable");
        } else if name.eq_ignore_ascii_case("sshpass") && after.starts_with(b" -p ") {
            push(end + 3, "password after a command-line option");
        }
    }
    // A short option's value, only after the commands whose `-a` or `-p` is a password.
    if !doc.punctuation.has(b'-') {
        return;
    }
    for (command, option) in [(&*REDIS_CLI, &b" -a "[..]), (&*MYSQL, b" -p"), (&*MARIADB, b" -p")] {
        for k in command.find_iter(b) {
            let line = &b[k..k + memchr::memchr(b'\n', &b[k..]).unwrap_or(b.len() - k).min(200)];
            if let Some(at) = memmem::find(line, option) {
                push(k + at + option.len(), "password after a command-line option");
            }
        }
    }
}

/// Is `value` a variable, a format or a mask put in a secret's place (`${DB_PASS}`, `$PW`,
/// `%s`, `****`, `xxxx`), or the word password itself, rather than a secret?
fn stands_in_for_a_secret(value: &str) -> bool {
    value.starts_with(['$', '{', '%'])
        || value.bytes().all(|c| matches!(c, b'*' | b'x' | b'X' | b'.'))
        || is_one_of(value, &["password", "pass"])
}

/// The value after an option or key ending at `end` (`=X`, ` X`, `", "X"`, or glued after a
/// short option), if it is no variable, placeholder, mask or next option, and no plain word
/// (`Using --password via the CLI is insecure`).
fn flag_value(text: &str, end: usize) -> Option<(usize, usize)> {
    let rest = text.get(end..)?;
    // (A JSON array's next item keeps its opening quote, so that its value reads as quoted.)
    let start = match ["\", \"", "\",\"", "=", " "].into_iter().find(|s| rest.starts_with(s)) {
        Some(s) if s.starts_with('"') => end + s.len() - 1,
        Some(s) => end + s.len(),
        None => end,
    };
    let (vstart, vend, quoted) = value_span(text, start)?;
    let value = &text[vstart..vend];
    // (Also a `<password>` to fill in, the next option, a bracket or a word for where the
    // command reads it from.)
    let placeholder = stands_in_for_a_secret(value)
        || value.starts_with(['<', '-', '[', '('])
        || is_one_of(value, &["stdin", "prompt"]);
    let plain_word = value.bytes().all(|c| c.is_ascii_lowercase());
    (!placeholder && value.len() <= 128 && (quoted || !plain_word)).then_some((vstart, vend))
}

/// PEM private key blocks, `BEGIN` to `END` line.
fn private_keys(doc: &Document<'_>, out: &mut Vec<Detection>) {
    if !doc.punctuation.has(b'-') {
        return;
    }
    let text = doc.text;
    let b = text.as_bytes();
    for start in PEM_BEGIN.find_iter(b) {
        let header_end = match memmem::find(&b[start + 11..], b"-----") {
            Some(e) if e < 40 => start + 11 + e,
            _ => continue,
        };
        let label = &text[start + 11..header_end];
        if !label.ends_with("PRIVATE KEY") {
            continue;
        }
        let footer = format!("-----END {label}-----");
        let end = match memmem::find(&b[header_end..], footer.as_bytes()) {
            Some(e) => header_end + e + footer.len(),
            // A truncated paste still exposes the key: take to the end of the base64 body.
            None => {
                let body = &text[header_end + 5..];
                header_end + 5 + body.find("\n\n").unwrap_or(body.len())
            }
        };
        out.push(
            candidate(start, end, EntityType::ApiKey, 0.99, "api_key", "PEM private key block")
                .subtype(Subtype::PrivateKey)
                .validated("PEM armour"),
        );
    }
}

/// Words that follow "password is" without being one.
const NOT_PASSWORDS: &[&str] = &[
    "not",
    "wrong",
    "incorrect",
    "correct",
    "expired",
    "invalid",
    "the",
    "a",
    "an",
    "my",
    "your",
    "same",
    "still",
    "too",
    "very",
    "being",
    "been",
    "reset",
    "changed",
    "locked",
    "blocked",
    "working",
    "missing",
    "lost",
    "forgotten",
    "required",
    "needed",
    "case",
    "saved",
    "stored",
    "set",
    "different",
    "weak",
    "strong",
    "long",
    "short",
    "secure",
    "ok",
    "okay",
    "fine",
    "right",
    "empty",
    "blank",
    "attached",
    "below",
    "above",
    "in",
    "on",
    "at",
    "for",
    "and",
    "or",
    "but",
    "that",
    "this",
    "it",
    "what",
    "now",
    "just",
    "also",
    "definitely",
    "probably",
    "sent",
    "there",
    "here",
    "manager",
    "change",
    "recovery",
    "field",
    "policy",
    "protected",
    "rejected",
    "accepted",
    "over",
    "too",
    "please",
    "again",
    "sensitive",
    "because",
    "so",
    "since",
    "when",
    "which",
    "is",
    "was",
    "has",
    "have",
];

/// The value after a password hotword at token `i`: `password: X`, `pw is X`, `changed it to X`.
fn password_after(doc: &Document<'_>, i: usize) -> Option<Detection> {
    let text = doc.text;
    let toks = doc.tokens;
    let hot = toks[i];
    // `Last password you remember: X`: up to three words between the hotword and its colon.
    let label_end = (i + 1..(i + 4).min(toks.len()))
        .take_while(|&k| toks[k].kind == TokenKind::Word && doc.gap(k - 1, k) == " ")
        .find(|&k| text[toks[k].end..].trim_start_matches(' ').starts_with(':'));
    let hot = label_end.map_or(hot, |k| toks[k]);
    let mut after = &text[hot.end..];
    // `use "Forgot password" to reset`: the name of a button or a link, in quotes; a JSON
    // key's closing quote comes before its colon (`"password": "…"`).
    if let Some(q) = after.strip_prefix(['"', '”', '’']) {
        if !q.trim_start_matches(' ').starts_with([':', '=']) {
            return None;
        }
        after = q;
    }
    // Connector: ":", "=", "is", "was", "is now", "-", "to", quoting.
    let mut rest = after.trim_start_matches([' ', '\t']);
    let mut connector = false;
    // `the password i've been using is Brenda#Gems4life`, `password that I set was …`: a
    // clause about the password before its `is`.
    if let Some(r) = clause_before_is(rest) {
        rest = r;
        connector = true;
    }
    for c in [":", "=", "-", "is now:", "is now", "is:", "is", "was:", "was", "would be", "will be", "to", "of"] {
        if let Some(r) = rest.strip_prefix(c) {
            let alpha = c.as_bytes()[0].is_ascii_alphabetic();
            if alpha && r.as_bytes().first().is_some_and(|c| c.is_ascii_alphanumeric()) {
                continue;
            }
            rest = r.trim_start_matches([' ', '\t', ':']);
            connector = true;
            break;
        }
    }
    // `is still admin123`, `is probably X`.
    for adverb in ["still ", "now ", "just ", "currently ", "probably ", "literally ", "actually ", "definitely "] {
        if connector {
            rest = rest.strip_prefix(adverb).unwrap_or(rest);
        }
    }
    let start = text.len() - rest.len();
    let (vstart, vend, quoted) = value_span(text, start)?;
    let value = &text[vstart..vend];
    // (`--password --verbose`: the next option.)
    if value.len() > 64
        || !value.chars().any(char::is_alphanumeric)
        || value.starts_with(['.', ',', '?', '!', ')', '-'])
    {
        return None;
    }
    let plain_word = value.bytes().all(|c| c.is_ascii_lowercase())
        || value.bytes().all(|c| c.is_ascii_alphabetic()) && value.len() < 4;
    if is_one_of(value, NOT_PASSWORDS) && !quoted {
        return None;
    }
    // `result=BAD_PASSWORD attempt=3`: the log line's next field, not a value.
    if !connector && !quoted && log_field(value) {
        return None;
    }
    let ends_clause = {
        let tail = text[vend..].trim_start_matches([' ', '\t']);
        tail.is_empty()
            || tail.starts_with(['.', ',', '!', '?', '\n', '\r', ';', ')', '('])
            || tail.starts_with("and ")
            || tail.starts_with("but ")
    };
    // Without `:`/`is`, only a value that looks generated or chosen as a password (`password
    // hunter2`, `mot de passe Chaton2015*`), not a word (`password force-reset`).
    if !connector && !quoted && !has_letters_and_digits(value) {
        return None;
    }
    if plain_word && !quoted && !ends_clause {
        return None;
    }
    let base = if quoted || !plain_word { 0.9 } else { 0.7 };
    Some(candidate(vstart, vend, EntityType::Password, base, "password", "value after password hotword"))
}

/// The text after `is` or `was` when `rest` opens with a short clause of a pronoun's
/// (`i've been using is X`, `that I set was X`), on one line and within five words.
fn clause_before_is(rest: &str) -> Option<&str> {
    const OPENERS: &[&str] = &["i", "i've", "ive", "i'd", "we", "we've", "you", "that", "which", "he", "she", "they"];
    let mut words = rest.split(' ');
    if !is_one_of(words.next()?, OPENERS) {
        return None;
    }
    let mut at = rest.find(' ')? + 1;
    for word in words.take(4) {
        if word.contains([',', '.', '\n', ':', ';']) {
            return None;
        }
        if matches!(word, "is" | "was") {
            return Some(rest[at + word.len()..].trim_start_matches(' '));
        }
        at += word.len() + 1;
    }
    None
}

/// The password of a login given as `user / password` a few words after a login's word
/// (`sent his xero login, shane@example.com / Spanner#4217`): the user is an e-mail
/// address or comes right after the word's colon, and the password looks chosen (letters
/// and digits, six characters at least).
fn login_pair(doc: &Document<'_>, i: usize) -> Option<Detection> {
    const REACH: usize = 120;
    let text = doc.text;
    let from = doc.tokens[i].end;
    let window = &text[from..text.floor_char_boundary(from + REACH)];
    let line = &window[..window.find('\n').unwrap_or(window.len())];
    let (user_part, rest) = line.split_once(" / ").or_else(|| line.split_once(" | "))?;
    let user = user_part.rsplit(' ').next().unwrap_or_default();
    let right_after_colon = user_part.trim_start().strip_prefix(':').is_some_and(|u| !u.trim().contains(' '));
    if user.is_empty() || !(user.contains('@') || right_after_colon) {
        return None;
    }
    let value = rest.split(char::is_whitespace).next()?.trim_end_matches(['.', ',', ';', ')', '"', '\'']);
    if value.len() < 6 || value.len() > 64 || !has_letters_and_digits(value) {
        return None;
    }
    let start = from + line.len() - rest.len();
    Some(candidate(start, start + value.len(), EntityType::Password, 0.85, "password", "user / password after login"))
}

/// Password-looking values written a little after a password hotword: `…the old one
/// maplesyrup88`, `Either Tw1nkl3Star or Twink1eStar`, `email / OrtegaFam2022`.
fn passwords_nearby(doc: &Document<'_>, i: usize, out: &mut Vec<Detection>) {
    let text = doc.text;
    let from = doc.tokens[i].end;
    let to = text.floor_char_boundary(from + 240);
    let window = &text[from..to];
    let window = &window[..window.find("\n\n").unwrap_or(window.len())];
    // The word before a value that names it as something else (`item id 0x4F2A-118C`,
    // `the SSID is FIELDSTONE-2G`, `error 2FA_RATE_LIMIT`).
    const OTHER_LABELS: &[&str] =
        &["id", "sku", "error", "case", "incident", "ticket", "order", "ref", "ssid", "reference", "serial", "tag"];
    // (`orders 240318PH55102, 240318PH55103`, `order nos 2403SG88120001 and …`: a label's
    // plural or number word, and every value of the list after it.)
    let names_other = |w: &str| {
        is_one_of(w, OTHER_LABELS)
            || w.strip_suffix('s').is_some_and(|stem| is_one_of(stem, OTHER_LABELS))
            || is_one_of(w, &["no", "nos", "numbers", "#"])
    };
    let mut offset = from;
    let mut labelled_otherwise = false;
    for run in window.split_inclusive(char::is_whitespace) {
        let start = offset;
        offset += run.len();
        let trimmed_start = run.trim_start_matches(['"', '\'', '“', '‘', '(']);
        let value = trimmed_start.trim_end().trim_end_matches(['.', ',', ';', ':', ')', '"', '\'', '”', '’']);
        let labelled = labelled_otherwise;
        let list_goes_on = run.trim_end().ends_with(',') || is_one_of(value, &["and", "or", "&"]);
        labelled_otherwise = names_other(value) || labelled && (list_goes_on || password_like(value));
        if password_like(value) && !labelled {
            let s = start + (run.len() - trimmed_start.len());
            out.push(candidate(
                s,
                s + value.len(),
                EntityType::Password,
                0.55,
                "password",
                "password-like value near hotword",
            ));
        }
    }
}

/// Is `v` a log line's field (`attempt=3`, `user_id=88`, `redis_git_sha1:00000000`)?
fn log_field(v: &str) -> bool {
    v.split_once(['=', ':']).is_some_and(|(key, _)| {
        key.len() >= 2
            && key.starts_with(|c: char| c.is_ascii_lowercase())
            && key.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
    })
}

/// Letters and digits mixed like a chosen password, and not an e-mail, URL, domain,
/// reference code (`HD-30991`), date or log field.
fn password_like(v: &str) -> bool {
    let b = v.as_bytes();
    if !(6..=40).contains(&b.len()) || !has_letters_and_digits(v) || v.contains(['@', '/', '\\', '[']) || log_field(v) {
        return false;
    }
    let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let lowers = b.iter().filter(|c| c.is_ascii_lowercase()).count();
    // `HD-30991`, `#INV-2024-001`, `A12345678`: codes are upper-case letters then digits;
    // `INC-FR-88231`, `2FA_RATE_LIMIT`: upper case in parts; `0x8B050033`: hexadecimal.
    let code = b.iter().skip_while(|c| !c.is_ascii_alphanumeric()).take_while(|c| c.is_ascii_uppercase()).count();
    if lowers == 0 && (code == letters || v.contains(['-', '_'])) || v.starts_with("0x") {
        return false;
    }
    // `2-step`, `6-digit`: a number and a word.
    if let Some((n, w)) = v.split_once('-')
        && n.bytes().all(|c| c.is_ascii_digit())
        && w.bytes().all(|c| c.is_ascii_lowercase())
    {
        return false;
    }
    // A domain or a file name: letters, a dot, letters.
    if v.split('.').count() > 1
        && v.split('.').all(|p| !p.is_empty())
        && !v.ends_with('.')
        && v.contains('.')
        && letters > 4
    {
        return false;
    }
    letters >= 2
}

/// A non-space run at `i`, without surrounding quotes or sentence punctuation.
fn value_span(text: &str, i: usize) -> Option<(usize, usize, bool)> {
    let rest = text.get(i..)?;
    let quotes = ['"', '\'', '“', '”', '‘', '’', '`'];
    if let Some(q) = rest.chars().next().filter(|c| quotes.contains(c)) {
        let inner = &rest[q.len_utf8()..];
        let close = inner.find(|c: char| quotes.contains(&c) || c == '\n')?;
        if close == 0 {
            return None;
        }
        let start = i + q.len_utf8();
        return Some((start, start + close, true));
    }
    // `my password (Pho4Life#2023) before`: a value in brackets, one word.
    if let Some(inner) = rest.strip_prefix('(')
        && let Some(close) = inner.find(|c: char| c == ')' || c.is_whitespace()).filter(|&k| k > 0)
        && inner[close..].starts_with(')')
    {
        return Some((i + 1, i + 1 + close, false));
    }
    let len = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
    let mut v = &rest[..len];
    // Sentence punctuation after the value is not part of it.
    while v.len() > 1 && v.ends_with(['.', ',', ';', ')', '"', '\'', '”', '’']) {
        v = &v[..v.len() - v.chars().last().map_or(1, char::len_utf8)];
    }
    (!v.is_empty()).then_some((i, i + v.len(), false))
}

/// Does the code word at token `k` name a code that is no sign-in code, by the word before
/// it (`zip code`, `error code`) or, in the Romance languages, after it (`código postal`)?
fn names_another_code(doc: &Document<'_>, k: usize) -> bool {
    k > 0 && doc.is(k - 1, OTHER_CODES) || other_code_after(doc, k)
}

/// Is the code word at token `i` followed by what kind of code it is, as Portuguese,
/// Spanish, Italian and French write it (`código de postagem`, `código de rastreio`,
/// `codice destinatario`, `code d'erreur`), and that kind no one-time code?
fn other_code_after(doc: &Document<'_>, i: usize) -> bool {
    const KINDS: &[&str] = &[
        "postagem",
        "rastreio",
        "rastreamento",
        "barras",
        "seguimiento",
        "envío",
        "envio",
        "descuento",
        "desconto",
        "promoción",
        "promocao",
        "promoção",
        "promocional",
        "sconto",
        "destinatario",
        "cliente",
        "fiscale",
        "postal",
        "postale",
        "errore",
        "erro",
        "error",
        "erreur",
        "d'erreur",
        "pedido",
        "ordine",
        "commande",
        "reserva",
        "prenotazione",
        "réservation",
        "produto",
        "producto",
        "prodotto",
        "articolo",
        "artículo",
        "suivi",
        "rabais",
    ];
    let toks = doc.tokens;
    let mut k = i + 1;
    if k < toks.len() && doc.gap(i, k) == " " && is_one_of(doc.word(k), &["de", "di", "del", "da", "do", "du"]) {
        k += 1;
    }
    // (`cod. cliente`: after an abbreviation's dot.)
    k < toks.len() && matches!(doc.gap(k - 1, k), " " | "" | ". ") && is_one_of(doc.word(k), KINDS)
}

/// A 4–8 digit code within a few tokens of a code hotword (`your code is 482 913`).
fn one_time_code_near(doc: &Document<'_>, i: usize, out: &mut Vec<Detection>) {
    let text = doc.text;
    let toks = doc.tokens;
    let word = toks[i].text(text);
    if doc.text[..toks[i].start].ends_with('(') {
        // `(code 4012)`: an error code in brackets.
        return;
    }
    // `zip code`, `gate-code`; not a speaker's label (`Customer: code?`). A `security code`
    // is a card's only when a card is in sight (`Your Lumen security code: 7731` is not).
    // `auth codes 04417B and 04419C` near a card, `£74.16, auth code 448120` after an
    // amount: a payment's authorisation, no sign-in code.
    let card_code = |p: usize| {
        is_one_of(doc.word(p), &["auth", "authorization", "authorisation", "approval"])
            && (card_in_sight(doc, toks[i].start, toks[i].end) || {
                let start = toks[p].start;
                doc.text[doc.text.floor_char_boundary(start.saturating_sub(24))..start].contains(super::CURRENCY_SIGNS)
            })
    };
    if (word.eq_ignore_ascii_case("code") || word.eq_ignore_ascii_case("codes"))
        && i.checked_sub(1).is_some_and(|p| {
            matches!(doc.gap(p, i), " " | "-")
                && (doc.is(p, OTHER_CODES)
                    && !(doc.word(p).eq_ignore_ascii_case("security")
                        && !card_in_sight(doc, toks[i].start, toks[i].end))
                    || card_code(p))
        })
    {
        return;
    }
    // `código de postagem`, `codice destinatario`, `code d'erreur`: in the Romance
    // languages the kind of code follows the word.
    if other_code_after(doc, i) {
        return;
    }
    if word.eq_ignore_ascii_case("token") || word.eq_ignore_ascii_case("tan") {
        // Too common alone; only as "one-time token", handled by "one-time".
        return;
    }
    // Nearest first: back to the start of the clause (not past `and` or the end of a
    // sentence or line), then forward.
    let back = (i.saturating_sub(7)..i).rev().take_while(|&j| {
        !(toks[j].kind == TokenKind::Word && doc.word(j) == "and")
            && !text[toks[j].end..toks[j + 1].start].contains(['.', '!', '?', '\n'])
    });
    // (Not past a sentence's full stop: `…di verifica è arrivato.\nMatricola: 004871`; a
    // question's answer, an ellipsis and an abbreviation go on, `code? the one u texted
    // me... 7 3 9 1 0 4`, `(z. B. 739104)`.)
    let full_stop = |j: usize| {
        doc.tokens[j - 1].len() > 2
            && doc.gap(j - 1, j).strip_prefix('.').is_some_and(|g| g.starts_with(char::is_whitespace))
    };
    let forward = (i + 1..(i + 8).min(toks.len())).take_while(|&j| !full_stop(j));
    // `Your OTP for txn of INR 2,499.00 at AMAZON is 918273`: further on in the sentence,
    // only a value it states (after `is` or a colon).
    let stated = (i + 8..(i + 16).min(toks.len()))
        .take_while(|&j| !doc.gap(j - 1, j).contains(['.', '!', '?', '\n']))
        .filter(|&j| {
            let gap = doc.gap(j - 1, j);
            gap.ends_with(": ") || gap == " " && matches!(doc.word(j - 1), "is" | "was" | "are")
        });
    // `…my backup codes…, here they are:` and the codes on the next line.
    let below = (i + 1..(i + 16).min(toks.len()))
        .take_while(|&j| !doc.gap(j - 1, j).contains(['.', '!', '?']))
        .find(|&j| doc.gap(j - 1, j).contains('\n'))
        .filter(|&j| doc.gap(j - 1, j).starts_with(':'));
    for j in back.chain(forward).chain(stated).chain(below) {
        // `482 913 is your code`: walking back, the pair starts one token earlier.
        let j = if j > 0
            && j < i
            && toks[j].len() == 3
            && code_value(text, toks, j - 1).is_some_and(|e| e == toks[j].end)
        {
            j - 1
        } else {
            j
        };
        let t = toks[j];
        // `G-481733`: Google's codes come after `G-`; the code is the digits.
        if t.len() == 1
            && doc.word(j) == "G"
            && toks.get(j + 1).is_some_and(|n| n.is_number() && n.len() == 6)
            && doc.gap(j, j + 1) == "-"
        {
            out.push(one_time_code(toks[j + 1].start, toks[j + 1].end, 0.8, "4-8 digits near a code hotword"));
            return;
        }
        // (`sent to the phone ending 0176`: the phone's last digits.)
        if let Some(end) = code_value(text, toks, j).filter(|_| !number_ending(doc, j) && !sender_number(doc, j)) {
            let det = one_time_code(t.start, end, 0.8, "4-8 digits near a code hotword");
            out.push(det);
            let end = codes_listed_after(doc, end, out);
            codes_listed_below(doc, end, out);
            return;
        }
    }
}

/// Groups of five letters and digits, three or more (`4X7QH-2MMRT-ZL9KP`): a product key or
/// a gift card's code, never a sign-in code.
fn is_product_key(code: &str) -> bool {
    let groups: Vec<&str> = code.split('-').collect();
    groups.len() >= 3 && groups.iter().all(|g| g.len() == 5)
}

/// A code read out digit by digit (`otp is six one four four zero two`, `ya está es el
/// cuatro ocho dos nueve uno tres`): four to eight digit words with a code word in the 16
/// tokens before that names no other kind of code (`zip code`, `código postal`), and
/// neither spelled after letters (`p a eight eight one four two`, a reference) nor the
/// digits of another identifier (`the last four of your social`).
fn codes_read_out(doc: &Document<'_>, out: &mut Vec<Detection>) {
    for run in spoken::runs(doc, 4).filter(|r| r.len() <= 8) {
        let (start, end) = run.span(doc);
        let after_letter =
            run.first > 0 && doc.tokens[run.first - 1].len() == 1 && doc.gap(run.first - 1, run.first) == " ";
        let before = &doc.text[doc.text.floor_char_boundary(start.saturating_sub(48))..start];
        let last_digits = ["last four", "last 4", "last digits"].iter().any(|w| before.contains(w));
        if after_letter || last_digits || has_context_window(doc, start, end, OTHER_ID_WORDS, 6, 0) {
            continue;
        }
        let Some(hit) = crate::context::find(doc, start, end, CODE_WORDS, 16, 0) else {
            continue;
        };
        if !names_another_code(doc, doc.tokens.partition_point(|t| t.start < hit.start)) {
            out.push(one_time_code(start, end, 0.7, "code read out in words"));
        }
    }
}

/// Is `s` written as `first` is: the same length, with the same separators in the same
/// places?
fn same_shape(s: &[u8], first: &[u8]) -> bool {
    s.len() == first.len()
        && s.iter().zip(first).all(|(a, b)| a == b || a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric())
}

/// `my backup codes are 3990-9436 and 2242-6023`: the codes listed after one that was
/// found (ending at byte `end`) on the same line, written the same way. Where the last
/// code found ends.
fn codes_listed_after(doc: &Document<'_>, mut end: usize, out: &mut Vec<Detection>) -> usize {
    let (text, toks) = (doc.text, doc.tokens);
    let first = &text.as_bytes()[out[out.len() - 1].start..end];
    for _ in 0..8 {
        let mut k = toks.partition_point(|t| t.start < end);
        if k + 1 < toks.len()
            && matches!(toks[k].text(text), "and" | "or")
            && matches!(&text[end..toks[k].start], " " | ", ")
        {
            k += 1;
            if doc.gap(k - 1, k) != " " {
                break;
            }
        } else if !(k < toks.len() && matches!(&text[end..toks[k].start], ", " | " / " | "  " | "   " | "\t")) {
            break;
        }
        let Some(e) = next_listed_code(text, toks, k, first) else { break };
        out.push(one_time_code(toks[k].start, e, 0.8, "code listed with a code"));
        end = e;
    }
    end
}

/// The code at token `k` in a list whose first code is `first`, written the same way: a
/// code value of that shape, or text that is one though the tokeniser cut it differently
/// ([`cell_like`]). Where it ends.
fn next_listed_code(text: &str, toks: &[Token], k: usize, first: &[u8]) -> Option<usize> {
    match code_value(text, toks, k) {
        Some(e) => same_shape(&text.as_bytes()[toks[k].start..e], first).then_some(e),
        None => cell_like(text, toks[k].start, first),
    }
}

/// In a list of codes, the text at `start` written as the `first` code is (`vszm-cjb4`
/// after `j3e5-q68y`, though the tokeniser reads `vszm-cjb` as a hyphenated word) and
/// set apart by spaces: where it ends.
fn cell_like(text: &str, start: usize, first: &[u8]) -> Option<usize> {
    let end = start + first.len();
    let cell = text.as_bytes().get(start..end)?;
    let apart = text.as_bytes().get(end).is_none_or(u8::is_ascii_whitespace);
    (apart && same_shape(cell, first) && cell.iter().any(u8::is_ascii_digit)).then_some(end)
}

/// `Backup codes:\n4821-9932\n7710-2284\n…`: the codes on the lines right under one that
/// was found (ending at byte `end`), each alone on its line and written the same way.
fn codes_listed_below(doc: &Document<'_>, mut end: usize, out: &mut Vec<Detection>) {
    let (text, toks) = (doc.text, doc.tokens);
    let first = &text.as_bytes()[out[out.len() - 1].start..end];
    for _ in 0..16 {
        let k = toks.partition_point(|t| t.start < end);
        if k >= toks.len() {
            return;
        }
        let line_break = text[end..toks[k].start].trim_matches([' ', '\t', '\r']) == "\n";
        let Some(e) = next_listed_code(text, toks, k, first).filter(|_| line_break) else { return };
        let rest = line_after(text, e, 60);
        let alone = rest.is_some_and(|rest| rest.trim().is_empty());
        // (`j3e5-q68y  59jp-eu8t`: a grid of codes, columns set apart by wide gaps.)
        let grid = rest.is_some_and(|rest| rest.starts_with("  ") || rest.starts_with('\t'));
        if !(alone || grid) {
            return;
        }
        out.push(one_time_code(toks[k].start, e, 0.8, "code listed under a code"));
        end = if grid { codes_listed_after(doc, e, out) } else { e };
    }
}

/// A code value at token `j`: 4–8 digits, possibly split `123 456` / `123-456`, or a
/// 6-character upper-case alphanumeric code with digits. Returns its end.
fn code_value(text: &str, toks: &[Token], j: usize) -> Option<usize> {
    let t = toks[j];
    let b = text.as_bytes();
    // (`0.0.0.0:3000`: a port after an address.)
    let port = |s: usize| s > 1 && b[s - 1] == b':' && b[s - 2].is_ascii_digit();
    let clean = |s: usize, e: usize| {
        !(s > 0 && (b[s - 1].is_ascii_alphanumeric() || matches!(b[s - 1], b'-' | b'.' | b'/' | b'$' | b'#')))
            && !port(s)
            && !b.get(e).is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'/' | b'%'))
            && !(matches!(b.get(e), Some(b'.' | b',' | b':')) && b.get(e + 1).is_some_and(u8::is_ascii_digit))
    };
    // A code stands alone: not one group of a longer number (`2434 6113 0446`).
    let joined = |a: usize, b: usize| {
        toks[a].is_number() && toks[b].is_number() && matches!(&text[toks[a].end..toks[b].start], " " | "-" | "." | "/")
    };
    let pair_end = |k: usize| j + 1 < toks.len() && k + 1 < toks.len() && joined(k, k + 1);
    // `88 21 93`, `7 3 9 1 0 4`, `7-7-1-9-0-2`: a code read out in pairs or digit by digit.
    if t.kind == TokenKind::Number && t.len() <= 2 && !(j > 0 && joined(j - 1, j)) {
        let width = t.len();
        let separator = toks.get(j + 1).map(|n| &text[t.end..n.start]).filter(|&g| g == " " || width == 1 && g == "-");
        let mut k = j;
        while k + 1 < toks.len()
            && k - j < 8
            && toks[k + 1].is_number()
            && toks[k + 1].len() == width
            && Some(&text[toks[k].end..toks[k + 1].start]) == separator
        {
            k += 1;
        }
        let digits = (k - j + 1) * width;
        let ok = if width == 2 { digits == 6 } else { (4..=8).contains(&digits) };
        return (ok && !pair_end(k) && clean(t.start, toks[k].end)).then_some(toks[k].end);
    }
    // `G-482913`, `HD-966714`: a code with the sender's short prefix.
    if t.kind == TokenKind::Word
        && (1..=3).contains(&t.len())
        && t.text(text).bytes().all(|c| c.is_ascii_uppercase())
        // Not a reference's prefix (`SKU-48213`, `INV-2291`).
        && !["SKU", "INV", "PO", "REF", "RMA", "ORD", "TKT", "CS", "SN", "ID", "NO", "NR", "CASE"]
            .contains(&t.text(text))
        && let Some(n) = toks.get(j + 1)
        && n.is_number()
        // Six digits: `HD-3301`, `PROJ-1234` are tickets.
        && n.len() == 6
        && &text[t.end..n.start] == "-"
    {
        return (!pair_end(j + 1) && clean(t.start, n.end)).then_some(n.end);
    }
    match t.kind {
        // `3990-9436`, `49218-73305`, `5520 9913`: a backup code in two groups of four or
        // five (of four only when spaced).
        TokenKind::Number
            if matches!(t.len(), 4 | 5)
                && toks.get(j + 1).is_some_and(|n| n.is_number() && n.len() == t.len())
                && (&text[t.end..toks[j + 1].start] == "-"
                    || t.len() == 4 && &text[t.end..toks[j + 1].start] == " ") =>
        {
            let n = toks[j + 1];
            (!(j > 0 && joined(j - 1, j)) && !pair_end(j + 1) && clean(t.start, n.end)).then_some(n.end)
        }
        TokenKind::Number if matches!(t.len(), 3) => {
            let n = toks.get(j + 1)?;
            let pair = n.kind == TokenKind::Number && n.len() == 3 && matches!(&text[t.end..n.start], " " | "-");
            (pair && !(j > 0 && joined(j - 1, j)) && !pair_end(j + 1) && clean(t.start, n.end)).then_some(n.end)
        }
        TokenKind::Number if (4..=8).contains(&t.len()) => {
            let year = is_year(t.text(text));
            (!(j > 0 && joined(j - 1, j)) && !pair_end(j) && !year && clean(t.start, t.end)).then_some(t.end)
        }
        TokenKind::Alnum
            if t.len() == 6
                && t.text(text).bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                && has_letters_and_digits(t.text(text)) =>
        {
            clean(t.start, t.end).then_some(t.end)
        }
        // (`VLT-8Q2M-4XRA-77CD`: the first group may be letters only; three groups of five,
        // `4X7QH-2MMRT-ZL9KP`, are a gift card's or a game key's.)
        TokenKind::Alnum | TokenKind::Word => {
            dashed_groups(text, toks, j).filter(|&end| clean(t.start, end) && !is_product_key(&text[t.start..end]))
        }
        _ => None,
    }
}

/// `G7K-4PQ`, `7F3A-22BC-9DE1-4AB0-5C2D`: a backup or recovery code written as two to six
/// dashed groups of three to five capitals and digits, starting at token `j`. Its end.
fn dashed_groups(text: &str, toks: &[Token], j: usize) -> Option<usize> {
    // One case throughout: `VLT-8Q2M-4XRA`, or a lower-case backup code (`j3e5-q68y`).
    let lower = toks[j].text(text).bytes().any(|c| c.is_ascii_lowercase());
    let group = |t: &Token| {
        (3..=5).contains(&t.len()) && t.kind != TokenKind::Number && {
            let b = t.text(text).as_bytes();
            b.iter().all(|c| c.is_ascii_digit() || if lower { c.is_ascii_lowercase() } else { c.is_ascii_uppercase() })
        }
    };
    let mut k = j;
    while k + 1 < toks.len() && k - j < 5 && &text[toks[k].end..toks[k + 1].start] == "-" && group(&toks[k + 1]) {
        k += 1;
    }
    let whole = &text[toks[j].start..toks[k].end];
    (k > j && group(&toks[j]) && has_letters_and_digits(whole)).then_some(toks[k].end)
}

/// Is `name`'s last part after `separator` a word for a key (`AWS_SECRET_ACCESS_KEY`,
/// `X-Partner-Key`)?
fn names_a_key(name: &str, separator: char) -> bool {
    name.rsplit_once(separator)
        .is_some_and(|(_, last)| ["key", "secret", "token"].iter().any(|w| last.eq_ignore_ascii_case(w)))
}

/// A long random-looking value after `api key:`, `token=`, `Bearer`.
fn generic_key_after(doc: &Document<'_>, i: usize) -> Option<Detection> {
    let text = doc.text;
    let hot = doc.tokens[i];
    let rest = &text[hot.end..];
    let trimmed = rest.trim_start_matches([' ', ':', '=', '"', '\'', '\t']);
    // (`The key is:\n…`: the value may start the next line.)
    let after_is = trimmed.strip_prefix("is").filter(|t| t.starts_with([' ', ':', '\n']));
    let trimmed = after_is.map_or(trimmed, |t| t.trim_start_matches([' ', ':']));
    let trimmed = trimmed.strip_prefix('\n').unwrap_or(trimmed).trim_start_matches([' ', '"', '\'']);
    let start = hot.end + rest.len() - trimmed.len();
    let len = trimmed
        .bytes()
        .take_while(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b'+' | b'/' | b'='))
        .count();
    let mut value = &trimmed[..len];
    value = value.trim_end_matches(['.', '-']);
    if value.len() < 20 || value.len() > 200 || !has_letters_and_digits(value) {
        return None;
    }
    // `auth req=9c1f7e2a-…`: a log line's next field, not the value of `auth`.
    if log_field(value) {
        return None;
    }
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    let uppers = value.bytes().filter(u8::is_ascii_uppercase).count();
    let lowers = value.bytes().filter(u8::is_ascii_lowercase).count();
    // Random keys mix classes; identifiers like `order-number-2024` do not. (A long key may
    // have few digits and many capitals: `cuapi_live_9FZTDEvyLCZWvTKftHaLjBeynaN7kGFN`.)
    let mixed_cases = value.len() >= 24 && digits >= 1 && uppers >= 6 && lowers >= 6;
    if digits < 3 && !mixed_cases || (uppers == 0 && lowers < 8) || camel_case_words(value) {
        return None;
    }
    let name = hot.text(text).to_ascii_lowercase();
    let subtype = if (name == "secret" || name.contains("aws_secret") || name.ends_with("secret_access_key"))
        && value.len() == 40
    {
        Subtype::AwsSecretKey
    } else {
        Subtype::Generic
    };
    Some(
        candidate(start, start + value.len(), EntityType::ApiKey, 0.8, "api_key", "random value after key hotword")
            .subtype(subtype),
    )
}

/// Is `value` mostly capitalised words of four letters or more (`B2CUtilityAccountAvailableFunds`,
/// a payload's field name)? A random key almost never is: a capital then three lower-case
/// letters is about 1 in 30 of its positions.
fn camel_case_words(value: &str) -> bool {
    let b = value.as_bytes();
    let mut in_words = 0;
    let mut k = 0;
    while k < b.len() {
        let run = b[k + 1..].iter().take_while(|c| c.is_ascii_lowercase()).count();
        if b[k].is_ascii_uppercase() && run >= 3 {
            in_words += 1 + run;
            k += 1 + run;
        } else {
            k += 1;
        }
    }
    in_words * 10 >= b.len() * 7
}

#[cfg(test)]
mod tests {
    use crate::test_support::{found, found_subtypes};

    #[test]
    fn a_list_of_order_numbers_after_a_password_hotword_is_no_password() {
        let notes = "reset password, cancelled orders 240318PH55102, 240318PH55103. new password Blue42sky";
        assert_eq!(found(notes, "PASSWORD"), vec!["Blue42sky"]);
        assert!(found("password reset; order nos 2403SG88120001 and 2403SG88120002.", "PASSWORD").is_empty());
    }

    #[test]
    fn every_key_format_passes_the_start_gate() {
        for f in super::KEY_FORMATS {
            // The shortest key of the format, its body the first allowed alphanumerics.
            let body: String = (b'0'..=b'9')
                .chain(b'a'..=b'z')
                .chain(b'A'..=b'Z')
                .filter(|&c| (f.body_byte)(c))
                .cycle()
                .take(f.body.0)
                .map(char::from)
                .collect();
            let key = format!("{}{body}", f.prefix);
            let mut tokens = Vec::new();
            crate::text::tokenize(&key, &mut tokens);
            assert!(super::may_start_key(&tokens[0], key.as_bytes()), "{key}");
        }
    }

    #[test]
    fn vendor_keys() {
        assert_eq!(
            found_subtypes("key AKIAIOSFODNN7EXAMPLE ok", "API_KEY"),
            vec![("AKIAIOSFODNN7EXAMPLE", Some("AWS_ACCESS_KEY"))]
        );
        assert!(found("WARN auth req=9c1f7e2a-3b4d-4e5f-8a6b-7c8d9e0f1a2b src=1", "API_KEY").is_empty());
        // The pair pasted together: the secret right after the key's id.
        let pair = "log: AKIAECLPQEBUXQJWRJXR / oCwkCzKD8cI39qEatAfWHBtD48wM/BRi2cqx+/i5 - escalated";
        assert_eq!(
            found_subtypes(pair, "API_KEY"),
            vec![
                ("AKIAECLPQEBUXQJWRJXR", Some("AWS_ACCESS_KEY")),
                ("oCwkCzKD8cI39qEatAfWHBtD48wM/BRi2cqx+/i5", Some("AWS_SECRET_KEY"))
            ]
        );
        let gh = "ghp_1234567890abcdefghijklmnopqrstuvwxyZ";
        assert_eq!(found(&format!("token {gh}."), "API_KEY"), vec![gh]);
        assert_eq!(found("sk_live_4eC39HqLyjWDarjtT1zdp7dc", "API_KEY"), vec!["sk_live_4eC39HqLyjWDarjtT1zdp7dc"]);
        // No digit, but both cases over 24 characters: random.
        assert_eq!(
            found("STRIPE_SECRET=sk_live_hRdDmckcVcFaBycqhrbiDcAq", "API_KEY"),
            vec!["sk_live_hRdDmckcVcFaBycqhrbiDcAq"]
        );
        assert_eq!(found("sk_live_placeholder_value", "API_KEY"), Vec::<&str>::new());
        let mercado_pago = "APP_USR-4417203391823356-031415-cf12b389b7be568eae169e00f3677382-1288734510";
        assert_eq!(found(&format!("el token:\n{mercado_pago}\n"), "API_KEY"), vec![mercado_pago]);
        // A header named for a key, and a key on the line after its announcement.
        let header = "Host: api.questline-games.com\nX-Partner-Key: qlp_live_GmLap3sibGX83zKyx5lU6lYz1AXNkTSbVYSv0boP";
        assert_eq!(found(header, "API_KEY"), vec!["qlp_live_GmLap3sibGX83zKyx5lU6lYz1AXNkTSbVYSv0boP"]);
        let next_line = "I pushed it by mistake. The key is:\narc_sk_live_115e99650d9ded5bdac5341285794dfa5c8b688b";
        assert_eq!(found(next_line, "API_KEY"), vec!["arc_sk_live_115e99650d9ded5bdac5341285794dfa5c8b688b"]);
        assert!(found("X-Request-Token: none", "API_KEY").is_empty());
        assert!(found("> Idempotency-Key: 4f8c5911-3483-4e2b-bad5-42c54ca760d5", "API_KEY").is_empty());
        assert_eq!(found("xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "API_KEY").len(), 1);
    }

    #[test]
    fn more_vendor_keys() {
        for key in [
            "sk-proj-4fT9xQ2LmZ8vR1pW6yN3bC7dK0eH5sJuA2gVnX9tY4rB",
            "sk-4fT9xQ2LmZ8vR1pW6yN3bC7dK0eH5sJuA2gVnX9tY4rBq1w2",
            "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",
            "AIzaSyD4x8Qm2Lr7Tn9Vb3Kp6Wz1Hs5Jf0Gc8Ye",
            "glpat-x8Qm2Lr7Tn9Vb3Kp6Wz1",
            "npm_x8Qm2Lr7Tn9Vb3Kp6Wz1Hs5Jf0Gc8YeAbCdE",
            "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",
        ] {
            assert_eq!(found(&format!("the key was {key}, please rotate"), "API_KEY"), vec![key], "{key}");
        }
        // Not keys: words and settings that start like a prefix, a short `sk-` value.
        for text in [
            "is the task-runner config ok? sk-8 and sk-learn",
            "set max-retries to 3 and the key-value store to redis",
            "SG.report.final.v2 attached",
            "sk-ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUV",
            "shpat_ZZZZ0a1b2c3d4e5f60718293a4b5c6d7e8",
        ] {
            assert_eq!(found(text, "API_KEY"), Vec::<&str>::new(), "{text}");
        }
    }

    #[test]
    fn jwt_and_pem() {
        let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
        assert_eq!(found_subtypes(&format!("Authorization: Bearer {jwt}"), "API_KEY"), vec![(jwt, Some("JWT"))]);
        let pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----";
        assert_eq!(found(&format!("here:\n{pem}\nthanks"), "API_KEY"), vec![pem]);
    }

    #[test]
    fn passwords() {
        assert_eq!(found("my password is Tr0ub4dor&3 thanks", "PASSWORD"), vec!["Tr0ub4dor&3"]);
        assert_eq!(found("pw: hunter2.", "PASSWORD"), vec!["hunter2"]);
        assert_eq!(found("password \"correct horse\"", "PASSWORD"), vec!["correct horse"]);
        assert_eq!(found("my password is sunshine", "PASSWORD"), vec!["sunshine"]);
        assert_eq!(found("my password is not working", "PASSWORD"), Vec::<&str>::new());
        assert_eq!(found("password reset link expired", "PASSWORD"), Vec::<&str>::new());
        // A log line's next field is no value of the one before.
        assert!(found("result=BAD_PASSWORD attempt=3 ip=1", "PASSWORD").is_empty());
        assert_eq!(found("password=s3cr3t attempt=3", "PASSWORD"), vec!["s3cr3t"]);
        // Central European words for it.
        assert_eq!(found("hasło tymczasowe: Wiosna#2024kd — proszę", "PASSWORD"), vec!["Wiosna#2024kd"]);
        // Nordic, Baltic and Turkish ones.
        assert_eq!(found("i appen, lösenordet Ekbacken77 funkar inte", "PASSWORD"), vec!["Ekbacken77"]);
        assert_eq!(found("eski şifrem Karaca_1990! idi", "PASSWORD"), vec!["Karaca_1990!"]);
        assert_eq!(found("i have his phone and his MPIN is 080300, can i", "PASSWORD"), vec!["080300"]);
        let login = "also he sent his xero login, shane@example.com.au / Spanner#4217, wants us to";
        assert_eq!(found(login, "PASSWORD"), vec!["Spanner#4217"]);
        assert_eq!(found("portal login: jsmith84 / Tr0ub4dor&3", "PASSWORD"), vec!["Tr0ub4dor&3"]);
        // A login page's path, or a pair with no user, is none.
        assert!(found("the login page / dashboard v2 is down", "PASSWORD").is_empty());
        assert!(found("login fails on Chrome / Edge2024 for me", "PASSWORD").is_empty());
        assert_eq!(found("nové heslo: Kocour.Mikes77", "PASSWORD"), vec!["Kocour.Mikes77"]);
    }

    #[test]
    fn one_time_codes() {
        assert_eq!(found("the verification code is 482913", "ONE_TIME_CODE"), vec!["482913"]);
        // Read out in words, but not a ZIP code read out.
        let call = "agent: i've sent one otp, please tell me\ncaller: otp is six one four four zero two";
        assert_eq!(found(call, "ONE_TIME_CODE"), vec!["six one four four zero two"]);
        assert!(found("agent: and the zip code\ncaller: nine oh two one oh", "ONE_TIME_CODE").is_empty());
        assert!(found("the codes were 4X7QH-2MMRT-ZL9KP and JJ8WD-6F0QZ-T2N4C", "ONE_TIME_CODE").is_empty());
        assert_eq!(found("482 913 is your code", "ONE_TIME_CODE"), vec!["482 913"]);
        assert_eq!(found("zip code 62704", "ONE_TIME_CODE"), Vec::<&str>::new());
        assert_eq!(found("error code 5003", "ONE_TIME_CODE"), Vec::<&str>::new());
        for text in [
            "Seu código de postagem é 38472916, válido até 13/09/2024.",
            "Le fatture vengono scartate dallo SDI con codice destinatario 00311.",
            "two charges on the card ending 0472, auth codes 04417B and 04419C",
        ] {
            assert_eq!(found(text, "ONE_TIME_CODE"), Vec::<&str>::new(), "{text}");
        }
        assert_eq!(found("Seu código de verificação é 381947", "ONE_TIME_CODE"), vec!["381947"]);
        assert_eq!(found("your auth code is 381947", "ONE_TIME_CODE"), vec!["381947"]);
        assert!(found("that's gone through, £74.16, auth code 448120.", "ONE_TIME_CODE").is_empty());
        // The text message itself, with no code word.
        assert_eq!(found("Enter 739201 to verify your account.", "ONE_TIME_CODE"), vec!["739201"]);
        assert_eq!(found("Use 3317 to sign in to your Bramble account.", "ONE_TIME_CODE"), vec!["3317"]);
        assert_eq!(found("Use 3317 of the boxes to ship.", "ONE_TIME_CODE"), Vec::<&str>::new());
        let read_back = "Agent: please read back the six digits we just sent.\nCustomer: 902117";
        assert_eq!(found(read_back, "ONE_TIME_CODE"), vec!["902117"]);
    }

    #[test]
    fn one_time_passwords_and_authenticators() {
        let bank = "Your one time password for txn of INR 2,499.00 at AMAZON is 918273. Valid for 10 mins.";
        assert_eq!(found(bank, "ONE_TIME_CODE"), vec!["918273"]);
        assert_eq!(found(bank, "PASSWORD"), Vec::<&str>::new());
        assert_eq!(found("one-time PIN: 5521", "ONE_TIME_CODE"), vec!["5521"]);
        let passcode = "Your one-time passcode is 3 8 1 9 2 0";
        assert_eq!(found(passcode, "ONE_TIME_CODE"), vec!["3 8 1 9 2 0"]);
        assert_eq!(found(passcode, "PASSWORD"), Vec::<&str>::new());
        assert_eq!(found("my TOTP is 981273 but it says invalid", "ONE_TIME_CODE"), vec!["981273"]);
        let app = "I typed in the token 880214 from the authenticator app and it rejected it";
        assert_eq!(found(app, "ONE_TIME_CODE"), vec!["880214"]);
        assert_eq!(found("Uw verificatiecode is 449201.", "ONE_TIME_CODE"), vec!["449201"]);
        assert_eq!(found(r#"{"otp_code": "551208"}"#, "ONE_TIME_CODE"), vec!["551208"]);
        assert_eq!(found("verificationCode=551208", "ONE_TIME_CODE"), vec!["551208"]);
        assert_eq!(found(r#"{"zip_code": "5512", "password_hint": "dog"}"#, "ONE_TIME_CODE"), Vec::<&str>::new());
        assert_eq!(found(r#"{"password_hint": "dog"}"#, "PASSWORD"), Vec::<&str>::new());
        // Beyond the near window, only a value the sentence states; never past its end.
        let far = "Your OTP was sent to the number we have on file for order 55123 today";
        assert_eq!(found(far, "ONE_TIME_CODE"), Vec::<&str>::new());
        let next = "Your one time password expires in ten minutes for this login session. Order is 551234.";
        assert_eq!(found(next, "ONE_TIME_CODE"), Vec::<&str>::new());
    }

    #[test]
    fn a_list_of_backup_codes() {
        let list = "Here are my backup codes:\n4821-9932\n7710-2284\n5521-0093\nthanks";
        assert_eq!(found(list, "ONE_TIME_CODE"), vec!["4821-9932", "7710-2284", "5521-0093"]);
        // A different shape on the next line is something else.
        assert_eq!(found("backup code:\n4821-9932\n2024-11-03", "ONE_TIME_CODE"), vec!["4821-9932"]);
    }

    #[test]
    fn codes_listed_together() {
        let otp = "ONE_TIME_CODE";
        let two = "my backup codes are 3990-9436 and 2242-6023 but both say invalid";
        assert_eq!(found(two, otp), vec!["3990-9436", "2242-6023"]);
        assert_eq!(found("i got 2 codes, 118204 and 559021, which one?", otp), vec!["118204", "559021"]);
        // Then listed under, too; and only what is written the same way.
        let more = "backup codes: 4821-9932, 7710-2284\n5521-0093\n";
        assert_eq!(found(more, otp), vec!["4821-9932", "7710-2284", "5521-0093"]);
        assert_eq!(found("the code 118204 and 55 more tries", otp), vec!["118204"]);
    }

    #[test]
    fn backup_codes_in_dashed_groups() {
        let otp = "ONE_TIME_CODE";
        assert_eq!(found("Backup code: G7K-4PQ", otp), vec!["G7K-4PQ"]);
        assert_eq!(found("Recovery code: 7F3A-22BC-9DE1-4AB0-5C2D", otp), vec!["7F3A-22BC-9DE1-4AB0-5C2D"]);
        assert_eq!(found("error code: E4-22BC", otp), Vec::<&str>::new());
    }

    #[test]
    fn the_message_names_its_code_after_it() {
        let otp = "ONE_TIME_CODE";
        assert_eq!(found("123456 is your Facebook confirmation code", otp), vec!["123456"]);
        assert_eq!(found("Customer: 4410 is your order code?", otp), Vec::<&str>::new());
        assert_eq!(found("55120 is your booking code", otp), Vec::<&str>::new());
        // The message quoted, after its sender or a salutation.
        let quoted = "then this one: \"Kestrel: 826658 is your withdrawal confirmation code for 0.42 BTC\"";
        assert_eq!(found(quoted, otp), vec!["826658"]);
        assert_eq!(found("it said \"Dear Customer, 302918 is your token to authorise\"", otp), vec!["302918"]);
        assert_eq!(found("she said \"we think 5512 is your token\"", otp), Vec::<&str>::new());
    }

    #[test]
    fn the_short_code_a_text_came_from_is_no_code() {
        let otp = "ONE_TIME_CODE";
        assert_eq!(found("Your code is 918273. Do not share it.\nSMS from 72881", otp), vec!["918273"]);
        assert_eq!(found("les SMS de notre code court 88234", otp), Vec::<&str>::new());
        assert_eq!(found("the SMS code 48213", otp), vec!["48213"]);
    }

    #[test]
    fn one_time_codes_read_out() {
        assert_eq!(found("verification code 88 21 93", "ONE_TIME_CODE"), vec!["88 21 93"]);
        assert_eq!(found("code? the one u texted me... 7 3 9 1 0 4", "ONE_TIME_CODE"), vec!["7 3 9 1 0 4"]);
        let asked = "AGENT: I've sent a verification code to your phone, can you read it back?\n";
        assert_eq!(found(&format!("{asked}CALLER: yes it's 88 21 93"), "ONE_TIME_CODE"), vec!["88 21 93"]);
        assert_eq!(found(&format!("{asked}CALLER: 582 421"), "ONE_TIME_CODE"), vec!["582 421"]);
        // Not codes: a sentence around the number, a date, a clock time, too few digits.
        assert_eq!(found(&format!("{asked}CALLER: I paid 58 21 93 dollars"), "ONE_TIME_CODE"), Vec::<&str>::new());
        assert_eq!(found("verification code sent at 10 30 am", "ONE_TIME_CODE"), Vec::<&str>::new());
        assert_eq!(found("the code has 1 2 3 parts", "ONE_TIME_CODE"), Vec::<&str>::new());
        assert_eq!(found("code 12 34 5", "ONE_TIME_CODE"), Vec::<&str>::new());
        // The code before its hotword, in the same sentence only.
        assert_eq!(found("645438 is your Kestrel Mobile login code.", "ONE_TIME_CODE"), vec!["645438"]);
        assert_eq!(found("linea n. 55129\nCodice Fiscale: RMNFNC91B48G273H", "ONE_TIME_CODE"), Vec::<&str>::new());
        let six = "AGENT: I've sent a six-digit code to the phone number on file. Can you read it to me?\n";
        assert_eq!(found(&format!("{six}CALLER: 582 421."), "ONE_TIME_CODE"), vec!["582 421"]);
        assert_eq!(found("Ihr Bestätigungscode für Voltcore lautet: 467159.", "ONE_TIME_CODE"), vec!["467159"]);
        assert_eq!(found("Ihr Verifizierungscode: 882914", "ONE_TIME_CODE"), vec!["882914"]);
        // Google's prefix is no part of the code typed.
        assert_eq!(found("G-482913 is your Google verification code.", "ONE_TIME_CODE"), vec!["482913"]);
        assert_eq!(found("the gate code is 4321, the door code 7788", "ONE_TIME_CODE"), Vec::<&str>::new());
        assert_eq!(found("your code: SKU-48213 is out of stock", "ONE_TIME_CODE"), Vec::<&str>::new());
        assert_eq!(found("Phishing report HD-3301: they asked for my code", "ONE_TIME_CODE"), Vec::<&str>::new());
        assert_eq!(found("Customer: code? the one u texted me... 7 3 9 1 0 4", "ONE_TIME_CODE"), vec!["7 3 9 1 0 4"]);
        let sent = "Agent: can you read me the code we sent to your email?\nCustomer: ok\nCustomer: 448192";
        assert_eq!(found(sent, "ONE_TIME_CODE"), vec!["448192"]);
        let dashed = "AGENT: I just texted you a code.\nCALLER: Okay... 7-7-1-9-0-2";
        assert_eq!(found(dashed, "ONE_TIME_CODE"), vec!["7-7-1-9-0-2"]);
        let number = "Agent: please confirm the 6-digit number we sent you\nCustomer: 402918";
        assert_eq!(found(number, "ONE_TIME_CODE"), vec!["402918"]);
        // A two-digit group is not cut by dashes: `20-11-93` is a date.
        assert_eq!(found("verification code 20-11-93", "ONE_TIME_CODE"), Vec::<&str>::new());
    }

    #[test]
    fn codes_received_in_other_languages_and_spaced_backup_codes() {
        let otp = "ONE_TIME_CODE";
        let pt = "Inês: Vai receber agora um código por SMS.\nCliente: recebi 33 81 27 meto aqui?";
        assert_eq!(found(pt, otp), vec!["33 81 27"]);
        let fr = "Agente : Je vous envoie le code par texto.\nClient : ok j'ai reçu 604 117";
        assert_eq!(found(fr, otp), vec!["604 117"]);
        assert_eq!(found("Millennium: Codigo de autorizacao 482 016 para compra", otp), vec!["482 016"]);
        let backup = "Agent: I've sent a one-time backup code by SMS.\nCustomer: its 5520 9913";
        assert_eq!(found(backup, otp), vec!["5520 9913"]);
        // Two groups of four inside a longer number are none.
        assert_eq!(found("Agent: I've sent a code.\nCustomer: its 4111 1111 1111 1111", otp), Vec::<&str>::new());
    }

    #[test]
    fn codes_stated_in_a_conversation_about_codes() {
        let otp = "ONE_TIME_CODE";
        let chat = "Customer: got 7731 from the text but the app says the code expired";
        assert_eq!(found(chat, otp), vec!["7731"]);
        let resent = "Agent: Those codes last 5 minutes. Let me resend.\nCustomer: ok new one came thru, 5096";
        assert_eq!(found(resent, otp), vec!["5096"]);
        let german = "Kunde: Der Bestätigungscode wird abgelehnt.\nAgent: Mehrere Codes angefordert?\nKunde: Der erste war 190733.";
        assert_eq!(found(german, otp), vec!["190733"]);
        let tried = "these are the sms codes I tried:\n- 118204 (expired)\n- 772310 (too many attempts)";
        assert_eq!(found(tried, otp), vec!["118204", "772310"]);
        let pasted = "Agent: I've sent a 6-digit code to the email on file, please paste it here when it \
                      arrives so that I can check it.\nCustomer: one sec, it is slow today\nCustomer:\n309418";
        assert_eq!(found(pasted, otp), vec!["309418"]);
        // A speaker's label is no identifier's word; a member number's label is.
        let asked = "Agent: what does the code say? take your time, it can be slow to arrive.\n";
        assert_eq!(found(&format!("{asked}Customer: 45120"), otp), vec!["45120"]);
        assert_eq!(found(&format!("{asked}Member: 45120"), otp), Vec::<&str>::new());
        // Other numbers in the same conversation.
        let order = "Customer: no code came in the last ten minutes, nothing at all\nCustomer: my order is 20931 btw";
        assert_eq!(found(order, otp), Vec::<&str>::new());
        let zip = "Customer: no sms code yet. my zip is 62704";
        assert_eq!(found(zip, otp), Vec::<&str>::new());
        let quantity = "Customer: the code expired, i tried it 2045 times";
        assert_eq!(found(quantity, otp), Vec::<&str>::new());
        let promo = "Customer: the promo code failed. the total was 1500";
        assert_eq!(found(promo, otp), Vec::<&str>::new());
        // Without talk of codes a stated number is no code; nor is a year.
        assert_eq!(found("Customer: ok new one came thru, 5096", otp), Vec::<&str>::new());
        assert_eq!(found("Customer: the code is from a new phone, got 2024", otp), Vec::<&str>::new());
        // A card's code on the front is its security code.
        let amex = "Agent: Amex cards have a 4-digit code on the front of the card.\nCustomer: oh yes it is. it's 2119";
        assert_eq!(found(amex, otp), Vec::<&str>::new());
    }

    #[test]
    fn codes_in_more_shapes_and_phrasings() {
        let otp = "ONE_TIME_CODE";
        assert_eq!(found("If this is you, enter 740219. If not, call us.", otp), vec!["740219"]);
        assert_eq!(found("got a text \"Nuvo: use 88412031 to approve EUR 412.00\"", otp), vec!["88412031"]);
        assert_eq!(found("Agent: read me the code please\nCustomer: ok got it: 731904", otp), vec!["731904"]);
        assert_eq!(found("User: got \"Your Corvid Access passcode: 305-882\"", otp), vec!["305-882"]);
        assert_eq!(found("Your Corvid Access passcode: 305-882", "PASSWORD"), Vec::<&str>::new());
        let backup = "The admin recovery code on our sheet is VLT-8Q2M-4XRA-77CD. Do I need it?";
        assert_eq!(found(backup, otp), vec!["VLT-8Q2M-4XRA-77CD"]);
        let sv = "Jag har mina reservkoder sparade, men den första, 7HQ2-M9XD, godkändes inte.";
        assert_eq!(found(sv, otp), vec!["7HQ2-M9XD"]);
        // A phone's last digits and a port are no codes.
        let sent = "verification code sent to the phone ending 0176; seller confirmed 408815.";
        assert_eq!(found(sent, otp), vec!["408815"]);
        let masked = "you'll also get a 6-digit OTP on +92 300 ***4567.\nUser: got it";
        assert_eq!(found(masked, otp), Vec::<&str>::new());
        assert_eq!(found("Codul tau de verificare este 882731. Nu il", otp), vec!["882731"]);
        assert!(found("Disdetta contratto Fibra 1000 - cod. cliente 3.00918.2", otp).is_empty());
        assert_eq!(found("2FA code config:\n listen = 0.0.0.0:3000", otp), Vec::<&str>::new());
        // The sentence after a code's has its own numbers; a label is no word that states one.
        let student = "The verification code arrived. Matricola assegnata: 004871 for the course";
        assert_eq!(found(student, otp), Vec::<&str>::new());
        let field = "Il codice di verifica è arrivato.\nMatricola assegnata: 004871";
        assert_eq!(found(field, otp), Vec::<&str>::new());
        let speaker = "Agent: the code we sent you?\n[10:02] Jake Miller: 187120";
        assert_eq!(found(speaker, otp), vec!["187120"]);
        assert_eq!(found("der Bestätigungscode (z. B. 739104) kam nicht", otp), vec!["739104"]);
    }

    #[test]
    fn counted_words_and_tickets_are_no_passwords() {
        let pw = "PASSWORD";
        assert_eq!(found("Locked out at password reset. What's the 8-digit code for?", pw), Vec::<&str>::new());
        assert_eq!(found("Passwort zurückgesetzt – Ticket #HD-2024-11873", pw), Vec::<&str>::new());
    }

    #[test]
    fn backup_codes_in_a_grid() {
        let grid = "i saved my backup codes when i set up 2fa in 2022, here they are:\n\n\
            j3e5-q68y  59jp-eu8t  vszm-cjb4\nxc4j-cw6h  cj6d-ramu  q88j-webt\n\nthanks";
        let codes = ["j3e5-q68y", "59jp-eu8t", "vszm-cjb4", "xc4j-cw6h", "cj6d-ramu", "q88j-webt"];
        assert_eq!(found(grid, "ONE_TIME_CODE"), codes);
    }

    #[test]
    fn web_otp_lines_and_google_codes() {
        let sms = "Your Kestrel login code is 963167.\n\n@kestrel.exchange #963167";
        assert_eq!(found(sms, "ONE_TIME_CODE"), vec!["963167", "963167"]);
        assert_eq!(found(sms, "URL"), vec!["kestrel.exchange"]);
        // An e-mail with a number after it is no WebOTP line.
        assert_eq!(found("mail me@x.com #55120", "ONE_TIME_CODE"), Vec::<&str>::new());
        assert_eq!(found("the verification code I got was G-481733", "ONE_TIME_CODE"), vec!["481733"]);
    }

    #[test]
    fn passwords_given_to_commands_and_servers() {
        let shell = "$ redis-cli -h 10.0.0.7 -p 6379 -a 'Zq7#vLm2!x' ping\n\
                     $ mysql -h db -P 3306 -u report -pS3cr3t!Rd analytics\n\
                     $ PGPASSWORD='T3a&Cake' psql -h pg\n\
                     $ sshpass -p 'Tramp#12' ssh ops@jump\n\
                     ./deploy --db-user app --db-password Pq4!sN8v --tenant eu\n\
                     requirepass Vq8tLm2pZr6\n\
                     command: [\"redis-server\", \"--requirepass\", \"r3d1s-S3cret\"]";
        let want = ["Zq7#vLm2!x", "S3cr3t!Rd", "T3a&Cake", "Tramp#12", "Pq4!sN8v", "Vq8tLm2pZr6", "r3d1s-S3cret"];
        assert_eq!(found(shell, "PASSWORD"), want);
        // Each alone, without another password word in the text.
        for (line, password) in shell.lines().zip(want) {
            assert_eq!(found(line, "PASSWORD"), vec![password], "{line}");
        }
        // A variable, a prompt, the next option or a word after the option is none.
        let none = "mysql -u app -p\nmysql -u app -p$DB_PASS\n--password ${PASS} --password --verbose\n\
                    WARNING! Using --password via the CLI is insecure.\ngrep '^requirepass' redis.conf";
        assert_eq!(found(none, "PASSWORD"), Vec::<&str>::new());
    }

    #[test]
    fn a_code_word_agreed_for_collection_or_calls() {
        assert_eq!(found("Pick-up code word: tamarind42", "PASSWORD"), vec!["tamarind42"]);
        assert_eq!(found("our safe word is Bluebird77.", "PASSWORD"), vec!["Bluebird77"]);
        assert_eq!(found("the code word was sent by SMS, code 449120.", "PASSWORD"), Vec::<&str>::new());
    }

    #[test]
    fn a_clause_about_the_password_before_its_is() {
        let chat = "Customer: if you ask the password i've been using is Brenda#Gems4life and it worked";
        assert_eq!(found(chat, "PASSWORD"), vec!["Brenda#Gems4life"]);
        assert_eq!(found("the password that I set was Tr0ub4dor&3.", "PASSWORD"), vec!["Tr0ub4dor&3"]);
        // Past a comma, or more than five words on, the `is` says something else.
        assert_eq!(found("the password i use, which is fine, is long", "PASSWORD"), Vec::<&str>::new());
        assert_eq!(found("the password i reset for the whole team last week is why", "PASSWORD"), Vec::<&str>::new());
    }

    #[test]
    fn no_password_in_the_log_lines_or_fields_around_a_hotword() {
        let sshd = "Oct 14 03:12:15 jump-01 sshd[21880]: Failed password for root from 203.0.113.9 port 51522 ssh2\n\
                    Oct 14 03:12:16 jump-01 sshd[21880]: Failed password for root from 203.0.113.9 port 51522 ssh2";
        assert_eq!(found(sshd, "PASSWORD"), Vec::<&str>::new());
        let info = "Using a password on the command line is insecure.\nredis_version:7.2.4\nredis_git_sha1:00000000";
        assert_eq!(found(info, "PASSWORD"), Vec::<&str>::new());
        let form = "Category: Password reset    Priority: 3 - Moderate\nLaptop (serial C02FX3KZMD6T)";
        assert_eq!(found(form, "PASSWORD"), Vec::<&str>::new());
    }

    #[test]
    fn a_password_in_a_connection_string_or_in_brackets() {
        let compose = "DATABASE_URL: postgres://shopapp:Kx9!vR2#mQ7w@db:5432/shop\nREDIS_URL: redis://:r3d1s-S3cret-2024@cache:6379/0";
        assert_eq!(found(compose, "PASSWORD"), vec!["Kx9!vR2#mQ7w", "r3d1s-S3cret-2024"]);
        // A pasted password's unencoded `@` stays in it: the last `@` parts the host.
        assert_eq!(found("amqp://ops:p@ss!w0rd@mq.internal:5672/", "PASSWORD"), vec!["p@ss!w0rd"]);
        // A variable or a mask in the password's place is none.
        let template = "url = \"postgres://${DB_USER}:${DB_PASS}@db/x\" or mysql://app:****@db";
        assert_eq!(found(template, "PASSWORD"), Vec::<&str>::new());
        assert_eq!(found("I typed my password (Pho4Life#2023) before", "PASSWORD"), vec!["Pho4Life#2023"]);
        // A button's name in quotes is no label; a JSON key's closing quote is.
        let help = "use \"Forgot password\" to set a new one and enter the code.";
        assert_eq!(found(help, "PASSWORD"), Vec::<&str>::new());
        assert_eq!(found(r#"{"password": "hunter22"}"#, "PASSWORD"), vec!["hunter22"]);
    }

    #[test]
    fn a_dotted_event_name_is_no_password_label() {
        let log = "ts,user,event,ip,agent,result\n2024-07-08 03:47:18 +08:00,siew@example.com,login.password,175.139.42.18,Chrome 126.0.6478.127 / Windows 10,success";
        assert!(found(log, "PASSWORD").is_empty());
        assert_eq!(found("smtp.password: Cabinet2024$Lyon", "PASSWORD"), vec!["Cabinet2024$Lyon"]);
    }

    #[test]
    fn keys_after_camel_case_names_and_after_token() {
        let key = "twk_90a792b5fb978621da6326c6e602585b";
        assert_eq!(found(&format!("  \"questloopApiKey\": \"{key}\","), "API_KEY"), vec![key]);
        assert_eq!(found(&format!("token: {key}"), "API_KEY"), vec![key]);
        // `token` still names a one-time code when one follows.
        assert_eq!(found("your token is 482913", "ONE_TIME_CODE"), vec!["482913"]);
        assert!(found("\"cacheKey\": \"user-profile-2024\"", "API_KEY").is_empty());
        let header = "  -H \"X-Api-Key: cuapi_live_9FZTDEvyLCZWvTKftHaLjBeynaN7kGFN\" \\";
        assert_eq!(found(header, "API_KEY"), vec!["cuapi_live_9FZTDEvyLCZWvTKftHaLjBeynaN7kGFN"]);
        // A payload's field name in a key/value list is no key.
        let pair = r#"{"Key": "B2CUtilityAccountAvailableFunds", "Value": 1048211.50}"#;
        assert!(found(pair, "API_KEY").is_empty());
        assert!(!super::camel_case_words("9FZTDEvyLCZWvTKftHaLjBeynaN7kGFN"));
        assert!(super::camel_case_words("B2CUtilityAccountAvailableFunds"));
    }
}
