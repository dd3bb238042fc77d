//! Dates as actor dictionaries write them: CAMEO's `YYMMDD` and `YYYYMMDD`, and the ISO dates
//! and open ends of actor tables.

use jiff::civil::Date;

/// A CAMEO/PETRARCH date. Two-digit years 00-30 are 20YY and 31-99 are 19YY: "For consistency
/// with KEDS and TABARI, YY years between 00 and 30 are interpreted as 20YY; otherwise 19YY is
/// assumed" (PETRARCH, `PETRreader.dstr_to_ordate`, openeventdata/petrarch2).
pub fn cameo(digits: &str) -> Result<Date, String> {
    if !digits.chars().all(|c| c.is_ascii_digit()) || !matches!(digits.len(), 6 | 8) {
        return Err(format!("the date \"{digits}\" is neither YYMMDD nor YYYYMMDD"));
    }
    let number = |range: std::ops::Range<usize>| digits[range].parse::<i16>().unwrap_or(0);
    let (year, rest) = if digits.len() == 6 {
        let yy = number(0..2);
        (if yy <= 30 { 2000 + yy } else { 1900 + yy }, 2)
    } else {
        (number(0..4), 4)
    };
    let (month, day) = (number(rest..rest + 2), number(rest + 2..rest + 4));
    Date::new(year, month as i8, day as i8).map_err(|_| format!("the date \"{digits}\" is not a day of the calendar"))
}

/// A table's start or end date: ISO (`2025-01-20`), a CAMEO date, or empty / "beginning of
/// time" / "end of time" (ICEWS's open ends) for no limit.
pub fn table(cell: &str) -> Result<Option<Date>, String> {
    let cell = cell.trim();
    let lower = cell.to_lowercase();
    if cell.is_empty() || lower == "beginning of time" || lower == "end of time" {
        return Ok(None);
    }
    if cell.chars().all(|c| c.is_ascii_digit()) {
        return cameo(cell).map(Some);
    }
    cell.parse::<Date>().map(Some).map_err(|_| format!("\"{cell}\" is not a date (write 2025-01-20)"))
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    #[test]
    fn two_digit_years_up_to_thirty_are_this_century_and_later_ones_the_last() {
        assert_eq!(cameo("300101"), Ok(date(2030, 1, 1)));
        assert_eq!(cameo("310101"), Ok(date(1931, 1, 1)));
        assert_eq!(cameo("070723"), Ok(date(2007, 7, 23)));
        assert_eq!(cameo("18970101"), Ok(date(1897, 1, 1)));
    }

    #[test]
    fn a_date_of_the_wrong_length_or_off_the_calendar_says_why() {
        assert!(cameo("2004017").unwrap_err().contains("neither YYMMDD nor YYYYMMDD"));
        assert!(cameo("20100931").unwrap_err().contains("not a day"));
        assert!(cameo("12ab56").is_err());
    }

    #[test]
    fn table_dates_take_iso_cameo_and_open_ends() {
        assert_eq!(table("2025-01-20"), Ok(Some(date(2025, 1, 20))));
        assert_eq!(table("250120"), Ok(Some(date(2025, 1, 20))));
        assert_eq!(table("beginning of time"), Ok(None));
        assert_eq!(table(""), Ok(None));
        assert!(table("next Tuesday").is_err());
    }
}
