//! Articles in and projects out through the workbench: paste, import of a saved page, the
//! duplicate question, and export from the menu.

use crate::support::{act, step_until, workbench};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::ui::{Action, FaultlineApp};

fn harness() -> Harness<'static, FaultlineApp> {
    let mut h = workbench(1440.0, 900.0, None);
    h.run();
    h
}

#[test]
fn a_pasted_article_is_added_and_a_second_paste_of_it_is_questioned() {
    let mut h = harness();
    let text = "Beijing announces new licence rules\nThe Ministry of Commerce said on Monday it would tighten rules.";
    for round in 0..2 {
        h.key_press_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, egui::Key::V);
        h.run();
        let field = Role::MultilineTextInput;
        let label = "Article text (the first line becomes the title)";
        h.get_by_role_and_label(field, label).focus();
        h.run();
        h.get_by_role_and_label(field, label).type_text(text);
        h.run();
        h.get_by_role_and_label(Role::Button, "Add article").click();
        h.run();
        if round == 1 {
            h.get_by_label("Already in the project");
            h.get_by_role_and_label(Role::Button, "Skip them").click();
            h.run();
        }
    }
    let p = h.state().document().project();
    assert_eq!(p.articles.len(), 3, "the second paste was skipped");
    let a = p.articles.get(h.state().selection().article.unwrap()).unwrap();
    assert_eq!(a.title, "Beijing announces new licence rules");
    assert_eq!(h.state().document().undo_label(), Some("import article"));
}

#[test]
fn a_text_already_in_the_project_is_imported_anyway_when_the_analyst_says_so() {
    let mut h = harness();
    let text = "Beijing announces new licence rules\nThe Ministry of Commerce said on Monday it would tighten rules.";
    for _ in 0..2 {
        act(&mut h, Action::Paste(text.into()));
    }
    h.get_by_label("Already in the project");
    h.get_by_role_and_label(Role::Button, "Import anyway").click();
    h.run();
    assert!(h.query_by_label("Already in the project").is_none(), "the dialog closed");
    let p = h.state().document().project();
    assert_eq!(p.articles.iter().filter(|a| a.title == "Beijing announces new licence rules").count(), 2);
    assert_eq!(h.state().document().undo_label(), Some("import article"));
}

#[test]
fn a_saved_page_imports_through_the_menu_path_and_the_project_exports() {
    let mut h = harness();
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        "<html><head><title>Truce frays | Example News</title><meta property=\"og:site_name\" content=\"Example News\"></head>\
         <body><nav>Home | World</nav><article><h1>Truce frays</h1><p>Officials in Beijing warned on Friday that export \
         licences would stay slow while Washington kept its restrictions in place.</p><p>The statement followed talks in \
         Geneva that had cut tariffs for ninety days and raised hopes of a broader agreement.</p></article>\
         <footer>Share this story</footer></body></html>",
    )
    .unwrap();
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, Action::ImportPaths(vec![page]));
    h.run();
    let p = h.state().document().project();
    let a = p.articles.get(h.state().selection().article.unwrap()).unwrap();
    assert!(a.text.contains("export licences would stay slow"), "{}", a.text);
    assert!(!a.text.contains("Share this story"));
    // The import notice says which extractor gave the text and that the page has no date.
    h.get_by_label_contains("page.html: text from Readability; no publication date found: set it in the inspector");
    h.get_by_role_and_label(Role::Button, "OK").click();
    h.run();

    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Export").hover();
    h.run();
    h.get_by_label("CSV tables (events and claims)…").click();
    h.run();
    let out = dir.path().join("coded");
    crate::support::type_into(&mut h, Role::MultilineTextInput, "File path", out.to_str().unwrap());
    h.get_by_role_and_label(Role::Button, "Export").click();
    h.run();
    assert!(h.state().status().unwrap().starts_with("Exported"), "{:?}", h.state().status());
    assert!(dir.path().join("coded-claims.csv").is_file());
}

