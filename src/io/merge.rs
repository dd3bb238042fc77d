//! Three-way merge of two analysts' versions of one project, by record id, for
//! `faultline merge` and git's merge driver.
//!
//! Git's line merge of two edited project files conflicts inside RON or, worse, yields a file
//! that parses and has silently lost one side's claims. Here each table is merged by id:
//! - a record added on either side is kept; deleted on one side and untouched on the other,
//!   it is deleted; deleted on one side and changed on the other, the change is kept and the
//!   deletion listed as a conflict (never lose work);
//! - a record changed on both sides is merged field by field: a field changed on one side
//!   takes that change; a list (tags, targets, aliases, evidence, an actor's periods) takes
//!   both sides' additions and removals, and an actor's alias languages merge alias by alias;
//!   a field changed differently on both sides keeps ours and
//!   records theirs in the project's `conflicts` for the analyst to settle;
//! - a claim's anchor (offsets, quote and context) moves as one, never half from each side;
//! - an actor or tag both created under the same name is kept once (see `namesakes`).
//!
//! Fields are compared through their serialisation, so a field added to a record later is
//! merged without touching this file. The result is then checked as a loaded file is (the
//! caller runs it through the project file's repair): a claim the other side's text edit
//! moved is re-anchored by its quote, a reference to a record the other side deleted gets a
//! placeholder or becomes an orphan in Problems, never a dangling id.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::model::conflict::WHOLE_RECORD;
use crate::model::{ArticleId, Conflict, Keyed, Project, Table};

mod into_open;
mod namesakes;
pub use into_open::{MergedIn, merge_into, read_side};

/// The merged project (still to be checked by the caller) and what came in.
pub struct Merged {
    pub project: Project,
    pub report: MergeReport,
}

/// What each side brought, by kind, and the conflicts recorded.
#[derive(Debug, Default, PartialEq, Serialize)]
pub struct MergeReport {
    /// (kind, added, changed, deleted) for what came from theirs into ours.
    pub from_theirs: Vec<Tally>,
    pub conflicts: Vec<Conflict>,
    /// Titles of articles both analysts imported (the same text under two ids): kept once,
    /// with both sides' claims on it.
    pub imported_on_both: Vec<String>,
    /// Actors and tags both analysts created under one name ("actor “Xi Jinping”"): kept
    /// once, as ours, with every reference to theirs moved onto it.
    pub namesakes: Vec<String>,
    /// Actors both analysts created under one name that cannot be one actor, kept as two,
    /// each with the reason ("actor “Li Qiang”: … have different Wikidata items …").
    pub kept_apart: Vec<String>,
}

/// What happened to a record that came in from theirs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Change {
    Added,
    Changed,
    Deleted,
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Change::Added => "added",
            Change::Changed => "changed",
            Change::Deleted => "deleted",
        })
    }
}

/// The records of one kind that came in from theirs, each named once; the counts are read
/// from that one list, so they can never disagree with it.
#[derive(Debug, Default, PartialEq, Serialize)]
pub struct Tally {
    pub kind: &'static str,
    /// What each was, and what the analyst knows it by.
    pub items: Vec<(Change, String)>,
}

impl Tally {
    /// Counts one record that came in, and names it.
    fn note(&mut self, change: Change, label: String) {
        self.items.push((change, label));
    }

    /// How many records came in with this change.
    pub fn count(&self, change: Change) -> usize {
        self.items.iter().filter(|(c, _)| *c == change).count()
    }

    /// "2 added, 1 changed, 0 deleted".
    pub fn summary(&self) -> String {
        let [a, c, d] = [Change::Added, Change::Changed, Change::Deleted].map(|x| self.count(x));
        format!("{a} added, {c} changed, {d} deleted")
    }
}

/// Fields that change together and so are merged as one value.
const CLAIM_ANCHOR: &[&str] = &["start", "end", "quote", "prefix", "suffix", "orphaned"];

