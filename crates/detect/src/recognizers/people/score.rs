//! How sure a sequence of name words is a person: the name lists' priors, the cues around
//! it, and what speaks against it (a firm, a product, a place, a heading, a sign-off).

use super::*;

/// `im Sommer`, `zum Notar`, `beim Hausarzt`: a German preposition fused with its article
/// comes before a noun, which German writes capitalised, not before a person. (`im` is
/// also a chat's `I'm`: before a given name it introduces one.)
fn after_fused_article(doc: &Document<'_>, first: usize, class: NameClass) -> bool {
    let Some(p) = first.checked_sub(1) else { return false };
    gap(doc, p, first) == " "
        && match doc.word(p) {
            "zum" | "zur" | "beim" | "vom" | "ins" => true,
            "im" => !matches!(class, NameClass::Given(_)),
            _ => false,
        }
}

/// Sign-off words that come right before a name on the same line.
pub(super) const SIGN_OFF_WORDS: &[&str] = &[
    "gruss", "gruß", "grüsse", "grüße", "cheers", "thx", "ta", "love", "xoxo", "bises", "besos", "baci", "mvh", "lg",
    "vg", "mfg", "hilsen", "groetjes",
];

pub(super) fn score(doc: &Document<'_>, seq: &Sequence, lower_mode: bool) -> Option<Detection> {
    let toks = doc.tokens;
    let text = doc.text;
    let names: SmallVec<[NameClass; 8]> = seq.classes.iter().copied().filter(|c| c.is_name()).collect();
    if names.is_empty() {
        return None;
    }
    // `Which city are you in?` … `Customer: Medina`: the whole reply to a place question.
    let whole_reply = || {
        line_after(text, toks[seq.last].end, 40).is_some_and(|rest| rest.trim_matches(['.', '!', ' ', '\r']).is_empty())
    };
    if answers_place_question(doc, seq.first) && whole_reply() {
        return None;
    }
    // `Viele Grüße`, `Kind Regards`: a sign-off written in Title Case on its own line.
    let (start, end) = (toks[seq.first].start, toks[seq.last].end);
    if seq.last > seq.first && doc.starts_line(seq.first) && is_one_of(&text[start..end], SIGN_OFFS) {
        return None;
    }
    // `Chase Bank`, `Mercy Hospital`: a name ended by a word only organisations end with;
    // `Bank of America`, `University of Phoenix`: a name after one and `of`.
    let after_org_of = seq.first > 0 && is_organisation_of(doc, seq.first - 1);
    // `Hello Hookline team`, `Dear Acme support`: a company greeted through its staff.
    let staff_after = toks.get(seq.last + 1).is_some_and(|_| {
        doc.gap(seq.last, seq.last + 1) == " "
            && is_one_of(doc.word(seq.last + 1), &["team", "support", "staff", "crew", "helpdesk"])
    });
    if seq.last > seq.first && ends_organisation(doc, seq.last)
        || after_org_of
        || after_establishment(doc, seq.first)
        || seq.last > seq.first && doc.is(seq.first, ESTABLISHMENTS)
        || staff_after
        || after_pet_word(doc, seq.first)
        || after_thing_label(doc, seq.first)
        || after_fused_article(doc, seq.first, names[0])
        || names_brand(doc, seq)
        || names_sender_domain(doc, seq)
        || names_street(doc, seq)
    {
        return None;
    }
    // A given name or surname the lists know, as opposed to a merely name-like word.
    let known_name = names.iter().any(|c| matches!(c, NameClass::Given(_) | NameClass::Surname(_)));
    let mut score = names.iter().map(|c| c.score()).fold(0.0, f32::max);
    if names.len() >= 2 {
        let first_given = names[0].can_start();
        let rest_known = names[1..].iter().all(|c| !matches!(c, NameClass::Unknown));
        if first_given {
            score = score.max(0.5) + if rest_known { 0.25 } else { 0.15 };
        } else if names.iter().any(|c| matches!(c, NameClass::Surname(_) | NameClass::Given(_))) {
            score += 0.15;
        } else {
            score += 0.1;
        }
    } else if seq.classes.len() > names.len() {
        // An initial with a surname: `J. Smith`, and `J. Sanders` though `sanders` is a
        // word: written after an initial, a surname the lists know is one.
        // An initial, a particle and a word (`P. de Vries`) are nothing else but a name.
        let initial_first = is_initial(doc, seq.first);
        score += if initial_first && seq.classes.len() > names.len() + 1 {
            0.45
        } else if initial_first && matches!(names[0], NameClass::Ambiguous { given: false }) {
            0.3
        } else {
            0.2
        };
    }
    // Context before.
    let mut cue: Option<(&'static str, f32, usize, usize)> = None;
    let bump =
        |word: &'static str, delta: f32, s: usize, e: usize, cue: &mut Option<(&'static str, f32, usize, usize)>| {
            if cue.is_none_or(|c| c.1 < delta) {
                *cue = Some((word, delta, s, e));
            }
        };
    if let Some(p) = seq.first.checked_sub(1) {
        let g = gap(doc, p, seq.first);
        let pt = toks[p];
        // (`Mr. Smith`: only an abbreviated title takes a dot; `Grazie, signora. Come posso…`
        // ends a sentence.)
        let title_gap = g == " " || g == ". " && pt.len() <= 4;
        if let Some((w, s)) = title_gap.then(|| doc.cue_match(p, TITLES)).flatten() {
            bump(w, 0.5, toks[s].start, pt.end, &mut cue);
        }
        // After the greeting's own line, a word the name lists do not know that opens a
        // sentence is the message's first word (`Hallo,\nGraag het bedrag…`).
        if let Some((w, s)) =
            matches!(g, " " | ", " | ",\n" | "! " | "\n" | ",").then(|| doc.cue_match(p, GREETINGS)).flatten()
            && !(g.contains('\n') && utterance_after_label(doc, seq, known_name))
            && !(lower_mode && reply_word(doc, p, g))
            // (`Goedemiddag! Waarmee kan ik…`: after the greeting's `!` a new sentence starts
            // with a word the lists do not know.)
            && !(g == "! " && !known_name)
        {
            bump(w, 0.45, toks[s].start, pt.end, &mut cue);
        }
        if let Some((w, s)) = matches!(g, " " | ": " | ", ").then(|| doc.cue_match(p, INTRODUCTIONS)).flatten() {
            // `I'm tired`, `it's Monday`: a casual introduction says less, unless the
            // speaker goes on to where they are from or that they are the one speaking
            // (`I'm Devon from the Safety team`, `its Carla from no. 21`, `it's Tom here`).
            let says_who = || {
                toks.get(seq.last + 1).is_some_and(|_| {
                    gap(doc, seq.last, seq.last + 1) == " "
                        && is_one_of(doc.word(seq.last + 1), &["from", "here", "speaking", "calling"])
                })
            };
            // (`I'm Devon`, `I'm Jordan`: a given name that is a place as well, capitalised
            // after `I'm`, is who is speaking; nobody says they are a place.)
            let place_named = || {
                matches!(names[..], [NameClass::Ambiguous { given: true }])
                    && toks[seq.first].is_capitalised()
                    && !doc.is(seq.first, WORDLIKE_GIVEN)
                    && doc.lookup(seq.first).any(COUNTRY | REGION | CITY)
            };
            let casual =
                matches!(w, "i am" | "i'm" | "im" | "it's" | "its" | "am" | "soy" | "sono" | "je suis" | "ich bin");
            let delta = if !casual || says_who() {
                0.4
            } else if matches!(w, "i am" | "i'm" | "im") && place_named() {
                0.3
            } else {
                0.25
            };
            bump(w, delta, toks[s].start, pt.end, &mut cue);
        }
        // `hi its tasha`, `ciao sono marco`, `bjr c karim`, `bonjour je suis thomas`: a
        // greeting, then an introduction (of one word or more): someone saying who they are,
        // however casually written. (`Yes, I am French`: a reply, then what someone is.)
        if matches!(g, " " | ", ")
            && let Some((_, intro)) = doc.cue_match(p, STRONG_INTRODUCTIONS)
            && let Some(q) = intro.checked_sub(1)
            && matches!(gap(doc, q, intro), " " | ", ")
            && (intro == p || !is_one_of(doc.word(q), REPLIES))
            && let Some((_, s)) = doc.cue_match(q, GREETINGS)
        {
            bump("greeting + introduction", 0.45, toks[s].start, pt.end, &mut cue);
        }
        // `name lee brennan`: a label without its colon, before two or more names.
        if g == " "
            && doc.is(p, NAME_LABELS)
            && names.len() >= 2
            && names.iter().all(|c| c.can_start() || matches!(c, NameClass::Surname(_)))
        {
            bump("name", 0.4, pt.start, pt.end, &mut cue);
        }
        // (`nom=Benali`, `cognome;Russo`: a form's key and its value.)
        let key_value = matches!(g, "=" | ";");
        if let Some((w, s)) = (g.contains(':') || g.contains('\t') || g.contains('|') || key_value)
            .then(|| doc.cue_match(p, LABELS))
            .flatten()
            && !utterance_after_label(doc, seq, known_name)
            && !names_a_thing(doc, s)
        {
            bump(w, 0.45, toks[s].start, pt.end, &mut cue);
        }
        if let Some((w, s)) = matches!(g, " " | ", " | " - ").then(|| doc.cue_match(p, RELATIONS)).flatten() {
            // `My wife Noura`, `our daughter Manaia`: after a possessive and a relation, a
            // capitalised word no list knows is the relative's name.
            let unknown_name = names.iter().all(|c| *c == NameClass::Unknown) && g == " ";
            bump(w, if possessed(doc, s) && unknown_name { 0.4 } else { 0.3 }, toks[s].start, pt.end, &mut cue);
        }
        // `Your tech is Benji`, `our nearest tech will be Yossi`: a possessed relation or
        // role, then `is` or `will be`, then a capitalised word the lists know as no word.
        if g == " "
            && pt.is_lower_ascii()
            && let Some(r) = role_before_is(doc, p)
            && names.iter().all(|c| matches!(c, NameClass::Unknown | NameClass::Given(_)))
        {
            bump("role is", 0.4, toks[r].start, pt.end, &mut cue);
        }
        // (`signed for by "R. SHAH"`: quoted as written on a form.)
        if let Some((w, s)) = matches!(g, " " | " \"" | " “").then(|| doc.cue_match(p, AGENCY_VERBS)).flatten() {
            bump(w, 0.15, toks[s].start, pt.end, &mut cue);
        }
        if doc.is(p, DETERMINERS) && g == " " {
            score -= 0.35;
        }
        // `I work in Preston`, `she studies in Eugene`: one word that is a town as well as a
        // name, after `in`, is where, not who (`in Preston's name` keeps its possessive).
        if g == " "
            && seq.first == seq.last
            && is_one_of(doc.word(p), &["in", "near"])
            && without_possessive(doc.word(seq.first)).len() == toks[seq.first].len()
            && doc.lookup(seq.first).has(CITY)
        {
            score -= 0.3;
        }
        // `12 Adam Park`: a house number before; not a chat export's clock (`09:42 Devon`).
        let clock = p > 0 && gap(doc, p - 1, p) == ":" && toks[p - 1].kind == TokenKind::Number;
        if pt.kind == TokenKind::Number && g == " " && !clock || doc.has(p, STREET_BEFORE) {
            score -= 0.3;
        }
        // Title Case around (subject lines, product names): capitalised ordinary words.
        if g == " "
            && pt.is_capitalised()
            && pt.kind == TokenKind::Word
            && !classify(doc, p).is_name()
            && !doc.is(p, TITLES)
            && !doc.is(p, GREETINGS)
            && !doc.is(p, LABELS)
            && !doc.is(p, INTRODUCTIONS)
            && !at_sentence_start(doc, p)
        {
            score -= 0.2;
        }
    }
    // Context after.
    let last_tok = toks[seq.last];
    // `Hurricane Milton`, `Cyclone Gabrielle`: a storm, not a person.
    if seq.first >= 1
        && gap(doc, seq.first - 1, seq.first) == " "
        && is_one_of(doc.word(seq.first - 1), &["hurricane", "cyclone", "typhoon", "storm", "tropical"])
    {
        return None;
    }
    // `Holland & Barrett`, `Marks & Spencer`: a name after `Capitalised &` is a firm's.
    // (`Harpreet & Jaspal Sandhu`: after a given name, a couple.)
    if seq.first >= 1
        && gap(doc, seq.first - 1, seq.first) == " & "
        && toks[seq.first - 1].is_capitalised()
        && !doc.lookup(seq.first - 1).has(FIRST)
    {
        return None;
    }
    if let Some(n) = toks.get(seq.last + 1) {
        let g = gap(doc, seq.last, seq.last + 1);
        let w = n.text(text);
        if matches!(g, " " | ", ") && (is_org_word(doc, seq.last + 1) || w == "&") && n.is_capitalised() || g == " & " {
            return None;
        }
        // `Emerald Shield Travel Insurance`, `Sunshine Coast Tours LLC`: capitalised words
        // on to a word only organisations end with (within two words after the next).
        let org_ahead = || {
            let chained =
                |k: usize| toks[k - 1].is_capitalised() && gap(doc, k - 1, k) == " " && toks[k].is_capitalised();
            (seq.last + 2..(seq.last + 4).min(toks.len()))
                .find(|&k| !chained(k) || ends_organisation(doc, k))
                .is_some_and(|k| ends_organisation(doc, k))
        };
        if g == " " && n.is_capitalised() && org_ahead() {
            return None;
        }
        // `Clinton, Iowa`, `Davis, CA`: one word then a state or country is a place.
        let k = seq.last + 1;
        if seq.first == seq.last
            && g == ", "
            && n.is_capitalised()
            && (n.is_all_upper() && n.len() == 2 && doc.gaz.is_region_abbreviation(doc.word(k))
                || !n.is_all_upper() && doc.lookup(k).any(REGION | COUNTRY))
        {
            return None;
        }
        if g == " " && n.is_capitalised() && doc.has(seq.last + 1, STREET_AFTER) {
            return None;
        }
        // `Agent Becca:`, and `Agent (Dmitri K.):` with the name in brackets.
        let bracketed = seq.first > 0 && gap(doc, seq.first - 1, seq.first) == " (" && {
            let after_initial = if toks[seq.last].len() == 1 { g.trim_start_matches('.') } else { g };
            after_initial.starts_with("):")
        };
        let labelled_role = seq.first > 0
            && (matches!(gap(doc, seq.first - 1, seq.first), " " | " – " | " - ") || bracketed)
            && (doc.is(seq.first - 1, LABELS) || doc.is(seq.first - 1, SPEAKER_ROLES))
            && at_line_start_ish(doc, seq.first - 1);
        // With a role beside it (`Agent Becca:`, `Devon (Support):`) any name-like word is
        // the speaker's name.
        let role_suffix = names.iter().any(|c| *c != NameClass::Unknown) && role_before_colon(doc, seq.last);
        // (`Conseiller – Yanis :`: French puts a space before the colon.)
        let after_name = if toks[seq.last].len() == 1 { g.strip_prefix('.').unwrap_or(g) } else { g };
        if (after_name.starts_with(':') || g.starts_with(" :") || bracketed || role_suffix || time_labels_sender(doc, seq.last))
            && (at_line_start_ish(doc, seq.first) || labelled_role)
            // A word the name lists do not know is more often a form's label
            // (`Klantnummer:`, `Motivo:`) or a role (`Atendente:`) than a speaker's name.
            && (known_name
                || labelled_role
                || role_suffix
                || transcript_speaker(doc, seq, &names)
                || dated_chat_export(doc, seq))
            // So is a surname alone before a value without words (`Contratto: 1002-4481-77`).
            && !(names.len() == 1
                && matches!(names[0], NameClass::Surname(_))
                && !line_head(text, last_tok.end, 60).chars().any(char::is_alphabetic))
        {
            let delta = if labelled_role || role_suffix { 0.55 } else { 0.4 };
            bump("speaker label", delta, n.start, n.start, &mut cue);
        }
        if (g.ends_with('<') || g.ends_with('(') || g.ends_with("\" <"))
            && text[n.start..].split(['>', ')', ' ']).next().is_some_and(|s| s.contains('@'))
            && !tail_of_display_name(doc, seq.first)
        {
            bump("e-mail display name", 0.5, n.start, n.end, &mut cue);
        }
        if let Some((verb, _)) = (g == " ").then(|| doc.cue_match(seq.last + 1, AFTER_VERBS)).flatten() {
            bump(verb, if w.eq_ignore_ascii_case("here") { 0.3 } else { 0.1 }, n.start, n.end, &mut cue);
        }
        if g == " "
            && n.is_capitalised()
            && n.kind == TokenKind::Word
            && !classify(doc, seq.last + 1).is_name()
            && !at_sentence_start(doc, seq.last + 1)
        {
            score -= 0.15;
        }
    }
    if text[last_tok.end..].starts_with(['"', '”'])
        && text[last_tok.end..].trim_start_matches(['"', '”', ' ']).starts_with('<')
        && !tail_of_display_name(doc, seq.first)
    {
        bump("e-mail display name", 0.5, last_tok.end, last_tok.end, &mut cue);
    }
    if sign_off_line(doc, seq.first, seq.last) || signs_message(doc, seq.first, seq.last) {
        bump("sign-off", 0.45, doc.tokens[seq.first].start, doc.tokens[seq.first].start, &mut cue);
    }
    // (Not a speaker's label after the question: `Rider: CRN 4471920381`. Looked for only
    // when no cue as strong was found: it searches the line before.)
    // (`Lovely.` after one: a word of the reply, not a name.)
    if cue.is_none_or(|c| c.1 < 0.45)
        && !ends_speaker(doc, seq.last)
        && !(seq.first == seq.last
            && toks[seq.first].is_capitalised()
            && text[toks[seq.first].end..].starts_with(['.', '!'])
            && doc.lookup(seq.first).has(ENGLISH))
        && answers_question(doc, seq.first, NAME_QUESTIONS)
    {
        bump("reply to a name question", 0.45, toks[seq.first].start, toks[seq.first].start, &mut cue);
    }
    // `spoke to kevin` (a given name and nothing else), `I spoke to Roman` (a given name,
    // even one that is also a town).
    if let Some((w, s)) = contact_verb_before(doc, seq.first) {
        let first = seq.classes.first().copied();
        if lower_mode && matches!(first, Some(NameClass::Given(_))) {
            bump(w, 0.3, toks[s].start, toks[s].end, &mut cue);
        } else if !lower_mode && said_of_people(w) && first.is_some_and(NameClass::can_start) {
            bump(w, 0.4, toks[s].start, toks[s].end, &mut cue);
        }
    }
    if speaking_after(doc, seq.last) {
        let n = toks[seq.last + 1];
        bump("speaking", 0.45, n.start, n.end, &mut cue);
    }
    if let Some((word, delta, s, e)) = cue {
        score += delta;
        // (`yeah it's darren fletcher`: a weak introduction takes a lower-case name only
        // when it is a given name and a surname the lists know.)
        // (`sono chiara colombo, intestataria`: a surname that is a place or a word too, where
        // the clause ends after it.)
        let full_name = names.len() >= 2
            && matches!(names[0], NameClass::Given(_))
            && match names[names.len() - 1] {
                NameClass::Given(_) | NameClass::Surname(_) => true,
                NameClass::Ambiguous { given: false } => clause_ends_after(doc, seq.last),
                _ => false,
            };
        if lower_mode && delta < 0.3 && !full_name {
            return None;
        }
        let start = toks[seq.first].start;
        let end = name_end(doc, seq.last);
        let mut det = candidate(start, end, EntityType::Person, 0.0, "person", pattern(&names));
        det.explanation.base_score = score - delta;
        det.explanation.context = Some(ContextEvidence { word, start: s, end: e, delta });
        det.score = score.clamp(0.0, 0.99);
        return Some(det);
    }
    if lower_mode {
        return None;
    }
    if names.len() == 1 && toks[seq.first].is_all_upper() {
        score -= 0.2;
    }
    let mut det = candidate(
        toks[seq.first].start,
        name_end(doc, seq.last),
        EntityType::Person,
        score.clamp(0.0, 0.99),
        "person",
        pattern(&names),
    );
    det.explanation.validation = Some("name gazetteer");
    Some(det)
}

