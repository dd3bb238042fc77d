//! Numeric dates: 30/05/2025 (British), 05/30/2025 (US), 30.05.2025 (German), 2025/05/30, and
//! the same without a year. A part over 12 settles the order; otherwise the project's day/month
//! order does and the reading is flagged.

use jiff::civil::Date;

use crate::model::{FuzzyDate, NumericOrder};

/// A word made only of digits and one kind of separator ('/', '.' or '-'), split into its
/// numbers: "30/05/2025" -> [30, 5, 2025] with the digit counts.
pub fn parts(word: &str) -> Option<Vec<(u32, usize)>> {
    let sep = word.chars().find(|c| !c.is_ascii_digit())?;
    if !matches!(sep, '/' | '.' | '-') {
        return None;
    }
    let parts: Vec<&str> = word.split(sep).collect();
    if !(2..=3).contains(&parts.len()) {
        return None;
    }
    let number = |p: &&str| {
        let digits = !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit());
        digits.then(|| p.parse().ok().map(|n| (n, p.len()))).flatten()
    };
    parts.iter().map(number).collect()
}

/// What a numeric date says: its month and day, its year when written, and a note when the
/// order had to come from the project's setting.
pub struct Numeric {
    pub year: Option<i16>,
    pub month: i8,
    pub day: i8,
    pub note: Option<String>,
}

pub fn read(word: &str, order: NumericOrder) -> Option<Numeric> {
    let parts = parts(word)?;
    let (first, second, year) = match parts.as_slice() {
        // 2025/05/30: year first is always year, month, day.
        [(y, 4), (m, 1..=2), (d, 1..=2)] => {
            let n = Numeric { year: Some(*y as i16), month: *m as i8, day: *d as i8, note: None };
            return n.date().map(|_| n);
        }
        [(a, 1..=2), (b, 1..=2), (y, 4)] => (*a, *b, Some(*y as i16)),
        // Two-digit years are this century's: 30/05/25.
        [(a, 1..=2), (b, 1..=2), (y, 2)] => (*a, *b, Some(2000 + *y as i16)),
        // Without a year only with a slash: "30/05" is a date, "1.2" a number.
        [(a, 1..=2), (b, 1..=2)] if word.contains('/') => (*a, *b, None),
        _ => return None,
    };
    let (month, day, note) = if first > 12 {
        (second, first, None)
    } else if second > 12 {
        (first, second, None)
    } else if first == second {
        (first, first, None)
    } else {
        let (month, day) = match order {
            NumericOrder::DayFirst => (second, first),
            NumericOrder::MonthFirst => (first, second),
        };
        let name = |m: u32| super::vocab::month_name(m).unwrap_or("?");
        let setting = match order {
            NumericOrder::DayFirst => "day/month",
            NumericOrder::MonthFirst => "month/day",
        };
        let note = format!(
            "“{word}” can be read two ways: taken as {day} {} by the project's {setting} order, not {month} {}",
            name(month),
            name(day)
        );
        (month, day, Some(note))
    };
    let n = Numeric { year, month: month as i8, day: day as i8, note };
    // A day that cannot exist in that month (31/02) is not a date, whatever the year.
    Date::new(year.unwrap_or(2000), n.month, n.day).ok().map(|_| n)
}

impl Numeric {
    /// The day when the year is known.
    pub fn date(&self) -> Option<FuzzyDate> {
        Date::new(self.year?, self.month, self.day).ok().map(FuzzyDate::day)
    }
}
