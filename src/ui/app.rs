//! The application: the open document, the UI state, and the one place where actions are
//! carried out.

use std::path::{Path, PathBuf};

use std::time::Duration;

use crate::edit::{Document, Edit, Op, Record, builders};
use crate::io::export::{ExportFormat, ExportOptions, Protected, export_with};
use crate::io::import::Incoming;
use crate::io::import::qdpx::QdpxImport;
use crate::io::lock::{self, Holder, LockError, ProjectLock};
use crate::io::project_file::FileStamp;
use crate::io::repair::refuse_losing_data;
use crate::io::{import, project_file, recovery};
use crate::model::fingerprint::find_duplicate;
use crate::model::{Actor, ActorKind, Article, Colour, Project};
use crate::sample::sample_project;

use super::background::{Background, Finished, Job};
use super::command::Command;
use super::dialogs::{self, Dialog, Outcome, Then};
use super::file_dialog::{DialogKind, NativeDialog};
use super::import_job::{self, ImportJob, Read};
use super::state::{Action, PendingSelection, Selection, Severity, UiState};
use super::workbench::Workbench;

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

    /// At start: a recovery copy left by a session that did not end cleanly is offered back.
    fn offer_recovery(&mut self) {
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

    /// Carries out one action; the GUI queues them during a frame, tests may call this.
    pub fn act(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Command(c) => self.command(ctx, c),
            Action::Apply(edit) => {
                self.apply(edit);
            }
            Action::ApplyAndSelect(edit, claim) => {
                if self.apply(edit) {
                    self.select_claim(claim);
                }
            }
            Action::SelectArticle(a) => {
                self.state.selection = Selection { article: Some(a), ..Selection::default() };
            }
            Action::SelectClaim(c) => self.select_claim(c),
            Action::SelectEvent(e) => {
                let first = self.doc.project().events.get(e).and_then(|ev| ev.evidence.first().copied());
                if let Some(claim) = first {
                    self.select_claim(claim);
                }
                self.state.selection.event = Some(e);
            }
            Action::ShowOnChart(e) => {
                if let Some(ev) = self.doc.project().events.get(e) {
                    self.state.chart.center_on = Some(ev.date.midpoint());
                    self.state.selection.event = Some(e);
                    self.workbench.focus_chart();
                }
            }
            Action::ShowPane(pane) => self.workbench.focus(pane),
            Action::NewProject { name, path } => {
                let mut project = Project::new(&name);
                project.tags = self.doc.project().tags.clone();
                self.replace(Document::unsaved(project));
                self.state.info(format!("New project “{name}” (codebook kept from the previous one)"));
                if let Some(path) = path {
                    self.save_to(path);
                }
            }
            Action::CreateClaim(sel) => {
                match builders::new_claim(self.doc.project(), sel.article, sel.start, sel.end) {
                    Ok((edit, claim)) => {
                        if self.apply(edit) {
                            self.state.pending = None;
                            self.select_claim(claim);
                        }
                    }
                    Err(e) => self.state.error(e.to_string()),
                }
            }
            Action::Select(sel) => self.state.pending = Some(sel),
            Action::OpenPath(path) => {
                self.dialog = None;
                self.open(&path);
            }
            Action::SaveTo(path) => {
                self.dialog = None;
                self.save_to(path);
            }
            Action::ImportPaths(paths) => {
                self.dialog = None;
                self.import(ctx, paths);
            }
            Action::ExportChart { format, width, height, path } => {
                let spec = super::panes::chart::export_spec(&self.state.chart, width, height);
                match crate::io::export::export_chart(self.doc.project(), &spec, format, &path, &self.protected()) {
                    Ok(()) => self.state.info(format!("Exported the chart to {}", path.display())),
                    Err(e) => {
                        self.dialog =
                            Some(Dialog::Message { title: "Cannot export the chart".into(), text: e.to_string() })
                    }
                }
            }
            Action::ExportTo(format, path) => {
                self.dialog = None;
                self.export(format, &path);
            }
            Action::Paste(text) => {
                self.dialog = None;
                match import::article_from_pasted_text(&text) {
                    Ok(article) => self.add_articles(vec![article], Vec::new()),
                    Err(e) => self.state.error(e.to_string()),
                }
            }
            Action::NewSpeaker(name) => self.new_speaker(name),
            Action::RevealRange(range) => {
                self.state.selection = Selection { article: Some(range.article), ..Selection::default() };
                self.state.pending = Some(range);
                self.state.scroll_to_range = Some(range);
                self.workbench.focus_reader();
            }
            Action::ClaimsFromHits { hits, tag } => {
                let mut made = builders::claims_from_hits(self.doc.project(), &hits, tag);
                if made.edit.take().is_none_or(|edit| self.apply(edit)) {
                    self.state.info(made.summary());
                }
            }
        }
    }

    fn command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New if self.doc.is_dirty() => self.dialog = Some(Dialog::Unsaved { then: Then::New }),
            Command::New => self.then(ctx, Then::New),
            Command::Open if self.doc.is_dirty() => self.dialog = Some(Dialog::Unsaved { then: Then::Open }),
            Command::Open => self.then(ctx, Then::Open),
            Command::Save => match self.doc.path() {
                Some(path) => self.save_to(path.to_owned()),
                None => self.ask_path(DialogKind::SaveAs),
            },
            Command::SaveAs => self.ask_path(DialogKind::SaveAs),
            Command::ImportArticle => self.ask_path(DialogKind::Import),
            Command::PasteArticle => self.dialog = Some(Dialog::Paste { text: String::new() }),
            Command::Palette => self.dialog = Some(Dialog::Palette { query: String::new(), chosen: 0 }),
            Command::ProjectSettings => {
                let p = self.doc.project();
                self.dialog = Some(Dialog::Settings { name: p.name.clone(), description: p.description.clone() });
            }
            Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
            Command::Undo => match self.doc.undo() {
                Some(label) => {
                    self.state.info(format!("Undid: {label}"));
                    self.drop_stale_selection();
                }
                None => self.state.info("Nothing to undo"),
            },
            Command::Redo => match self.doc.redo() {
                Some(label) => {
                    self.state.info(format!("Redid: {label}"));
                    self.drop_stale_selection();
                }
                None => self.state.info("Nothing to redo"),
            },
            Command::NewClaim => match self.state.pending {
                Some(sel) => self.act(ctx, Action::CreateClaim(sel)),
                None => self.state.error("Select some text in the reader first"),
            },
            Command::DeleteSelection => {
                if let Some(claim) = self.state.selection.claim {
                    let edit = builders::delete_claim(self.doc.project(), claim);
                    if self.apply(edit) {
                        self.state.selection.claim = None;
                    }
                }
            }
            Command::ShowOnChart => {
                let event =
                    self.state.selection.claim.and_then(|c| self.doc.project().events_of_claim(c).next().map(|e| e.id));
                match event {
                    Some(e) => self.act(ctx, Action::ShowOnChart(e)),
                    None => self.state.error("The selected claim is not coded as an event yet"),
                }
            }
            Command::FindInAll => self.workbench.focus_search(),
            Command::AddToHypotheses => self.add_to_hypotheses(),
            Command::NextSuggestion
            | Command::PreviousSuggestion
            | Command::AcceptSuggestion
            | Command::RejectSuggestion => self.suggestion_command(ctx, command),
        }
    }

    /// Continues a command once unsaved changes are dealt with.
    fn then(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::New => self.dialog = Some(Dialog::NewProject { name: String::new(), place: String::new() }),
            Then::Open => self.ask_path(DialogKind::Open),
            Then::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn ask_path(&mut self, kind: DialogKind) {
        let text = match (kind, self.doc.path()) {
            (DialogKind::SaveAs, Some(p)) => p.display().to_string(),
            _ => String::new(),
        };
        self.dialog = Some(Dialog::Path { kind, text });
    }

    /// Applies an edit; a refused edit is reported and changes nothing.
    fn apply(&mut self, edit: Edit) -> bool {
        match self.doc.apply(edit) {
            Ok(()) => true,
            Err(e) => {
                self.state.error(e.to_string());
                false
            }
        }
    }

    /// Adds the selected claim as evidence of the ACH matrix and shows the Hypotheses pane.
    fn add_to_hypotheses(&mut self) {
        let Some(claim) = self.state.selection.claim else {
            return self.state.error("Select a claim first");
        };
        match builders::add_evidence(self.doc.project(), &[claim]) {
            Ok(edit) => {
                self.apply(edit);
            }
            Err(e) => self.state.info(e.to_string()),
        }
        self.workbench.focus(crate::ui::workbench::Pane::Hypotheses);
    }

    fn select_claim(&mut self, claim: crate::model::ClaimId) {
        let Some(c) = self.doc.project().claims.get(claim) else { return };
        // A claim in hand, not a suggestion: Enter and Delete no longer act on one.
        self.state.assist.release();
        self.state.selection = Selection {
            article: Some(c.article),
            claim: Some(claim),
            event: self.doc.project().events_of_claim(claim).next().map(|e| e.id),
        };
        self.state.scroll_to = Some(claim);
        self.workbench.focus_reader();
    }

    /// After undo or redo the selected records may be gone.
    fn drop_stale_selection(&mut self) {
        let p = self.doc.project();
        let sel = &mut self.state.selection;
        if sel.article.is_some_and(|a| !p.articles.contains(a)) {
            sel.article = p.articles.ids().next();
        }
        if sel.claim.is_some_and(|c| !p.claims.contains(c)) {
            sel.claim = None;
        }
        if sel.event.is_some_and(|e| !p.events.contains(e)) {
            sel.event = None;
        }
        if self.state.pending.is_some_and(|s| !p.articles.contains(s.article)) {
            self.state.pending = None;
        }
    }

    fn replace(&mut self, doc: Document) {
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
        self.state = UiState { chart: std::mem::take(&mut self.state.chart), ..UiState::default() };
        self.state.chart.filter = Default::default();
        self.state.selection.article = self.doc.project().articles.ids().next();
    }

    fn open(&mut self, path: &Path) {
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
                } else if problems.is_empty() {
                    self.state.info(format!("Opened {}", path.display()));
                } else {
                    self.state.error(format!(
                        "Opened {} with {} problem(s): see Problems",
                        path.display(),
                        problems.len()
                    ));
                    self.workbench.focus_problems();
                }
                self.problems = problems;
            }
            Err(e) => {
                self.dialog = Some(Dialog::Message { title: "Cannot open the project".into(), text: e.to_string() });
            }
        }
    }

    /// Takes the lock on `path` unless it is already held, releasing the one held before.
    fn hold_lock(&mut self, path: &Path) -> Result<(), LockError> {
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
    fn save_to(&mut self, path: PathBuf) {
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

    fn overwrite(&mut self, path: PathBuf) {
        if self.is_saving() {
            self.state.error("A save is still being written; try again in a moment");
            return;
        }
        self.background.start(Job::Save, self.doc.project().clone(), self.doc.state(), path);
        self.state.info("Saving…");
    }

    fn finished(&mut self, done: Finished) {
        match (done.job, done.result) {
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
            (Job::Autosave, Ok(_)) => self.autosaved_state = done.state,
            (Job::Autosave, Err(e)) => self.state.error(format!("Could not write the recovery copy: {e}")),
        }
    }

    /// Writes a recovery copy when there are unsaved changes it does not hold yet.
    fn autosave(&mut self, ctx: &egui::Context) {
        if !self.doc.is_dirty() {
            return;
        }
        let now = ctx.input(|i| i.time);
        let due = now - self.last_autosave >= self.autosave_every.as_secs_f64();
        if due && self.autosaved_state != self.doc.state() && !self.background.is_running(Job::Autosave) {
            if let Some(path) = self.recovery_path() {
                self.background.start(Job::Autosave, self.doc.project().clone(), self.doc.state(), path);
            }
            self.last_autosave = now;
        }
        ctx.request_repaint_after(self.autosave_every);
    }

    fn remember(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// Imports every readable file as one undoable edit; unreadable files are reported and
    /// leave the project untouched. Several files are read off the UI thread, with progress.
    fn import(&mut self, ctx: &egui::Context, paths: Vec<PathBuf>) {
        let paths = import::folders::expand(&paths);
        if self.importing.is_some() {
            self.state.error("An import is still running; wait for it or cancel it");
        } else if paths.len() > 1 {
            self.importing = Some(ImportJob::start(paths, ctx.clone()));
        } else {
            let reads = paths.into_iter().map(|p| {
                let r = import_job::read(&p);
                (p, r)
            });
            self.add_reads(reads.collect());
        }
    }

    /// Adds what reading the files gave: REFI-QDA projects are merged (each as one undoable
    /// edit), articles are added together, and failures are reported.
    fn add_reads(&mut self, reads: Vec<(PathBuf, Read)>) {
        let mut articles = Vec::new();
        let mut notes = Vec::new();
        for (path, read) in reads {
            match read {
                Ok(Incoming::Articles(imported)) => {
                    for one in imported {
                        notes.extend(one.notices.iter().map(|n| format!("{}: {n}", path.display())));
                        articles.push(one.article);
                    }
                }
                Ok(Incoming::Qdpx(qdpx)) => self.merge_qdpx(&path, qdpx, &mut notes),
                Err(e) => notes.push(e),
            }
        }
        self.add_articles(articles, notes);
    }

    /// Merges a REFI-QDA project's sources, codes and codings as one undoable edit.
    fn merge_qdpx(&mut self, path: &Path, qdpx: QdpxImport, notes: &mut Vec<String>) {
        notes.extend(qdpx.problems.iter().map(|p| format!("{}: {p}", path.display())));
        let edit = qdpx.merge_edit(self.doc.project());
        if !edit.ops.is_empty() && self.apply(edit) {
            self.state.info(format!("Imported {} sources from {}", qdpx.articles.len(), path.display()));
        }
    }

    /// Whether files are still being read for an import.
    pub fn is_importing(&self) -> bool {
        self.importing.is_some()
    }

    /// Shows the running import's progress; adds its results once every file is read.
    fn import_progress(&mut self, ctx: &egui::Context) {
        let Some(job) = &mut self.importing else { return };
        if job.poll() {
            let reads = job.take_results();
            self.importing = None;
            self.add_reads(reads);
        } else if job.show(ctx) {
            self.importing = None;
            self.state.info("Import cancelled: nothing was added");
        }
    }

    /// Adds imported or pasted articles. Texts already in the project are held back and the
    /// analyst is asked; notices and refusals are shown.
    fn add_articles(&mut self, articles: Vec<Article>, notes: Vec<String>) {
        let mut scratch = self.doc.project().clone();
        let (mut fresh, mut dupes) = (Vec::new(), Vec::new());
        for a in articles {
            match find_duplicate(&scratch, &a) {
                Some(existing) => {
                    let title = scratch.articles.get(existing).map_or(String::new(), |e| e.title.clone());
                    dupes.push((a, title));
                }
                None => {
                    scratch.articles.put(a.clone());
                    fresh.push(a);
                }
            }
        }
        self.add_fresh(fresh);
        if !dupes.is_empty() {
            self.dialog = Some(Dialog::Duplicates { articles: dupes, notes });
        } else if !notes.is_empty() {
            self.dialog = Some(Dialog::Message { title: "Import".into(), text: notes.join("\n") });
        }
    }

    /// Adds articles as one undoable edit and opens the first.
    fn add_fresh(&mut self, articles: Vec<Article>) {
        let count = articles.len();
        let Some(first) = articles.first().map(|a| a.id) else { return };
        let label = if count == 1 { "import article".to_owned() } else { format!("import {count} articles") };
        let ops = articles.into_iter().map(|a| Op::Put(Record::Article(a))).collect();
        if self.apply(Edit::new(label, ops)) {
            self.state.selection = Selection { article: Some(first), ..Selection::default() };
            self.workbench.focus_reader();
            self.state.info(format!("Imported {count} article(s)"));
        }
    }

    /// The open project's files, which an export must not overwrite.
    fn protected(&self) -> Protected {
        Protected { project: self.doc.path().map(Path::to_owned), force: false }
    }

    fn export(&mut self, format: ExportFormat, path: &Path) {
        let options = ExportOptions { protected: self.protected(), ..ExportOptions::default() };
        match export_with(self.doc.project(), format, path, &options) {
            Ok(files) => {
                let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
                self.state.info(format!("Exported {}", names.join(", ")));
            }
            Err(e) => self.dialog = Some(Dialog::Message { title: "Cannot export".into(), text: e.to_string() }),
        }
    }

    fn new_speaker(&mut self, name: String) {
        let Some(claim) = self.state.selection.claim.and_then(|c| self.doc.project().claims.get(c).cloned()) else {
            return;
        };
        let name = name.trim().to_owned();
        if name.is_empty() {
            self.state.error("Type the new actor's name first");
            return;
        }
        let actor = Actor::new(name, ActorKind::Person, Colour::palette(self.doc.project().actors.len()));
        let mut claim = claim;
        claim.speaker = Some(actor.id);
        self.apply(Edit::new("new speaker", vec![Op::Put(Record::Actor(actor)), Op::Put(Record::Claim(claim))]));
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                for c in [
                    Command::New,
                    Command::ProjectSettings,
                    Command::Open,
                    Command::Save,
                    Command::SaveAs,
                    Command::ImportArticle,
                    Command::PasteArticle,
                ] {
                    command_button(ui, c, true, actions);
                }
                ui.menu_button("Export", |ui| {
                    for format in ExportFormat::ALL {
                        if ui.button(format!("{}…", format.label())).clicked() {
                            self.dialog = Some(Dialog::Path { kind: DialogKind::Export(format), text: String::new() });
                            ui.close();
                        }
                    }
                });
                if !self.recent.is_empty() {
                    ui.menu_button("Open recent", |ui| {
                        for path in &self.recent {
                            if ui.button(path.display().to_string()).clicked() {
                                actions.push(Action::OpenPath(path.clone()));
                            }
                        }
                    });
                }
                ui.separator();
                command_button(ui, Command::Quit, true, actions);
            });
            ui.menu_button("Edit", |ui| {
                let undo = self.doc.undo_label().map_or("Undo".to_owned(), |l| format!("Undo: {l}"));
                let redo = self.doc.redo_label().map_or("Redo".to_owned(), |l| format!("Redo: {l}"));
                labelled_command(ui, Command::Undo, &undo, self.doc.undo_label().is_some(), actions);
                labelled_command(ui, Command::Redo, &redo, self.doc.redo_label().is_some(), actions);
                ui.separator();
                command_button(ui, Command::NewClaim, self.state.pending.is_some(), actions);
                command_button(ui, Command::DeleteSelection, self.state.selection.claim.is_some(), actions);
                command_button(ui, Command::ShowOnChart, self.state.selection.claim.is_some(), actions);
                command_button(ui, Command::AddToHypotheses, self.state.selection.claim.is_some(), actions);
                ui.separator();
                command_button(ui, Command::FindInAll, true, actions);
                ui.separator();
                let (accept, reject) = self.suggestion_keys(ui.ctx());
                let open = self.state.selection.article.is_some();
                command_button(ui, Command::NextSuggestion, open, actions);
                command_button(ui, Command::PreviousSuggestion, open, actions);
                command_button(ui, Command::AcceptSuggestion, accept, actions);
                command_button(ui, Command::RejectSuggestion, reject, actions);
            });
            ui.menu_button("View", |ui| {
                if ui.button("Reset layout").clicked() {
                    self.workbench = Workbench::new();
                }
                crate::ui::panes::grading::tint_toggle(ui, &mut self.state.tint_by_grade);
                ui.separator();
                for (theme, name) in [
                    (egui::ThemePreference::Light, "Light theme"),
                    (egui::ThemePreference::Dark, "Dark theme"),
                    (egui::ThemePreference::System, "Follow the system's theme"),
                ] {
                    if ui.radio_value(&mut self.state.theme, theme, name).clicked() {
                        ui.ctx().set_theme(theme);
                    }
                }
            });
        });
    }

    fn status_bar(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let p = self.doc.project();
            let count = crate::ui::words::count;
            ui.label(format!(
                "{} · {} · {} · {}",
                count(p.articles.len(), "article", "articles"),
                count(p.claims.len(), "claim", "claims"),
                count(p.actors.len(), "actor", "actors"),
                count(p.events.len(), "event", "events")
            ));
            if let Some((msg, severity)) = &self.state.status {
                ui.separator();
                let colour = match severity {
                    Severity::Info => ui.visuals().text_color(),
                    Severity::Error => ui.visuals().error_fg_color,
                };
                ui.colored_label(colour, msg);
            }
        });
    }
}

