//! A news article: its text, source details and publication date, the text claims anchor into.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::grade::Reliability;
use super::id::ArticleId;
use super::table::Keyed;

/// A news article or other source text.
///
/// The text is normalised (`\n` newlines) once, at import, and is otherwise never changed behind
/// the analyst's back: claims anchor into it by char offsets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: ArticleId,
    pub title: String,
    #[serde(default)]
    pub outlet: String,
    /// The analyst's grade for this article's source when it differs from its outlet's
    /// (a ministry statement carried by a wire service); none takes the outlet's grade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reliability: Option<Reliability>,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub url: String,
    /// Publication date: what relative dates in the text ("on Friday") resolve against.
    #[serde(default)]
    pub published: Option<Date>,
    #[serde(default)]
    pub notes: String,
    pub text: String,
    /// Claim suggestions the analyst rejected, by sentence text, so they do not come back
    /// (text rather than offsets, so an edit elsewhere in the article does not revive them).
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub dismissed_suggestions: std::collections::BTreeSet<String>,
}

impl Keyed for Article {
    type Id = ArticleId;
    fn id(&self) -> ArticleId {
        self.id
    }
}
