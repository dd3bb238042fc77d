//! The whole loop, driven through the real app as an analyst would: open an article, select
//! text with the mouse, make a claim, tag it, set its speaker, code it as an event, see the
//! chart change, save, reopen.

use crate::support::{drag, graded_workbench, step_until, type_into, workbench};
use egui::accesskit::Role;
use egui::{Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::model::text::slice_chars;
use faultline::ui::FaultlineApp;

const ARTICLE: &str = "Trump hints at direct talks with Xi to resolve China’s delay in rare earth export licenses";

fn harness() -> Harness<'static, FaultlineApp> {
    workbench(1440.0, 900.0, None)
}

fn click_option(h: &mut Harness<'static, FaultlineApp>, combo: &str, option: &str) {
    press(h, Role::ComboBox, combo);
    h.get_by_label(option).scroll_to_me();
    h.run();
    h.get_by_label(option).click();
    h.run();
}

/// Scrolls a widget into view (the inspector is taller than the window) and clicks it.
fn press(h: &mut Harness<'static, FaultlineApp>, role: Role, label: &str) {
    h.get_by_role_and_label(role, label).scroll_to_me();
    h.run();
    h.get_by_role_and_label(role, label).click();
    h.run();
}

#[test]
fn an_analyst_codes_a_claim_end_to_end_and_it_survives_save_and_reopen() {
    let mut h = harness();
    h.run();
    assert!(h.state().document().project().articles.len() == 2, "starts on the sample project");
    h.get_by_label("12 events on the chart");

    // Open the second article from the list.
    h.get_all_by_label(ARTICLE).next().unwrap().click();
    h.run();
    let article = h.state().selection().article.unwrap();
    assert_eq!(h.state().document().project().articles.get(article).unwrap().title, ARTICLE);

    // Select the start of its first line with the mouse and make a claim of it.
    let text_rect = h.get_by_role_and_label(Role::MultilineTextInput, ARTICLE).rect();
    let y = text_rect.min.y + 10.0;
    drag(&mut h, Pos2::new(text_rect.min.x + 1.0, y), Pos2::new(text_rect.min.x + 260.0, y));
    h.get_by_label_contains("Selected: “Trump");
    let claims_before = h.state().document().project().claims.len();
    h.get_by_label_contains("New claim").click();
    h.run();
    let p = h.state().document().project();
    assert_eq!(p.claims.len(), claims_before + 1);
    // The selection became the claim: pressing the key again makes nothing more.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Enter);
    h.run();
    let p = h.state().document().project();
    assert_eq!(p.claims.len(), claims_before + 1);
    let claim_id = h.state().selection().claim.expect("the new claim is selected");
    let claim = p.claims.get(claim_id).unwrap();
    let text = &p.articles.get(article).unwrap().text;
    assert_eq!(claim.start, 0, "the drag started at the first character");
    assert!(claim.end > 10);
    assert_eq!(slice_chars(text, claim.start, claim.end), Some(claim.quote.as_str()));
    assert!(text.starts_with(&claim.quote));

    // Tag it, give it a speaker and a target.
    press(&mut h, Role::CheckBox, "Accusation");
    click_option(&mut h, "Speaker", "Donald Trump");
    click_option(&mut h, "Add target", "China");
    let p = h.state().document().project();
    let claim = p.claims.get(claim_id).unwrap();
    let accusation = p.tags.iter().find(|t| t.name == "Accusation").unwrap().id;
    assert_eq!(claim.tags, vec![accusation]);
    assert_eq!(claim.speaker.map(|s| p.actor_name(s)), Some("Donald Trump"));
    assert_eq!(claim.targets.iter().map(|&t| p.actor_name(t)).collect::<Vec<_>>(), vec!["China"]);

    // Code it as an event: the dyad follows speaker and target; the date is a phrase, typed
    // key by key. Enter in the Date field says what is missing, then creates the event.
    h.get_by_role_and_label(Role::TextInput, "Date").scroll_to_me();
    h.run();
    for c in "on Friday".chars() {
        type_into(&mut h, Role::TextInput, "Date", &c.to_string());
    }
    h.get_by_label("→ 2025-05-30 to 2025-05-30 (day)");
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label_contains("Not created: choose a type");
    h.get_by_label("12 events on the chart");
    click_option(&mut h, "Type", "Threaten  (-5.0)");
    h.get_by_role_and_label(Role::TextInput, "Date").focus();
    h.run();
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label("13 events on the chart");
    let p = h.state().document().project();
    let event = p.events_of_claim(claim_id).next().expect("the claim is evidence for the new event");
    assert_eq!(p.actor_name(event.source), "Donald Trump");
    assert_eq!(p.actor_name(event.target), "China");
    assert_eq!(event.date.phrase, "on Friday");
    assert_eq!(p.score_of(event), -5.0);
    // The status bar says what was coded, and the new event is the one selected.
    let status = h.state().status().unwrap_or_default().to_owned();
    assert!(status.starts_with("Coded as an event: Threaten · Donald Trump → China · 2025-05-30"), "{status}");
    assert_eq!(h.state().selection().event, Some(event.id));
    assert!(h.state().title().starts_with("● "), "unsaved changes are marked in the title");

    // Save As to a file, through the in-app path field.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("coded.ron");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::S);
    h.run();
    type_into(&mut h, Role::MultilineTextInput, "File path", path.to_str().unwrap());
    press(&mut h, Role::Button, "Save");
    step_until(&mut h, "the save", |h| !h.state().is_saving());
    assert!(path.is_file());
    assert!(!h.state().title().starts_with("● "));

    // Reopen it in a fresh workbench: the claim and its event are there.
    let mut h2 = harness();
    h2.run();
    h2.key_press_modifiers(Modifiers::COMMAND, egui::Key::O);
    h2.run();
    type_into(&mut h2, Role::MultilineTextInput, "File path", path.to_str().unwrap());
    press(&mut h2, Role::Button, "Open");
    let p = h2.state().document().project();
    let claim = p.claims.get(claim_id).expect("the claim survives the round trip");
    assert_eq!(claim.tags, vec![accusation]);
    assert_eq!(p.events_of_claim(claim_id).count(), 1);
    assert_eq!(p.events.len(), 13);
    h2.get_by_label("13 events on the chart");
}

