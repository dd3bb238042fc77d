//! Never losing work, through the real app: outside changes to the file are noticed before
//! saving over them, the previous version is kept as .bak, and a recovery copy written while
//! there were unsaved changes is offered back after a crash.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::support::{act, run_from_palette, step_until, workbench};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::edit::{Edit, Op, Record};
use faultline::io::project_file;
use faultline::sample::sample_project;
use faultline::ui::{Action, FaultlineApp};

fn open(path: &Path) -> Harness<'static, FaultlineApp> {
    let mut h = workbench(1280.0, 800.0, Some(path));
    h.run();
    h
}

/// Renames the project: a small edit through the edit path.
fn rename(h: &mut Harness<'static, FaultlineApp>, name: &str) {
    act(h, Action::Apply(Edit::one("rename project", Op::SetName(name.into()))));
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
    step_until(&mut h, "the save", |h| !h.state().is_saving() && !h.state().document().is_dirty());
    assert_eq!(project_file::load(&path).unwrap().name, "Renamed here");
    let bak = project_file::backup_path(&path);
    assert_eq!(std::fs::read_to_string(bak).unwrap(), outside, "the previous version is kept as .bak");
}

#[test]
fn a_save_still_being_written_when_another_project_is_opened_leaves_that_project_where_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let first = saved_copy(dir.path());
    let other = dir.path().join("other.ron");
    project_file::save(&sample_project(), &other).unwrap();
    let mut h = open(&first);
    rename(&mut h, "Saved before leaving");
    // Save, then open the other project before any frame takes the finished save in.
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, Action::Command(faultline::ui::Command::Save));
    h.state_mut().act(&ctx, Action::OpenPath(other.clone()));
    step_until(&mut h, "the save", |h| !h.state().is_saving());
    assert_eq!(project_file::load(&first).unwrap().name, "Saved before leaving", "the first project was saved");
    let doc = h.state().document();
    assert_eq!(doc.path(), Some(other.as_path()), "the open project still saves to its own file");
    assert!(!doc.is_dirty(), "and is not marked with the other project's state");
    assert!(h.state().status().unwrap().contains("closed meanwhile"), "{:?}", h.state().status());
}

#[test]
fn reloading_an_outside_change_drops_the_changes_made_here_and_reads_the_file_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_copy(dir.path());
    let mut h = open(&path);
    rename(&mut h, "Renamed here");
    let mut outside = sample_project();
    outside.name = "Renamed elsewhere".into();
    std::thread::sleep(Duration::from_millis(20));
    project_file::save(&outside, &path).unwrap();

    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    h.get_by_role_and_label(Role::Button, "Reload from disk").click();
    h.run();
    assert!(h.query_by_label("The file changed on disk").is_none(), "the dialog closed");
    assert_eq!(h.state().document().project().name, "Renamed elsewhere");
    assert!(!h.state().document().is_dirty());
    assert_eq!(project_file::load(&path).unwrap().name, "Renamed elsewhere", "nothing was written");
}

#[test]
fn saving_from_the_unsaved_changes_dialog_saves_and_then_goes_on_to_the_new_project() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_copy(dir.path());
    let mut h = open(&path);
    rename(&mut h, "Renamed here");
    act(&mut h, Action::Command(faultline::ui::Command::New));
    h.get_by_label("Unsaved changes");
    h.get_by_role_and_label(Role::Button, "Save").click();
    h.run();
    step_until(&mut h, "the save", |h| !h.state().is_saving() && !h.state().document().is_dirty());
    assert_eq!(project_file::load(&path).unwrap().name, "Renamed here");
    assert!(h.query_by_label("Unsaved changes").is_none(), "the first dialog closed");
    h.get_by_role_and_label(Role::Button, "Create project");
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
        for _ in 0..3000 {
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
    step_until(&mut h, "the save", |h| !h.state().is_saving() && !h.state().document().is_dirty());
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

#[test]
fn fixing_the_text_keeps_claims_on_their_words_and_undo_walks_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_copy(dir.path());
    let mut h = open(&path);
    let article = h.state().selection().article.unwrap();
    let title = h.state().document().project().articles.get(article).unwrap().title.clone();
    let before = h.state().document().project().clone();

    h.get_by_role_and_label(Role::Button, "Edit text").click();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, &title).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Home);
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, &title).type_text("Editor's note: corrected. ");
    h.run();
    h.get_by_role_and_label(Role::Button, "Apply text edit").click();
    h.run();

    let p = h.state().document().project();
    let text = &p.articles.get(article).unwrap().text;
    assert_ne!(text, &before.articles.get(article).unwrap().text, "the text changed");
    assert!(text.contains("Editor's note: corrected. "), "{text}");
    for c in p.claims_of(article) {
        assert!(!c.orphaned);
        assert_eq!(faultline::model::text::slice_chars(text, c.start, c.end), Some(c.quote.as_str()));
    }
    assert_eq!(h.state().status(), Some("Text edited; every claim stays on its words"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().project(), &before);
    assert_eq!(h.state().status(), Some("Undid: edit article text"));
}

