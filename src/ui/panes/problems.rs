//! Problems: what loading found and repaired, and what needs the analyst — merge conflicts to
//! settle, orphaned claims to re-attach or delete, events left without evidence, possible
//! duplicate acts to merge, events whose evidence contradicts itself, acts dated across an
//! actor's change of side, names two actors share.

use std::sync::Arc;

use egui::RichText;

use crate::analysis::actor_checks;
use crate::analysis::duplicates::{self, Duplicate};
use crate::analysis::grading::{self, SelfContradiction};
use crate::edit::builders;
use crate::io::repair::{Outcome, Problem};

use super::once_per_state;
use crate::ui::jobs::deferred::{Deferred, Work};
use crate::ui::state::Action;
use crate::ui::workbench::Cx;

/// Past this many actors the names they share are worked out on another thread (about 10 ms at
/// 1,000 actors, half a second at 50,000 on a loaded 2-core machine).
const HEAVY_ACTORS: usize = 5_000;

#[derive(Default)]
pub struct ProblemsView {
    /// Possible duplicates for the document state they were found in: found again only after an edit.
    duplicates: Option<(u64, Vec<Duplicate>)>,
    straddles: Option<(u64, Vec<actor_checks::Straddle>)>,
    /// Worked out again only when the actors change, not after every edit; off the UI thread
    /// for a large dictionary's worth of actors.
    /// Keyed by the document too (`Document::id`), so one project's answer never stands in for
    /// another's: its "Merge into" buttons would merge that project's actor ids here.
    shared_names: Deferred<(u64, actor_checks::NamesInput), Vec<actor_checks::SharedName>>,
    contradictions: Option<(u64, Vec<SelfContradiction>)>,
}

impl ProblemsView {
    /// The document's possible duplicate acts, found once per document state (the tab title
    /// counts them too).
    pub fn duplicates(&mut self, doc: &crate::edit::Document) -> &[Duplicate] {
        once_per_state(&mut self.duplicates, doc, |p| duplicates::find(p, duplicates::DEFAULT_WINDOW_DAYS)).as_slice()
    }

    /// Events whose evidence contradicts itself (the check `faultline check` makes), found once
    /// per document state like the duplicates.
    pub fn contradictions(&mut self, doc: &crate::edit::Document) -> &[SelfContradiction] {
        once_per_state(&mut self.contradictions, doc, grading::self_contradictions).as_slice()
    }

    /// Acts dated across a change of side, found once per document state like the duplicates.
    pub fn straddles(&mut self, doc: &crate::edit::Document) -> &[actor_checks::Straddle] {
        once_per_state(&mut self.straddles, doc, actor_checks::straddling).as_slice()
    }

