//! Importing several files off the UI thread: a worker reads, decodes and extracts each file
//! and sends it back; a small window shows "Importing 37 of 120: NAME" with a Cancel button.
//! The results are added on the UI thread through the edit path, as one import.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, channel};

use crate::io::import::{self, Incoming};

/// What reading one file gave: something to add, or why not.
pub type Read = Result<Incoming, String>;

/// Reads one file through the one import path.
pub fn read(path: &Path) -> Read {
    import::read_path(path)
}

pub struct ImportJob {
    paths: Vec<PathBuf>,
    rx: Receiver<(PathBuf, Read)>,
    results: Vec<(PathBuf, Read)>,
    cancel: Arc<AtomicBool>,
}

impl ImportJob {
    /// Starts reading `paths` in order on a worker thread, which wakes the UI after each file.
    pub fn start(paths: Vec<PathBuf>, ctx: egui::Context) -> Self {
        let (tx, rx) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let (todo, stop) = (paths.clone(), cancel.clone());
        super::worker::spawn("import", move || {
            for path in todo {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let read = read(&path);
                if tx.send((path, read)).is_err() {
                    break;
                }
                ctx.request_repaint();
            }
        });
        Self { paths, rx, results: Vec::new(), cancel }
    }

    /// Collects what the worker has read; true once every file is read.
    pub fn poll(&mut self) -> bool {
        self.results.extend(self.rx.try_iter());
        self.results.len() == self.paths.len()
    }

    /// Every file's result, in the order given.
    pub fn take_results(&mut self) -> Vec<(PathBuf, Read)> {
        std::mem::take(&mut self.results)
    }

    /// "Importing 37 of 120: NAME", for the file being read now.
    pub fn progress_text(&self) -> String {
        let at = self.results.len().min(self.paths.len().saturating_sub(1));
        let name = self.paths.get(at).and_then(|p| p.file_name()).map(|n| n.to_string_lossy()).unwrap_or_default();
        format!("Importing {} of {}: {name}", at + 1, self.paths.len())
    }

    /// The progress window; true when the analyst cancels.
    pub fn show(&self, ctx: &egui::Context) -> bool {
        let mut cancel = false;
        egui::Window::new("Importing")
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0))
            .show(ctx, |ui| {
                ui.set_width(420.0);
                ui.label(self.progress_text());
                let done = self.results.len() as f32 / self.paths.len().max(1) as f32;
                ui.add(egui::ProgressBar::new(done).show_percentage());
                cancel = ui.button("Cancel").on_hover_text("Stop reading; nothing is added").clicked();
            });
        cancel
    }
}

impl Drop for ImportJob {
    /// A cancelled or abandoned job stops its worker after the file in hand.
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}
