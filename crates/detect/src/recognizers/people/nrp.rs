//! NRP (nationality, religion, politics: GDPR Art. 9) from the gazetteer when the text
//! says it of a person, and the recogniser that reports it together with AGE.

use super::*;

pub(crate) struct NrpAndAge;

impl Recognizer for NrpAndAge {
    fn entities(&self) -> &'static [EntityType] {
        &[EntityType::Nrp, EntityType::Age]
    }

    fn recognize(&self, doc: &Document<'_>, out: &mut Vec<Detection>) {
        for (i, t) in doc.tokens.iter().enumerate() {
            match t.kind {
                TokenKind::Word if doc.any(i, NRP | NRP_PHRASE_START) => {
                    if let Some(det) = nrp(doc, i) {
                        out.push(det);
                    }
                }
                TokenKind::Number if t.len() <= 3 => {
                    if let Some(det) = age(doc, i) {
                        out.push(det);
                    }
                }
                // `I'm sixty-five`, `aged seventy`: only right after an age cue (one bit
                // test), so that most words never reach the number-word compare.
                TokenKind::Word
                    if i > 0
                        && doc.may_end_cue(i - 1, AGE_BEFORE.bit() | AGE_BEFORE_WEAK.bit())
                        && (3..=13).contains(&t.len())
                        && crate::spoken::number_value(t.text(doc.text)).is_some() =>
                {
                    if let Some(det) = age(doc, i) {
                        out.push(det);
                    }
                }
                // `de nacionalidad estadounidense`, `cittadina statunitense`: the value after a
                // nationality's or religion's label, whether the lists know the word or not.
                TokenKind::Word if doc.is(i, NRP_LABELS) => {
                    if let Some(det) = nrp_after_label(doc, i) {
                        out.push(det);
                    }
                }
                TokenKind::Alnum if t.len() <= 6 => {
                    // `67yo`, `45yrs`
                    let s = t.text(doc.text);
                    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
                    let unit = &s[digits..];
                    // `67yo`, `45yrs`, and `Happy 70th` (a birthday).
                    let birthday = unit.eq_ignore_ascii_case("th")
                        && i.checked_sub(1).is_some_and(|p| doc.word(p).eq_ignore_ascii_case("happy"));
                    if (1..=3).contains(&digits)
                        && (is_one_of(unit, &["yo", "yrs", "y", "yr"]) || birthday)
                        && let Ok(n) = s[..digits].parse::<u32>()
                        && n <= 120
                    {
                        out.push(candidate(t.start, t.start + digits, EntityType::Age, 0.8, "age", "N yo"));
                    }
                }
                _ => {}
            }
        }
    }
}

/// The nationality, religion or ethnicity written right after its label `i` (`de nationalité
/// américaine`, `nacionalidade norte-americana`), one word, with an optional `de`/`di`/`da`
/// between.
pub(super) fn nrp_after_label(doc: &Document<'_>, i: usize) -> Option<Detection> {
    const PLACEHOLDERS: &[&str] = &["none", "unknown", "other", "nessuna", "ninguna", "aucune", "keine", "nenhuma"];
    let toks = doc.tokens;
    // A label as a form or a deed writes it (`Nationality: …`, `de nacionalidad …`, `cittadina
    // …`), not the word in a sentence (`religion plays no part`).
    let of_before = i > 0 && gap(doc, i - 1, i) == " " && is_one_of(doc.word(i - 1), &["de", "of", "di", "da"]);
    let citizen = doc.word(i).starts_with("cittadin");
    let mut k = i + 1;
    if k < toks.len() && gap(doc, i, k) == " " && is_one_of(doc.word(k), &["de", "di", "da"]) {
        k += 1;
    }
    let t = *toks.get(k)?;
    let value = doc.word(k);
    let ends_clause = toks.get(k + 1).is_none_or(|_| {
        let after = gap(doc, k, k + 1);
        after.starts_with([',', '.', ';', ')', '\n']) || after == " "
    });
    let labelled = match gap(doc, k - 1, k) {
        ": " => true,
        " " => of_before || citizen || k > i + 1,
        _ => false,
    };
    (labelled
        && t.kind == TokenKind::Word
        && !value.contains(['\'', '’'])
        && t.len() >= 4
        && !doc.has(k, FUNCTION_WORD)
        && !is_one_of(value, PLACEHOLDERS)
        && ends_clause)
        .then(|| candidate(t.start, t.end, EntityType::Nrp, 0.6, "nrp", "value after its label"))
}

