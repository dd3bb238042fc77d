//! Words and sentences of an article, with char offsets, for the assisted-annotation scans
//! (date expressions, claim suggestions). Works on a `Vec<char>` so every offset is a char.

use crate::model::fold::spaceless;

/// A run of letters and digits (with inner hyphens, apostrophes and dots: "mid-June", "U.S.").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    pub fn text(self, chars: &[char]) -> String {
        chars[self.start..self.end].iter().collect()
    }

    pub fn lower(self, chars: &[char]) -> String {
        self.text(chars).to_lowercase()
    }

    pub fn is_capitalised(self, chars: &[char]) -> bool {
        chars[self.start].is_uppercase()
    }
}

/// The words of `chars[from..to]`.
pub fn words(chars: &[char], from: usize, to: usize) -> Vec<Word> {
    let inner = |c: char| matches!(c, '-' | '\'' | '’' | '.');
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        if !chars[i].is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < to
            && (chars[i].is_alphanumeric() || (inner(chars[i]) && i + 1 < to && chars[i + 1].is_alphanumeric()))
        {
            i += 1;
        }
        // "U.S." keeps its last dot when the dot closes an initial, not a sentence.
        if i < to && chars[i] == '.' && i >= 2 && chars[i - 2] == '.' {
            i += 1;
        }
        out.push(Word { start, end: i });
    }
    out
}

/// Titles and initials whose dot does not end a sentence.
/// Military, diplomatic and legal titles of wire copy ("Amb.", "Capt.", "Atty.") are among them;
/// "Ma." (Maria, in Philippine names) is not, since "said Ma." ends many a sentence.
/// Philippine copy adds "Ma." (María: "spokesperson Ma. Teresita Daza"), "Sec.", "Usec." and
/// "Asec." (secretary, undersecretary, assistant secretary).
const ABBREVIATIONS: [&str; 35] = [
    "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "st", "jr", "sr", "prof", "gov", "lt", "col", "no", "vs", "amb",
    "hon", "capt", "maj", "adm", "sgt", "atty", "supt", "brig", "cdr", "cpl", "pres", "ma", "sec", "usec", "asec",
    "messrs", "cmdr", "insp",
];

