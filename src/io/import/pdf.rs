//! PDF documents as one article each, through the pdf-extract crate (on lopdf): text in reading
//! order worked out from where each glyph lands on the page (columns read one after another,
//! whatever order the producer drew them in; `pdf/columns.rs`), words
//! split at a line-end hyphen joined, lines of a paragraph joined, running headers, footers and
//! page numbers dropped by their place on the page; title, author and date from the document information dictionary, else
//! its XMP metadata.
//!
//! PDF parsers meet hostile and broken files, so the crate runs on its own thread behind
//! `catch_unwind` with a time limit: a panic or a file that takes too long is a message, never a
//! crash or a hang.

mod clean;
mod columns;
mod glyphs;
mod lines;
mod running;
mod xmp;

use std::sync::mpsc;
use std::time::Duration;

use jiff::civil::Date;
use pdf_extract::{Document, Object};

use super::{Imported, short_title};
use crate::model::{Article, ArticleId};

/// Longer than this and a PDF is a book or a report collection, not an article.
pub const MAX_PDF_PAGES: usize = 300;

/// How long reading one PDF may take before it is given up.
const TIME_LIMIT: Duration = Duration::from_secs(30);

/// What the document says about itself.
#[derive(Debug, Default, PartialEq)]
struct Info {
    title: String,
    author: String,
    date: Option<Date>,
    /// Some page's MediaBox is too big (or not a number) to be a page.
    impossible_page_size: bool,
    /// How many pages the reader gave up on.
    unreadable_pages: usize,
}

/// Reads a PDF's bytes into one article; `fallback_title` (the file name) when it names none.
pub fn read_pdf(bytes: &[u8], fallback_title: &str) -> Result<Imported, String> {
    let (tx, rx) = mpsc::channel();
    let bytes = bytes.to_vec();
    std::thread::Builder::new()
        .name("pdf import".into())
        .spawn(move || {
            let read = std::panic::catch_unwind(move || extract(bytes));
            let _ = tx.send(read);
        })
        .map_err(|e| format!("cannot start reading the PDF ({e})"))?;
    let (pages, info) = match rx.recv_timeout(TIME_LIMIT) {
        Ok(Ok(read)) => read?,
        Ok(Err(_)) => {
            return Err("the PDF is damaged in a way its reader could not handle; nothing was imported".into());
        }
        Err(_) => {
            return Err(format!(
                "reading the PDF took over {} s, so it was stopped; it may be damaged",
                TIME_LIMIT.as_secs()
            ));
        }
    };
    let text = clean::article_text(&pages);
    // Fewer than three words is no article; say why the text is missing, most specific first.
    if text.split_whitespace().nth(2).is_none() {
        return Err(if info.unreadable_pages > 0 {
            format!(
                "the PDF's pages are damaged ({} of {} could not be read) and no text was found on the rest; nothing was imported",
                info.unreadable_pages,
                pages.len()
            )
        } else if info.impossible_page_size {
            "the PDF's pages claim an impossible size (a broken MediaBox) and no text could be read from them: open it in a PDF viewer, print it to a new PDF, and import that".into()
        } else {
            "the PDF has no text layer (a scan or images only): run it through OCR first, then import the result".into()
        });
    }
    let title = [info.title.as_str(), text.lines().next().unwrap_or("")]
        .into_iter()
        .map(short_title)
        .find(|t| !t.is_empty() && !looks_like_file_name(t))
        .unwrap_or_else(|| fallback_title.to_owned());
    let article = Article {
        id: ArticleId::random(),
        title,
        outlet: String::new(),
        reliability: None,
        author: info.author,
        url: String::new(),
        published: info.date,
        notes: String::new(),
        text,
        dismissed_suggestions: Default::default(),
    };
    let mut notices = vec![format!("{} pages of PDF text", pages.len())];
    if info.unreadable_pages > 0 {
        let (lost, all) = (info.unreadable_pages, pages.len());
        notices.push(format!("pages too damaged to read: {lost} of {all}; their text is missing"));
    }
    if info.impossible_page_size {
        notices.push("the PDF's pages claim an impossible size (a broken MediaBox): check the text's order".into());
    }
    if let Some(date) = info.date {
        notices.push(format!("publication date {date} is the PDF's creation date: check it"));
    }
    Ok(Imported { article, notices })
}

/// Producers often put the source file's name in the title ("Microsoft Word - brief.docx").
fn looks_like_file_name(title: &str) -> bool {
    let lower = title.to_ascii_lowercase();
    lower.starts_with("microsoft word - ")
        || [".doc", ".docx", ".odt", ".tex", ".dvi", ".html", ".htm", ".pdf", ".indd", ".rtf"]
            .iter()
            .any(|ext| lower.ends_with(ext))
}

