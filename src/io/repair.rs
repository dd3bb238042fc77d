//! Checking a loaded project and repairing what can be repaired with certainty.
//!
//! A file edited by hand, merged badly or written by a buggy tool can hold duplicate ids,
//! references to records that do not exist, offsets outside the text or quotes that no longer
//! match their span. Each problem is repaired only where the repair is certain (a quote found
//! again by its context, a placeholder for a missing actor so the coding is kept) and otherwise
//! left for the analyst as an orphan. Nothing is dropped silently: every problem is reported.

use std::collections::HashSet;
use std::fmt;

use serde::Deserialize;

use crate::model::reanchor::{Placement, find_quote};
use crate::model::{
    AchCell, Actor, ActorId, ActorKind, Affiliation, Article, ArticleId, Claim, ClaimId, ClaimLink, ClaimLinkId,
    Colour, Era, Event, EventId, EventType, EventTypeId, Hypothesis, HypothesisId, Keyed, Outlet, OutletId, Project,
    Table, Tag, TagId,
};

use super::migrate::RawActor;
use spans::Spans;

mod spans;

/// A project file as written, before its records are checked against each other.
#[derive(Deserialize)]
pub(super) struct RawProject {
    pub(super) format: u32,
    /// A hand-made file may leave the name out; the workbench's Project menu sets it.
    #[serde(default = "default_name")]
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    pub(super) actors: Vec<RawActor>,
    #[serde(default)]
    tags: Vec<Tag>,
    /// A file without a taxonomy gets the shipped one, as a new project would.
    #[serde(default = "shipped_taxonomy")]
    taxonomy: Vec<EventType>,
    #[serde(default)]
    eras: Vec<Era>,
    #[serde(default)]
    events: Vec<Event>,
    #[serde(default)]
    claims: Vec<Claim>,
    #[serde(default)]
    articles: Vec<Article>,
    #[serde(default)]
    outlets: Vec<Outlet>,
    #[serde(default)]
    claim_links: Vec<ClaimLink>,
    #[serde(default)]
    conflicts: Vec<crate::model::Conflict>,
    #[serde(default)]
    dates: crate::model::DateSettings,
    #[serde(default)]
    matching: crate::model::Matching,
    #[serde(default)]
    hypotheses: Vec<Hypothesis>,
    #[serde(default)]
    ach_evidence: Vec<ClaimId>,
    #[serde(default)]
    ach_cells: Vec<AchCell>,
}

impl RawProject {
    /// A project built in memory (a merge's result), as its records would be read from a file.
    fn of(p: &Project) -> Self {
        Self {
            format: p.format,
            name: p.name.clone(),
            description: p.description.clone(),
            actors: p.actors.iter().map(RawActor::from).collect(),
            tags: p.tags.iter().cloned().collect(),
            taxonomy: p.taxonomy.iter().cloned().collect(),
            eras: p.eras.iter().cloned().collect(),
            events: p.events.iter().cloned().collect(),
            claims: p.claims.iter().cloned().collect(),
            articles: p.articles.iter().cloned().collect(),
            outlets: p.outlets.iter().cloned().collect(),
            claim_links: p.claim_links.iter().cloned().collect(),
            conflicts: p.conflicts.clone(),
            dates: p.dates,
            matching: p.matching,
            hypotheses: p.hypotheses.iter().cloned().collect(),
            ach_evidence: p.ach_evidence.clone(),
            ach_cells: p.ach_cells.iter().cloned().collect(),
        }
    }
}

/// Checks and repairs a project built in memory exactly as an opened file is checked, so a
/// merge's result holds no dangling reference and claims sit on their words.
pub fn check_in_memory(p: &Project) -> (Project, Vec<Problem>) {
    repair(RawProject::of(p))
}

fn default_name() -> String {
    Project::default().name
}

fn shipped_taxonomy() -> Vec<EventType> {
    crate::model::taxonomy::default_taxonomy().iter().cloned().collect()
}

impl RawProject {
    pub(super) fn format(&self) -> u32 {
        self.format
    }
}

