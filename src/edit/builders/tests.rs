use jiff::civil::date;

use super::*;
use crate::edit::Document;
use crate::model::{Actor, ActorKind, Affiliation, Colour, FuzzyDate, Tag};

/// One article, two actors, one tag: enough to exercise every builder.
fn fixture() -> (Document, ArticleId, ActorId, ActorId, TagId) {
    let mut p = Project::new("test");
    let article = Article {
        id: ArticleId::random(),
        title: "Truce crumbles".into(),
        outlet: String::new(),
        author: String::new(),
        url: String::new(),
        published: Some(date(2025, 6, 2)),
        notes: String::new(),
        text: "Trump said China “totally violated” the pact. Beijing vowed “strong and resolute measures”.".into(),
        dismissed_suggestions: Default::default(),
    };
    let a = article.id;
    p.articles.put(article);
    let us = Actor::new("United States", ActorKind::State, Colour::palette(0));
    let cn = Actor::new("China", ActorKind::State, Colour::palette(1));
    let (us_id, cn_id) = (us.id, cn.id);
    p.actors.put(us);
    p.actors.put(cn);
    let tag = Tag::new("accusation", Colour::palette(2));
    let t = tag.id;
    p.tags.put(tag);
    (Document::new(p, None), a, us_id, cn_id, t)
}

fn event_on(doc: &Document, claim: ClaimId, source: ActorId, target: ActorId) -> Event {
    Event {
        id: EventId::random(),
        kind: doc.project().taxonomy.iter().find(|t| t.name == "Accuse / criticise").unwrap().id,
        source,
        target,
        bilateral: false,
        date: FuzzyDate::day(date(2025, 5, 30)),
        score: None,
        evidence: vec![claim],
        note: String::new(),
    }
}

#[test]
fn a_claim_is_created_tagged_and_undone_step_by_step() {
    let (mut doc, a, _, _, tag) = fixture();
    let original = doc.project().clone();
    let (edit, claim) = new_claim(doc.project(), a, 17, 35).unwrap();
    doc.apply(edit).unwrap();
    assert_eq!(doc.project().claims.get(claim).unwrap().quote, "“totally violated”");
    doc.apply(toggle_tag(doc.project(), claim, tag).unwrap()).unwrap();
    assert_eq!(doc.undo_label(), Some("tag claim"));
    assert_eq!(doc.project().claims.get(claim).unwrap().tags, vec![tag]);

    assert_eq!(doc.undo().as_deref(), Some("tag claim"));
    assert!(doc.project().claims.get(claim).unwrap().tags.is_empty());
    assert_eq!(doc.undo().as_deref(), Some("new claim"));
    assert_eq!(doc.project(), &original);
    assert!(!doc.is_dirty(), "undoing back to the opened state is not a change");
    assert_eq!(doc.redo().as_deref(), Some("new claim"));
    assert!(doc.project().claims.contains(claim));
    assert!(doc.is_dirty());
}

#[test]
fn bad_edits_are_refused_and_change_nothing() {
    let (mut doc, a, us, _, _) = fixture();
    let before = doc.project().clone();
    assert!(new_claim(doc.project(), a, 5, 5).is_err());
    assert!(new_claim(doc.project(), a, 5, 5000).is_err());
    let (edit, claim) = new_claim(doc.project(), a, 0, 5).unwrap();
    // A batch whose second op is invalid is rolled back whole.
    assert!(!doc.project().claims.contains(claim));
    let mut ops = edit.ops.clone();
    let Op::Put(Record::Claim(c)) = &edit.ops[0] else { panic!() };
    let mut wrong = c.clone();
    wrong.id = ClaimId::random();
    wrong.quote = "not the text".into();
    ops.push(Op::Put(Record::Claim(wrong)));
    let err = doc.apply(Edit::new("two claims", ops)).unwrap_err();
    assert!(err.to_string().contains("is not the text"), "{err}");
    assert_eq!(doc.project(), &before);
    // An actor cannot be affiliated with itself through a cycle.
    let mut us_actor = doc.project().actors.get(us).cloned().unwrap();
    us_actor.affiliations = vec![Affiliation::always(us)];
    assert!(doc.apply(Edit::one("affiliate", Op::Put(Record::Actor(us_actor)))).is_err());
    assert_eq!(doc.project(), &before);
}

