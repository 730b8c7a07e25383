//! How far a name goes: from a word that may start one, the words that belong to it
//! (surnames, initials, particles, a nickname in quotes), and the shapes written in
//! another order (`SURNAME, Given`, `Mr. de la Cruz`).

use super::*;

/// Could the lower-case word `i` be a name at all? Most words of a text are lower-case
/// and most follow a word and precede one on the same line; this is one test of the bytes
/// and cue bits around the word that is true wherever [`strong_cue_before`],
/// [`here_after_line_start`], [`lower_speaker`] or [`thanked_at_turn_end`] can be, and
/// where a reply starts its line or a label's value (see [`answers_question`]).
pub(super) fn lower_word_may_be_name(doc: &Document<'_>, i: usize) -> bool {
    const CUES_BEFORE: u128 = CONTACT_VERBS.bit()
        | GREETINGS.bit()
        | STRONG_INTRODUCTIONS.bit()
        | NAME_LABELS.bit()
        | RELATIONS.bit()
        | TITLES.bit();
    let toks = doc.tokens;
    let bytes = doc.text.as_bytes();
    let Some(p) = i.checked_sub(1) else { return true };
    if i + 1 == toks.len() || doc.may_end_cue(p, CUES_BEFORE) || p > 0 && doc.may_end_cue(p - 1, CONTACT_VERBS.bit()) {
        return true;
    }
    // (A word between single spaces, as most are: no line break, colon or label around it.)
    let speaking_next = || toks[i + 1].len() == 8 && bytes[toks[i + 1].start..].starts_with(b"speaking");
    if toks[i].flags & AFTER_SPACE != 0 && toks[i + 1].flags & AFTER_SPACE != 0 {
        return speaking_next()
            || toks[i].len() >= 3 && toks[i + 1].kind == TokenKind::Alnum
            || crate::recognizers::bare_speaker(doc, p);
    }
    // A word at its line's start or after a label's colon (a reply: `Klant: noor el
    // amrani`), before a colon, or (three letters at least) with no letter or digit after
    // it on its line: a token of underscores alone is the only token that has neither.
    let after = &bytes[toks[i].end..toks[i + 1].start];
    let before = &bytes[toks[p].end..toks[i].start];
    // (A length test first: [`speaking_after`] takes only `speaking`.)
    speaking_next()
        || doc.starts_line(i)
        || before.ends_with(b": ")
        // A chat export's sender after the bracketed time (`[21:13] jan novotný: …`).
        || before.ends_with(b"] ")
        || after.first() == Some(&b':')
        || toks[i].len() >= 3 && (doc.starts_line(i + 1) || toks[i + 1].kind == TokenKind::Alnum)
        // The second value of a reply, after a code (`Visitor: 8HQW3C, alex petrov`).
        || before == b", " && crate::recognizers::starts_answer(doc, i)
}

/// Does an establishment's word come right before token `i`, capitalised, alone or with a
/// Romance `of` (`Hotel Santa Croce`, `Hospital de Santa Maria`), so that the words from
/// `i` on name it, not a person?
pub(super) fn after_establishment(doc: &Document<'_>, i: usize) -> bool {
    let Some(mut k) = i.checked_sub(1) else { return false };
    if !doc.may_end_cue(k, ESTABLISHMENTS.bit() | PARTICLES.bit()) {
        return false;
    }
    if k > 0 && doc.is(k, PARTICLES) && gap(doc, k - 1, k) == " " {
        k -= 1;
    }
    gap(doc, k, k + 1) == " " && doc.tokens[k].is_capitalised() && doc.is(k, ESTABLISHMENTS)
}

/// Does a pet word come right before token `i` (`my cat Oliver`)? Pets are no persons.
pub(super) fn after_pet_word(doc: &Document<'_>, i: usize) -> bool {
    i > 0 && gap(doc, i - 1, i) == " " && doc.is(i - 1, PETS)
}

/// `HALL/JAMES MR`, `OKAFOR/CHIOMA ADA MRS`: a name as an airline's booking writes it,
/// surname and given names in capitals parted by a slash, then the title (left out of the
/// name). The last token of the name, when token `i` starts one.
pub(super) fn booking_name(doc: &Document<'_>, i: usize) -> Option<usize> {
    const TITLES: &[&str] = &["MR", "MRS", "MS", "MISS", "MSTR", "DR", "MX", "PROF"];
    let toks = doc.tokens;
    let upper_word =
        |k: usize| toks.get(k).is_some_and(|t| t.kind == TokenKind::Word && t.is_all_upper() && t.len() >= 2);
    let title_after = |k: usize| upper_word(k + 1) && doc.gap(k, k + 1) == " " && is_one_of(doc.word(k + 1), TITLES);
    if !(upper_word(i) && upper_word(i + 1) && doc.gap(i, i + 1) == "/") {
        return None;
    }
    (i + 1..=i + 2)
        .find(|&last| title_after(last) && (last == i + 1 || upper_word(last) && doc.gap(i + 1, last) == " "))
}

