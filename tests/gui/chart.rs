//! The chart's filters change what it plots; its smoothing is labelled.

use crate::support::{click_at, graded_workbench, type_into, workbench};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::ui::FaultlineApp;

/// Opens the chart's Filters menu, whose button counts the filters in force ("Filters (2)").
pub fn open_filters(h: &mut Harness<'static, FaultlineApp>) {
    h.get_by(|n| n.role() == Role::Button && n.label().is_some_and(|l| l.starts_with("Filters"))).click();
    h.run();
}

/// Switches accusations on or off in the chart's Filters ▸ Event types menu.
fn toggle_accusations(h: &mut Harness<'static, FaultlineApp>) {
    open_filters(h);
    h.get_by_label("Event types").click();
    h.run();
    h.get_by_role_and_label(Role::CheckBox, "Accuse / criticise (-2.0)").click();
    h.run();
    h.key_press(egui::Key::Escape);
    h.run();
}

#[test]
fn filters_change_the_plotted_events_and_smoothing_is_labelled() {
    let mut h = Harness::builder().with_size(egui::vec2(1600.0, 1000.0)).build_eframe(|cc| FaultlineApp::new(cc, None));
    h.run();
    h.get_by_label("12 events on the chart");

    // Switch accusations off: the five accusation events leave the chart.
    toggle_accusations(&mut h);
    h.get_by_label("7 events on the chart");

    // Only events reported by a claim tagged Military: the Shangri-La exchange, minus the
    // (hidden) accusations, leaves none; with accusations back there are two.
    open_filters(&mut h);
    h.get_by_label("Tag").click();
    h.run();
    h.get_by_label("Military").click();
    h.run();
    h.get_by_label("Filters (2)");
    h.get_by_label("0 events on the chart");
    h.get_by_label_contains("No event passes these filters");
    toggle_accusations(&mut h);
    h.get_by_label("2 events on the chart");

    h.get_by_role_and_label(Role::CheckBox, "Smoothed").click();
    h.run();
    h.step();
    h.run();
    h.get_by_label("trailing 4-week mean of net score");
}

fn harness() -> Harness<'static, FaultlineApp> {
    workbench(1600.0, 1000.0, None)
}

#[test]
fn clicking_a_plotted_event_opens_its_evidence_in_the_reader() {
    let mut h = harness();
    h.run();
    let p = h.state().document().project().clone();
    // MOFCOM's threat on 2 June (-5): no other point is near it.
    let threat = p.events.iter().find(|e| p.taxonomy.get(e.kind).unwrap().name == "Threaten").unwrap();
    let pos = h.state().chart_point(threat.id).expect("the threat is plotted");
    click_at(&mut h, pos);

    let sel = h.state().selection();
    assert_eq!(sel.event, Some(threat.id));
    let claim = p.claims.get(threat.evidence[0]).unwrap();
    assert_eq!(sel.claim, Some(claim.id));
    assert_eq!(sel.article, Some(claim.article));
    // The reader shows the claim's article, and the inspector its quote.
    let article = p.articles.get(claim.article).unwrap();
    assert!(h.query_by_value(&article.text).is_some(), "the reader shows “{}”", article.title);
    let start: String = claim.quote.chars().take(30).collect();
    h.get_by_label_contains(&start);
}

#[test]
fn a_date_window_narrows_the_plotted_series_and_clearing_it_restores_all() {
    let mut h = harness();
    h.run();
    let all = h.state().chart_nets();
    assert_eq!(all.len(), 10, "ten weeks from 31 March to 2 June");

    type_into(&mut h, Role::TextInput, "From", "2025-05-19");
    type_into(&mut h, Role::TextInput, "To", "late May 2025");
    // The late-May events, Trump twice, Hegseth, and the two acts of the week of 26 May.
    h.get_by_label("8 events on the chart");
    h.get_by_label("showing 2025-05-19 to 2025-05-31");
    let nets = h.state().chart_nets();
    assert_eq!(nets.len(), 2, "{nets:?}");
    // As `faultline series --from 2025-05-19 --to 2025-05-31` prints them.
    assert!((nets[0] + 5.5455).abs() < 1e-3 && (nets[1] + 5.6545).abs() < 1e-3, "{nets:?}");

    type_into(&mut h, Role::TextInput, "To", "x");
    h.get_by_label_contains("“late May 2025x”");
    h.get_by_label("8 events on the chart");

    h.get_by_label("All dates").click();
    h.run();
    h.get_by_label("12 events on the chart");
    assert_eq!(h.state().chart_nets(), all);
}

