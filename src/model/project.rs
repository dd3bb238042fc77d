//! The project: every record an analyst saves, and the questions asked of it across records
//! (who an actor acts for on a day, an event's score).

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::actor::Actor;
use super::article::Article;
use super::claim::Claim;
use super::codebook::Tag;
use super::conflict::Conflict;
use super::event::{Era, Event, EventType};
use super::hypothesis::{AchCell, Hypothesis};
use super::id::{ActorId, ArticleId, ClaimId};
use super::link::ClaimLink;
use super::names::Matching;
use super::outlet::Outlet;
use super::table::Table;
use super::taxonomy::default_taxonomy;

/// The version of the project file format this build writes. Files with a higher version are
/// refused rather than half-read and then overwritten.
pub const FORMAT_VERSION: u32 = 5;

/// Everything an analyst saves: sources, annotations, actors, codebook and coded events.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub format: u32,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub actors: Table<Actor>,
    #[serde(default)]
    pub tags: Table<Tag>,
    /// Event types and default scores, copied from `assets/taxonomy.ron` into each new project
    /// so they can be edited per project.
    #[serde(default)]
    pub taxonomy: Table<EventType>,
    #[serde(default)]
    pub eras: Table<Era>,
    #[serde(default)]
    pub events: Table<Event>,
    #[serde(default)]
    pub claims: Table<Claim>,
    #[serde(default)]
    pub articles: Table<Article>,
    /// Outlets and their reliability (Admiralty A–F); articles match them by outlet name.
    #[serde(default, skip_serializing_if = "Table::is_empty")]
    pub outlets: Table<Outlet>,
    /// Corroborates / contradicts / same-as judgements between claims.
    #[serde(default, skip_serializing_if = "Table::is_empty")]
    pub claim_links: Table<ClaimLink>,
    /// Fields two analysts changed differently, left by a merge for the analyst to settle.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
    /// How this project's sources write dates that can be read two ways.
    #[serde(default, skip_serializing_if = "DateSettings::is_default")]
    pub dates: DateSettings,
    /// How names are compared wherever they are matched (mentions, finding and merging actors).
    #[serde(default, skip_serializing_if = "Matching::is_default")]
    pub matching: Matching,
    /// The competing hypotheses of the ACH matrix (its rows).
    #[serde(default, skip_serializing_if = "Table::is_empty")]
    pub hypotheses: Table<Hypothesis>,
    /// The claims weighed against the hypotheses, in the matrix's column order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ach_evidence: Vec<ClaimId>,
    /// The rated cells of the matrix; a cell not here is not rated yet.
    #[serde(default, skip_serializing_if = "Table::is_empty")]
    pub ach_cells: Table<AchCell>,
}

/// A run of days within which every actor of interest acts for the same sides, with its share
/// of the whole range (see [`Project::pieces`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Piece {
    pub start: Date,
    pub end: Date,
    pub share: f64,
}

/// Per-project conventions for date phrases that the words alone leave open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateSettings {
    #[serde(default)]
    pub weekday: SameWeekday,
    #[serde(default)]
    pub numeric: NumericOrder,
}

impl DateSettings {
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

/// What a bare weekday equal to the publication day means ("said on Tuesday" in a Tuesday paper).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SameWeekday {
    /// That very day: wire style (AP) names the weekday and never says "today".
    #[default]
    ThatDay,
    /// The same weekday a week earlier, for sources that say "today" for the publication day.
    WeekBefore,
}

/// How a numeric date such as 05/06/2025 is read when both parts could be the month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NumericOrder {
    /// 05/06/2025 is 5 June (British and most of the world).
    #[default]
    DayFirst,
    /// 05/06/2025 is May 6 (United States).
    MonthFirst,
}

impl Default for Project {
    fn default() -> Self {
        Self::new("Untitled project")
    }
}

