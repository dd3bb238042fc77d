//! Finding a claim's words again when the text under it changed (a typo fixed, an OCR error
//! corrected) or when a damaged file's offsets no longer match its quote.
//!
//! Scored the way Hypothesis anchors annotations: the exact quote first, then how well its
//! prefix and suffix context match, then how near it lies to where it was. A placement is only
//! accepted when it is certain; otherwise the claim becomes an orphan for the analyst to place.

use super::text::{Anchor, CharMap, anchor, char_len};

/// Where a claim's words are now.
#[derive(Clone, Debug, PartialEq)]
pub enum Placement {
    /// Found with certainty; the anchor holds the new offsets, quote and context.
    Found(Anchor),
    /// Not found, or found in several places that nothing tells apart.
    Orphan,
}

/// How similar a changed quote must still be to count as the same words (normalised
/// Levenshtein similarity). A fixed typo in a sentence keeps it well above this; a rewritten
/// sentence falls below.
pub const MIN_SIMILARITY: f64 = 0.8;

/// Finds `quote` in `text` by exact match, choosing among several occurrences by context and
/// then by distance to `hint` (the old start). Certain only when one candidate is strictly
/// better than every other.
pub fn find_quote(text: &str, quote: &str, prefix: &str, suffix: &str, hint: usize) -> Placement {
    if quote.is_empty() {
        return Placement::Orphan;
    }
    let map = CharMap::new(text);
    let len = char_len(quote);
    let mut candidates: Vec<(usize, usize, usize)> = Vec::new(); // (start, context score, distance)
    for (byte, _) in text.match_indices(quote) {
        let start = map.char_of_byte(byte);
        let before = &text[map.byte(start.saturating_sub(char_len(prefix)))..byte];
        let after = &text[map.byte(start + len)..map.byte(start + len + char_len(suffix))];
        let context = common_suffix(before, prefix) + common_prefix(after, suffix);
        candidates.push((start, context, start.abs_diff(hint)));
    }
    // Best context first, then nearest.
    candidates.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    match candidates.as_slice() {
        [] => Placement::Orphan,
        [(start, ..)] => place(text, *start, *start + len),
        [best, second, ..] if best.1 > second.1 || best.2 < second.2 => place(text, best.0, best.0 + len),
        _ => Placement::Orphan,
    }
}

fn place(text: &str, start: usize, end: usize) -> Placement {
    anchor(text, start, end).map_or(Placement::Orphan, Placement::Found)
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &str, b: &str) -> usize {
    a.chars().rev().zip(b.chars().rev()).take_while(|(x, y)| x == y).count()
}

/// The change between two versions of a text: the chars before `start` and after the
/// unchanged tail are the same in both. Covers one contiguous edit exactly; several edits
/// become one region spanning them.
struct Change {
    start: usize,
    old_end: usize,
    new_end: usize,
}

fn change(old: &[char], new: &[char]) -> Change {
    let start = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let max_tail = old.len().min(new.len()) - start;
    let tail = old.iter().rev().zip(new.iter().rev()).take(max_tail).take_while(|(a, b)| a == b).count();
    Change { start, old_end: old.len() - tail, new_end: new.len() - tail }
}

/// Where a claim at `[start, end)` of `old` lies in `new`.
pub fn after_edit(
    old: &str,
    new: &str,
    start: usize,
    end: usize,
    quote: &str,
    prefix: &str,
    suffix: &str,
) -> Placement {
    let old_chars: Vec<char> = old.chars().collect();
    let new_chars: Vec<char> = new.chars().collect();
    let c = change(&old_chars, &new_chars);
    let shift = |i: usize| i + c.new_end - c.old_end;
    // Untouched by the edit: the same words at the same or shifted offsets.
    if end <= c.start {
        return place(new, start, end);
    }
    if start >= c.old_end {
        return place(new, shift(start), shift(end));
    }
    // The edit touched the claim or its surroundings: look for the exact words first.
    if let found @ Placement::Found(_) = find_quote(new, quote, prefix, suffix, start) {
        return found;
    }
    // The words themselves changed (a typo fixed inside the quote): the claim now spans what
    // replaced them, if that is still recognisably the same text.
    let new_start = if start < c.start { start } else { c.start };
    let new_end = if end > c.old_end { shift(end) } else { c.new_end };
    if new_start >= new_end {
        return Placement::Orphan;
    }
    let span: String = new_chars[new_start..new_end].iter().collect();
    if strsim::normalized_levenshtein(quote, &span) >= MIN_SIMILARITY {
        place(new, new_start, new_end)
    } else {
        Placement::Orphan
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Trump said China “totally violated” the pact. Beijing said China “totally violated” nothing.";

    fn found(p: Placement) -> Anchor {
        match p {
            Placement::Found(a) => a,
            Placement::Orphan => panic!("orphaned"),
        }
    }

    #[test]
    fn repeated_quotes_are_told_apart_by_context_then_position() {
        let quote = "“totally violated”";
        let a = found(find_quote(TEXT, quote, "Trump said China ", " the pact", 0));
        assert_eq!(a.start, 17);
        let b = found(find_quote(TEXT, quote, "Beijing said China ", " nothing", 0));
        assert_eq!(b.start, 65);
        // No context: the nearer one wins.
        assert_eq!(found(find_quote(TEXT, quote, "", "", 60)).start, 65);
        // No context and equally far: not certain.
        assert_eq!(find_quote(TEXT, quote, "", "", 41), Placement::Orphan);
        assert_eq!(find_quote(TEXT, "not there", "", "", 0), Placement::Orphan);
    }

    #[test]
    fn edits_before_after_and_inside_a_claim() {
        let old = "The Ministry of Comerce warned Washington. Later, talks resumed.";
        let quote = "warned Washington";
        let (s, e) = (24, 41);
        assert_eq!(&old[s..e], quote);
        // A typo fixed before the claim shifts it by one.
        let new = old.replace("Comerce", "Commerce");
        let a = found(after_edit(old, &new, s, e, quote, "Ministry of Comerce ", ". Later"));
        assert_eq!((a.start, a.end, a.quote.as_str()), (25, 42, quote));
        // An edit after it leaves it in place.
        let new = old.replace("resumed", "restarted");
        assert_eq!(found(after_edit(old, &new, s, e, quote, "", "")).start, s);
        // A typo fixed inside the quote: the claim follows the corrected words.
        let old2 = "The ministry warnd Washington on Monday.";
        let new2 = "The ministry warned Washington on Monday.";
        let a = found(after_edit(old2, new2, 13, 29, "warnd Washington", "The ministry ", " on Monday"));
        assert_eq!(a.quote, "warned Washington");
        // The claim's sentence rewritten: it cannot be placed with certainty.
        let new3 = "The ministry praised Beijing on Monday.";
        assert_eq!(after_edit(old2, new3, 13, 29, "warnd Washington", "", ""), Placement::Orphan);
        // The claim's text deleted.
        assert_eq!(after_edit(old2, "The ministry on Monday.", 13, 29, "warnd Washington", "", ""), Placement::Orphan);
    }
}
