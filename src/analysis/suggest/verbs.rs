//! Reporting verbs and what kind of act each suggests, as CAMEO top-level codes so the project's
//! own taxonomy (which the analyst may rename) can be searched by code.

/// What a reported statement does, in CAMEO terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Act {
    Comment,
    Appeal,
    Consult,
    Agree,
    Demand,
    Accuse,
    Reject,
    Threaten,
}

impl Act {
    /// The CAMEO code of the matching type in the shipped taxonomy (`assets/taxonomy.ron`).
    pub fn cameo(self) -> &'static str {
        match self {
            Act::Comment => "01",
            Act::Appeal => "02",
            Act::Consult => "04",
            Act::Agree => "05",
            Act::Demand => "10",
            Act::Accuse => "11",
            Act::Reject => "12",
            Act::Threaten => "1312",
        }
    }
}

/// Lower-case verb forms that report a statement, with the act each suggests on its own.
const VERBS: &[(&str, Act)] = &[
    ("said", Act::Comment),
    ("says", Act::Comment),
    ("say", Act::Comment),
    ("saying", Act::Comment),
    ("stated", Act::Comment),
    ("states", Act::Comment),
    ("told", Act::Comment),
    ("emphasized", Act::Comment),
    ("emphasised", Act::Comment),
    ("stressed", Act::Comment),
    ("noted", Act::Comment),
    ("noting", Act::Comment),
    ("observed", Act::Comment),
    ("suggested", Act::Comment),
    ("hinted", Act::Comment),
    ("hints", Act::Comment),
    ("signaled", Act::Comment),
    ("signalled", Act::Comment),
    ("argued", Act::Comment),
    ("argues", Act::Comment),
    ("declared", Act::Comment),
    ("insisted", Act::Comment),
    ("announced", Act::Comment),
    ("claimed", Act::Comment),
    ("added", Act::Comment),
    ("accused", Act::Accuse),
    ("accuses", Act::Accuse),
    ("accusing", Act::Accuse),
    ("accuse", Act::Accuse),
    ("criticized", Act::Accuse),
    ("criticised", Act::Accuse),
    ("criticizes", Act::Accuse),
    ("criticizing", Act::Accuse),
    ("condemned", Act::Accuse),
    ("blamed", Act::Accuse),
    ("characterizing", Act::Accuse),
    ("characterised", Act::Accuse),
    ("labeling", Act::Accuse),
    ("labelling", Act::Accuse),
    ("retaliated", Act::Accuse),
    ("warned", Act::Threaten),
    ("warns", Act::Threaten),
    ("threatened", Act::Threaten),
    ("threatens", Act::Threaten),
    ("threatening", Act::Threaten),
    ("vowed", Act::Threaten),
    ("vows", Act::Threaten),
    ("urged", Act::Demand),
    ("urges", Act::Demand),
    ("urging", Act::Demand),
    ("demanded", Act::Demand),
    ("demands", Act::Demand),
    ("appealed", Act::Appeal),
    ("agreed", Act::Agree),
    ("agrees", Act::Agree),
    ("pledged", Act::Agree),
    ("promised", Act::Agree),
    ("rejected", Act::Reject),
    ("rejects", Act::Reject),
    ("denied", Act::Reject),
    ("refused", Act::Reject),
];

/// The act a reporting verb suggests, if `word` (lower case) is one.
pub fn reporting_verb(word: &str) -> Option<Act> {
    VERBS.iter().find(|(v, _)| *v == word).map(|&(_, a)| a)
}

/// A neutral verb often reports a sharper act; these words in the sentence say which
/// ("said … they violated the agreement" is an accusation). Checked in order.
const CUES: &[(&str, Act)] = &[
    ("violat", Act::Accuse),
    ("breach", Act::Accuse),
    ("erroneous", Act::Accuse),
    ("countermeasure", Act::Threaten),
    ("measures", Act::Threaten),
    ("urge", Act::Demand),
    ("must", Act::Demand),
    ("talks", Act::Consult),
    ("speak", Act::Consult),
    ("call", Act::Consult),
    ("conversation", Act::Consult),
    ("communication", Act::Consult),
];

/// Sharpens a neutral act by what the sentence says.
pub fn refine(act: Act, sentence_lower: &str) -> Act {
    if act != Act::Comment {
        return act;
    }
    CUES.iter().find(|(cue, _)| sentence_lower.contains(cue)).map_or(act, |&(_, a)| a)
}

/// Words that stand for the last person named ("He accused China…"); "they" and "it" are too
/// often a state, a deal or a market to guess.
pub const PRONOUNS: [&str; 2] = ["he", "she"];
