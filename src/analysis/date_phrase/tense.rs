//! Which way the clause before a date points: "will meet on Tuesday", "is due to vote on
//! Thursday", "talks are scheduled for Friday" and "is travelling to Moscow on Monday" speak of
//! days to come; "said on Tuesday" and "imposed tariffs on Friday" of days gone.
//!
//! The verb nearest before the date is the one the date belongs to ("officials said on Monday
//! that talks will resume" dates the saying, not the talks), so the clause is read backwards
//! from the date to its first verb, and only as far as the sentence or clause goes.

/// The time the clause's verb speaks of.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Clause {
    /// A future form: the date is the coming one.
    Future,
    /// A past or reporting verb: the date is read as news dates are by default.
    Past,
}

/// How many words back a verb is looked for.
const REACH: usize = 12;

/// Words that make what follows a plan or an expectation: "is due to", "agreed to", "set for".
const INTENT: [&str; 26] = [
    "due",
    "scheduled",
    "slated",
    "set",
    "expected",
    "poised",
    "plans",
    "plan",
    "planned",
    "planning",
    "going",
    "aims",
    "intends",
    "intend",
    "agreed",
    "agree",
    "decided",
    "promised",
    "pledged",
    "vowed",
    "threatened",
    "hopes",
    "hope",
    "ready",
    "likely",
    "preparing",
];
/// Auxiliaries that make an intent a fact of the past ("was due to", "had been scheduled").
const PAST_AUX: [&str; 4] = ["was", "were", "had", "been"];
/// Present forms of "to be" that make "-ing" and "to" a plan: "is travelling", "is to visit".
const PRESENT_BE: [&str; 9] = ["is", "are", "am", "he's", "she's", "it's", "he’s", "she’s", "it’s"];
/// Irregular past forms common in news copy (regular ones end in "-ed").
const IRREGULAR_PAST: [&str; 26] = [
    "said", "told", "met", "held", "was", "were", "had", "did", "made", "took", "gave", "came", "went", "spoke",
    "sent", "began", "left", "rose", "fell", "saw", "won", "lost", "hit", "struck", "wrote", "put",
];

/// Future auxiliaries and plans in the other languages dates are read in: French "sera",
/// "doit", "prévu"; German "wird", "soll", "geplant"; Spanish "será", "prevista"; Russian
/// "будет", "состоится".
const FOREIGN_FUTURE: [&str; 32] = [
    "sera",
    "seront",
    "aura",
    "auront",
    "va",
    "vont",
    "doit",
    "doivent",
    "prévu",
    "prévue",
    "prévus",
    "prévues",
    "wird",
    "werden",
    "soll",
    "sollen",
    "geplant",
    "será",
    "serán",
    "habrá",
    "prevé",
    "previsto",
    "prevista",
    "previstos",
    "previstas",
    "будет",
    "будут",
    "состоится",
    "состоятся",
    "пройдет",
    "пройдёт",
    "планируется",
];
/// Words ending in "-ed" that are not past forms.
const NOT_PAST: [&str; 8] = ["need", "indeed", "proceed", "speed", "exceed", "succeed", "feed", "seed"];
/// Participles that name a plan before a noun: "the planned summit", "the expected vote".
const PLANNED: [&str; 5] = ["planned", "scheduled", "expected", "proposed", "slated"];

/// The tense of the sentence a date stands in: the verb before it in its clause, or, for a date
/// that opens its sentence ("From Friday to Saturday, the two sides will ..."), the first verb
/// after it.
pub fn of_sentence(before: &str, after: &str) -> Option<Clause> {
    of_clause(before).or_else(|| {
        let sentence = after.split(['.', ';', '!', '?', '\n']).next().unwrap_or(after);
        let (original, words) = words_of(sentence);
        (0..words.len().min(REACH)).find_map(|i| verb_at(&original, &words, i, Side::After))
    })
}

/// The tense of the clause that ends where the date begins, if a verb shows one.
pub fn of_clause(before: &str) -> Option<Clause> {
    // Only the current clause: a full stop, semicolon, colon or quotation mark ends it.
    let clause = before.rsplit(['.', ';', ':', '!', '?', '\n', '"', '“', '”']).next().unwrap_or(before);
    let (original, words) = words_of(clause);
    let n = words.len();
    (n.saturating_sub(REACH)..n).rev().find_map(|i| verb_at(&original, &words, i, Side::Before))
}

