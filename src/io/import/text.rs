//! Plain-text and Markdown articles: title, byline and front matter from already-decoded text.

use jiff::civil::Date;

use super::{MAX_TITLE_CHARS, short_title};
use crate::model::{Article, ArticleId};

/// Builds an article from decoded, newline-normalised text: front matter (`---` ... `---` with
/// `title:`, `author:`, `outlet:`, `date:`, `url:`) when present, else the first heading or line
/// as the title and a "By ..." line near the top as the author. A first line too long to be a
/// title is a paragraph: it stays in the text and a shortened copy becomes the title.
pub fn parse_article(text: &str, fallback_title: &str) -> Article {
    let mut article = Article {
        id: ArticleId::random(),
        title: String::new(),
        outlet: String::new(),
        reliability: None,
        author: String::new(),
        url: String::new(),
        published: None,
        notes: String::new(),
        text: String::new(),
        dismissed_suggestions: Default::default(),
    };
    let body = match split_front_matter(text) {
        Some((front, body)) => {
            for line in front.lines() {
                let Some((key, value)) = line.split_once(':') else { continue };
                let value = value.trim().trim_matches('"').trim_matches('\'').to_owned();
                match key.trim().to_ascii_lowercase().as_str() {
                    "title" => article.title = value,
                    "author" | "byline" => article.author = value,
                    "outlet" | "source" | "publisher" | "site" => article.outlet = value,
                    "url" | "link" | "canonical" => article.url = value,
                    "date" | "published" => article.published = value.get(..10).and_then(|d| d.parse::<Date>().ok()),
                    _ => {}
                }
            }
            body
        }
        None => text,
    };
    let body = body.trim_start_matches('\n');
    let body = if article.title.is_empty() {
        let (first, rest) = body.split_once('\n').unwrap_or((body, ""));
        article.title = short_title(first.trim().trim_start_matches('#'));
        if first.chars().count() > MAX_TITLE_CHARS { body } else { rest.trim_start_matches('\n') }
    } else {
        body
    };
    if article.author.is_empty() {
        article.author = byline(body).unwrap_or_default();
    }
    if article.title.is_empty() {
        article.title = fallback_title.to_owned();
    }
    article.text = body.trim_end().to_owned();
    if article.text.is_empty() {
        // A one-line file is all text: its line is both the title and the body.
        article.text = article.title.clone();
    }
    article
}

fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("---\n")?;
    let end = rest.find("\n---")?;
    let body = rest[end + 4..].split_once('\n').map_or("", |(_, b)| b);
    Some((&rest[..end], body))
}

/// A "By Jane Doe" line among the first few lines.
fn byline(body: &str) -> Option<String> {
    body.lines().take(6).find_map(|l| {
        let name = l.trim().strip_prefix("By ")?.trim();
        (!name.is_empty() && name.len() < 80).then(|| name.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::import::{Format, TextProblem, import_bytes};

    /// Through the dispatcher, as a file's bytes arrive.
    fn parse(bytes: &[u8]) -> Result<Article, TextProblem> {
        import_bytes(bytes, Format::Text, "x").map(|i| i.article)
    }

    #[test]
    fn title_and_byline_from_plain_text() {
        let a = parse(
            "US-China Trade Tensions\r\n\r\nPhoto of author\r\n\r\nBy Michael Zhang\r\n\r\nBody “text”.\r\n".as_bytes(),
        )
        .unwrap();
        assert_eq!(a.title, "US-China Trade Tensions");
        assert_eq!(a.author, "Michael Zhang");
        assert_eq!(a.text, "Photo of author\n\nBy Michael Zhang\n\nBody “text”.");
    }

    #[test]
    fn front_matter_and_markdown_heading() {
        let md = "---\ntitle: \"Truce crumbles\"\nauthor: M. Zhang\noutlet: Example News\ndate: 2025-06-02\nurl: https://example.org/a\n---\n\nFirst paragraph.\n";
        let a = parse_article(md, "x");
        assert_eq!(
            (a.title.as_str(), a.author.as_str(), a.outlet.as_str()),
            ("Truce crumbles", "M. Zhang", "Example News")
        );
        assert_eq!(a.published, Some(jiff::civil::date(2025, 6, 2)));
        assert_eq!(a.url, "https://example.org/a");
        assert_eq!(a.text, "First paragraph.");
        let b = parse_article("# Heading\n\nBody", "x");
        assert_eq!((b.title.as_str(), b.text.as_str()), ("Heading", "Body"));
    }

    #[test]
    fn bad_bytes_are_refused() {
        assert_eq!(parse(b"  \n"), Err(TextProblem::Empty));
        assert_eq!(parse(b"\x00\x01PNG"), Err(TextProblem::Binary));
        // Not UTF-8: decoded as Windows-1252 (the notice is tested with the decoder).
        assert_eq!(parse(b"caf\xe9").unwrap().title, "café");
        let one = parse(b"Only a line\n").unwrap();
        assert_eq!((one.title.as_str(), one.text.as_str()), ("Only a line", "Only a line"));
    }

    #[test]
    fn a_paragraph_first_line_stays_in_the_text() {
        let para = format!("{} and the talks resumed.", "Officials met again ".repeat(10));
        let a = parse_article(&format!("{para}\n\nSecond paragraph."), "x");
        assert!(a.title.ends_with('…') && para.starts_with(a.title.trim_end_matches('…')), "{}", a.title);
        assert_eq!(a.text, format!("{para}\n\nSecond paragraph."));
    }
}
