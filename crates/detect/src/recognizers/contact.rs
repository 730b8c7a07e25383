//! E-mail addresses, URLs, IP and MAC addresses: found by scanning for their separators
//! (`@`, `.`, `:`, `-`) and validated by structure, a real TLD, or the standard library's
//! address parsers.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::ops::Range;
use std::sync::LazyLock;

use memchr::memchr_iter;

use super::{CONTEXT_AFTER, CONTEXT_BEFORE, DetectionExt, Recognizer, apply_hit, candidate, is_one_of};
use crate::analyzer::Document;
use crate::context;
use crate::cues::{IP_WORDS, READ_OUT_DOTS, VERSION_WORDS};
use crate::detection::Detection;
use crate::entity::EntityType;
use crate::spoken::spaced;
use crate::text::TokenKind;
use crate::validate::tld::is_tld;

pub(crate) struct Email;

impl Recognizer for Email {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::EmailAddress]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        read_out_emails(doc, out);
        if !doc.punctuation.has(b'@') {
            return;
        }
        let text = doc.text;
        let b = text.as_bytes();
        for at in memchr_iter(b'@', b) {
            // RFC 6531 allows any Unicode letter or digit in the local part (`zoë@…`).
            let mut start = at;
            for (i, c) in text[..at].char_indices().rev() {
                if at - i > 64 || !is_local_char(c) {
                    break;
                }
                start = i;
            }
            while start < at && matches!(b[start], b'.' | b'\'' | b'-') {
                start += 1;
            }
            let local = &text[start..at];
            if local.is_empty() || local.ends_with('.') || local.contains("..") {
                continue;
            }
            let end = host_end(b, at + 1);
            if end > at + 1 && valid_host(&text[at + 1..end]) && !message_id(text, start) && !url_user_info(text, start)
            {
                out.push(
                    candidate(start, end, EntityType::EmailAddress, 1.0, "email", "local@domain.tld").validated("tld"),
                );
            }
        }
    }
}

/// Words read out for `@` in a call transcript (those for `.` are [`READ_OUT_DOTS`]).
const AT_WORDS: &[&str] = &["at", "arroba", "arobase", "chiocciola"];

/// Words that end a read-out local part on its left: the words that announce an address,
/// a speaker's name without its colon, and replies (`my email is …`, `caller …`, `c'est
/// bien …`). None of them is a domain's label.
const BEFORE_READ_OUT_EMAIL: &str = concat!(
    "is it's its it to and the was as on for from of with file my your email e-mail mail address id ",
    "caller agent agente cliente customer sir ma'am maam madam yes yeah ok okay so also that's thats here ",
    "under use using send sent um uh er como bien c'est es est ist è é correo indirizzo adresse"
);

fn announces_email(word: &str) -> bool {
    BEFORE_READ_OUT_EMAIL.split(' ').any(|w| word.eq_ignore_ascii_case(w))
}