pub(super) fn nrp(doc: &Document<'_>, i: usize) -> Option<Detection> {
    let t = doc.tokens[i];
    // `Nigerian American`, `Orthodox Jewish`: one span for adjacent terms. The first term
    // decides; the second is skipped by the caller. So is a word inside a phrase
    // (`Catholic` of `Roman Catholic`).
    if i > 0 && doc.gap(i - 1, i) == " " && doc.has(i - 1, NRP) || after_nrp_phrase_start(doc, i) {
        return None;
    }
    // `Costa Rican`, `Jehovah's Witness`, `Seventh-day Adventist`: a term of several words.
    let phrase = nrp_phrase_at(doc, i);
    if phrase.is_none() && !doc.has(i, NRP) {
        return None;
    }
    let mut last = phrase.map_or(i, |(l, _)| l);
    while last + 1 < doc.tokens.len()
        && doc.gap(last, last + 1) == " "
        && doc.has(last + 1, NRP)
        && doc.tokens[last + 1].is_capitalised() == t.is_capitalised()
    {
        last += 1;
    }
    let info = phrase.map_or_else(|| doc.info(i), |(_, p)| p);
    // Capitalised mid-sentence, `Polish` is not the verb.
    let ambiguous = info.has(NRP_AMBIGUOUS) && !(t.is_capitalised() && !at_sentence_start(doc, i));
    let base: f32 = match info.nrp_kind {
        NrpKind::Religion if !ambiguous => 0.55,
        NrpKind::Ethnic if !ambiguous => 0.45,
        _ => 0.3,
    };
    let end = doc.tokens[last].end;
    let clause_end = doc.text[end..].trim_start_matches(' ').is_empty()
        || doc.text[end..].starts_with(['.', ',', '!', '?', '\n', ';', ')']);
    let before = i.checked_sub(1).and_then(|p| {
        let g = gap(doc, p, i);
        (g == " ").then(|| doc.cue_match(p, NRP_BEFORE)).flatten()
    });
    let after =
        doc.tokens.get(last + 1).filter(|_| gap(doc, last, last + 1) == " ").filter(|_| doc.is(last + 1, NRP_AFTER));
    // `he speaks Bengali and some Hindi`: a language, even with `and` after it (`Polish
    // woman` after `a` is a person).
    let joined_after = after.is_some_and(|n| is_one_of(n.text(doc.text), &["and", "so", "too", "here"]));
    if let Some(p) = i.checked_sub(1)
        && doc.is(p, NRP_NOT_PERSON_BEFORE)
        && (after.is_none() || joined_after)
    {
        return None;
    }
    // `an Islamic savings account`, `a Polish keyboard`: after an article, the term
    // describes the thing the English word after it names (unless a label or `I am` makes
    // it about a person, checked below).
    let describes_thing = after.is_none()
        && i.checked_sub(1).is_some_and(|p| gap(doc, p, i) == " " && is_one_of(doc.word(p), &["a", "an", "the"]))
        && doc.tokens.get(last + 1).is_some_and(|n| n.kind == TokenKind::Word && !n.is_capitalised())
        && gap(doc, last, last + 1) == " "
        && !doc.has(last + 1, FUNCTION_WORD)
        && doc.lookup(last + 1).has(ENGLISH);
    // `Nationality: German`, `Staatsangehörigkeit: deutsch, türkisch`, `nationality=Emirati`.
    let labelled = line_before(doc.text, t.start, 80).is_some_and(|line| line.contains([':', '=']))
        && crate::recognizers::has_context_window(doc, t.start, end, NRP_LABELS, 6, 0);
    // `as a Nigerian`, `I am Jewish`, `my wife is Hindu`: a weak cue word after `as`, a
    // subject pronoun or a relation is a strong cue.
    // `I'm half Italian`: `half` after `I'm` or `is` is as strong.
    let subject_cue = before.is_some_and(|(w, s)| {
        s > 0
            && gap(doc, s - 1, s) == " "
            && (matches!(w, "a" | "an" | "is" | "are" | "was" | "were" | "am")
                && (is_one_of(
                    doc.word(s - 1),
                    &["as", "i", "he", "she", "we", "they", "who", "i'm", "im", "he's", "she's", "we're", "they're"],
                ) || doc.is(s - 1, RELATIONS)
                    || doc.is(s - 1, AGE_SUBJECTS))
                || w == "half" && is_one_of(doc.word(s - 1), &["i'm", "im", "am", "is", "are", "we're"]))
    });
    // `Marie-Claude Joseph, 29, Haitian`, `he's 58, American.`, `Laura Ferri, española`:
    // the last item of a description after a name or an age.
    let described = clause_end
        && i.checked_sub(1).is_some_and(|p| {
            gap(doc, p, i) == ", "
                && match doc.tokens[p].kind {
                    TokenKind::Number => doc.word(p).parse::<u32>().is_ok_and(|n| (1..=120).contains(&n)),
                    TokenKind::Word => doc.tokens[p].is_capitalised() && doc.lookup(p).any(FIRST | LAST),
                    TokenKind::Alnum => false,
                }
        });
    let delta = match (before, after) {
        _ if labelled => 0.5,
        _ if subject_cue || described => 0.35,
        _ if describes_thing => return None,
        (Some((w, _)), _)
            if !matches!(w, "a" | "an" | "my" | "our" | "is" | "are" | "was" | "were" | "both" | "half") =>
        {
            0.35
        }
        (_, Some(_)) => 0.35,
        // `my wife is Polish.`: a weak cue, but the term ends the clause.
        (Some((w, _)), None) if clause_end && !matches!(w, "my" | "our" | "a" | "an") => 0.3,
        (Some(_), None) => 0.1,
        (None, None) => 0.0,
    };
    // An ambiguous word (`Green`, `liberal`) needs the stronger cues.
    if ambiguous && delta < 0.35 {
        return None;
    }
    let mut det = candidate(t.start, end, EntityType::Nrp, base + delta, "nrp", "nationality/religion/politics term");
    det.explanation.validation = Some("NRP gazetteer");
    Some(det)
}

