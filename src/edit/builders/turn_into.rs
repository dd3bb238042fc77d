//! The one edit that turns the open project into another valid version of it (a merge's
//! result), record by record, so the whole change is validated like any edit and undone as one
//! step.
//!
//! Ops are ordered so that each is valid when it is applied: what others refer to is put
//! first (parents before children), an article's new text moves its claims with it, and
//! removals come last, children and referring records before what they refer to.

use std::collections::{HashMap, HashSet};

use crate::model::{ActorId, Claim, ClaimId, Keyed, Project, Table, TagId};

use super::super::{Edit, EditError, Op, Record, RecordId};

/// The edit that makes `current` equal, record for record, to `target` (a project that passed
/// the project file's checks). `Err(Empty)` when they are the same already.
pub fn turn_into(current: &Project, target: &Project, label: &str) -> Result<Edit, EditError> {
    let mut ops = Vec::new();
    if current.name != target.name {
        ops.push(Op::SetName(target.name.clone()));
    }
    if current.description != target.description {
        ops.push(Op::SetDescription(target.description.clone()));
    }
    if current.dates != target.dates {
        ops.push(Op::SetDates(target.dates));
    }
    if current.matching != target.matching {
        ops.push(Op::SetMatching(target.matching));
    }
    let actors = parents_first(&target.actors, sides);
    puts(&mut ops, &current.actors, actors, Record::Actor);
    let tags = parents_first(&target.tags, |t| t.parent.into_iter().collect());
    puts(&mut ops, &current.tags, tags, Record::Tag);
    puts(&mut ops, &current.taxonomy, target.taxonomy.iter(), Record::EventType);
    puts(&mut ops, &current.eras, target.eras.iter(), Record::Era);
    let moved = new_texts(&mut ops, current, target);
    puts(&mut ops, &current.articles, target.articles.iter(), Record::Article);
    let claims = target.claims.iter().filter(|c| !moved.contains(&c.id));
    puts(&mut ops, &current.claims, claims, Record::Claim);
    puts(&mut ops, &current.events, target.events.iter(), Record::Event);
    puts(&mut ops, &current.outlets, target.outlets.iter(), Record::Outlet);
    puts(&mut ops, &current.hypotheses, target.hypotheses.iter(), Record::Hypothesis);
    // The hypotheses matrix: a rating goes before its column, a column before its claim; new
    // columns come before their ratings.
    removals(&mut ops, &current.ach_cells, &target.ach_cells, RecordId::AchCell);
    if current.ach_evidence != target.ach_evidence {
        ops.push(Op::SetAchEvidence(target.ach_evidence.clone()));
    }
    puts(&mut ops, &current.ach_cells, target.ach_cells.iter(), Record::AchCell);
    puts(&mut ops, &current.claim_links, target.claim_links.iter(), Record::ClaimLink);
    removals(&mut ops, &current.claim_links, &target.claim_links, RecordId::ClaimLink);
    removals(&mut ops, &current.hypotheses, &target.hypotheses, RecordId::Hypothesis);
    removals(&mut ops, &current.outlets, &target.outlets, RecordId::Outlet);
    removals(&mut ops, &current.events, &target.events, RecordId::Event);
    removals(&mut ops, &current.claims, &target.claims, RecordId::Claim);
    removals(&mut ops, &current.articles, &target.articles, RecordId::Article);
    removals(&mut ops, &current.eras, &target.eras, RecordId::Era);
    removals(&mut ops, &current.taxonomy, &target.taxonomy, RecordId::EventType);
    let gone_tags = children_first(&current.tags, &target.tags, |t| t.parent.into_iter().collect());
    ops.extend(gone_tags.into_iter().map(|id: TagId| Op::Remove(RecordId::Tag(id))));
    let gone_actors = children_first(&current.actors, &target.actors, sides);
    ops.extend(gone_actors.into_iter().map(|id: ActorId| Op::Remove(RecordId::Actor(id))));
    if current.conflicts != target.conflicts {
        ops.push(Op::SetConflicts(target.conflicts.clone()));
    }
    if ops.is_empty() {
        return Err(EditError::Empty);
    }
    Ok(Edit::new(label, ops))
}

/// Puts every record of `rows` that `current` lacks or holds differently.
fn puts<'a, T: Keyed + PartialEq + 'a>(
    ops: &mut Vec<Op>,
    current: &Table<T>,
    rows: impl IntoIterator<Item = &'a T>,
    wrap: fn(T) -> Record,
) {
    ops.extend(rows.into_iter().filter(|r| current.get(r.id()) != Some(*r)).map(|r| Op::Put(wrap(r.clone()))));
}

/// Removes every record of `current` that `target` lacks.
fn removals<T: Keyed>(ops: &mut Vec<Op>, current: &Table<T>, target: &Table<T>, wrap: fn(T::Id) -> RecordId) {
    ops.extend(current.ids().filter(|id| !target.contains(*id)).map(|id| Op::Remove(wrap(id))));
}

