//! What the integration tests share: the workbench in a test window and the gestures that drive
//! it, the command line run as a user runs it, the sample project and fixtures, and an XML reader.
//! Each test binary uses only part of it, hence the `dead_code` allowance.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use egui::{Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::ui::{Action, FaultlineApp};
use quick_xml::events::Event;

/// The sample project as shipped, which the command-line tests read.
pub const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/projects/us-china-rare-earths-2025.ron");

/// A file under `tests/fixtures/`.
pub fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path)
}

/// Writes `bytes` as a file named `name` in `dir` (a test's temporary folder).
pub fn write_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// The workbench in a `width` × `height` window, opened as the app opens: on `project`, else on
/// the sample (tests have no remembered projects).
pub fn workbench(width: f32, height: f32, project: Option<&Path>) -> Harness<'static, FaultlineApp> {
    let project = project.map(Path::to_owned);
    Harness::builder().with_size(egui::vec2(width, height)).build_eframe(move |cc| FaultlineApp::new(cc, project))
}

/// The workbench on a copy of the hand-graded sample (`tests/fixtures/graded-sample.ron`: two
/// graded outlets, six claim credibilities, two links); the folder lives as long as the guard.
pub fn graded_workbench(width: f32, height: f32) -> (tempfile::TempDir, Harness<'static, FaultlineApp>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("graded.ron");
    std::fs::copy(fixture("graded-sample.ron"), &path).unwrap();
    let h = workbench(width, height, Some(&path));
    (dir, h)
}

/// As [`workbench`], for texts with characters the bundled fonts do not draw.
pub fn workbench_drawing_any_text(width: f32, height: f32, project: Option<&Path>) -> Harness<'static, FaultlineApp> {
    let project = project.map(Path::to_owned);
    Harness::builder()
        .with_size(egui::vec2(width, height))
        .allow_missing_glyphs()
        .build_eframe(move |cc| FaultlineApp::new(cc, project))
}

/// Opens the command palette, types `query` key by key and runs the best match with Enter.
pub fn run_from_palette(h: &mut Harness<'static, FaultlineApp>, query: &str) {
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::K);
    h.run();
    for c in query.chars() {
        h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Find a command").type_text(&c.to_string());
        h.run();
    }
    h.key_press(egui::Key::Enter);
    h.run();
}

/// Carries out an action as the frame loop would, then lets the workbench settle.
pub fn act(h: &mut Harness<'static, FaultlineApp>, action: Action) {
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, action);
    h.run();
}

/// A mouse drag with the primary button, in small steps as a hand moves.
pub fn drag(h: &mut Harness<'static, FaultlineApp>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.step();
    h.drag_at(from);
    h.step();
    for i in 1..=4 {
        h.hover_at(from + (to - from) * (i as f32 / 4.0));
        h.step();
    }
    h.event(egui::Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.step();
    h.run();
}

/// A click of the primary button at a point on the screen.
pub fn click_at(h: &mut Harness<'static, FaultlineApp>, pos: Pos2) {
    h.hover_at(pos);
    h.step();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
    h.run();
}

/// Steps frames until `done` holds (a job off the UI thread has finished, say), then lets the
/// workbench settle; fails the test, naming `what`, after thirty seconds (generous: the tests of a
/// binary run side by side, and on a loaded two-core machine a background job can take a while).
pub fn step_until(
    h: &mut Harness<'static, FaultlineApp>,
    what: &str,
    done: impl Fn(&Harness<'static, FaultlineApp>) -> bool,
) {
    for _ in 0..3000 {
        if done(h) {
            h.run();
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        h.step();
    }
    panic!("{what} did not happen in 30 seconds");
}

/// Focuses the widget with this role and label and types `text` into it.
pub fn type_into(h: &mut Harness<'static, FaultlineApp>, role: egui::accesskit::Role, label: &str, text: &str) {
    h.get_by_role_and_label(role, label).focus();
    h.run();
    h.get_by_role_and_label(role, label).type_text(text);
    h.run();
}

/// Runs the `faultline` command: whether it succeeded, its output and its error output.
pub fn faultline(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_faultline")).args(args).output().unwrap();
    (out.status.success(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// An element's local name and attributes.
pub type Element = (String, HashMap<String, String>);

/// Every element with its attributes, and all the text (a line per text node), of a document
/// that must be well-formed XML.
pub fn xml(source: &str) -> (Vec<Element>, String) {
    let mut reader = quick_xml::Reader::from_str(source);
    let (mut elements, mut text) = (Vec::new(), String::new());
    loop {
        match reader.read_event().unwrap_or_else(|e| panic!("not well-formed XML: {e}")) {
            Event::Start(e) | Event::Empty(e) => {
                let attrs = e
                    .attributes()
                    .map(|a| {
                        let a = a.unwrap();
                        let value = a.normalized_value(quick_xml::XmlVersion::Implicit1_0).unwrap().into_owned();
                        (String::from_utf8_lossy(a.key.as_ref().as_bytes()).into_owned(), value)
                    })
                    .collect();
                elements.push((String::from_utf8_lossy(e.local_name().as_ref().as_bytes()).into_owned(), attrs));
            }
            Event::Text(t) => {
                text.push_str(t.as_ref());
                text.push('\n');
            }
            Event::GeneralRef(r) => text.push_str(&format!("&{};", AsRef::<str>::as_ref(&r))),
            Event::Eof => return (elements, text),
            _ => {}
        }
    }
}
