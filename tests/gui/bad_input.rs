//! Bad input met in the workbench, as an analyst would meet it: a binary file, an empty file
//! and a folder given to Import; a folder, an unreadable file and a deeply nested file given to
//! Open; an empty and a whole-text selection made a claim. Each gets a clear message, nothing
//! panics, and the open project is unchanged unless the edit is a real one.

use std::path::Path;

use crate::support::{act, workbench, write_file};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::ui::{Action, FaultlineApp, PendingSelection};

fn harness() -> Harness<'static, FaultlineApp> {
    let mut h = workbench(1280.0, 800.0, None);
    h.run();
    h
}

#[test]
fn unusable_files_given_to_import_are_refused_by_name_and_nothing_is_added() {
    let dir = tempfile::tempdir().unwrap();
    let binary = write_file(dir.path(), "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00");
    let empty = write_file(dir.path(), "empty.md", b"");
    let folder = dir.path().join("folder.html");
    std::fs::create_dir(&folder).unwrap();
    let mut h = harness();
    let before = h.state().document().project().clone();
    for path in [&binary, &empty, &folder] {
        act(&mut h, Action::ImportPaths(vec![path.clone()]));
        let msg = h.state().dialog_message().expect("a message").to_owned();
        assert!(msg.contains(&path.display().to_string()), "names the file: {msg}");
        h.get_by_label("Import");
        assert_eq!(h.state().document().project(), &before, "nothing added or changed for {msg}");
    }
    assert!(!h.state().document().is_dirty());
}

#[test]
fn a_folder_an_unreadable_or_deeply_nested_project_is_refused_and_the_open_one_kept() {
    let dir = tempfile::tempdir().unwrap();
    let nested = format!("(format: 2, name: \"x\", description: {}1{})", "[".repeat(50_000), "]".repeat(50_000));
    let nested = write_file(dir.path(), "nested.ron", nested.as_bytes());
    let missing = dir.path().join("gone.ron");
    let mut h = harness();
    let before = h.state().document().project().clone();
    let before_path = h.state().document().path().map(Path::to_owned);
    for (path, says) in [(dir.path().to_owned(), "is a folder"), (missing, "cannot open"), (nested, "line 1")] {
        act(&mut h, Action::OpenPath(path.clone()));
        let msg = h.state().dialog_message().expect("an error dialog").to_owned();
        assert!(msg.contains(says), "{}: {msg}", path.display());
        h.get_by_label("Cannot open the project");
        assert_eq!(h.state().document().project(), &before);
        assert_eq!(h.state().document().path().map(Path::to_owned), before_path);
    }
}

#[test]
fn an_empty_selection_is_refused_and_a_whole_text_selection_is_an_undoable_claim() {
    let mut h = harness();
    let article = h.state().selection().article.unwrap();
    let chars = h.state().document().project().articles.get(article).unwrap().text.chars().count();
    let claims = |h: &Harness<'static, FaultlineApp>| h.state().document().project().claims.len();
    let before = claims(&h);

    act(&mut h, Action::CreateClaim(PendingSelection { article, start: 40, end: 40 }));
    assert_eq!(claims(&h), before);
    let status = h.state().status().unwrap_or_default().to_owned();
    assert!(status.contains("empty"), "{status}");
    // Offsets past the end (a stale selection) get a message too, not a panic.
    act(&mut h, Action::CreateClaim(PendingSelection { article, start: chars + 5, end: chars + 9 }));
    assert_eq!(claims(&h), before);
    assert!(h.state().status().is_some_and(|s| s != status), "{:?}", h.state().status());

    act(&mut h, Action::CreateClaim(PendingSelection { article, start: 0, end: chars }));
    assert_eq!(claims(&h), before + 1, "the whole article can be one claim");
    let claim = h.state().selection().claim.unwrap();
    let c = h.state().document().project().claims.get(claim).unwrap().clone();
    assert_eq!(c.start, 0);
    assert!(c.end <= chars, "within the text, never past it");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(claims(&h), before);
}

/// Types `text` one key at a time, a frame after each key, as a person at a keyboard does.
fn type_slowly(h: &mut Harness<'static, FaultlineApp>, label: &str, text: &str) {
    let field = || egui::accesskit::Role::TextInput;
    h.get_by_role_and_label(field(), label).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    for c in text.chars() {
        h.get_by_role_and_label(field(), label).type_text(&c.to_string());
        h.run();
    }
}

#[test]
fn a_publication_date_typed_key_by_key_keeps_every_character_and_a_bad_one_keeps_the_old_date() {
    let mut h = harness();
    let article = h.state().selection().article.unwrap();
    let published = |h: &Harness<'static, FaultlineApp>| {
        h.state().document().project().articles.get(article).unwrap().published.map(|d| d.to_string())
    };
    let before = published(&h).expect("the sample article is dated");

    type_slowly(&mut h, "Published", "2017-01-13");
    assert_eq!(
        h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Published").value().as_deref(),
        Some("2017-01-13")
    );
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(published(&h).as_deref(), Some("2017-01-13"), "Enter keeps what was typed");

    // Something that is not a date is refused with a reason, and the stored date stays.
    type_slowly(&mut h, "Published", "13th of Jan");
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(published(&h).as_deref(), Some("2017-01-13"));
    h.get_by_label_contains("not a date");

    // Emptying the field clears the date as an edit of its own, which Undo takes back.
    type_slowly(&mut h, "Published", "");
    h.key_press(egui::Key::Backspace);
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(published(&h), None);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(published(&h).as_deref(), Some("2017-01-13"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(published(&h), Some(before));
}
