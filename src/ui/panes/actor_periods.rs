//! The Actors pane's period editor: who the selected actor acts for, in what role, from when
//! to when, a row per period, committed as one undoable edit when a field is left or a side
//! picked; dates are read as the chart's window reads them ("2025-02-26", "May 2025").

use crate::analysis::filter::DateWindow;
use crate::edit::builders;
use crate::model::{Actor, ActorId, Affiliation, Project};
use crate::ui::state::Action;
use crate::ui::workbench::Cx;

/// A period as typed: the dates stay text until they are read on commit.
#[derive(Clone, Debug, Default, PartialEq)]
struct Row {
    acts_for: Option<ActorId>,
    role: String,
    from: String,
    to: String,
}

impl Row {
    fn of(a: &Affiliation) -> Self {
        let text = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
        Self { acts_for: a.acts_for, role: a.role.clone(), from: text(a.from), to: text(a.to) }
    }

    /// The period, or what is wrong with its dates ("from May 2025" starts on 1 May, "to May
    /// 2025" ends on 31 May).
    fn read(&self, number: usize) -> Result<Affiliation, String> {
        let window = DateWindow::parse(&self.from, &self.to).map_err(|e| format!("period {number}: {e}"))?;
        Ok(Affiliation { acts_for: self.acts_for, role: self.role.trim().to_owned(), from: window.from, to: window.to })
    }
}

#[derive(Default)]
pub struct PeriodsEditor {
    rows: Vec<Row>,
    /// Why the rows as typed could not be read; they are kept for the analyst to correct.
    error: Option<String>,
}

impl PeriodsEditor {
    /// Starts over from the actor's stored periods (another actor selected, or an undo).
    pub fn reset(&mut self, actor: &Actor) {
        self.rows = actor.affiliations.iter().map(Row::of).collect();
        self.error = None;
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>, actor: &Actor) {
        let p = cx.doc.project();
        ui.strong("Acts for, by period").on_hover_text(
            "Each act counts for the side its actor held on the day of the act. Leave From or To empty for an open end.",
        );
        let mut commit = false;
        let mut remove = None;
        // A period a small group: its side, then its fields.
        for (i, row) in self.rows.iter_mut().enumerate() {
            let n = i + 1;
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.weak(format!("{n}."));
                    commit |= side_picker(ui, p, actor.id, &mut row.acts_for, n);
                    if ui.small_button("✕").accessible_name(format!("Remove period {n}")).clicked() {
                        remove = Some(i);
                    }
                });
                // Each field keeps its name in sight once filled (a lone "2025-02-26" could be
                // either end of the period), one under another to fit a narrow pane.
                egui::Grid::new(("period-fields", n)).num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
                    for (text, name, hint) in [
                        (&mut row.role, "Role", "e.g. minister"),
                        (&mut row.from, "From", "e.g. 2025-02-26"),
                        (&mut row.to, "To", "empty: open end"),
                    ] {
                        ui.label(name);
                        let edit = egui::TextEdit::singleline(text).hint_text(hint).desired_width(f32::INFINITY);
                        commit |= ui.add(edit).accessible_name(format!("{name}, period {n}")).lost_focus();
                        ui.end_row();
                    }
                });
            });
        }
        if let Some(i) = remove {
            self.rows.remove(i);
            commit = true;
        }
        if ui.button("Add period").on_hover_text("Another period: a new side, or a new role").clicked() {
            self.rows.push(self.next_row());
        }
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        if commit {
            self.commit(cx, actor);
        }
    }

    /// A new period beginning the day after the last one ends, so the two do not overlap;
    /// open when the last one is open or has no readable end.
    fn next_row(&self) -> Row {
        let last_end = self.rows.last().and_then(|r| DateWindow::parse("", &r.to).ok()).and_then(|w| w.to);
        let from = last_end.and_then(|d| d.tomorrow().ok()).map(|d| d.to_string()).unwrap_or_default();
        Row { from, ..Row::default() }
    }

    fn commit(&mut self, cx: &mut Cx<'_>, actor: &Actor) {
        let read: Result<Vec<Affiliation>, String> =
            self.rows.iter().enumerate().map(|(i, row)| row.read(i + 1)).collect();
        match read {
            Err(e) => self.error = Some(e),
            Ok(periods) => {
                self.error = None;
                match builders::set_affiliations(cx.doc.project(), actor.id, periods) {
                    Ok(edit) => cx.actions.push(Action::Apply(edit)),
                    Err(crate::edit::EditError::Empty) => {}
                    Err(e) => self.error = Some(e.to_string()),
                }
            }
        }
    }
}

/// The side of period `n`: nobody (a role without a side) or any other actor. Whether a choice
/// was made.
fn side_picker(ui: &mut egui::Ui, p: &Project, actor: ActorId, side: &mut Option<ActorId>, n: usize) -> bool {
    let mut picked = false;
    egui::ComboBox::from_id_salt(("period-side", n))
        .selected_text(side.map_or("(nobody)", |a| p.actor_name(a)))
        .width(120.0)
        .show_ui(ui, |ui| {
            picked |= ui.selectable_value(side, None, "(nobody)").clicked();
            for other in p.actors.iter().filter(|o| o.id != actor) {
                picked |= ui.selectable_value(side, Some(other.id), &other.name).clicked();
            }
        })
        .response
        .accessible_name(format!("Acts for, period {n}"));
    picked
}
