//! Possible duplicate acts: the same act coded twice (a second event created where the claim
//! should have been linked as more evidence) counts twice on the chart. Two events are possible
//! duplicates when they have the same type and directed dyad (either order for joint acts) and
//! their date ranges come within a window of days, or when they have the same type and an
//! evidence claim with the same quote. These are warnings for the analyst to judge, not damage.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::date::days_since_epoch;
use crate::model::{ActorId, Event, EventId, EventTypeId, Project};

/// Days between two date ranges within which the same act is suspected.
pub const DEFAULT_WINDOW_DAYS: i64 = 3;

/// Two events that may be one act; `keep` is the more precisely dated (merging keeps it).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Duplicate {
    pub keep: EventId,
    pub other: EventId,
    pub why: Why,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Why {
    /// Same type and dyad, dates this many days apart (0 when the ranges overlap).
    CloseDates(i64),
    /// Same type, and both have evidence with this quote.
    SameQuote(String),
}

/// Every possible duplicate pair in the project, each pair once.
pub fn find(p: &Project, window_days: i64) -> Vec<Duplicate> {
    let mut pairs: BTreeMap<(EventId, EventId), Why> = BTreeMap::new();
    let mut groups: BTreeMap<(ActorId, ActorId, EventTypeId), Vec<&Event>> = BTreeMap::new();
    for e in p.events.iter() {
        groups.entry(dyad(e)).or_default().push(e);
    }
    for group in groups.values_mut() {
        group.sort_by_key(|e| (e.date.start, e.id));
        for (i, a) in group.iter().enumerate() {
            for b in &group[i + 1..] {
                let gap = days_since_epoch(b.date.start) - days_since_epoch(a.date.end);
                if gap > window_days {
                    break;
                }
                pairs.entry(ordered(a, b)).or_insert(Why::CloseDates(gap.max(0)));
            }
        }
    }
    let mut by_quote: BTreeMap<(String, EventTypeId), BTreeSet<EventId>> = BTreeMap::new();
    for e in p.events.iter() {
        for quote in e.evidence.iter().filter_map(|c| p.claims.get(*c)).map(|c| normalised(&c.quote)) {
            if !quote.is_empty() {
                by_quote.entry((quote, e.kind)).or_default().insert(e.id);
            }
        }
    }
    for ((quote, _), ids) in by_quote {
        let events: Vec<&Event> = ids.iter().filter_map(|id| p.events.get(*id)).collect();
        for (i, a) in events.iter().enumerate() {
            for b in &events[i + 1..] {
                pairs.entry(ordered(a, b)).or_insert_with(|| Why::SameQuote(quote.clone()));
            }
        }
    }
    pairs
        .into_iter()
        .map(|((a, b), why)| {
            let (keep, other) = keep_first(p, a, b);
            Duplicate { keep, other, why }
        })
        .collect()
}

/// The existing events that `candidate` (not yet in the project) would duplicate.
pub fn matching<'p>(p: &'p Project, candidate: &Event, window_days: i64) -> Vec<&'p Event> {
    let quotes: BTreeSet<String> =
        candidate.evidence.iter().filter_map(|c| p.claims.get(*c)).map(|c| normalised(&c.quote)).collect();
    p.events
        .iter()
        .filter(|e| e.id != candidate.id)
        .filter(|e| {
            let close = dyad(e) == dyad(candidate) && gap_days(e, candidate) <= window_days;
            let quoted = e.kind == candidate.kind
                && e.evidence.iter().filter_map(|c| p.claims.get(*c)).any(|c| quotes.contains(&normalised(&c.quote)));
            close || quoted
        })
        .collect()
}

/// Type and directed dyad; a joint act is the same whichever side was named first.
fn dyad(e: &Event) -> (ActorId, ActorId, EventTypeId) {
    let (s, t) = if e.bilateral && e.target < e.source { (e.target, e.source) } else { (e.source, e.target) };
    (s, t, e.kind)
}

/// Days between two date ranges, 0 when they overlap.
fn gap_days(a: &Event, b: &Event) -> i64 {
    let d = |x: jiff::civil::Date| days_since_epoch(x);
    (d(b.date.start) - d(a.date.end)).max(d(a.date.start) - d(b.date.end)).max(0)
}

fn ordered(a: &Event, b: &Event) -> (EventId, EventId) {
    if a.id < b.id { (a.id, b.id) } else { (b.id, a.id) }
}

/// The event a merge keeps: the narrower date range, then the one with more evidence.
fn keep_first(p: &Project, a: EventId, b: EventId) -> (EventId, EventId) {
    let rank = |id: EventId| p.events.get(id).map(|e| (e.date.days(), std::cmp::Reverse(e.evidence.len())));
    if rank(b) < rank(a) { (b, a) } else { (a, b) }
}

/// A quote or a name as compared: case and runs of whitespace do not matter.
pub(crate) fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// One line for an analyst: "China → United States, Threaten, 2025-05-30 (day)".
pub fn describe_event(p: &Project, e: &Event) -> String {
    let arrow = if e.bilateral { "↔" } else { "→" };
    let kind = p.taxonomy.get(e.kind).map_or("(missing type)", |t| t.name.as_str());
    format!("{} {arrow} {}, {kind}, {}", p.actor_name(e.source), p.actor_name(e.target), e.date.describe())
}

/// "possible duplicate: ... and ...: dates 1 day apart".
pub fn describe(p: &Project, d: &Duplicate) -> String {
    let event = |id| p.events.get(id).map_or_else(|| "(missing event)".to_string(), |e| describe_event(p, e));
    let why = match &d.why {
        Why::CloseDates(0) => "same type and dyad, overlapping dates".to_string(),
        Why::CloseDates(1) => "same type and dyad, dates 1 day apart".to_string(),
        Why::CloseDates(n) => format!("same type and dyad, dates {n} days apart"),
        Why::SameQuote(q) => format!("same type, same evidence “{}”", short(q)),
    };
    format!("possible duplicate: {} and {} ({why})", event(d.keep), event(d.other))
}

/// A quote cut to 60 characters, with "…" when it was longer.
pub(crate) fn short(q: &str) -> String {
    let mut s: String = q.chars().take(60).collect();
    if q.chars().count() > 60 {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests;
