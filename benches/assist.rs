//! The reader's assistance (actor mentions, date phrases, claim suggestions) over one article:
//! the seed articles' prose repeated to 5 KB (a news story), 50 KB and 200 KB (a long report).
//! Articles up to 50 KB are scanned on the UI thread, longer ones on another thread, so the
//! 50 KB figure is the longest a frame waits for it. `cargo bench --bench assist`.

use criterion::{Criterion, criterion_group, criterion_main};
use faultline::analysis::assist::{AssistInput, assist};
use faultline::sample::sample_project;

fn assist_article(c: &mut Criterion) {
    let mut p = sample_project();
    p.claims = Default::default();
    p.events = Default::default();
    let prose: String = p.articles.iter().map(|a| a.text.as_str()).collect::<Vec<_>>().join("\n\n");
    let article = p.articles.ids().next().unwrap();
    let mut g = c.benchmark_group("assist one article");
    for kb in [5, 50, 200] {
        let mut text = String::new();
        while text.len() < kb * 1000 {
            text.push_str(&prose);
            text.push_str("\n\n");
        }
        let cut = (0..=kb * 1000).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        text.truncate(cut);
        let mut input = AssistInput::of_article(&p, article).unwrap();
        input.text = text;
        let a = assist(&input);
        eprintln!(
            "{kb} KB: {} mentions, {} dates, {} suggestions",
            a.mentions.len(),
            a.dates.len(),
            a.suggestions.len()
        );
        g.bench_function(format!("{kb} KB"), |b| b.iter(|| assist(&input)));
    }
    g.finish();
}

criterion_group!(benches, assist_article);
criterion_main!(benches);
