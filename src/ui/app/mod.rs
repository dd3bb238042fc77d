//! The application: the open document and the UI state it holds, and the frame loop that
//! gathers a frame's actions (menus, shortcuts, panes, dialogs) and carries them out.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::edit::Document;
use crate::io::lock::ProjectLock;
use crate::io::project_file::FileStamp;
use crate::io::recovery;
use crate::sample::sample_project;

use super::command::Command;
use super::dialogs::{self, Dialog, Outcome, Then};
use super::file_dialog::NativeDialog;
use super::jobs::background::{Background, Job};
use super::jobs::import_job::ImportJob;
use super::state::{Action, PendingSelection, Selection, UiState};
use super::workbench::Workbench;

mod command_handling;
mod files;
mod import_flow;
mod menus;
mod suggestions;

const RECENT_KEY: &str = "faultline.recent";
const MAX_RECENT: usize = 10;
const THEME_KEY: &str = "faultline.theme";
/// Where the workbench's arrangement of panes and split sizes is remembered.
const LAYOUT_KEY: &str = "faultline.layout";
/// How often a recovery copy is written while there are unsaved changes.
pub const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

pub struct FaultlineApp {
    doc: Document,
    state: UiState,
    workbench: Workbench,
    dialog: Option<Dialog>,
    native: NativeDialog,
    recent: Vec<PathBuf>,
    /// What to do after the save that an "Unsaved changes" dialog asked for.
    after_save: Option<Then>,
    allow_close: bool,
    shown_title: String,
    background: Background,
    /// The project file as it was when last read or written, to notice outside changes.
    disk_stamp: Option<FileStamp>,
    /// Where an unsaved project's recovery copy goes (the user's data folder).
    unsaved_recovery: Option<PathBuf>,
    autosave_every: Duration,
    last_autosave: f64,
    autosaved_state: u64,
    /// What loading the open project found and repaired.
    problems: Vec<crate::io::repair::Problem>,
    /// Files being read for an import, off the UI thread.
    importing: Option<ImportJob>,
    /// The open project's lock, so no command-line import writes it meanwhile; `None` while
    /// another program holds it (the project can be read, not saved) or it is not saved yet.
    lock: Option<ProjectLock>,
}

impl FaultlineApp {
    /// Opens `project`, else the most recent project, else the embedded sample.
    pub fn new(cc: &eframe::CreationContext<'_>, project: Option<PathBuf>) -> Self {
        // Light until the analyst chooses otherwise in View.
        let theme = cc.storage.and_then(|s| eframe::get_value(s, THEME_KEY)).unwrap_or(egui::ThemePreference::Light);
        cc.egui_ctx.set_theme(theme);
        super::fonts::install(&cc.egui_ctx);
        let recent: Vec<PathBuf> = cc.storage.and_then(|s| eframe::get_value(s, RECENT_KEY)).unwrap_or_default();
        let mut app = Self::with_document(Document::new(sample_project(), None));
        app.recent = recent;
        app.state.theme = theme;
        if let Some(layout) = cc.storage.and_then(|s| eframe::get_value(s, LAYOUT_KEY)) {
            app.workbench.restore_layout(layout);
        }
        // Tests have no storage: they keep their recovery copies to themselves.
        app.unsaved_recovery =
            cc.storage.and_then(|_| eframe::storage_dir("faultline")).map(|d| d.join("unsaved.ron.recovery"));
        let wanted = project.or_else(|| app.recent.iter().find(|p| p.is_file()).cloned());
        if let Some(path) = wanted {
            app.open(&path);
        }
        app.offer_recovery();
        app
    }

    /// A workbench on a given document (tests, and [`FaultlineApp::new`]).
    pub fn with_document(doc: Document) -> Self {
        let mut state = UiState::default();
        state.selection.article = doc.project().articles.ids().next();
        Self {
            doc,
            state,
            workbench: Workbench::new(),
            dialog: None,
            native: NativeDialog::default(),
            recent: Vec::new(),
            after_save: None,
            allow_close: false,
            shown_title: String::new(),
            background: Background::default(),
            disk_stamp: None,
            unsaved_recovery: None,
            autosave_every: AUTOSAVE_EVERY,
            last_autosave: 0.0,
            autosaved_state: 0,
            problems: Vec::new(),
            importing: None,
            lock: None,
        }
    }

    /// Sets how often recovery copies are written (tests shorten it).
    pub fn set_autosave_interval(&mut self, every: Duration) {
        self.autosave_every = every;
    }

