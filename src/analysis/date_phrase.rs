//! Event dates from what an analyst types or a source says, resolved against the article's
//! publication date the way news is written: ISO dates, "on Friday" (AP style: the publication
//! weekday is that day), "late Thursday", "June 9-10", "over the weekend", "the past two weeks",
//! "in the first quarter", "since April 4", 30/05/2025, and dates in French, German, Spanish,
//! Russian and Chinese. A phrase that cannot be read is an error with a message, never a guess.
//!
//! The phrase is first normalised into English words (this file), then read as a range
//! ([`ranges`]), a calendar date with or without a year ([`absolute`]) or a date counted from
//! publication ([`relative`]).

use std::cell::{OnceCell, RefCell};

use jiff::civil::Date;

use crate::model::{DateSettings, FuzzyDate};

mod absolute;
mod languages;
mod numeric;
mod ranges;
mod relative;
mod tense;
mod vocab;

pub use languages::chinese_at;
pub use tense::Clause;

/// A resolved phrase and, when the words allowed another reading, what was assumed.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub date: FuzzyDate,
    /// "“05/06/2025” can be read two ways: ...": shown beside the date, never silently dropped.
    pub note: Option<String>,
}

/// Resolves `phrase` with the default conventions (AP weekdays, day/month order).
pub fn resolve(phrase: &str, published: Option<Date>) -> Result<FuzzyDate, String> {
    read(phrase, published, DateSettings::default()).map(|r| r.date)
}

/// Resolves `phrase` against `published` (what relative phrases count from) with a project's
/// conventions. A phrase may start with its clause's verb ("will meet on Tuesday", "talks are
/// scheduled for Friday"), which says whether a bare weekday or year-less date is to come.
pub fn read(phrase: &str, published: Option<Date>, settings: DateSettings) -> Result<Reading, String> {
    read_in_sentence(phrase, published, settings, &|| None).or_else(|e| {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        (1..words.len())
            .find_map(|k| {
                let before = words[..k].join(" ");
                let clause = tense::of_clause(&before)?;
                let mut r = read_in_sentence(&words[k..].join(" "), published, settings, &|| Some(clause)).ok()?;
                r.date = r.date.with_phrase(phrase.trim());
                Some(r)
            })
            .ok_or(e)
    })
}

/// Resolves `phrase` as it stands in a sentence; `tense` reads the sentence's verb around it
/// ([`tense_of`]), and is asked only when the phrase's reading depends on it. A future verb
/// ("will meet", "is due to vote") makes a bare weekday the coming one and a year-less date the
/// first not yet past; any other verb leaves the reading as it is.
pub fn read_in_sentence(
    phrase: &str,
    published: Option<Date>,
    settings: DateSettings,
    tense: &dyn Fn() -> Option<Clause>,
) -> Result<Reading, String> {
    let original = phrase.trim();
    if original.is_empty() {
        return Err("type a date: 2025-05-30, May 2025, “on Friday”, “in early May”…".into());
    }
    let words = normalise(original);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let cx = Cx { published, settings, tense, clause: OnceCell::new(), note: RefCell::new(None) };
    if let Some(date) = phrase_date(&words, &cx) {
        // An ISO date needs no phrase to explain it.
        let iso = original.chars().all(|c| c.is_ascii_digit() || c == '-');
        let date = if iso { date } else { date.with_phrase(original) };
        return Ok(Reading { date, note: cx.note.take() });
    }
    // A phrase that reads against some publication date but not without one is relative.
    let any_day = Cx { published: Some(Date::constant(2000, 6, 15)), ..cx };
    if published.is_none() && phrase_date(&words, &any_day).is_some() {
        return Err(format!("“{original}” is relative: it needs the article's publication date"));
    }
    Err(format!(
        "cannot read “{original}” as a date; try 2025-05-30, 2025-05, “May 12”, “June 9-10”, “in early May” or “last week”"
    ))
}

