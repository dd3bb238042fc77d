//! Search as a new analyst meets it: Ctrl+Shift+F, type a phrase, see every hit grouped by
//! article, open one in the reader, make claims of two hits, undo.

use crate::support::{step_until, workbench};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::ui::FaultlineApp;

const FIRST: &str = "US-China Trade Tensions Escalate: Truce Crumbles Over Rare Earths";
const SECOND: &str = "Trump hints at direct talks with Xi to resolve China’s delay in rare earth export licenses";

fn harness() -> Harness<'static, FaultlineApp> {
    workbench(1440.0, 900.0, None)
}

/// Searches run in the background (and plain text waits for typing to pause): step frames
/// until the status bar reports the results.
fn wait_for_status(h: &mut Harness<'static, FaultlineApp>, contains: &str) {
    let what = format!("a status containing {contains:?}");
    step_until(h, &what, |h| h.state().status().is_some_and(|s| s.contains(contains)));
}

fn click(h: &mut Harness<'static, FaultlineApp>, role: Role, label: &str) {
    h.get_by_role_and_label(role, label).click();
    h.run();
}

#[test]
fn find_a_phrase_open_a_hit_and_make_claims_of_two_hits() {
    let mut h = harness();
    h.run();
    let claims = |h: &Harness<'static, FaultlineApp>| h.state().document().project().claims.len();
    assert_eq!(claims(&h), 24);

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    h.run();
    assert!(h.get_by_role_and_label(Role::TextInput, "Find").is_focused(), "the shortcut focuses the query");
    // Typed straight away, into whatever has the keyboard: the query field.
    h.event(egui::Event::Text("rare earth".into()));
    wait_for_status(&mut h, "14 hits in 2 articles");
    h.get_by_label(&format!("{FIRST} (5)"));
    h.get_by_label(&format!("{SECOND} (9)"));

    // The fourth lowercase hit is the second article's first (its title, at char 64).
    let second = h.state().document().project().articles.ids().nth(1).unwrap();
    h.get_all_by_label("rare earth").nth(3).unwrap().click();
    h.run();
    assert_eq!(h.state().selection().article, Some(second));
    let range = h.state().pending_selection().unwrap();
    assert_eq!((range.article, range.start, range.end), (second, 64, 74));
    h.get_by_label("Selected: “rare earth”");

    click(&mut h, Role::CheckBox, "1");
    click(&mut h, Role::CheckBox, "2");
    h.get_by_role_and_label(Role::ComboBox, "Tag for new claims").click();
    h.run();
    h.get_by_label("Accusation").click();
    h.run();
    click(&mut h, Role::Button, "Create claims from selected hits (2)");
    assert_eq!(claims(&h), 26);
    assert_eq!(h.state().status(), Some("Created 2 claims (0 already existed)"));
    let p = h.state().document().project();
    let accusation = p.tags.iter().find(|t| t.name == "Accusation").unwrap().id;
    let made: Vec<(usize, usize)> = p.claims.iter().skip(24).map(|c| (c.start, c.end)).collect();
    assert_eq!(made, [(54, 64), (1328, 1338)]);
    assert!(p.claims.iter().skip(24).all(|c| c.tags == [accusation]));

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(claims(&h), 24, "one undo takes both claims back");
}

#[test]
fn opening_another_project_searches_the_query_again_there_rather_than_showing_the_old_hits() {
    let mut h = harness();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    h.run();
    h.event(egui::Event::Text("rare earth".into()));
    wait_for_status(&mut h, "14 hits in 2 articles");
    h.get_by_label(&format!("{FIRST} (5)"));

    // The other project holds nothing to find: the old hits would make claims on its words.
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.ron");
    faultline::io::project_file::save(&faultline::model::Project::new("Other desk"), &other).unwrap();
    // Carried out directly: the search started meanwhile keeps the frames repainting.
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, faultline::ui::Action::OpenPath(other));
    wait_for_status(&mut h, "“rare earth”: 0 hits in 0 articles");
    assert!(h.query_by_label_contains(FIRST).is_none(), "the closed project's hits are gone");
    assert!(h.query_by_label_contains("Create claims from selected hits").is_none());
}

#[test]
fn a_bad_regular_expression_is_reported_in_the_pane() {
    let mut h = harness();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    h.run();
    click(&mut h, Role::Button, "Regex");
    h.get_by_role_and_label(Role::TextInput, "Find").focus();
    h.run();
    h.event(egui::Event::Text("(rare".into()));
    h.run();
    h.key_press(Key::Enter);
    step_until(&mut h, "an error shown for a bad regular expression", |h| {
        h.query_by_label_contains("not a valid regular expression").is_some()
    });
}

#[test]
fn the_command_palette_finds_a_command_by_a_few_letters_and_enter_runs_it() {
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_eframe(|cc| faultline::ui::FaultlineApp::new(cc, None));
    h.run();
    for (modifiers, key) in
        [(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::P), (egui::Modifiers::COMMAND, egui::Key::K)]
    {
        h.key_press_modifiers(modifiers, key);
        h.run();
        h.get_by_label("Commands");
        // Every command is listed with what it does.
        h.get_by_label("Rename the project or edit its description");
        h.key_press(egui::Key::Escape);
        h.run();
        assert!(h.query_by_label("Commands").is_none(), "Escape closes the palette");
    }
    crate::support::run_from_palette(&mut h, "paste");
    assert!(h.query_by_label("Commands").is_none());
    h.get_by_label("Article text (the first line becomes the title)");
}
