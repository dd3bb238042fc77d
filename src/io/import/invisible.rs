//! Invisible characters removed from imported text, so that actor matching, search and
//! suggestions see "Netanyahu" where a page wrote "Netan&shy;yahu".
//!
//! Pages carry characters that show as nothing, or as a plain space, but make two equal-looking
//! words differ: soft hyphens (U+00AD, CMS hyphenation hints), zero-width spaces (U+200B) and word
//! joiners (U+2060), byte-order marks left inside the text (U+FEFF), the Mongolian vowel
//! separator (U+180E), and no-break spaces (U+00A0, U+2007, U+202F). The first group is removed,
//! no-break spaces become plain spaces. Zero-width joiners and non-joiners (U+200D, U+200C) shape
//! emoji, Persian, Arabic and Indic words, so they are kept there and removed only next to a Latin
//! letter, digit or space (where they never change how a word looks). Applied once, at import,
//! before any offset into the text exists.

use std::borrow::Cow;

/// Always dropped: they show as nothing.
const DROPPED: &[char] = &['\u{00AD}', '\u{200B}', '\u{2060}', '\u{FEFF}', '\u{180E}'];

/// Shown as a space, and so made one.
const SPACES: &[char] = &['\u{00A0}', '\u{2007}', '\u{202F}'];

/// Kept inside scripts that need them, dropped next to Latin text.
const JOINERS: &[char] = &['\u{200C}', '\u{200D}'];

/// `text` without invisible characters (borrowed back unchanged when it has none).
pub fn clean(text: &str) -> Cow<'_, str> {
    let suspicious = |c: char| DROPPED.contains(&c) || SPACES.contains(&c) || JOINERS.contains(&c);
    if !text.contains(suspicious) {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if DROPPED.contains(&c) {
            continue;
        }
        if SPACES.contains(&c) {
            out.push(' ');
        } else if JOINERS.contains(&c) {
            let latin = |n: Option<&char>| n.is_none_or(|&n| (n as u32) < 0x0250 || n.is_whitespace());
            let before = i.checked_sub(1).and_then(|j| chars.get(j));
            if !(latin(before) || latin(chars.get(i + 1))) {
                out.push(c);
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_soft_hyphen_inside_a_name_is_removed() {
        assert_eq!(clean("Prime Minister Netan\u{AD}yahu said"), "Prime Minister Netanyahu said");
    }

    #[test]
    fn zero_width_spaces_boms_and_word_joiners_are_removed() {
        assert_eq!(clean("Xi\u{200B} Jin\u{2060}ping \u{FEFF}met"), "Xi Jinping met");
    }

    #[test]
    fn no_break_spaces_become_plain_spaces() {
        assert_eq!(clean("Mr\u{A0}Putin, 5\u{202F}000\u{2007}t"), "Mr Putin, 5 000 t");
    }

    #[test]
    fn joiners_stay_in_persian_and_emoji_but_go_next_to_latin_letters() {
        assert_eq!(clean("می\u{200C}خواهم"), "می\u{200C}خواهم");
        assert_eq!(clean("👩\u{200D}🔬"), "👩\u{200D}🔬");
        assert_eq!(clean("Iran\u{200C}ian"), "Iranian");
    }

    #[test]
    fn clean_text_is_borrowed_unchanged() {
        assert!(matches!(clean("plain text, é ü 稀"), Cow::Borrowed(_)));
    }
}
