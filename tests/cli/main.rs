//! The `faultline` command run as a user runs it, a module per group of commands. One binary for
//! all of them, so CI links the app once.

#[path = "../support/mod.rs"]
mod support;

mod assist;
mod chart;
mod commands;
mod export;
mod search;
mod teams;
