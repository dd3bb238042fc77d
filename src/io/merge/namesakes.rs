//! Actors and tags that both analysts created under the same name, each with its own id, are
//! one actor or tag: the merge keeps ours, moves every reference to theirs onto it, and pools
//! the aliases, so the chart does not split "Xi Jinping" into two speakers and agreement does
//! not count one tag as two.
//!
//! Two actors are pooled as the actor merge pools them (periods, Wikidata item, code, alias
//! languages); where that would refuse (different codes or items, different sides on one day)
//! both are kept and the report says why.
//!
//! Names are compared as the merged project compares them (`Matching`, its diacritics setting
//! as the merge settled it, which may be theirs): the result is that project, and two actors it
//! would find under one name are one actor there. Only a record that ours lacks (one the other
//! side added) is folded into one of ours; records both sides already shared keep their ids.

use std::collections::HashMap;

use crate::edit::builders::combine_actors;
use crate::model::{Actor, ActorId, Keyed, Matching, Project, Table, TagId};

use super::{Change, MergeReport};

/// Folds their new actors and tags into ours of the same name (see the module's comment).
pub(super) fn collapse_namesakes(ours: &Project, project: &mut Project, report: &mut MergeReport) {
    let (pooled, apart) = pool_actors(project, namesakes(&ours.actors, &project.actors, project.matching, |a| &a.name));
    report.kept_apart.extend(apart);
    // Their actor's name, split by whether it brought anything ours lacked.
    let (mut folded_actors, mut enriched_actors) = (Vec::new(), Vec::new());
    for (theirs, kept, actor) in &pooled {
        let Some((_, gone)) = project.actors.remove(*theirs) else { continue };
        let ours_was = project.actors.get(*kept);
        if ours_was.is_some_and(|a| a != actor) { &mut enriched_actors } else { &mut folded_actors }.push(gone.name);
        report.namesakes.push(format!("actor “{}”", actor.name));
        project.actors.put(actor.clone());
    }
    let actors: Vec<(ActorId, ActorId)> = pooled.into_iter().map(|(theirs, kept, _)| (theirs, kept)).collect();
    let tags = namesakes(&ours.tags, &project.tags, project.matching, |t| &t.name);
    let folded_tags: Vec<String> =
        tags.iter().filter_map(|(theirs, _)| project.tags.get(*theirs)).map(|t| t.name.clone()).collect();
    for &(theirs, kept) in &tags {
        project.tags.remove(theirs);
        report.namesakes.push(format!("tag “{}”", project.tags.get(kept).map_or("", |t| t.name.as_str())));
    }
    if actors.is_empty() && tags.is_empty() {
        return;
    }
    let actor: HashMap<ActorId, ActorId> = actors.into_iter().collect();
    let tag: HashMap<TagId, TagId> = tags.into_iter().collect();
    let to_actor = |id: ActorId| actor.get(&id).copied().unwrap_or(id);
    let to_tag = |id: TagId| tag.get(&id).copied().unwrap_or(id);
    rewrite(&mut project.claims, |c| {
        c.map_actors(to_actor);
        c.map_tags(to_tag);
    });
    rewrite(&mut project.events, |e| (e.source, e.target) = (to_actor(e.source), to_actor(e.target)));
    rewrite(&mut project.actors, |a| a.affiliations.iter_mut().for_each(|p| p.acts_for = p.acts_for.map(to_actor)));
    rewrite(&mut project.tags, |t| t.parent = t.parent.map(to_tag));
    // Kept once, as ours: not added after all.
    for tally in report.from_theirs.iter_mut() {
        let (folded, enriched) = match tally.kind {
            "actor" => (&folded_actors, &enriched_actors),
            "tag" => (&folded_tags, &Vec::new()),
            _ => continue,
        };
        tally.items.retain(|(change, label)| !(*change == Change::Added && folded.contains(label)));
        // Brought periods, an item or a code to ours: a change to ours.
        for (change, label) in tally.items.iter_mut() {
            if *change == Change::Added && enriched.contains(label) {
                *change = Change::Changed;
            }
        }
    }
}

/// Each namesake pair (their id, our id) that can be one actor, with the actor the two make;
/// and, for each that cannot, the analyst's reason. Both sides' periods are read with every
/// pooled namesake as one actor, so "acts for China" on both sides is one side; a pair that
/// cannot be pooled keeps its two actors apart, which can part others in turn, hence the rounds.
fn pool_actors(project: &Project, mut pairs: Vec<(ActorId, ActorId)>) -> (Vec<(ActorId, ActorId, Actor)>, Vec<String>) {
    let mut apart = Vec::new();
    loop {
        let one: HashMap<ActorId, ActorId> = pairs.iter().copied().collect();
        let as_pooled = |a: &Actor| {
            let mut a = a.clone();
            a.affiliations.iter_mut().for_each(|x| x.acts_for = x.acts_for.map(|s| one.get(&s).copied().unwrap_or(s)));
            a
        };
        let mut pooled = Vec::new();
        let mut parted = Vec::new();
        for &(theirs, kept) in &pairs {
            let (Some(t), Some(k)) = (project.actors.get(theirs), project.actors.get(kept)) else { continue };
            match combine_actors(project, &as_pooled(k), &as_pooled(t)) {
                Ok(actor) => pooled.push((theirs, kept, actor)),
                Err(why) => parted.push((theirs, format!("actor “{}”: {why}", k.name))),
            }
        }
        if parted.is_empty() {
            return (pooled, apart);
        }
        pairs.retain(|(theirs, _)| !parted.iter().any(|(id, _)| id == theirs));
        apart.extend(parted.into_iter().map(|(_, why)| why));
    }
}

/// (their id, our id) for each record in `merged` but not in `ours` whose name is that of one
/// of ours.
fn namesakes<T: Keyed>(
    ours: &Table<T>,
    merged: &Table<T>,
    matching: Matching,
    name: impl Fn(&T) -> &String,
) -> Vec<(T::Id, T::Id)> {
    let key = |row: &T| matching.key(name(row));
    let mut by_name: HashMap<String, T::Id> = HashMap::new();
    for row in ours.iter() {
        by_name.entry(key(row)).or_insert(row.id());
    }
    merged.iter().filter(|r| !ours.contains(r.id())).filter_map(|r| Some((r.id(), *by_name.get(&key(r))?))).collect()
}

/// Applies `change` to every record, putting back only those it changed.
fn rewrite<T: Keyed + PartialEq>(table: &mut Table<T>, change: impl Fn(&mut T)) {
    let changed: Vec<T> = table
        .iter()
        .filter_map(|row| {
            let mut new = row.clone();
            change(&mut new);
            (new != *row).then_some(new)
        })
        .collect();
    for row in changed {
        table.put(row);
    }
}
