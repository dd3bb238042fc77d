//! The chart pane's "Export chart…" window: size, format and file for a picture of the chart
//! as it is shown (same filters, dyads and lanes).

use std::path::PathBuf;

use crate::io::export::{ChartFormat, MAX_SIZE, MIN_SIZE};
use crate::ui::file_dialog::NativeDialog;
use crate::ui::state::Action;

pub struct ExportDraft {
    pub width: u32,
    pub height: u32,
    pub format: ChartFormat,
    pub path: String,
    /// Set when the window was closed or the export asked for.
    pub closed: bool,
}

impl Default for ExportDraft {
    fn default() -> Self {
        Self { width: 1200, height: 600, format: ChartFormat::Svg, path: String::new(), closed: false }
    }
}

impl ExportDraft {
    /// Shows the window; the export to carry out once the analyst confirms.
    pub fn ui(&mut self, ctx: &egui::Context, native: &mut NativeDialog) -> Option<Action> {
        let mut action = None;
        let mut open = true;
        // Opened in the middle of the window, never over the menu bar.
        let window = egui::Window::new("Export chart")
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .pivot(egui::Align2::CENTER_CENTER)
            .default_pos(ctx.content_rect().center());
        window.show(ctx, |ui| {
            if let Some(picked) = native.poll().and_then(|paths| paths.into_iter().next()) {
                self.path = picked.display().to_string();
            }
            ui.horizontal(|ui| {
                let label = ui.label("Width");
                ui.add(egui::DragValue::new(&mut self.width).range(MIN_SIZE..=MAX_SIZE).suffix(" px"))
                    .labelled_by(label.id);
                let label = ui.label("Height");
                ui.add(egui::DragValue::new(&mut self.height).range(MIN_SIZE..=MAX_SIZE).suffix(" px"))
                    .labelled_by(label.id);
            });
            egui::ComboBox::new("chart-export-format", "Format").selected_text(self.format.label()).show_ui(ui, |ui| {
                for f in ChartFormat::ALL {
                    ui.selectable_value(&mut self.format, f, f.label());
                }
            });
            let label = ui.label("File");
            ui.add(egui::TextEdit::singleline(&mut self.path).desired_width(360.0).hint_text("/path/to/chart.svg"))
                .labelled_by(label.id);
            ui.horizontal(|ui| {
                if ui.add_enabled(!native.is_open(), egui::Button::new("Browse…")).clicked() {
                    native.start_save("Export chart", self.format.label(), self.format.extension());
                }
                let path = self.path.trim();
                if ui.add_enabled(!path.is_empty(), egui::Button::new("Export")).clicked() {
                    let mut path = PathBuf::from(path);
                    if path.extension().is_none() {
                        path.set_extension(self.format.extension());
                    }
                    action =
                        Some(Action::ExportChart { format: self.format, width: self.width, height: self.height, path });
                    self.closed = true;
                }
                if ui.button("Cancel").clicked() {
                    self.closed = true;
                }
            });
            crate::ui::dialogs::browse_note(ui, native);
        });
        self.closed |= !open;
        action
    }
}
