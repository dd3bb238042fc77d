//! Calendar dates: ISO forms, "May 2025", "12 May 2025", "mid-June", "the 3rd of June",
//! "in the first quarter", "H1 2025", 30/05/2025, with a weekday in front or behind ("Tuesday,
//! May 13"). Without a year the one nearest to publication is taken, unless "last" or "next"
//! says which way to look; 29 February in a year without one moves to the nearest leap year
//! and says so.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use crate::model::date::{days_since_epoch, monday_of};
use crate::model::{FuzzyDate, Precision};

use super::vocab::{day, month_number, ordinal, weekday, year};
use super::{Cx, numeric};

pub(super) fn read(w: &[&str], cx: &Cx) -> Option<FuzzyDate> {
    // "Tuesday, May 13", "vendredi 30 mai 2025", "30 мая 2025 г., в пятницу", "ce vendredi 4 avril".
    let w = match w {
        ["this", rest @ ..] if rest.len() > 1 && weekday(rest[0]).is_some() => rest,
        _ => w,
    };
    let with_weekday = match w {
        [first, rest @ ..] if !rest.is_empty() && weekday(first).is_some() => Some((rest, weekday(first)?)),
        [rest @ .., last] if !rest.is_empty() && weekday(last).is_some() => Some((rest, weekday(last)?)),
        _ => None,
    };
    if let Some((rest, wd)) = with_weekday {
        let date = calendar(rest, cx, Some(wd)).filter(|d| d.precision == Precision::Day)?;
        if date.start.weekday() != wd {
            cx.assume(format!("{} was a {:?}, not a {wd:?}", date.start, date.start.weekday()));
        }
        return Some(date);
    }
    calendar(w, cx, None)
}

/// Which way a year-less date looks from publication.
#[derive(Clone, Copy, PartialEq)]
enum Tense {
    Nearest,
    Past,
    Future,
    /// The clause speaks of what is to come: the first not wholly past.
    Ahead,
}

fn calendar(w: &[&str], cx: &Cx, wd: Option<Weekday>) -> Option<FuzzyDate> {
    if let [single] = w {
        if let Some(d) = iso(single) {
            return Some(d);
        }
        if let Some(d) = numeric::read(single, cx.settings.numeric).and_then(|n| n.date().map(|d| (d, n.note))) {
            if let (_, Some(note)) = &d {
                cx.assume(note.clone());
            }
            return Some(d.0);
        }
    }
    // "10 avril prochain", "le mois dernier": French and Spanish put it after.
    let (tense, w) = match w {
        ["last" | "past" | "previous", rest @ ..] | [rest @ .., "last"] => (Tense::Past, rest),
        ["next" | "coming", rest @ ..] | [rest @ .., "next"] => (Tense::Future, rest),
        ["this", rest @ ..] => (Tense::Nearest, rest),
        // "will meet on March 1" in February 2019 is that March 1, not the nearer one past.
        _ if cx.future() => (Tense::Ahead, w),
        _ => (Tense::Nearest, w),
    };
    // "2025", or "the year", "this year", "last year" after a part of it: "the first quarter of
    // the year", "the end of last year".
    let p_year = |shift: i16| cx.published.and_then(|p| p.year().checked_add(shift));
    let (w, written_year) = match w {
        [rest @ .., y] if year(y).is_some() => (rest, year(y)),
        [rest @ .., "this", "year"] if !rest.is_empty() => (rest, Some(p_year(0)?)),
        [rest @ .., "last", "year"] if !rest.is_empty() => (rest, Some(p_year(-1)?)),
        [rest @ .., "next", "year"] if !rest.is_empty() => (rest, Some(p_year(1)?)),
        [rest @ .., "year"] if !rest.is_empty() => (rest, Some(p_year(0)?)),
        _ => (w, None),
    };
    let make = pattern(w, written_year, cx)?;
    match written_year {
        Some(y) => make(y),
        None => {
            let p = cx.published?;
            let near = || p.year() - 1..=p.year() + 1;
            if near().all(|y| make(y).is_some()) {
                return pick(near().filter_map(&make), p, tense, wd);
            }
            leap_day(&make, p, tense, wd, cx)
        }
    }
}

/// Words that name a date in some years only: 29 February. Its year is the one 28 February
/// would take; when that year has no 29 February, the leap year the tense points to within
/// four years is taken and the note says so (never a silent move to another year).
fn leap_day(make: &Make, p: Date, tense: Tense, wd: Option<Weekday>, cx: &Cx) -> Option<FuzzyDate> {
    let stand_in = |y| Date::new(y, 2, 28).ok().map(FuzzyDate::day);
    let year = pick((p.year() - 1..=p.year() + 1).filter_map(stand_in), p, tense, None)?.start.year();
    if let Some(date) = make(year) {
        return Some(date);
    }
    let date = pick((p.year() - 4..=p.year() + 4).filter_map(make), p, tense, wd)?;
    cx.assume(format!("there is no 29 February {year}: read as {}, the nearest leap year's", date.start));
    Some(date)
}

