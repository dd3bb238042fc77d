use serde::{Deserialize, Serialize};

use super::colour::Colour;
use super::id::TagId;
use super::table::Keyed;

/// A code of the analyst's codebook; claims are highlighted in their first tag's colour.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tag {
    pub id: TagId,
    pub name: String,
    pub colour: Colour,
    #[serde(default)]
    pub parent: Option<TagId>,
    #[serde(default)]
    pub description: String,
}

impl Tag {
    pub fn new(name: impl Into<String>, colour: Colour) -> Self {
        Self { id: TagId::random(), name: name.into(), colour, parent: None, description: String::new() }
    }
}

impl Keyed for Tag {
    type Id = TagId;
    fn id(&self) -> TagId {
        self.id
    }
}
