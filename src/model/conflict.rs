//! A disagreement a merge could not settle, kept in the project until the analyst does.
//!
//! When two analysts change the same field of the same record differently, the merge applies
//! ours and records theirs here, so nothing either of them did is lost and the merged file is
//! still a valid project. Values are kept as JSON text: the field's own serialisation, which
//! can be put back into the record whichever side the analyst picks.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// "actor", "claim", "event", ... or "project" for the project's own fields.
    pub kind: String,
    /// The record's id ("" for the project itself).
    pub id: String,
    /// What the analyst knows the record by: an actor's name, the start of a claim's quote.
    pub label: String,
    /// The field both sides changed, or [`WHOLE_RECORD`] when one side deleted the record
    /// and the other changed it (the changed record is kept).
    pub field: String,
    /// The common ancestor's value, ours (now in the record) and theirs, as JSON; "" where a
    /// side has no record.
    pub base: String,
    pub ours: String,
    pub theirs: String,
}

/// The `field` of a conflict between deleting a record and changing it.
pub const WHOLE_RECORD: &str = "(whole record)";
