//! Everything the reader offers on an article besides its claims: actor mentions, date
//! expressions and claim suggestions, computed together from one owned input so that a large
//! article can be scanned on another thread while the UI keeps drawing.

use std::collections::BTreeSet;

use jiff::civil::Date;

use crate::model::{Actor, ActorId, ActorKind, ArticleId, DateSettings, EventType, Project, Table};

use super::date_expressions::{self, DateExpression};
use super::mentions::{Matching, Mention, MentionFinder};
use super::suggest::{self, Suggestion};
use super::words::sentences;

/// What the scan needs, owned (cheap to clone apart from the text itself).
#[derive(Clone, Debug)]
pub struct AssistInput {
    pub article: ArticleId,
    pub text: String,
    pub published: Option<Date>,
    /// The article's outlet and author: a ministry that issued a release speaks its "we".
    pub byline: String,
    /// The project's conventions for weekdays and numeric dates.
    pub dates: DateSettings,
    /// How the project compares names (diacritics ignored or not).
    pub matching: Matching,
    pub actors: Table<Actor>,
    pub taxonomy: Table<EventType>,
    /// Char ranges already claimed: no suggestion overlaps them.
    pub claimed: Vec<(usize, usize)>,
    /// Sentences the analyst rejected, by their text.
    pub dismissed: BTreeSet<String>,
}

impl AssistInput {
    pub fn of_article(project: &Project, article: ArticleId) -> Option<Self> {
        let a = project.articles.get(article)?;
        Some(Self {
            article,
            text: a.text.clone(),
            published: a.published,
            byline: format!("{}\n{}", a.outlet, a.author),
            dates: project.dates,
            matching: project.matching,
            actors: project.actors.clone(),
            taxonomy: project.taxonomy.clone(),
            claimed: project.claims_of(article).filter(|c| !c.orphaned).map(|c| (c.start, c.end)).collect(),
            dismissed: a.dismissed_suggestions.clone(),
        })
    }
}

/// The scan's results for one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Assistance {
    pub mentions: Vec<Mention>,
    pub dates: Vec<DateExpression>,
    pub suggestions: Vec<Suggestion>,
    /// Names suggested as speakers that are not actors yet, each once, in order of appearance.
    pub new_actors: Vec<String>,
}

pub fn assist(input: &AssistInput) -> Assistance {
    let chars: Vec<char> = input.text.chars().collect();
    let finder = MentionFinder::new(&input.actors, input.matching);
    let mentions = finder.find(&input.text);
    let dates = date_expressions::find(&chars, 0, chars.len(), input.published, input.dates);
    // The speaker's side as of the publication day: what the article calls the speaker's own side.
    let affiliation =
        |a: ActorId| input.actors.get(a).and_then(|a| a.affiliation_at(input.published)).and_then(|a| a.acts_for);
    let kind_of = |a: ActorId| input.actors.get(a).map(|a| a.kind);
    let bodies: Vec<(ActorId, Vec<String>)> = input
        .actors
        .iter()
        .filter(|a| a.kind == ActorKind::GovernmentBody)
        .map(|a| {
            let names = std::iter::once(&a.name).chain(&a.aliases);
            let words = names.flat_map(|n| n.split(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty());
            (a.id, words.map(str::to_lowercase).collect())
        })
        .collect();
    let cx = suggest::Context {
        chars: &chars,
        mentions: &mentions,
        dates: &dates,
        taxonomy: &input.taxonomy,
        affiliation: &affiliation,
        kind_of: &kind_of,
        issuer: suggest::issuer(&finder, &input.actors, input.matching, &input.byline),
        bodies: &bodies,
    };
    let all = suggest::suggest(&cx, &sentences(&chars));
    let mut new_actors: Vec<String> = Vec::new();
    for name in all.iter().filter_map(|s| s.unknown_speaker.as_ref()) {
        if !new_actors.contains(name) {
            new_actors.push(name.clone());
        }
    }
    let suggestions = all
        .into_iter()
        .filter(|s| !input.dismissed.contains(&s.quote))
        .filter(|s| !input.claimed.iter().any(|&(a, b)| a < s.end && s.start < b))
        .collect();
    Assistance { mentions, dates, suggestions, new_actors }
}
