//! Modal dialogs: file paths (with the native dialog as a helper), unsaved changes, messages.

use std::path::PathBuf;

use crate::io::recovery;

use super::file_dialog::{DialogKind, NativeDialog};
use super::state::Action;

/// What to do once unsaved changes are saved or discarded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Then {
    New,
    Open,
    Quit,
}

pub enum Dialog {
    /// A path typed, browsed for or picked from the recent list. Import takes one path a line.
    Path {
        kind: DialogKind,
        text: String,
    },
    Unsaved {
        then: Then,
    },
    Message {
        title: String,
        text: String,
    },
    /// The project file changed on disk since it was read.
    ChangedOnDisk {
        path: PathBuf,
    },
    /// Articles whose text is already in the project, with the title it has there.
    Duplicates {
        articles: Vec<(crate::model::Article, String)>,
        notes: Vec<String>,
    },
    /// Text pasted as a new article.
    Paste {
        text: String,
    },
    /// File ▸ New: the new project's name, and where to keep it (empty: choose on first save).
    NewProject {
        name: String,
        place: String,
    },
    /// The command palette: what is typed, and which match Enter runs.
    Palette {
        query: String,
        chosen: usize,
    },
    /// File ▸ Project settings.
    Settings {
        name: String,
        description: String,
    },
    /// A recovery copy from a session that did not end cleanly.
    Recover {
        found: Box<recovery::Found>,
        text: String,
    },
}

/// What a dialog did this frame: stayed open, was closed without an answer, or answered with
/// an action, which the app carries out like a menu's or a shortcut's.
pub enum Outcome {
    Open,
    Close,
    Act(Action),
}

