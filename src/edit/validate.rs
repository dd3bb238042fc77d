//! Integrity rules checked before every op, so a project never holds a dangling reference or a
//! claim whose quote is not its text.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::model::{
    AchCell, Actor, ActorId, ArticleId, Claim, ClaimId, ClaimLink, Event, Matching, Outlet, Project, TagId, parse_code,
    parse_qid, text,
};

use super::EditError;
use super::op::{Record, RecordId};

fn invalid(msg: impl Into<String>) -> EditError {
    EditError::Invalid(msg.into())
}

pub(super) fn put(p: &Project, record: &Record) -> Result<(), EditError> {
    match record {
        Record::Article(a) => {
            if a.title.trim().is_empty() {
                return Err(invalid("an article needs a title"));
            }
            let text_changed = p.articles.get(a.id).is_some_and(|old| old.text != a.text);
            if text_changed && p.claims_of(a.id).next().is_some() {
                return Err(invalid(format!(
                    "the text of “{}” has claims anchored in it and cannot be replaced",
                    a.title
                )));
            }
            Ok(())
        }
        Record::Claim(c) => claim(p, c),
        Record::Actor(a) => {
            if a.name.trim().is_empty() {
                return Err(invalid("an actor needs a name"));
            }
            identifiers(p, a)?;
            affiliations(p, a)
        }
        Record::Tag(t) => {
            if t.name.trim().is_empty() {
                return Err(invalid("a tag needs a name"));
            }
            let mut parent = t.parent;
            while let Some(id) = parent {
                if id == t.id {
                    return Err(invalid(format!("tag “{}” cannot be its own ancestor", t.name)));
                }
                parent = tag_exists(p, id)?.parent;
            }
            Ok(())
        }
        Record::EventType(t) => {
            if t.name.trim().is_empty() {
                return Err(invalid("an event type needs a name"));
            }
            score(t.score)
        }
        Record::Event(e) => event(p, e),
        Record::Era(e) => {
            if e.name.trim().is_empty() {
                return Err(invalid("an era needs a name"));
            }
            if e.start > e.end {
                return Err(invalid(format!("era “{}” ends before it starts", e.name)));
            }
            Ok(())
        }
        Record::Hypothesis(h) => {
            if h.title.trim().is_empty() {
                return Err(invalid("a hypothesis needs a title"));
            }
            Ok(())
        }
        Record::AchCell(c) => ach_cell(p, c),
        Record::Outlet(o) => outlet(p, o),
        Record::ClaimLink(l) => claim_link(p, l),
    }
}

/// A rated cell sits in an existing row and an existing evidence column.
fn ach_cell(p: &Project, c: &AchCell) -> Result<(), EditError> {
    if !p.hypotheses.contains(c.hypothesis) {
        return Err(invalid(format!("hypothesis {} does not exist", c.hypothesis)));
    }
    if !p.ach_evidence.contains(&c.claim) {
        return Err(invalid("the claim is not evidence in the hypotheses matrix: add it as a column first"));
    }
    Ok(())
}

/// A country code and a Wikidata item in their one written form; a code names one actor only,
/// since dictionary codes find the state by it.
fn identifiers(p: &Project, a: &Actor) -> Result<(), EditError> {
    if let Some(qid) = &a.qid
        && parse_qid(qid).map_err(invalid)?.as_ref() != Some(qid)
    {
        return Err(invalid(format!(
            "{}'s Wikidata item is written “{qid}”; write it as Q followed by its number",
            a.name
        )));
    }
    if let Some(code) = &a.code {
        if parse_code(code).map_err(invalid)?.as_ref() != Some(code) {
            return Err(invalid(format!("{}'s country code “{code}” must be written in capitals", a.name)));
        }
        if let Some(other) = p.actors.iter().find(|o| o.id != a.id && o.code.as_ref() == Some(code)) {
            return Err(invalid(format!(
                "the country code {code} is already {}'s; a code names one actor, so dictionary codes find one state",
                other.name
            )));
        }
    }
    Ok(())
}

/// The matrix's columns are existing claims, each once, and every rated cell keeps its column
/// (the builders remove a column's cells before the column).
pub(super) fn ach_evidence(p: &Project, columns: &[ClaimId]) -> Result<(), EditError> {
    let mut seen = std::collections::HashSet::with_capacity(columns.len());
    for claim in columns {
        if !p.claims.contains(*claim) {
            return Err(invalid(format!("evidence claim {claim} does not exist")));
        }
        if !seen.insert(*claim) {
            return Err(invalid("the same claim is a column of the hypotheses matrix twice"));
        }
    }
    match p.ach_cells.iter().find(|c| !seen.contains(&c.claim)) {
        Some(_) => Err(EditError::InUse("the column still has rated cells".into())),
        None => Ok(()),
    }
}