/// `KOWALSKI, Adam`, `PRZYBYLSKI, Thomas J`: a listed surname in capitals, a comma, and a
/// given name (with a middle initial): a name as forms and rosters write it. The last
/// token, when token `i` starts one. (`PARIS, France`: not a city before a country.)
pub(super) fn surname_first(doc: &Document<'_>, i: usize) -> Option<usize> {
    let toks = doc.tokens;
    let t = toks[i];
    // `McALLISTER`: a surname in capitals after its prefix.
    let upper = t.is_all_upper()
        || t.len() >= 5 && {
            let w = doc.word(i);
            w.starts_with("Mc") && w[2..].bytes().all(|c| c.is_ascii_uppercase())
        };
    // `Guest Name: NAIR, ANIL KUMAR`: after a name's label the given names may be in
    // capitals too; `From: Alvarez, Renata`, `member: Nguyen, Thanh Hoa`: and the surname
    // may be written as usual.
    let labelled = || i > 0 && doc.gap(i - 1, i).ends_with(": ") && doc.is(i - 1, NAME_LABELS);
    // (The flag and the comma first: most capitalised words are no surname before one.)
    if !(doc.has(i, LAST)
        && t.len() >= 2
        && toks.get(i + 1).is_some_and(|n| n.is_capitalised())
        && doc.gap(i, i + 1) == ", "
        && (upper || t.is_capitalised() && labelled()))
    {
        return None;
    }
    let labelled = labelled();
    if toks[i + 1].is_all_upper() && !labelled {
        return None;
    }
    let is_given = match classify(doc, i + 1) {
        NameClass::Given(_) => true,
        NameClass::Ambiguous { given } => given && !(doc.has(i + 1, COUNTRY | REGION) && doc.has(i, CITY)),
        _ => false,
    };
    if !is_given {
        return None;
    }
    let initial = toks.get(i + 2).is_some_and(|m| {
        m.len() == 1 && m.kind == TokenKind::Word && m.is_capitalised() && doc.gap(i + 1, i + 2) == " "
    }) && !doc.text[toks[i + 2].end..].starts_with(|c: char| c.is_alphanumeric() || c == '\'');
    if initial {
        return Some(i + 2);
    }
    // More given names written as the first (`ANIL KUMAR`, `Thanh Hoa`).
    let mut last = i + 1;
    let same_case = |n: &Token| if upper { n.is_all_upper() } else { !n.is_all_upper() };
    while labelled
        && last < i + 3
        && toks
            .get(last + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && n.is_capitalised() && same_case(n) && n.len() >= 2)
        && doc.gap(last, last + 1) == " "
        && doc.any(last + 1, FIRST | LAST)
    {
        last += 1;
    }
    Some(last)
}

/// Is the name `seq`, with up to two words before it or one after, a brand written as a
/// person's name (`Tommy Hilfiger`, `Earl Grey`, `Ben & Jerry's`, `Dr Pepper`)?
pub(super) fn names_brand(doc: &Document<'_>, seq: &Sequence) -> bool {
    let toks = doc.tokens;
    (seq.first.saturating_sub(2)..=seq.first).any(|k| {
        toks[k].is_capitalised()
            && doc.gaz.starts_brand(doc.word(k))
            && (seq.last.max(k + 1)..(seq.last + 2).min(toks.len()))
                .any(|m| doc.gaz.is_brand(without_possessive(&doc.text[toks[k].start..toks[m].end])))
    })
}

/// The whole name around a quoted nickname: `Robert "Bobby" Smith` from `Robert` (or from
/// `Bobby`, when the given name alone was not taken for one). Returns its first and last
/// tokens.
pub(super) fn with_nickname(doc: &Document<'_>, first: usize, last: usize) -> Option<(usize, usize)> {
    let toks = doc.tokens;
    let opens = |g: &str| matches!(g, " \"" | " “" | " '" | " ‘");
    let closes = |g: &str| matches!(g, "\" " | "” " | "' " | "’ ");
    let capitalised_word = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised());
    // `Robert` found: `"Bobby" Smith` follows.
    if capitalised_word(last + 1)
        && opens(doc.gap(last, last + 1))
        && capitalised_word(last + 2)
        && closes(doc.gap(last + 1, last + 2))
    {
        return Some((first, last + 2));
    }
    // `Bobby` found: `Robert "` before it and `" Smith` after it.
    (first == last
        && first > 0
        && capitalised_word(first - 1)
        && opens(doc.gap(first - 1, first))
        && capitalised_word(last + 1)
        && closes(doc.gap(last, last + 1)))
    .then(|| (first - 1, last + 1))
}

/// `[12/03/2024, 09:14] Aiman (Rider BZX): …`, `19/03/24 10.17 - Dewi CS Bazaro: …`,
/// `[21/3/24, 7:04:02 AM] Ravi Ops BZX: …`: in a messenger's export, a sender's name followed
/// by their team's tag (an abbreviation in capitals, with team words or not, or a role in
/// brackets) before the colon. The name's last token.
pub(super) fn tagged_sender(doc: &Document<'_>, i: usize) -> Option<usize> {
    const TEAM_WORDS: &[&str] = &[
        "ops",
        "hub",
        "team",
        "support",
        "admin",
        "dispatch",
        "rider",
        "driver",
        "courier",
        "warehouse",
        "sales",
        "hq",
        // Support desks in other languages, and a CRM's activity (`Soporte (Andrea):`, `Ege
        // GSM Servis:`, `Note (Daniel Sørensen):`).
        "service",
        "servis",
        "servicio",
        "serviço",
        "soporte",
        "suporte",
        "supporto",
        "kundservice",
        "kundtjänst",
        "note",
    ];
    let toks = doc.tokens;
    let p = i.checked_sub(1)?;
    if !matches!(doc.gap(p, i), "] " | " - ") {
        return None;
    }
    let name_word = |k: usize| {
        let t = toks[k];
        t.kind == TokenKind::Word
            && t.is_capitalised()
            && !t.is_all_upper()
            && !is_one_of(doc.word(k), TEAM_WORDS)
            && !doc.is(k, NOT_NAME)
            && !doc.is(k, SPEAKER_ROLES)
            && !doc.is(k, LABELS)
            && !is_org_word(doc, k)
    };
    let mut last = i;
    while last + 1 < toks.len() && last < i + 2 && doc.gap(last, last + 1) == " " && name_word(last + 1) {
        last += 1;
    }
    if !(i..=last).all(name_word) {
        return None;
    }
    // The tag: a bracket, or up to three capitalised or team words with an abbreviation in
    // capitals among them; then the colon.
    // (The line's head only: the message after the colon may be long.)
    let rest = line_head(doc.text, toks[last].end, 40);
    let colon = rest.find(':')?;
    let tag = rest[..colon].trim();
    let abbreviation = |w: &str| w.len() >= 2 && w.bytes().all(|c| c.is_ascii_uppercase());
    let words_tag = tag.split(' ').count() <= 3
        && tag.split(' ').all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) || is_one_of(w, TEAM_WORDS))
        // (`Kestrel Support:` is a business: a team's word alone does not tag a person.)
        && tag.split(' ').any(abbreviation);
    let bracketed = tag.starts_with('(') && tag.ends_with(')');
    // (`Brightcart UK:` is a business: a country or region tags it.)
    let colon = toks[last].end + colon;
    let place_tag =
        (last + 1..toks.len()).take_while(|&k| toks[k].end <= colon).any(|k| doc.lookup(k).any(COUNTRY | REGION));
    if !(bracketed || words_tag) || place_tag {
        return None;
    }
    // The line's head: a bracketed date and time, or a date and time before a dash.
    let head = line_before(doc.text, toks[i].start, 40)?;
    let dated = if let Some(inner) = head.strip_suffix("] ").and_then(|h| h.strip_prefix('[')) {
        inner.contains(':') && inner.bytes().any(|c| c.is_ascii_digit())
    } else {
        head.strip_suffix(" - ").is_some_and(|h| {
            h.bytes().any(|c| c.is_ascii_digit())
                && h.bytes().all(|c| c.is_ascii_digit() || b"/.:, APMapm".contains(&c))
        })
    };
    dated.then_some(last)
}