pub fn show(
    ui: &mut egui::Ui,
    dialog: &mut Dialog,
    native: &mut NativeDialog,
    recent: &[PathBuf],
    project: &crate::model::Project,
) -> Outcome {
    let mut outcome = Outcome::Open;
    let modal = egui::Modal::new(egui::Id::unique("faultline-dialog")).show(ui.ctx(), |ui| {
        ui.set_width(560.0);
        match dialog {
            Dialog::Path { kind, text } => {
                let kind = *kind;
                ui.heading(kind.title());
                if let DialogKind::Export(format) = kind {
                    // Which of the six formats the menu or the palette asked for.
                    ui.label(format!("{} (.{})", format.label(), format.extension()));
                }
                if let Some(paths) = native.poll().filter(|p| !p.is_empty()) {
                    *text = paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join("\n");
                }
                let label = ui.label(if kind == DialogKind::Import { "Files (one path a line)" } else { "File path" });
                let field = egui::TextEdit::multiline(text)
                    .desired_rows(if kind == DialogKind::Import { 3 } else { 1 })
                    .desired_width(f32::INFINITY)
                    .hint_text("/path/to/file");
                let response = ui.add(field).labelled_by(label.id);
                if !response.has_focus() && text.is_empty() {
                    response.request_focus();
                }
                if kind == DialogKind::Open && !recent.is_empty() {
                    ui.label("Recent projects:");
                    for path in recent.iter().take(6) {
                        if ui.link(path.display().to_string()).clicked() {
                            *text = path.display().to_string();
                        }
                    }
                }
                ui.horizontal(|ui| {
                    browse(ui, native, kind);
                    let paths: Vec<PathBuf> =
                        text.lines().map(str::trim).filter(|l| !l.is_empty()).map(PathBuf::from).collect();
                    let enter = ui.input(|i| i.key_pressed(egui::Key::Enter) && !i.modifiers.shift)
                        && kind != DialogKind::Import;
                    let confirm = ui.add_enabled(!paths.is_empty(), egui::Button::new(kind.confirm()));
                    if (confirm.clicked() || enter) && !paths.is_empty() {
                        outcome = Outcome::Act(match kind {
                            DialogKind::Open => Action::OpenPath(paths[0].clone()),
                            DialogKind::SaveAs => Action::SaveTo(with_ron_extension(paths[0].clone())),
                            DialogKind::Import => Action::ImportPaths(paths),
                            DialogKind::Export(format) => Action::ExportTo(format, paths[0].clone()),
                        });
                    }
                    if ui.button("Cancel").clicked() {
                        outcome = Outcome::Close;
                    }
                });
                browse_note(ui, native);
            }
            Dialog::NewProject { name, place } => {
                ui.heading("New project");
                if let Some(path) = native.poll().and_then(|p| p.into_iter().next()) {
                    *place = path.display().to_string();
                }
                let label = ui.label("Name");
                let field = ui.add(egui::TextEdit::singleline(name).desired_width(f32::INFINITY)).labelled_by(label.id);
                if !field.has_focus() && name.is_empty() {
                    field.request_focus();
                }
                let label = ui.label("Save as (optional: otherwise chosen on the first save)");
                ui.add(egui::TextEdit::singleline(place).desired_width(f32::INFINITY).hint_text("/path/to/project.ron"))
                    .labelled_by(label.id);
                ui.weak("The codebook of the open project is kept; articles, claims and events start empty.");
                ui.horizontal(|ui| {
                    browse(ui, native, DialogKind::SaveAs);
                    let ok = !name.trim().is_empty();
                    let create = ui.add_enabled(ok, egui::Button::new("Create project"));
                    if create.clicked() || (ok && ui.input(|i| i.key_pressed(egui::Key::Enter))) {
                        let place = place.trim();
                        let path = (!place.is_empty()).then(|| with_ron_extension(PathBuf::from(place)));
                        outcome = Outcome::Act(Action::NewProject { name: name.trim().to_owned(), path });
                    }
                    if ui.button("Cancel").clicked() {
                        outcome = Outcome::Close;
                    }
                });
                browse_note(ui, native);
            }
            Dialog::Palette { query, chosen } => {
                if let Some(action) = super::palette::ui(ui, query, chosen, recent, project) {
                    outcome = Outcome::Act(action);
                }
            }
            Dialog::Settings { name, description } => {
                ui.heading("Project settings");
                let label = ui.label("Name (the title bar and reports show it)");
                ui.add(egui::TextEdit::singleline(name).desired_width(f32::INFINITY)).labelled_by(label.id);
                let label = ui.label("Description");
                ui.add(egui::TextEdit::multiline(description).desired_rows(4).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                ui.horizontal(|ui| {
                    let ok = !name.trim().is_empty();
                    if ui.add_enabled(ok, egui::Button::new("Apply")).on_disabled_hover_text("Give the project a name").clicked() {
                        outcome = Outcome::Act(Action::Apply(crate::edit::Edit {
                            label: "edit project settings".into(),
                            ops: vec![
                                crate::edit::Op::SetName(name.trim().to_owned()),
                                crate::edit::Op::SetDescription(description.clone()),
                            ],
                        }));
                    }
                    if ui.button("Cancel").clicked() {
                        outcome = Outcome::Close;
                    }
                });
            }
            Dialog::Unsaved { then } => {
                ui.heading("Unsaved changes");
                ui.label("The project has changes that are not saved. Save them first?");
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        outcome = Outcome::Act(Action::SaveThen(*then));
                    }
                    if ui.button("Don't save").clicked() {
                        outcome = Outcome::Act(Action::DiscardThen(*then));
                    }
                    if ui.button("Cancel").clicked() {
                        outcome = Outcome::Close;
                    }
                });
            }
            Dialog::ChangedOnDisk { path } => {
                ui.heading("The file changed on disk");
                ui.label(format!(
                    "{} was changed by another program since it was opened here. Saving now would overwrite those changes.",
                    path.display()
                ));
                ui.horizontal(|ui| {
                    if ui.button("Reload from disk").on_hover_text("Discards the changes made here").clicked() {
                        outcome = Outcome::Act(Action::Reload(path.clone()));
                    }
                    if ui.button("Overwrite").clicked() {
                        outcome = Outcome::Act(Action::Overwrite(path.clone()));
                    }
                    if ui.button("Save As…").clicked() {
                        outcome = Outcome::Act(Action::Command(crate::ui::Command::SaveAs));
                    }
                    if ui.button("Cancel").clicked() {
                        outcome = Outcome::Close;
                    }
                });
            }
            Dialog::Duplicates { articles, notes } => {
                ui.heading("Already in the project");
                ui.label("The text of these articles is already in the project:");
                for (a, existing) in articles.iter() {
                    ui.label(format!("“{}” (as “{existing}”)", a.title));
                }
                ui.horizontal(|ui| {
                    if ui.button("Import anyway").clicked() {
                        let articles = articles.iter().map(|(a, _)| a.clone()).collect();
                        outcome = Outcome::Act(Action::ImportDuplicates { articles, notes: notes.clone() });
                    }
                    if ui.button("Skip them").clicked() {
                        outcome = Outcome::Act(Action::ImportDuplicates { articles: Vec::new(), notes: notes.clone() });
                    }
                });
            }
            Dialog::Paste { text } => {
                ui.heading("Paste article");
                let label = ui.label("Article text (the first line becomes the title)");
                ui.add(egui::TextEdit::multiline(text).desired_rows(12).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                ui.horizontal(|ui| {
                    if ui.add_enabled(!text.trim().is_empty(), egui::Button::new("Add article")).clicked() {
                        outcome = Outcome::Act(Action::Paste(text.clone()));
                    }
                    if ui.button("Cancel").clicked() {
                        outcome = Outcome::Close;
                    }
                });
            }
            Dialog::Recover { found, text } => {
                ui.heading("Restore unsaved work?");
                ui.label("Faultline did not close cleanly last time. A recovery copy of the unsaved work was found:");
                ui.label(text.as_str());
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        outcome = Outcome::Act(Action::RestoreRecovery(Box::new(found.project.clone())));
                    }
                    if ui.button("Discard it").clicked() {
                        outcome = Outcome::Act(Action::DiscardRecovery(found.path.clone()));
                    }
                });
            }
            Dialog::Message { title, text } => {
                ui.heading(title.as_str());
                // An import of many files has a line for each: they scroll, the button stays.
                egui::ScrollArea::vertical().max_height(ui.ctx().content_rect().height() * 0.6).show(ui, |ui| {
                    ui.label(text.as_str());
                });
                if ui.button("OK").clicked() {
                    outcome = Outcome::Close;
                }
            }
        }
    });
    if modal.should_close() && matches!(outcome, Outcome::Open) {
        outcome = Outcome::Close;
    }
    outcome
}

/// Browse… for `kind`, with a spinner while the system dialog is up.
fn browse(ui: &mut egui::Ui, native: &mut NativeDialog, kind: DialogKind) {
    let browse = ui.add_enabled(!native.is_open(), egui::Button::new("Browse…"));
    if browse.on_hover_text("The system file dialog, where the desktop offers one").clicked() {
        native.start(kind, None);
    }
    if native.is_open() {
        ui.spinner();
    }
}

/// Why the last Browse… brought back nothing, if it did.
pub fn browse_note(ui: &mut egui::Ui, native: &NativeDialog) {
    if let Some(note) = native.note() {
        ui.colored_label(ui.visuals().warn_fg_color, note);
    }
}

/// "notes" becomes "notes.ron": the file dialogs filter on the extension.
fn with_ron_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some() { path } else { path.with_extension("ron") }
}
