//! Overlap resolution: explicit and deterministic.
//!
//! Candidates are ranked by score, then length (the longer span explains more of the
//! text: a whole address beats the city inside it), then a fixed entity priority, then
//! position. Each candidate is kept unless it overlaps one already kept.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::detection::Detection;
use crate::entity::EntityType;

/// Adds to `out` (non-overlapping, sorted by start) the best-ranked `candidates` that
/// overlap neither it nor each other, keeping it sorted by start.
pub(crate) fn add_non_overlapping(candidates: &mut [Detection], out: &mut Vec<Detection>) {
    candidates.sort_by(rank);
    let found = out.len();
    // Kept candidates by start. They never overlap, so only the last one starting before a
    // candidate's end can overlap it: O(n log n) even for a 10 MB line. The same holds
    // for `out`.
    let mut kept: BTreeMap<usize, usize> = BTreeMap::new();
    for (i, c) in candidates.iter().enumerate() {
        let before_end = out[..found].partition_point(|d| d.start < c.end);
        let clashes_found = before_end > 0 && out[before_end - 1].end > c.start;
        let clashes_kept = kept.range(..c.end).next_back().is_some_and(|(_, &k)| candidates[k].end > c.start);
        if !clashes_found && !clashes_kept {
            kept.insert(c.start, i);
        }
    }
    out.extend(kept.values().map(|&i| candidates[i].clone()));
    if found > 0 {
        out.sort_by_key(|d| d.start);
    }
}

fn rank(a: &Detection, b: &Detection) -> Ordering {
    b.score
        .total_cmp(&a.score)
        .then_with(|| b.len().cmp(&a.len()))
        .then_with(|| priority(a.entity_type).cmp(&priority(b.entity_type)))
        .then_with(|| a.start.cmp(&b.start))
        .then_with(|| a.entity_type.cmp(&b.entity_type))
}

/// Lower wins a tie: validated structured data before looser, context-only kinds.
fn priority(e: EntityType) -> u8 {
    use EntityType::*;
    match e {
        ApiKey | Password | Crypto => 0,
        CreditCard | IbanCode | EmailAddress => 1,
        UsSsn | UsItin | UkNhs | UkNino | CaSin | EsNif | EsNie | ItFiscalCode | FrNir | DeTaxId | InPan
        | InAadhaar | AuTfn | AuAbn => 2,
        PhoneNumber | IpAddress | MacAddress | Url => 3,
        AbaRoutingNumber | UsBankNumber | SwiftCode | UsPassport | UsDriverLicense => 4,
        Cvv | CardExpiry | OneTimeCode => 5,
        Location => 6,
        DateTime => 7,
        Person => 8,
        Nrp | Age => 9,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detection::Explanation;

    fn det(start: usize, end: usize, e: EntityType, score: f32) -> Detection {
        Detection {
            start,
            end,
            entity_type: e,
            subtype: None,
            score,
            explanation: Explanation {
                recognizer: "t",
                pattern: "t",
                validation: None,
                base_score: score,
                context: None,
            },
        }
    }

    #[test]
    fn higher_score_wins_then_longer() {
        let mut c = vec![
            det(0, 10, EntityType::Person, 0.6),
            det(5, 20, EntityType::Location, 0.9),
            det(20, 30, EntityType::DateTime, 0.7),
            det(22, 25, EntityType::Age, 0.7),
        ];
        let mut out = Vec::new();
        add_non_overlapping(&mut c, &mut out);
        let kept: Vec<_> = out.iter().map(|d| (d.start, d.entity_type)).collect();
        assert_eq!(kept, vec![(5, EntityType::Location), (20, EntityType::DateTime)]);
    }

    #[test]
    fn order_of_input_does_not_matter() {
        let a = vec![det(0, 4, EntityType::UsSsn, 0.8), det(0, 4, EntityType::CaSin, 0.8)];
        let mut b = a.clone();
        b.reverse();
        let (mut oa, mut ob) = (Vec::new(), Vec::new());
        add_non_overlapping(&mut a.clone(), &mut oa);
        add_non_overlapping(&mut b, &mut ob);
        assert_eq!(oa, ob);
        assert_eq!(oa[0].entity_type, EntityType::UsSsn);
    }

    #[test]
    fn later_candidates_fill_only_free_text() {
        let mut out = vec![det(10, 20, EntityType::Location, 0.9), det(30, 40, EntityType::Person, 0.6)];
        let mut later = vec![
            det(0, 5, EntityType::Person, 0.6),
            det(15, 25, EntityType::Person, 0.99),
            det(25, 30, EntityType::Person, 0.6),
            det(26, 29, EntityType::Age, 0.7),
            det(45, 50, EntityType::Person, 0.6),
        ];
        add_non_overlapping(&mut later, &mut out);
        let kept: Vec<_> = out.iter().map(|d| (d.start, d.end)).collect();
        assert_eq!(kept, vec![(0, 5), (10, 20), (26, 29), (30, 40), (45, 50)]);
    }
}