/// What was done about a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Repaired with certainty; reported so the analyst knows.
    Repaired,
    /// Needs the analyst: an orphaned claim, an event without evidence.
    NeedsAttention,
    /// Data this version does not know (a field from a newer Faultline or a hand edit): saving
    /// would drop it, so the file is not saved over while it is there.
    NotKept,
    /// A file of an older format was upgraded on opening: news for the analyst, not a problem
    /// of the file, so it never fails a check.
    Upgraded,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub message: String,
    pub outcome: Outcome,
    pub claim: Option<ClaimId>,
    pub event: Option<EventId>,
    /// The path of the field this version does not know (`articles[3].colour`), for a
    /// [`Outcome::NotKept`] problem: what a refusal to save names.
    pub unknown_field: Option<String>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tag = match self.outcome {
            Outcome::Repaired => "repaired",
            Outcome::NeedsAttention => "needs attention",
            Outcome::NotKept => "would be lost by saving",
            Outcome::Upgraded => "upgraded",
        };
        write!(f, "[{tag}] {}", self.message)
    }
}

impl Problem {
    /// Whether this is a fault of the file, rather than news of an upgrade.
    pub fn is_problem(&self) -> bool {
        self.outcome != Outcome::Upgraded
    }

    /// A field at `path` (`articles[3].colour`) that no record of this version has.
    pub(super) fn unknown_field(path: String) -> Self {
        Problem {
            message: format!(
                "the file has a field this version of Faultline does not know: `{path}`. It was written by a newer \
                 Faultline or edited by hand; Faultline will not save over the file while it is there. Update \
                 Faultline, or delete the field by hand if it is a mistake"
            ),
            outcome: Outcome::NotKept,
            claim: None,
            event: None,
            unknown_field: Some(path),
        }
    }
}

/// Refuses to save over a file whose problems include data saving would drop, naming it.
pub fn refuse_losing_data(problems: &[Problem], file: &std::path::Path) -> Result<(), String> {
    let lost: Vec<&str> = problems.iter().filter_map(|p| p.unknown_field.as_deref()).collect();
    if lost.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{} has {} field(s) this version of Faultline does not know ({}); saving would drop them, so nothing was \
         saved. Update Faultline, or delete them by hand (`faultline check {}` lists them)",
        file.display(),
        lost.len(),
        lost.join(", "),
        file.display()
    ))
}

#[derive(Default)]
struct Report(Vec<Problem>);

impl Report {
    fn note(&mut self, outcome: Outcome, message: String) {
        self.0.push(Problem { message, outcome, claim: None, event: None, unknown_field: None });
    }
    fn repaired(&mut self, message: String) {
        self.note(Outcome::Repaired, message);
    }
    fn claim(&mut self, claim: ClaimId, outcome: Outcome, message: String) {
        self.0.push(Problem { message, outcome, claim: Some(claim), event: None, unknown_field: None });
    }
    fn event(&mut self, event: EventId, outcome: Outcome, message: String) {
        self.0.push(Problem { message, outcome, claim: None, event: Some(event), unknown_field: None });
    }
}

/// Builds a table, giving any record whose id was already taken a fresh one.
fn table<T: Keyed>(rows: Vec<T>, kind: &str, report: &mut Report, fresh: impl Fn(&mut T)) -> Table<T> {
    let mut table = Table::with_capacity(rows.len());
    for mut row in rows {
        if table.contains(row.id()) {
            let old = row.id();
            while table.contains(row.id()) {
                fresh(&mut row);
            }
            report.repaired(format!("two {kind}s had the id {old}; the second now has the id {}", row.id()));
        }
        table.put(row);
    }
    table
}

