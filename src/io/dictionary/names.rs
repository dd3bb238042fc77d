//! Dictionary spellings read as a person would write them: `JAMES_BYRNES_` is "James Byrnes",
//! `ISLAMIC_REPUBLIC_OF_AFGHANISTAN` is "Islamic Republic of Afghanistan".

/// Small words that stay lower case inside a name.
const PARTICLES: [&str; 16] =
    ["of", "the", "and", "for", "in", "on", "at", "de", "del", "da", "di", "du", "des", "la", "van", "von"];

/// Regnal numbers after a name ("Elizabeth II"); not "XI", which is also a surname.
const REGNAL: [&str; 7] = ["II", "III", "IV", "VI", "VII", "VIII", "IX"];

/// The dictionary's spelling with `_` read as spaces (kept as an alias, so text in capitals and
/// the dictionary's own form still match).
pub fn spelled(raw: &str) -> String {
    raw.replace('_', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The name as a person would write it. Names with small letters are kept as written; names in
/// capitals get one capital per word (after hyphens and apostrophes too: "O'Brien",
/// "Ban Ki-Moon"), particles in lower case, and a one-word name of up to four letters kept as an
/// acronym ("NATO", "ANSF").
pub fn readable(raw: &str) -> String {
    let spelled = spelled(raw);
    if spelled.chars().any(char::is_lowercase) {
        return spelled;
    }
    let words: Vec<&str> = spelled.split(' ').collect();
    if words.len() == 1 && spelled.chars().filter(|c| c.is_alphabetic()).count() <= 4 {
        return spelled;
    }
    words
        .iter()
        .enumerate()
        .map(|(i, word)| {
            let lower = word.to_lowercase();
            if i > 0 && PARTICLES.contains(&lower.as_str()) {
                lower
            } else if i > 0 && REGNAL.contains(word) {
                (*word).to_owned()
            } else {
                capitalise(&lower)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Capital at the start, after a hyphen or full stop ("ki-moon" -> "Ki-Moon"), and after an
/// apostrophe that follows one or two letters ("O'Brien", "D'Alema", but "People's").
fn capitalise(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for (i, c) in word.chars().enumerate() {
        if start {
            out.extend(c.to_uppercase())
        } else {
            out.push(c)
        }
        start = matches!(c, '-' | '.') || (matches!(c, '\'' | '’') && (1..=2).contains(&i));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_capitals_read_as_a_person_writes_them() {
        assert_eq!(readable("JAMES_BYRNES_"), "James Byrnes");
        assert_eq!(readable("ISLAMIC_REPUBLIC_OF_AFGHANISTAN"), "Islamic Republic of Afghanistan");
        assert_eq!(readable("BAN_KI-MOON"), "Ban Ki-Moon");
        assert_eq!(readable("CARLOS SANTOS_CRUZ_"), "Carlos Santos Cruz");
        assert_eq!(readable("K._ANNAN_"), "K. Annan");
        assert_eq!(readable("CONOR_O'BRIEN"), "Conor O'Brien");
        assert_eq!(readable("ELIZABETH_II"), "Elizabeth II");
        assert_eq!(readable("LI_XI"), "Li Xi");
        assert_eq!(readable("TURKISH_PEOPLE'S_LIBERATION_FRONT"), "Turkish People's Liberation Front");
    }

    #[test]
    fn short_acronyms_and_names_with_small_letters_are_kept_as_written() {
        assert_eq!(readable("ANSF"), "ANSF");
        assert_eq!(readable("UN_Secy_Gen"), "UN Secy Gen");
        assert_eq!(spelled("U.N._SECRETARY_GENERAL"), "U.N. SECRETARY GENERAL");
    }
}