#[test]
fn several_dyads_get_a_line_each_or_a_lane_each() {
    let mut h = harness();
    h.run();
    h.get_by_label("all events").click();
    h.run();
    for dyad in ["United States → China", "China → United States"] {
        h.get_by_role_and_label(Role::CheckBox, dyad).click();
        h.run();
    }
    h.key_press(egui::Key::Escape);
    h.run();
    // Every event is US -> China or China -> US.
    h.get_by_label("12 events on the chart");
    let nets = h.state().chart_nets();
    assert!(nets.len() > 10, "a series per dyad: {nets:?}");
    assert!(h.query_by_label("Lanes").is_some());
    h.get_by_role_and_label(Role::CheckBox, "Lanes").click();
    h.run();
    // Each lane is headed by its dyad, and both lanes' points can be found.
    assert_eq!(h.query_all_by_label("United States → China").count(), 2, "the legend entry and the lane title");
    let p = h.state().document().project().clone();
    for e in p.events.iter() {
        assert!(h.state().chart_point(e.id).is_some());
    }
}

#[test]
fn export_chart_writes_a_png_of_the_size_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("tension");
    let mut h = harness();
    h.run();
    h.get_by_label("Export chart…").click();
    h.run();
    h.get_by_role_and_label(Role::ComboBox, "Format").click();
    h.run();
    h.get_by_label("PNG").click();
    h.run();
    type_into(&mut h, Role::TextInput, "File", out.to_str().unwrap());
    h.get_by_role_and_label(Role::Button, "Export").click();
    h.run();
    let written = dir.path().join("tension.png");
    assert_eq!(h.state().status(), Some(format!("Exported the chart to {}", written.display()).as_str()));
    let png = std::fs::read(&written).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    // IHDR: width and height, big-endian, after the chunk's length and name.
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 1200);
    assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), 600);
    assert!(h.query_by_label("Export chart").is_none(), "the window closed");
}

/// Turns the mouse wheel by `lines` (positive: away from the user) with `modifiers` held, and
/// lets egui's smooth scrolling play out.
fn wheel(h: &mut Harness<'static, FaultlineApp>, lines: f32, modifiers: egui::Modifiers) {
    h.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: egui::vec2(0.0, lines),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers,
    });
    for _ in 0..30 {
        h.step();
    }
    h.run();
}

#[test]
fn the_wheel_zooms_time_around_the_pointer_shift_wheel_pans_it_and_neither_moves_the_scores() {
    let mut h = harness();
    h.run();
    let p = h.state().document().project().clone();
    let threat = p.events.iter().find(|e| p.taxonomy.get(e.kind).unwrap().name == "Threaten").unwrap().id;
    let at = |h: &Harness<'static, FaultlineApp>, e| h.state().chart_point(e).unwrap();
    let a = at(&h, threat);
    let other = p.events.iter().map(|e| e.id).find(|&e| (at(&h, e).x - a.x).abs() > 50.0).unwrap();
    let b = at(&h, other);
    h.event(egui::Event::PointerMoved(a));
    h.run();

    wheel(&mut h, 3.0, egui::Modifiers::NONE);
    let (a2, b2) = (at(&h, threat), at(&h, other));
    assert!((a2.x - a.x).abs() < 3.0, "the day under the pointer stays under it: {a:?} -> {a2:?}");
    assert!((b2.x - a2.x).abs() > 1.3 * (b.x - a.x).abs(), "time zoomed in: {b:?} -> {b2:?}");
    assert!((a2.y - a.y).abs() < 0.5 && (b2.y - b.y).abs() < 0.5, "the score axis stays put");

    wheel(&mut h, -3.0, egui::Modifiers::SHIFT);
    let (a3, b3) = (at(&h, threat), at(&h, other));
    assert!((a3.x - a2.x).abs() > 20.0, "Shift+wheel pans time: {a2:?} -> {a3:?}");
    assert!(((b3.x - a3.x) - (b2.x - a2.x)).abs() < 1.0, "without zooming");
    assert!((a3.y - a2.y).abs() < 0.5, "the score axis stays put");
}

