//! The tension chart: one point per event at the date the act happened (y = score, coloured by
//! type), a bar across the range of an imprecise date, the binned net score as a line per dyad
//! (overlaid, or each in a lane of its own), and the project's eras shaded behind. A date
//! window narrows what is counted and fits the view. Hover shows the event; click opens its
//! evidence; "Export chart…" writes what is shown as SVG or PNG.

use egui_plot::{HLine, Line, MarkerShape, Plot, PlotPoint, PlotPoints, PlotTransform, Points, Span};

use crate::analysis::filter::{DateWindow, EventFilter};
use crate::analysis::grading::Grading;
use crate::analysis::series::{self, BinSize, Lane, SeriesSpec};
use crate::io::export::{ChartSpec, lane_colour};
use crate::model::date::days_since_epoch;
use crate::model::{Event, EventId, Project};

use crate::ui::colours::c32;
use crate::ui::file_dialog::NativeDialog;
use crate::ui::state::{Action, ChartState};
use crate::ui::workbench::Cx;

use super::chart_axis::{self, GRID_MIN, MIN_SPAN};
use super::chart_export::ExportDraft;
use super::chart_legend::{Entry, Key};
use super::chart_marks::{self, KindMarks, Picked, Placed};
use super::{chart_legend, chart_toolbar};

/// Events closer than this to the pointer, in pixels, are hovered and clicked.
const PICK_RADIUS: f32 = 12.0;

#[derive(Default)]
pub struct ChartView {
    cache: Option<(CacheKey, ChartData)>,
    /// Why the typed window could not be read, if it could not.
    window_error: Option<String>,
    /// The window the view was last fitted to.
    fitted: DateWindow,
    export: Option<ExportDraft>,
    native: NativeDialog,
    /// Each plot's transform and the lane it drew (`None`: all lanes), from the last frame:
    /// for tests to find a point.
    drawn: Vec<(PlotTransform, Option<usize>)>,
    /// The hovered event's confidence, explained, for the document state and event it was
    /// worked out for: the project-wide grading index is built once, not every hovered frame.
    hovered_confidence: Option<((u64, EventId), Option<String>)>,
}

#[derive(Clone, PartialEq)]
struct CacheKey {
    state: u64,
    bin: BinSize,
    filter: EventFilter,
    smooth: bool,
}

/// What the chart draws, recomputed only when the project or the filters change.
#[derive(Default)]
struct ChartData {
    points: Vec<Placed>,
    lanes: Vec<Lane>,
    /// For each lane, the points of its dyad.
    lane_points: Vec<Vec<usize>>,
    /// The marks of all points, drawn when the lanes share one plot.
    marks: Vec<KindMarks>,
    /// The marks of each lane's points, when there are several lanes.
    lane_marks: Vec<Vec<KindMarks>>,
    spec: SeriesSpec,
    /// Days the view takes in at least: the events' dates, widened to [`MIN_SPAN`] so that a
    /// chart of one day's events still shows labelled days around them.
    min_view: Option<(f64, f64)>,
    /// Events the filters let through but whose type is off the series: each type's name and
    /// how many, so the chart can say why they are not drawn.
    off_series: Vec<(String, usize)>,
    /// Why nothing is drawn when the events span more bins than a chart can hold (a far-off
    /// date): said in place of the plot, with the bar still there to narrow it.
    too_long: Option<String>,
}