fn command_button(ui: &mut egui::Ui, command: Command, enabled: bool, actions: &mut Vec<Action>) {
    labelled_command(ui, command, command.label(), enabled, actions);
}

fn labelled_command(ui: &mut egui::Ui, command: Command, label: &str, enabled: bool, actions: &mut Vec<Action>) {
    let button = egui::Button::new(label).shortcut_text(command.shortcut_text(ui.ctx()));
    if ui.add_enabled(enabled, button).clicked() {
        actions.push(Action::Command(command));
        ui.close();
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
                Outcome::Discard(then) => {
                    self.dialog = None;
                    self.then(&ctx, then);
                }
                Outcome::Save(then) => {
                    self.dialog = None;
                    self.after_save = Some(then);
                    actions.push(Action::Command(Command::Save));
                }
                Outcome::Overwrite(path) => {
                    self.dialog = None;
                    self.overwrite(path);
                }
                Outcome::Reload(path) => {
                    self.dialog = None;
                    self.open(&path);
                }
                Outcome::SaveAs => self.ask_path(DialogKind::SaveAs),
                Outcome::ImportDuplicates(import_them) => {
                    if let Some(Dialog::Duplicates { articles, notes }) = self.dialog.take() {
                        if import_them {
                            self.add_fresh(articles.into_iter().map(|(a, _)| a).collect());
                        }
                        if !notes.is_empty() {
                            self.dialog = Some(Dialog::Message { title: "Import".into(), text: notes.join("\n") });
                        }
                    }
                }
                Outcome::Restore => {
                    if let Some(Dialog::Recover { found, .. }) = self.dialog.take() {
                        let path = self.doc.path().map(Path::to_owned);
                        let stamp = self.disk_stamp;
                        self.replace(Document::recovered(found.project, path));
                        self.disk_stamp = stamp;
                        self.state.info("Restored the recovery copy: save to keep it");
                    }
                }
                Outcome::DiscardRecovery => {
                    if let Some(Dialog::Recover { found, .. }) = self.dialog.take() {
                        recovery::remove(&found.path);
                    }
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
