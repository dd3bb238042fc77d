//! PDFs, Word files and news-database exports through the one import path (`read_path`), the
//! way the workbench, drag-and-drop and `faultline import` all reach them: told apart by their
//! content, split into one article per item, and refused with a clear message when broken.

use std::path::{Path, PathBuf};

use faultline::io::import::{Imported, Incoming, read_path};
use jiff::civil::date;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents").join(name)
}

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
    let items = articles(&fixture("nexis-10.txt"));
    assert_ten_items(&items);
    assert!(items[0].article.notes.contains("Section: NEWS; Pg. 3"), "{}", items[0].article.notes);
    assert!(items[0].article.notes.contains("Edition: National Edition"), "{}", items[0].article.notes);
    assert!(items[5].article.notes.starts_with("Length: "), "no section line, none noted");
}

#[test]
fn a_ten_item_nexis_uni_word_export_becomes_ten_dated_articles_with_bylines() {
    let items = articles(&fixture("nexis-uni-10.docx"));
    assert_ten_items(&items);
    assert!(items[9].article.notes.contains("Section: Section B; Column 0"), "{}", items[9].article.notes);
    assert!(items[0].notices.iter().any(|n| n == "item 1 of a Nexis Uni export"), "{:?}", items[0].notices);
}

#[test]
fn formats_are_told_by_content_not_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let renamed = dir.path().join("export.dat");
    std::fs::copy(fixture("nexis-uni-10.docx"), &renamed).unwrap();
    assert_eq!(articles(&renamed).len(), 10);
    let plain = dir.path().join("download");
    std::fs::copy(fixture("nexis-10.txt"), &plain).unwrap();
    assert_eq!(articles(&plain).len(), 10);
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
    let mut zip_bytes = std::fs::read(fixture("nexis-uni-10.docx")).unwrap();
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
