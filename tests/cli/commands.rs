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

use crate::support::{SAMPLE, faultline};
use std::process::Command;

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

fn path_str(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn twenty_imports_at_once_into_one_project_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.ron");
    let (ok, _, err) = faultline(&["new", path_str(&project)]);
    assert!(ok, "{err}");
    let children: Vec<_> = (0..20)
        .map(|i| {
            let article = dir.path().join(format!("a{i}.txt"));
            std::fs::write(&article, format!("Statement {i}\n\nThe ministry issued statement number {i} today.\n"))
                .unwrap();
            Command::new(env!("CARGO_BIN_EXE_faultline"))
                .args(["import", path_str(&project), path_str(&article)])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let saved = faultline::io::project_file::load;
    let mut reported_saved = Vec::new();
    for (i, child) in children.into_iter().enumerate() {
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(out.status.success(), "import {i} failed: {stderr}");
        if stdout.contains("saved ") {
            reported_saved.push(i);
        }
    }
    let p = saved(&project).unwrap();
    assert_eq!(reported_saved.len(), 20, "every import waited its turn and saved");
    for i in reported_saved {
        assert!(
            p.articles.iter().any(|a| a.title == format!("Statement {i}")),
            "article {i} was reported saved but lost"
        );
    }
    assert_eq!(p.articles.len(), 20);
}

#[test]
fn a_project_open_elsewhere_is_not_written_and_the_message_names_who_holds_it() {
    use faultline::io::lock::{Holder, acquire};
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.ron");
    std::fs::copy(SAMPLE, &project).unwrap();
    let article = dir.path().join("note.txt");
    std::fs::write(&article, "A note\n\nMOFCOM said on Monday it would act.\n").unwrap();
    let held = acquire(&project, Holder::Workbench, std::time::Duration::ZERO).unwrap();
    let (ok, _, err) = faultline(&["import", path_str(&project), path_str(&article)]);
    assert!(!ok);
    assert!(err.contains("p.ron is open in the Faultline workbench (process"), "{err}");
    assert!(err.contains("close the project"), "{err}");
    assert_eq!(std::fs::read_to_string(&project).unwrap(), std::fs::read_to_string(SAMPLE).unwrap());
    drop(held);

    // Held by another command: this one says it waits, and lands once the other is done.
    // Another test of this binary that spawns a process at this moment may fork with the lock's
    // file still open (it closes on exec), so the lock just dropped can look held for an
    // instant: try again briefly.
    let held = (0..200)
        .find_map(|_| {
            let lock = acquire(&project, Holder::Command("import"), std::time::Duration::ZERO).ok();
            if lock.is_none() {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            lock
        })
        .expect("the lock dropped above is free again");
    let mut child = Command::new(env!("CARGO_BIN_EXE_faultline"))
        .args(["import", path_str(&project), path_str(&article)])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
    assert!(first.contains("p.ron is being changed by faultline import (process"), "{first}");
    assert!(first.ends_with("waiting for it to finish\n"), "{first}");
    drop(held);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).unwrap();
    assert!(child.wait().unwrap().success());
    assert!(rest.contains("imported “A note”") && rest.contains("saved "), "{rest}");
}

#[test]
fn import_creates_a_missing_project_and_new_starts_a_named_one() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("note.md");
    std::fs::write(&article, "# Beijing responds\n\nMOFCOM said on Monday it would act.\n").unwrap();
    let project = dir.path().join("trade.ron");
    let (ok, out, err) = faultline(&["import", path_str(&project), path_str(&article)]);
    assert!(ok, "{err}");
    assert!(out.contains("trade.ron does not exist: creating it as a new project “trade”"), "{out}");
    let p = faultline::io::project_file::load(&project).unwrap();
    assert_eq!((p.name.as_str(), p.articles.len()), ("trade", 1));

    let named = dir.path().join("named.ron");
    let (ok, out, err) = faultline(&["new", path_str(&named), "--name", "Rare earths 2025"]);
    assert!(ok, "{err}");
    assert!(out.contains("an empty project “Rare earths 2025”"), "{out}");
    let (ok, _, err) = faultline(&["new", path_str(&named)]);
    assert!(!ok);
    assert!(err.contains("named.ron already exists; nothing was changed"), "{err}");
    assert_eq!(faultline::io::project_file::load(&named).unwrap().name, "Rare earths 2025");
}

#[test]
fn a_hand_made_file_without_a_name_opens_with_the_default_one() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("hand.ron");
    std::fs::write(&project, "(format: 2)\n").unwrap();
    let (ok, out, err) = faultline(&["stats", path_str(&project)]);
    assert!(ok, "{err}");
    assert!(out.contains("project:  Untitled project"), "{out}");
}

