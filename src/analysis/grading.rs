//! Graded analysis: an event's confidence derived from the grades of its evidence and the
//! links between claims, the project seen at a minimum grade, and events whose own evidence
//! contradicts itself.
//!
//! The confidence rule (README, "Grading sources and claims"): an event takes the best
//! reliability and the best credibility among its evidence claims; the credibility is raised
//! one step when the event is independently corroborated (by a claim from a second outlet:
//! another evidence claim of the event, or a claim linked to one as corroborating it, that is
//! not a same-as copy of it) and lowered one step when any evidence claim is contradicted by a
//! linked claim. Both together cancel out. "Cannot be judged" (6) is never moved.

use std::collections::HashMap;

use crate::analysis::duplicates::{describe_event, short};
use crate::model::{ArticleId, Claim, ClaimId, ClaimLink, Event, EventId, Grade, LinkKind, Project};

/// An event's confidence and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventConfidence {
    /// The confidence itself.
    pub grade: Grade,
    /// The best reliability and best credibility among the evidence, before corroboration
    /// and contradiction moved the credibility.
    pub best: Grade,
    /// A claim from a second outlet that corroborates the event's evidence.
    pub corroborated_by: Option<ClaimId>,
    /// A claim that contradicts the event's evidence.
    pub contradicted_by: Option<ClaimId>,
}

impl EventConfidence {
    /// "B2 (evidence at best B3, raised: corroborated by a second outlet)", or the grade
    /// described with what did not move it ("B1 (usually reliable; confirmed by other
    /// sources); corroborated by a second outlet"), for a hover or a report.
    pub fn explain(&self) -> String {
        let why = match (self.corroborated_by, self.contradicted_by) {
            (Some(_), Some(_)) => "corroborated by a second outlet and contradicted, which cancel out",
            (Some(_), None) => "corroborated by a second outlet",
            (None, Some(_)) => "contradicted by a linked claim",
            (None, None) => return self.grade.describe(),
        };
        if self.grade == self.best {
            return format!("{}; {why}", self.grade.describe());
        }
        let moved = if self.grade.credibility < self.best.credibility { "raised" } else { "lowered" };
        format!("{} (evidence at best {}, {moved}: {why})", self.grade, self.best)
    }
}

/// What the confidence of many events needs, looked up once: each article's grade and outlet,
/// and each claim's links.
pub struct Grading<'a> {
    p: &'a Project,
    /// Each article's outlet as the key that tells outlets apart (its outlet record, else its
    /// outlet text ignoring case); none when the article names no outlet.
    outlet: HashMap<ArticleId, Option<String>>,
    links: HashMap<ClaimId, Vec<&'a ClaimLink>>,
}

impl<'a> Grading<'a> {
    pub fn new(p: &'a Project) -> Self {
        let outlet = p
            .articles
            .iter()
            .map(|a| {
                let key = match p.outlet_of(a) {
                    Some(o) => Some(format!("outlet {}", o.id)),
                    None => Some(p.matching.key(&a.outlet)).filter(|t| !t.is_empty()),
                };
                (a.id, key)
            })
            .collect();
        let mut links: HashMap<ClaimId, Vec<&ClaimLink>> = HashMap::new();
        for l in p.claim_links.iter() {
            links.entry(l.from).or_default().push(l);
            links.entry(l.to).or_default().push(l);
        }
        Self { p, outlet, links }
    }

    fn outlet_of(&self, claim: &Claim) -> Option<&str> {
        self.outlet.get(&claim.article).and_then(|o| o.as_deref())
    }

    /// The links that join a claim to others, looked up rather than searched for (an export
    /// of 100,000 claims asks for every claim's).
    pub fn links_of(&self, claim: ClaimId) -> &[&'a ClaimLink] {
        self.links.get(&claim).map_or(&[][..], |v| v.as_slice())
    }