/// An article whose text changes takes every claim it holds now along in one op: the target's
/// version of each claim that stays on it, and, for one that goes or moves to another article,
/// its current version set aside as an orphan until its own op moves or removes it. Returns
/// the claims already in their target form.
fn new_texts(ops: &mut Vec<Op>, current: &Project, target: &Project) -> HashSet<ClaimId> {
    let mut done = HashSet::new();
    for article in target.articles.iter() {
        let Some(old) = current.articles.get(article.id).filter(|old| old.text != article.text) else { continue };
        let claims: Vec<Claim> = current
            .claims_of(old.id)
            .map(|c| match target.claims.get(c.id).filter(|t| t.article == article.id) {
                Some(kept) => {
                    done.insert(kept.id);
                    kept.clone()
                }
                None => Claim { orphaned: true, ..c.clone() },
            })
            .collect();
        ops.push(Op::SetText { article: article.id, text: article.text.clone(), claims });
    }
    done
}

/// The records of `table` ordered so that each comes after the one it names as its parent.
fn parents_first<T: Keyed>(table: &Table<T>, parents: impl Fn(&T) -> Vec<T::Id>) -> Vec<&T> {
    // The longest chain up: a record goes after every record it names, whichever period or
    // parent names it. A valid project has no cycles; the bound keeps a broken one from looping.
    fn depth<T: Keyed>(table: &Table<T>, row: &T, parents: &impl Fn(&T) -> Vec<T::Id>, bound: usize) -> usize {
        if bound == 0 {
            return 0;
        }
        parents(row)
            .into_iter()
            .filter_map(|id| table.get(id))
            .map(|up| 1 + depth(table, up, parents, bound - 1))
            .max()
            .unwrap_or(0)
    }
    let mut rows: Vec<(usize, &T)> = table.iter().map(|r| (depth(table, r, &parents, table.len()), r)).collect();
    rows.sort_by_key(|(depth, _)| *depth);
    rows.into_iter().map(|(_, r)| r).collect()
}

/// The actors an actor acts for in any of its periods.
fn sides(a: &crate::model::Actor) -> Vec<ActorId> {
    a.affiliations.iter().filter_map(|p| p.acts_for).collect()
}