/// Checks and repairs a raw project. The returned project satisfies every rule of the edit
/// path except that orphaned claims and events without evidence may remain, as reported.
pub(super) fn repair(mut raw: RawProject) -> (Project, Vec<Problem>) {
    let mut r = Report::default();
    if let Some(note) = super::migrate::migrate(&mut raw) {
        r.note(Outcome::Upgraded, note);
    }
    let mut p = Project::new(raw.name);
    p.format = raw.format;
    p.description = raw.description;
    p.conflicts = raw.conflicts;
    p.dates = raw.dates;
    p.matching = raw.matching;
    let actors = raw.actors.into_iter().map(|raw| {
        let (actor, old_side) = raw.into_actor();
        if old_side {
            r.repaired(format!(
                "{} had a side in the old single `affiliation` field; it is now a period without start or end",
                actor.name
            ));
        }
        actor
    });
    let actors: Vec<Actor> = actors.collect();
    p.actors = table(actors, "actor", &mut r, |a| a.id = ActorId::random());
    p.tags = table(raw.tags, "tag", &mut r, |t| t.id = TagId::random());
    p.taxonomy = table(raw.taxonomy, "event type", &mut r, |t| t.id = EventTypeId::random());
    p.eras = table(raw.eras, "era", &mut r, |e| e.id = crate::model::EraId::random());
    p.events = table(raw.events, "event", &mut r, |e| e.id = EventId::random());
    p.claims = table(raw.claims, "claim", &mut r, |c| c.id = ClaimId::random());
    p.articles = table(raw.articles, "article", &mut r, |a| a.id = ArticleId::random());
    p.hypotheses = table(raw.hypotheses, "hypothesis", &mut r, |h| h.id = HypothesisId::random());
    p.outlets = table(raw.outlets, "outlet", &mut r, |o| o.id = OutletId::random());
    p.claim_links = table(raw.claim_links, "claim link", &mut r, |l| l.id = ClaimLinkId::random());

    repair_hierarchies(&mut p, &mut r);
    repair_claims(&mut p, &mut r);
    repair_events(&mut p, &mut r);
    repair_ach(&mut p, raw.ach_evidence, raw.ach_cells, &mut r);
    repair_grading(&mut p, &mut r);
    for era in p.eras.iter().filter(|e| e.start > e.end).cloned().collect::<Vec<_>>() {
        r.repaired(format!("era “{}” ended before it started; its dates were swapped", era.name));
        p.eras.put(Era { start: era.end, end: era.start, ..era });
    }
    (p, r.0)
}

/// Affiliations and tag parents: missing ones are cleared, cycles broken.
fn repair_hierarchies(p: &mut Project, r: &mut Report) {
    for mut a in p.actors.iter().cloned().collect::<Vec<_>>() {
        let before = a.affiliations.clone();
        for period in &mut a.affiliations {
            if let (Some(from), Some(to)) = (period.from, period.to)
                && from > to
            {
                r.repaired(format!(
                    "{}'s period {} ended before it started; its dates were swapped",
                    a.name,
                    period.span_label()
                ));
                (period.from, period.to) = (Some(to), Some(from));
            }
            let Some(side) = period.acts_for else { continue };
            if side == a.id || !p.actors.contains(side) {
                let why = if side == a.id { "is the actor itself" } else { "does not exist" };
                r.repaired(format!(
                    "{}'s side {side} ({}) {why}; the period keeps its role and dates without a side",
                    a.name,
                    period.span_label()
                ));
                period.acts_for = None;
            }
        }
        // A side that makes a cycle is dropped from the latest period first, which is most
        // likely the one added by mistake.
        while let Some(day) = p.cycle_day(&a) {
            let Some(period) = a.affiliations.iter_mut().filter(|x| x.acts_for.is_some() && x.covers(day)).last()
            else {
                break;
            };
            r.repaired(format!(
                "{}'s side {} ({}) made a cycle of affiliations; the period keeps its role and dates without a side",
                a.name,
                p.actor_name(period.acts_for.unwrap_or(a.id)),
                period.span_label()
            ));
            period.acts_for = None;
        }
        for (i, period) in a.affiliations.iter().enumerate() {
            let clash = a.affiliations[i + 1..].iter().find(|o| o.clashes_with(period));
            if let Some(other) = clash {
                let side = |x: &Affiliation| p.actor_name(x.acts_for.unwrap_or(a.id)).to_owned();
                r.note(
                    Outcome::NeedsAttention,
                    format!(
                        "{} acts for {} ({}) and for {} ({}) at the same time; where they overlap the first counts. \
                         End one period before the other begins in the Actors pane",
                        a.name,
                        side(period),
                        period.span_label(),
                        side(other),
                        other.span_label()
                    ),
                );
            }
        }
        if a.affiliations != before {
            p.actors.put(a);
        }
    }
    for t in p.tags.iter().cloned().collect::<Vec<_>>() {
        let Some(parent) = t.parent else { continue };
        let mut ancestor = Some(parent);
        let mut steps = 0;
        while let Some(id) = ancestor.filter(|&id| id != t.id && steps <= p.tags.len()) {
            ancestor = p.tags.get(id).and_then(|x| x.parent);
            steps += 1;
        }
        let missing = !p.tags.contains(parent);
        if missing || ancestor == Some(t.id) || steps > p.tags.len() {
            let why = if missing { "does not exist" } else { "would make a cycle" };
            r.repaired(format!("tag “{}”'s parent {parent} {why}; it is now a top-level tag", t.name));
            p.tags.put(Tag { parent: None, ..t });
        }
    }
}

