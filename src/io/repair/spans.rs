//! Whether claims' quotes still sit at their char offsets, checked for a whole project on load.
//!
//! A full char map costs 8 bytes per char of every article (40 MB for 1,000 articles of
//! 5,000 chars) and most of a load's checking time. Instead each text is walked once to note
//! the byte offset of every [`STEP`]th char; a claim's start is then found in fewer than
//! `STEP` steps from the nearest note, and its quote compared in place.

use std::collections::HashMap;

use crate::model::{Article, ArticleId, Claim, Table};

/// Chars between two noted byte offsets: the most a lookup walks.
const STEP: usize = 32;

/// One article's text with the byte offsets of chars `0, STEP, 2 * STEP, …`.
struct Noted<'a> {
    text: &'a str,
    /// `every[i]` is the byte offset of char `i * STEP`; the last entry may be the text's end.
    every: Vec<usize>,
    chars: usize,
}

impl<'a> Noted<'a> {
    fn new(text: &'a str) -> Self {
        let mut every = Vec::with_capacity(text.len() / STEP + 2);
        let mut chars = 0;
        for (i, (byte, _)) in text.char_indices().enumerate() {
            if i % STEP == 0 {
                every.push(byte);
            }
            chars = i + 1;
        }
        if chars % STEP == 0 {
            every.push(text.len());
        }
        Self { text, every, chars }
    }

    /// The byte offset of char `offset`, or `None` past the end of the text.
    fn byte(&self, offset: usize) -> Option<usize> {
        if offset > self.chars {
            return None;
        }
        let base = self.every[offset / STEP];
        let tail = &self.text[base..];
        let within = tail.char_indices().map(|(b, _)| b).chain(std::iter::once(tail.len())).nth(offset % STEP)?;
        Some(base + within)
    }
}

/// The noted texts of a project's articles.
pub(super) struct Spans<'a> {
    articles: HashMap<ArticleId, Noted<'a>>,
}

impl<'a> Spans<'a> {
    pub(super) fn new(articles: &'a Table<Article>) -> Self {
        Self { articles: articles.iter().map(|a| (a.id, Noted::new(&a.text))).collect() }
    }

    /// Whether the claim's article exists and its text from `start` to `end` is the quote.
    pub(super) fn hold(&self, c: &Claim) -> bool {
        let Some(noted) = self.articles.get(&c.article) else { return false };
        c.start < c.end
            && noted.byte(c.start).is_some_and(|from| {
                noted.text.get(from..from + c.quote.len()) == Some(c.quote.as_str())
                    && c.quote.chars().count() == c.end - c.start
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::{anchor, slice_chars};

    #[test]
    fn offsets_agree_with_counting_chars_at_every_position() {
        // Multi-byte chars on both sides of the noted offsets, and lengths just off a multiple
        // of the step.
        for len in [0, 1, STEP - 1, STEP, STEP + 1, 3 * STEP, 3 * STEP + 5] {
            let text: String = "a—协é".chars().cycle().take(len).collect();
            let noted = Noted::new(&text);
            for offset in 0..=len + STEP + 1 {
                let expected = (offset <= len).then(|| text.char_indices().nth(offset).map_or(text.len(), |(b, _)| b));
                assert_eq!(noted.byte(offset), expected, "len {len}, offset {offset}");
            }
        }
    }

    #[test]
    fn a_claim_holds_only_where_its_quote_is() {
        let text = format!("{}the end", "Beijing’s “seriously violating” — 协议 in Geneva. ".repeat(9));
        let mut a = crate::io::import::text::parse_article("A title", "a title");
        (a.id, a.text) = (ArticleId::from_raw(1), text.clone());
        let articles: Table<Article> = std::iter::once(a).collect();
        let spans = Spans::new(&articles);
        let n = text.chars().count();
        for (start, end) in [(0, 7), (40, 75), (n - 7, n), (n - 3, n)] {
            let mut c = Claim::new(ArticleId::from_raw(1), anchor(&text, start, end).unwrap());
            assert!(spans.hold(&c), "{start}..{end}");
            assert_eq!(slice_chars(&text, c.start, c.end), Some(c.quote.as_str()));
            c.start += 1;
            c.end += 1;
            assert!(!spans.hold(&c), "shifted {start}..{end}");
            c.article = ArticleId::from_raw(2);
            assert!(!spans.hold(&c), "another article");
        }
        let mut beyond = Claim::new(ArticleId::from_raw(1), anchor(&text, n - 7, n).unwrap());
        beyond.end += 1;
        assert!(!spans.hold(&beyond), "an end past the text");
    }
}
