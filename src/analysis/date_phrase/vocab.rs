//! English date words after normalisation: month and weekday names (and their abbreviations),
//! small numbers, ordinals, days and years as they appear in news copy.

use jiff::civil::Weekday;

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
const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];

/// "may", "sept", "sep" -> 5, 9, 9: a whole name or an abbreviation of at least three letters.
pub fn month_number(word: &str) -> Option<i8> {
    if word.len() < 3 {
        return None;
    }
    MONTHS.iter().position(|m| m.starts_with(word)).map(|i| i as i8 + 1)
}

pub fn weekday(word: &str) -> Option<Weekday> {
    let word = without_possessive(word);
    WEEKDAYS.iter().find(|(n, _)| *n == word || (word.len() >= 3 && n.starts_with(word))).map(|&(_, d)| d)
}

/// "two", "2", "a": counts in "two days ago", "the past 2 weeks", "a week ago".
pub fn number(word: &str) -> Option<i64> {
    word.parse()
        .ok()
        .or_else(|| NUMBERS.iter().position(|n| *n == word).map(|i| i as i64))
        .or((word == "a" || word == "an").then_some(1))
        // "99999999999 days ago" is not a date, and would overflow the calendar's arithmetic.
        .filter(|n| (0..=10_000).contains(n))
}

/// "first" or "1st" as the number of a quarter or half.
pub fn ordinal(word: &str) -> Option<i8> {
    ORDINALS.iter().position(|o| *o == word).map(|i| i as i8 + 1).or_else(|| day(word).filter(|d| *d <= 4))
}

/// A day of the month: "9", "09", "3rd", "1er".
pub fn day(word: &str) -> Option<i8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if digits.is_empty() || digits.len() > 2 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse::<i8>().ok().filter(|d| (1..=31).contains(d))
}

pub fn year(word: &str) -> Option<i16> {
    let digits = word.len() == 4 && word.chars().all(|c| c.is_ascii_digit());
    digits.then(|| word.parse::<i16>().ok()).flatten().filter(|y| *y >= 1000)
}

/// "days" -> "day": the unit of "two days ago", "the past two weeks".
pub fn unit(word: &str) -> Option<&'static str> {
    ["day", "week", "month", "year"].into_iter().find(|u| word == *u || word.strip_suffix('s') == Some(u))
}

/// "may" for 5.
pub fn month_name(month: u32) -> Option<&'static str> {
    MONTHS.get(usize::try_from(month).ok()?.checked_sub(1)?).copied()
}

/// "friday" for Friday.
pub fn weekday_name(day: Weekday) -> &'static str {
    WEEKDAYS.iter().find(|(_, d)| *d == day).map_or("", |(n, _)| n)
}

/// "monday" for "Monday's" (either apostrophe): "Monday's announcement" is dated Monday.
pub fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word)
}
