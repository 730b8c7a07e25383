//! Anonymisation operators, chosen per entity type with a default.
//!
//! Parameter names follow Presidio's anonymizer (`new_value`, `masking_char`,
//! `chars_to_mask`, `from_end`, `key`) so its configurations carry over. Two deliberate
//! differences: `hash` is a keyed HMAC-SHA256 (Presidio's salted hash gives a different
//! value every time; an unkeyed one reverses by enumeration), and `mask` leaves
//! separators alone by default, so a card reads `**** **** **** 4242`.

use std::collections::HashMap;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hushdesk_crypto::{Aad, DataKey, Secret32, aead, keyed_hash};

use crate::detection::Detection;
use crate::entity::EntityType;

/// What to do with one detected value.
#[derive(Clone, Debug)]
pub enum Operator {
    /// Replace with `new_value`, or `<ENTITY_TYPE>` when `None`.
    Replace { new_value: Option<String> },
    /// Remove the value entirely.
    Redact,
    /// Overwrite `count` characters with `masking_char`, from the start or the end.
    /// Non-alphanumeric separators are kept and not counted unless `mask_separators`.
    Mask { masking_char: char, count: MaskCount, from_end: bool, mask_separators: bool },
    /// HMAC-SHA256 of the value under a configured key, hex-encoded: stable pseudonyms
    /// that cannot be reversed by enumerating candidate values without the key.
    Hash { key: Secret32 },
    /// `<PERSON_1>`, `<PERSON_2>`…: the same value gets the same number within a document.
    Pseudonym,
    /// AES-256-GCM under a given key, base64url; reversible with [`decrypt`].
    Encrypt { key: Secret32 },
    /// Leave the value as it is (but still report it).
    Keep,
}

impl Operator {
    pub fn name(&self) -> &'static str {
        match self {
            Operator::Replace { .. } => "replace",
            Operator::Redact => "redact",
            Operator::Mask { .. } => "mask",
            Operator::Hash { .. } => "hash",
            Operator::Pseudonym => "pseudonym",
            Operator::Encrypt { .. } => "encrypt",
            Operator::Keep => "keep",
        }
    }

    /// Masks everything but the last `n` characters (`**** **** **** 4242`).
    pub fn mask_all_but_last(n: usize) -> Operator {
        Operator::Mask { masking_char: '*', count: MaskCount::AllBut(n), from_end: false, mask_separators: false }
    }
}

/// How many characters the mask operator overwrites.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaskCount {
    All,
    /// Presidio's `chars_to_mask`.
    Exactly(usize),
    /// All but this many (the ones at the far end stay readable).
    AllBut(usize),
}

/// Operators per entity type, with a default for the rest.
#[derive(Clone, Debug)]
pub struct Operators {
    pub default: Operator,
    pub per_entity: HashMap<EntityType, Operator>,
}

impl Default for Operators {
    fn default() -> Self {
        Operators { default: Operator::Replace { new_value: None }, per_entity: HashMap::new() }
    }
}

impl Operators {
    pub fn for_entity(&self, e: EntityType) -> &Operator {
        self.per_entity.get(&e).unwrap_or(&self.default)
    }
}

/// The anonymised text and where each replacement landed in it.
#[derive(Clone, Debug, PartialEq)]
pub struct Anonymized {
    pub text: String,
    pub items: Vec<AnonymizedItem>,
}

/// One replacement; `start`/`end` are byte offsets into [`Anonymized::text`].
#[derive(Clone, Debug, PartialEq)]
pub struct AnonymizedItem {
    pub start: usize,
    pub end: usize,
    pub entity_type: EntityType,
    pub operator: &'static str,
    /// The text written in place of the value.
    pub text: String,
}

#[derive(Debug, thiserror::Error)]
pub enum AnonymizeError {
    #[error("detections overlap or fall outside the text (at byte {0})")]
    BadSpan(usize),
    #[error("encryption failed")]
    Encrypt,
    #[error("not a value produced by the encrypt operator with this key")]
    Decrypt,
}