/// `09:14 jordan: …` … `09:16 jordan: no!`, `[19:44] emily h: hi!`, `11:03 agent brooke: …`: a
/// lower-case label of one to three words after a chat line's time, repeated on two lines at
/// least, names a speaker; a person when its words are names or short words no list knows, not
/// roles or labels (`customer:`, `system:`) nor ordinary words (`note:`). A role before the name is
/// left out (`agent brooke` → `brooke`).
pub(super) fn lower_senders(doc: &Document<'_>, out: &mut Vec<Detection>) {
    let text = doc.text;
    if !doc.punctuation.has(b':') || !doc.punctuation.has(b'\n') {
        return;
    }
    // Every timed line's label: (its start, its text).
    let mut labels: SmallVec<[(usize, &str); 16]> = SmallVec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        if let Some((at, label)) = timed_label(line) {
            labels.push((line_start + at, label));
        }
        line_start += line.len() + 1;
    }
    if labels.len() < 2 {
        return;
    }
    // (Sorted, so that a text of many thousand lines stays O(n log n).)
    labels.sort_unstable_by_key(|&(_, label)| label);
    for &(at, label) in labels.chunk_by(|a, b| a.1 == b.1).filter(|same| same.len() >= 2).flatten() {
        let first = doc.tokens.partition_point(|t| t.start < at);
        let last = doc.tokens.partition_point(|t| t.end <= at + label.len()).saturating_sub(1);
        if first > last || doc.tokens[first].start != at {
            continue;
        }
        // A role first (`agent brooke`, `coach steph`): the name is the rest.
        let role = |j: usize| doc.is(j, SPEAKER_ROLES) || doc.is(j, RELATIONS) || doc.is(j, LABELS);
        let first = if last > first && role(first) { first + 1 } else { first };
        let name_word = |j: usize| {
            let t = doc.tokens[j];
            if t.kind != TokenKind::Word || doc.is(j, NOT_NAME) || role(j) || doc.is(j, GREETINGS) {
                return false;
            }
            // (`emily h`: an initial after a name.)
            if t.len() == 1 {
                return j > first;
            }
            // A surname may come first in a name of several words (`tan wei ming`); a word
            // no list knows, alone, only if short as nicknames are (`kez`, `reto`: a role in
            // another language is longer, `passageira`, `użytkownik`).
            let info = doc.lookup(j);
            info.has(FIRST) || last > first && (info.flags == 0 || info.has(LAST)) || info.flags == 0 && t.len() <= 6
        };
        // (`01/09/2024 10:14 AM kp: …`: an agent's initials alone are no name.)
        let initials = first == last && doc.tokens[first].len() <= 2;
        if !initials && (first..=last).all(name_word) {
            let det = candidate(
                doc.tokens[first].start,
                doc.tokens[last].end,
                EntityType::Person,
                0.7,
                "person",
                "repeated chat sender",
            );
            out.push(det);
        }
    }
}

/// `Agent (tyler): …`, `OPERATORE (Ciro): …`, `Agente (Chloé) : …`, `[Agent: Keoni] …`:
/// at a line's start (after at most its time), a role and the speaker's name in brackets
/// before the colon, or role and name together in square brackets. The role says a person
/// speaks, so the name needs no list and no capital; a word in capitals is a team's or a
/// bank's (`Inês (BPI Net):` is the other way round).
pub(super) fn bracketed_speakers(doc: &Document<'_>, out: &mut Vec<Detection>) {
    let text = doc.text;
    let b = text.as_bytes();
    if !doc.punctuation.has(b':') {
        return;
    }
    let toks = doc.tokens;
    let token_at = |offset: usize| toks.partition_point(|t| t.end <= offset);
    if doc.punctuation.has(b'(') {
        for open in memchr::memchr_iter(b'(', b) {
            let Some(close) = memchr::memchr(b')', &b[open..b.len().min(open + 32)]).map(|c| open + c) else {
                continue;
            };
            let after = &b[close + 1..];
            if !(after.starts_with(b":") || after.starts_with(b" :")) || open == 0 || b[open - 1] != b' ' {
                continue;
            }
            // The role: the one word between the line's start (or its time) and the bracket.
            let Some(role) = token_at(open).checked_sub(1) else { continue };
            let Some(head) = line_before(text, toks[role].start, 24) else { continue };
            let timed = head.bytes().all(|c| c.is_ascii_digit() || b" :/.-[]APMapm".contains(&c));
            if timed && toks[role].end + 1 == open && is_role(doc, role) {
                push_speaker(doc, role + 1, token_at(close).saturating_sub(1), out);
            }
        }
    }
    if doc.punctuation.has(b'[') {
        for open in memchr::memchr_iter(b'[', b).filter(|&o| o == 0 || b[o - 1] == b'\n') {
            let Some(close) = memchr::memchr(b']', &b[open..b.len().min(open + 32)]).map(|c| open + c) else {
                continue;
            };
            let role = token_at(open);
            if b.get(close + 1) == Some(&b' ')
                && role + 1 < toks.len()
                && toks[role].start == open + 1
                && doc.gap(role, role + 1) == ": "
                && is_role(doc, role)
            {
                push_speaker(doc, role + 1, token_at(close).saturating_sub(1), out);
            }
        }
    }
}

