//! The chart's event marks, built once per document and filter state (with the cached series)
//! rather than every frame: where each event is plotted, and per event type its distinct
//! points and range bars, sorted by date so a frame can take just the ones in view.
//!
//! Events of one type on the same day with the same score are one mark: drawn once, they look
//! the same as drawn many times over, and 50,000 events come down to the marks that differ.

use std::collections::BTreeMap;

use egui::Color32;
use egui::epaint::{CircleShape, RectShape, Shape, Stroke};
use egui_plot::{ClosestElem, PlotBounds, PlotGeometry, PlotItem, PlotItemBase, PlotPoint, PlotTransform};

use crate::model::date::days_since_epoch;
use crate::model::{Event, EventId, Project};
use crate::ui::colours::c32;

/// Radius of an event's point, in screen points.
pub const POINT_RADIUS: f32 = 5.0;
/// Width of the bar across an imprecise date, in screen points.
const BAR_WIDTH: f32 = 3.0;

/// Where one event is plotted: at the middle of its date range, at its score.
#[derive(Clone, Copy, Debug)]
pub struct Placed {
    pub id: EventId,
    pub x: f64,
    pub y: f64,
    /// The x range its date covers (one day for a precise date).
    pub start: f64,
    pub end: f64,
}

impl Placed {
    pub fn of(p: &Project, e: &Event) -> Self {
        let start = days_since_epoch(e.date.start) as f64;
        let end = days_since_epoch(e.date.end) as f64 + 1.0;
        Self { id: e.id, x: (start + end) / 2.0, y: p.score_of(e), start, end }
    }
}

/// The marks of one event type (types that share a name share a legend entry and marks).
pub struct KindMarks {
    pub name: String,
    pub colour: Color32,
    /// Distinct points, sorted by x then y.
    points: Vec<PlotPoint>,
    /// The events at each point, in project order.
    events: Vec<Vec<EventId>>,
    /// Bars `[start, end, y]` across imprecise dates, those at one score that overlap or touch
    /// joined into one.
    bars: Vec<[f64; 3]>,
    /// What the points and the bars span, for fitting the view.
    point_bounds: PlotBounds,
    bar_bounds: PlotBounds,
}

/// The bars across the imprecise dates of `placed`, as their union at each score: bars of one
/// colour and width that overlap or touch draw the same as one (a run of weeks joins up).
fn merged_bars(placed: &[Placed]) -> Vec<[f64; 3]> {
    let mut bars: Vec<[f64; 3]> =
        placed.iter().filter(|pl| pl.end - pl.start > 1.0).map(|pl| [pl.start, pl.end, pl.y]).collect();
    bars.sort_by(|a, b| a[2].total_cmp(&b[2]).then(a[0].total_cmp(&b[0])));
    let mut merged: Vec<[f64; 3]> = Vec::with_capacity(bars.len());
    for [start, end, y] in bars {
        match merged.last_mut() {
            Some(last) if last[2] == y && start <= last[1] => last[1] = last[1].max(end),
            _ => merged.push([start, end, y]),
        }
    }
    merged
}

/// An event under the pointer, and how many others share its mark.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Picked {
    pub event: EventId,
    pub others: usize,
    distance: f32,
}

/// The marks of `placed` (events of `p`), one entry per type name in name order.
pub fn build(p: &Project, placed: impl Iterator<Item = Placed>) -> Vec<KindMarks> {
    let mut by_name: BTreeMap<&str, (Color32, Vec<Placed>)> = BTreeMap::new();
    for pl in placed {
        let kind = p.events.get(pl.id).and_then(|e| p.taxonomy.get(e.kind));
        let (name, colour) = kind.map_or(("?", Color32::GRAY), |t| (t.name.as_str(), c32(t.colour)));
        by_name.entry(name).or_insert((colour, Vec::new())).1.push(pl);
    }
    by_name.into_iter().map(|(name, (colour, placed))| KindMarks::new(name, colour, placed)).collect()
}

