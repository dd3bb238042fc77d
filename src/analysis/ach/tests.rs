//! The README's worked example, computed by hand there and by Faultline here.

use super::*;
use crate::model::{Credibility, Reliability};
use crate::sample::sample_project;

/// The worked example with its hypotheses and evidence in order.
fn example() -> (Project, Vec<HypothesisId>, Vec<ClaimId>) {
    let p = worked_example();
    let (h, claims) = (p.hypotheses.ids().collect(), p.ach_evidence.clone());
    (p, h, claims)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_worked_example_scores_equal_the_hand_computation_in_the_readme() {
    let (p, h, _) = example();
    let a = of_project(&p);
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
    let (p, _, claims) = example();
    let a = of_project(&p);
    let named: Vec<ClaimId> = a.sensitive.iter().map(|s| s.claim).collect();
    assert_eq!(named, [claims[1], claims[4]], "E2 and E5, nothing else");
    assert_eq!(a.sensitive[0].if_removed, Some(vec![1, 2, 3, 4]), "without E2 retaliation leads");
    assert_eq!(a.sensitive[1].if_removed, Some(vec![3, 1, 2, 4]), "without E5 industrial policy is second");
    assert!(a.sensitive.iter().all(|s| s.if_downgraded.is_none()), "at half weight neither flips it");
    assert_eq!(
        a.describe_sensitivity(&p, &a.sensitive[0]),
        "Without E2 the ranking becomes 1 H1 Retaliation for US chip controls, 2 H2 Bargaining chip, \
         3 H3 Industrial policy, 4 H4 Environmental clean-up"
    );
}

#[test]
fn equal_scores_share_a_rank_and_an_empty_matrix_ranks_nothing() {
    assert_eq!(ranks(&[0.5, 0.5, 0.2, 1.0]), [2, 2, 1, 4]);
    let a = analyse(&sample_project(), |_| 1.0);
    assert!(a.scores.is_empty() && a.columns.is_empty() && a.sensitive.is_empty());
}

#[test]
fn grades_weigh_evidence_from_a1_down_with_cannot_be_judged_halfway() {
    let w = |r: Reliability, c: Credibility| weight(Grade { reliability: r, credibility: c });
    assert!(close(w(Reliability::A, Credibility::Confirmed), 1.0));
    assert!(close(w(Reliability::B, Credibility::Probable), 0.64));
    assert!(close(weight(Grade::default()), 0.25), "ungraded evidence counts a quarter");
    assert!(w(Reliability::E, Credibility::Improbable) < weight(Grade::default()), "E5 counts less than no judgement");
}

#[test]
fn evidence_that_flips_the_ranking_even_at_half_weight_is_called_critical() {
    use crate::edit::{Document, builders};
    let mut doc = Document::new(sample_project(), None);
    let claims: Vec<ClaimId> = doc.project().claims.ids().take(2).collect();
    let mut rows = Vec::new();
    for title in ["Coercion", "Signalling"] {
        let (edit, id) = builders::add_hypothesis(title);
        doc.apply(edit).unwrap();
        rows.push(id);
    }
    doc.apply(builders::add_evidence(doc.project(), &claims).unwrap()).unwrap();
    for (h, c) in [(rows[0], claims[0]), (rows[1], claims[1])] {
        doc.apply(builders::rate(doc.project(), h, c, Some(Rating::I), "").unwrap()).unwrap();
    }
    // E1 weighs 1.0 against Coercion, E2 0.8 against Signalling: Signalling leads by 0.2.
    let a = analyse(doc.project(), |c| if c == claims[0] { 1.0 } else { 0.8 });
    assert_eq!(a.ranking()[0].hypothesis, rows[1]);
    assert_eq!(a.sensitive.len(), 1, "only E1 matters: without E2 Signalling leads all the more");
    assert_eq!(a.sensitive[0].if_downgraded, Some(vec![1, 2]));
    assert_eq!(
        a.describe_sensitivity(doc.project(), &a.sensitive[0]),
        "E1 is critical: even at half its weight the ranking becomes 1 H1 Coercion, 2 H2 Signalling"
    );
}
