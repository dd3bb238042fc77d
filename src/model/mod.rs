//! The project model: plain data, no UI, no I/O.

mod actor;
mod article;
mod claim;
mod codebook;
mod colour;
pub mod conflict;
pub mod date;
mod event;
pub mod fingerprint;
pub mod hypothesis;
mod id;
mod project;
pub mod reanchor;
mod table;
pub mod taxonomy;
pub mod text;

pub use actor::{Actor, ActorKind};
pub use article::Article;
pub use claim::{Claim, Confidence};
pub use codebook::Tag;
pub use colour::Colour;
pub use conflict::Conflict;
pub use date::{FuzzyDate, Precision};
pub use event::{Era, Event, EventType};
pub use hypothesis::{AchCell, CellId, Hypothesis, Rating};
pub use id::{ActorId, ArticleId, ClaimId, EraId, EventId, EventTypeId, HypothesisId, TagId};
pub use project::{DateSettings, FORMAT_VERSION, NumericOrder, Project, SameWeekday};
pub use table::{Keyed, Table};
