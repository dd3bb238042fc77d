//! The Admiralty (NATO) grading of evidence: how reliable a source is (A–F) and how credible
//! a piece of information is (1–6), with the standard wording analysts know, and the grade of
//! a claim as its article's reliability and its own credibility.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::article::Article;
use super::claim::Claim;
use super::project::Project;

/// How far a source can be trusted, from its record: A (completely reliable) to E
/// (unreliable), and F when there is no basis to judge, which is what an ungraded source is.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Default, Serialize, Deserialize)]
pub enum Reliability {
    A,
    B,
    C,
    D,
    E,
    #[default]
    F,
}

/// How far a piece of information can be believed, from itself and what else is known:
/// 1 (confirmed by other sources) to 5 (improbable), and 6 when there is no basis to judge,
/// which is what an ungraded claim is. Written as its number in files.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug, Default, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum Credibility {
    Confirmed,
    Probable,
    Possible,
    Doubtful,
    Improbable,
    #[default]
    CannotJudge,
}

impl Reliability {
    pub const ALL: [Reliability; 6] =
        [Reliability::A, Reliability::B, Reliability::C, Reliability::D, Reliability::E, Reliability::F];

    /// The letter, as analysts write it ("B").
    pub fn letter(self) -> char {
        (b'A' + self as u8) as char
    }

    /// The standard name of the grade (MISP's `admiralty-scale` taxonomy).
    pub fn label(self) -> &'static str {
        match self {
            Reliability::A => "Completely reliable",
            Reliability::B => "Usually reliable",
            Reliability::C => "Fairly reliable",
            Reliability::D => "Not usually reliable",
            Reliability::E => "Unreliable",
            Reliability::F => "Reliability cannot be judged",
        }
    }

    /// What the grade says about the source, in the standard (NATO / US Army FM 2-22.3) words.
    pub fn meaning(self) -> &'static str {
        match self {
            Reliability::A => {
                "No doubt of authenticity, trustworthiness or competency; a history of complete reliability."
            }
            Reliability::B => {
                "Minor doubt about authenticity, trustworthiness or competency; a history of valid information most of the time."
            }
            Reliability::C => {
                "Doubt of authenticity, trustworthiness or competency, but has provided valid information in the past."
            }
            Reliability::D => {
                "Significant doubt about authenticity, trustworthiness or competency, but has provided valid information in the past."
            }
            Reliability::E => {
                "Lacking in authenticity, trustworthiness and competency; a history of invalid information."
            }
            Reliability::F => "No basis exists for evaluating the reliability of the source (an ungraded source is F).",
        }
    }

    /// Reads a grade as typed on the command line or in a file: the letter, either case.
    pub fn parse(text: &str) -> Result<Self, String> {
        let t = text.trim();
        let mut chars = t.chars();
        match (chars.next().map(|c| c.to_ascii_uppercase()), chars.next()) {
            (Some(c @ 'A'..='F'), None) => Ok(Self::ALL[(c as u8 - b'A') as usize]),
            _ => Err(format!(
                "“{t}” is not a source reliability: give a letter from A (completely reliable) to F (cannot be judged)"
            )),
        }
    }
}

impl Credibility {
    pub const ALL: [Credibility; 6] = [
        Credibility::Confirmed,
        Credibility::Probable,
        Credibility::Possible,
        Credibility::Doubtful,
        Credibility::Improbable,
        Credibility::CannotJudge,
    ];

    /// The number, as analysts write it (3).
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The standard name of the grade (MISP's `admiralty-scale` taxonomy).
    pub fn label(self) -> &'static str {
        match self {
            Credibility::Confirmed => "Confirmed by other sources",
            Credibility::Probable => "Probably true",
            Credibility::Possible => "Possibly true",
            Credibility::Doubtful => "Doubtful",
            Credibility::Improbable => "Improbable",
            Credibility::CannotJudge => "Truth cannot be judged",
        }
    }

    /// What the grade says about the information, in the standard (NATO / US Army FM 2-22.3) words.
    pub fn meaning(self) -> &'static str {
        match self {
            Credibility::Confirmed => {
                "Confirmed by other independent sources; logical in itself; consistent with other information on the subject."
            }
            Credibility::Probable => {
                "Not confirmed; logical in itself; consistent with other information on the subject."
            }
            Credibility::Possible => {
                "Not confirmed; reasonably logical in itself; agrees with some other information on the subject."
            }
            Credibility::Doubtful => "Not confirmed; possible but not logical; no other information on the subject.",
            Credibility::Improbable => {
                "Not confirmed; not logical in itself; contradicted by other information on the subject."
            }
            Credibility::CannotJudge => {
                "No basis exists for evaluating the validity of the information (an ungraded claim is 6)."
            }
        }
    }

    /// Reads a grade as typed on the command line: its number.
    pub fn parse(text: &str) -> Result<Self, String> {
        let t = text.trim();
        t.parse::<u8>().ok().and_then(|n| Self::try_from(n).ok()).ok_or_else(|| {
            format!("“{t}” is not an information credibility: give a number from 1 (confirmed) to 6 (cannot be judged)")
        })
    }

    /// One grade better (towards 1), staying at 1; 6 stays 6: "cannot be judged" is not a
    /// judgement that corroboration or contradiction can move.
    pub fn raised(self) -> Self {
        match self {
            Credibility::Confirmed | Credibility::CannotJudge => self,
            other => Self::ALL[other as usize - 1],
        }
    }

    /// One grade worse (towards 5), staying at 5; 6 stays 6.
    pub fn lowered(self) -> Self {
        match self {
            Credibility::Improbable | Credibility::CannotJudge => self,
            other => Self::ALL[other as usize + 1],
        }
    }

    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }
}

