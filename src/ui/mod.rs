//! The workbench window: a thin egui layer that reads the document and sends edits.

mod app;
mod assist;
mod colours;
mod command;
mod dialogs;
mod draft;
mod event_form;
mod file_dialog;
mod fonts;
mod jobs;
mod palette;
mod panes;
mod reader_layout;
mod state;
mod widgets;
mod words;
mod workbench;

pub use app::FaultlineApp;
pub use command::Command;
pub use state::{Action, PendingSelection, Selection};

use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the workbench window on `project`, or on the last project, or on the sample.
pub fn run(project: Option<PathBuf>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Faultline")
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([960.0, 600.0])
            .with_app_id("faultline"),
        ..Default::default()
    };
    let result =
        eframe::run_native("Faultline", options, Box::new(move |cc| Ok(Box::new(FaultlineApp::new(cc, project)))));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("faultline: cannot open the window: {e}");
            ExitCode::FAILURE
        }
    }
}