fn is_role(doc: &Document<'_>, k: usize) -> bool {
    doc.is(k, SPEAKER_ROLES) || doc.is(k, LABELS)
}

/// The speaker's name at tokens `first..=last` (inside a speaker's brackets): one or two
/// words, no role, label, organisation or ordinary English word (`Agent (Claims):` names a
/// team).
fn push_speaker(doc: &Document<'_>, first: usize, last: usize, out: &mut Vec<Detection>) {
    let toks = doc.tokens;
    let name_word = |k: usize| {
        let t = toks[k];
        t.kind == TokenKind::Word
            && t.len() > 1
            && !t.is_all_upper()
            && !doc.is(k, NOT_NAME)
            && !is_role(doc, k)
            && !is_org_word(doc, k)
            && !(doc.lookup(k).has(ENGLISH) && !doc.lookup(k).has(FIRST))
    };
    let spaced = (first..last).all(|k| doc.gap(k, k + 1) == " ");
    if first <= last && last <= first + 1 && spaced && (first..=last).all(name_word) {
        let det = candidate(
            toks[first].start,
            toks[last].end,
            EntityType::Person,
            0.8,
            "person",
            "speaker named in brackets after a role",
        );
        out.push(det);
    }
}

/// A chat line's label after its time (`09:14 jordan: `, `[19:44] emily h: `, `03/10/2024,
/// 21:17 - rosie h: `): its offset in the line and its text, one to three lower-case words.
fn timed_label(line: &str) -> Option<(usize, &str)> {
    // (Called for every line of every text: byte tests on the first 32 bytes only.)
    let b = line.as_bytes();
    let head = &b[..b.len().min(32)];
    let prefix = match b.first()? {
        b'[' => {
            let close = memchr::memchr(b']', head)?;
            if b.get(close + 1) != Some(&b' ') || memchr::memchr(b':', &head[..close]).is_none() {
                return None;
            }
            close + 2
        }
        c if c.is_ascii_digit() => {
            let time = head
                .iter()
                .take_while(|c| c.is_ascii_digit() || matches!(c, b'/' | b'.' | b':' | b',' | b' ' | b'-'))
                .count();
            if b.get(time.checked_sub(1)?) != Some(&b' ') || memchr::memchr(b':', &head[..time]).is_none() {
                return None;
            }
            // (`10:03 AM | sam k: …`: the half of the day, and a bar before the sender.)
            let half_day = usize::from(matches!(b.get(time..time + 3), Some(b"AM " | b"PM " | b"am " | b"pm "))) * 3;
            let bar = usize::from(b.get(time + half_day..time + half_day + 2) == Some(b"| ")) * 2;
            time + half_day + bar
        }
        _ => return None,
    };
    let rest = &b[prefix..];
    let end = memchr::memchr(b':', &rest[..rest.len().min(31)]).filter(|&e| e > 0)?;
    if !matches!(rest.get(end + 1), None | Some(b' ')) {
        return None;
    }
    let label = &rest[..end];
    let shaped = label.iter().filter(|&&c| c == b' ').count() <= 2
        && label.iter().all(|&c| c.is_ascii_lowercase() || matches!(c, b' ' | b'\'' | b'-') || c >= 0x80)
        && label.iter().any(u8::is_ascii_lowercase);
    // (A slice of `line` between ASCII bytes: still UTF-8.)
    shaped.then(|| (prefix, std::str::from_utf8(label).unwrap_or_default()))
}

/// The name's generational suffix after its last token, `Jr.`, `Sr.`, `II`…`IV` (`Mark
/// Anthony C. Reyes Jr.`): its end byte. Part of the name, as the person writes it.
pub(super) fn generational_suffix(doc: &Document<'_>, last: usize) -> Option<usize> {
    let k = last + 1;
    let t = doc.tokens.get(k)?;
    if !matches!(doc.gap(last, k), " " | ", ") {
        return None;
    }
    let after = &doc.text[t.end..];
    match doc.word(k) {
        "Jr" | "Sr" if after.starts_with('.') => Some(t.end + 1),
        // (Not glued to more: `II-b`, `IV.2`; a sentence's stop may follow.)
        "Jr" | "II" | "III" | "IV" if !after.starts_with(['.', '-', '\'']) || after.starts_with(". ") => Some(t.end),
        _ => None,
    }
}

/// `Ma. Teresa L. Santos`: the Filipino abbreviation of Maria before a given name; the
/// token it starts at.
pub(super) fn maria_abbreviated(doc: &Document<'_>, first: usize) -> Option<usize> {
    let p = first.checked_sub(1)?;
    (doc.word(p) == "Ma" && doc.gap(p, first) == ". " && doc.tokens[first].is_capitalised()).then_some(p)
}

/// Is token `i` the French title `M.` (monsieur), not an initial: after a French word of
/// politeness (`Merci M. Garnier`, `Bonne journée M. Garnier`), or in brackets before a
/// surname in capitals (`(M. LEBRUN Gaël)`)?
pub(super) fn monsieur(doc: &Document<'_>, i: usize) -> bool {
    const POLITE: &[&str] = &["merci", "bonjour", "bonsoir", "journée", "soirée", "cher", "revoir", "madame", "et"];
    doc.word(i) == "M"
        && doc.text[doc.tokens[i].end..].starts_with(". ")
        && i > 0
        && (is_one_of(doc.word(i - 1), POLITE) && gap(doc, i - 1, i) == " "
            || gap(doc, i - 1, i).ends_with('(')
                && doc.tokens.get(i + 1).is_some_and(|n| n.is_all_upper() && n.len() > 1))
}

