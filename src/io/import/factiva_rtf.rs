//! Factiva exports saved as RTF, one article per item, in both of Factiva's layouts:
//! - "Full Article/Report plus Indexing": a table per article whose rows are two-letter field
//!   codes and their contents (HD headline, BY byline, WC words, PD date, SN source, SE section,
//!   LP and TD the text, AN "Document ..."), read as tab-separated lines;
//! - "Full Article/Report": an optional section, the headline, an optional byline, "N words",
//!   the date, an optional time, the source and its code, optional page and language lines,
//!   the copyright line, the text, and "Document ..." closing the item. The interface language changes the labels
//!   ("Wörter"/"Dokument", "mots", "palabras"), so those are matched in the languages Factiva
//!   offers.

use std::sync::LazyLock;

use regex::Regex;

use super::news::NewsItem;
use super::{Imported, factiva_head, rtf};

/// The line that closes each item: "Document RTRS000020170113ed1d0001x" in any interface language.
static DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(?:AN\t\s*)?(?:Document|Dokument|Documento|Документ|文件|文档)\s+[A-Za-z0-9]{12,}\s*$")
        .expect("valid regex")
});
/// "295 words", "1.234 Wörter", "1 234 mots", "295 palabras", "295 parole", "295 слов", "295 字".
static WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[\d.,\u{a0} ]+\s*(?:words|Wörter|mots|palabras|parole|palavras|woorden|слов|слова|字|語)\s*$")
        .expect("valid regex")
});
/// A field row of the indexed layout: "HD\tHeadline".
static FIELD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*([A-Z]{2,3})\t(.*)$").expect("valid regex"));
/// A time of day after the date line: "12:34", "5:02 PM", "14:30 GMT".
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?\s*$").expect("valid regex")
});

/// The articles of a Factiva RTF export, or `None` when the RTF is not one.
pub fn read_export(bytes: &[u8]) -> Option<Result<Vec<Imported>, String>> {
    if !rtf::is_rtf(bytes) {
        return None;
    }
    let text = rtf::to_text(bytes);
    // Trailing tabs stay: a lone one marks the end of a table cell (see `plain_item`).
    let lines: Vec<&str> = text.lines().map(|l| l.trim_end_matches(' ')).collect();
    if !lines.iter().any(|l| DOCUMENT.is_match(l)) {
        return None;
    }
    let indexed = lines.iter().any(|l| FIELD.captures(l).is_some_and(|c| &c[1] == "HD"));
    let items: Vec<NewsItem> = items(&lines)
        .into_iter()
        .map(|item| if indexed { indexed_item(item) } else { plain_item(item) })
        .filter(|item| !item.title.is_empty() || !item.body.is_empty())
        .collect();
    if items.is_empty() {
        return Some(Err("it is a Factiva RTF export with no articles in it".into()));
    }
    Some(Ok(items.into_iter().enumerate().map(|(i, item)| item.into_imported("Factiva RTF export", i + 1)).collect()))
}

/// The lines of each item, the closing "Document ..." line last.
fn items<'a>(lines: &[&'a str]) -> Vec<Vec<&'a str>> {
    let mut out = Vec::new();
    let mut current = Vec::new();
    for &line in lines {
        current.push(line);
        if DOCUMENT.is_match(line) {
            out.push(std::mem::take(&mut current));
        }
    }
    out
}

/// An item of the indexed layout: each code row starts a field, and lines without a code
/// continue the field above (the paragraphs of LP and TD).
fn indexed_item(lines: Vec<&str>) -> NewsItem {
    let mut item = NewsItem::default();
    let mut code = String::new();
    for line in lines {
        let (value, starts) = match FIELD.captures(line) {
            Some(c) => {
                code = c[1].to_owned();
                (c.get(2).map_or("", |m| m.as_str()).trim().to_owned(), true)
            }
            None => (line.trim().to_owned(), false),
        };
        if value.is_empty() {
            continue;
        }
        let add = |field: &mut String| {
            if !field.is_empty() {
                field.push(' ');
            }
            field.push_str(&value);
        };
        match code.as_str() {
            "HD" => add(&mut item.title),
            "BY" => add(&mut item.byline),
            "PD" => add(&mut item.date_line),
            "SN" => add(&mut item.outlet),
            "SE" => add(&mut item.section),
            "WC" => add(&mut item.length),
            "LP" | "TD" => item.body.push(value),
            "ED" if starts => item.extra.push(format!("Edition: {value}")),
            "PG" if starts => item.extra.push(format!("Page: {value}")),
            "LA" if starts => item.extra.push(format!("Language: {value}")),
            "CY" if starts => item.extra.push(format!("Copyright: {value}")),
            "AN" if starts => item.extra.push(format!("Factiva: {value}")),
            _ => {}
        }
    }
    item
}

