//! PDFs, Word files, RTF and news-database exports through the one import path (`read_path`), the
//! way the workbench, drag-and-drop and `faultline import` all reach them: told apart by their
//! content, split into one article per item, and refused with a clear message when broken.

use std::path::Path;

use crate::support::fixture;
use faultline::io::import::{Imported, Incoming, read_path};
use jiff::civil::date;

fn articles(path: &Path) -> Vec<Imported> {
    match read_path(path) {
        Ok(Incoming::Articles(a)) => a,
        Ok(Incoming::Qdpx(_)) => panic!("{} read as a REFI-QDA project", path.display()),
        Err(e) => panic!("{e}"),
    }
}

/// An item's title, outlet, publication date (year, month, day) and byline.
type Item = (&'static str, &'static str, (i16, i8, i8), &'static str);

/// The ten items in both fixture exports.
const TEN: [Item; 10] = [
    ("Steel tariffs rise again", "The Times (London)", (2019, 7, 1), "Tom Coghlan"),
    ("EU weighs response to levies", "The Guardian(London)", (2019, 7, 2), "Andrew Sparrow"),
    ("Ports brace for slowdown", "Financial Times (London, England)", (2019, 7, 3), "Jane Doe and Ravi Patel"),
    ("Beijing summons envoy", "South China Morning Post", (2019, 7, 4), "Li Wei"),
    ("Sanctions list widened", "The Washington Post", (2019, 7, 5), "Karen DeYoung"),
    ("Grain corridor talks stall", "Reuters News", (2019, 7, 6), "Olena Harmash"),
    ("Ministers trade barbs at summit", "The Daily Telegraph (London)", (2019, 7, 7), "Gordon Rayner"),
    ("Rare earth exports curbed", "Nikkei Asian Review", (2019, 7, 8), "Kenji Kawase"),
    ("Border crossing reopens", "Agence France Presse -- English", (2019, 7, 9), "MARIA SANCHEZ"),
    ("Chip makers warn on controls", "The New York Times", (2019, 7, 10), "Ana Swanson"),
];

fn assert_ten_items(items: &[Imported]) {
    assert_eq!(items.len(), 10);
    for (item, (title, outlet, (y, m, d), byline)) in items.iter().zip(TEN) {
        let a = &item.article;
        assert_eq!((a.title.as_str(), a.outlet.as_str(), a.author.as_str()), (title, outlet, byline));
        assert_eq!(a.published, Some(date(y, m, d)), "{title}");
        assert!(a.text.starts_with("Officials said on ") && a.text.ends_with("resume next month."), "{}", a.text);
        assert_eq!(a.text.matches("\n\n").count(), 2, "three paragraphs: {}", a.text);
        assert!(a.notes.contains("Length: ") && a.notes.contains("Load-Date: "), "{}", a.notes);
    }
}

#[test]
fn a_ten_item_nexis_text_export_becomes_ten_dated_articles_with_bylines() {
    let items = articles(&fixture("documents/nexis-10.txt"));
    assert_ten_items(&items);
    assert!(items[0].article.notes.contains("Section: NEWS; Pg. 3"), "{}", items[0].article.notes);
    assert!(items[0].article.notes.contains("Edition: National Edition"), "{}", items[0].article.notes);
    assert!(items[5].article.notes.starts_with("Length: "), "no section line, none noted");
}

#[test]
fn a_ten_item_nexis_uni_word_export_becomes_ten_dated_articles_with_bylines() {
    let items = articles(&fixture("documents/nexis-uni-10.docx"));
    assert_ten_items(&items);
    assert!(items[9].article.notes.contains("Section: Section B; Column 0"), "{}", items[9].article.notes);
    assert!(items[0].notices.iter().any(|n| n == "item 1 of a Nexis Uni export"), "{:?}", items[0].notices);
}

#[test]
fn formats_are_told_by_content_not_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let renamed = dir.path().join("export.dat");
    std::fs::copy(fixture("documents/nexis-uni-10.docx"), &renamed).unwrap();
    assert_eq!(articles(&renamed).len(), 10);
    let plain = dir.path().join("download");
    std::fs::copy(fixture("documents/nexis-10.txt"), &plain).unwrap();
    assert_eq!(articles(&plain).len(), 10);
}

