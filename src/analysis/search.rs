//! Search across every article: plain text or a regular expression, with the hits as a
//! concordance (keyword in context) grouped by article in project order.
//!
//! Plain text and regular expressions go through the same engine (the `regex` crate, plain text
//! escaped), so both search the original text and report its own offsets: case-insensitive
//! matching never lowercases the text, whose length can change ('İ' lowercases to two chars)
//! and would shift every later offset. Case folding is Unicode simple case folding ("é" finds
//! "É", "σ" finds "ς"; "ß" does not find "SS").
//!
//! Matches do not overlap: after a hit the search goes on from its end, as "find all" in an
//! editor does, so every hit can become a claim without two of them sharing text.
//! Offsets are chars, as everywhere in the model.

use std::collections::{HashMap, HashSet};

use regex::{Regex, RegexBuilder};

use crate::model::{ActorId, ArticleId, Claim, ClaimId, EventTypeId, Project, TagId};

/// Chars of context shown on each side of a hit (before cutting back to a word boundary).
pub const CONTEXT_CHARS: usize = 40;
/// Hits kept by default; the rest are counted ("first 1000 of 5200 hits").
pub const DEFAULT_LIMIT: usize = 1_000;
/// A word cut by the context window is dropped when it is at most this long; a longer one (a
/// URL, a run of CJK text without spaces) is kept cut rather than losing half the context.
const WORD_SLACK: usize = CONTEXT_CHARS / 2;

/// Which hits to keep. The claim filters (tag, actor, event type) keep a hit only when it lies
/// inside one claim that passes all of them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filter {
    /// Only this article.
    pub article: Option<ArticleId>,
    /// Inside a claim carrying this tag.
    pub tag: Option<TagId>,
    /// Inside a claim whose speaker or targets are this actor or act for it (Greer for the
    /// United States).
    pub actor: Option<ActorId>,
    /// Inside a claim that is evidence for an event of this type.
    pub event_type: Option<EventTypeId>,
}

impl Filter {
    fn needs_claims(&self) -> bool {
        self.tag.is_some() || self.actor.is_some() || self.event_type.is_some()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Query {
    pub text: String,
    /// `text` is a regular expression (`regex` crate syntax; `^` and `$` match at line ends).
    pub regex: bool,
    pub case_sensitive: bool,
    pub filter: Filter,
    /// How many hits to keep; all are counted.
    pub limit: usize,
}

impl Default for Query {
    fn default() -> Self {
        Self {
            text: String::new(),
            regex: false,
            case_sensitive: false,
            filter: Filter::default(),
            limit: DEFAULT_LIMIT,
        }
    }
}

impl Query {
    /// A case-insensitive plain-text query.
    pub fn plain(text: impl Into<String>) -> Self {
        Self { text: text.into(), ..Self::default() }
    }

    /// The query as a compiled pattern, or why it cannot be one.
    pub fn compile(&self) -> Result<Regex, SearchError> {
        if self.text.is_empty() {
            return Err(SearchError::Empty);
        }
        let pattern = if self.regex { self.text.clone() } else { regex::escape(&self.text) };
        RegexBuilder::new(&pattern)
            .case_insensitive(!self.case_sensitive)
            .multi_line(true)
            .build()
            .map_err(|e| SearchError::BadRegex(e.to_string()))
    }
}

#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum SearchError {
    #[error("type something to search for")]
    Empty,
    #[error("not a valid regular expression: {0}")]
    BadRegex(String),
}

/// One occurrence, with its context on one line.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub article: ArticleId,
    /// First char of the match.
    pub start: usize,
    /// One past its last char.
    pub end: usize,
    /// The matched text exactly as in the article.
    pub matched: String,
    /// Up to [`CONTEXT_CHARS`] before and after, cut at a word boundary, on one line.
    pub left: String,
    pub right: String,
}

/// The kept hits of one article.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleHits {
    pub article: ArticleId,
    pub title: String,
    pub hits: Vec<Hit>,
    /// Every match in the article, kept or not.
    pub total: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Results {
    /// Articles with kept hits, in project order.
    pub groups: Vec<ArticleHits>,
    /// Every match that passed the filters, kept or not.
    pub total: usize,
    /// Articles with at least one match.
    pub articles: usize,
}

impl Results {
    pub fn kept(&self) -> usize {
        self.groups.iter().map(|g| g.hits.len()).sum()
    }

    pub fn hits(&self) -> impl Iterator<Item = &Hit> {
        self.groups.iter().flat_map(|g| &g.hits)
    }

    /// "3 hits in 2 articles", or "first 1000 of 5200 hits in 80 articles" when capped.
    pub fn summary(&self) -> String {
        let hits = if self.total == 1 { "hit" } else { "hits" };
        let articles = if self.articles == 1 { "article" } else { "articles" };
        if self.kept() < self.total {
            format!("first {} of {} {hits} in {} {articles}", self.kept(), self.total, self.articles)
        } else {
            format!("{} {hits} in {} {articles}", self.total, self.articles)
        }
    }
}

