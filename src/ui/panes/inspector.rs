//! The inspector: everything about the selected claim (tags, speaker, targets, grade, note,
//! links, its events, "Code as event"), or the selected article's metadata and reliability
//! when no claim is selected.

use egui::RichText;

use crate::edit::{Edit, Op, Record, builders};
use crate::model::{ActorId, Article, Claim, ClaimId, Confidence, Event, Project};

use crate::ui::colours::c32;
use crate::ui::event_form::EventForm;
use crate::ui::panes::grading::{GradingDrafts, article_grade_ui, claim_grade_ui, claim_links_ui};
use crate::ui::state::Action;
use crate::ui::widgets::{combo, event_summary, tag_tree};
use crate::ui::workbench::Cx;

#[derive(Default)]
pub struct InspectorView {
    /// The note being typed, committed as one edit when the field loses focus.
    note: Option<(ClaimId, String)>,
    /// The document state the drafts were copied at: an undo elsewhere refreshes them.
    synced: u64,
    new_actor: String,
    /// Article metadata being typed, committed on focus loss.
    meta: Option<Article>,
    /// The Published field as typed: kept apart from `meta` so a half-typed date is not
    /// re-parsed away on every keystroke, and read only when the field is left.
    published: String,
    /// Why the last Published entry was refused (the stored date was kept).
    published_error: Option<String>,
    grading: GradingDrafts,
}

