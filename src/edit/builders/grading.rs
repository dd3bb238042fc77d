//! Edits of the analyst's grading: outlets and their reliability, an article's own
//! reliability, a claim's credibility, and links between claims.

use crate::model::{
    ArticleId, ClaimId, ClaimLink, ClaimLinkId, Credibility, LinkKind, Outlet, OutletId, Project, Reliability,
};

use super::{Edit, EditError, Op, Record, RecordId};

/// Adds an outlet or replaces it with an edited copy.
pub fn put_outlet(label: &str, outlet: Outlet) -> Edit {
    Edit::one(label, Op::Put(Record::Outlet(outlet)))
}

/// Deletes an outlet; its articles become ungraded (F) unless graded on their own.
pub fn delete_outlet(outlet: OutletId) -> Edit {
    Edit::one("delete outlet", Op::Remove(RecordId::Outlet(outlet)))
}

/// Grades an article on its own, or (with `None`) hands it back to its outlet's grade.
pub fn set_article_reliability(
    p: &Project,
    article: ArticleId,
    reliability: Option<Reliability>,
) -> Result<Edit, EditError> {
    let mut a = p.articles.get(article).cloned().ok_or_else(|| EditError::Missing(article.to_string()))?;
    if a.reliability == reliability {
        return Err(EditError::Empty);
    }
    a.reliability = reliability;
    let label = if reliability.is_some() { "grade article" } else { "use the outlet's grade" };
    Ok(Edit::one(label, Op::Put(Record::Article(a))))
}

pub fn set_credibility(p: &Project, claim: ClaimId, credibility: Credibility) -> Result<Edit, EditError> {
    let mut c = p.claims.get(claim).cloned().ok_or_else(|| EditError::Missing(claim.to_string()))?;
    if c.credibility == credibility {
        return Err(EditError::Empty);
    }
    c.credibility = credibility;
    Ok(Edit::one("grade claim", Op::Put(Record::Claim(c))))
}

/// Links two claims; returns the edit and the new link's id. Validation refuses a claim
/// linked to itself or a pair already linked.
pub fn link_claims(from: ClaimId, to: ClaimId, kind: LinkKind) -> (Edit, ClaimLinkId) {
    let link = ClaimLink::new(from, to, kind);
    let id = link.id;
    (Edit::one(format!("link claims ({})", kind.label()), Op::Put(Record::ClaimLink(link))), id)
}

/// Replaces a link with an edited copy (another kind, a note).
pub fn put_link(label: &str, link: ClaimLink) -> Edit {
    Edit::one(label, Op::Put(Record::ClaimLink(link)))
}

pub fn unlink_claims(link: ClaimLinkId) -> Edit {
    Edit::one("unlink claims", Op::Remove(RecordId::ClaimLink(link)))
}
