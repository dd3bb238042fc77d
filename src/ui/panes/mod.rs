//! One file per pane of the workbench.

pub mod actor_import;
pub mod actor_periods;
pub mod actors;
pub mod articles;
pub mod chart;
pub mod chart_axis;
pub mod chart_export;
pub mod chart_marks;
pub mod claims;
pub mod codebook;
pub mod compare;
pub mod conflicts;
pub mod events;
pub mod grading;
pub mod hypotheses;
pub mod inspector;
pub mod merge;
pub mod network;
pub mod problems;
pub mod project_picker;
pub mod reader;
pub mod reader_assist;
pub mod reader_text;
pub mod search;
pub mod timeline;

/// A whole-project result (a check, an analysis) for the document state it was computed in: computed again only after an edit.
pub(crate) fn once_per_state<'a, T>(
    slot: &'a mut Option<(u64, T)>,
    doc: &crate::edit::Document,
    compute: impl FnOnce(&crate::model::Project) -> T,
) -> &'a T {
    let state = doc.state();
    if slot.as_ref().is_some_and(|(s, _)| *s != state) {
        *slot = None;
    }
    &slot.get_or_insert_with(|| (state, compute(doc.project()))).1
}
