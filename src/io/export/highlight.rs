//! An article's text cut into segments at every claim boundary, so that overlapping claims can
//! be highlighted with plain, non-nested `<mark>` elements in both reports.

use crate::model::{Article, Claim, Project};

use super::markup::escape_markup;
use super::report::{claim_colour, tag_names};

/// A run of text covered by the same claims.
struct Segment<'a> {
    text: &'a str,
    /// Indices into the claims passed to [`segments`], outermost (longest) first.
    claims: Vec<usize>,
}

fn segments<'a>(text: &'a str, claims: &[&Claim]) -> Vec<Segment<'a>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_of = |c: usize| chars.get(c).map_or(text.len(), |&(b, _)| b);
    let mut cuts: Vec<usize> = vec![0, chars.len()];
    for c in claims {
        // Claims outside the text (a damaged file) are not highlighted rather than guessed at.
        if c.start < c.end && c.end <= chars.len() {
            cuts.extend([c.start, c.end]);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let mut covering: Vec<usize> =
                (0..claims.len()).filter(|&i| claims[i].start <= w[0] && w[1] <= claims[i].end).collect();
            covering.sort_by_key(|&i| std::cmp::Reverse(claims[i].end - claims[i].start));
            Segment { text: &text[byte_of(w[0])..byte_of(w[1])], claims: covering }
        })
        .collect()
}

/// The article's text as inline HTML: every claim in a `<mark>` filled with its first tag's
/// colour; where claims overlap the innermost gives the fill and the outer one an underline, as
/// in the workbench's reader. `escape` makes plain text safe for the target document. Marks are
/// closed at line ends, so that Markdown paragraphs never cut through an open element.
/// `claims` are the article's claims.
pub fn highlighted(p: &Project, article: &Article, claims: &[&Claim], escape: fn(&str) -> String) -> String {
    let mut out = String::with_capacity(article.text.len() * 2);
    for seg in segments(&article.text, claims) {
        let Some(&inner) = seg.claims.last() else {
            out.push_str(&escape(seg.text));
            continue;
        };
        let fill = claim_colour(p, claims[inner]).map_or_else(|| "#dddddd".to_owned(), |c| c.to_string());
        let mut style = format!("background-color:{fill}");
        if let Some(outer) = seg.claims.first().filter(|_| seg.claims.len() > 1) {
            let line = claim_colour(p, claims[*outer]).map_or_else(|| "#888888".to_owned(), |c| c.to_string());
            style.push_str(&format!(";text-decoration:underline 2px {line}"));
        }
        let title = escape_markup(&tag_names(p, &claims[inner].tags));
        for (i, line) in seg.text.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            if !line.is_empty() {
                out.push_str(&format!("<mark style=\"{style}\" title=\"{title}\">{}</mark>", escape(line)));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleId, text::anchor};

    #[test]
    fn overlapping_claims_split_into_segments() {
        let text = "abcdefghij";
        let outer = Claim::new(ArticleId::from_raw(1), anchor(text, 1, 8).unwrap());
        let inner = Claim::new(ArticleId::from_raw(1), anchor(text, 3, 5).unwrap());
        let segs = segments(text, &[&outer, &inner]);
        let parts: Vec<(&str, Vec<usize>)> = segs.iter().map(|s| (s.text, s.claims.clone())).collect();
        assert_eq!(parts, vec![("a", vec![]), ("bc", vec![0]), ("de", vec![0, 1]), ("fgh", vec![0]), ("ij", vec![])]);
    }

    #[test]
    fn segments_cut_by_chars_not_bytes() {
        let text = "“协议” ok";
        let c = Claim::new(ArticleId::from_raw(1), anchor(text, 1, 3).unwrap());
        let segs = segments(text, &[&c]);
        assert_eq!(segs.iter().map(|s| s.text).collect::<Vec<_>>(), ["“", "协议", "” ok"]);
    }
}