/// A single upper-case letter used as an initial (`J.` or `J` inside a name).
pub(super) fn is_initial(doc: &Document<'_>, i: usize) -> bool {
    let t = doc.tokens[i];
    // (`curl -X POST`: a command's option.)
    let option = || doc.text[..t.start].ends_with(" -");
    t.len() == 1 && t.is_capitalised() && t.kind == TokenKind::Word && !option() && {
        let after = &doc.text[t.end..];
        // (`(Dmitri K.):` closes a bracket after the initial.)
        // (`Marisol R.: Hi`, a chat's speaker; `Marcus T., Trust & Safety`, a signature.)
        after.starts_with(". ")
            || after.starts_with(".)")
            || after.starts_with(".:")
            || after.starts_with(".,") && i > 0 && doc.gap(i - 1, i) == " "
            || (after == "." || after.starts_with(".\n") || after.starts_with(".\r"))
                && i > 0
                && doc.gap(i - 1, i) == " "
            || after.starts_with(' ') && doc.tokens.get(i + 1).is_some_and(|n| n.is_capitalised())
            || glued_to_surname(doc, i)
    }
}

/// `tech=K.Mensah`, `owner: J.Smith`: an initial written without a space before a
/// capitalised surname the lists know (`U.S`, `A.B` are no such pair).
pub(super) fn glued_to_surname(doc: &Document<'_>, i: usize) -> bool {
    let n = i + 1;
    doc.text[doc.tokens[i].end..].starts_with('.')
        && doc.tokens.get(n).is_some_and(|t| {
            t.start == doc.tokens[i].end + 1
                && t.kind == TokenKind::Word
                && t.is_capitalised()
                && !t.is_all_upper()
                && !doc.text[t.end..].starts_with('.')
                && doc.has(n, LAST)
        })
}

/// Family particles that Italian, Portuguese, Spanish, French and Dutch surnames start with,
/// written capitalised as often as not.
const CAPITALISED_FAMILY_PARTICLES: &[&str] = &[
    "de", "di", "da", "del", "della", "dal", "dalla", "dos", "das", "do", "du", "des", "lo", "la", "le", "van", "von",
];

/// Does the clause end after token `k` (the text's end, or a comma, full stop, line
/// break, `!` or `?` right after it)?
pub(super) fn clause_ends_after(doc: &Document<'_>, k: usize) -> bool {
    doc.tokens.get(k + 1).is_none_or(|_| gap(doc, k, k + 1).starts_with([',', '.', '\n', '!', '?']))
}

/// Grows a name sequence from token `i`: capitalised name-like words (or, in lower-case
/// mode, gazetteer names), initials and particles, joined by single spaces. `class` is
/// token `i`'s [`classify`] (the caller has it already).
pub(super) fn extend(doc: &Document<'_>, i: usize, class: NameClass, lower_mode: bool) -> Sequence {
    let toks = doc.tokens;
    if !lower_mode && let Some(last) = labelled_line_value(doc, i, class) {
        let classes = std::iter::once(class).chain((i + 1..=last).map(|k| classify(doc, k))).collect();
        return Sequence { first: i, last, classes };
    }
    let mut classes: SmallVec<[NameClass; 8]> = smallvec![class];
    let mut last = i;
    let mut j = i + 1;
    while j < toks.len() && classes.len() < 5 {
        let g = gap(doc, j - 1, j);
        let joined = g == " " || (g == ". " && toks[j - 1].len() == 1) || g == "." && glued_to_surname(doc, j - 1);
        if !joined || without_possessive(toks[j - 1].text(doc.text)).len() != toks[j - 1].len() {
            break;
        }
        let t = toks[j];
        // Particles only inside a name: `María de la Cruz`, `Vincent van Gogh`.
        // (Irish and Vietnamese particles are written capitalised: `Siobhán Ní Bhriain`,
        // `Nguyễn Thị Mai`.)
        // (Romance and Dutch ones too, capitalised after a given name: `Alessandro De Luca`,
        // `Marta Lo Bue`, `João Dos Santos`.)
        let family_after_given = || {
            t.len() <= 5
                && t.is_capitalised()
                && !t.is_all_upper()
                && matches!(classes.last(), Some(NameClass::Given(_)))
                && is_one_of(doc.word(j), CAPITALISED_FAMILY_PARTICLES)
                // (Else a surname of its own: `Deepak Das`.)
                && toks.get(j + 1).is_some_and(|n| n.is_capitalised() && gap(doc, j, j + 1) == " ")
        };
        let particle = || {
            doc.is(j, PARTICLES) && (!t.is_capitalised() || capitalised_particle(doc.word(j))) || family_after_given()
        };
        if !lower_mode && particle() {
            let mut k = j;
            while k < toks.len() && (k == j || doc.is(k, PARTICLES) && gap(doc, k - 1, k) == " ") {
                k += 1;
            }
            if k < toks.len() && gap(doc, k - 1, k) == " " && toks[k].is_capitalised() {
                let c = classify(doc, k);
                // `von Hohenberg`, `van der Berg`: after a Germanic family particle a
                // capitalised word is the family name, though it is a town or a street type.
                // So is it after an initial: `P. de Vries`, `M. van den Berg`.
                let family = (is_one_of(doc.word(j), &["von", "van", "zu", "vom", "ter", "ten"])
                    || is_one_of(doc.word(j), ARABIC_FAMILY_PARTICLES)
                    || j == i + 1 && is_initial(doc, i))
                    && !doc.is(k, NOT_NAME)
                    && toks[k].kind == TokenKind::Word;
                if family {
                    classes.extend(std::iter::repeat_n(NameClass::NotName, k - j));
                    classes.push(if c.is_name() { c } else { NameClass::Ambiguous { given: false } });
                    last = k;
                    j = k + 1;
                    continue;
                }
                if c.is_name() {
                    classes.extend(std::iter::repeat_n(NameClass::NotName, k - j));
                    j = k;
                    continue;
                }
            }
            break;
        }
        let mut c = classify(doc, j);
        // `Deepak Das`, `R. Das`, `Kim Le`: after a given name or an initial, a capitalised
        // particle that the surname lists know is the surname.
        if c == NameClass::NotName
            && !lower_mode
            && (classes[0].can_start() || is_initial(doc, i))
            && t.is_capitalised()
            && !t.is_all_upper()
            && doc.is(j, PARTICLES)
            && doc.lookup(j).has(LAST)
        {
            c = NameClass::Ambiguous { given: false };
        }
        // `it's evelyn brooks`, `yeah it's darren fletcher, fletcher like…`: after a given
        // name, a surname that is also a word ends the reply or the clause.
        let surname_at_clause_end = || {
            matches!(c, NameClass::Ambiguous { .. })
                && matches!(classes.last(), Some(NameClass::Given(_)))
                && (clause_ends_after(doc, j)
                    || toks.get(j + 1).is_some() && gap(doc, j, j + 1).starts_with(" calling"))
        };
        let capital_ok = if lower_mode {
            !t.is_capitalised() && (matches!(c, NameClass::Given(_) | NameClass::Surname(_)) || surname_at_clause_end())
        } else {
            // `Adam Park` is a street after a number and a person before a colon or alone
            // under a sign-off: a street type that is also a surname ends a name only where
            // the line says who speaks or signs.
            t.is_capitalised()
                && (!doc.has(j, STREET_AFTER)
                    || doc.has(j, LAST)
                        && (ends_speaker(doc, j)
                            || sign_off_line(doc, i, j)
                            || j == i + 1
                                && matches!(classes[0], NameClass::Given(_))
                                && !street_cue_before(doc, i)
                                && doc.phrase_at(i, CITY).is_none_or(|(end, _)| end != j)))
        };
        // `João Pedro Albuquerque <jp.albuquerque@…>`: a surname or a place in the
        // address's local part is the sender's name, though it is a city.
        if !lower_mode
            && t.is_capitalised()
            && !c.is_name()
            && in_own_address(doc, j)
            && doc.lookup(j).any(LAST | CITY | REGION | COUNTRY)
        {
            c = NameClass::Ambiguous { given: false };
        }
        // `jason t whitfield`: a middle initial in lower case, between a given name and a
        // name the lists know.
        let lower_initial = || {
            lower_mode
                && t.len() == 1
                && t.is_lower_ascii()
                && t.kind == TokenKind::Word
                && matches!(classes.last(), Some(NameClass::Given(_)))
                && toks.get(j + 1).is_some_and(|n| !n.is_capitalised() && n.kind == TokenKind::Word)
                && gap(doc, j, j + 1) == " "
                && matches!(classify(doc, j + 1), NameClass::Given(_) | NameClass::Surname(_))
        };
        if !(capital_ok && (c.is_name() || is_initial(doc, j)) || lower_initial()) {
            break;
        }
        classes.push(c);
        last = j;
        j += 1;
    }
    if lower_mode && classes[0].can_start() {
        last = lower_surname_tail(doc, last, &mut classes);
    }
    // Trailing particles are not part of the name.
    while last > i && classes[last - i] == NameClass::NotName && !is_initial(doc, last) {
        last -= 1;
        classes.pop();
    }
    Sequence { first: i, last, classes }
}

