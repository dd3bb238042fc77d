//! Import dictionary… in the Actors pane: a CAMEO/PETRARCH/Phoenix dictionary or a CSV/TSV
//! actor table read, previewed line by line (added, merged into, or why a line was not read),
//! then added as one undoable edit: the same read and plan as `faultline actors import`.

use std::path::Path;

use crate::io::dictionary::{self, Parsed, plan::Plan};
use crate::ui::state::Action;
use crate::ui::workbench::Cx;

use super::project_picker::{FileKind, ProjectPicker};

/// The most preview lines drawn at once; the rest are counted (a 50,000-entry dictionary
/// would otherwise lay out 50,000 labels a frame).
const SHOWN: usize = 500;

/// A dictionary read and planned against the project in one document state; planned again
/// when the project changes, so what Import adds is what the preview shows.
struct Preview {
    name: String,
    parsed: Parsed,
    state: u64,
    plan: Plan,
    lines: Vec<String>,
    /// The plan's summary and, when it has anything to import, its button's label: counted once
    /// per plan rather than every frame.
    summary: String,
    button: Option<String>,
}

impl Preview {
    fn new(name: String, parsed: Parsed, cx: &Cx<'_>) -> Self {
        let plan = dictionary::plan::plan(cx.doc.project(), parsed.clone());
        let lines = dictionary::plan::preview(&plan);
        let summary = plan.summary();
        let button = plan.has_actors().then(|| format!("Import ({} added, {} merged)", plan.added(), plan.merged()));
        Self { name, parsed, state: cx.doc.state(), plan, lines, summary, button }
    }
}

pub struct ActorImport {
    pub open: bool,
    file: ProjectPicker,
    preview: Option<Preview>,
    error: Option<String>,
}

impl Default for ActorImport {
    fn default() -> Self {
        Self {
            open: false,
            file: ProjectPicker::new(FileKind {
                hint: "/path/to/actors.txt or actors.csv",
                type_name: "Actor dictionary or table",
                extensions: &["txt", "csv", "tsv", "tab"],
            }),
            preview: None,
            error: None,
        }
    }
}

impl ActorImport {
    /// Opens the section with the keyboard in the file field (the command).
    pub fn start(&mut self) {
        self.open = true;
        self.file.focus();
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        ui.horizontal_wrapped(|ui| {
            ui.strong("Import an actor dictionary");
            if ui.small_button("Close").clicked() {
                *self = Self::default();
            }
        });
        ui.weak(
            "A CAMEO/PETRARCH/Phoenix actor dictionary (.txt) or an actor table (.csv/.tsv, ICEWS columns \
             accepted). Nothing changes until you press Import; Edit ▸ Undo takes the import back.",
        );
        let entered = self.file.ui(ui, "Dictionary file", "An actor dictionary or table");
        let ready = self.file.path().is_some();
        if (ui.add_enabled(ready, egui::Button::new("Preview")).clicked() || entered)
            && let Some(path) = self.file.path()
        {
            self.read(&path, cx);
        }
        if let Some(e) = &self.error {
            ui.colored_label(ui.visuals().error_fg_color, e);
        }
        if let Some(stale) = self.preview.take_if(|p| p.state != cx.doc.state()) {
            self.preview = Some(Preview::new(stale.name, stale.parsed, cx));
        }
        let Some(Preview { name, plan, lines, summary, button, .. }) = &self.preview else { return };
        ui.label(summary);
        egui::ScrollArea::vertical().id_salt("actor-import-preview").max_height(180.0).show(ui, |ui| {
            for line in lines.iter().take(SHOWN) {
                ui.label(line);
            }
            if lines.len() > SHOWN {
                ui.weak(format!(
                    "… and {} more lines (`faultline actors import --dry-run` lists all)",
                    lines.len() - SHOWN
                ));
            }
        });
        match button {
            Some(label) => {
                if ui.button(label).clicked()
                    && let Some(edit) = plan.edit(name)
                {
                    cx.actions.push(Action::Apply(edit));
                    cx.state.info(format!("Imported the actors of {name} (Edit ▸ Undo takes them back)"));
                    self.preview = None;
                }
            }
            None => {
                ui.weak("Nothing to import: every entry is already in the project or could not be read.");
            }
        }
    }

    fn read(&mut self, path: &Path, cx: &mut Cx<'_>) {
        match dictionary::read(path) {
            Ok(parsed) => {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                self.preview = Some(Preview::new(name, parsed, cx));
                self.error = None;
            }
            Err(e) => {
                self.preview = None;
                self.error = Some(format!("Nothing was read: {e}"));
            }
        }
    }
}
