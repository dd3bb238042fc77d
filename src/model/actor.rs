use serde::{Deserialize, Serialize};

use super::colour::Colour;
use super::id::ActorId;
use super::table::Keyed;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
pub enum ActorKind {
    Person,
    State,
    GovernmentBody,
    Organisation,
    Group,
}

impl ActorKind {
    pub const ALL: [ActorKind; 5] =
        [ActorKind::Person, ActorKind::State, ActorKind::GovernmentBody, ActorKind::Organisation, ActorKind::Group];

    pub fn label(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::State => "state",
            ActorKind::GovernmentBody => "government body",
            ActorKind::Organisation => "organisation",
            ActorKind::Group => "group",
        }
    }
}

/// A person, state, ministry or other party that speaks or acts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: ActorId,
    pub name: String,
    pub kind: ActorKind,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The actor this one acts for (Greer -> United States): dyads resolve through it.
    #[serde(default)]
    pub affiliation: Option<ActorId>,
    pub colour: Colour,
}

impl Actor {
    pub fn new(name: impl Into<String>, kind: ActorKind, colour: Colour) -> Self {
        Self { id: ActorId::random(), name: name.into(), kind, aliases: Vec::new(), affiliation: None, colour }
    }
}

impl Keyed for Actor {
    type Id = ActorId;
    fn id(&self) -> ActorId {
        self.id
    }
}
