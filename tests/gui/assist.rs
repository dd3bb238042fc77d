//! Assisted annotation as a new analyst meets it: open an article nobody has coded yet, see its
//! suggested claims, walk them with F8, accept one with Enter (a claim with its speaker, then a
//! second Enter for the event it proposes), reject the next with Delete, undo; then add an
//! alias and see the mention counts follow at once; and a Chinese ministry statement gets its
//! own suggestions.

use crate::support::{workbench, workbench_drawing_any_text};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use faultline::analysis::assist::{AssistInput, assist};
use faultline::analysis::suggest::Suggestion;
use faultline::io::project_file;
use faultline::model::{ArticleId, Project};
use faultline::sample::sample_project;
use faultline::ui::FaultlineApp;

/// The sample's articles and actors with nothing coded yet, as after importing them.
fn uncoded() -> Project {
    let mut p = sample_project();
    p.claims = Default::default();
    p.events = Default::default();
    p
}

/// The workbench opened on `p`, saved to a file first, as an analyst opens a project.
fn harness(p: Project) -> (Harness<'static, FaultlineApp>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fresh.ron");
    project_file::save(&p, &path).unwrap();
    (workbench(1440.0, 900.0, Some(&path)), dir)
}

fn press(h: &mut Harness<'static, FaultlineApp>, key: Key) {
    h.key_press(key);
    h.run();
}

fn suggestions(p: &Project, article: ArticleId) -> Vec<Suggestion> {
    assist(&AssistInput::of_article(p, article).unwrap()).suggestions
}

#[test]
fn code_an_article_from_the_keyboard_by_accepting_and_rejecting_suggestions() {
    let p = uncoded();
    let article = p.articles.ids().next().unwrap();
    let expected = suggestions(&p, article);
    let n = expected.len();
    let (mut h, _dir) = harness(p);
    h.run();
    // Opening the article shows its suggestions at once; none is applied.
    h.get_by_label(&format!("{n} suggested claims"));
    assert_eq!(h.state().document().project().claims.len(), 0);
    assert!(!h.state().document().is_dirty());

    press(&mut h, Key::F8);
    h.get_by_label(&format!("Suggestion 1 of {n}"));
    assert!(h.state().status().unwrap().starts_with("Suggestion: "), "{:?}", h.state().status());
    h.key_press_modifiers(Modifiers::SHIFT, Key::F8);
    h.run();
    h.get_by_label(&format!("Suggestion {n} of {n}"));
    press(&mut h, Key::F8);

    // Walk to the first suggestion that proposes a whole event: speaker, target, type, date.
    let k = expected
        .iter()
        .position(|s| s.speaker.is_some() && s.target.is_some() && s.event_type.is_some() && s.date.is_some())
        .expect("a suggestion with a whole event");
    for _ in 0..k {
        press(&mut h, Key::F8);
    }
    h.get_by_label(&format!("Suggestion {} of {n}", k + 1));
    let chosen = &expected[k];

    press(&mut h, Key::Enter);
    let p = h.state().document().project();
    assert_eq!(p.claims.len(), 1, "Enter accepts the suggestion as a claim");
    let claim = p.claims.iter().next().unwrap().clone();
    assert_eq!(claim.quote, chosen.quote);
    assert_eq!(claim.speaker, chosen.speaker);
    assert_eq!(claim.targets, chosen.target.into_iter().collect::<Vec<_>>());
    assert_eq!(p.events.len(), 0, "the event waits for the analyst");
    assert_eq!(h.state().selection().claim, Some(claim.id));
    h.get_by_label("Proposed from the suggestion: check it, then press Enter");

    press(&mut h, Key::Enter);
    let p = h.state().document().project();
    assert_eq!(p.events.len(), 1, "the second Enter confirms the proposed event");
    let event = p.events.iter().next().unwrap();
    let date = chosen.date.as_ref().unwrap();
    assert_eq!(Some(event.kind), chosen.event_type);
    assert_eq!((event.date.start, event.date.end), (date.start, date.end));
    assert_eq!(Some(event.source), chosen.speaker);
    assert_eq!(event.evidence, vec![claim.id]);
    assert_eq!(h.state().document().undo_label(), Some("code event"));

    // The accepted sentence is a claim now; F8 goes on to the one after it.
    press(&mut h, Key::F8);
    h.get_by_label(&format!("Suggestion {} of {}", k + 1, n - 1));
    let rejected = &expected[k + 1];
    press(&mut h, Key::Delete);
    let dismissed = |h: &Harness<'static, FaultlineApp>| {
        h.state().document().project().articles.get(article).unwrap().dismissed_suggestions.clone()
    };
    assert!(dismissed(&h).contains(&rejected.quote), "Delete rejects and remembers it");
    assert_eq!(h.state().document().project().claims.len(), 1, "rejecting makes nothing");
    // On to the next one, and the rejected one does not come back.
    h.get_by_label(&format!("Suggestion {} of {}", k + 1, n - 2));
    let now = suggestions(h.state().document().project(), article);
    assert!(now.iter().all(|s| s.quote != rejected.quote));

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(dismissed(&h).is_empty(), "undo takes the rejection back");
    let now = suggestions(h.state().document().project(), article);
    assert!(now.iter().any(|s| s.quote == rejected.quote));
    // The one after the rejected sentence is still in hand, and the count is back.
    h.get_by_label(&format!("Suggestion {} of {}", k + 2, n - 1));
}

