//! The one way two names are the same name, wherever names are compared (finding an actor,
//! merging actors, importing a dictionary, adopting a colleague's tags, matching an outlet,
//! flagging a name two actors share): the fold the mention finder reads text in (NFKC, case
//! folding), with diacritics dropped when the project says so, and runs of spaces as one.

use serde::{Deserialize, Serialize};
use unicode_script::{Script, UnicodeScript};

use super::fold::{Folding, fold};

/// How loosely names are compared beyond Unicode normalisation and case: a project setting
/// (saved with the project, changed by an undoable edit) that every name match follows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Matching {
    /// "Sergei" finds "Sergeï" and "Елкин" finds "Ёлкин" (accents on Latin, Greek and Cyrillic).
    #[serde(default)]
    pub ignore_diacritics: bool,
}

impl Matching {
    pub fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// The form in which two names are one name: "  ＵＳＴＲ " and "ustr" give the same key, and
    /// with diacritics ignored so do "Sergeï Lavrov" and "SERGEI  LAVROV".
    pub fn key(self, name: &str) -> String {
        // ASCII is left alone by NFKC and has no diacritics: lower case is all its fold does,
        // done here while copying (most names of a large dictionary are ASCII).
        let folded;
        let text = if name.is_ascii() {
            name
        } else {
            folded = fold(name, Folding { case: true, diacritics: self.ignore_diacritics });
            folded.as_str()
        };
        let mut key = String::with_capacity(text.len());
        for word in text.split_whitespace() {
            if !key.is_empty() {
                key.push(' ');
            }
            key.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        }
        key
    }

    /// Whether `a` and `b` name the same thing (see [`Matching::key`]).
    pub fn same_name(self, a: &str, b: &str) -> bool {
        if a.eq_ignore_ascii_case(b) {
            return true;
        }
        // Plain ASCII names fold to their lower case, which was just compared: no key needed
        // (finding an actor by name goes through every name of 50,000 actors).
        let plain = |s: &str| {
            s.is_ascii()
                && !s.starts_with(' ')
                && !s.ends_with(' ')
                && !s.contains("  ")
                && !s.contains(|c: char| c.is_ascii_whitespace() && c != ' ')
        };
        if plain(a) && plain(b) {
            return false;
        }
        // Nor does a name with letters of another script (Cyrillic, Han...) fold to plain ASCII:
        // looking a Latin name up among many Russian or Chinese aliases folds none of them.
        let other_script = |s: &str| {
            s.chars()
                .any(|c| c.is_alphabetic() && !matches!(c.script(), Script::Latin | Script::Common | Script::Inherited))
        };
        if (plain(a) && other_script(b)) || (plain(b) && other_script(a)) {
            return false;
        }
        self.key(a) == self.key(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOOSE: Matching = Matching { ignore_diacritics: true };

    #[test]
    fn names_differing_only_in_case_width_and_spacing_are_one_name() {
        let m = Matching::default();
        assert!(m.same_name("  ＵＳＴＲ ", "ustr"));
        assert!(m.same_name("Ministry of  Commerce", "MINISTRY OF COMMERCE"));
        assert!(m.same_name("US Trade", "us\ttrade") && m.same_name("us\ttrade", "US Trade"), "a tab is a space");
        assert!(m.same_name("МИД России", "мид россии"));
        assert!(m.same_name("ΟΔΥΣΣΕΥΣ", "οδυσσευς"), "final sigma folds like any sigma");
        assert!(!m.same_name("US", "USA"));
        assert!(!m.same_name("Lavrov", "Лавров") && !m.same_name("商务部", "MOFCOM"));
        assert!(m.same_name("ustr", "ＵＳＴＲ"), "full-width letters are Latin");
    }

    #[test]
    fn accents_make_another_name_unless_the_project_ignores_them() {
        assert!(!Matching::default().same_name("Sergeï Lavrov", "Sergei Lavrov"));
        assert!(LOOSE.same_name("Sergeï Lavrov", "SERGEI LAVROV"));
        assert!(LOOSE.same_name("Ёлкин", "Елкин"));
        assert_eq!(LOOSE.key("  José  Martí "), "jose marti");
    }

    #[test]
    fn a_name_of_spaces_has_an_empty_key() {
        assert_eq!(Matching::default().key("   "), "");
        assert_eq!(Matching::default().key("\u{3000}"), "", "an ideographic space is a space");
    }
}
