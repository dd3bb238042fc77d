//! The reader's text widget: a long article shown as a stack of paragraph galleys, of which
//! only those in view are laid out and painted. Dragging across it selects a char range
//! (across paragraphs); clicks and hovers report the char under the pointer.

use std::ops::Range;
use std::sync::Arc;

use egui::text::{CCursor, CharIndex};
use egui::{Align, Galley, Pos2, Rect, Sense, Shape, Vec2};

use crate::ui::reader_layout::{Decorations, Mark, ReaderLayout};

#[derive(Default)]
pub struct ReaderText {
    pub layout: ReaderLayout,
    /// Where the current drag started, as a char offset.
    anchor: Option<usize>,
}

pub struct TextOutput {
    pub response: egui::Response,
    /// The char under the pointer while it hovers the text.
    pub hovered: Option<usize>,
    /// The char clicked this frame.
    pub clicked: Option<usize>,
    /// The range dragged over this frame, when not empty.
    pub selected: Option<Range<usize>>,
}

/// A paragraph laid out this frame, at its top edge in content coordinates.
struct Shown {
    paragraph: usize,
    top: f32,
    galley: Arc<Galley>,
}

impl ReaderText {
    /// Shows `text` (which [`ReaderLayout::prepare`] was given) in a vertical scroll area with
    /// the decorations' layers over it; `scroll_to` brings a char into view.
    pub fn show(
        &mut self,
        ui: &mut egui::Ui,
        id: egui::Id,
        text: &str,
        font_size: f32,
        decorations: &[&Decorations],
        scroll_to: Option<usize>,
    ) -> TextOutput {
        let text_colour = ui.visuals().text_color();
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_viewport(ui, |ui, viewport| {
                let width = ui.available_width();
                let layout = &mut self.layout;
                let mut tops = Vec::with_capacity(layout.paragraph_count() + 1);
                tops.push(0.0);
                for h in layout.heights(width, font_size) {
                    tops.push(tops.last().copied().unwrap_or(0.0) + h);
                }
                let total = tops.last().copied().unwrap_or(0.0);
                let (rect, _) = ui.allocate_exact_size(Vec2::new(width, total), Sense::hover());
                let origin = rect.min.to_vec2();

                if let Some(c) = scroll_to {
                    let i = layout.paragraph_of(c);
                    let galley = lay_out(ui, layout, text, i, decorations, width);
                    let within = CCursor::new(CharIndex(c.saturating_sub(layout.paragraph(i).start)));
                    let at = galley.pos_from_cursor(within).translate(origin + Vec2::new(0.0, tops[i]));
                    ui.scroll_to_rect(at, Some(Align::Center));
                }

                // The paragraphs in view, stacked by their measured heights.
                let first = tops.partition_point(|&t| t <= viewport.min.y).saturating_sub(1);
                let mut shown = Vec::new();
                let mut y = tops.get(first).copied().unwrap_or(0.0);
                let mut i = first;
                while i + 1 < tops.len() && y < viewport.max.y {
                    let galley = lay_out(ui, layout, text, i, decorations, width);
                    let height = galley.size().y;
                    shown.push(Shown { paragraph: i, top: y, galley });
                    y += height;
                    i += 1;
                }

                let response = ui.interact(rect, id, Sense::click_and_drag());
                // Read-only multiline text, as the `TextEdit` it replaces announced itself.
                response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::MultilineTextInput, true, ""));
                // Screen readers (and the UI tests) read the whole text, as from a read-only text
                // box; egui builds this node only while accessibility is on.
                ui.ctx().accesskit_node_builder(id, |node| {
                    node.set_read_only();
                    node.set_value(text);
                });
                let layout = &self.layout;
                let char_at = |pos: Pos2| -> Option<usize> {
                    let y = pos.y - origin.y;
                    let s = shown.iter().find(|s| y < s.top + s.galley.size().y).or(shown.last())?;
                    let local = pos.to_vec2() - origin - Vec2::new(0.0, s.top);
                    Some(layout.paragraph(s.paragraph).start + s.galley.cursor_from_pos(local).index.0)
                };
                if response.clicked() || response.drag_started() {
                    response.request_focus();
                }
                if response.drag_started() {
                    self.anchor = ui.input(|i| i.pointer.press_origin()).and_then(char_at);
                }
                let mut selected = None;
                if response.dragged()
                    && let (Some(anchor), Some(pos)) = (self.anchor, response.interact_pointer_pos())
                    && let Some(at) = char_at(pos)
                {
                    if at != anchor {
                        selected = Some(anchor.min(at)..anchor.max(at));
                        ui.ctx().request_repaint();
                    }
                    // Dragging past the edge scrolls on, as in any text view.
                    if !ui.clip_rect().contains(pos) {
                        ui.scroll_to_rect(Rect::from_center_size(pos, Vec2::splat(1.0)), None);
                    }
                }
                if response.drag_stopped() {
                    self.anchor = None;
                }
                let clicked = if response.clicked() { response.interact_pointer_pos().and_then(char_at) } else { None };
                let hovered = response.hover_pos().and_then(char_at);
                for s in shown {
                    let at = Pos2::new(origin.x, origin.y + s.top);
                    paint_outlines(ui.painter(), at, &s.galley, layout.paragraph(s.paragraph), decorations);
                    ui.painter().galley(at, s.galley, text_colour);
                }
                TextOutput { response, hovered, clicked, selected }
            })
            .inner
    }
}

