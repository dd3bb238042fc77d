//! Search over the benchmark project (1,000 articles of 12,000 chars, 100,000 claims: the
//! 60 MB project of `project_io`). Run with `cargo bench --bench search`; figures in
//! BENCHMARKS.md.

use criterion::{Criterion, criterion_group, criterion_main};
use faultline::analysis::search::{Corpus, Filter, Query};
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
    let corpus = Corpus::of(&p);
    let r = corpus.search(&Query::plain("rare earth")).unwrap();
    eprintln!("“rare earth”: {}", r.summary());
    let mut g = c.benchmark_group("search 1000 articles / 12 M chars");
    g.sample_size(10);
    g.bench_function("phrase, ignoring case", |b| b.iter(|| corpus.search(&Query::plain("rare earth")).unwrap()));
    let exact = Query { case_sensitive: true, ..Query::plain("rare earth") };
    g.bench_function("phrase, match case", |b| b.iter(|| corpus.search(&exact).unwrap()));
    let regex = Query { regex: true, ..Query::plain(r"\bstrong and \w+ measures\b") };
    g.bench_function("regex", |b| b.iter(|| corpus.search(&regex).unwrap()));
    let tag = p.tags.iter().next().map(|t| t.id);
    let tagged = Query { filter: Filter { tag, ..Filter::default() }, ..Query::plain("rare earth") };
    g.bench_function("phrase inside claims with a tag", |b| b.iter(|| corpus.search(&tagged).unwrap()));
    // What the Search pane does on the UI thread once per document state before searching
    // in the background: copy what a search reads (it used to clone the whole project).
    g.bench_function("search snapshot (texts and claim coding)", |b| b.iter(|| Corpus::of(&p).into_owned()));
    g.bench_function("whole project clone (for comparison)", |b| b.iter(|| p.clone()));
    g.finish();
}

criterion_group!(benches, search_big);
criterion_main!(benches);