impl ChartData {
    fn compute(p: &Project, spec: SeriesSpec, filter: &EventFilter) -> Self {
        if let Err(e) = series::check_span(p, filter, &spec) {
            let advice = "Choose a longer bin, or set From and To; the event's date can be corrected in the inspector";
            return Self { spec, too_long: Some(e.message(advice)), ..Self::default() };
        }
        let events: Vec<&Event> =
            p.events.iter().filter(|e| series::on_series(p, e, spec.include_neutral) && filter.shows(p, e)).collect();
        let points: Vec<Placed> = events.iter().map(|e| Placed::of(p, e)).collect();
        let lanes = series::lanes(p, filter, &spec);
        let lane_points: Vec<Vec<usize>> = lanes
            .iter()
            .map(|l| (0..events.len()).filter(|&i| l.dyad.is_none_or(|d| d.matches(p, events[i]))).collect())
            .collect();
        let marks = chart_marks::build(p, points.iter().copied());
        let lane_marks = if lanes.len() > 1 {
            lane_points.iter().map(|shown| chart_marks::build(p, shown.iter().map(|&i| points[i]))).collect()
        } else {
            Vec::new()
        };
        let (lo, hi) = points.iter().fold((f64::MAX, f64::MIN), |(lo, hi), pt| (lo.min(pt.start), hi.max(pt.end)));
        let mid = (lo + hi) / 2.0;
        let min_view = (lo <= hi).then(|| (lo.min(mid - MIN_SPAN / 2.0), hi.max(mid + MIN_SPAN / 2.0)));
        let mut off: std::collections::BTreeMap<&str, usize> = Default::default();
        for e in p.events.iter().filter(|e| !series::on_series(p, e, spec.include_neutral) && filter.shows(p, e)) {
            *off.entry(p.taxonomy.get(e.kind).map_or("?", |t| t.name.as_str())).or_default() += 1;
        }
        let off_series = off.into_iter().map(|(name, n)| (name.to_owned(), n)).collect();
        Self { points, lanes, lane_points, marks, lane_marks, spec, min_view, off_series, too_long: None }
    }

    /// The marks a plot of `lane` (or of all lanes) draws.
    fn marks_of(&self, lane: Option<usize>) -> &[KindMarks] {
        lane.map_or(&self.marks, |l| &self.lane_marks[l])
    }
}

/// The series the chart draws for these settings (smoothing: 7 days centred, 4 or 3 trailing).
pub fn series_spec(chart: &ChartState) -> SeriesSpec {
    let smooth = chart.filter.smooth.then_some(match chart.bin {
        BinSize::Day => 7,
        BinSize::Week => 4,
        BinSize::Month => 3,
    });
    SeriesSpec { bin: chart.bin, dyad: None, smooth, include_neutral: false }
}

/// The exported picture of the chart as it is set up, at a given size.
pub fn export_spec(chart: &ChartState, width: u32, height: u32) -> ChartSpec {
    ChartSpec {
        width,
        height,
        series: series_spec(chart),
        filter: chart.filter.events.clone(),
        lanes: chart.filter.lanes,
        title: None,
    }
}

impl ChartView {
    /// Where the last frame drew an event's point, in screen coordinates (tests click it).
    pub fn point_position(&self, event: EventId) -> Option<egui::Pos2> {
        let (_, data) = self.cache.as_ref()?;
        let i = data.points.iter().position(|pt| pt.id == event)?;
        let pt = data.points[i];
        self.drawn
            .iter()
            .find(|(_, lane)| lane.is_none_or(|l| data.lane_points[l].contains(&i)))
            .map(|(transform, _)| transform.position_from_point(&PlotPoint::new(pt.x, pt.y)))
    }

    /// Where the last frame drew each plot (the area inside the axes), in screen coordinates.
    pub fn plot_rects(&self) -> Vec<egui::Rect> {
        self.drawn.iter().map(|(transform, _)| *transform.frame()).collect()
    }

