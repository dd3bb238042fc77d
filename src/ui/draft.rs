//! A copy of a record being edited in a form. Typing changes only the copy; the form commits it
//! as one edit. The copy is refreshed whenever the record changes underneath (another record
//! selected, or the project changed by an undo elsewhere), so a stale copy is never committed.

use crate::model::Keyed;

pub struct Draft<T> {
    state: u64,
    value: Option<T>,
}

impl<T> Default for Draft<T> {
    fn default() -> Self {
        Self { state: 0, value: None }
    }
}

impl<T: Keyed + Clone> Draft<T> {
    /// The copy of `record` as of document `state`, and whether it was just (re)made.
    pub fn sync(&mut self, record: &T, state: u64) -> (&mut T, bool) {
        let stale = self.state != state || self.value.as_ref().is_none_or(|d| d.id() != record.id());
        if stale {
            self.state = state;
            self.value = Some(record.clone());
        }
        (self.value.get_or_insert_with(|| record.clone()), stale)
    }
}