/// An address read out in a call (`priya dot nair eighty six at gmail dot com`,
/// `giovanna punto deluca chiocciola tiscali punto it`): up to six words of local part, a
/// word for `@`, one to three words of domain, then a word for `.` before each further
/// label, the last of them a real top-level domain. The words are joined by single
/// spaces; the local part reaches back to the line's start, a label's colon or a word that
/// announces it.
fn read_out_emails(doc: &Document<'_>, out: &mut Vec<Detection>) {
    if doc.cues_present & READ_OUT_DOTS.bit() == 0 {
        return;
    }
    let toks = doc.tokens;
    // (`at the cafe dot by`: an announcing word is no label either.)
    let label = |k: usize| toks[k].len() <= 30 && !doc.is(k, READ_OUT_DOTS) && !announces_email(doc.word(k));
    // Read out, the words for `@` and `.` are lower-case (`physio at Kangaroo Point Physio`
    // names a clinic).
    let dot = |k: usize| !toks[k].is_capitalised() && doc.is(k, READ_OUT_DOTS);
    let b = doc.text.as_bytes();
    for (at, t) in toks.iter().enumerate() {
        // (Length and first letter first: this runs for every token of a text with a dot word.)
        if !matches!(t.len(), 2 | 6 | 7 | 10)
            || !matches!(b[t.start], b'a' | b'c')
            || t.kind != TokenKind::Word
            || at == 0
            || !is_one_of(doc.word(at), AT_WORDS)
            || !spaced(doc, at - 1)
            || !spaced(doc, at)
        {
            continue;
        }
        // Most `at`s are the preposition: no word for a dot in the next four tokens.
        if !(at + 2..(at + 5).min(toks.len())).any(dot) {
            continue;
        }
        // The domain: its first label's words, then `dot` and a label, again and again.
        let (mut k, mut words, mut last) = (at + 1, 0, None);
        while k < toks.len() {
            if dot(k) {
                let next = k + 1;
                let tld = spaced(doc, k) && is_tld(doc.word(next));
                if words == 0 || !tld && !(spaced(doc, k) && label(next)) {
                    break;
                }
                if tld {
                    last = Some(next);
                }
                (k, words) = (next + 1, 1);
            } else if last.is_some() || words == 3 || !label(k) {
                break;
            } else {
                (k, words) = (k + 1, words + 1);
            }
            if !spaced(doc, k - 1) {
                break;
            }
        }
        let Some(last) = last else { continue };
        // The local part: back from the `@` word over spaced words.
        let mut first = at;
        while first > 0
            && at - first < 6
            && spaced(doc, first - 1)
            && toks[first - 1].len() <= 30
            && !announces_email(doc.word(first - 1))
        {
            first -= 1;
        }
        while first < at && doc.is(first, READ_OUT_DOTS) {
            first += 1;
        }
        if first == at {
            continue;
        }
        let pattern = "address read out (name at domain dot tld)";
        out.push(
            candidate(toks[first].start, toks[last].end, EntityType::EmailAddress, 0.9, "email", pattern)
                .validated("tld"),
        );
    }
}

/// Does the address-shaped value at `start` sit in a URL's user information
/// (`https://admin:Hunter2pass@portal.example.com`, `ftp://bob@files.example.org`)? Its
/// `@` parts the user (and password) from the host; no mailbox is named.
fn url_user_info(text: &str, start: usize) -> bool {
    // (A bounded look back: the user information is short.)
    let b = text.as_bytes();
    let from = start.saturating_sub(128);
    b[from..start]
        .windows(3)
        .rposition(|w| w == b"://")
        .and_then(|k| user_info(b, from + k + 3))
        .is_some_and(|info| info.contains(&start))
}

/// The user information of the URL authority that starts at `after_scheme` (just after its
/// `://`): the bytes before the host's `@` (`admin:pw` of `https://admin:pw@host/`), if the
/// authority has any. The one reader of it for the URL, e-mail and password rules. The
/// authority ends at the path, the query, white space, a quote or an angle bracket, within
/// 256 bytes; the last `@` in it parts the host, so that a pasted password's unencoded `@`
/// or `#` stays in the password.
pub(crate) fn user_info(b: &[u8], after_scheme: usize) -> Option<Range<usize>> {
    let rest = &b[after_scheme.min(b.len())..];
    let rest = &rest[..rest.len().min(256)];
    let authority_end = rest
        .iter()
        .position(|&c| matches!(c, b'/' | b'?' | b'"' | b'\'' | b'<' | b'>') || c.is_ascii_whitespace())
        .unwrap_or(rest.len());
    memchr::memrchr(b'@', &rest[..authority_end]).map(|at| after_scheme..after_scheme + at)
}

/// Is the address-shaped value at `start` a message's id in a mail header (`Message-ID:
/// <20240408064117.3F1A@mx.example.com>`, `In-Reply-To:`, `References:`), which names
/// a message, not a mailbox?
fn message_id(text: &str, start: usize) -> bool {
    const HEADERS: &[&str] = &["message-id:", "in-reply-to:", "references:", "x-message-id:"];
    crate::text::line_before(text, start, 200).is_some_and(|line| {
        let line = line.trim_start();
        HEADERS.iter().any(|h| line.get(..h.len()).is_some_and(|l| l.eq_ignore_ascii_case(h)))
    })
}

fn is_local_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '\'')
}

fn is_host_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-')
}

/// End of a host name starting at `i`, without trailing dots or hyphens.
fn host_end(b: &[u8], i: usize) -> usize {
    let mut end = i;
    while end < b.len() && is_host_byte(b[end]) {
        end += 1;
    }
    while end > i && matches!(b[end - 1], b'.' | b'-') {
        end -= 1;
    }
    end
}

