//! The chart's bar: the bin, the dyads, the date window and the display switches in one
//! wrapping row, and the filters set now and then (event types, tag, article, minimum grade)
//! behind one "Filters" menu, so that in a narrow pane the bar keeps to a few rows and leaves
//! the plot its room. Every item is a widget of its own in the row: a group cannot wrap and
//! would run past the pane.

use crate::analysis::filter::{DateWindow, EventFilter};
use crate::analysis::series::{BinSize, Dyad};
use crate::model::Project;
use crate::ui::state::{ChartFilter, ChartState};
use crate::ui::widgets::text_width;

/// What the bar's buttons asked for this frame.
pub struct Asked {
    pub reset: bool,
    pub export: bool,
}

/// The bar, `shown` being how many events the chart draws; `window_error` says why the typed
/// window could not be read, if it could not.
pub fn toolbar(
    ui: &mut egui::Ui,
    p: &Project,
    shown: usize,
    chart: &mut ChartState,
    window_error: &mut Option<String>,
) -> Asked {
    ui.horizontal_wrapped(|ui| {
        ui.strong(format!("{} on the chart", crate::ui::words::count(shown, "event", "events")));
        ui.separator();
        ui.label("Bin");
        for b in BinSize::ALL {
            ui.selectable_value(&mut chart.bin, b, b.label());
        }
        ui.separator();
        dyads(ui, p, &mut chart.filter);
        filters_menu(ui, p, &mut chart.filter.events);
        ui.checkbox(&mut chart.filter.smooth, "Smoothed");
        let asked = Asked { reset: ui.button("Reset view").clicked(), export: ui.button("Export chart…").clicked() };
        ui.separator();
        window_fields(ui, window_error, &mut chart.filter);
        asked
    })
    .inner
}

/// The Dyads menu and the Lanes switch.
fn dyads(ui: &mut egui::Ui, p: &Project, f: &mut ChartFilter) {
    let ev = &mut f.events;
    let dyads_text = match ev.dyads.as_slice() {
        [] => "all events".to_owned(),
        [d] => d.label(p),
        many => format!("{} dyads", many.len()),
    };
    let padding = 2.0 * ui.spacing().button_padding.x + 2.0 * ui.spacing().item_spacing.x;
    keep_together(ui, text_width(ui, "Dyads") + text_width(ui, &dyads_text) + padding);
    ui.label("Dyads");
    egui::containers::menu::MenuButton::new(dyads_text).config(stay_open()).ui(ui, |ui| {
        if ui.button("All events").clicked() {
            ev.dyads.clear();
        }
        let states: Vec<_> = p.actors.iter().filter(|a| a.is_independent()).collect();
        for s in &states {
            for t in states.iter().filter(|t| t.id != s.id) {
                let d = Dyad { source: s.id, target: t.id };
                let mut on = ev.dyads.contains(&d);
                if ui.checkbox(&mut on, d.label(p)).changed() {
                    if on {
                        ev.dyads.push(d);
                    } else {
                        ev.dyads.retain(|x| *x != d);
                    }
                }
            }
        }
    });
    ui.add_enabled(ev.dyads.len() > 1, egui::Checkbox::new(&mut f.lanes, "Lanes"))
        .on_hover_text("Each dyad in a lane of its own; off: overlaid in colours");
}

/// How wide the date window's fields are.
const FIELD_WIDTH: f32 = 110.0;

/// Starts the next row unless `width` more fits on this one, so that a label and its control
/// move to the next row together instead of being parted at the row's end. At a row's start
/// it does nothing: a new row would be left blank and have no more room.
fn keep_together(ui: &mut egui::Ui, width: f32) {
    let at_start = ui.cursor().left() <= ui.max_rect().left() + 1.0;
    if !at_start && ui.available_size_before_wrap().x < width {
        ui.end_row();
    }
}

/// A menu that stays open while several things are picked in it (dyads, event types).
fn stay_open() -> egui::containers::menu::MenuConfig {
    egui::containers::menu::MenuConfig::new().close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
}