    /// Names two actors share, found again only when the actors (or how names compare)
    /// change; until a large project's check arrives, the last answer (or none).
    pub fn shared_names(
        &mut self,
        doc: &crate::edit::Document,
        ctx: &egui::Context,
    ) -> Arc<Vec<actor_checks::SharedName>> {
        let input = actor_checks::NamesInput::of(doc.project());
        let heavy = input.actor_count() > HEAVY_ACTORS;
        let key = (doc.id(), input.clone());
        let fresh = self.shared_names.get(&key, ctx, || Work { heavy, compute: move || input.shared_names() });
        fresh
            .or_else(|| self.shared_names.latest().filter(|((d, _), _)| *d == doc.id()).map(|(_, v)| v))
            .unwrap_or_default()
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>, loaded: &[Problem]) {
        let p = cx.doc.project();
        let straddles = self.straddles(cx.doc).to_vec();
        let shared = self.shared_names(cx.doc, ui.ctx());
        let contradictions = self.contradictions(cx.doc).to_vec();
        let dups = self.duplicates(cx.doc);
        let orphans: Vec<_> = p.claims.iter().filter(|c| c.orphaned).collect();
        let bare: Vec<_> = p.events.iter().filter(|e| e.evidence.is_empty()).collect();
        let actor_checks_clear = straddles.is_empty() && shared.is_empty();
        if orphans.is_empty()
            && bare.is_empty()
            && loaded.is_empty()
            && dups.is_empty()
            && p.conflicts.is_empty()
            && actor_checks_clear
            && contradictions.is_empty()
        {
            ui.weak("No problems: every claim sits on its words and every reference holds.");
            return;
        }
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            super::conflicts::conflicts_ui(ui, cx);
            if !orphans.is_empty() {
                ui.strong(format!("{} orphaned claim(s)", orphans.len()));
                ui.weak("Their words could not be found with certainty. Select the right text in the reader and re-attach, or delete.");
                for c in orphans {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.label(RichText::new(format!("“{}”", c.quote)).italics());
                        let article = p.articles.get(c.article).map_or("a missing article", |a| a.title.as_str());
                        ui.weak(format!("from {article}"));
                        ui.horizontal(|ui| {
                            let pending = cx.state.pending;
                            let reattach = ui.add_enabled(pending.is_some(), egui::Button::new("Re-attach to selection"));
                            if let Some(sel) = pending
                                && reattach.clicked()
                            {
                                match builders::reattach(p, c.id, sel.article, sel.start, sel.end) {
                                    Ok(edit) => cx.actions.push(Action::ApplyAndSelect(edit, c.id)),
                                    Err(e) => cx.state.error(e.to_string()),
                                }
                            }
                            if ui.button("Delete claim").clicked() {
                                cx.actions.push(Action::Apply(builders::delete_claim(p, c.id)));
                            }
                        });
                    });
                }
            }
            if !bare.is_empty() {
                ui.strong(format!("{} event(s) without evidence", bare.len()));
                for e in bare {
                    ui.horizontal(|ui| {
                        ui.label(crate::ui::widgets::event_summary(p, e));
                        if ui.button("Delete event").clicked() {
                            cx.actions.push(Action::Apply(builders::delete_event(e.id)));
                        }
                    });
                }
            }
            if !dups.is_empty() {
                ui.strong(format!("{} possible duplicate act(s)", dups.len()));
                ui.weak("The same act coded twice counts twice on the chart. Merge keeps the first event with the evidence of both; undo takes it back.");
                for d in dups {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.label(duplicates::describe(p, d));
                        if ui.button("Merge into the first").clicked() {
                            match builders::merge_events(p, d.keep, d.other) {
                                Ok(edit) => cx.actions.push(Action::Apply(edit)),
                                Err(e) => cx.state.error(e.to_string()),
                            }
                        }
                    });
                }
            }
            if !contradictions.is_empty() {
                ui.strong(format!(
                    "{} whose evidence contradicts itself",
                    crate::ui::words::count(contradictions.len(), "event", "events")
                ));
                ui.weak("Two of the event's claims are linked as contradicting each other: keep the one you trust as evidence, or unlink them.");
                for c in &contradictions {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.label(c.describe(p));
                        if ui.button("Show event").clicked() {
                            cx.actions.push(Action::SelectEvent(c.event));
                        }
                    });
                }
            }
            if !straddles.is_empty() {
                ui.strong(format!("{} act(s) dated across a change of side", straddles.len()));
                ui.weak("Each is counted for every side by its share of the days; a more precise date settles it.");
                for s in &straddles {
                    ui.label(actor_checks::describe_straddle(p, s));
                }
            }
            if !shared.is_empty() {
                ui.strong(format!("{} name(s) on more than one actor", shared.len()));
                for s in shared.iter() {
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.label(actor_checks::describe_shared(p, s));
                        if let [keep, gone] = s.actors[..]
                            && ui.button(format!("Merge into {}", p.actor_name(keep))).clicked()
                        {
                            match builders::merge_actors(p, keep, gone) {
                                Ok(edit) => cx.actions.push(Action::Apply(edit)),
                                Err(e) => cx.state.error(e.to_string()),
                            }
                        }
                    });
                }
            }
            if !loaded.is_empty() {
                ui.separator();
                ui.strong("Found when the project was opened");
                for problem in loaded {
                    let text = problem.to_string();
                    match problem.outcome {
                        Outcome::Repaired | Outcome::Upgraded => ui.weak(text),
                        Outcome::NeedsAttention | Outcome::NotKept => ui.label(text),
                    };
                }
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Document;
    use crate::model::{Actor, ActorKind, Colour, Project};

    /// A project with actors enough to be checked on another thread, two of them named `twin`.
    fn large(twin: &str) -> Document {
        let mut p = Project::new("large");
        for n in 0..=HEAVY_ACTORS {
            p.actors.put(Actor::new(format!("Actor {n}"), ActorKind::Person, Colour::palette(0)));
        }
        for _ in 0..2 {
            p.actors.put(Actor::new(twin, ActorKind::Person, Colour::palette(1)));
        }
        Document::new(p, None)
    }

    #[test]
    fn a_closed_projects_shared_names_do_not_stand_in_while_the_open_ones_are_checked() {
        let ctx = egui::Context::default();
        let mut view = ProblemsView::default();
        let first = large("Sergei Lavrov");
        let mut found = Vec::new();
        for _ in 0..2000 {
            found = view.shared_names(&first, &ctx).to_vec();
            if !found.is_empty() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert_eq!(found.first().map(|s| s.name.as_str()), Some("Sergei Lavrov"));
        let other = large("Wang Yi");
        let meanwhile = view.shared_names(&other, &ctx);
        assert!(meanwhile.iter().all(|s| s.name != "Sergei Lavrov"), "{meanwhile:?}");
    }
}
