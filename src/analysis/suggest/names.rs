//! Names of speakers who are no actors yet, as "New speakers" should offer them: the person's
//! full name ("Eric Reeves"), without titles, roles or the sentence's first word ("Mr Reeves",
//! "Vice Foreign Minister Ma Zhaoxu", "But Danial Namei"), and a bare surname filled out from
//! the full name used earlier in the article.

use crate::analysis::words::Word;

/// Capitalised words that are titles, roles or sentence openers, never part of a name.
const NOT_NAME: &[&str] = &[
    "the",
    "a",
    "an",
    "but",
    "and",
    "or",
    "however",
    "meanwhile",
    "also",
    "on",
    "in",
    "at",
    "as",
    "after",
    "when",
    "while",
    "last",
    "this",
    "that",
    "then",
    "so",
    "yet",
    "still",
    "now",
    "earlier",
    "later",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "sir",
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "secretary",
    "state",
    "deputy",
    "chief",
    "ambassador",
    "high",
    "commissioner",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "general",
    "gen",
    "admiral",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "leader",
    "supreme",
    "king",
    "queen",
    "prince",
    "crown",
    "defence",
    "defense",
    "commerce",
    "trade",
    "treasury",
    "finance",
    "interior",
    "national",
    "economic",
    "security",
    "council",
    "adviser",
    "advisor",
    "envoy",
    "premier",
    "chancellor",
    "ayatollah",
    "sheikh",
    "lieutenant",
    "colonel",
    "major",
    "commander",
    "senior",
    "acting",
    "former",
    "house",
    "speaker",
    "senate",
    "majority",
    "minority",
    "justice",
    "attorney",
    "press",
    "white",
    "ministry",
    "department",
    "official",
    "officials",
    "top",
    "new",
    "opposition",
    "mayor",
    "judge",
    "pope",
    "cardinal",
    "bishop",
    "editor",
    "analyst",
    "dean",
    "ceo",
    "chairperson",
    "executive",
    "assistant",
    "under",
    "undersecretary",
    "affairs",
    "un",
    "eu",
    "us",
    "u.s.",
    "uk",
    "nato",
    "according",
    // Words of institutions, never of a person's name ("National Assembly Standing Committee").
    "assembly",
    "committee",
    "standing",
    "party",
    "central",
    "commission",
    "agency",
    "bureau",
    "office",
    "parliament",
    "congress",
    "court",
    "union",
    "news",
    "times",
    "post",
    "daily",
    "radio",
    "television",
    "institute",
    "university",
    "association",
    "corporation",
    "company",
    "bank",
    "fund",
    "they",
    "he",
    "she",
    "it",
    "we",
    "i",
    "if",
    "with",
    "for",
    "to",
    "from",
    "by",
    "of",
    "there",
    "here",
    "what",
    "why",
    "how",
    "who",
];

/// A capitalised word that can be part of a person's name: no title, no owner ("China's").
fn is_name_word(chars: &[char], w: Word) -> bool {
    let lower = w.lower(chars);
    w.is_capitalised(chars)
        && !NOT_NAME.contains(&lower.as_str())
        && w.end - w.start > 1
        && !lower.ends_with("'s")
        && !lower.ends_with("’s")
        && !is_calendar_word(&lower)
}

/// "Monday", "May": a weekday or month name opens no name ("On Monday Hua said").
fn is_calendar_word(word: &str) -> bool {
    use jiff::fmt::strtime::parse;
    parse("%A", word).is_ok() || parse("%B", word).is_ok()
}

/// Runs of two or more name words among `ws` (none inside `taken`, the actors' mentions), as
/// strings in order.
pub fn full_names(chars: &[char], ws: &[Word], taken: &dyn Fn(Word) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let start = i;
        while i < ws.len()
            && is_name_word(chars, ws[i])
            && !taken(ws[i])
            && (i == start || joined(chars, ws[i - 1], ws[i]))
        {
            i += 1;
        }
        // "Galwan Valley", "South China Sea": a place, not a person.
        let place = || PLACE_WORDS.contains(&ws[i - 1].text(chars).to_lowercase().as_str());
        if i - start >= 2 && !place() {
            out.push(ws[start..i].iter().map(|w| w.text(chars)).collect::<Vec<_>>().join(" "));
        }
        i = i.max(start + 1);
    }
    out
}