impl KindMarks {
    fn new(name: &str, colour: Color32, mut placed: Vec<Placed>) -> Self {
        // A stable sort keeps project order among events at one point.
        placed.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y)));
        let mut points: Vec<PlotPoint> = Vec::new();
        let mut events: Vec<Vec<EventId>> = Vec::new();
        for pl in &placed {
            match (points.last(), events.last_mut()) {
                (Some(last), Some(at)) if last.x == pl.x && last.y == pl.y => at.push(pl.id),
                _ => {
                    points.push(PlotPoint::new(pl.x, pl.y));
                    events.push(vec![pl.id]);
                }
            }
        }
        let bars = merged_bars(&placed);
        let mut point_bounds = PlotBounds::NOTHING;
        for p in &points {
            point_bounds.extend_with(p);
        }
        let mut bar_bounds = PlotBounds::NOTHING;
        for &[start, end, y] in &bars {
            bar_bounds.extend_with(&PlotPoint::new(start, y));
            bar_bounds.extend_with(&PlotPoint::new(end, y));
        }
        Self { name: name.to_owned(), colour, points, events, bars, point_bounds, bar_bounds }
    }

    /// The points with x in `lo..=hi`, as a range of indices.
    fn between(&self, lo: f64, hi: f64) -> std::ops::Range<usize> {
        self.points.partition_point(|p| p.x < lo)..self.points.partition_point(|p| p.x <= hi)
    }

    /// The nearest of this type's events within `radius` screen points of `pointer`.
    pub fn pick(&self, transform: &PlotTransform, pointer: egui::Pos2, radius: f32) -> Option<Picked> {
        let reach = f64::from(radius) * transform.dvalue_dpos()[0].abs();
        let x = transform.value_from_position(pointer).x;
        let range = self.between(x - reach, x + reach);
        let near = range
            .map(|i| (i, transform.position_from_point(&self.points[i]).distance(pointer)))
            .filter(|&(_, d)| d <= radius)
            .min_by(|a, b| a.1.total_cmp(&b.1))?;
        let at = &self.events[near.0];
        Some(Picked { event: at[0], others: at.len() - 1, distance: near.1 })
    }

    /// The plot items that draw these marks: the bars, and the points (drawn after every bar).
    pub fn bars_item(&self) -> Option<RangeBars<'_>> {
        (!self.bars.is_empty()).then(|| RangeBars { base: PlotItemBase::new(self.name.clone()), marks: self })
    }

    pub fn points_item(&self) -> MarkPoints<'_> {
        MarkPoints { base: PlotItemBase::new(self.name.clone()), marks: self }
    }
}

/// The nearest event among several types' marks.
pub fn pick(kinds: &[KindMarks], transform: &PlotTransform, pointer: egui::Pos2, radius: f32) -> Option<Picked> {
    kinds.iter().filter_map(|k| k.pick(transform, pointer, radius)).min_by(|a, b| a.distance.total_cmp(&b.distance))
}

/// Circles of one colour in one pixel row whose centres are at most this far apart (in screen
/// points) are drawn as one rounded bar: it differs from their union by under a tenth of a
/// point (r - sqrt(r² - (gap / 2)²) = 0.1 for r = 5).
const RUN_GAP: f32 = 2.0;

/// A row of overlapping circles being collected: the x of the first and last centre.
#[derive(Clone, Copy)]
struct Run {
    first: f32,
    last: f32,
    y: f32,
}

impl Run {
    fn shape(self, radius: f32, fill: Color32) -> Shape {
        let center = egui::pos2(self.first, self.y);
        if self.first == self.last {
            return Shape::Circle(CircleShape { center, radius, fill, stroke: Stroke::NONE });
        }
        let rect = egui::Rect::from_min_max(
            egui::pos2(self.first - radius, self.y - radius),
            egui::pos2(self.last + radius, self.y + radius),
        );
        // Not snapped to the pixel grid, like the circles it stands for.
        Shape::Rect(RectShape::filled(rect, radius, fill).with_round_to_pixels(false))
    }
}

/// A type's points as one plot item. Only the points in view are drawn, and overlapping ones
/// of a pixel row as one shape: zoomed out over two years, a type's events at its default
/// score make a few rounded bars rather than thousands of circles.
pub struct MarkPoints<'a> {
    base: PlotItemBase,
    marks: &'a KindMarks,
}

