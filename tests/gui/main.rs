//! The workbench driven as an analyst drives it, in a test window (egui_kittest), a module per
//! area. One binary for all of them, so CI links the app once.

#[path = "../support/mod.rs"]
mod support;

mod actors;
mod assist;
mod bad_input;
mod chart;
mod hypotheses;
mod import_export;
mod import_progress;
mod layout;
mod network;
mod reader;
mod safety;
mod search;
mod teams;
mod workflow;
