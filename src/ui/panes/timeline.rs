//! The project's event taxonomy (types, CAMEO codes, default scores) and the timeline's eras
//! and markers, both editable per project.

use crate::edit::{Edit, Op, Record, RecordId};
use crate::model::{Colour, Era, EraId, EventType, EventTypeId};

use crate::ui::colours::colour_button;
use crate::ui::state::Action;
use crate::ui::workbench::Cx;

#[derive(Default)]
pub struct TimelineView {
    /// Drafts of the era dates being typed, committed when valid and the field loses focus.
    era_dates: Option<(u64, Vec<(String, String)>)>,
}

impl TimelineView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        // Both ways: a narrow pane scrolls sideways rather than squeezing type names to a
        // few letters.
        egui::ScrollArea::both().auto_shrink([false, false]).show(ui, |ui| {
            ui.strong("Eras and markers");
            ui.weak("Named periods shaded on the chart; a marker is an era of one day.");
            if self.era_dates.as_ref().is_none_or(|(s, _)| *s != cx.doc.state()) {
                let dates = p.eras.iter().map(|e| (e.start.to_string(), e.end.to_string())).collect();
                self.era_dates = Some((cx.doc.state(), dates));
            }
            let Some((_, dates)) = &mut self.era_dates else { return };
            for (era, (start, end)) in p.eras.iter().zip(dates.iter_mut()) {
                ui.horizontal(|ui| {
                    let mut e = era.clone();
                    let mut commit = colour_button(ui, &mut e.colour);
                    let name = ui.label("Era");
                    commit |= ui
                        .add(egui::TextEdit::singleline(&mut e.name).desired_width(140.0))
                        .labelled_by(name.id)
                        .lost_focus();
                    let from = ui.label("from");
                    let s = ui.add(egui::TextEdit::singleline(start).desired_width(90.0)).labelled_by(from.id);
                    let to = ui.label("to");
                    let t = ui.add(egui::TextEdit::singleline(end).desired_width(90.0)).labelled_by(to.id);
                    if s.lost_focus() || t.lost_focus() {
                        match (start.parse(), end.parse()) {
                            (Ok(a), Ok(b)) => (e.start, e.end, commit) = (a, b, true),
                            _ => cx.state.error("Era dates are YYYY-MM-DD"),
                        }
                    }
                    if commit && &e != era {
                        cx.actions.push(Action::Apply(Edit::one("edit era", Op::Put(Record::Era(e)))));
                    }
                    if ui.small_button("Delete").clicked() {
                        cx.actions.push(Action::Apply(Edit::one("delete era", Op::Remove(RecordId::Era(era.id)))));
                    }
                });
            }
            if ui.button("New era").clicked() {
                let day = p.events.iter().map(|e| e.date.start).max().unwrap_or(jiff::civil::date(2025, 1, 1));
                let era = Era {
                    id: EraId::random(),
                    name: "New era".into(),
                    start: day,
                    end: day,
                    colour: Colour::palette(p.eras.len() + 5),
                    note: String::new(),
                };
                cx.actions.push(Action::Apply(Edit::one("new era", Op::Put(Record::Era(era)))));
            }

            ui.separator();
            ui.strong("Event types");
            ui.weak("Default scores (−10 most conflictual … +10 most cooperative); any event can override its score.");
            egui::Grid::new("taxonomy").num_columns(5).striped(true).show(ui, |ui| {
                ui.label("");
                let name_label = ui.strong("Type");
                let score_label = ui.strong("Default score");
                ui.end_row();
                for t in p.taxonomy.iter() {
                    let mut e = t.clone();
                    let mut commit = colour_button(ui, &mut e.colour);
                    commit |= ui
                        // A grid cell offers only last frame's column width: the minimum
                        // keeps whole type names in view (the pane scrolls sideways).
                        .add(
                            egui::TextEdit::singleline(&mut e.name)
                                .desired_width(170.0)
                                .min_size(egui::vec2(170.0, 0.0)),
                        )
                        .labelled_by(name_label.id)
                        .lost_focus();
                    let drag = ui
                        .add(egui::DragValue::new(&mut e.score).range(-10.0..=10.0).speed(0.1).fixed_decimals(1))
                        .labelled_by(score_label.id);
                    commit |= drag.drag_stopped() || drag.lost_focus();
                    commit |= ui.checkbox(&mut e.on_series, "on the series").changed();
                    let used = p.events.iter().filter(|ev| ev.kind == t.id).count();
                    let delete = ui.add_enabled(used == 0, egui::Button::new("Delete").small());
                    if delete
                        .on_disabled_hover_text(format!(
                            "{} this type",
                            crate::ui::words::count(used, "event has", "events have")
                        ))
                        .clicked()
                    {
                        cx.actions
                            .push(Action::Apply(Edit::one("delete event type", Op::Remove(RecordId::EventType(t.id)))));
                    }
                    if commit && &e != t {
                        cx.actions.push(Action::Apply(Edit::one("edit event type", Op::Put(Record::EventType(e)))));
                    }
                    ui.end_row();
                }
            });
            if ui.button("New event type").clicked() {
                let t = EventType {
                    id: EventTypeId::random(),
                    name: "New type".into(),
                    cameo: String::new(),
                    score: 0.0,
                    colour: Colour::palette(p.taxonomy.len()),
                    on_series: true,
                    note: String::new(),
                };
                cx.actions.push(Action::Apply(Edit::one("new event type", Op::Put(Record::EventType(t)))));
            }
        });
    }
}
