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
mod id;
mod project;
pub mod reanchor;
mod table;
pub mod taxonomy;
pub mod text;

pub use actor::{Actor, ActorKind, Affiliation, parse_code, parse_qid};
pub use article::Article;
pub use claim::{Claim, Confidence};
pub use codebook::Tag;
pub use colour::Colour;
pub use conflict::Conflict;
pub use date::{FuzzyDate, Precision};
pub use event::{Era, Event, EventType};
pub use id::{ActorId, ArticleId, ClaimId, EraId, EventId, EventTypeId, TagId};
pub use project::{DateSettings, FORMAT_VERSION, NumericOrder, Piece, Project, SameWeekday};
pub use table::{Keyed, Table};
