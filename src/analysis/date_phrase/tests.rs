//! The resolver on phrases an analyst types: ISO forms, the seed articles' own phrases, weekdays,
//! spans, numeric orders and project conventions, hostile input; the news table is news_table.rs.

use jiff::civil::{Date, date};

use super::*;
use crate::model::Precision::{self, *};

/// Saturday 31 May 2025, the day the second seed article appeared.
const SAT: Date = Date::constant(2025, 5, 31);
/// Monday 2 June 2025, the first seed article.
const MON: Date = Date::constant(2025, 6, 2);

fn check(phrase: &str, published: Date, start: Date, end: Date, precision: Precision) {
    let d = resolve(phrase, Some(published)).unwrap_or_else(|e| panic!("{phrase}: {e}"));
    assert_eq!((d.start, d.end, d.precision), (start, end, precision), "{phrase} (published {published})");
}

/// The rows of a phrase table (tab-separated: phrase, publication day, first day, last day;
/// `#` comments and blank lines skipped), for news_table.rs and wire_table.rs.
pub(super) fn table_rows(tsv: &'static str) -> Vec<(&'static str, [Date; 3])> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let date = |s: &str| s.parse::<Date>().unwrap_or_else(|e| panic!("{l}: {e}"));
            (f[0], [date(f[1]), date(f[2]), date(f[3])])
        })
        .collect()
}

/// Each phrase resolves against `published` to its first and last day.
fn check_ranges(cases: &[(&str, Date, Date)], published: Date) {
    for &(phrase, start, end) in cases {
        let d = resolve(phrase, Some(published)).unwrap_or_else(|e| panic!("{phrase}: {e}"));
        assert_eq!((d.start, d.end), (start, end), "{phrase}");
    }
}