/// `Tillpoint Tax Center <no-reply@…>`, `Kaimana Surf Wax <aloha@…>`: a name-like word that
/// ends a display name of capitalised words the name lists do not take is a firm's, not the
/// sender's (a title before the name is no such word: `Dr Jane Smith <…>`).
fn tail_of_display_name(doc: &Document<'_>, first: usize) -> bool {
    let Some(p) = first.checked_sub(1) else { return false };
    let t = doc.tokens[p];
    gap(doc, p, first) == " " && t.kind == TokenKind::Word && t.is_capitalised() && !doc.is(p, TITLES)
}

/// `Corso Vittorio Emanuele II 94`, `Rua Dr. Francisco Sá Carneiro, lote 14`: a name after
/// a street type written first (and a title) and before a house number or a unit is the
/// street's, whatever cue comes before it (`cliente: …`, `It's …`).
fn names_street(doc: &Document<'_>, seq: &Sequence) -> bool {
    let toks = doc.tokens;
    // The cheap test first: most names have no house number or unit after them.
    let numbered_after = |last: usize| {
        let n = last + 1;
        n < toks.len()
            && match gap(doc, last, n) {
                " " => toks[n].is_number(),
                ", " => toks[n].is_number() || doc.has(n, UNIT),
                _ => false,
            }
    };
    // (`Vittorio Emanuele II`: a king's numeral ends the name.)
    let numeral_next = || toks.get(seq.last + 1).is_some_and(|t| t.is_all_upper() && t.len() <= 4);
    let numbered = numbered_after(seq.last)
        || numeral_next() && generational_suffix(doc, seq.last).is_some() && numbered_after(seq.last + 1);
    if !numbered {
        return false;
    }
    let street_type = |k: usize| toks[k].is_capitalised() && doc.has(k, STREET_BEFORE);
    let mut p = seq.first;
    if p > 0 && doc.is(p - 1, TITLES) && matches!(gap(doc, p - 1, p), " " | ". ") {
        p -= 1;
    }
    street_type(seq.first) || p > 0 && gap(doc, p - 1, p) == " " && street_type(p - 1)
}

