//! Claims from search hits: the analyst ticks occurrences in the concordance and makes them
//! claims in one step, undone as one.

use std::collections::HashSet;

use crate::analysis::search::Hit;
use crate::model::{ArticleId, Claim, ClaimId, Project, TagId, text};

use super::{Edit, Op, Record};

/// What [`claims_from_hits`] would do.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimsFromHits {
    /// The edit adding the new claims; `None` when every hit is already a claim.
    pub edit: Option<Edit>,
    pub created: Vec<ClaimId>,
    /// Hits whose span is exactly an existing claim's (or another hit's): skipped.
    pub existing: usize,
    /// Hits that cannot anchor a claim (only whitespace, or outside a text changed since the
    /// search): skipped.
    pub unusable: usize,
}

impl ClaimsFromHits {
    /// "Created 3 claims (1 already existed)", for the status bar.
    pub fn summary(&self) -> String {
        let n = self.created.len();
        let mut msg = format!("Created {n} claim{} ({} already existed)", if n == 1 { "" } else { "s" }, self.existing);
        if self.unusable > 0 {
            msg.push_str(&format!("; {} hit(s) could not become claims", self.unusable));
        }
        msg
    }
}

/// One edit ("create N claims from search") adding a claim on each hit, tagged with `tag` when
/// given. A hit whose span (after trimming whitespace, as any claim's) is exactly an existing
/// claim's is skipped and counted, so searching again and re-applying does not double claims.
pub fn claims_from_hits(p: &Project, hits: &[Hit], tag: Option<TagId>) -> ClaimsFromHits {
    let mut taken: HashSet<(ArticleId, usize, usize)> =
        p.claims.iter().filter(|c| !c.orphaned).map(|c| (c.article, c.start, c.end)).collect();
    let (mut ops, mut created, mut existing, mut unusable) = (Vec::new(), Vec::new(), 0, 0);
    for hit in hits {
        let anchor = p.articles.get(hit.article).and_then(|a| text::anchor(&a.text, hit.start, hit.end).ok());
        let Some(anchor) = anchor else {
            unusable += 1;
            continue;
        };
        if !taken.insert((hit.article, anchor.start, anchor.end)) {
            existing += 1;
            continue;
        }
        let mut claim = Claim::new(hit.article, anchor);
        claim.tags.extend(tag);
        created.push(claim.id);
        ops.push(Op::Put(Record::Claim(claim)));
    }
    let edit = (!ops.is_empty()).then(|| {
        let n = ops.len();
        Edit::new(format!("create {n} claim{} from search", if n == 1 { "" } else { "s" }), ops)
    });
    ClaimsFromHits { edit, created, existing, unusable }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::search::{Query, search};
    use crate::edit::Document;
    use crate::sample::sample_project;

    #[test]
    fn hits_become_tagged_claims_in_one_undoable_edit() {
        let mut doc = Document::new(sample_project(), None);
        let tag = doc.project().tags.iter().next().unwrap().id;
        let before = doc.project().claims.len();
        let results = search(doc.project(), &Query::plain("rare earth")).unwrap();
        let hits: Vec<Hit> = results.hits().take(3).cloned().collect();
        let made = claims_from_hits(doc.project(), &hits, Some(tag));
        assert_eq!((made.created.len(), made.existing, made.unusable), (3, 0, 0));
        let edit = made.edit.unwrap();
        assert_eq!(edit.label, "create 3 claims from search");
        doc.apply(edit).unwrap();
        let p = doc.project();
        assert_eq!(p.claims.len(), before + 3);
        for (id, hit) in made.created.iter().zip(&hits) {
            let c = p.claims.get(*id).unwrap();
            assert_eq!((c.article, c.start, c.end), (hit.article, hit.start, hit.end));
            assert_eq!(c.quote, hit.matched);
            assert_eq!(c.tags, vec![tag]);
        }
        assert_eq!(doc.undo().as_deref(), Some("create 3 claims from search"));
        assert_eq!(doc.project().claims.len(), before, "one undo removes them all");
    }

    #[test]
    fn hits_on_existing_claims_and_repeated_hits_are_skipped_and_counted() {
        let mut doc = Document::new(sample_project(), None);
        let hits: Vec<Hit> =
            search(doc.project(), &Query::plain("rare earth")).unwrap().hits().take(2).cloned().collect();
        doc.apply(claims_from_hits(doc.project(), &hits[..1], None).edit.unwrap()).unwrap();
        let again = claims_from_hits(doc.project(), &[hits[0].clone(), hits[1].clone(), hits[1].clone()], None);
        assert_eq!((again.created.len(), again.existing), (1, 2));
        assert_eq!(again.summary(), "Created 1 claim (2 already existed)");
        let none = claims_from_hits(doc.project(), &hits[..1], None);
        assert_eq!(none.edit, None);
        assert_eq!(none.summary(), "Created 0 claims (1 already existed)");
    }

    #[test]
    fn whitespace_is_trimmed_and_blank_hits_are_unusable() {
        let p = sample_project();
        let q = Query { regex: true, ..Query::plain(r"\srare earth\s") };
        let hits: Vec<Hit> = search(&p, &q).unwrap().hits().take(1).cloned().collect();
        let blank = Query { regex: true, ..Query::plain(r"\n+") };
        let blanks: Vec<Hit> = search(&p, &blank).unwrap().hits().take(1).cloned().collect();
        assert_eq!(blanks.len(), 1);
        let made = claims_from_hits(&p, &[hits[0].clone(), blanks[0].clone()], None);
        assert_eq!((made.created.len(), made.unusable), (1, 1));
        let Some(Op::Put(Record::Claim(c))) = made.edit.as_ref().map(|e| &e.ops[0]) else { panic!() };
        assert_eq!(c.quote.to_lowercase(), "rare earth");
        assert_eq!((c.start, c.end), (hits[0].start + 1, hits[0].end - 1));
    }
}
