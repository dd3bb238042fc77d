//! Search across all articles (Ctrl+Shift+F): a concordance of every hit grouped by article;
//! click a hit to open it in the reader, tick hits to make them claims in one undoable step.

use egui::{Align, Key, Layout, RichText};

use crate::analysis::search::{self, Filter, Hit, Query, Results};
use crate::edit::Document;
use crate::model::TagId;

use crate::ui::jobs::search_job::SearchJob;
use crate::ui::state::{Action, PendingSelection};
use crate::ui::workbench::Cx;

/// Plain text is searched as the analyst types, once typing pauses this long (seconds).
const DEBOUNCE: f64 = 0.3;
const ROW_HEIGHT: f32 = 20.0;

/// One line of the concordance: an article heading, or a hit (group, hit within it).
#[derive(Clone, Copy)]
enum Row {
    Heading(usize),
    Hit(usize, usize),
}

#[derive(Default)]
pub struct SearchView {
    query: String,
    regex: bool,
    case_sensitive: bool,
    filter: Filter,
    /// The tag given to claims made from hits.
    claim_tag: Option<TagId>,
    /// Focus the query field on the next frame (the "Find in all articles" command).
    focus_query: bool,
    /// When the query text last changed, while a search for it is still due.
    typed_at: Option<f64>,
    job: SearchJob,
    shown: Option<Shown>,
    error: Option<String>,
    /// The document the results, filter and tag were found or chosen in (`Document::id`).
    doc: Option<u64>,
}

/// The results on screen, flattened into rows, with the analyst's ticks.
struct Shown {
    results: Results,
    rows: Vec<Row>,
    /// One per kept hit, in results order.
    ticked: Vec<bool>,
}

impl Shown {
    fn new(results: Results) -> Self {
        let mut rows = Vec::new();
        for (g, group) in results.groups.iter().enumerate() {
            rows.push(Row::Heading(g));
            rows.extend((0..group.hits.len()).map(|h| Row::Hit(g, h)));
        }
        let ticked = vec![false; results.kept()];
        Self { results, rows, ticked }
    }

    /// Position of a hit among all kept hits (its tick, its number minus one).
    fn index(&self, group: usize, hit: usize) -> usize {
        self.results.groups[..group].iter().map(|g| g.hits.len()).sum::<usize>() + hit
    }

    fn ticked_hits(&self) -> Vec<Hit> {
        self.results.hits().zip(&self.ticked).filter(|(_, t)| **t).map(|(h, _)| h.clone()).collect()
    }
}

impl SearchView {
    /// Moves the keyboard focus to the query field on the next frame.
    pub fn focus_query(&mut self) {
        self.focus_query = true;
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let now = ui.input(|i| i.time);
        if self.doc.replace(cx.doc.id()).is_some_and(|doc| doc != cx.doc.id()) {
            self.follow(cx.doc);
        }
        if let Some((query, answer)) = self.job.poll(cx.doc) {
            match answer {
                Ok(results) => {
                    cx.state.info(format!("“{}”: {}", query.text, results.summary()));
                    self.shown = Some(Shown::new(results));
                    self.error = None;
                }
                Err(e) => self.error = Some(e),
            }
        }
        if self.job.is_busy() {
            ui.ctx().request_repaint_after(std::time::Duration::from_millis(30));
        }

        let mut search_now = self.query_row(ui, now);
        search_now |= self.filter_row(ui, cx);
        if let Some(at) = self.typed_at
            && !self.regex
        {
            if now - at >= DEBOUNCE {
                search_now = true;
            } else {
                ui.ctx().request_repaint_after(std::time::Duration::from_secs_f64(DEBOUNCE - (now - at)));
            }
        }
        if search_now {
            self.search(cx.doc);
        }
        self.status_row(ui);
        self.claims_row(ui, cx);
        ui.separator();
        self.concordance(ui, cx);
    }

