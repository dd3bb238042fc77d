//! The chart's filters change what it plots; its smoothing is labelled.

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::ui::FaultlineApp;

/// Switches accusations on or off in the chart's "Event types" menu.
fn toggle_accusations(h: &mut Harness<'static, FaultlineApp>) {
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
    h.get_by_role_and_label(Role::ComboBox, "Tag").click();
    h.run();
    h.get_by_label("Military").click();
    h.run();
    h.get_by_label("0 events on the chart");
    toggle_accusations(&mut h);
    h.get_by_label("2 events on the chart");

    h.get_by_role_and_label(Role::CheckBox, "Smoothed").click();
    h.run();
    h.step();
    h.run();
    h.get_by_label("trailing 4-week mean of net score");
}
