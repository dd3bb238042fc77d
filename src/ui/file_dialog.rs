//! Native file dialogs (rfd) on a worker thread.
//!
//! With no desktop portal rfd returns nothing at once, and with a broken one it can block, so
//! it never runs on the UI thread; the in-app path dialog stays usable either way.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

use crate::io::export::ExportFormat;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogKind {
    Open,
    SaveAs,
    Import,
    Export(ExportFormat),
}

impl DialogKind {
    pub fn title(self) -> &'static str {
        match self {
            DialogKind::Open => "Open project",
            DialogKind::SaveAs => "Save project as",
            DialogKind::Import => "Import articles",
            DialogKind::Export(_) => "Export",
        }
    }

    pub fn confirm(self) -> &'static str {
        match self {
            DialogKind::Open => "Open",
            DialogKind::SaveAs => "Save",
            DialogKind::Import => "Import",
            DialogKind::Export(_) => "Export",
        }
    }
}

/// An answer of nothing sooner than this after the dialog was asked for came from no dialog at
/// all (no person cancels that fast): the system has none to show.
const UNAVAILABLE_WITHIN: Duration = Duration::from_millis(700);

#[derive(Default)]
pub struct NativeDialog {
    waiting: Option<(Receiver<Vec<PathBuf>>, Instant)>,
    /// Why the last Browse… brought back no path, in an analyst's words.
    note: Option<&'static str>,
}

impl NativeDialog {
    pub fn is_open(&self) -> bool {
        self.waiting.is_some()
    }

    /// Why the last Browse… gave no path, to show under the path field until the next one.
    pub fn note(&self) -> Option<&'static str> {
        self.note
    }

    /// Shows the system dialog; its answer arrives through [`NativeDialog::poll`].
    pub fn start(&mut self, kind: DialogKind, start_dir: Option<PathBuf>) {
        self.spawn(kind.title(), start_dir, move |dialog| match kind {
            DialogKind::Open => dialog.add_filter("Faultline project", &["ron"]).pick_file().into_iter().collect(),
            DialogKind::SaveAs => dialog.add_filter("Faultline project", &["ron"]).save_file().into_iter().collect(),
            DialogKind::Import => dialog
                .add_filter(
                    "Articles, documents and projects",
                    &["txt", "md", "markdown", "html", "htm", "pdf", "docx", "qdpx"],
                )
                .pick_files()
                .unwrap_or_default(),
            DialogKind::Export(format) => {
                dialog.add_filter(format.label(), &[format.extension()]).save_file().into_iter().collect()
            }
        });
    }

    /// A save dialog for one type of file (the chart as SVG or PNG, say).
    pub fn start_save(&mut self, title: &'static str, type_name: &'static str, extension: &'static str) {
        self.spawn(title, None, move |dialog| {
            dialog.add_filter(type_name, &[extension]).save_file().into_iter().collect()
        });
    }

    /// An open dialog for one file of one type (another analyst's project, say).
    pub fn start_open(&mut self, title: &'static str, type_name: &'static str, extensions: &'static [&'static str]) {
        self.spawn(title, None, move |dialog| {
            dialog.add_filter(type_name, extensions).pick_file().into_iter().collect()
        });
    }

    fn spawn(
        &mut self,
        title: &'static str,
        start_dir: Option<PathBuf>,
        pick: impl FnOnce(rfd::FileDialog) -> Vec<PathBuf> + Send + 'static,
    ) {
        if self.is_open() {
            return;
        }
        let (tx, rx) = channel();
        self.waiting = Some((rx, Instant::now()));
        self.note = None;
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new().set_title(title);
            if let Some(dir) = start_dir {
                dialog = dialog.set_directory(dir);
            }
            let _ = tx.send(pick(dialog));
        });
    }

    /// The picked paths once the dialog has closed (empty when cancelled or unavailable).
    pub fn poll(&mut self) -> Option<Vec<PathBuf>> {
        let (rx, started) = self.waiting.as_ref()?;
        let paths = match rx.try_recv() {
            Ok(paths) => paths,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Vec::new(),
        };
        if paths.is_empty() {
            self.note = Some(if started.elapsed() < UNAVAILABLE_WITHIN {
                "The system file dialog is not available here (no desktop portal answered): type the path instead."
            } else {
                "No file was chosen."
            });
        }
        self.waiting = None;
        Some(paths)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A dialog that answered `paths` after `took`.
    fn answered(paths: Vec<PathBuf>, took: Duration) -> NativeDialog {
        let (tx, rx) = channel();
        tx.send(paths).unwrap();
        NativeDialog { waiting: Some((rx, Instant::now() - took)), note: None }
    }

    #[test]
    fn nothing_back_at_once_says_the_system_dialog_is_unavailable_and_nothing_later_says_none_was_chosen() {
        let mut at_once = answered(Vec::new(), Duration::ZERO);
        assert_eq!(at_once.poll(), Some(Vec::new()));
        assert!(at_once.note().unwrap().contains("not available here"), "{:?}", at_once.note());
        assert!(!at_once.is_open());

        let mut cancelled = answered(Vec::new(), Duration::from_secs(5));
        cancelled.poll();
        assert_eq!(cancelled.note(), Some("No file was chosen."));

        let mut picked = answered(vec![PathBuf::from("/tmp/a.ron")], Duration::ZERO);
        assert_eq!(picked.poll(), Some(vec![PathBuf::from("/tmp/a.ron")]));
        assert_eq!(picked.note(), None);
    }
}
