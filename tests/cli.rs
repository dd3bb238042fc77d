//! The headless commands on the sample project, against hand-computed figures.
//!
//! The sample's events (score, date range):
//!  1 China restricts rare-earth exports, -5.2, April (30 days)
//!  2 Geneva agreement, bilateral, +4.5, early May (1-10 May)
//!  3 Trump accuses China, -2, Fri 30 May       4 Trump will speak to Xi, +4, 30 May
//!  5 Greer accuses China, -2, late May (21-31)  6 Liu's demand, -5, late May
//!  7 US restricts chips/visas, -5.2, late May   8 Hegseth criticises China, -2, 31 May
//!  9 Embassy in Singapore accuses the US, -2, week of 26 May (7 days)
//! 10 Hassett hints at a call with Xi, +3, week of 26 May
//! 11 MOFCOM accuses the US, -2, Mon 2 June    12 MOFCOM threatens measures, -5, 2 June

use std::process::Command;

fn faultline(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_faultline")).args(args).output().unwrap();
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/projects/us-china-rare-earths-2025.ron");

fn row<'a>(csv: &'a str, bin: &str) -> &'a str {
    csv.lines().find(|l| l.starts_with(bin)).unwrap_or_else(|| panic!("no row {bin} in\n{csv}"))
}

#[test]
fn stats_counts_the_sample() {
    let (ok, out, _) = faultline(&["stats", SAMPLE]);
    assert!(ok);
    assert!(out.contains("articles: 2\n"), "{out}");
    assert!(out.contains("claims:   24\n"), "{out}");
    assert!(out.contains("actors:   12\n"), "{out}");
    assert!(out.contains("events:   12\n"), "{out}");
    assert!(out.contains("tags:     9\n"), "{out}");
    assert!(out.contains("events from 2025-04-01 to 2025-06-02"), "{out}");

    let (ok, out, _) = faultline(&["stats", SAMPLE, "--json"]);
    assert!(ok);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["events"], 12);
    assert_eq!(v["first_event"], "2025-04-01");
    assert_eq!(v["last_event"], "2025-06-02");
}

#[test]
fn weekly_series_matches_hand_computed_sums() {
    let (ok, csv, err) = faultline(&["series", SAMPLE, "--bin", "week"]);
    assert!(ok, "{err}");
    assert_eq!(csv.lines().next(), Some("bin_start,events,conflict,cooperation,net,mean"));
    // April's restriction spread over 30 days: 6 of them in the week of 31 March.
    assert_eq!(row(&csv, "2025-03-31"), "2025-03-31,0.2,-1.04,0,-1.04,");
    assert_eq!(row(&csv, "2025-04-07"), "2025-04-07,0.2333,-1.2133,0,-1.2133,");
    // Week of 28 April: 3 April days of the restriction and 4 of Geneva's 10 early-May days.
    assert_eq!(row(&csv, "2025-04-28"), "2025-04-28,0.5,-0.52,1.8,1.28,");
    assert_eq!(row(&csv, "2025-05-05"), "2025-05-05,0.6,0,2.7,2.7,");
    assert_eq!(row(&csv, "2025-05-12"), "2025-05-12,0,0,0,0,");
    // Late May (21-31): 5 of 11 days fall in the week of 19 May.
    assert_eq!(row(&csv, "2025-05-19"), "2025-05-19,1.3636,-5.5455,0,-5.5455,");
    // Week of 26 May: 6/11 of three late-May events, plus five dated events.
    assert_eq!(row(&csv, "2025-05-26"), "2025-05-26,6.6364,-12.6545,7,-5.6545,-0.8521");
    assert_eq!(row(&csv, "2025-06-02"), "2025-06-02,2,-7,0,-7,");
    assert_eq!(csv.lines().count(), 1 + 10, "ten weeks from 31 March to 2 June");
}

#[test]
fn dyads_resolve_through_affiliations() {
    let (ok, csv, err) = faultline(&["series", SAMPLE, "--bin", "week", "--dyad", "United States:China"]);
    assert!(ok, "{err}");
    // Greer and the US restriction (6/11 each), Trump twice, Hegseth, Hassett (to Xi, for China).
    assert_eq!(row(&csv, "2025-05-26"), "2025-05-26,5.0909,-7.9273,7,-0.9273,-0.1821");
    // The bilateral Geneva agreement counts in this direction too.
    assert_eq!(row(&csv, "2025-05-05"), "2025-05-05,0.6,0,2.7,2.7,");
    let (ok, csv, _) = faultline(&["series", SAMPLE, "--bin", "week", "--dyad", "beijing:washington"]);
    assert!(ok);
    assert_eq!(row(&csv, "2025-06-02"), "2025-06-02,2,-7,0,-7,");
    assert_eq!(row(&csv, "2025-05-26"), "2025-05-26,1.5455,-4.7273,0,-4.7273,");
}