/// Merges `ours` and `theirs`, both descended from `base`.
pub fn merge(base: &Project, ours: &Project, theirs: &Project) -> Merged {
    let mut report = MergeReport::default();
    let mut project = merge_project_fields(base, ours, theirs, &mut report);
    project.actors =
        merge_table("actor", &base.actors, &ours.actors, &theirs.actors, &[], &mut report, |a| a.name.clone());
    project.tags = merge_table("tag", &base.tags, &ours.tags, &theirs.tags, &[], &mut report, |t| t.name.clone());
    project.taxonomy =
        merge_table("event type", &base.taxonomy, &ours.taxonomy, &theirs.taxonomy, &[], &mut report, |t| {
            t.name.clone()
        });
    project.eras = merge_table("era", &base.eras, &ours.eras, &theirs.eras, &[], &mut report, |e| e.name.clone());
    project.articles =
        merge_table("article", &base.articles, &ours.articles, &theirs.articles, &[], &mut report, |a| a.title.clone());
    project.claims = merge_table("claim", &base.claims, &ours.claims, &theirs.claims, CLAIM_ANCHOR, &mut report, |c| {
        c.quote.chars().take(60).collect()
    });
    project.events =
        merge_table("event", &base.events, &ours.events, &theirs.events, &[], &mut report, |e| e.date.describe());
    project.hypotheses =
        merge_table("hypothesis", &base.hypotheses, &ours.hypotheses, &theirs.hypotheses, &[], &mut report, |h| {
            h.title.clone()
        });
    project.ach_cells =
        merge_table("rating", &base.ach_cells, &ours.ach_cells, &theirs.ach_cells, &[], &mut report, |c| {
            c.rating.code().to_owned()
        });
    project.outlets =
        merge_table("outlet", &base.outlets, &ours.outlets, &theirs.outlets, &[], &mut report, |o| o.name.clone());
    project.claim_links =
        merge_table("claim link", &base.claim_links, &ours.claim_links, &theirs.claim_links, &[], &mut report, |l| {
            format!("{} {} {}", l.from, l.kind.label(), l.to)
        });
    collapse_twins(ours, &mut project, &mut report);
    namesakes::collapse_namesakes(ours, &mut project, &mut report);
    project.conflicts.extend(report.conflicts.iter().cloned());
    Merged { project, report }
}

/// An article they added whose text is exactly that of one of ours (both analysts imported the
/// same page) is kept once: their claims move onto ours, at the same offsets since the text is
/// the same, and their copy goes. Import refuses such twins within a project; a merge must too.
fn collapse_twins(ours: &Project, project: &mut Project, report: &mut MergeReport) {
    let ours_by_text: HashMap<&str, ArticleId> = ours.articles.iter().map(|a| (a.text.as_str(), a.id)).collect();
    let twins: Vec<(ArticleId, ArticleId, String)> = project
        .articles
        .iter()
        .filter(|a| !ours.articles.contains(a.id))
        .filter_map(|a| ours_by_text.get(a.text.as_str()).map(|&kept| (a.id, kept, a.title.clone())))
        .collect();
    for (theirs, kept, title) in twins {
        let moved: Vec<_> = project.claims.iter().filter(|c| c.article == theirs).cloned().collect();
        for mut claim in moved {
            claim.article = kept;
            project.claims.put(claim);
        }
        project.articles.remove(theirs);
        report.imported_on_both.push(title);
    }
}

/// The project's own fields (name, description, settings, earlier conflicts), merged like a
/// record's; the tables are merged separately.
fn merge_project_fields(base: &Project, ours: &Project, theirs: &Project, report: &mut MergeReport) -> Project {
    let bare = |p: &Project| {
        let mut p = p.clone();
        p.actors = Table::default();
        p.tags = Table::default();
        p.taxonomy = Table::default();
        p.eras = Table::default();
        p.events = Table::default();
        p.claims = Table::default();
        p.articles = Table::default();
        p.hypotheses = Table::default();
        p.ach_cells = Table::default();
        p.outlets = Table::default();
        p.claim_links = Table::default();
        p
    };
    let (b, o, t) = (bare(base), bare(ours), bare(theirs));
    if o == t || t == b {
        return o;
    }
    let mut tally = Tally { kind: "project", ..Tally::default() };
    tally.note(Change::Changed, t.name.clone());
    report.from_theirs.push(tally);
    if o == b {
        return t;
    }
    let mut conflicts = Vec::new();
    let merged = merge_fields(&to_value(&b), &to_value(&o), &to_value(&t), &[], &mut conflicts);
    for (field, base, ours, theirs) in conflicts {
        report.conflicts.push(Conflict {
            kind: "project".into(),
            id: String::new(),
            label: o.name.clone(),
            field,
            base,
            ours,
            theirs,
        });
    }
    // Fields merged from the project's own serialisation always read back.
    serde_json::from_value(merged).unwrap_or(o)
}

