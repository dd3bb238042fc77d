//! Analysis over the model: the tension series and the project's summary figures.

pub mod assist;
pub mod date_expressions;
pub mod date_phrase;
pub mod mentions;
pub mod series;
pub mod stats;
pub mod suggest;
pub mod words;