/// A placeholder keeps the coding that points at a missing actor, tag or type, so nothing the
/// analyst recorded is lost; its name says what happened.
fn placeholder_actor(p: &mut Project, id: ActorId, r: &mut Report) {
    if !p.actors.contains(id) {
        let mut a = Actor::new(format!("Missing actor {id}"), ActorKind::Group, Colour::rgb(0x9e, 0x9e, 0x9e));
        a.id = id;
        p.actors.put(a);
        r.repaired(format!("actor {id} was referred to but missing; a placeholder “Missing actor {id}” was added"));
    }
}

fn placeholder_tag(p: &mut Project, id: TagId, r: &mut Report) {
    if !p.tags.contains(id) {
        let mut t = Tag::new(format!("Missing tag {id}"), Colour::rgb(0x9e, 0x9e, 0x9e));
        t.id = id;
        p.tags.put(t);
        r.repaired(format!("tag {id} was referred to but missing; a placeholder “Missing tag {id}” was added"));
    }
}

fn repair_claims(p: &mut Project, r: &mut Report) {
    // Read-only first: on a sound project nothing is cloned. Each suspect claim comes with
    // whether its quote sits at its offsets.
    let suspect: Vec<(ClaimId, bool)> = {
        let spans = Spans::new(&p.articles);
        p.claims
            .iter()
            .filter_map(|c| {
                let placed = spans.hold(c);
                let suspect = c.orphaned
                    || !placed
                    || c.tags.iter().any(|t| !p.tags.contains(*t))
                    || c.speaker.iter().chain(&c.targets).any(|a| !p.actors.contains(*a));
                suspect.then_some((c.id, placed))
            })
            .collect()
    };
    for (id, placed) in suspect {
        let Some(mut c) = p.claims.get(id).cloned() else { continue };
        for &t in &c.tags {
            placeholder_tag(p, t, r);
        }
        for &a in c.speaker.iter().chain(&c.targets) {
            placeholder_actor(p, a, r);
        }
        if c.orphaned {
            r.claim(
                c.id,
                Outcome::NeedsAttention,
                format!("claim “{}” is an orphan: re-attach it or delete it", short(&c.quote)),
            );
            continue;
        }
        let Some(article) = p.articles.get(c.article) else {
            c.orphaned = true;
            r.claim(
                c.id,
                Outcome::NeedsAttention,
                format!("claim “{}” belongs to a missing article {}; it is now an orphan", short(&c.quote), c.article),
            );
            p.claims.put(c);
            continue;
        };
        if placed {
            continue;
        }
        let (old_start, old_end) = (c.start, c.end);
        match find_quote(&article.text, &c.quote, &c.prefix, &c.suffix, c.start) {
            Placement::Found(a) => {
                (c.start, c.end, c.prefix, c.suffix) = (a.start, a.end, a.prefix, a.suffix);
                r.claim(
                    c.id,
                    Outcome::Repaired,
                    format!(
                        "claim “{}” was not at {old_start}..{old_end}; found again at {}..{}",
                        short(&c.quote),
                        c.start,
                        c.end
                    ),
                );
            }
            Placement::Orphan => {
                c.orphaned = true;
                r.claim(c.id, Outcome::NeedsAttention, format!("claim “{}” does not match its text at {old_start}..{old_end} and cannot be placed with certainty; it is now an orphan", short(&c.quote)));
            }
        }
        p.claims.put(c);
    }
}

