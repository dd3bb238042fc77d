//! Properties over random inputs: undo gives back the original project whatever the edits,
//! files round-trip, and text edits outside a claim keep it exactly on its words.

use faultline::edit::{Document, Edit, Op, Record, builders};
use faultline::io::project_file::{parse, to_ron};
use faultline::model::text::slice_chars;
use faultline::model::{
    Actor, ActorKind, ClaimId, Colour, Credibility, FuzzyDate, LinkKind, Outlet, Project, Rating, Reliability, Tag,
};
use faultline::sample::sample_project;
use proptest::prelude::*;

/// One analyst action, chosen by index into whatever the project holds at that moment.
#[derive(Clone, Debug)]
enum Step {
    NewClaim { article: usize, start: usize, len: usize },
    ToggleTag { claim: usize, tag: usize },
    SetSpeaker { claim: usize, actor: usize },
    DeleteClaim { claim: usize },
    NewActor { name: String },
    DeleteActor { actor: usize },
    NewTag { name: String, parent: usize },
    DeleteTag { tag: usize },
    CodeEvent { claim: usize, source: usize, target: usize, kind: usize },
    LinkEvidence { claim: usize, event: usize },
    DeleteEvent { event: usize },
    EditText { article: usize, at: usize, insert: String, delete: usize },
    DeleteArticle { article: usize },
    Rename { name: String },
    AddHypothesis { title: String },
    DeleteHypothesis { hypothesis: usize },
    AddEvidence { claim: usize },
    RemoveEvidence { column: usize },
    Rate { hypothesis: usize, column: usize, rating: usize, note: String },
    NewOutlet { name: String, alias: String, reliability: usize },
    GradeArticle { article: usize, reliability: usize },
    GradeClaim { claim: usize, credibility: usize },
    LinkClaims { from: usize, to: usize, kind: usize },
    Unlink { link: usize },
}

fn step() -> impl Strategy<Value = Step> {
    let i = || 0usize..64;
    prop_oneof![
        (i(), 0usize..4000, 1usize..80).prop_map(|(article, start, len)| Step::NewClaim { article, start, len }),
        (i(), i()).prop_map(|(claim, tag)| Step::ToggleTag { claim, tag }),
        (i(), i()).prop_map(|(claim, actor)| Step::SetSpeaker { claim, actor }),
        i().prop_map(|claim| Step::DeleteClaim { claim }),
        "[A-Za-z ]{1,12}".prop_map(|name| Step::NewActor { name }),
        i().prop_map(|actor| Step::DeleteActor { actor }),
        ("[a-z]{1,8}", i()).prop_map(|(name, parent)| Step::NewTag { name, parent }),
        i().prop_map(|tag| Step::DeleteTag { tag }),
        (i(), i(), i(), i()).prop_map(|(claim, source, target, kind)| Step::CodeEvent { claim, source, target, kind }),
        (i(), i()).prop_map(|(claim, event)| Step::LinkEvidence { claim, event }),
        i().prop_map(|event| Step::DeleteEvent { event }),
        (i(), 0usize..4000, "[a-z —“”中]{0,6}", 0usize..6).prop_map(|(article, at, insert, delete)| Step::EditText {
            article,
            at,
            insert,
            delete
        }),
        i().prop_map(|article| Step::DeleteArticle { article }),
        "[A-Za-z]{1,10}".prop_map(|name| Step::Rename { name }),
        "[A-Za-z ]{0,12}".prop_map(|title| Step::AddHypothesis { title }),
        i().prop_map(|hypothesis| Step::DeleteHypothesis { hypothesis }),
        i().prop_map(|claim| Step::AddEvidence { claim }),
        i().prop_map(|column| Step::RemoveEvidence { column }),
        (i(), i(), 0usize..6, "[a-z “”]{0,6}").prop_map(|(hypothesis, column, rating, note)| Step::Rate {
            hypothesis,
            column,
            rating,
            note
        }),
        ("[A-Za-z ]{1,10}", "[A-Za-z]{0,6}", i()).prop_map(|(name, alias, reliability)| Step::NewOutlet {
            name,
            alias,
            reliability
        }),
        (i(), i()).prop_map(|(article, reliability)| Step::GradeArticle { article, reliability }),
        (i(), i()).prop_map(|(claim, credibility)| Step::GradeClaim { claim, credibility }),
        (i(), i(), i()).prop_map(|(from, to, kind)| Step::LinkClaims { from, to, kind }),
        i().prop_map(|link| Step::Unlink { link }),
    ]
}

