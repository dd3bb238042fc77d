//! The project file: saving and reading it back, repairing a damaged one, the shipped sample, and
//! surviving a save killed part-way. One binary for all of them, so CI links the app once.

#[path = "../support/mod.rs"]
mod support;

mod check_repair;
mod crash_safety;
mod project_file;
mod sample_project;
