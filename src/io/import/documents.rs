//! Which reader a file needs, told from its content rather than its name: a PDF by its `%PDF-`
//! header, a zip archive by its members (a REFI-QDA project or a Word document, which may be a
//! Nexis Uni export), a Nexis plain-text export by its "N of M DOCUMENTS" lines, a Factiva
//! HTML export by its field-coded article tables, and RTF by its `{\rtf` header (a Factiva RTF
//! export, or any other RTF document as one article). Anything else is left to the text and
//! web-page readers.

use std::io::{Cursor, Read};
use std::path::Path;

use super::{
    Imported, Incoming, TextProblem, decode, docx, factiva, factiva_rtf, nexis, pdf, qdpx, rtf, short_title, text,
};
use crate::model::text::normalize_newlines;
use crate::model::{Article, ArticleId};

/// PDFs and Word files carry images, so they may be far larger than their text.
pub const MAX_DOCUMENT_BYTES: u64 = 256 << 20;

/// The articles (or project) in `path` when its content is one of the formats above; `None`
/// for everything else, including files that cannot be opened (the text reader says why).
pub fn read_document(path: &Path) -> Option<Result<Incoming, String>> {
    let name = path.display().to_string();
    // Folders, pipes and devices are the text reader's to refuse by name (opening a pipe here
    // would wait for a writer forever); so is a file too large to be an article.
    let meta = std::fs::metadata(path).ok().filter(std::fs::Metadata::is_file)?;
    let mut head = [0u8; 1024];
    let read = std::fs::File::open(path).and_then(|mut f| f.read(&mut head)).ok()?;
    let head = &head[..read];
    let named = |message: String| format!("{name}: {message}");
    if head.windows(5).any(|w| w == b"%PDF-") {
        return Some(whole(path, &name).and_then(|b| pdf::read_pdf(&b, &stem(path)).map_err(named)).map(one));
    }
    if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
        return Some(whole(path, &name).and_then(|b| read_zip(&b, &stem(path)).map_err(named)));
    }
    if rtf::is_rtf(head) {
        return Some(whole(path, &name).and_then(|b| read_rtf(&b, &stem(path)).map_err(named)));
    }
    if let Some(message) = misnamed(path) {
        return Some(Err(format!("{name} {message}")));
    }
    if meta.len() > super::MAX_ARTICLE_BYTES {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    let text = decode::decode(&bytes, decode::html_charset(&bytes)).ok()?.text;
    let read = if nexis::is_text_export(&text) {
        nexis::read_text_export(&text)
    } else if factiva::is_export(&text) {
        factiva::read_export(&text)
    } else {
        return None;
    };
    Some(read.map(Incoming::Articles).map_err(named))
}

/// An RTF file: a Factiva export's articles, or any other RTF document as one article.
fn read_rtf(bytes: &[u8], fallback_title: &str) -> Result<Incoming, String> {
    if let Some(export) = factiva_rtf::read_export(bytes) {
        return export.map(Incoming::Articles);
    }
    let text = normalize_newlines(&rtf::to_text(bytes));
    if text.trim().is_empty() {
        return Err("the RTF document holds no text".into());
    }
    Ok(one(Imported { article: text::parse_article(&text, fallback_title), notices: Vec::new() }))
}

/// What to say about a file named as one of the formats above whose content is not that format.
fn misnamed(path: &Path) -> Option<&'static str> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "pdf" => Some("is not a PDF: it does not start with %PDF- (it may be damaged or only partly downloaded)"),
        "docx" => Some("is not a Word document: it is not a zip archive (an old .doc file? save it as .docx)"),
        "qdpx" => Some("is not a REFI-QDA project: it is not a zip archive"),
        "rtf" => {
            Some("is not an RTF document: it does not start with {\\rtf (it may be damaged or only partly downloaded)")
        }
        _ => None,
    }
}

fn one(imported: Imported) -> Incoming {
    Incoming::Articles(vec![imported])
}

fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

fn whole(path: &Path, name: &str) -> Result<Vec<u8>, String> {
    let size = std::fs::metadata(path).map_err(|e| format!("cannot read {name}: {e}"))?.len();
    if size > MAX_DOCUMENT_BYTES {
        return Err(format!("{name} is {size} bytes, over the {MAX_DOCUMENT_BYTES}-byte limit for one document"));
    }
    std::fs::read(path).map_err(|e| format!("cannot read {name}: {e}"))
}

/// A zip archive: a REFI-QDA project, a Nexis Uni export or any other Word document.
pub fn read_zip(bytes: &[u8], fallback_title: &str) -> Result<Incoming, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("it is a damaged zip archive or Word file ({e}); nothing was imported"))?;
    if zip.index_for_name("project.qde").is_some() {
        return qdpx::parse_qdpx(bytes).map(Incoming::Qdpx).map_err(|e| format!("not a usable REFI-QDA project: {e}"));
    }
    if zip.index_for_name("word/document.xml").is_none() {
        return Err("it is a zip archive but neither a Word document nor a REFI-QDA project".into());
    }
    let docx = docx::read_docx(&mut zip)?;
    if nexis::is_uni_export(&docx.paragraphs) {
        return nexis::read_uni_export(&docx.paragraphs).map(Incoming::Articles);
    }
    word_article(docx, fallback_title).map(one).map_err(|_| "the Word document holds no text".into())
}

/// One article from a Word document: its title from the document properties, else its first
/// heading, else its first line; the created date as the publication date, said in a notice.
fn word_article(docx: docx::Docx, fallback_title: &str) -> Result<Imported, TextProblem> {
    let text = docx.text();
    if text.trim().is_empty() {
        return Err(TextProblem::NoArticleText);
    }
    let title = [
        docx.title.as_str(),
        docx.first_heading.map_or("", |i| &docx.paragraphs[i]),
        docx.paragraphs.first().map_or("", String::as_str),
    ]
    .into_iter()
    .map(short_title)
    .find(|t| !t.is_empty())
    .unwrap_or_else(|| fallback_title.to_owned());
    let mut notices = Vec::new();
    if let Some(created) = docx.created {
        notices.push(format!("publication date {created} is the Word file's creation date: check it"));
    }
    let article = Article {
        id: ArticleId::random(),
        title,
        outlet: String::new(),
        reliability: None,
        author: docx.author,
        url: String::new(),
        published: docx.created,
        notes: String::new(),
        text,
        dismissed_suggestions: Default::default(),
    };
    Ok(Imported { article, notices })
}