fn repair_events(p: &mut Project, r: &mut Report) {
    // As for claims: only the events that need something are cloned.
    let suspect: Vec<EventId> = p.events.iter().filter(|e| needs_repair(p, e)).map(|e| e.id).collect();
    for id in suspect {
        let Some(mut e) = p.events.get(id).cloned() else { continue };
        if !p.taxonomy.contains(e.kind) {
            let t = EventType {
                id: e.kind,
                name: format!("Missing type {}", e.kind),
                cameo: String::new(),
                score: 0.0,
                colour: Colour::rgb(0x9e, 0x9e, 0x9e),
                on_series: true,
                note: "Added because an event referred to a type that was missing; set its score.".into(),
            };
            p.taxonomy.put(t);
            r.repaired(format!("event type {} was missing; a placeholder type with score 0 was added", e.kind));
        }
        placeholder_actor(p, e.source, r);
        placeholder_actor(p, e.target, r);
        let missing: Vec<ClaimId> = e.evidence.iter().copied().filter(|c| !p.claims.contains(*c)).collect();
        if !missing.is_empty() {
            e.evidence.retain(|c| p.claims.contains(*c));
            r.event(
                e.id,
                Outcome::Repaired,
                format!(
                    "the event of {} listed {} evidence claim(s) that do not exist; they were taken off",
                    e.date,
                    missing.len()
                ),
            );
        }
        let mut seen = HashSet::new();
        e.evidence.retain(|c| seen.insert(*c));
        if e.evidence.is_empty() {
            r.event(
                e.id,
                Outcome::NeedsAttention,
                format!("the event of {} has no evidence: link a claim to it or delete it", e.date),
            );
        }
        if e.date.start > e.date.end {
            std::mem::swap(&mut e.date.start, &mut e.date.end);
            r.event(
                e.id,
                Outcome::Repaired,
                format!("the event of {} ended before it started; its dates were swapped", e.date),
            );
        }
        if let Err(why) = e.date.check_years() {
            r.event(
                e.id,
                Outcome::NeedsAttention,
                format!("an event's date is wrong: {why}. It is left off the chart and series until it is corrected"),
            );
        }
        if e.score.is_some_and(|s| !(s.is_finite() && (-10.0..=10.0).contains(&s))) {
            r.event(
                e.id,
                Outcome::Repaired,
                format!(
                    "the event of {} had an impossible score {:?}; it now uses its type's default",
                    e.date, e.score
                ),
            );
            e.score = None;
        }
        p.events.put(e);
    }
}

/// The ACH matrix: a column whose claim is gone is taken off with its ratings (each named in
/// the report, so nothing goes silently); a rating whose claim is not a column makes it one; a
/// rating of a missing hypothesis gets a placeholder row; a cell rated twice keeps the first.
fn repair_ach(p: &mut Project, columns: Vec<ClaimId>, cells: Vec<AchCell>, r: &mut Report) {
    let mut seen = HashSet::new();
    for claim in columns {
        if !p.claims.contains(claim) {
            r.repaired(format!(
                "the hypotheses matrix had evidence claim {claim}, which does not exist; it was taken off"
            ));
        } else if seen.insert(claim) {
            p.ach_evidence.push(claim);
        }
    }
    for cell in cells {
        if !p.claims.contains(cell.claim) {
            r.repaired(format!(
                "a rating {} (note: “{}”) of missing claim {} was taken off the hypotheses matrix",
                cell.rating.code(),
                cell.note,
                cell.claim
            ));
            continue;
        }
        if seen.insert(cell.claim) {
            p.ach_evidence.push(cell.claim);
            r.repaired(format!(
                "claim {} was rated in the hypotheses matrix but not a column; it is now one",
                cell.claim
            ));
        }
        if !p.hypotheses.contains(cell.hypothesis) {
            let mut h = Hypothesis::new(format!("Missing hypothesis {}", cell.hypothesis));
            h.id = cell.hypothesis;
            p.hypotheses.put(h);
            r.repaired(format!(
                "hypothesis {} was rated but missing; a placeholder “Missing hypothesis {}” was added",
                cell.hypothesis, cell.hypothesis
            ));
        }
        if let Some(first) = p.ach_cells.get(cell.id()) {
            r.repaired(format!(
                "a cell of the hypotheses matrix was rated twice ({} and {}); the first rating was kept",
                first.rating.code(),
                cell.rating.code()
            ));
            continue;
        }
        p.ach_cells.put(cell);
    }
}