#[cfg(unix)]
#[test]
fn exports_refuse_to_write_over_the_project_its_backup_or_a_link_to_it_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.ron");
    std::fs::copy(SAMPLE, &project).unwrap();
    let bak = dir.path().join("p.ron.bak");
    let link = dir.path().join("out.json");
    std::os::unix::fs::symlink(&project, &link).unwrap();
    for (format, out) in [("json", &project), ("html", &bak), ("json", &link), ("md", &project)] {
        let (ok, _, err) = faultline(&["export", path_str(&project), "--format", format, "-o", path_str(out)]);
        assert!(!ok, "{format} over {}", out.display());
        assert!(err.contains("will not write the export over"), "{err}");
        assert!(err.contains("--force"), "{err}");
    }
    let (ok, _, err) = faultline(&["chart", path_str(&project), "-o", path_str(&project)]);
    assert!(!ok && err.contains("it is the project itself"), "{err}");
    assert_eq!(std::fs::read_to_string(&project).unwrap(), std::fs::read_to_string(SAMPLE).unwrap());
    assert!(!bak.exists());
    let (ok, _, err) = faultline(&["export", path_str(&project), "--format", "json", "-o", path_str(&bak), "--force"]);
    assert!(ok, "{err}");
    // Forced over the project itself, the project is kept as its .bak.
    let (ok, _, err) =
        faultline(&["export", path_str(&project), "--format", "json", "-o", path_str(&project), "--force"]);
    assert!(ok, "{err}");
    assert_eq!(std::fs::read_to_string(&bak).unwrap(), std::fs::read_to_string(SAMPLE).unwrap());
}

#[test]
fn csv_cells_that_look_like_formulas_are_neutralised_unless_kept() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.ron");
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "=HYPERLINK(\"http://evil.example\",\"click\")\n\n@cmd in the body of the article.\n")
        .unwrap();
    assert!(faultline(&["import", path_str(&project), path_str(&article)]).0);
    // A claim quoting the text's first four chars: its quote and its article's title are both
    // cells of the claims table.
    let mut p = faultline::io::project_file::load(&project).unwrap();
    let a = p.articles.iter().next().unwrap().clone();
    let anchor = faultline::model::text::anchor(&a.text, 0, 4).unwrap();
    p.claims.put(faultline::model::Claim::new(a.id, anchor));
    faultline::io::project_file::save(&p, &project).unwrap();
    let out = dir.path().join("t.csv");
    assert!(faultline(&["export", path_str(&project), "--format", "csv", "-o", path_str(&out)]).0);
    let claims = std::fs::read_to_string(dir.path().join("t-claims.csv")).unwrap();
    assert!(claims.contains("\"'=HYPERLINK("), "{claims}");
    assert!(claims.contains(",'@cmd,"), "{claims}");
    assert!(faultline(&["export", path_str(&project), "--format", "csv", "-o", path_str(&out), "--keep-formulas"]).0);
    let claims = std::fs::read_to_string(dir.path().join("t-claims.csv")).unwrap();
    assert!(claims.contains(",@cmd,") && !claims.contains("'="), "{claims}");
}

#[test]
fn control_characters_in_article_text_reach_the_terminal_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.ron");
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "Ti\u{1b}]0;pwned\u{7}tle\n\nThe ministry said \u{1b}[2Jred words.\n").unwrap();
    let (ok, out, _) = faultline(&["import", path_str(&project), path_str(&article)]);
    assert!(ok);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    let (ok, out, _) = faultline(&["search", path_str(&project), "red"]);
    assert!(ok);
    assert!(out.contains("said \\u{1b}[2J[red] words"), "{out}");
}

