//! Analysis over the model: the tension series, the actor network and the project's summary
//! figures over the events a shared filter picks; possible duplicate acts and actors, acts across
//! a change of side; corpus search; and the
//! assisted-annotation scans (actor mentions, date expressions, claim suggestions).

pub mod actor_checks;
pub mod agreement;
pub mod assist;
pub mod date_expressions;
pub mod date_phrase;
pub mod duplicates;
pub mod filter;
pub mod mentions;
pub mod network;
pub mod search;
pub mod series;
pub mod stats;
pub mod suggest;
pub mod words;
