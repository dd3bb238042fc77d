//! Never losing work, through the real app: outside changes to the file are noticed before
//! saving over them, the previous version is kept as .bak, and a recovery copy written while
//! there were unsaved changes is offered back after a crash.

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::edit::{Edit, Op, Record};
use faultline::io::project_file;
use faultline::sample::sample_project;
use faultline::ui::{Action, FaultlineApp};

fn open(path: &Path) -> Harness<'static, FaultlineApp> {
    let path = path.to_owned();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(move |cc| FaultlineApp::new(cc, Some(path.clone())));
    h.run();
    h
}

fn act(h: &mut Harness<'static, FaultlineApp>, action: Action) {
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, action);
    h.run();
}

/// Renames the project: a small edit through the edit path.
fn rename(h: &mut Harness<'static, FaultlineApp>, name: &str) {
    act(h, Action::Apply(Edit::one("rename project", Op::SetName(name.into()))));
}

fn step_until(h: &mut Harness<'static, FaultlineApp>, what: &str, done: impl Fn(&FaultlineApp) -> bool) {
    for _ in 0..500 {
        if done(h.state()) {
            h.run();
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
        h.step();
    }
    panic!("{what} did not happen in 5 seconds");
}

fn saved_copy(dir: &Path) -> PathBuf {
    let path = dir.join("project.ron");
    project_file::save(&sample_project(), &path).unwrap();
    path
}

#[test]
fn an_outside_change_is_noticed_before_saving_and_the_old_version_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_copy(dir.path());
    let mut h = open(&path);
    rename(&mut h, "Renamed here");

    // Another program changes the file.
    let mut outside = std::fs::read_to_string(&path).unwrap();
    outside.push_str("// edited elsewhere\n");
    std::fs::write(&path, &outside).unwrap();

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.get_by_label("The file changed on disk");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), outside, "nothing written before the analyst decides");
    h.get_by_role_and_label(Role::Button, "Overwrite").click();
    h.run();
    step_until(&mut h, "the save", |app| !app.is_saving() && !app.document().is_dirty());
    assert_eq!(project_file::load(&path).unwrap().name, "Renamed here");
    let bak = project_file::backup_path(&path);
    assert_eq!(std::fs::read_to_string(bak).unwrap(), outside, "the previous version is kept as .bak");
}

#[test]
fn unsaved_work_is_offered_back_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_copy(dir.path());
    let recovery = faultline::io::recovery::recovery_path(&path);
    {
        let mut h = open(&path);
        h.state_mut().set_autosave_interval(Duration::ZERO);
        let article = h.state().document().project().articles.iter().next().unwrap().clone();
        let mut edited = article.clone();
        edited.notes = "Checked against the MOFCOM transcript.".into();
        let ctx = h.ctx.clone();
        h.state_mut().act(&ctx, Action::Apply(Edit::one("edit article details", Op::Put(Record::Article(edited)))));
        // With no interval the app keeps repainting to autosave: step frames by hand.
        for _ in 0..500 {
            h.step();
            if recovery.is_file() {
                break;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        // The harness is dropped here without a clean exit: a crash.
    }
    assert!(recovery.is_file());

    let mut h = open(&path);
    h.get_by_label("Restore unsaved work?");
    h.get_by_label_contains("2 articles, 24 claims");
    h.get_by_role_and_label(Role::Button, "Restore").click();
    h.run();
    let doc = h.state().document();
    let notes = &doc.project().articles.iter().next().unwrap().notes;
    assert_eq!(notes, "Checked against the MOFCOM transcript.");
    assert!(doc.is_dirty(), "restored work still needs saving");
    assert_eq!(doc.path(), Some(path.as_path()));
    assert_eq!(project_file::load(&path).unwrap(), sample_project(), "the saved file is untouched");

    // Saving it makes the recovery copy unnecessary.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    step_until(&mut h, "the save", |app| !app.is_saving() && !app.document().is_dirty());
    assert!(!recovery.is_file());
}

#[test]
fn a_recovery_copy_can_be_discarded() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_copy(dir.path());
    let recovery = faultline::io::recovery::recovery_path(&path);
    let mut changed = sample_project();
    changed.name = "Changed".into();
    faultline::io::recovery::write(&changed, &recovery).unwrap();
    let mut h = open(&path);
    h.get_by_role_and_label(Role::Button, "Discard it").click();
    h.run();
    assert!(!recovery.is_file());
    assert_eq!(h.state().document().project(), &sample_project());
    assert!(!h.state().document().is_dirty());
}