#[allow(clippy::too_many_arguments)]
fn merge_table<T>(
    kind: &'static str,
    base: &Table<T>,
    ours: &Table<T>,
    theirs: &Table<T>,
    grouped: &[&str],
    report: &mut MergeReport,
    label: impl Fn(&T) -> String,
) -> Table<T>
where
    T: Keyed + PartialEq + Serialize + DeserializeOwned,
{
    let mut tally = Tally { kind, ..Tally::default() };
    let mut out = Table::with_capacity(ours.len().max(theirs.len()));
    let mut conflict = |row: &T, field: &str, b: String, o: String, t: String| {
        report.conflicts.push(Conflict {
            kind: kind.into(),
            id: row.id().to_string(),
            label: label(row),
            field: field.into(),
            base: b,
            ours: o,
            theirs: t,
        });
    };
    let json = |row: Option<&T>| row.map_or_else(String::new, |r| to_value(r).to_string());
    for o in ours.iter() {
        let id = o.id();
        match (base.get(id), theirs.get(id)) {
            (_, Some(t)) if t == o => out.put(o.clone()),
            (Some(b), Some(t)) if t == b => out.put(o.clone()),
            (Some(b), Some(t)) if o == b => {
                tally.note(Change::Changed, label(t));
                out.put(t.clone())
            }
            (b, Some(t)) => {
                // Changed on both sides (or added on both with the same id): field by field.
                tally.note(Change::Changed, label(o));
                let mut fields = Vec::new();
                let b_value = b.map_or(Value::Object(Map::new()), to_value);
                let merged = merge_fields(&b_value, &to_value(o), &to_value(t), grouped, &mut fields);
                for (field, bv, ov, tv) in fields {
                    conflict(o, &field, bv, ov, tv);
                }
                out.put(serde_json::from_value(merged).unwrap_or_else(|_| o.clone()))
            }
            (Some(b), None) if b == o => {
                tally.note(Change::Deleted, label(o));
                None
            }
            (Some(b), None) => {
                conflict(o, WHOLE_RECORD, json(Some(b)), json(Some(o)), String::new());
                out.put(o.clone())
            }
            (None, None) => out.put(o.clone()),
        };
    }
    for t in theirs.iter().filter(|t| !ours.contains(t.id())) {
        match base.get(t.id()) {
            None => {
                tally.note(Change::Added, label(t));
                out.put(t.clone());
            }
            Some(b) if b == t => {}
            Some(b) => {
                // We deleted it, they changed it: keep their change and say so.
                conflict(t, WHOLE_RECORD, json(Some(b)), String::new(), json(Some(t)));
                out.put(t.clone());
            }
        }
    }
    report.from_theirs.push(tally);
    out
}

fn to_value<T: Serialize>(row: &T) -> Value {
    // Records are plain data with string map keys: serialising them cannot fail.
    serde_json::to_value(row).unwrap_or(Value::Null)
}

/// A conflicting field: its name, then base, ours and theirs as JSON ("" where absent).
type FieldConflict = (String, String, String, String);