#[test]
fn factiva_rtf_exports_and_other_rtf_files_come_in_through_the_one_path() {
    let dir = tempfile::tempdir().unwrap();
    // Factiva's plain layout, with the German interface's labels, saved under a name that says nothing.
    let export = dir.path().join("Factiva-20170113-0822");
    std::fs::write(
        &export,
        "{\\rtf1\\ansi\\ansicpg1252\\uc1{\\fonttbl{\\f0 Arial;}}\n\\pard{\\b 1) Z\\'f6lle steigen}\\par\nJane Doe\\par\n\
         412 W\\'f6rter\\par\n13. Januar 2017\\par\nHandelsblatt\\par\nHNDBLT\\par\nDeutsch\\par\n\
         (c) 2017 Handelsblatt\\par\nPeking k\\'fcndigte am Freitag Gegenma\\'dfnahmen an.\\par\n\
         Dokument HNDBLT0020170113ed1d0000x\\par\n}",
    )
    .unwrap();
    let items = articles(&export);
    assert_eq!(items.len(), 1);
    let a = &items[0].article;
    assert_eq!((a.title.as_str(), a.author.as_str(), a.outlet.as_str()), ("Zölle steigen", "Jane Doe", "Handelsblatt"));
    assert_eq!(a.published, Some(date(2017, 1, 13)));
    assert_eq!(a.text, "Peking kündigte am Freitag Gegenmaßnahmen an.");
    // Any other RTF document is one article; one named .rtf that is not RTF is refused.
    let letter = dir.path().join("letter.rtf");
    std::fs::write(
        &letter,
        "{\\rtf1\\ansi Statement on tariffs\\par\nThe ministry said on Friday it would respond.\\par}",
    )
    .unwrap();
    let items = articles(&letter);
    assert_eq!((items.len(), items[0].article.title.as_str()), (1, "Statement on tariffs"));
    let fake = dir.path().join("fake.rtf");
    std::fs::write(&fake, "plain words").unwrap();
    assert!(error(&fake).contains("is not an RTF document"), "{}", error(&fake));
}

fn error(path: &Path) -> String {
    match read_path(path) {
        Err(e) => e,
        Ok(_) => panic!("{} was imported", path.display()),
    }
}

#[test]
fn broken_and_empty_documents_are_refused_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let mut zip_bytes = std::fs::read(fixture("documents/nexis-uni-10.docx")).unwrap();
    zip_bytes.truncate(zip_bytes.len() / 2);
    let err = error(&write("cut.docx", &zip_bytes));
    assert!(err.contains("cut.docx: it is a damaged zip archive or Word file"), "{err}");
    let err = error(&write("old.docx", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 an old binary .doc"));
    assert!(err.contains("is not a Word document: it is not a zip archive"), "{err}");
    let empty = "Download Request: Selected Items: 1-0\r\n\r\nTerms: tariffs\r\n";
    let err = error(&write("none.txt", empty.as_bytes()));
    assert!(err.contains("none.txt: it is a Nexis export with no documents in it"), "{err}");
    let err = error(&write("not.pdf", b"<html>saved with the wrong name</html>"));
    assert!(err.contains("not.pdf is not a PDF"), "{err}");
    let err =
        error(&write("junk.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"));
    assert!(err.contains("junk.pdf: "), "{err}");
}

/// Word-F1 of `got` against `want`: the harmonic mean of word precision and recall.
fn word_f1(got: &str, want: &str) -> f64 {
    let count = |t: &str| {
        let mut m = std::collections::HashMap::<String, usize>::new();
        for w in t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            *m.entry(w.to_lowercase()).or_default() += 1;
        }
        m
    };
    let (g, w) = (count(got), count(want));
    let common: usize = g.iter().map(|(k, n)| (*n).min(w.get(k).copied().unwrap_or(0))).sum();
    let (p, r) = (common as f64 / g.values().sum::<usize>() as f64, common as f64 / w.values().sum::<usize>() as f64);
    2.0 * p * r / (p + r)
}

#[test]
fn a_two_column_latex_pdf_imports_with_its_metadata_and_without_running_heads() {
    // Made by pdflatex from two-column-report.tex (SOURCE_DATE_EPOCH=1719878400).
    let items = articles(&fixture("documents/two-column-report.pdf"));
    assert_eq!(items.len(), 1);
    let a = &items[0].article;
    assert_eq!((a.title.as_str(), a.author.as_str()), ("Steel talks stall in Geneva", "Faultline Test Desk"));
    assert_eq!(a.published, Some(date(2024, 7, 2)));
    assert!(items[0].notices.iter().any(|n| n.contains("creation date")), "{:?}", items[0].notices);
    assert!(!a.text.contains("Trade Monitor"), "the running head is dropped");
    assert!(!a.text.contains("inter-") && !a.text.contains("˝"), "hyphens and ligatures repaired");
    let want = std::fs::read_to_string(fixture("documents/two-column-report.txt")).unwrap();
    let f1 = word_f1(&a.text, &want);
    assert!(f1 > 0.99, "word-F1 {f1}");
}

