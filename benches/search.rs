//! Search over the benchmark project (1,000 articles of 12,000 chars, 100,000 claims: the
//! 60 MB project of `project_io`). Run with `cargo bench --bench search`; figures in
//! BENCHMARKS.md.

use criterion::{Criterion, criterion_group, criterion_main};
use faultline::analysis::search::{Filter, Query, search};
use faultline::generate::{Spec, generate};

fn search_big(c: &mut Criterion) {
    let p = generate(&Spec {
        articles: 1_000,
        claims: 100_000,
        actors: 40,
        events: 50_000,
        article_chars: 12_000,
        seed: 1,
    });
    let r = search(&p, &Query::plain("rare earth")).unwrap();
    eprintln!("“rare earth”: {}", r.summary());
    let mut g = c.benchmark_group("search 1000 articles / 12 M chars");
    g.sample_size(10);
    g.bench_function("phrase, ignoring case", |b| b.iter(|| search(&p, &Query::plain("rare earth")).unwrap()));
    let exact = Query { case_sensitive: true, ..Query::plain("rare earth") };
    g.bench_function("phrase, match case", |b| b.iter(|| search(&p, &exact).unwrap()));
    let regex = Query { regex: true, ..Query::plain(r"\bstrong and \w+ measures\b") };
    g.bench_function("regex", |b| b.iter(|| search(&p, &regex).unwrap()));
    let tag = p.tags.iter().next().map(|t| t.id);
    let tagged = Query { filter: Filter { tag, ..Filter::default() }, ..Query::plain("rare earth") };
    g.bench_function("phrase inside claims with a tag", |b| b.iter(|| search(&p, &tagged).unwrap()));
    // What the Search pane does on the UI thread before each search in the background.
    g.bench_function("project snapshot (clone)", |b| b.iter(|| p.clone()));
    g.finish();
}

criterion_group!(benches, search_big);
criterion_main!(benches);