/// Asserts that each button (or box) lies wholly inside a `size` window, once scrolled to.
fn inside_window(h: &mut Harness<'static, FaultlineApp>, size: egui::Vec2, widgets: &[(Role, &str)]) {
    for &(role, label) in widgets {
        h.get_by_role_and_label(role, label).scroll_to_me();
        h.run();
        let rect = h.get_by_role_and_label(role, label).rect();
        let window = egui::Rect::from_min_size(Pos2::ZERO, size);
        assert!(window.contains_rect(rect) && rect.width() > 4.0, "{label} at {rect:?} in a {size:?} window");
    }
}

#[test]
fn every_button_of_the_inspector_and_the_chart_bar_is_inside_a_small_a_large_and_a_150_percent_scaled_window() {
    // Sizes in points; at 150% a 1920 × 1080 screen gives 1280 × 720 of them.
    for (size, scale) in [
        (egui::vec2(1024.0, 700.0), 1.0),
        (egui::vec2(1440.0, 900.0), 1.0),
        (egui::vec2(1920.0, 1080.0), 1.0),
        (egui::vec2(2560.0, 1440.0), 1.0),
        (egui::vec2(1280.0, 720.0), 1.5),
    ] {
        let mut h = Harness::builder()
            .with_size(size)
            .with_pixels_per_point(scale)
            .build_eframe(|cc| FaultlineApp::new(cc, None));
        h.run();
        // The chart keeps to its pane: no point drawn under the inspector beside it.
        let inspector = h.get_by_label("Inspector").rect().min.x;
        let p = h.state().document().project().clone();
        for e in p.events.iter() {
            let x = h.state().chart_point(e.id).unwrap().x;
            assert!(x < inspector, "a point at x = {x}, past the chart's pane (the inspector starts at {inspector})");
        }
        inside_window(
            &mut h,
            size,
            &[
                (Role::Button, "Reset view"),
                (Role::Button, "Export chart…"),
                (Role::Button, "Filters"),
                (Role::Button, "All dates"),
                (Role::CheckBox, "Smoothed"),
            ],
        );
        // A claim that is evidence for an event: the inspector at its fullest.
        let p = h.state().document().project().clone();
        let claim = p.events.iter().next().unwrap().evidence[0];
        let ctx = h.ctx.clone();
        h.state_mut().act(&ctx, faultline::ui::Action::SelectClaim(claim));
        h.run();
        inside_window(
            &mut h,
            size,
            &[
                (Role::ComboBox, "Speaker"),
                (Role::Button, "Add as speaker"),
                (Role::ComboBox, "Add target"),
                (Role::Button, "Show on chart"),
                (Role::Button, "Unlink"),
            ],
        );
        // Opened (it starts closed for a claim already coded), the form's fields are in reach too.
        h.get_by_label("Code as event").scroll_to_me();
        h.run();
        h.get_by_label("Code as event").click();
        h.run();
        inside_window(
            &mut h,
            size,
            &[
                (Role::ComboBox, "Type"),
                (Role::ComboBox, "Source"),
                (Role::ComboBox, "Target"),
                (Role::TextInput, "Date"),
                (Role::Button, "Create event"),
                (Role::Button, "Delete claim"),
            ],
        );
    }
}

