//! One file per pane of the workbench.

pub mod actor_import;
pub mod actor_periods;
pub mod actors;
pub mod articles;
pub mod chart;
pub mod chart_axis;
pub mod chart_export;
pub mod chart_legend;
pub mod chart_marks;
pub mod chart_toolbar;
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

/// What `compute` finds for `query` (words typed into a pane's search field), kept in `slot`
/// while the document state and the query stay the same: searched once per change, not every
/// frame.
pub(crate) fn once_per_query<'a, T>(
    slot: &'a mut Option<(u64, String, T)>,
    doc: &crate::edit::Document,
    query: &str,
    compute: impl FnOnce(&crate::model::Project, &str) -> T,
) -> &'a T {
    let state = doc.state();
    if slot.as_ref().is_some_and(|(s, q, _)| *s != state || q != query) {
        *slot = None;
    }
    &slot.get_or_insert_with(|| (state, query.to_owned(), compute(doc.project(), query))).2
}
