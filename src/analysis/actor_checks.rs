//! Warnings about actors for the analyst to judge, in Problems and `faultline check`: acts
//! whose imprecise dates straddle a party's change of side (counted for each side by its share
//! of the days), and names that two actors share (likely one actor entered twice).

use std::collections::HashMap;

use crate::model::{Actor, ActorId, Event, EventId, Matching, Piece, Project, Table};

/// An act whose dates straddle a change of side of its source or target.
#[derive(Clone, Debug, PartialEq)]
pub struct Straddle {
    pub event: EventId,
    /// The runs of days with one set of sides, in order (two or more).
    pub pieces: Vec<Piece>,
}

/// Every act whose dates straddle a party's change of side, in project order.
pub fn straddling(p: &Project) -> Vec<Straddle> {
    p.events
        .iter()
        .filter(|e| e.date.start < e.date.end)
        .filter_map(|e| {
            let pieces = p.pieces(&[e.source, e.target], e.date.start, e.date.end);
            (pieces.len() > 1).then_some(Straddle { event: e.id, pieces })
        })
        .collect()
}

/// "The act of April 2025 (Trade minister → Rival state) straddles a change of side: 9 of its
/// 30 days count for Old government → Rival state (2025-04-01 to 2025-04-09), 21 for ...".
pub fn describe_straddle(p: &Project, s: &Straddle) -> String {
    let Some(e) = p.events.get(s.event) else { return format!("event {} is gone", s.event) };
    let total = e.date.days();
    let parts: Vec<String> = s
        .pieces
        .iter()
        .map(|piece| {
            let days = (piece.share * total as f64).round();
            format!("{days} day(s) for {} ({} to {})", sides(p, e, piece), piece.start, piece.end)
        })
        .collect();
    format!(
        "the act dated {} ({} → {}) straddles a change of side, so it is split by its {total} days: {}. Date it \
         more precisely if the sources allow",
        e.date,
        p.actor_name(e.source),
        p.actor_name(e.target),
        parts.join("; ")
    )
}

fn sides(p: &Project, e: &Event, piece: &Piece) -> String {
    let day = Some(piece.start);
    format!("{} → {}", p.actor_name(p.top_side(e.source, day)), p.actor_name(p.top_side(e.target, day)))
}

/// A name or alias that two or more actors carry, compared as the project compares names
/// ([`Matching::key`]: case, width, runs of spaces and, if the project says so, diacritics aside).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedName {
    /// As the first actor writes it.
    pub name: String,
    /// In project order.
    pub actors: Vec<ActorId>,
}

/// Every name or alias carried by more than one actor, in the order of first appearance.
pub fn shared_names(p: &Project) -> Vec<SharedName> {
    shared_in(&p.actors, p.matching)
}

fn shared_in(actors: &Table<Actor>, matching: Matching) -> Vec<SharedName> {
    // Key -> (first spelling, actors in order); one pass, one key per name.
    let mut by_key: HashMap<String, (usize, &str, Vec<ActorId>), foldhash::fast::RandomState> =
        HashMap::with_capacity_and_hasher(actors.len() * 4, Default::default());
    for a in actors.iter() {
        for name in std::iter::once(&a.name).chain(&a.aliases) {
            let key = matching.key(name);
            if key.is_empty() {
                continue;
            }
            let order = by_key.len();
            let (_, _, owners) = by_key.entry(key).or_insert_with(|| (order, name.trim(), Vec::new()));
            if !owners.contains(&a.id) {
                owners.push(a.id);
            }
        }
    }
    let mut shared: Vec<(usize, SharedName)> = by_key
        .into_values()
        .filter(|(_, _, owners)| owners.len() > 1)
        .map(|(order, name, actors)| (order, SharedName { name: name.to_owned(), actors }))
        .collect();
    shared.sort_by_key(|(order, _)| *order);
    shared.into_iter().map(|(_, s)| s).collect()
}

/// What the names two actors share depend on: the actors table and how the project compares
/// names. Two are equal when the table is the very same shared table (see [`Table`]): an edit
/// of a claim or an event (most edits) leaves it so, any change of an actor does not. The
/// Problems pane keys its answer on this, so it works the check out only when actors change.
#[derive(Clone)]
pub struct NamesInput {
    actors: Table<Actor>,
    matching: Matching,
}

impl NamesInput {
    pub fn of(p: &Project) -> Self {
        Self { actors: p.actors.clone(), matching: p.matching }
    }

    /// How many actors the check goes through (whether to run it on another thread).
    pub fn actor_count(&self) -> usize {
        self.actors.len()
    }

    pub fn shared_names(&self) -> Vec<SharedName> {
        shared_in(&self.actors, self.matching)
    }
}

impl PartialEq for NamesInput {
    fn eq(&self, other: &Self) -> bool {
        self.actors.is_same(&other.actors) && self.matching == other.matching
    }
}

