//! The tension chart: one point per event at the date the act happened (y = score, coloured by
//! type), a bar across the range of an imprecise date, the binned net score as a line, and the
//! project's eras shaded behind. Hover shows the event; click opens its evidence.

use std::collections::BTreeMap;

use egui_plot::{GridInput, GridMark, HLine, Legend, Line, MarkerShape, Plot, PlotPoints, Points, Span};

use crate::analysis::series::{self, Bin, BinSize, Dyad, SeriesSpec};
use crate::model::date::{date_from_epoch_days, days_since_epoch};
use crate::model::{Event, EventId, Project};

use crate::ui::colours::{NET_LINE, c32};
use crate::ui::state::{Action, ChartFilter};
use crate::ui::workbench::Cx;

/// Events closer than this to the pointer, in pixels, are hovered and clicked.
const PICK_RADIUS: f32 = 12.0;

#[derive(Default)]
pub struct ChartView {
    cache: Option<(CacheKey, ChartData)>,
}

#[derive(Clone, PartialEq)]
struct CacheKey {
    state: u64,
    bin: BinSize,
    filter: ChartFilter,
}

/// What the chart draws, recomputed only when the project or the filters change.
struct ChartData {
    /// (event, x of its point, score, x range of its date).
    points: Vec<(EventId, f64, f64, (f64, f64))>,
    bins: Vec<Bin>,
    spec: SeriesSpec,
}

impl ChartData {
    fn compute(p: &Project, spec: SeriesSpec, filter: &ChartFilter) -> Self {
        let evidence_has = |e: &Event, test: &dyn Fn(&crate::model::Claim) -> bool| {
            e.evidence.iter().filter_map(|c| p.claims.get(*c)).any(test)
        };
        let shown = |e: &&Event| {
            series::on_series(p, e, spec.include_neutral)
                && spec.dyad.is_none_or(|d| d.matches(p, e))
                && !filter.hidden_types.contains(&e.kind)
                && filter.tag.is_none_or(|t| evidence_has(e, &|c| c.tags.contains(&t)))
                && filter.article.is_none_or(|a| evidence_has(e, &|c| c.article == a))
        };
        let events: Vec<&Event> = p.events.iter().filter(shown).collect();
        let points = events
            .iter()
            .map(|e| {
                let start = days_since_epoch(e.date.start) as f64;
                let end = days_since_epoch(e.date.end) as f64 + 1.0;
                (e.id, (start + end) / 2.0, p.score_of(e), (start, end))
            })
            .collect();
        let bins = series::compute(p, events.iter().copied(), &spec);
        Self { points, bins, spec }
    }
}

