//! Two dates as one range: "June 9-10", "on June 9 and 10", "9 and 10 June", "between April 2
//! and April 9", "May 30 to June 2, 2025", and "since April 4" (open to publication). A side
//! that gives only a day borrows the month, and a side without a year the year, of the other.

use jiff::civil::Date;

use crate::model::FuzzyDate;

use super::vocab::{day, month_number, year};
use super::{Cx, single};

pub(super) fn read(w: &[&str], cx: &Cx) -> Option<FuzzyDate> {
    if let ["since", rest @ ..] = w {
        return since(rest, cx);
    }
    let w = w.strip_prefix(&["between"]).unwrap_or(w);
    let i = w.iter().position(|t| matches!(*t, "to" | "and" | "through" | "until" | "till"))?;
    let (left, right) = complete(&w[..i], &w[i + 1..])?;
    let (a, b) = (single(&left, cx)?, single(&right, cx)?);
    FuzzyDate::range(a.start, b.end)
}

/// From the date to publication; a year-less date is the latest one before publication.
fn since(rest: &[&str], cx: &Cx) -> Option<FuzzyDate> {
    let p = cx.published?;
    let plain = single(rest, cx).filter(|d| d.start <= p);
    let past = || {
        let words: Vec<&str> = std::iter::once("last").chain(rest.iter().copied()).collect();
        single(&words, cx).filter(|d| d.start <= p)
    };
    FuzzyDate::range(plain.or_else(past)?.start, p)
}

/// Both sides as full dates: "june 9" / "10" -> "june 10"; "9" / "10 june" -> "9 june";
/// "may 30" / "june 2 2025" -> "may 30 2025".
fn complete<'a>(left: &[&'a str], right: &[&'a str]) -> Option<(Vec<&'a str>, Vec<&'a str>)> {
    if left.is_empty() || right.is_empty() {
        return None;
    }
    let month_of = |side: &[&'a str]| side.iter().copied().find(|w| month_number(w).is_some());
    let year_of = |side: &[&'a str]| side.last().copied().filter(|w| year(w).is_some());
    let mut l: Vec<&str> = left.to_vec();
    let mut r: Vec<&str> = right.to_vec();
    if day(r[0]).is_some() && month_of(&r).is_none() && year(r[0]).is_none() {
        r.insert(0, month_of(left)?);
    }
    if left.len() == 1 && day(l[0]).is_some() {
        l.push(month_of(right)?);
    }
    if year_of(&l).is_none()
        && !l.iter().any(|w| w.parse::<Date>().is_ok())
        && let Some(y) = year_of(&r)
    {
        l.push(y);
    }
    Some((l, r))
}