pub(super) fn pattern(names: &[NameClass]) -> &'static str {
    match names {
        [NameClass::Given(_) | NameClass::Ambiguous { given: true }, _, ..] => "given name + surname",
        [NameClass::Given(_)] => "given name",
        [NameClass::Surname(_)] => "surname",
        _ => "name-like words",
    }
}

/// End of the name at token `last`, without a possessive `'s`.
pub(super) fn name_end(doc: &Document<'_>, last: usize) -> usize {
    let t = doc.tokens[last];
    // An initial keeps its dot (`Kylie B.`).
    if is_initial(doc, last) && doc.text[t.end..].starts_with('.') {
        return t.end + 1;
    }
    t.start + without_possessive(t.text(doc.text)).len()
}

/// First token of a sentence: after `.!?:` or a line break, or at the very start.
pub(super) fn at_sentence_start(doc: &Document<'_>, i: usize) -> bool {
    match i.checked_sub(1) {
        None => true,
        Some(p) => {
            let g = gap(doc, p, i);
            g.contains(['.', '!', '?', ':', '\n', '"', '(', '[', '>', '-', '*', '•'])
        }
    }
}

/// At the start of a line, allowing a leading timestamp or bracketed tag (`[14:02] Maria:`).
/// `MARK: So, ma'am…\nCUSTOMER: Nobody told me`: in a transcript whose speakers are
/// written in capitals, a given name that is also a word (`MARK`, `GRACE`) is a speaker
/// when a role speaks on the line right before or after.
pub(super) fn transcript_speaker(doc: &Document<'_>, seq: &Sequence, names: &[NameClass]) -> bool {
    let toks = doc.tokens;
    let text = doc.text;
    let role_speaks = |line_start: usize| {
        let k = toks.partition_point(|t| t.start < line_start);
        line_start < text.len()
            && k + 1 < toks.len()
            && toks[k].start == line_start
            && toks[k].is_all_upper()
            && doc.is(k, LABELS)
            && doc.gap(k, k + 1).starts_with(':')
    };
    if !(seq.first == seq.last
        && matches!(names, [NameClass::Ambiguous { given: true }])
        && toks[seq.first].is_all_upper())
    {
        return false;
    }
    // (The name starts its line, so each line is searched at most once from each side.)
    let (start, end) = (toks[seq.first].start, toks[seq.last].end);
    let next_line = memchr::memchr(b'\n', &text.as_bytes()[end..]).map(|p| end + p + 1);
    let previous_line = start
        .checked_sub(1)
        .filter(|&nl| text.as_bytes()[nl] == b'\n')
        .map(|nl| memchr::memrchr(b'\n', &text.as_bytes()[..nl]).map_or(0, |p| p + 1));
    next_line.is_some_and(role_speaks) || previous_line.is_some_and(role_speaks)
}

