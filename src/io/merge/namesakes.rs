//! Actors and tags that both analysts created under the same name, each with its own id, are
//! one actor or tag: the merge keeps ours, moves every reference to theirs onto it, and pools
//! the aliases, so the chart does not split "Xi Jinping" into two speakers and agreement does
//! not count one tag as two.
//!
//! Names are compared trimmed and ignoring case, as agreement does. Only a record that ours
//! lacks (one the other side added) is folded into one of ours; records both sides already
//! shared keep their ids.

use std::collections::HashMap;

use crate::model::{ActorId, Keyed, Project, Table, TagId};

use super::MergeReport;

/// Folds their new actors and tags into ours of the same name (see the module's comment).
pub(super) fn collapse_namesakes(ours: &Project, project: &mut Project, report: &mut MergeReport) {
    let actors = namesakes(&ours.actors, &project.actors, |a| &a.name);
    let folded_actors: Vec<String> =
        actors.iter().filter_map(|(theirs, _)| project.actors.get(*theirs)).map(|a| a.name.clone()).collect();
    for &(theirs, kept) in &actors {
        let Some((_, gone)) = project.actors.remove(theirs) else { continue };
        if let Some(mut actor) = project.actors.get(kept).cloned() {
            for alias in gone.aliases.iter().chain([&gone.name]) {
                if alias != &actor.name && !actor.aliases.contains(alias) {
                    actor.aliases.push(alias.clone());
                }
            }
            report.namesakes.push(format!("actor “{}”", actor.name));
            project.actors.put(actor);
        }
    }
    let tags = namesakes(&ours.tags, &project.tags, |t| &t.name);
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
        c.speaker = c.speaker.map(to_actor);
        c.targets = dedup(c.targets.iter().map(|&a| to_actor(a)));
        c.tags = dedup(c.tags.iter().map(|&t| to_tag(t)));
    });
    rewrite(&mut project.events, |e| (e.source, e.target) = (to_actor(e.source), to_actor(e.target)));
    rewrite(&mut project.actors, |a| a.affiliations.iter_mut().for_each(|p| p.acts_for = p.acts_for.map(to_actor)));
    rewrite(&mut project.tags, |t| t.parent = t.parent.map(to_tag));
    // Kept once, as ours: not added after all.
    for tally in report.from_theirs.iter_mut() {
        let folded = match tally.kind {
            "actor" => &folded_actors,
            "tag" => &folded_tags,
            _ => continue,
        };
        tally.items.retain(|(change, label)| !(*change == "added" && folded.contains(label)));
        tally.added = tally.items.iter().filter(|(change, _)| *change == "added").count();
    }
}

/// (their id, our id) for each record in `merged` but not in `ours` whose name is that of one
/// of ours.
fn namesakes<T: Keyed>(ours: &Table<T>, merged: &Table<T>, name: impl Fn(&T) -> &String) -> Vec<(T::Id, T::Id)> {
    let key = |row: &T| name(row).trim().to_lowercase();
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

fn dedup<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}
