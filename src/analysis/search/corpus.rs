//! What a search reads of a project: each article's id, title and text, and what the claim
//! filters look at. A background search gets an owned copy of just this, not of the whole
//! project (claims' quotes and context, events' dates and notes, the codebook).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::model::{ActorId, ArticleId, ClaimId, EventTypeId, Project, TagId};

use super::Filter;

pub(super) struct Source<'a> {
    pub(super) id: ArticleId,
    pub(super) title: Cow<'a, str>,
    pub(super) text: Cow<'a, str>,
}

/// A claim as the filters see it (orphaned claims, which are not in any text, are left out).
struct Coding {
    id: ClaimId,
    article: ArticleId,
    start: usize,
    end: usize,
    tags: Vec<TagId>,
    /// The speaker and targets, each followed by every actor it acts for, so the actor filter
    /// finds Greer's claims under the United States.
    actors: Vec<ActorId>,
}

/// The searchable part of a project; [`Corpus::into_owned`] makes it `'static` for a worker.
pub struct Corpus<'a> {
    pub(super) articles: Vec<Source<'a>>,
    claims: Vec<Coding>,
    /// Each event's type and evidence, for the event-type filter.
    events: Vec<(EventTypeId, Vec<ClaimId>)>,
}

impl<'a> Corpus<'a> {
    /// The project's searchable data, borrowing its texts.
    pub fn of(p: &'a Project) -> Self {
        let articles = p
            .articles
            .iter()
            .map(|a| Source { id: a.id, title: Cow::Borrowed(&a.title), text: Cow::Borrowed(&a.text) })
            .collect();
        let claims = p
            .claims
            .iter()
            .filter(|c| !c.orphaned)
            .map(|c| Coding {
                id: c.id,
                article: c.article,
                start: c.start,
                end: c.end,
                tags: c.tags.clone(),
                actors: c.speaker.iter().chain(&c.targets).flat_map(|&a| p.lineage(a)).collect(),
            })
            .collect();
        let events = p.events.iter().map(|e| (e.kind, e.evidence.clone())).collect();
        Self { articles, claims, events }
    }

    /// The same corpus owning its texts, to hand to another thread.
    pub fn into_owned(self) -> Corpus<'static> {
        let articles = self
            .articles
            .into_iter()
            .map(|s| Source {
                id: s.id,
                title: Cow::Owned(s.title.into_owned()),
                text: Cow::Owned(s.text.into_owned()),
            })
            .collect();
        Corpus { articles, claims: self.claims, events: self.events }
    }

    /// For each article, the char ranges of the claims that pass the filter's claim conditions.
    pub(super) fn claim_ranges(&self, filter: &Filter) -> HashMap<ArticleId, Vec<(usize, usize)>> {
        let evidence: Option<HashSet<ClaimId>> = filter.event_type.map(|kind| {
            self.events.iter().filter(|(k, _)| *k == kind).flat_map(|(_, ev)| ev.iter().copied()).collect()
        });
        let passes = |c: &Coding| {
            filter.tag.is_none_or(|t| c.tags.contains(&t))
                && filter.actor.is_none_or(|a| c.actors.contains(&a))
                && evidence.as_ref().is_none_or(|ev| ev.contains(&c.id))
        };
        let mut ranges: HashMap<ArticleId, Vec<(usize, usize)>> = HashMap::new();
        for c in self.claims.iter().filter(|c| passes(c)) {
            ranges.entry(c.article).or_default().push((c.start, c.end));
        }
        ranges
    }
}
