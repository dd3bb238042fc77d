//! The articles of the project: title, publication date, claim and actor-mention counts.

use std::collections::HashMap;

use crate::model::ArticleId;
use crate::ui::command::Command;
use crate::ui::state::Action;
use crate::ui::workbench::Cx;

/// The mark on an undated article's line, and what hovering it says.
const UNDATED_MARK: &str = "●";
const UNDATED_TIP: &str = "no publication date: set it in the inspector";

#[derive(Default)]
pub struct ArticlesView {
    /// Claims per article, counted once per document state (100,000 claims take a while).
    counts: Option<(u64, HashMap<ArticleId, usize>)>,
}

impl ArticlesView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        if ui.button("Import article…").clicked() {
            cx.actions.push(Action::Command(Command::ImportArticle));
        }
        ui.separator();
        if self.counts.as_ref().is_none_or(|(state, _)| *state != cx.doc.state()) {
            let mut counts: HashMap<_, usize> = HashMap::new();
            for c in p.claims.iter() {
                *counts.entry(c.article).or_default() += 1;
            }
            self.counts = Some((cx.doc.state(), counts));
        }
        let Some((_, counts)) = &self.counts else { return };
        let mentions = cx.state.assist.counts(cx.doc, ui.ctx());
        if p.articles.is_empty() {
            ui.weak("No articles yet.");
        }
        // Every row is a title and a date line, each kept to one line (the hover shows the whole
        // title), so rows are of one height and only those in view are built: the title button,
        // spacing, the date line (its height in whole pixels, as egui lays it out) and 4 points.
        let spacing = ui.spacing().item_spacing.y;
        let row_height =
            ui.spacing().interact_size.y + spacing + ui.text_style_height(&egui::TextStyle::Body).round() + 4.0;
        egui::ScrollArea::vertical().auto_shrink([false, false]).show_rows(
            ui,
            row_height,
            p.articles.len(),
            |ui, rows| {
                for a in p.articles.iter().skip(rows.start).take(rows.len()) {
                    let selected = cx.state.selection.article == Some(a.id);
                    // An undated article is marked: its relative dates ("on Friday") resolve
                    // against nothing until the analyst sets the date.
                    let date = a.published.map_or(format!("{UNDATED_MARK} undated"), |d| d.to_string());
                    let n = counts.get(&a.id).copied().unwrap_or(0);
                    let mut line = format!("{date} · {n} claim{}", if n == 1 { "" } else { "s" });
                    if let Some(m) = mentions.as_ref().map(|m| m.in_article(a.id)) {
                        line.push_str(&format!(" · {}", crate::ui::words::count(m, "actor mention", "actor mentions")));
                    }
                    let r = ui
                        .add(egui::Button::selectable(selected, &a.title).truncate())
                        .on_hover_text(format!("{}\n{line}", a.title));
                    if a.published.is_some() {
                        ui.add(egui::Label::new(egui::RichText::new(line).weak()).truncate());
                    } else {
                        let warn = egui::RichText::new(line).color(ui.visuals().warn_fg_color);
                        ui.add(egui::Label::new(warn).truncate()).on_hover_text(UNDATED_TIP);
                    }
                    ui.add_space(4.0);
                    if r.clicked() {
                        cx.actions.push(Action::SelectArticle(a.id));
                    }
                }
            },
        );
    }
}