impl Project {
    /// An empty project with the default event taxonomy.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            format: FORMAT_VERSION,
            name: name.into(),
            description: String::new(),
            actors: Table::default(),
            tags: Table::default(),
            taxonomy: default_taxonomy(),
            eras: Table::default(),
            events: Table::default(),
            claims: Table::default(),
            articles: Table::default(),
            outlets: Table::default(),
            claim_links: Table::default(),
            conflicts: Vec::new(),
            dates: DateSettings::default(),
            matching: Matching::default(),
            hypotheses: Table::default(),
            ach_evidence: Vec::new(),
            ach_cells: Table::default(),
        }
    }

    /// The claims of one article, in the order they were made.
    pub fn claims_of(&self, article: ArticleId) -> impl Iterator<Item = &Claim> {
        self.claims.iter().filter(move |c| c.article == article)
    }

    /// The links that join a claim to other claims, in the order they were made.
    pub fn links_of(&self, claim: ClaimId) -> impl Iterator<Item = &ClaimLink> {
        self.claim_links.iter().filter(move |l| l.touches(claim))
    }

    /// The events a claim is evidence for: usually one, but one sentence can report two acts
    /// ("accused Washington of ... and vowed measures").
    pub fn events_of_claim(&self, claim: ClaimId) -> impl Iterator<Item = &Event> {
        self.events.iter().filter(move |e| e.evidence.contains(&claim))
    }

    /// An event's score: its own override, else its type's default.
    pub fn score_of(&self, event: &Event) -> f64 {
        event.score.or_else(|| self.taxonomy.get(event.kind).map(|t| t.score)).unwrap_or(0.0)
    }

    /// The side `actor` acts for on `day` (the current period where no day is given).
    pub fn acts_for_at(&self, actor: ActorId, day: Option<Date>) -> Option<ActorId> {
        self.actors.get(actor)?.affiliation_at(day)?.acts_for
    }

    /// Whether `actor` is `ancestor` or acts for it on `day` through a chain of affiliations
    /// (Greer -> United States).
    pub fn acts_for(&self, actor: ActorId, ancestor: ActorId, day: Option<Date>) -> bool {
        self.lineage(actor, day).any(|id| id == ancestor)
    }

    /// `actor` and the actors it acts for on `day`, nearest first (Greer, United States). A
    /// cycle, which validation forbids, ends the walk once every actor could have been visited.
    pub fn lineage(&self, actor: ActorId, day: Option<Date>) -> impl Iterator<Item = ActorId> + '_ {
        std::iter::successors(Some(actor), move |&id| self.acts_for_at(id, day)).take(self.actors.len() + 1)
    }

    /// The side at the top of `actor`'s lineage on `day` (itself when it acts for no one).
    pub fn top_side(&self, actor: ActorId, day: Option<Date>) -> ActorId {
        self.lineage(actor, day).last().unwrap_or(actor)
    }

    /// The pieces of the days `start..=end` within which the lineage of every one of `actors`
    /// stays the same, in order, each with its share of the days: an act dated "in April" by a minister
    /// who changed government on 10 April is 9/30 the old side's and 21/30 the new one's.
    /// A range no change falls in is one piece with the whole share.
    pub fn pieces(&self, actors: &[ActorId], start: Date, end: Date) -> Vec<Piece> {
        let mut changes: Vec<Date> = self.change_days(actors).into_iter().filter(|&d| start < d && d <= end).collect();
        changes.sort_unstable();
        changes.dedup();
        if changes.is_empty() {
            return vec![Piece { start, end, share: 1.0 }];
        }
        let total = (start.until(end).map_or(0, |s| s.get_days()) + 1).max(1) as f64;
        let sides =
            |day: Date| -> Vec<Vec<ActorId>> { actors.iter().map(|&a| self.lineage(a, Some(day)).collect()).collect() };
        let mut pieces: Vec<Piece> = Vec::with_capacity(changes.len() + 1);
        let mut from = start;
        let mut held = sides(start);
        for day in changes.into_iter().chain(std::iter::once(end.tomorrow().unwrap_or(end))) {
            let last = if day > end { end } else { day.yesterday().unwrap_or(day) };
            let days = (from.until(last).map_or(0, |s| s.get_days()) + 1) as f64;
            pieces.push(Piece { start: from, end: last, share: days / total });
            from = day;
            // A period that begins or ends without changing anyone's side (a new role for the
            // same government) is no change: the piece runs on.
            if day <= end {
                let now = sides(day);
                if now == held {
                    let merged = pieces.pop().map(|p| p.start).unwrap_or(start);
                    from = merged;
                }
                held = now;
            }
        }
        pieces
    }

    /// The days on which a period of `actors` or of anyone they may act for begins, or ends
    /// the day before: the only days on which a lineage can change.
    fn change_days(&self, actors: &[ActorId]) -> Vec<Date> {
        let mut seen: Vec<ActorId> = Vec::new();
        let mut todo: Vec<ActorId> = actors.to_vec();
        let mut days = Vec::new();
        while let Some(id) = todo.pop() {
            if seen.contains(&id) {
                continue;
            }
            seen.push(id);
            for period in self.actors.get(id).map(|a| a.affiliations.as_slice()).unwrap_or_default() {
                days.extend(period.from);
                days.extend(period.to.and_then(|t| t.tomorrow().ok()));
                todo.extend(period.acts_for);
            }
        }
        days
    }

    /// A day on which `actor`, with the periods it has in the record given (which may not be
    /// stored yet), would end up acting for itself through a chain of affiliations.
    pub fn cycle_day(&self, actor: &Actor) -> Option<Date> {
        let side = |id: ActorId, day: Date| {
            let record = if id == actor.id { Some(actor) } else { self.actors.get(id) };
            record.and_then(|a| a.affiliation_on(day)).and_then(|a| a.acts_for)
        };
        let mut days: Vec<Date> =
            self.change_days(&actor.affiliations.iter().filter_map(|a| a.acts_for).collect::<Vec<_>>());
        for period in &actor.affiliations {
            days.extend(period.from);
            days.extend(period.to.and_then(|t| t.tomorrow().ok()));
        }
        days.push(Date::MIN);
        days.into_iter().find(|&day| {
            std::iter::successors(side(actor.id, day), |&id| side(id, day))
                .take(self.actors.len() + 1)
                .any(|id| id == actor.id)
        })
    }

    pub fn actor_name(&self, id: ActorId) -> &str {
        self.actors.get(id).map_or("(missing actor)", |a| a.name.as_str())
    }

    /// Finds an actor by name or alias, as the project compares names ([`Matching`]).
    pub fn find_actor(&self, name: &str) -> Option<&Actor> {
        let same = |n: &String| self.matching.same_name(n, name);
        self.actors.iter().find(|a| same(&a.name) || a.aliases.iter().any(same))
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::model::{ActorKind, Affiliation, Colour};

    /// A minister who leaves the old government on 9 April and joins the new one on 10 April.
    fn minister_who_moves() -> (Project, ActorId, ActorId, ActorId) {
        let mut p = Project::new("pieces");
        let old = Actor::new("Old government", ActorKind::State, Colour::palette(0));
        let new = Actor::new("New government", ActorKind::State, Colour::palette(1));
        let mut m = Actor::new("Minister", ActorKind::Person, Colour::palette(2));
        m.affiliations = vec![
            Affiliation { acts_for: Some(old.id), to: Some(date(2025, 4, 9)), ..Affiliation::default() },
            Affiliation { acts_for: Some(new.id), from: Some(date(2025, 4, 10)), ..Affiliation::default() },
        ];
        let ids = (old.id, new.id, m.id);
        for a in [old, new, m] {
            p.actors.put(a);
        }
        (p, ids.0, ids.1, ids.2)
    }

    #[test]
    fn a_month_straddling_a_change_of_side_splits_by_the_days_on_each_side() {
        let (p, old, new, m) = minister_who_moves();
        let pieces = p.pieces(&[m], date(2025, 4, 1), date(2025, 4, 30));
        assert_eq!(pieces.len(), 2);
        assert_eq!((pieces[0].start, pieces[0].end), (date(2025, 4, 1), date(2025, 4, 9)));
        assert_eq!((pieces[1].start, pieces[1].end), (date(2025, 4, 10), date(2025, 4, 30)));
        assert!((pieces[0].share - 9.0 / 30.0).abs() < 1e-12 && (pieces[1].share - 21.0 / 30.0).abs() < 1e-12);
        assert_eq!(p.top_side(m, Some(pieces[0].start)), old);
        assert_eq!(p.top_side(m, Some(pieces[1].start)), new);
    }

    #[test]
    fn an_actor_is_found_by_any_spelling_the_project_counts_as_its_name() {
        let (mut p, ..) = minister_who_moves();
        let mut lavrov = Actor::new("Sergei Lavrov", ActorKind::Person, Colour::palette(3));
        lavrov.aliases = vec!["Лавров".into()];
        p.actors.put(lavrov);
        assert_eq!(p.find_actor("  sergei   LAVROV ").map(|a| a.name.as_str()), Some("Sergei Lavrov"));
        assert_eq!(p.find_actor("ЛАВРОВ").map(|a| a.name.as_str()), Some("Sergei Lavrov"));
        assert_eq!(p.find_actor("ｍｉｎｉｓｔｅｒ").map(|a| a.name.as_str()), Some("Minister"), "full width");
        assert!(p.find_actor("Sergeï Lavrov").is_none(), "accents count unless the project ignores them");
        p.matching.ignore_diacritics = true;
        assert_eq!(p.find_actor("Sergeï Lavrov").map(|a| a.name.as_str()), Some("Sergei Lavrov"));
    }

    #[test]
    fn a_range_no_change_falls_in_is_one_whole_piece() {
        let (p, _, _, m) = minister_who_moves();
        let pieces = p.pieces(&[m], date(2025, 5, 1), date(2025, 5, 31));
        assert_eq!(pieces, vec![Piece { start: date(2025, 5, 1), end: date(2025, 5, 31), share: 1.0 }]);
        let day = p.pieces(&[m], date(2025, 4, 10), date(2025, 4, 10));
        assert_eq!(day.len(), 1, "a change on the first day of the range is no split");
    }

    #[test]
    fn pieces_cover_every_range_without_gap_their_shares_make_one_and_sides_hold_within_each() {
        let (mut p, old, new, m) = minister_who_moves();
        // Also a role change without a change of side, and a return to the old side in June.
        let mut minister = p.actors.get(m).unwrap().clone();
        minister.affiliations = vec![
            Affiliation { acts_for: Some(old), to: Some(date(2025, 4, 9)), ..Affiliation::default() },
            Affiliation {
                acts_for: Some(new),
                from: Some(date(2025, 4, 10)),
                to: Some(date(2025, 5, 14)),
                ..Affiliation::default()
            },
            Affiliation {
                acts_for: Some(new),
                role: "deputy".into(),
                from: Some(date(2025, 5, 15)),
                to: Some(date(2025, 6, 4)),
            },
            Affiliation { acts_for: Some(old), from: Some(date(2025, 6, 5)), ..Affiliation::default() },
        ];
        p.actors.put(minister);
        let first = date(2025, 3, 20);
        for offset in 0..90 {
            for length in [0, 1, 6, 9, 29, 30, 60, 120] {
                let start = first.checked_add(jiff::Span::new().days(offset)).unwrap();
                let end = start.checked_add(jiff::Span::new().days(length)).unwrap();
                let pieces = p.pieces(&[m], start, end);
                assert_eq!(pieces.first().unwrap().start, start);
                assert_eq!(pieces.last().unwrap().end, end);
                for pair in pieces.windows(2) {
                    assert_eq!(pair[0].end.tomorrow().unwrap(), pair[1].start, "{pieces:?}");
                    assert_ne!(p.top_side(m, Some(pair[0].end)), p.top_side(m, Some(pair[1].start)), "{pieces:?}");
                }
                let total: f64 = pieces.iter().map(|x| x.share).sum();
                assert!((total - 1.0).abs() < 1e-9, "{start}..{end}: {pieces:?}");
                for piece in &pieces {
                    let side = p.top_side(m, Some(piece.start));
                    let mut day = piece.start;
                    while day <= piece.end {
                        assert_eq!(p.top_side(m, Some(day)), side, "{day} in {piece:?}");
                        day = day.tomorrow().unwrap();
                    }
                }
            }
        }
    }

    #[test]
    fn a_new_role_for_the_same_side_is_no_split() {
        let (mut p, old, _, m) = minister_who_moves();
        let mut minister = p.actors.get(m).unwrap().clone();
        minister.affiliations = vec![
            Affiliation {
                acts_for: Some(old),
                role: "deputy".into(),
                to: Some(date(2025, 4, 9)),
                ..Affiliation::default()
            },
            Affiliation {
                acts_for: Some(old),
                role: "minister".into(),
                from: Some(date(2025, 4, 10)),
                ..Affiliation::default()
            },
        ];
        p.actors.put(minister);
        assert_eq!(p.pieces(&[m], date(2025, 4, 1), date(2025, 4, 30)).len(), 1);
    }

    #[test]
    fn a_change_of_the_side_itself_splits_the_range_too() {
        let (mut p, old, new, m) = minister_who_moves();
        let ministry = Actor::new("Ministry", ActorKind::GovernmentBody, Colour::palette(3));
        let ministry_id = ministry.id;
        p.actors.put(ministry);
        let mut minister = p.actors.get(m).unwrap().clone();
        minister.affiliations = vec![Affiliation::always(ministry_id)];
        p.actors.put(minister);
        let mut ministry = p.actors.get(ministry_id).unwrap().clone();
        ministry.affiliations = vec![
            Affiliation { acts_for: Some(old), to: Some(date(2025, 4, 9)), ..Affiliation::default() },
            Affiliation { acts_for: Some(new), from: Some(date(2025, 4, 10)), ..Affiliation::default() },
        ];
        p.actors.put(ministry);
        let pieces = p.pieces(&[m], date(2025, 4, 1), date(2025, 4, 30));
        assert_eq!(pieces.len(), 2, "{pieces:?}");
        assert_eq!(p.lineage(m, Some(date(2025, 4, 9))).collect::<Vec<_>>(), vec![m, ministry_id, old]);
    }
}
