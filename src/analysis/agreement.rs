//! How far two analysts who coded the same articles agree: Krippendorff's alpha over characters
//! for each tag, and, for the claims both made, Cohen's kappa on the event type and direction
//! they coded and how often their dates agree.
//!
//! Only articles present in both projects are compared (the same text by its fingerprint,
//! under the same id or another, since each analyst may have imported the page separately);
//! the rest, including an article whose text one of them edited, are listed and left out, so
//! two analysts who coded different articles never get a perfect score.
//! Tags, event types and actors are matched by name, ignoring case, for the same reason.
//!
//! - **Alpha per tag**: every character of every shared article is a unit; an analyst's value
//!   is 1 when one of their claims with that tag covers it, else 0; nominal alpha for two coders
//!   with no missing values. Computed from the coverage intervals, not character by character.
//!   **Overall** pools the units of every tag (each character once per tag).
//!   Alpha is undefined (`None`) when no analyst varies: every unit the same value.
//! - **Matched claims**: across the two projects, in the same article, span Jaccard >= 0.5,
//!   paired greedily, best overlap first. Unmatched claims are listed per side.
//! - **Kappa**: for matched claims, the event type ("none" when the claim is not evidence of
//!   an event) and the direction (the state the source acts for → the target's, "none") are
//!   categories; Cohen's kappa, `None` when chance agreement is total.
//! - **Date agreement**: of matched pairs where both claims are evidence of a dated event, the
//!   share whose date ranges overlap (a same-day pair overlaps too).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::model::fingerprint::content_hash;
use crate::model::text::char_len;
use crate::model::{ArticleId, Claim, ClaimId, Event, Project};

/// The figures `faultline agree` prints, and the Compare pane shows.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Agreement {
    /// Krippendorff's alpha per tag name (tags either analyst used in a shared article).
    pub alpha_by_tag: BTreeMap<String, Option<f64>>,
    pub alpha_overall: Option<f64>,
    pub kappa_event_type: Option<f64>,
    pub kappa_direction: Option<f64>,
    /// Share of matched, dated pairs whose date ranges overlap.
    pub date_agreement: Option<f64>,
    /// Claims paired across the two projects.
    pub matched: Vec<ClaimPair>,
    /// Claims in shared articles that only the first analyst made.
    pub only_a: Vec<ClaimRef>,
    pub only_b: Vec<ClaimRef>,
    /// Titles of the articles compared, and of those left out because one analyst lacks them.
    pub shared_articles: Vec<String>,
    pub articles_only_a: Vec<String>,
    pub articles_only_b: Vec<String>,
}

/// One claim, as both projects' analysts can find it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClaimRef {
    pub article: String,
    pub start: usize,
    pub end: usize,
    pub quote: String,
    /// The claim's id in its own project.
    pub id: String,
    /// The first project's copy of the article, where the passage can be shown (the same text,
    /// so the same offsets, whichever analyst made the claim).
    #[serde(skip)]
    pub shown_in: ArticleId,
}

/// Two claims judged to be the same passage, with how each analyst coded it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClaimPair {
    pub a: ClaimRef,
    pub b: ClaimRef,
    pub jaccard: f64,
    pub event_type: (String, String),
    pub direction: (String, String),
    /// Whether the two events' date ranges overlap; `None` unless both claims are evidence of
    /// an event.
    pub dates_agree: Option<bool>,
}

/// A shared article: its id in each project.
struct Shared {
    a: ArticleId,
    b: ArticleId,
    chars: usize,
}

