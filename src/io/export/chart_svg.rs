//! The tension chart as SVG, drawn from the same series lanes and filter as the workbench's
//! chart: the binned net score as a line per dyad (overlaid in distinct colours, or each in a
//! lane of its own), every shown event as a point at its score coloured by type with a bar
//! across the days an imprecise date may cover, the eras shaded behind, axes, labels, a legend
//! and a title. The reports use it at their fixed size; the chart pane and `faultline chart` at
//! any size, and as PNG through `chart_png`.

use std::fmt::Write;

use crate::analysis::filter::EventFilter;
use crate::analysis::series::{self, BinSize, Lane, SeriesSpec, on_series};
use crate::model::date::{date_from_epoch_days, days_since_epoch};
use crate::model::{Colour, Event, Project};

use super::markup::escape_markup;
use super::report::{events_by_date, score, type_name};

/// Sizes outside this range are clamped: smaller cannot hold the axes, larger is no report.
pub const MIN_SIZE: u32 = 200;
pub const MAX_SIZE: u32 = 8000;

const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const BOTTOM: f64 = 46.0;
/// Room above each lane for its dyad's name.
const LANE_GAP: f64 = 20.0;
/// A rough width of one character at the chart's 11 px font (DejaVu Sans is among the wider
/// faces), to wrap the legend; and at the title's 13 px bold.
const CHAR_WIDTH: f64 = 6.9;
const TITLE_CHAR_WIDTH: f64 = 8.4;

/// What to draw and how big.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    pub width: u32,
    pub height: u32,
    pub series: SeriesSpec,
    pub filter: EventFilter,
    /// Each dyad in a lane of its own rather than overlaid.
    pub lanes: bool,
    /// `None` for a title that says what is drawn.
    pub title: Option<String>,
}

impl ChartSpec {
    /// The reports' chart: every event, weekly, 900 × 380.
    pub fn report() -> Self {
        Self {
            width: 900,
            height: 380,
            series: SeriesSpec::default(),
            filter: EventFilter::default(),
            lanes: false,
            title: None,
        }
    }

    pub fn title(&self, p: &Project) -> String {
        if let Some(t) = self.title.as_ref().filter(|t| !t.trim().is_empty()) {
            return t.clone();
        }
        let mut t = format!(
            "Tension over time: {} net score (line{}) and events by score (points)",
            self.series.bin.adjective(),
            if self.filter.dyads.len() > 1 { "s" } else { "" }
        );
        if !self.filter.dyads.is_empty() {
            let names: Vec<String> = self.filter.dyads.iter().map(|d| d.label(p)).collect();
            let _ = write!(t, "; {}", names.join(", "));
        }
        let w = self.filter.window;
        if !w.is_open() {
            let end = |d: Option<jiff::civil::Date>| d.map_or_else(|| "…".to_owned(), |d| d.to_string());
            let _ = write!(t, "; {} to {}", end(w.from), end(w.to));
        }
        t
    }
}

/// The colour of the `index`-th dyad's line (the first is the single line's dark grey).
pub fn lane_colour(index: usize) -> Colour {
    const LINES: [Colour; 6] = [
        Colour::rgb(0x37, 0x47, 0x4f),
        Colour::rgb(0xc6, 0x28, 0x28),
        Colour::rgb(0x15, 0x65, 0xc0),
        Colour::rgb(0x2e, 0x7d, 0x32),
        Colour::rgb(0x6a, 0x1b, 0x9a),
        Colour::rgb(0xef, 0x6c, 0x00),
    ];
    LINES[index % LINES.len()]
}

/// The chart the HTML and Markdown reports include.
pub fn tension_chart(p: &Project) -> String {
    render(p, &ChartSpec::report())
}

/// Days across the plot and their pixels.
struct XAxis {
    left: f64,
    right: f64,
    first: f64,
    last: f64,
}

impl XAxis {
    fn x(&self, day: f64) -> f64 {
        self.left + (day - self.first) / (self.last - self.first).max(1.0) * (self.right - self.left)
    }