/// An item of the plain layout, read around its "N words" line: the headline and byline above
/// it, the date, source, page, language and copyright lines below it, then the text.
fn plain_item(lines: Vec<&str>) -> NewsItem {
    let mut item = NewsItem::default();
    // A line holding only the tab that ends a table cell closes what came before: the head of
    // the first item never reaches back into the table of headlines an export may start with.
    let mut head_from = 0;
    let mut kept = Vec::new();
    for line in lines {
        match line.trim() {
            "" if line.contains('\t') => head_from = kept.len(),
            "" => {}
            line => kept.push(line),
        }
    }
    let Some((document, lines)) = kept.split_last() else {
        return item;
    };
    item.extra.push(format!("Factiva: {document}"));
    let Some(words_at) = lines.iter().position(|l| WORDS.is_match(l)) else {
        // Without its words line the item's layout is unknown: keep all of it as text.
        item.body = lines.iter().map(|l| l.to_string()).collect();
        return item;
    };
    let used = header_after_words(&lines[words_at..], &mut item);
    let copyright =
        item.extra.iter().find(|l| factiva_head::is_copyright(l)).map_or("", |l| factiva_head::copyright_holder(l));
    let credits = [item.outlet.as_str(), copyright];
    let head = &lines[words_at.saturating_sub(4).max(head_from)..words_at];
    let (section, title, byline) = factiva_head::split(head, &credits);
    (item.section, item.title, item.byline) = (section, title.to_owned(), byline);
    item.body = lines[words_at + used..].iter().map(|l| l.to_string()).collect();
    item
}

/// Whether a line is Factiva's length line: "295 words", "1285 Wörter", "8165 字".
pub(super) fn is_words_line(line: &str) -> bool {
    WORDS.is_match(line)
}

/// Reads the lines from the "N words" line on (length, date, time, source, source code,
/// edition, page, language, copyright) into `item`; how many lines they were.
pub(super) fn header_after_words(lines: &[&str], item: &mut NewsItem) -> usize {
    let mut rest = lines.iter().map(|l| l.trim()).peekable();
    item.length = rest.next().unwrap_or_default().to_owned();
    item.date_line = rest.next().unwrap_or_default().to_owned();
    let mut used = 2;
    if rest.peek().is_some_and(|l| TIME.is_match(l)) {
        item.extra.push(format!("Time: {}", rest.next().unwrap_or_default()));
        used += 1;
    }
    item.outlet = rest.next().unwrap_or_default().to_owned();
    used += 1;
    // The source code, page and language lines, up to the copyright line, are bookkeeping.
    let meta: Vec<&str> = rest.clone().take(6).collect();
    let copyright = meta.iter().position(|l| factiva_head::is_copyright(l));
    let skip = copyright.map_or_else(|| meta.iter().take_while(|l| is_short_label(l)).count(), |c| c + 1);
    item.extra.extend(rest.take(skip).map(str::to_owned));
    (used + skip).min(lines.len())
}

