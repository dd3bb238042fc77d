//! Project load and save at analyst scale (1,000 articles, 100,000 claims, 50,000 events),
//! against the bare ron crate on the same data and serde_json as references; and the tension
//! series over 50,000 events. Run with `cargo bench`; figures in BENCHMARKS.md.

use criterion::{Criterion, criterion_group, criterion_main};
use faultline::analysis::series::{self, BinSize, SeriesSpec};
use faultline::generate::{Spec, generate};
use faultline::io::project_file::{parse_checked, pretty_config, to_ron};
use faultline::model::Project;

fn big() -> Project {
    generate(&Spec { articles: 1_000, claims: 100_000, actors: 40, events: 50_000, article_chars: 5_000, seed: 1 })
}

fn load_and_save(c: &mut Criterion) {
    let p = big();
    let ron_text = to_ron(&p).unwrap();
    let json_text = serde_json::to_string(&p).unwrap();
    eprintln!("project file: {:.1} MB of RON", ron_text.len() as f64 / 1e6);
    let mut g = c.benchmark_group("project 1000 articles / 100k claims");
    g.sample_size(10);
    g.bench_function("faultline load (parse + check + index)", |b| b.iter(|| parse_checked(&ron_text).unwrap()));
    g.bench_function("bare ron load (same data)", |b| b.iter(|| ron::from_str::<Project>(&ron_text).unwrap()));
    g.bench_function("serde_json load (same model)", |b| {
        b.iter(|| serde_json::from_str::<Project>(&json_text).unwrap())
    });
    g.bench_function("faultline save (pretty RON)", |b| b.iter(|| to_ron(&p).unwrap()));
    g.bench_function("bare ron save (same data, same layout)", |b| {
        b.iter(|| ron::ser::to_string_pretty(&p, pretty_config()).unwrap())
    });
    g.bench_function("serde_json save (same model)", |b| b.iter(|| serde_json::to_string(&p).unwrap()));
    g.finish();
}

fn series_recompute(c: &mut Criterion) {
    let p = big();
    let spec = SeriesSpec { bin: BinSize::Week, ..SeriesSpec::default() };
    let mut g = c.benchmark_group("series over 50k events");
    g.bench_function("weekly, all events", |b| b.iter(|| series::compute(&p, p.events.iter(), &spec)));
    let daily = SeriesSpec { bin: BinSize::Day, smooth: Some(7), ..SeriesSpec::default() };
    g.bench_function("daily, 7-day centred mean", |b| b.iter(|| series::compute(&p, p.events.iter(), &daily)));
    g.finish();
}

criterion_group!(benches, load_and_save, series_recompute);
criterion_main!(benches);
