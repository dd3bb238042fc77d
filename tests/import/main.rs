//! Importing articles from files and pasted text, a module per kind of input. One binary for all
//! of them, so CI links the app once.

#[path = "../support/mod.rs"]
mod support;

mod bad_input;
mod documents;
mod duplicates_and_paste;
mod html;
