//! The Actors pane as an analyst uses it: give a minister dated periods (acts for, role, from,
//! to), a Wikidata item shown as a link, an alias its language, find actors by name, ignore
//! diacritics, and merge an actor entered twice; each one undoable edit on the project.

use crate::support::{step_until, workbench};
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::io::project_file;
use faultline::model::{Actor, ActorKind, Colour, Project};
use faultline::sample::sample_project;
use faultline::ui::FaultlineApp;
use jiff::civil::date;

/// The workbench on `p` (saved first, as an analyst opens a project), on the Actors tab.
fn harness(p: Project) -> (Harness<'static, FaultlineApp>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("actors.ron");
    project_file::save(&p, &path).unwrap();
    let mut h = workbench(1440.0, 1000.0, Some(&path));
    h.run();
    h.get_by_label("Actors").click();
    h.run();
    (h, dir)
}

fn click(h: &mut Harness<'static, FaultlineApp>, role: Role, label: &str) {
    h.get_by_role_and_label(role, label).scroll_to_me();
    h.run();
    h.get_by_role_and_label(role, label).click();
    h.run();
}

/// Opens a combo box and picks an option (the last widget of that name: the list behind the
/// popup names the same actors).
fn pick(h: &mut Harness<'static, FaultlineApp>, combo: &str, option: &str) {
    click(h, Role::ComboBox, combo);
    h.get_all_by_label(option).last().unwrap().scroll_to_me();
    h.run();
    h.get_all_by_label(option).last().unwrap().click();
    h.run();
}

/// Types into a field and leaves it with Tab, which commits it.
fn fill(h: &mut Harness<'static, FaultlineApp>, label: &str, text: &str) {
    h.get_by_role_and_label(Role::TextInput, label).scroll_to_me();
    h.run();
    h.get_by_role_and_label(Role::TextInput, label).focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, label).type_text(text);
    h.run();
    h.key_press(Key::Tab);
    h.run();
}

/// The sample with a second entry for China, under another name and alias.
fn with_twin(name: &str, alias: &str) -> Project {
    let mut p = sample_project();
    let mut twin = Actor::new(name, ActorKind::State, Colour::palette(9));
    twin.aliases = vec![alias.into()];
    p.actors.put(twin);
    p
}

fn actor(h: &Harness<'static, FaultlineApp>, name: &str) -> Actor {
    h.state().document().project().actors.iter().find(|a| a.name == name).unwrap().clone()
}

#[test]
fn a_minister_gets_a_dated_period_for_each_government_and_undo_takes_it_back() {
    let (mut h, _dir) = harness(sample_project());
    h.get_by_label("Dennis Wilder").click();
    h.run();
    h.get_by_label("Acts for, by period");
    // Wilder acts for no one yet: a first period, for the United States, until April 2025.
    click(&mut h, Role::Button, "Add period");
    pick(&mut h, "Acts for, period 1", "United States");
    assert_eq!(
        h.state().document().project().acts_for_at(actor(&h, "Dennis Wilder").id, None),
        Some(actor(&h, "United States").id)
    );
    fill(&mut h, "Role, period 1", "adviser");
    fill(&mut h, "To, period 1", "April 2025");
    // The next period starts the day after: picking its side is at once a valid change.
    click(&mut h, Role::Button, "Add period");
    pick(&mut h, "Acts for, period 2", "China");
    let wilder = actor(&h, "Dennis Wilder");
    assert_eq!(wilder.affiliations.len(), 2, "{:?}", wilder.affiliations);
    assert_eq!(wilder.affiliations[0].role, "adviser");
    assert_eq!(wilder.affiliations[0].to, Some(date(2025, 4, 30)), "“to April 2025” ends on its last day");
    assert_eq!(wilder.affiliations[1].from, Some(date(2025, 5, 1)));
    let p = h.state().document().project();
    assert_eq!(p.acts_for_at(wilder.id, Some(date(2025, 4, 30))), Some(actor(&h, "United States").id));
    assert_eq!(p.acts_for_at(wilder.id, Some(date(2025, 5, 1))), Some(actor(&h, "China").id));
    assert_eq!(h.state().document().undo_label(), Some("set periods of Dennis Wilder"));
    // Removing a period is one undoable edit too.
    click(&mut h, Role::Button, "Remove period 1");
    assert_eq!(actor(&h, "Dennis Wilder").affiliations.len(), 1);
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(actor(&h, "Dennis Wilder").affiliations, wilder.affiliations);
    // A date that is no date is refused in place, and the stored periods stay.
    fill(&mut h, "From, period 2", " or so");
    h.get_by_label_contains("period 2:");
    assert_eq!(actor(&h, "Dennis Wilder").affiliations, wilder.affiliations);
}