/// Merges three serialised records field by field; `grouped` fields move as one.
fn merge_fields(
    base: &Value,
    ours: &Value,
    theirs: &Value,
    grouped: &[&str],
    conflicts: &mut Vec<FieldConflict>,
) -> Value {
    let (Some(b), Some(o), Some(t)) = (base.as_object(), ours.as_object(), theirs.as_object()) else {
        return ours.clone();
    };
    let mut keys: Vec<&String> = o.keys().collect();
    keys.extend(t.keys().filter(|k| !o.contains_key(*k)));
    let group_changed = |side: &Map<String, Value>| grouped.iter().any(|k| side.get(*k) != b.get(*k));
    let (ours_moved, theirs_moved) = (group_changed(o), group_changed(t));
    let mut out = o.clone();
    if !grouped.is_empty() && ours_moved && theirs_moved && grouped.iter().any(|k| o.get(*k) != t.get(*k)) {
        let pick = |side: &Map<String, Value>| {
            Value::Object(grouped.iter().filter_map(|k| side.get(*k).map(|v| ((*k).to_owned(), v.clone()))).collect())
        };
        conflicts.push((grouped.join("+"), pick(b).to_string(), pick(o).to_string(), pick(t).to_string()));
    } else if !ours_moved && theirs_moved {
        for k in grouped {
            match t.get(*k) {
                Some(v) => out.insert((*k).to_owned(), v.clone()),
                None => out.remove(*k),
            };
        }
    }
    for key in keys.into_iter().filter(|k| !grouped.contains(&k.as_str())) {
        let (bv, ov, tv) = (b.get(key), o.get(key), t.get(key));
        if ov == tv || tv == bv {
            continue;
        }
        if ov == bv {
            match tv {
                Some(v) => out.insert(key.clone(), v.clone()),
                None => out.remove(key),
            };
            continue;
        }
        let keyed = KEYED_MAPS.contains(&key.as_str());
        if let Some(merged) = merge_sets(bv, ov, tv).or_else(|| keyed.then(|| merge_maps(bv, ov, tv)).flatten()) {
            out.insert(key.clone(), merged);
            continue;
        }
        let text = |v: Option<&Value>| v.map_or_else(String::new, Value::to_string);
        conflicts.push((key.clone(), text(bv), text(ov), text(tv)));
    }
    Value::Object(out)
}

/// Lists merged as sets: ours, minus what theirs removed, plus what theirs added, in ours'
/// order then theirs'. Items are plain values (ids, names) or whole records such as an actor's
/// periods, each compared as a whole. `None` for anything else.
fn merge_sets(base: Option<&Value>, ours: Option<&Value>, theirs: Option<&Value>) -> Option<Value> {
    let plain = |v: Option<&Value>| match v {
        None | Some(Value::Null) => Some(Vec::new()),
        Some(Value::Array(items)) if items.iter().all(|x| !x.is_array()) => Some(items.clone()),
        _ => None,
    };
    let (b, o, t) = (plain(base)?, plain(ours)?, plain(theirs)?);
    let key = |v: &Value| v.to_string();
    let b_keys: HashSet<String> = b.iter().map(key).collect();
    let t_keys: HashSet<String> = t.iter().map(key).collect();
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for v in o.iter().filter(|v| t_keys.contains(&key(v)) || !b_keys.contains(&key(v))) {
        if seen.insert(key(v)) {
            out.push(v.clone());
        }
    }
    for v in t.iter().filter(|v| !b_keys.contains(&key(v))) {
        if seen.insert(key(v)) {
            out.push(v.clone());
        }
    }
    Some(Value::Array(out))
}

/// Fields that are maps whose entries are independent of each other, so they merge entry by
/// entry. Other maps (a date's start and end) move as one value.
const KEYED_MAPS: &[&str] = &["alias_languages"];

/// Maps from names to text (an actor's alias languages) merged key by key, as fields are;
/// `None` when anything but text is in them or both sides set one key differently.
fn merge_maps(base: Option<&Value>, ours: Option<&Value>, theirs: Option<&Value>) -> Option<Value> {
    let texts = |v: Option<&Value>| match v {
        None | Some(Value::Null) => Some(Map::new()),
        Some(Value::Object(m)) if m.values().all(Value::is_string) => Some(m.clone()),
        _ => None,
    };
    let (b, o, t) = (texts(base)?, texts(ours)?, texts(theirs)?);
    let mut out = o.clone();
    for key in b.keys().chain(t.keys()) {
        let (bv, ov, tv) = (b.get(key), o.get(key), t.get(key));
        if ov == tv || tv == bv {
            continue;
        }
        if ov != bv {
            return None;
        }
        match tv {
            Some(v) => out.insert(key.clone(), v.clone()),
            None => out.remove(key),
        };
    }
    Some(Value::Object(out))
}

#[cfg(test)]
mod tests;
