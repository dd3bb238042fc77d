//! The chart's time axis: grid marks on calendar boundaries (days, Mondays, months, quarters,
//! years, decades) chosen by how many screen points a step takes, so every zoom from a few
//! days to a century keeps labelled dates, and the label of a mark as coarse as its step.

use jiff::ToSpan;
use jiff::civil::Date;

use egui_plot::{GridInput, GridMark};

use crate::model::date::{date_from_epoch_days, days_since_epoch, monday_of};

/// The plot's smallest grid spacing in screen points; the chart sets it, so that
/// `GridInput::base_step_size` (days per that many points) gives the scale.
pub const GRID_MIN: f32 = 8.0;
/// Screen points a labelled step takes at least: room for "13 May 2025" and a gap.
const LABEL_GAP: f64 = 100.0;
/// The narrowest time span the chart shows, in days: a day's events stay between labelled days.
pub const MIN_SPAN: f64 = 4.0;

/// One step of the axis, on calendar boundaries.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Step {
    Days(i64),
    Weeks,
    Months(i8),
    Years(i16),
}

const LADDER: [Step; 13] = [
    Step::Days(1),
    Step::Days(3),
    Step::Weeks,
    Step::Months(1),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(50),
    Step::Years(100),
];

impl Step {
    /// Its length in days, near enough for choosing a step and labelling a mark.
    fn days(self) -> f64 {
        match self {
            Step::Days(n) => n as f64,
            Step::Weeks => 7.0,
            Step::Months(n) => f64::from(n) * 30.44,
            Step::Years(n) => f64::from(n) * 365.25,
        }
    }

    /// The mark at or before `d`.
    fn floor(self, d: Date) -> Date {
        match self {
            Step::Days(n) => date_from_epoch_days(days_since_epoch(d).div_euclid(n) * n),
            Step::Weeks => monday_of(d),
            Step::Months(n) => {
                let month = (d.month() - 1) / n * n + 1;
                Date::new(d.year(), month, 1).unwrap_or(d)
            }
            Step::Years(n) => Date::new(d.year().div_euclid(n) * n, 1, 1).unwrap_or(d),
        }
    }

    fn next(self, d: Date) -> Date {
        match self {
            Step::Days(n) => d.saturating_add(n.days()),
            Step::Weeks => d.saturating_add(7.days()),
            Step::Months(n) => d.saturating_add(n.months()),
            Step::Years(n) => d.saturating_add(n.years()),
        }
    }

    /// The marks of this step from `lo` to `hi` (epoch days).
    fn marks(self, lo: f64, hi: f64) -> Vec<GridMark> {
        let mut marks = Vec::new();
        let mut day = self.floor(date_from_epoch_days(lo.floor() as i64));
        let last = date_from_epoch_days(hi.ceil() as i64);
        // The cap and the "moved on" check stop the walk at the calendar's end.
        while day <= last && marks.len() < 1000 {
            marks.push(GridMark { value: days_since_epoch(day) as f64, step_size: self.days() });
            let next = self.next(day);
            if next <= day {
                break;
            }
            day = next;
        }
        marks
    }
}

/// Grid marks for the visible days `input.bounds`: the finest calendar step whose labels fit.
pub fn date_grid(input: GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo {
        return Vec::new();
    }
    let days_per_point = input.base_step_size / f64::from(GRID_MIN);
    let i = LADDER.iter().position(|s| s.days() / days_per_point >= LABEL_GAP).unwrap_or(LADDER.len() - 1);
    let marks = LADDER[i].marks(lo, hi);
    // A view narrower than two steps (a few days in a narrow plot) takes the next finer step,
    // whose labels egui still shows down to 60 points apart.
    if i > 0 && marks.iter().filter(|m| (lo..=hi).contains(&m.value)).count() < 2 {
        return LADDER[i - 1].marks(lo, hi);
    }
    marks
}

/// Half the width of the widest date label ("13 May 2025"), in screen points, with a little air.
const HALF_LABEL: f64 = 40.0;

/// The label of a grid mark on a visible `range` of days drawn `width` points wide: empty when the
/// mark stands closer to either edge than half a label, where egui would cut the label at the
/// plot's edge ("Jul 20…"); the grid line stays.
pub fn edge_label(x: f64, step: f64, range: &std::ops::RangeInclusive<f64>, width: f32) -> String {
    let margin = HALF_LABEL * (range.end() - range.start()) / f64::from(width.max(1.0));
    if x - range.start() < margin || range.end() - x < margin {
        return String::new();
    }
    date_label(x, step)
}

