//! The tension series: events binned by the date the act happened.
//!
//! One module serves the chart, the `series` command and the exports, so they always agree.
//! Each event counts once however many claims report it; an event known only to a range of
//! days (a month, "late May") is spread evenly over that range; nothing is weighted by the
//! number of articles. In a dyad's series each day of an event counts for the sides its
//! parties acted for on that day, so an act dated "in April" by a minister who changed
//! government on 10 April is 9/30 the old government's and 21/30 the new one's.

use std::collections::BTreeMap;

use jiff::ToSpan;
use jiff::civil::Date;

use crate::analysis::filter::EventFilter;
use crate::model::date::{date_from_epoch_days, days_since_epoch, monday_of};
use crate::model::{ActorId, Event, Piece, Project};

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum BinSize {
    Day,
    #[default]
    Week,
    Month,
}

impl BinSize {
    pub const ALL: [BinSize; 3] = [BinSize::Day, BinSize::Week, BinSize::Month];

    pub fn label(self) -> &'static str {
        match self {
            BinSize::Day => "day",
            BinSize::Week => "week",
            BinSize::Month => "month",
        }
    }

    /// "weekly", as a title says it.
    pub fn adjective(self) -> &'static str {
        match self {
            BinSize::Day => "daily",
            BinSize::Week => "weekly",
            BinSize::Month => "monthly",
        }
    }

    /// The first day of the bin holding `date` (weeks are ISO weeks, starting Monday).
    pub fn start_of(self, date: Date) -> Date {
        match self {
            BinSize::Day => date,
            BinSize::Week => monday_of(date),
            BinSize::Month => date.first_of_month(),
        }
    }

    /// The bin holding epoch day `day`, as the epoch days it starts on and the next one starts
    /// on: days and weeks by arithmetic, months through the calendar.
    fn bounds(self, day: i64) -> (i64, i64) {
        match self {
            BinSize::Day => (day, day + 1),
            BinSize::Week => {
                // 1970-01-01, epoch day 0, was a Thursday: three days after a Monday.
                let monday = day - (day + 3).rem_euclid(7);
                (monday, monday + 7)
            }
            BinSize::Month => {
                let start = self.start_of(date_from_epoch_days(day));
                (days_since_epoch(start), days_since_epoch(self.next(start)))
            }
        }
    }

    /// The first day of the bin after the one starting at `start`.
    pub fn next(self, start: Date) -> Date {
        match self {
            BinSize::Day => start.saturating_add(1.day()),
            BinSize::Week => start.saturating_add(7.days()),
            BinSize::Month => start.saturating_add(1.month()),
        }
    }
}

/// A directed pair of actors. An event counts for the dyad on the days its source acts for
/// `source` and its target for `target` through affiliations (Greer -> United States), as
/// they stood on those days: a minister's act counts for the government the minister served
/// that day.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Dyad {
    pub source: ActorId,
    pub target: ActorId,
}

impl Dyad {
    /// Whether the event counts for this dyad on any of its days; a bilateral event counts in
    /// both directions.
    pub fn matches(&self, p: &Project, e: &Event) -> bool {
        !self.pieces(p, e).is_empty()
    }

    /// Whether the event counts for this dyad as its parties stood on `day`.
    pub fn matches_on(&self, p: &Project, e: &Event, day: Date) -> bool {
        let day = Some(day);
        let forward = p.acts_for(e.source, self.source, day) && p.acts_for(e.target, self.target, day);
        let backward = e.bilateral && p.acts_for(e.target, self.source, day) && p.acts_for(e.source, self.target, day);
        forward || backward
    }

    /// The runs of the event's days on which it counts for this dyad, each with its share of
    /// the event: all of it unless a party changed sides within its dates.
    pub fn pieces(&self, p: &Project, e: &Event) -> Vec<Piece> {
        let mut pieces = p.pieces(&[e.source, e.target], e.date.start, e.date.end);
        pieces.retain(|piece| self.matches_on(p, e, piece.start));
        pieces
    }

    pub fn label(&self, p: &Project) -> String {
        format!("{} → {}", p.actor_name(self.source), p.actor_name(self.target))
    }

    /// "United States:China", as `--dyad` takes it: the dyad column of CSV output.
    pub fn code(&self, p: &Project) -> String {
        format!("{}:{}", p.actor_name(self.source), p.actor_name(self.target))
    }
}

/// One bin of the series. Counts are fractional when imprecise dates are spread over bins.
#[derive(Clone, Debug, PartialEq)]
pub struct Bin {
    pub start: Date,
    pub count: f64,
    /// Sum of negative scores (≤ 0).
    pub conflict: f64,
    /// Sum of positive scores (≥ 0).
    pub cooperation: f64,
    pub net: f64,
    /// Net over count, only when the bin holds 3 or more events.
    pub mean: Option<f64>,
    /// The smoothed net score, when smoothing was asked for.
    pub smoothed: Option<f64>,
}

/// What to compute.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SeriesSpec {
    pub bin: BinSize,
    /// Only events of this dyad; `None` for all events.
    pub dyad: Option<Dyad>,
    /// Smoothing window in bins: trailing on week and month bins, centred on day bins.
    pub smooth: Option<usize>,
    /// Count neutral types ("Comment") too; by default they are off the series.
    pub include_neutral: bool,
}