#[test]
fn a_reader_that_closes_the_pipe_early_ends_the_command_quietly() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_faultline"))
        .args(["series", SAMPLE, "--bin", "day"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
}

#[test]
fn generate_refuses_counts_that_would_exhaust_memory_and_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.ron");
    let (ok, _, err) = faultline(&["generate", "--claims", "99999999999", "-o", path_str(&out)]);
    assert!(!ok);
    assert!(err.contains("--claims 99999999999 is more than the 2000000 records"), "{err}");
    assert!(!out.exists());
    std::fs::copy(SAMPLE, &out).unwrap();
    let (ok, _, err) = faultline(&["generate", "-o", path_str(&out)]);
    assert!(!ok && err.contains("g.ron already exists"), "{err}");
    let (ok, _, err) = faultline(&["generate", "-o", path_str(&out), "--force"]);
    assert!(ok, "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("g.ron.bak")).unwrap(),
        std::fs::read_to_string(SAMPLE).unwrap()
    );
}

#[test]
fn a_folder_or_a_missing_folder_as_the_project_gets_a_message_saying_what_to_fix() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "A note\n\nMOFCOM said on Monday it would act.\n").unwrap();
    let (ok, _, err) = faultline(&["import", path_str(dir.path()), path_str(&article)]);
    assert!(!ok && err.contains("is a folder; give the project's file name"), "{err}");
    let nowhere = dir.path().join("no/such/folder/p.ron");
    let (ok, _, err) = faultline(&["import", path_str(&nowhere), path_str(&article)]);
    assert!(!ok && err.contains("check that the folder exists and can be written to"), "{err}");
}

#[test]
fn import_takes_a_folder_and_reads_every_supported_file_under_it() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.ron");
    std::fs::copy(SAMPLE, &project).unwrap();
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(inbox.join("june")).unwrap();
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/html/");
    std::fs::copy(format!("{fixtures}meridian-wire.html"), inbox.join("june/wire.html")).unwrap();
    std::fs::write(inbox.join("memo.txt"), "Memo on licences\n\nThe ministry will review licences weekly.").unwrap();
    std::fs::write(inbox.join("scan.jpg"), b"\xff\xd8").unwrap();

    let (ok, out, err) = faultline(&["import", project.to_str().unwrap(), inbox.to_str().unwrap()]);
    assert!(ok, "{err}");
    let notice = "wire.html: text from Readability; published 2025-05-30 (from JSON-LD datePublished)\n";
    assert!(out.contains(notice), "{out}");
    assert!(out.contains("imported “China curbs rare-earth magnet exports as talks stall”\n"), "{out}");
    assert!(out.contains("imported “Memo on licences”\n"), "{out}");
    assert!(!out.contains("scan.jpg"), "{out}");
    assert_eq!(faultline::io::project_file::load(&project).unwrap().articles.len(), 4);

    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let (ok, _, err) = faultline(&["import", project.to_str().unwrap(), empty.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("it is a folder with no .txt, .md, .html, .pdf, .docx or .qdpx files in it"), "{err}");
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

#[test]
fn check_says_an_older_format_is_upgraded_in_one_line_and_passes_unless_something_is_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let current = std::fs::read_to_string(SAMPLE).unwrap();
    let version = format!("format: {},", faultline::model::FORMAT_VERSION);
    let old = dir.path().join("old.ron");
    std::fs::write(&old, current.replacen(&version, "format: 3,", 1)).unwrap();
    let old = old.to_str().unwrap();
    for args in [vec!["check", old], vec!["check", old, "--strict"]] {
        let (ok, out, err) = faultline(&args);
        assert!(ok, "an upgrade is no problem: {out}{err}");
        let notes: Vec<&str> = out.lines().filter(|l| l.contains("format 3")).collect();
        assert_eq!(notes.len(), 1, "{out}");
        let now = faultline::model::FORMAT_VERSION;
        assert!(notes[0].starts_with(&format!("note: opened a format 3 file as format {now}")), "{out}");
        assert!(out.ends_with("no problems found\n"), "{out}");
    }

    // A real fault in an older file still fails, counted without the upgrade.
    let damaged = dir.path().join("damaged.ron");
    let quote = "“China continues";
    assert!(current.contains(quote));
    let text = current.replacen(&version, "format: 3,", 1).replacen(
        &format!("quote: \"{quote}"),
        "quote: \"words that are not there",
        1,
    );
    std::fs::write(&damaged, text).unwrap();
    let (ok, out, err) = faultline(&["check", damaged.to_str().unwrap()]);
    assert!(!ok);
    assert!(out.contains("note: opened a format 3 file") && out.contains("[needs attention]"), "{out}");
    assert!(err.contains(": 1 problem(s)"), "{err}");

    // Saving it (here through an import) writes the current format and check has nothing to say.
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "A note\n\nMOFCOM said on Monday it would act.\n").unwrap();
    let (ok, out, err) = faultline(&["import", old, article.to_str().unwrap()]);
    assert!(ok, "{err}");
    let upgraded = format!("[upgraded] opened a format 3 file as format {}", faultline::model::FORMAT_VERSION);
    assert!(out.contains(&upgraded), "{out}");
    let (ok, out, _) = faultline(&["check", old]);
    assert!(ok && !out.contains("note:"), "{out}");
}

