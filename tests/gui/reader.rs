//! The reader lays out only the paragraphs in view: selecting across paragraphs, clicking a
//! highlight and scrolling to a claim far down a long article still work.

use egui::accesskit::Role;
use egui::{Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;

use crate::support::{click_at, drag, step_until, workbench_drawing_any_text};
use faultline::generate::{Spec, generate};
use faultline::io::project_file;
use faultline::model::text::slice_chars;
use faultline::ui::{Action, FaultlineApp};

/// The app on `project` (the sample when `None`), with its fonts installed as at start. The
/// generated prose has CJK words this machine may have no font for: the reader warns about
/// them, and here they are drawn as boxes rather than failing the test.
fn harness(project: Option<PathBuf>) -> Harness<'static, FaultlineApp> {
    workbench_drawing_any_text(1440.0, 900.0, project.as_deref())
}

#[test]
fn a_selection_spans_paragraphs_and_a_click_on_a_highlight_selects_its_claim() {
    let mut h = harness(None);
    h.run();
    let article = h.state().selection().article.unwrap();
    let title = h.state().document().project().articles.get(article).unwrap().title.clone();
    let text = h.state().document().project().articles.get(article).unwrap().text.clone();
    assert!(text.contains('\n'), "the sample article has paragraphs");

    // From the first character down across several lines.
    let rect = h.get_by_role_and_label(Role::MultilineTextInput, &title).rect();
    let from = Pos2::new(rect.min.x + 1.0, rect.min.y + 10.0);
    drag(&mut h, from, Pos2::new(rect.min.x + 200.0, rect.min.y + 150.0));
    let sel = h.state().pending_selection().expect("a selection");
    assert_eq!(sel.start, 0);
    assert!(slice_chars(&text, sel.start, sel.end).unwrap().contains('\n'), "the selection crosses a paragraph");

    // It becomes a claim; a click on its first word later selects it again.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    let claim = h.state().selection().claim.expect("the new claim is selected");
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, Action::SelectArticle(article));
    h.run();
    assert_eq!(h.state().selection().claim, None);
    click_at(&mut h, Pos2::new(rect.min.x + 3.0, rect.min.y + 10.0));
    assert_eq!(h.state().selection().claim, Some(claim));
    assert_eq!(h.state().pending_selection(), None, "a click is not a selection");
}

#[test]
fn a_claim_far_down_a_long_article_is_scrolled_into_view_and_selectable_there() {
    let spec = Spec { articles: 1, claims: 400, actors: 4, events: 0, article_chars: 200_000, seed: 3 };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.ron");
    std::fs::write(&path, project_file::to_ron(&generate(&spec)).unwrap()).unwrap();
    let mut h = harness(Some(path));
    h.run();
    let p = h.state().document().project();
    let far = p.claims.iter().max_by_key(|c| c.start).unwrap().clone();
    assert!(far.start > 150_000);
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, Action::SelectClaim(far.id));
    h.step();
    step_until(&mut h, "the scan of the article", |h| h.query_by_label("Looking for suggestions…").is_none());

    // The claim is centred in the reader: text dragged over near the reader's bottom edge
    // (the tab bar of the panes below it) is close to it. Across two rows, since a drag along
    // a blank line between paragraphs rightly selects nothing.
    let bottom = h.get_by_label("Chart").rect().min.y;
    let x = h.get_by_label_contains("New claim").rect().min.x;
    drag(&mut h, Pos2::new(x + 1.0, bottom - 100.0), Pos2::new(x + 150.0, bottom - 40.0));
    let sel = h.state().pending_selection().expect("a selection far down the article");
    assert!(sel.start.abs_diff(far.start) < 4_000, "selected at {} for a claim at {}", sel.start, far.start);
}