/// Applies `ops` to `detections` (sorted, non-overlapping, as the analyzer returns them).
pub fn anonymize(text: &str, detections: &[Detection], ops: &Operators) -> Result<Anonymized, AnonymizeError> {
    let mut out = String::with_capacity(text.len());
    let mut items = Vec::with_capacity(detections.len());
    let mut pseudonyms: HashMap<(EntityType, String), usize> = HashMap::new();
    let mut counters: HashMap<EntityType, usize> = HashMap::new();
    let mut pos = 0;
    for d in detections {
        if d.start < pos || d.end > text.len() || !text.is_char_boundary(d.start) || !text.is_char_boundary(d.end) {
            return Err(AnonymizeError::BadSpan(d.start));
        }
        out.push_str(&text[pos..d.start]);
        let value = &text[d.start..d.end];
        let op = ops.for_entity(d.entity_type);
        let replacement = match op {
            Operator::Replace { new_value } => new_value.clone().unwrap_or_else(|| format!("<{}>", d.entity_type)),
            Operator::Redact => String::new(),
            Operator::Mask { masking_char, count, from_end, mask_separators } => {
                mask(value, *masking_char, *count, *from_end, *mask_separators)
            }
            Operator::Hash { key } => hex::encode(keyed_hash(key, value.as_bytes())),
            Operator::Pseudonym => {
                let norm = value.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
                let next = counters.entry(d.entity_type).or_insert(0);
                let n = *pseudonyms.entry((d.entity_type, norm)).or_insert_with(|| {
                    *next += 1;
                    *next
                });
                format!("<{}_{}>", d.entity_type, n)
            }
            Operator::Encrypt { key } => encrypt(value, key)?,
            Operator::Keep => value.to_string(),
        };
        let start = out.len();
        out.push_str(&replacement);
        items.push(AnonymizedItem {
            start,
            end: out.len(),
            entity_type: d.entity_type,
            operator: op.name(),
            text: replacement,
        });
        pos = d.end;
    }
    out.push_str(&text[pos..]);
    Ok(Anonymized { text: out, items })
}

fn mask(value: &str, c: char, count: MaskCount, from_end: bool, mask_separators: bool) -> String {
    let maskable = |ch: char| mask_separators || ch.is_alphanumeric();
    let total = value.chars().filter(|&ch| maskable(ch)).count();
    let n = match count {
        MaskCount::All => total,
        MaskCount::Exactly(k) => k.min(total),
        MaskCount::AllBut(k) => total.saturating_sub(k),
    };
    let mut seen = 0;
    value
        .chars()
        .map(|ch| {
            if !maskable(ch) {
                return ch;
            }
            seen += 1;
            let masked = if from_end { seen > total - n } else { seen <= n };
            if masked { c } else { ch }
        })
        .collect()
}

/// The fixed AAD of the encrypt operator: values are bound to this use, not to a record.
fn operator_aad() -> Aad<'static> {
    Aad::new("hushdesk/anonymize", "value", 1)
}

fn encrypt(value: &str, key: &Secret32) -> Result<String, AnonymizeError> {
    let sealed = aead::seal(&DataKey::from_secret(key.clone()), &operator_aad(), value.as_bytes())
        .map_err(|_| AnonymizeError::Encrypt)?;
    Ok(URL_SAFE_NO_PAD.encode(sealed))
}

