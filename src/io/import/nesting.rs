//! A cap on how deeply a page's elements nest, applied to the raw HTML before it is parsed, so
//! that parsing and extraction stay linear in the page's size.
//!
//! The HTML parser checks the stack of open elements at every tag, and Readability walks every
//! element's ancestors: both cost the nesting depth per element, so a page of 16,000 nested
//! `<div>`s took 26 s and 100,000 never finished. Real news pages nest 20 to 60 deep. Past
//! `MAX_DEPTH` open elements, further start tags (and as many end tags) are dropped: their text is
//! kept, flattened into the element at the cap. Pages within the cap are passed through untouched.
//! Elements whose end tag HTML lets authors omit (`<p>`, `<li>`, `<td>`...) and void elements
//! (`<br>`, `<img>`...) do not count, so sloppy but ordinary markup is never flattened.

use std::borrow::Cow;

/// Open elements allowed before deeper tags are dropped.
pub const MAX_DEPTH: usize = 256;

/// Elements that never have an end tag, or whose end tag is often left out.
const UNCOUNTED: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "p", "li",
    "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
    "html", "head", "body",
];

/// Elements whose content is raw text, where a `<` is not a tag.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noembed", "noframes"];

/// `html` with elements nested deeper than `MAX_DEPTH` flattened (borrowed back when none are).
pub fn cap_depth(html: &str) -> Cow<'_, str> {
    let mut depth = 0usize;
    let mut dropped: Vec<(usize, usize)> = Vec::new();
    for tag in (Tags { html, at: 0 }) {
        if tag.void_or_uncounted {
            continue;
        }
        if tag.closing {
            if depth > MAX_DEPTH {
                dropped.push((tag.start, tag.end));
            }
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            if depth > MAX_DEPTH {
                dropped.push((tag.start, tag.end));
            }
        }
    }
    if dropped.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in dropped {
        out.push_str(&html[from..start]);
        from = end;
    }
    out.push_str(&html[from..]);
    Cow::Owned(out)
}

/// One start or end tag found in the page, as byte offsets.
struct Tag {
    start: usize,
    end: usize,
    closing: bool,
    void_or_uncounted: bool,
}

/// The tags of a page, skipping comments, doctypes and raw-text content, in one pass.
struct Tags<'a> {
    html: &'a str,
    at: usize,
}

impl Iterator for Tags<'_> {
    type Item = Tag;

    fn next(&mut self) -> Option<Tag> {
        let bytes = self.html.as_bytes();
        loop {
            let start = self.at + self.html.get(self.at..)?.find('<')?;
            let rest = &self.html[start..];
            if rest.starts_with("<!--") {
                self.at = rest.find("-->").map_or(self.html.len(), |i| start + i + 3);
                continue;
            }
            let closing = rest.starts_with("</");
            let name_from = start + if closing { 2 } else { 1 };
            let name_len = bytes[name_from..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            if name_len == 0 || !bytes[name_from].is_ascii_alphabetic() {
                // `<!doctype>`, `<?xml?>` or a lone `<` in text.
                self.at = start + 1;
                continue;
            }
            let name = self.html[name_from..name_from + name_len].to_ascii_lowercase();
            let end = tag_end(bytes, name_from + name_len);
            self.at = end;
            let self_closing = bytes[..end].ends_with(b"/>");
            if !closing && RAW_TEXT.contains(&name.as_str()) {
                let close = format!("</{name}");
                self.at = find_ignoring_case(self.html, end, &close).unwrap_or(self.html.len());
            }
            let void_or_uncounted =
                self_closing || UNCOUNTED.contains(&name.as_str()) || RAW_TEXT.contains(&name.as_str());
            return Some(Tag { start, end, closing, void_or_uncounted });
        }
    }
}

/// The byte after a tag's `>`, skipping `>` inside quoted attribute values.
fn tag_end(bytes: &[u8], mut i: usize) -> usize {
    let mut quote = None;
    while i < bytes.len() {
        match (quote, bytes[i]) {
            (None, b'"' | b'\'') => quote = Some(bytes[i]),
            (Some(q), b) if b == q => quote = None,
            (None, b'>') => return i + 1,
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

fn find_ignoring_case(haystack: &str, from: usize, needle: &str) -> Option<usize> {
    let bytes = haystack.as_bytes();
    let needle = needle.as_bytes();
    (from..bytes.len().saturating_sub(needle.len() - 1))
        .find(|&i| bytes[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(depth: usize) -> String {
        format!("<html><body>{}deep text{}</body></html>", "<div>".repeat(depth), "</div>".repeat(depth))
    }

    #[test]
    fn ordinary_pages_pass_through_untouched() {
        let page = "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul><br><img src='a>b'></div>\
                    <script>if (a<b) document.write('<div>')</script><!-- <div> --></body></html>";
        assert!(matches!(cap_depth(page), Cow::Borrowed(_)));
        assert!(matches!(cap_depth(&nested(MAX_DEPTH)), Cow::Borrowed(_)));
    }

    #[test]
    fn tags_past_the_cap_are_dropped_and_their_text_kept() {
        let page = nested(MAX_DEPTH + 500);
        let capped = cap_depth(&page);
        assert_eq!(capped.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert!(capped.contains("deep text"));
    }

    #[test]
    fn unclosed_and_stray_tags_never_panic() {
        for page in ["<div", "</", "<di\"v>", "<script>never closed", "</div></div><div>", "<a href='x", "<é>"] {
            let _ = cap_depth(page);
        }
    }
}
