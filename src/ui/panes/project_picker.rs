//! A field for another project file, as the Merge and Compare panes ask for one: typed, pasted,
//! or chosen with the system dialog where the desktop offers one (File ▸ Open's fallback too).

use std::path::PathBuf;

use crate::ui::dialogs::browse_note;
use crate::ui::file_dialog::NativeDialog;

#[derive(Default)]
pub struct ProjectPicker {
    pub text: String,
    native: NativeDialog,
    /// Put the keyboard in the field on the next frame (the menu command that opened the pane).
    focus: bool,
}

impl ProjectPicker {
    pub fn focus(&mut self) {
        self.focus = true;
    }

    /// The path typed or chosen, if any.
    pub fn path(&self) -> Option<PathBuf> {
        let text = self.text.trim();
        (!text.is_empty()).then(|| PathBuf::from(text))
    }

    /// The labelled field with its Browse… button; true when Enter was pressed in it.
    pub fn ui(&mut self, ui: &mut egui::Ui, label: &str, dialog_title: &'static str) -> bool {
        if let Some(path) = self.native.poll().and_then(|p| p.into_iter().next()) {
            self.text = path.display().to_string();
        }
        let label = ui.label(label);
        let mut entered = false;
        ui.horizontal(|ui| {
            let field = egui::TextEdit::singleline(&mut self.text)
                .hint_text("/path/to/project.ron")
                .desired_width((ui.available_width() - 90.0).max(120.0));
            let response = ui.add(field).labelled_by(label.id);
            if std::mem::take(&mut self.focus) {
                response.request_focus();
            }
            entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let browse = ui.add_enabled(!self.native.is_open(), egui::Button::new("Browse…"));
            if browse.on_hover_text("The system file dialog, where the desktop offers one").clicked() {
                self.native.start_open(dialog_title, "Faultline project", "ron");
            }
            if self.native.is_open() {
                ui.spinner();
            }
        });
        browse_note(ui, &self.native);
        entered
    }
}
