//! Edits built from the project as it is: each reads what it needs and returns an [`Edit`]
//! that the document can apply. Deletions rewrite the records that refer to what goes, so
//! validation never has to refuse them and nothing dangles.

use crate::model::{ActorId, Article, ArticleId, Claim, ClaimId, Event, EventId, Project, TagId, reanchor, text};

use super::{Edit, EditError, Op, Record, RecordId};

mod ach;
mod actors;
mod adopt;
mod conflicts;
mod from_hits;
mod grading;
mod merge;
mod suggestions;
pub use ach::{
    add_evidence, add_hypothesis, delete_hypothesis, move_evidence, rate, remove_evidence, update_hypothesis,
};
mod turn_into;
pub use actors::{combine_actors, merge_actors, set_affiliations, set_code, set_ignore_diacritics, set_qid};
pub use adopt::{adopt_claims, adopt_coding, adopt_event};
pub use conflicts::{Side, settle_conflicts};
pub use from_hits::{ClaimsFromHits, claims_from_hits};
pub use grading::{
    delete_outlet, link_claims, put_link, put_outlet, set_article_reliability, set_credibility, unlink_claims,
};
pub use merge::merge_events;
pub use suggestions::{accept_suggestion, reject_suggestion};
pub use turn_into::turn_into;

/// A new claim on `[start, end)` of an article (whitespace at either end is trimmed).
pub fn new_claim(p: &Project, article: ArticleId, start: usize, end: usize) -> Result<(Edit, ClaimId), EditError> {
    let a = p.articles.get(article).ok_or_else(|| EditError::Missing(article.to_string()))?;
    let anchor = text::anchor(&a.text, start, end).map_err(|e| EditError::Invalid(e.to_string()))?;
    let claim = Claim::new(article, anchor);
    let id = claim.id;
    Ok((Edit::one("new claim", Op::Put(Record::Claim(claim))), id))
}

/// Replaces a claim with an edited copy.
pub fn update_claim(label: &str, claim: Claim) -> Edit {
    Edit::one(label, Op::Put(Record::Claim(claim)))
}

/// Adds the tag to the claim, or takes it off when it is there.
pub fn toggle_tag(p: &Project, claim: ClaimId, tag: TagId) -> Result<Edit, EditError> {
    let mut c = p.claims.get(claim).cloned().ok_or_else(|| EditError::Missing(claim.to_string()))?;
    let label = if let Some(i) = c.tags.iter().position(|&t| t == tag) {
        c.tags.remove(i);
        "untag claim"
    } else {
        c.tags.push(tag);
        "tag claim"
    };
    Ok(update_claim(label, c))
}

/// Ops that take a claim out of the events it is evidence for, removing an event when the
/// claim was its only evidence (an event without evidence is not allowed).
fn evidence_removal(p: &Project, claim: ClaimId) -> Vec<Op> {
    p.events_of_claim(claim)
        .map(|event| {
            if event.evidence.len() > 1 {
                let mut e = event.clone();
                e.evidence.retain(|&c| c != claim);
                Op::Put(Record::Event(e))
            } else {
                Op::Remove(RecordId::Event(event.id))
            }
        })
        .collect()
}

fn claim_removal(p: &Project, claim: ClaimId) -> Vec<Op> {
    let mut ops = ach::evidence_removal(p, claim);
    ops.extend(evidence_removal(p, claim));
    ops.extend(p.links_of(claim).map(|l| Op::Remove(RecordId::ClaimLink(l.id))));
    ops.push(Op::Remove(RecordId::Claim(claim)));
    ops
}

/// Takes a claim out of one event's evidence (deleting the event if nothing else reports it).
pub fn unlink_evidence(p: &Project, claim: ClaimId, event: EventId) -> Result<Edit, EditError> {
    let e = p.events.get(event).ok_or_else(|| EditError::Missing(event.to_string()))?;
    if !e.evidence.contains(&claim) {
        return Err(EditError::Invalid("the claim is not evidence for this event".into()));
    }
    let op = if e.evidence.len() > 1 {
        let mut e = e.clone();
        e.evidence.retain(|&c| c != claim);
        Op::Put(Record::Event(e))
    } else {
        Op::Remove(RecordId::Event(event))
    };
    Ok(Edit::one("unlink evidence", op))
}

pub fn delete_claim(p: &Project, claim: ClaimId) -> Edit {
    Edit::new("delete claim", claim_removal(p, claim))
}

/// Deletes an article with its claims (and the events only they were evidence for).
pub fn delete_article(p: &Project, article: ArticleId) -> Edit {
    let mut scratch = p.clone();
    let mut ops = Vec::new();
    let claims: Vec<ClaimId> = p.claims_of(article).map(|c| c.id).collect();
    for claim in claims {
        // Each removal sees the events as the earlier removals left them.
        let step = claim_removal(&scratch, claim);
        let _ = super::apply(&mut scratch, Edit::new("", step.clone()));
        ops.extend(step);
    }
    ops.push(Op::Remove(RecordId::Article(article)));
    Edit::new("delete article", ops)
}