/// A source code ("RTRS"), a page ("Page 3", "A1") or a language ("English"): one or two words.
fn is_short_label(line: &str) -> bool {
    line.split_whitespace().count() <= 2 && line.chars().count() <= 24 && !line.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// An RTF document whose paragraphs are `lines` (tabs written as `\tab`, other than ASCII as
    /// `\uN?`, as Word and Factiva write them: signed 16-bit units, a surrogate pair beyond
    /// them).
    fn rtf(lines: &[&str]) -> Vec<u8> {
        let escape = |l: &str| -> String {
            l.chars()
                .map(|c| match c {
                    '\t' => "\\tab ".to_owned(),
                    c if c.is_ascii() => c.to_string(),
                    c => c.encode_utf16(&mut [0; 2]).iter().map(|u| format!("\\u{}?", *u as i16)).collect(),
                })
                .collect()
        };
        let body: String = lines.iter().map(|l| format!("{}\\par\n", escape(l))).collect();
        format!("{{\\rtf1\\ansi\\ansicpg1252{{\\fonttbl{{\\f0 Arial;}}}}\n{body}}}").into_bytes()
    }

    #[test]
    fn a_plain_export_gives_each_article_with_its_fields() {
        let bytes = rtf(&[
            "{\\b China hits back at U.S. tariffs}",
            "By Jane Doe",
            "412 words",
            "13 January 2017",
            "10:02",
            "Reuters News",
            "LBA",
            "English",
            "(c) 2017 Reuters Limited",
            "BEIJING, Jan 13 (Reuters) - China said on Friday it would respond.",
            "Officials gave no details.",
            "Document LBA0000020170113ed1d0001x",
            "Les sanctions s'\\'e9largissent",
            "295 mots",
            "13 janvier 2017",
            "Le Monde",
            "LEMOND",
            "Fran\\'e7ais",
            "Copyright 2017 Le Monde. Tous droits r\\'e9serv\\'e9s.",
            "Paris a annonc\\'e9 vendredi de nouvelles mesures.",
            "Document LEMOND0020170113ed1d0000y",
        ]);
        let items = read_export(&bytes).expect("a Factiva export").expect("articles");
        assert_eq!(items.len(), 2);
        let a = &items[0].article;
        assert_eq!(
            (a.title.as_str(), a.author.as_str(), a.outlet.as_str()),
            ("China hits back at U.S. tariffs", "Jane Doe", "Reuters News")
        );
        assert_eq!(a.published, Some(date(2017, 1, 13)));
        assert_eq!(
            a.text,
            "BEIJING, Jan 13 (Reuters) - China said on Friday it would respond.\n\nOfficials gave no details."
        );
        assert!(
            a.notes.contains("Length: 412 words") && a.notes.contains("Factiva: Document LBA0000020170113ed1d0001x"),
            "{}",
            a.notes
        );
        let b = &items[1].article;
        assert_eq!((b.title.as_str(), b.outlet.as_str()), ("Les sanctions s'élargissent", "Le Monde"));
        assert_eq!(b.published, Some(date(2017, 1, 13)));
        assert_eq!(b.text, "Paris a annoncé vendredi de nouvelles mesures.");
    }

    #[test]
    fn an_indexed_export_reads_its_field_codes() {
        let bytes = rtf(&[
            "\tHD\tSanctions widen",
            "\tBY\tBy Jane Doe",
            "\tWC\t295 words",
            "\tPD\t13. Januar 2017",
            "\tSN\tReuters News",
            "\tSE\tWorld",
            "\tLP\tLead one.",
            "Lead two.",
            "\tTD\tRest of it.",
            "\tCO\tbeijing : Beijing",
            "\tAN\tDocument LBA0000020170113ed1d0001r",
            "\tHD\tSecond 😀 𠀋 贸易战",
            "\tPD\t2017年1月14日",
            "\tTD\tOnly text.",
            "\tAN\tDocument LBA0000020170114ed1e0001r",
        ]);
        let items = read_export(&bytes).expect("a Factiva export").expect("articles");
        assert_eq!(items.len(), 2);
        let a = &items[0].article;
        assert_eq!(
            (a.title.as_str(), a.author.as_str(), a.outlet.as_str()),
            ("Sanctions widen", "Jane Doe", "Reuters News")
        );
        assert_eq!(a.published, Some(date(2017, 1, 13)));
        assert_eq!(a.text, "Lead one.\n\nLead two.\n\nRest of it.");
        assert_eq!(items[1].article.published, Some(date(2017, 1, 14)));
        assert_eq!(items[1].article.text, "Only text.");
        // An emoji and a rare ideograph (surrogate pairs) and 贸 (a negative 16-bit unit).
        assert_eq!(items[1].article.title, "Second 😀 𠀋 贸易战");
    }

    #[test]
    fn the_headline_is_told_from_section_author_and_credit_lines() {
        let title_of = |head: &[&str]| {
            let mut lines = head.to_vec();
            lines.extend([
                "412 words",
                "9 January 1993",
                "The New York Times",
                "NYTF",
                "English",
                "Text.",
                "Document NYTF000020050408dp1900j9s",
            ]);
            let item = plain_item(lines);
            (item.section, item.title, item.byline)
        };
        let s = |a: &str, b: &str, c: &str| (a.to_owned(), b.to_owned(), c.to_owned());
        assert_eq!(
            title_of(&[
                "Foreign Desk; 1",
                "EUROPEAN INQUIRY SAYS SERBS' FORCES HAVE RAPED 20,000",
                "By ALAN RIDING",
                "Special to The New York Times"
            ]),
            s(
                "Foreign Desk; 1",
                "EUROPEAN INQUIRY SAYS SERBS' FORCES HAVE RAPED 20,000",
                "By ALAN RIDING; Special to The New York Times"
            )
        );
        assert_eq!(
            title_of(&["STORMY DANIELS", "Elizabeth Nolan Brown"]),
            s("", "STORMY DANIELS", "Elizabeth Nolan Brown")
        );
        assert_eq!(title_of(&["Magazin", "1) Zu Fuß", "Sarah Pepin"]), s("Magazin", "Zu Fuß", "Sarah Pepin"));
        assert_eq!(
            title_of(&["Editorial Desk; 1", "Failed I.M.F. Policy"]),
            s("Editorial Desk; 1", "Failed I.M.F. Policy", "")
        );
    }

    #[test]
    fn the_table_of_headlines_an_export_starts_with_is_no_part_of_the_first_item() {
        let items = read_export(&rtf(&[
            "Trump Orders Feds To Declassify Key FISA Docs",
            "Summary: an analyst and a strategist discuss how the latest round of tariffs hurts the economy ...",
            "\t",
            "International",
            "Trump announces new round of tariffs on Chinese goods",
            "630 words",
            "18 September 2018",
            "EJ Insight",
            "EJINST",
            "English",
            "Text.",
            "Document EJINST0020180918ee9i0000c",
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(items[0].article.title, "Trump announces new round of tariffs on Chinese goods");
        assert!(items[0].article.notes.contains("Section: International"), "{}", items[0].article.notes);
    }

    #[test]
    fn an_rtf_that_is_not_an_export_is_left_to_other_readers() {
        assert!(read_export(&rtf(&["A letter.", "Yours, Jane"])).is_none());
        assert!(read_export(b"not rtf at all").is_none());
    }
}
