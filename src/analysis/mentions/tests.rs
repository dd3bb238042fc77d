use std::collections::BTreeMap;

use super::*;
use crate::model::text::slice_chars;
use crate::model::{ActorKind, Colour};
use crate::sample::sample_project;

fn actor(name: &str, aliases: &[&str]) -> Actor {
    let mut a = Actor::new(name, ActorKind::State, Colour::rgb(0, 0, 0));
    a.aliases = aliases.iter().map(|s| s.to_string()).collect();
    a
}

fn names(p: &Table<Actor>, text: &str) -> Vec<(String, String)> {
    MentionFinder::new(p, Matching::default())
        .find(text)
        .into_iter()
        .map(|m| (slice_chars(text, m.start, m.end).unwrap().to_owned(), p.get(m.actor).unwrap().name.clone()))
        .collect()
}

fn table(actors: Vec<Actor>) -> Table<Actor> {
    let mut t = Table::default();
    for a in actors {
        t.put(a);
    }
    t
}

#[test]
fn longest_alias_wins_and_words_are_whole() {
    let actors = table(vec![
        actor("Donald Trump", &["Trump", "President Donald Trump"]),
        actor("United States", &["US", "U.S.", "Washington"]),
    ]);
    let text = "President Donald Trump said the US and USA, not us; U.S.-China talks; Trumpism. Washington.";
    assert_eq!(
        names(&actors, text),
        vec![
            ("President Donald Trump".into(), "Donald Trump".into()),
            ("US".into(), "United States".into()),
            ("U.S.".into(), "United States".into()),
            ("Washington".into(), "United States".into()),
        ]
    );
}

#[test]
fn lowercase_aliases_match_any_case_and_capitalised_ones_only_their_own() {
    let actors = table(vec![actor("China", &["beijing", "PRC"])]);
    let text = "Beijing, BEIJING and beijing; PRC but not prc.";
    let found = names(&actors, text);
    assert_eq!(found.iter().map(|(s, _)| s.as_str()).collect::<Vec<_>>(), ["Beijing", "BEIJING", "beijing", "PRC"]);
}

#[test]
fn offsets_are_chars_in_any_script() {
    let actors = table(vec![actor("China", &["中国"]), actor("Russia", &["Россия"])]);
    let text = "«Россия» и 中国 — “中国”";
    let ms = MentionFinder::new(&actors, Matching::default()).find(text);
    assert_eq!(ms.len(), 3);
    for m in &ms {
        let s = slice_chars(text, m.start, m.end).unwrap();
        assert!(s == "中国" || s == "Россия", "{s}");
    }
    assert_eq!((ms[0].start, ms[0].end), (1, 7));
}

#[test]
fn sample_mentions_resolve_the_sources_names() {
    let p = sample_project();
    let counts = count(&p, Matching::default());
    let by_name = |n: &str| counts.of_actor(p.find_actor(n).unwrap().id);
    // Hand-counted in the seeds: "Liu Pengyu" once and "Liu" once (article 1).
    assert_eq!(by_name("Liu Pengyu"), 2);
    // "Beijing’s embassy in Singapore" is one mention of the embassy, not one of China.
    assert_eq!(by_name("Chinese Embassy in Singapore"), 1);
    assert_eq!(by_name("Dennis Wilder"), 1);
    assert_eq!(by_name("Kevin Hassett"), 1);
    assert!(by_name("China") > 10 && by_name("United States") > 5);
    let total: usize = p.articles.ids().map(|a| counts.in_article(a)).sum();
    assert_eq!(total, counts.per_actor.values().sum::<usize>());
}

#[test]
fn a_name_glued_to_the_word_before_it_is_still_found_but_not_inside_a_word() {
    let actors = table(vec![actor("Donald Trump", &["Trump"]), actor("United States", &["US", "American"])]);
    assert_eq!(names(&actors, "Spread the loveTrump hints"), [("Trump".into(), "Donald Trump".into())]);
    assert!(names(&actors, "trumpeted USA Americana").is_empty());
    assert_eq!(names(&actors, "American officials said"), [("American".into(), "United States".into())]);
}

