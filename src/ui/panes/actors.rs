//! The actor registry: people, states, ministries, with the periods each acts for another
//! (Greer -> United States from 2025-02-26), aliases, country code and Wikidata item. Select
//! one to edit it, or to merge it into another actor entered twice. Find narrows the list by
//! name or alias, and the project's way of comparing names (diacritics or not) is set here.

use crate::edit::{Edit, Op, Record, builders};
use crate::model::{Actor, ActorId, ActorKind, Colour, Project, language, parse_code, parse_qid};
use crate::ui::words::count;

use crate::ui::colours::{c32, colour_button};
use crate::ui::draft::Draft;
use crate::ui::state::Action;
use crate::ui::workbench::Cx;

/// What the numbers beside the actors count.
const MENTIONS: &str = "Mentions: times a name or alias of this actor appears in the articles";

#[derive(Default)]
pub struct ActorsView {
    selected: Option<ActorId>,
    /// The actor being edited, committed when a field loses focus or a choice is made.
    draft: Draft<Actor>,
    aliases: String,
    /// The language typed beside each alias, in the aliases' order.
    languages: Vec<String>,
    code: String,
    qid: String,
    /// Why a typed code or Wikidata item was not taken.
    error: Option<String>,
    periods: super::actor_periods::PeriodsEditor,
    pub import: super::actor_import::ActorImport,
    /// What Find holds, and the actors it found in the document state they were found in.
    find: String,
    found: Option<(u64, String, Vec<ActorId>)>,
}

/// The actors with a name or alias containing `query`, compared as the project compares names.
fn find_actors(p: &Project, query: &str) -> Vec<ActorId> {
    let wanted = p.matching.key(query);
    let named = |a: &Actor| std::iter::once(&a.name).chain(&a.aliases).any(|n| p.matching.key(n).contains(&wanted));
    p.actors.iter().filter(|a| named(a)).map(|a| a.id).collect()
}