    /// The net score of every bin drawn, lane after lane (tests compare them).
    pub fn plotted_nets(&self) -> Vec<f64> {
        self.cache
            .as_ref()
            .map_or_else(Vec::new, |(_, d)| d.lanes.iter().flat_map(|l| l.bins.iter().map(|b| b.net)).collect())
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        let chart = &mut cx.state.chart;
        let key = CacheKey {
            state: cx.doc.state(),
            bin: chart.bin,
            filter: chart.filter.events.clone(),
            smooth: chart.filter.smooth,
        };
        if self.cache.as_ref().is_none_or(|(k, _)| *k != key) {
            self.cache = Some((key, ChartData::compute(p, series_spec(chart), &chart.filter.events)));
        }
        let Some((_, data)) = &self.cache else { return };

        let asked = chart_toolbar::toolbar(ui, p, data.points.len(), chart, &mut self.window_error);
        if asked.export {
            self.export.get_or_insert_with(ExportDraft::default);
        }
        let reset = asked.reset;
        let entries = legend_entries(ui.visuals(), p, data);
        chart_legend::legend(ui, &entries);
        if !data.off_series.is_empty() {
            off_series_note(ui, &data.off_series, cx.actions);
        }
        if let Some(draft) = &mut self.export
            && let Some(action) = draft.ui(ui.ctx(), &mut self.native)
        {
            cx.actions.push(action);
        }
        if self.export.as_ref().is_some_and(|d| d.closed) {
            self.export = None;
        }
        if let Some(message) = &data.too_long {
            ui.colored_label(ui.visuals().warn_fg_color, format!("Nothing drawn: {message}"));
            return;
        }
        self.drawn.clear();
        if data.points.is_empty() {
            // An empty plot would show a week of 1970, which means nothing to anyone.
            ui.weak(if p.events.is_empty() {
                "No events yet. Select a claim in the reader and use Code as event in the inspector: each event \
                 appears here at the date the act happened."
            } else {
                "No event passes these filters: widen the date window, or choose other event types, a tag, an \
                 article or a grade."
            });
            return;
        }

        // A new window fits the view to it; clearing it shows everything again.
        let window = chart.filter.events.window;
        let fit = (window != self.fitted).then(|| {
            self.fitted = window;
            window
        });
        let center = chart.center_on.take();
        let selected = cx.state.selection.event;
        let lane_mode = lane_mode_of(chart, data);
        let groups: Vec<Vec<usize>> = if lane_mode {
            (0..data.lanes.len()).map(|i| vec![i]).collect()
        } else {
            vec![(0..data.lanes.len()).collect()]
        };
        let lane_height = (ui.available_height() / groups.len() as f32 - if lane_mode { 20.0 } else { 0.0 }).max(80.0);
        let mut picked: Option<(EventId, bool)> = None;
        for (g, group) in groups.iter().enumerate() {
            if lane_mode && let Some(d) = data.lanes[group[0]].dyad {
                ui.colored_label(line_colour(ui.visuals(), group[0]), egui::RichText::new(d.label(p)).strong());
            }
            let lane = lane_mode.then_some(group[0]);
            let marks = data.marks_of(lane);
            // The time axis is the plot's width less the score axis and its title.
            let axis_width = ui.available_width() - 50.0;
            let plot = Plot::new(("tension-chart", g))
                .height(lane_height)
                .x_axis_label("event date")
                .y_axis_label("score")
                .x_axis_formatter(move |mark, range| {
                    chart_axis::edge_label(mark.value, mark.step_size, range, axis_width)
                })
                .x_grid_spacer(chart_axis::date_grid)
                .grid_spacing(GRID_MIN..=300.0)
                .label_formatter(|_| None)
                .include_y(-10.0)
                .include_y(10.0)
                // Time zooms and pans; the score axis stays fitted to the data. The wheel is
                // handled in `wheel` below, as the README documents it.
                .allow_zoom([true, false])
                .allow_drag([true, false])
                .allow_scroll(false)
                .link_axis(egui::Id::unique("tension-chart-lanes"), [true, false])
                .link_cursor(egui::Id::unique("tension-chart-lanes"), [true, false])
                .allow_double_click_reset(true);
            let plot = match data.min_view {
                Some((lo, hi)) => plot.include_x(lo).include_x(hi),
                None => plot,
            };
            let response = plot.show(ui, |plot| {
                if reset || fit.is_some_and(|w| w.is_open()) {
                    plot.set_auto_bounds(true);
                }
                if let Some(w) = fit.filter(|w| !w.is_open()) {
                    let lo = w.from.map_or_else(
                        || data.points.iter().map(|pt| pt.start).fold(f64::MAX, f64::min),
                        |d| days_since_epoch(d) as f64,
                    );
                    let hi = w.to.map_or_else(
                        || data.points.iter().map(|pt| pt.end).fold(f64::MIN, f64::max),
                        |d| days_since_epoch(d) as f64 + 1.0,
                    );
                    if lo < hi {
                        plot.set_plot_bounds_x(lo..=hi);
                    }
                }
                if let Some(c) = center {
                    plot.set_plot_bounds_x(c - 14.0..=c + 14.0);
                }
                wheel(plot);
                draw(plot, p, data, group, lane, selected);
            });
            let pointer = response.response.hover_pos().or(response.response.interact_pointer_pos());
            let nearest = pointer.and_then(|pos| chart_marks::pick(marks, &response.transform, pos, PICK_RADIUS));
            if let Some(near) = nearest {
                picked = Some((near.event, response.response.clicked()));
                if let Some(e) = p.events.get(near.event) {
                    let key = (cx.doc.state(), near.event);
                    if self.hovered_confidence.as_ref().is_none_or(|(k, _)| *k != key) {
                        let explained = Grading::new(p).confidence(e).map(|c| c.explain());
                        self.hovered_confidence = Some((key, explained));
                    }
                    let confidence = self.hovered_confidence.as_ref().and_then(|(_, c)| c.as_deref());
                    response.response.clone().on_hover_ui_at_pointer(|ui| event_tooltip(ui, p, e, near, confidence));
                }
            }
            self.drawn.push((response.transform, lane));
        }
        if let Some((id, true)) = picked {
            cx.actions.push(Action::SelectEvent(id));
        }
    }
}

