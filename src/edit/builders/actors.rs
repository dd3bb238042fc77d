//! Edits of an actor's dated periods and identifiers, each read from what the analyst typed
//! and refused with the reason when it cannot be right; merging an actor entered twice; and
//! whether names match whatever their diacritics.

use crate::model::{Actor, ActorId, Affiliation, Matching, Project, parse_code, parse_qid};

use super::super::{Edit, EditError, Op, Record, RecordId};

/// Gives `actor` these periods (acts-for, role, from, to), in this order.
pub fn set_affiliations(p: &Project, actor: ActorId, periods: Vec<Affiliation>) -> Result<Edit, EditError> {
    let mut a = p.actors.get(actor).cloned().ok_or_else(|| EditError::Missing(actor.to_string()))?;
    let periods: Vec<Affiliation> =
        periods.into_iter().map(|x| Affiliation { role: x.role.trim().to_owned(), ..x }).collect();
    if a.affiliations == periods {
        return Err(EditError::Empty);
    }
    a.affiliations = periods;
    Ok(Edit::one(format!("set periods of {}", a.name), Op::Put(Record::Actor(a))))
}

/// Makes names match whatever their diacritics (`ignore`) or only as written.
pub fn set_ignore_diacritics(p: &Project, ignore: bool) -> Result<Edit, EditError> {
    if p.matching.ignore_diacritics == ignore {
        return Err(EditError::Empty);
    }
    let label = if ignore { "ignore diacritics in names" } else { "match diacritics in names" };
    Ok(Edit::one(label, Op::SetMatching(Matching { ignore_diacritics: ignore })))
}

/// Sets a state's CAMEO/ISO country code from what was typed ("usa" -> USA; empty clears it).
pub fn set_code(p: &Project, actor: ActorId, typed: &str) -> Result<Edit, EditError> {
    let code = parse_code(typed).map_err(EditError::Invalid)?;
    set_identifier(p, actor, "country code", code, |a| &mut a.code)
}

/// Sets the actor's Wikidata item from its number or address (empty clears it).
pub fn set_qid(p: &Project, actor: ActorId, typed: &str) -> Result<Edit, EditError> {
    let qid = parse_qid(typed).map_err(EditError::Invalid)?;
    set_identifier(p, actor, "Wikidata item", qid, |a| &mut a.qid)
}

fn set_identifier(
    p: &Project,
    actor: ActorId,
    what: &str,
    value: Option<String>,
    field: fn(&mut Actor) -> &mut Option<String>,
) -> Result<Edit, EditError> {
    let mut a = p.actors.get(actor).cloned().ok_or_else(|| EditError::Missing(actor.to_string()))?;
    if *field(&mut a) == value {
        return Err(EditError::Empty);
    }
    *field(&mut a) = value;
    Ok(Edit::one(format!("set {what} of {}", a.name), Op::Put(Record::Actor(a))))
}

/// Merges actor `gone` into `keep`, one actor entered twice: every claim, event, period and
/// merge conflict that names `gone` names `keep` instead, and `keep` becomes the two combined
/// (see `combine_actors`). Refused, saying why, where the two cannot be one actor (see
/// `combine_actors`) or where events are acts between them, which would become acts of one
/// actor on itself.
pub fn merge_actors(p: &Project, keep: ActorId, gone: ActorId) -> Result<Edit, EditError> {
    let missing = |id: ActorId| EditError::Missing(id.to_string());
    let k = p.actors.get(keep).ok_or_else(|| missing(keep))?;
    let g = p.actors.get(gone).ok_or_else(|| missing(gone))?;
    if keep == gone {
        return Err(EditError::Invalid(format!("{} is already one actor", k.name)));
    }
    let between: Vec<String> = p
        .events
        .iter()
        .filter(|e| [e.source, e.target] == [keep, gone] || [e.source, e.target] == [gone, keep])
        .map(|e| format!("{} → {} on {}", p.actor_name(e.source), p.actor_name(e.target), e.date.describe()))
        .collect();
    if !between.is_empty() {
        return Err(EditError::Invalid(format!(
            "{} and {} are not merged: {} {} between them would become an act of one actor on itself: {}. \
             Recode or delete {} first",
            k.name,
            g.name,
            between.len(),
            if between.len() == 1 { "event" } else { "events" },
            between.join("; "),
            if between.len() == 1 { "it" } else { "them" },
        )));
    }
    let k = combine_actors(p, k, g).map_err(EditError::Invalid)?;
    let moved = |id: ActorId| if id == gone { keep } else { id };
    let mut ops = Vec::new();
    for c in p.claims.iter().filter(|c| c.speaker == Some(gone) || c.targets.contains(&gone)) {
        let mut c = c.clone();
        c.map_actors(moved);
        ops.push(Op::Put(Record::Claim(c)));
    }
    for e in p.events.iter().filter(|e| e.source == gone || e.target == gone) {
        let mut e = e.clone();
        (e.source, e.target) = (moved(e.source), moved(e.target));
        ops.push(Op::Put(Record::Event(e)));
    }
    for m in p.actors.iter().filter(|m| m.id != keep && m.ever_acts_for(gone)) {
        let mut m = m.clone();
        for period in &mut m.affiliations {
            period.acts_for = period.acts_for.map(moved);
        }
        ops.push(Op::Put(Record::Actor(m)));
    }
    let (gone_key, keep_key) = (format!("\"{gone}\""), format!("\"{keep}\""));
    if p.conflicts
        .iter()
        .any(|c| c.id == gone.to_string() || [&c.base, &c.ours, &c.theirs].iter().any(|v| v.contains(&gone_key)))
    {
        let conflicts = p
            .conflicts
            .iter()
            .cloned()
            .map(|mut c| {
                if c.id == gone.to_string() {
                    (c.id, c.label) = (keep.to_string(), k.name.clone());
                }
                for value in [&mut c.base, &mut c.ours, &mut c.theirs] {
                    *value = value.replace(&gone_key, &keep_key);
                }
                c
            })
            .collect();
        ops.push(Op::SetConflicts(conflicts));
    }
    let label = format!("merge actor {} into {}", g.name, k.name);
    // Gone first, so its code is free for the actor that keeps it.
    ops.push(Op::Remove(RecordId::Actor(gone)));
    ops.push(Op::Put(Record::Actor(k)));
    Ok(Edit::new(label, ops))
}

