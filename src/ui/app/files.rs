//! Opening, saving, recovery copies and export: the project as files on disk.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::edit::Document;
use crate::io::export::{ExportFormat, ExportOptions, Protected, export_with};
use crate::io::lock::{self, Holder, LockError};
use crate::io::project_file::FileStamp;
use crate::io::repair::refuse_losing_data;
use crate::io::{project_file, recovery};
use crate::ui::dialogs::Dialog;
use crate::ui::jobs::background::{Finished, Job};
use crate::ui::state::UiState;

use super::MAX_RECENT;

use super::FaultlineApp;

impl FaultlineApp {
    /// At start: a recovery copy left by a session that did not end cleanly is offered back.
    pub(super) fn offer_recovery(&mut self) {
        let Some(path) = self.recovery_path() else { return };
        match recovery::find(&path) {
            None => {}
            Some(Ok(found)) => {
                let text = found.describe(self.doc.path().map(|_| self.doc.project()));
                self.dialog = Some(Dialog::Recover { found: Box::new(found), text });
            }
            Some(Err(e)) => {
                self.dialog = Some(Dialog::Message {
                    title: "A recovery copy could not be read".into(),
                    text: format!("{e}\nIt is left in place so it can be rescued by hand."),
                });
            }
        }
    }

    pub(super) fn replace(&mut self, doc: Document) {
        // The copy of the project being left behind is no longer needed: it was saved or
        // the analyst chose to discard it.
        if let Some(old) = self.recovery_path() {
            recovery::remove(&old);
        }
        self.doc = doc;
        self.lock = None;
        // Files being read were meant for the project left behind.
        self.importing = None;
        self.disk_stamp = None;
        self.problems.clear();
        // The view's choices (theme, tint) are the analyst's, not the project's: they stay.
        self.state = UiState {
            chart: std::mem::take(&mut self.state.chart),
            theme: self.state.theme,
            tint_by_grade: self.state.tint_by_grade,
            ..UiState::default()
        };
        self.state.chart.filter = Default::default();
        self.state.selection.article = self.doc.project().articles.ids().next();
    }

    pub(super) fn open(&mut self, path: &Path) {
        // Stamped before reading: a command that saves while a large file is parsed then shows
        // as an outside change at the next save, rather than being saved over unseen.
        let stamp = FileStamp::of(path).ok();
        match project_file::load_checked(path) {
            Ok((project, problems)) => {
                self.replace(Document::new(project, Some(path.to_owned())));
                self.disk_stamp = stamp;
                self.remember(path);
                let conflicts = self.doc.project().conflicts.len();
                if let Err(e) = self.hold_lock(path) {
                    self.state.error(format!("{e} You can read the project here; saving is refused until it is free, so try again once it finishes."));
                } else if conflicts > 0 {
                    self.state.error(format!(
                        "Opened {} with {conflicts} merge conflict(s) to settle: see Problems",
                        path.display()
                    ));
                    self.workbench.focus_problems();
                } else {
                    match problems.iter().filter(|p| p.is_problem()).count() {
                        0 => self.state.info(opened_as(path, &problems)),
                        n => {
                            self.state.error(format!("Opened {} with {n} problem(s): see Problems", path.display()));
                            self.workbench.focus_problems();
                        }
                    }
                }
                self.problems = problems;
            }
            Err(e) => {
                self.dialog = Some(Dialog::Message { title: "Cannot open the project".into(), text: e.to_string() });
            }
        }
    }

    /// Takes the lock on `path` unless it is already held, releasing the one held before.
    pub(super) fn hold_lock(&mut self, path: &Path) -> Result<(), LockError> {
        if self.lock.as_ref().is_some_and(|l| l.project() == lock::resolve(path)) {
            return Ok(());
        }
        self.lock = None;
        self.lock = Some(lock::acquire(path, Holder::Workbench, Duration::ZERO)?);
        Ok(())
    }