/// An actor's periods: each in order, for an existing side other than itself, no two sides at
/// once, and no chain of periods that makes it act for itself on any day.
fn affiliations(p: &Project, a: &Actor) -> Result<(), EditError> {
    for (i, period) in a.affiliations.iter().enumerate() {
        if let (Some(from), Some(to)) = (period.from, period.to)
            && from > to
        {
            return Err(invalid(format!("{}'s period {} ends before it starts", a.name, period.span_label())));
        }
        if let Some(side) = period.acts_for {
            if side == a.id {
                return Err(invalid(format!("{} cannot act for itself", a.name)));
            }
            actor_exists(p, side)?;
        }
        let clash = a.affiliations[..i].iter().find(|o| o.clashes_with(period));
        if let Some(other) = clash {
            return Err(invalid(format!(
                "{} cannot act for {} ({}) and for {} ({}) at the same time: end one period before the other begins",
                a.name,
                side_name(p, a, other.acts_for),
                other.span_label(),
                side_name(p, a, period.acts_for),
                period.span_label()
            )));
        }
    }
    match p.cycle_day(a) {
        Some(day) => Err(invalid(format!(
            "{}'s periods would make it act for itself on {}: a chain of affiliations cannot lead back to the actor",
            a.name,
            if day == jiff::civil::Date::MIN { "days before any period starts".to_owned() } else { day.to_string() }
        ))),
        None => Ok(()),
    }
}

/// An outlet needs a name, and no name or alias may name two outlets: an article's outlet
/// must match one grade, not two.
fn outlet(p: &Project, o: &Outlet) -> Result<(), EditError> {
    if o.name.trim().is_empty() {
        return Err(invalid("an outlet needs a name"));
    }
    for name in std::iter::once(&o.name).chain(&o.aliases) {
        if let Some(other) = p.outlets.iter().find(|other| other.id != o.id && other.answers_to(name, p.matching)) {
            return Err(invalid(format!("“{}” already names the outlet {}", name.trim(), other.name)));
        }
    }
    Ok(())
}

/// A way of comparing names under which no name answers to two outlets: ignoring diacritics
/// would otherwise make "Le Monde" and "Lé Monde" one name and leave both outlets uneditable.
/// Only a clash the change makes counts: one a repaired file already held is in Problems, and
/// comparing names as written (finer than ignoring accents) makes none.
pub(super) fn matching(p: &Project, m: Matching) -> Result<(), EditError> {
    let mut named: HashMap<String, (&Outlet, &String)> = HashMap::new();
    for o in p.outlets.iter() {
        for name in std::iter::once(&o.name).chain(&o.aliases) {
            match named.entry(m.key(name)) {
                Entry::Occupied(first) if first.get().0.id != o.id && !p.matching.same_name(first.get().1, name) => {
                    let (other, other_name) = *first.get();
                    return Err(invalid(format!(
                        "Ignoring diacritics would make “{}” (the outlet {}) and “{}” (the outlet {}) one name, so an article \
                         from it could not know its grade: rename one of them or take off the alias first",
                        other_name.trim(),
                        other.name,
                        name.trim(),
                        o.name
                    )));
                }
                Entry::Occupied(_) => {}
                Entry::Vacant(free) => {
                    free.insert((o, name));
                }
            }
        }
    }
    Ok(())
}

/// A link joins two existing, different claims, and two claims are linked at most once
/// (whichever way round): the analyst changes the kind rather than adding a second judgement.
fn claim_link(p: &Project, l: &ClaimLink) -> Result<(), EditError> {
    if l.from == l.to {
        return Err(invalid("a claim cannot be linked to itself"));
    }
    for end in [l.from, l.to] {
        if !p.claims.contains(end) {
            return Err(invalid(format!("the linked claim {end} does not exist")));
        }
    }
    if let Some(other) = p.links_of(l.from).find(|o| o.id != l.id && o.other(l.from) == Some(l.to)) {
        return Err(invalid(format!("these two claims are already linked ({})", other.kind.label())));
    }
    Ok(())
}

fn side_name<'a>(p: &'a Project, a: &Actor, side: Option<ActorId>) -> &'a str {
    match side {
        Some(id) if id != a.id => p.actor_name(id),
        _ => "no one",
    }
}

fn claim(p: &Project, c: &Claim) -> Result<(), EditError> {
    references(p, c)?;
    // An orphan's offsets mean nothing until it is re-attached; its article may even be gone.
    if c.orphaned {
        return Ok(());
    }
    let article = p
        .articles
        .get(c.article)
        .ok_or_else(|| invalid(format!("the claim's article {} does not exist", c.article)))?;
    anchored(&article.text, c)
}

/// The claim's quote is exactly the text at its range.
fn anchored(text: &str, c: &Claim) -> Result<(), EditError> {
    match text::slice_chars(text, c.start, c.end) {
        Some(span) if span == c.quote => {}
        Some(span) => {
            return Err(invalid(format!(
                "the claim's quote “{}” is not the text at {}..{} (“{}”)",
                c.quote, c.start, c.end, span
            )));
        }
        None => {
            return Err(invalid(format!(
                "the claim's range {}..{} is empty or outside the article's text",
                c.start, c.end
            )));
        }
    }
    Ok(())
}

fn references(p: &Project, c: &Claim) -> Result<(), EditError> {
    for &tag in &c.tags {
        tag_exists(p, tag)?;
    }
    for &actor in c.speaker.iter().chain(&c.targets) {
        actor_exists(p, actor)?;
    }
    Ok(())
}

