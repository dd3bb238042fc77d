//! Dates counted from publication: "yesterday", "on Friday" (the publication weekday is that
//! day unless the project says otherwise), "next Tuesday", "over the weekend", "two weeks ago"
//! (a day), "the past two weeks" (a range ending at publication), "in the coming days" (a range
//! ahead), "last month", "next quarter".

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use crate::model::date::{days_since_epoch, monday_of};
use crate::model::{FuzzyDate, Precision, SameWeekday};

use super::Cx;
use super::vocab::{number, unit, weekday};

pub(super) fn read(w: &[&str], p: Date, cx: &Cx) -> Option<FuzzyDate> {
    let day = |n: i64| p.checked_add(n.days()).ok().map(FuzzyDate::day);
    let week = |n: i64| p.checked_add((7 * n).days()).ok().map(FuzzyDate::week_of);
    let month = |n: i64| {
        let d = p.first_of_month().checked_add(n.months()).ok()?;
        FuzzyDate::month(d.year(), d.month())
    };
    let quarter = |n: i64| {
        let d = p.first_of_month().checked_add((3 * n).months()).ok()?;
        FuzzyDate::quarter(d.year(), (d.month() - 1) / 3 + 1)
    };
    let year = |n: i16| FuzzyDate::year(p.year().checked_add(n)?);
    let until_publication = |from: Date| FuzzyDate::range(from, p);
    let after_publication = |to: Date| FuzzyDate::range(p.checked_add(1.day()).ok()?, to);
    match *w {
        ["today"] | ["earlier" | "later", "today"] => day(0),
        ["yesterday"] => day(-1),
        ["day", "before", "yesterday"] => day(-2),
        ["tomorrow"] => day(1),
        ["day", "after", "tomorrow"] => day(2),
        ["this", "week"] | ["earlier", "this", "week"] => {
            Some(FuzzyDate { start: monday_of(p), end: p, precision: Precision::Week, phrase: String::new() })
        }
        ["later", "this", "week"] => after_publication(monday_of(p).checked_add(6.days()).ok()?),
        ["last" | "previous", "week"] => week(-1),
        ["next", "week"] => week(1),
        ["this", "month"] | ["earlier", "this", "month"] => {
            Some(FuzzyDate { start: p.first_of_month(), end: p, precision: Precision::Month, phrase: String::new() })
        }
        ["later", "this", "month"] => after_publication(p.last_of_month()),
        ["last" | "previous", "month"] => month(-1),
        ["next", "month"] => month(1),
        [part, which @ ("this" | "last" | "next"), "month"] => {
            let m = month(match which {
                "last" => -1,
                "next" => 1,
                _ => 0,
            })?;
            FuzzyDate::month_part(m.start.year(), m.start.month(), super::absolute::month_part(part)?)
        }
        ["this", "quarter"] => quarter(0),
        ["last" | "previous", "quarter"] => quarter(-1),
        ["next", "quarter"] => quarter(1),
        ["this", "year"] | ["earlier", "this", "year"] => year(0),
        ["later", "this", "year"] => after_publication(Date::new(p.year(), 12, 31).ok()?),
        ["last" | "previous", "year"] => year(-1),
        ["next", "year"] => year(1),
        ["earlier", "week"] => read(&["this", "week"], p, cx),
        // "in two weeks": that day.
        [n, u, "hence"] => {
            let n = number(n)?;
            match unit(u)? {
                "day" => day(n),
                "week" => day(7 * n),
                "month" => month(n),
                _ => year(i16::try_from(n).ok()?),
            }
        }
        // "a week ago" is the day seven days before, not that whole week.
        [n, u, "ago"] => {
            let n = number(n)?;
            match unit(u)? {
                "day" => day(-n),
                "week" => day(-7 * n),
                "month" => month(-n),
                _ => year(-i16::try_from(n).ok()?),
            }
        }
        // "the past two weeks", "the last 10 days", "the past week": up to publication.
        ["past" | "last", n, u] => until_publication(shift(p, -number(n)?, unit_or_hours(u)?)?),
        ["past", u] => until_publication(shift(p, -1, unit_or_hours(u)?)?),
        // "in recent days", "in recent weeks": a week, a month, three months up to publication.
        ["recent", u] => {
            let (n, u) = reach(unit(u)?)?;
            until_publication(shift(p, -n, u)?)
        }
        // "the coming week" is next week; "the coming weeks" a span (below).
        ["coming", "week"] => week(1),
        ["coming", "month"] => month(1),
        // "26日" in Chinese copy: that day of the month nearest to publication, or the first not
        // yet past after a future verb.
        ["day", d] => {
            let d = super::vocab::day(d)?;
            let candidates = (-1..=1).filter_map(|n| {
                let m = p.first_of_month().checked_add(n.months()).ok()?;
                Date::new(m.year(), m.month(), d).ok()
            });
            let chosen = if cx.future() {
                candidates.filter(|c| *c >= p).min()
            } else {
                // Ties go to the past.
                candidates.min_by_key(|c| ((days_since_epoch(*c) - days_since_epoch(p)).abs(), *c > p))
            };
            chosen.map(FuzzyDate::day)
        }
        // "in the coming days", "the next two weeks", "in the weeks ahead": from the day after.
        ["coming", u] | [u, "ahead"] if unit(u).is_some() => {
            let (n, u) = reach(unit(u)?)?;
            after_publication(shift(p, n, u)?)
        }
        ["next" | "coming", n, u] => after_publication(shift(p, number(n)?, unit(u)?)?),
        ["weekend"] | ["last", "weekend"] => weekend(p, false),
        ["this", "weekend"] if p.weekday().to_monday_one_offset() >= 6 => weekend(p, true),
        ["this" | "next", "weekend"] => {
            let saturday = (1..=7).map(|d| p.checked_add(d.days()).ok()).find(|d| d.is_some_and(is_saturday))??;
            FuzzyDate::range(saturday, saturday.checked_add(1.day()).ok()?)
        }
        // "on Tuesday last week", "Friday next week".
        [wd, which @ ("last" | "this" | "next"), "week"] => {
            let shift = match which {
                "last" => -7,
                "next" => 7,
                _ => 0,
            };
            let monday = monday_of(p).checked_add(shift.days()).ok()?;
            let offset = i64::from(weekday(wd)?.to_monday_zero_offset());
            monday.checked_add(offset.days()).ok().map(FuzzyDate::day)
        }
        // "will meet on Tuesday" is the coming Tuesday, "said on Tuesday" the last one.
        [wd] | ["this", wd] => {
            let wd = weekday(wd)?;
            let same_day = wd == p.weekday() && cx.settings.weekday == SameWeekday::ThatDay;
            let day_of = if cx.future() { after } else { before };
            if same_day { day(0) } else { day_of(p, wd).map(FuzzyDate::day) }
        }
        ["last", wd] | [wd, "last"] => before(p, weekday(wd)?).map(FuzzyDate::day),
        ["next" | "coming", wd] | [wd, "next"] => after(p, weekday(wd)?).map(FuzzyDate::day),
        _ => None,
    }
}

