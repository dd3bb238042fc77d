//! What the reader offers besides the claims (actor mentions, date expressions, claim
//! suggestions) and the mention counts of the lists, kept per document state, worked out off
//! the UI thread when an article or the project is large. Also where the analyst is in the open
//! article's suggestions, so that F8, Enter and Delete know which one they act on.

use std::sync::Arc;

use crate::analysis::assist::{AssistInput, Assistance, assist};
use crate::analysis::mentions::{self, MentionCounts};
use crate::analysis::suggest::Suggestion;
use crate::edit::Document;
use crate::model::ArticleId;

use super::jobs::deferred::{Deferred, Work};

/// Articles longer than this (bytes) are scanned on another thread: 50 KB takes ~4 ms, 200 KB
/// ~22 ms (`cargo bench --bench assist`), more than a frame.
const HEAVY_ARTICLE: usize = 50_000;
/// Projects with more text than this (bytes) are counted on another thread (~3 ms inline).
const HEAVY_PROJECT: usize = 500_000;

#[derive(Debug, Default)]
pub struct AssistState {
    scans: Deferred<(ArticleId, u64), Assistance>,
    counts: Deferred<u64, MentionCounts>,
    /// The suggestion the analyst last moved to (by its first char); `current` says whether it
    /// is still the one Enter and Delete act on.
    position: Option<(ArticleId, usize)>,
    current: bool,
    /// The analyst switched suggestions off for a while.
    pub hide_suggestions: bool,
}

impl AssistState {
    /// Mentions, dates and suggestions of an article. While a large article is rescanned after
    /// an edit, the previous scan of it is returned: its offsets may be a little stale, but
    /// every use of them checks against the text.
    pub fn of_article(&mut self, doc: &Document, article: ArticleId, ctx: &egui::Context) -> Option<Arc<Assistance>> {
        let key = (article, doc.state());
        let fresh = self.scans.get(&key, ctx, || {
            let input = AssistInput::of_article(doc.project(), article);
            let heavy = input.as_ref().is_some_and(|i| i.text.len() > HEAVY_ARTICLE);
            Work { heavy, compute: move || input.map(|i| assist(&i)).unwrap_or_default() }
        });
        fresh.or_else(|| self.scans.latest().filter(|((a, _), _)| *a == article).map(|(_, v)| v))
    }

    /// Mention counts per actor and per article over the whole project.
    pub fn counts(&mut self, doc: &Document, ctx: &egui::Context) -> Option<Arc<MentionCounts>> {
        let fresh = self.counts.get(&doc.state(), ctx, || {
            let p = doc.project();
            let heavy = p.articles.iter().map(|a| a.text.len()).sum::<usize>() > HEAVY_PROJECT;
            // A clone shares the project's records: handing it to the thread copies nothing.
            let p = p.clone();
            Work { heavy, compute: move || mentions::count(&p, p.matching) }
        });
        fresh.or_else(|| self.counts.latest().map(|(_, v)| v))
    }

    /// The suggestion Enter and Delete act on, if the analyst has one in hand.
    pub fn current<'a>(&self, article: ArticleId, a: &'a Assistance) -> Option<&'a Suggestion> {
        let (at_article, at) = self.position.filter(|_| self.current && !self.hide_suggestions)?;
        (at_article == article).then(|| a.suggestions.iter().find(|s| s.start == at)).flatten()
    }

    /// Makes `s` the current suggestion.
    pub fn set_current(&mut self, article: ArticleId, s: &Suggestion) {
        self.position = Some((article, s.start));
        self.current = true;
        self.hide_suggestions = false;
    }

    /// The current suggestion was dealt with: the next step starts from where it was.
    pub fn release(&mut self) {
        self.current = false;
    }

    /// Moves to the next (or previous) suggestion of the article, wrapping around, and makes
    /// it current.
    pub fn step(&mut self, article: ArticleId, a: &Assistance, forward: bool) -> Option<Suggestion> {
        let at = self.position.filter(|(x, _)| *x == article).map(|(_, at)| at);
        let all = &a.suggestions;
        let found = match (at, forward) {
            (None, true) => all.first(),
            (None, false) => all.last(),
            (Some(at), true) => all.iter().find(|s| s.start > at).or(all.first()),
            (Some(at), false) => all.iter().rev().find(|s| s.start < at).or(all.last()),
        }?
        .clone();
        self.set_current(article, &found);
        Some(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_project;

    #[test]
    fn stepping_walks_the_suggestions_in_order_and_wraps_around() {
        let mut p = sample_project();
        p.claims = Default::default();
        p.events = Default::default();
        let doc = Document::new(p, None);
        let article = doc.project().articles.ids().next().unwrap();
        let ctx = egui::Context::default();
        let mut state = AssistState::default();
        let a = state.of_article(&doc, article, &ctx).expect("a small article is scanned at once");
        let n = a.suggestions.len();
        assert!(n >= 3);
        assert_eq!(state.current(article, &a), None, "nothing is current until the analyst moves");
        let first = state.step(article, &a, true).unwrap();
        assert_eq!(first, a.suggestions[0]);
        assert_eq!(state.current(article, &a), Some(&a.suggestions[0]));
        assert_eq!(state.step(article, &a, true).unwrap(), a.suggestions[1]);
        assert_eq!(state.step(article, &a, false).unwrap(), a.suggestions[0]);
        assert_eq!(state.step(article, &a, false).unwrap(), a.suggestions[n - 1], "wraps to the last");
        assert_eq!(state.step(article, &a, true).unwrap(), a.suggestions[0], "and back to the first");
        state.release();
        assert_eq!(state.current(article, &a), None);
        assert_eq!(state.step(article, &a, true).unwrap(), a.suggestions[1], "goes on from where it was");

        let counts = state.counts(&doc, &ctx).unwrap();
        let china = doc.project().actors.iter().find(|x| x.name == "China").unwrap().id;
        assert!(counts.of_actor(china) > 3, "Beijing and China are mentioned often");
        assert!(counts.in_article(article) > 0);
    }
}