/// Searches the project. An invalid regular expression is an error, never a panic; matches of
/// zero length (`a*`, `\b`) are skipped, since they select nothing.
pub fn search(p: &Project, query: &Query) -> Result<Results, SearchError> {
    let pattern = query.compile()?;
    let allowed = query.filter.needs_claims().then(|| claim_ranges(p, &query.filter));
    let mut results = Results::default();
    let mut kept = 0;
    for article in p.articles.iter() {
        if query.filter.article.is_some_and(|a| a != article.id) {
            continue;
        }
        let ranges = match &allowed {
            Some(by_article) => match by_article.get(&article.id) {
                Some(r) => r.as_slice(),
                None => continue,
            },
            None => &[],
        };
        let text = &article.text;
        let mut group = ArticleHits { article: article.id, title: article.title.clone(), hits: Vec::new(), total: 0 };
        // Matches come in text order, so chars are counted once, from one match to the next.
        let (mut byte, mut char) = (0, 0);
        for m in pattern.find_iter(text).filter(|m| !m.is_empty()) {
            let start = char + text[byte..m.start()].chars().count();
            let end = start + m.as_str().chars().count();
            (byte, char) = (m.end(), end);
            if allowed.is_some() && !ranges.iter().any(|&(s, e)| s <= start && end <= e) {
                continue;
            }
            group.total += 1;
            if kept < query.limit {
                kept += 1;
                group.hits.push(Hit {
                    article: article.id,
                    start,
                    end,
                    matched: m.as_str().to_owned(),
                    left: left_context(&text[..m.start()]),
                    right: right_context(&text[m.end()..]),
                });
            }
        }
        if group.total > 0 {
            results.total += group.total;
            results.articles += 1;
            if !group.hits.is_empty() {
                results.groups.push(group);
            }
        }
    }
    Ok(results)
}

/// For each article, the char ranges of the claims that pass the filter's claim conditions.
fn claim_ranges(p: &Project, filter: &Filter) -> HashMap<ArticleId, Vec<(usize, usize)>> {
    let evidence: Option<HashSet<ClaimId>> = filter
        .event_type
        .map(|kind| p.events.iter().filter(|e| e.kind == kind).flat_map(|e| e.evidence.iter().copied()).collect());
    // A speaker or target counts for the side it acted for when its article was published.
    let published = |c: &Claim| p.articles.get(c.article).and_then(|a| a.published);
    let passes = |c: &Claim| {
        !c.orphaned
            && filter.tag.is_none_or(|t| c.tags.contains(&t))
            && filter.actor.is_none_or(|a| c.speaker.iter().chain(&c.targets).any(|&x| p.acts_for(x, a, published(c))))
            && evidence.as_ref().is_none_or(|ev| ev.contains(&c.id))
    };
    let mut ranges: HashMap<ArticleId, Vec<(usize, usize)>> = HashMap::new();
    for c in p.claims.iter().filter(|c| passes(c)) {
        ranges.entry(c.article).or_default().push((c.start, c.end));
    }
    ranges
}

/// Text on one line: each run of whitespace (a paragraph break, a tab) as one space.
pub fn one_line(text: &str) -> String {
    let mut line = String::with_capacity(text.len());
    let mut after_space = false;
    for c in text.chars() {
        let space = c.is_whitespace();
        if !(space && after_space) {
            line.push(if space { ' ' } else { c });
        }
        after_space = space;
    }
    line
}

/// The last [`CONTEXT_CHARS`] of `before`, without a word cut in half at the far end.
fn left_context(before: &str) -> String {
    let cut = before.char_indices().rev().nth(CONTEXT_CHARS - 1).map_or(0, |(b, _)| b);
    let mut window = &before[cut..];
    let mid_word = cut > 0 && !before[..cut].ends_with(char::is_whitespace) && !window.starts_with(char::is_whitespace);
    if mid_word
        && let Some(space) = window.find(char::is_whitespace)
        && window[..space].chars().count() <= WORD_SLACK
    {
        window = &window[space..];
    }
    one_line(window.trim_start())
}

/// The first [`CONTEXT_CHARS`] of `after`, without a word cut in half at the far end.
fn right_context(after: &str) -> String {
    let cut = after.char_indices().nth(CONTEXT_CHARS).map_or(after.len(), |(b, _)| b);
    let mut window = &after[..cut];
    let mid_word =
        cut < after.len() && !after[cut..].starts_with(char::is_whitespace) && !window.ends_with(char::is_whitespace);
    if mid_word
        && let Some(space) = window.rfind(char::is_whitespace)
        && window[space..].chars().count() <= WORD_SLACK
    {
        window = &window[..space];
    }
    one_line(window.trim_end())
}

#[cfg(test)]
mod tests;