/// One plot: eras, the zero line, the lines of `group`'s lanes, and the marks of `lane`'s
/// events (all events when `None`).
fn draw<'a>(
    plot: &mut egui_plot::PlotUi<'a>,
    p: &Project,
    data: &'a ChartData,
    group: &[usize],
    lane: Option<usize>,
    selected: Option<EventId>,
) {
    for era in p.eras.iter() {
        let start = days_since_epoch(era.start) as f64;
        let end = days_since_epoch(era.end) as f64 + 1.0;
        plot.add(Span::new(era.name.clone(), start..=end).fill(c32(era.colour).gamma_multiply(0.18)));
    }
    plot.add(HLine::new("", 0.0).color(egui::Color32::GRAY).width(1.0));
    let bin = data.spec.bin;
    for &l in group {
        let lane = &data.lanes[l];
        let colour = line_colour(&plot.ctx().global_style().visuals, l);
        let name = lane.dyad.map_or_else(|| format!("{} net score", bin.label()), |d| d.label(p));
        for run in runs(&lane.bins, bin, |b| Some(b.net)) {
            plot.add(Line::new(name.clone(), PlotPoints::from(run)).color(colour).width(2.0));
        }
        if let Some(label) = data.spec.smoothing_label() {
            let label = if data.lanes.len() > 1 { format!("{name}: {label}") } else { label };
            for run in runs(&lane.bins, bin, |b| b.smoothed) {
                plot.add(
                    Line::new(label.clone(), PlotPoints::from(run))
                        .color(colour)
                        .width(2.0)
                        .style(egui_plot::LineStyle::dashed_loose()),
                );
            }
        }
    }

    // Bars under the selection ring under the points; one legend entry per type (by name).
    let marks = data.marks_of(lane);
    for bars in marks.iter().filter_map(KindMarks::bars_item) {
        plot.add(bars);
    }
    let in_lane = |i: &usize| lane.is_none_or(|l| data.lane_points[l].contains(i));
    if let Some(pt) =
        selected.and_then(|id| data.points.iter().position(|pt| pt.id == id)).filter(in_lane).map(|i| data.points[i])
    {
        plot.add(
            Points::new("", PlotPoints::from(vec![[pt.x, pt.y]]))
                .shape(MarkerShape::Circle)
                .radius(9.0)
                .filled(false)
                .color(plot.ctx().global_style().visuals.strong_text_color()),
        );
    }
    for kind in marks {
        plot.add(kind.points_item());
    }
}