/// Compares `a` and `b` (neither is changed).
pub fn agreement(a: &Project, b: &Project) -> Agreement {
    let (shared, articles_only_a, articles_only_b) = shared_articles(a, b);
    let (coded_a, coded_b) = (Coded::new(a), Coded::new(b));
    let covers: Vec<_> = shared.iter().map(|s| (s.chars, coded_a.coverage(s.a), coded_b.coverage(s.b))).collect();
    // Every character of every shared article is a unit for every tag, including articles
    // where neither analyst used the tag (their characters agree on 0).
    let tags: BTreeSet<&String> = covers.iter().flat_map(|(_, x, y)| x.keys().chain(y.keys())).collect();
    let none = Vec::new();
    let mut pooled = Binary::default();
    let mut alpha_by_tag = BTreeMap::new();
    for tag in tags {
        let mut counts = Binary::default();
        for (chars, x, y) in &covers {
            counts.add(*chars, x.get(tag).unwrap_or(&none), y.get(tag).unwrap_or(&none));
        }
        pooled.merge(&counts);
        alpha_by_tag.insert(tag.clone(), counts.alpha());
    }
    let (mut matched, mut only_a, mut only_b) = (Vec::new(), Vec::new(), Vec::new());
    for s in &shared {
        let (pairs, left_a, left_b) = match_claims(&coded_a, s.a, &coded_b, s.b);
        matched.extend(pairs);
        only_a.extend(left_a);
        only_b.extend(left_b);
    }
    let kappa_event_type = cohen_kappa(matched.iter().map(|p| (&p.event_type.0, &p.event_type.1)));
    let kappa_direction = cohen_kappa(matched.iter().map(|p| (&p.direction.0, &p.direction.1)));
    let dated: Vec<bool> = matched.iter().filter_map(|p| p.dates_agree).collect();
    let date_agreement = (!dated.is_empty()).then(|| dated.iter().filter(|x| **x).count() as f64 / dated.len() as f64);
    Agreement {
        alpha_by_tag,
        alpha_overall: pooled.alpha(),
        kappa_event_type,
        kappa_direction,
        date_agreement,
        matched,
        only_a,
        only_b,
        shared_articles: shared.iter().map(|s| a.articles.get(s.a).map_or("", |x| &x.title).to_owned()).collect(),
        articles_only_a,
        articles_only_b,
    }
}

/// The articles both projects hold (by id, else by the fingerprint of their text), and the
/// titles of those only one holds.
fn shared_articles(a: &Project, b: &Project) -> (Vec<Shared>, Vec<String>, Vec<String>) {
    let b_by_hash: HashMap<String, ArticleId> = b.articles.iter().map(|x| (content_hash(&x.text), x.id)).collect();
    let mut shared = Vec::new();
    let mut only_a = Vec::new();
    for article in a.articles.iter() {
        // The same text, under the same id or another: an article whose text one analyst
        // edited is not shared, since offsets into two texts cannot be compared.
        let hash = content_hash(&article.text);
        let twin = match b.articles.get(article.id) {
            Some(same) if content_hash(&same.text) == hash => Some(article.id),
            _ => b_by_hash.get(&hash).copied(),
        };
        match twin {
            Some(id) => shared.push(Shared { a: article.id, b: id, chars: char_len(&article.text) }),
            None => only_a.push(article.title.clone()),
        }
    }
    let taken: std::collections::HashSet<ArticleId> = shared.iter().map(|s| s.b).collect();
    let only_b = b.articles.iter().filter(|x| !taken.contains(&x.id)).map(|x| x.title.clone()).collect();
    (shared, only_a, only_b)
}

/// Ranges made sorted and disjoint.
fn union(mut spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

fn total(spans: &[(usize, usize)]) -> usize {
    spans.iter().map(|(s, e)| e - s).sum()
}

/// Characters in both sorted disjoint range lists.
fn intersection(a: &[(usize, usize)], b: &[(usize, usize)]) -> usize {
    let (mut i, mut j, mut both) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (s, e) = (a[i].0.max(b[j].0), a[i].1.min(b[j].1));
        both += e.saturating_sub(s);
        if a[i].1 < b[j].1 { i += 1 } else { j += 1 }
    }
    both
}

/// Two coders' binary values over a set of units, as the four cells of their agreement table.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Binary {
    both: u64,
    only_a: u64,
    only_b: u64,
    neither: u64,
}

