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
    MentionFinder::new(p)
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
    let ms = MentionFinder::new(&actors).find(text);
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
    let counts = count(&p);
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
