//! Carrying out actions and commands: the one place where menus, shortcuts, dialogs and panes
//! change the document or the selection.

use std::path::Path;

use crate::edit::{Document, Edit, Op, Record, builders};
use crate::io::{import, recovery};
use crate::model::{Actor, ActorKind, Colour, Project};
use crate::ui::command::Command;
use crate::ui::dialogs::{Dialog, Then};
use crate::ui::file_dialog::DialogKind;
use crate::ui::state::{Action, Selection};

use super::FaultlineApp;

impl FaultlineApp {
    /// Carries out one action; the GUI queues them during a frame, tests may call this.
    pub fn act(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Command(c) => self.command(ctx, c),
            Action::Apply(edit) => {
                self.apply(edit);
            }
            Action::CodeEvent(event) => self.code_event(event),
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
                let spec = crate::ui::panes::chart::export_spec(&self.state.chart, width, height);
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
            Action::SaveThen(then) => {
                self.after_save = Some(then);
                self.command(ctx, Command::Save);
            }
            Action::DiscardThen(then) => self.then(ctx, then),
            Action::Overwrite(path) => self.overwrite(path),
            Action::Reload(path) => self.open(&path),
            Action::ImportDuplicates { articles, notes } => {
                self.add_fresh(articles);
                if !notes.is_empty() {
                    self.dialog = Some(Dialog::Message { title: "Import".into(), text: notes.join("\n") });
                }
            }
            Action::RestoreRecovery(project) => {
                let path = self.doc.path().map(Path::to_owned);
                let stamp = self.disk_stamp;
                self.replace(Document::recovered(*project, path));
                self.disk_stamp = stamp;
                self.state.info("Restored the recovery copy: save to keep it");
            }
            Action::DiscardRecovery(path) => recovery::remove(&path),
        }
    }

    pub(super) fn command(&mut self, ctx: &egui::Context, command: Command) {
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
            Command::MergeProject => self.workbench.focus_merge(),
            Command::CompareProject => self.workbench.focus_compare(),
            Command::ImportActors => self.workbench.start_actor_import(),
            Command::Export(format) => self.ask_path(DialogKind::Export(format)),
            Command::ResetLayout => self.workbench.reset_layout(),
            Command::Theme(theme) => {
                self.state.theme = theme;
                ctx.set_theme(theme);
            }
            Command::NextSuggestion
            | Command::PreviousSuggestion
            | Command::AcceptSuggestion
            | Command::RejectSuggestion => self.suggestion_command(ctx, command),
        }
    }

    /// Continues a command once unsaved changes are dealt with.
    pub(super) fn then(&mut self, ctx: &egui::Context, then: Then) {
        match then {
            Then::New => self.dialog = Some(Dialog::NewProject { name: String::new(), place: String::new() }),
            Then::Open => self.ask_path(DialogKind::Open),
            Then::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    pub(super) fn ask_path(&mut self, kind: DialogKind) {
        let text = match (kind, self.doc.path()) {
            (DialogKind::SaveAs, Some(p)) => p.display().to_string(),
            _ => String::new(),
        };
        self.dialog = Some(Dialog::Path { kind, text });
    }

    /// Applies an edit; a refused edit is reported and changes nothing.
    pub(super) fn apply(&mut self, edit: Edit) -> bool {
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

    pub(super) fn select_claim(&mut self, claim: crate::model::ClaimId) {
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
    pub(super) fn drop_stale_selection(&mut self) {
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

    pub(super) fn new_speaker(&mut self, name: String) {
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
}
