//! Analysis over the model: the tension series, the project's summary figures, and search.

pub mod date_phrase;
pub mod search;
pub mod series;
pub mod stats;