#[test]
fn one_act_reported_twice_is_one_event_with_two_claims() {
    let (mut doc, a, us, cn, _) = fixture();
    let (e1, c1) = new_claim(doc.project(), a, 0, 45).unwrap();
    let (e2, c2) = new_claim(doc.project(), a, 46, 91).unwrap();
    doc.apply(e1).unwrap();
    doc.apply(e2).unwrap();
    let event = event_on(&doc, c1, us, cn);
    let event_id = event.id;
    doc.apply(put_event("code event", event)).unwrap();
    doc.apply(link_evidence(doc.project(), c2, event_id).unwrap()).unwrap();
    assert_eq!(doc.project().events.len(), 1);
    assert_eq!(doc.project().events.get(event_id).unwrap().evidence, vec![c1, c2]);
    // A claim cannot be evidence twice, nor removed while it is evidence.
    assert!(link_evidence(doc.project(), c2, event_id).is_err());
    assert!(doc.apply(Edit::one("x", Op::Remove(RecordId::Claim(c1)))).is_err());

    // Deleting one claim keeps the event with the other; deleting both removes it.
    doc.apply(delete_claim(doc.project(), c1)).unwrap();
    assert_eq!(doc.project().events.get(event_id).unwrap().evidence, vec![c2]);
    doc.apply(delete_claim(doc.project(), c2)).unwrap();
    assert!(doc.project().events.is_empty());
    doc.undo();
    doc.undo();
    assert_eq!(doc.project().events.get(event_id).unwrap().evidence, vec![c1, c2]);
}

#[test]
fn deleting_actors_tags_and_articles_leaves_no_dangling_reference() {
    let (mut doc, a, us, cn, tag) = fixture();
    let (e1, c1) = new_claim(doc.project(), a, 0, 45).unwrap();
    doc.apply(e1).unwrap();
    let mut claim = doc.project().claims.get(c1).cloned().unwrap();
    claim.speaker = Some(us);
    claim.targets = vec![cn];
    claim.tags = vec![tag];
    doc.apply(update_claim("set speaker", claim)).unwrap();
    doc.apply(put_event("code event", event_on(&doc, c1, us, cn))).unwrap();
    let full = doc.project().clone();

    doc.apply(delete_actor(doc.project(), cn)).unwrap();
    assert!(doc.project().events.is_empty());
    assert!(doc.project().claims.get(c1).unwrap().targets.is_empty());
    doc.apply(delete_tag(doc.project(), tag)).unwrap();
    assert!(doc.project().claims.get(c1).unwrap().tags.is_empty());
    doc.apply(delete_article(doc.project(), a)).unwrap();
    assert!(doc.project().claims.is_empty() && doc.project().articles.is_empty());

    assert_eq!(doc.undo().as_deref(), Some("delete article"));
    assert_eq!(doc.undo().as_deref(), Some("delete tag"));
    assert_eq!(doc.undo().as_deref(), Some("delete actor"));
    assert_eq!(doc.project(), &full, "undo restores every record in its place");
}

#[test]
fn accepting_a_suggestion_makes_a_claim_and_rejecting_one_is_remembered_both_undoably() {
    use crate::analysis::assist::{AssistInput, assist};
    let (mut doc, a, us, cn, _) = fixture();
    let mut trump = Actor::new("Donald Trump", ActorKind::Person, Colour::palette(3));
    trump.aliases = vec!["Trump".into()];
    trump.affiliations = vec![Affiliation::always(us)];
    let trump_id = trump.id;
    doc.apply(Edit::one("new actor", Op::Put(Record::Actor(trump)))).unwrap();
    let mut china = doc.project().actors.get(cn).unwrap().clone();
    china.aliases = vec!["Beijing".into()];
    doc.apply(Edit::one("edit actor", Op::Put(Record::Actor(china)))).unwrap();

    let suggestions = assist(&AssistInput::of_article(doc.project(), a).unwrap()).suggestions;
    assert_eq!(suggestions.len(), 2, "{suggestions:#?}");
    let (edit, claim) = accept_suggestion(doc.project(), a, &suggestions[0]).unwrap();
    doc.apply(edit).unwrap();
    let c = doc.project().claims.get(claim).unwrap();
    assert_eq!(c.quote, "Trump said China “totally violated” the pact.");
    assert_eq!((c.speaker, c.targets.clone()), (Some(trump_id), vec![cn]));
    // The accepted sentence is claimed now, so it is no longer suggested.
    let left = assist(&AssistInput::of_article(doc.project(), a).unwrap()).suggestions;
    assert_eq!(left.len(), 1);

    let edit = reject_suggestion(doc.project(), a, &left[0].quote).unwrap();
    doc.apply(edit).unwrap();
    assert!(assist(&AssistInput::of_article(doc.project(), a).unwrap()).suggestions.is_empty());
    assert_eq!(reject_suggestion(doc.project(), a, &left[0].quote), Err(EditError::Empty), "rejected once is enough");
    assert_eq!(doc.undo().as_deref(), Some("reject suggestion"));
    assert_eq!(assist(&AssistInput::of_article(doc.project(), a).unwrap()).suggestions, left);

    // A suggestion computed on text that has changed since is refused, not claimed blindly.
    let (edit, _) =
        edit_text(doc.project(), a, &format!("Earlier: {}", doc.project().articles.get(a).unwrap().text)).unwrap();
    doc.apply(edit).unwrap();
    assert!(matches!(accept_suggestion(doc.project(), a, &left[0]), Err(EditError::Invalid(_))));
}
