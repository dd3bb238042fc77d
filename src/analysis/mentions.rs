//! Actor mentions: every name and alias of every actor, found in article text.
//!
//! Names and text are compared after Unicode normalisation (NFKC: full-width "ＵＳ" is "US",
//! half-width katakana and ligatures read as their plain letters), and optionally without
//! diacritics (`Matching::ignore_diacritics`). Matching is whole-word and longest-first
//! ("President Donald Trump" wins over "Trump" where both match); in scripts written without
//! spaces (Chinese, Japanese, Thai) a name is found inside a run of letters, longest first
//! ("中华人民共和国商务部" is one mention, not "中华人民共和国" and "商务部"). Case follows each
//! alias as written ("smart case", as in ripgrep and vim): an alias with a capital letter matches
//! only that case ("US" is not "us"), an all-lowercase alias matches any case in any alphabet
//! ("захарова" finds "Захарова"). Names with Cyrillic letters are also found in their case forms
//! ("Захарова" finds "Захаровой"; see `inflection`). Aliases shared by two actors go to the one listed first.
//! Offsets are chars of the original text, whatever normalisation changed.

mod inflection;

use std::collections::BTreeMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use self::inflection::{InflectedMatcher, inflects};
pub use crate::model::Matching;
use crate::model::fold::{Folded, Folding, fold, spaceless};
use crate::model::{Actor, ActorId, ArticleId, Project, Table};

/// One mention of an actor: a char range of an article's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub actor: ActorId,
}

/// The automata for a project's actors; rebuild it when actors or aliases change.
pub struct MentionFinder {
    /// Aliases with a capital letter, matched as written.
    exact: Option<Matcher>,
    /// All-lowercase aliases, matched in any case.
    folded: Option<Matcher>,
    /// Cyrillic aliases with a capital letter, and all-lowercase ones, found in their case forms.
    inflected: [Option<InflectedMatcher>; 2],
}

struct Matcher {
    automaton: AhoCorasick,
    actors: Vec<ActorId>,
    folding: Folding,
}

/// A candidate match in bytes, before the whole-word and longest-first choice.
struct Candidate {
    start: usize,
    end: usize,
    actor: ActorId,
}

impl MentionFinder {
    pub fn new(actors: &Table<Actor>, matching: Matching) -> Self {
        let exact_folding = Folding { case: false, diacritics: matching.ignore_diacritics };
        let any_case_folding = Folding { case: true, ..exact_folding };
        let mut exact = (Vec::new(), Vec::new());
        let mut any_case = (Vec::new(), Vec::new());
        let (mut inflected_exact, mut inflected_any_case) = (Vec::new(), Vec::new());
        for actor in actors.iter() {
            for name in std::iter::once(&actor.name).chain(&actor.aliases) {
                let name = name.trim();
                if name.is_empty() {
                    continue;
                }
                let capital = name.chars().any(char::is_uppercase);
                if inflects(name) {
                    if capital { &mut inflected_exact } else { &mut inflected_any_case }.push((name, actor.id));
                    continue;
                }
                let (patterns, owners, folding) = if capital {
                    (&mut exact.0, &mut exact.1, exact_folding)
                } else {
                    (&mut any_case.0, &mut any_case.1, any_case_folding)
                };
                patterns.push(fold(name, folding));
                owners.push(actor.id);
            }
        }
        Self {
            exact: Matcher::build(exact, exact_folding),
            folded: Matcher::build(any_case, any_case_folding),
            inflected: [
                InflectedMatcher::build(inflected_exact, exact_folding),
                InflectedMatcher::build(inflected_any_case, any_case_folding),
            ],
        }
    }

