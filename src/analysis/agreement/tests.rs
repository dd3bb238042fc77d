//! Agreement figures by hand on small cases, and against the `krippendorff` and scikit-learn
//! Python packages on the sample project coded twice.

use super::*;
use crate::edit::{Document, builders};
use crate::model::{Article, Tag, TagId};
use crate::sample::sample_project;

fn labels(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect()
}

#[test]
fn alpha_for_two_binary_coders_matches_the_hand_computation() {
    // Ten characters: A codes the first five, B the first four. n = 20 values, nine 1s and
    // eleven 0s, one disagreeing unit: alpha = 1 - 19 * 1 / (9 * 11).
    let mut counts = Binary::default();
    counts.add(10, &[(0, 5)], &[(0, 4)]);
    assert_eq!(counts, Binary { both: 4, only_a: 1, only_b: 0, neither: 5 });
    assert!((counts.alpha().unwrap() - (1.0 - 19.0 / 99.0)).abs() < 1e-12);
}

#[test]
fn alpha_is_undefined_when_nobody_varies() {
    let mut counts = Binary::default();
    counts.add(10, &[], &[]);
    assert_eq!(counts.alpha(), None);
}

#[test]
fn kappa_matches_the_hand_computation() {
    // p_o = 3/4; marginals a: 2 and 1, b: 2 and 3, so p_e = (2*1 + 2*3) / 16 = 1/2.
    let pairs = labels(&[("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]);
    let kappa = cohen_kappa(pairs.iter().map(|(x, y)| (x, y))).unwrap();
    assert!((kappa - 0.5).abs() < 1e-12);
    let same = labels(&[("a", "a"), ("a", "a")]);
    assert_eq!(cohen_kappa(same.iter().map(|(x, y)| (x, y))), None);
}

#[test]
fn a_project_compared_with_itself_agrees_perfectly() {
    let p = sample_project();
    let a = agreement(&p, &p);
    assert_eq!(a.alpha_overall, Some(1.0));
    assert!(a.alpha_by_tag.values().all(|v| *v == Some(1.0) || v.is_none()));
    assert_eq!(a.matched.len(), p.claims.len());
    assert!(a.only_a.is_empty() && a.only_b.is_empty());
    assert_eq!(a.date_agreement, Some(1.0));
}

#[test]
fn analysts_who_coded_different_articles_get_no_score() {
    let sample = sample_project();
    let mut a = sample.clone();
    let mut b = sample;
    // A keeps only the first article, B only the second.
    let ids: Vec<_> = a.articles.ids().collect();
    let mut da = Document::new(a.clone(), None);
    da.apply(builders::delete_article(&a, ids[1])).unwrap();
    a = da.project().clone();
    let mut db = Document::new(b.clone(), None);
    db.apply(builders::delete_article(&b, ids[0])).unwrap();
    b = db.project().clone();
    let result = agreement(&a, &b);
    assert!(result.shared_articles.is_empty());
    assert_eq!(result.alpha_overall, None);
    assert_eq!(result.kappa_event_type, None);
    assert!(result.alpha_by_tag.is_empty());
    assert_eq!(result.articles_only_a.len(), 1);
    assert_eq!(result.articles_only_b.len(), 1);
}

#[test]
fn articles_imported_separately_are_matched_by_their_text() {
    let p = sample_project();
    let mut b = p.clone();
    // B imported the same page itself: another id, the same text.
    let first = b.articles.iter().next().unwrap().clone();
    let copy = Article { id: crate::model::ArticleId::random(), ..first.clone() };
    let mut doc = Document::new(b.clone(), None);
    doc.apply(builders::delete_article(&b, first.id)).unwrap();
    doc.apply(builders::add_article(copy)).unwrap();
    b = doc.project().clone();
    let result = agreement(&p, &b);
    assert_eq!(result.shared_articles.len(), 2);
    assert!(result.articles_only_a.is_empty() && result.articles_only_b.is_empty());
    // B's copy carries no claims, so A's claims on it are A's alone.
    assert_eq!(result.only_a.len(), p.claims.iter().filter(|c| c.article == first.id).count());
}

#[test]
fn claims_pair_by_overlap_of_at_least_half() {
    assert_eq!(jaccard((0, 10), (0, 10)), 1.0);
    assert_eq!(jaccard((0, 10), (5, 15)), 5.0 / 15.0);
    assert_eq!(jaccard((0, 10), (0, 5)), 0.5);
    assert_eq!(jaccard((0, 10), (10, 20)), 0.0);
}

/// The sample coded again by a second analyst who drops, retags, reshapes and adds claims and
/// recodes some events, at random (seeded).
fn second_coder(seed: u64) -> Project {
    let p = sample_project();
    let mut doc = Document::new(p.clone(), None);
    let mut rng = fastrand::Rng::with_seed(seed);
    let tags: Vec<TagId> = p.tags.ids().collect();
    let types: Vec<_> = p.taxonomy.ids().collect();
    for claim in p.claims.iter() {
        match rng.u8(0..6) {
            0 => {
                doc.apply(builders::delete_claim(doc.project(), claim.id)).unwrap();
            }
            1 => {
                let mut c = claim.clone();
                c.tags = vec![tags[rng.usize(0..tags.len())]];
                doc.apply(builders::update_claim("retag", c)).unwrap();
            }
            2 => {
                let text = &p.articles.get(claim.article).unwrap().text;
                let len = char_len(text);
                let end = (claim.end + rng.usize(0..40)).min(len);
                let start = claim.start.saturating_sub(rng.usize(0..40));
                doc.apply(builders::reattach(doc.project(), claim.id, claim.article, start, end).unwrap()).unwrap();
            }
            _ => {}
        }
    }
    for article in p.articles.iter() {
        for _ in 0..3 {
            let len = char_len(&article.text);
            let start = rng.usize(0..len - 200);
            let (edit, id) = builders::new_claim(doc.project(), article.id, start, start + rng.usize(20..200)).unwrap();
            doc.apply(edit).unwrap();
            let tag = tags[rng.usize(0..tags.len())];
            doc.apply(builders::toggle_tag(doc.project(), id, tag).unwrap()).unwrap();
        }
    }
    for id in p.events.ids() {
        if rng.bool() {
            let Some(mut e) = doc.project().events.get(id).cloned() else { continue };
            e.kind = types[rng.usize(0..types.len())];
            doc.apply(builders::put_event("recode", e)).unwrap();
        }
    }
    doc.project().clone()
}

/// What the Python packages compute from the raw claims, given as JSON on stdin.
const CROSS_CHECK: &str = r#"
import json, sys
import numpy as np
import krippendorff
from sklearn.metrics import cohen_kappa_score

data = json.load(sys.stdin)
rows = {}
for coder in (0, 1):
    for (article, start, end, tags) in data["claims"][coder]:
        for tag in tags:
            if tag not in rows:
                rows[tag] = [[np.zeros(n, dtype=int) for n in data["lengths"]] for _ in (0, 1)]
            rows[tag][coder][article][start:end] = 1
out = {"by_tag": {}}
pooled = [[], []]
for tag, (a, b) in rows.items():
    a, b = np.concatenate(a), np.concatenate(b)
    pooled[0].append(a); pooled[1].append(b)
    out["by_tag"][tag] = krippendorff.alpha(reliability_data=[a, b], level_of_measurement="nominal")
out["overall"] = krippendorff.alpha(
    reliability_data=[np.concatenate(pooled[0]), np.concatenate(pooled[1])], level_of_measurement="nominal")
for name in ("event_type", "direction"):
    x, y = data[name]
    out[name] = cohen_kappa_score(x, y)
print(json.dumps(out))
"#;

#[test]
fn figures_match_the_krippendorff_and_scikit_learn_packages() {
    let a = sample_project();
    for seed in [1, 2, 3] {
        let b = second_coder(seed);
        let ours = agreement(&a, &b);
        let articles: Vec<_> = a.articles.ids().collect();
        let lengths: Vec<usize> = a.articles.iter().map(|x| char_len(&x.text)).collect();
        let claims = |p: &Project| {
            p.claims
                .iter()
                .map(|c| {
                    let tags: Vec<String> =
                        c.tags.iter().filter_map(|t| p.tags.get(*t)).map(|t: &Tag| t.name.to_lowercase()).collect();
                    (articles.iter().position(|x| *x == c.article).unwrap(), c.start, c.end, tags)
                })
                .collect::<Vec<_>>()
        };
        let column = |f: fn(&ClaimPair) -> &(String, String)| {
            let (x, y): (Vec<_>, Vec<_>) = ours.matched.iter().map(|p| f(p).clone()).unzip();
            [x, y]
        };
        let input = serde_json::json!({
            "lengths": lengths,
            "claims": [claims(&a), claims(&b)],
            "event_type": column(|p| &p.event_type),
            "direction": column(|p| &p.direction),
        });
        let theirs = run_python(&input.to_string());
        let close = |x: Option<f64>, y: &serde_json::Value, what: &str| {
            let y = y.as_f64().unwrap_or_else(|| panic!("{what}: Python gave {y}"));
            let x = x.unwrap_or_else(|| panic!("{what}: Faultline gave no figure"));
            assert!((x - y).abs() < 1e-6, "seed {seed}, {what}: Faultline {x}, Python {y}");
        };
        close(ours.alpha_overall, &theirs["overall"], "overall alpha");
        for (tag, alpha) in &ours.alpha_by_tag {
            close(*alpha, &theirs["by_tag"][tag], tag);
        }
        close(ours.kappa_event_type, &theirs["event_type"], "kappa on event type");
        close(ours.kappa_direction, &theirs["direction"], "kappa on direction");
    }
}

fn run_python(input: &str) -> serde_json::Value {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("python3")
        .args(["-c", CROSS_CHECK])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 runs (CI installs it with `pip install krippendorff scikit-learn`)");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "the cross-check needs `pip install krippendorff scikit-learn`: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}
