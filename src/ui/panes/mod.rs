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
