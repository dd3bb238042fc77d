//! Importing many files at once reads them off the UI thread, shows its progress, and adds
//! them as one undoable import; it can be cancelled.

use std::path::PathBuf;

use crate::support::workbench_drawing_any_text;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::generate::saved_page;
use faultline::ui::{Action, FaultlineApp};

/// The generated pages have CJK words this machine may have no font for: drawn as boxes.
fn harness() -> Harness<'static, FaultlineApp> {
    workbench_drawing_any_text(1440.0, 900.0, None)
}

/// Writes `n` saved news pages of about `chars` characters each.
fn pages(dir: &std::path::Path, n: usize, chars: usize) -> Vec<PathBuf> {
    (0..n)
        .map(|i| {
            let path = dir.join(format!("page-{i:03}.html"));
            std::fs::write(&path, saved_page(9, i, chars)).unwrap();
            path
        })
        .collect()
}

#[test]
fn importing_many_pages_shows_progress_and_adds_them_as_one_import() {
    let dir = tempfile::tempdir().unwrap();
    let paths = pages(dir.path(), 60, 4_000);
    let mut h = harness();
    h.run();
    let before = h.state().document().project().articles.len();
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, Action::ImportPaths(paths));
    assert!(h.state().is_importing());

    let mut progress_seen = false;
    for _ in 0..15_000 {
        if !h.state().is_importing() {
            break;
        }
        h.step();
        progress_seen |= h.query_by_label_contains(" of 60: page-").is_some();
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    assert!(!h.state().is_importing(), "the import did not finish");
    assert!(progress_seen, "the progress window showed which file was being read");
    h.run();
    let p = h.state().document().project();
    assert_eq!(p.articles.len(), before + 60);
    assert_eq!(h.state().document().undo_label(), Some("import 60 articles"));
    assert_eq!(h.state().status(), Some("Imported 60 article(s)"));
    assert!(h.query_by_label_contains("Importing ").is_none(), "the progress window is gone");

    // The import's report lists each page; it is closed before going on.
    h.get_by_label_contains("page-059.html: text from Readability; published");
    h.get_by_role_and_label(Role::Button, "OK").click_accesskit();
    h.run();
    assert!(h.query_by_label_contains("page-059.html: text from").is_none(), "the report is closed");

    // One undo takes the whole import back.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().project().articles.len(), before);
}

#[test]
fn a_cancelled_import_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let paths = pages(dir.path(), 300, 20_000);
    let mut h = harness();
    h.run();
    let before = h.state().document().project().clone();
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, Action::ImportPaths(paths));
    // A new window takes a frame to size itself before it can be clicked.
    for _ in 0..10 {
        if h.query_by_role_and_label(Role::Button, "Cancel").is_some() {
            break;
        }
        h.step();
    }
    h.get_by_role_and_label(Role::Button, "Cancel").click();
    h.step();
    assert!(!h.state().is_importing());
    h.run();
    assert_eq!(h.state().document().project(), &before);
    assert_eq!(h.state().status(), Some("Import cancelled: nothing was added"));
}