#[test]
fn ach_prints_the_worked_examples_scores_ranking_and_sensitivity_and_the_matrix_as_csv() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ach.ron");
    let ron = faultline::io::project_file::to_ron(&faultline::analysis::ach::worked_example()).unwrap();
    std::fs::write(&file, ron).unwrap();
    let file = file.to_str().unwrap();

    let (ok, out, err) = faultline(&["ach", file]);
    assert!(ok, "{err}");
    let ranking: Vec<&str> = out.lines().skip(2).take(4).collect();
    assert_eq!(
        ranking,
        [
            "   1    0.77           3  H2 Bargaining chip",
            "   2    1.25           3  H1 Retaliation for US chip controls",
            "   3    2.60           3  H3 Industrial policy",
            "   4    4.24           5  H4 Environmental clean-up",
        ],
        "{out}"
    );
    assert!(out.contains("  E8  B2  0.64  “Magnet exports fell 75% in April.”  (not diagnostic)"), "{out}");
    assert!(out.contains("Without E2 the ranking becomes 1 H1 Retaliation"), "{out}");
    assert!(out.contains("Without E5 the ranking becomes 1 H2 Bargaining chip, 2 H3 Industrial policy"), "{out}");

    let (ok, csv, err) = faultline(&["ach", file, "--csv"]);
    assert!(ok, "{err}");
    let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert_eq!(rows.len(), 8 + 3, "eight evidence rows, then score, unweighted and rank");
    assert_eq!(
        rows[1][..7],
        [
            "E2",
            rows[1][1].as_str(),
            "Evidence E2",
            "Licences granted quickly to US firms after the Geneva talks.",
            "B2",
            "0.64",
            "yes"
        ]
    );
    assert_eq!(rows[1][7..11], ["I", "CC", "N", "I"]);
    assert_eq!(rows[8][7..11], ["1.25", "0.77", "2.60", "4.24"]);
    assert_eq!(rows[10][7..11], ["2", "1", "3", "4"]);

    let (ok, out, _) = faultline(&["ach", SAMPLE]);
    assert!(ok && out.contains("No hypotheses yet"), "{out}");
}

/// The sample with Greer's real career as periods: an adviser with no side until 25 February
/// 2025, then trade representative for the United States; saved in a fresh folder.
fn sample_with_greer_periods() -> (tempfile::TempDir, std::path::PathBuf, faultline::model::Project) {
    use faultline::model::Affiliation;
    use jiff::civil::date;
    let mut p = faultline::sample::sample_project();
    let us = p.find_actor("United States").unwrap().id;
    let mut greer = p.find_actor("Greer").unwrap().clone();
    greer.affiliations = vec![
        Affiliation { acts_for: None, role: "adviser".into(), from: None, to: Some(date(2025, 2, 25)) },
        Affiliation {
            acts_for: Some(us),
            role: "trade representative".into(),
            from: Some(date(2025, 2, 26)),
            to: None,
        },
    ];
    greer.qid = Some("Q6146446".into());
    p.actors.put(greer);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("greer.ron");
    faultline::io::project_file::save(&p, &path).unwrap();
    (dir, path, p)
}

