//! What the exports say about a project, computed once for the CSV tables and both reports so
//! they never disagree: names, lists joined for one cell, events in date order, the summary.

use crate::analysis::ach::{self, evidence_label, hypothesis_label, number2};
use crate::analysis::grading::Grading;
use crate::analysis::series::number;
use crate::analysis::stats::stats;
use crate::model::{
    Actor, ActorId, Article, CellId, Claim, Colour, Credibility, Event, EventTypeId, Grade, Project, Reliability, TagId,
};

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

/// The header and rows of the reports' events table, as plain text; a graded project's
/// events also show their confidence.
pub fn events_table(p: &Project) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let graded = p.is_graded();
    let mut header = vec!["Date", "Source", "Target", "Type", "Score", "Evidence"];
    if graded {
        header.push("Confidence");
    }
    let grading = Grading::new(p);
    let rows = events_by_date(p)
        .into_iter()
        .map(|e| {
            let arrow = if e.bilateral { " ⇄" } else { "" };
            let mut row = vec![
                e.date.to_string(),
                format!("{}{arrow}", p.actor_name(e.source)),
                p.actor_name(e.target).to_owned(),
                type_name(p, e.kind).to_owned(),
                score(p, e),
                e.evidence.len().to_string(),
            ];
            if graded {
                row.push(grading.confidence(e).map_or_else(String::new, |c| c.explain()));
            }
            row
        })
        .collect();
    (header, rows)
}

/// How the reports explain the grading, before its tables.
pub const GRADING_INTRO: &str = "Sources are graded for reliability from A (completely reliable) to E \
(unreliable), F when their reliability cannot be judged; each piece of information for credibility from \
1 (confirmed by other sources) to 5 (improbable), 6 when its truth cannot be judged (the Admiralty or NATO \
system). An article takes its outlet's grade unless graded on its own; ungraded is F6. An event's \
confidence is the best reliability and the best credibility among its evidence, the credibility raised one \
step when a claim from a second outlet independently corroborates it and lowered one step when a linked \
claim contradicts it.";

/// The two Admiralty scales in their standard words, for the reports.
pub fn scales_table() -> (Vec<&'static str>, Vec<Vec<String>>) {
    let reliability =
        Reliability::ALL.iter().map(|r| vec![r.to_string(), r.label().to_owned(), r.meaning().to_owned()]);
    let credibility =
        Credibility::ALL.iter().map(|c| vec![c.to_string(), c.label().to_owned(), c.meaning().to_owned()]);
    (vec!["Grade", "Name", "Meaning"], reliability.chain(credibility).collect())
}

/// The project's outlets and their grades, for the reports.
pub fn outlets_table(p: &Project) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let rows = p
        .outlets
        .iter()
        .map(|o| {
            vec![
                o.name.clone(),
                o.aliases.join(LIST_SEPARATOR),
                format!("{} · {}", o.reliability, o.reliability.label()),
                o.note.clone(),
            ]
        })
        .collect();
    (vec!["Outlet", "Also called", "Reliability", "Why"], rows)
}