impl ActorsView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        if self.import.open {
            self.import.ui(ui, cx);
            ui.separator();
        }
        let p = cx.doc.project();
        ui.horizontal_wrapped(|ui| {
            if ui.button("New actor").clicked() {
                let actor = Actor::new(
                    format!("New actor {}", p.actors.len() + 1),
                    ActorKind::Person,
                    Colour::palette(p.actors.len()),
                );
                self.selected = Some(actor.id);
                cx.actions.push(Action::Apply(Edit::one("new actor", Op::Put(Record::Actor(actor)))));
            }
            if !self.import.open && ui.button("Import dictionary…").clicked() {
                self.import.start();
            }
            let mut ignore = p.matching.ignore_diacritics;
            let hint = "Names match whatever their accents (\"Sergei\" finds \"Sergeï\", \"Елкин\" finds \"Ёлкин\") in \
                        the reader, mention counts, suggestions, finding and merging actors; saved with the project";
            if ui.checkbox(&mut ignore, "Ignore diacritics").on_hover_text(hint).changed()
                && let Ok(edit) = builders::set_ignore_diacritics(p, ignore)
            {
                cx.actions.push(Action::Apply(edit));
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label("Find");
            ui.add(egui::TextEdit::singleline(&mut self.find).hint_text("name or alias").desired_width(f32::INFINITY))
                .labelled_by(label.id);
        });
        let shown: Option<Vec<ActorId>> = if self.find.trim().is_empty() {
            None
        } else {
            Some(super::once_per_query(&mut self.found, cx.doc, &self.find, find_actors).clone())
        };
        ui.separator();
        // Counted off the UI thread on a large project; the list shows no counts until then.
        let counts = cx.state.assist.counts(cx.doc, ui.ctx());
        // Room the scroll bar takes as it floats over the list's right edge.
        let bar = ui.spacing().scroll;
        let bar = bar.bar_width + bar.bar_inner_margin + bar.bar_outer_margin;
        if counts.is_some() {
            // The heading of the count column, so the list's numbers need no words of their own.
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                ui.add_space(bar);
                ui.weak("mentions").on_hover_text(MENTIONS);
            });
        }
        let list_height = (ui.available_height() * 0.5).max(120.0);
        egui::ScrollArea::vertical().id_salt("actor-list").max_height(list_height).auto_shrink([false, true]).show(
            ui,
            |ui| {
                let listed: Box<dyn Iterator<Item = &Actor>> = match &shown {
                    Some(ids) => Box::new(ids.iter().filter_map(|&id| p.actors.get(id))),
                    None => Box::new(p.actors.iter()),
                };
                for a in listed {
                    ui.horizontal(|ui| {
                        let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                        ui.painter().circle_filled(rect.center(), 5.0, c32(a.colour));
                        let text = match a.current_affiliation().and_then(|x| x.acts_for) {
                            Some(parent) => format!("{} ({})", a.name, p.actor_name(parent)),
                            None => a.name.clone(),
                        };
                        // The count keeps a column at the right; a long name wraps beside it, so
                        // two embassies can still be told apart in a narrow pane.
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                            ui.add_space(bar);
                            if let Some(counts) = &counts {
                                ui.weak(counts.of_actor(a.id).to_string()).on_hover_text(MENTIONS);
                            }
                            ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                                let name = egui::Button::selectable(self.selected == Some(a.id), text.as_str()).wrap();
                                if ui.add(name).on_hover_text(a.kind.label()).clicked() {
                                    self.selected = Some(a.id);
                                }
                            });
                        });
                    });
                }
            },
        );
        ui.separator();
        // The form scrolls on its own below the list: in a short window its periods, Merge into
        // and Delete actor would otherwise fall off the pane's bottom, out of reach.
        egui::ScrollArea::vertical().id_salt("actor-form-scroll").auto_shrink([false, true]).show(ui, |ui| {
            self.form(ui, cx);
        });
    }

    /// The selected actor's fields, periods, merge and delete.
    fn form(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        let Some(actor) = self.selected.and_then(|id| p.actors.get(id)) else {
            ui.weak("Select an actor to edit it.");
            return;
        };
        let (draft, fresh) = self.draft.sync(actor, cx.doc.state());
        if fresh {
            self.aliases = aliases_text(actor);
            self.languages = languages_of(actor);
            self.code = actor.code.clone().unwrap_or_default();
            self.qid = actor.qid.clone().unwrap_or_default();
            self.error = None;
            self.periods.reset(actor);
        }
        let mut commit = false;
        egui::Grid::new("actor-form").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            let label = ui.label("Name");
            commit |= ui
                .add(egui::TextEdit::singleline(&mut draft.name).desired_width(f32::INFINITY))
                .labelled_by(label.id)
                .lost_focus();
            ui.end_row();
            let label = ui.label("Kind");
            egui::ComboBox::from_id_salt("actor-kind")
                .selected_text(draft.kind.label())
                .show_ui(ui, |ui| {
                    for k in ActorKind::ALL {
                        commit |= ui.selectable_value(&mut draft.kind, k, k.label()).clicked();
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label("Country code");
            let r = ui
                .add(egui::TextEdit::singleline(&mut self.code).hint_text("USA").desired_width(60.0))
                .labelled_by(label.id)
                .on_hover_text("The CAMEO or ISO code of a state, by which dictionary codes such as USAGOV find it");
            if r.lost_focus() {
                match parse_code(&self.code) {
                    Ok(code) => (draft.code, self.error, commit) = (code, None, true),
                    Err(e) => self.error = Some(e),
                }
            }
            ui.end_row();
            let label = ui.label("Wikidata");
            ui.horizontal(|ui| {
                let r = ui
                    .add(egui::TextEdit::singleline(&mut self.qid).hint_text("Q30").desired_width(90.0))
                    .labelled_by(label.id);
                if r.lost_focus() {
                    match parse_qid(&self.qid) {
                        Ok(qid) => {
                            self.qid = qid.clone().unwrap_or_default();
                            (draft.qid, self.error, commit) = (qid, None, true);
                        }
                        Err(e) => self.error = Some(e),
                    }
                }
                if let Some(url) = actor.wikidata_url() {
                    ui.hyperlink_to(format!("{} on wikidata.org", actor.qid.as_deref().unwrap_or_default()), url);
                }
            });
            ui.end_row();
            let label = ui.label("Aliases");
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.aliases)
                        .hint_text("Beijing, PRC")
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
            if r.lost_focus() {
                // An alias typed with its language ("中国@zh") takes it, as in an actor table;
                // "Info@UN" is a name, and "Mail@eu@" the name "Mail@eu" (see `language::split_tag`).
                let typed: Vec<(&str, Option<String>)> =
                    self.aliases.split(',').map(str::trim).filter(|s| !s.is_empty()).map(language::split_tag).collect();
                draft.set_aliases(typed.iter().map(|(alias, _)| (*alias).to_owned()).collect());
                for (alias, tag) in typed {
                    if let Some(tag) = tag {
                        draft.alias_languages.insert(alias.to_owned(), tag);
                    }
                }
                self.aliases = aliases_text(draft);
                self.languages = languages_of(draft);
                commit = true;
            }
            ui.end_row();
            ui.label("Colour");
            commit |= colour_button(ui, &mut draft.colour);
            ui.end_row();
        });
        // Below the grid, so that long aliases do not push its fields out of a narrow pane.
        commit |= alias_languages(ui, draft, &mut self.languages, &mut self.error);
        if let Some(error) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, error);
        }
        if commit && draft != actor {
            cx.actions.push(Action::Apply(Edit::one("edit actor", Op::Put(Record::Actor(draft.clone())))));
        }
        ui.separator();
        self.periods.ui(ui, cx, actor);
        ui.separator();
        self.merge_ui(ui, cx, actor);
        let uses = p.events.iter().filter(|e| e.source == actor.id || e.target == actor.id).count();
        let delete = ui.button("Delete actor").on_hover_text(if uses > 0 {
            format!("Also deletes the {} it is a party to (undoable)", count(uses, "event", "events"))
        } else {
            "Claims lose it as speaker or target (undoable)".to_owned()
        });
        if delete.clicked() {
            cx.actions.push(Action::Apply(builders::delete_actor(p, actor.id)));
            self.selected = None;
        }
    }
}

