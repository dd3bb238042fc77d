//! A field for another file, as the Merge and Compare panes ask for a project and the Actors
//! pane for a dictionary: typed, pasted, or chosen with the system dialog where the desktop
//! offers one (File ▸ Open's fallback too).

use std::path::PathBuf;

use crate::ui::dialogs::browse_note;
use crate::ui::file_dialog::NativeDialog;

pub struct ProjectPicker {
    pub text: String,
    /// What the field takes: the hint, and the system dialog's file type and extensions.
    kind: FileKind,
    native: NativeDialog,
    /// Put the keyboard in the field on the next frame (the menu command that opened the pane).
    focus: bool,
}

/// The files a picker takes.
pub struct FileKind {
    pub hint: &'static str,
    pub type_name: &'static str,
    pub extensions: &'static [&'static str],
}

impl Default for ProjectPicker {
    fn default() -> Self {
        Self::new(FileKind { hint: "/path/to/project.ron", type_name: "Faultline project", extensions: &["ron"] })
    }
}

impl ProjectPicker {
    pub fn new(kind: FileKind) -> Self {
        Self { text: String::new(), kind, native: NativeDialog::default(), focus: false }
    }

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
        // Wrapped, and the field no wider than the pane leaves: in a narrow pane (the Actors tab at
        // 1024×700) Browse… goes under the field instead of pushing the pane past its edge.
        ui.horizontal_wrapped(|ui| {
            let field = egui::TextEdit::singleline(&mut self.text)
                .hint_text(self.kind.hint)
                .desired_width((ui.available_width() - 90.0).max(80.0));
            let response = ui.add(field).labelled_by(label.id);
            if std::mem::take(&mut self.focus) {
                response.request_focus();
            }
            entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            let browse = ui.add_enabled(!self.native.is_open(), egui::Button::new("Browse…"));
            if browse.on_hover_text("The system file dialog, where the desktop offers one").clicked() {
                self.native.start_open(dialog_title, self.kind.type_name, self.kind.extensions);
            }
            if self.native.is_open() {
                ui.spinner();
            }
        });
        browse_note(ui, &self.native);
        entered
    }
}
