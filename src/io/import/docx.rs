//! Word (`.docx`) documents: the paragraphs of `word/document.xml` in order (headings and table
//! cells included, deleted tracked changes left out), footnotes and endnotes after the text as
//! "[1] ..." like pandoc's plain output, and title, author and created date from
//! `docProps/core.xml`.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{Cursor, Read};

use jiff::civil::Date;
use quick_xml::Reader;
use quick_xml::XmlVersion;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};

use super::MAX_ARTICLE_BYTES;

/// What a Word document says, before it becomes one article or (a Nexis Uni export) many.
#[derive(Debug, Default, PartialEq)]
pub struct Docx {
    /// Non-empty paragraphs of the body, in order.
    pub paragraphs: Vec<String>,
    /// Index in `paragraphs` of the first one styled as a title or heading.
    pub first_heading: Option<usize>,
    /// Footnotes and endnotes, numbered in the order the text refers to them.
    pub notes: Vec<String>,
    pub title: String,
    pub author: String,
    pub created: Option<Date>,
}

impl Docx {
    /// The body and then its notes, paragraphs separated by blank lines.
    pub fn text(&self) -> String {
        let mut text = self.paragraphs.join("\n\n");
        if !self.notes.is_empty() {
            text.push_str("\n\nNotes");
            for (i, note) in self.notes.iter().enumerate() {
                text.push_str(&format!("\n\n[{}] {note}", i + 1));
            }
        }
        text
    }
}

/// Reads a Word document from its (already opened) zip archive.
pub fn read_docx(zip: &mut zip::ZipArchive<Cursor<&[u8]>>) -> Result<Docx, String> {
    let body = xml_entry(zip, "word/document.xml")?.ok_or("it has no word/document.xml")?;
    let walked = walk(&body).map_err(|e| format!("word/document.xml is damaged ({e})"))?;
    let mut docx = Docx::default();
    for p in walked.paragraphs {
        if p.heading && docx.first_heading.is_none() {
            docx.first_heading = Some(docx.paragraphs.len());
        }
        docx.paragraphs.push(p.text);
    }
    let mut notes: HashMap<String, String> = HashMap::new();
    for (file, kind) in [("word/footnotes.xml", "f"), ("word/endnotes.xml", "e")] {
        // Notes are extras: a damaged notes part loses the notes, not the document.
        let Some(xml) = xml_entry(zip, file).ok().flatten() else { continue };
        let Ok(walked) = walk(&xml) else { continue };
        for p in walked.paragraphs {
            if let Some(id) = p.note {
                let note = notes.entry(format!("{kind}{id}")).or_default();
                if !note.is_empty() {
                    note.push(' ');
                }
                note.push_str(&p.text);
            }
        }
    }
    docx.notes = walked.references.iter().filter_map(|r| notes.remove(r)).collect();
    if let Some(core) = xml_entry(zip, "docProps/core.xml").ok().flatten() {
        let props = core_properties(&core);
        docx.title = props.get("title").cloned().unwrap_or_default();
        docx.author = props.get("creator").cloned().unwrap_or_default();
        docx.created = props.get("created").and_then(|d| d.get(..10)?.parse().ok());
    }
    Ok(docx)
}

fn xml_entry(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Result<Option<String>, String> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("cannot read {name} ({e})")),
    };
    let mut bytes = Vec::new();
    // The limit guards against a small archive that unpacks to gigabytes.
    file.take(MAX_ARTICLE_BYTES * 4).read_to_end(&mut bytes).map_err(|e| format!("cannot read {name} ({e})"))?;
    String::from_utf8(bytes).map(Some).map_err(|_| format!("{name} is not UTF-8"))
}

struct Paragraph {
    text: String,
    heading: bool,
    /// The id of the footnote or endnote it belongs to.
    note: Option<String>,
}

#[derive(Default)]
struct Walked {
    paragraphs: Vec<Paragraph>,
    /// Note references in text order, as "f1" (footnote 1) or "e2" (endnote 2).
    references: Vec<String>,
}

