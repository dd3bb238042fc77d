//! Date expressions in article text ("on Friday", "late Thursday", "June 9-10", "since April
//! 4", "30/05/2025", "le 30 mai", "2025年5月30日"), found and resolved against the article's
//! publication date with the same resolver as the date field, so what the reader underlines is
//! exactly what the field accepts and means the same days.

use jiff::civil::Date;

use crate::model::{DateSettings, FuzzyDate};

use super::date_phrase;
use super::words::{Word, words};

/// A date phrase in the text (char range) and what it resolves to.
#[derive(Clone, Debug, PartialEq)]
pub struct DateExpression {
    pub start: usize,
    pub end: usize,
    pub date: FuzzyDate,
}

/// Longest phrase tried, in words ("from May 30 to June 2, 2025").
const MAX_WORDS: usize = 8;

/// How far back the verb a date belongs to is looked for, in chars.
const CLAUSE_CHARS: usize = 120;

/// Lower-case words that can open a date phrase.
const OPENERS: [&str; 18] = [
    "yesterday",
    "today",
    "tonight",
    "tomorrow",
    "last",
    "this",
    "earlier",
    "later",
    "past",
    "early",
    "mid",
    "late",
    "next",
    "coming",
    "recent",
    "weekend",
    "since",
    "between",
];
/// Words that join a date to the sentence and belong to the phrase when a date follows
/// closely: "on Friday", "in the first quarter", "over the weekend", "le 30 mai", "at the end of May".
const LEADS: [&str; 24] = [
    "on", "in", "at", "the", "over", "from", "during", "a", "by", "into", "through", "within", "le", "les", "el", "am",
    "vom", "du", "del", "ce", "в", "во", "с", "de",
];
const NUMBER_WORDS: [&str; 14] =
    ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "couple", "few"];
