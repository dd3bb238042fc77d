//! Damaged project files: every problem found, repaired only where certain, never dropped
//! silently; `faultline check` lists them and fails.

use crate::support::faultline;
use faultline::io::project_file::{parse_checked, to_ron};
use faultline::io::repair::Outcome;
use faultline::model::text::slice_chars;
use faultline::model::{ActorId, ClaimId, Project};
use faultline::sample::sample_project;

fn claim_with(p: &Project, start: &str) -> ClaimId {
    p.claims.iter().find(|c| c.quote.starts_with(start)).unwrap().id
}

fn reload(p: &Project) -> (Project, Vec<faultline::io::repair::Problem>) {
    parse_checked(&to_ron(p).unwrap()).unwrap()
}

#[test]
fn a_sound_project_has_no_problems() {
    let (p, problems) = reload(&sample_project());
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(p, sample_project());
}

#[test]
fn shifted_offsets_are_found_again_by_quote_and_context() {
    let mut p = sample_project();
    let id = claim_with(&p, "“They violated");
    let mut c = p.claims.get(id).cloned().unwrap();
    c.start += 7;
    c.end += 7;
    p.claims.put(c);
    let (fixed, problems) = reload(&p);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].outcome, Outcome::Repaired);
    assert!(problems[0].message.contains("found again"), "{}", problems[0]);
    let c = fixed.claims.get(id).unwrap();
    assert_eq!(c, sample_project().claims.get(id).unwrap());
}

#[test]
fn a_quote_that_is_nowhere_becomes_an_orphan_not_a_guess() {
    let mut p = sample_project();
    let id = claim_with(&p, "“China continues");
    let mut c = p.claims.get(id).cloned().unwrap();
    c.quote = "China will never slow anything down".into();
    p.claims.put(c);
    let (fixed, problems) = reload(&p);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].outcome, Outcome::NeedsAttention);
    assert_eq!(problems[0].claim, Some(id));
    let c = fixed.claims.get(id).unwrap();
    assert!(c.orphaned);
    assert_eq!(c.quote, "China will never slow anything down", "the analyst's text is kept");
    assert!(fixed.events_of_claim(id).next().is_some(), "and so is its coding");
}

#[test]
fn offsets_outside_the_text_and_missing_articles_are_reported() {
    let mut p = sample_project();
    let a = claim_with(&p, "Beijing maintains");
    let mut c = p.claims.get(a).cloned().unwrap();
    c.start = 1_000_000;
    c.end = 1_000_010;
    p.claims.put(c);
    let b = claim_with(&p, "The S&P 500");
    let mut c = p.claims.get(b).cloned().unwrap();
    c.article = faultline::model::ArticleId::from_raw(0xdead);
    p.claims.put(c);
    let (fixed, problems) = reload(&p);
    // The first is found again by its quote; the second has no text to be found in.
    let ca = fixed.claims.get(a).unwrap();
    assert!(!ca.orphaned);
    let text = &fixed.articles.get(ca.article).unwrap().text;
    assert_eq!(slice_chars(text, ca.start, ca.end), Some(ca.quote.as_str()));
    assert!(fixed.claims.get(b).unwrap().orphaned);
    assert_eq!(problems.len(), 2, "{problems:#?}");
}

#[test]
fn missing_actors_tags_types_and_claims_keep_the_coding_with_placeholders() {
    let mut p = sample_project();
    let ghost = ActorId::from_raw(0xbeef);
    let id = claim_with(&p, "“They violated");
    let mut c = p.claims.get(id).cloned().unwrap();
    c.speaker = Some(ghost);
    p.claims.put(c);
    let mut e = p.events.iter().next().cloned().unwrap();
    e.evidence.push(ClaimId::from_raw(0x1234));
    e.kind = faultline::model::EventTypeId::from_raw(0x9999);
    p.events.put(e.clone());
    let (fixed, problems) = reload(&p);
    assert_eq!(fixed.actor_name(ghost), "Missing actor 000000000000beef");
    assert_eq!(fixed.claims.get(id).unwrap().speaker, Some(ghost));
    let fe = fixed.events.get(e.id).unwrap();
    assert!(!fe.evidence.contains(&ClaimId::from_raw(0x1234)));
    assert!(fixed.taxonomy.get(fe.kind).unwrap().name.starts_with("Missing type"));
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems.iter().all(|p| p.outcome == Outcome::Repaired));
}

#[test]
fn duplicate_ids_are_renumbered_and_both_records_kept() {
    let p = sample_project();
    let ron = to_ron(&p).unwrap();
    // Duplicate the first actor's entry in the file.
    let start = ron.find("\tactors: [\n").unwrap() + "\tactors: [\n".len();
    let end = start + ron[start..].find("\t\t),\n").unwrap() + "\t\t),\n".len();
    let damaged = format!("{}{}{}", &ron[..end], &ron[start..end], &ron[end..]);
    let (fixed, problems) = parse_checked(&damaged).unwrap();
    assert_eq!(fixed.actors.len(), p.actors.len() + 1);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].message.contains("two actors had the id"), "{}", problems[0]);
}