/// Deletes an actor: claims lose it as speaker or target, actors acting for it keep
/// their periods' roles and dates without the side, and the events it is a party to are deleted (the caller says so first).
pub fn delete_actor(p: &Project, actor: ActorId) -> Edit {
    let mut ops = Vec::new();
    for e in p.events.iter().filter(|e| e.source == actor || e.target == actor) {
        ops.push(Op::Remove(RecordId::Event(e.id)));
    }
    for c in p.claims.iter().filter(|c| c.speaker == Some(actor) || c.targets.contains(&actor)) {
        let mut c = c.clone();
        if c.speaker == Some(actor) {
            c.speaker = None;
        }
        c.targets.retain(|&t| t != actor);
        ops.push(Op::Put(Record::Claim(c)));
    }
    for m in p.actors.iter().filter(|m| m.ever_acts_for(actor)) {
        let mut m = m.clone();
        for period in m.affiliations.iter_mut().filter(|period| period.acts_for == Some(actor)) {
            period.acts_for = None;
        }
        ops.push(Op::Put(Record::Actor(m)));
    }
    ops.push(Op::Remove(RecordId::Actor(actor)));
    Edit::new("delete actor", ops)
}

/// Deletes a tag: claims lose it and its sub-tags move up to its parent.
pub fn delete_tag(p: &Project, tag: TagId) -> Edit {
    let parent = p.tags.get(tag).and_then(|t| t.parent);
    let mut ops = Vec::new();
    for child in p.tags.iter().filter(|t| t.parent == Some(tag)) {
        let mut child = child.clone();
        child.parent = parent;
        ops.push(Op::Put(Record::Tag(child)));
    }
    for c in p.claims.iter().filter(|c| c.tags.contains(&tag)) {
        let mut c = c.clone();
        c.tags.retain(|&t| t != tag);
        ops.push(Op::Put(Record::Claim(c)));
    }
    ops.push(Op::Remove(RecordId::Tag(tag)));
    Edit::new("delete tag", ops)
}

pub fn delete_event(event: EventId) -> Edit {
    Edit::one("delete event", Op::Remove(RecordId::Event(event)))
}

/// Adds a claim as further evidence for an existing event: a second outlet reporting the same
/// act gives one event with two evidence claims, never two events.
pub fn link_evidence(p: &Project, claim: ClaimId, event: EventId) -> Result<Edit, EditError> {
    let mut e = p.events.get(event).cloned().ok_or_else(|| EditError::Missing(event.to_string()))?;
    if e.evidence.contains(&claim) {
        return Err(EditError::Invalid("the claim is already evidence for this event".into()));
    }
    e.evidence.push(claim);
    Ok(Edit::one("link evidence", Op::Put(Record::Event(e))))
}

pub fn put_event(label: &str, event: Event) -> Edit {
    Edit::one(label, Op::Put(Record::Event(event)))
}

/// Replaces an article's text (fixing a typo or an OCR error) and re-anchors every claim on
/// it; claims whose words cannot be placed with certainty become orphans. Returns the edit and
/// the claims it orphans, so the analyst can be told before or after applying it.
pub fn edit_text(p: &Project, article: ArticleId, new_text: &str) -> Result<(Edit, Vec<ClaimId>), EditError> {
    let a = p.articles.get(article).ok_or_else(|| EditError::Missing(article.to_string()))?;
    let new_text = text::normalize_newlines(new_text);
    if new_text == a.text {
        return Err(EditError::Empty);
    }
    let mut orphans = Vec::new();
    let claims = p
        .claims_of(article)
        .map(|c| {
            let mut c = c.clone();
            let placement = if c.orphaned {
                reanchor::Placement::Orphan
            } else {
                reanchor::after_edit(&a.text, &new_text, c.start, c.end, &c.quote, &c.prefix, &c.suffix)
            };
            match placement {
                reanchor::Placement::Found(anchor) => {
                    (c.start, c.end, c.quote, c.prefix, c.suffix) =
                        (anchor.start, anchor.end, anchor.quote, anchor.prefix, anchor.suffix);
                }
                reanchor::Placement::Orphan => {
                    c.orphaned = true;
                    orphans.push(c.id);
                }
            }
            c
        })
        .collect();
    Ok((Edit::one("edit article text", Op::SetText { article, text: new_text, claims }), orphans))
}

/// Places an orphaned claim (or moves any claim) on a new span of an article.
pub fn reattach(p: &Project, claim: ClaimId, article: ArticleId, start: usize, end: usize) -> Result<Edit, EditError> {
    let mut c = p.claims.get(claim).cloned().ok_or_else(|| EditError::Missing(claim.to_string()))?;
    let a = p.articles.get(article).ok_or_else(|| EditError::Missing(article.to_string()))?;
    let anchor = text::anchor(&a.text, start, end).map_err(|e| EditError::Invalid(e.to_string()))?;
    (c.article, c.start, c.end, c.quote, c.prefix, c.suffix) =
        (article, anchor.start, anchor.end, anchor.quote, anchor.prefix, anchor.suffix);
    c.orphaned = false;
    Ok(update_claim("re-attach claim", c))
}

pub fn add_article(article: Article) -> Edit {
    Edit::one("import article", Op::Put(Record::Article(article)))
}

#[cfg(test)]
mod tests;
