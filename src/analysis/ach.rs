//! Analysis of Competing Hypotheses (Heuer): each hypothesis's weighted inconsistency score,
//! which evidence is diagnostic, the ranking from least to most inconsistent, and which single
//! piece of evidence would change that ranking if it were removed or downgraded.
//!
//! ACH counts only inconsistency: evidence consistent with a hypothesis is usually consistent
//! with others too and proves little, while evidence inconsistent with it counts against it.
//! I counts 1 and II counts 2, times the evidence's weight (see [`weight`]).

use crate::model::{CellId, ClaimId, Grade, HypothesisId, Project, Rating};

/// Scores closer than this are equal (they are sums of a few products of tenths).
const TIE: f64 = 1e-9;

/// Factor of a grade step, best first: A or 1 = 1.0 down to E or 5 = 0.2; F or 6 ("cannot be
/// judged") = 0.5, halfway, since no basis to judge is neither trust nor distrust.
const FACTOR: [f64; 6] = [1.0, 0.8, 0.6, 0.4, 0.2, 0.5];

/// The weight of evidence of a grade: the product of its source's reliability factor and its
/// credibility factor, so A1 counts 1.0, B2 0.64, C3 0.36 and ungraded evidence (F6) 0.25.
pub fn weight(grade: Grade) -> f64 {
    FACTOR[grade.reliability as usize] * FACTOR[grade.credibility as usize]
}

/// The weight of an evidence claim by its grade (a claim that is gone counts as ungraded).
fn evidence_weight(p: &Project, claim: ClaimId) -> f64 {
    weight(p.claims.get(claim).map_or_else(Grade::default, |c| p.grade_of(c)))
}

/// The project's matrix analysed, each piece of evidence weighted by its grade.
pub fn of_project(p: &Project) -> Analysis {
    analyse(p, |claim| evidence_weight(p, claim))
}

/// One evidence column as analysed.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub claim: ClaimId,
    pub weight: f64,
    /// Rated differently for at least two hypotheses (an unrated cell counts as N). Evidence
    /// rated alike for every hypothesis cannot help choose between them.
    pub diagnostic: bool,
}

/// One hypothesis's score.
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    pub hypothesis: HypothesisId,
    /// Sum over the evidence of inconsistency (I = 1, II = 2) times the evidence's weight.
    pub weighted: f64,
    /// The same without weights: Heuer's plain count.
    pub unweighted: f64,
    /// 1 for the least inconsistent; hypotheses with equal scores share a rank.
    pub rank: usize,
}

/// What happens to the ranking if one piece of evidence were removed or downgraded.
#[derive(Clone, Debug, PartialEq)]
pub struct Sensitivity {
    pub claim: ClaimId,
    /// The ranks (in the hypotheses' order) with the evidence left out, if they differ.
    pub if_removed: Option<Vec<usize>>,
    /// The ranks with the evidence counted at half its weight, if they differ: the ranking
    /// hangs on this evidence's credibility, not just on its presence.
    pub if_downgraded: Option<Vec<usize>>,
}

/// The whole matrix analysed.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// In the matrix's column order.
    pub columns: Vec<Column>,
    /// In the hypotheses' order.
    pub scores: Vec<Score>,
    /// Evidence whose removal or downgrading changes the ranking, in column order.
    pub sensitive: Vec<Sensitivity>,
}

impl Analysis {
    /// The hypotheses' scores from least to most inconsistent (ties in the hypotheses' order).
    pub fn ranking(&self) -> Vec<&Score> {
        let mut ranked: Vec<&Score> = self.scores.iter().collect();
        ranked.sort_by_key(|s| s.rank);
        ranked
    }

    /// Ranks (in the hypotheses' order) as text in rank order: "1 H2 Bargaining, 2 H1 …".
    pub fn describe_ranks(&self, p: &Project, ranks: &[usize]) -> String {
        let mut order: Vec<(usize, usize)> = ranks.iter().copied().zip(0..).collect();
        order.sort();
        let title = |i: usize| p.hypotheses.iter().nth(i).map_or("(missing hypothesis)", |h| h.title.as_str());
        let parts: Vec<String> =
            order.into_iter().map(|(rank, i)| format!("{rank} {} {}", hypothesis_label(i), title(i))).collect();
        parts.join(", ")
    }

