//! Analysis over the model: the tension series, the actor network and the project's summary
//! figures, over the events a shared filter picks.

pub mod assist;
pub mod date_expressions;
pub mod date_phrase;
pub mod filter;
pub mod mentions;
pub mod network;
pub mod series;
pub mod stats;
pub mod suggest;
pub mod words;
