//! Analysis of Competing Hypotheses (Heuer): the hypotheses an analyst weighs against each other
//! and how each piece of evidence (a claim) bears on each of them.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::id::{ClaimId, HypothesisId};
use super::table::Keyed;

/// One explanation the analyst weighs ("Beijing is retaliating for the chip controls").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hypothesis {
    pub id: HypothesisId,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Hypothesis {
    pub fn new(title: impl Into<String>) -> Self {
        Self { id: HypothesisId::random(), title: title.into(), note: String::new() }
    }
}

impl Keyed for Hypothesis {
    type Id = HypothesisId;
    fn id(&self) -> HypothesisId {
        self.id
    }
}

/// Heuer's scale: how consistent a piece of evidence is with a hypothesis.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
pub enum Rating {
    /// Very consistent.
    CC,
    /// Consistent.
    C,
    /// Neutral or not applicable.
    N,
    /// Inconsistent.
    I,
    /// Very inconsistent.
    II,
}

impl Rating {
    pub const ALL: [Rating; 5] = [Rating::CC, Rating::C, Rating::N, Rating::I, Rating::II];

    /// The short code analysts write in the matrix.
    pub fn code(self) -> &'static str {
        match self {
            Rating::CC => "CC",
            Rating::C => "C",
            Rating::N => "N",
            Rating::I => "I",
            Rating::II => "II",
        }
    }

    pub fn meaning(self) -> &'static str {
        match self {
            Rating::CC => "very consistent with the hypothesis",
            Rating::C => "consistent with the hypothesis",
            Rating::N => "neutral, or not applicable to the hypothesis",
            Rating::I => "inconsistent with the hypothesis",
            Rating::II => "very inconsistent with the hypothesis",
        }
    }

    /// How much the rating counts against a hypothesis: ACH weighs only inconsistency, since
    /// evidence consistent with several hypotheses proves none of them.
    pub fn inconsistency(self) -> f64 {
        match self {
            Rating::I => 1.0,
            Rating::II => 2.0,
            Rating::CC | Rating::C | Rating::N => 0.0,
        }
    }

    /// Reads a code as written in the matrix ("ii" and "II" alike).
    pub fn parse(code: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.code().eq_ignore_ascii_case(code.trim()))
    }
}

/// Which cell of the matrix: one hypothesis (row) and one evidence claim (column).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct CellId {
    pub hypothesis: HypothesisId,
    pub claim: ClaimId,
}

impl fmt::Display for CellId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.hypothesis, self.claim)
    }
}

/// A rated cell: how one claim bears on one hypothesis, and why. A cell not in the table is
/// not rated yet.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AchCell {
    pub hypothesis: HypothesisId,
    pub claim: ClaimId,
    pub rating: Rating,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Keyed for AchCell {
    type Id = CellId;
    fn id(&self) -> CellId {
        CellId { hypothesis: self.hypothesis, claim: self.claim }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_read_back_from_their_codes_in_any_case() {
        for r in Rating::ALL {
            assert_eq!(Rating::parse(r.code()), Some(r));
            assert_eq!(Rating::parse(&r.code().to_lowercase()), Some(r));
        }
        assert_eq!(Rating::parse("III"), None);
    }

    #[test]
    fn only_inconsistent_ratings_count_against_a_hypothesis() {
        let weights: Vec<f64> = Rating::ALL.iter().map(|r| r.inconsistency()).collect();
        assert_eq!(weights, [0.0, 0.0, 0.0, 1.0, 2.0]);
    }
}
