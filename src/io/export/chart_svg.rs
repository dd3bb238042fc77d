//! The tension chart as a standalone SVG, built as a string from `analysis::series`: the weekly
//! net score as a line and every event as a point at its score, with a bar across the days an
//! imprecise date may cover. The same numbers the workbench's chart and `faultline series` show.

use std::fmt::Write;

use crate::analysis::series::{self, SeriesSpec};
use crate::model::Project;
use crate::model::date::{date_from_epoch_days, days_since_epoch};

use super::markup::escape_markup;
use super::report::{events_by_date, score, type_name};

const WIDTH: f64 = 900.0;
const HEIGHT: f64 = 380.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 36.0;
const BOTTOM: f64 = 40.0;

/// Maps days and scores to SVG coordinates.
struct Frame {
    first_day: f64,
    last_day: f64,
    low: f64,
    high: f64,
}

impl Frame {
    fn x(&self, day: f64) -> f64 {
        LEFT + (day - self.first_day) / (self.last_day - self.first_day).max(1.0) * (WIDTH - LEFT - RIGHT)
    }

    fn y(&self, value: f64) -> f64 {
        TOP + (self.high - value) / (self.high - self.low) * (HEIGHT - TOP - BOTTOM)
    }
}

pub fn tension_chart(p: &Project) -> String {
    let bins = series::compute(p, p.events.iter(), &SeriesSpec::default());
    let events = events_by_date(p);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"{WIDTH}\" height=\"{HEIGHT}\" \
         role=\"img\" aria-label=\"Tension over time\" font-family=\"sans-serif\" font-size=\"11\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n\
         <text x=\"{LEFT}\" y=\"20\" font-size=\"13\">Tension over time: weekly net score (line) and events by score (points)</text>\n"
    );
    let (Some(first), Some(last)) =
        (events.iter().map(|e| e.date.start).min(), events.iter().map(|e| e.date.end).max())
    else {
        svg.push_str("<text x=\"50%\" y=\"50%\" text-anchor=\"middle\">No events yet</text>\n</svg>\n");
        return svg;
    };
    // The score scale runs from -10 to +10; a busy week's net score may go beyond it. Gridlines
    // fall on multiples of 5. A non-finite score (a hand-edited file) must not stretch the scale,
    // nor can an absurd one make thousands of gridlines.
    let nets: Vec<f64> = bins.iter().map(|b| b.net).filter(|v| v.is_finite()).collect();
    let low = (nets.iter().copied().fold(-10.0_f64, f64::min).max(-1000.0) / 5.0).floor() * 5.0;
    let high = (nets.iter().copied().fold(10.0_f64, f64::max).min(1000.0) / 5.0).ceil() * 5.0;
    // The x axis covers every event's days and every whole week of the line.
    let first_bin = bins.first().map_or(first, |b| b.start.min(first));
    let last_bin_end = bins.last().map_or(0, |b| days_since_epoch(b.start) + 7);
    let frame = Frame {
        first_day: days_since_epoch(first_bin) as f64,
        last_day: (days_since_epoch(last) + 1).max(last_bin_end) as f64,
        low,
        high,
    };
    axes(&mut svg, &frame);
    net_line(&mut svg, &frame, &bins);
    for e in events {
        let colour = p.taxonomy.get(e.kind).map_or_else(|| "#666666".to_owned(), |t| t.colour.to_string());
        let y = frame.y(p.score_of(e));
        let (x0, x1) =
            (frame.x(days_since_epoch(e.date.start) as f64), frame.x(days_since_epoch(e.date.end) as f64 + 1.0));
        let label = format!(
            "{}: {} → {}, {} ({})",
            e.date,
            p.actor_name(e.source),
            p.actor_name(e.target),
            type_name(p, e.kind),
            score(p, e)
        );
        let _ = writeln!(
            svg,
            "<g><title>{}</title><line x1=\"{x0:.1}\" y1=\"{y:.1}\" x2=\"{x1:.1}\" y2=\"{y:.1}\" stroke=\"{colour}\" \
             stroke-width=\"3\" stroke-opacity=\"0.45\"/><circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"4.5\" fill=\"{colour}\" \
             stroke=\"#333333\" stroke-width=\"0.6\"/></g>",
            escape_markup(&label),
            frame.x(e.date.midpoint() + 0.5),
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// Score gridlines every 5 points and a tick at the first of each month.
fn axes(svg: &mut String, f: &Frame) {
    let mut value = f.low;
    while value <= f.high {
        let (y, width) = (f.y(value), if value == 0.0 { 1.2 } else { 0.5 });
        let _ = writeln!(
            svg,
            "<line x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#999999\" stroke-width=\"{width}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{value}</text>",
            WIDTH - RIGHT,
            LEFT - 6.0,
            y + 4.0,
        );
        value += 5.0;
    }
    let mut month = date_from_epoch_days(f.first_day as i64).first_of_month();
    while (days_since_epoch(month) as f64) <= f.last_day {
        let day = days_since_epoch(month) as f64;
        if day >= f.first_day {
            let x = f.x(day);
            let _ = writeln!(
                svg,
                "<line x1=\"{x:.1}\" y1=\"{TOP}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#dddddd\"/>\
                 <text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                HEIGHT - BOTTOM,
                HEIGHT - BOTTOM + 16.0,
                month.strftime("%b %Y"),
            );
        }
        month = month.saturating_add(jiff::ToSpan::month(1));
    }
}

/// The weekly net score, each bin drawn at the middle of its week.
fn net_line(svg: &mut String, f: &Frame, bins: &[series::Bin]) {
    let points: Vec<String> =
        bins.iter().map(|b| format!("{:.1},{:.1}", f.x(days_since_epoch(b.start) as f64 + 3.5), f.y(b.net))).collect();
    let _ = writeln!(
        svg,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#222222\" stroke-width=\"2\"><title>weekly net score</title></polyline>",
        points.join(" ")
    );
}