impl SeriesSpec {
    /// How the chart labels the smoothed line.
    pub fn smoothing_label(&self) -> Option<String> {
        let n = self.smooth.filter(|&n| n > 1)?;
        Some(match self.bin {
            BinSize::Day => format!("{n}-day centred mean of net score"),
            BinSize::Week => format!("trailing {n}-week mean of net score"),
            BinSize::Month => format!("trailing {n}-month mean of net score"),
        })
    }
}

/// Whether an event is on the series at all: its type may be neutral, and a date outside the
/// years events are dated in (a typo the load reports) would stretch the series over centuries.
pub fn on_series(p: &Project, e: &Event, include_neutral: bool) -> bool {
    (include_neutral || p.taxonomy.get(e.kind).is_none_or(|t| t.on_series)) && e.date.check_years().is_ok()
}

/// Bins `events` (already filtered by the caller) as `spec` says. Bins run without gaps from the
/// first to the last bin that holds an event, so a quiet week shows as zero, not as nothing.
pub fn compute<'a>(p: &Project, events: impl IntoIterator<Item = &'a Event>, spec: &SeriesSpec) -> Vec<Bin> {
    // Keyed by the epoch day each bin starts on: 50,000 events spread over their days make
    // hundreds of thousands of additions, too many to go through calendar dates for each.
    let mut sums: BTreeMap<i64, [f64; 3]> = BTreeMap::new();
    for e in events {
        if !on_series(p, e, spec.include_neutral) {
            continue;
        }
        let score = p.score_of(e);
        let weight = 1.0 / e.date.days() as f64;
        // With a dyad, only the days on which the event counts for it (a party may change
        // sides within an imprecise date); each day keeps its even share of the event.
        let counted = match spec.dyad {
            Some(d) => d.pieces(p, e).into_iter().map(|piece| (piece.start, piece.end)).collect(),
            None => vec![(e.date.start, e.date.end)],
        };
        for (start, last) in counted {
            // A bin at a time rather than a day at a time: a month-long date is one or two bins.
            let (mut day, end) = (days_since_epoch(start), days_since_epoch(last) + 1);
            while day < end {
                let (bin, next) = spec.bin.bounds(day);
                // At least a day on, even where the calendar ends and the next bin cannot start.
                let next = next.clamp(day + 1, end);
                let share = weight * (next - day) as f64;
                let entry = sums.entry(bin).or_default();
                entry[0] += share;
                if score < 0.0 {
                    entry[1] += share * score;
                } else {
                    entry[2] += share * score;
                }
                day = next;
            }
        }
    }
    let (Some(&first), Some(&last)) = (sums.keys().next(), sums.keys().next_back()) else {
        return Vec::new();
    };
    let (first, last) = (date_from_epoch_days(first), date_from_epoch_days(last));
    let mut bins = Vec::new();
    let mut start = first;
    while start <= last {
        let [count, conflict, cooperation] = sums.get(&days_since_epoch(start)).copied().unwrap_or_default();
        let net = conflict + cooperation;
        bins.push(Bin {
            start,
            count,
            conflict,
            cooperation,
            net,
            // Fractions of spread events add up in floating point; 3 events spread over
            // several bins must still count as 3.
            mean: (count >= 3.0 - 1e-9).then(|| net / count),
            smoothed: None,
        });
        let next = spec.bin.next(start);
        // At the end of the calendar the next bin cannot start: stop rather than repeat it.
        if next <= start {
            break;
        }
        start = next;
    }
    if let Some(n) = spec.smooth.filter(|&n| n > 1) {
        smooth(&mut bins, n, spec.bin == BinSize::Day);
    }
    bins
}

/// One dyad's series, or the series of all the events shown when `dyad` is `None`.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub dyad: Option<Dyad>,
    pub bins: Vec<Bin>,
}

/// A series per dyad of the filter (one of all its events when it names none), over the events
/// the filter keeps. With a date window, bins wholly outside it are dropped; an event that began
/// before the window still spreads over all its days, as everywhere else.
pub fn lanes(p: &Project, filter: &EventFilter, spec: &SeriesSpec) -> Vec<Lane> {
    let events: Vec<&Event> = p.events.iter().filter(|e| filter.keeps(p, e)).collect();
    let dyads: Vec<Option<Dyad>> =
        if filter.dyads.is_empty() { vec![None] } else { filter.dyads.iter().copied().map(Some).collect() };
    dyads
        .into_iter()
        .map(|dyad| {
            let mut bins = compute(p, events.iter().copied(), &SeriesSpec { dyad, ..*spec });
            bins.retain(|b| filter.window.overlaps_days(b.start, spec.bin.next(b.start).saturating_sub(1.day())));
            Lane { dyad, bins }
        })
        .collect()
}

