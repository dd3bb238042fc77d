//! The primitive changes an [`super::Edit`] is made of, and how each is applied and inverted.

use crate::model::{
    AchCell, Actor, ActorId, Article, ArticleId, CellId, Claim, ClaimId, ClaimLink, ClaimLinkId, Conflict,
    DateSettings, Era, EraId, Event, EventId, EventType, EventTypeId, Hypothesis, HypothesisId, Keyed, Matching,
    Outlet, OutletId, Project, Table, Tag, TagId,
};

use super::EditError;
use super::validate;

/// Any record of a project, for ops that insert or replace one.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    Article(Article),
    Claim(Claim),
    Actor(Actor),
    Tag(Tag),
    EventType(EventType),
    Event(Event),
    Era(Era),
    Hypothesis(Hypothesis),
    AchCell(AchCell),
    Outlet(Outlet),
    ClaimLink(ClaimLink),
}

/// The id of any record, for ops that remove one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RecordId {
    Article(ArticleId),
    Claim(ClaimId),
    Actor(ActorId),
    Tag(TagId),
    EventType(EventTypeId),
    Event(EventId),
    Era(EraId),
    Hypothesis(HypothesisId),
    AchCell(CellId),
    Outlet(OutletId),
    ClaimLink(ClaimLinkId),
}

/// One primitive change. Every op has an exact inverse, which is what makes undo possible.
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Inserts a record, or replaces the one with the same id in place.
    Put(Record),
    /// Removes a record; refused while other records refer to it.
    Remove(RecordId),
    /// Puts a removed record back at its former position (the inverse of `Remove`).
    Restore(Record, usize),
    /// Replaces an article's text together with all of its claims, re-anchored to the new
    /// text (or orphaned): text and anchors change in one step so they never disagree.
    SetText {
        article: ArticleId,
        text: String,
        claims: Vec<Claim>,
    },
    /// Renames the project.
    SetName(String),
    SetDescription(String),
    /// Replaces the merge conflicts still to settle (see [`crate::model::Conflict`]).
    SetConflicts(Vec<Conflict>),
    /// How this project's sources write ambiguous dates.
    SetDates(DateSettings),
    /// How names are compared (diacritics ignored or not).
    SetMatching(Matching),
    /// Replaces the ACH matrix's evidence columns (claims, in order).
    SetAchEvidence(Vec<ClaimId>),
}

/// Applies one op after validating it, returning its inverse.
pub(super) fn apply_op(project: &mut Project, op: Op) -> Result<Op, EditError> {
    match op {
        Op::Put(record) => {
            validate::put(project, &record)?;
            Ok(put(project, record))
        }
        Op::Restore(record, index) => {
            validate::put(project, &record)?;
            Ok(restore(project, record, index))
        }
        Op::Remove(id) => {
            validate::remove(project, id)?;
            remove(project, id)
        }
        Op::SetName(name) => {
            let name = name.trim().to_owned();
            if name.is_empty() {
                return Err(EditError::Invalid("a project needs a name".into()));
            }
            Ok(Op::SetName(std::mem::replace(&mut project.name, name)))
        }
        Op::SetDescription(text) => Ok(Op::SetDescription(std::mem::replace(&mut project.description, text))),
        Op::SetConflicts(conflicts) => Ok(Op::SetConflicts(std::mem::replace(&mut project.conflicts, conflicts))),
        Op::SetDates(dates) => Ok(Op::SetDates(std::mem::replace(&mut project.dates, dates))),
        Op::SetMatching(m) => {
            validate::matching(project, m)?;
            Ok(Op::SetMatching(std::mem::replace(&mut project.matching, m)))
        }
        Op::SetAchEvidence(columns) => {
            validate::ach_evidence(project, &columns)?;
            Ok(Op::SetAchEvidence(std::mem::replace(&mut project.ach_evidence, columns)))
        }
        Op::SetText { article, text, claims } => {
            validate::set_text(project, article, &text, &claims)?;
            let old_claims: Vec<Claim> = claims.iter().filter_map(|c| project.claims.get(c.id).cloned()).collect();
            let Some(a) = project.articles.get(article).cloned() else {
                return Err(EditError::Missing(article.to_string()));
            };
            let mut a = a;
            let old_text = std::mem::replace(&mut a.text, text);
            project.articles.put(a);
            for c in claims {
                project.claims.put(c);
            }
            Ok(Op::SetText { article, text: old_text, claims: old_claims })
        }
    }
}

