//! The actor network: actors as nodes (sized by the events they take part in), a directed edge
//! per source -> target with arrowhead, thickness by the number of events and colour by the sign
//! of their summed score. Clicking an edge lists its events; clicking one opens its evidence.
//! The chart's filters apply. Nodes sit on a circle in a fixed order and can be dragged.

use std::collections::HashMap;

use egui::{Color32, Pos2, Rect, Sense, Shape, Stroke, Vec2, vec2};

use crate::analysis::filter::EventFilter;
use crate::analysis::network::{self, Edge, Network};
use crate::model::{ActorId, Project};
use crate::ui::colours::c32;
use crate::ui::state::Action;
use crate::ui::workbench::Cx;

const CONFLICT: Color32 = Color32::from_rgb(0xc6, 0x28, 0x28);
const COOPERATION: Color32 = Color32::from_rgb(0x2e, 0x7d, 0x32);
const BALANCED: Color32 = Color32::from_rgb(0x78, 0x78, 0x78);

#[derive(Default)]
pub struct NetworkView {
    /// Show actors as coded rather than as the states they act for.
    as_coded: bool,
    cache: Option<((u64, EventFilter, bool), Network)>,
    selected: Option<(ActorId, ActorId)>,
    /// Where the analyst dragged nodes to, as fractions of the canvas.
    moved: HashMap<ActorId, Vec2>,
}

fn edge_colour(score: f64) -> Color32 {
    if score < 0.0 {
        CONFLICT
    } else if score > 0.0 {
        COOPERATION
    } else {
        BALANCED
    }
}

fn edge_label(p: &Project, e: &Edge) -> String {
    let n = e.events.len();
    format!("{} → {}: {n} event{}", p.actor_name(e.source), p.actor_name(e.target), if n == 1 { "" } else { "s" })
}