#[test]
fn at_least_forty_phrases_resolve_as_an_analyst_would() {
    let cases: &[(&str, Date, Date, Date, Precision)] = &[
        // ISO and explicit forms.
        ("2025-05-30", SAT, date(2025, 5, 30), date(2025, 5, 30), Day),
        ("2025-05", SAT, date(2025, 5, 1), date(2025, 5, 31), Month),
        ("2025", SAT, date(2025, 1, 1), date(2025, 12, 31), Year),
        ("2025-Q2", SAT, date(2025, 4, 1), date(2025, 6, 30), Quarter),
        ("Q1 2025", SAT, date(2025, 1, 1), date(2025, 3, 31), Quarter),
        ("2025-W22", SAT, date(2025, 5, 26), date(2025, 6, 1), Week),
        ("2025-W01", SAT, date(2024, 12, 30), date(2025, 1, 5), Week),
        ("May 2025", SAT, date(2025, 5, 1), date(2025, 5, 31), Month),
        ("in April 2025", MON, date(2025, 4, 1), date(2025, 4, 30), Month),
        ("mid-June 2025", SAT, date(2025, 6, 11), date(2025, 6, 20), MidMonth),
        ("early May 2025", MON, date(2025, 5, 1), date(2025, 5, 10), EarlyMonth),
        ("late February 2024", MON, date(2024, 2, 21), date(2024, 2, 29), LateMonth),
        ("May 12, 2025", MON, date(2025, 5, 12), date(2025, 5, 12), Day),
        ("12 May 2025", MON, date(2025, 5, 12), date(2025, 5, 12), Day),
        ("in 2024", MON, date(2024, 1, 1), date(2024, 12, 31), Year),
        // The seed articles' own phrases.
        ("on Friday", SAT, date(2025, 5, 30), date(2025, 5, 30), Day),
        ("in early May", MON, date(2025, 5, 1), date(2025, 5, 10), EarlyMonth),
        ("in April", MON, date(2025, 4, 1), date(2025, 4, 30), Month),
        ("earlier this month", SAT, date(2025, 5, 1), date(2025, 5, 31), Month),
        ("earlier this week", SAT, date(2025, 5, 26), date(2025, 5, 31), Week),
        ("earlier this year", SAT, date(2025, 1, 1), date(2025, 12, 31), Year),
        // Relative days and weekdays, preferring the past.
        ("yesterday", SAT, date(2025, 5, 30), date(2025, 5, 30), Day),
        ("today", SAT, SAT, SAT, Day),
        ("the day before yesterday", SAT, date(2025, 5, 29), date(2025, 5, 29), Day),
        ("two days ago", SAT, date(2025, 5, 29), date(2025, 5, 29), Day),
        ("3 days ago", MON, date(2025, 5, 30), date(2025, 5, 30), Day),
        ("on Friday", MON, date(2025, 5, 30), date(2025, 5, 30), Day),
        // The publication weekday is that day, AP style (issue 14).
        ("on Monday", MON, date(2025, 6, 2), date(2025, 6, 2), Day),
        ("last Tuesday", SAT, date(2025, 5, 27), date(2025, 5, 27), Day),
        ("Sunday", MON, date(2025, 6, 1), date(2025, 6, 1), Day),
        ("on Thu", SAT, date(2025, 5, 29), date(2025, 5, 29), Day),
        // Weeks, months, years.
        ("last week", SAT, date(2025, 5, 19), date(2025, 5, 25), Week),
        ("last week", MON, date(2025, 5, 26), date(2025, 6, 1), Week),
        // "A week ago" is the day seven days before, not that whole week (issue 14).
        ("a week ago", MON, date(2025, 5, 26), date(2025, 5, 26), Day),
        ("two weeks ago", SAT, date(2025, 5, 17), date(2025, 5, 17), Day),
        ("this week", MON, date(2025, 6, 2), date(2025, 6, 2), Week),
        ("last month", MON, date(2025, 5, 1), date(2025, 5, 31), Month),
        ("last month", SAT, date(2025, 4, 1), date(2025, 4, 30), Month),
        ("three months ago", SAT, date(2025, 2, 1), date(2025, 2, 28), Month),
        ("this year", SAT, date(2025, 1, 1), date(2025, 12, 31), Year),
        ("last year", SAT, date(2024, 1, 1), date(2024, 12, 31), Year),
        // Months and parts of months without a year: the one nearest to publication (issue 14:
        // "mid-June" written at the end of May is the coming June, not last year's).
        ("in early May", SAT, date(2025, 5, 1), date(2025, 5, 10), EarlyMonth),
        ("mid-June", SAT, date(2025, 6, 11), date(2025, 6, 20), MidMonth),
        ("late May", MON, date(2025, 5, 21), date(2025, 5, 31), LateMonth),
        ("in December", SAT, date(2024, 12, 1), date(2024, 12, 31), Month),
        ("May 12", SAT, date(2025, 5, 12), date(2025, 5, 12), Day),
        ("on May 12", SAT, date(2025, 5, 12), date(2025, 5, 12), Day),
        ("12 May", SAT, date(2025, 5, 12), date(2025, 5, 12), Day),
        ("June 5", SAT, date(2025, 6, 5), date(2025, 6, 5), Day),
        ("Sept 3", SAT, date(2025, 9, 3), date(2025, 9, 3), Day),
        ("last June", SAT, date(2024, 6, 1), date(2024, 6, 30), Month),
        ("Sept 3", date(2025, 12, 20), date(2025, 9, 3), date(2025, 9, 3), Day),
    ];
    assert!(cases.len() >= 40);
    for &(phrase, published, start, end, precision) in cases {
        check(phrase, published, start, end, precision);
    }
}

#[test]
fn phrases_are_kept_and_iso_dates_need_none() {
    assert_eq!(resolve("on Friday", Some(SAT)).unwrap().phrase, "on Friday");
    assert_eq!(resolve("2025-05-30", None).unwrap().phrase, "");
}

#[test]
fn unreadable_phrases_are_errors_not_guesses() {
    for bad in ["", "soon", "the other day", "2025-13", "Febtember 3", "2025-02-30", "in the spring of discontent"] {
        assert!(resolve(bad, Some(SAT)).is_err(), "{bad} should not resolve");
    }
    let e = resolve("on Friday", None).unwrap_err();
    assert!(e.contains("publication date"), "{e}");
    let e = resolve("soon", Some(SAT)).unwrap_err();
    assert!(e.contains("cannot read “soon”"), "{e}");
}