    /// The mentions in `text`, in order, never overlapping.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let mut candidates = Vec::new();
        for matcher in [&self.exact, &self.folded].into_iter().flatten() {
            let folded = Folded::new(text, matcher.folding);
            for m in matcher.automaton.find_overlapping_iter(folded.as_str()) {
                let (start, end) = folded.original(m.start(), m.end());
                if is_whole_word(text, start, end) {
                    candidates.push(Candidate { start, end, actor: matcher.actors[m.pattern()] });
                }
            }
        }
        for matcher in self.inflected.iter().flatten() {
            matcher.candidates(text, &mut candidates);
        }
        // Leftmost, then longest; a candidate overlapping one already taken is dropped.
        candidates.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        let mut chosen: Vec<Candidate> = Vec::new();
        for c in candidates {
            if chosen.last().is_none_or(|last| c.start >= last.end) {
                chosen.push(c);
            }
        }
        to_chars(text, chosen)
    }
}

impl Matcher {
    fn build((patterns, actors): (Vec<String>, Vec<ActorId>), folding: Folding) -> Option<Self> {
        if patterns.is_empty() {
            return None;
        }
        // Standard semantics so that overlapping matches are all reported: the longest-first
        // choice happens after the whole-word check, so a longer alias that is only part of a
        // word cannot hide a shorter one that is a whole word.
        let automaton = AhoCorasickBuilder::new().match_kind(MatchKind::Standard).build(&patterns).ok()?;
        Some(Self { automaton, actors, folding })
    }
}

/// Whether the match is not part of a longer word: an alias edge that is a letter or digit must
/// not touch another letter or digit ("US" not in "USA"; "U.S." may be followed by "-China").
/// A capital straight after a small letter starts a word: pages saved from the web glue words
/// together ("Spread the loveTrump hints at …"). Letters of scripts written without spaces
/// (Chinese, Japanese, Thai) are no word edge, on either side ("美国USTR" finds "USTR").
fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let joins = |a: Option<char>, b: Option<char>| match (a, b) {
        (Some(a), Some(b)) => a.is_alphanumeric() && b.is_alphanumeric() && !spaceless(a) && !spaceless(b),
        _ => false,
    };
    let matched = &text[start..end];
    let first = matched.chars().next();
    let previous = text[..start].chars().next_back();
    let glued = first.is_some_and(char::is_uppercase) && previous.is_some_and(char::is_lowercase);
    let before_ok = !joins(previous, first) || glued;
    let after_ok = !joins(matched.chars().next_back(), text[end..].chars().next());
    before_ok && after_ok
}

/// Converts sorted byte ranges to char ranges in one pass over the text.
fn to_chars(text: &str, chosen: Vec<Candidate>) -> Vec<Mention> {
    let mut out = Vec::with_capacity(chosen.len());
    let (mut byte, mut chars) = (0usize, 0usize);
    let mut advance = |to: usize| {
        chars += text[byte..to].chars().count();
        byte = to;
        chars
    };
    for c in chosen {
        let start = advance(c.start);
        let end = advance(c.end);
        out.push(Mention { start, end, actor: c.actor });
    }
    out
}

/// How often each actor is mentioned, per article and over the whole project.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MentionCounts {
    pub per_actor: BTreeMap<ActorId, usize>,
    pub per_article: BTreeMap<ArticleId, BTreeMap<ActorId, usize>>,
}

impl MentionCounts {
    pub fn of_actor(&self, actor: ActorId) -> usize {
        self.per_actor.get(&actor).copied().unwrap_or(0)
    }

    pub fn in_article(&self, article: ArticleId) -> usize {
        self.per_article.get(&article).map_or(0, |m| m.values().sum())
    }
}

/// Counts the mentions in every article of the project.
pub fn count(project: &Project, matching: Matching) -> MentionCounts {
    let finder = MentionFinder::new(&project.actors, matching);
    let mut counts = MentionCounts::default();
    for article in project.articles.iter() {
        let per = counts.per_article.entry(article.id).or_default();
        for m in finder.find(&article.text) {
            *per.entry(m.actor).or_default() += 1;
            *counts.per_actor.entry(m.actor).or_default() += 1;
        }
    }
    counts
}

#[cfg(test)]
mod tests;