/// A Ministry of Commerce statement as Xinhua carries it: no spaces between words, full-width
/// Latin letters, names inside longer names.
const MOFCOM_STATEMENT: &str = "商务部新闻发言人何亚东9日表示，美方近期对中国企业实施的出口管制措施，\
严重违反世贸组织规则。中华人民共和国商务部公告2025年第18号指出，美国贸易代表办公室（ＵＳＴＲ）\
宣布的措施损害中方正当权益。何亚东说，商务部将坚决维护中国企业合法权益。";

fn chinese_actors() -> Table<Actor> {
    table(vec![
        actor("Ministry of Commerce of China", &["商务部", "中华人民共和国商务部", "MOFCOM"]),
        actor("He Yadong", &["何亚东"]),
        actor("United States", &["美国", "美方", "US"]),
        actor("China", &["中国", "中方"]),
        actor("Office of the US Trade Representative", &["美国贸易代表办公室", "USTR"]),
    ])
}

#[test]
fn chinese_names_are_found_inside_runs_of_characters_longest_first() {
    let found = names(&chinese_actors(), MOFCOM_STATEMENT);
    let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        spans,
        [
            "商务部",
            "何亚东",
            "美方",
            "中国",
            "中华人民共和国商务部",
            "美国贸易代表办公室",
            "ＵＳＴＲ",
            "中方",
            "何亚东",
            "商务部",
            "中国"
        ]
    );
    assert_eq!(found[6].1, "Office of the US Trade Representative");
}

#[test]
fn chinese_mentions_are_counted_per_actor() {
    let actors = chinese_actors();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for (_, who) in names(&actors, MOFCOM_STATEMENT) {
        *counts.entry(who).or_default() += 1;
    }
    let count = |n: &str| counts.get(n).copied().unwrap_or(0);
    assert_eq!(count("Ministry of Commerce of China"), 3);
    assert_eq!(count("He Yadong"), 2);
    assert_eq!(count("China"), 3);
    assert_eq!(count("United States"), 1);
    assert_eq!(count("Office of the US Trade Representative"), 2);
}

/// A Russian MFA briefing summary, with the Chinese spokeswoman's name in Russian.
const MFA_BRIEFING: &str = "Официальный представитель МИД России Мария Захарова заявила на брифинге, \
что Москва поддерживает позицию Пекина. Ранее представитель МИД КНР Хуа Чуньин назвала пошлины \
США «экономическим давлением». МАРИЯ ЗАХАРОВА добавила: «Хуа Чуньин права».";

#[test]
fn russian_names_are_found_in_any_case_when_written_in_lower_case() {
    let actors = table(vec![
        actor("Maria Zakharova", &["мария захарова", "Захарова"]),
        actor("Hua Chunying", &["Хуа Чуньин"]),
        actor("Ministry of Foreign Affairs of Russia", &["МИД России", "мид рф"]),
        actor("China", &["Пекин", "КНР", "пекина"]),
        actor("United States", &["США"]),
    ]);
    let found = names(&actors, MFA_BRIEFING);
    let spans: Vec<&str> = found.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(
        spans,
        ["МИД России", "Мария Захарова", "Пекина", "КНР", "Хуа Чуньин", "США", "МАРИЯ ЗАХАРОВА", "Хуа Чуньин"]
    );
    // "Москва" is not "МИД России".
    assert_eq!(found.iter().filter(|(_, w)| w == "Maria Zakharova").count(), 2);
}

