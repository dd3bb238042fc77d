//! A claim: a highlighted span of an article with its tags, speaker, credibility and note.

use serde::{Deserialize, Serialize};

use super::grade::Credibility;
use super::id::{ActorId, ArticleId, ClaimId, TagId};
use super::table::Keyed;
use super::text::Anchor;

/// How sure the analyst is of a reading.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default, Serialize, Deserialize)]
pub enum Confidence {
    Low,
    #[default]
    Medium,
    High,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Low, Confidence::Medium, Confidence::High];

    pub fn label(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// A highlighted span of one article and what the analyst read in it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: ClaimId,
    pub article: ArticleId,
    /// First char of the span (Unicode scalar values, not bytes or UTF-16 units).
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The exact text of the span, and ~32 chars either side, to re-anchor after text edits.
    pub quote: String,
    // Empty fields are left out of the file (a third of its size at 100,000 claims) and read
    // back as empty, so files that spell them out load the same.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub prefix: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub suffix: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<TagId>,
    /// The actor who asserts the claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<ActorId>,
    /// The actors the claim is about or addressed to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<ActorId>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default)]
    pub confidence: Confidence,
    /// How believable what the claim says is (Admiralty 1–6); ungraded is 6, "cannot be judged".
    #[serde(default, skip_serializing_if = "Credibility::is_default")]
    pub credibility: Credibility,
    /// The claim's span could not be placed in its article's text (after a text edit, or in a
    /// damaged file): it keeps its quote and coding but is not drawn until the analyst
    /// re-attaches it to a selection or deletes it. Its offsets mean nothing while set.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub orphaned: bool,
}

impl Claim {
    /// A new untagged claim on an anchored span.
    pub fn new(article: ArticleId, anchor: Anchor) -> Self {
        Self {
            id: ClaimId::random(),
            article,
            start: anchor.start,
            end: anchor.end,
            quote: anchor.quote,
            prefix: anchor.prefix,
            suffix: anchor.suffix,
            tags: Vec::new(),
            speaker: None,
            targets: Vec::new(),
            note: String::new(),
            confidence: Confidence::default(),
            credibility: Credibility::default(),
            orphaned: false,
        }
    }

    /// Names other actors through `to` (an actor merged into another): its speaker and its
    /// targets, each target once.
    pub fn map_actors(&mut self, to: impl Fn(ActorId) -> ActorId) {
        self.speaker = self.speaker.map(&to);
        self.targets = once_each(self.targets.iter().map(|&a| to(a)));
    }

    /// Carries other tags through `to` (a tag merged into another), each tag once.
    pub fn map_tags(&mut self, to: impl Fn(TagId) -> TagId) {
        self.tags = once_each(self.tags.iter().map(|&t| to(t)));
    }
}

/// The items in their order, each kept at its first place only.
fn once_each<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
    }
    out
}

impl Keyed for Claim {
    type Id = ClaimId;
    fn id(&self) -> ClaimId {
        self.id
    }
}
