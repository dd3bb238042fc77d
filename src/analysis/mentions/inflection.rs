//! Names in Russian, Ukrainian and other Cyrillic languages found in their case forms: an alias
//! "Захарова" finds "Захаровой", "Россия" finds "России" and "Россией", "Вашингтон" finds
//! "Вашингтона", without the analyst typing each form.
//!
//! A Cyrillic word of a name and a word of the text are the same word when they share a stem:
//! each, with one of the case endings of nouns, adjectives and surnames below taken off (or
//! none), leaves the same letters, at least three of them ("Китай" and "Китая" share "Кита";
//! "Песков" and "Пескова" share "Песков"). Words are compared whole, so a derived word keeps
//! its suffix and stays apart: "Иранский" is not "Иран", "Российский" not "Россия", "Московский"
//! not "Москва". Words in capitals ("США", "НАТО", "МИД") are abbreviations and match only as
//! written, though "МИДа" finds "МИД". The price is that a male surname matches its female form
//! ("Захаров" and "Захарова" share "Захаров"), and a few unrelated words share a stem with a
//! name ("кита", a whale's, with "Китай"). Snowball's Russian stemmer (the `rust-stemmers`
//! crate) was tried first and rejected: it cuts names unevenly ("Песков" to "песк" but
//! "Пескова" to "песков", "Лавров" to "лавр" but "Лаврова" to "лавров", "Китай" to "кита" but
//! "Китая" to "кит").

use std::collections::HashMap;

use unicode_script::{Script, UnicodeScript};

use super::Candidate;
use crate::model::fold::{Folded, Folding, fold};
use crate::model::ActorId;

/// Case endings of Russian and Ukrainian nouns, adjectives and surnames, in lower case.
const ENDINGS: &[&str] = &[
    // Nouns: "Москвы", "Вашингтону", "Россией", "Сергеем", "Израиля".
    "а", "я", "ы", "и", "е", "у", "ю", "о", "ь", "й", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях", "ами", "ями",
    "ия", "ии", "ию", "ией", "ью", "ье", "ья", "ьи", "ьей",
    // Adjectives and surnames: "Российской", "Зеленского", "Песковым", "Белого дома".
    "ая", "яя", "ую", "юю", "ое", "ее", "ого", "его", "ому", "ему", "ый", "ий", "ые", "ие", "ых", "их", "ым", "им",
    "ыми", "ими",
    // Ukrainian: "України", "Україні", "Україною", "Захарової", "Росією".
    "і", "ї", "ою", "ею", "ої", "ій", "ії", "ією", "ію", "єю",
];

/// The fewest letters a stem keeps: "Рим" and "Рима" match, a two-letter stem matches nothing.
const MIN_STEM: usize = 3;

/// Whether a name is compared by stems: it has a Cyrillic letter.
pub fn inflects(name: &str) -> bool {
    name.chars().any(|c| c.script() == Script::Cyrillic)
}

/// The forms a word may be compared by: itself, and when it is a Cyrillic word that is not an
/// abbreviation, each stem left by taking off one case ending.
fn stems(word: &str) -> Vec<&str> {
    let mut out = vec![word];
    let cyrillic = word.chars().all(|c| c.script() == Script::Cyrillic);
    let abbreviation = word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    if !cyrillic || abbreviation {
        return out;
    }
    let (lower, letters) = (word.to_lowercase(), word.chars().count());
    for ending in ENDINGS.iter().filter(|e| lower.ends_with(*e)) {
        // Lower-casing keeps the number of letters in Cyrillic, so the stem is a prefix by count.
        let kept = letters - ending.chars().count();
        if kept >= MIN_STEM {
            let at = word.char_indices().nth(kept).map_or(word.len(), |(i, _)| i);
            out.push(&word[..at]);
        }
    }
    out
}

