//! Nexis exports, split into one article per item: the classic plain-text export (items under
//! centred "N of M DOCUMENTS" lines) and the Nexis Uni Word export (a cover page "Documents (N)",
//! then items each closed by "End of Document").
//!
//! Classic item: centred outlet, date line and edition lines; the title; `BYLINE:`, `SECTION:`,
//! `LENGTH:`...; the body; then `LOAD-DATE:`, `LANGUAGE:`... and a centred copyright. Nexis Uni
//! item: title, outlet, date line, maybe a copyright, `Section:`, `Length:`, `Byline:`, "Body",
//! the body, then "Classification", `Language:`, `Load-Date:`...

use std::sync::LazyLock;

use regex::Regex;

use super::Imported;
use super::news::{NewsItem, date_in};

static SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^[ \t]*(\d+) of (\d+) DOCUMENTS?[ \t]*$").expect("valid pattern"));
/// A labelled line such as `LOAD-DATE: January 11, 2010` or `Journal Code: WEBGNS`.
static LABEL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([A-Z][A-Za-z]*(?:[- ][A-Za-z]+)?):(?:\s+|$)").expect("valid pattern"));

/// Labels printed between an item's title and its body: a body paragraph opening with a
/// dateline ("WASHINGTON: ...") is not one of them.
const HEAD_LABELS: [&str; 9] =
    ["byline", "section", "length", "dateline", "highlight", "headline", "url", "source", "edition"];
/// Labels that end the body of an item: what the databases print after the article.
const AFTER_BODY: [&str; 8] = [
    "load-date",
    "language",
    "graphic",
    "publication-type",
    "journal-code",
    "journal code",
    "classification",
    "subject",
];

/// Whether decoded text is a classic Nexis export: it has a "N of M DOCUMENTS" line, or the
/// "Download Request:" header such an export starts with.
pub fn is_text_export(text: &str) -> bool {
    SEPARATOR.is_match(text) || text.trim_start().starts_with("Download Request:")
}

/// The items of a classic plain-text export.
pub fn read_text_export(text: &str) -> Result<Vec<Imported>, String> {
    let starts: Vec<(usize, usize)> = SEPARATOR.find_iter(text).map(|m| (m.start(), m.end())).collect();
    if starts.is_empty() {
        return Err("it is a Nexis export with no documents in it".into());
    }
    let items = starts.iter().enumerate().map(|(i, &(_, body_start))| {
        let end = starts.get(i + 1).map_or(text.len(), |&(s, _)| s);
        text_item(&text[body_start..end])
    });
    Ok(items.enumerate().map(|(i, item)| item.into_imported("Nexis export", i + 1)).collect())
}

/// One classic item, between its "N of M DOCUMENTS" line and the next.
fn text_item(chunk: &str) -> NewsItem {
    let mut item = NewsItem::default();
    let paragraphs = paragraphs(chunk);
    let mut rest = paragraphs.as_slice();
    // The centred head: outlet, date line, edition lines, in one or several paragraphs.
    while let Some((first, tail)) = rest.split_first() {
        if !first.iter().all(|l| is_centred(l)) {
            break;
        }
        for line in first {
            let line = line.trim();
            if item.outlet.is_empty() {
                item.outlet = line.to_owned();
            } else if item.date_line.is_empty() && date_in(line).is_some() {
                item.date_line = line.to_owned();
            } else {
                item.extra.push(format!("Edition: {line}"));
            }
        }
        rest = tail;
    }
    let mut part = Part::Head;
    for paragraph in rest {
        let joined = paragraph.iter().map(|l| l.trim()).collect::<Vec<_>>().join(" ");
        let label = LABEL.captures(&joined).map(|c| c[1].to_owned());
        let value = |label: &str| joined[label.len() + 1..].trim().to_owned();
        match (part, label) {
            (Part::Tail, Some(label)) => item.label(&label, value(&label)),
            (Part::Tail, None) => item.extra.push(joined),
            (_, Some(label)) if ends_body(&label) => {
                part = Part::Tail;
                item.label(&label, value(&label));
            }
            (Part::Head, Some(label)) if HEAD_LABELS.contains(&label.to_ascii_lowercase().as_str()) => {
                item.label(&label, value(&label))
            }
            (Part::Head, _) if item.title.is_empty() => item.title = joined,
            _ => {
                part = Part::Body;
                item.body.push(joined);
            }
        }
    }
    item
}