/// `keep` and `gone` as one actor, keeping `keep`'s id and name: `gone`'s name and aliases
/// become aliases (with their languages), its periods are added, and its code and Wikidata item
/// fill in where `keep` has none. Used by the actor merge and by a project merge that finds
/// both analysts created one actor. Refused, with the analyst's reason, where the two cannot be
/// one actor: different codes or Wikidata items, or different sides on the same day (sides are
/// named from `p`).
pub fn combine_actors(p: &Project, keep: &Actor, gone: &Actor) -> Result<Actor, String> {
    for (what, ours, theirs) in [("country codes", &keep.code, &gone.code), ("Wikidata items", &keep.qid, &gone.qid)] {
        if let (Some(a), Some(b)) = (ours, theirs)
            && a != b
        {
            return Err(format!(
                "{} and {} have different {what} ({a} and {b}), so they are not one actor; clear the wrong one first",
                keep.name, gone.name
            ));
        }
    }
    let mut k = keep.clone();
    // A side that was the other of the two is no side once they are one; the role and dates
    // stay, and a period left with nothing at all goes.
    k.affiliations = keep.affiliations.iter().filter_map(|x| without_side(x, gone.id)).collect();
    for period in gone.affiliations.iter().filter_map(|x| without_side(x, keep.id)) {
        if !k.affiliations.contains(&period) {
            k.affiliations.push(period);
        }
    }
    for (i, period) in k.affiliations.iter().enumerate() {
        let clash = k.affiliations[..i].iter().find(|o| o.clashes_with(period));
        if let Some(other) = clash {
            let side = |x: &Affiliation| x.acts_for.map_or("", |s| p.actor_name(s)).to_owned();
            return Err(format!(
                "{} and {} are not one actor: together they would act for {} ({}) and for {} ({}) at the same time",
                keep.name,
                gone.name,
                side(other),
                other.span_label(),
                side(period),
                period.span_label()
            ));
        }
    }
    for name in std::iter::once(&gone.name).chain(&gone.aliases) {
        let known = std::iter::once(&k.name).chain(&k.aliases).any(|n| p.matching.same_name(n, name));
        if !known {
            k.aliases.push(name.clone());
        }
    }
    // Only for names the kept actor now has: a language of an alias it already had under
    // another spelling ("ＰＲＣ" for "PRC") would name no alias of it.
    for (alias, language) in gone.alias_languages.iter().filter(|(alias, _)| k.aliases.contains(alias)) {
        k.alias_languages.entry(alias.clone()).or_insert_with(|| language.clone());
    }
    k.code = k.code.or(gone.code.clone());
    k.qid = k.qid.or(gone.qid.clone());
    Ok(k)
}

/// `period` with `side` no longer its side; none when that leaves no side, role or dates.
fn without_side(period: &Affiliation, side: ActorId) -> Option<Affiliation> {
    let period = Affiliation { acts_for: period.acts_for.filter(|&s| s != side), ..period.clone() };
    let empty = period == Affiliation::default();
    (!empty).then_some(period)
}

#[cfg(test)]
mod tests;
