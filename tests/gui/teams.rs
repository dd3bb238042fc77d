//! Two analysts on one corpus, driven through the real app: File ▸ Merge project… brings the
//! other analyst's copy in as one undoable edit and its conflicts are settled in the Merge
//! pane; the Compare pane shows how far they agree and takes the other analyst's claims in.

use crate::support::{step_until, workbench};
use egui::Modifiers;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::edit::{Document, Edit, Op, Record, builders};
use faultline::io::project_file;
use faultline::model::Project;
use faultline::sample::sample_project;
use faultline::ui::FaultlineApp;

fn harness() -> Harness<'static, FaultlineApp> {
    workbench(1440.0, 1700.0, None)
}

/// The sample project as the other analyst left it: a claim added, and an actor renamed when
/// `rename`.
fn their_copy(dir: &std::path::Path, rename: bool) -> (std::path::PathBuf, Project) {
    let mut doc = Document::new(sample_project(), None);
    if rename {
        let mut actor = doc.project().actors.iter().next().unwrap().clone();
        actor.name = "Renamed by the other analyst".into();
        doc.apply(Edit::one("rename", Op::Put(Record::Actor(actor)))).unwrap();
    }
    let article = doc.project().articles.ids().next().unwrap();
    doc.apply(builders::new_claim(doc.project(), article, 0, 25).unwrap().0).unwrap();
    let path = dir.join("theirs.ron");
    project_file::write_project(doc.project(), &path).unwrap();
    (path, doc.project().clone())
}

/// Scrolls a button into view (the lower panes are short) and clicks it. The frames after
/// may keep repainting (a spinner while figures are worked out): `wait_for` what should show.
fn press(h: &mut Harness<'static, FaultlineApp>, label: &str) {
    h.get_by_role_and_label(Role::Button, label).scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::Button, label).click();
    h.run_steps(3);
}

/// Steps frames until a label holding `text` shows (figures are worked out in the background).
fn wait_for(h: &mut Harness<'static, FaultlineApp>, text: &str) {
    step_until(h, &format!("“{text}” to show"), |h| h.query_by_label_contains(text).is_some());
    h.run_ok();
}

/// Clicks File ▸ `item` and types `path` into the pane's "Their project file" field (the
/// command puts the keyboard there).
fn fill_in_from_file_menu(h: &mut Harness<'static, FaultlineApp>, item: &str, path: &std::path::Path) {
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains(item).click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "Their project file").type_text(path.to_str().unwrap());
    h.run();
}

/// `fill_in_from_file_menu`, then presses `button`.
fn from_file_menu(h: &mut Harness<'static, FaultlineApp>, item: &str, path: &std::path::Path, button: &str) {
    fill_in_from_file_menu(h, item, path);
    press(h, button);
}

/// File ▸ Merge project… on `path`, waiting until the merge, which runs off the UI thread, lands.
fn merge_from_file_menu(h: &mut Harness<'static, FaultlineApp>, path: &std::path::Path) {
    from_file_menu(h, "Merge project…", path, "Merge into this project");
    step_until(h, "the merge to finish", |h| h.query_by_label_contains("Merging ").is_none());
}

/// Each test starts from the sample project with a scratch folder.
fn start() -> (Harness<'static, FaultlineApp>, Project, tempfile::TempDir) {
    let mut h = harness();
    h.run();
    let before = h.state().document().project().clone();
    (h, before, tempfile::tempdir().unwrap())
}

#[test]
fn file_merge_project_brings_the_other_copy_in_and_a_conflict_is_settled_then_undone() {
    let (mut h, before, dir) = start();
    let (path, theirs) = their_copy(dir.path(), true);
    merge_from_file_menu(&mut h, &path);

    let p = h.state().document().project().clone();
    assert_eq!(p.claims.len(), before.claims.len() + 1, "their new claim came in");
    assert_eq!(p.conflicts.len(), 1, "the renamed actor: {:?}", p.conflicts);
    assert!(h.state().status().unwrap().contains("1 conflict"), "{:?}", h.state().status());
    h.get_by_label_contains("Renamed by the other analyst");
    h.get_by_label("Which claim records").click();
    h.run();
    assert!(h.query_by_label_contains("added: ").is_some(), "their new claim is named");
    press(&mut h, "Use theirs");
    let renamed = theirs.actors.iter().next().unwrap();
    let p = h.state().document().project();
    assert_eq!(p.actors.get(renamed.id).unwrap().name, renamed.name);
    assert!(p.conflicts.is_empty());

    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().project().conflicts.len(), 1, "undo brings the conflict back");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().project(), &before, "undo takes the whole merge back");
}

#[test]
fn a_conflict_with_a_field_left_empty_on_one_side_says_empty_rather_than_showing_a_blank() {
    let (mut h, before, dir) = start();
    // Their copy is the sample as shipped, its first article naming no outlet; ours names one.
    let path = dir.path().join("theirs.ron");
    project_file::write_project(&before, &path).unwrap();
    let mut ours = before.articles.iter().next().unwrap().clone();
    assert!(ours.outlet.is_empty(), "the sample's first article names no outlet");
    ours.outlet = "Regional Digest".into();
    crate::support::act(&mut h, faultline::ui::Action::Apply(Edit::one("outlet", Op::Put(Record::Article(ours)))));
    merge_from_file_menu(&mut h, &path);
    assert_eq!(h.state().document().project().conflicts.len(), 1, "{:?}", h.state().document().project().conflicts);
    h.get_by_label("1 merge conflict");
    h.get_by_label("(empty)");
    press(&mut h, "Use theirs");
    assert_eq!(h.state().document().project().articles.iter().next().unwrap().outlet, "");
}