/// Links that join a claim to a missing claim or to itself, or repeat a pair already linked,
/// hold no judgement that can be kept and are taken off; two outlets answering to one name
/// are left for the analyst, since which grade was meant cannot be known.
fn repair_grading(p: &mut Project, r: &mut Report) {
    let mut pairs = HashSet::new();
    let broken: Vec<(ClaimLinkId, &'static str)> = p
        .claim_links
        .iter()
        .filter_map(|l| {
            let why = if !p.claims.contains(l.from) || !p.claims.contains(l.to) {
                "joined a claim that does not exist"
            } else if l.from == l.to {
                "joined a claim to itself"
            } else if !pairs.insert((l.from.min(l.to), l.from.max(l.to))) {
                "repeated two claims already linked"
            } else {
                return None;
            };
            Some((l.id, why))
        })
        .collect();
    for (id, why) in broken {
        if let Some((_, l)) = p.claim_links.remove(id) {
            r.repaired(format!("a “{}” link {why}; it was taken off", l.kind.label()));
        }
    }
    // Names compared as articles find their outlet (`Outlet::answers_to`): the project's one
    // name-matcher, so a clash in case, width or (when ignored) diacritics is one too.
    let mut named: std::collections::HashMap<String, (OutletId, &str)> = std::collections::HashMap::new();
    for o in p.outlets.iter() {
        for name in std::iter::once(&o.name).chain(&o.aliases) {
            let key = p.matching.key(name);
            match named.get(key.as_str()) {
                Some(&(id, first)) if id != o.id => r.note(
                    Outcome::NeedsAttention,
                    format!(
                        "the outlets {first} and {} both answer to “{}”; articles from it take {first}'s grade until \
                         one of them is renamed",
                        o.name,
                        name.trim()
                    ),
                ),
                Some(_) => {}
                None => {
                    named.insert(key, (o.id, &o.name));
                }
            }
        }
    }
}

/// Whether [`repair_events`] has anything to repair or report about `e`.
fn needs_repair(p: &Project, e: &Event) -> bool {
    !p.taxonomy.contains(e.kind)
        || !p.actors.contains(e.source)
        || !p.actors.contains(e.target)
        || e.evidence.is_empty()
        || e.evidence.iter().any(|c| !p.claims.contains(*c))
        || has_duplicates(&e.evidence)
        || e.date.start > e.date.end
        || e.date.check_years().is_err()
        || e.score.is_some_and(|s| !(s.is_finite() && (-10.0..=10.0).contains(&s)))
}

/// Whether an id occurs twice. Evidence lists are short: comparing pairs beats hashing until
/// a list is long.
fn has_duplicates(ids: &[ClaimId]) -> bool {
    if ids.len() > 16 {
        let mut seen = HashSet::with_capacity(ids.len());
        return !ids.iter().all(|c| seen.insert(*c));
    }
    ids.iter().enumerate().any(|(i, c)| ids[..i].contains(c))
}

fn short(quote: &str) -> String {
    let s: String = quote.chars().take(50).collect();
    if quote.chars().count() > 50 { format!("{s}…") } else { s }
}