type Make<'a> = Box<dyn Fn(i16) -> Option<FuzzyDate> + 'a>;

/// What the words name in a given year.
fn pattern<'a>(w: &[&str], written_year: Option<i16>, cx: &'a Cx) -> Option<Make<'a>> {
    let make: Make = match *w {
        // A year on its own: "2025", "in 2024".
        [] if written_year.is_some() => Box::new(FuzzyDate::year),
        [word] if numeric::parts(word).is_some() => {
            let n = numeric::read(word, cx.settings.numeric)?;
            if let Some(note) = &n.note {
                cx.assume(note.clone());
            }
            Box::new(move |y| Date::new(y, n.month, n.day).ok().map(FuzzyDate::day))
        }
        [q] if q.len() == 2 && q.starts_with('q') => {
            let q = q[1..].parse().ok()?;
            Box::new(move |y| FuzzyDate::quarter(y, q))
        }
        [h] if h == "h1" || h == "h2" => {
            let h = if h == "h1" { 1 } else { 2 };
            Box::new(move |y| half(y, h))
        }
        // "the start of the year", "the end of 2025": its first or last ten days.
        [part]
            if written_year.is_some()
                && matches!(month_part(part), Some(Precision::EarlyMonth | Precision::LateMonth)) =>
        {
            let part = month_part(part)?;
            let m = if part == Precision::EarlyMonth { 1 } else { 12 };
            Box::new(move |y| FuzzyDate::month_part(y, m, part))
        }
        [o, "quarter"] => {
            let q = ordinal(o)?;
            Box::new(move |y| FuzzyDate::quarter(y, q))
        }
        [o, "half"] => {
            let h = ordinal(o).filter(|h| *h <= 2)?;
            Box::new(move |y| half(y, h))
        }
        [m] => {
            let m = month_number(m)?;
            Box::new(move |y| FuzzyDate::month(y, m))
        }
        [part, m] if month_part(part).is_some() && month_number(m).is_some() => {
            let (m, part) = (month_number(m)?, month_part(part)?);
            Box::new(move |y| FuzzyDate::month_part(y, m, part))
        }
        [a, b] => {
            let (m, d) = match (month_number(a), month_number(b)) {
                (Some(m), None) => (m, day(b)?),
                (None, Some(m)) => (m, day(a)?),
                _ => return None,
            };
            Box::new(move |y| Date::new(y, m, d).ok().map(FuzzyDate::day))
        }
        _ => return None,
    };
    Some(make)
}

pub(super) fn month_part(word: &str) -> Option<Precision> {
    match word {
        "early" | "beginning" | "start" => Some(Precision::EarlyMonth),
        "mid" | "middle" => Some(Precision::MidMonth),
        "late" | "end" => Some(Precision::LateMonth),
        _ => None,
    }
}

/// January to June, or July to December.
fn half(year: i16, half: i8) -> Option<FuzzyDate> {
    let start = Date::new(year, if half == 1 { 1 } else { 7 }, 1).ok()?;
    FuzzyDate::range(start, Date::new(year, if half == 1 { 6 } else { 12 }, 1).ok()?.last_of_month())
}

/// Of the same words in neighbouring years, the one the tense and weekday point to: the nearest
/// to publication (ties to the past), the latest wholly before it, the first after it, or the
/// first not wholly before it.
fn pick(candidates: impl Iterator<Item = FuzzyDate>, p: Date, tense: Tense, wd: Option<Weekday>) -> Option<FuzzyDate> {
    let all: Vec<FuzzyDate> = candidates.collect();
    let on_weekday: Vec<&FuzzyDate> = all.iter().filter(|d| wd.is_none_or(|wd| d.start.weekday() == wd)).collect();
    let pool = if on_weekday.is_empty() { all.iter().collect() } else { on_weekday };
    let distance = |d: &FuzzyDate| {
        let (s, e, p) = (days_since_epoch(d.start), days_since_epoch(d.end), days_since_epoch(p));
        if p < s { s - p } else { (p - e).max(0) }
    };
    let chosen = match tense {
        Tense::Nearest => pool.into_iter().min_by_key(|d| (distance(d), d.start)),
        Tense::Past => pool.into_iter().filter(|d| d.end < p).max_by_key(|d| d.start),
        Tense::Future => pool.into_iter().filter(|d| d.start > p).min_by_key(|d| d.start),
        Tense::Ahead => pool.into_iter().filter(|d| d.end >= p).min_by_key(|d| d.start),
    };
    chosen.cloned()
}

/// Forms that are dates on their own: 2025-05-30, 2025-05, 2025-Q2, 2025-W22.
fn iso(t: &str) -> Option<FuzzyDate> {
    if let Ok(d) = t.parse::<Date>() {
        return Some(FuzzyDate::day(d));
    }
    let (y, rest) = t.split_once('-')?;
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
    if rest.len() > 2 {
        return None;
    }
    FuzzyDate::month(y, rest.parse().ok()?)
}
