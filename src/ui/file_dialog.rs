//! Native file dialogs (rfd) on a worker thread.
//!
//! With no desktop portal rfd returns nothing at once, and with a broken one it can block, so
//! it never runs on the UI thread; the in-app path dialog stays usable either way.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

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

#[derive(Default)]
pub struct NativeDialog {
    waiting: Option<Receiver<Vec<PathBuf>>>,
}

impl NativeDialog {
    pub fn is_open(&self) -> bool {
        self.waiting.is_some()
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
        self.waiting = Some(rx);
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
        let rx = self.waiting.as_ref()?;
        match rx.try_recv() {
            Ok(paths) => {
                self.waiting = None;
                Some(paths)
            }
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                self.waiting = None;
                Some(Vec::new())
            }
        }
    }
}
