//! The one way files become articles, for the GUI, the command line and drag-and-drop alike:
//! `read_path` picks the reader, decodes the bytes, and reports what the analyst should know
//! about the result (notices) or why there is none (errors). One file per reader below.

use std::path::Path;

use crate::model::Article;

pub mod decode;
pub mod documents;
pub mod docx;
pub mod factiva;
mod factiva_head;
mod factiva_rtf;
pub mod folders;
pub mod html;
mod html_fallback;
mod html_meta;
mod html_title;
pub mod invisible;
mod nesting;
mod news;
pub mod nexis;
pub mod pdf;
mod published;
pub mod qdpx;
mod rtf;
pub mod text;

use decode::Declared;
use qdpx::QdpxImport;

/// Articles larger than this are refused (a 300-page report is ~1 MB of text; a saved news page
/// with inline scripts and styles rarely passes 5 MB).
pub const MAX_ARTICLE_BYTES: u64 = 32 << 20;

/// Titles longer than this are cut at a word: a first line that long is a paragraph, not a title.
pub const MAX_TITLE_CHARS: usize = 150;

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
    #[error("{path} holds no article text")]
    NoArticleText { path: String },
    #[error(
        "{path} holds no article text: it has {found}. If the article is behind a login or loaded by a script, \
         open it in a browser, let it load, and save it again (Save Page As, Web Page, Complete), \
         or copy its text and paste it into Faultline"
    )]
    NotAnArticle { path: String, found: String },
    #[error(
        "{path}: Faultline imports .txt, .md, .html, .pdf and .docx files, news-database exports and .qdpx projects"
    )]
    UnsupportedType { path: String },
}

/// Why bytes cannot become an article, before a path is known.
#[derive(Debug, PartialEq)]
pub enum TextProblem {
    Empty,
    Binary,
    NoArticleText,
    /// A page with no article in it; says what it holds instead ("only 12 short lines of ...").
    NotAnArticle(String),
}

impl TextProblem {
    pub fn with_path(self, path: &str) -> ImportError {
        let path = path.to_owned();
        match self {
            TextProblem::Empty => ImportError::Empty { path },
            TextProblem::Binary => ImportError::Binary { path },
            TextProblem::NoArticleText => ImportError::NoArticleText { path },
            TextProblem::NotAnArticle(found) => ImportError::NotAnArticle { path, found },
        }
    }
}

/// A new article (not yet in any project) and what the analyst should be told about it, e.g.
/// "decoded as Windows-1252".
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub article: Article,
    pub notices: Vec<String>,
}

/// The kinds of file Faultline reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text or Markdown (front matter, first heading or line as the title).
    Text,
    /// A saved web page: main content extracted, metadata from the page.
    Html,
}