#[test]
fn a_wikidata_item_typed_as_an_address_is_kept_as_its_number_and_shown_as_a_link() {
    let (mut h, _dir) = harness(sample_project());
    h.get_by_label("China").click();
    h.run();
    fill(&mut h, "Wikidata", "https://www.wikidata.org/wiki/Q148");
    fill(&mut h, "Country code", "chn");
    let china = actor(&h, "China");
    assert_eq!((china.qid.as_deref(), china.code.as_deref()), (Some("Q148"), Some("CHN")));
    h.get_by_role_and_label(Role::Link, "Q148 on wikidata.org");
    fill(&mut h, "Wikidata", "not an item");
    h.get_by_label_contains("is not a Wikidata item");
    assert_eq!(actor(&h, "China").qid.as_deref(), Some("Q148"), "the stored item stays");
}

#[test]
fn an_actor_entered_twice_is_merged_into_the_one_kept_in_one_undoable_edit() {
    let (mut h, _dir) = harness(with_twin("PRC", "People's Republic of China"));
    h.get_by_label("PRC").click();
    h.run();
    pick(&mut h, "Merge into", "China");
    let project = h.state().document().project();
    assert!(project.actors.iter().all(|a| a.name != "PRC"));
    let china = actor(&h, "China");
    assert!(
        china.aliases.contains(&"PRC".to_owned()) && china.aliases.contains(&"People's Republic of China".to_owned())
    );
    assert_eq!(h.state().document().undo_label(), Some("merge actor PRC into China"));
}

#[test]
fn a_name_on_two_actors_is_listed_in_problems_with_a_merge_button() {
    let (mut h, _dir) = harness(with_twin("Chinese government", "beijing"));
    h.get_by_label("Problems (1)").click();
    h.run();
    h.get_by_label_contains("“Beijing” names China and Chinese government");
    click(&mut h, Role::Button, "Merge into China");
    assert!(h.state().document().project().actors.iter().all(|a| a.name != "Chinese government"));
    assert!(actor(&h, "China").aliases.contains(&"Chinese government".to_owned()));
    h.get_by_label("Problems");
}

#[test]
fn a_dictionary_is_previewed_line_by_line_then_imported_as_one_undoable_edit() {
    let (mut h, dir) = harness(sample_project());
    let dictionary = dir.path().join("ministers.actors.txt");
    std::fs::write(
        &dictionary,
        "# ministers\nWANG_YI_\n+王毅\n\t[CHNGOVFRM 20130316-20221230]\n\t[CHNELI]\n\
         SERGEI_LAVROV [RUSGOVFRM >040309]\nQIN_GANG\n\t[CHNGOV 2004017-20061201]\n",
    )
    .unwrap();
    let before = h.state().document().project().actors.len();
    click(&mut h, Role::Button, "Import dictionary…");
    h.get_by_role_and_label(Role::TextInput, "Dictionary file").type_text(dictionary.to_str().unwrap());
    h.run();
    click(&mut h, Role::Button, "Preview");
    h.get_by_label_contains("line 2: Wang Yi — added");
    h.get_by_label_contains("line 8: the date \"2004017\" is neither YYMMDD nor YYYYMMDD");
    assert_eq!(h.state().document().project().actors.len(), before, "a preview changes nothing");

    h.get_by_label_contains("Import (3 added").click();
    h.run();
    let p = h.state().document().project();
    let wang = p.find_actor("Wang Yi").expect("Wang Yi added");
    assert!(wang.aliases.iter().any(|a| a == "王毅"));
    let minister = wang.affiliations.iter().find(|p| p.role == "GOVFRM").expect("the dated code's period");
    assert_eq!((minister.from, minister.to), (Some(date(2013, 3, 16)), Some(date(2022, 12, 30))));
    assert!(p.find_actor("Russia").is_some(), "the state of a code is created from the country table");

    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().document().project().actors.len(), before, "one undo takes the whole import back");
}

/// The sample in a 1024 × 700 window on the Actors tab, and where the pane ends (the reader's
/// tab starts).
fn small_window() -> (Harness<'static, FaultlineApp>, f32) {
    let mut h = workbench(1024.0, 700.0, None);
    h.run();
    h.get_by_label("Actors").click();
    h.run();
    let pane_edge = h.get_by_label("Reader").rect().min.x;
    (h, pane_edge)
}

