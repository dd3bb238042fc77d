//! What refers to each claim (its events and links), which claims each article holds and how
//! reliable each article's source is, gathered in one pass over the project, so that an export of 100,000 claims looks them up
//! rather than searching every event, link and claim once per claim or article.

use std::collections::HashMap;

use crate::analysis::grading::Grading;
use crate::model::{ArticleId, Claim, ClaimId, ClaimLink, Event, Grade, Project, Reliability};

pub(super) struct Index<'a> {
    events: HashMap<ClaimId, Vec<&'a Event>>,
    claims: HashMap<ArticleId, Vec<&'a Claim>>,
    /// Each article's reliability, its outlet found by name once rather than once per claim.
    reliability: HashMap<ArticleId, Reliability>,
    /// The links, indexed by the grading (which needs them by claim too).
    grading: Grading<'a>,
}

impl<'a> Index<'a> {
    pub(super) fn new(p: &'a Project) -> Self {
        let mut events: HashMap<ClaimId, Vec<&Event>> = HashMap::new();
        for e in p.events.iter() {
            for &claim in &e.evidence {
                let of_claim = events.entry(claim).or_default();
                // A claim listed twice as one event's evidence is still one event of the claim.
                if of_claim.last().is_none_or(|last| last.id != e.id) {
                    of_claim.push(e);
                }
            }
        }
        let mut claims: HashMap<ArticleId, Vec<&Claim>> = HashMap::new();
        for c in p.claims.iter() {
            claims.entry(c.article).or_default().push(c);
        }
        let reliability = p.articles.iter().map(|a| (a.id, p.reliability_of(a))).collect();
        Self { events, claims, reliability, grading: Grading::new(p) }
    }

    /// The events a claim is evidence for, in the project's order.
    pub(super) fn events_of(&self, claim: ClaimId) -> &[&'a Event] {
        self.events.get(&claim).map_or(&[], Vec::as_slice)
    }

    /// An article's claims, in the project's order.
    pub(super) fn claims_of(&self, article: ArticleId) -> &[&'a Claim] {
        self.claims.get(&article).map_or(&[], Vec::as_slice)
    }

    /// A claim's grade, as `Project::grade_of` gives it.
    pub(super) fn grade_of(&self, c: &Claim) -> Grade {
        let reliability = self.reliability.get(&c.article).copied().unwrap_or(Reliability::F);
        Grade { reliability, credibility: c.credibility }
    }

    /// The links that join a claim to others.
    pub(super) fn links_of(&self, claim: ClaimId) -> &[&'a ClaimLink] {
        self.grading.links_of(claim)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_project;

    #[test]
    fn the_index_answers_as_searching_the_whole_project_would() {
        let p = crate::io::project_file::parse(include_str!("../../../tests/fixtures/graded-sample.ron")).unwrap();
        let index = Index::new(&p);
        for c in p.claims.iter() {
            let searched: Vec<_> = p.events_of_claim(c.id).map(|e| e.id).collect();
            assert_eq!(index.events_of(c.id).iter().map(|e| e.id).collect::<Vec<_>>(), searched);
            let searched: Vec<_> = p.links_of(c.id).map(|l| l.id).collect();
            assert_eq!(index.links_of(c.id).iter().map(|l| l.id).collect::<Vec<_>>(), searched);
            assert_eq!(index.grade_of(c), p.grade_of(c));
        }
        assert!(p.claim_links.len() > 1, "the graded sample has links to look up");
        let sample = sample_project();
        let index = Index::new(&sample);
        for a in sample.articles.iter() {
            let searched: Vec<_> = sample.claims_of(a.id).map(|c| c.id).collect();
            assert_eq!(index.claims_of(a.id).iter().map(|c| c.id).collect::<Vec<_>>(), searched);
        }
    }
}