impl TryFrom<u8> for Credibility {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, String> {
        match n {
            1..=6 => Ok(Self::ALL[n as usize - 1]),
            _ => Err(format!("{n} is not an information credibility (1 to 6)")),
        }
    }
}

impl From<Credibility> for u8 {
    fn from(c: Credibility) -> u8 {
        c.number()
    }
}

impl fmt::Display for Reliability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.letter())
    }
}

impl fmt::Display for Credibility {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.number())
    }
}

/// A claim's grade: the reliability of the source that reports it and the credibility of
/// what it says, written together as analysts do ("B3").
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub struct Grade {
    pub reliability: Reliability,
    pub credibility: Credibility,
}

impl Grade {
    /// Whether both parts are at least as good as the minimum's (A and 1 are best).
    pub fn meets(self, min: Grade) -> bool {
        self.reliability <= min.reliability && self.credibility <= min.credibility
    }

    /// "B3 (usually reliable; possibly true)", for tooltips and reports.
    pub fn describe(self) -> String {
        format!("{self} ({}; {})", self.reliability.label().to_lowercase(), self.credibility.label().to_lowercase())
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.reliability, self.credibility)
    }
}

impl Project {
    /// Whether the analyst graded anything (an outlet, an article on its own, a claim's
    /// credibility, a link): exports of an ungraded project leave grading out.
    pub fn is_graded(&self) -> bool {
        !self.outlets.is_empty()
            || !self.claim_links.is_empty()
            || self.articles.iter().any(|a| a.reliability.is_some())
            || self.claims.iter().any(|c| !c.credibility.is_default())
    }

    /// The outlet record an article's outlet names (by name or alias, ignoring case and
    /// surrounding spaces), if the project has one.
    pub fn outlet_of(&self, article: &Article) -> Option<&super::Outlet> {
        let name = article.outlet.trim();
        if name.is_empty() {
            return None;
        }
        self.outlets.iter().find(|o| o.answers_to(name, self.matching))
    }

    /// An article's reliability: its own override, else its outlet's, else F (cannot be judged).
    pub fn reliability_of(&self, article: &Article) -> Reliability {
        article.reliability.or_else(|| self.outlet_of(article).map(|o| o.reliability)).unwrap_or_default()
    }

    /// A claim's grade: its article's reliability and its own credibility. An orphan whose
    /// article is gone has a source that cannot be judged.
    pub fn grade_of(&self, claim: &Claim) -> Grade {
        let reliability = self.articles.get(claim.article).map_or(Reliability::F, |a| self.reliability_of(a));
        Grade { reliability, credibility: claim.credibility }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_numbers_read_back_as_the_grades_they_name() {
        for r in Reliability::ALL {
            assert_eq!(Reliability::parse(&r.letter().to_string()).unwrap(), r);
            assert_eq!(Reliability::parse(&r.letter().to_ascii_lowercase().to_string()).unwrap(), r);
        }
        for c in Credibility::ALL {
            assert_eq!(Credibility::parse(&c.number().to_string()).unwrap(), c);
        }
        assert_eq!(Reliability::B.label(), "Usually reliable");
        assert_eq!(Credibility::Possible.number(), 3);
    }

    #[test]
    fn a_grade_off_the_scale_is_refused_in_the_analysts_words() {
        for bad in ["G", "", "AB", "1"] {
            assert!(Reliability::parse(bad).unwrap_err().contains("from A"), "{bad}");
        }
        for bad in ["0", "7", "three", "-1"] {
            assert!(Credibility::parse(bad).unwrap_err().contains("from 1"), "{bad}");
        }
    }

    #[test]
    fn ungraded_means_cannot_be_judged() {
        assert_eq!(Reliability::default(), Reliability::F);
        assert_eq!(Credibility::default(), Credibility::CannotJudge);
        assert_eq!(Grade::default().to_string(), "F6");
    }

    #[test]
    fn raising_and_lowering_stop_at_the_ends_and_never_touch_cannot_judge() {
        assert_eq!(Credibility::Confirmed.raised(), Credibility::Confirmed);
        assert_eq!(Credibility::CannotJudge.raised(), Credibility::CannotJudge);
        assert_eq!(Credibility::Possible.raised(), Credibility::Probable);
        assert_eq!(Credibility::Improbable.lowered(), Credibility::Improbable);
        assert_eq!(Credibility::CannotJudge.lowered(), Credibility::CannotJudge);
    }

    #[test]
    fn a_grade_meets_a_minimum_when_both_parts_are_at_least_as_good() {
        let b3 = Grade { reliability: Reliability::B, credibility: Credibility::Possible };
        let min = |reliability, credibility| Grade { reliability, credibility };
        assert!(b3.meets(min(Reliability::B, Credibility::Possible)));
        assert!(b3.meets(min(Reliability::C, Credibility::CannotJudge)));
        assert!(!b3.meets(min(Reliability::A, Credibility::Possible)));
        assert!(!b3.meets(min(Reliability::B, Credibility::Probable)));
        assert_eq!(b3.describe(), "B3 (usually reliable; possibly true)");
    }

    #[test]
    fn credibility_is_written_as_its_number() {
        assert_eq!(serde_json::to_string(&Credibility::Doubtful).unwrap(), "4");
        assert_eq!(serde_json::from_str::<Credibility>("2").unwrap(), Credibility::Probable);
        assert!(serde_json::from_str::<Credibility>("9").is_err());
        assert_eq!(ron::to_string(&Reliability::B).unwrap(), "B");
    }
}