#[test]
fn in_a_small_window_the_actor_list_and_form_keep_inside_their_pane() {
    let (mut h, pane_edge) = small_window();
    // Each actor's mention count, a number in a column at the pane's right; long names
    // ("Liu Pengyu (Chinese Embassy in Washington)") wrap beside it.
    let counts = |h: &Harness<'static, FaultlineApp>| -> Vec<egui::Rect> {
        h.query_all_by(|n| {
            n.role() == Role::Label && n.value().is_some_and(|v| !v.is_empty() && v.chars().all(|c| c.is_ascii_digit()))
        })
        .map(|n| n.rect())
        .filter(|r| r.center().x < pane_edge)
        .collect()
    };
    let actors = h.state().document().project().actors.len();
    step_until(&mut h, "the mention counts", |h| counts(h).len() == actors);
    for rect in counts(&h) {
        assert!(rect.max.x <= pane_edge, "a mention count at {rect:?} runs past the pane's edge at {pane_edge}");
    }
    click(&mut h, Role::Button, "United States");
    for field in ["Name", "Aliases", "“U.S.” in"] {
        let rect = h.get_by_role_and_label(Role::TextInput, field).rect();
        assert!(rect.max.x <= pane_edge, "the {field} field at {rect:?} runs past the pane's edge at {pane_edge}");
    }
}

#[test]
fn a_filled_period_names_its_role_from_and_to_fields_inside_a_small_window() {
    let (mut h, pane_edge) = small_window();
    click(&mut h, Role::Button, "Dennis Wilder");
    click(&mut h, Role::Button, "Add period");
    fill(&mut h, "From, period 1", "2025-02-26");
    for name in ["Role", "From", "To"] {
        let field = h.get_by_role_and_label(Role::TextInput, &format!("{name}, period 1")).rect();
        assert!(field.max.x <= pane_edge, "the {name} field at {field:?} runs past the pane's edge at {pane_edge}");
        // Its name just before it on the same line (the chart's own "From" is elsewhere).
        let named = h.query_all_by_role_and_label(Role::Label, name).any(|label| {
            let r = label.rect();
            r.max.x <= field.min.x
                && field.min.x - r.max.x < 40.0
                && r.center().y > field.min.y
                && r.center().y < field.max.y
        });
        assert!(named, "the {name} field of a period has no name beside it");
    }
    // What lies below the periods is reached by scrolling the form.
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1024.0, 700.0));
    for (role, label) in [(Role::Button, "Add period"), (Role::ComboBox, "Merge into"), (Role::Button, "Delete actor")]
    {
        h.get_by_role_and_label(role, label).scroll_to_me();
        h.run();
        let rect = h.get_by_role_and_label(role, label).rect();
        assert!(window.contains_rect(rect), "{label} at {rect:?} is out of reach in a 1024 × 700 window");
    }
}

#[test]
fn an_alias_gets_its_language_and_ignoring_diacritics_is_one_undoable_setting_that_find_follows() {
    let mut p = sample_project();
    p.actors.put(Actor::new("Sergei Lavrov", ActorKind::Person, Colour::palette(9)));
    let (mut h, _dir) = harness(p);
    h.get_by_label("China").click();
    h.run();
    fill(&mut h, "“Beijing” in", "ZH");
    assert_eq!(actor(&h, "China").alias_languages.get("Beijing").map(String::as_str), Some("zh"));
    // An alias typed with its tag takes the language too.
    fill(&mut h, "Aliases", ", Китай@ru");
    let china = actor(&h, "China");
    assert_eq!(china.aliases, ["Beijing", "PRC", "Китай"]);
    assert_eq!(china.alias_languages.get("Китай").map(String::as_str), Some("ru"));
    // Capitals after an @ are part of the name, as is a tag closed with an @; leaving the field
    // again reads back what it shows, so the names stay as typed.
    fill(&mut h, "Aliases", ", Info@UN, Mail@eu@");
    for _ in 0..2 {
        let china = actor(&h, "China");
        assert_eq!(china.aliases, ["Beijing", "PRC", "Китай", "Info@UN", "Mail@eu"]);
        assert!(!china.alias_languages.contains_key("Mail@eu") && !china.alias_languages.contains_key("Mail"));
        fill(&mut h, "Aliases", "");
    }

    // Find with accents finds nothing until the project ignores them.
    fill(&mut h, "Find", "Sergeï");
    assert!(h.query_by_label("Sergei Lavrov").is_none());
    click(&mut h, Role::CheckBox, "Ignore diacritics");
    assert!(h.state().document().project().matching.ignore_diacritics);
    assert!(h.query_by_label("Sergei Lavrov").is_some());
    assert_eq!(h.state().document().undo_label(), Some("ignore diacritics in names"));
    h.key_press_modifiers(egui::Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(!h.state().document().project().matching.ignore_diacritics);
}