/// `sono francesca colombo mi è arrivata…`, `met jan-willem de groot`, `main sunita
/// deshpande bol rahi hoon`: after an introduction, the surname of a lower-case given name
/// is often a word no name list knows, or a place too. The name's last token, going on
/// from `last` over such words ([`lower_surname`]) and a particle before one (`de groot`,
/// `binti ahmad`), to four words in all; `classes` grows with them.
pub(super) fn lower_surname_tail(doc: &Document<'_>, mut last: usize, classes: &mut SmallVec<[NameClass; 8]>) -> usize {
    let toks = doc.tokens;
    let lower_after = |a: usize| {
        let b = a + 1;
        b < toks.len() && gap(doc, a, b) == " " && toks[b].kind == TokenKind::Word && !toks[b].is_capitalised()
    };
    while classes.len() < 4 && lower_after(last) {
        let mut k = last + 1;
        // At most two particles (`van der`), then the surname.
        while k - last <= 2 && doc.is(k, PARTICLES) && lower_after(k) {
            k += 1;
        }
        // (After `van der`, `van den` or `von der` only a surname follows, known or not:
        // `ilse van der meulen`; a lone `van` is Dutch `from` as often: `sanne van glasnet`,
        // and German `von den` is `from the`: `markus von den stadtwerken`.)
        let after_particle = k == last + 3
            && matches!((doc.word(last + 1), doc.word(last + 2)), ("van", "der" | "den") | ("von", "der"));
        if classes.len() + (k - last) > 4 || !lower_surname(doc, k, after_particle) {
            break;
        }
        classes.extend(std::iter::repeat_n(NameClass::NotName, k - last - 1));
        classes.push(NameClass::Ambiguous { given: false });
        last = k;
    }
    last
}

/// Is token `s` (a relation or role) owned (`my wife`, `your plumber`, `our nearest tech`)?
pub(super) fn possessed(doc: &Document<'_>, s: usize) -> bool {
    let owner_at = |k: usize| gap(doc, k, k + 1) == " " && is_one_of(doc.word(k), POSSESSIVES);
    s > 0 && owner_at(s - 1)
        || s > 1 && gap(doc, s - 1, s) == " " && doc.tokens[s - 1].is_lower_ascii() && owner_at(s - 2)
}

/// The possessed relation or role before `is` or `will be` ending at token `p`
/// (`your tech is`, `our nearest tech will be`).
pub(super) fn role_before_is(doc: &Document<'_>, p: usize) -> Option<usize> {
    let r = match doc.word(p) {
        "is" => p.checked_sub(1)?,
        "be" if p >= 2 && doc.word(p - 1) == "will" && gap(doc, p - 1, p) == " " => p - 2,
        _ => return None,
    };
    (gap(doc, r, r + 1) == " " && doc.is(r, RELATIONS) && possessed(doc, r)).then_some(r)
}

