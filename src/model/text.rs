//! Article text and the character offsets that anchor claims in it.
//!
//! Every offset in the model counts Unicode scalar values (Rust `char`s) over text whose line
//! endings were normalised to `\n` once, at import. Conversions to bytes happen here and at the UI
//! edge, nowhere else.

/// How many characters of context a claim keeps on each side of its quote, so that a later edit
/// of the text can re-anchor it.
pub const CONTEXT_CHARS: usize = 32;

/// Normalises `\r\n` and lone `\r` to `\n`. Applied once, when text enters a project.
pub fn normalize_newlines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Maps char offsets to byte offsets for one text.
///
/// Built once per text (O(n)) so that repeated conversions (highlighting thousands of claims,
/// hit-testing) are O(1) each.
#[derive(Clone, Debug, Default)]
pub struct CharMap {
    /// `bytes[i]` is the byte offset of char `i`; one extra entry holds the text's byte length.
    bytes: Vec<usize>,
}

impl CharMap {
    pub fn new(text: &str) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        Self { bytes }
    }

    /// Number of chars in the text.
    pub fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Byte offset of a char offset, clamped to the end of the text.
    pub fn byte(&self, char_offset: usize) -> usize {
        self.bytes[char_offset.min(self.len())]
    }

    /// Char offset of a byte offset; a byte inside a multi-byte char maps to that char.
    pub fn char_of_byte(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
}

/// Number of chars in `text`.
pub fn char_len(text: &str) -> usize {
    text.chars().count()
}

/// The text between two char offsets, or `None` when the range is empty, reversed or outside.
pub fn slice_chars(text: &str, start: usize, end: usize) -> Option<&str> {
    if start >= end {
        return None;
    }
    let mut indices = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len()));
    let start_byte = indices.nth(start)?;
    let end_byte = indices.nth(end - start - 1)?;
    Some(&text[start_byte..end_byte])
}

/// A claim's anchor: its char range plus the exact quote and surrounding context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchor {
    pub start: usize,
    pub end: usize,
    pub quote: String,
    pub prefix: String,
    pub suffix: String,
}

/// Why a char range cannot anchor a claim.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnchorError {
    #[error("the selection is empty: select some text first")]
    Empty,
    #[error("the range {start}..{end} lies outside the text, which has {len} characters")]
    OutOfRange { start: usize, end: usize, len: usize },
    #[error("the selection holds only whitespace")]
    Blank,
}

/// Builds the anchor of `[start, end)` in `text`. Leading and trailing whitespace of a
/// selection is trimmed: an analyst dragging across a line end means the words, not the space.
pub fn anchor(text: &str, start: usize, end: usize) -> Result<Anchor, AnchorError> {
    let (start, end) = (start.min(end), start.max(end));
    if start == end {
        return Err(AnchorError::Empty);
    }
    // Only the chars from the context before to the context after are read, not the whole
    // text: a claim on a 1 MB article is anchored without decoding all of it.
    let lo = start.saturating_sub(CONTEXT_CHARS);
    let from = text.char_indices().nth(lo).map_or(text.len(), |(byte, _)| byte);
    let chars: Vec<char> = text[from..].chars().take(end + CONTEXT_CHARS - lo).collect();
    if end - lo > chars.len() {
        return Err(AnchorError::OutOfRange { start, end, len: char_len(text) });
    }
    // From here on, offsets count from `lo`.
    let mut s = start - lo;
    let mut e = end - lo;
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    if s == e {
        return Err(AnchorError::Blank);
    }
    Ok(Anchor {
        start: lo + s,
        end: lo + e,
        quote: chars[s..e].iter().collect(),
        prefix: chars[s.saturating_sub(CONTEXT_CHARS)..s].iter().collect(),
        suffix: chars[e..(e + CONTEXT_CHARS).min(chars.len())].iter().collect(),
    })
}

/// The first char range where `quote` occurs in `text` at or after char `from`.
pub fn find_chars(text: &str, quote: &str, from: usize) -> Option<(usize, usize)> {
    let map = CharMap::new(text);
    let from_byte = map.byte(from);
    let byte = text[from_byte..].find(quote)? + from_byte;
    let start = map.char_of_byte(byte);
    Some((start, start + char_len(quote)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Beijing’s Ministry of Commerce — “seriously violating” 协议 in Geneva";

    #[test]
    fn anchors_read_only_their_window_and_match_the_whole_text_view() {
        // Multi-byte chars, whitespace to trim, ranges at both ends of the text.
        let text = "  Pékin a dénoncé « l’intimidation » de Washington — 北京 says so.\nNext line ends here.  ";
        let chars: Vec<char> = text.chars().collect();
        let n = chars.len();
        for start in 0..n {
            for end in start + 1..=n {
                let Ok(a) = anchor(text, start, end) else {
                    assert!(chars[start..end].iter().all(|c| c.is_whitespace()));
                    continue;
                };
                let (s, e) = (a.start, a.end);
                assert!(start <= s && s < e && e <= end);
                assert_eq!(a.quote, chars[s..e].iter().collect::<String>());
                assert_eq!(a.prefix, chars[s.saturating_sub(CONTEXT_CHARS)..s].iter().collect::<String>());
                assert_eq!(a.suffix, chars[e..(e + CONTEXT_CHARS).min(n)].iter().collect::<String>());
            }
        }
        assert!(matches!(anchor(text, 3, n + 1), Err(AnchorError::OutOfRange { len, .. }) if len == n));
    }

    #[test]
    fn slices_count_chars_not_bytes() {
        let (s, e) = find_chars(TEXT, "“seriously violating”", 0).unwrap();
        assert_eq!((s, e), (33, 54));
        assert_eq!(slice_chars(TEXT, s, e), Some("“seriously violating”"));
        assert_eq!(slice_chars(TEXT, 55, 57), Some("协议"));
        assert_eq!(slice_chars(TEXT, 3, 3), None);
        assert_eq!(slice_chars(TEXT, 0, 1000), None);
    }

    #[test]
    fn char_map_converts_both_ways() {
        let map = CharMap::new(TEXT);
        assert_eq!(map.len(), TEXT.chars().count());
        let b = map.byte(55);
        assert_eq!(&TEXT[b..b + 6], "协议");
        assert_eq!(map.char_of_byte(b), 55);
        assert_eq!(map.char_of_byte(b + 1), 55);
        assert_eq!(map.byte(10_000), TEXT.len());
    }

    #[test]
    fn anchors_trim_whitespace_and_keep_context() {
        let a = anchor(TEXT, 54, 58).unwrap();
        assert_eq!(a.quote, "协议");
        assert_eq!((a.start, a.end), (55, 57));
        assert_eq!(a.prefix.chars().count(), CONTEXT_CHARS);
        assert!(a.prefix.ends_with("violating” "));
        assert_eq!(a.suffix, " in Geneva");
        assert_eq!(anchor(TEXT, 4, 4), Err(AnchorError::Empty));
        assert_eq!(anchor(TEXT, 54, 55), Err(AnchorError::Blank));
        assert!(matches!(anchor(TEXT, 0, 999), Err(AnchorError::OutOfRange { .. })));
        // A reversed selection (dragged right to left) is the same selection.
        assert_eq!(anchor(TEXT, 57, 55).unwrap().quote, "协议");
    }

    #[test]
    fn newlines_are_normalised() {
        assert_eq!(normalize_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
    }
}
