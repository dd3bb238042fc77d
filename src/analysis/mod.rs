//! Analysis over the model: the tension series and the project's summary figures.

pub mod date_phrase;
pub mod series;
pub mod stats;
