//! Merge conflicts in the Problems tab: each field two analysts changed differently, with both
//! values side by side; keep ours, take theirs, or settle all from one side, as one undoable
//! edit each time.

use egui::RichText;

use crate::edit::builders::{self, Side};
use crate::model::Project;
use crate::model::conflict::WHOLE_RECORD;
use crate::ui::state::Action;
use crate::ui::words::count;
use crate::ui::workbench::Cx;

/// Lists the project's merge conflicts, if any.
pub fn conflicts_ui(ui: &mut egui::Ui, cx: &mut Cx<'_>) {
    let p = cx.doc.project();
    if p.conflicts.is_empty() {
        return;
    }
    ui.strong(count(p.conflicts.len(), "merge conflict", "merge conflicts"));
    ui.weak("Both analysts changed these differently. Ours is in the project now; theirs was kept here.");
    let mut picks: Option<Vec<(usize, Side)>> = None;
    ui.horizontal(|ui| {
        let all = |side| Some((0..p.conflicts.len()).map(|i| (i, side)).collect());
        if ui.button("Keep all ours").clicked() {
            picks = all(Side::Ours);
        }
        if ui.button("Take all theirs").clicked() {
            picks = all(Side::Theirs);
        }
    });
    for (i, c) in p.conflicts.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            let what = if c.field == WHOLE_RECORD {
                "deleted on one side, changed on the other".to_owned()
            } else {
                c.field.clone()
            };
            ui.label(RichText::new(format!("{} “{}”: {what}", c.kind, c.label)).strong());
            egui::Grid::new(("conflict", i)).num_columns(3).show(ui, |ui| {
                for (name, value, side) in [("Ours", &c.ours, Side::Ours), ("Theirs", &c.theirs, Side::Theirs)] {
                    ui.label(name);
                    ui.label(shown(value));
                    if ui.button(format!("Use {}", name.to_lowercase())).clicked() {
                        picks = Some(vec![(i, side)]);
                    }
                    ui.end_row();
                }
            });
        });
    }
    if let Some(picks) = picks {
        settle(p, &picks, cx);
    }
}

fn settle(p: &Project, picks: &[(usize, Side)], cx: &mut Cx<'_>) {
    match builders::settle_conflicts(p, picks) {
        Ok(edit) => cx.actions.push(Action::Apply(edit)),
        Err(e) => cx.state.error(e.to_string()),
    }
}

/// A conflicting value as an analyst reads it: text without JSON quotes, "(deleted)" for a
/// side that removed the record, "(empty)" for a field one side cleared or never filled (a
/// blank beside "Use ours" reads as a value missing from the screen), long values cut.
fn shown(value: &str) -> String {
    if value.is_empty() {
        return "(deleted)".into();
    }
    let text = match serde_json::from_str::<serde_json::Value>(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => value.to_owned(),
    };
    if text.trim().is_empty() {
        return "(empty)".into();
    }
    let mut cut: String = text.chars().take(200).collect();
    if cut.len() < text.len() {
        cut.push('…');
    }
    cut
}