    fn linked(&self, claim: ClaimId, kind: LinkKind) -> impl Iterator<Item = ClaimId> + '_ {
        self.links_of(claim).iter().filter(move |l| l.kind == kind).filter_map(move |l| l.other(claim))
    }

    /// Whether `other` is an independent report of what `claim` says: from a second outlet,
    /// and not a same-as copy of it.
    fn independent(&self, claim: &Claim, other: ClaimId) -> bool {
        let Some(other_claim) = self.p.claims.get(other) else { return false };
        let (Some(a), Some(b)) = (self.outlet_of(claim), self.outlet_of(other_claim)) else { return false };
        a != b && !self.linked(claim.id, LinkKind::SameAs).any(|c| c == other)
    }

    /// The event's confidence; `None` when none of its evidence claims exists (a damaged file
    /// left it without evidence).
    pub fn confidence(&self, e: &Event) -> Option<EventConfidence> {
        let evidence: Vec<&Claim> = e.evidence.iter().filter_map(|c| self.p.claims.get(*c)).collect();
        let grades: Vec<Grade> = evidence.iter().map(|c| self.p.grade_of(c)).collect();
        let best = Grade {
            reliability: grades.iter().map(|g| g.reliability).min()?,
            credibility: grades.iter().map(|g| g.credibility).min()?,
        };
        let corroborated_by = evidence.iter().find_map(|c| {
            let others = e.evidence.iter().copied().filter(|o| *o != c.id);
            others.chain(self.linked(c.id, LinkKind::Corroborates)).find(|o| self.independent(c, *o))
        });
        let contradicted_by = evidence.iter().find_map(|c| self.linked(c.id, LinkKind::Contradicts).next());
        let credibility = match (corroborated_by, contradicted_by) {
            (Some(_), None) => best.credibility.raised(),
            (None, Some(_)) => best.credibility.lowered(),
            _ => best.credibility,
        };
        Some(EventConfidence { grade: Grade { credibility, ..best }, best, corroborated_by, contradicted_by })
    }
}

/// The project as seen at a minimum grade, for exports: claims below it are left out with
/// their links and their evidence columns and ratings in the hypotheses matrix, events keep
/// only the evidence that meets it and are left out when none does (so the events left are
/// those [`crate::analysis::filter::EventFilter::min_grade`] keeps). Everything else
/// (articles, actors, outlets, the codebook, the hypotheses) is kept whole.
pub fn at_least(p: &Project, min: Grade) -> Project {
    let mut out = p.clone();
    out.claims = p.claims.iter().filter(|c| p.grade_of(c).meets(min)).cloned().collect();
    out.claim_links =
        p.claim_links.iter().filter(|l| out.claims.contains(l.from) && out.claims.contains(l.to)).cloned().collect();
    out.events = p
        .events
        .iter()
        .filter_map(|e| {
            let mut e = e.clone();
            e.evidence.retain(|c| out.claims.contains(*c));
            (!e.evidence.is_empty()).then_some(e)
        })
        .collect();
    out.ach_evidence.retain(|c| out.claims.contains(*c));
    out.ach_cells = p.ach_cells.iter().filter(|cell| out.claims.contains(cell.claim)).cloned().collect();
    out
}

/// An event two of whose evidence claims the analyst linked as contradicting each other.
#[derive(Clone, Debug, PartialEq)]
pub struct SelfContradiction {
    pub event: EventId,
    pub link: ClaimLink,
}

impl SelfContradiction {
    /// "evidence contradicts itself: China → United States, Threaten, 2 June 2025: “…” contradicts “…”".
    pub fn describe(&self, p: &Project) -> String {
        let event = p.events.get(self.event).map_or_else(|| "(missing event)".into(), |e| describe_event(p, e));
        let quote = |c: ClaimId| p.claims.get(c).map_or_else(|| "(missing claim)".into(), |c| short(&c.quote));
        format!(
            "evidence contradicts itself: {event}: “{}” contradicts “{}”",
            quote(self.link.from),
            quote(self.link.to)
        )
    }
}

/// Every event whose evidence contradicts itself, for `faultline check` and Problems.
pub fn self_contradictions(p: &Project) -> Vec<SelfContradiction> {
    let mut found = Vec::new();
    for link in p.claim_links.iter().filter(|l| l.kind == LinkKind::Contradicts) {
        for e in p.events_of_claim(link.from).filter(|e| e.evidence.contains(&link.to)) {
            found.push(SelfContradiction { event: e.id, link: link.clone() });
        }
    }
    found
}

#[cfg(test)]
mod tests;