#[test]
fn actors_lists_who_each_acts_for_in_what_role_on_a_day() {
    let (_dir, path, _) = sample_with_greer_periods();
    let path = path.to_str().unwrap();
    let (ok, csv, err) = faultline(&["actors", path, "--csv", "--at", "2025-01-10"]);
    assert!(ok, "{err}");
    assert_eq!(csv.lines().next(), Some("name,kind,acts_for,role,from,to,aliases,qid"));
    assert_eq!(
        row(&csv, "Jamieson Greer"),
        "Jamieson Greer,person,,adviser,,2025-02-25,Greer; U.S. Trade Representative,Q6146446"
    );
    let (ok, csv, _) = faultline(&["actors", path, "--csv", "--at", "1 May 2025"]);
    assert!(ok);
    assert_eq!(
        row(&csv, "Jamieson Greer"),
        "Jamieson Greer,person,United States,trade representative,2025-02-26,,Greer; U.S. Trade Representative,Q6146446"
    );
    assert_eq!(row(&csv, "Liu Pengyu"), "Liu Pengyu,person,Chinese Embassy in Washington,,,,Liu,");
    // Without a day, the open-ended period; as a table, empty cells are dashes.
    let (ok, table, _) = faultline(&["actors", path]);
    assert!(ok);
    let greer: Vec<&str> = row(&table, "Jamieson Greer").split("  ").filter(|c| !c.is_empty()).map(str::trim).collect();
    assert_eq!(greer[..6], ["Jamieson Greer", "person", "United States", "trade representative", "2025-02-26", "-"]);
    let (ok, _, err) = faultline(&["actors", path, "--at", "May 2025"]);
    assert!(!ok && err.contains("is 31 days") && err.contains("give one day"), "{err}");
}

#[test]
fn actors_merge_moves_every_reference_to_the_actor_kept_and_saves() {
    use faultline::model::{Actor, ActorKind, Colour};
    let mut p = faultline::sample::sample_project();
    let mut twin = Actor::new("PRC", ActorKind::State, Colour::palette(9));
    twin.aliases = vec!["Beijing".into()];
    let twin_id = twin.id;
    p.actors.put(twin);
    let mofcom = p.find_actor("MOFCOM").unwrap().id;
    let mut event = p.events.iter().find(|e| e.source == mofcom).unwrap().clone();
    event.source = twin_id;
    p.events.put(event.clone());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("twin.ron");
    faultline::io::project_file::save(&p, &path).unwrap();
    let path_text = path.to_str().unwrap();

    // `check` points at the shared name before anything is merged.
    let (ok, out, _) = faultline(&["check", path_text]);
    assert!(ok, "a shared name is a warning, not a failure: {out}");
    assert!(out.contains("warning: “Beijing” names China and PRC"), "{out}");
    // "Beijing" is an alias of both, so it cannot say which to keep.
    let (ok, _, err) = faultline(&["actors", "merge", path_text, "Beijing", "PRC"]);
    assert!(!ok && err.contains("“Beijing” names China (id") && err.contains("by its id"), "{err}");
    let (ok, out, err) = faultline(&["actors", "merge", path_text, "china", "PRC"]);
    assert!(ok, "{err}");
    assert!(out.contains("merged into China: 0 claim(s), 1 event(s)"), "{out}");
    let merged = faultline::io::project_file::load(&path).unwrap();
    assert!(merged.actors.get(twin_id).is_none());
    let china = merged.find_actor("China").unwrap();
    assert_eq!(merged.events.get(event.id).unwrap().source, china.id);
    assert!(china.aliases.contains(&"PRC".to_owned()));
    let (ok, out, _) = faultline(&["check", path_text]);
    assert!(ok && !out.contains("warning"), "{out}");
}