#[test]
fn an_alias_added_in_the_actors_pane_counts_its_mentions_at_once() {
    let (mut h, _dir) = harness(uncoded());
    h.run();
    h.get_by_label("Actors").click();
    h.run();
    let hassett = |h: &Harness<'static, FaultlineApp>| {
        let p = h.state().document().project();
        p.actors.iter().find(|a| a.name == "Kevin Hassett").unwrap().clone()
    };
    let before = hassett(&h).aliases.len();
    // Actors with that many mentions: the numbers in the Actors pane's count column.
    let mentions = |h: &Harness<'static, FaultlineApp>, count: &str| {
        let pane_edge = h.get_by_label("Reader").rect().min.x;
        h.query_all_by(|n| n.role() == Role::Label && n.value().as_deref() == Some(count))
            .filter(|n| n.rect().max.x < pane_edge)
            .count()
    };
    let (ones, twos) = (mentions(&h, "1"), mentions(&h, "2"));
    h.get_by_label("Kevin Hassett (United States)").click();
    h.run();
    let aliases = h.get_by_role_and_label(Role::TextInput, "Aliases");
    aliases.focus();
    h.run();
    h.key_press(Key::End);
    h.event(egui::Event::Text(", National Economic Council".into()));
    h.run();
    press(&mut h, Key::Tab);
    assert_eq!(hassett(&h).aliases.len(), before + 1);
    assert_eq!(hassett(&h).aliases.last().map(String::as_str), Some("National Economic Council"));
    // "National Economic Council director Kevin Hassett": one mention more, counted at once.
    assert_eq!((mentions(&h, "1"), mentions(&h, "2")), (ones - 1, twos + 1));
}

#[test]
fn a_chinese_ministry_statement_gets_its_suggestions_in_the_reader_and_enter_keeps_the_speaker() {
    use faultline::model::{Actor, ActorKind, Affiliation, Article, Colour};
    let mut p = Project::new("中美经贸");
    let china = Actor::new("China", ActorKind::State, Colour::palette(0));
    let mut us = Actor::new("United States", ActorKind::State, Colour::palette(1));
    let mut mofcom = Actor::new("Ministry of Commerce (China)", ActorKind::GovernmentBody, Colour::palette(2));
    let mut he = Actor::new("He Yadong", ActorKind::Person, Colour::palette(3));
    let mut china = china;
    china.aliases = vec!["中国".into(), "中方".into()];
    us.aliases = vec!["美国".into(), "美方".into()];
    mofcom.aliases = vec!["商务部".into()];
    mofcom.affiliations = vec![Affiliation::always(china.id)];
    he.aliases = vec!["何亚东".into()];
    he.affiliations = vec![Affiliation::always(mofcom.id)];
    let (he_id, us_id) = (he.id, us.id);
    for a in [china, us, mofcom, he] {
        p.actors.put(a);
    }
    let article = ArticleId::random();
    p.articles.put(Article {
        id: article,
        title: "商务部新闻发言人答记者问".into(),
        outlet: "新华社".into(),
        reliability: None,
        author: String::new(),
        url: String::new(),
        published: "2025-06-10".parse().ok(),
        notes: String::new(),
        text: "商务部新闻发言人答记者问\n\n商务部新闻发言人何亚东9日表示，美方近期的出口管制措施严重违反世贸组织规则，中方坚决反对。\
有记者问：中方对此有何回应？何亚东说，中方将采取必要措施，坚决维护中国企业的合法权益。"
            .into(),
        dismissed_suggestions: Default::default(),
    });
    let expected = suggestions(&p, article);
    assert_eq!(expected.len(), 2, "two statements; the headline and the question are none");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("zh.ron");
    project_file::save(&p, &path).unwrap();
    // Han characters need system fonts, which the test machine may lack: drawn as boxes here.
    let mut h = workbench_drawing_any_text(1440.0, 900.0, Some(&path));
    h.run();
    h.get_by_label("2 suggested claims");
    press(&mut h, Key::F8);
    h.get_by_label("Suggestion 1 of 2");
    press(&mut h, Key::Enter);
    let p = h.state().document().project();
    let claim = p.claims.iter().next().expect("Enter accepts the Chinese suggestion as a claim");
    assert_eq!(claim.quote, expected[0].quote);
    assert_eq!((claim.speaker, claim.targets.clone()), (Some(he_id), vec![us_id]));
}
