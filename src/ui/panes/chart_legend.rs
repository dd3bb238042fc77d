//! The chart's key, above the plot so that it never covers data, and always one row high so
//! that the plot keeps its room in a short pane: the longest names are cut short with "…" as
//! far as needed for every entry to fit, and when even that is not enough the entries that do
//! not fit wait behind a "+N more" menu at the row's end.

use super::chart_marks;
use crate::ui::widgets::text_width;

/// How a legend entry shows what it names.
#[derive(Clone, Copy)]
pub enum Key {
    Line,
    Dashed,
    Point,
    Shade,
}

/// One legend entry: what it names, how and in which colour.
pub struct Entry {
    pub key: Key,
    pub colour: egui::Color32,
    pub name: String,
}

/// Room between two legend entries.
const ENTRY_GAP: f32 = 10.0;
/// The narrowest a cut-short legend name may get: a few letters and "…".
const MIN_NAME: f32 = 48.0;

/// The key above the plot, in one row `ui.available_width()` wide.
pub fn legend(ui: &mut egui::Ui, entries: &[Entry]) {
    let key = ui.text_style_height(&egui::TextStyle::Body) + 4.0;
    let names: Vec<f32> = entries.iter().map(|e| text_width(ui, &e.name)).collect();
    let fits = |n: usize, room: f32| {
        let fixed = n as f32 * key + n.saturating_sub(1) as f32 * ENTRY_GAP;
        one_row_name_width(&names[..n], fixed, room)
    };
    let room = ui.available_width();
    // All of them if they fit; else as many as fit beside the "+N more" button, which is
    // measured with the widest count it could show.
    let (shown, max_name) = match fits(entries.len(), room) {
        Some(max_name) => (entries.len(), max_name),
        None => {
            let more = more_text(entries.len());
            let button = text_width(ui, &more) + 2.0 * ui.spacing().button_padding.x + ENTRY_GAP;
            (0..entries.len())
                .rev()
                .find_map(|n| fits(n, room - button).map(|max_name| (n, max_name)))
                .unwrap_or((0, MIN_NAME))
        }
    };
    let row = ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = ENTRY_GAP;
        for e in &entries[..shown] {
            legend_entry(ui, e, max_name);
        }
        if shown < entries.len() {
            ui.menu_button(more_text(entries.len() - shown), |ui| {
                for e in &entries[shown..] {
                    legend_entry(ui, e, f32::INFINITY);
                }
            });
        }
    });
    row.response.on_hover_text(
        "Points: events at the date the act happened (bars: imprecise dates, spread evenly in the series); \
         score − conflict, + cooperation. Lines: the net score of each bin that holds events, broken \
         across empty stretches (a lone bin is a short dash across it).",
    );
}

fn more_text(hidden: usize) -> String {
    format!("+{hidden} more")
}

/// One legend entry, its key and its name drawn as one widget, so that the two are never
/// parted. A name wider than `max_name` is cut short with "…" and shown whole on hover.
fn legend_entry(ui: &mut egui::Ui, entry: &Entry, max_name: f32) {
    let size = ui.text_style_height(&egui::TextStyle::Body);
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut job = egui::text::LayoutJob::simple_singleline(entry.name.clone(), font, ui.visuals().text_color());
    job.wrap = egui::text::TextWrapping::truncate_at_width(max_name);
    let galley = ui.painter().layout_job(job);
    let (rect, response) = ui
        .allocate_exact_size(egui::vec2(size + 4.0 + galley.size().x, size.max(galley.size().y)), egui::Sense::hover());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &entry.name));
    if galley.elided {
        response.on_hover_text(&entry.name);
    }
    let key_rect = egui::Rect::from_min_size(rect.min, egui::vec2(size, size));
    let (y, third) = (key_rect.center().y, size / 3.0);
    let (painter, colour) = (ui.painter(), entry.colour);
    // The shape's index is of no use here.
    let _ = match entry.key {
        Key::Line => {
            painter.line_segment([egui::pos2(key_rect.left(), y), egui::pos2(key_rect.right(), y)], (2.5, colour))
        }
        Key::Dashed => {
            painter
                .line_segment([egui::pos2(key_rect.left(), y), egui::pos2(key_rect.left() + third, y)], (2.5, colour));
            painter
                .line_segment([egui::pos2(key_rect.right() - third, y), egui::pos2(key_rect.right(), y)], (2.5, colour))
        }
        Key::Point => painter.circle_filled(key_rect.center(), chart_marks::POINT_RADIUS, colour),
        Key::Shade => painter.rect_filled(key_rect.shrink(1.0), 1.0, colour),
    };
    painter.galley(egui::pos2(key_rect.right() + 4.0, rect.top()), galley, ui.visuals().text_color());
}

/// The widest a name may be for every entry to fit on one row `room` wide, each name as wide
/// as it needs up to that: the longest names give way first. `None` when even names of a few
/// letters would not fit.
fn one_row_name_width(names: &[f32], fixed: f32, room: f32) -> Option<f32> {
    let spare = room - fixed;
    if names.iter().sum::<f32>() <= spare {
        return Some(f32::INFINITY);
    }
    let mut sorted = names.to_vec();
    sorted.sort_by(f32::total_cmp);
    // Names shorter than the cap keep their width; the rest share what is left equally.
    let mut used = 0.0;
    for (i, &w) in sorted.iter().enumerate() {
        let cap = (spare - used) / (sorted.len() - i) as f32;
        if w > cap {
            return (cap >= MIN_NAME).then_some(cap);
        }
        used += w;
    }
    Some(f32::INFINITY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_legend_row_too_narrow_cuts_the_longest_names_first_and_leaves_short_ones_whole() {
        // Names 40, 100 and 300 wide with 60 of keys and gaps: all fit in 500.
        assert_eq!(one_row_name_width(&[40.0, 100.0, 300.0], 60.0, 500.0), Some(f32::INFINITY));
        // In 300 the 240 left go 40 to the short name and 100 each to the other two.
        assert_eq!(one_row_name_width(&[300.0, 40.0, 100.0], 60.0, 300.0), Some(100.0));
        // In 200, 140 left: 40, then 50 each.
        assert_eq!(one_row_name_width(&[300.0, 40.0, 100.0], 60.0, 200.0), Some(50.0));
        // In 150 a name would get 45, too few letters to read: some entries go behind "+N more".
        assert_eq!(one_row_name_width(&[300.0, 40.0, 100.0], 60.0, 150.0), None);
    }
}