#[test]
fn check_lists_problems_and_exits_non_zero() {
    let mut p = sample_project();
    let id = claim_with(&p, "“China continues");
    let mut c = p.claims.get(id).cloned().unwrap();
    c.quote = "words that are not there".into();
    p.claims.put(c);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("damaged.ron");
    std::fs::write(&path, to_ron(&p).unwrap()).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_faultline"))
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("[needs attention] claim “words that are not there”"), "{stdout}");
    assert!(String::from_utf8(out.stderr).unwrap().contains("1 problem(s)"));
    // The file is only read.
    assert_eq!(std::fs::read_to_string(&path).unwrap(), to_ron(&p).unwrap());
}

#[test]
fn unknown_fields_are_listed_by_check_and_import_will_not_save_over_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.ron");
    let text = to_ron(&sample_project()).unwrap().replacen("\tname:", "\thighlight_style: \"bold\",\n\tname:", 1);
    std::fs::write(&path, &text).unwrap();
    let (ok, out, _) = faultline(&["check", path.to_str().unwrap()]);
    assert!(!ok);
    assert!(
        out.contains(
            "[would be lost by saving] the file has a field this version of Faultline does not know: `highlight_style`"
        ),
        "{out}"
    );

    let article = dir.path().join("a.txt");
    std::fs::write(&article, "A note\n\nMOFCOM said on Monday it would act.\n").unwrap();
    let (ok, _, err) = faultline(&["import", path.to_str().unwrap(), article.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("has 1 field(s) this version of Faultline does not know (highlight_style); saving would drop them, so nothing was saved"), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn import_lists_the_repairs_it_saves() {
    let mut p = sample_project();
    let id = claim_with(&p, "“China continues");
    let mut c = p.claims.get(id).cloned().unwrap();
    c.start += 3;
    c.end += 3;
    p.claims.put(c);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shifted.ron");
    std::fs::write(&path, to_ron(&p).unwrap()).unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "A note\n\nMOFCOM said on Monday it would act.\n").unwrap();
    let (ok, out, err) = faultline(&["import", path.to_str().unwrap(), article.to_str().unwrap()]);
    assert!(ok, "{err}");
    let repaired = out.lines().position(|l| l.contains("shifted.ron: [repaired]")).expect(&out);
    let saved = out.lines().position(|l| l.starts_with("saved ")).expect(&out);
    assert!(repaired < saved, "{out}");
    let (_, problems) = reload(&faultline::io::project_file::load(&path).unwrap());
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn an_event_dated_beyond_2999_is_flagged_and_series_refuses_the_span_with_advice() {
    let (ok, _, err) = faultline(&["date", "in 9999"]);
    assert!(!ok);
    assert!(err.contains("outside the years Faultline dates events in (1000 to 2999)"), "{err}");

    let mut p = sample_project();
    let mut e = p.events.iter().next().cloned().unwrap();
    e.date = faultline::model::FuzzyDate::year(2700).unwrap();
    p.events.put(e);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("far.ron");
    std::fs::write(&path, to_ron(&p).unwrap()).unwrap();
    let (ok, _, err) = faultline(&["series", path.to_str().unwrap(), "--bin", "day"]);
    assert!(!ok);
    assert!(err.contains("to 2700-12-31: about") && err.contains("daily bins, more than the 10000"), "{err}");
    let (ok, _, err) = faultline(&["chart", path.to_str().unwrap(), "--bin", "day", "-o", "/dev/null"]);
    assert!(!ok && err.contains("Use a longer --bin"), "{err}");
    let (ok, csv, err) = faultline(&["series", path.to_str().unwrap(), "--bin", "month"]);
    assert!(ok, "{err}");
    assert!(csv.lines().count() > 10_000 / 2, "every month from 2025 to 2700 is a row");
}

#[test]
fn a_damaged_hypotheses_matrix_keeps_every_rating_it_can_and_names_the_rest() {
    use faultline::model::{AchCell, Hypothesis, HypothesisId, Rating};
    let mut p = sample_project();
    let kept = claim_with(&p, "“They violated");
    let h = Hypothesis::new("Retaliation");
    let (h_id, lost_row) = (h.id, HypothesisId::random());
    p.hypotheses.put(h);
    let gone = ClaimId::random();
    p.ach_evidence = vec![gone];
    for (hypothesis, claim, rating) in [(h_id, kept, Rating::II), (lost_row, kept, Rating::C), (h_id, gone, Rating::I)]
    {
        p.ach_cells.put(AchCell { hypothesis, claim, rating, note: "why".into() });
    }
    let (fixed, problems) = reload(&p);
    assert_eq!(fixed.ach_evidence, vec![kept], "the missing claim's column goes, the rated claim becomes one");
    assert_eq!(fixed.ach_cells.len(), 2, "both ratings of the existing claim are kept");
    assert!(fixed.hypotheses.get(lost_row).unwrap().title.starts_with("Missing hypothesis"));
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 4, "{text:#?}");
    assert!(text.iter().any(|t| t.contains("rating I (note: “why”) of missing claim")), "{text:#?}");
    assert!(problems.iter().all(|p| p.outcome == Outcome::Repaired));
}

#[test]
fn links_to_missing_or_the_same_claims_are_taken_off_and_twin_outlet_names_flagged() {
    use faultline::model::{ClaimLink, LinkKind, Outlet, Reliability};
    let mut p = sample_project();
    let a = claim_with(&p, "“They violated");
    let b = claim_with(&p, "“China continues");
    let kept = ClaimLink::new(a, b, LinkKind::Contradicts);
    p.claim_links.put(kept.clone());
    p.claim_links.put(ClaimLink::new(b, a, LinkKind::Corroborates));
    p.claim_links.put(ClaimLink::new(a, a, LinkKind::SameAs));
    p.claim_links.put(ClaimLink::new(a, ClaimId::random(), LinkKind::SameAs));
    p.outlets.put(Outlet::new("Reuters", Reliability::B));
    let mut twin = Outlet::new("Reuters wire", Reliability::D);
    twin.aliases.push("REUTERS".into());
    p.outlets.put(twin);

    let (fixed, problems) = reload(&p);
    let messages: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 4, "{messages:#?}");
    assert!(messages[0].contains("“corroborates” link repeated two claims already linked"), "{messages:#?}");
    assert!(messages[1].contains("joined a claim to itself"), "{messages:#?}");
    assert!(messages[2].contains("joined a claim that does not exist"), "{messages:#?}");
    assert!(messages[3].contains("Reuters and Reuters wire both answer to “REUTERS”"), "{messages:#?}");
    assert_eq!(problems[3].outcome, Outcome::NeedsAttention);
    assert_eq!(fixed.claim_links.iter().collect::<Vec<_>>(), [&kept]);
    assert_eq!(fixed.outlets.len(), 2, "both outlets are kept for the analyst to settle");
}

