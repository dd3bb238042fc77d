//! The Merge pane (File ▸ Merge project…): another analyst's copy of the project merged into
//! the open one (off the UI thread, with a spinner) as one undoable edit, what came in by kind,
//! and the conflicts to settle.

use crate::ui::words::count;
use egui::RichText;

use crate::io::merge::{Change, MergeReport};
use crate::io::repair::Problem;
use crate::ui::jobs::merge_job::{MergeJob, Merged};
use crate::ui::state::Action;
use crate::ui::workbench::Cx;

use super::project_picker::ProjectPicker;

#[derive(Default)]
pub struct MergeView {
    theirs: ProjectPicker,
    base: ProjectPicker,
    /// The last merge: the file merged, what came in, what checking the result found.
    last: Option<(String, MergeReport, Vec<Problem>)>,
    error: Option<String>,
    running: Option<MergeJob>,
}

impl MergeView {
    /// Puts the keyboard in the "their project" field (the menu command).
    pub fn focus(&mut self) {
        self.theirs.focus();
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            ui.strong("Merge another analyst's copy of this project into it");
            let mut go = self.theirs.ui(ui, "Their project file", "The other analyst's project");
            go |= self.base.ui(ui, "Common ancestor (optional)", "The copy you both started from");
            ui.weak(
                "The common ancestor is the copy you both started from: with it, what one of you deleted is \
                 deleted. Without it nothing is deleted: everything either of you has is kept, and a record you \
                 both hold differently keeps yours and lists theirs as a conflict below.",
            );
            let ready = self.theirs.path().is_some() && self.running.is_none();
            go |= ui.add_enabled(ready, egui::Button::new("Merge into this project")).clicked();
            if go && ready {
                self.start(ui.ctx(), cx);
            }
            if let Some(job) = &self.running {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(format!("Merging {}…", job.theirs().display()));
                });
            }
            if let Some(e) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            if let Some((file, report, problems)) = &self.last {
                ui.separator();
                came_in(ui, file, report, problems);
            }
            ui.separator();
            super::conflicts::conflicts_ui(ui, cx);
        });
    }

    fn start(&mut self, ctx: &egui::Context, cx: &mut Cx<'_>) {
        let Some(theirs) = self.theirs.path() else { return };
        self.error = None;
        self.running = Some(MergeJob::start(cx.doc, theirs, self.base.path(), ctx.clone()));
    }

    /// Takes in a merge that finished (called every frame, whichever pane is in front, so the
    /// result lands as soon as it is ready).
    pub fn poll(&mut self, ctx: &egui::Context, cx: &mut Cx<'_>) {
        let Some(job) = &mut self.running else { return };
        let Some(merged) = job.poll(cx.doc, ctx) else { return };
        let file = job.theirs().display().to_string();
        self.running = None;
        self.finish(file, merged, cx);
    }

    fn finish(&mut self, file: String, merged: Merged, cx: &mut Cx<'_>) {
        match merged {
            Ok(merged) => {
                let conflicts = merged.report.conflicts.len();
                match merged.edit {
                    Some(edit) => {
                        cx.actions.push(Action::Apply(edit));
                        cx.state.info(match conflicts {
                            0 => format!("Merged {file} (Edit ▸ Undo takes it back)"),
                            n => format!(
                                "Merged {file} with {} to settle in the Merge pane",
                                count(n, "conflict", "conflicts")
                            ),
                        });
                    }
                    None => cx.state.info(format!("{file} holds nothing this project lacks")),
                }
                self.last = Some((file, merged.report, merged.problems));
            }
            Err(e) => {
                let text = format!("Nothing was merged: {e}");
                cx.state.error(text.clone());
                self.error = Some(text);
            }
        }
    }
}

/// How many records of a kind are named under "Which … records" (a merge may bring thousands).
const SHOWN: usize = 300;

/// What the last merge brought, by kind, with what was kept once and what checking found.
fn came_in(ui: &mut egui::Ui, file: &str, report: &MergeReport, problems: &[Problem]) {
    ui.label(RichText::new(format!("From {file}")).strong());
    let rows: Vec<_> = report.from_theirs.iter().filter(|t| !t.items.is_empty()).collect();
    if rows.is_empty() {
        ui.label("Nothing came in: this project already held everything in it.");
    } else {
        egui::Grid::new("merge-tally").striped(true).num_columns(4).show(ui, |ui| {
            for head in ["", "added", "changed", "deleted"] {
                ui.strong(head);
            }
            ui.end_row();
            for t in &rows {
                ui.label(t.kind);
                for change in [Change::Added, Change::Changed, Change::Deleted] {
                    ui.label(t.count(change).to_string());
                }
                ui.end_row();
            }
        });
        for t in rows {
            egui::CollapsingHeader::new(format!("Which {} records", t.kind)).id_salt(("merged", t.kind)).show(
                ui,
                |ui| {
                    for (change, label) in t.items.iter().take(SHOWN) {
                        ui.label(format!("{change}: {label}"));
                    }
                    if t.items.len() > SHOWN {
                        ui.weak(format!("… and {} more", t.items.len() - SHOWN));
                    }
                },
            );
        }
    }
    for title in &report.imported_on_both {
        ui.label(format!("“{title}” was imported by both of you: kept once, with both sets of claims on it."));
    }
    for what in &report.namesakes {
        ui.label(format!("You both created {what}: kept once, every claim and event moved onto it."));
    }
    for why in &report.kept_apart {
        ui.label(format!("You both created {why}; kept as two actors."));
    }
    for p in problems {
        ui.label(format!("Checked: {p}"));
    }
}
