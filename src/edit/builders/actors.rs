//! Edits of an actor's dated periods and identifiers, each read from what the analyst typed
//! and refused with the reason when it cannot be right.

use crate::model::{ActorId, Affiliation, Project, parse_code, parse_qid};

use super::super::{Edit, EditError, Op, Record};

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

/// Sets a state's CAMEO/ISO country code from what was typed ("usa" -> USA; empty clears it).
pub fn set_code(p: &Project, actor: ActorId, typed: &str) -> Result<Edit, EditError> {
    let mut a = p.actors.get(actor).cloned().ok_or_else(|| EditError::Missing(actor.to_string()))?;
    let code = parse_code(typed).map_err(EditError::Invalid)?;
    if a.code == code {
        return Err(EditError::Empty);
    }
    a.code = code;
    Ok(Edit::one(format!("set country code of {}", a.name), Op::Put(Record::Actor(a))))
}

/// Sets the actor's Wikidata item from its number or address (empty clears it).
pub fn set_qid(p: &Project, actor: ActorId, typed: &str) -> Result<Edit, EditError> {
    let mut a = p.actors.get(actor).cloned().ok_or_else(|| EditError::Missing(actor.to_string()))?;
    let qid = parse_qid(typed).map_err(EditError::Invalid)?;
    if a.qid == qid {
        return Err(EditError::Empty);
    }
    a.qid = qid;
    Ok(Edit::one(format!("set Wikidata item of {}", a.name), Op::Put(Record::Actor(a))))
}

#[cfg(test)]
mod tests;