/// Reverses the encrypt operator.
pub fn decrypt(encrypted: &str, key: &Secret32) -> Result<String, AnonymizeError> {
    let sealed = URL_SAFE_NO_PAD.decode(encrypted.trim()).map_err(|_| AnonymizeError::Decrypt)?;
    let plain = aead::open(&DataKey::from_secret(key.clone()), &operator_aad(), &sealed)
        .map_err(|_| AnonymizeError::Decrypt)?;
    String::from_utf8(plain.to_vec()).map_err(|_| AnonymizeError::Decrypt)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detection::Explanation;

    fn det(text: &str, value: &str, e: EntityType) -> Detection {
        let start = text.find(value).unwrap();
        Detection {
            start,
            end: start + value.len(),
            entity_type: e,
            subtype: None,
            score: 1.0,
            explanation: Explanation {
                recognizer: "t",
                pattern: "t",
                validation: None,
                base_score: 1.0,
                context: None,
            },
        }
    }

    fn key(b: u8) -> Secret32 {
        Secret32::from_slice(&[b; 32]).unwrap()
    }

    #[test]
    fn replace_redact_keep() {
        let t = "mail anna@x.com now";
        let d = [det(t, "anna@x.com", EntityType::EmailAddress)];
        let mut ops = Operators::default();
        assert_eq!(anonymize(t, &d, &ops).unwrap().text, "mail <EMAIL_ADDRESS> now");
        ops.default = Operator::Redact;
        assert_eq!(anonymize(t, &d, &ops).unwrap().text, "mail  now");
        ops.default = Operator::Keep;
        let a = anonymize(t, &d, &ops).unwrap();
        assert_eq!(a.text, t);
        assert_eq!(a.items[0].operator, "keep");
    }

    #[test]
    fn mask_keeps_separators_and_last_four() {
        let t = "card 4111 1111 1111 4242 ok";
        let d = [det(t, "4111 1111 1111 4242", EntityType::CreditCard)];
        let ops = Operators { default: Operator::mask_all_but_last(4), per_entity: HashMap::new() };
        assert_eq!(anonymize(t, &d, &ops).unwrap().text, "card **** **** **** 4242 ok");
        let ops = Operators {
            default: Operator::Mask {
                masking_char: '·',
                count: MaskCount::Exactly(3),
                from_end: true,
                mask_separators: true,
            },
            per_entity: HashMap::new(),
        };
        assert_eq!(anonymize(t, &d, &ops).unwrap().text, "card 4111 1111 1111 4··· ok");
    }

    #[test]
    fn hash_is_keyed_and_stable() {
        let t = "a@x.com";
        let d = [det(t, t, EntityType::EmailAddress)];
        let with = |k| {
            anonymize(t, &d, &Operators { default: Operator::Hash { key: key(k) }, per_entity: HashMap::new() })
                .unwrap()
                .text
        };
        assert_eq!(with(1), with(1));
        assert_ne!(with(1), with(2));
        assert_eq!(with(1).len(), 64);
    }

    #[test]
    fn pseudonyms_are_consistent_within_a_document() {
        let t = "Maria met Tom; maria called";
        let mut d = vec![det(t, "Maria", EntityType::Person), det(t, "Tom", EntityType::Person)];
        d.push(det(t, "maria", EntityType::Person));
        d.sort_by_key(|x| x.start);
        let ops = Operators { default: Operator::Pseudonym, per_entity: HashMap::new() };
        assert_eq!(anonymize(t, &d, &ops).unwrap().text, "<PERSON_1> met <PERSON_2>; <PERSON_1> called");
    }

    #[test]
    fn encrypt_round_trips_only_with_the_key() {
        let t = "ssn 536-22-8726";
        let d = [det(t, "536-22-8726", EntityType::UsSsn)];
        let ops = Operators { default: Operator::Encrypt { key: key(7) }, per_entity: HashMap::new() };
        let a = anonymize(t, &d, &ops).unwrap();
        let ct = &a.items[0].text;
        assert!(!a.text.contains("536-22-8726"));
        assert_eq!(decrypt(ct, &key(7)).unwrap(), "536-22-8726");
        assert!(decrypt(ct, &key(8)).is_err());
    }

    #[test]
    fn per_entity_choice_and_item_positions() {
        let t = "Tom: a@x.com";
        let d = [det(t, "Tom", EntityType::Person), det(t, "a@x.com", EntityType::EmailAddress)];
        let mut ops = Operators::default();
        ops.per_entity.insert(EntityType::Person, Operator::Replace { new_value: Some("[name]".into()) });
        let a = anonymize(t, &d, &ops).unwrap();
        assert_eq!(a.text, "[name]: <EMAIL_ADDRESS>");
        for item in &a.items {
            assert_eq!(&a.text[item.start..item.end], item.text);
        }
    }

    #[test]
    fn rejects_overlapping_spans() {
        let t = "abcdef";
        let d = [det(t, "abcd", EntityType::Person), det(t, "cdef", EntityType::Person)];
        assert!(matches!(anonymize(t, &d, &Operators::default()), Err(AnonymizeError::BadSpan(_))));
    }
}