#[test]
fn variants_written_after_the_table_resolve_too() {
    // Published Tuesday 3 June 2025.
    const TUE: Date = Date::constant(2025, 6, 3);
    let cases: &[(&str, Date, Date)] = &[
        ("the past fortnight", date(2025, 5, 20), TUE),
        ("within the past week", date(2025, 5, 27), TUE),
        ("in two weeks", date(2025, 6, 17), date(2025, 6, 17)),
        ("this coming Tuesday", date(2025, 6, 10), date(2025, 6, 10)),
        ("the first quarter of the year", date(2025, 1, 1), date(2025, 3, 31)),
        ("in the second half of the year", date(2025, 7, 1), date(2025, 12, 31)),
        ("first-quarter", date(2025, 1, 1), date(2025, 3, 31)),
        ("since the start of the year", date(2025, 1, 1), TUE),
        ("by the end of last year", date(2024, 12, 21), date(2024, 12, 31)),
        ("2025年5月30日（星期五）", date(2025, 5, 30), date(2025, 5, 30)),
        ("earlier in the week", date(2025, 6, 2), TUE),
        ("Freitag, 30. Mai 2025", date(2025, 5, 30), date(2025, 5, 30)),
        ("в пятницу, 30 мая", date(2025, 5, 30), date(2025, 5, 30)),
    ];
    check_ranges(cases, TUE);
}

#[test]
fn an_ambiguous_numeric_date_follows_the_project_order_and_says_so() {
    use crate::model::{DateSettings, NumericOrder};
    let day_first = read("05/06/2025", None, DateSettings::default()).unwrap();
    assert_eq!(day_first.date.start, date(2025, 6, 5));
    assert!(day_first.note.as_deref().is_some_and(|n| n.contains("day/month")), "{:?}", day_first.note);
    let us = DateSettings { numeric: NumericOrder::MonthFirst, ..DateSettings::default() };
    assert_eq!(read("05/06/2025", None, us).unwrap().date.start, date(2025, 5, 6));
    // A part over 12 settles it whatever the setting, with nothing to flag.
    let clear = read("05/30/2025", None, DateSettings::default()).unwrap();
    assert_eq!((clear.date.start, clear.note), (date(2025, 5, 30), None));
    assert!(resolve("31/02/2025", None).is_err());
}

#[test]
fn a_year_less_29_february_moves_to_the_nearest_leap_year_and_says_so() {
    let settings = crate::model::DateSettings::default();
    let feb29 = |phrase: &str, published| read(phrase, Some(published), settings).unwrap();
    let after = feb29("Feb 29", date(2023, 3, 1));
    assert_eq!(after.date.start, date(2024, 2, 29));
    assert_eq!(
        after.note.as_deref(),
        Some("there is no 29 February 2023: read as 2024-02-29, the nearest leap year's")
    );
    let past = feb29("last Feb 29", date(2023, 3, 1));
    assert_eq!(past.date.start, date(2020, 2, 29));
    assert!(past.note.is_some_and(|n| n.contains("no 29 February 2023")));
    assert_eq!(feb29("29/02", date(2022, 6, 1)).date.start, date(2024, 2, 29));
    // In a leap year it is that year's, with nothing to say.
    let leap = feb29("29 February", date(2024, 1, 10));
    assert_eq!((leap.date.start, leap.note), (date(2024, 2, 29), None));
    // A day no year has stays unread.
    assert!(resolve("February 30", Some(date(2023, 3, 1))).is_err());
}

#[test]
fn a_project_that_reads_the_publication_weekday_as_a_week_before_gets_that() {
    use crate::model::{DateSettings, SameWeekday};
    let week_before = DateSettings { weekday: SameWeekday::WeekBefore, ..DateSettings::default() };
    assert_eq!(read("on Monday", Some(MON), week_before).unwrap().date.start, date(2025, 5, 26));
    assert_eq!(read("on Monday", Some(MON), DateSettings::default()).unwrap().date.start, MON);
}

#[test]
fn hostile_phrases_are_refused_without_a_panic() {
    let long = "9".repeat(400);
    let nested = "between ".repeat(50);
    for bad in [
        "99999999999 days ago",
        "the past 9223372036854775807 weeks",
        "in 10001 years",
        long.as_str(),
        nested.as_str(),
        "9999-12-31 to 0001-01-01",
        "99/99/99",
        "2025年99月99日",
        "12025年5月30日",
        "q9 2025",
        "h3",
        "-",
        "to",
        "since",
        "between and",
        "星期",
        "周",
        "le",
        "\u{0}\u{202e}friday",
    ] {
        let _ = resolve(bad, Some(SAT));
        let _ = resolve(bad, None);
    }
    assert!(resolve("99999999999 days ago", Some(SAT)).is_err());
    assert!(resolve("since", Some(SAT)).is_err());
}

