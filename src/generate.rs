//! Deterministic synthetic projects at analyst scale, for benchmarks and stress tests:
//! `faultline generate --articles N --claims K -o FILE` gives anyone the same project for the
//! same seed, so measured figures can be reproduced.

use jiff::ToSpan;
use jiff::civil::date;

use crate::model::text::anchor;
use crate::model::{
    Actor, ActorId, ActorKind, Article, ArticleId, Claim, ClaimId, Colour, Confidence, Event, EventId, FuzzyDate,
    Precision, Project, Tag, TagId,
};

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spec {
    pub articles: usize,
    pub claims: usize,
    pub actors: usize,
    pub events: usize,
    /// Characters per article (approximately).
    pub article_chars: usize,
    pub seed: u64,
}

impl Default for Spec {
    fn default() -> Self {
        Self { articles: 10, claims: 200, actors: 40, events: 100, article_chars: 5_000, seed: 1 }
    }
}

/// Words of news prose, so texts wrap and highlight like real articles.
const WORDS: &[&str] = &[
    "the",
    "ministry",
    "said",
    "on",
    "Friday",
    "that",
    "export",
    "controls",
    "on",
    "rare",
    "earth",
    "magnets",
    "would",
    "remain",
    "in",
    "place",
    "until",
    "Washington",
    "lifts",
    "its",
    "restrictions",
    "officials",
    "warned",
    "of",
    "strong",
    "and",
    "resolute",
    "measures",
    "against",
    "discriminatory",
    "tariffs",
    "talks",
    "in",
    "Geneva",
    "produced",
    "a",
    "fragile",
    "truce",
    "negotiators",
    "accused",
    "each",
    "other",
    "violating",
    "consensus",
    "licences",
    "shipments",
    "delayed",
    "spokesperson",
    "embassy",
    "statement",
    "sanctions",
    "semiconductor",
    "supply",
    "chains",
    "markets",
    "fell",
    "after",
    "the",
    "announcement",
    "analysts",
    "expect",
    "retaliation",
    "—",
    "“critical",
    "minerals”",
    "Beijing’s",
    "président",
    "Министерство",
    "商务部",
    "agreement",
    "week",
];