#[test]
fn events_of_a_type_off_the_series_are_counted_in_a_note_that_links_to_the_types() {
    let mut h = harness();
    h.run();
    let p = h.state().document().project().clone();
    let mut threaten = p.taxonomy.iter().find(|t| t.name == "Threaten").unwrap().clone();
    threaten.on_series = false;
    let edit = faultline::edit::Edit::one(
        "edit event type",
        faultline::edit::Op::Put(faultline::edit::Record::EventType(threaten)),
    );
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, faultline::ui::Action::Apply(edit));
    h.run();
    h.get_by_label("11 events on the chart");
    h.get_by_label("1 event hidden: type Threaten is off the series —");
    h.get_by_role_and_label(Role::Link, "Types & eras").click();
    h.run();
    h.get_by_label_contains("Default scores");
}

#[test]
fn the_chart_maximised_takes_the_whole_workbench_and_restore_brings_the_layout_back() {
    let mut h = Harness::builder().with_size(egui::vec2(1024.0, 700.0)).build_eframe(|cc| FaultlineApp::new(cc, None));
    h.run();
    let p = h.state().document().project().clone();
    let (low, high) = (
        p.events.iter().min_by(|a, b| p.score_of(a).total_cmp(&p.score_of(b))).unwrap().id,
        p.events.iter().max_by(|a, b| p.score_of(a).total_cmp(&p.score_of(b))).unwrap().id,
    );
    let tall = |h: &Harness<'static, FaultlineApp>| {
        h.state().chart_point(low).unwrap().y - h.state().chart_point(high).unwrap().y
    };
    let before = tall(&h);
    // The chart's tab bar is the lowest one with a Maximise button.
    h.get_all_by_label("Maximise").max_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y)).unwrap().click();
    h.run();
    assert!(tall(&h) > 3.0 * before, "the plot grew from {before} to {}", tall(&h));
    assert!(h.query_by_label("Reader").is_none(), "the other panes make way");
    h.get_by_label("Restore").click();
    h.run();
    h.get_by_label("Reader");
    assert!((tall(&h) - before).abs() < 1.0);
}

#[test]
fn the_export_chart_window_opens_below_the_menu_bar() {
    let mut h = harness();
    h.run();
    h.get_by_label("Export chart…").click();
    h.run();
    let menu = h.get_by_role_and_label(Role::Button, "File").rect();
    let export = h.get_by_role_and_label(Role::Button, "Export").rect();
    let file = h.get_by_role_and_label(Role::TextInput, "File").rect();
    assert!(export.min.y > menu.max.y, "{menu:?} {export:?}");
    // In the middle of the 1000-point-high window, where egui would put it at the very top.
    assert!((350.0..650.0).contains(&file.center().y), "{file:?}");
}

#[test]
fn a_minimum_grade_keeps_the_events_with_evidence_that_good() {
    let (_dir, mut h) = graded_workbench(1600.0, 1000.0);
    h.run();
    h.get_by_label("12 events on the chart");
    // B3, as `series --min-reliability B --min-credibility 3` counts by hand: three events.
    for option in ["B · Usually reliable", "3 · Possibly true"] {
        open_filters(&mut h);
        h.get_by_label("Grade").click();
        h.run();
        h.get_by_role_and_label(Role::RadioButton, option).click();
        h.run();
        h.key_press(egui::Key::Escape);
        h.run();
    }
    h.get_by_label("3 events on the chart");
    h.get_by_label("Filters (1)");
}