/// At least two labels, each 1–63 letters/digits/hyphens not at the edges, ending in a real TLD.
fn valid_host(host: &str) -> bool {
    if host.len() > 253 {
        return false;
    }
    let mut labels = 0;
    let mut last = "";
    for label in host.split('.') {
        if label.is_empty() || label.len() > 63 || label.starts_with('-') || label.ends_with('-') {
            return false;
        }
        labels += 1;
        last = label;
    }
    labels >= 2 && (is_tld(last) || is_one_of(last, RESERVED_TLDS))
}

/// Names reserved for documentation and private networks (RFC 2606, 6761, 6762): not in
/// the root zone, but what examples, test data and intranets use.
const RESERVED_TLDS: &[&str] = &["example", "test", "invalid", "localhost", "local", "internal", "corp", "lan"];

/// For a host written without `http://` or `www.`, only the TLDs people type in prose:
/// country codes and the common generic ones. Many newer TLDs are everyday words
/// (`.run`, `.online`, `.java`), which turns `Uploader.run` or `a.kim` into false URLs.
fn prose_tld(tld: &str) -> bool {
    const COMMON: &[&str] = &[
        "com", "net", "org", "info", "biz", "edu", "gov", "mil", "int", "io", "co", "app", "dev", "ai", "shop",
        "store", "site", "tech", "xyz", "me", "tv", "cloud", "online", "example", "test", "eu", "asia", "pro",
        // Link shorteners' and brands' (`kpro.link/t/9QX4M`, `acme.page`).
        "link", "page", "live", "email", "club", "space", "studio", "agency", "travel", "bank", "health", "care",
    ];
    (tld.len() == 2 && tld.bytes().all(|c| c.is_ascii_alphabetic())) || is_one_of(tld, COMMON)
}

pub(crate) struct Url;

/// Built once: building a searcher costs more than searching a short message.
pub(crate) static SCHEME_SEPARATOR: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new(b"://"));

/// TLDs that are also common file extensions: `setup.py`, `README.md`, `run.sh`.
const FILE_EXTENSION_TLDS: &[&str] =
    &["md", "py", "sh", "rs", "pl", "ps", "so", "cc", "zip", "mov", "tf", "ai", "pm", "ml", "sc", "cs", "ts", "js"];

impl Recognizer for Url {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::Url]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        scheme_urls(doc, out);
        bare_hosts(doc, out);
    }
}

/// URLs with a scheme: `https://…`, `ftp://…`.
fn scheme_urls(doc: &Document<'_>, out: &mut Vec<Detection>) {
    if !doc.punctuation.has(b':') {
        return;
    }
    let text = doc.text;
    let b = text.as_bytes();
    for colon in SCHEME_SEPARATOR.find_iter(b) {
        let mut start = colon;
        while start > 0 && (b[start - 1].is_ascii_alphanumeric() || matches!(b[start - 1], b'+' | b'.' | b'-')) {
            start -= 1;
        }
        let scheme = &text[start..colon];
        if !matches!(
            scheme.to_ascii_lowercase().as_str(),
            "http" | "https" | "ftp" | "ftps" | "sftp" | "ws" | "wss" | "mqtt" | "mqtts"
        ) {
            continue;
        }
        let host_start = user_info(b, colon + 3).map_or(colon + 3, |info| info.end + 1);
        let host_stop = host_end(b, host_start);
        let host = &text[host_start..host_stop];
        let host_ok = valid_host(host) || host.parse::<Ipv4Addr>().is_ok() || host.eq_ignore_ascii_case("localhost");
        if !host_ok {
            continue;
        }
        let end = url_tail_end(text, host_stop);
        out.push(candidate(start, end, EntityType::Url, 0.95, "url", "scheme://host/path").validated("tld"));
    }
}

