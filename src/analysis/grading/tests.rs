//! The confidence rule, the minimum grade and self-contradicting evidence, on the sample
//! project graded by hand (`tests/fixtures/graded-sample.ron`: Reuters B, Regional Digest C).

use super::*;
use crate::edit::{Document, builders};
use crate::model::{Credibility, Reliability};

const GRADED: &str = include_str!("../../../tests/fixtures/graded-sample.ron");

fn graded() -> Project {
    crate::io::project_file::parse(GRADED).unwrap()
}

fn id<T: std::str::FromStr>(hex: &str) -> T
where
    T::Err: std::fmt::Debug,
{
    hex.parse().unwrap()
}

fn confidence_of(p: &Project, event: &str) -> EventConfidence {
    Grading::new(p).confidence(p.events.get(id(event)).unwrap()).unwrap()
}

const B3: Grade = Grade { reliability: Reliability::B, credibility: Credibility::Possible };

#[test]
fn an_event_reported_by_two_outlets_takes_the_best_grade_and_is_corroborated() {
    // Trump's "totally violated" (Regional Digest, C2) and "They violated" (Reuters, B1).
    let c = confidence_of(&graded(), "c241a4f00defc654");
    assert_eq!(c.best.to_string(), "B1");
    assert_eq!(c.grade.to_string(), "B1", "1 is as high as credibility goes");
    assert_eq!(c.corroborated_by, Some(id("abae5469d445bb24")));
    assert_eq!(c.contradicted_by, None);
}

#[test]
fn contradicted_evidence_lowers_the_credibility_one_step() {
    // Greer's accusation (Reuters, B2) is contradicted by Liu's statement; its second evidence
    // claim is from the same outlet, so it is not independent corroboration.
    let c = confidence_of(&graded(), "2c9a299141b9a8a9");
    assert_eq!((c.best.to_string(), c.grade.to_string()), ("B2".into(), "B3".into()));
    assert_eq!(c.contradicted_by, Some(id("b2a040b2db607d93")));
    assert_eq!(c.corroborated_by, None);
    assert_eq!(c.explain(), "B3 (evidence at best B2, lowered: contradicted by a linked claim)");
}

#[test]
fn a_corroborating_link_from_a_second_outlet_raises_the_credibility_and_a_copy_does_not() {
    let p = graded();
    let mut doc = Document::new(p, None);
    // Trump's promise to speak to Xi (Reuters, B3) alone; then linked to the Regional Digest
    // sentence that reports the same wish.
    let event = "d2c6a627b8e4fe30";
    assert_eq!(confidence_of(doc.project(), event).grade, B3);
    let (link, link_id) = builders::link_claims(id("613adb32d1f0e369"), id("34006fb8bedb7db7"), LinkKind::Corroborates);
    doc.apply(link).unwrap();
    let c = confidence_of(doc.project(), event);
    assert_eq!(c.grade.to_string(), "B2");
    assert_eq!(c.explain(), "B2 (evidence at best B3, raised: corroborated by a second outlet)");
    // The same sentence reprinted (same as) is not an independent report.
    let mut link = doc.project().claim_links.get(link_id).cloned().unwrap();
    link.kind = LinkKind::SameAs;
    doc.apply(builders::put_link("same as", link)).unwrap();
    assert_eq!(confidence_of(doc.project(), event).grade, B3);
}

#[test]
fn ungraded_evidence_is_f6_and_stays_so_whatever_the_links() {
    let p = crate::sample::sample_project();
    let event = p.events.iter().find(|e| e.evidence.len() == 2).unwrap();
    let c = Grading::new(&p).confidence(event).unwrap();
    assert_eq!(c.grade.to_string(), "F6");
    assert_eq!(c.explain(), "F6 (reliability cannot be judged; truth cannot be judged)");
}

#[test]
fn at_a_minimum_grade_only_events_with_evidence_that_meets_it_remain() {
    let p = graded();
    // By hand: only Reuters (B) claims graded 1 to 3 meet B3: Greer's accusation (B2), "They
    // violated" (B1) and the promise to speak to Xi (B3), one claim each of three events.
    let min = B3;
    let filter = crate::analysis::filter::EventFilter { min_grade: Some(min), ..Default::default() };
    let kept: Vec<String> = p.events.iter().filter(|e| filter.keeps(&p, e)).map(|e| e.id.to_string()).collect();
    assert_eq!(kept, ["c241a4f00defc654", "d2c6a627b8e4fe30", "2c9a299141b9a8a9"]);
    let seen = at_least(&p, min);
    assert_eq!(
        seen.claims.ids().map(|c| c.to_string()).collect::<Vec<_>>(),
        ["abae5469d445bb24", "34006fb8bedb7db7", "ee5785594c326de2"]
    );
    assert_eq!(seen.events.ids().map(|e| e.to_string()).collect::<Vec<_>>(), kept);
    assert_eq!(seen.events.get(id("c241a4f00defc654")).unwrap().evidence, vec![id("abae5469d445bb24")]);
    assert!(seen.claim_links.is_empty(), "each link has an end below the minimum");
    let (_, problems) = crate::io::repair::check_in_memory(&seen);
    assert!(problems.is_empty(), "the graded view is a sound project: {problems:?}");
    assert_eq!(at_least(&p, Grade { reliability: Reliability::F, credibility: Credibility::CannotJudge }), p);
}

#[test]
fn at_a_minimum_grade_the_hypotheses_matrix_keeps_only_the_evidence_that_meets_it() {
    // The README's worked example at B2: E1 (A1), E2 (B2), E5 (A2) and E8 (B2) remain.
    let p = crate::analysis::ach::worked_example();
    let seen = at_least(&p, Grade { reliability: Reliability::B, credibility: Credibility::Probable });
    let kept = [0, 1, 4, 7].map(|i| p.ach_evidence[i]);
    assert_eq!(seen.ach_evidence, kept);
    assert_eq!(seen.ach_cells.len(), 4 * 4, "four hypotheses rated on four pieces of evidence");
    assert!(seen.ach_cells.iter().all(|cell| kept.contains(&cell.claim)));
    assert_eq!(seen.hypotheses, p.hypotheses);
    let (_, problems) = crate::io::repair::check_in_memory(&seen);
    assert!(problems.is_empty(), "the graded view is a sound project: {problems:?}");
}

#[test]
fn an_event_whose_evidence_contradicts_itself_is_found() {
    let mut doc = Document::new(graded(), None);
    assert!(self_contradictions(doc.project()).is_empty());
    // Greer's event has two evidence claims; the analyst judges one to contradict the other.
    let (link, _) = builders::link_claims(id("d7f0744d41f05499"), id("ee5785594c326de2"), LinkKind::Contradicts);
    doc.apply(link).unwrap();
    let found = self_contradictions(doc.project());
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].event, id("2c9a299141b9a8a9"));
}
