//! The actor registry: people, states, ministries, with affiliations (Greer -> United States)
//! and aliases. Select one to edit it.

use crate::edit::{Edit, Op, Record, builders};
use crate::model::{Actor, ActorId, ActorKind, Affiliation, Colour};

use crate::ui::colours::{c32, colour_button};
use crate::ui::draft::Draft;
use crate::ui::state::Action;
use crate::ui::workbench::Cx;

#[derive(Default)]
pub struct ActorsView {
    selected: Option<ActorId>,
    /// The actor being edited, committed when a field loses focus or a choice is made.
    draft: Draft<Actor>,
    aliases: String,
}

impl ActorsView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        if ui.button("New actor").clicked() {
            let actor = Actor::new(
                format!("New actor {}", p.actors.len() + 1),
                ActorKind::Person,
                Colour::palette(p.actors.len()),
            );
            self.selected = Some(actor.id);
            cx.actions.push(Action::Apply(Edit::one("new actor", Op::Put(Record::Actor(actor)))));
        }
        ui.separator();
        // Counted off the UI thread on a large project; the list shows no counts until then.
        let counts = cx.state.assist.counts(cx.doc, ui.ctx());
        let list_height = (ui.available_height() * 0.5).max(120.0);
        egui::ScrollArea::vertical().id_salt("actor-list").max_height(list_height).auto_shrink([false, true]).show(
            ui,
            |ui| {
                for a in p.actors.iter() {
                    ui.horizontal(|ui| {
                        let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                        ui.painter().circle_filled(rect.center(), 5.0, c32(a.colour));
                        let text = match a.current_affiliation().and_then(|x| x.acts_for) {
                            Some(parent) => format!("{} ({})", a.name, p.actor_name(parent)),
                            None => a.name.clone(),
                        };
                        if ui
                            .selectable_label(self.selected == Some(a.id), text)
                            .on_hover_text(a.kind.label())
                            .clicked()
                        {
                            self.selected = Some(a.id);
                        }
                        if let Some(counts) = &counts {
                            let n = counts.of_actor(a.id);
                            ui.weak(format!("{n} mention{}", if n == 1 { "" } else { "s" }))
                                .on_hover_text("Times a name or alias of this actor appears in the articles");
                        }
                    });
                }
            },
        );
        ui.separator();
        let Some(actor) = self.selected.and_then(|id| p.actors.get(id)) else {
            ui.weak("Select an actor to edit it.");
            return;
        };
        let (draft, fresh) = self.draft.sync(actor, cx.doc.state());
        if fresh {
            self.aliases = actor.aliases.join(", ");
        }
        let mut commit = false;
        egui::Grid::new("actor-form").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            let label = ui.label("Name");
            commit |= ui.add(egui::TextEdit::singleline(&mut draft.name)).labelled_by(label.id).lost_focus();
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
            let label = ui.label("Acts for");
            let mut side = draft.current_affiliation().and_then(|x| x.acts_for);
            let mut picked = false;
            egui::ComboBox::from_id_salt("actor-affiliation")
                .selected_text(side.map_or("(nobody)", |a| p.actor_name(a)))
                .show_ui(ui, |ui| {
                    picked |= ui.selectable_value(&mut side, None, "(nobody)").clicked();
                    for other in p.actors.iter().filter(|o| o.id != draft.id) {
                        picked |= ui.selectable_value(&mut side, Some(other.id), &other.name).clicked();
                    }
                })
                .response
                .labelled_by(label.id);
            if picked {
                set_current_side(draft, side);
                commit = true;
            }
            ui.end_row();
            let label = ui.label("Aliases");
            let r =
                ui.add(egui::TextEdit::singleline(&mut self.aliases).hint_text("Beijing, PRC")).labelled_by(label.id);
            if r.lost_focus() {
                draft.aliases =
                    self.aliases.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect();
                commit = true;
            }
            ui.end_row();
            ui.label("Colour");
            commit |= colour_button(ui, &mut draft.colour);
            ui.end_row();
        });
        if commit && draft != actor {
            cx.actions.push(Action::Apply(Edit::one("edit actor", Op::Put(Record::Actor(draft.clone())))));
        }
        let uses = p.events.iter().filter(|e| e.source == actor.id || e.target == actor.id).count();
        let delete = ui.button("Delete actor").on_hover_text(if uses > 0 {
            format!("Also deletes the {uses} event(s) it is a party to (undoable)")
        } else {
            "Claims lose it as speaker or target (undoable)".to_owned()
        });
        if delete.clicked() {
            cx.actions.push(Action::Apply(builders::delete_actor(p, actor.id)));
            self.selected = None;
        }
    }
}

/// Sets the side of the actor's current period, or gives it one open-ended period for `side`.
fn set_current_side(actor: &mut Actor, side: Option<ActorId>) {
    let current = actor.current_affiliation().cloned();
    match current.and_then(|c| actor.affiliations.iter().position(|x| *x == c)) {
        Some(i) => actor.affiliations[i].acts_for = side,
        None => actor.affiliations.extend(side.map(Affiliation::always)),
    }
}