/// Scheme-less hosts: `www.shop.com`, `acme-shop.com/returns`. A host is found from its
/// dots; `next` skips dots inside one already examined.
fn bare_hosts(doc: &Document<'_>, out: &mut Vec<Detection>) {
    if !doc.punctuation.has(b'.') {
        return;
    }
    let text = doc.text;
    let b = text.as_bytes();
    let mut next = 0;
    for dot in memchr_iter(b'.', b) {
        if dot < next || dot == 0 || !b[dot - 1].is_ascii_alphanumeric() {
            continue;
        }
        if !b.get(dot + 1).is_some_and(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        let mut start = dot;
        while start > 0 && is_host_byte(b[start - 1]) {
            start -= 1;
        }
        while start < dot && matches!(b[start], b'.' | b'-') {
            start += 1;
        }
        let stop = host_end(b, dot);
        next = stop;
        let before = start.checked_sub(1).map(|i| b[i]);
        // Inside an e-mail address, a scheme URL, or glued to other text.
        if matches!(before, Some(b'@' | b'/' | b':' | b'_' | b'\\'))
            || b.get(stop).is_some_and(|&c| c == b'@' || c == b'_')
        {
            continue;
        }
        let host = &text[start..stop];
        if !valid_host(host) {
            continue;
        }
        let tld = host.rsplit('.').next().unwrap_or("");
        let www = host.len() > 4 && host[..4].eq_ignore_ascii_case("www.");
        let end = url_tail_end(text, stop);
        let has_path = end > stop;
        if !www && !has_path && is_one_of(tld, FILE_EXTENSION_TLDS) {
            continue;
        }
        if !www && host.bytes().filter(|c| c.is_ascii_alphabetic()).count() < 4 {
            continue;
        }
        // `com.kestrel.sync.Uploader.run`: code, not a host (capitalised inner labels, or
        // a TLD nobody types in prose).
        let camel = host.split('.').skip(1).any(|l| l.starts_with(|c: char| c.is_ascii_uppercase()));
        if !www && (!prose_tld(tld) || camel) {
            continue;
        }
        let (score, pattern) = if www { (0.9, "www.host") } else { (0.7, "host.tld") };
        out.push(candidate(start, end, EntityType::Url, score, "url", pattern).validated("tld"));
    }
}

/// End of the port, path, query and fragment after a host, without trailing punctuation
/// and without a closing bracket that was not opened inside the URL.
fn url_tail_end(text: &str, host_end: usize) -> usize {
    let b = text.as_bytes();
    let mut end = host_end;
    if b.get(end) == Some(&b':') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end += 1;
        while end < b.len() && b[end].is_ascii_digit() {
            end += 1;
        }
    }
    if !matches!(b.get(end), Some(b'/' | b'?' | b'#')) {
        return end;
    }
    while end < b.len() && is_url_byte(b[end]) {
        end += 1;
    }
    while let Some(&last) = b.get(end - 1) {
        let unbalanced_close = |open: u8, close: u8| {
            last == close && {
                let s = &b[host_end..end];
                s.iter().filter(|&&c| c == close).count() > s.iter().filter(|&&c| c == open).count()
            }
        };
        if matches!(last, b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'"' | b'*')
            || unbalanced_close(b'(', b')')
            || unbalanced_close(b'[', b']')
        {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

fn is_url_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&c)
}

pub(crate) struct IpAddress;

impl Recognizer for IpAddress {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::IpAddress]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        let text = doc.text;
        let b = text.as_bytes();
        for c in doc.clusters {
            let toks = &doc.tokens[c.toks.clone()];
            if toks.len() < 4 {
                continue;
            }
            for w in 0..=toks.len() - 4 {
                let run = &toks[w..w + 4];
                if !run.windows(2).all(|p| &text[p[0].end..p[1].start] == ".") {
                    continue;
                }
                let (start, end) = (run[0].start, run[3].end);
                // Part of a longer dotted run (a version such as 1.2.3.4.5)?
                let dotted_before = start >= 2 && b[start - 1] == b'.' && b[start - 2].is_ascii_alphanumeric();
                let dotted_after = b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit);
                let glued_v = start > 0 && matches!(b[start - 1], b'v' | b'V');
                if dotted_before || dotted_after || glued_v {
                    continue;
                }
                if text[start..end].parse::<Ipv4Addr>().is_err() {
                    continue;
                }
                // `Hushdesk console 3.2.1.4`, `MIUI 14.0.6.0`: one-digit parts (the first may
                // have two) after a product's name.
                let tiny = run[0].len() <= 2 && run[1..].iter().all(|t| t.len() == 1);
                let before = c.toks.start + w;
                let after_name = doc.tokens[..before].last().is_some_and(|p| {
                    p.kind == TokenKind::Word
                        && (p.is_capitalised() || ["console", "agent", "client", "app"].contains(&p.text(text)))
                        && !doc.is(before - 1, IP_WORDS)
                });
                if tiny && after_name {
                    continue;
                }
                let mut det = candidate(start, end, EntityType::IpAddress, 0.95, "ip_address", "IPv4 dotted quad")
                    .validated("std::net::Ipv4Addr");
                // A version word lowers the score, unless the address's own label, nearer
                // than that word, says it is one (`"device_ip":"10.12.4.88","app_version"`).
                // (A version word after the address followed by its own dotted number, as in
                // `src 185.220.101.47 (tor exit), Chrome 122.0.6261.95`, names that number.)
                let own_number_after = |hit: &context::Hit| {
                    let after = &b[hit.end..(hit.end + 24).min(b.len())];
                    after.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit())
                };
                let version = context::find(doc, start, end, VERSION_WORDS, CONTEXT_BEFORE, CONTEXT_AFTER)
                    .filter(|hit| hit.start < start || !own_number_after(hit));
                let labelled_ip = context::find(doc, start, end, IP_WORDS, 2, 0)
                    .is_some_and(|ip| version.is_none_or(|v| v.start > end || v.end <= ip.start));
                if let Some(hit) = version.filter(|_| !labelled_ip) {
                    apply_hit(&mut det, hit, -0.7);
                }
                out.push(det);
            }
        }
        let ipv6 = if doc.punctuation.has(b':') { hex_colon_runs(b) } else { Vec::new() };
        for (start, end) in ipv6 {
            let s = &text[start..end];
            // (`Seller Hub :: KYC`: a bare `::` parses as the unspecified address, but in
            // text it is a separator; an address holds a hex digit.)
            let has_hex_digit = s.bytes().any(|c| c.is_ascii_hexdigit());
            if has_hex_digit
                && s.bytes().filter(|&c| c == b':').count() >= 2
                && !is_mac_shape(s)
                && s.parse::<Ipv6Addr>().is_ok()
            {
                out.push(
                    candidate(start, end, EntityType::IpAddress, 0.95, "ip_address", "IPv6")
                        .validated("std::net::Ipv6Addr"),
                );
            }
        }
    }
}

