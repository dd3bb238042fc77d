//! The reader: the article text with its claims highlighted. Drag to select, then press
//! Ctrl+Enter or click "New claim"; click a highlight to select its claim. The text itself is
//! drawn by [`ReaderText`], which lays out only the paragraphs in view.

use egui::{Align, RichText};

use crate::edit::{EditError, builders};
use crate::model::ArticleId;
use crate::model::text::slice_chars;

use crate::ui::command::Command;
use crate::ui::reader_layout::{Decoration, Decorations, LayoutKey, Mark};
use crate::ui::state::{Action, PendingSelection};
use crate::ui::workbench::Cx;

use super::reader_assist;
use super::reader_text::ReaderText;

/// How long a claim opened from the chart or the tables flashes, in seconds.
const FLASH_SECONDS: f64 = 1.2;

#[derive(Default)]
pub struct ReaderView {
    text: ReaderText,
    pub font_size: f32,
    /// The text being corrected, while the article is in edit mode.
    editing: Option<(ArticleId, String)>,
    /// Characters of the open article that no installed font can draw, found once per
    /// article so they are reported once rather than drawn as silent boxes.
    missing_glyphs: Option<(ArticleId, String)>,
    /// The assistance's marks over the open article, rebuilt only when what they show changes.
    assist_marks: Option<(AssistMarksKey, Decorations)>,
}

/// What the assistance's marks depend on.
#[derive(Clone, Copy, PartialEq)]
struct AssistMarksKey {
    article: ArticleId,
    /// The document (actor colours) and the scan shown (its address: scans are replaced whole).
    state: u64,
    scan: usize,
    current: Option<usize>,
    show_suggestions: bool,
    weak: egui::Color32,
}

/// The id of the reader's text widget for an article (tests select text through it).
pub fn reader_text_id(article: ArticleId) -> egui::Id {
    egui::Id::unique(("reader-text", article))
}

