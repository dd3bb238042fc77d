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
use super::outlet::Outlet;
use super::table::Table;
use super::taxonomy::default_taxonomy;

/// The version of the project file format this build writes. Files with a higher version are
/// refused rather than half-read and then overwritten.
pub const FORMAT_VERSION: u32 = 3;

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

    /// Whether `actor` is `ancestor` or acts for it through a chain of affiliations
    /// (Greer -> United States).
    pub fn acts_for(&self, actor: ActorId, ancestor: ActorId) -> bool {
        self.lineage(actor).any(|id| id == ancestor)
    }

    /// `actor` and the actors it acts for, nearest first (Greer, United States). A cycle, which
    /// validation forbids, ends the walk once every actor could have been visited.
    pub fn lineage(&self, actor: ActorId) -> impl Iterator<Item = ActorId> + '_ {
        std::iter::successors(Some(actor), |&id| self.actors.get(id).and_then(|a| a.affiliation))
            .take(self.actors.len() + 1)
    }

    pub fn actor_name(&self, id: ActorId) -> &str {
        self.actors.get(id).map_or("(missing actor)", |a| a.name.as_str())
    }

    /// Finds an actor by name or alias, ignoring case.
    pub fn find_actor(&self, name: &str) -> Option<&Actor> {
        let name = name.trim();
        self.actors
            .iter()
            .find(|a| a.name.eq_ignore_ascii_case(name) || a.aliases.iter().any(|al| al.eq_ignore_ascii_case(name)))
    }
}
