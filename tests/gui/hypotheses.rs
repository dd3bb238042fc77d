//! The Hypotheses pane driven as an analyst would: the README's worked example opened, its
//! scores, diagnosticity and sensitivity read off the pane, a rating changed and undone, a
//! column heading followed to its passage; and on the sample, hypotheses and evidence added.

use crate::support::{type_into, workbench};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use faultline::model::{CellId, Rating};
use faultline::ui::{Action, Command, FaultlineApp};

fn open(project: Option<std::path::PathBuf>) -> Harness<'static, FaultlineApp> {
    let mut h = workbench(1600.0, 1000.0, project.as_deref());
    h.run();
    h.get_by_label("Hypotheses").click();
    h.run();
    h
}

/// The README's worked example written to a file and opened (the folder lives as long as the
/// returned guard).
fn open_example() -> (tempfile::TempDir, Harness<'static, FaultlineApp>) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ach.ron");
    let ron = faultline::io::project_file::to_ron(&faultline::analysis::ach::worked_example()).unwrap();
    std::fs::write(&file, ron).unwrap();
    (dir, open(Some(file)))
}

fn choose(h: &mut Harness<'static, FaultlineApp>, combo: &str, option: &str) {
    h.get_by_role_and_label(Role::ComboBox, combo).click();
    h.run();
    h.get_by_label(option).click();
    h.run();
}

#[test]
fn the_worked_example_shows_the_hand_computed_scores_and_a_changed_rating_moves_them() {
    let (_dir, mut h) = open_example();
    for score in ["1.25 (3) rank 2", "0.77 (3) rank 1", "2.60 (3) rank 3", "4.24 (5) rank 4"] {
        h.get_by_label(score);
    }
    h.get_by_label(
        "Without E2 the ranking becomes 1 H1 Retaliation for US chip controls, 2 H2 Bargaining chip, 3 H3 \
         Industrial policy, 4 H4 Environmental clean-up",
    );

    // A column heading opens its passage.
    let evidence = h.state().document().project().ach_evidence.clone();
    h.get_by_label("E2").click();
    h.run();
    assert_eq!(h.state().selection().claim, Some(evidence[1]));

    // E2 very inconsistent with H2 too: H2 rises to 0.77 + 1.28 = 2.05, H1 leads.
    choose(&mut h, "E2 for H2", "II");
    let p = h.state().document().project().clone();
    let h2 = p.hypotheses.ids().nth(1).unwrap();
    assert_eq!(p.ach_cells.get(CellId { hypothesis: h2, claim: evidence[1] }).unwrap().rating, Rating::II);
    h.get_by_label("2.05 (5) rank 2");
    h.get_by_label("1.25 (3) rank 1");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.get_by_label("0.77 (3) rank 1");
}

#[test]
fn hypotheses_and_evidence_are_added_from_the_selected_claim_and_a_search() {
    let mut h = open(None);
    for title in ["Retaliation", "Bargaining"] {
        type_into(&mut h, Role::TextInput, "New hypothesis", title);
        h.get_by_label("Add hypothesis").click();
        h.run();
    }
    // With no evidence yet both score a plain nought, never "-0.00".
    assert_eq!(h.get_all_by_label("0.00 (0) rank 1").count(), 2);
    let claim = h.state().document().project().claims.ids().next().unwrap();
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, Action::SelectClaim(claim));
    h.run();
    h.get_by_label("Hypotheses").click();
    h.run();
    h.get_by_label("Add the selected claim").click();
    h.run();
    // The same claim again, from the Edit menu's command: it is a column once.
    h.state_mut().act(&ctx, Action::Command(Command::AddToHypotheses));
    h.run();
    assert_eq!(h.state().status(), Some("the claim is already evidence in the hypotheses matrix"));
    type_into(&mut h, Role::TextInput, "Find a claim", "beijing vowed");
    h.get_by_label_contains("Add “").click();
    h.run();
    let p = h.state().document().project().clone();
    assert_eq!(p.hypotheses.iter().map(|x| x.title.as_str()).collect::<Vec<_>>(), ["Retaliation", "Bargaining"]);
    assert_eq!(p.ach_evidence.len(), 2);
    assert_eq!(p.ach_evidence[0], claim);
    assert!(p.claims.get(p.ach_evidence[1]).unwrap().quote.starts_with("Beijing vowed"));
    choose(&mut h, "E1 for H1", "I");
    // Ungraded, E1 weighs 0.25 against H1; without it the two tie.
    h.get_by_label("Without E1 the ranking becomes 1 H1 Retaliation, 1 H2 Bargaining").click();
    h.run();
    assert_eq!(h.state().selection().claim, Some(claim));
}

#[test]
fn a_hypothesis_is_annotated_and_deleted_with_its_ratings_and_undo_brings_them_back() {
    let (_dir, mut h) = open_example();
    let row = "H1 Retaliation for US chip controls";
    h.get_by_label(row).click();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, "Why it is on the list").focus();
    h.run();
    h.get_by_role_and_label(Role::MultilineTextInput, "Why it is on the list").type_text("The ministry's own framing");
    h.run();
    h.get_by_label("Save hypothesis").click();
    h.run();
    let p = h.state().document().project().clone();
    assert_eq!(p.hypotheses.iter().next().unwrap().note, "The ministry's own framing");

    h.get_by_label(row).click();
    h.run();
    h.get_by_label("Delete hypothesis").click();
    h.run();
    let p = h.state().document().project().clone();
    assert_eq!((p.hypotheses.len(), p.ach_cells.len()), (3, 24), "its eight ratings went with it");
    assert!(h.query_by_label(row).is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    let p = h.state().document().project().clone();
    assert_eq!((p.hypotheses.len(), p.ach_cells.len()), (4, 32));
    h.get_by_label("4.24 (5) rank 4");
}

#[test]
fn the_inspector_says_a_claim_is_evidence_in_the_matrix_and_shows_its_column() {
    let (_dir, mut h) = open_example();
    let third = h.state().document().project().ach_evidence[2];
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, Action::SelectClaim(third));
    h.run();
    h.get_by_label("Evidence E3 in the hypotheses matrix, rated against 4 of 4 hypotheses.");
    h.get_by_label("Claims").click();
    h.run();
    assert!(h.query_by_label("E3").is_none(), "the Claims table hides the matrix");
    h.get_by_label("Show in Hypotheses").scroll_to_me();
    h.run();
    h.get_by_label("Show in Hypotheses").click();
    h.run();
    let column = h.get_by_role_and_label(Role::Button, "E3");
    assert_eq!(column.accesskit_node().toggled(), Some(egui::accesskit::Toggled::True), "its column stands out");
    assert_ne!(
        h.get_by_role_and_label(Role::Button, "E2").accesskit_node().toggled(),
        Some(egui::accesskit::Toggled::True)
    );
}