impl Binary {
    /// Adds an article of `chars` units whose 1s are `a`'s and `b`'s ranges.
    fn add(&mut self, chars: usize, a: &[(usize, usize)], b: &[(usize, usize)]) {
        let both = intersection(a, b) as u64;
        let (ta, tb) = (total(a) as u64, total(b) as u64);
        self.both += both;
        self.only_a += ta - both;
        self.only_b += tb - both;
        self.neither += (chars as u64).saturating_sub(ta + tb - both);
    }

    fn merge(&mut self, other: &Binary) {
        self.both += other.both;
        self.only_a += other.only_a;
        self.only_b += other.only_b;
        self.neither += other.neither;
    }

    /// Nominal alpha for two coders and no missing values: 1 - (n - 1) * D / (n0 * n1), where
    /// n counts pairable values (2 per unit), D the disagreeing units (each gives the pairs
    /// (0,1) and (1,0)), and n0, n1 how often each value was given.
    fn alpha(&self) -> Option<f64> {
        let units = self.both + self.only_a + self.only_b + self.neither;
        let n = 2.0 * units as f64;
        let ones = (2 * self.both + self.only_a + self.only_b) as f64;
        let zeros = n - ones;
        if units < 2 || ones == 0.0 || zeros == 0.0 {
            return None;
        }
        let disagree = (self.only_a + self.only_b) as f64;
        Some(1.0 - (n - 1.0) * disagree / (ones * zeros))
    }
}

/// Cohen's kappa over paired labels: (p_o - p_e) / (1 - p_e); `None` with no pairs or when
/// chance agreement is total (both analysts used one and the same label throughout).
pub fn cohen_kappa<'a>(pairs: impl Iterator<Item = (&'a String, &'a String)>) -> Option<f64> {
    let mut n = 0.0;
    let mut same = 0.0;
    let mut left: HashMap<&str, f64> = HashMap::new();
    let mut right: HashMap<&str, f64> = HashMap::new();
    for (x, y) in pairs {
        n += 1.0;
        if x == y {
            same += 1.0;
        }
        *left.entry(x).or_default() += 1.0;
        *right.entry(y).or_default() += 1.0;
    }
    if n == 0.0 {
        return None;
    }
    let expected: f64 = left.iter().map(|(k, l)| l * right.get(k).copied().unwrap_or(0.0)).sum::<f64>() / (n * n);
    let observed = same / n;
    (expected < 1.0).then(|| (observed - expected) / (1.0 - expected))
}

/// Pairs claims of one shared article whose spans overlap with Jaccard >= 0.5, best first.
fn match_claims(
    a: &Coded,
    article_a: ArticleId,
    b: &Coded,
    article_b: ArticleId,
) -> (Vec<ClaimPair>, Vec<ClaimRef>, Vec<ClaimRef>) {
    let (ca, cb) = (a.claims_of(article_a), b.claims_of(article_b));
    let mut candidates = Vec::new();
    for (i, x) in ca.iter().enumerate() {
        for (j, y) in cb.iter().enumerate() {
            let j_score = jaccard((x.start, x.end), (y.start, y.end));
            if j_score >= 0.5 {
                candidates.push((j_score, i, j));
            }
        }
    }
    // Best overlap first; ties by position, so the pairing does not depend on hash order.
    candidates.sort_by(|p, q| q.0.total_cmp(&p.0).then((p.1, p.2).cmp(&(q.1, q.2))));
    let (mut used_a, mut used_b) = (vec![false; ca.len()], vec![false; cb.len()]);
    let mut pairs = Vec::new();
    for (score, i, j) in candidates {
        if used_a[i] || used_b[j] {
            continue;
        }
        used_a[i] = true;
        used_b[j] = true;
        let (ea, eb) = (a.event_of(ca[i]), b.event_of(cb[j]));
        pairs.push(ClaimPair {
            a: claim_ref(a.p, ca[i], article_a),
            b: claim_ref(b.p, cb[j], article_a),
            jaccard: score,
            event_type: (type_label(a.p, ea), type_label(b.p, eb)),
            direction: (direction_label(a.p, ea), direction_label(b.p, eb)),
            dates_agree: ea.zip(eb).map(|(x, y)| x.date.start <= y.date.end && y.date.start <= x.date.end),
        });
    }
    pairs.sort_by_key(|p| (p.a.start, p.a.end));
    let left = |p: &Project, claims: &[&Claim], used: &[bool]| {
        claims.iter().zip(used).filter(|(_, u)| !**u).map(|(c, _)| claim_ref(p, c, article_a)).collect::<Vec<_>>()
    };
    (pairs, left(a.p, &ca, &used_a), left(b.p, &cb, &used_b))
}