#[test]
fn types_and_eras_shows_whole_type_names_in_a_small_window() {
    let mut h = Harness::builder().with_size(egui::vec2(1024.0, 700.0)).build_eframe(|cc| FaultlineApp::new(cc, None));
    h.run();
    h.get_by_label("Types & eras").click();
    h.run();
    h.run();
    let widths: Vec<f32> = h.get_all_by_role_and_label(Role::TextInput, "Type").map(|n| n.rect().width()).collect();
    assert!(!widths.is_empty());
    assert!(widths.iter().all(|&w| w >= 160.0), "name fields squeezed: {widths:?}");
}

#[test]
fn an_analyst_grades_a_claim_and_an_article_and_removes_a_link_undoably() {
    use faultline::model::{ClaimId, Credibility, Reliability};
    use faultline::ui::Action;
    let (_dir, mut h) = graded_workbench(1440.0, 900.0);
    h.run();
    let greer: ClaimId = "ee5785594c326de2".parse().unwrap();
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, Action::SelectClaim(greer));
    h.run();
    // Reuters is graded B and the claim 2: the inspector says B2 and offers the scale.
    h.get_by_label("B2");
    click_option(&mut h, "Credibility", "3 · Possibly true");
    let claim = |h: &Harness<'static, FaultlineApp>| h.state().document().project().claims.get(greer).cloned().unwrap();
    assert_eq!(claim(&h).credibility, Credibility::Possible);
    assert_eq!(h.state().document().undo_label(), Some("grade claim"));
    // Liu's statement contradicts it; the link is listed and can be removed.
    h.get_by_label("Linked claims (1)");
    press(&mut h, Role::Button, "×");
    assert!(h.state().document().project().claim_links.iter().all(|l| !l.touches(greer)));
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().project().links_of(greer).count(), 1, "undo brings the link back");

    // The article takes Reuters' grade until graded on its own.
    let article = claim(&h).article;
    h.state_mut().act(&ctx, Action::SelectArticle(article));
    h.run();
    h.get_by_label("Outlets (2)");
    click_option(&mut h, "This article", "A · Completely reliable");
    let project = h.state().document().project();
    assert_eq!(project.articles.get(article).unwrap().reliability, Some(Reliability::A));
    assert_eq!(project.grade_of(project.claims.get(greer).unwrap()).to_string(), "A3");
}

