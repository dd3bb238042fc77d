//! The network pane: edges between the sample's two states, their events, and the chart's
//! filters applied.

use crate::support::workbench;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::ui::FaultlineApp;

fn harness() -> Harness<'static, FaultlineApp> {
    let mut h = workbench(1600.0, 1000.0, None);
    h.run();
    h.get_by_label("Network").click();
    h.run();
    h
}

#[test]
fn clicking_an_edge_lists_its_events_and_an_event_opens_its_evidence() {
    let mut h = harness();
    h.get_by_label("2 actors, 2 links");
    h.get_by_label("Click a link to list its events.");
    h.get_by_label("China → United States: 6 events").click();
    h.run();
    h.get_by_label("summed score -14.7");
    let threat = "2025-06-02 · Threaten · Ministry of Commerce (China) → United States (-5.0)";
    h.get_by_label(threat).click();
    h.run();
    let p = h.state().document().project().clone();
    let event = p.events.get(h.state().selection().event.expect("an event is selected")).unwrap();
    assert_eq!(p.taxonomy.get(event.kind).unwrap().name, "Threaten");
    assert_eq!(h.state().selection().claim, Some(event.evidence[0]));

    // As coded, the speakers are nodes of their own.
    h.get_by_role_and_label(Role::CheckBox, "Actors as coded").click();
    h.run();
    h.get_by_label("Ministry of Commerce (China) → United States: 2 events");
}

#[test]
fn the_chart_date_window_applies() {
    let mut h = harness();
    h.get_by_label("Chart").click();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "From").focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "From").type_text("May 2025");
    h.get_by_role_and_label(Role::TextInput, "To").focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, "To").type_text("May 2025");
    h.run();
    h.get_by_label("Network").click();
    h.run();
    // Geneva, Liu and the embassy: April's restriction and June's acts fall outside.
    h.get_by_label("China → United States: 3 events");
    h.get_by_label("United States → China: 7 events");
}
