//! Names in Russian, Ukrainian and other Cyrillic languages found in their case forms: an alias
//! "Захарова" finds "Захаровой", "Россия" finds "России" and "Россией", "Вашингтон" finds
//! "Вашингтона", without the analyst typing each form.
//!
//! A word of a name finds a word of the text written the same, or its stem followed by one of
//! the case endings of the name word's declension (`paradigms`): the stem is the name word
//! without its own ending ("Захаров" of "Захарова", "Росси" of "Россия", "Кита" of "Китай",
//! the whole word for "Вашингтон"), at least three letters of it, and the ending is never
//! empty, so a bare stem finds nothing ("Герман" is not "Германия", "Груз" not "Грузия", "кита",
//! a whale's, not "Китай"). Words are compared whole, so a derived word keeps its suffix and
//! stays apart: "Иранский" is not "Иран", "Российский" not "Россия", "Московский" not "Москва".
//! Names that do not decline in Russian are matched as written: those ending in -и, -у, -ю, -э,
//! in -о other than "-ство", and in -е after a consonant ("Мали", "Чили", "Сочи", "Перу",
//! "Того", "Монако", "Зимбабве"; so "Мало" is not "Мали"). The price of that rule: the few
//! plural names in -и ("Ведомости", Ukrainian "Штати") are found only as written. Words in
//! capitals ("США", "НАТО", "МИД") are abbreviations: found as written, and one ending in a
//! consonant also with a noun's ending ("МИДа" finds "МИД"). Adjective names take every gender
//! and number, as an attribute agrees with its noun ("российский" finds "российской"), and a
//! surname's stem takes the forms of both sexes where they coincide, so a male surname finds
//! some female forms ("Захаров" finds "Захарова", its genitive). Snowball's Russian stemmer
//! (the `rust-stemmers` crate) was tried first and rejected: it cuts names unevenly ("Песков" to
//! "песк" but "Пескова" to "песков", "Китай" to "кита" but "Китая" to "кит").
//!
//! The declension is read from the name as typed, before diacritics are folded: with the
//! project's "ignore diacritics" setting "Китай" is compared as "Китаи", which as written could
//! be an indeclinable name; the endings are folded the same way as the text ("Кремлём" is
//! "Кремлем", "Россией" "Россиеи").

use std::collections::HashMap;

use unicode_script::{Script, UnicodeScript};

use super::Candidate;
use crate::model::ActorId;
use crate::model::fold::{Folded, Folding, fold};

/// A declension: the endings its stem takes in the text, in lower case, Russian and Ukrainian.
type Endings = &'static [&'static str];

/// Nouns ending in a consonant: "Вашингтона", "Ираном", "Песковым", Ukrainian "Вашингтоні",
/// "Вашингтонові", "Пєсковим".
const CONSONANT: Endings = &["а", "у", "ом", "ем", "е", "ым", "им", "і", "ові", "еві"];
/// Nouns in -а: "Москвы", "Захаровой", "Америке", Ukrainian "України", "Україні", "Україною",
/// "Захарової", "Захаровій".
const A: Endings = &["ы", "и", "е", "у", "ой", "ою", "ей", "ею", "і", "ої", "ій"];
/// Nouns in -я: "России", "Россией", "Корее", "Ильи", Ukrainian "Росії", "Росією", "Управлінням".
const YA: Endings = &["и", "е", "ю", "ей", "ёй", "ею", "ёю", "і", "ї", "єю", "ям"];
/// Nouns in -й and -ь: "Китая", "Китаем", "Сергея", "Дмитрии", "Кремлём", "Руси", "Русью",
/// Ukrainian "Китаєм", "Китаї", "Кремлі".
const SOFT: Endings = &["я", "ю", "ем", "ём", "е", "и", "ью", "і", "ї", "єм", "єві"];
/// Neuter nouns in -ство: "Министерства", "Правительством", Ukrainian "Міністерстві".
const NEUTER_O: Endings = &["а", "у", "ом", "е", "і", "ам", "ами", "ах"];
/// Neuter nouns in -ие and -ье: "Собрания", "Собранием", "Собрании", "Приморью".
const NEUTER_E: Endings = &["я", "ю", "ем", "и", "і"];
/// Plurals in -ы: "Штатов", "Штатам", "Филиппинах".
const PLURAL: Endings = &["ов", "ам", "ами", "ах"];
/// Adjectives in every gender and number, as an attribute agrees with its noun: "Белого дома",
/// "Российской Федерации", "Соединенным Штатам", Ukrainian "Української", "Сполученими".
const ADJECTIVE: Endings = &[
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ей",
    "ую", "юю", "ою", "ею", "ых", "их", "ыми", "ими", "ім", "ої", "ій", "а", "у", "е", "і",
];

