//! Event dates from what an analyst types or a source says: ISO dates and phrases such as
//! "on Friday", "in early May", "mid-June 2025", "two days ago", resolved against the article's
//! publication date and preferring the past. A phrase that cannot be read is an error with a
//! message, never a guess.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use crate::model::date::monday_of;
use crate::model::{FuzzyDate, Precision};

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];
const NUMBERS: [&str; 13] =
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/// Resolves `phrase`; `published` is what relative phrases count back from.
pub fn resolve(phrase: &str, published: Option<Date>) -> Result<FuzzyDate, String> {
    let original = phrase.trim();
    if original.is_empty() {
        return Err("type a date: 2025-05-30, May 2025, “on Friday”, “in early May”…".into());
    }
    let text = normalise(original);
    let date =
        absolute(&text).or_else(|| published.and_then(|p| relative(&text, p))).ok_or_else(|| match published {
            None if looks_relative(&text) => {
                format!("“{original}” is relative: it needs the article's publication date")
            }
            _ => format!(
                "cannot read “{original}” as a date; try 2025-05-30, 2025-05, “May 12”, “in early May” or “last week”"
            ),
        })?;
    // An ISO date needs no phrase to explain it.
    let keep_phrase = !text.chars().all(|c| c.is_ascii_digit() || c == '-');
    Ok(if keep_phrase { date.with_phrase(original) } else { date })
}

fn normalise(s: &str) -> String {
    let s = s.to_lowercase().replace([',', '.'], " ").replace("mid-", "mid ");
    let words: Vec<&str> = s.split_whitespace().collect();
    let skip = ["on", "in", "at", "during", "around", "by", "the", "of"];
    let start = words.iter().take_while(|w| skip.contains(w)).count();
    words[start..].join(" ")
}

fn looks_relative(t: &str) -> bool {
    ["ago", "last", "this", "yesterday", "today", "earlier", "week"].iter().any(|w| t.contains(w))
        || WEEKDAYS.iter().any(|(n, _)| t.contains(n))
        || MONTHS.iter().any(|m| t.split(' ').any(|w| w == *m || (w.len() >= 3 && m.starts_with(w))))
}

fn month_number(word: &str) -> Option<i8> {
    if word.len() < 3 {
        return None;
    }
    MONTHS.iter().position(|m| *m == word || (m.starts_with(word) && word.len() >= 3)).map(|i| i as i8 + 1)
}

fn number(word: &str) -> Option<i64> {
    word.parse()
        .ok()
        .or_else(|| NUMBERS.iter().position(|n| *n == word).map(|i| i as i64))
        .or((word == "a" || word == "an").then_some(1))
}

fn year(word: &str) -> Option<i16> {
    word.parse::<i16>().ok().filter(|y| (1000..=9999).contains(y))
}

/// Dates that need no reference day: ISO forms and phrases with a year.
fn absolute(t: &str) -> Option<FuzzyDate> {
    if let Ok(d) = t.parse::<Date>() {
        return Some(FuzzyDate::day(d));
    }
    let words: Vec<&str> = t.split(' ').collect();
    match words.as_slice() {
        [w] => {
            if let Some(y) = year(w) {
                return FuzzyDate::year(y);
            }
            let (y, rest) = w.split_once('-')?;
            let y = year(y)?;
            if let Some(q) = rest.strip_prefix('q') {
                return FuzzyDate::quarter(y, q.parse().ok()?);
            }
            if let Some(wk) = rest.strip_prefix('w') {
                // ISO week 1 holds 4 January; a week belongs to the year of its Thursday.
                let n = wk.parse::<i64>().ok().filter(|n| (1..=53).contains(n))?;
                let monday = monday_of(Date::new(y, 1, 4).ok()?).checked_add((n - 1).weeks()).ok()?;
                let thursday = monday.checked_add(3.days()).ok()?;
                return (thursday.year() == y).then(|| FuzzyDate::week_of(monday));
            }
            FuzzyDate::month(y, rest.parse().ok()?)
        }
        [q, y] if q.starts_with('q') => FuzzyDate::quarter(year(y)?, q[1..].parse().ok()?),
        [m, y] => FuzzyDate::month(year(y)?, month_number(m)?),
        [a, b, y] => {
            let y = year(y)?;
            match (month_part(a), month_number(b)) {
                (Some(part), Some(m)) => FuzzyDate::month_part(y, m, part),
                _ => {
                    let (m, d) = day_month(a, b)?;
                    Date::new(y, m, d).ok().map(FuzzyDate::day)
                }
            }
        }
        _ => None,
    }
}

