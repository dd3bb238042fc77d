//! PDF documents as one article each, through the pdf_oxide crate: text in reading order
//! (columns one after another), words split at a line-end hyphen joined, lines of a paragraph
//! joined, running headers, footers and page numbers dropped; title, author and date from the
//! document information or its XMP metadata.
//!
//! PDF parsers meet hostile and broken files, so the crate runs on its own thread behind
//! `catch_unwind` with a time limit: a panic or a file that takes too long is a message, never a
//! crash or a hang.

mod clean;

use std::sync::mpsc;
use std::time::Duration;

use jiff::civil::Date;
use pdf_oxide::PdfDocument;
use pdf_oxide::object::Object;
use pdf_oxide::optional_content::decode_pdf_text_string;

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
    if text.split_whitespace().count() < 3 {
        return Err(
            "the PDF has no text layer (a scan or images only): run it through OCR first, then import the result"
                .into(),
        );
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
        author: info.author,
        url: String::new(),
        published: info.date,
        notes: String::new(),
        text,
        dismissed_suggestions: Default::default(),
    };
    let mut notices = vec![format!("{} pages of PDF text", pages.len())];
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
    let doc = PdfDocument::from_bytes(bytes).map_err(|e| format!("it is not a readable PDF ({e})"))?;
    if doc.is_encrypted() && !doc.is_authenticated() {
        return Err(
            "the PDF is encrypted with a password: open it in a PDF viewer, save an unprotected copy, and import that"
                .into(),
        );
    }
    let count = doc.page_count().map_err(|e| format!("its pages cannot be read ({e})"))?;
    if count > MAX_PDF_PAGES {
        return Err(format!(
            "the PDF has {count} pages; Faultline takes PDFs of up to {MAX_PDF_PAGES} pages as one article: split it (for example with `pdfseparate` or a PDF viewer's print-to-PDF of a page range) and import the parts"
        ));
    }
    let pages = (0..count).map(|i| doc.extract_text(i).unwrap_or_default()).collect();
    Ok((pages, info(&doc)))
}

/// Title, author and date from the document information dictionary, else from XMP.
fn info(doc: &PdfDocument) -> Info {
    let mut info = Info::default();
    let dict = doc.trailer().as_dict().and_then(|t| t.get("Info")).and_then(|i| match i {
        Object::Reference(r) => doc.load_object(*r).ok(),
        other => Some(other.clone()),
    });
    if let Some(dict) = dict.as_ref().and_then(Object::as_dict) {
        let field = |key: &str| dict.get(key).and_then(Object::as_string).map(decode_pdf_text_string);
        info.title = field("Title").unwrap_or_default().trim().to_owned();
        info.author = field("Author").unwrap_or_default().trim().to_owned();
        info.date = field("CreationDate").and_then(|d| pdf_date(&d));
    }
    if let Ok(Some(xmp)) = pdf_oxide::extractors::xmp::XmpExtractor::extract(doc) {
        if info.title.is_empty() {
            info.title = xmp.dc_title.unwrap_or_default().trim().to_owned();
        }
        if info.author.is_empty() {
            info.author = xmp.dc_creator.join(", ");
        }
        if info.date.is_none() {
            info.date = xmp.xmp_create_date.and_then(|d| d.get(..10)?.parse().ok());
        }
    }
    info
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
    fn bytes_that_are_not_a_pdf_get_a_message() {
        let err = read_pdf(b"%PDF-1.7\nthis is not really a PDF", "x").unwrap_err();
        assert!(err.contains("PDF"), "{err}");
    }
}
