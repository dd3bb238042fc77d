//! Analysis over the model: the tension series, the actor network and the project's summary
//! figures, over the events a shared filter picks.

pub mod date_phrase;
pub mod filter;
pub mod network;
pub mod series;
pub mod stats;