#[test]
fn a_damaged_file_opens_with_its_problems_listed_and_orphans_can_be_reattached() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("damaged.ron");
    let mut p = sample_project();
    let id = p.claims.iter().find(|c| c.quote.starts_with("“China continues")).unwrap().id;
    let mut c = p.claims.get(id).cloned().unwrap();
    c.quote = "words no longer in the text".into();
    p.claims.put(c);
    std::fs::write(&path, project_file::to_ron(&p).unwrap()).unwrap();

    let mut h = open(&path);
    assert!(h.state().status().unwrap().contains("1 problem(s)"));
    h.get_by_label("Problems (1)").click();
    h.run();
    h.get_by_label("1 orphaned claim(s)");
    h.get_by_label("“words no longer in the text”");
    assert!(h.state().document().project().claims.get(id).unwrap().orphaned);

    // Select the words in the reader and re-attach the orphan there.
    let article = h.state().document().project().claims.get(id).unwrap().article;
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, Action::SelectArticle(article));
    let text = h.state().document().project().articles.get(article).unwrap().text.clone();
    let start = text[..text.find("“China continues").unwrap()].chars().count();
    h.state_mut().act(&ctx, Action::Select(faultline::ui::PendingSelection { article, start, end: start + 16 }));
    h.run();
    h.get_by_role_and_label(Role::Button, "Re-attach to selection").click();
    h.run();
    let c = h.state().document().project().claims.get(id).unwrap().clone();
    assert!(!c.orphaned);
    assert_eq!(c.quote, "“China continues");
    h.get_by_label("Problems");
}

#[test]
fn eras_and_event_types_are_edited_in_the_workbench_and_undone() {
    let dir = tempfile::tempdir().unwrap();
    let path = saved_copy(dir.path());
    let mut h = open(&path);
    h.get_by_label("Types & eras").click();
    h.run();
    h.get_by_role_and_label(Role::Button, "New era").scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::Button, "New era").click();
    h.run();
    assert_eq!(h.state().document().project().eras.len(), 3);
    assert_eq!(h.state().document().undo_label(), Some("new era"));
    h.get_by_role_and_label(Role::Button, "New event type").scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::Button, "New event type").click();
    h.run();
    assert_eq!(h.state().document().project().taxonomy.len(), 17);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().project(), &sample_project());
}

#[test]
fn the_open_project_is_locked_against_other_writers_and_saving_waits_for_theirs() {
    use faultline::io::lock::{Holder, acquire};
    let dir = tempfile::tempdir().unwrap();
    let path = saved_copy(dir.path());

    // Open in the workbench: a command-line import is told who holds it.
    let h = open(&path);
    let err = acquire(&path, Holder::Command("import"), Duration::ZERO).unwrap_err().to_string();
    assert!(err.contains("is open in the Faultline workbench"), "{err}");
    drop(h);

    // Held by a command when the workbench opens it: readable, but a save is refused by name.
    let import = acquire(&path, Holder::Command("import"), Duration::ZERO).unwrap();
    let mut h = open(&path);
    rename(&mut h, "Renamed here");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    let msg = h.state().dialog_message().expect("a refusal").to_owned();
    assert!(msg.contains("being changed by faultline import (process"), "{msg}");
    assert_eq!(project_file::load(&path).unwrap(), sample_project(), "nothing was written");

    // Once the command is done the save goes through.
    drop(import);
    h.get_by_role_and_label(Role::Button, "OK").click();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    h.run();
    step_until(&mut h, "the save", |h| !h.state().is_saving() && !h.state().document().is_dirty());
    assert_eq!(project_file::load(&path).unwrap().name, "Renamed here");
}

