//! Hand-computed expectations. May 2025 has 31 days over five ISO weeks: Apr 28 (May 1-4),
//! May 5, May 12, May 19 (7 days each) and May 26 (May 26-31).

use jiff::civil::date;

use super::*;
use crate::model::{Actor, ActorKind, Affiliation, ClaimId, Colour, EventId, EventTypeId, FuzzyDate};

struct Fixture {
    p: Project,
    us: ActorId,
    cn: ActorId,
    greer: ActorId,
}

fn actor(p: &mut Project, name: &str, kind: ActorKind, affiliation: Option<ActorId>) -> ActorId {
    let mut a = Actor::new(name, kind, Colour::palette(p.actors.len()));
    a.affiliations = affiliation.into_iter().map(Affiliation::always).collect();
    let id = a.id;
    p.actors.put(a);
    id
}

fn kind(p: &Project, name: &str) -> EventTypeId {
    p.taxonomy.iter().find(|t| t.name == name).unwrap().id
}

fn event(p: &mut Project, k: &str, source: ActorId, target: ActorId, date: FuzzyDate, evidence: usize) -> EventId {
    let e = Event {
        id: EventId::random(),
        kind: kind(p, k),
        source,
        target,
        bilateral: false,
        date,
        score: None,
        evidence: (0..evidence).map(|_| ClaimId::random()).collect(),
        note: String::new(),
    };
    let id = e.id;
    p.events.put(e);
    id
}

