//! Problems: what loading found and repaired, and what needs the analyst — merge conflicts to
//! settle, orphaned claims to re-attach or delete, events left without evidence, possible
//! duplicate acts to merge, events whose evidence contradicts itself, acts dated across an
//! actor's change of side, names two actors share.

use egui::RichText;

use crate::analysis::actor_checks;
use crate::analysis::duplicates::{self, Duplicate};
use crate::analysis::grading::{self, SelfContradiction};
use crate::edit::builders;
use crate::io::repair::{Outcome, Problem};

use super::once_per_state;
use crate::ui::state::Action;
use crate::ui::workbench::Cx;

#[derive(Default)]
pub struct ProblemsView {
    /// Possible duplicates for the document state they were found in: found again only after an edit.
    duplicates: Option<(u64, Vec<Duplicate>)>,
    actor_checks: Option<(u64, ActorChecks)>,
    contradictions: Option<(u64, Vec<SelfContradiction>)>,
}

type ActorChecks = (Vec<actor_checks::Straddle>, Vec<actor_checks::SharedName>);

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

    /// Acts dated across a change of side and names two actors share, found once per
    /// document state like the duplicates.
    pub fn actor_checks(&mut self, doc: &crate::edit::Document) -> &ActorChecks {
        once_per_state(&mut self.actor_checks, doc, |p| (actor_checks::straddling(p), actor_checks::shared_names(p)))
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>, loaded: &[Problem]) {
        let p = cx.doc.project();
        let (straddles, shared) = self.actor_checks(cx.doc).clone();
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
                for s in &shared {
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
