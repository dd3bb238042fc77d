//! Settling the conflicts a merge left: per conflict, keep ours (already in the record) or
//! take theirs (written back into the record from the value the merge kept), all as one
//! undoable edit that also takes the settled conflicts off the list.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::model::conflict::WHOLE_RECORD;
use crate::model::{Conflict, Keyed, Project, Table};

use super::super::{Edit, EditError, Op, Record};

/// Which analyst's value a conflict is settled with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// Settles the conflicts at `picks` (indexes into `p.conflicts`); the rest stay listed.
pub fn settle_conflicts(p: &Project, picks: &[(usize, Side)]) -> Result<Edit, EditError> {
    let mut scratch = p.clone();
    let mut ops = Vec::new();
    for &(index, side) in picks {
        let c = p.conflicts.get(index).ok_or_else(|| EditError::Missing(format!("conflict {index}")))?;
        let value = match side {
            Side::Ours => &c.ours,
            Side::Theirs => &c.theirs,
        };
        // Ours is what the record holds already, but for a record we deleted and they changed.
        if side == Side::Ours && !(c.field == WHOLE_RECORD && c.ours.is_empty()) {
            continue;
        }
        let step = settle_one(&scratch, c, value)?;
        let _ = crate::edit::apply(&mut scratch, Edit::new("", step.clone()));
        ops.extend(step);
    }
    let settled: Vec<usize> = picks.iter().map(|(i, _)| *i).collect();
    let left = p.conflicts.iter().enumerate().filter(|(i, _)| !settled.contains(i)).map(|(_, c)| c.clone()).collect();
    ops.push(Op::SetConflicts(left));
    let label = if picks.len() == 1 { "settle conflict" } else { "settle conflicts" };
    Ok(Edit::new(label, ops))
}

/// The ops that put `value` (JSON) where the conflict `c` is.
fn settle_one(p: &Project, c: &Conflict, value: &str) -> Result<Vec<Op>, EditError> {
    let bad = |e: String| EditError::Invalid(format!("the kept value of {} “{}” cannot be used: {e}", c.kind, c.label));
    if c.kind == "project" {
        let text: Value = serde_json::from_str(value).map_err(|e| bad(e.to_string()))?;
        return match (c.field.as_str(), text) {
            ("name", Value::String(s)) => Ok(vec![Op::SetName(s)]),
            ("description", Value::String(s)) => Ok(vec![Op::SetDescription(s)]),
            ("dates", v) => Ok(vec![Op::SetDates(serde_json::from_value(v).map_err(|e| bad(e.to_string()))?)]),
            ("matching", v) => Ok(vec![Op::SetMatching(serde_json::from_value(v).map_err(|e| bad(e.to_string()))?)]),
            // Never take a conflict off the list without applying the side chosen.
            (field, _) => Err(bad(format!("the project's “{field}” cannot be set from a conflict; edit it by hand"))),
        };
    }
    macro_rules! settle {
        ($table:ident, $record:ident, $delete:expr) => {{
            let id = c.id.parse().map_err(bad)?;
            if c.field == WHOLE_RECORD {
                if value.is_empty() {
                    return Ok(if p.$table.contains(id) { $delete(p, id).ops } else { Vec::new() });
                }
                let row = serde_json::from_str(value).map_err(|e| bad(e.to_string()))?;
                return Ok(vec![Op::Put(Record::$record(row))]);
            }
            let row = with_field(&p.$table, id, &c.field, value).map_err(bad)?;
            Ok(vec![Op::Put(Record::$record(row))])
        }};
    }
    use super as b;
    match c.kind.as_str() {
        "actor" => settle!(actors, Actor, b::delete_actor),
        "tag" => settle!(tags, Tag, b::delete_tag),
        "claim" => settle!(claims, Claim, b::delete_claim),
        "article" => settle!(articles, Article, b::delete_article),
        "event" => settle!(events, Event, |_: &Project, id| b::delete_event(id)),
        "event type" => settle!(taxonomy, EventType, |_: &Project, id| Edit::one(
            "delete type",
            Op::Remove(crate::edit::RecordId::EventType(id))
        )),
        "era" => {
            settle!(eras, Era, |_: &Project, id| Edit::one("delete era", Op::Remove(crate::edit::RecordId::Era(id))))
        }
        other => Err(EditError::Invalid(format!("a conflict on an unknown kind of record: {other}"))),
    }
}

/// The record with `field` set to `value` (JSON); a field group ("start+end+quote...") takes
/// each of its fields from the object `value`.
fn with_field<T>(table: &Table<T>, id: T::Id, field: &str, value: &str) -> Result<T, String>
where
    T: Keyed + Serialize + DeserializeOwned,
{
    let row = table.get(id).ok_or_else(|| format!("it is no longer in the project ({id})"))?;
    let mut object = serde_json::to_value(row).map_err(|e| e.to_string())?;
    let map = object.as_object_mut().ok_or("not a record")?;
    let parsed: Value =
        if value.is_empty() { Value::Null } else { serde_json::from_str(value).map_err(|e| e.to_string())? };
    if field.contains('+') {
        let parts = parsed.as_object().ok_or("a group of fields needs an object")?;
        for name in field.split('+') {
            match parts.get(name) {
                Some(v) => map.insert(name.to_owned(), v.clone()),
                None => map.remove(name),
            };
        }
    } else if parsed.is_null() && value.is_empty() {
        map.remove(field);
    } else {
        map.insert(field.to_owned(), parsed);
    }
    serde_json::from_value(object).map_err(|e| e.to_string())
}