fn fixture() -> Fixture {
    let mut p = Project::new("series");
    let us = actor(&mut p, "United States", ActorKind::State, None);
    let cn = actor(&mut p, "China", ActorKind::State, None);
    let greer = actor(&mut p, "Jamieson Greer", ActorKind::Person, Some(us));
    let mofcom = actor(&mut p, "Ministry of Commerce", ActorKind::GovernmentBody, Some(cn));
    let day = |m, d| FuzzyDate::day(date(2025, m, d));
    // Greer accuses China (-2) on Thursday 29 May.
    event(&mut p, "Accuse / criticise", greer, cn, day(5, 29), 1);
    // A US threat reported by three claims, its score overridden to -6: counts once.
    let threat = event(&mut p, "Threaten", us, cn, day(5, 27), 3);
    let mut t = p.events.get(threat).cloned().unwrap();
    t.score = Some(-6.0);
    p.events.put(t);
    // China restricts exports (-5.2) on 30 May.
    event(&mut p, "Restrict", cn, us, day(5, 30), 1);
    // MOFCOM accuses the US (-2) on Monday 2 June.
    event(&mut p, "Accuse / criticise", mofcom, us, day(6, 2), 1);
    // A bilateral agreement (+4.5) known only to "May": spread over 31 days, both directions.
    let agree = event(&mut p, "Agree", us, cn, FuzzyDate::month(2025, 5).unwrap(), 2);
    let mut a = p.events.get(agree).cloned().unwrap();
    a.bilateral = true;
    p.events.put(a);
    // A neutral comment stays off the series.
    event(&mut p, "Comment", cn, us, day(5, 28), 1);
    Fixture { p, us, cn, greer }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn weekly(f: &Fixture, dyad: Option<Dyad>, smooth: Option<usize>) -> Vec<Bin> {
    let spec = SeriesSpec { bin: BinSize::Week, dyad, smooth, include_neutral: false };
    compute(&f.p, f.p.events.iter(), &spec)
}

#[test]
fn weekly_bins_spread_a_month_and_count_each_event_once() {
    let f = fixture();
    let bins = weekly(&f, None, None);
    let starts: Vec<Date> = bins.iter().map(|b| b.start).collect();
    assert_eq!(
        starts,
        vec![
            date(2025, 4, 28),
            date(2025, 5, 5),
            date(2025, 5, 12),
            date(2025, 5, 19),
            date(2025, 5, 26),
            date(2025, 6, 2)
        ]
    );
    // Week of 28 April: 4 of May's 31 days.
    assert!(close(bins[0].count, 4.0 / 31.0));
    assert!(close(bins[0].cooperation, 4.0 * 4.5 / 31.0));
    assert!(close(bins[0].conflict, 0.0));
    assert!(close(bins[1].count, 7.0 / 31.0));
    // Week of 26 May: Greer -2, the threat -6 (once, not three times), the restriction -5.2,
    // and 6/31 of the agreement. The comment is not counted.
    let w = &bins[4];
    assert!(close(w.count, 3.0 + 6.0 / 31.0));
    assert!(close(w.conflict, -13.2));
    assert!(close(w.cooperation, 27.0 / 31.0));
    assert!(close(w.net, -13.2 + 27.0 / 31.0));
    assert!(close(w.mean.unwrap(), (-13.2 + 27.0 / 31.0) / (3.0 + 6.0 / 31.0)));
    // Fewer than three events: no mean.
    assert_eq!(bins[5].mean, None);
    assert!(close(bins[5].net, -2.0));
    // The spread agreement adds up to exactly one event over its weeks.
    let agreement: f64 = bins[..4].iter().map(|b| b.count).sum::<f64>() + 6.0 / 31.0;
    assert!(close(agreement, 1.0));
}

#[test]
fn dyads_resolve_through_affiliation_and_bilateral_acts_count_both_ways() {
    let f = fixture();
    let us_cn = weekly(&f, Some(Dyad { source: f.us, target: f.cn }), None);
    // Greer counts for US -> China, so do the threat and the agreement; MOFCOM's act does not.
    let w = us_cn.iter().find(|b| b.start == date(2025, 5, 26)).unwrap();
    assert!(close(w.count, 2.0 + 6.0 / 31.0));
    assert!(close(w.conflict, -8.0));
    assert_eq!(us_cn.last().unwrap().start, date(2025, 5, 26));

    let cn_us = weekly(&f, Some(Dyad { source: f.cn, target: f.us }), None);
    let w = cn_us.iter().find(|b| b.start == date(2025, 5, 26)).unwrap();
    assert!(close(w.count, 1.0 + 6.0 / 31.0), "the restriction and the bilateral agreement");
    assert!(close(w.conflict, -5.2));
    let june = cn_us.last().unwrap();
    assert_eq!(june.start, date(2025, 6, 2));
    assert!(close(june.net, -2.0), "MOFCOM acts for China");

    let greer_only = weekly(&f, Some(Dyad { source: f.greer, target: f.cn }), None);
    assert_eq!(greer_only.len(), 1);
    assert!(close(greer_only[0].net, -2.0));
}

#[test]
fn a_minister_who_moves_to_another_government_mid_period_counts_each_act_for_the_side_of_its_day() {
    let mut p = Project::new("reshuffle");
    let old = actor(&mut p, "Old government", ActorKind::State, None);
    let new = actor(&mut p, "New government", ActorKind::State, None);
    let rival = actor(&mut p, "Rival state", ActorKind::State, None);
    let minister = actor(&mut p, "Trade minister", ActorKind::Person, None);
    let mut m = p.actors.get(minister).cloned().unwrap();
    m.affiliations = vec![
        Affiliation { acts_for: Some(old), role: "minister".into(), from: None, to: Some(date(2025, 4, 9)) },
        Affiliation { acts_for: Some(new), role: "minister".into(), from: Some(date(2025, 4, 10)), to: None },
    ];
    p.actors.put(m);
    let mut scored = |date, score| {
        let id = event(&mut p, "Accuse / criticise", minister, rival, date, 1);
        let mut e = p.events.get(id).cloned().unwrap();
        e.score = Some(score);
        p.events.put(e);
    };
    scored(FuzzyDate::day(date(2025, 3, 15)), -2.0); // for the old government
    scored(FuzzyDate::day(date(2025, 4, 20)), -4.0); // for the new one
    scored(FuzzyDate::month(2025, 4).unwrap(), -6.0); // "in April": 9 days old, 21 days new
    scored(FuzzyDate::day(date(2025, 5, 2)), -1.0); // for the new one
    let monthly = |source| {
        let spec =
            SeriesSpec { bin: BinSize::Month, dyad: Some(Dyad { source, target: rival }), ..SeriesSpec::default() };
        compute(&p, p.events.iter(), &spec).into_iter().map(|b| (b.start.month(), b.count, b.net)).collect::<Vec<_>>()
    };
    // Counted by hand: the old government has the March act and 9/30 of "in April".
    let by_old = monthly(old);
    assert_eq!(by_old.len(), 2, "{by_old:?}");
    assert!(by_old[0].0 == 3 && close(by_old[0].1, 1.0) && close(by_old[0].2, -2.0), "{by_old:?}");
    assert!(by_old[1].0 == 4 && close(by_old[1].1, 0.3) && close(by_old[1].2, -1.8), "{by_old:?}");
    // The new government: the 20 April act and 21/30 of "in April", then May.
    let by_new = monthly(new);
    assert_eq!(by_new.len(), 2, "{by_new:?}");
    assert!(by_new[0].0 == 4 && close(by_new[0].1, 1.7) && close(by_new[0].2, -4.0 - 4.2), "{by_new:?}");
    assert!(by_new[1].0 == 5 && close(by_new[1].1, 1.0) && close(by_new[1].2, -1.0), "{by_new:?}");
    // Together the two sides hold every act exactly once.
    let total: f64 = by_old.iter().chain(&by_new).map(|b| b.1).sum();
    assert!(close(total, 4.0));
}

#[test]
fn smoothing_is_trailing_on_weeks_and_centred_on_days() {
    let f = fixture();
    let bins = weekly(&f, None, Some(2));
    assert!(close(bins[0].smoothed.unwrap(), bins[0].net), "the first window holds one bin");
    assert!(close(bins[4].smoothed.unwrap(), (bins[3].net + bins[4].net) / 2.0));

    let spec = SeriesSpec {
        bin: BinSize::Day,
        dyad: Some(Dyad { source: f.greer, target: f.cn }),
        smooth: Some(3),
        include_neutral: false,
    };
    let mut p = f.p.clone();
    // Two more Greer accusations on 31 May: day bins 29, 30, 31 May hold -2, 0, -4.
    for _ in 0..2 {
        event(&mut p, "Accuse / criticise", f.greer, f.cn, FuzzyDate::day(date(2025, 5, 31)), 1);
    }
    let days = compute(&p, p.events.iter(), &spec);
    let nets: Vec<f64> = days.iter().map(|b| b.net).collect();
    assert_eq!(nets, vec![-2.0, 0.0, -4.0]);
    let smoothed: Vec<f64> = days.iter().map(|b| b.smoothed.unwrap()).collect();
    assert!(close(smoothed[0], -1.0) && close(smoothed[1], -2.0) && close(smoothed[2], -2.0));
    assert_eq!(spec.smoothing_label().unwrap(), "3-day centred mean of net score");
}

#[test]
fn months_and_csv() {
    let f = fixture();
    let spec = SeriesSpec { bin: BinSize::Month, ..SeriesSpec::default() };
    let bins = compute(&f.p, f.p.events.iter(), &spec);
    assert_eq!(bins.len(), 2);
    assert!(close(bins[0].count, 4.0));
    assert!(close(bins[0].net, -13.2 + 4.5));
    let csv = to_csv(&bins, false);
    assert_eq!(
        csv,
        "bin_start,events,conflict,cooperation,net,mean\n2025-05-01,4,-13.2,4.5,-8.7,-2.175\n2025-06-01,1,-2,0,-2,\n"
    );
    assert_eq!(number(-0.00001), "0");
    assert!(compute(&f.p, std::iter::empty(), &spec).is_empty());
}

#[test]
fn bins_by_day_arithmetic_match_the_calendar() {
    // Across year ends, a leap day and dates before 1970.
    for day in (-800..-700).chain(-5..20).chain(19_000..20_600) {
        let date = date_from_epoch_days(day);
        for bin in [BinSize::Day, BinSize::Week, BinSize::Month] {
            let start = bin.start_of(date);
            let want = (days_since_epoch(start), days_since_epoch(bin.next(start)));
            assert_eq!(bin.bounds(day), want, "{bin:?} of {date}");
        }
    }
}

#[test]
fn an_event_dated_in_the_year_9999_stays_off_the_series() {
    let mut f = fixture();
    let (us, cn) = (f.us, f.cn);
    event(&mut f.p, "Restrict", us, cn, FuzzyDate::day(date(9999, 12, 31)), 1);
    // Off the series (its year is out of range, as loading reports), so the series stays the
    // fixture's, by day as by week.
    assert_eq!(weekly(&f, None, None).last().unwrap().start, date(2025, 6, 2));
    let spec = SeriesSpec { bin: BinSize::Day, dyad: None, smooth: None, include_neutral: false };
    assert_eq!(compute(&f.p, f.p.events.iter(), &spec).len(), 33, "1 May to 2 June");
}

#[test]
fn a_span_of_more_bins_than_can_be_drawn_is_refused_with_what_to_do() {
    let mut f = fixture();
    let (us, cn) = (f.us, f.cn);
    event(&mut f.p, "Restrict", us, cn, FuzzyDate::day(date(1500, 1, 1)), 1);
    let filter = EventFilter::default();
    let daily = SeriesSpec { bin: BinSize::Day, dyad: None, smooth: None, include_neutral: false };
    let err =
        check_span(&f.p, &filter, &daily).unwrap_err().message("Use a longer --bin, or narrow it with --from and --to");
    assert!(err.starts_with("the events run from 1500-01-01 to 2025-06-02: about 191906 daily bins"), "{err}");
    assert!(err.contains("Use a longer --bin, or narrow it with --from and --to"), "{err}");
    let monthly = SeriesSpec { bin: BinSize::Month, ..daily };
    assert_eq!(check_span(&f.p, &filter, &monthly), Ok(()));
}

#[test]
fn a_smoothing_window_wider_than_the_series_averages_what_exists() {
    let f = fixture();
    let bins = weekly(&f, None, Some(usize::MAX));
    let nets: Vec<f64> = bins.iter().map(|b| b.net).collect();
    let last = bins.last().unwrap().smoothed.unwrap();
    assert!(close(last, nets.iter().sum::<f64>() / nets.len() as f64));
}