impl ChartView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        let chart = &mut cx.state.chart;
        let dyad = chart.filter.dyad.map(|(source, target)| Dyad { source, target });
        let key = CacheKey { state: cx.doc.state(), bin: chart.bin, filter: chart.filter.clone() };
        if self.cache.as_ref().is_none_or(|(k, _)| *k != key) {
            let smooth = chart.filter.smooth.then_some(match chart.bin {
                BinSize::Day => 7,
                BinSize::Week => 4,
                BinSize::Month => 3,
            });
            let spec = SeriesSpec { bin: chart.bin, dyad, smooth, include_neutral: false };
            self.cache = Some((key, ChartData::compute(p, spec, &chart.filter)));
        }
        let Some((_, data)) = &self.cache else { return };

        let mut reset = false;
        ui.horizontal_wrapped(|ui| {
            ui.strong(format!("{} events on the chart", data.points.len()));
            ui.separator();
            ui.label("Bin");
            for b in BinSize::ALL {
                ui.selectable_value(&mut chart.bin, b, b.label());
            }
            ui.separator();
            let label = |d: Option<(crate::model::ActorId, crate::model::ActorId)>| match d {
                Some((s, t)) => Dyad { source: s, target: t }.label(p),
                None => "All events".to_owned(),
            };
            let f = &mut chart.filter;
            egui::ComboBox::new("chart-dyad", "Dyad").selected_text(label(f.dyad)).show_ui(ui, |ui| {
                ui.selectable_value(&mut f.dyad, None, "All events");
                let states: Vec<_> = p.actors.iter().filter(|a| a.affiliation.is_none()).collect();
                for s in &states {
                    for t in states.iter().filter(|t| t.id != s.id) {
                        let d = Some((s.id, t.id));
                        ui.selectable_value(&mut f.dyad, d, label(d));
                    }
                }
            });
            ui.menu_button("Event types", |ui| {
                for t in p.taxonomy.iter().filter(|t| t.on_series) {
                    let mut shown = !f.hidden_types.contains(&t.id);
                    if ui.checkbox(&mut shown, format!("{} ({:+.1})", t.name, t.score)).changed() {
                        if shown {
                            f.hidden_types.remove(&t.id);
                        } else {
                            f.hidden_types.insert(t.id);
                        }
                    }
                }
            });
            let tag_name = f.tag.and_then(|t| p.tags.get(t)).map_or("any tag", |t| t.name.as_str());
            egui::ComboBox::new("chart-tag", "Tag").selected_text(tag_name).show_ui(ui, |ui| {
                ui.selectable_value(&mut f.tag, None, "any tag");
                for t in p.tags.iter() {
                    ui.selectable_value(&mut f.tag, Some(t.id), &t.name);
                }
            });
            let article_name = f.article.and_then(|a| p.articles.get(a)).map_or("any article", |a| a.title.as_str());
            egui::ComboBox::new("chart-article", "Article").width(160.0).selected_text(article_name).show_ui(
                ui,
                |ui| {
                    ui.selectable_value(&mut f.article, None, "any article");
                    for a in p.articles.iter() {
                        ui.selectable_value(&mut f.article, Some(a.id), &a.title);
                    }
                },
            );
            ui.checkbox(&mut f.smooth, "Smoothed");
            reset = ui.button("Reset view").clicked();
        });
        ui.weak(format!(
            "Points: events at the date the act happened (bars: imprecise dates, spread evenly in the series). Line: {} net score.",
            match chart.bin {
                BinSize::Day => "daily",
                BinSize::Week => "weekly",
                BinSize::Month => "monthly",
            }
        ));

        let center = chart.center_on.take();
        let selected = cx.state.selection.event;
        let response = Plot::new("tension-chart")
            .legend(Legend::default().position(egui_plot::Corner::LeftTop))
            .x_axis_label("event date")
            .y_axis_label("score  (− conflict · + cooperation)")
            .x_axis_formatter(|mark, _| date_label(mark.value, mark.step_size))
            .x_grid_spacer(date_grid)
            .label_formatter(|_| None)
            .include_y(-10.0)
            .include_y(10.0)
            .allow_double_click_reset(true)
            .show(ui, |plot| {
                if reset {
                    plot.set_auto_bounds(true);
                }
                if let Some(c) = center {
                    plot.set_plot_bounds_x(c - 14.0..=c + 14.0);
                }
                for era in p.eras.iter() {
                    let start = days_since_epoch(era.start) as f64;
                    let end = days_since_epoch(era.end) as f64 + 1.0;
                    plot.add(Span::new(era.name.clone(), start..=end).fill(c32(era.colour).gamma_multiply(0.18)));
                }
                plot.add(HLine::new("", 0.0).color(egui::Color32::GRAY).width(1.0));
                let half = match data.spec.bin {
                    BinSize::Day => 0.5,
                    BinSize::Week => 3.5,
                    BinSize::Month => 15.0,
                };
                let line: Vec<[f64; 2]> =
                    data.bins.iter().map(|b| [days_since_epoch(b.start) as f64 + half, b.net]).collect();
                plot.add(
                    Line::new(format!("{} net score", data.spec.bin.label()), PlotPoints::from(line))
                        .color(NET_LINE)
                        .width(2.0),
                );
                if let Some(label) = data.spec.smoothing_label() {
                    let smoothed: Vec<[f64; 2]> = data
                        .bins
                        .iter()
                        .filter_map(|b| Some([days_since_epoch(b.start) as f64 + half, b.smoothed?]))
                        .collect();
                    plot.add(
                        Line::new(label, PlotPoints::from(smoothed))
                            .color(NET_LINE)
                            .width(2.0)
                            .style(egui_plot::LineStyle::dashed_loose()),
                    );
                }

                // Points grouped by type, so the legend lists types with their colours.
                let mut by_type: BTreeMap<String, (egui::Color32, Vec<[f64; 2]>)> = BTreeMap::new();
                for &(id, x, y, (start, end)) in &data.points {
                    let Some(e) = p.events.get(id) else { continue };
                    let (name, colour) = p
                        .taxonomy
                        .get(e.kind)
                        .map_or(("?".to_owned(), egui::Color32::GRAY), |t| (t.name.clone(), c32(t.colour)));
                    if end - start > 1.0 {
                        plot.add(
                            Line::new(name.clone(), PlotPoints::from(vec![[start, y], [end, y]]))
                                .color(colour)
                                .width(3.0),
                        );
                    }
                    by_type.entry(name).or_insert((colour, Vec::new())).1.push([x, y]);
                    if selected == Some(id) {
                        plot.add(
                            Points::new("", PlotPoints::from(vec![[x, y]]))
                                .shape(MarkerShape::Circle)
                                .radius(9.0)
                                .filled(false)
                                .color(egui::Color32::BLACK),
                        );
                    }
                }
                for (name, (colour, pts)) in by_type {
                    plot.add(
                        Points::new(name, PlotPoints::from(pts))
                            .radius(5.0)
                            .color(colour)
                            .shape(MarkerShape::Circle)
                            .filled(true),
                    );
                }
            });

        let pointer = response.response.hover_pos().or(response.response.interact_pointer_pos());
        let nearest = pointer.and_then(|pos| {
            data.points
                .iter()
                .map(|&(id, x, y, _)| {
                    (id, response.transform.position_from_point(&egui_plot::PlotPoint::new(x, y)).distance(pos))
                })
                .filter(|&(_, d)| d <= PICK_RADIUS)
                .min_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(id, _)| id)
        });
        if let Some(e) = nearest.and_then(|id| p.events.get(id)) {
            if response.response.clicked() {
                cx.actions.push(Action::SelectEvent(e.id));
            }
            response.response.on_hover_ui_at_pointer(|ui| event_tooltip(ui, p, e));
        }
    }
}

