//! The project's counts, as `faultline stats` prints them.

use jiff::civil::Date;
use serde::Serialize;

use crate::model::Project;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stats {
    pub name: String,
    pub articles: usize,
    pub claims: usize,
    pub actors: usize,
    pub events: usize,
    pub tags: usize,
    /// First day any event may have happened on, and the last.
    pub first_event: Option<Date>,
    pub last_event: Option<Date>,
}

pub fn stats(p: &Project) -> Stats {
    Stats {
        name: p.name.clone(),
        articles: p.articles.len(),
        claims: p.claims.len(),
        actors: p.actors.len(),
        events: p.events.len(),
        tags: p.tags.len(),
        first_event: p.events.iter().map(|e| e.date.start).min(),
        last_event: p.events.iter().map(|e| e.date.end).max(),
    }
}

impl std::fmt::Display for Stats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "project:  {}", self.name)?;
        writeln!(f, "articles: {}", self.articles)?;
        writeln!(f, "claims:   {}", self.claims)?;
        writeln!(f, "actors:   {}", self.actors)?;
        writeln!(f, "events:   {}", self.events)?;
        writeln!(f, "tags:     {}", self.tags)?;
        match (self.first_event, self.last_event) {
            (Some(a), Some(b)) => writeln!(f, "events from {a} to {b}"),
            _ => writeln!(f, "no events yet"),
        }
    }
}