impl NetworkView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        let filter = &cx.state.chart.filter.events;
        let key = (cx.doc.state(), filter.clone(), self.as_coded);
        let net = match self.cache.take() {
            Some((k, net)) if k == key => net,
            _ => network::compute(p, filter, !self.as_coded),
        };

        ui.horizontal_wrapped(|ui| {
            ui.strong(format!(
                "{}, {}",
                crate::ui::words::count(net.nodes.len(), "actor", "actors"),
                crate::ui::words::count(net.edges.len(), "link", "links")
            ));
            ui.separator();
            ui.checkbox(&mut self.as_coded, "Actors as coded")
                .on_hover_text("Off: each actor counts as the state it acts for (Greer as United States)");
            ui.separator();
            ui.weak("Filters: as on the chart (date window, dyads, event types, tag, article).");
        });
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(CONFLICT, "■ conflict (summed score below 0)");
            ui.colored_label(COOPERATION, "■ cooperation (above 0)");
            ui.weak("thickness: number of events; node size: events taken part in");
        });

        let list_width = 320.0_f32.min(ui.available_width() * 0.4);
        let canvas_size = vec2(ui.available_width() - list_width - 12.0, ui.available_height().max(200.0));
        ui.horizontal_top(|ui| {
            self.canvas(ui, p, &net, canvas_size);
            ui.separator();
            ui.vertical(|ui| {
                ui.set_width(list_width);
                self.edge_events(ui, p, &net, cx.actions);
            });
        });
        self.cache = Some((key, net));
    }

    fn canvas(&mut self, ui: &mut egui::Ui, p: &Project, net: &Network, size: Vec2) {
        let (rect, response) = ui.allocate_exact_size(size, Sense::click());
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);
        if net.nodes.is_empty() {
            painter.text(
                rect.center(),
                egui::Align2::CENTER_CENTER,
                "No events to show",
                egui::FontId::proportional(14.0),
                ui.visuals().weak_text_color(),
            );
            return;
        }
        let n = net.nodes.len();
        let most = net.nodes.iter().map(|n| n.events).max().unwrap_or(1).max(1) as f32;
        let radius = |events: usize| 8.0 + 16.0 * (events as f32 / most).sqrt();
        let mut pos: HashMap<ActorId, (Pos2, f32)> = HashMap::new();
        for (i, node) in net.nodes.iter().enumerate() {
            // Two actors sit left and right; more go round a circle.
            let angle = std::f32::consts::PI + i as f32 * std::f32::consts::TAU / n as f32;
            let home = vec2(0.5 + 0.36 * angle.cos(), 0.5 + 0.36 * angle.sin());
            let at = *self.moved.get(&node.actor).unwrap_or(&home);
            pos.insert(node.actor, (rect.min + at * rect.size(), radius(node.events)));
        }

        let mut segments = Vec::new();
        for edge in &net.edges {
            let (Some(&(a, ra)), Some(&(b, rb))) = (pos.get(&edge.source), pos.get(&edge.target)) else { continue };
            let dir = (b - a).normalized();
            let normal = dir.rot90();
            // Both directions drawn side by side rather than on top of each other.
            let offset = if net.edge(edge.target, edge.source).is_some() { normal * 7.0 } else { Vec2::ZERO };
            let (start, end) = (a + dir * ra + offset, b - dir * (rb + 2.0) + offset);
            let width = 1.0 + 2.0 * (edge.events.len() as f32).sqrt();
            let key = (edge.source, edge.target);
            let colour = edge_colour(edge.score);
            let stroke_colour = if self.selected == Some(key) { Color32::BLACK } else { colour };
            painter.line_segment([start, end - dir * 8.0], Stroke::new(width, stroke_colour));
            let head = 8.0 + width;
            painter.add(Shape::convex_polygon(
                vec![end, end - dir * head + normal * head * 0.5, end - dir * head - normal * head * 0.5],
                stroke_colour,
                Stroke::NONE,
            ));
            // A handle at the middle: clickable, and named for screen readers.
            let mid = start + (end - start) * 0.5;
            let label = edge_label(p, edge);
            let handle = ui
                .interact(
                    Rect::from_center_size(mid, vec2(16.0, 16.0)),
                    egui::Id::unique(("network-edge", key)),
                    Sense::click(),
                )
                .on_hover_text(format!("{label}, summed score {:+.1}", edge.score));
            handle.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, label.clone()));
            painter.circle(mid, 5.0, colour, Stroke::new(1.0, Color32::WHITE));
            if handle.clicked() {
                self.selected = Some(key);
            }
            segments.push((key, start, end));
        }
        // A click on a line, away from its handle, picks it too.
        if response.clicked()
            && let Some(at) = response.interact_pointer_pos()
        {
            let hit = segments
                .iter()
                .map(|&(key, a, b)| (key, distance_to_segment(at, a, b)))
                .filter(|&(_, d)| d <= 6.0)
                .min_by(|x, y| x.1.total_cmp(&y.1));
            if let Some((key, _)) = hit {
                self.selected = Some(key);
            }
        }

        for node in &net.nodes {
            let (at, r) = pos[&node.actor];
            let colour = p.actors.get(node.actor).map_or(Color32::GRAY, |a| c32(a.colour));
            let name = p.actor_name(node.actor);
            let drag = ui
                .interact(
                    Rect::from_center_size(at, Vec2::splat(2.0 * r)),
                    egui::Id::unique(("network-node", node.actor)),
                    Sense::drag(),
                )
                .on_hover_text(format!("{name}: {}", crate::ui::words::count(node.events, "event", "events")));
            if drag.dragged() {
                let moved = ((at + drag.drag_delta() - rect.min) / rect.size()).clamp(Vec2::ZERO, Vec2::splat(1.0));
                self.moved.insert(node.actor, moved);
            }
            painter.circle(at, r, colour, Stroke::new(1.0, Color32::from_gray(60)));
            painter.text(
                at + vec2(0.0, r + 3.0),
                egui::Align2::CENTER_TOP,
                name,
                egui::FontId::proportional(13.0),
                ui.visuals().text_color(),
            );
        }
    }

    /// The clicked edge's events, each opening its evidence.
    fn edge_events(&self, ui: &mut egui::Ui, p: &Project, net: &Network, actions: &mut Vec<Action>) {
        let Some(edge) = self.selected.and_then(|(s, t)| net.edge(s, t)) else {
            ui.weak("Click a link to list its events.");
            return;
        };
        ui.strong(edge_label(p, edge));
        ui.label(format!("summed score {:+.1}", edge.score));
        egui::ScrollArea::vertical().show(ui, |ui| {
            for e in edge.events.iter().filter_map(|&id| p.events.get(id)) {
                let kind = p.taxonomy.get(e.kind).map_or("(missing type)", |t| t.name.as_str());
                let text = format!(
                    "{} · {} · {} → {} ({:+.1})",
                    e.date,
                    kind,
                    p.actor_name(e.source),
                    p.actor_name(e.target),
                    p.score_of(e)
                );
                if ui.link(text).on_hover_text("Open its evidence in the reader").clicked() {
                    actions.push(Action::SelectEvent(e.id));
                }
            }
        });
    }
}

fn distance_to_segment(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = ((p - a).dot(ab) / ab.length_sq().max(1e-6)).clamp(0.0, 1.0);
    p.distance(a + ab * t)
}