    /// Like `x`, kept inside the plot: what a window cuts off is drawn up to its edge. (No SVG
    /// clip paths: the HTML report refers to nothing, not even to its own `url(#…)`.)
    fn x_in(&self, day: f64) -> f64 {
        self.x(day).clamp(self.left, self.right)
    }

    fn shows(&self, day: f64) -> bool {
        (self.first..=self.last).contains(&day)
    }
}

/// One plot band: all lanes overlaid, or one lane.
struct Band {
    top: f64,
    bottom: f64,
    low: f64,
    high: f64,
}

impl Band {
    fn y(&self, value: f64) -> f64 {
        self.top + (self.high - value) / (self.high - self.low) * (self.bottom - self.top)
    }
}

enum Swatch {
    Point(Colour),
    Line(Colour, bool),
    Area(Colour),
}

pub fn render(p: &Project, spec: &ChartSpec) -> String {
    let (width, height) = (spec.width.clamp(MIN_SIZE, MAX_SIZE) as f64, spec.height.clamp(MIN_SIZE, MAX_SIZE) as f64);
    let title = spec.title(p);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" \
         role=\"img\" aria-label=\"{}\" font-family=\"sans-serif\" font-size=\"11\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n",
        escape_markup(&title),
    );
    // The title wraps at word boundaries to the width of the picture.
    let per_line = ((width - LEFT - RIGHT) / TITLE_CHAR_WIDTH).max(10.0) as usize;
    let mut title_y = 20.0;
    for (i, line) in wrap(&title, per_line).iter().enumerate() {
        title_y = 20.0 + 17.0 * i as f64;
        let _ = writeln!(
            svg,
            "<text x=\"{LEFT}\" y=\"{title_y}\" font-size=\"13\" font-weight=\"bold\">{}</text>",
            escape_markup(line)
        );
    }
    // A span too long to draw (a far-off date) is said where the chart would be, so a report
    // is still written and says why it has no chart.
    if let Err(too_long) = series::check_span(p, &spec.filter, &spec.series) {
        let message = too_long.message("Correct that date, or narrow the dates shown or use a longer bin");
        for (i, line) in wrap(&format!("No chart: {message}"), per_line).iter().enumerate() {
            let y = title_y + 30.0 + 15.0 * i as f64;
            let _ = writeln!(svg, "<text x=\"{LEFT}\" y=\"{y}\">{}</text>", escape_markup(line));
        }
        svg.push_str("</svg>\n");
        return svg;
    }
    let lanes = series::lanes(p, &spec.filter, &spec.series);
    let events: Vec<&Event> = events_by_date(p)
        .into_iter()
        .filter(|e| on_series(p, e, spec.series.include_neutral) && spec.filter.shows(p, e))
        .collect();
    let (Some(first), Some(last)) =
        (events.iter().map(|e| e.date.start).min(), events.iter().map(|e| e.date.end).max())
    else {
        svg.push_str("<text x=\"50%\" y=\"50%\" text-anchor=\"middle\">No events to show</text>\n</svg>\n");
        return svg;
    };
    // The x axis covers the window when one is set, else every event's days and every whole bin.
    let bin_days = |b: &series::Bin| (days_since_epoch(b.start), days_since_epoch(spec.series.bin.next(b.start)));
    let bins = || lanes.iter().flat_map(|l| l.bins.iter());
    let data_first = bins().map(|b| bin_days(b).0).chain([days_since_epoch(first)]).min().unwrap_or(0);
    let data_last = bins().map(|b| bin_days(b).1).chain([days_since_epoch(last) + 1]).max().unwrap_or(0);
    let window = spec.filter.window;
    let axis = XAxis {
        left: LEFT,
        right: width - RIGHT,
        first: window.from.map_or(data_first, days_since_epoch) as f64,
        last: window.to.map_or(data_last, |t| days_since_epoch(t) + 1) as f64,
    };

    let legend = legend(p, &events, &lanes, spec);
    let top = legend_rows(&mut svg, &legend, width, title_y + 20.0) + 8.0;
    let plot_bottom = height - BOTTOM;
    let lane_mode = spec.lanes && lanes.len() > 1;
    let groups: Vec<Vec<usize>> =
        if lane_mode { (0..lanes.len()).map(|i| vec![i]).collect() } else { vec![(0..lanes.len()).collect()] };
    let gap = if lane_mode { LANE_GAP } else { 0.0 };
    let band_height = ((plot_bottom - top - gap * groups.len() as f64) / groups.len() as f64).max(10.0);
    for (i, group) in groups.iter().enumerate() {
        let band_top = top + gap + i as f64 * (band_height + gap);
        let nets = group.iter().flat_map(|&l| lanes[l].bins.iter().flat_map(|b| [Some(b.net), b.smoothed]).flatten());
        let (low, high) = score_range(nets.chain(events.iter().map(|e| p.score_of(e))));
        let band = Band { top: band_top, bottom: band_top + band_height, low, high };
        eras(&mut svg, p, &axis, &band);
        score_grid(&mut svg, &axis, &band);
        for &l in group {
            let lane = &lanes[l];
            let in_lane = |e: &&&Event| !lane_mode || lane.dyad.is_none_or(|d| d.matches(p, e));
            for e in events.iter().filter(in_lane) {
                point(&mut svg, p, e, &axis, &band);
            }
            net_line(&mut svg, p, lane, l, spec.series.bin, &axis, &band);
        }
        if lane_mode && let Some(d) = lanes[i].dyad {
            let _ = writeln!(
                svg,
                "<text x=\"{LEFT}\" y=\"{:.1}\" font-weight=\"bold\" fill=\"{}\">{}</text>",
                band.top - 6.0,
                lane_colour(i),
                escape_markup(&d.label(p))
            );
        }
    }
    date_ticks(&mut svg, &axis, top, plot_bottom);
    let _ = writeln!(
        svg,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">event date</text>\n\
         <text x=\"14\" y=\"{:.1}\" text-anchor=\"middle\" transform=\"rotate(-90 14 {:.1})\">score (− conflict · + cooperation)</text>",
        (axis.left + axis.right) / 2.0,
        height - 8.0,
        (top + plot_bottom) / 2.0,
        (top + plot_bottom) / 2.0,
    );
    svg.push_str("</svg>\n");
    svg
}