/// The NRP term of several words starting at token `i`: its last token and record.
pub(super) fn nrp_phrase_at(doc: &Document<'_>, i: usize) -> Option<(usize, WordInfo)> {
    // `the Labour party`: a capitalised term of its own, then a lower-case noun, is the
    // term alone (while `Jehovah's witness` and `testigos de Jehová` are phrases).
    let term_then_noun = |last: usize| {
        doc.has(i, NRP)
            && doc.tokens[i].is_capitalised()
            && doc.tokens[i + 1..=last].iter().any(|t| !t.is_capitalised())
    };
    let may_start = doc.has(i, NRP_PHRASE_START) && i + 1 < doc.tokens.len() && doc.has(i + 1, NRP_PHRASE_REST);
    may_start.then(|| doc.phrase_at(i, NRP)).flatten().filter(|&(last, _)| !term_then_noun(last))
}

/// Is token `i` a word of an NRP term of several words (`Costa Rican`, `Sri Lankan`)?
pub(super) fn in_nrp_phrase(doc: &Document<'_>, i: usize) -> bool {
    doc.flags_present & NRP_PHRASE_REST != 0
        && (doc.has(i, NRP_PHRASE_START) && nrp_phrase_at(doc, i).is_some() || after_nrp_phrase_start(doc, i))
}

/// Is token `i` a later word of an NRP term of several words (`Rican` of `Costa Rican`)?
pub(super) fn after_nrp_phrase_start(doc: &Document<'_>, i: usize) -> bool {
    doc.has(i, NRP_PHRASE_REST)
        && (i.saturating_sub(3)..i)
            .any(|k| doc.has(k, NRP_PHRASE_START) && nrp_phrase_at(doc, k).is_some_and(|(l, _)| l >= i))
}
