//! From the lines of each PDF page (in reading order, running heads already dropped) to an
//! article's text: a paragraph's lines joined into one, a word split by a line-end hyphen made
//! whole again, and a paragraph running on to the next page kept in one piece.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

/// The text of a document from its pages' text, paragraphs separated by blank lines.
pub fn article_text(pages: &[String]) -> String {
    let repaired: Vec<String> =
        pages.iter().map(|p| p.lines().map(repair_line).collect::<Vec<_>>().join("\n")).collect();
    let pages: Vec<Vec<&str>> = repaired.iter().map(|p| p.lines().map(str::trim_end).collect()).collect();
    let mut paragraphs: Vec<Vec<&str>> = vec![Vec::new()];
    for page in &pages {
        // A page that starts lower-case carries on the last page's paragraph.
        let carries_on = page.iter().find(|l| !l.trim().is_empty()).is_some_and(|l| starts_lower(l));
        if !carries_on {
            paragraphs.push(Vec::new());
        }
        for &line in page {
            if line.trim().is_empty() {
                paragraphs.push(Vec::new());
            } else if let Some(current) = paragraphs.last_mut() {
                current.push(line.trim());
            }
        }
    }
    let words = hyphenated_words(&pages);
    let joined: Vec<String> =
        paragraphs.iter().filter(|p| !p.is_empty()).map(|lines| join_lines(lines, &words)).collect();
    rejoin_kerned_capitals(&joined.join("\n\n"))
}

/// "W ikipedia" as "Wikipedia": a capital kerned into its word reads as a word of its own. The
/// pair is joined only when it recurs and the rest ("ikipedia") never stands alone elsewhere, so
/// "Plan B is" and a one-off "R ranks" (R the language) stay as they are.
fn rejoin_kerned_capitals(text: &str) -> String {
    static SPLIT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b([B-HJ-NP-Z]) ([a-z\p{Ll}]{2,})").expect("valid pattern"));
    let mut alone: HashMap<&str, usize> = HashMap::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *alone.entry(word).or_default() += 1;
    }
    let mut after_capital: HashMap<&str, usize> = HashMap::new();
    for c in SPLIT.captures_iter(text) {
        *after_capital.entry(c.get(2).map_or("", |m| m.as_str())).or_default() += 1;
    }
    SPLIT
        .replace_all(text, |c: &regex::Captures| {
            let rest = &c[2];
            let seen = after_capital.get(rest).copied().unwrap_or(0);
            if seen >= 2 && alone.get(rest) == Some(&seen) { format!("{}{rest}", &c[1]) } else { c[0].to_owned() }
        })
        .into_owned()
}

/// Ligature glyphs as letters, and a letter-spaced line ("G N U   L I C E N S E", as browsers
/// draw headings with letter-spacing) as words.
fn repair_line(line: &str) -> String {
    let tokens: Vec<&str> = line.split(' ').filter(|t| !t.is_empty()).collect();
    let single = tokens.iter().filter(|t| t.chars().count() == 1).count();
    let line = if tokens.len() >= 3 && single * 10 >= tokens.len() * 8 {
        line.split("  ").map(|w| w.replace(' ', "")).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
    } else {
        line.to_owned()
    };
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    for (i, &c) in chars.iter().enumerate() {
        let by_letter = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(|c| c.is_alphabetic());
        let in_word = by_letter(i.checked_sub(1)) || by_letter(Some(i + 1));
        match ligature(c, in_word) {
            Some(letters) => out.push_str(letters),
            None => out.push(c),
        }
    }
    out
}

/// The letters a ligature glyph stands for. TeX's T1 fonts put ff, fi, fl, ffi and ffl at
/// codes 0x1B-0x1F, which PDFDocEncoding reads as accents (˙ ˝ ˛ ˚ ˜): inside a word they are
/// the ligatures.
fn ligature(c: char, in_word: bool) -> Option<&'static str> {
    Some(match (c, in_word) {
        ('\u{fb00}', _) | ('˙', true) => "ff",
        ('\u{fb01}', _) | ('˝', true) => "fi",
        ('\u{fb02}', _) | ('˛', true) => "fl",
        ('\u{fb03}', _) | ('˚', true) => "ffi",
        ('\u{fb04}', _) | ('˜', true) => "ffl",
        ('\u{fb05}' | '\u{fb06}', _) => "st",
        _ => return None,
    })
}

