//! The actor builders: affiliation periods, refused cycles and sides, codes and Wikidata items.

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

mod merging {
    use super::*;
    use crate::edit::builders;
    use crate::model::Conflict;
    use crate::sample::sample_project;

    fn twin_of_china(doc: &mut Document) -> (ActorId, ActorId) {
        let p = doc.project();
        let china = p.find_actor("China").unwrap().id;
        let mut twin = Actor::new("PRC government", ActorKind::State, Colour::palette(9));
        twin.aliases = vec!["Beijing".into(), "中华人民共和国".into(), "ＰＲＣ".into()];
        twin.alias_languages.insert("中华人民共和国".into(), "zh".into());
        twin.qid = Some("Q148".into());
        let twin_id = twin.id;
        doc.apply(Edit::one("twin", Op::Put(Record::Actor(twin)))).unwrap();
        (china, twin_id)
    }

    #[test]
    fn merging_moves_every_reference_unites_the_names_and_undoes_as_one_edit() {
        let mut doc = Document::new(sample_project(), None);
        let (china, twin) = twin_of_china(&mut doc);
        // The twin speaks in one claim, is the target of an event, and a ministry acts for it.
        let p = doc.project().clone();
        let claim = p.claims.iter().find(|c| c.speaker == Some(china)).unwrap().clone();
        let event = p.events.iter().find(|e| e.target == china).unwrap().clone();
        let mofcom = p.find_actor("MOFCOM").unwrap().clone();
        let conflict = Conflict {
            kind: "actor".into(),
            id: twin.to_string(),
            label: "PRC government".into(),
            field: "name".into(),
            base: "\"PRC government\"".into(),
            ours: "\"PRC government\"".into(),
            theirs: "\"PRC\"".into(),
        };
        let edit = Edit::new(
            "point at the twin",
            vec![
                Op::Put(Record::Claim(crate::model::Claim { speaker: Some(twin), ..claim.clone() })),
                Op::Put(Record::Event(crate::model::Event { target: twin, ..event.clone() })),
                Op::Put(Record::Actor(Actor { affiliations: vec![Affiliation::always(twin)], ..mofcom.clone() })),
                Op::SetConflicts(vec![conflict]),
            ],
        );
        doc.apply(edit).unwrap();
        let before = doc.project().clone();

        doc.apply(builders::merge_actors(doc.project(), china, twin).unwrap()).unwrap();
        let p = doc.project();
        assert!(p.actors.get(twin).is_none());
        assert_eq!(p.claims.get(claim.id).unwrap().speaker, Some(china));
        assert_eq!(p.events.get(event.id).unwrap().target, china);
        assert_eq!(p.acts_for_at(mofcom.id, None), Some(china));
        assert_eq!((p.conflicts[0].id.as_str(), p.conflicts[0].label.as_str()), (china.to_string().as_str(), "China"));
        let merged = p.actors.get(china).unwrap();
        assert!(
            merged.aliases.contains(&"PRC government".to_owned())
                && merged.aliases.contains(&"中华人民共和国".to_owned())
        );
        assert_eq!(merged.aliases.iter().filter(|a| a.as_str() == "Beijing").count(), 1, "Beijing once");
        assert!(!merged.aliases.iter().any(|a| a == "ＰＲＣ"), "the twin's full-width ＰＲＣ is China's PRC");
        assert_eq!(merged.alias_languages.get("中华人民共和国").map(String::as_str), Some("zh"));
        assert_eq!(merged.qid.as_deref(), Some("Q148"));
        assert_eq!(doc.undo_label(), Some("merge actor PRC government into China"));
        doc.undo();
        assert_eq!(doc.project(), &before, "one undo puts everything back");
    }

    #[test]
    fn merging_copies_the_language_only_of_aliases_the_kept_actor_takes_and_undo_restores_it() {
        let mut doc = Document::new(sample_project(), None);
        let (china, twin) = twin_of_china(&mut doc);
        let mut tagged = doc.project().actors.get(twin).unwrap().clone();
        tagged.alias_languages.insert("ＰＲＣ".into(), "en".into());
        tagged.alias_languages.insert("Beijing".into(), "en".into());
        doc.apply(Edit::one("tag", Op::Put(Record::Actor(tagged)))).unwrap();
        let before = doc.project().clone();
        doc.apply(builders::merge_actors(doc.project(), china, twin).unwrap()).unwrap();
        let merged = doc.project().actors.get(china).unwrap();
        let orphans: Vec<&String> = merged.alias_languages.keys().filter(|a| !merged.aliases.contains(a)).collect();
        assert!(orphans.is_empty(), "languages of names China does not have: {orphans:?}");
        assert_eq!(merged.alias_languages.get("中华人民共和国").map(String::as_str), Some("zh"));
        doc.undo();
        assert_eq!(doc.project(), &before);
    }

    #[test]
    fn two_actors_with_different_wikidata_items_or_sides_on_one_day_are_not_merged() {
        let mut doc = Document::new(sample_project(), None);
        let (china, twin) = twin_of_china(&mut doc);
        doc.apply(set_qid(doc.project(), china, "Q29520").unwrap()).unwrap();
        let msg = refusal(&mut doc, |p| builders::merge_actors(p, china, twin));
        assert!(msg.contains("different Wikidata items (Q29520 and Q148)"), "{msg}");
        let us = doc.project().find_actor("United States").unwrap().id;
        let (greer, liu) = (doc.project().find_actor("Greer").unwrap().id, doc.project().find_actor("Liu").unwrap().id);
        let msg = refusal(&mut doc, |p| builders::merge_actors(p, greer, liu));
        assert!(msg.contains("at the same time"), "{msg}");
        assert_eq!(doc.project().acts_for_at(greer, None), Some(us), "nothing changed");
    }

    #[test]
    fn two_states_with_acts_between_them_are_not_merged_and_the_refusal_names_those_acts() {
        let mut doc = Document::new(sample_project(), None);
        let p = doc.project().clone();
        let (us, china) = (p.find_actor("United States").unwrap().id, p.find_actor("China").unwrap().id);
        let ends =
            |e: &&crate::model::Event| [e.source, e.target].contains(&us) && [e.source, e.target].contains(&china);
        let between: Vec<_> = p.events.iter().filter(ends).collect();
        let first = between[0];
        let msg = refusal(&mut doc, |p| builders::merge_actors(p, us, china));
        assert!(msg.contains(&format!("{} events between them", between.len())), "{msg}");
        assert!(msg.contains(&first.date.describe()) && msg.contains("act of one actor on itself"), "{msg}");
        assert_eq!(doc.project(), &p, "nothing changed");
    }

    #[test]
    fn a_twin_that_acted_for_the_kept_actor_leaves_no_empty_period_but_keeps_a_role() {
        let mut doc = Document::new(sample_project(), None);
        let (china, twin) = twin_of_china(&mut doc);
        let mut t = doc.project().actors.get(twin).unwrap().clone();
        let spokesman = Affiliation { acts_for: Some(china), role: "spokesman".into(), from: None, to: None };
        t.affiliations = vec![Affiliation::always(china), spokesman];
        doc.apply(Edit::one("twin acts for China", Op::Put(Record::Actor(t)))).unwrap();
        let before = doc.project().actors.get(china).unwrap().affiliations.clone();
        doc.apply(builders::merge_actors(doc.project(), china, twin).unwrap()).unwrap();
        let after = &doc.project().actors.get(china).unwrap().affiliations;
        let role = Affiliation { role: "spokesman".into(), ..Affiliation::default() };
        assert_eq!(after, &[before, vec![role]].concat(), "the bare side went; the role stayed, with no side");
    }
}