/// The tense of the sentence a date stands in, from its texts `before` and `after` the date.
pub fn tense_of(before: &str, after: &str) -> Option<Clause> {
    tense::of_sentence(before, after)
}

/// A month's full name in lower case, in English or another language ("may", "mai", "мая").
pub fn is_month_name(word: &str) -> bool {
    let english = languages::english(word).unwrap_or(word);
    let english = vocab::without_possessive(english);
    vocab::month_number(english).and_then(|m| vocab::month_name(m as u32)) == Some(english)
}

/// A weekday's full name in lower case, in English or another language ("friday", "vendredi").
pub fn is_weekday_name(word: &str) -> bool {
    let english = languages::english(word).unwrap_or(word);
    let english = vocab::without_possessive(english);
    vocab::weekday(english).is_some_and(|d| vocab::weekday_name(d) == english)
}

/// An English month or weekday name or abbreviation ("jan", "sept", "tues"), as written before a dot.
pub fn is_abbreviated_name(word: &str) -> bool {
    vocab::month_number(word).is_some() || vocab::weekday(word).is_some()
}

/// An English month's abbreviation ("feb", "sept"), not its whole name.
pub fn is_month_abbreviation(word: &str) -> bool {
    vocab::month_number(word).is_some_and(|m| vocab::month_name(m as u32) != Some(word))
}

/// A foreign month, weekday or relative word ("vendredi", "gestern"), which can open a phrase.
pub fn is_foreign_date_word(word: &str) -> bool {
    languages::english(word).is_some_and(|e| !e.is_empty() && e != "last" && e != "next")
}

/// A foreign word that only joins a date ("de", "г", "в") or says which way ("dernier").
pub fn is_joining_word(word: &str) -> bool {
    languages::english(word).is_some()
}

/// A numeric date with day, month and year: 30/05/2025, 05/30/2025, 30.05.2025.
pub fn is_numeric_date(word: &str) -> bool {
    numeric::parts(word).is_some_and(|p| p.len() == 3)
}

/// What the resolver knows besides the words.
struct Cx<'a> {
    published: Option<Date>,
    settings: DateSettings,
    /// Reads the tense of the sentence the phrase stands in ...
    tense: &'a dyn Fn() -> Option<Clause>,
    /// ... once, when a reading first depends on it.
    clause: OnceCell<Option<Clause>>,
    /// The first assumption made while reading, if any.
    note: RefCell<Option<String>>,
}

impl Cx<'_> {
    /// Whether the clause's verb speaks of what is to come.
    fn future(&self) -> bool {
        *self.clause.get_or_init(|| (self.tense)()) == Some(Clause::Future)
    }

    fn assume(&self, note: String) {
        self.note.borrow_mut().get_or_insert(note);
    }
}

/// Any phrase: a range of two dates or a single one.
fn phrase_date(w: &[&str], cx: &Cx) -> Option<FuzzyDate> {
    ranges::read(w, cx).or_else(|| single(w, cx))
}

/// One date: a calendar date, or one counted from publication.
fn single(w: &[&str], cx: &Cx) -> Option<FuzzyDate> {
    if w.is_empty() {
        return None;
    }
    absolute::read(w, cx).or_else(|| cx.published.and_then(|p| relative::read(w, p, cx)))
}

/// Words that only join a date to the sentence: "on", "in the", "over the".
const FILLER: [&str; 13] =
    ["on", "in", "at", "the", "of", "during", "around", "about", "by", "over", "from", "as", "within"];
/// Times of day keep the day: "Tuesday night", "late Thursday", "on May 30 local time".
const TIMES: [&str; 8] = ["morning", "afternoon", "evening", "night", "overnight", "midday", "noon", "gmt"];