/// "“Beijing” names China and Chinese government: possibly one actor entered twice ...".
pub fn describe_shared(p: &Project, s: &SharedName) -> String {
    let names: Vec<&str> = s.actors.iter().map(|&a| p.actor_name(a)).collect();
    format!(
        "“{}” names {}: possibly one actor entered twice, whose mentions and acts are split between them. Merge \
         them in the Actors pane (or `faultline actors merge`) if so",
        s.name,
        names.join(" and ")
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::model::{Actor, ActorKind, Affiliation, Colour, FuzzyDate};
    use crate::sample::sample_project;

    #[test]
    fn the_sample_has_no_shared_names_and_no_act_across_a_change() {
        let p = sample_project();
        assert_eq!(shared_names(&p), vec![]);
        assert_eq!(straddling(&p), vec![]);
    }

    #[test]
    fn a_name_two_actors_carry_in_any_case_is_found_once_naming_both() {
        let mut p = sample_project();
        let mut twin = Actor::new("People's Republic of China", ActorKind::State, Colour::palette(9));
        twin.aliases = vec!["BEIJING".into(), "  beijing ".into()];
        p.actors.put(twin);
        let shared = shared_names(&p);
        assert_eq!(shared.len(), 1, "{shared:?}");
        assert_eq!(shared[0].name, "Beijing");
        let text = describe_shared(&p, &shared[0]);
        assert!(text.contains("“Beijing” names China and People's Republic of China"), "{text}");
    }

    #[test]
    fn names_differing_only_in_accents_are_shared_once_the_project_ignores_diacritics_and_undo_restores() {
        let mut p = sample_project();
        p.actors.put(Actor::new("Sergei Lavrov", ActorKind::Person, Colour::palette(8)));
        p.actors.put(Actor::new("SERGEÏ  LAVROV", ActorKind::Person, Colour::palette(9)));
        let mut doc = crate::edit::Document::unsaved(p);
        let before = NamesInput::of(doc.project());
        assert!(before.shared_names().is_empty());
        let loose = Matching { ignore_diacritics: true };
        doc.apply(crate::edit::Edit::one("ignore diacritics", crate::edit::Op::SetMatching(loose))).unwrap();
        let after = NamesInput::of(doc.project());
        assert!(after != before, "the setting changed");
        let shared = after.shared_names();
        assert_eq!(shared.len(), 1, "{shared:?}");
        assert_eq!(shared[0].name, "Sergei Lavrov");
        doc.undo();
        assert_eq!(shared_names(doc.project()), vec![]);
    }

    #[test]
    fn the_input_of_the_check_is_unchanged_by_an_edit_elsewhere_and_changed_by_any_edit_of_an_actor() {
        let mut p = sample_project();
        let kept = NamesInput::of(&p);
        p.description = "changed".into();
        assert!(NamesInput::of(&p) == kept, "the actors table is still the one kept");
        let mut china = p.find_actor("China").unwrap().clone();
        china.aliases.push("PRC".into());
        p.actors.put(china.clone());
        assert!(NamesInput::of(&p) != kept, "an edit of an actor copies the shared table");
        // Even an edit that puts the same actor back counts as a change: the check is worked
        // out again, never skipped wrongly.
        let now = NamesInput::of(&p);
        p.actors.put(china);
        assert!(NamesInput::of(&p) != now);
    }

    /// The sample with Greer, hypothetically, serving China until 9 May 2025 and the United
    /// States from 10 May, and his accusation dated only "May 2025": the act straddles the change.
    pub(crate) fn greer_changes_sides_in_may() -> (Project, Event) {
        let mut p = sample_project();
        let (us, cn) = (p.find_actor("United States").unwrap().id, p.find_actor("China").unwrap().id);
        let mut greer = p.find_actor("Greer").unwrap().clone();
        greer.affiliations = vec![
            Affiliation { acts_for: Some(cn), to: Some(date(2025, 5, 9)), ..Affiliation::default() },
            Affiliation { acts_for: Some(us), from: Some(date(2025, 5, 10)), ..Affiliation::default() },
        ];
        let greer_id = greer.id;
        p.actors.put(greer);
        let mut e = p.events.iter().find(|e| e.source == greer_id).unwrap().clone();
        e.date = FuzzyDate::month(2025, 5).unwrap();
        p.events.put(e.clone());
        (p, e)
    }

    #[test]
    fn an_act_dated_in_a_month_across_a_change_of_government_is_flagged_with_its_days() {
        let (p, e) = greer_changes_sides_in_may();
        let found = straddling(&p);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].event, e.id);
        let text = describe_straddle(&p, &found[0]);
        assert!(text.contains("9 day(s) for China → China (2025-05-01 to 2025-05-09)"), "{text}");
        assert!(text.contains("22 day(s) for United States → China (2025-05-10 to 2025-05-31)"), "{text}");
    }
}