/// A text replacement must come with every claim of the article, each anchored in the new text
/// or orphaned.
pub(super) fn set_text(p: &Project, article: ArticleId, text: &str, claims: &[Claim]) -> Result<(), EditError> {
    if !p.articles.contains(article) {
        return Err(EditError::Missing(article.to_string()));
    }
    if text.trim().is_empty() {
        return Err(invalid("an article's text cannot be empty"));
    }
    let given: std::collections::HashSet<ClaimId> = claims.iter().map(|c| c.id).collect();
    let current: std::collections::HashSet<ClaimId> = p.claims_of(article).map(|c| c.id).collect();
    if given != current || claims.iter().any(|c| c.article != article) {
        return Err(invalid("a text edit must re-anchor every claim of its article"));
    }
    for c in claims {
        references(p, c)?;
        if !c.orphaned {
            anchored(text, c)?;
        }
    }
    Ok(())
}

fn event(p: &Project, e: &Event) -> Result<(), EditError> {
    if !p.taxonomy.contains(e.kind) {
        return Err(invalid(format!("event type {} does not exist", e.kind)));
    }
    actor_exists(p, e.source)?;
    actor_exists(p, e.target)?;
    if e.evidence.is_empty() {
        return Err(invalid("an event needs at least one evidence claim"));
    }
    for (i, &claim) in e.evidence.iter().enumerate() {
        if !p.claims.contains(claim) {
            return Err(invalid(format!("evidence claim {claim} does not exist")));
        }
        if e.evidence[..i].contains(&claim) {
            return Err(invalid("the same claim is listed twice as evidence"));
        }
    }
    if e.date.start > e.date.end {
        return Err(invalid("the event's date range ends before it starts"));
    }
    e.date.check_years().map_err(invalid)?;
    e.score.map_or(Ok(()), score)
}

fn score(s: f64) -> Result<(), EditError> {
    if s.is_finite() && (-10.0..=10.0).contains(&s) {
        Ok(())
    } else {
        Err(invalid(format!("a score must lie between -10 and +10, not {s}")))
    }
}

fn actor_exists(p: &Project, id: ActorId) -> Result<(), EditError> {
    p.actors.get(id).map(|_| ()).ok_or_else(|| invalid(format!("actor {id} does not exist")))
}

fn tag_exists(p: &Project, id: TagId) -> Result<&crate::model::Tag, EditError> {
    p.tags.get(id).ok_or_else(|| invalid(format!("tag {id} does not exist")))
}

/// A record may be removed only when nothing refers to it; the builders in
/// [`super::builders`] first remove or rewrite the records that do.
pub(super) fn remove(p: &Project, id: RecordId) -> Result<(), EditError> {
    let in_use = |what: String| Err(EditError::InUse(what));
    match id {
        RecordId::Article(a) => match p.claims_of(a).count() {
            0 => Ok(()),
            n => in_use(format!("the article has {n} claims")),
        },
        RecordId::Claim(c) => {
            if let Some(e) = p.events_of_claim(c).next() {
                return in_use(format!("the claim is evidence for the event of {}", e.date));
            }
            if p.ach_evidence.contains(&c) {
                return in_use("the claim is evidence in the hypotheses matrix".into());
            }
            match p.links_of(c).count() {
                0 => Ok(()),
                n => in_use(format!("the claim is linked to {n} other claim(s)")),
            }
        }
        RecordId::Actor(a) => {
            let claims = p.claims.iter().filter(|c| c.speaker == Some(a) || c.targets.contains(&a)).count();
            let events = p.events.iter().filter(|e| e.source == a || e.target == a).count();
            let members = p.actors.iter().filter(|m| m.ever_acts_for(a)).count();
            if claims + events + members == 0 {
                Ok(())
            } else {
                in_use(format!(
                    "{} is named in {claims} claims and {events} events and has {members} affiliated actors",
                    p.actor_name(a)
                ))
            }
        }
        RecordId::Tag(t) => {
            let claims = p.claims.iter().filter(|c| c.tags.contains(&t)).count();
            let children = p.tags.iter().filter(|c| c.parent == Some(t)).count();
            if claims + children == 0 {
                Ok(())
            } else {
                in_use(format!("the tag is on {claims} claims and has {children} sub-tags"))
            }
        }
        RecordId::EventType(k) => match p.events.iter().filter(|e| e.kind == k).count() {
            0 => Ok(()),
            n => in_use(format!("{n} events have this type")),
        },
        RecordId::Hypothesis(h) => match p.ach_cells.iter().filter(|c| c.hypothesis == h).count() {
            0 => Ok(()),
            n => in_use(format!("the hypothesis has {n} rated cells")),
        },
        // Articles name their outlet as text, so an outlet can go while articles still name
        // it: they are then ungraded (F) unless graded on their own.
        RecordId::Event(_) | RecordId::Era(_) | RecordId::Outlet(_) | RecordId::ClaimLink(_) | RecordId::AchCell(_) => {
            Ok(())
        }
    }
}