impl InspectorView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        if self.synced != cx.doc.state() {
            self.synced = cx.doc.state();
            self.note = None;
            self.meta = None;
            self.published_error = None;
            self.grading.reset();
        }
        // The scroll bar floats over the content's right end: full-width fields leave it room.
        let scroll = &ui.spacing().scroll;
        let mut margin = scroll.content_margin;
        margin.right += (scroll.bar_inner_margin + scroll.bar_width + scroll.bar_outer_margin).ceil() as i8;
        egui::ScrollArea::vertical().auto_shrink([false, false]).content_margin(margin).show(ui, |ui| {
            match cx.state.selection.claim.and_then(|c| p.claims.get(c)) {
                Some(claim) => self.claim_ui(ui, p, claim, &mut cx.state.event_form, cx.actions),
                None => match cx.state.selection.article.and_then(|a| p.articles.get(a)) {
                    Some(article) => self.article_ui(ui, p, article, cx.actions),
                    None => {
                        ui.weak("Select a claim in the reader, or an article in the list.");
                    }
                },
            }
        });
    }

    fn claim_ui(
        &mut self,
        ui: &mut egui::Ui,
        p: &Project,
        claim: &Claim,
        form: &mut EventForm,
        actions: &mut Vec<Action>,
    ) {
        ui.heading("Claim");
        egui::Frame::group(ui.style()).show(ui, |ui| {
            let quoted = claim.quote.starts_with(['“', '"']);
            let text = if quoted { claim.quote.clone() } else { format!("“{}”", claim.quote) };
            ui.label(RichText::new(text).italics());
        });
        let article = p.articles.get(claim.article).map_or("", |a| a.title.as_str());
        ui.weak(format!("characters {}–{} of “{article}”", claim.start, claim.end));
        let set = |label: &str, f: &dyn Fn(&mut Claim)| {
            let mut c = claim.clone();
            f(&mut c);
            builders::update_claim(label, c)
        };

        ui.add_space(6.0);
        ui.strong("Tags");
        if p.tags.is_empty() {
            ui.weak("The codebook is empty: add tags in the Codebook tab.");
        }
        for (tag, depth) in tag_tree(p) {
            ui.horizontal(|ui| {
                ui.add_space(depth as f32 * 16.0);
                let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                ui.painter().rect_filled(rect, 2.0, c32(tag.colour));
                let mut on = claim.tags.contains(&tag.id);
                if ui.checkbox(&mut on, &tag.name).on_hover_text(&tag.description).changed()
                    && let Ok(edit) = builders::toggle_tag(p, claim.id, tag.id)
                {
                    actions.push(Action::Apply(edit));
                }
            });
        }

        ui.add_space(6.0);
        if let Some(speaker) = actor_combo(ui, p, "Speaker", claim.speaker, true) {
            actions.push(Action::Apply(set("set speaker", &|c| c.speaker = speaker)));
        }
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("New actor");
            ui.add(egui::TextEdit::singleline(&mut self.new_actor).desired_width(140.0).hint_text("name"))
                .labelled_by(label.id);
            if ui.button("Add as speaker").clicked() {
                actions.push(Action::NewSpeaker(std::mem::take(&mut self.new_actor)));
            }
        });

        ui.add_space(6.0);
        ui.strong("Targets");
        ui.horizontal_wrapped(|ui| {
            for &t in &claim.targets {
                if ui.button(format!("{} ×", p.actor_name(t))).on_hover_text("Remove this target").clicked() {
                    actions.push(Action::Apply(set("remove target", &|c| c.targets.retain(|&x| x != t))));
                }
            }
            if let Some(Some(t)) = actor_combo(ui, p, "Add target", None, false)
                && !claim.targets.contains(&t)
            {
                actions.push(Action::Apply(set("add target", &|c| c.targets.push(t))));
            }
        });

        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            ui.strong("Confidence");
            for level in Confidence::ALL {
                if ui.radio(claim.confidence == level, level.label()).clicked() && claim.confidence != level {
                    actions.push(Action::Apply(set("set confidence", &|c| c.confidence = level)));
                }
            }
        });

        ui.add_space(6.0);
        claim_grade_ui(ui, p, claim, actions);

        let note_label = ui.strong("Note");
        if self.note.as_ref().is_none_or(|(id, _)| *id != claim.id) {
            self.note = Some((claim.id, claim.note.clone()));
        }
        if let Some((_, text)) = &mut self.note {
            let r = ui
                .add(egui::TextEdit::multiline(text).desired_rows(2).desired_width(f32::INFINITY))
                .labelled_by(note_label.id);
            if r.lost_focus() && *text != claim.note {
                let note = text.clone();
                actions.push(Action::Apply(set("edit note", &|c| c.note = note.clone())));
            }
        }

        ui.add_space(8.0);
        claim_links_ui(ui, p, claim, &mut self.grading, actions);
        hypotheses_ui(ui, p, claim, actions);
        ui.add_space(8.0);
        events_ui(ui, p, claim, form, actions);
        ui.add_space(8.0);
        ui.separator();
        if ui.button("Delete claim").clicked() {
            actions.push(Action::Apply(builders::delete_claim(p, claim.id)));
        }
    }

    fn article_ui(&mut self, ui: &mut egui::Ui, p: &Project, article: &Article, actions: &mut Vec<Action>) {
        ui.heading("Article");
        if self.meta.as_ref().is_none_or(|m| m.id != article.id) {
            self.meta = Some(article.clone());
            self.published = article.published.map(|d| d.to_string()).unwrap_or_default();
        }
        let Some(meta) = &mut self.meta else { return };
        let mut commit = false;
        egui::Grid::new("article-meta").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            for (name, field) in [
                ("Title", &mut meta.title),
                ("Outlet", &mut meta.outlet),
                ("Author", &mut meta.author),
                ("URL", &mut meta.url),
            ] {
                let label = ui.label(name);
                commit |= ui
                    .add(egui::TextEdit::singleline(field).desired_width(f32::INFINITY))
                    .labelled_by(label.id)
                    .lost_focus();
                ui.end_row();
            }
            let label = ui.label("Published");
            let r = ui
                .add(egui::TextEdit::singleline(&mut self.published).hint_text("YYYY-MM-DD, or 13 January 2017"))
                .labelled_by(label.id);
            if r.lost_focus() {
                match publication_date(&self.published) {
                    Ok(date) => {
                        meta.published = date;
                        self.published_error = None;
                        commit = true;
                    }
                    Err(why) => self.published_error = Some(why),
                }
            }
            ui.end_row();
        });
        if let Some(why) = &self.published_error {
            let kept =
                article.published.map_or("the article stays undated".to_owned(), |d| format!("the date stays {d}"));
            ui.colored_label(ui.visuals().error_fg_color, format!("{why}; {kept}."));
        }
        let label = ui.label("Notes");
        commit |= ui
            .add(egui::TextEdit::multiline(&mut meta.notes).desired_width(f32::INFINITY))
            .labelled_by(label.id)
            .lost_focus();
        if !article.url.is_empty() && ui.link("Open the article's URL in the browser").clicked() {
            ui.ctx().open_url(egui::OpenUrl::new_tab(&article.url));
        }
        ui.weak(format!("{} characters", article.text.chars().count()));
        if commit && meta != article {
            actions.push(Action::Apply(Edit::one("edit article details", Op::Put(Record::Article(meta.clone())))));
        }
        ui.add_space(8.0);
        article_grade_ui(ui, p, article, &mut self.grading, actions);
        ui.add_space(8.0);
        if ui.button("Delete article").on_hover_text("Deletes the article and its claims (undoable)").clicked() {
            actions.push(Action::Apply(builders::delete_article(p, article.id)));
        }
    }
}