/// `[21/05/25, 6:47 pm] Ravinesh: …`: a messenger's export, whose sender after the
/// bracketed date and time is a person however unknown the name, unless it reads as a
/// business (`PowerCare Helpdesk`, `Brightcart UK`: a word in capitals, a capital inside a
/// word, an organisation's word).
pub(super) fn dated_chat_export(doc: &Document<'_>, seq: &Sequence) -> bool {
    // (The line's shape first: it rules out most speakers without a list look-up.)
    let exported = line_before(doc.text, doc.tokens[seq.first].start, 40).is_some_and(|prefix| {
        let inner = prefix.trim_end().strip_prefix('[').and_then(|p| p.strip_suffix(']')).unwrap_or_default();
        inner.contains(", ") && inner.contains(':') && inner.contains(['/', '.'])
            || dated_prefix(without_own_arrow(prefix.trim_end()))
    });
    // (`Pennyworth Bkpg`: a word of three letters or more without a vowel is a business's
    // abbreviation.)
    let abbreviation = |w: &str| w.len() >= 3 && w.is_ascii() && !w.bytes().any(|c| b"aeiouyAEIOUY".contains(&c));
    exported
        && !(seq.first..=seq.last).any(|k| {
            doc.tokens[k].is_all_upper()
                || doc.word(k).chars().skip(1).any(char::is_uppercase)
                || is_org_word(doc, k)
                || abbreviation(doc.word(k))
        })
}