    /// Saves in the background; asks first when the file changed on disk since it was read.
    /// Refuses while another program holds the file, and over a file holding data this version
    /// would drop.
    pub(super) fn save_to(&mut self, path: PathBuf) {
        let same_file = self.doc.path() == Some(path.as_path());
        let refusal = if same_file { refuse_losing_data(&self.problems, &path).err() } else { None };
        let refusal = refusal
            .map(|why| format!("{why}. Save As keeps your work under another name."))
            .or_else(|| self.hold_lock(&path).err().map(|e| e.to_string()));
        if let Some(text) = refusal {
            self.after_save = None;
            self.dialog = Some(Dialog::Message { title: "Cannot save the project".into(), text });
            return;
        }
        if same_file && self.disk_stamp.is_some_and(|s| s.changed(&path)) {
            self.dialog = Some(Dialog::ChangedOnDisk { path });
            return;
        }
        self.overwrite(path);
    }

    pub(super) fn overwrite(&mut self, path: PathBuf) {
        if self.is_saving() {
            self.state.error("A save is still being written; try again in a moment");
            return;
        }
        self.background.start(Job::Save, &self.doc, path);
        self.state.info("Saving…");
    }

    pub(super) fn finished(&mut self, done: Finished) {
        let this_document = done.doc == self.doc.id();
        match (done.job, done.result) {
            // The project saved was closed while it was written: the open one is neither saved
            // nor moved to that file (its next save would overwrite the other project).
            (Job::Save, Ok(_)) if !this_document => {
                self.state.info(format!("Saved {} (the project closed meanwhile)", done.path.display()));
                self.remember(&done.path);
            }
            (Job::Save, Ok(stamp)) => {
                self.state.info(format!("Saved {}", done.path.display()));
                self.remember(&done.path);
                if let Some(old) = self.recovery_path() {
                    recovery::remove(&old);
                }
                self.disk_stamp = stamp;
                self.doc.mark_saved(done.path, done.state);
            }
            (Job::Save, Err(e)) => {
                self.after_save = None;
                self.dialog = Some(Dialog::Message { title: "Cannot save the project".into(), text: e });
            }
            (Job::Autosave, Ok(_)) if this_document => self.autosaved_state = done.state,
            // Leaving that project removed its recovery copy as no longer needed; so goes this one.
            (Job::Autosave, Ok(_)) => recovery::remove(&done.path),
            (Job::Autosave, Err(e)) => self.state.error(format!("Could not write the recovery copy: {e}")),
        }
    }

    /// Writes a recovery copy when there are unsaved changes it does not hold yet.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        if !self.doc.is_dirty() {
            return;
        }
        let now = ctx.input(|i| i.time);
        let due = now - self.last_autosave >= self.autosave_every.as_secs_f64();
        if due && self.autosaved_state != self.doc.state() && !self.background.is_running(Job::Autosave) {
            if let Some(path) = self.recovery_path() {
                self.background.start(Job::Autosave, &self.doc, path);
            }
            self.last_autosave = now;
        }
        ctx.request_repaint_after(self.autosave_every);
    }

    pub(super) fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// The open project's files, which an export must not overwrite.
    pub(super) fn protected(&self) -> Protected {
        Protected { project: self.doc.path().map(Path::to_owned), force: false }
    }

    pub(super) fn export(&mut self, format: ExportFormat, path: &Path) {
        let options = ExportOptions { protected: self.protected(), ..ExportOptions::default() };
        match export_with(self.doc.project(), format, path, &options) {
            Ok(files) => {
                let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
                self.state.info(format!("Exported {}", names.join(", ")));
            }
            Err(e) => self.dialog = Some(Dialog::Message { title: "Cannot export".into(), text: e.to_string() }),
        }
    }
}

/// "Opened PATH", with the upgrade note when opening an older format upgraded it.
fn opened_as(path: &Path, notes: &[crate::io::repair::Problem]) -> String {
    match notes.iter().find(|p| !p.is_problem()) {
        Some(upgrade) => format!("Opened {}: {}", path.display(), upgrade.message),
        None => format!("Opened {}", path.display()),
    }
}
