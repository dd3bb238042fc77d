//! Importing 1,000 saved news pages (read, decode, extract the article), one after another as
//! the import worker does. The pages come from `faultline::generate::saved_page`.

use criterion::{Criterion, criterion_group, criterion_main};
use faultline::generate::saved_page;
use faultline::io::import::import_file;

fn import_pages(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let paths: Vec<_> = (0..1_000)
        .map(|i| {
            let path = dir.path().join(format!("page-{i:04}.html"));
            std::fs::write(&path, saved_page(1, i, 5_000)).unwrap();
            path
        })
        .collect();
    let bytes: u64 = paths.iter().map(|p| std::fs::metadata(p).unwrap().len()).sum();
    eprintln!("1,000 pages, {:.1} MB of HTML", bytes as f64 / 1e6);
    let mut g = c.benchmark_group("import");
    g.sample_size(10);
    g.bench_function("1,000 saved HTML pages", |b| {
        b.iter(|| paths.iter().map(|p| import_file(p).unwrap().article.text.len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, import_pages);
criterion_main!(benches);