/// The most recent `wd` strictly before `p`.
fn before(p: Date, wd: Weekday) -> Option<Date> {
    (1..=7).filter_map(|d| p.checked_sub(d.days()).ok()).find(|d| d.weekday() == wd)
}

/// The first `wd` strictly after `p`.
fn after(p: Date, wd: Weekday) -> Option<Date> {
    (1..=7).filter_map(|d| p.checked_add(d.days()).ok()).find(|d| d.weekday() == wd)
}

fn is_saturday(d: Date) -> bool {
    d.weekday() == Weekday::Saturday
}

/// The weekend before publication (Saturday and Sunday), or the one it falls in.
fn weekend(p: Date, current: bool) -> Option<FuzzyDate> {
    let saturday = if current && is_saturday(p) { p } else { before(p, Weekday::Saturday)? };
    FuzzyDate::range(saturday, saturday.checked_add(1.day()).ok()?)
}

/// "hours" as a unit for "the past 24 hours", counted in whole days.
fn unit_or_hours(u: &str) -> Option<&'static str> {
    unit(u).or((u == "hour" || u == "hours").then_some("hour"))
}

/// How far "the coming days/weeks/months" and "recent days/weeks/months" reach: a week, a
/// month, three months.
fn reach(u: &str) -> Option<(i64, &'static str)> {
    match u {
        "day" => Some((7, "day")),
        "week" => Some((1, "month")),
        "month" => Some((3, "month")),
        _ => None,
    }
}

/// `p` moved by `n` units (negative: back); hours count as whole days begun.
fn shift(p: Date, n: i64, unit: &str) -> Option<Date> {
    let span = match unit {
        "hour" => (n.signum() * ((n.abs() + 23) / 24)).days(),
        "day" => n.days(),
        "week" => (7 * n).days(),
        "month" => n.months(),
        "year" => n.years(),
        _ => return None,
    };
    p.checked_add(span).ok()
}
