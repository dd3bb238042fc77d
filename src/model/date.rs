//! Event dates that say how precisely they are known.
//!
//! "In April" is the whole of April, not April 1st: a date is an inclusive range of days plus
//! the precision the source gave and, when the analyst typed one, the phrase it came from.

use std::fmt;

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use serde::{Deserialize, Serialize};

/// How precisely a source dates an act, from most to least precise.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize, PartialOrd, Ord)]
pub enum Precision {
    Day,
    /// An ISO week, Monday to Sunday.
    Week,
    /// Days 1 to 10 of a month.
    EarlyMonth,
    /// Days 11 to 20 of a month.
    MidMonth,
    /// Day 21 to the end of a month.
    LateMonth,
    Month,
    Quarter,
    Year,
    /// Any other run of days the source gave: "June 9-10", "over the weekend", "since April 4".
    Range,
}

impl Precision {
    pub const ALL: [Precision; 9] = [
        Precision::Day,
        Precision::Week,
        Precision::EarlyMonth,
        Precision::MidMonth,
        Precision::LateMonth,
        Precision::Month,
        Precision::Quarter,
        Precision::Year,
        Precision::Range,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::EarlyMonth => "early month",
            Precision::MidMonth => "mid month",
            Precision::LateMonth => "late month",
            Precision::Month => "month",
            Precision::Quarter => "quarter",
            Precision::Year => "year",
            Precision::Range => "range",
        }
    }
}

/// An inclusive range of days with its precision.
#[derive(Clone, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
pub struct FuzzyDate {
    pub start: Date,
    /// Inclusive: a day-precision date has `end == start`.
    pub end: Date,
    pub precision: Precision,
    /// What the analyst or the source said ("in early May"), kept so the judgement can be
    /// revisited. Empty when the date was entered as a plain ISO date.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub phrase: String,
}

impl FuzzyDate {
    pub fn day(date: Date) -> Self {
        Self { start: date, end: date, precision: Precision::Day, phrase: String::new() }
    }

    /// The ISO week (Monday to Sunday) that contains `date`.
    pub fn week_of(date: Date) -> Self {
        let monday = monday_of(date);
        Self { start: monday, end: monday.saturating_add(6.days()), precision: Precision::Week, phrase: String::new() }
    }

    pub fn month(year: i16, month: i8) -> Option<Self> {
        let start = Date::new(year, month, 1).ok()?;
        Some(Self { start, end: start.last_of_month(), precision: Precision::Month, phrase: String::new() })
    }

    /// Early (1-10), mid (11-20) or late (21-end) part of a month.
    pub fn month_part(year: i16, month: i8, part: Precision) -> Option<Self> {
        let first = Date::new(year, month, 1).ok()?;
        let (start, end) = match part {
            Precision::EarlyMonth => (first, first.with().day(10).build().ok()?),
            Precision::MidMonth => (first.with().day(11).build().ok()?, first.with().day(20).build().ok()?),
            Precision::LateMonth => (first.with().day(21).build().ok()?, first.last_of_month()),
            _ => return None,
        };
        Some(Self { start, end, precision: part, phrase: String::new() })
    }

    pub fn quarter(year: i16, quarter: i8) -> Option<Self> {
        if !(1..=4).contains(&quarter) {
            return None;
        }
        let start = Date::new(year, (quarter - 1) * 3 + 1, 1).ok()?;
        let end = Date::new(year, quarter * 3, 1).ok()?.last_of_month();
        Some(Self { start, end, precision: Precision::Quarter, phrase: String::new() })
    }

    pub fn year(year: i16) -> Option<Self> {
        let start = Date::new(year, 1, 1).ok()?;
        let end = Date::new(year, 12, 31).ok()?;
        Some(Self { start, end, precision: Precision::Year, phrase: String::new() })
    }

    /// The days from `start` to `end` inclusive, or `None` when `end` comes first.
    pub fn range(start: Date, end: Date) -> Option<Self> {
        (start <= end).then(|| Self { start, end, precision: Precision::Range, phrase: String::new() })
    }

    pub fn with_phrase(mut self, phrase: impl Into<String>) -> Self {
        self.phrase = phrase.into();
        self
    }

    /// Number of days the range covers (at least 1).
    pub fn days(&self) -> i64 {
        (days_since_epoch(self.end) - days_since_epoch(self.start)).max(0) + 1
    }

    /// The middle of the range, used to place the event's point on a chart.
    pub fn midpoint(&self) -> f64 {
        (days_since_epoch(self.start) + days_since_epoch(self.end)) as f64 / 2.0
    }

    pub fn is_exact_day(&self) -> bool {
        self.precision == Precision::Day
    }

    /// The range and its precision: "2025-10-10 (day)", "2025-10-06 to 2025-10-12 (week)".
    pub fn describe(&self) -> String {
        if self.start == self.end {
            format!("{} ({})", self.start, self.precision.label())
        } else {
            format!("{} to {} ({})", self.start, self.end, self.precision.label())
        }
    }
}

