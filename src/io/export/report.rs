//! What the exports say about a project, computed once for the CSV tables and both reports so
//! they never disagree: names, lists joined for one cell, events in date order, the summary.

use crate::analysis::series::number;
use crate::analysis::stats::stats;
use crate::model::{Actor, ActorId, Article, Claim, Colour, Event, EventTypeId, Project, TagId};

/// What joins several names in one cell ("Trade; Accusation").
pub const LIST_SEPARATOR: &str = "; ";

pub fn type_name(p: &Project, kind: EventTypeId) -> &str {
    p.taxonomy.get(kind).map_or("(missing type)", |t| t.name.as_str())
}

pub fn tag_names(p: &Project, tags: &[TagId]) -> String {
    let names: Vec<&str> = tags.iter().map(|&t| p.tags.get(t).map_or("(missing tag)", |t| t.name.as_str())).collect();
    names.join(LIST_SEPARATOR)
}

pub fn actor_names(p: &Project, actors: &[ActorId]) -> String {
    let names: Vec<&str> = actors.iter().map(|&a| p.actor_name(a)).collect();
    names.join(LIST_SEPARATOR)
}

/// The colour a claim is highlighted in: its first tag's.
pub fn claim_colour(p: &Project, claim: &Claim) -> Option<Colour> {
    claim.tags.iter().find_map(|&t| p.tags.get(t)).map(|t| t.colour)
}

/// Events in the order the acts happened (then by how long they may have lasted).
pub fn events_by_date(p: &Project) -> Vec<&Event> {
    let mut events: Vec<&Event> = p.events.iter().collect();
    events.sort_by_key(|e| (e.date.start, e.date.end));
    events
}

/// An event's score as the chart and the `series` command print it.
pub fn score(p: &Project, e: &Event) -> String {
    number(p.score_of(e))
}

/// The titles of the articles an event's evidence comes from, each once, in evidence order.
pub fn evidence_articles(p: &Project, e: &Event) -> Vec<String> {
    let mut titles: Vec<String> = Vec::new();
    for claim in e.evidence.iter().filter_map(|&c| p.claims.get(c)) {
        let title = p.articles.get(claim.article).map_or("(missing article)", |a| a.title.as_str());
        if !titles.iter().any(|t| t == title) {
            titles.push(title.to_owned());
        }
    }
    titles
}

/// The report's opening figures, as label and value.
pub fn summary(p: &Project) -> Vec<(&'static str, String)> {
    let s = stats(p);
    let range = match (s.first_event, s.last_event) {
        (Some(a), Some(b)) => format!("{a} to {b}"),
        _ => "no events yet".to_owned(),
    };
    vec![
        ("Articles", s.articles.to_string()),
        ("Claims", s.claims.to_string()),
        ("Actors", s.actors.to_string()),
        ("Events", s.events.to_string()),
        ("Tags", s.tags.to_string()),
        ("Events dated", range),
    ]
}

/// The header and rows of the reports' events table, as plain text.
pub fn events_table(p: &Project) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let header = vec!["Date", "Source", "Target", "Type", "Score", "Evidence"];
    let rows = events_by_date(p)
        .into_iter()
        .map(|e| {
            let arrow = if e.bilateral { " ⇄" } else { "" };
            vec![
                e.date.to_string(),
                format!("{}{arrow}", p.actor_name(e.source)),
                p.actor_name(e.target).to_owned(),
                type_name(p, e.kind).to_owned(),
                score(p, e),
                e.evidence.len().to_string(),
            ]
        })
        .collect();
    (header, rows)
}

/// The side `actor` ultimately acts for on the days of `e` ("United States"); when it changed
/// within the event's dates, each side with the days it held ("Old government 2025-04-01 to
/// 2025-04-09; New government 2025-04-10 to 2025-04-30").
pub fn side_during(p: &Project, e: &Event, actor: ActorId) -> String {
    let pieces = p.pieces(&[actor], e.date.start, e.date.end);
    if let [piece] = pieces.as_slice() {
        return p.actor_name(p.top_side(actor, Some(piece.start))).to_owned();
    }
    let sides: Vec<String> = pieces
        .iter()
        .map(|piece| format!("{} {} to {}", p.actor_name(p.top_side(actor, Some(piece.start))), piece.start, piece.end))
        .collect();
    sides.join(LIST_SEPARATOR)
}

/// An actor's periods as a reader of a report reads them ("United States, trade representative,
/// from 2025-02-26"), one after another.
pub fn periods_text(p: &Project, a: &Actor) -> String {
    let periods: Vec<String> = a
        .affiliations
        .iter()
        .map(|period| {
            let mut parts: Vec<String> = period.acts_for.map(|s| p.actor_name(s).to_owned()).into_iter().collect();
            if !period.role.is_empty() {
                parts.push(period.role.clone());
            }
            if period.from.is_some() || period.to.is_some() {
                parts.push(period.span_label());
            }
            parts.join(", ")
        })
        .collect();
    periods.join(LIST_SEPARATOR)
}

/// The header and rows of the reports' actors table, as plain text.
pub fn actors_table(p: &Project) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let header = vec!["Actor", "Kind", "Acts for", "Also called"];
    let rows = p
        .actors
        .iter()
        .map(|a| vec![a.name.clone(), a.kind.label().to_owned(), periods_text(p, a), a.aliases.join(LIST_SEPARATOR)])
        .collect();
    (header, rows)
}

/// "Outlet, Author, 2025-06-02", or nothing when the article has none of them.
pub fn byline(article: &Article) -> Option<String> {
    let parts: Vec<String> = [article.outlet.clone(), article.author.clone()]
        .into_iter()
        .chain(article.published.map(|d| d.to_string()))
        .filter(|s| !s.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// One claim as a report line: “quote” — speaker — tags — note. `escape` makes text safe for
/// the document; the tags are set in `emphasis` (opening and closing markup).
pub fn claim_line(p: &Project, c: &Claim, escape: fn(&str) -> String, emphasis: (&str, &str)) -> String {
    let mut line = format!("“{}”", escape(&c.quote));
    if let Some(s) = c.speaker {
        line.push_str(&format!(" — {}", escape(p.actor_name(s))));
    }
    if !c.tags.is_empty() {
        line.push_str(&format!(" — {}{}{}", emphasis.0, escape(&tag_names(p, &c.tags)), emphasis.1));
    }
    if !c.note.is_empty() {
        line.push_str(&format!(" — {}", escape(&c.note.replace('\n', " "))));
    }
    line
}
