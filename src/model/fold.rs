//! The form names and article text are compared in: Unicode NFKC (full- and half-width forms,
//! ligatures and compatibility characters read as their plain letters), optionally case-folded
//! and stripped of diacritics, with a map from the compared text back to the original's offsets.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use unicode_script::{Script, UnicodeScript};

/// What comparison ignores besides the compatibility differences NFKC removes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Folding {
    /// Letter case ("Захарова" = "ЗАХАРОВА"; final and medial Greek sigma are one letter).
    pub case: bool,
    /// Accents on Latin, Greek and Cyrillic letters ("Sergeï" = "Sergei", "Ёлкин" = "Елкин").
    pub diacritics: bool,
}

/// A text in its compared form, and where each of its pieces came from.
pub struct Folded<'a> {
    text: Cow<'a, str>,
    /// (folded byte, original byte) at the start of each character with its marks, ending with
    /// both lengths; `None` when every offset is the same in both (ASCII text).
    map: Option<Vec<(usize, usize)>>,
}

impl<'a> Folded<'a> {
    pub fn new(original: &'a str, how: Folding) -> Self {
        if original.is_ascii() {
            // NFKC and accent stripping leave ASCII alone, and ASCII case folding keeps lengths.
            let text = if how.case { Cow::Owned(original.to_ascii_lowercase()) } else { Cow::Borrowed(original) };
            return Self { text, map: None };
        }
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len());
        // A letter and the combining marks after it are normalised together ("e" + U+0301 is
        // "é"), and a match never ends between them. ASCII letters take the short way.
        let mut chars = original.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let mut end = at + c.len_utf8();
            while let Some(&(next_at, next)) = chars.peek()
                && is_combining_mark(next)
            {
                end = next_at + next.len_utf8();
                chars.next();
            }
            map.push((text.len(), at));
            if end - at == 1 {
                text.push(if how.case { c.to_ascii_lowercase() } else { c });
            } else {
                fold_into(&original[at..end], how, &mut text);
            }
        }
        map.push((text.len(), original.len()));
        Self { text: Cow::Owned(text), map: Some(map) }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original byte range a folded byte range came from, widened to whole characters.
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        let Some(map) = &self.map else { return (start, end) };
        let first = map.partition_point(|&(folded, _)| folded <= start).saturating_sub(1);
        let after = map.partition_point(|&(folded, _)| folded < end).min(map.len() - 1);
        (map[first].1, map[after].1)
    }
}

/// A name in its compared form (the same folding the text gets).
pub fn fold(name: &str, how: Folding) -> String {
    Folded::new(name, how).text.into_owned()
}

fn fold_into(letter: &str, how: Folding, out: &mut String) {
    if how.diacritics && letter.chars().next().is_some_and(has_diacritics_to_drop) {
        let bare: String = letter.nfkd().filter(|&c| !is_combining_mark(c)).collect();
        push_case(bare.nfc(), how, out);
    } else {
        push_case(letter.nfkc(), how, out);
    }
}

/// Only the alphabets whose accents readers drop: marks in Arabic, Hebrew, Thai or Devanagari
/// are vowels and letters, and dropping them would join different words.
fn has_diacritics_to_drop(c: char) -> bool {
    matches!(c.script(), Script::Latin | Script::Greek | Script::Cyrillic)
}

fn push_case(chars: impl Iterator<Item = char>, how: Folding, out: &mut String) {
    for c in chars {
        match c {
            // Final sigma is the same letter as σ (Unicode case folding, CaseFolding.txt).
            'ς' if how.case => out.push('σ'),
            c if how.case => out.extend(c.to_lowercase()),
            c => out.push(c),
        }
    }
}

/// Scripts written without spaces between words, where a name is found inside a run of letters.
pub fn spaceless(c: char) -> bool {
    matches!(
        c.script(),
        Script::Han
            | Script::Hiragana
            | Script::Katakana
            | Script::Thai
            | Script::Lao
            | Script::Khmer
            | Script::Myanmar
            | Script::Tibetan
            | Script::Yi
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: Folding = Folding { case: true, diacritics: true };

    #[test]
    fn full_width_letters_and_half_width_katakana_read_as_their_plain_forms() {
        assert_eq!(fold("ＵＳＴＲ", Folding::default()), "USTR");
        assert_eq!(fold("ｶﾀｶﾅ", Folding::default()), "カタカナ");
    }

    #[test]
    fn case_folding_covers_cyrillic_and_greek_final_sigma() {
        let case = Folding { case: true, diacritics: false };
        assert_eq!(fold("МАРИЯ ЗАХАРОВА", case), "мария захарова");
        assert_eq!(fold("ΟΔΥΣΣΕΥΣ", case), fold("οδυσσευσ", case));
    }

    #[test]
    fn diacritics_are_dropped_only_when_asked_and_only_from_alphabets() {
        assert_eq!(fold("Sergeï Lavrov", ALL), "sergei lavrov");
        assert_eq!(fold("Sergeï", Folding::default()), "Sergeï");
        assert_eq!(fold("Ёлкин", ALL), "елкин");
        // Hindi vowel signs are combining marks but not accents.
        assert_eq!(fold("मोदी", ALL), "मोदी");
    }

    #[test]
    fn offsets_map_back_to_the_original_text_around_changed_lengths() {
        // "ﬁ" (one char, three bytes) folds to "fi"; "e" + U+0301 composes to "é".
        let original = "ﬁnance Ｘ cafe\u{301}";
        let folded = Folded::new(original, ALL);
        assert_eq!(folded.as_str(), "finance x cafe");
        let at = folded.as_str().find("cafe").unwrap();
        let (s, e) = folded.original(at, at + 4);
        assert_eq!(&original[s..e], "cafe\u{301}");
        // A match that starts inside an expanded character is widened to the whole character.
        let (s, e) = folded.original(1, 7);
        assert_eq!(&original[s..e], "ﬁnance");
    }
}