#[test]
fn a_folder_imports_every_page_in_it_and_an_undated_article_is_marked_in_the_list() {
    let mut h = harness();
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("week 1")).unwrap();
    let page = |title: &str, head: &str| {
        format!(
            "<html><head><title>{title}</title>{head}</head><body><article><p>Officials in Beijing warned on Friday that \
             export licences would stay slow while Washington kept its restrictions in place ({title}).</p></article></body></html>"
        )
    };
    std::fs::write(
        dir.path().join("week 1/dated.html"),
        page("Dated story", r#"<meta name="pdate" content="20250606">"#),
    )
    .unwrap();
    std::fs::write(dir.path().join("undated.htm"), page("Undated story", "")).unwrap();
    std::fs::write(dir.path().join("photo.jpg"), b"\xff\xd8").unwrap();
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, Action::ImportPaths(vec![dir.path().to_path_buf()]));
    step_until(&mut h, "the folder's import", |h| h.state().document().project().articles.len() == 4);
    let p = h.state().document().project();
    let dated = p.articles.iter().find(|a| a.title == "Dated story").expect("the page in the subfolder came in");
    assert_eq!(dated.published, Some(jiff::civil::date(2025, 6, 6)));
    let undated = p.articles.iter().find(|a| a.title == "Undated story").expect("the page at the top came in");
    assert_eq!(undated.published, None);
    assert_eq!(p.articles.len(), 4, "the sample's two and the folder's two; the photo is skipped");
    h.get_by_label_contains("dated.html: text from Readability; published 2025-06-06 (from <meta pdate>)");
    h.get_by_role_and_label(Role::Button, "OK").click();
    h.run();
    h.get_by_label_contains("● undated").hover();
    h.run();
    h.get_by_label("no publication date: set it in the inspector");
}

#[test]
fn a_new_project_is_named_and_placed_in_the_app_and_its_settings_rename_it_undoably() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rare-earths");
    let mut h = harness();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    h.run();
    if h.query_by_label("Don't save").is_some() {
        h.get_by_label("Don't save").click();
        h.run();
    }
    h.get_by_role_and_label(Role::TextInput, "Name").type_text("Rare earths 2025");
    h.run();
    let place = "Save as (optional: otherwise chosen on the first save)";
    h.get_by_role_and_label(Role::TextInput, place).focus();
    h.run();
    h.get_by_role_and_label(Role::TextInput, place).type_text(path.to_str().unwrap());
    h.run();
    h.get_by_role_and_label(Role::Button, "Create project").click();
    // The save runs in the background and repaints until it is done: step, then wait for it.
    h.step();
    step_until(&mut h, "the save", |h| !h.state().is_saving());
    assert!(path.with_extension("ron").is_file(), "saved where asked, as .ron");
    assert!(h.state().title().starts_with("Rare earths 2025 (rare-earths.ron)"), "{}", h.state().title());
    h.get_by_label("0 articles · 0 claims · 0 actors · 0 events");

    // One article: counted in the singular.
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, Action::Paste("Beijing tightens licences\nThe ministry said so.".into()));
    h.run();
    h.get_by_label("1 article · 0 claims · 0 actors · 0 events");

    h.state_mut().act(&ctx, Action::Command(faultline::ui::Command::ProjectSettings));
    h.run();
    let name = "Name (the title bar and reports show it)";
    h.get_by_role_and_label(Role::TextInput, name).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_role_and_label(Role::TextInput, name).type_text("Rare earths, spring 2025");
    h.run();
    h.get_by_role_and_label(Role::Button, "Apply").click();
    h.run();
    assert_eq!(h.state().document().project().name, "Rare earths, spring 2025");
    assert!(h.state().title().contains("Rare earths, spring 2025"));
    assert!(h.query_by_label("Project settings").is_none(), "the dialog closed");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(h.state().document().project().name, "Rare earths 2025");
}
