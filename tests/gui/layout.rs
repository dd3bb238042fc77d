//! The panes keep their shape in a small and a large window: the chart's plot keeps a usable
//! height under its bar and legend, every control of the bar lies inside the pane, the
//! maximised chart inside the window, and the events table shows every column with its rows
//! starting right under its header.

use egui::accesskit::Role;
use egui::{Rect, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::ui::FaultlineApp;

use crate::chart::open_filters;
use crate::support::workbench;

/// The two window sizes the panes are checked at.
const SIZES: [(f32, f32); 2] = [(1024.0, 700.0), (1600.0, 1000.0)];

/// Runs `check` on the sample's workbench, opened and drawn once, at each of `SIZES`.
fn at_each_size(mut check: impl FnMut(Harness<'static, FaultlineApp>, f32, f32)) {
    for (width, height) in SIZES {
        let mut h = workbench(width, height, None);
        h.run();
        check(h, width, height);
    }
}

/// The chart pane: from the left of its tab to the Maximise button at the right end of its tab
/// bar (the lowest bar that has one), down to the window's bottom.
fn chart_pane(h: &Harness<'static, FaultlineApp>, height: f32) -> Rect {
    let bar = h.get_all_by_label("Maximise").map(|n| n.rect()).max_by(|a, b| a.min.y.total_cmp(&b.min.y)).unwrap();
    let tab = h.get_all_by_label("Chart").map(|n| n.rect()).find(|r| (r.center().y - bar.center().y).abs() < 6.0);
    let tab = tab.expect("the chart's tab is on the bar");
    Rect::from_min_max(pos2(tab.left() - 8.0, bar.bottom()), pos2(bar.right() + 8.0, height))
}

/// The controls of the chart's bar, by label.
const BAR: [&str; 12] = [
    "day",
    "week",
    "month",
    "all events",
    "Lanes",
    "Filters",
    "Smoothed",
    "Reset view",
    "Export chart…",
    "From",
    "To",
    "All dates",
];

/// Asserts that every control of the chart's bar lies wholly inside `area`.
fn bar_inside(h: &Harness<'static, FaultlineApp>, area: Rect, what: &str) {
    for label in BAR {
        let rect = h.query_by_label(label).unwrap_or_else(|| panic!("{label} is on the bar")).rect();
        assert!(area.contains_rect(rect) && rect.width() > 4.0, "{label} at {rect:?} is outside {what} {area:?}");
    }
}

#[test]
fn the_chart_plot_keeps_a_usable_height_under_its_bar_and_legend_in_a_small_and_a_large_window() {
    at_each_size(|h, width, height| {
        let pane = chart_pane(&h, height);
        let plots = h.state().chart_plots();
        assert_eq!(plots.len(), 1, "one plot for the events overlaid");
        let plot = plots[0];
        assert!(pane.contains_rect(plot), "the plot {plot:?} keeps to the pane {pane:?} at {width} × {height}");
        // Under the bar's rows and the one-row legend; the legend's three wrapped rows left
        // about 45 points.
        assert!(
            plot.height() >= 100.0 && plot.height() >= 0.35 * pane.height(),
            "the plot is {} high in a pane {} high at {width} × {height}",
            plot.height(),
            pane.height()
        );
    });
}

#[test]
fn every_control_of_the_chart_bar_and_its_filters_menu_is_inside_the_pane_in_a_small_and_a_large_window() {
    at_each_size(|mut h, width, height| {
        let pane = chart_pane(&h, height);
        bar_inside(&h, pane, &format!("the chart pane at {width} × {height}"));
        open_filters(&mut h);
        let window = Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(width, height));
        for label in ["Event types", "Tag", "Article", "Grade"] {
            // The submenu, not a heading of the same name (the inspector's Article).
            let rect = h.get_by(|n| n.role() != Role::Label && n.label().as_deref() == Some(label)).rect();
            assert!(window.contains_rect(rect), "{label} in the Filters menu at {rect:?} at {width} × {height}");
        }
    });
}

#[test]
fn the_maximised_chart_with_its_bar_keeps_inside_the_window() {
    at_each_size(|mut h, width, height| {
        h.get_all_by_label("Maximise").max_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y)).unwrap().click();
        h.run();
        h.get_by_label("Restore");
        let window = Rect::from_min_size(pos2(0.0, 0.0), egui::vec2(width, height));
        bar_inside(&h, window, &format!("the {width} × {height} window"));
        let plots = h.state().chart_plots();
        assert_eq!(plots.len(), 1);
        assert!(window.contains_rect(plots[0]), "the plot {:?} overflows the {width} × {height} window", plots[0]);
        assert!(plots[0].height() > 0.5 * height, "the maximised plot takes most of the window: {:?}", plots[0]);
    });
}

/// The sample's workbench in the small window, with the Events tab open.
fn events_tab() -> Harness<'static, FaultlineApp> {
    let mut h = workbench(1024.0, 700.0, None);
    h.run();
    h.get_by_label("Events").click();
    h.run();
    h
}

#[test]
fn the_first_event_row_sits_right_under_the_events_table_header() {
    let h = events_tab();
    let p = h.state().document().project().clone();
    let first = p.events.iter().map(|e| (e.date.start, e.date.end, e.date.to_string())).min().unwrap().2;
    let row = h.get_all_by_label(&first).map(|n| n.rect()).min_by(|a, b| a.top().total_cmp(&b.top())).unwrap();
    // The Date column's title, straight above the first date.
    let header = h
        .get_all_by_label("Date")
        .map(|n| n.rect())
        .filter(|r| (r.left() - row.left()).abs() < 10.0 && r.top() < row.top())
        .max_by(|a, b| a.top().total_cmp(&b.top()))
        .unwrap();
    assert!(row.top() > header.bottom(), "the row {row:?} is under the header {header:?}");
    // A row's pitch is 23 points (20 and the spacing): the title's text ends 8 above the first row's.
    assert!(row.top() - header.bottom() < 12.0, "no blank row between the header {header:?} and the first row {row:?}");
}

#[test]
fn every_events_column_title_is_inside_the_pane_in_a_small_window() {
    let h = events_tab();
    let pane = chart_pane(&h, 700.0);
    for title in ["Date", "Type", "Dyad", "Score", "Evidence"] {
        let rect = h
            .get_all_by_label(title)
            .map(|n| n.rect())
            .filter(|r| pane.contains(r.center()))
            .min_by(|a, b| a.top().total_cmp(&b.top()))
            .unwrap_or_else(|| panic!("the {title} column's title is in the pane"));
        assert!(rect.right() <= pane.right(), "{title} at {rect:?} is cut at the pane's edge {pane:?}");
    }
}