/// `mi name is delroy campbell`, `my name is tavita smith`: after `name is`, a lower-case
/// word no list knows (no dictionary word either) followed by a surname the lists know is
/// a given name and its surname. The last token.
pub(super) fn unknown_given_name_then_surname(doc: &Document<'_>, i: usize) -> Option<usize> {
    let p = i.checked_sub(1)?;
    let toks = doc.tokens;
    let next = i + 1;
    if next >= toks.len() || doc.gap(p, i) != " " || doc.gap(i, next) != " " || toks[next].kind != TokenKind::Word {
        return None;
    }
    (named_before(doc, p)
        && unknown_word(doc, i)
        && !toks[next].is_capitalised()
        && doc.lookup(next).has(LAST)
        && lower_surname(doc, next, false))
    .then_some(next)
}

/// `my name is kavitha, how can i help`: a lower-case word no list knows (no word of a
/// dictionary, no function word) right after a phrase that names, ending its clause, is a
/// given name the lists lack. (`my name is wrong on the card`: a word.)
pub(super) fn unknown_name_after_naming(doc: &Document<'_>, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else { return false };
    let clause_ends = match doc.tokens.get(i + 1) {
        None => true,
        Some(_) => doc.gap(i, i + 1).starts_with([',', '.', '!', '?', '\n', '\r', ';']),
    };
    clause_ends && doc.gap(p, i) == " " && named_before(doc, p) && unknown_word(doc, i)
}

/// Does token `p` end a phrase that gives a name (`my name is`, `me llamo`), not
/// only one that introduces (`i'm`, `this is`: `i'm sorry`)?
fn named_before(doc: &Document<'_>, p: usize) -> bool {
    doc.cue_match(p, STRONG_INTRODUCTIONS).is_some_and(|(entry, _)| {
        entry.ends_with("name is")
            || is_one_of(entry, &["my name's", "name's", "me llamo", "mi chiamo", "je m'appelle", "me chamo"])
    })
}

/// A word of three letters or more that no gazetteer or dictionary knows.
fn unknown_word(doc: &Document<'_>, i: usize) -> bool {
    doc.tokens[i].len() >= 3
        && doc.tokens[i].kind == TokenKind::Word
        && !doc.is(i, NOT_NAME)
        && doc.lookup(i).flags == 0
}

/// Could the lower-case word `k` be a surname after a given name: a surname or place the
/// lists know, but no word of a language's dictionary or function words, no month or day
/// and no word that is never a name? (A word no list knows is not taken unless a Dutch or
/// German particle announced it (`after_particle`): in the many languages of support
/// chats it is a verb or a company as often as a surname.)
pub(super) fn lower_surname(doc: &Document<'_>, k: usize, after_particle: bool) -> bool {
    let t = doc.tokens[k];
    if t.len() < 3 || doc.is(k, NOT_NAME) || doc.is(k, PARTICLES) || doc.is(k, GREETINGS) || doc.is(k, MONTHS_AND_DAYS)
    {
        return false;
    }
    let info = doc.lookup(k);
    if info.any(FUNCTION_WORD | MONTH | NRP) {
        return false;
    }
    // One of the commonest surnames, though a word too (`keisha brown`, `amy young`), or a
    // double-barrelled one with a known part (`jasmine oyelaran-pike`).
    if info.has(LAST) && (info.last_freq >= 0.1 || t.flags & INNER_PUNCT != 0 && doc.word(k).contains('-')) {
        return true;
    }
    if info.any(ENGLISH | STREET_AFTER | STREET_BEFORE | UNIT) {
        return false;
    }
    after_particle || info.any(LAST | CITY | REGION | COUNTRY)
}

/// Is the sequence the first word of a sentence after a chat label rather than a
/// form's value (`Customer: Lovely, thanks!`, `Agent: Hiya, how can I help?`): one word
/// the name lists do not know as a given name or surname, and more words after it on
/// its line?
pub(super) fn utterance_after_label(doc: &Document<'_>, seq: &Sequence, known_name: bool) -> bool {
    seq.first == seq.last
        && !known_name
        && line_after(doc.text, doc.tokens[seq.last].end, 200)
            .is_some_and(|rest| rest.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count() >= 2)
}

/// `Nome: João Pedro Albuquerque`, `Cardholder: Elaine Park`: a name label's value alone
/// on its line is one name, whatever its words are elsewhere (a city, a street type, a
/// particle). Its last token, when the value starting at `i` is two to four capitalised
/// words or particles running to the end of the line. `class` is token `i`'s [`classify`].
pub(super) fn labelled_line_value(doc: &Document<'_>, i: usize, class: NameClass) -> Option<usize> {
    let toks = doc.tokens;
    let p = i.checked_sub(1)?;
    let g = gap(doc, p, i);
    if !g.contains(':') || g.contains('\n') {
        return None;
    }
    // The label starts its line (`Bank name:` names a bank).
    let (_, label) = doc.cue_match(p, LABELS)?;
    if !doc.starts_line(label) {
        return None;
    }
    let word_like = |k: usize| {
        toks[k].kind == TokenKind::Word && (doc.is(k, PARTICLES) || toks[k].is_capitalised() && !doc.is(k, NOT_NAME))
    };
    let mut last = i;
    while last + 1 < toks.len() && last + 1 - i < 4 && gap(doc, last, last + 1) == " " && word_like(last + 1) {
        last += 1;
    }
    let rest = line_after(doc.text, toks[last].end, 200)?;
    let line_ends = rest.trim_end_matches(['.', ',', ' ', '\r']).is_empty();
    // `Orion Freight Co.`, but `Elaine Park`: after a given name, a surname that also ends
    // organisations' names (`Business Park`) is a surname.
    let given_first = matches!(class, NameClass::Given(_));
    let organisation = (i..=last).any(|k| is_org_word(doc, k) && !(given_first && doc.lookup(k).has(LAST)));
    (last > i && line_ends && !organisation && word_like(i) && toks[last].is_capitalised()).then_some(last)
}

