//! The codebook: tags with colours, a hierarchy and descriptions.

use crate::edit::{Edit, Op, Record, builders};
use crate::model::{Colour, Tag, TagId};

use crate::ui::colours::{c32, colour_button};
use crate::ui::draft::Draft;
use crate::ui::state::Action;
use crate::ui::widgets::tag_tree;
use crate::ui::workbench::Cx;

#[derive(Default)]
pub struct CodebookView {
    selected: Option<TagId>,
    draft: Draft<Tag>,
}

impl CodebookView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        if ui.button("New tag").clicked() {
            let mut tag = Tag::new(format!("New tag {}", p.tags.len() + 1), Colour::palette(p.tags.len() + 3));
            tag.parent = self.selected;
            self.selected = Some(tag.id);
            cx.actions.push(Action::Apply(Edit::one("new tag", Op::Put(Record::Tag(tag)))));
        }
        ui.separator();
        let counts = |t: TagId| p.claims.iter().filter(|c| c.tags.contains(&t)).count();
        let list_height = (ui.available_height() * 0.5).max(120.0);
        egui::ScrollArea::vertical().id_salt("tag-list").max_height(list_height).auto_shrink([false, true]).show(
            ui,
            |ui| {
                for (tag, depth) in tag_tree(p) {
                    ui.horizontal(|ui| {
                        ui.add_space(depth as f32 * 14.0);
                        let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                        ui.painter().rect_filled(rect, 2.0, c32(tag.colour));
                        let text = format!("{} ({})", tag.name, counts(tag.id));
                        if ui
                            .selectable_label(self.selected == Some(tag.id), text)
                            .on_hover_text(&tag.description)
                            .clicked()
                        {
                            self.selected = Some(tag.id);
                        }
                    });
                }
            },
        );
        ui.separator();
        let Some(tag) = self.selected.and_then(|t| p.tags.get(t)) else {
            ui.weak("Select a tag to edit it. New tags go under the selected one.");
            return;
        };
        let (draft, _) = self.draft.sync(tag, cx.doc.state());
        let mut commit = false;
        egui::Grid::new("tag-form").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
            let label = ui.label("Name");
            commit |= ui.add(egui::TextEdit::singleline(&mut draft.name)).labelled_by(label.id).lost_focus();
            ui.end_row();
            ui.label("Colour");
            commit |= colour_button(ui, &mut draft.colour);
            ui.end_row();
            let label = ui.label("Parent");
            let current = draft.parent.and_then(|t| p.tags.get(t)).map_or("(top level)", |t| t.name.as_str());
            egui::ComboBox::from_id_salt("tag-parent")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    commit |= ui.selectable_value(&mut draft.parent, None, "(top level)").clicked();
                    for other in p.tags.iter().filter(|o| o.id != draft.id) {
                        commit |= ui.selectable_value(&mut draft.parent, Some(other.id), &other.name).clicked();
                    }
                })
                .response
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label("Description");
            commit |= ui
                .add(egui::TextEdit::multiline(&mut draft.description).desired_rows(2))
                .labelled_by(label.id)
                .lost_focus();
            ui.end_row();
        });
        if commit && draft != tag {
            cx.actions.push(Action::Apply(Edit::one("edit tag", Op::Put(Record::Tag(draft.clone())))));
        }
        if ui.button("Delete tag").on_hover_text("Claims lose the tag; sub-tags move up (undoable)").clicked() {
            cx.actions.push(Action::Apply(builders::delete_tag(p, tag.id)));
            self.selected = None;
        }
    }
}