impl fmt::Display for FuzzyDate {
    /// How an analyst would say it: "2025-05-30", "early May 2025", "Q2 2025".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let month = || self.start.strftime("%B %Y");
        match self.precision {
            Precision::Day => write!(f, "{}", self.start),
            Precision::Week => write!(f, "week of {}", self.start),
            Precision::EarlyMonth => write!(f, "early {}", month()),
            Precision::MidMonth => write!(f, "mid {}", month()),
            Precision::LateMonth => write!(f, "late {}", month()),
            Precision::Month => write!(f, "{}", month()),
            Precision::Quarter => write!(f, "Q{} {}", (self.start.month() - 1) / 3 + 1, self.start.year()),
            Precision::Year => write!(f, "{}", self.start.year()),
            Precision::Range => write!(f, "{} to {}", self.start, self.end),
        }
    }
}

/// The years an event date may fall in. Wider than any news an analyst codes, narrow enough
/// that a typo ("in 9999") is caught rather than charted: a series over such a span would have
/// millions of empty days.
pub const YEARS: std::ops::RangeInclusive<i16> = 1000..=2999;

/// Refuses a date outside [`YEARS`], saying what was given and what is allowed.
pub fn check_year(date: Date) -> Result<(), String> {
    if YEARS.contains(&date.year()) {
        Ok(())
    } else {
        Err(format!(
            "{date} is outside the years Faultline dates events in ({} to {}); check the year",
            YEARS.start(),
            YEARS.end()
        ))
    }
}

impl FuzzyDate {
    /// Refuses a date whose range leaves [`YEARS`].
    pub fn check_years(&self) -> Result<(), String> {
        check_year(self.start).and_then(|()| check_year(self.end))
    }
}

/// Monday of the ISO week containing `date`.
pub fn monday_of(date: Date) -> Date {
    let back = date.weekday().since(Weekday::Monday);
    date.saturating_sub(i64::from(back).days())
}

/// Days since 1970-01-01: the chart's x axis and the series' day index.
pub fn days_since_epoch(date: Date) -> i64 {
    let epoch = Date::constant(1970, 1, 1);
    // The span between two civil dates in days always fits: both lie in -9999..=9999.
    date.since((jiff::Unit::Day, epoch)).map(|s| i64::from(s.get_days())).unwrap_or(0)
}

/// The date `days` after 1970-01-01, clamped to the supported range.
pub fn date_from_epoch_days(days: i64) -> Date {
    // A span of days has a limit of its own (a chart zoomed far out asks for more): clamping
    // to it first keeps the span from panicking, and the sum saturates at the calendar's end.
    const SPAN_LIMIT: i64 = 7_304_484;
    Date::constant(1970, 1, 1).saturating_add(days.clamp(-SPAN_LIMIT, SPAN_LIMIT).days())
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn ranges_and_labels() {
        let may = FuzzyDate::month(2025, 5).unwrap();
        assert_eq!((may.start, may.end, may.days()), (date(2025, 5, 1), date(2025, 5, 31), 31));
        assert_eq!(may.to_string(), "May 2025");
        let early = FuzzyDate::month_part(2025, 5, Precision::EarlyMonth).unwrap();
        assert_eq!((early.start, early.end), (date(2025, 5, 1), date(2025, 5, 10)));
        assert_eq!(early.to_string(), "early May 2025");
        let late = FuzzyDate::month_part(2024, 2, Precision::LateMonth).unwrap();
        assert_eq!(late.end, date(2024, 2, 29));
        let q = FuzzyDate::quarter(2025, 2).unwrap();
        assert_eq!((q.start, q.end), (date(2025, 4, 1), date(2025, 6, 30)));
        assert_eq!(q.to_string(), "Q2 2025");
        let w = FuzzyDate::week_of(date(2025, 5, 30));
        assert_eq!((w.start, w.end), (date(2025, 5, 26), date(2025, 6, 1)));
        assert_eq!(FuzzyDate::year(2025).unwrap().days(), 365);
        assert_eq!(FuzzyDate::day(date(2025, 5, 30)).days(), 1);
    }

    #[test]
    fn years_from_1000_to_2999_are_accepted_and_others_refused_with_the_range() {
        assert!(FuzzyDate::year(1000).unwrap().check_years().is_ok());
        assert!(FuzzyDate::year(2999).unwrap().check_years().is_ok());
        let err = FuzzyDate::year(9999).unwrap().check_years().unwrap_err();
        assert_eq!(err, "9999-01-01 is outside the years Faultline dates events in (1000 to 2999); check the year");
        assert!(FuzzyDate::day(date(999, 12, 31)).check_years().is_err());
    }

    #[test]
    fn epoch_days_round_trip() {
        assert_eq!(days_since_epoch(date(1970, 1, 2)), 1);
        let d = date(2025, 5, 30);
        assert_eq!(date_from_epoch_days(days_since_epoch(d)), d);
        assert_eq!(days_since_epoch(date(1969, 12, 31)), -1);
    }
}