fn jaccard(x: (usize, usize), y: (usize, usize)) -> f64 {
    let inter = x.1.min(y.1).saturating_sub(x.0.max(y.0));
    let union = x.1.max(y.1) - x.0.min(y.0);
    if union == 0 { if x == y { 1.0 } else { 0.0 } } else { inter as f64 / union as f64 }
}

fn claim_ref(p: &Project, c: &Claim, shown_in: ArticleId) -> ClaimRef {
    ClaimRef {
        article: p.articles.get(c.article).map_or("", |a| &a.title).to_owned(),
        start: c.start,
        end: c.end,
        quote: c.quote.clone(),
        id: c.id.to_string(),
        shown_in,
    }
}

/// A project with its claims grouped by article and each claim's event looked up once, so
/// comparing two 100,000-claim projects never scans a table per claim.
struct Coded<'p> {
    p: &'p Project,
    claims: HashMap<ArticleId, Vec<&'p Claim>>,
    events: HashMap<ClaimId, &'p Event>,
}

impl<'p> Coded<'p> {
    fn new(p: &'p Project) -> Self {
        let mut claims: HashMap<ArticleId, Vec<&Claim>> = HashMap::new();
        for c in p.claims.iter().filter(|c| !c.orphaned) {
            claims.entry(c.article).or_default().push(c);
        }
        let mut events = HashMap::new();
        for e in p.events.iter() {
            for claim in &e.evidence {
                // The first event wins, when one sentence reports two acts.
                events.entry(*claim).or_insert(e);
            }
        }
        Self { p, claims, events }
    }

    /// The characters of `article` covered by claims with each tag (by lower-cased name), as
    /// sorted disjoint ranges.
    fn coverage(&self, article: ArticleId) -> BTreeMap<String, Vec<(usize, usize)>> {
        let mut spans: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
        for c in self.claims.get(&article).into_iter().flatten() {
            for tag in c.tags.iter().filter_map(|t| self.p.tags.get(*t)) {
                spans.entry(tag.name.to_lowercase()).or_default().push((c.start, c.end));
            }
        }
        spans.values_mut().for_each(|v| *v = union(std::mem::take(v)));
        spans
    }

    fn claims_of(&self, article: ArticleId) -> Vec<&'p Claim> {
        self.claims.get(&article).cloned().unwrap_or_default()
    }

    fn event_of(&self, c: &Claim) -> Option<&'p Event> {
        self.events.get(&c.id).copied()
    }
}

fn type_label(p: &Project, e: Option<&Event>) -> String {
    e.and_then(|e| p.taxonomy.get(e.kind)).map_or_else(|| "none".to_owned(), |t| t.name.to_lowercase())
}

/// "united states → china": the states the event's source and target act for.
fn direction_label(p: &Project, e: Option<&Event>) -> String {
    let Some(e) = e else { return "none".to_owned() };
    let state = |id| p.actor_name(p.top_side(id, Some(e.date.start))).to_lowercase();
    format!("{} → {}", state(e.source), state(e.target))
}

#[cfg(test)]
mod tests;