/// The aliases as the field shows them, each read back as itself when the field is left: one
/// that would read as tagged ("Mail@eu", with no language) is closed with an `@` ("Mail@eu@").
fn aliases_text(actor: &Actor) -> String {
    let written: Vec<String> = actor.aliases.iter().map(|a| language::written(a, None)).collect();
    written.join(", ")
}

/// Each alias's language as the form shows it, in the aliases' order ("" for none).
fn languages_of(actor: &Actor) -> Vec<String> {
    actor.aliases.iter().map(|a| actor.alias_languages.get(a).cloned().unwrap_or_default()).collect()
}

/// A row per alias with its language tag ("zh", "ru"), hinted from its script when only one
/// language writes it; whether a typed tag was taken (to commit).
fn alias_languages(
    ui: &mut egui::Ui,
    draft: &mut Actor,
    languages: &mut Vec<String>,
    error: &mut Option<String>,
) -> bool {
    let mut commit = false;
    languages.resize(draft.aliases.len(), String::new());
    if !draft.aliases.is_empty() {
        ui.weak("Languages of the aliases");
    }
    for (i, alias) in draft.aliases.clone().into_iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(format!("“{alias}” in"));
            let hint = language::guess(&alias).unwrap_or("tag");
            let r = ui
                .add(egui::TextEdit::singleline(&mut languages[i]).hint_text(hint).desired_width(60.0))
                .labelled_by(label.id)
                .on_hover_text(format!("The language of “{alias}”: a tag such as zh, ru or ar; empty if unknown"));
            if r.lost_focus() {
                match language::parse(&languages[i]) {
                    Ok(Some(tag)) => {
                        languages[i] = tag.clone();
                        draft.alias_languages.insert(alias.clone(), tag);
                        (*error, commit) = (None, true);
                    }
                    Ok(None) => {
                        draft.alias_languages.remove(&alias);
                        (*error, commit) = (None, true);
                    }
                    Err(e) => *error = Some(e),
                }
            }
        });
    }
    commit
}

impl ActorsView {
    /// Merging the selected actor into another, for an actor entered twice: the choice names
    /// what happens, and the result is one undoable edit.
    fn merge_ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>, actor: &Actor) {
        let p = cx.doc.project();
        let mut into = None;
        let label = ui.label("Merge into");
        egui::ComboBox::from_id_salt("actor-merge-into")
            .selected_text("(choose the actor to keep)")
            .show_ui(ui, |ui| {
                for other in p.actors.iter().filter(|o| o.id != actor.id) {
                    if ui.selectable_label(false, &other.name).clicked() {
                        into = Some(other.id);
                    }
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(format!(
                "{} is one actor entered twice: its claims, events and names move to the actor chosen, and {} goes \
                 (undoable)",
                actor.name, actor.name
            ));
        if let Some(keep) = into {
            match builders::merge_actors(p, keep, actor.id) {
                Ok(edit) => {
                    cx.actions.push(Action::Apply(edit));
                    self.selected = Some(keep);
                }
                Err(e) => cx.state.error(e.to_string()),
            }
        }
    }
}