/// From -10 to +10, stretched to take a busy bin's net score, on multiples of 5. A non-finite
/// score (a hand-edited file) must not stretch the scale, nor can an absurd one make thousands
/// of gridlines.
fn score_range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (low, high) = values.filter(|v| v.is_finite()).fold((-10.0_f64, 10.0_f64), |(l, h), v| (l.min(v), h.max(v)));
    ((low.max(-1000.0) / 5.0).floor() * 5.0, (high.min(1000.0) / 5.0).ceil() * 5.0)
}

/// Types of the points shown, the line(s), the smoothed line(s) and the eras in view.
fn legend(p: &Project, events: &[&Event], lanes: &[Lane], spec: &ChartSpec) -> Vec<(Swatch, String)> {
    let mut items = Vec::new();
    let mut kinds: Vec<_> = events.iter().map(|e| e.kind).collect();
    kinds.sort_by_key(|&k| type_name(p, k).to_owned());
    kinds.dedup();
    for k in kinds {
        let colour = p.taxonomy.get(k).map_or(Colour::rgb(0x66, 0x66, 0x66), |t| t.colour);
        items.push((Swatch::Point(colour), type_name(p, k).to_owned()));
    }
    for (i, lane) in lanes.iter().enumerate() {
        let name = lane.dyad.map_or_else(|| format!("{} net score", spec.series.bin.adjective()), |d| d.label(p));
        items.push((Swatch::Line(lane_colour(i), false), name));
    }
    if let Some(label) = spec.series.smoothing_label() {
        items.push((Swatch::Line(lane_colour(0), true), label));
    }
    for era in p.eras.iter().filter(|e| spec.filter.window.overlaps_days(e.start, e.end)) {
        items.push((Swatch::Area(era.colour), era.name.clone()));
    }
    items
}

