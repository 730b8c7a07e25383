//! Scoring detections against gold spans: precision, recall, F1 and F2 per entity type
//! and overall (micro-averaged).
//!
//! A predicted span matches a gold span of the same entity type when they overlap by at
//! least half of their union (intersection over union ≥ 0.5), so `Dr Maria Lopez` vs
//! `Maria Lopez` counts, a date that swallows a whole sentence does not. Each gold span
//! matches at most one prediction. The strict (exact-boundary) figures are kept too.

use std::collections::BTreeMap;

/// A span in code points, end exclusive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub entity_type: String,
}

/// True/false positives and false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// F-beta: beta = 1 weighs precision and recall equally, beta = 2 weighs recall 4×.
    pub fn f_beta(&self, beta: f64) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        let b2 = beta * beta;
        if p + r == 0.0 { 0.0 } else { (1.0 + b2) * p * r / (b2 * p + r) }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

/// With nothing to find and nothing found, a type is perfect rather than undefined.
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// How a prediction and a gold span can match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchMode {
    /// Same type, intersection over union ≥ 0.5.
    Overlap,
    /// Same type, same boundaries.
    Exact,
}

/// Accumulated scores over a corpus.
#[derive(Clone, Debug, Default)]
pub struct Scoreboard {
    pub per_type: BTreeMap<String, Counts>,
}

/// A gold span nobody found, or a prediction that matched nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mistake {
    Missed(Span),
    Spurious(Span),
}

impl Scoreboard {
    /// Scores one document and returns its mistakes.
    pub fn add_document(&mut self, gold: &[Span], predicted: &[Span], mode: MatchMode) -> Vec<Mistake> {
        let mut gold_used = vec![false; gold.len()];
        let mut mistakes = Vec::new();
        // Best pairs first, so a loose prediction cannot steal a gold span from a tight one.
        let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
        for (pi, p) in predicted.iter().enumerate() {
            for (gi, g) in gold.iter().enumerate() {
                if p.entity_type == g.entity_type {
                    let iou = iou(p, g);
                    let ok = match mode {
                        MatchMode::Overlap => iou >= 0.5,
                        MatchMode::Exact => p.start == g.start && p.end == g.end,
                    };
                    if ok {
                        pairs.push((iou, pi, gi));
                    }
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut pred_used = vec![false; predicted.len()];
        for (_, pi, gi) in pairs {
            if !pred_used[pi] && !gold_used[gi] {
                pred_used[pi] = true;
                gold_used[gi] = true;
                self.entry(&gold[gi].entity_type).tp += 1;
            }
        }
        for (p, used) in predicted.iter().zip(&pred_used) {
            if !used {
                self.entry(&p.entity_type).fp += 1;
                mistakes.push(Mistake::Spurious(p.clone()));
            }
        }
        for (g, used) in gold.iter().zip(&gold_used) {
            if !used {
                self.entry(&g.entity_type).fn_ += 1;
                mistakes.push(Mistake::Missed(g.clone()));
            }
        }
        mistakes
    }

    fn entry(&mut self, t: &str) -> &mut Counts {
        self.per_type.entry(t.to_string()).or_default()
    }

    /// Micro-averaged counts over every type.
    pub fn overall(&self) -> Counts {
        let mut c = Counts::default();
        for v in self.per_type.values() {
            c.add(*v);
        }
        c
    }
}

fn iou(a: &Span, b: &Span) -> f64 {
    let inter = a.end.min(b.end).saturating_sub(a.start.max(b.start));
    let union = a.end.max(b.end) - a.start.min(b.start);
    if union == 0 { 0.0 } else { inter as f64 / union as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(start: usize, end: usize, t: &str) -> Span {
        Span { start, end, entity_type: t.into() }
    }

    #[test]
    fn overlap_matching_is_one_to_one() {
        let mut b = Scoreboard::default();
        let gold = [s(0, 10, "PERSON"), s(20, 30, "EMAIL_ADDRESS")];
        let pred = [s(1, 10, "PERSON"), s(0, 9, "PERSON"), s(20, 30, "URL")];
        let m = b.add_document(&gold, &pred, MatchMode::Overlap);
        assert_eq!(b.per_type["PERSON"], Counts { tp: 1, fp: 1, fn_: 0 });
        assert_eq!(b.per_type["EMAIL_ADDRESS"], Counts { tp: 0, fp: 0, fn_: 1 });
        assert_eq!(b.per_type["URL"], Counts { tp: 0, fp: 1, fn_: 0 });
        assert_eq!(m.len(), 3);
    }

    #[test]
    fn small_overlap_is_not_a_match() {
        let mut b = Scoreboard::default();
        b.add_document(&[s(0, 10, "DATE_TIME")], &[s(0, 30, "DATE_TIME")], MatchMode::Overlap);
        assert_eq!(b.overall(), Counts { tp: 0, fp: 1, fn_: 1 });
    }

    #[test]
    fn exact_mode_needs_same_boundaries() {
        let mut b = Scoreboard::default();
        b.add_document(&[s(0, 10, "PERSON")], &[s(0, 9, "PERSON")], MatchMode::Exact);
        assert_eq!(b.overall(), Counts { tp: 0, fp: 1, fn_: 1 });
    }

    #[test]
    fn f_scores() {
        let c = Counts { tp: 8, fp: 2, fn_: 2 };
        assert!((c.f_beta(1.0) - 0.8).abs() < 1e-9);
        let c = Counts { tp: 1, fp: 0, fn_: 1 };
        // p = 1, r = 0.5: F2 = 5 * 0.5 / (4 + 0.5)
        assert!((c.f_beta(2.0) - 2.5 / 4.5).abs() < 1e-9);
        assert_eq!(Counts::default().f_beta(2.0), 1.0);
    }
}