/// `Thu 6 Feb 10:04 Me →`: a phone's SMS export names the sender of one's own messages
/// `Me` with an arrow to the other person; what is before them.
pub(super) fn without_own_arrow(prefix: &str) -> &str {
    ["Me →", "Me ->", "Me >"].iter().find_map(|a| prefix.strip_suffix(a)).map_or(prefix, str::trim_end)
}

/// `prefix` without a clock time's `AM`/`PM` at its end, and the space before it.
pub(super) fn without_meridiem(prefix: &str) -> &str {
    ["AM", "PM", "am", "pm"].iter().find_map(|m| prefix.strip_suffix(m)).unwrap_or(prefix).trim_end()
}

/// Is `prefix` a date and a clock time, as an SMS or chat export writes them before each
/// message (`Thu 6 Feb 10:15`, `2024-03-04 10:15`, `06/02/2025 9:41 pm`)? A digit in the
/// date, two words at most (a weekday, a month).
pub(super) fn dated_prefix(prefix: &str) -> bool {
    let prefix = without_meridiem(prefix);
    let Some((date, time)) = prefix.rsplit_once(' ') else { return false };
    let clock = time.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|c| c.is_ascii_digit())
    });
    clock
        && date.len() <= 20
        && date.bytes().any(|c| c.is_ascii_digit())
        && date.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b' ' | b',' | b'.' | b'/' | b'-'))
        && date.split(' ').filter(|w| w.bytes().any(|c| c.is_ascii_alphabetic())).count() <= 2
}