/// The side `actor` ultimately acts for on the days of `e` ("United States"); when it changed
/// within the event's dates, each side with the days it held ("Old government 2025-04-01 to
/// 2025-04-09; New government 2025-04-10 to 2025-04-30").
pub fn side_during(p: &Project, e: &Event, actor: ActorId) -> String {
    let pieces = p.pieces(&[actor], e.date.start, e.date.end);
    let side = |day| p.actor_name(p.top_side(actor, Some(day)));
    if let [piece] = pieces.as_slice() {
        return side(piece.start).to_owned();
    }
    let sides: Vec<String> =
        pieces.iter().map(|piece| format!("{} {} to {}", side(piece.start), piece.start, piece.end)).collect();
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

/// The header and rows of the reports' actors table, as plain text; a Wikidata column (the
/// item's address) when any actor has an item.
pub fn actors_table(p: &Project) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let wikidata = p.actors.iter().any(|a| a.qid.is_some());
    let mut header = vec!["Actor", "Kind", "Acts for", "Also called"];
    if wikidata {
        header.push("Wikidata");
    }
    let rows = p
        .actors
        .iter()
        .map(|a| {
            let mut row =
                vec![a.name.clone(), a.kind.label().to_owned(), periods_text(p, a), a.aliases.join(LIST_SEPARATOR)];
            if wikidata {
                row.push(a.wikidata_url().unwrap_or_default());
            }
            row
        })
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

/// One claim as a report line: “quote” — speaker — tags — grade — note. `escape` makes text
/// safe for the document; the tags are set in `emphasis` (opening and closing markup); the
/// grade is given when `graded` (the project's [`Project::is_graded`], asked once per report).
pub fn claim_line(p: &Project, c: &Claim, graded: bool, escape: fn(&str) -> String, emphasis: (&str, &str)) -> String {
    let mut line = format!("“{}”", escape(&c.quote));
    if let Some(s) = c.speaker {
        line.push_str(&format!(" — {}", escape(p.actor_name(s))));
    }
    if !c.tags.is_empty() {
        line.push_str(&format!(" — {}{}{}", emphasis.0, escape(&tag_names(p, &c.tags)), emphasis.1));
    }
    if graded {
        line.push_str(&format!(" — graded {}", p.grade_of(c)));
    }
    if !c.note.is_empty() {
        line.push_str(&format!(" — {}", escape(&c.note.replace('\n', " "))));
    }
    line
}

/// A report table: its header and rows, as plain text.
pub type TextTable = (Vec<String>, Vec<Vec<String>>);

/// The reports' section on competing hypotheses: the matrix (hypotheses least inconsistent
/// first, a column per piece of evidence), the evidence with grades and weights, and what
/// would change the ranking. `None` when the project weighs no hypotheses.
pub struct AchSection {
    /// "Only evidence graded B3 or better is shown …" when the export is at a minimum grade.
    pub filtered: Option<String>,
    pub matrix: TextTable,
    pub evidence: TextTable,
    pub sensitivity: Vec<String>,
}

/// One evidence column of the hypotheses matrix as the exports and `faultline ach` write it:
/// the same words in the CSV, the reports and the terminal.
pub struct EvidenceText {
    pub label: String,
    pub grade: String,
    pub weight: String,
    pub diagnostic: &'static str,
    pub quote: String,
    pub article: String,
}

impl EvidenceText {
    pub fn of(p: &Project, index: usize, column: &ach::Column) -> Self {
        let claim = p.claims.get(column.claim);
        Self {
            label: evidence_label(index),
            grade: claim.map_or_else(String::new, |c| p.grade_of(c).to_string()),
            weight: number2(column.weight),
            diagnostic: if column.diagnostic { "yes" } else { "no" },
            quote: claim.map_or_else(String::new, |c| c.quote.clone()),
            article: claim.and_then(|c| p.articles.get(c.article)).map_or_else(String::new, |a| a.title.clone()),
        }
    }
}

pub fn ach_section(p: &Project, min_grade: Option<Grade>) -> Option<AchSection> {
    if p.hypotheses.is_empty() {
        return None;
    }
    let a = ach::of_project(p);
    let mut header: Vec<String> = ["Rank", "Hypothesis", "Score", "Unweighted"].map(String::from).to_vec();
    header.extend((0..a.columns.len()).map(evidence_label));
    let rows = a
        .ranking()
        .into_iter()
        .map(|s| {
            let row = p.hypotheses.position(s.hypothesis).unwrap_or_default();
            let title = p.hypotheses.get(s.hypothesis).map_or("", |h| h.title.as_str());
            let mut cells = vec![
                s.rank.to_string(),
                format!("{} {title}", hypothesis_label(row)),
                number2(s.weighted),
                number(s.unweighted),
            ];
            cells.extend(a.columns.iter().map(|c| {
                p.ach_cells.get(CellId { hypothesis: s.hypothesis, claim: c.claim }).map_or_else(String::new, |cell| {
                    if cell.note.is_empty() {
                        cell.rating.code().to_owned()
                    } else {
                        format!("{}: {}", cell.rating.code(), cell.note)
                    }
                })
            }));
            cells
        })
        .collect();
    let evidence_header = ["Evidence", "Grade", "Weight", "Diagnostic", "Quote", "Article"].map(String::from).to_vec();
    let evidence = a
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let e = EvidenceText::of(p, i, c);
            vec![e.label, e.grade, e.weight, e.diagnostic.to_owned(), e.quote, e.article]
        })
        .collect();
    let mut sensitivity: Vec<String> = a.sensitive.iter().map(|s| a.describe_sensitivity(p, s)).collect();
    if sensitivity.is_empty() {
        sensitivity.push(ach::STABLE.to_owned());
    }
    let filtered = min_grade.map(|min| {
        format!(
            "The matrix is filtered to the minimum grade {min}: only evidence graded {min} or better is shown, \
             and the scores and sensitivity are those of that evidence alone."
        )
    });
    Some(AchSection { filtered, matrix: (header, rows), evidence: (evidence_header, evidence), sensitivity })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_project;

    #[test]
    fn the_actors_table_lists_periods_with_roles_and_a_wikidata_column_once_an_actor_has_an_item() {
        assert_eq!(actors_table(&sample_project()).0.len(), 4, "no item, no column");
        let (mut p, _) = crate::analysis::actor_checks::tests::greer_changes_sides_in_may();
        let mut greer = p.find_actor("Greer").unwrap().clone();
        greer.affiliations[1].role = "trade representative".into();
        greer.qid = Some("Q6146446".into());
        p.actors.put(greer);
        let (header, rows) = actors_table(&p);
        assert_eq!(header.last(), Some(&"Wikidata"));
        let row = rows.iter().find(|r| r[0] == "Jamieson Greer").unwrap();
        assert_eq!(row[2], "China, until 2025-05-09; United States, trade representative, from 2025-05-10");
        assert_eq!(row[4], "https://www.wikidata.org/wiki/Q6146446");
        assert_eq!(rows.iter().find(|r| r[0] == "Xi Jinping").unwrap()[2], "China");
    }
}
