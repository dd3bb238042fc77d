//! Merging two events that record the same act (a duplicate the analyst confirmed): one edit
//! keeps the first event with every evidence claim of both and removes the second, so undo
//! brings both back exactly.

use crate::model::{EventId, Project};

use super::{Edit, EditError, Op, Record, RecordId};

/// `keep` gains `other`'s evidence (and its note, when different); `other` goes.
pub fn merge_events(p: &Project, keep: EventId, other: EventId) -> Result<Edit, EditError> {
    if keep == other {
        return Err(EditError::Invalid("an event cannot be merged with itself".into()));
    }
    let missing = |id: EventId| EditError::Missing(id.to_string());
    let mut kept = p.events.get(keep).cloned().ok_or_else(|| missing(keep))?;
    let gone = p.events.get(other).ok_or_else(|| missing(other))?;
    for claim in &gone.evidence {
        if !kept.evidence.contains(claim) {
            kept.evidence.push(*claim);
        }
    }
    if !gone.note.is_empty() && !kept.note.contains(&gone.note) {
        kept.note = if kept.note.is_empty() { gone.note.clone() } else { format!("{}\n{}", kept.note, gone.note) };
    }
    Ok(Edit::new("merge duplicate events", vec![Op::Put(Record::Event(kept)), Op::Remove(RecordId::Event(other))]))
}
