//! Possible duplicates on the sample project with one act coded again: found by dates, by quote,
//! before creation, and merged in one undoable edit that keeps every evidence claim.

use jiff::ToSpan;

use super::*;
use crate::edit::{Document, builders};
use crate::model::{ClaimId, EventId, FuzzyDate};
use crate::sample::sample_project;

/// A copy of an existing event coded again with its own id, as a second click would.
fn coded_again(p: &mut Project, original: EventId, shift_days: i64, evidence: Vec<ClaimId>) -> EventId {
    let mut e = p.events.get(original).cloned().unwrap();
    e.id = EventId::random();
    let start = e.date.start.checked_add(shift_days.days()).unwrap();
    e.date = FuzzyDate::day(start);
    e.evidence = evidence;
    let id = e.id;
    p.events.put(e);
    id
}

/// A claim no event cites yet, so its quote matches nothing coded.
fn uncoded_claim(p: &Project) -> ClaimId {
    p.claims.iter().find(|c| p.events_of_claim(c.id).next().is_none()).unwrap().id
}

fn first_event(p: &Project) -> EventId {
    p.events.iter().find(|e| e.date.is_exact_day()).unwrap().id
}

#[test]
fn the_sample_project_has_no_duplicate_acts() {
    assert_eq!(find(&sample_project(), DEFAULT_WINDOW_DAYS), vec![]);
}

#[test]
fn the_same_act_coded_a_day_later_is_a_possible_duplicate() {
    let mut p = sample_project();
    let original = first_event(&p);
    let claim = *p.events.get(original).unwrap().evidence.first().unwrap();
    let again = coded_again(&mut p, original, 1, vec![claim]);
    let found = find(&p, DEFAULT_WINDOW_DAYS);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        [found[0].keep, found[0].other].iter().copied().collect::<BTreeSet<_>>(),
        [original, again].into_iter().collect()
    );
    assert_eq!(found[0].why, Why::CloseDates(1));
    assert!(describe(&p, &found[0]).contains("dates 1 day apart"), "{}", describe(&p, &found[0]));
}

#[test]
fn the_same_type_and_dyad_a_week_apart_is_not_a_duplicate() {
    let mut p = sample_project();
    let original = first_event(&p);
    // Evidence from a claim with another quote, so only the dates could match.
    let other_claim = uncoded_claim(&p);
    coded_again(&mut p, original, 7, vec![other_claim]);
    let quote_of = |c: ClaimId| p.claims.get(c).unwrap().quote.clone();
    let same_quote = p.events.get(original).unwrap().evidence.iter().any(|c| quote_of(*c) == quote_of(other_claim));
    assert!(!same_quote);
    assert_eq!(find(&p, DEFAULT_WINDOW_DAYS), vec![]);
}

#[test]
fn the_same_quote_coded_twice_with_the_same_type_is_a_possible_duplicate_whatever_the_dates() {
    let mut p = sample_project();
    let original = first_event(&p);
    let claim = *p.events.get(original).unwrap().evidence.first().unwrap();
    let mut e = p.events.get(original).cloned().unwrap();
    // Coded the wrong way round and a month off: only the quote gives it away.
    (e.source, e.target) = (e.target, e.source);
    e.id = EventId::random();
    e.date = FuzzyDate::day(e.date.start.checked_add(30.days()).unwrap());
    p.events.put(e);
    let found = find(&p, DEFAULT_WINDOW_DAYS);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(matches!(&found[0].why, Why::SameQuote(q) if *q == normalised(&p.claims.get(claim).unwrap().quote)));
}

#[test]
fn a_new_event_is_matched_against_the_existing_act_before_it_is_created() {
    let p = sample_project();
    let original = first_event(&p);
    let mut candidate = p.events.get(original).cloned().unwrap();
    candidate.id = EventId::random();
    candidate.evidence.clear();
    assert_eq!(matching(&p, &candidate, DEFAULT_WINDOW_DAYS).iter().map(|e| e.id).collect::<Vec<_>>(), vec![original]);
    candidate.date = FuzzyDate::day(candidate.date.start.checked_add(10.days()).unwrap());
    assert!(matching(&p, &candidate, DEFAULT_WINDOW_DAYS).is_empty());
}

#[test]
fn merging_a_duplicate_keeps_every_evidence_claim_in_one_undoable_edit() {
    let mut p = sample_project();
    let original = first_event(&p);
    let other_claim = uncoded_claim(&p);
    let again = coded_again(&mut p, original, 1, vec![other_claim]);
    let before = p.clone();
    let mut doc = Document::unsaved(p);
    let d = find(doc.project(), DEFAULT_WINDOW_DAYS).pop().unwrap();
    let all_evidence: BTreeSet<ClaimId> =
        [d.keep, d.other].iter().flat_map(|id| doc.project().events.get(*id).unwrap().evidence.clone()).collect();
    doc.apply(builders::merge_events(doc.project(), d.keep, d.other).unwrap()).unwrap();
    let kept = doc.project().events.get(d.keep).unwrap();
    assert_eq!(kept.evidence.iter().copied().collect::<BTreeSet<_>>(), all_evidence);
    assert!(doc.project().events.get(d.other).is_none());
    assert!([original, again].contains(&d.keep));
    assert_eq!(find(doc.project(), DEFAULT_WINDOW_DAYS), vec![]);
    doc.undo();
    assert_eq!(doc.project(), &before);
}
