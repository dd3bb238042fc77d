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
    /// A recovery copy from a session that did not end cleanly.
    Recover {
        found: Box<recovery::Found>,
        text: String,
    },
}

pub enum Outcome {
    Open,
    Close,
    Act(Action),
    Save(Then),
    Discard(Then),
    Overwrite(PathBuf),
    Reload(PathBuf),
    SaveAs,
    Restore,
    DiscardRecovery,
    ImportDuplicates(bool),
}

pub fn show(ui: &mut egui::Ui, dialog: &mut Dialog, native: &mut NativeDialog, recent: &[PathBuf]) -> Outcome {
    let mut outcome = Outcome::Open;
    let modal = egui::Modal::new(egui::Id::unique("faultline-dialog")).show(ui.ctx(), |ui| {
        ui.set_width(560.0);
        match dialog {
            Dialog::Path { kind, text } => {
                let kind = *kind;
                ui.heading(kind.title());
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
                    let browse = ui.add_enabled(!native.is_open(), egui::Button::new("Browse…"));
                    if browse.clicked() {
                        native.start(kind, None);
                    }
                    if native.is_open() {
                        ui.spinner();
                    }
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
            }
            Dialog::Unsaved { then } => {
                ui.heading("Unsaved changes");
                ui.label("The project has changes that are not saved. Save them first?");
                ui.horizontal(|ui| {
                    if ui.button("Save").clicked() {
                        outcome = Outcome::Save(*then);
                    }
                    if ui.button("Don't save").clicked() {
                        outcome = Outcome::Discard(*then);
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
                        outcome = Outcome::Reload(path.clone());
                    }
                    if ui.button("Overwrite").clicked() {
                        outcome = Outcome::Overwrite(path.clone());
                    }
                    if ui.button("Save As…").clicked() {
                        outcome = Outcome::SaveAs;
                    }
                    if ui.button("Cancel").clicked() {
                        outcome = Outcome::Close;
                    }
                });
            }
            Dialog::Duplicates { articles, .. } => {
                ui.heading("Already in the project");
                ui.label("The text of these articles is already in the project:");
                for (a, existing) in articles.iter() {
                    ui.label(format!("“{}” (as “{existing}”)", a.title));
                }
                ui.horizontal(|ui| {
                    if ui.button("Import anyway").clicked() {
                        outcome = Outcome::ImportDuplicates(true);
                    }
                    if ui.button("Skip them").clicked() {
                        outcome = Outcome::ImportDuplicates(false);
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
            Dialog::Recover { text, .. } => {
                ui.heading("Restore unsaved work?");
                ui.label("Faultline did not close cleanly last time. A recovery copy of the unsaved work was found:");
                ui.label(text.as_str());
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        outcome = Outcome::Restore;
                    }
                    if ui.button("Discard it").clicked() {
                        outcome = Outcome::DiscardRecovery;
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

/// "notes" becomes "notes.ron": the file dialogs filter on the extension.
fn with_ron_extension(path: PathBuf) -> PathBuf {
    if path.extension().is_some() { path } else { path.with_extension("ron") }
}
