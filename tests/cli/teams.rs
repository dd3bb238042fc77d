//! Two analysts on one project: `faultline merge` as git's merge driver in a real repository,
//! and `faultline agree` on the command line.

use std::path::Path;
use std::process::{Command, Output};

use crate::support::workbench;
use faultline::edit::{Document, Edit, Op, Record, builders};
use faultline::io::project_file;
use faultline::model::{Actor, ArticleId, Project};
use faultline::sample::sample_project;

fn faultline(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_faultline")).current_dir(dir).args(args).output().unwrap()
}

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Analyst", "-c", "user.email=analyst@example.org"])
        .args(args)
        .output()
        .unwrap()
}

fn ok(out: Output) -> String {
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The sample as one analyst left it: an article imported, one claim retagged, the first
/// actor renamed.
fn analyst(base: &Project, article_title: &str, claim: usize, tag: usize, actor_name: &str) -> (Project, ArticleId) {
    let mut doc = Document::new(base.clone(), None);
    let article = faultline::io::import::text::parse_article(
        &format!("{article_title}\n\n{article_title}: officials met in Geneva on Monday."),
        article_title,
    );
    let id = article.id;
    doc.apply(builders::add_article(article)).unwrap();
    let claim = base.claims.ids().nth(claim).unwrap();
    let tag = base.tags.ids().nth(tag).unwrap();
    doc.apply(builders::toggle_tag(doc.project(), claim, tag).unwrap()).unwrap();
    let actor = Actor { name: actor_name.into(), ..base.actors.iter().next().unwrap().clone() };
    doc.apply(Edit::one("rename", Op::Put(Record::Actor(actor)))).unwrap();
    (doc.project().clone(), id)
}

#[test]
fn two_branches_merge_with_the_driver_losing_nothing_and_keeping_the_one_conflict() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    ok(git(repo, &["init", "-q", "-b", "main"]));
    let setup = ok(faultline(repo, &["git-setup"]));
    assert!(setup.contains("merge=faultline"), "{setup}");
    let base = sample_project();
    let file = repo.join("project.ron");
    project_file::save(&base, &file).unwrap();
    std::fs::remove_file(project_file::backup_path(&file)).ok();
    ok(git(repo, &["add", "project.ron", ".gitattributes"]));
    ok(git(repo, &["commit", "-qm", "base"]));

    ok(git(repo, &["checkout", "-qb", "theirs"]));
    let (theirs, theirs_article) = analyst(&base, "Their article", 1, 4, "Their name");
    project_file::write_project(&theirs, &file).unwrap();
    ok(git(repo, &["commit", "-qam", "theirs"]));

    ok(git(repo, &["checkout", "-q", "main"]));
    let (ours, our_article) = analyst(&base, "Our article", 0, 3, "Our name");
    project_file::write_project(&ours, &file).unwrap();
    ok(git(repo, &["commit", "-qam", "ours"]));

    let merge = git(repo, &["merge", "--no-edit", "theirs"]);
    assert!(!merge.status.success(), "the renamed actor is a conflict git must stop for");
    let merged = project_file::load(&file).expect("the driver leaves a valid project");
    assert!(merged.articles.contains(our_article) && merged.articles.contains(theirs_article));
    let (c0, c1) = (base.claims.ids().next().unwrap(), base.claims.ids().nth(1).unwrap());
    assert!(merged.claims.get(c0).unwrap().tags.contains(&base.tags.ids().nth(3).unwrap()));
    assert!(merged.claims.get(c1).unwrap().tags.contains(&base.tags.ids().nth(4).unwrap()));
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(merged.conflicts[0].field, "name");
    assert_eq!(merged.actors.iter().next().unwrap().name, "Our name");
    assert!(merged.conflicts[0].theirs.contains("Their name"));
    ok(faultline(repo, &["check", "project.ron"]));
}