#[test]
fn events_spanning_more_bins_than_a_chart_holds_are_explained_not_drawn_until_a_longer_bin() {
    let mut p = faultline::sample::sample_project();
    let mut far = p.events.iter().next().cloned().unwrap();
    far.date = faultline::model::FuzzyDate::day(jiff::civil::date(1500, 1, 1));
    p.events.put(far);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("far.ron");
    faultline::io::project_file::save(&p, &path).unwrap();
    let mut h = workbench(1600.0, 1000.0, Some(&path));
    h.run();
    h.get_by_label_contains("Nothing drawn: the events run from 1500-01-01 to 2025");
    h.get_by_label_contains("Choose a longer bin, or set From and To");
    h.get_by_role_and_label(Role::Button, "month").click();
    h.run();
    assert!(h.query_by_label_contains("Nothing drawn").is_none(), "by month the span fits");
    h.get_by_label("12 events on the chart");
}

#[test]
fn every_legend_entry_shows_in_the_one_row_above_the_plot_or_behind_its_more_menu() {
    let mut h = Harness::builder().with_size(egui::vec2(1024.0, 700.0)).build_eframe(|cc| FaultlineApp::new(cc, None));
    let p = h.state().document().project().clone();
    let mut names: Vec<String> = p.eras.iter().map(|e| e.name.clone()).collect();
    names.extend(p.taxonomy.iter().filter(|t| p.events.iter().any(|e| e.kind == t.id)).map(|t| t.name.clone()));
    for width in [1024.0, 900.0, 1600.0] {
        h.set_size(egui::vec2(width, 700.0));
        h.run();
        // The chart's tab bar is the lowest one with a Maximise button, at the pane's right end.
        let bar =
            h.get_all_by_label("Maximise").max_by(|a, b| a.rect().min.y.total_cmp(&b.rect().min.y)).unwrap().rect();
        let right = bar.right() + 8.0;
        let in_row = |h: &Harness<'static, FaultlineApp>, name: &str| {
            h.query_all_by_label(name).map(|n| n.rect()).find(|r| r.top() > bar.bottom())
        };
        let row: Vec<_> = names.iter().filter_map(|name| in_row(&h, name)).collect();
        for entry in &row {
            assert!(entry.right() <= right, "{entry:?} runs past the pane's edge {right} at {width} wide");
            assert!(entry.width() > 40.0, "an entry keeps a few letters: {entry:?}");
            assert!((entry.center().y - row[0].center().y).abs() < 1.0, "the legend keeps to one row: {row:?}");
        }
        let hidden: Vec<&String> = names.iter().filter(|name| in_row(&h, name).is_none()).collect();
        if hidden.is_empty() {
            continue;
        }
        h.get_by_label(&format!("+{} more", hidden.len())).click();
        h.run();
        for name in hidden {
            let entry = h.get_by_label(name).rect();
            assert!(entry.right() <= width, "{name} is in the more menu, inside the window: {entry:?}");
        }
        h.key_press(egui::Key::Escape);
        h.run();
    }
}

#[test]
fn a_new_projects_chart_says_how_events_get_there_instead_of_drawing_a_week_of_1970() {
    let mut h = workbench(1024.0, 700.0, None);
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, faultline::ui::Action::NewProject { name: "Tariff watch".into(), path: None });
    h.run();
    h.get_by_label("0 events on the chart");
    h.get_by_label_contains("No events yet. Select a claim in the reader and use Code as event");
    assert!(h.query_by_label_contains("1970").is_none(), "no axis of 1970 dates");
    // The reader names the import command as the File menu does.
    h.get_by_label("No article open. Import one with File ▸ Import articles… (Ctrl+I), or pick one in Articles.");
}