fn put(project: &mut Project, record: Record) -> Op {
    fn put_in<T: Keyed>(table: &mut Table<T>, row: T, wrap: fn(T) -> Record, id: fn(T::Id) -> RecordId) -> Op {
        let key = row.id();
        match table.put(row) {
            Some(old) => Op::Put(wrap(old)),
            None => Op::Remove(id(key)),
        }
    }
    match record {
        Record::Article(r) => put_in(&mut project.articles, r, Record::Article, RecordId::Article),
        Record::Claim(r) => put_in(&mut project.claims, r, Record::Claim, RecordId::Claim),
        Record::Actor(r) => put_in(&mut project.actors, r, Record::Actor, RecordId::Actor),
        Record::Tag(r) => put_in(&mut project.tags, r, Record::Tag, RecordId::Tag),
        Record::EventType(r) => put_in(&mut project.taxonomy, r, Record::EventType, RecordId::EventType),
        Record::Event(r) => put_in(&mut project.events, r, Record::Event, RecordId::Event),
        Record::Era(r) => put_in(&mut project.eras, r, Record::Era, RecordId::Era),
        Record::Hypothesis(r) => put_in(&mut project.hypotheses, r, Record::Hypothesis, RecordId::Hypothesis),
        Record::AchCell(r) => put_in(&mut project.ach_cells, r, Record::AchCell, RecordId::AchCell),
        Record::Outlet(r) => put_in(&mut project.outlets, r, Record::Outlet, RecordId::Outlet),
        Record::ClaimLink(r) => put_in(&mut project.claim_links, r, Record::ClaimLink, RecordId::ClaimLink),
    }
}

fn restore(project: &mut Project, record: Record, index: usize) -> Op {
    fn restore_in<T: Keyed>(table: &mut Table<T>, row: T, index: usize, id: fn(T::Id) -> RecordId) -> Op {
        let key = row.id();
        table.insert_at(index, row);
        Op::Remove(id(key))
    }
    match record {
        Record::Article(r) => restore_in(&mut project.articles, r, index, RecordId::Article),
        Record::Claim(r) => restore_in(&mut project.claims, r, index, RecordId::Claim),
        Record::Actor(r) => restore_in(&mut project.actors, r, index, RecordId::Actor),
        Record::Tag(r) => restore_in(&mut project.tags, r, index, RecordId::Tag),
        Record::EventType(r) => restore_in(&mut project.taxonomy, r, index, RecordId::EventType),
        Record::Event(r) => restore_in(&mut project.events, r, index, RecordId::Event),
        Record::Era(r) => restore_in(&mut project.eras, r, index, RecordId::Era),
        Record::Hypothesis(r) => restore_in(&mut project.hypotheses, r, index, RecordId::Hypothesis),
        Record::AchCell(r) => restore_in(&mut project.ach_cells, r, index, RecordId::AchCell),
        Record::Outlet(r) => restore_in(&mut project.outlets, r, index, RecordId::Outlet),
        Record::ClaimLink(r) => restore_in(&mut project.claim_links, r, index, RecordId::ClaimLink),
    }
}

fn remove(project: &mut Project, id: RecordId) -> Result<Op, EditError> {
    fn remove_from<T: Keyed>(table: &mut Table<T>, key: T::Id, wrap: fn(T) -> Record) -> Result<Op, EditError> {
        table
            .remove(key)
            .map(|(index, row)| Op::Restore(wrap(row), index))
            .ok_or_else(|| EditError::Missing(key.to_string()))
    }
    match id {
        RecordId::Article(k) => remove_from(&mut project.articles, k, Record::Article),
        RecordId::Claim(k) => remove_from(&mut project.claims, k, Record::Claim),
        RecordId::Actor(k) => remove_from(&mut project.actors, k, Record::Actor),
        RecordId::Tag(k) => remove_from(&mut project.tags, k, Record::Tag),
        RecordId::EventType(k) => remove_from(&mut project.taxonomy, k, Record::EventType),
        RecordId::Event(k) => remove_from(&mut project.events, k, Record::Event),
        RecordId::Era(k) => remove_from(&mut project.eras, k, Record::Era),
        RecordId::Hypothesis(k) => remove_from(&mut project.hypotheses, k, Record::Hypothesis),
        RecordId::AchCell(k) => remove_from(&mut project.ach_cells, k, Record::AchCell),
        RecordId::Outlet(k) => remove_from(&mut project.outlets, k, Record::Outlet),
        RecordId::ClaimLink(k) => remove_from(&mut project.claim_links, k, Record::ClaimLink),
    }
}
