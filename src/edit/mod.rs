//! The one path by which a project changes.
//!
//! The GUI, the CLI and the tests all describe a change as an [`Edit`] (a named list of
//! [`Op`]s) and hand it to [`Document::apply`]. Each op is validated, applied and inverted, so
//! the document can undo any edit and a failed edit leaves the project exactly as it was.

pub mod builders;
mod document;
mod op;
mod validate;

pub use document::Document;
pub use op::{Op, Record, RecordId};

use crate::model::Project;

/// A named change, undone and redone as one step ("Undo: tag claim").
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    pub label: String,
    pub ops: Vec<Op>,
}

impl Edit {
    pub fn new(label: impl Into<String>, ops: Vec<Op>) -> Self {
        Self { label: label.into(), ops }
    }

    pub fn one(label: impl Into<String>, op: Op) -> Self {
        Self::new(label, vec![op])
    }
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum EditError {
    #[error("{0}")]
    Invalid(String),
    #[error("cannot remove it: {0}")]
    InUse(String),
    #[error("record {0} does not exist")]
    Missing(String),
    #[error("nothing to change")]
    Empty,
}

/// Applies an edit all-or-nothing and returns the edit that undoes it.
pub(crate) fn apply(project: &mut Project, edit: Edit) -> Result<Edit, EditError> {
    if edit.ops.is_empty() {
        return Err(EditError::Empty);
    }
    let mut inverse = Vec::with_capacity(edit.ops.len());
    for op in edit.ops {
        match op::apply_op(project, op) {
            Ok(undo) => inverse.push(undo),
            Err(err) => {
                // Roll back what this edit already did, newest first. Inverses of ops that
                // just succeeded are valid by construction.
                for undo in inverse.into_iter().rev() {
                    let _ = op::apply_op(project, undo);
                }
                return Err(err);
            }
        }
    }
    inverse.reverse();
    Ok(Edit { label: edit.label, ops: inverse })
}