#[test]
fn russian_names_are_found_in_their_case_forms_but_not_in_derived_words() {
    let actors = table(vec![
        actor("Maria Zakharova", &["Мария Захарова", "Захарова"]),
        actor("Ministry of Foreign Affairs of Russia", &["МИД России"]),
        actor("Russia", &["Россия"]),
        actor("United States", &["США", "Вашингтон"]),
        actor("Iran", &["Иран"]),
    ]);
    let text = "По словам официального представителя МИД России Марии Захаровой, санкции США против \
России — «враждебный выпад». Захаровой ответил Вашингтона посол; иранский МИД и Иранская \
республика молчат, а глава МИДа Ирана — нет.";
    let found = names(&actors, text);
    assert_eq!(
        found,
        [
            ("МИД России".into(), "Ministry of Foreign Affairs of Russia".into()),
            ("Марии Захаровой".into(), "Maria Zakharova".into()),
            ("США".into(), "United States".into()),
            ("России".into(), "Russia".into()),
            ("Захаровой".into(), "Maria Zakharova".into()),
            ("Вашингтона".into(), "United States".into()),
            ("Ирана".into(), "Iran".into()),
        ]
    );
    // Offsets are chars of the original text, the ending included.
    let ms = MentionFinder::new(&actors, Matching::default()).find(text);
    let at = text.chars().collect::<String>().find("Марии").map(|b| text[..b].chars().count()).unwrap();
    assert_eq!((ms[1].start, ms[1].end), (at, at + "Марии Захаровой".chars().count()));
}

#[test]
fn russian_offsets_are_chars_of_the_original_text() {
    let actors = table(vec![actor("Hua Chunying", &["хуа чуньин"])]);
    let ms = MentionFinder::new(&actors, Matching::default()).find(MFA_BRIEFING);
    assert_eq!(ms.len(), 2);
    let start = MFA_BRIEFING.chars().collect::<Vec<_>>().len() - "Хуа Чуньин права».".chars().count();
    assert_eq!((ms[1].start, ms[1].end), (start, start + 10));
}

#[test]
fn diacritics_are_ignored_only_when_the_project_asks() {
    let actors = table(vec![actor("Sergei Lavrov", &["Lavrov"]), actor("Pyotr Tolstoy", &["Пётр Толстой"])]);
    let text = "Sergeï Lavrov met Петр Толстой; Lavrov spoke.";
    let strict = MentionFinder::new(&actors, Matching::default()).find(text);
    assert_eq!(strict.len(), 2, "{strict:?}");
    let loose = MentionFinder::new(&actors, Matching { ignore_diacritics: true }).find(text);
    let spans: Vec<&str> = loose.iter().map(|m| slice_chars(text, m.start, m.end).unwrap()).collect();
    assert_eq!(spans, ["Sergeï Lavrov", "Петр Толстой", "Lavrov"]);
}

#[test]
fn a_decomposed_accent_is_one_letter_with_its_base() {
    let actors = table(vec![actor("Estados Unidos Mexicanos", &["México"])]);
    // "e" + U+0301 in the text, "é" precomposed in the alias: the same letter after NFKC.
    let text = "Me\u{301}xico and Mexico";
    let ms = MentionFinder::new(&actors, Matching::default()).find(text);
    assert_eq!(ms.len(), 1);
    assert_eq!((ms[0].start, ms[0].end), (0, 7));
}

#[test]
fn a_chinese_article_gets_its_mentions_underlined_and_counted_in_the_project() {
    let mut p = crate::model::Project::new("t");
    p.actors = chinese_actors();
    let id = crate::model::ArticleId::random();
    p.articles.put(crate::model::Article {
        id,
        title: "商务部新闻发言人答记者问".into(),
        outlet: "新华社".into(),
        author: String::new(),
        url: String::new(),
        published: None,
        notes: String::new(),
        text: MOFCOM_STATEMENT.into(),
        dismissed_suggestions: Default::default(),
        reliability: None,
    });
    // The reader's underlines come from the assist scan.
    let underlines =
        crate::analysis::assist::assist(&crate::analysis::assist::AssistInput::of_article(&p, id).unwrap()).mentions;
    let spans: Vec<&str> = underlines.iter().map(|m| slice_chars(MOFCOM_STATEMENT, m.start, m.end).unwrap()).collect();
    assert_eq!(spans.len(), 11);
    assert_eq!(spans[4], "中华人民共和国商务部");
    let counts = count(&p, Matching::default());
    assert_eq!(counts.in_article(id), 11);
    assert_eq!(counts.of_actor(p.find_actor("He Yadong").unwrap().id), 2);
}
