//! Project load and save at analyst scale (1,000 articles, 100,000 claims, 50,000 events),
//! against the bare ron crate on the same data and serde_json as references; and the tension
//! series over 50,000 events; and two analysts' copies of it merged and compared. Run with
//! `cargo bench`; figures in BENCHMARKS.md.

use criterion::{Criterion, criterion_group, criterion_main};
use faultline::analysis::agreement::agreement;
use faultline::analysis::series::{self, BinSize, SeriesSpec};
use faultline::edit::builders::turn_into;
use faultline::generate::{Spec, generate};
use faultline::io::merge::merge;
use faultline::io::project_file::{parse_checked, pretty_config, to_ron};
use faultline::io::repair::check_in_memory;
use faultline::model::{Claim, Confidence, Project};

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

/// `base` as one analyst left it: `change` applied to 1,000 claims from the `from`th on, and
/// ten claims every analyst edits (a conflict each).
fn analyst(base: &Project, from: usize, change: impl Fn(&mut Claim)) -> Project {
    let mut p = base.clone();
    let ids: Vec<_> = base.claims.ids().skip(from).take(1_000).chain(base.claims.ids().take(10)).collect();
    for id in ids {
        let mut c = p.claims.get(id).unwrap().clone();
        change(&mut c);
        p.claims.put(c);
    }
    p
}

fn teams(c: &mut Criterion) {
    let base = big();
    let ours = analyst(&base, 1_000, |c| c.note = "checked against the wire copy".into());
    let theirs = analyst(&base, 50_000, |c| c.confidence = Confidence::Low);
    let theirs_text = to_ron(&theirs).unwrap();
    let mut g = c.benchmark_group("two analysts, 1000 articles / 100k claims, 1000 changes each");
    g.sample_size(10);
    g.bench_function("load one side (parse + check + index): the yardstick", |b| {
        b.iter(|| parse_checked(&theirs_text).unwrap())
    });
    g.bench_function("merge, result checked (faultline merge without file reads and write)", |b| {
        b.iter(|| check_in_memory(&merge(&base, &ours, &theirs).project))
    });
    let merged = check_in_memory(&merge(&base, &ours, &theirs).project).0;
    g.bench_function("the workbench's merge edit (turn the open project into the merge)", |b| {
        b.iter(|| turn_into(&ours, &merged, "merge").unwrap())
    });
    g.bench_function("agreement (alpha per tag, matching, kappa)", |b| b.iter(|| agreement(&ours, &theirs)));
    g.finish();
}

criterion_group!(benches, load_and_save, series_recompute, teams);
criterion_main!(benches);
