//! Actor-mention detection over the benchmark project (1,000 articles of ~5,000 chars, the 40
//! actors of the generator's roster with their aliases): building the automata from the
//! actors, and counting every mention in every article as the Actors pane does. Run with
//! `cargo bench --bench mentions`; figures in BENCHMARKS.md.

use criterion::{Criterion, criterion_group, criterion_main};
use faultline::analysis::mentions::{Matching, MentionFinder, count};
use faultline::generate::{Spec, generate};

fn mentions(c: &mut Criterion) {
    let p =
        generate(&Spec { articles: 1_000, claims: 100_000, actors: 40, events: 50_000, article_chars: 5_000, seed: 1 });
    let counts = count(&p);
    let chars: usize = p.articles.iter().map(|a| a.text.chars().count()).sum();
    eprintln!(
        "{} mentions of {} actors in {} articles ({:.1} M chars)",
        counts.per_actor.values().sum::<usize>(),
        counts.per_actor.len(),
        p.articles.len(),
        chars as f64 / 1e6
    );
    let mut g = c.benchmark_group("mentions, 1000 articles");
    g.sample_size(20);
    g.bench_function("build the finder (40 actors)", |b| b.iter(|| MentionFinder::new(&p.actors, Matching::default())));
    g.bench_function("count every mention in every article", |b| b.iter(|| count(&p)));
    g.finish();
}

criterion_group!(benches, mentions);
criterion_main!(benches);