/// The words of a clause as written and in lower case.
fn words_of(clause: &str) -> (Vec<&str>, Vec<String>) {
    let original: Vec<&str> = clause
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'))
        .filter(|w| !w.is_empty())
        .collect();
    let words = original.iter().map(|w| w.to_lowercase()).collect();
    (original, words)
}

/// Which side of the date a verb stands on.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    Before,
    After,
}

/// The tense word `i` gives, if it is a verb form that shows one.
fn verb_at(original: &[&str], words: &[String], i: usize, side: Side) -> Option<Clause> {
    let w = words[i].as_str();
    let prev = if i > 0 { words[i - 1].as_str() } else { "" };
    let next = words.get(i + 1).map_or("", String::as_str);
    let modal = matches!(w, "will" | "shall" | "would" | "won't" | "upcoming") || FOREIGN_FUTURE.contains(&w);
    // Chinese "将" / "将于" (will, will on) ends the word before a date.
    let chinese = ["将", "將", "将于", "將於", "将在", "將在"].iter().any(|m| w.ends_with(m));
    if modal || chinese || w.ends_with("'ll") || w.ends_with("’ll") {
        return Some(Clause::Future);
    }
    // Any other capitalised word is a name ("United States", "Ted"), not a verb.
    if original[i].starts_with(char::is_uppercase) {
        return None;
    }
    let past = IRREGULAR_PAST.contains(&w) || (w.len() > 3 && w.ends_with("ed") && !NOT_PAST.contains(&w));
    // "due to vote", "set for Friday", "agreed to meet", "the planned summit"; "was due to" is a
    // plan of the past, and after the date ("On Friday, both sides agreed to ...") a past verb
    // of intent dates the agreeing.
    let intent = (INTENT.contains(&w) && matches!(next, "to" | "for" | "on" | "")) || PLANNED.contains(&w);
    if intent {
        let agreed = side == Side::After && past && !PRESENT_BE.contains(&prev);
        return Some(if agreed || PAST_AUX.contains(&prev) { Clause::Past } else { Clause::Future });
    }
    // "is travelling to Moscow on Monday", "are meeting on Friday", "is to visit".
    if PRESENT_BE.contains(&prev) && (w.ends_with("ing") || w == "to") {
        return Some(Clause::Future);
    }
    // A passive participle ("will be held", "to be extended") waits for its auxiliary.
    (past && !matches!(prev, "be" | "been" | "being")).then_some(Clause::Past)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn future_forms_before_the_date_point_forward() {
        for clause in [
            "The two leaders will meet ",
            "Parliament is due to vote ",
            "Talks are scheduled for",
            "Xi is travelling to Moscow",
            "the committee is to decide",
            "the tariffs will be lifted",
            "Officials said they would resume talks",
            "We'll know more",
            "Both sides agreed to meet again",
            "the vote, set for",
            "the ministers' upcoming meeting",
            "will hold talks with the United States",
            "the planned summit",
            "Un sommet européen sur la Russie sera organisé",
            "外交部发言人宣布，日本国外务大臣将于",
        ] {
            assert_eq!(of_clause(clause), Some(Clause::Future), "{clause}");
        }
    }

    #[test]
    fn a_verb_of_the_past_nearer_the_date_keeps_it_in_the_past() {
        for clause in [
            "Officials said",
            "China imposed tariffs",
            "The talks will resume, the ministry said",
            "The vote was due to take place",
            "Trump met Xi",
            "The meeting had been scheduled for",
        ] {
            assert_eq!(of_clause(clause), Some(Clause::Past), "{clause}");
        }
    }

    #[test]
    fn a_date_that_opens_its_sentence_takes_the_tense_of_the_verb_after_it() {
        assert_eq!(
            of_sentence("During Rice's stay in China ", ", the two sides will exchange views."),
            Some(Clause::Future)
        );
        assert_eq!(of_sentence("", ", the ministry said that talks will resume."), Some(Clause::Past));
        assert_eq!(of_sentence("Officials said ", " that talks will resume."), Some(Clause::Past));
        assert_eq!(of_sentence("", ". Talks will resume."), None);
        assert_eq!(of_sentence("At the end of June", ", Trump and Xi agreed to a second truce."), Some(Clause::Past));
    }

    #[test]
    fn a_clause_without_a_verb_or_one_ended_by_a_full_stop_says_nothing() {
        assert_eq!(of_clause(""), None);
        assert_eq!(of_clause("Talks will resume. Then"), None);
        assert_eq!(of_clause("In Geneva"), None);
    }
}
