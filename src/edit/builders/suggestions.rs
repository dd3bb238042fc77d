//! Edits for the analyst's answer to a claim suggestion: accepting it makes a claim with the
//! suggested speaker and target; rejecting it is remembered on the article so the suggestion
//! does not come back. Both are ordinary edits, so undo takes them back like any other.

use crate::analysis::suggest::Suggestion;
use crate::model::{ArticleId, Claim, ClaimId, Project, text};

use super::{Edit, EditError, Op, Record};

/// A claim on the suggested sentence, with its speaker and target filled in.
pub fn accept_suggestion(p: &Project, article: ArticleId, s: &Suggestion) -> Result<(Edit, ClaimId), EditError> {
    let a = p.articles.get(article).ok_or_else(|| EditError::Missing(article.to_string()))?;
    // The suggestion was computed on this text; a text changed since must not be claimed blindly.
    if text::slice_chars(&a.text, s.start, s.end) != Some(s.quote.as_str()) {
        return Err(EditError::Invalid("the article changed since this suggestion was made".into()));
    }
    let anchor = text::anchor(&a.text, s.start, s.end).map_err(|e| EditError::Invalid(e.to_string()))?;
    let mut claim = Claim::new(article, anchor);
    claim.speaker = s.speaker.filter(|&id| p.actors.contains(id));
    claim.targets = s.target.filter(|&id| p.actors.contains(id)).into_iter().collect();
    let id = claim.id;
    Ok((Edit::one("accept suggestion", Op::Put(Record::Claim(claim))), id))
}

/// Remembers that the analyst rejected the suggestion on this sentence.
pub fn reject_suggestion(p: &Project, article: ArticleId, quote: &str) -> Result<Edit, EditError> {
    let mut a = p.articles.get(article).cloned().ok_or_else(|| EditError::Missing(article.to_string()))?;
    if !a.dismissed_suggestions.insert(quote.to_owned()) {
        return Err(EditError::Empty);
    }
    Ok(Edit::one("reject suggestion", Op::Put(Record::Article(a))))
}