/// Sentence ranges of `chars`, trimmed of surrounding whitespace. A line break always ends a
/// sentence (headings and paragraphs); `.`, `!` and `?` end one when followed by space and an
/// upper-case letter, a digit or an opening quote (“, ", ‘, «, „ or a bracket), unless the dot
/// closes an initial ("U.S.") or a title ("Mr."). Chinese and Japanese full stops (。！？) always
/// end one, and so do `!` and `?` straight before a character of those scripts, which are
/// written without spaces ("有何回应?是否").
pub fn sentences(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    let push = |out: &mut Vec<(usize, usize)>, s: usize, e: usize| {
        let (mut s, mut e) = (s, e);
        while s < e && chars[s].is_whitespace() {
            s += 1;
        }
        while e > s && chars[e - 1].is_whitespace() {
            e -= 1;
        }
        if s < e {
            out.push((s, e));
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            push(&mut out, start, i);
            start = i + 1;
        } else if matches!(c, '.' | '!' | '?' | '。' | '！' | '？')
            && !(c == '.' && is_abbreviation(chars, i) && !quotation_opens_after(chars, i))
        {
            let mut end = i + 1;
            while end < chars.len()
                && matches!(chars[end], '”' | '"' | '’' | '\'' | ')' | ']' | '»' | '」' | '』' | '）')
            {
                end += 1;
            }
            let spaceless_next = chars.get(end).is_some_and(|&n| spaceless(n));
            if matches!(c, '。' | '！' | '？') || c != '.' && spaceless_next {
                push(&mut out, start, end);
                start = end;
                i = end;
                continue;
            }
            let mut next = end;
            while next < chars.len() && chars[next] == ' ' {
                next += 1;
            }
            if matches!(c, '?' | '!') && end > i + 1 && attribution_follows(chars, next) {
                i = end;
                continue;
            }
            let opens =
                |c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '“' | '"' | '‘' | '(' | '«' | '„');
            if next > end && chars.get(next).is_some_and(|&c| opens(c)) || next >= chars.len() {
                push(&mut out, start, end);
                start = end;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push(&mut out, start, chars.len());
    out
}

/// Whether the words from `at` are a short attribution that closes its sentence ("“Why don't
/// you show your face?” Chavez said."): a question or exclamation quoted before it is part of
/// that sentence.
fn attribution_follows(chars: &[char], at: usize) -> bool {
    const VERBS: [&str; 8] = ["said", "says", "asked", "added", "wrote", "told", "declared", "exclaimed"];
    // An attribution is a few words: look no further than that, whatever follows.
    let Some(end) = chars[at..].iter().take(80).position(|c| matches!(c, '.' | ',' | '\n')).map(|p| at + p) else {
        return false;
    };
    let words: String = chars[at..end].iter().collect();
    let words: Vec<&str> = words.split_whitespace().collect();
    matches!(chars.get(end), Some('.' | ','))
        && words.len() <= 5
        && words.first().is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.iter().skip(1).any(|w| VERBS.contains(w))
}

/// Whether a curly opening quotation mark follows the dot at `i` after a space: "… in the U.S.
/// “These measures are just the beginning,”" starts a new sentence even after an abbreviation
/// ("U.S.", "Mr."). A straight quote is left alone: it may as well close a quotation.
fn quotation_opens_after(chars: &[char], i: usize) -> bool {
    chars.get(i + 1) == Some(&' ') && chars.get(i + 2) == Some(&'“')
}

/// Month abbreviations as news style writes them before a day ("Aug. 11", "Sept. 3").
const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];

/// Whether the dot at `i` closes an initial ("U.S.", "J."), a known title, or a month
/// abbreviation followed by its day ("on Aug. 11 criticized").
fn is_abbreviation(chars: &[char], i: usize) -> bool {
    let word_start = (0..i).rev().find(|&j| !chars[j].is_alphanumeric() && chars[j] != '.').map_or(0, |j| j + 1);
    let word: String = chars[word_start..i].iter().collect();
    let last = word.rsplit('.').next().unwrap_or("");
    let lower = last.to_lowercase();
    let day_follows = chars.get(i + 1) == Some(&' ') && chars.get(i + 2).is_some_and(char::is_ascii_digit);
    (last.chars().count() == 1 && last.chars().all(char::is_uppercase))
        || ABBREVIATIONS.contains(&lower.as_str())
        || day_follows && MONTHS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        sentences(&chars).into_iter().map(|(s, e)| chars[s..e].iter().collect()).collect()
    }

    #[test]
    fn sentences_end_at_stops_and_lines_but_not_at_initials_or_inside_quotes() {
        assert_eq!(
            split("Heading\nU.S. Trade Representative Greer spoke. “They violated it,” Trump said. Mr. Liu agreed!"),
            ["Heading", "U.S. Trade Representative Greer spoke.", "“They violated it,” Trump said.", "Mr. Liu agreed!"]
        );
        assert_eq!(split("It fell 1.2% today. “Done.” Then"), ["It fell 1.2% today.", "“Done.”", "Then"]);
        assert_eq!(
            split("Amb. Jose Romualdez spoke. Capt. Jay Tarriela agreed."),
            ["Amb. Jose Romualdez spoke.", "Capt. Jay Tarriela agreed."]
        );
        assert_eq!(
            split("“Why don't you show your face?” Chavez said. “Uribe is lying!” Who said it?"),
            ["“Why don't you show your face?” Chavez said.", "“Uribe is lying!”", "Who said it?"]
        );
        assert_eq!(
            split("DFA spokesperson Ma. Teresita Daza said so. Usec. Lazaro agreed."),
            ["DFA spokesperson Ma. Teresita Daza said so.", "Usec. Lazaro agreed."]
        );
        assert_eq!(
            split("It jeopardized security in the U.S. “These measures are just the beginning,” Trump wrote."),
            ["It jeopardized security in the U.S.", "“These measures are just the beginning,” Trump wrote."]
        );
        assert_eq!(
            split("Qassemi on Aug. 11 criticized it. It was a Dec. 3 call. Talks end in Dec. Then"),
            ["Qassemi on Aug. 11 criticized it.", "It was a Dec. 3 call.", "Talks end in Dec.", "Then"]
        );
    }

    #[test]
    fn chinese_full_stops_and_russian_quotes_end_sentences() {
        assert_eq!(
            split("发言人说,中方坚决反对。“我们敦促美方停止。”中方对此有何回应?是否会反制?"),
            ["发言人说,中方坚决反对。", "“我们敦促美方停止。”", "中方对此有何回应?", "是否会反制?"]
        );
        assert_eq!(
            split("Об этом заявила Захарова. «Меры прорабатываются»."),
            ["Об этом заявила Захарова.", "«Меры прорабатываются»."]
        );
    }

    #[test]
    fn words_keep_hyphens_apostrophes_and_initials() {
        let text = "mid-June, China’s U.S. talks.";
        let chars: Vec<char> = text.chars().collect();
        let ws: Vec<String> = words(&chars, 0, chars.len()).into_iter().map(|w| w.text(&chars)).collect();
        assert_eq!(ws, ["mid-June", "China’s", "U.S.", "talks"]);
    }
}