pub(super) fn at_line_start_ish(doc: &Document<'_>, i: usize) -> bool {
    let Some(prefix) = line_before(doc.text, doc.tokens[i].start, 80) else { return false };
    let prefix = prefix.trim();
    if dated_prefix(without_own_arrow(prefix)) {
        return true;
    }
    // `3:13 PM Amber: …`
    let prefix = without_meridiem(prefix);
    prefix.is_empty()
        || prefix.ends_with(']')
        || prefix.ends_with(')')
        || prefix.ends_with(['-', '–', '—', '>'])
        || prefix.bytes().all(|c| c.is_ascii_digit() || matches!(c, b':' | b' ' | b'[' | b']' | b'-' | b'/' | b'.'))
}

/// Is the name alone on its line, right under a sign-off (`Thanks,` / `Best regards,`),
/// or after a dash at the end of a message (`- Maria`)?
pub(super) fn sign_off_line(doc: &Document<'_>, first: usize, last: usize) -> bool {
    let text = doc.text;
    // A token earlier on the same line rules it out (see `before` below); most names and
    // words have one, so this saves the line look-ups.
    if !doc.starts_line(first) {
        return false;
    }
    let start = doc.tokens[first].start;
    let end = doc.tokens[last].end;
    let (Some(before), Some(after)) = (line_before(text, start, 80), line_after(text, end, 80)) else {
        return false;
    };
    let line_start = start - before.len();
    // (A quoted reply's signature: `> Crystal M.` under `> Thanks,`.)
    let (before, after) = (before.trim_start_matches(['>', ' ']).trim(), after.trim());
    // (`Nick - Marketplace Ops`: a short role or team after a dash.)
    let alone = after.chars().all(|c| matches!(c, '.' | ',' | '!' | ':' | ')' | ' '))
        || after.starts_with('|')
        || after.starts_with(',') && after.len() < 40
        || after.starts_with(['-', '–', '—'])
            && after.len() < 40
            && after.trim_start_matches(['-', '–', '—', ' ']).starts_with(char::is_alphabetic);
    if !alone {
        return false;
    }
    if matches!(before, "-" | "–" | "—" | "~" | "--") {
        return true;
    }
    if !before.is_empty() {
        // "Thanks, Maria" on one line is handled as a greeting cue.
        return false;
    }
    let Some(prev_end) = line_start.checked_sub(1) else {
        return false;
    };
    // `…Can I change them myself?\nElspeth`: a name alone on the message's last line,
    // under a finished sentence, signs it (`Cordialement` there is the sign-off itself).
    if last + 1 == doc.tokens.len()
        && text[..prev_end].trim_end().ends_with(['.', '?', '!'])
        && !is_one_of(&text[start..end], SIGN_OFFS)
    {
        return true;
    }
    let Some(prev_line) = line_before(text, prev_end, 80) else { return false };
    let prev_line =
        prev_line.trim_start_matches(['>', ' ']).trim().trim_end_matches([',', '!', '.', ' ', '-']).to_lowercase();
    is_one_of(&prev_line, SIGN_OFFS)
}
