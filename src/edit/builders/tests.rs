//! The edit builders on a small project: each builds a valid edit, refuses bad input, and undoes exactly.

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
        reliability: None,
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

/// The article's two sentences as claims.
fn two_claims(doc: &mut Document, a: ArticleId) -> (ClaimId, ClaimId) {
    let (e1, c1) = new_claim(doc.project(), a, 0, 45).unwrap();
    let (e2, c2) = new_claim(doc.project(), a, 46, 91).unwrap();
    doc.apply(e1).unwrap();
    doc.apply(e2).unwrap();
    (c1, c2)
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

/// The fixture with two claims as evidence columns and two hypotheses.
fn ach_fixture() -> (Document, [ClaimId; 2], [crate::model::HypothesisId; 2]) {
    let (mut doc, a, _, _, _) = fixture();
    let mut claims = [ClaimId::random(); 2];
    for (i, (start, end)) in [(0, 44), (46, 91)].into_iter().enumerate() {
        let (edit, id) = new_claim(doc.project(), a, start, end).unwrap();
        doc.apply(edit).unwrap();
        claims[i] = id;
    }
    let mut hypotheses = [crate::model::HypothesisId::random(); 2];
    for (i, title) in ["Retaliation for chip controls", "Bargaining before talks"].into_iter().enumerate() {
        let (edit, id) = add_hypothesis(title);
        doc.apply(edit).unwrap();
        hypotheses[i] = id;
    }
    doc.apply(add_evidence(doc.project(), &claims).unwrap()).unwrap();
    (doc, claims, hypotheses)
}

#[test]
fn deleting_an_evidence_claim_takes_its_column_and_ratings_and_undo_brings_them_back() {
    use crate::model::Rating;
    let (mut doc, [first, second], [h1, h2]) = ach_fixture();
    doc.apply(rate(doc.project(), h1, first, Some(Rating::II), "contradicts the timing").unwrap()).unwrap();
    doc.apply(rate(doc.project(), h2, first, Some(Rating::C), "").unwrap()).unwrap();
    doc.apply(rate(doc.project(), h2, second, Some(Rating::I), "").unwrap()).unwrap();
    let rated = doc.project().clone();

    doc.apply(delete_claim(doc.project(), first)).unwrap();
    assert_eq!(doc.project().ach_evidence, vec![second]);
    assert_eq!(doc.project().ach_cells.len(), 1, "only the other column's rating is left");
    doc.undo();
    assert_eq!(doc.project(), &rated, "the column, its place and both ratings with their notes are back");

    doc.apply(delete_hypothesis(doc.project(), h2)).unwrap();
    assert_eq!(doc.project().ach_cells.len(), 1);
    doc.undo();
    assert_eq!(doc.project(), &rated);
}

#[test]
fn a_rating_needs_its_row_and_column_and_a_column_with_ratings_cannot_be_dropped_alone() {
    use crate::model::{AchCell, Rating};
    let (mut doc, [first, second], [h1, _]) = ach_fixture();
    doc.apply(remove_evidence(doc.project(), second).unwrap()).unwrap();
    let err = doc.apply(rate(doc.project(), h1, second, Some(Rating::C), "").unwrap()).unwrap_err();
    assert!(err.to_string().contains("add it as a column first"), "{err}");
    let stray =
        AchCell { hypothesis: crate::model::HypothesisId::random(), claim: first, rating: Rating::N, note: "".into() };
    assert!(doc.apply(Edit::one("rate", Op::Put(Record::AchCell(stray)))).is_err(), "no such hypothesis");

    doc.apply(rate(doc.project(), h1, first, Some(Rating::I), "").unwrap()).unwrap();
    let before = doc.project().clone();
    assert!(doc.apply(Edit::one("drop", Op::SetAchEvidence(vec![]))).is_err());
    assert!(doc.apply(Edit::one("delete", Op::Remove(RecordId::Claim(first)))).is_err());
    assert!(doc.apply(Edit::one("twice", Op::SetAchEvidence(vec![first, first]))).is_err());
    assert_eq!(doc.project(), &before, "refused edits change nothing");
    assert!(add_evidence(doc.project(), &[first]).is_err(), "a claim is a column once");
    assert_eq!(rate(doc.project(), h1, first, Some(Rating::I), "").unwrap_err(), EditError::Empty);
    assert!(doc.apply(add_hypothesis("  ").0).is_err(), "a hypothesis needs a title");
}

#[test]
fn evidence_columns_move_within_the_matrix_and_a_rating_can_be_cleared() {
    use crate::model::Rating;
    let (mut doc, [first, second], [h1, _]) = ach_fixture();
    doc.apply(move_evidence(doc.project(), second, -1).unwrap()).unwrap();
    assert_eq!(doc.project().ach_evidence, vec![second, first]);
    assert!(move_evidence(doc.project(), second, -1).is_err(), "the first column cannot go further left");
    doc.apply(rate(doc.project(), h1, first, Some(Rating::CC), "").unwrap()).unwrap();
    doc.apply(rate(doc.project(), h1, first, None, "").unwrap()).unwrap();
    assert!(doc.project().ach_cells.is_empty());
    assert_eq!(doc.undo_label(), Some("clear rating"));
}

#[test]
fn deleting_a_linked_claim_removes_its_links_and_undo_brings_them_back() {
    let (mut doc, a, _, _, _) = fixture();
    let (c1, c2) = two_claims(&mut doc, a);
    let (link, link_id) = link_claims(c2, c1, crate::model::LinkKind::Contradicts);
    doc.apply(link).unwrap();
    assert_eq!(doc.undo_label(), Some("link claims (contradicts)"));
    assert_eq!(doc.project().links_of(c1).count(), 1);
    // A linked claim cannot be removed bare; the builder takes its links with it.
    assert!(doc.apply(Edit::one("x", Op::Remove(RecordId::Claim(c1)))).is_err());
    let linked = doc.project().clone();

    doc.apply(delete_claim(doc.project(), c1)).unwrap();
    assert!(doc.project().claim_links.is_empty());
    doc.undo();
    assert_eq!(doc.project(), &linked, "undo restores the claim and its link exactly");
    doc.apply(delete_article(doc.project(), a)).unwrap();
    assert!(doc.project().claim_links.is_empty() && doc.project().claims.is_empty());
    doc.undo();
    assert_eq!(doc.project().claim_links.get(link_id).unwrap().from, c2);
}

#[test]
fn a_claim_linked_to_itself_or_twice_or_to_nothing_is_refused() {
    use crate::model::LinkKind;
    let (mut doc, a, _, _, _) = fixture();
    let (c1, c2) = two_claims(&mut doc, a);
    let refused = |doc: &mut Document, edit: Edit| doc.apply(edit).unwrap_err().to_string();
    assert!(refused(&mut doc, link_claims(c1, c1, LinkKind::SameAs).0).contains("itself"));
    assert!(refused(&mut doc, link_claims(c1, ClaimId::random(), LinkKind::SameAs).0).contains("does not exist"));
    doc.apply(link_claims(c1, c2, LinkKind::Corroborates).0).unwrap();
    let twice = refused(&mut doc, link_claims(c2, c1, LinkKind::Contradicts).0);
    assert!(twice.contains("already linked (corroborates)"), "{twice}");
    // Changing the kind of the one link is an edit of it, not a second link.
    let mut link = doc.project().claim_links.iter().next().cloned().unwrap();
    link.kind = LinkKind::Contradicts;
    doc.apply(put_link("change link", link)).unwrap();
    assert_eq!(doc.project().claim_links.len(), 1);
}

#[test]
fn an_article_takes_its_outlets_grade_until_graded_on_its_own() {
    use crate::model::{Credibility, Outlet, Reliability};
    let (mut doc, a, _, _, _) = fixture();
    let (e1, c1) = new_claim(doc.project(), a, 0, 45).unwrap();
    doc.apply(e1).unwrap();
    let mut article = doc.project().articles.get(a).cloned().unwrap();
    article.outlet = " the associated press ".into();
    doc.apply(Edit::one("outlet", Op::Put(Record::Article(article)))).unwrap();
    let claim = |doc: &Document| doc.project().claims.get(c1).cloned().unwrap();
    assert_eq!(doc.project().grade_of(&claim(&doc)).to_string(), "F6", "ungraded is F6");

    let mut ap = Outlet::new("AP", Reliability::B);
    ap.aliases.push("The Associated Press".into());
    let ap_id = ap.id;
    doc.apply(put_outlet("add outlet", ap)).unwrap();
    doc.apply(set_credibility(doc.project(), c1, Credibility::Possible).unwrap()).unwrap();
    assert_eq!(doc.project().grade_of(&claim(&doc)).to_string(), "B3");
    doc.apply(set_article_reliability(doc.project(), a, Some(Reliability::D)).unwrap()).unwrap();
    assert_eq!(doc.project().grade_of(&claim(&doc)).to_string(), "D3");
    assert_eq!(set_article_reliability(doc.project(), a, Some(Reliability::D)), Err(EditError::Empty));
    doc.apply(set_article_reliability(doc.project(), a, None).unwrap()).unwrap();
    doc.apply(delete_outlet(ap_id)).unwrap();
    assert_eq!(doc.project().grade_of(&claim(&doc)).to_string(), "F3");
    doc.undo();
    assert_eq!(doc.project().grade_of(&claim(&doc)).to_string(), "B3");
}

#[test]
fn two_outlets_cannot_answer_to_one_name() {
    use crate::model::{Outlet, Reliability};
    let (mut doc, ..) = fixture();
    doc.apply(put_outlet("add outlet", Outlet::new("Reuters", Reliability::B))).unwrap();
    let mut twin = Outlet::new("Xinhua", Reliability::C);
    twin.aliases.push("reuters".into());
    let err = doc.apply(put_outlet("add outlet", twin)).unwrap_err().to_string();
    assert!(err.contains("“reuters” already names the outlet Reuters"), "{err}");
    assert!(doc.apply(put_outlet("add outlet", Outlet::new("  ", Reliability::B))).is_err());
}

#[test]
fn ignoring_diacritics_is_refused_while_it_would_make_two_outlets_answer_to_one_name() {
    use crate::model::{Matching, Outlet, Reliability};
    let (mut doc, ..) = fixture();
    doc.apply(put_outlet("add outlet", Outlet::new("Le Monde", Reliability::B))).unwrap();
    let mut lemonde = Outlet::new("Lé Monde diplomatique", Reliability::C);
    lemonde.aliases.push("Lé Monde".into());
    let lemonde_id = lemonde.id;
    doc.apply(put_outlet("add outlet", lemonde)).unwrap();
    let before = doc.project().clone();
    let loose = || Edit::one("ignore diacritics", Op::SetMatching(Matching { ignore_diacritics: true }));
    let err = doc.apply(loose()).unwrap_err().to_string();
    assert!(
        err.contains("“Le Monde” (the outlet Le Monde) and “Lé Monde” (the outlet Lé Monde diplomatique) one name"),
        "{err}"
    );
    assert_eq!(doc.project(), &before, "nothing changed");
    // Once the alias is off, the setting is taken, every outlet stays editable, and undo is exact.
    let mut renamed = doc.project().outlets.get(lemonde_id).unwrap().clone();
    renamed.aliases.clear();
    doc.apply(put_outlet("edit outlet", renamed.clone())).unwrap();
    doc.apply(loose()).unwrap();
    renamed.note = "monthly".into();
    doc.apply(put_outlet("edit outlet", renamed)).unwrap();
    doc.undo();
    doc.undo();
    assert!(!doc.project().matching.ignore_diacritics);
}

#[test]
fn two_outlets_a_repaired_file_already_held_under_one_name_do_not_block_the_diacritics_setting() {
    use crate::model::{Matching, Outlet, Reliability};
    let (doc, ..) = fixture();
    let mut p = doc.project().clone();
    p.outlets.put(Outlet::new("AP", Reliability::B));
    p.outlets.put(Outlet::new("ap", Reliability::C));
    let mut doc = Document::new(p, None);
    for ignore_diacritics in [true, false] {
        doc.apply(Edit::one("setting", Op::SetMatching(Matching { ignore_diacritics }))).unwrap();
    }
}