/// An x-axis label for a day value, as coarse as the grid step.
pub fn date_label(x: f64, step: f64) -> String {
    let d = date_from_epoch_days(x.floor() as i64);
    if step >= 360.0 {
        d.strftime("%Y").to_string()
    } else if step >= 28.0 {
        d.strftime("%b %Y").to_string()
    } else {
        d.strftime("%-d %b %Y").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_too_close_to_the_plots_edge_is_left_out_rather_than_cut() {
        let lo = days_since_epoch(jiff::civil::date(2025, 5, 1)) as f64;
        let july = days_since_epoch(jiff::civil::date(2025, 7, 1)) as f64;
        let month = 30.44;
        // About 81 days over 400 points: a label's half is 8 days.
        assert_eq!(edge_label(july, month, &(lo..=july + 3.0), 400.0), "", "three days from the right edge");
        assert_eq!(edge_label(lo + 2.0, month, &(lo..=july + 20.0), 400.0), "", "two days from the left edge");
        assert_eq!(edge_label(july, month, &(lo..=july + 20.0), 400.0), "Jul 2025");
    }

    /// The labels a plot `width` points wide shows over `days` from `from`.
    fn labels(from: Date, days: f64, width: f64) -> Vec<String> {
        let lo = days_since_epoch(from) as f64;
        let input = GridInput { bounds: (lo, lo + days), base_step_size: days / width * f64::from(GRID_MIN) };
        let marks = date_grid(input);
        for pair in marks.windows(2) {
            assert!(
                (pair[1].value - pair[0].value) / days * width >= 60.0,
                "egui shows labels 60 points apart: {days} days in {width}"
            );
        }
        marks.iter().filter(|m| (lo..=lo + days).contains(&m.value)).map(|m| date_label(m.value, m.step_size)).collect()
    }

    #[test]
    fn every_span_from_a_few_days_to_a_century_has_dated_labels_in_a_narrow_and_a_wide_plot() {
        let may1 = jiff::civil::date(2025, 5, 1);
        for width in [400.0, 600.0, 1800.0] {
            for days in [MIN_SPAN, 10.0, 60.0, 400.0, 3000.0, 7305.0, 11_000.0, 36_500.0] {
                let shown = labels(may1, days, width);
                assert!(shown.len() >= 2, "{days} days in {width} points: {shown:?}");
            }
        }
        assert_eq!(labels(may1, MIN_SPAN, 600.0)[0], "1 May 2025");
        assert_eq!(labels(jiff::civil::date(1997, 1, 1), 7305.0, 600.0)[..2], ["2000", "2005"], "every fifth year");
        assert_eq!(labels(may1, 400.0, 600.0)[0], "Jul 2025", "quarters start in January, April, July, October");
    }

    #[test]
    fn grid_marks_follow_the_calendar_at_every_zoom() {
        let may1 = days_since_epoch(jiff::civil::date(2025, 5, 1)) as f64;
        let grid = |days: f64, width: f64| {
            date_grid(GridInput { bounds: (may1, may1 + days), base_step_size: days / width * f64::from(GRID_MIN) })
        };
        let day = |m: &GridMark| date_from_epoch_days(m.value as i64);
        assert_eq!(grid(10.0, 1000.0).len(), 11, "a mark a day");
        assert!(grid(60.0, 1000.0).iter().all(|m| day(m).weekday() == jiff::civil::Weekday::Monday));
        assert!(grid(400.0, 1000.0).iter().all(|m| day(m).day() == 1));
        assert!(grid(4000.0, 1000.0).iter().all(|m| day(m).day_of_year() == 1));
    }

    #[test]
    fn a_view_past_the_calendar_or_of_no_width_makes_no_endless_walk() {
        assert!(date_grid(GridInput { bounds: (0.0, 0.0), base_step_size: 1.0 }).is_empty());
        assert!(date_grid(GridInput { bounds: (f64::NAN, 1.0), base_step_size: 1.0 }).is_empty());
        let huge = date_grid(GridInput { bounds: (-1e12, 1e12), base_step_size: 1e9 });
        assert!(huge.len() <= 1000);
        let edge = date_grid(GridInput { bounds: (2.9e6, 2.95e6), base_step_size: 0.1 });
        assert!(edge.len() <= 1000);
    }
}