    /// Where the current document's recovery copy goes.
    pub fn recovery_path(&self) -> Option<PathBuf> {
        self.doc.path().map(recovery::recovery_path).or_else(|| self.unsaved_recovery.clone())
    }

    /// Whether a save is still being written in the background.
    pub fn is_saving(&self) -> bool {
        self.background.is_running(Job::Save)
    }

    pub fn document(&self) -> &Document {
        &self.doc
    }

    pub fn selection(&self) -> Selection {
        self.state.selection
    }

    /// The range selected in the reader and not yet made a claim.
    pub fn pending_selection(&self) -> Option<PendingSelection> {
        self.state.pending
    }

    /// The message in the status bar, if any.
    pub fn status(&self) -> Option<&str> {
        self.state.status.as_ref().map(|(m, _)| m.as_str())
    }

    /// The message of an open message dialog (errors on open or save).
    pub fn dialog_message(&self) -> Option<&str> {
        match &self.dialog {
            Some(Dialog::Message { text, .. }) => Some(text),
            _ => None,
        }
    }

    /// Where the chart last drew an event's point, in screen coordinates (tests click it).
    pub fn chart_point(&self, event: crate::model::EventId) -> Option<egui::Pos2> {
        self.workbench.chart_point(event)
    }

    /// The net scores the chart last plotted, lane after lane.
    pub fn chart_nets(&self) -> Vec<f64> {
        self.workbench.chart_nets()
    }

    /// Where the chart last drew its plots (one per lane), in screen coordinates (tests check
    /// that each keeps a usable size inside the window).
    pub fn chart_plots(&self) -> Vec<egui::Rect> {
        self.workbench.chart_plots()
    }

    pub fn title(&self) -> String {
        let marker = if self.doc.is_dirty() { "● " } else { "" };
        let file = self
            .doc
            .path()
            .and_then(Path::file_name)
            .map(|f| format!(" ({})", f.to_string_lossy()))
            .unwrap_or_default();
        format!("{marker}{}{file} — Faultline", self.doc.project().name)
    }
}

impl eframe::App for FaultlineApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        for done in self.background.poll() {
            self.finished(done);
        }
        if self.is_saving() {
            ctx.request_repaint_after(Duration::from_millis(50));
        }
        self.import_progress(&ctx);
        let mut actions = Vec::new();
        let (accept, reject) = self.suggestion_keys(&ctx);
        if self.dialog.is_none()
            && let Some(c) = Command::pressed(&ctx, |c| match c {
                Command::AcceptSuggestion => accept,
                Command::RejectSuggestion => reject,
                _ => true,
            })
        {
            actions.push(Action::Command(c));
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw.dropped_files.iter().map(|f| f.path().to_owned()).filter(|p| !p.as_os_str().is_empty()).collect()
        });
        if !dropped.is_empty() {
            actions.push(Action::ImportPaths(dropped));
        }
        egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui, &mut actions));
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        egui::CentralPanel::default().show(ui, |ui| {
            self.workbench.ui(ui, &self.doc, &self.problems, &mut self.state, &mut actions);
        });

        if let Some(dialog) = &mut self.dialog {
            match dialogs::show(ui, dialog, &mut self.native, &self.recent, self.doc.project()) {
                Outcome::Open => {}
                Outcome::Close => {
                    // A cancelled "save before quitting" cancels the quitting too.
                    self.dialog = None;
                    self.after_save = None;
                }
                Outcome::Act(a) => {
                    // The dialog has given its answer: it closes, and the action may open another.
                    self.dialog = None;
                    actions.push(a);
                }
            }
        }

        if ctx.input(|i| i.viewport().close_requested()) && self.doc.is_dirty() && !self.allow_close {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.dialog = Some(Dialog::Unsaved { then: Then::Quit });
        }

        for action in actions {
            self.act(&ctx, action);
        }
        self.autosave(&ctx);
        if !self.doc.is_dirty()
            && self.dialog.is_none()
            && let Some(then) = self.after_save.take()
        {
            self.then(&ctx, then);
        }

        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent);
        eframe::set_value(storage, THEME_KEY, &self.state.theme);
        eframe::set_value(storage, LAYOUT_KEY, self.workbench.layout());
    }

    /// A clean exit: the analyst saved or chose not to, so the recovery copy goes.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        for done in self.background.wait() {
            self.finished(done);
        }
        if let Some(path) = self.recovery_path() {
            recovery::remove(&path);
        }
    }
}