    /// What one sensitive piece of evidence would do to the ranking, in a sentence.
    pub fn describe_sensitivity(&self, p: &Project, s: &Sensitivity) -> String {
        let label = p.ach_evidence.iter().position(|&c| c == s.claim).map_or_else(String::new, evidence_label);
        match (&s.if_downgraded, &s.if_removed) {
            (Some(half), _) => format!(
                "{label} is critical: even at half its weight the ranking becomes {}",
                self.describe_ranks(p, half)
            ),
            (None, Some(removed)) => {
                format!("Without {label} the ranking becomes {}", self.describe_ranks(p, removed))
            }
            (None, None) => format!("{label} does not change the ranking"),
        }
    }
}

/// A score or weight with two decimals, as the README's hand computation writes it.
pub fn number2(x: f64) -> String {
    format!("{x:.2}")
}

/// The scale and the score explained in the analyst's words (the reports and the pane show it).
pub const SCALE: &str = "Each hypothesis is weighed against each piece of evidence on Heuer's scale: CC very \
consistent, C consistent, N neutral or not applicable, I inconsistent, II very inconsistent. Only inconsistency \
counts: a hypothesis scores I = 1 and II = 2 times the evidence's weight, and the least inconsistent hypothesis \
ranks first. A weight comes from the evidence's grade: source reliability A to F and information credibility 1 to \
6 each give a factor (1.0, 0.8, 0.6, 0.4, 0.2; F and 6, cannot be judged, 0.5), and the weight is their product. \
Evidence rated alike for every hypothesis is not diagnostic: it cannot help choose between them.";

/// What the sensitivity view says when no single piece of evidence matters that much.
pub const STABLE: &str = "No single piece of evidence, removed or at half its weight, changes the ranking.";

/// "E3" for the third evidence column: the matrix, the reports and the command line name
/// evidence alike.
pub fn evidence_label(column: usize) -> String {
    format!("E{}", column + 1)
}

/// "H2" for the second hypothesis.
pub fn hypothesis_label(row: usize) -> String {
    format!("H{}", row + 1)
}

/// Analyses the project's matrix, each evidence claim weighted by `weight_of`.
fn analyse(p: &Project, weight_of: impl Fn(ClaimId) -> f64) -> Analysis {
    let hypotheses: Vec<HypothesisId> = p.hypotheses.ids().collect();
    let rating = |h: HypothesisId, claim: ClaimId| {
        p.ach_cells.get(CellId { hypothesis: h, claim }).map_or(Rating::N, |c| c.rating)
    };
    // inconsistency[column][hypothesis]
    let inconsistency: Vec<Vec<f64>> = p
        .ach_evidence
        .iter()
        .map(|&claim| hypotheses.iter().map(|&h| rating(h, claim).inconsistency()).collect())
        .collect();
    let columns: Vec<Column> = p
        .ach_evidence
        .iter()
        .map(|&claim| Column {
            claim,
            weight: weight_of(claim),
            diagnostic: hypotheses.windows(2).any(|w| rating(w[0], claim) != rating(w[1], claim)),
        })
        .collect();
    // Folded from +0.0: `sum` of no evidence is -0.0, which an analyst would read as "-0.00".
    let totals = |weights: &[f64]| -> Vec<f64> {
        (0..hypotheses.len())
            .map(|h| inconsistency.iter().zip(weights).fold(0.0, |sum, (col, w)| sum + col[h] * w))
            .collect()
    };
    let weights: Vec<f64> = columns.iter().map(|c| c.weight).collect();
    let weighted = totals(&weights);
    let unweighted = totals(&vec![1.0; columns.len()]);
    let ranks = ranks(&weighted);
    let scores = hypotheses
        .iter()
        .enumerate()
        .map(|(i, &hypothesis)| Score { hypothesis, weighted: weighted[i], unweighted: unweighted[i], rank: ranks[i] })
        .collect();
    let changed = |column: usize, factor: f64| {
        let mut w = weights.clone();
        w[column] *= factor;
        Some(self::ranks(&totals(&w))).filter(|r| *r != ranks)
    };
    let sensitive = columns
        .iter()
        .enumerate()
        .map(|(i, c)| Sensitivity { claim: c.claim, if_removed: changed(i, 0.0), if_downgraded: changed(i, 0.5) })
        .filter(|s| s.if_removed.is_some() || s.if_downgraded.is_some())
        .collect();
    Analysis { columns, scores, sensitive }
}

/// Competition ranks, lowest score first: scores 1, 1, 3 rank 1, 1, 3.
fn ranks(scores: &[f64]) -> Vec<usize> {
    scores.iter().map(|s| 1 + scores.iter().filter(|o| **o < s - TIE).count()).collect()
}

mod example;
pub use example::worked_example;

#[cfg(test)]
mod tests;
