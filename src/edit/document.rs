use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::model::Project;

use super::{Edit, EditError, apply};

/// An open project with its file path and its undo history.
///
/// The project is only reachable mutably through [`Document::apply`], [`Document::undo`] and
/// [`Document::redo`], so every change is validated and undoable.
#[derive(Debug)]
pub struct Document {
    project: Project,
    path: Option<PathBuf>,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Identifies the project's current content; caches key on it. A fresh number per change
    /// (unique across documents, so a cache never mistakes a newly opened project for the old
    /// one), and undo returns to the number the state had before, so the saved marker stays
    /// right.
    state: u64,
    saved_state: u64,
    /// Which open document this is: fresh for every project opened, created or recovered, and
    /// kept through edits, so work started on one project is never applied to another. Drawn
    /// from the state counter: all it needs is to be unique.
    id: u64,
}

fn fresh_state() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[derive(Debug)]
struct Step {
    /// The edit that goes back to the other side of this step.
    edit: Edit,
    /// The state number on the other side.
    state: u64,
}

impl Document {
    pub fn new(project: Project, path: Option<PathBuf>) -> Self {
        let state = fresh_state();
        Self { project, path, undo: Vec::new(), redo: Vec::new(), state, saved_state: state, id: fresh_state() }
    }

    /// A document that has never been saved: it counts as changed until it is.
    pub fn unsaved(project: Project) -> Self {
        let mut doc = Self::new(project, None);
        doc.saved_state = 0;
        doc
    }

    pub fn project(&self) -> &Project {
        &self.project
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// A number that changes whenever the project's content does.
    pub fn state(&self) -> u64 {
        self.state
    }

    /// Which open document this is (see the field): the same through every edit, undo and
    /// save, different for each document made.
    pub fn id(&self) -> u64 {
        self.id
    }

    pub fn is_dirty(&self) -> bool {
        self.state != self.saved_state
    }

    /// Records that the project as it was at `state` was written to `path` (a save that ran
    /// in the background while the analyst went on editing leaves the document dirty).
    pub fn mark_saved(&mut self, path: PathBuf, state: u64) {
        self.path = Some(path);
        self.saved_state = state;
    }

    /// A document restored from a recovery copy: it belongs to `path` but differs from it.
    pub fn recovered(project: Project, path: Option<PathBuf>) -> Self {
        let mut doc = Self::new(project, path);
        doc.saved_state = 0;
        doc
    }

    /// Applies an edit; on error nothing changed.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let inverse = apply(&mut self.project, edit)?;
        self.undo.push(Step { edit: inverse, state: self.state });
        self.redo.clear();
        self.state = fresh_state();
        Ok(())
    }

    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.edit.label.as_str())
    }

    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.edit.label.as_str())
    }

    /// Undoes the last edit, returning its name.
    pub fn undo(&mut self) -> Option<String> {
        let step = self.undo.pop()?;
        let redo = self.step(step)?;
        let label = redo.edit.label.clone();
        self.redo.push(redo);
        Some(label)
    }

    /// Redoes the last undone edit, returning its name.
    pub fn redo(&mut self) -> Option<String> {
        let step = self.redo.pop()?;
        let undo = self.step(step)?;
        let label = undo.edit.label.clone();
        self.undo.push(undo);
        Some(label)
    }

    fn step(&mut self, step: Step) -> Option<Step> {
        match apply(&mut self.project, step.edit) {
            Ok(back) => {
                let other = Step { edit: back, state: self.state };
                self.state = step.state;
                Some(other)
            }
            Err(_) => {
                // An inverse always applies to the state it was recorded in; if that ever
                // fails the history no longer matches the project, so it is dropped rather
                // than allowed to change the project further. The project itself is untouched.
                self.undo.clear();
                self.redo.clear();
                None
            }
        }
    }
}