impl Format {
    /// The format of a file, by its extension (any case).
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" | "md" | "markdown" => Some(Format::Text),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// What reading one file gave, not yet added to any project.
pub enum Incoming {
    /// Articles to add through the edit path.
    Articles(Vec<Imported>),
    /// A REFI-QDA project: sources, codes and codings to merge.
    Qdpx(QdpxImport),
}

/// Reads any file Faultline imports: a REFI-QDA `.qdpx` project, or articles. Every caller (the
/// workbench's Import, drag-and-drop, `faultline import`) comes through here. PDFs, Word files,
/// REFI-QDA projects and news-database exports are told by their content
/// ([`documents::read_document`]), whatever their name; the rest by extension.
pub fn read_path(path: &Path) -> Result<Incoming, String> {
    if let Some(read) = documents::read_document(path) {
        return read.map(|incoming| match incoming {
            Incoming::Articles(mut articles) => {
                articles.iter_mut().for_each(|i| clean_invisible(&mut i.article));
                Incoming::Articles(articles)
            }
            qdpx => qdpx,
        });
    }
    import_file(path).map(|i| Incoming::Articles(vec![i])).map_err(|e| e.to_string())
}

/// Reads a `.txt`, `.md` or `.html` file into a new article. The project is not touched: the
/// caller adds the article through the edit path (and may first ask `find_duplicate`).
pub fn import_file(path: &Path) -> Result<Imported, ImportError> {
    let name = path.display().to_string();
    if path.is_dir() {
        return Err(ImportError::Io { message: folders::empty_folder_reason(path), path: name });
    }
    let format = Format::of(path).ok_or_else(|| ImportError::UnsupportedType { path: name.clone() })?;
    let bytes = crate::io::read::read_capped(path, MAX_ARTICLE_BYTES).map_err(|e| match e {
        crate::io::read::ReadError::TooLarge { read, limit } => {
            ImportError::TooLarge { path: name.clone(), size: read, limit }
        }
        e => ImportError::Io { path: name.clone(), message: e.to_string() },
    })?;
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    import_bytes(&bytes, format, &stem).map_err(|e| e.with_path(&name))
}

/// Builds an article from a file's bytes; `fallback_title` (the file name) is used when the
/// content names none. Invisible characters are removed from every text field (`invisible`).
pub fn import_bytes(bytes: &[u8], format: Format, fallback_title: &str) -> Result<Imported, TextProblem> {
    let mut imported = read_bytes(bytes, format, fallback_title)?;
    clean_invisible(&mut imported.article);
    // A text of nothing but invisible characters is no text.
    if imported.article.text.trim().is_empty() {
        return Err(TextProblem::NoArticleText);
    }
    if imported.article.title.trim().is_empty() {
        imported.article.title = short_title(fallback_title);
    }
    Ok(imported)
}

fn read_bytes(bytes: &[u8], format: Format, fallback_title: &str) -> Result<Imported, TextProblem> {
    match format {
        Format::Text => {
            let decoded = decode::decode(bytes, Declared::None)?;
            let article = text::parse_article(&decoded.text, fallback_title);
            Ok(Imported { article, notices: decoded.notice.into_iter().collect() })
        }
        Format::Html => {
            let decoded = decode::decode(bytes, decode::html_charset(bytes))?;
            let mut imported = html::parse_html(&decoded.text, fallback_title)?;
            if let Some(notice) = decoded.notice {
                imported.notices.insert(0, notice);
            }
            Ok(imported)
        }
    }
}

/// An article from text pasted into the app: the same rules as a `.txt` file (title from the
/// first line unless that line is a whole paragraph), with the same refusals.
pub fn article_from_pasted_text(text: &str) -> Result<Article, ImportError> {
    const NAME: &str = "the pasted text";
    let size = text.len() as u64;
    if size > MAX_ARTICLE_BYTES {
        return Err(ImportError::TooLarge { path: NAME.into(), size, limit: MAX_ARTICLE_BYTES });
    }
    let decoded = decode::decode(text.as_bytes(), Declared::None).map_err(|e| e.with_path(NAME))?;
    let mut article = text::parse_article(&decoded.text, "Pasted text");
    clean_invisible(&mut article);
    Ok(article)
}

/// Removes invisible characters from what the analyst reads and matches: before any claim
/// anchors in the text, so no offset moves.
fn clean_invisible(article: &mut Article) {
    for field in [&mut article.text, &mut article.title, &mut article.author, &mut article.outlet] {
        if let std::borrow::Cow::Owned(clean) = invisible::clean(field) {
            *field = clean;
        }
    }
}

/// `title` on one line, cut at a word boundary with an ellipsis when over `MAX_TITLE_CHARS`.
pub fn short_title(title: &str) -> String {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if title.chars().count() <= MAX_TITLE_CHARS {
        return title;
    }
    let cut: String = title.chars().take(MAX_TITLE_CHARS).collect();
    // Cut at the last space unless that loses most of the title (CJK text has no spaces).
    let kept = match cut.rfind(' ') {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", kept.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::of(Path::new("a/b.HTM")), Some(Format::Html));
        assert_eq!(Format::of(Path::new("b.markdown")), Some(Format::Text));
        assert_eq!(Format::of(Path::new("b.pdf")), None);
        assert_eq!(Format::of(Path::new("README")), None);
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        assert_eq!(short_title("  Truce\tcrumbles  "), "Truce crumbles");
        let long = "word ".repeat(60);
        let t = short_title(&long);
        assert!(t.ends_with("word…"), "{t}");
        assert!(t.chars().count() <= MAX_TITLE_CHARS + 1);
        let cjk = "稀".repeat(200);
        assert_eq!(short_title(&cjk).chars().count(), MAX_TITLE_CHARS + 1);
    }
}