/// Runs of hex digits, colons and dots around each colon, bounded by non-word bytes.
fn hex_colon_runs(b: &[u8]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut next = 0;
    for colon in memchr_iter(b':', b) {
        if colon < next {
            continue;
        }
        let near_hex = |i: Option<usize>| i.and_then(|i| b.get(i)).is_some_and(|&c| c.is_ascii_hexdigit() || c == b':');
        if !near_hex(colon.checked_sub(1)) && !near_hex(Some(colon + 1)) {
            continue;
        }
        let mut start = colon;
        while start > 0 && (b[start - 1].is_ascii_hexdigit() || matches!(b[start - 1], b':' | b'.')) {
            start -= 1;
        }
        let mut end = colon;
        while end < b.len() && (b[end].is_ascii_hexdigit() || matches!(b[end], b':' | b'.')) {
            end += 1;
        }
        next = end;
        while end > start && matches!(b[end - 1], b'.') {
            end -= 1;
        }
        let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        if start > 0 && word(b[start - 1]) || b.get(end).is_some_and(|&c| word(c)) {
            continue;
        }
        runs.push((start, end));
    }
    runs
}

/// Six groups of two hex digits, all separated by the same `:` or `-`.
fn is_mac_shape(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 17 {
        return false;
    }
    let sep = b[2];
    (sep == b':' || sep == b'-')
        && b.chunks(3).all(|g| g[0].is_ascii_hexdigit() && g[1].is_ascii_hexdigit() && (g.len() == 2 || g[2] == sep))
}

/// Cisco's dotted form: three groups of four hex digits.
fn is_cisco_mac(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 14 && b[4] == b'.' && b[9] == b'.' && b.chunks(5).all(|g| g[..4].iter().all(u8::is_ascii_hexdigit))
}

pub(crate) struct MacAddress;