/// Does a role or company in brackets or after `@` follow token `j`, then the colon of a
/// chat line (`Devon (Support): …`, `Amber @ Brightcart: …`)?
pub(super) fn role_before_colon(doc: &Document<'_>, j: usize) -> bool {
    // The role is short: the line may go on well past it.
    let line = line_head(doc.text, doc.tokens[j].end, 40);
    let role = |open: &str, close: &str| {
        line.strip_prefix(open)
            .and_then(|rest| rest.find(close).map(|k| &rest[..k]))
            .is_some_and(|r| !r.is_empty() && !r.contains([':', '(', '@']))
    };
    role(" (", "):") || role(" [", "]:") || role(" @ ", ":")
}

/// Does token `j` end a speaker's or sender's name: a colon, a quote or an e-mail
/// address right after it (`Hyun-woo Park:`, `From: "Owen Park" <…>`)?
/// The local part and the domain of the e-mail address in angle brackets right after
/// token `k`, as a display name is written (`Lakeview Lodge <stay@lakeviewlodgeqt.co.nz>`).
pub(super) fn address_after<'t>(doc: &Document<'t>, k: usize) -> Option<(&'t str, &'t str)> {
    let rest = &doc.text[doc.tokens[k].end..];
    let rest = rest.strip_prefix(" <").or_else(|| rest.strip_prefix("\" <"))?;
    let address = &rest[..rest.find('>').filter(|&e| e <= 120)?];
    address.split_once('@')
}

/// Lower-cased letters of `word` with the accents of Latin letters dropped (`Maré` →
/// `mare`), as an address writes a name.
pub(super) fn address_letters(word: &str) -> impl Iterator<Item = char> + '_ {
    word.chars().flat_map(char::to_lowercase).filter_map(|c| match c {
        'á' | 'à' | 'â' | 'ã' | 'ä' | 'å' => Some('a'),
        'é' | 'è' | 'ê' | 'ë' => Some('e'),
        'í' | 'ì' | 'î' | 'ï' => Some('i'),
        'ó' | 'ò' | 'ô' | 'õ' | 'ö' => Some('o'),
        'ú' | 'ù' | 'û' | 'ü' => Some('u'),
        'ç' => Some('c'),
        'ñ' => Some('n'),
        c if c.is_ascii_alphanumeric() => Some(c),
        _ => None,
    })
}

/// Is the word at token `j`, three letters or more, part of the local part of the address
/// that follows the display name it is in?
pub(super) fn in_own_address(doc: &Document<'_>, j: usize) -> bool {
    let mut k = j;
    while k + 1 < doc.tokens.len() && gap(doc, k, k + 1) == " " && k - j < 3 {
        k += 1;
    }
    let Some((local, _)) = address_after(doc, k) else { return false };
    let word: String = address_letters(doc.word(j)).collect();
    word.len() >= 3 && local.to_ascii_lowercase().contains(&word)
}

/// Is the display name `seq` its sender's organisation, written in its address's domain or
/// as its local part (`Lakeview Lodge <stay@lakeviewlodgeqt.co.nz>`, `Customer Care
/// <customercare@…>`, `Pousada Maré Alta <reservas@pousadamarealta.com.br>`)? A name
/// starting with a given name is a person's even so (`John Smith <john@johnsmith.com>`).
pub(super) fn names_sender_domain(doc: &Document<'_>, seq: &Sequence) -> bool {
    let Some((local, domain)) = address_after(doc, seq.last) else { return false };
    if seq.classes.first().is_some_and(|c| c.can_start()) {
        return false;
    }
    let words: String = (seq.first..=seq.last).flat_map(|k| address_letters(doc.word(k))).collect();
    let host = domain.split('.').next().unwrap_or("").to_ascii_lowercase();
    let local = local.to_ascii_lowercase();
    words.len() >= 4 && (host.contains(&words) || local.contains(&words))
}

/// `Aisha Al Balushi`, `Hafiz Bin Osman`: written capitalised, and a family name follows.
pub(super) const ARABIC_FAMILY_PARTICLES: &[&str] = &["al", "bin", "ibn", "bint"];

/// Is `word` a particle written capitalised inside a name (`Siobhán Ní Bhriain`, `Pádraig Ó
/// Súilleabháin`, `Nguyễn Thị Mai`, `Nguyen Van Minh` without its accents, `Aisha Al
/// Balushi`)? Compared lower-cased: `Ó` is not ASCII.
pub(super) fn capitalised_particle(word: &str) -> bool {
    ["ní", "nic", "ó", "thị", "thi", "văn", "van"].iter().any(|p| crate::context::word_eq(word, p, true))
        || is_one_of(word, ARABIC_FAMILY_PARTICLES)
}

/// A family name starting with a particle after a title (`mevrouw De Vries`, `heer Van
/// der Meer`, `madame Le Goff`, `Ms Ní Bhriain`, `Herr von Weizsäcker`, `Mr van der
/// Merwe`): its last token, when token `i` is the particle. A lower-case particle needs a
/// capitalised title (`Mr van der Merwe`, not `mr de la`).
pub(super) fn particle_surname_after_title(doc: &Document<'_>, i: usize) -> Option<usize> {
    let toks = doc.tokens;
    let p = i.checked_sub(1)?;
    if !(toks[i].is_capitalised() || toks[p].is_capitalised())
        || !matches!(gap(doc, p, i), " " | ". ")
        || !doc.is(p, TITLES)
    {
        return None;
    }
    let mut k = i + 1;
    while k < toks.len() && gap(doc, k - 1, k) == " " && doc.is(k, PARTICLES) && k - i < 3 {
        k += 1;
    }
    let last = toks.get(k)?;
    (gap(doc, k - 1, k) == " "
        && last.kind == TokenKind::Word
        && last.is_capitalised()
        && !doc.is(k, NOT_NAME)
        && !doc.is(k, PARTICLES))
    .then_some(k)
}