/// Lower-case English words: foreign names translated, punctuation and filler gone, "9-10"
/// as "9 to 10", "mid-June" as "mid june", numeric and ISO dates kept whole.
fn normalise(original: &str) -> Vec<String> {
    let text = languages::chinese(&original.to_lowercase()).replace(['–', '—'], "-");
    let mut raw: Vec<String> = Vec::new();
    let separator =
        |c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '"' | '“' | '”' | '（' | '）' | '，');
    for token in text.split(separator) {
        let token = token.trim_end_matches(['.', ':']);
        let token = vocab::without_possessive(token);
        let b = token.as_bytes();
        let iso_like = b.len() > 5 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-';
        // 30/05/2025 and 30-05-2025 are one date; 9-10 is a range of days.
        let numeric = numeric::parts(token).is_some_and(|p| p.len() == 3 || !token.contains('-'));
        if iso_like || numeric {
            raw.push(token.to_string());
            continue;
        }
        // "9-10" and "May 30-June 1" are ranges; "mid-June" and "first-quarter" are one phrase.
        let date_part = |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) || vocab::month_number(w).is_some();
        for (i, piece) in token.split('-').enumerate() {
            if i > 0 && (piece.is_empty() || (raw.last().is_some_and(|w| date_part(w)) && date_part(piece))) {
                raw.push("to".into());
            }
            raw.extend(piece.split(['.', '/']).filter(|s| !s.is_empty()).map(String::from));
        }
    }
    let mut raw: Vec<String> = raw
        .into_iter()
        .filter_map(|w| match languages::english(&w) {
            Some("") => None,
            Some(e) => Some(e.to_string()),
            None => Some(w),
        })
        .collect();
    // "through the weekend", "into Sunday": talks that go on, so the weekend is the current one.
    if raw.first().is_some_and(|w| w == "through" || w == "into") {
        raw[0] = "this".into();
    }
    // "in two weeks": that many days ahead, not a span.
    if let [first, n, u] = raw.as_slice()
        && first == "in"
        && vocab::number(n).is_some()
        && vocab::unit(u).is_some()
    {
        raw = vec![n.clone(), u.clone(), "hence".into()];
    }
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < raw.len() {
        let pair = match (raw[i].as_str(), raw.get(i + 1).map(String::as_str)) {
            ("last", Some("night")) => Some("yesterday"),
            ("this", Some("morning" | "afternoon" | "evening")) => Some("today"),
            ("this", Some("past")) => Some("last"),
            ("this", Some("coming")) => Some("next"),
            ("a", Some("fortnight")) => Some("two weeks"),
            ("a", Some("couple")) => Some("two"),
            ("a", Some("few")) => Some("three"),
            ("local", Some("time")) | ("early" | "small", Some("hours")) => Some(""),
            _ => None,
        };
        if let Some(word) = pair {
            out.extend(word.split(' ').filter(|w| !w.is_empty()).map(String::from));
            i += 2;
            continue;
        }
        let word = match raw[i].as_str() {
            "fortnight" => "two weeks",
            "couple" => "two",
            "few" => "three",
            "tonight" => "today",
            "et" | "und" | "y" | "и" => "and",
            w => w,
        };
        if !FILLER.contains(&word) && !TIMES.contains(&word) {
            out.extend(word.split(' ').map(String::from));
        }
        i += 1;
    }
    // "late Thursday", "early on Tuesday": a time of day, not a part of the month.
    let day_word = |w: &str| vocab::weekday(w).is_some() || matches!(w, "yesterday" | "today" | "tomorrow");
    let mut words: Vec<String> = Vec::new();
    for (i, w) in out.iter().enumerate() {
        let qualifier = matches!(w.as_str(), "late" | "early") && out.get(i + 1).is_some_and(|n| day_word(n));
        // "past Friday" is "last Friday"; "the past two weeks" stays a span.
        let past_day = w == "past" && out.get(i + 1).is_some_and(|n| vocab::weekday(n).is_some() || n == "weekend");
        if past_day {
            words.push("last".into());
        } else if !qualifier {
            words.push(w.clone());
        }
    }
    words
}

#[cfg(test)]
mod news_table;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod wire_table;
