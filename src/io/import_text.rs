//! Importing plain-text and Markdown articles.

use std::path::Path;

use jiff::civil::Date;

use crate::model::{Article, ArticleId, text::normalize_newlines};

/// Articles larger than this are refused (a 300-page report is ~1 MB of text).
pub const MAX_ARTICLE_BYTES: u64 = 32 << 20;

#[derive(Debug, PartialEq, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}: {message}")]
    Io { path: String, message: String },
    #[error("{path} is empty")]
    Empty { path: String },
    #[error("{path} is {size} bytes, over the {limit}-byte limit for one article")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{path} looks like a binary file, not text")]
    Binary { path: String },
    #[error("{path} is not UTF-8 text; save it as UTF-8 and import it again")]
    NotUtf8 { path: String },
    #[error("{path}: Faultline imports .txt and .md files")]
    UnsupportedType { path: String },
}

/// Reads a `.txt` or `.md` file into a new article. The project is not touched: the caller adds
/// the article through the edit path.
pub fn import_file(path: &Path) -> Result<Article, ImportError> {
    let name = path.display().to_string();
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    if !matches!(ext.as_str(), "txt" | "md" | "markdown" | "text") {
        return Err(ImportError::UnsupportedType { path: name });
    }
    let io = |e: std::io::Error| ImportError::Io { path: name.clone(), message: e.to_string() };
    let meta = std::fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(ImportError::Io { path: name, message: "it is a folder".into() });
    }
    if meta.len() > MAX_ARTICLE_BYTES {
        return Err(ImportError::TooLarge { path: name, size: meta.len(), limit: MAX_ARTICLE_BYTES });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    parse_article(&bytes, &stem).map_err(|e| e.with_path(&name))
}

/// Why bytes cannot become an article, before a path is known.
#[derive(Debug, PartialEq)]
pub enum TextProblem {
    Empty,
    Binary,
    NotUtf8,
}

impl TextProblem {
    fn with_path(self, path: &str) -> ImportError {
        let path = path.to_owned();
        match self {
            TextProblem::Empty => ImportError::Empty { path },
            TextProblem::Binary => ImportError::Binary { path },
            TextProblem::NotUtf8 => ImportError::NotUtf8 { path },
        }
    }
}

/// Builds an article from file bytes: front matter (`---` ... `---` with `title:`, `author:`,
/// `outlet:`, `date:`, `url:`) when present, else the first heading or line as the title and a
/// "By ..." line near the top as the author.
pub fn parse_article(bytes: &[u8], fallback_title: &str) -> Result<Article, TextProblem> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(TextProblem::Empty);
    }
    if bytes.contains(&0) {
        return Err(TextProblem::Binary);
    }
    let raw = std::str::from_utf8(bytes).map_err(|_| TextProblem::NotUtf8)?;
    let text = normalize_newlines(raw.trim_start_matches('\u{feff}'));
    let mut article = Article {
        id: ArticleId::random(),
        title: String::new(),
        outlet: String::new(),
        author: String::new(),
        url: String::new(),
        published: None,
        notes: String::new(),
        text: String::new(),
    };
    let body = match split_front_matter(&text) {
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
        None => text.as_str(),
    };
    let body = body.trim_start_matches('\n');
    let body = if article.title.is_empty() {
        let (first, rest) = body.split_once('\n').unwrap_or((body, ""));
        article.title = first.trim().trim_start_matches('#').trim().to_owned();
        rest.trim_start_matches('\n')
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
    Ok(article)
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

    #[test]
    fn title_and_byline_from_plain_text() {
        let a = parse_article(
            "US-China Trade Tensions\r\n\r\nPhoto of author\r\n\r\nBy Michael Zhang\r\n\r\nBody “text”.\r\n".as_bytes(),
            "x",
        )
        .unwrap();
        assert_eq!(a.title, "US-China Trade Tensions");
        assert_eq!(a.author, "Michael Zhang");
        assert_eq!(a.text, "Photo of author\n\nBy Michael Zhang\n\nBody “text”.");
    }

    #[test]
    fn front_matter_and_markdown_heading() {
        let md = "---\ntitle: \"Truce crumbles\"\nauthor: M. Zhang\noutlet: Example News\ndate: 2025-06-02\nurl: https://example.org/a\n---\n\nFirst paragraph.\n";
        let a = parse_article(md.as_bytes(), "x").unwrap();
        assert_eq!(
            (a.title.as_str(), a.author.as_str(), a.outlet.as_str()),
            ("Truce crumbles", "M. Zhang", "Example News")
        );
        assert_eq!(a.published, Some(jiff::civil::date(2025, 6, 2)));
        assert_eq!(a.url, "https://example.org/a");
        assert_eq!(a.text, "First paragraph.");
        let b = parse_article(b"# Heading\n\nBody", "x").unwrap();
        assert_eq!((b.title.as_str(), b.text.as_str()), ("Heading", "Body"));
    }

    #[test]
    fn bad_bytes_are_refused() {
        assert_eq!(parse_article(b"  \n", "x"), Err(TextProblem::Empty));
        assert_eq!(parse_article(b"\x00\x01PNG", "x"), Err(TextProblem::Binary));
        assert_eq!(parse_article(b"caf\xe9", "x"), Err(TextProblem::NotUtf8));
        let one = parse_article(b"Only a line\n", "x").unwrap();
        assert_eq!((one.title.as_str(), one.text.as_str()), ("Only a line", "Only a line"));
    }
}