#[test]
fn dragging_a_claim_onto_another_in_the_claims_table_links_them() {
    let mut h = harness();
    h.run();
    h.get_by_label("Claims").click();
    h.run();
    let p = h.state().document().project().clone();
    let (a, b) = {
        let mut claims = p.claims.iter();
        (claims.next().unwrap().clone(), claims.next().unwrap().clone())
    };
    let from = h.get_by_label(&a.quote).rect().center();
    let to = h.get_by_label(&b.quote).rect().center();
    drag(&mut h, from, to);
    let links: Vec<_> = h.state().document().project().claim_links.iter().cloned().collect();
    assert_eq!(links.len(), 1, "one link made by the drop");
    assert_eq!((links[0].from, links[0].to, links[0].kind), (a.id, b.id, faultline::model::LinkKind::Corroborates));
    assert_eq!(h.state().selection().claim, Some(a.id), "the dragged claim is selected to show its new link");
}

#[test]
fn an_event_whose_evidence_contradicts_itself_is_listed_in_problems_and_shown_on_request() {
    let mut p = faultline::sample::sample_project();
    // An event's evidence gains a second claim, linked as contradicting its first.
    let mut event = p.events.iter().next().cloned().unwrap();
    let other = p.claims.iter().map(|c| c.id).find(|c| !event.evidence.contains(c)).unwrap();
    p.claim_links.put(faultline::model::ClaimLink::new(
        event.evidence[0],
        other,
        faultline::model::LinkKind::Contradicts,
    ));
    event.evidence.push(other);
    p.events.put(event.clone());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("contradicts.ron");
    faultline::io::project_file::save(&p, &path).unwrap();
    let mut h = workbench(1440.0, 900.0, Some(&path));
    h.run();
    h.get_by_label("Problems (1)").click();
    h.run();
    h.get_by_label("1 event whose evidence contradicts itself");
    press(&mut h, Role::Button, "Show event");
    assert_eq!(h.state().selection().event, Some(event.id));
}

#[test]
fn each_outlet_in_the_inspector_has_its_delete_beside_its_own_grade_in_a_small_and_a_large_window() {
    for size in [egui::vec2(1024.0, 700.0), egui::vec2(1600.0, 1000.0)] {
        let (_dir, mut h) = graded_workbench(size.x, size.y);
        h.run();
        let grades: Vec<egui::Rect> = ["Reuters (Thomson Reuters)", "Regional Digest"]
            .iter()
            .map(|outlet| h.get_by_role_and_label(Role::ComboBox, outlet).rect())
            .collect();
        let deletes: Vec<egui::Rect> = h.get_all_by_role_and_label(Role::Button, "Delete").map(|n| n.rect()).collect();
        assert_eq!(deletes.len(), grades.len(), "one Delete per outlet");
        for (grade, delete) in grades.iter().zip(&deletes) {
            let beside = (grade.min.y..=grade.max.y).contains(&delete.center().y) && delete.min.x >= grade.max.x;
            assert!(
                beside,
                "in a {size:?} window a Delete at {delete:?} is not beside its outlet's grade at {grade:?}"
            );
        }
    }
}

#[test]
fn the_inspectors_full_width_fields_end_before_its_scroll_bar() {
    let mut h = workbench(1024.0, 700.0, None);
    h.run();
    let ctx = h.ctx.clone();
    let claim = h.state().document().project().claims.iter().next().unwrap().id;
    h.state_mut().act(&ctx, faultline::ui::Action::SelectClaim(claim));
    h.run();
    let scroll = h.ctx.global_style().spacing.scroll;
    // The inspector is the rightmost pane: its floating bar lies within this of the window's edge.
    let bar_left = 1024.0 - 6.0 - scroll.bar_outer_margin - scroll.bar_width;
    let note = h.get_by_role_and_label(Role::MultilineTextInput, "Note").rect();
    assert!(note.right() <= bar_left, "the note field ends at {} under the bar from {bar_left}", note.right());

    let article = h.state().document().project().articles.iter().next().unwrap().id;
    h.state_mut().act(&ctx, faultline::ui::Action::SelectArticle(article));
    h.run();
    for (role, label) in [(Role::TextInput, "Title"), (Role::TextInput, "URL"), (Role::MultilineTextInput, "Notes")] {
        let field = h.get_by_role_and_label(role, label).rect();
        assert!(field.right() <= bar_left, "{label} ends at {} under the bar from {bar_left}", field.right());
    }
}
