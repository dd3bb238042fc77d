use jiff::civil::{Date, date};

use super::*;
use crate::edit::{Document, EditError};
use crate::model::{Actor, ActorKind, Colour};

/// Two governments and a minister who acts for no one yet.
fn fixture() -> (Document, ActorId, ActorId, ActorId) {
    let mut p = Project::new("periods");
    let mut put = |name: &str, kind| {
        let a = Actor::new(name, kind, Colour::palette(p.actors.len()));
        let id = a.id;
        p.actors.put(a);
        id
    };
    let (old, new, minister) = (
        put("Old government", ActorKind::State),
        put("New government", ActorKind::State),
        put("Minister", ActorKind::Person),
    );
    (Document::new(p, None), old, new, minister)
}

fn period(side: Option<ActorId>, from: Option<Date>, to: Option<Date>) -> Affiliation {
    Affiliation { acts_for: side, role: "minister".into(), from, to }
}

fn refusal(doc: &mut Document, build: impl FnOnce(&Project) -> Result<Edit, EditError>) -> String {
    match build(doc.project()).and_then(|e| doc.apply(e)) {
        Err(EditError::Invalid(msg)) => msg,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_minister_who_changes_government_acts_for_each_on_its_own_days_and_undo_restores() {
    let (mut doc, old, new, minister) = fixture();
    let periods =
        vec![period(Some(old), None, Some(date(2025, 3, 31))), period(Some(new), Some(date(2025, 4, 1)), None)];
    doc.apply(set_affiliations(doc.project(), minister, periods).unwrap()).unwrap();
    let p = doc.project();
    assert_eq!(p.acts_for_at(minister, Some(date(2025, 3, 31))), Some(old));
    assert_eq!(p.acts_for_at(minister, Some(date(2025, 4, 1))), Some(new));
    assert_eq!(p.acts_for_at(minister, None), Some(new), "the open-ended period is the current one");
    assert_eq!(doc.undo_label(), Some("set periods of Minister"));
    doc.undo();
    assert!(doc.project().actors.get(minister).unwrap().affiliations.is_empty());
}

#[test]
fn a_period_that_ends_before_it_starts_is_refused() {
    let (mut doc, old, _, minister) = fixture();
    let edit = |p: &Project| {
        set_affiliations(p, minister, vec![period(Some(old), Some(date(2025, 5, 1)), Some(date(2025, 4, 1)))])
    };
    let msg = refusal(&mut doc, edit);
    assert!(msg.contains("2025-05-01 to 2025-04-01") && msg.contains("ends before it starts"), "{msg}");
}

#[test]
fn acting_for_itself_or_for_a_missing_actor_is_refused() {
    let (mut doc, _, _, minister) = fixture();
    let edit = |p: &Project| set_affiliations(p, minister, vec![period(Some(minister), None, None)]);
    assert!(refusal(&mut doc, edit).contains("cannot act for itself"));
    let missing = ActorId::random();
    let msg = refusal(&mut doc, |p| set_affiliations(p, minister, vec![period(Some(missing), None, None)]));
    assert!(msg.contains("does not exist"), "{msg}");
}

#[test]
fn two_sides_at_once_are_refused_naming_both_but_a_role_alongside_a_side_is_fine() {
    let (mut doc, old, new, minister) = fixture();
    let overlapping =
        vec![period(Some(old), None, Some(date(2025, 4, 10))), period(Some(new), Some(date(2025, 4, 1)), None)];
    let msg = refusal(&mut doc, |p| set_affiliations(p, minister, overlapping));
    assert!(
        msg.contains("Old government (until 2025-04-10)") && msg.contains("New government (from 2025-04-01)"),
        "{msg}"
    );
    let with_role = vec![period(Some(old), None, None), period(None, Some(date(2025, 1, 1)), None)];
    doc.apply(set_affiliations(doc.project(), minister, with_role).unwrap()).unwrap();
}

#[test]
fn a_chain_that_leads_back_to_the_actor_on_some_day_is_refused_and_one_on_other_days_is_not() {
    let (mut doc, old, new, _) = fixture();
    // The old government is run from the new one in 2020; the new one from the old in 2021.
    let first = vec![period(Some(new), Some(date(2020, 1, 1)), Some(date(2020, 12, 31)))];
    doc.apply(set_affiliations(doc.project(), old, first).unwrap()).unwrap();
    let later = vec![period(Some(old), Some(date(2021, 1, 1)), None)];
    doc.apply(set_affiliations(doc.project(), new, later).unwrap()).unwrap();
    let clash = vec![period(Some(old), Some(date(2020, 6, 1)), None)];
    let msg = refusal(&mut doc, |p| set_affiliations(p, new, clash));
    assert!(msg.contains("act for itself on 2020-06-01"), "{msg}");
}

#[test]
fn a_country_code_and_a_wikidata_item_are_read_as_typed_and_a_code_names_one_actor() {
    let (mut doc, old, new, _) = fixture();
    doc.apply(set_code(doc.project(), old, "usa").unwrap()).unwrap();
    doc.apply(set_qid(doc.project(), old, "https://www.wikidata.org/wiki/Q30").unwrap()).unwrap();
    let a = doc.project().actors.get(old).unwrap();
    assert_eq!((a.code.as_deref(), a.qid.as_deref()), (Some("USA"), Some("Q30")));
    assert_eq!(a.wikidata_url().as_deref(), Some("https://www.wikidata.org/wiki/Q30"));
    let msg = refusal(&mut doc, |p| set_code(p, new, "USA"));
    assert!(msg.contains("already Old government's"), "{msg}");
    assert!(matches!(set_qid(doc.project(), new, "thirty"), Err(EditError::Invalid(m)) if m.contains("Q30")));
    assert_eq!(set_code(doc.project(), old, "USA").unwrap_err(), EditError::Empty);
    doc.apply(set_code(doc.project(), old, "").unwrap()).unwrap();
    assert_eq!(doc.project().actors.get(old).unwrap().code, None);
}