/// Lines of at most `per_line` characters, broken between words where there are any.
fn wrap(text: &str, per_line: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= per_line => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// Writes the legend in rows from `y` down; returns where the plot may begin.
fn legend_rows(svg: &mut String, items: &[(Swatch, String)], width: f64, mut y: f64) -> f64 {
    let mut x = LEFT;
    for (swatch, name) in items {
        let item_width = 20.0 + name.chars().count() as f64 * CHAR_WIDTH + 14.0;
        if x + item_width > width - RIGHT && x > LEFT {
            (x, y) = (LEFT, y + 16.0);
        }
        let _ = match swatch {
            Swatch::Point(c) => write!(
                svg,
                "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"10\" height=\"10\" rx=\"5\" fill=\"{c}\" stroke=\"#333333\" stroke-width=\"0.6\"/>",
                y - 9.0
            ),
            Swatch::Line(c, dashed) => write!(
                svg,
                "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{c}\" stroke-width=\"2\"{}/>",
                y - 4.0,
                x + 14.0,
                y - 4.0,
                if *dashed { " stroke-dasharray=\"4 3\"" } else { "" }
            ),
            Swatch::Area(c) => write!(
                svg,
                "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"14\" height=\"10\" fill=\"{c}\" fill-opacity=\"0.35\"/>",
                y - 9.0
            ),
        };
        let _ = writeln!(svg, "<text x=\"{:.1}\" y=\"{y:.1}\">{}</text>", x + 20.0, escape_markup(name));
        x += item_width;
    }
    y
}

fn eras(svg: &mut String, p: &Project, axis: &XAxis, band: &Band) {
    for era in p.eras.iter() {
        let (x0, x1) =
            (axis.x_in(days_since_epoch(era.start) as f64), axis.x_in(days_since_epoch(era.end) as f64 + 1.0));
        if x1 <= x0 {
            continue;
        }
        let _ = writeln!(
            svg,
            "<rect x=\"{x0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\" fill-opacity=\"0.18\"><title>{}</title></rect>",
            band.top,
            x1 - x0,
            band.bottom - band.top,
            era.colour,
            escape_markup(&era.name)
        );
    }
}

/// Score gridlines every 5 points (every 10 or more when the band is short), labelled.
fn score_grid(svg: &mut String, axis: &XAxis, band: &Band) {
    let per_five = (band.bottom - band.top) / ((band.high - band.low) / 5.0);
    let step = if per_five >= 14.0 { 5.0 } else { 5.0 * (14.0 / per_five).ceil() };
    let mut value = (band.low / step).ceil() * step;
    while value <= band.high {
        let (y, stroke) = (band.y(value), if value == 0.0 { 1.2 } else { 0.5 });
        let _ = writeln!(
            svg,
            "<line x1=\"{:.1}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#999999\" stroke-width=\"{stroke}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{value}</text>",
            axis.left,
            axis.right,
            axis.left - 6.0,
            y + 4.0,
        );
        value += step;
    }
}

fn point(svg: &mut String, p: &Project, e: &Event, axis: &XAxis, band: &Band) {
    let colour = p.taxonomy.get(e.kind).map_or_else(|| "#666666".to_owned(), |t| t.colour.to_string());
    let y = band.y(p.score_of(e));
    let (x0, x1) =
        (axis.x_in(days_since_epoch(e.date.start) as f64), axis.x_in(days_since_epoch(e.date.end) as f64 + 1.0));
    let label = format!(
        "{}: {} → {}, {} ({})",
        e.date,
        p.actor_name(e.source),
        p.actor_name(e.target),
        type_name(p, e.kind),
        score(p, e)
    );
    // The point sits at the middle of the date; when a window cuts that off, the bar remains.
    let middle = e.date.midpoint() + 0.5;
    let circle = if axis.shows(middle) {
        format!(
            "<circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"4.5\" fill=\"{colour}\" stroke=\"#333333\" stroke-width=\"0.6\"/>",
            axis.x(middle)
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        svg,
        "<g><title>{}</title><line x1=\"{x0:.1}\" y1=\"{y:.1}\" x2=\"{x1:.1}\" y2=\"{y:.1}\" stroke=\"{colour}\" \
         stroke-width=\"3\" stroke-opacity=\"0.45\"/>{circle}</g>",
        escape_markup(&label),
    );
}

/// A lane's net score, each bin drawn at its middle, and its smoothed line when there is one.
fn net_line(svg: &mut String, p: &Project, lane: &Lane, index: usize, bin: BinSize, axis: &XAxis, band: &Band) {
    let middle =
        |b: &series::Bin| (days_since_epoch(b.start) as f64 + days_since_epoch(bin.next(b.start)) as f64) / 2.0;
    let name = lane.dyad.map_or_else(|| format!("{} net score", bin.adjective()), |d| d.label(p));
    let colour = lane_colour(index);
    let line = |values: Vec<(f64, f64)>, dashed: bool| {
        let points: Vec<String> =
            values.iter().map(|&(d, v)| format!("{:.1},{:.1}", axis.x_in(d), band.y(v))).collect();
        format!(
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{}><title>{}</title></polyline>\n",
            points.join(" "),
            if dashed { " stroke-dasharray=\"4 3\"" } else { "" },
            escape_markup(&name)
        )
    };
    svg.push_str(&line(lane.bins.iter().map(|b| (middle(b), b.net)).collect(), false));
    let smoothed: Vec<(f64, f64)> = lane.bins.iter().filter_map(|b| Some((middle(b), b.smoothed?))).collect();
    if !smoothed.is_empty() {
        svg.push_str(&line(smoothed, true));
    }
}

/// A spacing of date marks: roughly how many days apart, which dates carry one, their label.
struct TickStep {
    days: f64,
    starts: fn(jiff::civil::Date) -> bool,
    format: &'static str,
}

/// Vertical gridlines and date labels on calendar boundaries, as fine as the width allows.
fn date_ticks(svg: &mut String, axis: &XAxis, top: f64, bottom: f64) {
    let per_day = (axis.right - axis.left) / (axis.last - axis.first).max(1.0);
    let steps = [
        TickStep { days: 1.0, starts: |_| true, format: "%-d %b" },
        TickStep { days: 7.0, starts: |d| d.weekday() == jiff::civil::Weekday::Monday, format: "%-d %b" },
        TickStep { days: 28.0, starts: |d| d.day() == 1, format: "%b %Y" },
        TickStep { days: 90.0, starts: |d| d.day() == 1 && (d.month() - 1) % 3 == 0, format: "%b %Y" },
        TickStep { days: 365.0, starts: |d| d.day_of_year() == 1, format: "%Y" },
    ];
    let &TickStep { starts, format, .. } = steps.iter().find(|s| s.days * per_day >= 64.0).unwrap_or(&steps[4]);
    let mut day = axis.first.ceil() as i64;
    let mut marks = 0;
    while (day as f64) <= axis.last && marks < 400 {
        let date = date_from_epoch_days(day);
        if starts(date) {
            let x = axis.x(day as f64);
            let _ = writeln!(
                svg,
                "<line x1=\"{x:.1}\" y1=\"{top:.1}\" x2=\"{x:.1}\" y2=\"{bottom:.1}\" stroke=\"#dddddd\"/>\
                 <text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                bottom + 16.0,
                date.strftime(format),
            );
            marks += 1;
        }
        // Years are found by walking months, not days.
        day += if format == "%Y" || format == "%b %Y" {
            i64::from(date.days_in_month()) - i64::from(date.day()) + 1
        } else {
            1
        };
    }
    let _ = writeln!(
        svg,
        "<line x1=\"{:.1}\" y1=\"{bottom:.1}\" x2=\"{:.1}\" y2=\"{bottom:.1}\" stroke=\"#333333\"/>",
        axis.left, axis.right
    );
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn titles_wrap_between_words() {
        assert_eq!(wrap("Tension over time: weekly", 12), vec!["Tension over", "time: weekly"]);
        assert_eq!(wrap("short", 40), vec!["short"]);
        assert_eq!(wrap("unbreakablewordhere x", 5), vec!["unbreakablewordhere", "x"]);
    }
}