#[test]
fn check_warns_of_an_act_dated_across_a_change_of_side() {
    use faultline::model::Affiliation;
    use jiff::civil::date;
    let (_dir, path, mut p) = sample_with_greer_periods();
    // Greer's accusation, dated "late May", with Greer hypothetically moving to China on 26 May.
    let cn = p.find_actor("China").unwrap().id;
    let mut greer = p.find_actor("Greer").unwrap().clone();
    greer.affiliations[1].to = Some(date(2025, 5, 25));
    greer.affiliations.push(Affiliation {
        acts_for: Some(cn),
        role: String::new(),
        from: Some(date(2025, 5, 26)),
        to: None,
    });
    p.actors.put(greer);
    faultline::io::project_file::save(&p, &path).unwrap();
    let (ok, out, _) = faultline(&["check", path.to_str().unwrap()]);
    assert!(ok, "{out}");
    assert!(out.contains("straddles a change of side"), "{out}");
    assert!(out.contains("5 day(s) for United States → China (2025-05-21 to 2025-05-25)"), "{out}");
    assert!(out.contains("6 day(s) for China → China (2025-05-26 to 2025-05-31)"), "{out}");
    // And the dyad series counts only the five days Greer served the United States: 6/11 of
    // the act (and of its -2) leave May's United States → China bin.
    let may = |project: &str| -> Vec<f64> {
        let (ok, csv, err) = faultline(&["series", project, "--bin", "month", "--dyad", "United States:China"]);
        assert!(ok, "{err}");
        row(&csv, "2025-05-01").split(',').skip(1).take(4).map(|x| x.parse().unwrap()).collect()
    };
    let (before, after) = (may(SAMPLE), may(path.to_str().unwrap()));
    assert!((before[0] - after[0] - 6.0 / 11.0).abs() < 1e-3, "{before:?} {after:?}");
    assert!((after[1] - before[1] - 12.0 / 11.0).abs() < 1e-3, "{before:?} {after:?}");
}

/// The sample graded by hand: Reuters (article 2) B, Regional Digest (article 1) C; six claims
/// given a credibility, one corroborating and one contradicting link.
const GRADED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/graded-sample.ron");

#[test]
fn series_at_a_minimum_grade_matches_a_hand_count() {
    // By hand: B3 or better is met only by Reuters claims graded 1 to 3, evidence of events 3
    // (Trump accuses China, -2, 30 May), 4 (Trump will speak to Xi, +4, 30 May) and 5 (Greer
    // accuses China, -2, 21-31 May). All in May: 3 events, conflict -4, cooperation +4, net 0.
    let args = ["series", GRADED, "--bin", "month", "--min-reliability", "B", "--min-credibility", "3"];
    let (ok, csv, err) = faultline(&args);
    assert!(ok, "{err}");
    assert_eq!(csv, "bin_start,events,conflict,cooperation,net,mean\n2025-05-01,3,-4,4,0,0\n");
    // Weekly, Greer's late-May accusation spreads over 11 days: 5 in the week of 19 May.
    let (ok, csv, _) =
        faultline(&["series", GRADED, "--bin", "week", "--min-reliability", "b", "--min-credibility", "3"]);
    assert!(ok);
    assert_eq!(row(&csv, "2025-05-19"), "2025-05-19,0.4545,-0.9091,0,-0.9091,");
    assert!(row(&csv, "2025-05-26").starts_with("2025-05-26,2.5455,-3.0909,4,0.9091,"), "{csv}");
    // Either minimum alone admits everything on the other scale: A sources are none.
    let (ok, csv, _) = faultline(&["series", GRADED, "--bin", "month", "--min-reliability", "A"]);
    assert!(ok);
    assert_eq!(csv.lines().count(), 1, "no events, only the header: {csv}");
    // Ungraded is the floor: F and 6 keep every event of the ungraded sample.
    let all = faultline(&["series", SAMPLE, "--bin", "month"]).1;
    let floor = ["series", SAMPLE, "--bin", "month", "--min-reliability", "F", "--min-credibility", "6"];
    assert_eq!(faultline(&floor).1, all);
}

