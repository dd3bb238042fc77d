//! `faultline suggest` and `faultline mentions` on the sample's articles with nothing coded yet:
//! what an analyst reviewing a fresh import in a terminal sees.

use std::path::Path;

use crate::support::faultline;
use faultline::io::project_file;
use faultline::sample::sample_project;

fn uncoded(dir: &Path) -> String {
    let mut p = sample_project();
    p.claims = Default::default();
    p.events = Default::default();
    let path = dir.join("fresh.ron");
    project_file::save(&p, &path).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn suggest_lists_each_articles_proposals_with_speaker_type_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let project = uncoded(dir.path());
    let (ok, out, err) = faultline(&["suggest", &project]);
    assert!(ok, "{err}");
    // Trump's accusation in the second seed: speaker → target, the type from "accusing".
    let line = out.lines().position(|l| l.contains("Donald Trump → China · Accuse / criticise")).expect(&out);
    let quote = out.lines().nth(line + 1).unwrap();
    assert!(quote.trim_start().starts_with('“') && quote.ends_with('”'), "{quote}");
    assert!(out.lines().last().unwrap().ends_with("suggestions in 2 articles"), "{out}");

    let (ok, one, _) = faultline(&["suggest", &project, "--article", "trump hints"]);
    assert!(ok);
    assert!(one.starts_with("Trump hints at direct talks"), "{one}");
    assert!(one.lines().last().unwrap().ends_with("in 1 article"), "{one}");

    let (ok, _, err) = faultline(&["suggest", &project, "--article", "no such title"]);
    assert!(!ok);
    assert!(err.contains("no article titled “no such title”"), "{err}");
}

#[test]
fn suggest_json_gives_scripts_each_suggestion_with_speaker_target_type_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let project = uncoded(dir.path());
    let (ok, out, err) = faultline(&["suggest", &project, "--json", "--article", "trump hints"]);
    assert!(ok, "{err}");
    let all: serde_json::Value = serde_json::from_str(&out).expect(&out);
    let article = &all[0];
    assert!(article["article"].as_str().unwrap().starts_with("Trump hints at direct talks"));
    let suggestions = article["suggestions"].as_array().unwrap();
    let trump = suggestions
        .iter()
        .find(|s| s["quote"].as_str().unwrap().contains("They violated a big part"))
        .expect("Trump's accusation is suggested");
    assert_eq!(trump["speaker"], "Donald Trump");
    assert_eq!(trump["event_type"], "Accuse / criticise");
    assert_eq!(trump["date"]["start"], "2025-05-30");
    assert_eq!(trump["date"]["precision"], "day");
    assert!(trump["end"].as_u64().unwrap() > trump["start"].as_u64().unwrap());
    assert!(article["new_speakers"].is_array());
}

#[test]
fn mentions_counts_names_and_aliases_per_actor_and_per_article() {
    let dir = tempfile::tempdir().unwrap();
    let project = uncoded(dir.path());
    let (ok, out, err) = faultline(&["mentions", &project]);
    assert!(ok, "{err}");
    let mut rows = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(rows.headers().unwrap(), vec!["actor", "mentions"]);
    let counts: Vec<(String, usize)> =
        rows.records().map(|r| r.unwrap()).map(|r| (r[0].to_owned(), r[1].parse().unwrap())).collect();
    assert_eq!(counts.len(), 12, "every actor, mentioned or not");
    let china = counts.iter().find(|(a, _)| a == "China").unwrap().1;
    assert!(china >= 10, "China and Beijing are everywhere: {china}");

    let (ok, out, _) = faultline(&["mentions", &project, "--by-article"]);
    assert!(ok);
    let mut rows = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(rows.headers().unwrap(), vec!["article", "actor", "mentions"]);
    let per_article: usize =
        rows.records().map(|r| r.unwrap()).filter(|r| &r[1] == "China").map(|r| r[2].parse::<usize>().unwrap()).sum();
    assert_eq!(per_article, china, "the per-article rows add up to the total");
}