#[test]
fn several_dyads_print_a_series_each_with_a_dyad_column() {
    let (ok, csv, err) =
        faultline(&["series", SAMPLE, "--bin", "week", "--dyad", "US:China", "--dyad", "beijing:WASHINGTON"]);
    assert!(ok, "{err}");
    assert_eq!(csv.lines().next(), Some("dyad,bin_start,events,conflict,cooperation,net,mean"));
    // The same rows as one dyad at a time, each led by its dyad.
    assert!(csv.contains("\nUnited States:China,2025-05-26,5.0909,-7.9273,7,-0.9273,-0.1821\n"), "{csv}");
    assert!(csv.contains("\nChina:United States,2025-06-02,2,-7,0,-7,\n"), "{csv}");
    assert!(csv.contains("\nChina:United States,2025-05-26,1.5455,-4.7273,0,-4.7273,\n"), "{csv}");
    let (ok, _, err) = faultline(&["series", SAMPLE, "--dyad", "US:China", "--dyad", "US:Atlantis"]);
    assert!(!ok);
    assert!(err.contains("no actor named “Atlantis”"), "{err}");
}

#[test]
fn a_date_window_keeps_the_events_it_overlaps() {
    let (ok, csv, err) = faultline(&["series", SAMPLE, "--from", "2025-05-19", "--to", "late May 2025"]);
    assert!(ok, "{err}");
    // Late May's three events (5/11 in this week), Trump twice, Hegseth, and the two acts of the
    // week of 26 May: the same bins as without the window; Geneva, April and June are out.
    assert_eq!(csv.lines().count(), 1 + 2, "{csv}");
    assert_eq!(row(&csv, "2025-05-19"), "2025-05-19,1.3636,-5.5455,0,-5.5455,");
    assert_eq!(row(&csv, "2025-05-26"), "2025-05-26,6.6364,-12.6545,7,-5.6545,-0.8521");
    let (ok, _, err) = faultline(&["series", SAMPLE, "--from", "2025-06-01", "--to", "2025-05-01"]);
    assert!(!ok);
    assert!(err.contains("before it starts"), "{err}");
}

#[test]
fn monthly_series_with_smoothing() {
    let (ok, csv, _) = faultline(&["series", SAMPLE, "--bin", "month", "--smooth", "2"]);
    assert!(ok);
    assert_eq!(csv.lines().next(), Some("bin_start,events,conflict,cooperation,net,mean,smoothed"));
    // April: the restriction. May: Geneva, the three late-May events, Trump twice, Hegseth, and
    // 6/7 of the two week-of-26-May events (the week ends on 1 June). June: MOFCOM's two acts
    // and the last 1/7 of those two.
    assert_eq!(row(&csv, "2025-04-01"), "2025-04-01,1,-5.2,0,-5.2,,-5.2");
    // count 7 + 12/7; conflict -12.2 - 4 - 12/7; cooperation 4.5 + 4 + 18/7.
    assert_eq!(row(&csv, "2025-05-01"), "2025-05-01,8.7143,-17.9143,11.0714,-6.8429,-0.7852,-6.0214");
    // count 2 + 2/7; conflict -7 - 2/7; cooperation 3/7; smoothed (May + June) / 2.
    assert_eq!(row(&csv, "2025-06-01"), "2025-06-01,2.2857,-7.2857,0.4286,-6.8571,,-6.85");
}

#[test]
fn errors_go_to_stderr_with_a_non_zero_exit() {
    let (ok, out, err) = faultline(&["stats", "/no/such/project.ron"]);
    assert!(!ok && out.is_empty());
    assert!(err.contains("cannot open /no/such/project.ron"), "{err}");
    let (ok, _, err) = faultline(&["series", SAMPLE, "--dyad", "Atlantis:China"]);
    assert!(!ok);
    assert!(err.contains("no actor named “Atlantis”"), "{err}");
    let (ok, _, err) = faultline(&["series", SAMPLE, "--bin", "fortnight"]);
    assert!(!ok);
    assert!(err.contains("fortnight"), "{err}");
}