#[test]
fn a_three_column_pdf_drawn_across_its_columns_reads_column_by_column() {
    // Made by make_interleaved_pdf.py: rows drawn across the columns from the right, footer and
    // running header first, the title last.
    let items = articles(&fixture("documents/three-column-interleaved.pdf"));
    let a = &items[0].article;
    assert_eq!(a.title, "Steel quotas strain the Atlantic partnership");
    let want = std::fs::read_to_string(fixture("documents/three-column-interleaved.txt")).unwrap();
    assert_eq!(a.text, want.trim_end(), "paragraphs in reading order, no running head or page number");
}

/// The paragraph every page made by make_layout_pdfs.py carries.
const LAYOUT_PARAGRAPH: &str = "Officials said the new tariffs would harm trade and warned of retaliation against steel and aluminium exports before the end of the year, when the quotas come up for review.";

#[test]
fn a_one_page_pdf_ending_in_a_table_keeps_every_row_of_numbers() {
    let items = articles(&fixture("documents/table-at-foot.pdf"));
    let a = &items[0].article;
    assert!(a.text.contains(LAYOUT_PARAGRAPH), "{}", a.text);
    let mut words: Vec<&str> = a.text.rsplit("review.").next().unwrap().split_whitespace().collect();
    words.sort_unstable();
    assert_eq!(words, ["120", "2024", "2025", "340", "410", "95", "Exports", "Imports", "Year"], "{}", a.text);
}

#[test]
fn a_page_drawn_sideways_reads_in_lines_with_its_words_apart() {
    let items = articles(&fixture("documents/sideways-page.pdf"));
    let a = &items[0].article;
    assert_eq!(a.title, "Steel trade in figures");
    assert_eq!(a.text, format!("Steel trade in figures\n\n{LAYOUT_PARAGRAPH}"));
}

#[test]
fn a_page_claiming_an_impossible_size_is_read_and_the_analyst_told() {
    let items = articles(&fixture("documents/huge-mediabox.pdf"));
    assert_eq!(items[0].article.text, format!("Steel trade in figures\n\n{LAYOUT_PARAGRAPH}"));
    assert!(items[0].notices.iter().any(|n| n.contains("impossible size")), "{:?}", items[0].notices);
}

#[test]
fn a_page_the_reader_cannot_handle_loses_only_its_own_text() {
    let items = articles(&fixture("documents/page-without-mediabox.pdf"));
    assert_eq!(items[0].article.text, format!("Steel trade in figures\n\n{LAYOUT_PARAGRAPH}"));
    assert!(items[0].notices.iter().any(|n| n.contains("too damaged to read: 1 of 2")), "{:?}", items[0].notices);
}

#[test]
fn a_pdf_whose_every_page_is_unreadable_is_refused_as_damaged_not_as_a_scan() {
    let err = error(&fixture("documents/no-mediabox.pdf"));
    assert!(err.contains("damaged (1 of 1 could not be read)"), "{err}");
    assert!(!err.contains("OCR"), "{err}");
}

#[test]
fn damaged_pdfs_and_word_files_never_panic() {
    let mut rng = fastrand::Rng::with_seed(13);
    let pdf = std::fs::read(fixture("documents/two-column-report.pdf")).unwrap();
    let docx = std::fs::read(fixture("documents/nexis-uni-10.docx")).unwrap();
    for round in 0..60 {
        let mut bytes = if round % 2 == 0 { pdf.clone() } else { docx.clone() };
        if rng.bool() {
            bytes.truncate(rng.usize(8..bytes.len()));
        } else {
            for _ in 0..rng.usize(1..16) {
                let i = rng.usize(..bytes.len());
                bytes[i] = rng.u8(..);
            }
        }
        if round % 2 == 0 {
            let _ = faultline::io::import::pdf::read_pdf(&bytes, "fuzz");
        } else {
            let _ = faultline::io::import::documents::read_zip(&bytes, "fuzz");
        }
    }
}