/// "Filters", or "Filters (2)" with two of them in force: event types, tag, article and minimum
/// grade, each a submenu (a combo box's list inside a menu would close the menu).
fn filters_menu(ui: &mut egui::Ui, p: &Project, ev: &mut EventFilter) {
    let in_force = [!ev.hidden_types.is_empty(), ev.tag.is_some(), ev.article.is_some(), ev.min_grade.is_some()]
        .into_iter()
        .filter(|&on| on)
        .count();
    let text = if in_force == 0 { "Filters".to_owned() } else { format!("Filters ({in_force})") };
    egui::containers::menu::MenuButton::new(text).config(stay_open()).ui(ui, |ui| {
        ui.menu_button("Event types", |ui| {
            // A long taxonomy scrolls inside the menu instead of running off the window.
            let room = ui.ctx().content_rect().height() * 0.6;
            egui::ScrollArea::vertical().max_height(room).show(ui, |ui| event_type_checks(ui, p, ev));
        });
        egui::Grid::new("chart-filters").num_columns(2).show(ui, |ui| {
            let tag_name = ev.tag.and_then(|t| p.tags.get(t)).map_or("any tag", |t| t.name.as_str());
            let tags = p.tags.iter().map(|t| (t.id, t.name.as_str()));
            pick(ui, ("Tag", "any tag"), tag_name, &mut ev.tag, tags);
            let article_name = ev.article.and_then(|a| p.articles.get(a)).map_or("any article", |a| a.title.as_str());
            let articles = p.articles.iter().map(|a| (a.id, a.title.as_str()));
            pick(ui, ("Article", "any article"), article_name, &mut ev.article, articles);
            let grade = ui.label("Grade");
            let _ = crate::ui::panes::grading::min_grade_ui(ui, &mut ev.min_grade).response.labelled_by(grade.id);
            ui.end_row();
        });
    });
}

/// A grid row: `label`, then a submenu named after the choice in force that offers `any` and
/// each of `choices`; picking one closes the menus, as a combo box would.
fn pick<'a, T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    (label, any): (&str, &str),
    current: &str,
    value: &mut Option<T>,
    choices: impl Iterator<Item = (T, &'a str)>,
) {
    let label = ui.label(label);
    let menu = ui.menu_button(current, |ui| {
        let mut picked = ui.selectable_value(value, None, any).clicked();
        for (choice, name) in choices {
            picked |= ui.selectable_value(value, Some(choice), name).clicked();
        }
        if picked {
            ui.close();
        }
    });
    let _ = menu.response.labelled_by(label.id);
    ui.end_row();
}

/// A checkbox per event type on the series: unticked types are hidden from the chart.
fn event_type_checks(ui: &mut egui::Ui, p: &Project, ev: &mut EventFilter) {
    for t in p.taxonomy.iter().filter(|t| t.on_series) {
        let mut shown = !ev.hidden_types.contains(&t.id);
        if ui.checkbox(&mut shown, format!("{} ({:+.1})", t.name, t.score)).changed() {
            if shown {
                ev.hidden_types.remove(&t.id);
            } else {
                ev.hidden_types.insert(t.id);
            }
        }
    }
}

/// "From" and "To" fields for the date window, read as the date field reads dates; `error` says
/// why the typed window could not be read.
fn window_fields(ui: &mut egui::Ui, error: &mut Option<String>, f: &mut ChartFilter) {
    let mut changed = false;
    for (name, text) in [("From", &mut f.from), ("To", &mut f.to)] {
        keep_together(ui, text_width(ui, name) + ui.spacing().item_spacing.x + FIELD_WIDTH);
        let label = ui.label(name);
        changed |= ui
            .add(egui::TextEdit::singleline(text).desired_width(FIELD_WIDTH).hint_text("2025-05-01 or May 2025"))
            .labelled_by(label.id)
            .changed();
    }
    if ui
        .add_enabled(
            !f.events.window.is_open() || !f.from.is_empty() || !f.to.is_empty(),
            egui::Button::new("All dates"),
        )
        .clicked()
    {
        f.from.clear();
        f.to.clear();
        changed = true;
    }
    if changed {
        match DateWindow::parse(&f.from, &f.to) {
            Ok(w) => {
                f.events.window = w;
                *error = None;
            }
            Err(e) => *error = Some(e),
        }
    }
    match error {
        Some(e) => {
            ui.colored_label(ui.visuals().error_fg_color, e.as_str());
        }
        None if !f.events.window.is_open() => {
            let end = |d: Option<jiff::civil::Date>| d.map_or_else(|| "…".to_owned(), |d| d.to_string());
            ui.weak(format!("showing {} to {}", end(f.events.window.from), end(f.events.window.to)));
        }
        None => {}
    }
}
