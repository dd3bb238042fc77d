use serde::{Deserialize, Serialize};

use super::colour::Colour;
use super::date::FuzzyDate;
use super::id::{ActorId, ClaimId, EventId, EventTypeId};
use super::table::Keyed;

/// One entry of the project's event taxonomy (see `assets/taxonomy.ron`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventType {
    pub id: EventTypeId,
    pub name: String,
    /// The CAMEO code the default score was taken from ("11", "163").
    #[serde(default)]
    pub cameo: String,
    /// Goldstein-style score, -10 (most conflictual) to +10 (most cooperative).
    pub score: f64,
    pub colour: Colour,
    /// Neutral types ("Comment") are kept off the tension series unless the analyst asks.
    #[serde(default = "yes")]
    pub on_series: bool,
    #[serde(default)]
    pub note: String,
}

fn yes() -> bool {
    true
}

impl Keyed for EventType {
    type Id = EventTypeId;
    fn id(&self) -> EventTypeId {
        self.id
    }
}

/// One real-world act, however many articles report it: a directed dyad, a type, a date and a
/// score, with the claims that report it as evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    pub kind: EventTypeId,
    pub source: ActorId,
    pub target: ActorId,
    /// A joint act (a call, a joint statement) counts once in each direction of the dyad.
    // As in claims, fields left at their default are not written and read back as default.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bilateral: bool,
    pub date: FuzzyDate,
    /// Overrides the type's default score for this one event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The claims that report this act; never empty.
    pub evidence: Vec<ClaimId>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Keyed for Event {
    type Id = EventId;
    fn id(&self) -> EventId {
        self.id
    }
}

/// A named period ("Geneva truce") or, when `start == end`, a one-day marker on the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Era {
    pub id: super::id::EraId,
    pub name: String,
    pub start: jiff::civil::Date,
    pub end: jiff::civil::Date,
    pub colour: Colour,
    #[serde(default)]
    pub note: String,
}

impl Keyed for Era {
    type Id = super::id::EraId;
    fn id(&self) -> super::id::EraId {
        self.id
    }
}
