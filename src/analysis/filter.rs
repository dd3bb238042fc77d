//! Which events an analysis looks at: a date window, directed dyads, event types, a tag, an
//! article and a minimum grade of evidence. The chart, its exports, the network and the
//! `series`/`chart` commands share it, so they always count the same events.

use std::collections::BTreeSet;

use jiff::civil::Date;

use crate::analysis::date_phrase;
use crate::analysis::series::Dyad;
use crate::model::{ArticleId, Claim, Event, EventTypeId, FuzzyDate, Grade, Project, TagId};

/// An inclusive range of days; either end may be open.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DateWindow {
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl DateWindow {
    /// Reads both ends as the date field does ("2025-05-01", "May 2025", "late May 2025"); an
    /// empty end is open. A phrase covering several days stretches the window: "from May" starts
    /// on 1 May, "to May" ends on 31 May.
    pub fn parse(from: &str, to: &str) -> Result<Self, String> {
        let end = |text: &str| {
            let text = text.trim();
            (!text.is_empty()).then(|| date_phrase::resolve(text, None)).transpose()
        };
        let window = Self { from: end(from)?.map(|d| d.start), to: end(to)?.map(|d| d.end) };
        match (window.from, window.to) {
            (Some(f), Some(t)) if f > t => Err(format!("the window ends ({t}) before it starts ({f})")),
            _ => Ok(window),
        }
    }

    pub fn is_open(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// Whether any day of `date` falls in the window.
    pub fn overlaps(&self, date: &FuzzyDate) -> bool {
        self.from.is_none_or(|f| date.end >= f) && self.to.is_none_or(|t| date.start <= t)
    }

    /// Whether any day of `start..=end` falls in the window.
    pub fn overlaps_days(&self, start: Date, end: Date) -> bool {
        self.from.is_none_or(|f| end >= f) && self.to.is_none_or(|t| start <= t)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventFilter {
    pub window: DateWindow,
    /// Only events of these directed dyads (through affiliations); empty for all events.
    pub dyads: Vec<Dyad>,
    /// Event types switched off.
    pub hidden_types: BTreeSet<EventTypeId>,
    /// Only events with an evidence claim carrying this tag.
    pub tag: Option<TagId>,
    /// Only events with an evidence claim in this article.
    pub article: Option<ArticleId>,
    /// Only events with an evidence claim graded at least this (B3: reliability A or B and
    /// credibility 1 to 3).
    pub min_grade: Option<Grade>,
}

impl EventFilter {
    /// Whether the event passes every filter but the dyads (each dyad gets a series of its own).
    pub fn keeps(&self, p: &Project, e: &Event) -> bool {
        let evidence_has = |test: &dyn Fn(&Claim) -> bool| e.evidence.iter().filter_map(|c| p.claims.get(*c)).any(test);
        self.window.overlaps(&e.date)
            && !self.hidden_types.contains(&e.kind)
            && self.tag.is_none_or(|t| evidence_has(&|c| c.tags.contains(&t)))
            && self.article.is_none_or(|a| evidence_has(&|c| c.article == a))
            && self.min_grade.is_none_or(|min| evidence_has(&|c| p.grade_of(c).meets(min)))
    }

    /// Whether the event passes every filter and belongs to one of the dyads (if any are set).
    pub fn shows(&self, p: &Project, e: &Event) -> bool {
        self.keeps(p, e) && (self.dyads.is_empty() || self.dyads.iter().any(|d| d.matches(p, e)))
    }
}

#[cfg(test)]
mod tests;