/// Mean of the net score over a window of `n` bins: centred (day bins) or trailing. At the
/// edges the window holds the bins that exist. Window sums come from running totals, so a wide
/// window over many bins costs no more than a narrow one.
fn smooth(bins: &mut [Bin], n: usize, centred: bool) {
    let mut totals = Vec::with_capacity(bins.len() + 1);
    totals.push(0.0);
    for b in bins.iter() {
        totals.push(totals.last().copied().unwrap_or(0.0) + b.net);
    }
    let len = bins.len();
    for (i, bin) in bins.iter_mut().enumerate() {
        let (lo, hi) = if centred {
            (i.saturating_sub(n / 2), i.saturating_add((n - 1) / 2).saturating_add(1).min(len))
        } else {
            ((i + 1).saturating_sub(n), i + 1)
        };
        bin.smoothed = Some((totals[hi] - totals[lo]) / (hi - lo) as f64);
    }
}

/// The most bins a series is drawn or printed with: ten years of days, or any span by week or
/// month that news coverage has.
pub const MAX_BINS: i64 = 10_000;

/// A series whose events span more bins than [`MAX_BINS`]: drawing or printing it would take
/// memory and time for nothing an analyst can read.
#[derive(Clone, Debug, PartialEq)]
pub struct SpanTooLong {
    pub first: Date,
    pub last: Date,
    pub bins: i64,
    pub bin: BinSize,
}

impl SpanTooLong {
    /// What is wrong, then `advice` (a sentence without its full stop): how to narrow it where the analyst is (the command's flags,
    /// the chart's bar).
    pub fn message(&self, advice: &str) -> String {
        format!(
            "the events run from {} to {}: about {} {} bins, more than the {MAX_BINS} a series is drawn with \
             (an event dated far off may have a wrong year). {advice}.",
            self.first,
            self.last,
            self.bins,
            self.bin.adjective()
        )
    }
}

/// Refuses a series whose events span more bins than [`MAX_BINS`]; the CLI, the workbench
/// chart and the reports' chart all ask this before building the bins.
pub fn check_span(p: &Project, filter: &EventFilter, spec: &SeriesSpec) -> Result<(), SpanTooLong> {
    let days = p.events.iter().filter(|e| filter.shows(p, e) && on_series(p, e, spec.include_neutral));
    let (first, last) = days.fold((None::<Date>, None::<Date>), |(lo, hi), e| {
        (Some(lo.map_or(e.date.start, |d| d.min(e.date.start))), Some(hi.map_or(e.date.end, |d| d.max(e.date.end))))
    });
    let (Some(first), Some(last)) = (first, last) else { return Ok(()) };
    // Bins wholly outside a date window are dropped, so only the window's part counts.
    let first = filter.window.from.map_or(first, |from| first.max(from));
    let last = filter.window.to.map_or(last, |to| last.min(to));
    let days = days_since_epoch(last) - days_since_epoch(first) + 1;
    let bins = match spec.bin {
        BinSize::Day => days,
        BinSize::Week => days / 7 + 1,
        BinSize::Month => i64::from(last.year() - first.year()) * 12 + i64::from(last.month() - first.month()) + 1,
    };
    if bins <= MAX_BINS { Ok(()) } else { Err(SpanTooLong { first, last, bins, bin: spec.bin }) }
}

/// The series as CSV, exactly the numbers the chart draws.
pub fn to_csv(bins: &[Bin], smoothed: bool) -> String {
    let mut out = header(smoothed);
    for b in bins {
        push_row(&mut out, b, smoothed);
    }
    out
}

/// Several lanes as CSV: one lane is written as [`to_csv`] writes it; several get a leading
/// `dyad` column ("United States:China"), lane after lane.
pub fn lanes_to_csv(p: &Project, lanes: &[Lane], smoothed: bool) -> String {
    if let [lane] = lanes {
        return to_csv(&lane.bins, smoothed);
    }
    let mut out = format!("dyad,{}", header(smoothed));
    for lane in lanes {
        let code = lane.dyad.map_or_else(|| "all".to_owned(), |d| d.code(p));
        // A name with a comma or quote must stay one field.
        let field = if code.contains([',', '"']) { format!("\"{}\"", code.replace('"', "\"\"")) } else { code };
        for b in &lane.bins {
            out.push_str(&field);
            out.push(',');
            push_row(&mut out, b, smoothed);
        }
    }
    out
}

fn header(smoothed: bool) -> String {
    let mut out = String::from("bin_start,events,conflict,cooperation,net,mean");
    if smoothed {
        out.push_str(",smoothed");
    }
    out.push('\n');
    out
}

fn push_row(out: &mut String, b: &Bin, smoothed: bool) {
    out.push_str(&format!(
        "{},{},{},{},{},{}",
        b.start,
        number(b.count),
        number(b.conflict),
        number(b.cooperation),
        number(b.net),
        b.mean.map(number).unwrap_or_default()
    ));
    if smoothed {
        out.push(',');
        out.push_str(&b.smoothed.map(number).unwrap_or_default());
    }
    out.push('\n');
}

/// A number with at most four decimals and no trailing zeros ("-2", "0.25", "-7.2").
pub fn number(x: f64) -> String {
    let s = format!("{:.4}", x);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    match s {
        "-0" | "" => "0".to_owned(),
        s => s.to_owned(),
    }
}

#[cfg(test)]
mod tests;