const UNITS: [&str; 10] = ["day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "quarter"];

/// The date expressions in `chars[from..to]`, in order, never overlapping. Relative phrases need
/// `published`; without it only absolute dates are found.
pub fn find(
    chars: &[char],
    from: usize,
    to: usize,
    published: Option<Date>,
    settings: DateSettings,
) -> Vec<DateExpression> {
    let resolve = |start: usize, end: usize| {
        let phrase: String = chars[start..end].iter().collect();
        // The verb of its sentence says whether "on Tuesday" is to come; read only when asked.
        let tense = || {
            let before: String = chars[start.saturating_sub(CLAUSE_CHARS).max(from)..start].iter().collect();
            let after: String = chars[end..(end + CLAUSE_CHARS).min(to)].iter().collect();
            date_phrase::tense_of(&before, &after)
        };
        let r = date_phrase::read_in_sentence(&phrase, published, settings, &tense).ok()?;
        Some(r.date.with_phrase(phrase))
    };
    let mut out = chinese(chars, from, to, &resolve);
    let ws: Vec<Word> =
        words(chars, from, to).into_iter().filter(|w| !chars[w.start..w.end].iter().any(is_cjk)).collect();
    let lower: Vec<String> = ws.iter().map(|w| w.lower(chars)).collect();
    let opener: Vec<bool> = (0..ws.len()).map(|i| opens_date(&ws, &lower, i, chars)).collect();
    // How many words from each one on could belong to a date phrase: the resolver is only asked
    // about runs of date words ("on Friday, Feb. 22, 2019"), never about the prose around them.
    let mut run = vec![0; ws.len() + 1];
    for k in (0..ws.len()).rev() {
        run[k] = match opener[k] || date_word(&lower[k]) {
            true if ends_sentence(&ws, k, chars) => 1,
            true => run[k + 1] + 1,
            false => 0,
        };
    }
    let mut i = 0;
    while i < ws.len() {
        // A lead word ("on", "the") starts a phrase only with a date word close behind it.
        let lead = LEADS.contains(&lower[i].as_str()) && opener[i + 1..ws.len().min(i + 4)].contains(&true);
        let longest = (opener[i] || lead)
            .then(|| {
                // A phrase never ends on a lead word: "from Friday to Saturday, the" stops before "the".
                let whole = |n: usize| opener[i..i + n].contains(&true) && !LEADS.contains(&lower[i + n - 1].as_str());
                (1..=MAX_WORDS.min(run[i])).rev().filter(|&n| whole(n)).find_map(|n| {
                    let (start, end) = (ws[i].start, ws[i + n - 1].end);
                    resolve(start, end).map(|date| (n, DateExpression { start, end, date }))
                })
            })
            .flatten();
        match longest {
            Some((n, e)) => {
                out.push(e);
                i += n;
            }
            None => i += 1,
        }
    }
    out.sort_by_key(|e| e.start);
    out
}

/// Words that can stand inside a date phrase besides those that open one.
const INNER: [&str; 44] = [
    "and",
    "et",
    "y",
    "und",
    "и",
    "to",
    "through",
    "until",
    "till",
    "of",
    "ago",
    "ahead",
    "hence",
    "before",
    "after",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "hours",
    "quarter",
    "half",
    "fortnight",
    "first",
    "second",
    "third",
    "fourth",
    "end",
    "start",
    "beginning",
    "middle",
    "local",
    "time",
    "morning",
    "afternoon",
    "evening",
    "night",
    "overnight",
    "gmt",
    "utc",
];

/// A word a date phrase can hold: a number, a name, a lead or joining word.
fn date_word(lower: &str) -> bool {
    // "last week's meeting": the possessive is the date's.
    let lower = lower.strip_suffix("'s").or_else(|| lower.strip_suffix("’s")).unwrap_or(lower);
    lower.starts_with(|c: char| c.is_ascii_digit())
        || INNER.contains(&lower)
        || LEADS.contains(&lower)
        || OPENERS.contains(&lower)
        || NUMBER_WORDS.contains(&lower)
        || date_phrase::is_month_name(lower)
        || date_phrase::is_weekday_name(lower)
        || date_phrase::is_abbreviated_name(lower)
        || date_phrase::is_foreign_date_word(lower)
        || date_phrase::is_joining_word(lower)
}

/// Chinese and Japanese characters and Korean syllables, which dates are written among without
/// spaces.
fn is_cjk(c: &char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(c) || ('\u{ac00}'..='\u{d7af}').contains(c)
}

/// Chinese dates and weekdays, which are not separated from the words around them by spaces.
fn chinese(
    chars: &[char],
    from: usize,
    to: usize,
    resolve: &dyn Fn(usize, usize) -> Option<FuzzyDate>,
) -> Vec<DateExpression> {
    let mut out = Vec::new();
    if !chars[from..to].iter().any(is_cjk) {
        return out;
    }
    let mut k = from;
    while k < to {
        let found = date_phrase::chinese_at(&chars[k..to])
            .and_then(|(len, _)| resolve(k, k + len).map(|date| DateExpression { start: k, end: k + len, date }));
        match found {
            // A run of digits is one date only when it is all of it: "2025年" inside "12025年" is not.
            Some(e) if k == from || !chars[k - 1].is_ascii_digit() => {
                k = e.end;
                out.push(e);
            }
            _ => k += 1,
        }
    }
    out
}

/// Whether word `i` can open a date phrase; `lower` holds every word in lower case.
fn opens_date(ws: &[Word], lower: &[String], i: usize, chars: &[char]) -> bool {
    let word = lower[i].as_str();
    let next = |k: usize| lower.get(i + k).map_or("", String::as_str);
    let is_month = date_phrase::is_month_name;
    let digits = word.starts_with(|c: char| c.is_ascii_digit());
    if digits {
        // "30/05/2025" (three words) or "30.05.2025" (one): a whole day, never "1.2" or "24/7".
        let end = ws.get(i + 2).filter(|w| w.start <= ws[i].end + 4).map_or(ws[i].end, |w| w.end);
        let numeric = date_phrase::is_numeric_date(word)
            || date_phrase::is_numeric_date(&chars[ws[i].start..end].iter().collect::<String>());
        return numeric
            || UNITS.contains(&next(1))
            || word.len() == 4
            || is_iso_date(word)
            || is_month(next(1))
            || (["of", "de"].contains(&next(1)) && is_month(next(2)))
            // "9 and 10 June", "9 to 10 June", "le 9 et 10 juin".
            || (["and", "to", "et", "y", "und", "и"].contains(&next(1)) && is_month(next(3)));
    }
    // English names only capitalised: "may" and "march" are verbs too; abbreviations only with
    // their dot: "Jan. 1", "Wed., May 28".
    let dotted = chars.get(ws[i].end) == Some(&'.');
    // "Feb 8" as wire datelines write it: a month's abbreviation before a day's number.
    let before_day = date_phrase::is_month_abbreviation(word) && next(1).starts_with(|c: char| c.is_ascii_digit());
    let abbreviated = (dotted || before_day) && date_phrase::is_abbreviated_name(word);
    (ws[i].is_capitalised(chars) && (is_month(word) || date_phrase::is_weekday_name(word) || abbreviated))
        || OPENERS.contains(&word)
        || word.starts_with("mid-")
        || date_phrase::is_foreign_date_word(word)
        || (NUMBER_WORDS.contains(&word) && (UNITS.contains(&next(1)) || next(1) == "of"))
        || (["first", "second", "third", "fourth"].contains(&word) && ["quarter", "half"].contains(&next(1)))
        || (word.len() == 2 && (word.starts_with('q') || word.starts_with('h')) && word[1..].parse::<u8>().is_ok())
}

/// Whether word `k` ends its sentence: a full stop, a space and a capital ("on Tuesday. The"),
/// unless the word is an abbreviation ("Jan. 1", "Wed. May 28") or a German day ("30. Mai").
fn ends_sentence(ws: &[Word], k: usize, chars: &[char]) -> bool {
    let word = &chars[ws[k].start..ws[k].end];
    let stop = chars.get(ws[k].end) == Some(&'.') && chars.get(ws[k].end + 1).is_some_and(|c| c.is_whitespace());
    let abbreviation =
        word.len() <= 4 && date_phrase::is_abbreviated_name(&word.iter().collect::<String>().to_lowercase());
    let german_day = word.iter().all(char::is_ascii_digit);
    stop && !abbreviation && !german_day && ws.get(k + 1).is_some_and(|w| w.is_capitalised(chars))
}

fn is_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 7 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Precision;

    fn found(text: &str, published: &str) -> Vec<(String, String, Precision)> {
        let chars: Vec<char> = text.chars().collect();
        find(&chars, 0, chars.len(), Some(published.parse().unwrap()), DateSettings::default())
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
    fn a_time_of_day_is_underlined_with_its_day_as_the_date_field_reads_it() {
        let text = "The ministry said late Thursday that the talks on June 9-10 would go ahead.";
        assert_eq!(
            found(text, "2025-05-30"),
            vec![
                ("late Thursday".into(), "2025-05-29".into(), Precision::Day),
                ("on June 9-10".into(), "2025-06-09".into(), Precision::Range),
            ]
        );
    }

    #[test]
    fn a_weekday_after_a_future_verb_is_the_coming_one() {
        // Published Wednesday 28 May 2025.
        let text = "Officials said on Monday that the two sides will meet on Friday. Parliament is due to \
                    vote on Tuesday. The ministry said Wednesday talks are scheduled for Thursday.";
        assert_eq!(
            found(text, "2025-05-28"),
            vec![
                ("on Monday".into(), "2025-05-26".into(), Precision::Day),
                ("on Friday".into(), "2025-05-30".into(), Precision::Day),
                ("on Tuesday".into(), "2025-06-03".into(), Precision::Day),
                ("Wednesday".into(), "2025-05-28".into(), Precision::Day),
                ("Thursday".into(), "2025-05-29".into(), Precision::Day),
            ]
        );
    }

    #[test]
    fn chinese_dates_are_found_inside_unspaced_text() {
        assert_eq!(
            found("商务部2025年5月30日表示，周五将举行会谈。", "2025-05-31"),
            vec![
                ("2025年5月30日".into(), "2025-05-30".into(), Precision::Day),
                ("周五".into(), "2025-05-30".into(), Precision::Day),
            ]
        );
    }

    #[test]
    fn words_that_only_look_like_dates_are_left_alone() {
        let none = found(
            "he may soon speak; the 1.2% fall; this agreement; last known call; 24/7; 3 to 4 percent",
            "2025-05-31",
        );
        assert_eq!(none, vec![]);
    }

    #[test]
    fn relative_phrases_need_a_publication_date() {
        let chars: Vec<char> = "on Friday and in May 2025".chars().collect();
        let ds = find(&chars, 0, chars.len(), None, DateSettings::default());
        assert_eq!(ds.len(), 1);
        assert_eq!(ds[0].date.start.to_string(), "2025-05-01");
    }
}