/// The paragraphs of a WordprocessingML part. Elements are matched by local name.
fn walk(xml: &str) -> Result<Walked, String> {
    let mut reader = Reader::from_str(xml);
    let mut walked = Walked::default();
    let mut text = String::new();
    let mut heading = false;
    let mut note: Option<String> = None;
    let mut in_text = false;
    // Inside `mc:Fallback`, which repeats what `mc:Choice` already said.
    let mut skip_depth = 0usize;
    loop {
        let event = reader.read_event().map_err(|e| format!("at byte {}: {e}", reader.error_position()))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let is_start = matches!(event, Event::Start(_));
                let name = e.local_name();
                match name.as_ref() {
                    _ if skip_depth > 0 => skip_depth += usize::from(is_start),
                    "Fallback" => skip_depth = usize::from(is_start),
                    "t" => in_text = is_start,
                    "tab" | "ptab" => text.push('\t'),
                    "br" | "cr" => text.push('\n'),
                    "noBreakHyphen" => text.push('-'),
                    "pStyle" => {
                        let style = attribute(e, "val").unwrap_or_default().to_ascii_lowercase();
                        heading = style == "title" || style.starts_with("heading");
                    }
                    "footnote" | "endnote" => note = attribute(e, "id"),
                    "footnoteReference" | "endnoteReference" => {
                        let kind = if name.as_ref() == "footnoteReference" { "f" } else { "e" };
                        let id = format!("{kind}{}", attribute(e, "id").unwrap_or_default());
                        let n = walked.references.iter().position(|r| *r == id).unwrap_or(walked.references.len());
                        if n == walked.references.len() {
                            walked.references.push(id);
                        }
                        text.push_str(&format!("[{}]", n + 1));
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => {
                if skip_depth > 0 {
                    skip_depth -= 1;
                    continue;
                }
                match e.local_name().as_ref() {
                    "t" => in_text = false,
                    "p" => {
                        let done = std::mem::take(&mut text);
                        let done = done.trim();
                        if !done.is_empty() {
                            walked.paragraphs.push(Paragraph { text: done.to_owned(), heading, note: note.clone() });
                        }
                        heading = false;
                    }
                    "footnote" | "endnote" => note = None,
                    _ => {}
                }
            }
            Event::Text(t) if in_text && skip_depth == 0 => text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text && skip_depth == 0 => {
                let resolved: Cow<str> = match r.resolve_char_ref().map_err(|e| e.to_string())? {
                    Some(ch) => Cow::Owned(ch.to_string()),
                    None => Cow::Borrowed(resolve_predefined_entity(&r.xml10_content()).unwrap_or("")),
                };
                text.push_str(&resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(walked)
}

fn attribute(e: &BytesStart, key: &str) -> Option<String> {
    let attr = e.attributes().flatten().find(|a| a.key.local_name().as_ref() == key)?;
    attr.normalized_value(XmlVersion::Implicit1_0).ok().map(Cow::into_owned)
}

/// `docProps/core.xml`'s simple elements by local name ("title", "creator", "created").
fn core_properties(xml: &str) -> HashMap<String, String> {
    let mut reader = Reader::from_str(xml);
    let mut props = HashMap::new();
    let mut current: Option<String> = None;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Start(e) => current = Some(e.local_name().as_ref().to_owned()),
            Event::Text(t) => {
                if let Some(name) = &current {
                    let value = t.xml10_content().trim().to_owned();
                    if !value.is_empty() {
                        props.insert(name.clone(), value);
                    }
                }
            }
            Event::End(_) => current = None,
            Event::Eof => break,
            _ => {}
        }
    }
    props
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A minimal Word file with the given parts.
    fn docx_bytes(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, content) in parts {
            zip.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
            zip.write_all(content.as_bytes()).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    fn read(bytes: &[u8]) -> Result<Docx, String> {
        read_docx(&mut zip::ZipArchive::new(Cursor::new(bytes)).unwrap())
    }

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    #[test]
    fn paragraphs_headings_and_footnotes_come_out_in_reading_order() {
        let body = format!(
            r#"<w:document {W}><w:body>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Tariffs &amp; talks</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">Officials met </w:t></w:r><w:r><w:t>on Friday</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r><w:r><w:t>.</w:t></w:r></w:p>
            <w:p/>
            <w:p><w:r><w:delText>withdrawn</w:delText><w:t>Kept</w:t><w:tab/><w:t>text</w:t></w:r></w:p>
            </w:body></w:document>"#
        );
        let notes = format!(
            r#"<w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
            <w:footnote w:id="2"><w:p><w:r><w:t>Reuters, 3 May.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
        );
        let core = r#"<cp:coreProperties xmlns:cp="c" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="d">
            <dc:title>Trade brief</dc:title><dc:creator>M. Zhang</dc:creator><dcterms:created>2025-06-02T09:00:00Z</dcterms:created></cp:coreProperties>"#;
        let docx = read(&docx_bytes(&[
            ("word/document.xml", &body),
            ("word/footnotes.xml", &notes),
            ("docProps/core.xml", core),
        ]))
        .unwrap();
        assert_eq!(docx.paragraphs, ["Tariffs & talks", "Officials met on Friday[1].", "Kept\ttext"]);
        assert_eq!(docx.first_heading, Some(0));
        assert_eq!(
            docx.text(),
            "Tariffs & talks\n\nOfficials met on Friday[1].\n\nKept\ttext\n\nNotes\n\n[1] Reuters, 3 May."
        );
        assert_eq!((docx.title.as_str(), docx.author.as_str()), ("Trade brief", "M. Zhang"));
        assert_eq!(docx.created, Some(jiff::civil::date(2025, 6, 2)));
    }

    #[test]
    fn a_damaged_document_part_is_named() {
        let err = read(&docx_bytes(&[("word/document.xml", "<w:document><w:body><w:p></w:body>")])).unwrap_err();
        assert!(err.contains("word/document.xml is damaged"), "{err}");
        let err = read(&docx_bytes(&[("docProps/core.xml", "<x/>")])).unwrap_err();
        assert_eq!(err, "it has no word/document.xml");
    }
}