#[test]
fn an_act_coded_twice_is_listed_in_problems_and_merged_in_one_undoable_click() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("twice.ron");
    let mut p = sample_project();
    let original = p.events.iter().find(|e| e.date.is_exact_day()).cloned().unwrap();
    let spare = p.claims.iter().find(|c| p.events_of_claim(c.id).next().is_none()).unwrap().id;
    let mut again = original.clone();
    again.id = faultline::model::EventId::random();
    again.evidence = vec![spare];
    p.events.put(again.clone());
    project_file::save(&p, &path).unwrap();

    let mut h = open(&path);
    h.get_by_label("Problems (1)").click();
    h.run();
    h.get_by_label("1 possible duplicate act(s)");
    h.get_by_role_and_label(Role::Button, "Merge into the first").click();
    h.run();
    let merged = h.state().document().project();
    assert_eq!(merged.events.len(), p.events.len() - 1);
    let kept = merged.events.get(original.id).or_else(|| merged.events.get(again.id)).unwrap();
    for claim in original.evidence.iter().chain([&spare]) {
        assert!(kept.evidence.contains(claim), "evidence {claim:?} kept");
    }
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().project(), &p);
}

#[test]
fn the_theme_the_layout_reset_and_every_export_run_from_the_palette_as_from_the_menus() {
    let mut h = workbench(1280.0, 800.0, None);
    h.run();
    run_from_palette(&mut h, "dark theme");
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    run_from_palette(&mut h, "light theme");
    assert_eq!(h.ctx.theme(), egui::Theme::Light);

    // A maximised pane is restored by Reset layout, found by what it does.
    h.query_all_by_role_and_label(Role::Button, "Maximise").next().unwrap().click();
    h.run();
    h.get_by_role_and_label(Role::Button, "Restore");
    run_from_palette(&mut h, "reset layout");
    assert!(h.query_by_role_and_label(Role::Button, "Restore").is_none());

    run_from_palette(&mut h, "export html");
    h.get_by_label("HTML report (.html)");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    crate::support::type_into(&mut h, Role::MultilineTextInput, "File path", out.to_str().unwrap());
    h.get_by_role_and_label(Role::Button, "Export").click();
    h.run();
    assert!(std::fs::read_to_string(&out).unwrap().contains("<html"), "the HTML report was written");
}

#[test]
fn opening_an_older_format_says_it_is_upgraded_without_calling_it_a_problem() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.ron");
    let current = format!("format: {},", faultline::model::FORMAT_VERSION);
    let text = project_file::to_ron(&sample_project()).unwrap().replacen(&current, "format: 3,", 1);
    std::fs::write(&path, text).unwrap();
    let h = open(&path);
    let status = h.state().status().unwrap_or_default();
    let now = faultline::model::FORMAT_VERSION;
    assert!(
        status.starts_with(&format!("Opened {}: opened a format 3 file as format {now}", path.display())),
        "{status}"
    );
    assert!(!status.contains("problem"), "{status}");
    assert_eq!(h.state().document().project(), &sample_project(), "the data is as it was");
}

#[test]
fn the_theme_chosen_stays_chosen_when_another_project_is_opened() {
    let mut h = workbench(1280.0, 800.0, None);
    h.run();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.ron");
    faultline::io::project_file::save(&faultline::sample::sample_project(), &path).unwrap();
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Dark theme").click();
    h.run();
    act(&mut h, Action::OpenPath(path));
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);
    // The View menu still marks the choice, which is what is remembered for the next session.
    h.get_by_label("View").click();
    h.run();
    use egui_kittest::kittest::NodeT;
    let dark = h.get_by_label("Dark theme").accesskit_node().toggled();
    assert_eq!(dark, Some(egui::accesskit::Toggled::True), "Dark theme is still the one chosen");
    let system = h.get_by_label("Follow the system's theme").accesskit_node().toggled();
    assert_eq!(system, Some(egui::accesskit::Toggled::False));
}

#[test]
fn the_view_menu_switches_between_light_dark_and_the_systems_theme() {
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(|cc| faultline::ui::FaultlineApp::new(cc, None));
    h.run();
    for (choice, theme) in [("Light theme", egui::Theme::Light), ("Dark theme", egui::Theme::Dark)] {
        h.get_by_label("View").click();
        h.run();
        h.get_by_label(choice).click();
        h.run();
        assert_eq!(h.ctx.theme(), theme);
    }
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("Follow the system's theme").click();
    h.run();
    assert_eq!(h.ctx.options(|o| o.theme_preference), egui::ThemePreference::System);
}