fn nth<T: Copy>(mut it: impl ExactSizeIterator<Item = T>, i: usize) -> Option<T> {
    let n = it.len();
    if n == 0 { None } else { it.nth(i % n) }
}

/// The edit a step makes on the project as it is, if it makes sense there.
fn edit_for(p: &Project, step: &Step) -> Option<Edit> {
    let claim = |i| nth(p.claims.ids(), i);
    let actor = |i| nth(p.actors.ids(), i);
    match step {
        Step::NewClaim { article, start, len } => {
            let a = p.articles.get(nth(p.articles.ids(), *article)?)?;
            let n = a.text.chars().count();
            let s = start % n.max(1);
            builders::new_claim(p, a.id, s, (s + len).min(n)).ok().map(|(e, _)| e)
        }
        Step::ToggleTag { claim: c, tag } => builders::toggle_tag(p, claim(*c)?, nth(p.tags.ids(), *tag)?).ok(),
        Step::SetSpeaker { claim: c, actor: a } => {
            let mut cl = p.claims.get(claim(*c)?)?.clone();
            cl.speaker = Some(actor(*a)?);
            Some(builders::update_claim("set speaker", cl))
        }
        Step::DeleteClaim { claim: c } => Some(builders::delete_claim(p, claim(*c)?)),
        Step::NewActor { name } => Some(Edit::one(
            "new actor",
            Op::Put(Record::Actor(Actor::new(name.clone(), ActorKind::Person, Colour::palette(1)))),
        )),
        Step::DeleteActor { actor: a } => Some(builders::delete_actor(p, actor(*a)?)),
        Step::NewTag { name, parent } => {
            let mut t = Tag::new(name.clone(), Colour::palette(2));
            t.parent = nth(p.tags.ids(), *parent);
            Some(Edit::one("new tag", Op::Put(Record::Tag(t))))
        }
        Step::DeleteTag { tag } => Some(builders::delete_tag(p, nth(p.tags.ids(), *tag)?)),
        Step::CodeEvent { claim: c, source, target, kind } => {
            let e = faultline::model::Event {
                id: faultline::model::EventId::random(),
                kind: nth(p.taxonomy.ids(), *kind)?,
                source: actor(*source)?,
                target: actor(*target)?,
                bilateral: false,
                date: FuzzyDate::month(2025, 5)?,
                score: None,
                evidence: vec![claim(*c)?],
                note: String::new(),
            };
            Some(builders::put_event("code event", e))
        }
        Step::LinkEvidence { claim: c, event } => {
            builders::link_evidence(p, claim(*c)?, nth(p.events.ids(), *event)?).ok()
        }
        Step::DeleteEvent { event } => Some(builders::delete_event(nth(p.events.ids(), *event)?)),
        Step::EditText { article, at, insert, delete } => {
            let a = p.articles.get(nth(p.articles.ids(), *article)?)?;
            let chars: Vec<char> = a.text.chars().collect();
            let at = at % chars.len().max(1);
            let end = (at + delete).min(chars.len());
            let new: String =
                chars[..at].iter().chain(insert.chars().collect::<Vec<_>>().iter()).chain(&chars[end..]).collect();
            builders::edit_text(p, a.id, &new).ok().map(|(e, _)| e)
        }
        Step::DeleteArticle { article } => Some(builders::delete_article(p, nth(p.articles.ids(), *article)?)),
        Step::Rename { name } => Some(Edit::one("rename", Op::SetName(name.clone()))),
        Step::AddHypothesis { title } => Some(builders::add_hypothesis(title).0),
        Step::DeleteHypothesis { hypothesis } => {
            Some(builders::delete_hypothesis(p, nth(p.hypotheses.ids(), *hypothesis)?))
        }
        Step::AddEvidence { claim: c } => builders::add_evidence(p, &[claim(*c)?]).ok(),
        Step::RemoveEvidence { column } => {
            builders::remove_evidence(p, nth(p.ach_evidence.iter().copied(), *column)?).ok()
        }
        Step::Rate { hypothesis, column, rating, note } => {
            let h = nth(p.hypotheses.ids(), *hypothesis)?;
            let c = nth(p.ach_evidence.iter().copied(), *column)?;
            // Index 5 clears the cell.
            builders::rate(p, h, c, Rating::ALL.get(*rating).copied(), note).ok()
        }
        Step::NewOutlet { name, alias, reliability } => {
            let mut o = Outlet::new(name.clone(), Reliability::ALL[reliability % 6]);
            o.aliases.extend((!alias.is_empty()).then(|| alias.clone()));
            o.note = format!("graded {}", o.reliability.label());
            Some(builders::put_outlet("add outlet", o))
        }
        Step::GradeArticle { article, reliability } => {
            // Every seventh choice hands the article back to its outlet's grade.
            let r = Reliability::ALL.get(reliability % 7).copied();
            builders::set_article_reliability(p, nth(p.articles.ids(), *article)?, r).ok()
        }
        Step::GradeClaim { claim: c, credibility } => {
            builders::set_credibility(p, claim(*c)?, Credibility::ALL[credibility % 6]).ok()
        }
        Step::LinkClaims { from, to, kind } => {
            Some(builders::link_claims(claim(*from)?, claim(*to)?, LinkKind::ALL[kind % 3]).0)
        }
        Step::Unlink { link } => Some(builders::unlink_claims(nth(p.claim_links.ids(), *link)?)),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_edit_sequence_undone_gives_back_the_original(steps in proptest::collection::vec(step(), 1..25)) {
        let original = sample_project();
        let mut doc = Document::new(original.clone(), None);
        let mut applied = 0;
        for s in &steps {
            if let Some(edit) = edit_for(doc.project(), s) {
                // A refused edit changes nothing; an accepted one is undoable.
                let before = doc.project().clone();
                match doc.apply(edit) {
                    Ok(()) => applied += 1,
                    Err(_) => prop_assert_eq!(doc.project(), &before),
                }
            }
        }
        let after = doc.project().clone();
        for _ in 0..applied {
            prop_assert!(doc.undo().is_some());
        }
        prop_assert_eq!(doc.project(), &original);
        prop_assert!(!doc.is_dirty());
        for _ in 0..applied {
            prop_assert!(doc.redo().is_some());
        }
        prop_assert_eq!(doc.project(), &after);
    }

    #[test]
    fn random_projects_round_trip_through_their_file(steps in proptest::collection::vec(step(), 0..25)) {
        let mut doc = Document::new(sample_project(), None);
        for s in &steps {
            if let Some(edit) = edit_for(doc.project(), s) {
                let _ = doc.apply(edit);
            }
        }
        let text = to_ron(doc.project()).unwrap();
        prop_assert_eq!(&parse(&text).unwrap(), doc.project());
        let json = serde_json::to_vec_pretty(doc.project()).unwrap();
        prop_assert_eq!(&serde_json::from_slice::<Project>(&json).unwrap(), doc.project());
    }

    #[test]
    fn graded_projects_round_trip_through_ron_and_json_losslessly(
        steps in proptest::collection::vec(
            prop_oneof![
                (0usize..64, 0usize..64, 0usize..64).prop_map(|(from, to, kind)| Step::LinkClaims { from, to, kind }),
                (0usize..64, 0usize..64).prop_map(|(claim, credibility)| Step::GradeClaim { claim, credibility }),
                (0usize..64, 0usize..64).prop_map(|(article, reliability)| Step::GradeArticle { article, reliability }),
                ("[A-Za-z ]{1,10}", "[A-Za-z]{0,6}", 0usize..64)
                    .prop_map(|(name, alias, reliability)| Step::NewOutlet { name, alias, reliability }),
                (0usize..64).prop_map(|claim| Step::DeleteClaim { claim }),
            ],
            1..40,
        )
    ) {
        let mut doc = Document::new(sample_project(), None);
        for s in &steps {
            if let Some(edit) = edit_for(doc.project(), s) {
                let _ = doc.apply(edit);
            }
        }
        let p = doc.project();
        let (back, problems) = faultline::io::project_file::parse_checked(&to_ron(p).unwrap()).unwrap();
        prop_assert!(problems.is_empty(), "{:?}", problems);
        prop_assert_eq!(&back, p);
        let json = serde_json::to_vec_pretty(p).unwrap();
        prop_assert_eq!(&serde_json::from_slice::<Project>(&json).unwrap(), p);
        // Every claim's grade reads back the same, whatever its article and outlet.
        for c in p.claims.iter() {
            prop_assert_eq!(back.grade_of(c), p.grade_of(c));
        }
    }

    #[test]
    fn text_edits_outside_a_claim_keep_it_on_its_words(
        claim in 0usize..24, at in 0usize..4000, insert in "[a-zA-Z —“”中\n]{0,12}", delete in 0usize..12
    ) {
        let p = sample_project();
        let c = p.claims.get(nth(p.claims.ids(), claim).unwrap()).unwrap().clone();
        let text = &p.articles.get(c.article).unwrap().text;
        let chars: Vec<char> = text.chars().collect();
        let at = at % chars.len();
        let end = (at + delete).min(chars.len());
        // Only edits that leave the claim's span untouched.
        prop_assume!(end < c.start || at > c.end);
        let new: String = chars[..at].iter().copied().chain(insert.chars()).chain(chars[end..].iter().copied()).collect();
        prop_assume!(new != *text);
        let (edit, orphans) = builders::edit_text(&p, c.article, &new).unwrap();
        let mut doc = Document::new(p.clone(), None);
        doc.apply(edit).unwrap();
        prop_assert!(!orphans.contains(&c.id));
        let moved = doc.project().claims.get(c.id).unwrap();
        prop_assert_eq!(&moved.quote, &c.quote);
        let new_text = &doc.project().articles.get(c.article).unwrap().text;
        prop_assert_eq!(slice_chars(new_text, moved.start, moved.end), Some(c.quote.as_str()));
        let expected_start = if end < c.start { c.start + insert.chars().count() - (end - at) } else { c.start };
        prop_assert_eq!(moved.start, expected_start);
    }
}

#[test]
fn a_typo_fixed_inside_a_claim_keeps_the_claim_on_the_corrected_words() {
    let p = sample_project();
    let c = p.claims.iter().find(|c| c.quote.starts_with("“China continues to slow down")).unwrap().clone();
    let text = p.articles.get(c.article).unwrap().text.clone();
    let typo = text.replace("choke off things", "choke of things");
    let mut doc = Document::new(p, None);
    // Introduce the typo, then fix it: both edits keep the claim, with the quote following.
    let (e, orphans) = builders::edit_text(doc.project(), c.article, &typo).unwrap();
    assert!(orphans.is_empty());
    doc.apply(e).unwrap();
    assert!(doc.project().claims.get(c.id).unwrap().quote.contains("choke of things"));
    let (e, _) = builders::edit_text(doc.project(), c.article, &text).unwrap();
    doc.apply(e).unwrap();
    assert_eq!(doc.project().claims.get(c.id).unwrap().quote, c.quote);
    assert_eq!(doc.undo_label(), Some("edit article text"));
    doc.undo();
    doc.undo();
    assert_eq!(doc.project().claims.get(c.id).unwrap(), &c);
}

#[test]
fn rewriting_a_claimed_sentence_orphans_the_claim_and_undo_restores_it() {
    let p = sample_project();
    let c = p.claims.iter().find(|c| c.quote.starts_with("“China continues to slow down")).unwrap().clone();
    let text = p.articles.get(c.article).unwrap().text.clone();
    let rewritten = text.replace(&c.quote, "Greer declined to comment.");
    let (e, orphans) = builders::edit_text(&p, c.article, &rewritten).unwrap();
    assert_eq!(orphans, vec![c.id]);
    let mut doc = Document::new(p, None);
    doc.apply(e).unwrap();
    let orphan = doc.project().claims.get(c.id).unwrap();
    assert!(orphan.orphaned);
    assert_eq!(orphan.quote, c.quote, "the quote is kept for the analyst");
    // Re-attaching to a selection places it again.
    let at = rewritten.find("Greer declined").unwrap();
    let start = rewritten[..at].chars().count();
    let edit = builders::reattach(doc.project(), c.id, c.article, start, start + 14).unwrap();
    doc.apply(edit).unwrap();
    let placed = doc.project().claims.get(c.id).unwrap();
    assert!(!placed.orphaned);
    assert_eq!(placed.quote, "Greer declined");
    doc.undo();
    doc.undo();
    assert_eq!(doc.project().claims.get(c.id).unwrap(), &c);
}

#[test]
fn unused_claim_ids_are_not_needed() {
    // Claim ids are random and independent of offsets: editing text never renumbers claims.
    let p = sample_project();
    let ids: Vec<ClaimId> = p.claims.ids().collect();
    let a = p.articles.ids().next().unwrap();
    let text = format!("Editor's note. {}", p.articles.get(a).unwrap().text);
    let (e, _) = builders::edit_text(&p, a, &text).unwrap();
    let mut doc = Document::new(p, None);
    doc.apply(e).unwrap();
    assert_eq!(doc.project().claims.ids().collect::<Vec<_>>(), ids);
}