fn event_tooltip(ui: &mut egui::Ui, p: &Project, e: &Event) {
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
    if let Some(c) = e.evidence.first().and_then(|c| p.claims.get(*c)) {
        let quote: String = c.quote.chars().take(140).collect();
        ui.label(
            egui::RichText::new(format!("“{quote}{}”", if c.quote.chars().count() > 140 { "…" } else { "" })).italics(),
        );
    }
    ui.weak("click to open the evidence");
}

/// An x-axis label for a day value, as coarse as the grid step.
fn date_label(x: f64, step: f64) -> String {
    let d = date_from_epoch_days(x.floor() as i64);
    if step >= 360.0 {
        d.strftime("%Y").to_string()
    } else if step >= 28.0 {
        d.strftime("%b %Y").to_string()
    } else {
        d.strftime("%-d %b").to_string()
    }
}

/// Grid marks on real calendar boundaries: days, Mondays, first days of months, or years.
fn date_grid(input: GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    let span = hi - lo;
    let (step, fine) = if span <= 24.0 {
        (1.0, BinSize::Day)
    } else if span <= 150.0 {
        (7.0, BinSize::Week)
    } else if span <= 1500.0 {
        (30.0, BinSize::Month)
    } else {
        (365.0, BinSize::Month)
    };
    let mut marks = Vec::new();
    let mut day = fine.start_of(date_from_epoch_days(lo.floor() as i64));
    let last = date_from_epoch_days(hi.ceil() as i64);
    while day <= last && marks.len() < 400 {
        let yearly = step >= 365.0;
        if !yearly || (day.month() == 1 && day.day() == 1) {
            marks.push(GridMark { value: days_since_epoch(day) as f64, step_size: step });
        }
        day = fine.next(day);
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grid_marks_follow_the_calendar_at_every_zoom() {
        let may1 = days_since_epoch(jiff::civil::date(2025, 5, 1)) as f64;
        let days = date_grid(GridInput { bounds: (may1, may1 + 10.0), base_step_size: 1.0 });
        assert_eq!(days.len(), 11);
        let weeks = date_grid(GridInput { bounds: (may1, may1 + 60.0), base_step_size: 1.0 });
        assert!(weeks.iter().all(|m| date_from_epoch_days(m.value as i64).weekday() == jiff::civil::Weekday::Monday));
        let months = date_grid(GridInput { bounds: (may1, may1 + 400.0), base_step_size: 1.0 });
        assert!(months.iter().all(|m| date_from_epoch_days(m.value as i64).day() == 1));
        let years = date_grid(GridInput { bounds: (may1 - 2000.0, may1), base_step_size: 1.0 });
        assert!(years.iter().all(|m| date_from_epoch_days(m.value as i64).day_of_year() == 1));
        assert_eq!(date_label(may1, 1.0), "1 May");
        assert_eq!(date_label(may1, 30.0), "May 2025");
        assert_eq!(date_label(may1, 365.0), "2025");
    }
}