/// The fewest letters a stem keeps: "Рим" finds "Рима", a two-letter stem finds nothing.
const MIN_STEM: usize = 3;

/// Whether a name is compared by its case forms: it has a Cyrillic letter.
pub fn inflects(name: &str) -> bool {
    name.chars().any(|c| c.script() == Script::Cyrillic)
}

/// How a word of a name declines: each stem (its length in letters) with the endings it takes.
/// A word may be read two ways ("-ий" is an adjective, "Зеленский", or a noun, "Дмитрий"); the
/// reading that does not apply only makes forms that are no words.
fn paradigms(word: &str) -> Vec<(usize, Endings)> {
    let letters = word.chars().count();
    let cyrillic = word.chars().all(|c| c.script() == Script::Cyrillic);
    if !cyrillic {
        return Vec::new();
    }
    let lower = word.to_lowercase();
    let Some(last) = lower.chars().next_back() else { return Vec::new() };
    let abbreviation = word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let consonant = !"аеёиоуыэюяіїєьй".contains(last);
    if abbreviation {
        // "МИДа", "МИДом"; "США" and "НАТО" do not decline.
        return if consonant { vec![(letters, CONSONANT)] } else { Vec::new() };
    }
    if consonant {
        return vec![(letters, CONSONANT)];
    }
    let ends = |suffixes: &[&str]| suffixes.iter().any(|s| lower.ends_with(s));
    let mut out = Vec::new();
    if ends(&["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ій", "і"]) {
        let cut = if last == 'і' { 1 } else { 2 };
        out.push((letters - cut, ADJECTIVE));
    }
    match last {
        'а' => out.push((letters - 1, A)),
        'я' => out.push((letters - 1, YA)),
        'й' | 'ь' if !ends(&["ый"]) => out.push((letters - 1, SOFT)),
        'о' if ends(&["ство"]) => out.push((letters - 1, NEUTER_O)),
        'е' if ends(&["ие", "ье"]) => out.push((letters - 1, NEUTER_E)),
        'ы' => out.push((letters - 1, PLURAL)),
        _ => {}
    }
    out.retain(|&(stem, _)| stem >= MIN_STEM);
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

/// The most letters an ending has.
const LONGEST_ENDING: usize = 3;

/// A word of a name as compared: as written, and each stem with its declension.
struct Word {
    written: String,
    stems: Vec<(String, Endings)>,
}

/// One name, split into words with what separates them.
struct Name {
    words: Vec<Word>,
    gaps: Vec<String>,
    actor: ActorId,
}

/// Names compared word by word through their case forms, in one folding (as written, or any
/// case; with or without diacritics).
pub struct InflectedMatcher {
    names: Vec<Name>,
    /// Each name's first word as written and its stems, to the names it opens.
    by_first: HashMap<String, Vec<usize>>,
    /// The endings of each declension the names have, folded as the text is.
    endings: HashMap<Endings, Vec<String>>,
    folding: Folding,
}

impl InflectedMatcher {
    pub fn build(names: Vec<(&str, ActorId)>, folding: Folding) -> Option<Self> {
        if names.is_empty() {
            return None;
        }
        let mut out = Self { names: Vec::new(), by_first: HashMap::new(), endings: HashMap::new(), folding };
        for (name, actor) in names {
            let folded = Folded::new(name, folding);
            let compared = folded.as_str();
            let spans = words(compared);
            if spans.is_empty() {
                continue;
            }
            let gaps = spans.windows(2).map(|w| gap(&compared[w[0].1..w[1].0])).collect();
            let words: Vec<Word> = spans
                .iter()
                .map(|&(s, e)| {
                    let (from, to) = folded.original(s, e);
                    word(&name[from..to], &compared[s..e])
                })
                .collect();
            for (_, declension) in words.iter().flat_map(|w| &w.stems) {
                out.endings.entry(declension).or_insert_with(|| declension.iter().map(|e| fold(e, folding)).collect());
            }
            let first = &words[0];
            for key in std::iter::once(&first.written).chain(first.stems.iter().map(|(stem, _)| stem)) {
                let opened = out.by_first.entry(key.clone()).or_default();
                if opened.last() != Some(&out.names.len()) {
                    opened.push(out.names.len());
                }
            }
            out.names.push(Name { words, gaps, actor });
        }
        Some(out)
    }

    /// Whether a word of the text is the word of a name: as written, or a stem and one of its
    /// endings, or, `before_hyphen`, the stem and the "-о" that joins it to the next word of a
    /// compound ("российско-американские", "Азербайджано-российские").
    fn same(&self, word: &Word, text: &str, before_hyphen: bool) -> bool {
        text == word.written
            || word.stems.iter().any(|(stem, declension)| {
                text.strip_prefix(stem.as_str()).is_some_and(|ending| {
                    self.endings[declension].iter().any(|e| e == ending) || (before_hyphen && ending == "о")
                })
            })
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
        for (at, &(s, e)) in spans.iter().enumerate() {
            let word = &compared[s..e];
            // The word itself, and each of its beginnings that leaves an ending's length.
            let cuts: Vec<usize> = word.char_indices().map(|(i, _)| i).skip(MIN_STEM).collect();
            let keys = cuts.iter().rev().take(LONGEST_ENDING).map(|&cut| &word[..cut]);
            let mut opened: Vec<usize> =
                std::iter::once(word).chain(keys).filter_map(|k| self.by_first.get(k)).flatten().copied().collect();
            opened.sort_unstable();
            opened.dedup();
            for i in opened {
                let name = &self.names[i];
                let last = at + name.words.len() - 1;
                let fits = last < spans.len()
                    && name.words.iter().enumerate().all(|(k, w)| {
                        let gap_fits =
                            k == 0 || gap(&compared[spans[at + k - 1].1..spans[at + k].0]) == name.gaps[k - 1];
                        let (s, e) = spans[at + k];
                        gap_fits && self.same(w, &compared[s..e], compared[e..].starts_with('-'))
                    });
                if fits {
                    let (start, end) = folded.original(spans[at].0, spans[last].1);
                    out.push(Candidate { start, end, actor: name.actor });
                }
            }
        }
    }
}

/// A word of a name, `compared` as folded: its declension is read from the word as typed
/// (`written`), as folding may blur it ("Китай" folds to "Китаи", which looks indeclinable);
/// when folding changed the number of letters, from the folded word.
fn word(written: &str, compared: &str) -> Word {
    let letters = compared.chars().count();
    let read = if written.chars().count() == letters { written } else { compared };
    let stems = paradigms(read)
        .into_iter()
        .map(|(kept, endings)| {
            let at = compared.char_indices().nth(kept).map_or(compared.len(), |(i, _)| i);
            (compared[..at].to_owned(), endings)
        })
        .collect();
    Word { written: compared.to_owned(), stems }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text words each name is found as, with the project's "ignore diacritics" setting or not.
    fn found(names: &[&str], text: &str, diacritics: bool) -> Vec<String> {
        let actor = ActorId::random();
        let folding = Folding { case: false, diacritics };
        let matcher = InflectedMatcher::build(names.iter().map(|n| (*n, actor)).collect(), folding).unwrap();
        let mut out = Vec::new();
        matcher.candidates(text, &mut out);
        out.iter().map(|c| text[c.start..c.end].to_owned()).collect()
    }

    fn finds(name: &str, form: &str) -> bool {
        found(&[name], form, false) == [form]
    }

    #[test]
    fn case_forms_of_nouns_surnames_and_adjectives_are_found() {
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
            ("Дмитрий", "Дмитрия"),
            ("Зеленский", "Зеленского"),
            ("Российская", "Российской"),
            ("российский", "российской"),
            ("Кремль", "Кремлём"),
            ("Министерство", "Министерством"),
            ("Собрание", "Собрании"),
            ("Штаты", "Штатам"),
            ("Соединенные", "Соединенным"),
            ("Україна", "Україною"),
            ("Росія", "Росією"),
            ("Рим", "Рима"),
            ("МИД", "МИДа"),
        ] {
            assert!(finds(name, form), "{name} should find {form}");
        }
        assert_eq!(found(&["Мария Захарова"], "Марии Захаровой", false), ["Марии Захаровой"]);
    }

    #[test]
    fn derived_words_and_abbreviations_keep_apart() {
        for (name, other) in
            [("Иран", "Иранский"), ("Россия", "Российский"), ("Москва", "Московский"), ("Мария", "Марина")]
        {
            assert!(!finds(name, other), "{name} should not find {other}");
        }
        assert!(finds("НАТО", "НАТО") && !finds("НАТО", "НАТОй"));
        assert!(!finds("США", "СШАм"));
    }

    #[test]
    fn the_first_part_of_a_compound_adjective_is_a_form_of_the_name() {
        assert_eq!(found(&["российский"], "российско-американские отношения", false), ["российско"]);
        assert_eq!(found(&["Азербайджан"], "Азербайджано-российские связи", false), ["Азербайджано"]);
        assert_eq!(found(&["Азербайджан", "российский"], "Азербайджано российские", false), ["российские"]);
    }

    #[test]
    fn the_bare_stem_of_a_name_with_an_ending_is_no_form_of_it() {
        let text = "Герман Греф заявил, что груз прибыл. Груз прибыл вовремя. Мало кто знал, что Франц Кафка                     читал о том, как Инд впадает в море, а кита видели у берега.";
        for name in ["Германия", "Грузия", "Франция", "Мали", "Индия", "Китай", "Захарова"]
        {
            assert_eq!(found(&[name], text, false), Vec::<String>::new(), "{name} is not in the text");
        }
        assert!(!finds("Захарова", "Захаров"), "the man's name is not the woman's");
    }

    #[test]
    fn names_that_do_not_decline_are_found_only_as_written() {
        for (name, other) in [("Мали", "Мало"), ("Перу", "Пера"), ("Чили", "Чила"), ("Того", "Тога"), ("Сочи", "Соче")]
        {
            assert!(finds(name, name), "{name} is found as written");
            assert!(!finds(name, other), "{name} should not find {other}");
        }
    }

    #[test]
    fn endings_still_apply_when_diacritics_are_ignored() {
        for (name, form) in [
            ("Китай", "Китаем"),
            ("Сергей", "Сергея"),
            ("Россия", "Россией"),
            ("Зеленский", "Зеленского"),
            ("Кремль", "Кремлём"),
            ("Кремль", "Кремлем"),
            ("Ёлкин", "Елкина"),
            ("Україна", "Україною"),
            ("Мария Захарова", "Марии Захаровой"),
        ] {
            assert_eq!(found(&[name], form, true), [form], "{name} should find {form} without diacritics");
        }
        // Folding "й" to "и" makes "Китай" look like an indeclinable "-и" name; it still declines,
        // and "Мали" still does not.
        assert_eq!(found(&["Мали"], "Мало Малией", true), Vec::<String>::new());
        assert_eq!(found(&["Китай"], "кита Кита", true), Vec::<String>::new());
    }
}