/// Words that end the name of a place ("Galwan Valley", "Luconia Shoals").
const PLACE_WORDS: &[&str] = &[
    "valley",
    "river",
    "sea",
    "strait",
    "island",
    "islands",
    "lake",
    "bay",
    "gulf",
    "ocean",
    "shoal",
    "shoals",
    "mountains",
    "province",
    "region",
    "peninsula",
    "reef",
    "line",
];

/// Whether two words are separated by spaces only (no comma or bracket between them).
fn joined(chars: &[char], a: Word, b: Word) -> bool {
    chars[a.end..b.start].iter().all(|c| *c == ' ')
}

/// Words that make a run of capitalised words the name of a body, not of a person.
const ORGANISATION_WORDS: &[&str] = &[
    "guard",
    "force",
    "forces",
    "army",
    "navy",
    "police",
    "ministry",
    "council",
    "party",
    "agency",
    "court",
    "union",
    "committee",
    "commission",
    "office",
    "department",
    "embassy",
    "assembly",
    "parliament",
    "government",
    "front",
];

/// The speaker's name in `ws` (a subject or the words after an inverted verb): the first full
/// name, or a lone family name that ends or opens a full name seen earlier ("Reeves" after
/// "Eric Reeves", "Ma" after "Ma Jihua").
pub fn speaker_name(chars: &[char], ws: &[Word], taken: &dyn Fn(Word) -> bool, seen: &[String]) -> Option<String> {
    if let Some(name) = full_names(chars, ws, taken).into_iter().next() {
        return Some(name);
    }
    ws.iter().filter(|w| is_name_word(chars, **w) && !taken(**w)).find_map(|w| {
        let surname = w.text(chars);
        // The family name ends a Western name and opens a Chinese or Korean one ("Ma Jihua").
        // "Border Guard Bangladesh" is a body, not a person whom "Bangladesh" could name.
        let body = |full: &str| full.split(' ').any(|w| ORGANISATION_WORDS.contains(&w.to_lowercase().as_str()));
        let names_it = |full: &&String| {
            !body(full)
                && (full.rsplit(' ').next() == Some(surname.as_str())
                    || full.split(' ').next() == Some(surname.as_str()))
        };
        seen.iter().rev().find(names_it).cloned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::words::words;

    fn name(text: &str, seen: &[&str]) -> Option<String> {
        let chars: Vec<char> = text.chars().collect();
        let ws = words(&chars, 0, chars.len());
        let seen: Vec<String> = seen.iter().map(|s| s.to_string()).collect();
        speaker_name(&chars, &ws, &|_| false, &seen)
    }

    #[test]
    fn titles_roles_and_sentence_openers_are_not_part_of_a_name() {
        assert_eq!(name("Chinese Vice Foreign Minister Ma Zhaoxu", &[]).as_deref(), Some("Ma Zhaoxu"));
        assert_eq!(name("But Danial Namei", &[]).as_deref(), Some("Danial Namei"));
        assert_eq!(name("US Secretary of State Mike Pompeo", &[]).as_deref(), Some("Mike Pompeo"));
        assert_eq!(name("Analysts", &[]), None);
        assert_eq!(name("On Monday Hua Chunying", &[]).as_deref(), Some("Hua Chunying"));
    }

    #[test]
    fn a_lone_family_name_or_mr_surname_becomes_the_full_name_used_before() {
        assert_eq!(name("Mr Reeves", &["Eric Reeves"]).as_deref(), Some("Eric Reeves"));
        assert_eq!(name("Reeves", &["Eric Reeves", "Tom Reeves"]).as_deref(), Some("Tom Reeves"));
        assert_eq!(name("Mr Reeves", &[]), None);
        assert_eq!(name("Ma", &["Ma Jihua"]).as_deref(), Some("Ma Jihua"), "a family name that opens a name");
        assert_eq!(name("Bangladesh", &["Border Guard Bangladesh"]), None, "a body's name names no person");
        assert_eq!(name("Galwan Valley", &[]), None, "a place is no person");
    }
}
