//! Date expressions in article text ("on Friday", "earlier this month", "in early May",
//! "2025-05-30"), found and resolved against the article's publication date with the same
//! resolver as the date field, so what the reader shows on hover is what the field would accept.

use jiff::civil::Date;

use crate::model::FuzzyDate;

use super::date_phrase;
use super::words::{Word, words};

/// A date phrase in the text (char range) and what it resolves to.
#[derive(Clone, Debug, PartialEq)]
pub struct DateExpression {
    pub start: usize,
    pub end: usize,
    pub date: FuzzyDate,
}

/// Longest phrase tried, in words ("the day before yesterday").
const MAX_WORDS: usize = 4;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/// Lower-case words that can open a date phrase.
const OPENERS: [&str; 10] = ["yesterday", "today", "last", "this", "earlier", "past", "early", "mid", "late", "day"];
const NUMBER_WORDS: [&str; 12] =
    ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// The date expressions in `chars[from..to]`, in order, never overlapping. Relative phrases need
/// `published`; without it only absolute dates are found.
pub fn find(chars: &[char], from: usize, to: usize, published: Option<Date>) -> Vec<DateExpression> {
    let ws = words(chars, from, to);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if !opens_date(&ws, i, chars) {
            i += 1;
            continue;
        }
        let longest = (1..=MAX_WORDS.min(ws.len() - i)).rev().find_map(|n| {
            let (start, end) = (ws[i].start, ws[i + n - 1].end);
            let phrase: String = chars[start..end].iter().collect();
            date_phrase::resolve(&phrase, published).ok().map(|date| (n, start, end, date))
        });
        match longest {
            Some((n, start, end, date)) => {
                // "on Friday", "in early May": the preposition belongs to the phrase an analyst
                // would type into the date field.
                let start = preposition_before(&ws, i, chars).unwrap_or(start);
                out.push(DateExpression {
                    start,
                    end,
                    date: date.with_phrase(chars[start..end].iter().collect::<String>()),
                });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

fn opens_date(ws: &[Word], i: usize, chars: &[char]) -> bool {
    let text = ws[i].text(chars);
    let lower = text.to_lowercase();
    let next_is_unit = ws.get(i + 1).is_some_and(|w| {
        let n = w.lower(chars);
        ["day", "days", "week", "weeks", "month", "months", "year", "years"].contains(&n.as_str())
    });
    MONTHS.contains(&text.as_str())
        || WEEKDAYS.contains(&text.as_str())
        || OPENERS.contains(&lower.as_str())
        || lower.starts_with("mid-")
        || (NUMBER_WORDS.contains(&lower.as_str()) && next_is_unit)
        || (text.chars().all(|c| c.is_ascii_digit()) && (next_is_unit || text.len() == 4))
        || is_iso_date(&text)
        || (text.chars().all(|c| c.is_ascii_digit())
            && ws.get(i + 1).is_some_and(|w| MONTHS.contains(&w.text(chars).as_str())))
}

fn is_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 7 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-'
}

fn preposition_before(ws: &[Word], i: usize, chars: &[char]) -> Option<usize> {
    let prev = ws.get(i.checked_sub(1)?)?;
    let between = &chars[prev.end..ws[i].start];
    let adjacent = between.iter().all(|c| *c == ' ');
    (adjacent && ["on", "in"].contains(&prev.lower(chars).as_str())).then_some(prev.start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Precision;

    fn found(text: &str, published: &str) -> Vec<(String, String, Precision)> {
        let chars: Vec<char> = text.chars().collect();
        find(&chars, 0, chars.len(), Some(published.parse().unwrap()))
            .into_iter()
            .map(|d| (chars[d.start..d.end].iter().collect(), d.date.start.to_string(), d.date.precision))
            .collect()
    }

    #[test]
    fn phrases_in_running_text_resolve_against_publication() {
        // The seed article was published on Saturday 31 May 2025.
        let text = "Trump said at the White House on Friday. A ceasefire signed earlier this month; \
                    a deal reached in Geneva in early May; restrictions imposed in April. He may speak \
                    two days ago, or on 2025-05-12.";
        assert_eq!(
            found(text, "2025-05-31"),
            vec![
                ("on Friday".into(), "2025-05-30".into(), Precision::Day),
                ("earlier this month".into(), "2025-05-01".into(), Precision::Month),
                ("in early May".into(), "2025-05-01".into(), Precision::EarlyMonth),
                ("in April".into(), "2025-04-01".into(), Precision::Month),
                ("two days ago".into(), "2025-05-29".into(), Precision::Day),
                ("on 2025-05-12".into(), "2025-05-12".into(), Precision::Day),
            ]
        );
    }

    #[test]
    fn words_that_only_look_like_dates_are_left_alone() {
        assert!(found("he may soon speak; the 1.2% fall; this agreement; last known call", "2025-05-31").is_empty());
    }

    #[test]
    fn relative_phrases_need_a_publication_date() {
        let chars: Vec<char> = "on Friday and in May 2025".chars().collect();
        let ds = find(&chars, 0, chars.len(), None);
        assert_eq!(ds.len(), 1);
        assert_eq!(ds[0].date.start.to_string(), "2025-05-01");
    }
}