impl Recognizer for MacAddress {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::MacAddress]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        if !doc.punctuation.has_any(b":-.") {
            return;
        }
        let b = doc.text.as_bytes();
        // (`00-1B-44-11-3A-B7-00-01`: six groups inside a longer run of pairs, an EUI-64.)
        let pair_before = |s: usize| {
            s >= 3
                && matches!(b[s - 1], b':' | b'-')
                && b[s - 3..s - 1].iter().all(u8::is_ascii_hexdigit)
                && (s == 3 || !b[s - 4].is_ascii_alphanumeric())
        };
        let mut next = 0;
        for i in memchr::memchr3_iter(b':', b'-', b'.', b) {
            // A MAC's first separator sits two (or, dotted, four) hex digits in.
            if i < 2 || !(b[i - 1].is_ascii_hexdigit() && b[i - 2].is_ascii_hexdigit()) {
                continue;
            }
            let Some(start) = [2usize, 4].iter().find_map(|&n| {
                let s = i.checked_sub(n)?;
                (s >= next
                    && b[s..i].iter().all(u8::is_ascii_hexdigit)
                    && (s == 0 || !b[s - 1].is_ascii_alphanumeric())
                    && !pair_before(s))
                .then_some(s)
            }) else {
                continue;
            };
            let len = if i - start == 2 { 17 } else { 14 };
            let end = start + len;
            let Some(s) = doc.text.get(start..end) else {
                continue;
            };
            if b.get(end).is_some_and(|c| c.is_ascii_alphanumeric() || *c == b':' || *c == b'-') {
                continue;
            }
            // The broadcast and null addresses identify nobody.
            let broadcast = s.bytes().filter(u8::is_ascii_hexdigit).all(|c| c == b'f' || c == b'F')
                || s.bytes().filter(u8::is_ascii_hexdigit).all(|c| c == b'0');
            if (is_mac_shape(s) || is_cisco_mac(s)) && !broadcast {
                next = end;
                out.push(
                    candidate(start, end, EntityType::MacAddress, 0.9, "mac_address", "six hex pairs")
                        .validated("format"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::test_support::found;

    #[test]
    fn no_email_in_a_urls_user_information() {
        let login = "login at https://admin:Hunter2pass@portal.example.com/x or mail ops@example.com";
        assert_eq!(found(login, "EMAIL_ADDRESS"), vec!["ops@example.com"]);
        // The whole URL is reported, its password inside it.
        assert_eq!(found(login, "URL"), vec!["https://admin:Hunter2pass@portal.example.com/x"]);
        assert_eq!(found("ftp://bob@files.example.org/pub", "EMAIL_ADDRESS"), Vec::<&str>::new());
        // The host follows the last `@` of the user information, which ends at the query.
        let odd = "see https://u:p@ss@portal.example.com/x";
        assert_eq!(found(odd, "URL"), vec!["https://u:p@ss@portal.example.com/x"]);
        let query = "open https://shop.example.com?ref=ana@example.org now";
        assert_eq!(found(query, "EMAIL_ADDRESS"), vec!["ana@example.org"]);
    }

    #[test]
    fn emails() {
        assert_eq!(found("mail anna.becker+shop@gmx.de.", "EMAIL_ADDRESS"), vec!["anna.becker+shop@gmx.de"]);
        assert_eq!(found("me@host.notatld and x@y", "EMAIL_ADDRESS"), Vec::<&str>::new());
        assert_eq!(found("“o'neil@example.com”", "EMAIL_ADDRESS"), vec!["o'neil@example.com"]);
        assert_eq!(found("mail zoë@example.com or", "EMAIL_ADDRESS"), vec!["zoë@example.com"]);
        assert_eq!(found("écrivez à françois.müller@example.fr", "EMAIL_ADDRESS"), vec!["françois.müller@example.fr"]);
        // A message's id in a mail header names no mailbox.
        let headers =
            "From: Ana <ana@example.com>\nMessage-ID: <20240408.3F1A@mx.example.com>\nIn-Reply-To: <a1@x.example.com>";
        assert_eq!(found(headers, "EMAIL_ADDRESS"), vec!["ana@example.com"]);
    }

    #[test]
    fn emails_read_out() {
        let email = |text| found(text, "EMAIL_ADDRESS");
        assert_eq!(
            email("caller: priya dot nair eighty six at gmail dot com\nagent: got it"),
            ["priya dot nair eighty six at gmail dot com"]
        );
        assert_eq!(
            email("cliente: giovanna punto deluca chiocciola tiscali punto it"),
            ["giovanna punto deluca chiocciola tiscali punto it"]
        );
        assert_eq!(
            email("email the photos to claims at westside rentals dot com dot au with the form"),
            ["claims at westside rentals dot com dot au"]
        );
        assert_eq!(email("and is j hoffmann at posteo dot de still current"), ["j hoffmann at posteo dot de"]);
        // No top-level domain, no word for the dot, or no local part: no address.
        assert!(email("we met at the cafe dot by the station").is_empty());
        assert!(email("see you at gmail com").is_empty());
        assert!(email("it's at example dot notatld").is_empty());
        assert!(email("email: at gmail dot com").is_empty());
        assert!(email("claiming for physio at Kangaroo Point Physio (ABN 48 852 581 827)").is_empty());
    }

    #[test]
    fn urls() {
        assert_eq!(
            found("see https://shop.example.com/orders?id=5).", "URL"),
            vec!["https://shop.example.com/orders?id=5"]
        );
        assert_eq!(found("go to www.acme.co.uk now", "URL"), vec!["www.acme.co.uk"]);
        assert_eq!(found("visit acme-shop.com/returns, thanks", "URL"), vec!["acme-shop.com/returns"]);
        assert_eq!(found("run setup.py and read README.md", "URL"), Vec::<&str>::new());
        assert_eq!(found("Track him: kpro.link/t/9QX4M", "URL"), vec!["kpro.link/t/9QX4M"]);
        assert_eq!(found("write to anna@example.com", "URL"), Vec::<&str>::new());
        assert_eq!(found("broker_url: mqtts://iot.example.com:8883", "URL"), vec!["mqtts://iot.example.com:8883"]);
    }

    #[test]
    fn ips_not_versions() {
        assert_eq!(found("from 192.168.1.20 yesterday", "IP_ADDRESS"), vec!["192.168.1.20"]);
        assert_eq!(found("dns from 8.8.8.8 then", "IP_ADDRESS"), vec!["8.8.8.8"]);
        assert_eq!(found("Hushdesk Agent 3.2.1.4 crashed", "IP_ADDRESS"), Vec::<&str>::new());
        assert_eq!(found("version 10.0.19045.3803 and v1.2.3.4", "IP_ADDRESS"), Vec::<&str>::new());
        assert_eq!(found("updated to version 4.2.1.0", "IP_ADDRESS"), Vec::<&str>::new());
        // Its own label, nearer than the version word after it, says it is an address.
        assert_eq!(found(r#"{"device_ip":"10.12.4.88","app_version":"8.1.0"}"#, "IP_ADDRESS"), vec!["10.12.4.88"]);
        assert_eq!(found("server version 10.0.1.2", "IP_ADDRESS"), Vec::<&str>::new());
        assert!(found("on a Redmi Note 12 (MIUI 14.0.6.0) our QA", "IP_ADDRESS").is_empty());
        assert_eq!(found("ping from 10.0.6.1 failed", "IP_ADDRESS"), vec!["10.0.6.1"]);
        assert_eq!(found("New gateway LAN IP 10.0.0.1, doorbell", "IP_ADDRESS"), vec!["10.0.0.1"]);
        // A version word after it that has its own number.
        let log = "pwd reset, src 185.220.101.47 (tor exit), Chrome 122.0.6261.95 / Win11";
        assert_eq!(found(log, "IP_ADDRESS"), vec!["185.220.101.47"]);
        assert_eq!(found("host 2001:db8::8a2e:370:7334, at 14:05:22", "IP_ADDRESS"), vec!["2001:db8::8a2e:370:7334"]);
        assert_eq!(found("std::vector", "IP_ADDRESS"), Vec::<&str>::new());
        assert_eq!(found("Seller Hub :: KYC Submission", "IP_ADDRESS"), Vec::<&str>::new());
        assert_eq!(found("bound to ::1 port 8080", "IP_ADDRESS"), vec!["::1"]);
    }

    #[test]
    fn macs() {
        assert_eq!(
            found("mac 00:1A:2B:3C:4D:5E, and 00-1a-2b-3c-4d-5f", "MAC_ADDRESS"),
            vec!["00:1A:2B:3C:4D:5E", "00-1a-2b-3c-4d-5f"]
        );
        assert_eq!(found("cisco 001a.2b3c.4d5e", "MAC_ADDRESS"), vec!["001a.2b3c.4d5e"]);
        assert_eq!(found("guid 123e4567-e89b-12d3-a456-426614174000", "MAC_ADDRESS"), Vec::<&str>::new());
        // An EUI-64 holds six pairs but is no MAC; a `MAC:` label is no pair before one.
        assert_eq!(found("comms hub ID 00-1B-44-11-3A-B7-00-01 ok", "MAC_ADDRESS"), Vec::<&str>::new());
        assert_eq!(found("IHD MAC:0C:D8:2E:69:DA:74", "MAC_ADDRESS"), vec!["0C:D8:2E:69:DA:74"]);
    }
}