/// A project of the given shape; the same spec always gives the same project.
pub fn generate(spec: &Spec) -> Project {
    let mut rng = fastrand::Rng::with_seed(spec.seed);
    let mut p = Project::new(format!("Synthetic project (seed {})", spec.seed));
    let taxonomy: Vec<_> = p.taxonomy.ids().collect();
    let mut next_id = 0u64;
    let mut id = || {
        next_id += 1;
        // Ids from the seeded generator, so the file is reproducible byte for byte.
        rng.u64(1..) ^ next_id
    };

    let states = spec.actors.clamp(1, 12);
    let actors: Vec<ActorId> = (0..spec.actors.max(2))
        .map(|i| {
            let kind = if i < states { ActorKind::State } else { ActorKind::Person };
            let mut a = Actor::new(format!("Actor {i}"), kind, Colour::palette(i));
            a.id = ActorId::from_raw(id());
            a.aliases = vec![format!("A{i}")];
            a
        })
        .map(|a| {
            let aid = a.id;
            p.actors.put(a);
            aid
        })
        .collect();
    // People act for one of the states.
    for (i, &a) in actors.iter().enumerate().skip(states) {
        if let Some(mut actor) = p.actors.get(a).cloned() {
            actor.affiliation = Some(actors[i % states]);
            p.actors.put(actor);
        }
    }

    let tags: Vec<TagId> = (0..20)
        .map(|i| {
            let mut t = Tag::new(format!("Tag {i}"), Colour::palette(i));
            t.id = TagId::from_raw(id());
            t
        })
        .collect::<Vec<_>>()
        .into_iter()
        .enumerate()
        .map(|(i, mut t)| {
            if i >= 4 {
                t.parent = Some(p.tags.ids().nth(i % 4).unwrap_or(t.id));
            }
            let tid = t.id;
            p.tags.put(t);
            tid
        })
        .collect();

    let mut rng = fastrand::Rng::with_seed(spec.seed.wrapping_mul(31).wrapping_add(7));
    let start = date(2024, 1, 1);
    let articles: Vec<ArticleId> = (0..spec.articles.max(1))
        .map(|i| {
            let mut text = String::with_capacity(spec.article_chars + 16);
            let mut sentence = 0;
            while text.len() < spec.article_chars {
                let w = WORDS[rng.usize(..WORDS.len())];
                if sentence == 0 && !text.is_empty() {
                    text.push_str(if rng.u8(..10) == 0 { "\n\n" } else { " " });
                } else if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(w);
                sentence += 1;
                if sentence > 8 + rng.usize(..12) {
                    text.push('.');
                    sentence = 0;
                }
            }
            let a = Article {
                id: ArticleId::from_raw(rng.u64(1..)),
                title: format!("Article {i}: {} {}", WORDS[rng.usize(..WORDS.len())], WORDS[rng.usize(..WORDS.len())]),
                outlet: format!("Outlet {}", i % 17),
                author: format!("Reporter {}", i % 53),
                url: format!("https://news.example/{i}"),
                published: Some(start.saturating_add((rng.i64(0..730)).days())),
                notes: String::new(),
                text,
                dismissed_suggestions: Default::default(),
            };
            let aid = a.id;
            p.articles.put(a);
            aid
        })
        .collect();

    let mut claims: Vec<ClaimId> = Vec::with_capacity(spec.claims);
    for k in 0..spec.claims {
        let article = articles[k % articles.len()];
        let Some(a) = p.articles.get(article) else { continue };
        let n = a.text.chars().count();
        let s = rng.usize(..n.saturating_sub(1).max(1));
        let e = (s + 20 + rng.usize(..180)).min(n);
        let Ok(anchor) = anchor(&a.text, s, e) else { continue };
        let mut c = Claim::new(article, anchor);
        c.id = ClaimId::from_raw(rng.u64(1..));
        c.tags = vec![tags[rng.usize(..tags.len())]];
        c.speaker = Some(actors[rng.usize(..actors.len())]);
        c.targets = vec![actors[rng.usize(..actors.len())]];
        c.confidence = Confidence::ALL[rng.usize(..3)];
        claims.push(c.id);
        p.claims.put(c);
    }

    for _ in 0..spec.events {
        if claims.is_empty() {
            break;
        }
        let day = start.saturating_add(rng.i64(0..730).days());
        let date = match rng.u8(..10) {
            0 => FuzzyDate::month(day.year(), day.month()),
            1 => FuzzyDate::month_part(day.year(), day.month(), Precision::LateMonth),
            2 => Some(FuzzyDate::week_of(day)),
            _ => Some(FuzzyDate::day(day)),
        };
        let Some(date) = date else { continue };
        let evidence: Vec<ClaimId> = {
            let mut ev: Vec<ClaimId> = (0..1 + rng.usize(..3)).map(|_| claims[rng.usize(..claims.len())]).collect();
            ev.sort();
            ev.dedup();
            ev
        };
        let e = Event {
            id: EventId::from_raw(rng.u64(1..)),
            kind: taxonomy[rng.usize(..taxonomy.len())],
            source: actors[rng.usize(..actors.len())],
            target: actors[rng.usize(..actors.len())],
            bilateral: rng.u8(..20) == 0,
            date,
            score: (rng.u8(..10) == 0).then(|| (rng.f64() * 20.0 - 10.0).clamp(-10.0, 10.0)),
            evidence,
            note: String::new(),
        };
        p.events.put(e);
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_valid_project() {
        let spec = Spec { articles: 5, claims: 60, actors: 10, events: 30, article_chars: 2_000, seed: 42 };
        let a = generate(&spec);
        assert_eq!(a, generate(&spec));
        assert_ne!(a, generate(&Spec { seed: 43, ..spec }));
        assert_eq!((a.articles.len(), a.claims.len(), a.actors.len(), a.events.len()), (5, 60, 10, 30));
        // Everything the generator makes passes the edit path's rules and loads without problems.
        let text = crate::io::project_file::to_ron(&a).unwrap();
        let (b, problems) = crate::io::project_file::parse_checked(&text).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(a, b);
    }
}