fn month_part(word: &str) -> Option<Precision> {
    match word {
        "early" | "beginning" => Some(Precision::EarlyMonth),
        "mid" | "middle" => Some(Precision::MidMonth),
        "late" | "end" => Some(Precision::LateMonth),
        _ => None,
    }
}

/// "may 12" or "12 may".
fn day_month(a: &str, b: &str) -> Option<(i8, i8)> {
    let day = |w: &str| {
        w.trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse::<i8>().ok().filter(|d| (1..=31).contains(d))
    };
    match (month_number(a), month_number(b)) {
        (Some(m), None) => Some((m, day(b)?)),
        (None, Some(m)) => Some((m, day(a)?)),
        _ => None,
    }
}

/// The latest date with this month (and day) that is not after `p`.
fn latest_month(p: Date, month: i8) -> Option<i16> {
    Some(if month <= p.month() { p.year() } else { p.year() - 1 })
}

fn relative(t: &str, p: Date) -> Option<FuzzyDate> {
    let back = |days: i64| p.checked_sub(days.days()).ok();
    let words: Vec<&str> = t.split(' ').collect();
    let this_month =
        FuzzyDate { start: p.first_of_month(), end: p, precision: Precision::Month, phrase: String::new() };
    let this_week = FuzzyDate { start: monday_of(p), end: p, precision: Precision::Week, phrase: String::new() };
    match words.as_slice() {
        ["today"] => Some(FuzzyDate::day(p)),
        ["yesterday"] => back(1).map(FuzzyDate::day),
        ["day", "before", "yesterday"] => back(2).map(FuzzyDate::day),
        ["this", "week"] | ["earlier", "this", "week"] => Some(this_week),
        ["last", "week"] | ["a", "week", "ago"] => back(7).map(FuzzyDate::week_of),
        ["this", "month"] | ["earlier", "this", "month"] => Some(this_month),
        ["last", "month"] | ["a", "month", "ago"] => {
            let d = p.first_of_month().checked_sub(1.day()).ok()?;
            FuzzyDate::month(d.year(), d.month())
        }
        ["this", "year"] | ["earlier", "this", "year"] => FuzzyDate::year(p.year()),
        ["last", "year"] | ["a", "year", "ago"] => FuzzyDate::year(p.year() - 1),
        [n, unit, "ago"] => {
            let n = number(n)?;
            match unit.trim_end_matches('s') {
                "day" => back(n).map(FuzzyDate::day),
                "week" => back(7 * n).map(FuzzyDate::week_of),
                "month" => {
                    let d = p.first_of_month().checked_sub(n.months()).ok()?;
                    FuzzyDate::month(d.year(), d.month())
                }
                "year" => FuzzyDate::year(p.year() - n as i16),
                _ => None,
            }
        }
        [w] | ["last", w] | ["this", "past", w] | ["past", w] if weekday(w).is_some() => {
            // The most recent such weekday strictly before publication: "on Friday" in a
            // Saturday paper is yesterday, in a Friday paper a week ago would be "last Friday"
            // but is still the most recent past Friday.
            let wd = weekday(w)?;
            let days = (1..=7).find(|&d| back(d).is_some_and(|x| x.weekday() == wd))?;
            back(days).map(FuzzyDate::day)
        }
        [w] => {
            let m = month_number(w)?;
            FuzzyDate::month(latest_month(p, m)?, m)
        }
        [part, m] if month_part(part).is_some() => {
            let m = month_number(m)?;
            FuzzyDate::month_part(latest_month(p, m)?, m, month_part(part)?)
        }
        [a, b] => {
            let (m, d) = day_month(a, b)?;
            let this_year = Date::new(p.year(), m, d).ok()?;
            let date = if this_year <= p { this_year } else { Date::new(p.year() - 1, m, d).ok()? };
            Some(FuzzyDate::day(date))
        }
        _ => None,
    }
}

fn weekday(w: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(n, _)| *n == w || (w.len() >= 3 && n.starts_with(w))).map(|&(_, d)| d)
}

#[cfg(test)]
mod tests;