impl PlotItem for MarkPoints<'_> {
    fn shapes(&self, _ui: &egui::Ui, transform: &PlotTransform, shapes: &mut Vec<Shape>) {
        let radius = if self.highlighted() { POINT_RADIUS * std::f32::consts::SQRT_2 } else { POINT_RADIUS };
        let fill = self.marks.colour;
        let frame = transform.frame().expand(radius);
        let pad = f64::from(radius) * transform.dvalue_dpos()[0].abs();
        let bounds = transform.bounds();
        let range = self.marks.between(bounds.min()[0] - pad, bounds.max()[0] + pad);
        // Points come in x order: a point either extends its row's run or ends it.
        let top = frame.top().floor() as i32;
        let mut runs: Vec<Option<Run>> = vec![None; frame.height().ceil() as usize + 2];
        for point in &self.marks.points[range] {
            let center = transform.position_from_point(point);
            if !frame.contains(center) {
                continue;
            }
            match &mut runs[(center.y.round() as i32 - top) as usize] {
                Some(run) if center.x - run.last <= RUN_GAP => run.last = center.x,
                slot => {
                    if let Some(done) = slot.replace(Run { first: center.x, last: center.x, y: center.y }) {
                        shapes.push(done.shape(radius, fill));
                    }
                }
            }
        }
        shapes.extend(runs.into_iter().flatten().map(|run| run.shape(radius, fill)));
    }

    fn initialize(&mut self, _x_range: std::ops::RangeInclusive<f64>) {}

    fn color(&self) -> Color32 {
        self.marks.colour
    }

    fn geometry(&self) -> PlotGeometry<'_> {
        PlotGeometry::Points(&self.marks.points)
    }

    /// Only the points near the pointer are measured (egui_plot's default measures them all).
    fn find_closest(&self, point: egui::Pos2, transform: &PlotTransform) -> Option<ClosestElem> {
        const REACH: f32 = 4.0 * POINT_RADIUS;
        let reach = f64::from(REACH) * transform.dvalue_dpos()[0].abs();
        let x = transform.value_from_position(point).x;
        self.marks
            .between(x - reach, x + reach)
            .map(|index| ClosestElem {
                index,
                dist_sq: transform.position_from_point(&self.marks.points[index]).distance_sq(point),
            })
            .min_by(|a, b| a.dist_sq.total_cmp(&b.dist_sq))
    }

    fn bounds(&self) -> PlotBounds {
        self.marks.point_bounds
    }

    fn base(&self) -> &PlotItemBase {
        &self.base
    }

    fn base_mut(&mut self) -> &mut PlotItemBase {
        &mut self.base
    }
}

/// A type's bars across imprecise dates as one plot item, drawn where they are in view.
pub struct RangeBars<'a> {
    base: PlotItemBase,
    marks: &'a KindMarks,
}

impl PlotItem for RangeBars<'_> {
    fn shapes(&self, _ui: &egui::Ui, transform: &PlotTransform, shapes: &mut Vec<Shape>) {
        let width = if self.highlighted() { 2.0 * BAR_WIDTH } else { BAR_WIDTH };
        let stroke = Stroke::new(width, self.marks.colour);
        let (lo, hi) = (transform.bounds().min()[0], transform.bounds().max()[0]);
        for &[start, end, y] in self.marks.bars.iter().filter(|b| b[1] >= lo && b[0] <= hi) {
            let from = transform.position_from_point(&PlotPoint::new(start, y));
            let to = transform.position_from_point(&PlotPoint::new(end, y));
            // A path, as egui_plot draws lines: epaint snaps a lone segment to the pixel grid,
            // which would open hairline gaps between bars a fraction of a pixel apart.
            shapes.push(Shape::line(vec![from, to], stroke));
        }
    }

    fn initialize(&mut self, _x_range: std::ops::RangeInclusive<f64>) {}

    fn color(&self) -> Color32 {
        self.marks.colour
    }

    fn geometry(&self) -> PlotGeometry<'_> {
        PlotGeometry::None
    }

    fn bounds(&self) -> PlotBounds {
        self.marks.bar_bounds
    }

    fn base(&self) -> &PlotItemBase {
        &self.base
    }

    fn base_mut(&mut self) -> &mut PlotItemBase {
        &mut self.base
    }
}