#[test]
fn import_adds_articles_and_saves() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.ron");
    std::fs::copy(SAMPLE, &project).unwrap();
    let article = dir.path().join("note.md");
    std::fs::write(&article, "# Beijing responds\n\nMOFCOM said on Monday it would act.\n").unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"\x00\x01\x02").unwrap();

    // One bad file: nothing is imported and the project file is unchanged.
    let (ok, _, err) =
        faultline(&["import", project.to_str().unwrap(), article.to_str().unwrap(), bad.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("binary"), "{err}");
    assert_eq!(std::fs::read_to_string(&project).unwrap(), std::fs::read_to_string(SAMPLE).unwrap());

    let (ok, out, err) = faultline(&["import", project.to_str().unwrap(), article.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(out.contains("imported “Beijing responds”"), "{out}");
    let (_, stats, _) = faultline(&["stats", project.to_str().unwrap()]);
    assert!(stats.contains("articles: 3\n"), "{stats}");
}

#[test]
fn import_reads_html_prints_notices_and_skips_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.ron");
    std::fs::copy(SAMPLE, &project).unwrap();
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/html/");
    let page = format!("{fixtures}meridian-wire.html");
    let latin = format!("{fixtures}gazette-windows-1252.html");
    let bad = dir.path().join("bad.html");
    std::fs::write(&bad, b"<html>\x00\x00\x00</html>").unwrap();
    let p = project.to_str().unwrap();

    // All or nothing: a bad page after good ones leaves the project file as it was.
    let (ok, out, err) = faultline(&["import", p, &page, bad.to_str().unwrap()]);
    assert!(!ok && out.is_empty());
    assert!(err.contains("bad.html looks like a binary file"), "{err}");
    assert_eq!(std::fs::read_to_string(&project).unwrap(), std::fs::read_to_string(SAMPLE).unwrap());

    // The same page twice in one run is imported once; the Windows-1252 page's notice is shown.
    let (ok, out, err) = faultline(&["import", p, &page, &latin, &page]);
    assert!(ok, "{err}");
    assert!(out.contains("imported “China curbs rare-earth magnet exports as talks stall”\n"), "{out}");
    assert!(out.contains("gazette-windows-1252.html: decoded as windows-1252, as the page declares\n"), "{out}");
    assert!(out.contains("imported “Brussels weighs steel safeguard”\n"), "{out}");
    assert!(out.contains("meridian-wire.html: its text is already in the project as “China curbs rare-earth"), "{out}");
    let saved = faultline::io::project_file::load(&project).unwrap();
    assert_eq!(saved.articles.len(), 4);
    let wire = saved.articles.iter().find(|a| a.outlet == "Meridian Wire").unwrap();
    assert_eq!(wire.author, "Lena Ortiz, Wei Chen");
    assert!(wire.text.contains("“safeguard national security and interests”"));

    // Again: nothing new, and the file is not rewritten.
    let before = std::fs::read_to_string(&project).unwrap();
    let (ok, out, _) = faultline(&["import", p, &page]);
    assert!(ok);
    assert!(out.contains("skipped ") && out.contains("nothing new to import"), "{out}");
    assert_eq!(std::fs::read_to_string(&project).unwrap(), before);
}

#[test]
fn date_prints_the_range_its_precision_and_any_assumption() {
    // Published on Tuesday 3 June 2025: "on Tuesday" is that day, AP style.
    let (ok, out, err) = faultline(&["date", "on Tuesday", "--relative-to", "2025-06-03"]);
    assert!(ok, "{err}");
    assert_eq!(out, "start:     2025-06-03\nend:       2025-06-03\nprecision: day\n");
    let (ok, out, _) = faultline(&["date", "on Tuesday", "--relative-to", "2025-06-03", "--weekday-week-before"]);
    assert!(ok);
    assert!(out.starts_with("start:     2025-05-27\n"), "{out}");
    let (ok, out, _) = faultline(&["date", "June 9-10", "--relative-to", "2025-06-03"]);
    assert!(ok);
    assert_eq!(out, "start:     2025-06-09\nend:       2025-06-10\nprecision: range\n");
    // 05/06/2025 could be either; the order chosen is said.
    let (ok, out, _) = faultline(&["date", "05/06/2025", "--month-first"]);
    assert!(ok);
    assert!(out.starts_with("start:     2025-05-06\n"), "{out}");
    assert!(out.contains("note:") && out.contains("month/day"), "{out}");
    let (ok, _, err) = faultline(&["date", "on Tuesday"]);
    assert!(!ok);
    assert!(err.contains("publication date"), "{err}");
}

#[test]
fn check_warns_of_an_act_coded_twice_and_fails_only_when_strict() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("twice.ron");
    let mut p = faultline::io::project_file::load(std::path::Path::new(SAMPLE)).unwrap();
    let mut again = p.events.iter().find(|e| e.date.is_exact_day()).cloned().unwrap();
    again.id = faultline::model::EventId::random();
    again.evidence.truncate(1);
    p.events.put(again);
    faultline::io::project_file::save(&p, &path).unwrap();
    let path = path.to_str().unwrap();

    let (ok, out, err) = faultline(&["check", path]);
    assert!(ok, "duplicates are warnings, not damage: {err}");
    assert_eq!(out.matches("warning: possible duplicate:").count(), 1, "{out}");
    assert!(out.contains("1 possible duplicate act(s) to review"), "{out}");
    let (ok, _, err) = faultline(&["check", path, "--strict"]);
    assert!(!ok);
    assert!(err.contains("1 possible duplicate act(s)"), "{err}");
    let (ok, out, _) = faultline(&["check", SAMPLE, "--strict"]);
    assert!(ok);
    assert!(out.ends_with("no problems found\n"), "{out}");
}
