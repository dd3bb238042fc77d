//! One item of a news-database export (Nexis, Nexis Uni, Factiva), whatever its file format:
//! the fields the databases give, turned into an article the same way for every export.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use super::{Imported, short_title};
use crate::analysis::date_phrase;
use crate::model::text::normalize_newlines;
use crate::model::{Article, ArticleId};

/// What an export says about one article. Fields it does not give stay empty.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NewsItem {
    pub title: String,
    pub outlet: String,
    /// The date line as the database prints it ("January 11, 2010 Monday").
    pub date_line: String,
    pub byline: String,
    pub section: String,
    pub length: String,
    /// Paragraphs of the body, in order.
    pub body: Vec<String>,
    /// Other labelled lines worth keeping ("Edition: Scotland", "Load-Date: January 11, 2010").
    pub extra: Vec<String>,
}

impl NewsItem {
    /// The article, with the export's bookkeeping (section, length, edition...) in its notes so
    /// nothing the database said is lost. `source` names the export for the notice.
    pub fn into_imported(self, source: &str, position: usize) -> Imported {
        let published = date_in(&self.date_line);
        let mut notes: Vec<String> = Vec::new();
        for (label, value) in [("Section", &self.section), ("Length", &self.length)] {
            if !value.is_empty() {
                notes.push(format!("{label}: {value}"));
            }
        }
        notes.extend(self.extra.iter().cloned());
        let mut notices = vec![format!("item {position} of a {source}")];
        if published.is_none() {
            let said =
                if self.date_line.is_empty() { "no date line".to_owned() } else { format!("“{}”", self.date_line) };
            notices.push(format!("no publication date: the export gave {said}; set it in Article details"));
        }
        let text = normalize_newlines(&self.body.join("\n\n"));
        let title = short_title(&self.title);
        let article = Article {
            id: ArticleId::random(),
            title: if title.is_empty() { format!("{source} item {position}") } else { title },
            outlet: one_line(&self.outlet),
            reliability: None,
            author: byline_names(&self.byline),
            url: String::new(),
            published,
            notes: notes.join("\n"),
            text: if text.trim().is_empty() { self.title.clone() } else { text },
            dismissed_suggestions: Default::default(),
        };
        Imported { article, notices }
    }
}

/// The calendar date in a database's date line: "January 11, 2010 Monday", "July 1, 2019
/// Monday 9:20 AM GMT", "11 January 2010", "Jan. 9, 2010", and in the languages the date reader
/// knows ("13 janvier 2017", "13. Januar 2017", "2017年1月13日"). A line without a whole date
/// gives none.
pub fn date_in(line: &str) -> Option<Date> {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4})\b").expect("valid pattern")
    });
    if let Some(iso) = line.trim().get(..10).and_then(|d| d.parse::<Date>().ok()) {
        return Some(iso);
    }
    let english = DATE.find(line).and_then(|found| date_phrase::resolve(found.as_str(), None).ok());
    match english {
        Some(date) => (date.start == date.end).then_some(date.start),
        // "13 janvier 2017", "13. Januar 2017 Freitag", "2017年1月13日".
        None => super::published::written_date(line),
    }
}

/// "BY STEPHEN POLLARD" and "By Tom Coghlan, Defence Correspondent" as the names alone.
fn byline_names(byline: &str) -> String {
    let line = one_line(byline);
    let line = line.strip_prefix("BY ").or_else(|| line.strip_prefix("By ")).unwrap_or(&line);
    line.trim().to_owned()
}

/// The text with every run of whitespace (line breaks too) as one space, trimmed.
pub(super) fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn database_date_lines_give_their_calendar_date() {
        assert_eq!(date_in("January 11, 2010 Monday"), Some(date(2010, 1, 11)));
        assert_eq!(date_in("July 1, 2019 Monday 9:20 AM GMT"), Some(date(2019, 7, 1)));
        assert_eq!(date_in("11 January 2010"), Some(date(2010, 1, 11)));
        assert_eq!(date_in("Sept. 3, 2021"), Some(date(2021, 9, 3)));
        assert_eq!(date_in("2024-03-05T10:00:00Z"), Some(date(2024, 3, 5)));
        assert_eq!(date_in("13 janvier 2017"), Some(date(2017, 1, 13)));
        assert_eq!(date_in("13. Januar 2017"), Some(date(2017, 1, 13)));
        assert_eq!(date_in("2017年1月13日"), Some(date(2017, 1, 13)));
        assert_eq!(date_in("13 de enero de 2017 viernes"), Some(date(2017, 1, 13)));
        assert_eq!(date_in("13 января 2017"), Some(date(2017, 1, 13)));
    }

    #[test]
    fn a_date_line_without_a_whole_date_gives_none() {
        assert_eq!(date_in("January 2010"), None);
        assert_eq!(date_in("Edition 1; Scotland"), None);
        assert_eq!(date_in("February 30, 2010"), None);
    }

    #[test]
    fn an_item_keeps_every_field_the_export_gave() {
        let item = NewsItem {
            title: "Talks   resume".into(),
            outlet: "The Times (London)".into(),
            date_line: "January 9, 2010 Saturday".into(),
            byline: "BY STEPHEN POLLARD".into(),
            section: "NEWS; Pg. 3".into(),
            length: "453 words".into(),
            body: vec!["First.".into(), "Second.".into()],
            extra: vec!["Edition: Scotland".into()],
        };
        let imported = item.into_imported("Nexis export", 3);
        let a = imported.article;
        assert_eq!(
            (a.title.as_str(), a.outlet.as_str(), a.author.as_str()),
            ("Talks resume", "The Times (London)", "STEPHEN POLLARD")
        );
        assert_eq!(a.published, Some(date(2010, 1, 9)));
        assert_eq!(a.text, "First.\n\nSecond.");
        assert_eq!(a.notes, "Section: NEWS; Pg. 3\nLength: 453 words\nEdition: Scotland");
        assert_eq!(imported.notices, ["item 3 of a Nexis export"]);
    }

    #[test]
    fn an_item_without_a_date_says_so() {
        let item =
            NewsItem { title: "T".into(), date_line: "Spring".into(), body: vec!["B".into()], ..Default::default() };
        let imported = item.into_imported("Nexis export", 1);
        assert_eq!(imported.article.published, None);
        assert!(imported.notices[1].contains("“Spring”"), "{:?}", imported.notices);
    }
}
