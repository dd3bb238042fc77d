use jiff::civil::date;

use super::*;
use crate::sample::sample_project;

#[test]
fn windows_read_phrases_and_refuse_a_backwards_range() {
    let w = DateWindow::parse("2025-05-01", "late May 2025").unwrap();
    assert_eq!((w.from, w.to), (Some(date(2025, 5, 1)), Some(date(2025, 5, 31))));
    let w = DateWindow::parse(" ", "May 2025").unwrap();
    assert_eq!((w.from, w.to), (None, Some(date(2025, 5, 31))));
    assert!(DateWindow::parse("", "").unwrap().is_open());
    let err = DateWindow::parse("2025-06-01", "2025-05-01").unwrap_err();
    assert!(err.contains("before it starts"), "{err}");
    assert!(DateWindow::parse("someday", "").unwrap_err().contains("cannot read “someday”"));
    // Relative phrases have no publication date to count from here.
    assert!(DateWindow::parse("last week", "").is_err());
}

#[test]
fn an_event_is_in_the_window_when_any_of_its_days_is() {
    let w = DateWindow { from: Some(date(2025, 5, 1)), to: Some(date(2025, 5, 31)) };
    assert!(!w.overlaps(&FuzzyDate::month(2025, 4).unwrap()));
    assert!(w.overlaps(&FuzzyDate::week_of(date(2025, 4, 30))), "28 April to 4 May");
    assert!(w.overlaps(&FuzzyDate::day(date(2025, 5, 31))));
    assert!(!w.overlaps(&FuzzyDate::day(date(2025, 6, 1))));
}

#[test]
fn the_sample_filtered_by_window_and_dyads() {
    let p = sample_project();
    let count = |f: &EventFilter| p.events.iter().filter(|e| f.shows(&p, e)).count();
    assert_eq!(count(&EventFilter::default()), 12);
    // May only: everything but April's restriction and MOFCOM's two acts on 2 June (the two
    // events of the week of 26 May reach into June but start in May).
    let may = EventFilter { window: DateWindow::parse("May 2025", "May 2025").unwrap(), ..EventFilter::default() };
    assert_eq!(count(&may), 9);
    let us = p.find_actor("United States").unwrap().id;
    let cn = p.find_actor("China").unwrap().id;
    let cn_us = EventFilter { dyads: vec![Dyad { source: cn, target: us }], ..EventFilter::default() };
    let both = EventFilter { dyads: vec![Dyad { source: cn, target: us }, Dyad { source: us, target: cn }], ..may };
    assert_eq!(count(&cn_us), 6, "April's restriction, Geneva, Liu, the embassy, MOFCOM twice");
    // In May: the seven US -> China acts (Geneva among them), Liu and the embassy.
    assert_eq!(count(&both), 9);
}