/// The ids of `current`'s records that `target` lacks, deepest first (a child goes before
/// its parent, which cannot be removed while the child names it).
fn children_first<T: Keyed>(current: &Table<T>, target: &Table<T>, parents: impl Fn(&T) -> Vec<T::Id>) -> Vec<T::Id> {
    let order: HashMap<T::Id, usize> =
        parents_first(current, parents).iter().enumerate().map(|(i, r)| (r.id(), i)).collect();
    let mut gone: Vec<T::Id> = current.ids().filter(|id| !target.contains(*id)).collect();
    gone.sort_by_key(|id| std::cmp::Reverse(order.get(id).copied().unwrap_or(0)));
    gone
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Document;
    use crate::edit::builders::{delete_actor, delete_article, delete_tag, edit_text, new_claim};
    use crate::model::{Actor, ActorKind, Colour, Tag};
    use crate::sample::sample_project;

    /// Every table holds the same records (order aside: puts append).
    fn same_records(a: &Project, b: &Project) {
        fn table<T: Keyed + PartialEq + std::fmt::Debug>(x: &Table<T>, y: &Table<T>) {
            assert_eq!(x.len(), y.len());
            assert!(x.iter().all(|r| y.get(r.id()) == Some(r)), "a record differs");
        }
        table(&a.actors, &b.actors);
        table(&a.tags, &b.tags);
        table(&a.taxonomy, &b.taxonomy);
        table(&a.eras, &b.eras);
        table(&a.articles, &b.articles);
        table(&a.claims, &b.claims);
        table(&a.events, &b.events);
        table(&a.outlets, &b.outlets);
        table(&a.hypotheses, &b.hypotheses);
        table(&a.ach_cells, &b.ach_cells);
        table(&a.claim_links, &b.claim_links);
        assert_eq!(a.ach_evidence, b.ach_evidence);
        assert_eq!(
            (&a.name, &a.description, &a.dates, &a.matching, &a.conflicts),
            (&b.name, &b.description, &b.dates, &b.matching, &b.conflicts)
        );
    }

    #[test]
    fn the_edit_reaches_a_version_with_new_texts_deletions_and_a_reversed_hierarchy_and_undo_comes_back() {
        let current = sample_project();
        let mut doc = Document::new(current.clone(), None);
        let p = doc.project().clone();
        let mut articles = p.articles.iter();
        let (first, second) = (articles.next().unwrap(), articles.next().unwrap());
        let mut text = first.text.clone();
        text.insert_str(0, "Updated: ");
        doc.apply(edit_text(doc.project(), first.id, &text).unwrap().0).unwrap();
        doc.apply(delete_article(doc.project(), second.id)).unwrap();
        let actor = p.actors.iter().find(|a| p.claims.iter().any(|c| c.speaker == Some(a.id))).unwrap().id;
        doc.apply(delete_actor(doc.project(), actor)).unwrap();
        let tag = p.tags.ids().next().unwrap();
        doc.apply(delete_tag(doc.project(), tag)).unwrap();
        // A new parent above an existing actor, and a new tag under a new one.
        let mut state = Actor::new("Republic of Korea", ActorKind::State, Colour::palette(1));
        let mut member = doc.project().actors.iter().next().unwrap().clone();
        member.affiliations = vec![crate::model::Affiliation::always(state.id)];
        state.aliases.push("South Korea".into());
        let parent = Tag::new("Trade", Colour::palette(2));
        let mut child = Tag::new("Export controls", Colour::palette(4));
        child.parent = Some(parent.id);
        let ops = vec![
            Op::Put(Record::Actor(state)),
            Op::Put(Record::Actor(member)),
            Op::Put(Record::Tag(parent)),
            Op::Put(Record::Tag(child)),
        ];
        doc.apply(Edit::new("hierarchy", ops)).unwrap();
        let article = doc.project().articles.ids().next().unwrap();
        doc.apply(new_claim(doc.project(), article, 0, 7).unwrap().0).unwrap();
        arrives_and_returns(&current, doc.project());
    }

    /// The edit from `current` reaches `target` and undoes exactly, and the reverse direction is
    /// just as valid an edit.
    fn arrives_and_returns(current: &Project, target: &Project) {
        let mut replay = Document::new(current.clone(), None);
        replay.apply(turn_into(current, target, "merge").unwrap()).unwrap();
        same_records(replay.project(), target);
        replay.undo();
        assert_eq!(replay.project(), current);
        let mut back = Document::new(target.clone(), None);
        back.apply(turn_into(target, current, "merge").unwrap()).unwrap();
        same_records(back.project(), current);
    }

    /// The sample after `n` random edits of every kind a builder makes.
    fn wander(rng: &mut fastrand::Rng, n: usize) -> Project {
        let mut doc = Document::new(sample_project(), None);
        for _ in 0..n {
            let p = doc.project().clone();
            let Some(article) = p.articles.ids().nth(rng.usize(0..p.articles.len().max(1))) else { break };
            let edit = match rng.usize(0..6) {
                0 => {
                    let start = rng.usize(0..1500);
                    new_claim(&p, article, start, start + 20).map(|(e, _)| e).ok()
                }
                1 => p
                    .claims
                    .ids()
                    .nth(rng.usize(0..p.claims.len().max(1)))
                    .map(|c| crate::edit::builders::delete_claim(&p, c)),
                2 => {
                    let mut text = p.articles.get(article).unwrap().text.clone();
                    let at = text.char_indices().nth(rng.usize(0..200)).map_or(0, |(i, _)| i);
                    text.insert_str(at, " (updated) ");
                    edit_text(&p, article, &text).map(|(e, _)| e).ok()
                }
                3 => p.actors.ids().nth(rng.usize(0..p.actors.len().max(1))).map(|a| delete_actor(&p, a)),
                4 => p.tags.ids().nth(rng.usize(0..p.tags.len().max(1))).map(|t| delete_tag(&p, t)),
                _ => (p.articles.len() > 1).then(|| delete_article(&p, article)),
            };
            if let Some(edit) = edit {
                let _ = doc.apply(edit);
            }
        }
        doc.project().clone()
    }

    #[test]
    fn between_any_two_versions_the_edit_applies_and_arrives_and_undo_goes_back() {
        for seed in 0..15 {
            let mut rng = fastrand::Rng::with_seed(seed);
            let (from, to) = (wander(&mut rng, 10), wander(&mut rng, 10));
            let mut doc = Document::new(from.clone(), None);
            match turn_into(&from, &to, "merge") {
                Ok(edit) => doc.apply(edit).unwrap_or_else(|e| panic!("seed {seed}: {e}")),
                Err(e) => assert_eq!(e, EditError::Empty),
            }
            same_records(doc.project(), &to);
            doc.undo();
            assert_eq!(doc.project(), &from, "seed {seed}");
        }
    }

    #[test]
    fn outlets_hypotheses_ratings_and_claim_links_arrive_and_leave_with_the_merge() {
        use crate::model::{AchCell, ClaimLink, Hypothesis, LinkKind, Outlet, Rating, Reliability};
        let current = sample_project();
        let mut doc = Document::new(current.clone(), None);
        let mut claims = current.claims.ids();
        let (a, b) = (claims.next().unwrap(), claims.next().unwrap());
        let hypothesis = Hypothesis::new("Beijing escalates to gain leverage");
        let cell = AchCell { hypothesis: hypothesis.id, claim: a, rating: Rating::C, note: "fits".into() };
        let ops = vec![
            Op::Put(Record::Outlet(Outlet::new("Caixin", Reliability::B))),
            Op::Put(Record::Hypothesis(hypothesis)),
            Op::SetAchEvidence(vec![a]),
            Op::Put(Record::AchCell(cell)),
            Op::Put(Record::ClaimLink(ClaimLink::new(a, b, LinkKind::Corroborates))),
        ];
        doc.apply(Edit::new("their analysis", ops)).unwrap();
        // Away again, ratings, columns and links go before what they name.
        arrives_and_returns(&current, doc.project());
    }

    #[test]
    fn the_same_project_gives_no_edit() {
        let p = sample_project();
        assert_eq!(turn_into(&p, &p.clone(), "merge"), Err(EditError::Empty));
    }
}