/// Where in an item a paragraph is.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    /// Title and the labelled lines before the body.
    Head,
    Body,
    /// From the first label the databases print after the article.
    Tail,
}

impl NewsItem {
    /// Files a labelled field: the ones an article has go to it, the rest to its notes.
    fn label(&mut self, label: &str, value: String) {
        match label.to_ascii_lowercase().as_str() {
            "byline" => self.byline = value,
            "section" => self.section = value,
            "length" => self.length = value,
            "url" => self.extra.push(format!("URL: {value}")),
            "classification" | "body" => {}
            _ if value.is_empty() => {}
            _ => self.extra.push(format!("{}: {value}", title_case(label))),
        }
    }
}

fn ends_body(label: &str) -> bool {
    AFTER_BODY.contains(&label.to_ascii_lowercase().as_str())
}

/// "LOAD-DATE" as "Load-Date".
fn title_case(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    let mut start = true;
    for c in label.chars() {
        out.extend(if start { c.to_uppercase().collect::<Vec<_>>() } else { c.to_lowercase().collect() });
        start = !c.is_alphanumeric();
    }
    out
}

/// Nexis centres its head lines with many leading spaces; body lines start at the margin.
fn is_centred(line: &str) -> bool {
    line.len() - line.trim_start().len() >= 4
}

