//! Faultline: a desktop workbench for analysts who trace geopolitical and trade tension
//! through news. The core (`model`, `edit`, `analysis`, `io`) has no UI in it; `ui` is a thin
//! egui layer over it and `cli` runs the same core headless.

pub mod analysis;
pub mod cli;
pub mod edit;
pub mod generate;
pub mod io;
pub mod model;
pub mod sample;
pub mod ui;
