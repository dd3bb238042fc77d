//! Actor-mention detection over the benchmark project (1,000 articles of ~5,000 chars): with the
//! 40 actors of the generator's roster, and with 50,000 more actors carrying 200,000 names and
//! aliases (the size of a large event-data actor dictionary): building the automata, and
//! counting every mention in every article as the Actors pane does; and importing a 50,000-entry
//! Phoenix-format dictionary (read, plan, apply as one edit); and the Problems check for names
//! two actors share over those 50,000 actors, worked out afresh and asked again after an edit
//! that left the actors alone. Run with `cargo bench --bench mentions`; figures in BENCHMARKS.md.

use criterion::{Criterion, criterion_group, criterion_main};
use faultline::analysis::actor_checks::{NamesInput, shared_names};
use faultline::analysis::mentions::{Matching, MentionFinder, count};
use faultline::edit::Document;
use faultline::generate::{Spec, generate};
use faultline::io::dictionary::{parse, plan::plan};
use faultline::model::{Actor, ActorKind, Colour, Project};

fn mentions(c: &mut Criterion) {
    let p =
        generate(&Spec { articles: 1_000, claims: 100_000, actors: 40, events: 50_000, article_chars: 5_000, seed: 1 });
    let counts = count(&p, Matching::default());
    let chars: usize = p.articles.iter().map(|a| a.text.chars().count()).sum();
    eprintln!(
        "{} mentions of {} actors in {} articles ({:.1} M chars)",
        counts.per_actor.values().sum::<usize>(),
        counts.per_actor.len(),
        p.articles.len(),
        chars as f64 / 1e6
    );
    let big = with_dictionary(&p, 50_000);
    let mut g = c.benchmark_group("mentions, 1000 articles");
    g.sample_size(10);
    g.bench_function("build the finder (40 actors)", |b| b.iter(|| MentionFinder::new(&p.actors, Matching::default())));
    g.bench_function("count every mention in every article", |b| b.iter(|| count(&p, Matching::default())));
    g.bench_function("build the finder (50,000 actors, 200,000 names)", |b| {
        b.iter(|| MentionFinder::new(&big.actors, Matching::default()))
    });
    g.bench_function("count every mention, 50,000 actors", |b| b.iter(|| count(&big, Matching::default())));
    g.finish();

    let mut g = c.benchmark_group("actor checks, 50,000 actors");
    g.sample_size(10);
    g.bench_function("names two actors share, worked out", |b| b.iter(|| shared_names(&big)));
    let loose = Project { matching: Matching { ignore_diacritics: true }, ..big.clone() };
    g.bench_function("names two actors share, diacritics ignored", |b| b.iter(|| shared_names(&loose)));
    // The Problems pane asks again only when the check's input changed.
    let kept = NamesInput::of(&big);
    let mut edited = big.clone();
    edited.description.push_str(" (an edit that leaves the actors alone)");
    g.bench_function("names two actors share, after an edit elsewhere", |b| b.iter(|| NamesInput::of(&edited) == kept));
    g.finish();

    let text = dictionary(50_000);
    let mut g = c.benchmark_group("actor dictionary");
    g.sample_size(10);
    g.bench_function("import 50,000 entries (read, plan, one edit)", |b| {
        b.iter(|| {
            let plan = plan(&p, parse("big.actors.txt", &text));
            let mut doc = Document::unsaved(p.clone());
            doc.apply(plan.edit("big.actors.txt").expect("actors to add")).expect("a valid import");
            doc
        })
    });
    g.finish();
}

/// A Phoenix-format dictionary of `n` people, each with two synonyms and two dated codes and a
/// default, spread over the country table's states.
fn dictionary(n: usize) -> String {
    const STATES: [&str; 8] = ["USA", "CHN", "RUS", "DEU", "FRA", "JPN", "IND", "BRA"];
    let mut out = String::from("# synthetic Phoenix-format dictionary\n");
    for i in 0..n {
        let state = STATES[i % STATES.len()];
        out.push_str(&format!(
            "PERSON_{i}_SURNAME_{}\n+P._{i}_SURNAME\n+MINISTER_{i}\n\t[{state}ELI 19900101-20100630]\n\t[{state}GOV 20100701-20200101]\n\t[{state}ELI]\n",
            i % 977
        ));
    }
    out
}

/// The project with `n` more actors, each with a name and three aliases made of syllables (a
/// fifth of them in Cyrillic), as a dictionary import would add them.
fn with_dictionary(p: &Project, n: usize) -> Project {
    const LATIN: [&str; 16] =
        ["ka", "lo", "ven", "rid", "mar", "tis", "on", "bel", "sha", "dru", "mi", "gor", "ta", "nex", "ul", "ber"];
    const CYRILLIC: [&str; 16] =
        ["ка", "ло", "вен", "рид", "мар", "тис", "он", "бел", "ша", "дру", "ми", "гор", "та", "некс", "ул", "бер"];
    let mut big = p.clone();
    let mut rng = fastrand::Rng::with_seed(7);
    for i in 0..n {
        let syllables = if i % 5 == 0 { &CYRILLIC } else { &LATIN };
        let mut word = |len: usize| {
            let w: String = (0..len).map(|_| syllables[rng.usize(..16)]).collect();
            let mut chars = w.chars();
            chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
        };
        let (first, last) = (word(2), word(3));
        let mut actor = Actor::new(format!("{first} {last}"), ActorKind::Person, Colour::rgb(90, 90, 90));
        actor.aliases = vec![last.clone(), format!("Minister {first} {last}"), last.to_uppercase()];
        big.actors.put(actor);
    }
    big
}

criterion_group!(benches, mentions);
criterion_main!(benches);
