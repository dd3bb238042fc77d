//! A judgement that two claims bear on each other: one corroborates or contradicts the other,
//! or both report the same thing.

use serde::{Deserialize, Serialize};

use super::id::{ClaimId, ClaimLinkId};
use super::table::Keyed;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
pub enum LinkKind {
    /// `from` supports what `to` says.
    Corroborates,
    /// `from` says the opposite of `to`, or something that cannot be true with it.
    Contradicts,
    /// Both report one and the same statement (a wire story reprinted).
    SameAs,
}

impl LinkKind {
    pub const ALL: [LinkKind; 3] = [LinkKind::Corroborates, LinkKind::Contradicts, LinkKind::SameAs];

    pub fn label(self) -> &'static str {
        match self {
            LinkKind::Corroborates => "corroborates",
            LinkKind::Contradicts => "contradicts",
            LinkKind::SameAs => "same as",
        }
    }
}

/// A link between two claims, usually of different articles. Links read both ways for
/// analysis (a claim contradicted by another contradicts it); `from` is where it was made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimLink {
    pub id: ClaimLinkId,
    pub from: ClaimId,
    pub to: ClaimId,
    pub kind: LinkKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl ClaimLink {
    pub fn new(from: ClaimId, to: ClaimId, kind: LinkKind) -> Self {
        Self { id: ClaimLinkId::random(), from, to, kind, note: String::new() }
    }

    /// Whether the link joins `claim` to anything.
    pub fn touches(&self, claim: ClaimId) -> bool {
        self.from == claim || self.to == claim
    }

    /// The claim at the other end from `claim`, if the link touches it.
    pub fn other(&self, claim: ClaimId) -> Option<ClaimId> {
        if self.from == claim {
            Some(self.to)
        } else if self.to == claim {
            Some(self.from)
        } else {
            None
        }
    }
}

impl Keyed for ClaimLink {
    type Id = ClaimLinkId;
    fn id(&self) -> ClaimLinkId {
        self.id
    }
}