#[test]
fn merge_exits_zero_when_clean_one_with_conflicts_and_two_on_error() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base = sample_project();
    let (ours, _) = analyst(&base, "Ours", 0, 3, &base.actors.iter().next().unwrap().name);
    let (theirs, _) = analyst(&base, "Theirs", 1, 4, &base.actors.iter().next().unwrap().name);
    for (name, p) in [("base.ron", &base), ("ours.ron", &ours), ("theirs.ron", &theirs)] {
        project_file::write_project(p, &d.join(name)).unwrap();
    }
    let clean = faultline(d, &["merge", "base.ron", "ours.ron", "theirs.ron", "-o", "out.ron"]);
    assert_eq!(clean.status.code(), Some(0), "{}", String::from_utf8_lossy(&clean.stderr));
    assert_eq!(project_file::load(&d.join("out.ron")).unwrap().articles.len(), base.articles.len() + 2);

    let (renamed, _) = analyst(&base, "Renamed", 2, 5, "Someone else");
    project_file::write_project(&renamed, &d.join("renamed.ron")).unwrap();
    let (other, _) = analyst(&base, "Other", 3, 6, "Another name");
    project_file::write_project(&other, &d.join("other.ron")).unwrap();
    let conflicted = faultline(d, &["merge", "base.ron", "renamed.ron", "other.ron", "-o", "out.ron"]);
    assert_eq!(conflicted.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&conflicted.stdout).contains("conflict: actor"));
    assert!(project_file::load(&d.join("out.ron")).is_ok());

    let missing = faultline(d, &["merge", "base.ron", "ours.ron", "nowhere.ron", "-o", "out.ron"]);
    assert_eq!(missing.status.code(), Some(2));
    let over_base = faultline(d, &["merge", "base.ron", "ours.ron", "theirs.ron", "-o", "base.ron"]);
    assert_eq!(over_base.status.code(), Some(2), "the ancestor is never overwritten");

    // Merging over OURS while the workbench has it open is refused like any other writer.
    let before = std::fs::read(d.join("ours.ron")).unwrap();
    let held = faultline::io::lock::acquire(
        &d.join("ours.ron"),
        faultline::io::lock::Holder::Workbench,
        std::time::Duration::ZERO,
    )
    .unwrap();
    let locked = faultline(d, &["merge", "base.ron", "ours.ron", "theirs.ron", "-o", "ours.ron"]);
    assert_eq!(locked.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&locked.stderr).contains("open in the Faultline workbench"));
    assert_eq!(std::fs::read(d.join("ours.ron")).unwrap(), before, "ours is untouched");
    drop(held);
}

#[test]
fn agree_prints_the_figures_as_json_and_no_score_for_disjoint_work() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base = sample_project();
    project_file::write_project(&base, &d.join("a.ron")).unwrap();
    let json = ok(faultline(d, &["agree", "a.ron", "a.ron", "--json"]));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    for key in [
        "alpha_by_tag",
        "alpha_overall",
        "kappa_event_type",
        "kappa_direction",
        "date_agreement",
        "matched",
        "only_a",
        "only_b",
    ] {
        assert!(v.get(key).is_some(), "{key} missing from {json}");
    }
    assert_eq!(v["alpha_overall"], 1.0);

    let empty = Project::new("Someone else's");
    project_file::write_project(&empty, &d.join("b.ron")).unwrap();
    let text = ok(faultline(d, &["agree", "a.ron", "b.ron"]));
    assert!(text.contains("nothing to compare"), "{text}");
    assert!(text.contains("n/a"));
}

#[test]
fn a_merge_conflict_is_settled_in_the_workbench_as_one_undoable_edit() {
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let base = sample_project();
    let first = base.actors.iter().next().unwrap().id;
    let (ours, _) = analyst(&base, "Ours", 0, 3, "Our name");
    let (theirs, _) = analyst(&base, "Theirs", 1, 4, "Their name");
    for (name, p) in [("base.ron", &base), ("ours.ron", &ours), ("theirs.ron", &theirs)] {
        project_file::write_project(p, &d.join(name)).unwrap();
    }
    let merge = faultline(d, &["merge", "base.ron", "ours.ron", "theirs.ron", "-o", "ours.ron"]);
    assert_eq!(merge.status.code(), Some(1));

    let mut h = workbench(1280.0, 800.0, Some(&d.join("ours.ron")));
    h.run();
    h.get_by_label("Their name").hover();
    h.get_by_label("Use theirs").click();
    h.run();
    let p = h.state().document().project();
    assert_eq!(p.actors.get(first).unwrap().name, "Their name");
    assert!(p.conflicts.is_empty());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let p = h.state().document().project();
    assert_eq!(p.actors.get(first).unwrap().name, "Our name", "undo brings ours back");
    assert_eq!(p.conflicts.len(), 1, "and the conflict with it");
}