#[test]
fn a_grade_off_the_scale_is_refused_with_the_scale() {
    let (ok, _, err) = faultline(&["series", GRADED, "--min-reliability", "G"]);
    assert!(!ok);
    assert!(err.contains("give a letter from A (completely reliable) to F (cannot be judged)"), "{err}");
    let (ok, _, err) = faultline(&["chart", GRADED, "--min-credibility", "7", "-o", "x.svg"]);
    assert!(!ok);
    assert!(err.contains("give a number from 1 (confirmed) to 6 (cannot be judged)"), "{err}");
}

#[test]
fn export_at_a_minimum_grade_leaves_out_weaker_claims_and_events() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("g.csv");
    let args = [
        "export",
        GRADED,
        "--format",
        "csv",
        "-o",
        out.to_str().unwrap(),
        "--min-reliability",
        "B",
        "--min-credibility",
        "3",
    ];
    let (ok, _, err) = faultline(&args);
    assert!(ok, "{err}");
    let rows = |name: &str| -> Vec<csv::StringRecord> {
        csv::Reader::from_path(dir.path().join(name)).unwrap().records().map(Result::unwrap).collect()
    };
    assert_eq!((rows("g-events.csv").len(), rows("g-claims.csv").len()), (3, 3));
    // The events table says each event's confidence: Trump's accusation is reported by both
    // outlets, so its best evidence (B1) is corroborated.
    let (ok, _, _) = faultline(&["export", GRADED, "--format", "csv", "-o", out.to_str().unwrap(), "--force"]);
    assert!(ok);
    let mut reader = csv::Reader::from_path(dir.path().join("g-events.csv")).unwrap();
    let header = reader.headers().unwrap().clone();
    let col = |name| header.iter().position(|h| h == name).unwrap();
    let events: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let trump = events.iter().find(|r| &r[col("id")] == "c241a4f00defc654").unwrap();
    assert_eq!(&trump[col("confidence")], "B1");
    assert_eq!(
        &trump[col("confidence_reason")],
        "B1 (usually reliable; confirmed by other sources); corroborated by a second outlet"
    );
    let greer = events.iter().find(|r| &r[col("id")] == "2c9a299141b9a8a9").unwrap();
    assert_eq!(&greer[col("confidence_reason")], "B3 (evidence at best B2, lowered: contradicted by a linked claim)");
}

#[test]
fn check_flags_an_event_whose_evidence_contradicts_itself() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    // Greer's accusation has two evidence claims; link the second as contradicting the first.
    let text = std::fs::read_to_string(GRADED).unwrap().replace(
        "\tclaim_links: [\n",
        "\tclaim_links: [\n\t\t(id: \"00000000000011c3\", from: \"d7f0744d41f05499\", to: \"ee5785594c326de2\", kind: Contradicts),\n",
    );
    std::fs::write(&path, text).unwrap();
    let (ok, out, _) = faultline(&["check", path.to_str().unwrap()]);
    assert!(ok, "a warning, not a damaged file: {out}");
    assert!(
        out.contains("warning: evidence contradicts itself: Jamieson Greer → China, Accuse / criticise, 2025-05-21 to 2025-05-31 (late month): ““China continues to slow down"),
        "{out}"
    );
    assert!(out.contains("no problems found; 1 event(s) whose evidence contradicts itself to review"), "{out}");
    let (ok, _, err) = faultline(&["check", path.to_str().unwrap(), "--strict"]);
    assert!(!ok);
    assert!(err.contains("1 event(s) whose evidence contradicts itself"), "{err}");
}