/// The text of each page and the document's own description of itself.
fn extract(bytes: Vec<u8>) -> Result<(Vec<String>, Info), String> {
    let mut doc = Document::load_mem(&bytes).map_err(|e| format!("it is not a readable PDF ({e})"))?;
    // Many PDFs are "encrypted" only to restrict printing, with an empty user password.
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(
            "the PDF is protected by a password: open it in a PDF viewer, save an unprotected copy, and import that"
                .into(),
        );
    }
    let pages = doc.get_pages();
    if pages.len() > MAX_PDF_PAGES {
        return Err(format!(
            "the PDF has {} pages; Faultline takes PDFs of up to {MAX_PDF_PAGES} pages as one article: split it (for example with `pdfseparate` or a viewer's print to PDF of a page range) and import the parts",
            pages.len()
        ));
    }
    let mut collector = glyphs::Collector::default();
    let mut unreadable_pages = 0;
    let mut read: Vec<(Vec<lines::Piece>, Vec<Vec<lines::Piece>>)> = Vec::with_capacity(pages.len());
    for &number in pages.keys() {
        // A page that cannot be read (pdf-extract panics on one without a MediaBox) loses its
        // own text, not the document's.
        collector.glyphs.clear();
        // Nothing is shared past the page: its half-collected glyphs are dropped below.
        let page = std::panic::AssertUnwindSafe(|| pdf_extract::output_doc_page(&doc, &mut collector, number));
        if std::panic::catch_unwind(page).is_err() {
            collector.glyphs.clear();
            unreadable_pages += 1;
        }
        read.push(lines::pieces(&collector.glyphs));
    }
    let (mut pieces, rotated): (Vec<_>, Vec<_>) = read.into_iter().unzip();
    running::drop_running(&mut pieces);
    let texts = pieces
        .into_iter()
        .zip(rotated)
        .map(|(pieces, rotated)| {
            // Rotated text (a sideways table, a margin note) keeps its words and lines, not its
            // place: it follows the page's upright text.
            let texts = std::iter::once(pieces).chain(rotated).map(columns::page_text);
            texts.filter(|t| !t.is_empty()).collect::<Vec<_>>().join("\n\n")
        })
        .collect();
    Ok((texts, Info { impossible_page_size: collector.impossible_page_size, unreadable_pages, ..info(&doc) }))
}

/// Title, author and date from the document information dictionary, else from XMP.
fn info(doc: &Document) -> Info {
    let mut info = Info::default();
    let dict = doc.trailer.get(b"Info").ok().and_then(|i| match i {
        Object::Reference(id) => doc.get_dictionary(*id).ok(),
        Object::Dictionary(d) => Some(d),
        _ => None,
    });
    if let Some(dict) = dict {
        let field = |key: &[u8]| dict.get(key).ok().and_then(|o| o.as_str().ok()).map(text_string);
        info.title = field(b"Title").unwrap_or_default().trim().to_owned();
        info.author = field(b"Author").unwrap_or_default().trim().to_owned();
        info.date = field(b"CreationDate").and_then(|d| pdf_date(&d));
    }
    if let Some(xmp) = xmp(doc) {
        let xmp_info = xmp::read(&xmp);
        if info.title.is_empty() {
            info.title = xmp_info.title;
        }
        if info.author.is_empty() {
            info.author = xmp_info.author;
        }
        info.date = info.date.or(xmp_info.date);
    }
    info
}

/// The catalogue's XMP metadata stream, decompressed.
fn xmp(doc: &Document) -> Option<String> {
    let root = doc.trailer.get(b"Root").ok()?.as_reference().ok()?;
    let metadata = doc.get_dictionary(root).ok()?.get(b"Metadata").ok()?.as_reference().ok()?;
    let stream = doc.get_object(metadata).ok()?.as_stream().ok()?;
    let bytes = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

/// A PDF text string: UTF-16 with a byte-order mark, else PDFDocEncoding, which matches
/// Latin-1 for the letters titles use.
fn text_string(bytes: &[u8]) -> String {
    match bytes.strip_prefix(b"\xFE\xFF") {
        Some(utf16) => {
            let units: Vec<u16> = utf16.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
            String::from_utf16_lossy(&units)
        }
        None => match std::str::from_utf8(bytes) {
            Ok(s) => s.to_owned(),
            Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
        },
    }
}

/// A PDF date string, "D:20250602093000+02'00'", as its calendar day.
fn pdf_date(raw: &str) -> Option<Date> {
    let digits = raw.trim().strip_prefix("D:").unwrap_or(raw.trim());
    let part = |range: std::ops::Range<usize>| digits.get(range)?.parse::<i16>().ok();
    Date::new(part(0..4)?, part(4..6)? as i8, part(6..8)? as i8).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_dates_give_their_day() {
        assert_eq!(pdf_date("D:20250602093000+02'00'"), Some(jiff::civil::date(2025, 6, 2)));
        assert_eq!(pdf_date("20240229"), Some(jiff::civil::date(2024, 2, 29)));
        assert_eq!(pdf_date("D:2025"), None);
        assert_eq!(pdf_date("D:20251340"), None);
    }

    #[test]
    fn producer_file_names_are_not_titles() {
        assert!(looks_like_file_name("Microsoft Word - brief"));
        assert!(looks_like_file_name("paper.tex"));
        assert!(!looks_like_file_name("Sanctions and the steel trade"));
    }

    #[test]
    fn pdf_text_strings_are_decoded() {
        assert_eq!(text_string(b"\xFE\xFF\x00T\x00a\x01\x61"), "Taš");
        assert_eq!(text_string(b"Caf\xe9"), "Café");
        assert_eq!(text_string("Zoll".as_bytes()), "Zoll");
    }

    #[test]
    fn bytes_that_are_not_a_pdf_get_a_message() {
        let err = read_pdf(b"%PDF-1.7\nthis is not really a PDF", "x").unwrap_err();
        assert!(err.contains("PDF"), "{err}");
    }
}