/// The publication date an analyst typed: empty clears it; otherwise one calendar day, as an ISO
/// date or any absolute phrase the event Date field reads ("13 January 2017").
fn publication_date(typed: &str) -> Result<Option<jiff::civil::Date>, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let not_a_date = |why: &str| format!("“{typed}” is not a date the Published field can use: {why}");
    match crate::analysis::date_phrase::resolve(typed, None) {
        Ok(d) if d.start == d.end => Ok(Some(d.start)),
        Ok(d) => Err(not_a_date(&format!("it spans {} to {}; give the day it was published", d.start, d.end))),
        Err(_) => Err(not_a_date("type it as YYYY-MM-DD, e.g. 2017-01-13")),
    }
}

/// Says when the claim is a column of the hypotheses matrix, so removing or regrading it is
/// known to move the ACH scores, with a way to the matrix.
fn hypotheses_ui(ui: &mut egui::Ui, p: &Project, claim: &Claim, actions: &mut Vec<Action>) {
    let Some(column) = p.ach_evidence.iter().position(|&c| c == claim.id) else {
        return;
    };
    let rated = p.ach_cells.iter().filter(|cell| cell.claim == claim.id).count();
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "Evidence {} in the hypotheses matrix, rated against {rated} of {} hypotheses.",
            crate::analysis::ach::evidence_label(column),
            p.hypotheses.len()
        ));
        if ui.button("Show in Hypotheses").clicked() {
            actions.push(Action::ShowPane(crate::ui::workbench::Pane::Hypotheses));
        }
    });
}

fn events_ui(ui: &mut egui::Ui, p: &Project, claim: &Claim, form: &mut EventForm, actions: &mut Vec<Action>) {
    let events: Vec<&Event> = p.events_of_claim(claim.id).collect();
    ui.strong(if events.is_empty() { "Not coded as an event yet".to_owned() } else { "Evidence for".to_owned() });
    for e in &events {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.label(event_summary(p, e));
            ui.horizontal_wrapped(|ui| {
                if ui.button("Show on chart").clicked() {
                    actions.push(Action::ShowOnChart(e.id));
                }
                if ui.button("Unlink").on_hover_text("This claim no longer reports the event").clicked()
                    && let Ok(edit) = builders::unlink_evidence(p, claim.id, e.id)
                {
                    actions.push(Action::Apply(edit));
                }
            });
        });
    }

    if form.claim != Some(claim.id) {
        *form = EventForm::for_claim(claim);
    }
    ui.add_space(4.0);
    egui::CollapsingHeader::new("Code as event").default_open(events.is_empty()).show(ui, |ui| {
        event_form_ui(ui, p, claim, form, actions);
    });
    let others: Vec<&Event> = p.events.iter().filter(|e| !e.evidence.contains(&claim.id)).collect();
    if !others.is_empty() {
        egui::CollapsingHeader::new("Link to an existing event").show(ui, |ui| {
            ui.weak("Another article reporting the same act: one event, more evidence.");
            let chosen = form.link_to.and_then(|id| p.events.get(id));
            egui::ComboBox::new("link-event", "Event")
                .width(ui.available_width() - 8.0)
                .selected_text(chosen.map_or("choose an event".to_owned(), |e| event_summary(p, e)))
                .show_ui(ui, |ui| {
                    for e in &others {
                        ui.selectable_value(&mut form.link_to, Some(e.id), event_summary(p, e));
                    }
                });
            if ui.add_enabled(chosen.is_some(), egui::Button::new("Link as evidence")).clicked()
                && let Some(event) = form.link_to
                && let Ok(edit) = builders::link_evidence(p, claim.id, event)
            {
                actions.push(Action::Apply(edit));
            }
        });
    }
}

