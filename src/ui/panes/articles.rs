//! The articles of the project: title, publication date, claim count.

use std::collections::HashMap;

use crate::ui::command::Command;
use crate::ui::state::Action;
use crate::ui::workbench::Cx;

#[derive(Default)]
pub struct ArticlesView;

impl ArticlesView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        if ui.button("Import article…").clicked() {
            cx.actions.push(Action::Command(Command::ImportArticle));
        }
        ui.separator();
        let mut counts: HashMap<_, usize> = HashMap::new();
        for c in p.claims.iter() {
            *counts.entry(c.article).or_default() += 1;
        }
        let mentions = cx.state.assist.counts(cx.doc, ui.ctx());
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            if p.articles.is_empty() {
                ui.weak("No articles yet.");
            }
            for a in p.articles.iter() {
                let selected = cx.state.selection.article == Some(a.id);
                let date = a.published.map_or("undated".to_owned(), |d| d.to_string());
                let n = counts.get(&a.id).copied().unwrap_or(0);
                let r = ui.selectable_label(selected, &a.title).on_hover_text(format!("{date} · {n} claims"));
                let mut line = format!("{date} · {n} claim{}", if n == 1 { "" } else { "s" });
                if let Some(m) = mentions.as_ref().map(|m| m.in_article(a.id)) {
                    line.push_str(&format!(" · {m} actor mentions"));
                }
                ui.weak(line);
                ui.add_space(4.0);
                if r.clicked() {
                    cx.actions.push(Action::SelectArticle(a.id));
                }
            }
        });
    }
}
