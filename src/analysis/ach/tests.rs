//! The README's worked example, computed by hand there and by Faultline here.

use super::*;
use crate::edit::{Document, builders};
use crate::sample::sample_project;

/// The README's matrix: per evidence its grade (reliability 0 = A…, credibility 0 = 1…) and
/// its ratings for H1 retaliation, H2 bargaining, H3 industrial policy, H4 environment.
const EXAMPLE: [((usize, usize), [&str; 4]); 8] = [
    ((0, 0), ["C", "C", "I", "II"]),
    ((1, 1), ["I", "CC", "N", "I"]),
    ((1, 2), ["N", "N", "C", "CC"]),
    ((2, 2), ["I", "I", "C", "C"]),
    ((0, 1), ["C", "CC", "II", "II"]),
    ((5, 5), ["I", "I", "CC", "C"]),
    ((3, 3), ["N", "I", "C", "C"]),
    ((1, 1), ["C", "C", "C", "C"]),
];

/// The sample project with the example's matrix on eight of its claims: the document, the
/// hypotheses in order and the evidence claims in order.
fn example() -> (Document, Vec<HypothesisId>, Vec<ClaimId>) {
    let mut doc = Document::new(sample_project(), None);
    let claims: Vec<ClaimId> = doc.project().claims.ids().take(8).collect();
    let mut hypotheses = Vec::new();
    for title in ["Retaliation for US chip controls", "Bargaining chip", "Industrial policy", "Environmental clean-up"]
    {
        let (edit, id) = builders::add_hypothesis(title);
        doc.apply(edit).unwrap();
        hypotheses.push(id);
    }
    doc.apply(builders::add_evidence(doc.project(), &claims).unwrap()).unwrap();
    for (claim, (_, ratings)) in claims.iter().zip(EXAMPLE) {
        for (h, code) in hypotheses.iter().zip(ratings) {
            let edit = builders::rate(doc.project(), *h, *claim, Rating::parse(code), "").unwrap();
            doc.apply(edit).unwrap();
        }
    }
    (doc, hypotheses, claims)
}

fn example_weight(claims: &[ClaimId]) -> impl Fn(ClaimId) -> f64 + '_ {
    |claim| {
        let ((r, c), _) = EXAMPLE[claims.iter().position(|&x| x == claim).unwrap()];
        weight(r, c)
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_worked_example_scores_equal_the_hand_computation_in_the_readme() {
    let (doc, h, claims) = example();
    let a = analyse(doc.project(), example_weight(&claims));
    let weights: Vec<f64> = a.columns.iter().map(|c| c.weight).collect();
    for (w, hand) in weights.iter().zip([1.0, 0.64, 0.48, 0.36, 0.8, 0.25, 0.16, 0.64]) {
        assert!(close(*w, hand), "{weights:?}");
    }
    let weighted: Vec<f64> = a.scores.iter().map(|s| s.weighted).collect();
    for (s, hand) in weighted.iter().zip([1.25, 0.77, 2.60, 4.24]) {
        assert!(close(*s, hand), "{weighted:?}");
    }
    let unweighted: Vec<f64> = a.scores.iter().map(|s| s.unweighted).collect();
    assert_eq!(unweighted, [3.0, 3.0, 3.0, 5.0], "unweighted, three hypotheses tie");
    let order: Vec<HypothesisId> = a.ranking().iter().map(|s| s.hypothesis).collect();
    assert_eq!(order, [h[1], h[0], h[2], h[3]], "bargaining is least inconsistent");
    let diagnostic: Vec<bool> = a.columns.iter().map(|c| c.diagnostic).collect();
    assert_eq!(diagnostic, [true, true, true, true, true, true, true, false], "E8 is rated C for all");
    let readme = include_str!("../../../README.md");
    for hand in ["H1 = 0.64 + 0.36 + 0.25 = 1.25", "H4 = 2 × 1.00 + 0.64 + 2 × 0.80 = 4.24"] {
        assert!(readme.contains(hand), "the README shows “{hand}”");
    }
}

#[test]
fn the_sensitivity_view_names_the_evidence_that_flips_the_ranking() {
    let (doc, _, claims) = example();
    let a = analyse(doc.project(), example_weight(&claims));
    let named: Vec<ClaimId> = a.sensitive.iter().map(|s| s.claim).collect();
    assert_eq!(named, [claims[1], claims[4]], "E2 and E5, nothing else");
    assert_eq!(a.sensitive[0].if_removed, Some(vec![1, 2, 3, 4]), "without E2 retaliation leads");
    assert_eq!(a.sensitive[1].if_removed, Some(vec![3, 1, 2, 4]), "without E5 industrial policy is second");
    assert!(a.sensitive.iter().all(|s| s.if_downgraded.is_none()), "at half weight neither flips it");
}

#[test]
fn equal_scores_share_a_rank_and_an_empty_matrix_ranks_nothing() {
    assert_eq!(ranks(&[0.5, 0.5, 0.2, 1.0]), [2, 2, 1, 4]);
    let a = analyse(&sample_project(), |_| 1.0);
    assert!(a.scores.is_empty() && a.columns.is_empty() && a.sensitive.is_empty());
}

#[test]
fn grades_weigh_evidence_from_a1_down_with_cannot_be_judged_halfway() {
    assert!(close(weight(0, 0), 1.0));
    assert!(close(weight(1, 1), 0.64));
    assert!(close(weight(5, 5), 0.25), "ungraded evidence counts a quarter");
    assert!(weight(4, 4) < weight(5, 5), "E5 (unreliable, improbable) counts less than no judgement");
}
