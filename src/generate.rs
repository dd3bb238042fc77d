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

use roster::{ROSTER, STATES};

mod roster;

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

/// The most text a generated project may hold (characters over all articles): about 200 MB
/// on disk and well within what a save and a load handle.
pub const MAX_TOTAL_CHARS: usize = 200_000_000;
/// The most records of one kind a generated project may hold.
pub const MAX_RECORDS: usize = 2_000_000;

impl Spec {
    /// Refuses a shape that would not fit in memory or on disk, saying which count to lower.
    pub fn check(&self) -> Result<(), String> {
        let counts = [
            ("--articles", self.articles),
            ("--claims", self.claims),
            ("--actors", self.actors),
            ("--events", self.events),
        ];
        if let Some((flag, n)) = counts.iter().find(|(_, n)| *n > MAX_RECORDS) {
            return Err(format!("{flag} {n} is more than the {MAX_RECORDS} records a generated project may hold"));
        }
        if self.articles == 0 {
            return Err("--articles must be at least 1: claims and events need an article to quote".to_owned());
        }
        if !(100..=10_000_000).contains(&self.article_chars) {
            return Err(format!(
                "--article-chars {} is outside 100 to 10000000 characters per article",
                self.article_chars
            ));
        }
        match self.articles.checked_mul(self.article_chars) {
            Some(total) if total <= MAX_TOTAL_CHARS => Ok(()),
            _ => Err(format!(
                "{} articles of {} characters is more than the {MAX_TOTAL_CHARS} characters of text a generated \
                 project may hold; lower --articles or --article-chars",
                self.articles, self.article_chars
            )),
        }
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

    // The roster's actors, then "Actor N"s acting for its states; states act for no one.
    let actors: Vec<ActorId> = (0..spec.actors.max(2))
        .map(|i| {
            let entry = ROSTER.get(i);
            let name = entry.map_or_else(|| format!("Actor {i}"), |e| e.name.to_owned());
            let mut a = Actor::new(name, entry.map_or(ActorKind::Person, |e| e.kind), Colour::palette(i));
            a.id = ActorId::from_raw(id());
            a.aliases =
                entry.map_or_else(|| vec![format!("A{i}")], |e| e.aliases.iter().map(|s| s.to_string()).collect());
            a
        })
        .map(|a| {
            let aid = a.id;
            p.actors.put(a);
            aid
        })
        .collect();
    for (i, &a) in actors.iter().enumerate().skip(STATES) {
        let state = ROSTER.get(i).map_or(i % STATES, |e| e.acts_for);
        if let Some(mut actor) = p.actors.get(a).cloned() {
            actor.affiliations = vec![crate::model::Affiliation::always(actors[state])];
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
            // Real articles vary in length around the norm.
            let chars = spec.article_chars * (60 + rng.usize(..81)) / 100;
            let text = prose(&mut rng, chars);
            let a = Article {
                id: ArticleId::from_raw(rng.u64(1..)),
                title: format!("Article {i}: {} {}", WORDS[rng.usize(..WORDS.len())], WORDS[rng.usize(..WORDS.len())]),
                outlet: format!("Outlet {}", i % 17),
                reliability: None,
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
    let texts: Vec<Vec<char>> =
        articles.iter().map(|&a| p.articles.get(a).map_or(Vec::new(), |a| a.text.chars().collect())).collect();
    for k in 0..spec.claims {
        let article = articles[k % articles.len()];
        let Some(a) = p.articles.get(article) else { continue };
        // A quote is a clause or a sentence: 40 to 160 chars, from word start to word end.
        let chars = &texts[k % articles.len()];
        let n = chars.len();
        let mut s = rng.usize(..n.saturating_sub(1).max(1));
        while s > 0 && !chars[s - 1].is_whitespace() {
            s -= 1;
        }
        let mut e = (s + 40 + rng.usize(..120)).min(n);
        while e < n && !chars[e].is_whitespace() && chars[e] != '.' {
            e += 1;
        }
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

/// News prose of about `chars` bytes: sentences of 9 to 24 words in paragraphs of a few
/// sentences, separated by blank lines.
fn prose(rng: &mut fastrand::Rng, chars: usize) -> String {
    let mut text = String::with_capacity(chars + 16);
    let (mut words, mut sentences) = (0, 0);
    let mut paragraph_sentences = 2 + rng.usize(..4);
    while text.len() < chars {
        let w = WORDS[rng.usize(..WORDS.len())];
        if words == 0 && sentences == paragraph_sentences {
            text.push_str("\n\n");
            (sentences, paragraph_sentences) = (0, 2 + rng.usize(..4));
        } else if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(w);
        words += 1;
        if words > 8 + rng.usize(..16) {
            text.push('.');
            (words, sentences) = (0, sentences + 1);
        }
    }
    text
}

/// A saved news web page as a browser writes it (`Save page as… HTML only`): metadata in the
/// head, navigation, the article in paragraphs among share buttons and related links, a footer
/// and scripts. Page `i` of a seed is always the same page.
pub fn saved_page(seed: u64, i: usize, article_chars: usize) -> String {
    let mut rng = fastrand::Rng::with_seed(seed ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let title = format!(
        "{} {} {} — report {i}",
        WORDS[rng.usize(..WORDS.len())],
        WORDS[rng.usize(..WORDS.len())],
        WORDS[rng.usize(..WORDS.len())]
    );
    let day = date(2024, 1, 1).saturating_add(rng.i64(0..730).days());
    let body: String = prose(&mut rng, article_chars).split("\n\n").map(|p| format!("      <p>{p}</p>\n")).collect();
    let nav: String = (0..12).map(|k| format!("<li><a href=\"/section/{k}\">Section {k}</a></li>")).collect();
    let related: String = (0..6)
        .map(|k| {
            format!(
                "<li><a href=\"/news/{}\">{} {}</a></li>",
                i * 7 + k,
                WORDS[rng.usize(..WORDS.len())],
                WORDS[rng.usize(..WORDS.len())]
            )
        })
        .collect();
    format!(
        r##"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | Outlet {outlet}</title>
  <meta property="og:title" content="{title}">
  <meta property="og:site_name" content="Outlet {outlet}">
  <meta name="author" content="Reporter {author}">
  <meta property="article:published_time" content="{day}T08:30:00Z">
  <link rel="canonical" href="https://news.example/{i}">
  <link rel="stylesheet" href="/static/site.css">
  <script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
  <header class="site-header"><a class="logo" href="/">Outlet {outlet}</a><nav><ul>{nav}</ul></nav></header>
  <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
  <main>
    <article>
      <h1>{title}</h1>
      <div class="byline">By <a rel="author" href="/staff/{author}">Reporter {author}</a> · <time datetime="{day}">{day}</time></div>
      <div class="share"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Email</a></div>
{body}    </article>
    <aside class="related"><h2>Related</h2><ul>{related}</ul></aside>
  </main>
  <footer><p>© 2025 Outlet {outlet}. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>
  <script src="/static/app.js" defer></script>
</body>
</html>
"##,
        outlet = i % 17,
        author = i % 53,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_that_would_exhaust_memory_are_refused_naming_the_count() {
        let huge = Spec { claims: usize::MAX, ..Spec::default() };
        assert!(huge.check().unwrap_err().starts_with("--claims 18446744073709551615 is more than"));
        let text = Spec { articles: 1_000_000, article_chars: 1_000_000, ..Spec::default() };
        assert!(text.check().unwrap_err().contains("lower --articles or --article-chars"));
        let none = Spec { articles: 0, ..Spec::default() };
        assert!(none.check().unwrap_err().starts_with("--articles must be at least 1"));
        assert_eq!(Spec::default().check(), Ok(()));
    }

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
        // Actors are named as in real coverage, and the prose mentions some of them.
        assert_eq!(a.find_actor("Beijing").map(|x| x.name.as_str()), Some("China"));
        let mentions = crate::analysis::mentions::count(&a, a.matching);
        assert!(mentions.of_actor(a.find_actor("China").unwrap().id) > 0, "{mentions:?}");
    }

    #[test]
    fn a_saved_page_imports_as_its_article() {
        let page = saved_page(1, 7, 3_000);
        assert_eq!(page, saved_page(1, 7, 3_000));
        let imported =
            crate::io::import::import_bytes(page.as_bytes(), crate::io::import::Format::Html, "page").unwrap();
        assert!(imported.article.title.ends_with("report 7"), "{}", imported.article.title);
        assert!(imported.article.text.len() > 2_000, "the body is kept");
        assert!(!imported.article.text.contains("cookies"), "the page furniture is dropped");
    }
}