/// The colour of lane `l`'s line: the exported chart's, lightened on a dark background, where
/// the first lane's slate would all but vanish.
fn line_colour(visuals: &egui::Visuals, l: usize) -> egui::Color32 {
    let colour = c32(lane_colour(l));
    if visuals.dark_mode { colour.lerp_to_gamma(egui::Color32::WHITE, 0.55) } else { colour }
}

/// Whether each dyad gets a plot of its own.
fn lane_mode_of(chart: &ChartState, data: &ChartData) -> bool {
    chart.filter.lanes && data.lanes.len() > 1
}

/// The entries of the key: the lines, the event types drawn (by colour) and the eras.
fn legend_entries(visuals: &egui::Visuals, p: &Project, data: &ChartData) -> Vec<Entry> {
    let bin = data.spec.bin;
    let lines = data.lanes.iter().enumerate().map(|(l, lane)| Entry {
        key: Key::Line,
        colour: line_colour(visuals, l),
        name: lane.dyad.map_or_else(|| format!("{} net score", bin.label()), |d| d.label(p)),
    });
    let smoothed =
        data.spec.smoothing_label().map(|name| Entry { key: Key::Dashed, colour: line_colour(visuals, 0), name });
    let kinds = data.marks.iter().map(|kind| Entry { key: Key::Point, colour: kind.colour, name: kind.name.clone() });
    let eras = p.eras.iter().map(|era| Entry {
        key: Key::Shade,
        colour: c32(era.colour).gamma_multiply(0.5),
        name: era.name.clone(),
    });
    lines.chain(smoothed).chain(kinds).chain(eras).collect()
}

/// "1 event hidden: type Appeal is off the series — Types & eras", the last words a link to
/// the pane where a type is put back on the series.
fn off_series_note(ui: &mut egui::Ui, off: &[(String, usize)], actions: &mut Vec<Action>) {
    let n: usize = off.iter().map(|(_, n)| n).sum();
    let names: Vec<&str> = off.iter().map(|(name, _)| name.as_str()).collect();
    let text = format!(
        "{} hidden: {} {} {} off the series —",
        crate::ui::words::count(n, "event", "events"),
        if names.len() == 1 { "type" } else { "types" },
        names.join(", "),
        if names.len() == 1 { "is" } else { "are" },
    );
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(ui.visuals().warn_fg_color, text);
        if ui.link("Types & eras").clicked() {
            actions.push(Action::ShowPane(crate::ui::workbench::Pane::Timeline));
        }
    });
}

/// The wheel over the plot: plain or with Ctrl, it zooms time around the pointer (egui turns
/// Ctrl+wheel and pinch into zoom, which the plot applies to time only); with Shift it pans
/// time. The score axis never moves, and no view is narrower than [`MIN_SPAN`] days.
fn wheel(plot: &mut egui_plot::PlotUi<'_>) {
    let bounds = plot.plot_bounds();
    let (lo, hi) = (bounds.min()[0], bounds.max()[0]);
    if hi - lo < MIN_SPAN {
        let mid = (lo + hi) / 2.0;
        plot.set_plot_bounds_x(mid - MIN_SPAN / 2.0..=mid + MIN_SPAN / 2.0);
    }
    if !plot.response().hovered() {
        return;
    }
    let ctx = plot.ctx().clone();
    let scroll = ctx.input(|i| i.smooth_scroll_delta);
    if scroll == egui::Vec2::ZERO {
        return;
    }
    // Taken here, so that no scroll area around the chart scrolls as well.
    ctx.input_mut(|i| i.smooth_scroll_delta = egui::Vec2::ZERO);
    if scroll.x != 0.0 {
        let days_per_point = (hi - lo) / f64::from(plot.response().rect.width().max(1.0));
        plot.translate_bounds(egui::vec2((-f64::from(scroll.x) * days_per_point) as f32, 0.0));
    } else {
        let factor = (scroll.y / 200.0).exp();
        // Zooming in stops at the narrowest view rather than going past it.
        let factor = if (hi - lo) / f64::from(factor) < MIN_SPAN { ((hi - lo) / MIN_SPAN) as f32 } else { factor };
        plot.zoom_bounds_around_hovered(egui::vec2(factor.max(1e-3), 1.0));
    }
    plot.set_auto_bounds([false, true]);
}