impl ReaderView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        let Some(article) = cx.state.selection.article.and_then(|a| p.articles.get(a)) else {
            // Named as the File menu names it, with the shortcut this platform shows.
            let import = crate::ui::command::Command::ImportArticle;
            ui.weak(format!(
                "No article open. Import one with File ▸ {} ({}), or pick one in Articles.",
                import.label(),
                import.shortcut_text(ui.ctx())
            ));
            return;
        };
        if self.font_size == 0.0 {
            self.font_size = 15.0;
        }
        let now = ui.input(|i| i.time);

        let title = ui.label(RichText::new(&article.title).heading().strong());
        let mut meta = Vec::new();
        if !article.outlet.is_empty() {
            meta.push(article.outlet.clone());
        }
        if !article.author.is_empty() {
            meta.push(format!("by {}", article.author));
        }
        if let Some(d) = article.published {
            meta.push(format!("published {d}"));
        }
        if let Some(counts) = cx.state.assist.counts(cx.doc, ui.ctx()) {
            meta.push(crate::ui::words::count(counts.in_article(article.id), "actor mention", "actor mentions"));
        }
        if !meta.is_empty() {
            ui.weak(meta.join(" · "));
        }
        if self.editing.as_ref().is_some_and(|(id, _)| *id != article.id) {
            self.editing = None;
        }
        if let Some((_, draft)) = &mut self.editing {
            let mut done = false;
            ui.horizontal(|ui| {
                if ui.button("Apply text edit").clicked() {
                    match builders::edit_text(p, article.id, draft) {
                        Ok((edit, orphans)) => {
                            cx.actions.push(Action::Apply(edit));
                            match orphans.len() {
                                0 => cx.state.info("Text edited; every claim stays on its words"),
                                n => cx.state.error(format!(
                                    "Text edited; {} could not be placed: see Problems",
                                    crate::ui::words::count(n, "claim", "claims")
                                )),
                            }
                        }
                        Err(EditError::Empty) => {}
                        Err(e) => cx.state.error(e.to_string()),
                    }
                    done = true;
                }
                if ui.button("Cancel").clicked() {
                    done = true;
                }
                ui.weak("Fix a typo or an OCR error: claims move with their words.");
            });
            ui.separator();
            egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                ui.add(
                    egui::TextEdit::multiline(draft)
                        .desired_width(f32::INFINITY)
                        .font(egui::FontId::proportional(self.font_size)),
                )
                .labelled_by(title.id);
            });
            if done {
                self.editing = None;
            }
            return;
        }
        if self.missing_glyphs.as_ref().is_none_or(|(id, _)| *id != article.id) {
            let missing: String =
                crate::ui::fonts::uncovered_chars(ui.ctx(), &article.text).into_iter().take(24).collect();
            self.missing_glyphs = Some((article.id, missing));
        }
        if let Some((_, missing)) = self.missing_glyphs.as_ref().filter(|(_, m)| !m.is_empty()) {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                format!("Some characters cannot be shown with the installed fonts: {missing} (install fonts-noto-core and fonts-noto-cjk)"),
            );
        }
        let pending = cx.state.pending.filter(|s| s.article == article.id);
        ui.horizontal(|ui| {
            let new_claim = egui::Button::new("New claim").shortcut_text(Command::NewClaim.shortcut_text(ui.ctx()));
            if ui
                .add_enabled(pending.is_some(), new_claim)
                .on_hover_text("Create a claim from the selected text")
                .clicked()
                && let Some(sel) = pending
            {
                cx.actions.push(Action::CreateClaim(sel));
            }
            let hint = match pending.and_then(|s| slice_chars(&article.text, s.start, s.end)) {
                Some(q) => {
                    let short: String = q.chars().take(60).collect();
                    let more = if q.chars().count() > 60 { "…" } else { "" };
                    format!("Selected: “{short}{more}”")
                }
                None => "Select text with the mouse to make a claim".to_owned(),
            };
            // The buttons first, from the right, so that the hint takes only the room left
            // between them and "New claim", cut short with "…" in a narrow reader.
            ui.with_layout(egui::Layout::right_to_left(Align::Center), |ui| {
                if ui
                    .small_button("Edit text")
                    .on_hover_text("Correct the article's text; claims are re-anchored")
                    .clicked()
                {
                    self.editing = Some((article.id, article.text.clone()));
                }
                if ui.small_button("A+").on_hover_text("Larger text").clicked() {
                    self.font_size = (self.font_size + 1.0).min(28.0);
                }
                if ui.small_button("A−").on_hover_text("Smaller text").clicked() {
                    self.font_size = (self.font_size - 1.0).max(10.0);
                }
                ui.with_layout(egui::Layout::left_to_right(Align::Center), |ui| {
                    ui.add(egui::Label::new(egui::RichText::new(&hint).weak()).truncate()).on_hover_text(hint);
                });
            });
        });
        let assistance = cx.state.assist.of_article(cx.doc, article.id, ui.ctx());
        reader_assist::bar(ui, cx, article.id, assistance.as_deref());
        ui.separator();

        let flash = cx.state.flash.filter(|&(_, until)| until > now).map(|(c, _)| c);
        if flash.is_some() {
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(100));
        }
        let key = LayoutKey {
            article: article.id,
            state: cx.doc.state(),
            selected: cx.state.selection.claim,
            flash,
            dark: ui.visuals().dark_mode,
            font_size: self.font_size,
            by_grade: cx.state.tint_by_grade,
        };
        self.text.layout.prepare(p, key, ui.visuals().text_color());
        let selection_bg = ui.visuals().selection.bg_fill;
        let show_suggestions = !cx.state.assist.hide_suggestions;
        let weak = ui.visuals().weak_text_color();
        let current = assistance.as_deref().and_then(|a| cx.state.assist.current(article.id, a));
        let marks_key = AssistMarksKey {
            article: article.id,
            state: cx.doc.state(),
            scan: assistance.as_ref().map_or(0, |a| std::sync::Arc::as_ptr(a) as usize),
            current: current.map(|s| s.start),
            show_suggestions,
            weak,
        };
        if self.assist_marks.as_ref().is_none_or(|(k, _)| *k != marks_key) {
            let marks = assistance
                .as_deref()
                .map_or_else(Vec::new, |a| reader_assist::decorations(p, a, current, show_suggestions, weak));
            self.assist_marks = Some((marks_key, Decorations::new(marks)));
        }
        let selection = Decorations::new(
            pending
                .map(|s| Decoration { start: s.start, end: s.end, mark: Mark::Fill(selection_bg) })
                .into_iter()
                .collect(),
        );
        let scroll_to = cx.state.scroll_to.and_then(|c| p.claims.get(c)).filter(|c| c.article == article.id);
        // A search hit is already the pending selection; it only needs scrolling to.
        let hit = cx.state.scroll_to_range.take_if(|r| r.article == article.id);
        let scroll_target = scroll_to.map(|c| c.start).or(hit.map(|r| r.start));
        let id = reader_text_id(article.id);
        let assist_marks = self.assist_marks.as_ref().map(|(_, m)| m).into_iter();
        let layers: Vec<&Decorations> = assist_marks.chain([&selection]).collect();
        let out = self.text.show(ui, id, &article.text, self.font_size, &layers, scroll_target);
        let layout = &self.text.layout;
        let response = out.response.labelled_by(title.id);

        if let Some(r) = out.selected {
            cx.state.pending = Some(PendingSelection { article: article.id, start: r.start, end: r.end });
        }
        if let Some(at) = out.clicked {
            let suggestion =
                assistance.as_deref().filter(|_| show_suggestions).and_then(|a| reader_assist::suggestion_at(a, at));
            match (layout.claims_at(at).first(), suggestion) {
                (Some(&claim), _) => cx.actions.push(Action::SelectClaim(claim)),
                // A click on a suggestion takes it in hand, as F8 would.
                (None, Some(s)) => {
                    cx.state.assist.set_current(article.id, s);
                    cx.state.selection.claim = None;
                }
                (None, None) => {
                    cx.state.selection.claim = None;
                    cx.state.assist.release();
                }
            }
            cx.state.pending = None;
        }
        if response.has_focus()
            && ui.input(|i| i.events.contains(&egui::Event::Copy))
            && let Some(q) = pending.and_then(|s| slice_chars(&article.text, s.start, s.end))
        {
            ui.ctx().copy_text(q.to_owned());
        }
        if let Some(at) = out.hovered {
            let claim = layout.claims_at(at).first().and_then(|&c| p.claims.get(c));
            let assisted = assistance.as_deref().map(|a| reader_assist::hover_lines(p, a, at, show_suggestions));
            let assisted = assisted.unwrap_or_default();
            if claim.is_some() || !assisted.is_empty() {
                response.on_hover_ui_at_pointer(|ui| {
                    if let Some(c) = claim {
                        let tags: Vec<&str> =
                            c.tags.iter().filter_map(|t| p.tags.get(*t)).map(|t| t.name.as_str()).collect();
                        ui.label(if tags.is_empty() { "untagged claim".to_owned() } else { tags.join(", ") });
                        if let Some(s) = c.speaker {
                            ui.label(format!("speaker: {}", p.actor_name(s)));
                        }
                        let events = p.events_of_claim(c.id).count();
                        if events > 0 {
                            ui.label(format!("evidence for {events} event(s)"));
                        }
                        ui.weak("click to select");
                    }
                    for line in &assisted {
                        ui.label(line);
                    }
                });
            }
        }
        if let Some(c) = scroll_to {
            cx.state.scroll_to = None;
            cx.state.flash = Some((c.id, now + FLASH_SECONDS));
        }
    }
}