/// Runs of non-blank lines, kept as lines (the head's centring is per line).
fn paragraphs(chunk: &str) -> Vec<Vec<&str>> {
    let mut out: Vec<Vec<&str>> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in chunk.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Whether a Word document's paragraphs are a Nexis Uni export: a "Documents (N)" line on
/// its cover page.
pub fn is_uni_export(paragraphs: &[String]) -> bool {
    paragraphs.iter().take(40).any(|p| uni_count(p).is_some())
}

fn uni_count(paragraph: &str) -> Option<usize> {
    paragraph.trim().strip_prefix("Documents (")?.strip_suffix(')')?.parse().ok()
}

/// The items of a Nexis Uni Word export, from its paragraphs.
pub fn read_uni_export(paragraphs: &[String]) -> Result<Vec<Imported>, String> {
    let chunks: Vec<&[String]> = paragraphs.split(|p| p.trim() == "End of Document").collect();
    // What follows the last "End of Document" is not an item.
    let items: Vec<NewsItem> = chunks[..chunks.len() - 1].iter().filter_map(|chunk| uni_item(chunk)).collect();
    if items.is_empty() {
        return Err("it is a Nexis Uni export with no documents in it".into());
    }
    Ok(items.into_iter().enumerate().map(|(i, item)| item.into_imported("Nexis Uni export", i + 1)).collect())
}

/// One Nexis Uni item; the first chunk also holds the cover page, which is skipped by finding
/// the item's date line and counting back to its outlet and title.
fn uni_item(chunk: &[String]) -> Option<NewsItem> {
    let body_at = chunk.iter().position(|p| p.trim() == "Body").unwrap_or(chunk.len());
    let head = &chunk[..body_at];
    let date_at = head.iter().rposition(|p| !LABEL.is_match(p.trim()) && date_in(p).is_some())?;
    let mut item = NewsItem {
        date_line: chunk[date_at].trim().to_owned(),
        outlet: date_at.checked_sub(1).map(|i| chunk[i].trim().to_owned()).unwrap_or_default(),
        title: date_at.checked_sub(2).map(|i| chunk[i].trim().to_owned()).unwrap_or_default(),
        ..NewsItem::default()
    };
    for p in &head[date_at + 1..] {
        let p = p.trim();
        match LABEL.captures(p) {
            Some(c) => item.label(&c[1], p[c[1].len() + 1..].trim().to_owned()),
            None if !p.is_empty() => item.extra.push(p.to_owned()),
            None => {}
        }
    }
    let mut in_body = true;
    for p in chunk.get(body_at + 1..).unwrap_or_default() {
        let p = p.trim();
        let label = LABEL.captures(p).map(|c| c[1].to_owned());
        if p == "Classification" || label.as_deref().is_some_and(ends_body) {
            in_body = false;
        }
        match label {
            Some(label) if !in_body => item.label(&label, p[label.len() + 1..].trim().to_owned()),
            _ if p.is_empty() || p == "Classification" => {}
            _ if in_body => item.body.push(p.to_owned()),
            _ => item.extra.push(p.to_owned()),
        }
    }
    Some(item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const TWO_ITEMS: &str = "Download Request: Selected Items: 1-2\n\n\
        \x20                              1 of 2 DOCUMENTS\n\n\n\
        \x20                              The Times (London)\n\n\
        \x20                           January 11, 2010 Monday\n\
        \x20                                  Edition 1;\n\
        \x20                               National Edition\n\n\
        Tariff talks stall;\nsecond title line\n\n\
        BYLINE: Tom Coghlan\n\nSECTION: NEWS; Pg. 3\n\nLENGTH: 453 words\n\n\n\
        Officials met in Geneva on Friday\nand left without a deal.\n\n\
        WASHINGTON: a second paragraph.\n\n\n\
        LOAD-DATE: January 11, 2010\n\nLANGUAGE: ENGLISH\n\n\
        \x20                   Copyright 2010 Times Newspapers Limited\n\
        \x20                             All Rights Reserved\n\n\
        \x20                              2 of 2 DOCUMENTS\n\n\
        \x20                              Guardian\n\n\
        \x20                           January 8, 2010\n\n\
        Second title\n\nLENGTH: 10 words\n\nOnly paragraph.\n";

    #[test]
    fn a_classic_export_becomes_one_article_per_item() {
        assert!(is_text_export(TWO_ITEMS));
        let items = read_text_export(TWO_ITEMS).unwrap();
        assert_eq!(items.len(), 2);
        let a = &items[0].article;
        assert_eq!(a.title, "Tariff talks stall; second title line");
        assert_eq!((a.outlet.as_str(), a.author.as_str()), ("The Times (London)", "Tom Coghlan"));
        assert_eq!(a.published, Some(date(2010, 1, 11)));
        assert_eq!(
            a.text,
            "Officials met in Geneva on Friday and left without a deal.\n\nWASHINGTON: a second paragraph."
        );
        assert!(a.notes.starts_with("Section: NEWS; Pg. 3\nLength: 453 words\nEdition: Edition 1;"), "{}", a.notes);
        assert!(a.notes.contains("Load-Date: January 11, 2010") && a.notes.contains("Copyright 2010"), "{}", a.notes);
        let b = &items[1].article;
        assert_eq!((b.title.as_str(), b.text.as_str()), ("Second title", "Only paragraph."));
        assert_eq!(b.published, Some(date(2010, 1, 8)));
    }

    #[test]
    fn an_export_without_documents_is_refused() {
        let empty = "Download Request: Selected Items: none\n\nTerms: tariffs\n";
        assert!(is_text_export(empty));
        assert!(read_text_export(empty).unwrap_err().contains("no documents"));
        assert!(!is_text_export("An article about 3 of 4 DOCUMENTS leaked.\n"));
    }

    fn uni(paragraphs: &[&str]) -> Vec<String> {
        paragraphs.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn a_nexis_uni_export_skips_its_cover_page() {
        let paragraphs = uni(&[
            "Date and Time: Friday, 5. July 2019 09:31:00 CEST",
            "Documents (1)",
            "1. Sanctions widen",
            "Client/Matter: -None-",
            "Sanctions widen",
            "The Guardian(London)",
            "July 1, 2019 Monday 9:20 AM GMT",
            "Copyright 2019 The Guardian",
            "Section: POLITICS; Version:28",
            "Length: 355 words",
            "Byline: Andrew Sparrow",
            "Body",
            "First paragraph.",
            "Second paragraph.",
            "Classification",
            "Language: ENGLISH",
            "Load-Date: July 4, 2019",
            "End of Document",
        ]);
        assert!(is_uni_export(&paragraphs));
        let items = read_uni_export(&paragraphs).unwrap();
        assert_eq!(items.len(), 1);
        let a = &items[0].article;
        assert_eq!(
            (a.title.as_str(), a.outlet.as_str(), a.author.as_str()),
            ("Sanctions widen", "The Guardian(London)", "Andrew Sparrow")
        );
        assert_eq!(a.published, Some(date(2019, 7, 1)));
        assert_eq!(a.text, "First paragraph.\n\nSecond paragraph.");
        assert_eq!(
            a.notes,
            "Section: POLITICS; Version:28\nLength: 355 words\nCopyright 2019 The Guardian\nLanguage: ENGLISH\nLoad-Date: July 4, 2019"
        );
    }

    #[test]
    fn a_nexis_uni_export_with_no_items_is_refused() {
        let paragraphs = uni(&["Date and Time: Friday, 5. July 2019", "Documents (0)", "Search Terms: x"]);
        assert!(is_uni_export(&paragraphs));
        assert!(read_uni_export(&paragraphs).unwrap_err().contains("no documents"));
    }
}
