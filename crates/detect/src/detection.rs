//! What the engine reports: a span, its type, its score and why.

use crate::entity::{EntityType, Subtype};

/// One piece of personal data found in a text. Offsets are UTF-8 byte offsets into the
/// analysed text, end exclusive; [`crate::offsets::CodepointMap`] converts them to the
/// code-point offsets Presidio and Python use.
#[derive(Clone, Debug, PartialEq)]
pub struct Detection {
    pub start: usize,
    pub end: usize,
    pub entity_type: EntityType,
    pub subtype: Option<Subtype>,
    /// Confidence in `[0, 1]`, after context scoring.
    pub score: f32,
    pub explanation: Explanation,
}

impl Detection {
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn overlaps(&self, other: &Detection) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Why a detection was made: every result can explain itself.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    /// The recogniser that produced it, e.g. `credit_card`.
    pub recognizer: &'static str,
    /// The shape that matched, e.g. `4-4-4-4 digits`.
    pub pattern: &'static str,
    /// The check the value passed, e.g. `luhn`, `libphonenumber`; `None` for context-only types.
    pub validation: Option<&'static str>,
    /// Score before context was applied.
    pub base_score: f32,
    /// The context word that changed the score, if one did.
    pub context: Option<ContextEvidence>,
}

/// A context word found near a candidate and what it did to the score.
#[derive(Clone, Debug, PartialEq)]
pub struct ContextEvidence {
    pub word: &'static str,
    /// Byte range of the word in the text.
    pub start: usize,
    pub end: usize,
    pub delta: f32,
}