fn event_form_ui(ui: &mut egui::Ui, p: &Project, claim: &Claim, form: &mut EventForm, actions: &mut Vec<Action>) {
    // Until the analyst picks them, the dyad follows the claim's speaker and first target.
    form.source = form.source.or(claim.speaker);
    form.target = form.target.or(claim.targets.first().copied());
    let current = form.kind.and_then(|k| p.taxonomy.get(k));
    combo(ui, "event-type", "Type", current.map_or("choose a type", |t| t.name.as_str()), 260.0, |ui| {
        for t in p.taxonomy.iter() {
            let text = format!("{}  ({:+.1})", t.name, t.score);
            if ui.selectable_label(form.kind == Some(t.id), text).clicked() {
                form.kind = Some(t.id);
                form.score = t.score;
            }
        }
    });
    if let Some(a) = actor_combo(ui, p, "Source", form.source, false) {
        form.source = a;
    }
    if let Some(a) = actor_combo(ui, p, "Target", form.target, false) {
        form.target = a;
    }
    ui.checkbox(&mut form.bilateral, "Bilateral (counts in both directions)");
    let entered = ui
        .horizontal_wrapped(|ui| {
            let date_label = ui.label("Date");
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut form.date)
                        .desired_width(ui.available_width().min(260.0))
                        .hint_text("2025-05-30, on Friday, in early May"),
                )
                .labelled_by(date_label.id)
                .on_hover_text("Press Enter to create the event");
            if r.changed() {
                form.refused = None;
            }
            r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
        })
        .inner;
    ui.horizontal(|ui| {
        let label = ui.label("Score");
        ui.add(egui::DragValue::new(&mut form.score).range(-10.0..=10.0).speed(0.1).fixed_decimals(1))
            .labelled_by(label.id)
            .on_hover_text("Prefilled from the type; change it to override this event's score");
    });
    let date = form.resolved_date(p);
    let published = p.articles.get(claim.article).and_then(|a| a.published);
    match &date {
        Ok(reading) => {
            let d = &reading.date;
            if let Some(note) = &reading.note {
                ui.colored_label(ui.visuals().warn_fg_color, note);
            }
            ui.weak(format!("→ {} to {} ({})", d.start, d.end, d.precision.label()))
        }
        Err(e) if form.date.trim().is_empty() => ui.weak(match published {
            Some(pd) => format!("Relative dates count back from the publication date, {pd}."),
            None => e.clone(),
        }),
        Err(e) => ui.colored_label(ui.visuals().error_fg_color, e),
    };
    let event = form.event(p);
    if let Some(warning) = event.as_ref().ok().and_then(|e| crate::ui::event_form::duplicate_warning(p, e)) {
        ui.colored_label(ui.visuals().warn_fg_color, warning);
    }
    if form.proposed {
        let hint = match &event {
            Ok(_) => "Proposed from the suggestion: check it, then press Enter".to_owned(),
            Err(why) => format!("Proposed from the suggestion: {why}, then press Enter"),
        };
        ui.colored_label(ui.visuals().warn_fg_color, hint);
    }
    let button = ui.add_enabled(event.is_ok(), egui::Button::new("Create event"));
    match event {
        Err(why) => {
            if entered {
                form.refused = Some(why.clone());
            }
            button.on_hover_text(why);
        }
        Ok(event) if button.clicked() || entered => actions.push(Action::CodeEvent(event)),
        Ok(_) => form.refused = None,
    }
    if let Some(why) = &form.refused {
        ui.colored_label(ui.visuals().error_fg_color, format!("Not created: {why}."));
    }
}

/// A labelled combo box of actors; returns `Some(choice)` when the analyst picked one.
fn actor_combo(
    ui: &mut egui::Ui,
    p: &Project,
    label: &str,
    current: Option<ActorId>,
    allow_none: bool,
) -> Option<Option<ActorId>> {
    let mut chosen = None;
    let text = current.map_or(if allow_none { "(none)" } else { "choose an actor" }, |a| p.actor_name(a));
    combo(ui, ("actor-combo", label), label, text, 220.0, |ui| {
        if allow_none && ui.selectable_label(current.is_none(), "(none)").clicked() {
            chosen = Some(None);
        }
        for a in p.actors.iter() {
            if ui.selectable_label(current == Some(a.id), &a.name).clicked() {
                chosen = Some(Some(a.id));
            }
        }
    });
    chosen
}