/// A line's points as runs of consecutive bins that hold events, through each bin's middle:
/// an empty stretch breaks the line instead of running it flat at zero, and a lone bin is a
/// short dash across its own days.
fn runs(bins: &[series::Bin], bin: BinSize, value: impl Fn(&series::Bin) -> Option<f64>) -> Vec<Vec<[f64; 2]>> {
    // Each run with the days of its first bin, for the dash a lone bin becomes.
    let mut runs: Vec<(f64, f64, Vec<[f64; 2]>)> = Vec::new();
    let mut open = false;
    for b in bins {
        let Some(v) = value(b).filter(|_| b.count > 0.0) else {
            open = false;
            continue;
        };
        let (start, end) = (days_since_epoch(b.start) as f64, days_since_epoch(bin.next(b.start)) as f64);
        let point = [(start + end) / 2.0, v];
        match runs.last_mut() {
            Some((_, _, run)) if open => run.push(point),
            _ => runs.push((start, end, vec![point])),
        }
        open = true;
    }
    runs.into_iter()
        .map(|(start, end, run)| match run[..] {
            [[_, v]] => vec![[start, v], [end, v]],
            _ => run,
        })
        .collect()
}

fn event_tooltip(ui: &mut egui::Ui, p: &Project, e: &Event, at: Picked, confidence: Option<&str>) {
    ui.strong(p.taxonomy.get(e.kind).map_or("(missing type)", |t| t.name.as_str()));
    let arrow = if e.bilateral { "↔" } else { "→" };
    ui.label(format!("{} {arrow} {}", p.actor_name(e.source), p.actor_name(e.target)));
    ui.label(format!(
        "date: {} ({} precision{})",
        e.date,
        e.date.precision.label(),
        if e.date.phrase.is_empty() { String::new() } else { format!(", “{}”", e.date.phrase) }
    ));
    ui.label(format!("score: {:+.1}", p.score_of(e)));
    ui.label(format!("{} evidence claim{}", e.evidence.len(), if e.evidence.len() == 1 { "" } else { "s" }));
    if let Some(c) = confidence {
        ui.label(format!("confidence: {c}"));
    }
    if let Some(c) = e.evidence.first().and_then(|c| p.claims.get(*c)) {
        let quote: String = c.quote.chars().take(140).collect();
        ui.label(
            egui::RichText::new(format!("“{quote}{}”", if c.quote.chars().count() > 140 { "…" } else { "" })).italics(),
        );
    }
    if at.others > 0 {
        ui.label(format!(
            "and {} more event{} of this type, date and score here",
            at.others,
            if at.others == 1 { "" } else { "s" }
        ));
    }
    ui.weak("click to open the evidence");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn week(day: i8, count: f64, net: f64) -> series::Bin {
        let start = jiff::civil::date(2025, 5, day);
        series::Bin { start, count, conflict: net.min(0.0), cooperation: net.max(0.0), net, mean: None, smoothed: None }
    }

    #[test]
    fn the_net_line_breaks_across_empty_bins_and_a_lone_bin_is_a_dash_across_it() {
        let bins = [week(5, 2.0, -3.0), week(12, 1.0, 2.0), week(19, 0.0, 0.0), week(26, 1.0, -1.0)];
        let runs = runs(&bins, BinSize::Week, |b| Some(b.net));
        let may = |d: i8| days_since_epoch(jiff::civil::date(2025, 5, d)) as f64;
        assert_eq!(runs.len(), 2, "the empty week of the 19th breaks the line");
        assert_eq!(runs[0], vec![[may(5) + 3.5, -3.0], [may(12) + 3.5, 2.0]]);
        assert_eq!(runs[1], vec![[may(26), -1.0], [may(26) + 7.0, -1.0]]);
    }
}