    /// The query field and the Regex / Match case toggles; true when a search is due now.
    fn query_row(&mut self, ui: &mut egui::Ui, now: f64) -> bool {
        let mut due = false;
        ui.horizontal(|ui| {
            let label = ui.label("Find");
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.query)
                        .hint_text("a phrase, or a regular expression")
                        .desired_width((ui.available_width() - 200.0).max(160.0)),
                )
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus_query) {
                field.request_focus();
            }
            if field.changed() {
                self.typed_at = Some(now);
            }
            due |= field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
            due |= ui.toggle_value(&mut self.regex, "Regex").on_hover_text("Search for a regular expression").changed();
            due |= ui.toggle_value(&mut self.case_sensitive, "Match case").changed();
        });
        due
    }

    /// The article, tag, actor and event-type filters; true when one changed.
    fn filter_row(&mut self, ui: &mut egui::Ui, cx: &Cx<'_>) -> bool {
        let p = cx.doc.project();
        let f = &mut self.filter;
        let mut changed = false;
        ui.horizontal_wrapped(|ui| {
            let articles = p.articles.iter().map(|a| (a.id, a.title.as_str())).collect::<Vec<_>>();
            changed |= pick(ui, "In article", "all articles", &mut f.article, &articles);
            let tags = p.tags.iter().map(|t| (t.id, t.name.as_str())).collect::<Vec<_>>();
            changed |= pick(ui, "In claims tagged", "any tag", &mut f.tag, &tags);
            let actors = p.actors.iter().map(|a| (a.id, a.name.as_str())).collect::<Vec<_>>();
            changed |= pick(ui, "In claims by or about", "any actor", &mut f.actor, &actors);
            let types = p.taxonomy.iter().map(|t| (t.id, t.name.as_str())).collect::<Vec<_>>();
            changed |= pick(ui, "In claims coded as", "any event type", &mut f.event_type, &types);
        });
        changed
    }

    /// Another project was opened: the results, the filter and the tag for new claims named the
    /// last one's records (claims made from its hits would land on the wrong words), so they
    /// go and the query is searched again here.
    fn follow(&mut self, doc: &Document) {
        (self.filter, self.claim_tag, self.shown, self.error) = (Filter::default(), None, None, None);
        self.search(doc);
    }

    fn search(&mut self, doc: &Document) {
        self.typed_at = None;
        if self.query.is_empty() {
            // A cleared query clears the results rather than reporting an error.
            (self.shown, self.error) = (None, None);
            return;
        }
        let query = Query {
            text: self.query.clone(),
            regex: self.regex,
            case_sensitive: self.case_sensitive,
            filter: self.filter.clone(),
            limit: search::DEFAULT_LIMIT,
        };
        self.job.start(doc, query);
    }

    fn status_row(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            if self.job.is_busy() {
                ui.spinner();
                ui.weak("Searching…");
            } else if let Some(e) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, e);
            } else if let Some(shown) = &self.shown {
                ui.label(shown.results.summary());
            } else if self.regex && !self.query.is_empty() {
                ui.weak("Press Enter to search");
            } else {
                ui.weak("Type a phrase to find it in every article");
            }
        });
    }

    /// Select all / none, the tag for new claims, and the button that makes them.
    fn claims_row(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let Some(shown) = &mut self.shown else { return };
        if shown.ticked.is_empty() {
            return;
        }
        let p = cx.doc.project();
        ui.horizontal_wrapped(|ui| {
            if ui.button("Select all").clicked() {
                shown.ticked.fill(true);
            }
            if ui.button("Select none").clicked() {
                shown.ticked.fill(false);
            }
            ui.separator();
            let tags = p.tags.iter().map(|t| (t.id, t.name.as_str())).collect::<Vec<_>>();
            pick(ui, "Tag for new claims", "untagged", &mut self.claim_tag, &tags);
            let ticked = shown.ticked.iter().filter(|t| **t).count();
            let button = egui::Button::new(format!("Create claims from selected hits ({ticked})"));
            if ui.add_enabled(ticked > 0, button).clicked() {
                cx.actions.push(Action::ClaimsFromHits { hits: shown.ticked_hits(), tag: self.claim_tag });
                shown.ticked.fill(false);
            }
        });
    }

    /// Article headings, then one line a hit: tick, number, left context right-aligned, the
    /// hit in bold (click: open it in the reader), right context.
    fn concordance(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let Some(shown) = &mut self.shown else { return };
        let rows = shown.rows.len();
        egui::ScrollArea::vertical().auto_shrink([false, false]).show_rows(ui, ROW_HEIGHT, rows, |ui, range| {
            let context_width = ((ui.available_width() - 160.0) / 2.0).max(120.0);
            for row in range {
                match shown.rows[row] {
                    Row::Heading(g) => {
                        let group = &shown.results.groups[g];
                        let count = if group.hits.len() < group.total {
                            format!("{} of {}", group.hits.len(), group.total)
                        } else {
                            group.total.to_string()
                        };
                        ui.add_sized(
                            [ui.available_width(), ROW_HEIGHT],
                            egui::Label::new(RichText::new(format!("{} ({count})", group.title)).strong()).truncate(),
                        );
                    }
                    Row::Hit(g, h) => {
                        let index = shown.index(g, h);
                        let hit = &shown.results.groups[g].hits[h];
                        ui.horizontal(|ui| {
                            ui.set_height(ROW_HEIGHT);
                            ui.checkbox(&mut shown.ticked[index], format!("{}", index + 1));
                            context_cell(ui, context_width, &hit.left, Align::Max);
                            let word =
                                egui::Button::new(RichText::new(search::one_line(&hit.matched)).strong()).frame(false);
                            if ui.add(word).on_hover_text("Open in the reader").clicked() {
                                cx.actions.push(Action::RevealRange(PendingSelection {
                                    article: hit.article,
                                    start: hit.start,
                                    end: hit.end,
                                }));
                            }
                            context_cell(ui, context_width, &hit.right, Align::Min);
                        });
                    }
                }
            }
        });
    }
}

/// Context in a fixed-width cell, clipped on the side away from the hit: the left context is
/// right-aligned so it ends at the hit.
fn context_cell(ui: &mut egui::Ui, width: f32, text: &str, align: Align) {
    let layout =
        if align == Align::Max { Layout::right_to_left(Align::Center) } else { Layout::left_to_right(Align::Center) };
    ui.allocate_ui_with_layout(egui::vec2(width, ROW_HEIGHT), layout, |ui| {
        ui.set_width(width);
        let clip = ui.max_rect().intersect(ui.clip_rect());
        ui.set_clip_rect(clip);
        ui.add(egui::Label::new(text).wrap_mode(egui::TextWrapMode::Extend));
    });
}

/// A combo box choosing one record or none; true when the choice changed.
fn pick<'a, T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    none: &'a str,
    value: &mut Option<T>,
    options: &[(T, &'a str)],
) -> bool {
    let current = value.and_then(|v| options.iter().find(|(id, _)| *id == v)).map_or(none, |(_, name)| name);
    let before = *value;
    egui::ComboBox::new(label, label).width(140.0).selected_text(current).show_ui(ui, |ui| {
        ui.selectable_value(value, None, none);
        for &(id, name) in options {
            ui.selectable_value(value, Some(id), name);
        }
    });
    *value != before
}