fn starts_lower(line: &str) -> bool {
    line.trim_start().chars().next().is_some_and(char::is_lowercase)
}

/// Words the document spells with a hyphen somewhere mid-line ("well-known"), so a line break
/// after their hyphen keeps it.
fn hyphenated_words(pages: &[Vec<&str>]) -> HashSet<String> {
    pages
        .iter()
        .flatten()
        .flat_map(|l| l.split_whitespace())
        .filter(|w| w.contains('-') && !w.ends_with('-'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect()
}

/// A paragraph's lines as one line. "trade-" + "mark" becomes "trademark" unless the document
/// writes "trade-mark" elsewhere; a soft hyphen at a line end is always a break inside a word.
fn join_lines(lines: &[&str], hyphenated: &HashSet<String>) -> String {
    let mut out = String::new();
    for line in lines {
        if out.is_empty() {
            out.push_str(line);
            continue;
        }
        if let Some(stem) = out.strip_suffix('\u{ad}') {
            out.truncate(stem.len());
            out.push_str(line);
        } else if out.ends_with('-') && out[..out.len() - 1].ends_with(char::is_alphabetic) {
            let head = out[..out.len() - 1].rsplit(char::is_whitespace).next().unwrap_or("");
            let tail = line.split_whitespace().next().unwrap_or("");
            let whole = format!("{head}-{tail}").trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            if starts_lower(line) && !hyphenated.contains(&whole) {
                out.pop();
            }
            out.push_str(line);
        } else {
            out.push(' ');
            out.push_str(line);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn a_line_on_only_one_page_is_kept() {
        let text = article_text(&pages(&["Sanctions Brief\nFirst page text.", "Second page text.\nClosing line."]));
        assert_eq!(text, "Sanctions Brief First page text.\n\nSecond page text. Closing line.");
    }

    #[test]
    fn words_split_at_a_line_end_hyphen_are_joined_unless_written_with_one() {
        let text =
            article_text(&pages(&["The negoti-\nations were well-\nknown, a well-known fact.\n\nSoft\u{ad}\nhyphen."]));
        assert_eq!(text, "The negotiations were well-known, a well-known fact.\n\nSofthyphen.");
        // A capital after the hyphen is a compound name: its hyphen stays.
        assert_eq!(article_text(&pages(&["Franco-\nGerman talks"])), "Franco-German talks");
    }

    #[test]
    fn ligatures_and_letter_spaced_headings_become_words() {
        let text = article_text(&pages(&[
            "G N U   G E N E R A L   L I C E N S E\nThe ˝rst di˙erent o\u{fb03}ce ˛ow\n\nA ˙ alone.",
        ]));
        assert_eq!(text, "GNU GENERAL LICENSE The first different office flow\n\nA ˙ alone.");
        assert_eq!(repair_line("I am a b c d and more"), "I am a b c d and more");
    }

    #[test]
    fn a_kerned_capital_rejoins_its_word_unless_the_rest_is_a_word() {
        assert_eq!(
            rejoin_kerned_capitals("W ikipedia grew. W ikipedia is large."),
            "Wikipedia grew. Wikipedia is large."
        );
        assert_eq!(rejoin_kerned_capitals("Plan B is late; this is so."), "Plan B is late; this is so.");
        assert_eq!(rejoin_kerned_capitals("R ranks 13th."), "R ranks 13th.");
    }

    #[test]
    fn a_paragraph_carried_to_the_next_page_stays_whole() {
        let text = article_text(&pages(&["The ministers met and\n", "agreed on a date.\n\nNew point."]));
        assert_eq!(text, "The ministers met and agreed on a date.\n\nNew point.");
    }
}