/// Lays out paragraph `i` (egui's galley cache keeps it while it stays unchanged) and records
/// its height.
fn lay_out(
    ui: &egui::Ui,
    layout: &mut ReaderLayout,
    text: &str,
    i: usize,
    decorations: &[&Decorations],
    width: f32,
) -> Arc<Galley> {
    let job = layout.paragraph_job(text, i, decorations, width);
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    layout.measure(i, galley.size().y);
    galley
}

/// Paints the dashed boxes of the outline marks on one paragraph, a box per row it covers.
fn paint_outlines(painter: &egui::Painter, at: Pos2, galley: &Galley, para: Range<usize>, layers: &[&Decorations]) {
    for d in layers.iter().flat_map(|l| l.over(para.clone())) {
        let Mark::DashedOutline(stroke) = d.mark else { continue };
        let (start, end) = (d.start.max(para.start) - para.start, d.end.min(para.end) - para.start);
        for r in range_rects(galley, start, end) {
            let r = r.translate(at.to_vec2()).expand(1.0);
            let corners = [r.left_top(), r.right_top(), r.right_bottom(), r.left_bottom(), r.left_top()];
            painter.extend(Shape::dashed_line(&corners, stroke, 4.0, 3.0));
        }
    }
}

/// The rectangles (one per row, relative to the galley) that chars `start..end` of a galley
/// occupy.
pub fn range_rects(galley: &Galley, start: usize, end: usize) -> Vec<Rect> {
    let mut out = Vec::new();
    let mut row_start = 0;
    for row in &galley.rows {
        let n = row.row.char_count_excluding_newline().0;
        let (a, b) = (start.max(row_start), end.min(row_start + n));
        if a < b {
            let x = |i: usize| row.pos.x + row.row.x_offset(CharIndex(i - row_start));
            out.push(Rect::from_x_y_ranges(x(a)..=x(b), row.rect().y_range()));
        }
        row_start += row.char_count_including_newline().0;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::text::LayoutJob;

    #[test]
    fn a_range_across_wrapped_rows_gets_one_rectangle_per_row() {
        let ctx = egui::Context::default();
        let text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen";
        let mut galley = None;
        let mut output = ctx.run_ui(Default::default(), |ui| {
            let job = LayoutJob::simple(text.into(), egui::FontId::proportional(14.0), egui::Color32::BLACK, 120.0);
            galley = Some(ui.fonts_mut(|f| f.layout_job(job)));
        });
        // No renderer here to take the font atlas: say so, as a debug build insists.
        output.textures_delta.clear();
        let galley = galley.unwrap();
        assert!(galley.rows.len() >= 3, "the text wraps");
        // The rows' chars add up to the text: wrapping drops nothing.
        let total: usize = galley.rows.iter().map(|r| r.char_count_including_newline().0).sum();
        assert_eq!(total, text.chars().count());

        let all = range_rects(&galley, 0, text.chars().count());
        assert_eq!(all.len(), galley.rows.len());
        let word = text.find("three").unwrap();
        let one = range_rects(&galley, word, word + 5);
        assert_eq!(one.len(), 1);
        assert!(one[0].width() > 10.0 && one[0].height() > 10.0);
        assert!(range_rects(&galley, 5, 5).is_empty(), "an empty range has no box");
    }
}
