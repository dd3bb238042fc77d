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
mod grade;
pub mod hypothesis;
mod id;
mod link;
mod outlet;
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
pub use grade::{Credibility, Grade, Reliability};
pub use hypothesis::{AchCell, CellId, Hypothesis, Rating};
pub use id::{ActorId, ArticleId, ClaimId, ClaimLinkId, EraId, EventId, EventTypeId, HypothesisId, OutletId, TagId};
pub use link::{ClaimLink, LinkKind};
pub use outlet::Outlet;
pub use project::{DateSettings, FORMAT_VERSION, NumericOrder, Piece, Project, SameWeekday};
pub use table::{Keyed, Table};
