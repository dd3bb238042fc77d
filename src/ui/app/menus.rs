//! The menu bar and the status bar.

use crate::io::export::ExportFormat;
use crate::ui::command::{Command, THEMES, theme_name};
use crate::ui::state::{Action, Severity};

use super::FaultlineApp;

impl FaultlineApp {
    pub(super) fn menu_bar(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                for c in Command::FILE_MENU {
                    command_button(ui, c, true, actions);
                }
                ui.menu_button("Export", |ui| {
                    for format in ExportFormat::ALL {
                        labelled_command(ui, Command::Export(format), &format!("{}…", format.label()), true, actions);
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
                command_button(ui, Command::ResetLayout, true, actions);
                crate::ui::panes::grading::tint_toggle(ui, &mut self.state.tint_by_grade);
                ui.separator();
                for theme in THEMES {
                    let chosen = ui.radio(self.state.theme == theme, theme_name(theme));
                    if chosen.on_hover_text(Command::Theme(theme).description()).clicked() {
                        actions.push(Action::Command(Command::Theme(theme)));
                    }
                }
            });
        });
    }

    pub(super) fn status_bar(&self, ui: &mut egui::Ui) {
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

pub(super) fn command_button(ui: &mut egui::Ui, command: Command, enabled: bool, actions: &mut Vec<Action>) {
    labelled_command(ui, command, &command.label(), enabled, actions);
}

fn labelled_command(ui: &mut egui::Ui, command: Command, label: &str, enabled: bool, actions: &mut Vec<Action>) {
    let mut button = egui::Button::new(label);
    // An empty shortcut text would still be read out after the label, as a trailing space.
    if command.shortcut().is_some() {
        button = button.shortcut_text(command.shortcut_text(ui.ctx()));
    }
    let response = ui.add_enabled(enabled, button).on_hover_text(command.description());
    if response.clicked() {
        actions.push(Action::Command(command));
        ui.close();
    }
}