#[test]
fn actors_import_previews_every_line_then_adds_and_exports_a_table_that_imports_back() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.ron");
    std::fs::copy(SAMPLE, &project).unwrap();
    let dictionary = dir.path().join("ministers.actors.txt");
    std::fs::write(
        &dictionary,
        "# ministers\nCHINA_ [CHN]\n+PRC\nWANG_YI_\n+王毅\n\t[CHNGOVFRM 20130316-20221230]\n\t[CHNELI]\n\
         SERGEI_LAVROV [RUSGOVFRM >040309]\nQIN_GANG\n\t[CHNGOV 2004017-20061201]\n",
    )
    .unwrap();
    let (p, d) = (path_str(&project), path_str(&dictionary));
    let before = std::fs::read_to_string(&project).unwrap();
    let (ok, out, err) = faultline(&["actors", "import", p, d, "--dry-run"]);
    assert!(ok, "{err}");
    for expected in [
        "line 2: China — merged into China",
        "line 4: Wang Yi — added",
        "line 8: Sergei Lavrov — added",
        "line 10: the date \"2004017\" is neither YYMMDD nor YYYYMMDD (not imported)",
        "3 actor(s) added, 1 merged into existing ones, 1 state(s) created from the country table, 1 line(s) reported",
        "dry run",
    ] {
        assert!(out.contains(expected), "{expected:?} not in\n{out}");
    }
    assert_eq!(std::fs::read_to_string(&project).unwrap(), before, "a dry run writes nothing");

    let (ok, _, err) = faultline(&["actors", "import", p, d]);
    assert!(ok, "{err}");
    let (ok, csv, _) = faultline(&["actors", p, "--csv", "--at", "2020-05-01"]);
    assert!(ok);
    assert!(
        csv.lines().any(|l| l.starts_with("Wang Yi,person,China,GOVFRM,2013-03-16,2022-12-30,WANG YI; 王毅")),
        "{csv}"
    );
    assert!(csv.lines().any(|l| l.starts_with("Russia,state,")), "{csv}");

    let table = dir.path().join("actors.csv");
    let (ok, _, err) = faultline(&["actors", "export", p, "-o", path_str(&table)]);
    assert!(ok, "{err}");
    let copy = dir.path().join("copy.ron");
    let (ok, out, err) = faultline(&["actors", "import", path_str(&copy), path_str(&table)]);
    assert!(ok, "{err}");
    assert!(out.contains(", 0 line(s) reported"), "{out}");
    let (_, original, _) = faultline(&["actors", p, "--csv"]);
    let (_, copied, _) = faultline(&["actors", path_str(&copy), "--csv"]);
    let sorted = |s: &str| {
        let mut lines: Vec<String> = s.lines().map(str::to_owned).collect();
        lines.sort();
        lines
    };
    assert_eq!(sorted(&copied).len(), sorted(&original).len());
}

#[test]
fn mentions_match_names_whatever_their_accents_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.ron");
    let article = dir.path().join("briefing.txt");
    std::fs::write(&article, "Briefing\n\nSergeï Lavrov said Pyotr Ëlkin agreed.").unwrap();
    assert!(faultline(&["import", path_str(&project), path_str(&article)]).0);
    let table = dir.path().join("a.csv");
    std::fs::write(&table, "name,aliases\nSergei Lavrov,\nPyotr Elkin,\n").unwrap();
    assert!(faultline(&["actors", "import", path_str(&project), path_str(&table)]).0);
    let (_, strict, _) = faultline(&["mentions", path_str(&project)]);
    assert!(strict.contains("Sergei Lavrov,0"), "{strict}");
    let (ok, loose, err) = faultline(&["mentions", path_str(&project), "--ignore-diacritics"]);
    assert!(ok, "{err}");
    assert!(loose.contains("Sergei Lavrov,1") && loose.contains("Pyotr Elkin,1"), "{loose}");
    // Once the project ignores diacritics, mentions follow it unless told otherwise.
    let (ok, _, err) = faultline(&["actors", "diacritics", path_str(&project), "ignore"]);
    assert!(ok, "{err}");
    let (_, by_setting, _) = faultline(&["mentions", path_str(&project)]);
    assert!(by_setting.contains("Sergei Lavrov,1"), "{by_setting}");
    let (_, kept, _) = faultline(&["mentions", path_str(&project), "--keep-diacritics"]);
    assert!(kept.contains("Sergei Lavrov,0"), "{kept}");
    // And finding an actor by name follows it too: the accented spelling names Lavrov.
    let (ok, merged, err) = faultline(&["actors", "merge", path_str(&project), "SERGEÏ LAVROV", "Pyotr Ëlkin"]);
    assert!(ok, "{err}");
    assert!(merged.contains("merged into Sergei Lavrov"), "{merged}");
}