#[test]
fn a_merge_runs_behind_a_spinner_while_the_window_keeps_drawing_and_lands_as_one_edit() {
    let (mut h, before, dir) = start();
    let (path, _) = their_copy(dir.path(), false);
    fill_in_from_file_menu(&mut h, "Merge project…", &path);
    h.get_by_role_and_label(Role::Button, "Merge into this project").click();
    h.step();
    // The frame that started the merge drew the spinner instead of waiting for the result.
    h.get_by_label(&format!("Merging {}…", path.display()));
    assert_eq!(h.state().document().project(), &before, "nothing changes until the merge is done");
    step_until(&mut h, "the merge to finish", |h| h.query_by_label_contains("Merging ").is_none());
    assert_eq!(h.state().document().project().claims.len(), before.claims.len() + 1);
    assert_eq!(h.state().document().undo_label(), Some("merge theirs.ron"));
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().project(), &before, "one undo takes the whole merge back");
}

#[test]
fn a_merge_still_running_when_another_project_is_opened_is_not_merged_into_that_project() {
    let (mut h, _, dir) = start();
    let (path, _) = their_copy(dir.path(), false);
    // The project opened meanwhile is the sample too, so their claim would be new to it.
    let other = dir.path().join("other.ron");
    project_file::write_project(&sample_project(), &other).unwrap();
    fill_in_from_file_menu(&mut h, "Merge project…", &path);
    h.get_by_role_and_label(Role::Button, "Merge into this project").click();
    h.step();
    h.get_by_label(&format!("Merging {}…", path.display()));
    // No frame has taken the result in yet: the project is opened while the merge runs.
    crate::support::act(&mut h, faultline::ui::Action::OpenPath(other.clone()));
    step_until(&mut h, "the merge to finish", |h| h.query_by_label_contains("Merging ").is_none());
    let opened = project_file::load(&other).unwrap();
    assert_eq!(h.state().document().path(), Some(other.as_path()));
    assert_eq!(h.state().document().project(), &opened, "nothing was merged into the project opened");
    assert_eq!(h.state().document().undo_label(), None);
    let status = h.state().status().unwrap();
    assert!(status.starts_with("Nothing was merged") && status.contains("theirs.ron"), "{status}");
}

#[test]
fn merging_a_file_that_is_not_a_project_says_why_and_changes_nothing() {
    let (mut h, before, dir) = start();
    let path = dir.path().join("notes.ron");
    std::fs::write(&path, "Meeting notes, not a project").unwrap();
    merge_from_file_menu(&mut h, &path);
    assert!(h.state().status().unwrap().starts_with("Nothing was merged"), "{:?}", h.state().status());
    assert_eq!(h.query_all_by_label_contains("is not a").count(), 2, "the reason, in the pane and the status bar");
    assert_eq!(h.state().document().project(), &before);
}

#[test]
fn file_compare_coding_shows_the_figures_and_their_claim_is_taken_in_then_undone() {
    let (mut h, before, dir) = start();
    let (path, theirs) = their_copy(dir.path(), false);
    from_file_menu(&mut h, "Compare coding…", &path, "Compare the coding");
    wait_for(&mut h, "2 shared articles");
    h.get_by_label("Krippendorff's alpha (characters)");
    h.get_by_label("1 difference");

    // Clicking the passage shows it in the reader, marked on this project's copy.
    let new = theirs.claims.iter().find(|c| !before.claims.contains(c.id)).unwrap().clone();
    let link = format!("“{}”", new.quote);
    h.get_by_role_and_label(Role::Link, &link).scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::Link, &link).click();
    h.run();
    let shown = h.state().pending_selection().unwrap();
    assert_eq!((shown.article, shown.start, shown.end), (new.article, new.start, new.end));

    press(&mut h, "Take their claim");
    assert_eq!(h.state().document().project().claims.get(new.id), Some(&new));
    wait_for(&mut h, "0 differences");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(3);
    assert_eq!(h.state().document().project(), &before);
    wait_for(&mut h, "1 difference");
}

#[test]
fn their_event_type_and_date_are_taken_for_a_passage_both_coded_then_undone() {
    let (mut h, before, dir) = start();
    // They dated an event (one claim its evidence) otherwise and gave it another type.
    let mut theirs = before.clone();
    let mut event = theirs.events.iter().find(|e| e.evidence.len() == 1).unwrap().clone();
    let other_type = theirs.taxonomy.iter().find(|t| t.id != event.kind).unwrap().id;
    event.kind = other_type;
    event.date = faultline::model::FuzzyDate::day(jiff::civil::date(2025, 3, 4));
    theirs.events.put(event.clone());
    let path = dir.path().join("theirs.ron");
    project_file::write_project(&theirs, &path).unwrap();
    from_file_menu(&mut h, "Compare coding…", &path, "Compare the coding");
    wait_for(&mut h, "1 difference");
    h.get_by_label_contains("2025-03-04");

    press(&mut h, "Take their event");
    let taken = h.state().document().project().events.get(event.id).unwrap().clone();
    assert_eq!((taken.kind, &taken.date), (other_type, &event.date));
    assert_eq!(h.state().document().undo_label(), Some("take their event"));
    wait_for(&mut h, "0 differences");
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(3);
    assert_eq!(h.state().document().project(), &before);
    wait_for(&mut h, "1 difference");
}