/// The words of a text (runs of letters and digits) as byte ranges, with what lies between
/// each and the next.
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// What separates two words of a name, as compared: runs of white space are one space.
fn gap(between: &str) -> String {
    let mut out = String::new();
    for c in between.chars() {
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// One name, split into words with what separates them.
struct Name {
    words: Vec<String>,
    gaps: Vec<String>,
    actor: ActorId,
}

/// Names compared word by word through their stems, in one folding (as written, or any case).
pub struct InflectedMatcher {
    names: Vec<Name>,
    /// Every stem of every name's first word, to the names it opens.
    by_first: HashMap<String, Vec<usize>>,
    folding: Folding,
}

impl InflectedMatcher {
    pub fn build(names: Vec<(&str, ActorId)>, folding: Folding) -> Option<Self> {
        if names.is_empty() {
            return None;
        }
        let mut out = Self { names: Vec::new(), by_first: HashMap::new(), folding };
        for (name, actor) in names {
            let folded = fold(name, folding);
            let spans = words(&folded);
            let Some(&(first_start, first_end)) = spans.first() else { continue };
            let gaps = spans.windows(2).map(|w| gap(&folded[w[0].1..w[1].0])).collect();
            for stem in stems(&folded[first_start..first_end]) {
                out.by_first.entry(stem.to_owned()).or_default().push(out.names.len());
            }
            let words = spans.iter().map(|&(s, e)| folded[s..e].to_owned()).collect();
            out.names.push(Name { words, gaps, actor });
        }
        Some(out)
    }

    /// Every name found in `text`, as byte ranges of the original text (whole words).
    pub fn candidates(&self, text: &str, out: &mut Vec<Candidate>) {
        // Every name here has a Cyrillic letter, and folding makes none: a text without one
        // (most of an English corpus) holds none of these names.
        if !inflects(text) {
            return;
        }
        let folded = Folded::new(text, self.folding);
        let compared = folded.as_str();
        let spans = words(compared);
        let stems_of: Vec<Vec<&str>> = spans.iter().map(|&(s, e)| stems(&compared[s..e])).collect();
        let same = |at: usize, word: &str| {
            let theirs = stems(word);
            stems_of[at].iter().any(|s| theirs.contains(s))
        };
        for (at, own) in stems_of.iter().enumerate() {
            let mut opened: Vec<usize> = own.iter().filter_map(|s| self.by_first.get(*s)).flatten().copied().collect();
            opened.sort_unstable();
            opened.dedup();
            for i in opened {
                let name = &self.names[i];
                let last = at + name.words.len() - 1;
                let fits = last < spans.len()
                    && (1..name.words.len()).all(|k| {
                        let between = &compared[spans[at + k - 1].1..spans[at + k].0];
                        gap(between) == name.gaps[k - 1] && same(at + k, &name.words[k])
                    });
                if fits {
                    let (start, end) = folded.original(spans[at].0, spans[last].1);
                    out.push(Candidate { start, end, actor: name.actor });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shared(a: &str, b: &str) -> bool {
        stems(a).iter().any(|s| stems(b).contains(s))
    }

    #[test]
    fn case_forms_of_nouns_surnames_and_adjectives_share_a_stem() {
        for (name, form) in [
            ("Захарова", "Захаровой"),
            ("Россия", "России"),
            ("Россия", "Россией"),
            ("Вашингтон", "Вашингтона"),
            ("Китай", "Китая"),
            ("Китай", "Китаем"),
            ("Песков", "Пескова"),
            ("Песков", "Песковым"),
            ("Сергей", "Сергея"),
            ("Зеленский", "Зеленского"),
            ("Российская", "Российской"),
            ("Україна", "Україною"),
            ("Рим", "Рима"),
        ] {
            assert!(shared(name, form), "{name} should find {form}");
        }
    }

    #[test]
    fn derived_words_and_abbreviations_keep_apart() {
        for (name, other) in
            [("Иран", "Иранский"), ("Россия", "Российский"), ("Москва", "Московский"), ("Мария", "Марина")]
        {
            assert!(!shared(name, other), "{name} should not find {other}");
        }
        assert_eq!(stems("НАТО"), ["НАТО"]);
        assert!(shared("МИД", "МИДа"));
    }
}
