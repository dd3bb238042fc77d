//! Every coded event in date order; click one to open its evidence.

use egui_extras::{Column, TableBuilder};

use crate::edit::builders;
use crate::model::Event;

use crate::ui::state::Action;
use crate::ui::workbench::Cx;

#[derive(Default)]
pub struct EventsView;

impl EventsView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        let mut rows: Vec<&Event> = p.events.iter().collect();
        rows.sort_by_key(|e| (e.date.start, e.date.end));
        ui.horizontal(|ui| {
            ui.label(crate::ui::words::count(rows.len(), "event", "events"));
            if let Some(e) = cx.state.selection.event
                && ui.button("Delete selected event").clicked()
            {
                cx.actions.push(Action::Apply(builders::delete_event(e)));
            }
        });
        let selected = cx.state.selection.event;
        // One line per cell, cut short with "…": a cell's text wraps by default, and a title
        // wrapped in a column narrower than it (Evidence, in a narrow pane) makes the header
        // two lines high, a blank row between the titles and the first event.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
        // Date, Type and Dyad share what the pane leaves after Score and a little Evidence, in
        // the proportions they get in a wide pane, so a narrow pane still shows every column.
        let shared = ((ui.available_width() - 55.0 - 80.0) / 500.0).clamp(0.5, 1.0);
        TableBuilder::new(ui)
            .striped(true)
            .sense(egui::Sense::click())
            .column(Column::initial(130.0 * shared).resizable(true).clip(true))
            .column(Column::initial(150.0 * shared).resizable(true).clip(true))
            .column(Column::initial(220.0 * shared).resizable(true).clip(true))
            .column(Column::initial(55.0).clip(true))
            .column(Column::remainder().at_least(50.0).clip(true))
            .header(20.0, |mut header| {
                for title in ["Date", "Type", "Dyad", "Score", "Evidence"] {
                    header.col(|ui| {
                        ui.strong(title);
                    });
                }
            })
            .body(|body| {
                body.rows(20.0, rows.len(), |mut row| {
                    let e = rows[row.index()];
                    row.set_selected(selected == Some(e.id));
                    row.col(|ui| {
                        ui.label(e.date.to_string()).on_hover_text(format!(
                            "{} to {} ({})",
                            e.date.start,
                            e.date.end,
                            e.date.precision.label()
                        ));
                    });
                    row.col(|ui| {
                        ui.label(p.taxonomy.get(e.kind).map_or("?", |t| t.name.as_str()));
                    });
                    row.col(|ui| {
                        let arrow = if e.bilateral { "↔" } else { "→" };
                        ui.label(format!("{} {arrow} {}", p.actor_name(e.source), p.actor_name(e.target)));
                    });
                    row.col(|ui| {
                        ui.label(format!("{:+.1}", p.score_of(e)));
                    });
                    row.col(|ui| {
                        ui.label(format!("{} claim{}", e.evidence.len(), if e.evidence.len() == 1 { "" } else { "s" }));
                    });
                    if row.response().clicked() {
                        cx.actions.push(Action::SelectEvent(e.id));
                    }
                });
            });
    }
}