#[test]
fn a_period_for_a_missing_side_keeps_its_role_a_cycle_is_broken_and_two_sides_at_once_are_flagged() {
    use faultline::model::Affiliation;
    use jiff::civil::date;
    let mut p = sample_project();
    let (us, cn) = (p.find_actor("United States").unwrap().id, p.find_actor("China").unwrap().id);
    let mut greer = p.find_actor("Greer").unwrap().clone();
    let missing = ActorId::random();
    greer.affiliations = vec![
        Affiliation { acts_for: Some(missing), role: "adviser".into(), from: None, to: Some(date(2025, 2, 25)) },
        Affiliation { acts_for: Some(us), role: "USTR".into(), from: Some(date(2025, 2, 26)), to: None },
        Affiliation {
            acts_for: Some(cn),
            role: String::new(),
            from: Some(date(2025, 6, 1)),
            to: Some(date(2025, 6, 30)),
        },
    ];
    let greer_id = greer.id;
    p.actors.put(greer);
    let mut us_actor = p.actors.get(us).unwrap().clone();
    us_actor.affiliations = vec![Affiliation::always(greer_id)];
    p.actors.put(us_actor);
    let (fixed, problems) = reload(&p);
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let greer = fixed.actors.get(greer_id).unwrap();
    assert_eq!(greer.affiliations[0].acts_for, None, "{text:?}");
    assert_eq!(greer.affiliations[0].role, "adviser", "the role and dates are kept");
    assert!(text.iter().any(|t| t.contains("does not exist")), "{text:?}");
    assert!(text.iter().any(|t| t.contains("made a cycle")), "{text:?}");
    assert_eq!(fixed.acts_for_at(greer_id, Some(date(2025, 3, 1))), Some(us), "the side on a day without a clash");
    let clash = problems.iter().find(|x| x.message.contains("at the same time")).expect("the clash is flagged");
    assert_eq!(clash.outcome, Outcome::NeedsAttention);
    assert!(
        clash.message.contains("United States (from 2025-02-26)")
            && clash.message.contains("China (2025-06-01 to 2025-06-30)"),
        "{}",
        clash.message
    );
}

#[test]
fn outlets_named_alike_as_articles_find_them_are_flagged_even_in_another_width_or_under_one_name() {
    use faultline::model::{Outlet, Reliability};
    let mut p = sample_project();
    p.outlets.put(Outlet::new("AP", Reliability::A));
    p.outlets.put(Outlet::new("AP", Reliability::C));
    p.outlets.put(Outlet::new("Kyodo", Reliability::B));
    p.outlets.put(Outlet::new("ＫＹＯＤＯ", Reliability::D));

    let (_, problems) = reload(&p);
    let messages: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(problems.len(), 2, "{messages:#?}");
    assert!(messages[0].contains("the outlets AP and AP both answer to “AP”"), "{messages:#?}");
    assert!(messages[1].contains("the outlets Kyodo and ＫＹＯＤＯ both answer to “ＫＹＯＤＯ”"), "{messages:#?}");
}