proptest::proptest! {
    #[test]
    fn any_mix_of_date_words_resolves_or_is_refused_without_a_panic(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "on", "the", "last", "next", "past", "since", "between", "and", "to", "-", "9", "31", "2025",
                "99999", "May", "june", "Friday", "weekend", "weeks", "ago", "first", "quarter", "half", "of",
                "late", "mid-", "30/05/2025", "05/06", "le", "mai", "周五", "年", "月", "日", "coming", "days",
            ]),
            0..8,
        )
    ) {
        let phrase = words.join(" ");
        let _ = resolve(&phrase, Some(SAT));
        let chars: Vec<char> = phrase.chars().collect();
        let _ = crate::analysis::date_expressions::find(&chars, 0, chars.len(), Some(SAT), Default::default());
    }
}

#[test]
fn an_iso_range_as_the_event_form_writes_it_reads_back_as_that_range() {
    let d = resolve("2025-06-09 to 2025-06-10", None).unwrap();
    assert_eq!((d.start, d.end, d.precision), (date(2025, 6, 9), date(2025, 6, 10), Range));
    assert!(resolve("2025-06-10 to 2025-06-09", None).is_err(), "a range that ends before it starts");
}

#[test]
fn a_future_verb_typed_with_the_phrase_makes_it_the_coming_day_or_month() {
    // Published Wednesday 28 May 2025.
    const WED: Date = Date::constant(2025, 5, 28);
    let cases: &[(&str, Date, Date)] = &[
        ("will meet on Tuesday", date(2025, 6, 3), date(2025, 6, 3)),
        ("is due to vote on Thursday", date(2025, 5, 29), date(2025, 5, 29)),
        ("talks are scheduled for Friday", date(2025, 5, 30), date(2025, 5, 30)),
        ("will vote Wednesday", WED, WED),
        ("said on Tuesday", date(2025, 5, 27), date(2025, 5, 27)),
        ("will hold elections in January", date(2026, 1, 1), date(2026, 1, 31)),
        ("will meet in May", date(2025, 5, 1), date(2025, 5, 31)),
        ("is expected to sign on May 2", date(2026, 5, 2), date(2026, 5, 2)),
        ("will meet on June 9 and 10", date(2025, 6, 9), date(2025, 6, 10)),
    ];
    check_ranges(cases, WED);
    // Without a future verb the bare weekday stays in the past, and words that are no verb do
    // not make a phrase.
    assert_eq!(resolve("on Tuesday", Some(WED)).unwrap().start, date(2025, 5, 27));
    assert!(resolve("soon Friday", Some(WED)).is_err());
    let week_before =
        crate::model::DateSettings { weekday: crate::model::SameWeekday::WeekBefore, ..Default::default() };
    assert_eq!(read("will vote on Wednesday", Some(WED), week_before).unwrap().date.start, date(2025, 6, 4));
}

#[test]
fn dates_in_other_languages_resolve_as_ranges_days_and_korean_or_full_width_forms() {
    // Published Tuesday 3 June 2025.
    const TUE: Date = Date::constant(2025, 6, 3);
    let cases: &[(&str, Date, Date)] = &[
        ("du 14 au 15 juillet", date(2025, 7, 14), date(2025, 7, 15)),
        ("del 14 al 15 de julio", date(2025, 7, 14), date(2025, 7, 15)),
        ("vom 14. bis 15. Juli", date(2025, 7, 14), date(2025, 7, 15)),
        ("с 14 по 15 июля", date(2025, 7, 14), date(2025, 7, 15)),
        ("les 3 et 4 avril", date(2025, 4, 3), date(2025, 4, 4)),
        ("2017년 1월 13일", date(2017, 1, 13), date(2017, 1, 13)),
        ("1월 13일", date(2025, 1, 13), date(2025, 1, 13)),
        ("２０１７年１月１３日", date(2017, 1, 13), date(2017, 1, 13)),
        ("4月29日至5月1日", date(2025, 4, 29), date(2025, 5, 1)),
        ("2月24日至28日", date(2025, 2, 24), date(2025, 2, 28)),
        ("27日至28日", date(2025, 5, 27), date(2025, 5, 28)),
        ("2日", TUE.yesterday().unwrap(), TUE.yesterday().unwrap()),
        ("30日", date(2025, 5, 30), date(2025, 5, 30)),
        ("the coming week", date(2025, 6, 9), date(2025, 6, 15)),
    ];
    check_ranges(cases, TUE);
    assert!(resolve("2月24日至31日", Some(TUE)).is_err(), "no 31 February");
}
