//! Edits of the ACH matrix: hypotheses (rows), evidence claims (columns) and rated cells.
//! Taking a row or a column away takes its rated cells with it, in the same undoable edit.

use crate::model::{AchCell, CellId, ClaimId, Hypothesis, HypothesisId, Keyed, Project, Rating};

use super::super::{Edit, EditError, Op, Record, RecordId};

/// A new hypothesis (a row of the matrix); an empty title is refused when applied.
pub fn add_hypothesis(title: &str) -> (Edit, HypothesisId) {
    let h = Hypothesis::new(title.trim());
    let id = h.id;
    (Edit::one("add hypothesis", Op::Put(Record::Hypothesis(h))), id)
}

/// Replaces a hypothesis with an edited copy (its title or note).
pub fn update_hypothesis(h: Hypothesis) -> Edit {
    Edit::one("edit hypothesis", Op::Put(Record::Hypothesis(h)))
}

/// Deletes a hypothesis and its rated cells.
pub fn delete_hypothesis(p: &Project, hypothesis: HypothesisId) -> Edit {
    let mut ops: Vec<Op> = p
        .ach_cells
        .iter()
        .filter(|c| c.hypothesis == hypothesis)
        .map(|c| Op::Remove(RecordId::AchCell(c.id())))
        .collect();
    ops.push(Op::Remove(RecordId::Hypothesis(hypothesis)));
    Edit::new("delete hypothesis", ops)
}

/// Adds claims as evidence columns, after the present ones; claims already there stay where
/// they are. Refused when every claim is already a column.
pub fn add_evidence(p: &Project, claims: &[ClaimId]) -> Result<Edit, EditError> {
    let mut columns = p.ach_evidence.clone();
    for &claim in claims {
        if !p.claims.contains(claim) {
            return Err(EditError::Missing(claim.to_string()));
        }
        if !columns.contains(&claim) {
            columns.push(claim);
        }
    }
    if columns.len() == p.ach_evidence.len() {
        let which = if claims.len() == 1 { "the claim is" } else { "these claims are" };
        return Err(EditError::Invalid(format!("{which} already evidence in the hypotheses matrix")));
    }
    let label = if columns.len() - p.ach_evidence.len() == 1 { "add evidence" } else { "add evidence claims" };
    Ok(Edit::one(label, Op::SetAchEvidence(columns)))
}

/// Ops that take a claim out of the matrix with its rated cells (none if it is not a column).
pub(super) fn evidence_removal(p: &Project, claim: ClaimId) -> Vec<Op> {
    if !p.ach_evidence.contains(&claim) {
        return Vec::new();
    }
    let mut ops: Vec<Op> =
        p.ach_cells.iter().filter(|c| c.claim == claim).map(|c| Op::Remove(RecordId::AchCell(c.id()))).collect();
    ops.push(Op::SetAchEvidence(p.ach_evidence.iter().copied().filter(|&c| c != claim).collect()));
    ops
}

/// Takes a claim out of the matrix (the claim itself stays).
pub fn remove_evidence(p: &Project, claim: ClaimId) -> Result<Edit, EditError> {
    match evidence_removal(p, claim) {
        ops if ops.is_empty() => Err(EditError::Invalid("the claim is not evidence in the hypotheses matrix".into())),
        ops => Ok(Edit::new("remove evidence", ops)),
    }
}

/// Moves an evidence column one place left (`-1`) or right (`1`).
pub fn move_evidence(p: &Project, claim: ClaimId, by: isize) -> Result<Edit, EditError> {
    let from = p.ach_evidence.iter().position(|&c| c == claim).ok_or_else(|| EditError::Missing(claim.to_string()))?;
    let to = from.checked_add_signed(by).filter(|&to| to < p.ach_evidence.len()).ok_or(EditError::Empty)?;
    let mut columns = p.ach_evidence.clone();
    columns.swap(from, to);
    Ok(Edit::one("move evidence", Op::SetAchEvidence(columns)))
}

/// Rates a cell (`None` clears it) and sets its note. An unchanged cell is no edit.
pub fn rate(
    p: &Project,
    hypothesis: HypothesisId,
    claim: ClaimId,
    rating: Option<Rating>,
    note: &str,
) -> Result<Edit, EditError> {
    let key = CellId { hypothesis, claim };
    let old = p.ach_cells.get(key);
    let op = match rating {
        Some(rating) => {
            let cell = AchCell { hypothesis, claim, rating, note: note.to_owned() };
            if old == Some(&cell) {
                return Err(EditError::Empty);
            }
            Op::Put(Record::AchCell(cell))
        }
        None if old.is_some() => Op::Remove(RecordId::AchCell(key)),
        None => return Err(EditError::Empty),
    };
    let label = match rating {
        Some(r) if old.is_some_and(|c| c.rating == r) => "edit rating note".to_owned(),
        Some(r) => format!("rate evidence {}", r.code()),
        None => "clear rating".to_owned(),
    };
    Ok(Edit::one(label, op))
}
