//! The README's worked example, computed by hand there and by Faultline here.

use super::*;
use crate::edit::{Document, builders};
use crate::model::{Article, ArticleId, Credibility, Reliability};
use crate::sample::sample_project;

/// The README's matrix: per evidence its text, grade, and ratings for H1 retaliation, H2
/// bargaining, H3 industrial policy and H4 environmental clean-up.
const EXAMPLE: [(&str, &str, [&str; 4]); 8] = [
    ("Controls announced two days after the US tariffs.", "A1", ["C", "C", "I", "II"]),
    ("Licences granted quickly to US firms after the Geneva talks.", "B2", ["I", "CC", "N", "I"]),
    ("The ministry cites damage from illegal mining.", "B3", ["N", "N", "C", "CC"]),
    ("The controls apply to Japan and the EU too.", "C3", ["I", "I", "C", "C"]),
    ("The controls paused after the leaders' truce.", "A2", ["C", "CC", "II", "II"]),
    ("An unnamed official: drafted years ago.", "F6", ["I", "I", "CC", "C"]),
    ("A tabloid: the mining crackdown began in 2021.", "D4", ["N", "I", "C", "C"]),
    ("Magnet exports fell 75% in April.", "B2", ["C", "C", "C", "C"]),
];

/// The README's example as an analyst would build it: each piece of evidence a claim on an
/// article graded on its own, its credibility set on the claim, and the matrix rated through
/// the edit path. Returns the document, the hypotheses in order and the evidence in order.
fn example() -> (Document, Vec<HypothesisId>, Vec<ClaimId>) {
    let mut doc = Document::new(Project::new("Rare-earth controls"), None);
    let mut claims = Vec::new();
    for (i, (text, grade, _)) in EXAMPLE.iter().enumerate() {
        let mut chars = grade.chars();
        let reliability = Reliability::parse(&chars.next().unwrap().to_string()).unwrap();
        let credibility = Credibility::parse(chars.as_str()).unwrap();
        let article = Article {
            id: ArticleId::random(),
            title: format!("E{}", i + 1),
            outlet: String::new(),
            reliability: Some(reliability),
            author: String::new(),
            url: String::new(),
            published: None,
            notes: String::new(),
            text: (*text).to_owned(),
            dismissed_suggestions: Default::default(),
        };
        let a = article.id;
        doc.apply(builders::add_article(article)).unwrap();
        let (edit, claim) = builders::new_claim(doc.project(), a, 0, text.chars().count()).unwrap();
        doc.apply(edit).unwrap();
        if let Ok(edit) = builders::set_credibility(doc.project(), claim, credibility) {
            doc.apply(edit).unwrap();
        }
        assert_eq!(doc.project().grade_of(doc.project().claims.get(claim).unwrap()).to_string(), *grade);
        claims.push(claim);
    }
    let mut hypotheses = Vec::new();
    for title in ["Retaliation for US chip controls", "Bargaining chip", "Industrial policy", "Environmental clean-up"]
    {
        let (edit, id) = builders::add_hypothesis(title);
        doc.apply(edit).unwrap();
        hypotheses.push(id);
    }
    doc.apply(builders::add_evidence(doc.project(), &claims).unwrap()).unwrap();
    for (claim, (_, _, ratings)) in claims.iter().zip(EXAMPLE) {
        for (h, code) in hypotheses.iter().zip(ratings) {
            let edit = builders::rate(doc.project(), *h, *claim, Rating::parse(code), "").unwrap();
            doc.apply(edit).unwrap();
        }
    }
    (doc, hypotheses, claims)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn the_worked_example_scores_equal_the_hand_computation_in_the_readme() {
    let (doc, h, _) = example();
    let a = of_project(doc.project());
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
    let a = of_project(doc.project());
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
    let w = |r: Reliability, c: Credibility| weight(Grade { reliability: r, credibility: c });
    assert!(close(w(Reliability::A, Credibility::Confirmed), 1.0));
    assert!(close(w(Reliability::B, Credibility::Probable), 0.64));
    assert!(close(weight(Grade::default()), 0.25), "ungraded evidence counts a quarter");
    assert!(w(Reliability::E, Credibility::Improbable) < weight(Grade::default()), "E5 counts less than no judgement");
}
