//! The same text imported twice is recognised; pasted text becomes an article like a file does.

use crate::support::fixture;
use faultline::edit::{Document, builders};
use faultline::io::import::{ImportError, MAX_TITLE_CHARS, article_from_pasted_text, import_file};
use faultline::model::Project;
use faultline::model::fingerprint::find_duplicate;

#[test]
fn a_page_imported_twice_is_found_and_a_different_one_is_not() {
    let mut doc = Document::new(Project::new("dups"), None);
    let first = import_file(&fixture("html/meridian-wire.html")).unwrap().article;
    assert_eq!(find_duplicate(doc.project(), &first), None);
    let first_id = first.id;
    doc.apply(builders::add_article(first.clone())).unwrap();
    // The article already in the project is not its own duplicate.
    assert_eq!(find_duplicate(doc.project(), &first), None);

    let again = import_file(&fixture("html/meridian-wire.html")).unwrap().article;
    assert_ne!(again.id, first_id);
    assert_eq!(find_duplicate(doc.project(), &again), Some(first_id));

    let other = import_file(&fixture("html/eastern-courier.html")).unwrap().article;
    assert_eq!(find_duplicate(doc.project(), &other), None);
}

#[test]
fn the_same_text_rewrapped_or_pasted_is_a_duplicate() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("statement.txt");
    std::fs::write(&path, "MOFCOM statement\n\nThe US side has seriously violated\nthe consensus.\n").unwrap();
    let mut doc = Document::new(Project::new("dups"), None);
    let from_file = import_file(&path).unwrap().article;
    let id = from_file.id;
    doc.apply(builders::add_article(from_file)).unwrap();

    let pasted =
        article_from_pasted_text("MOFCOM statement\r\n\r\nThe US side has seriously violated the consensus.  ")
            .unwrap();
    assert_eq!(find_duplicate(doc.project(), &pasted), Some(id));
    let edited = article_from_pasted_text("MOFCOM statement\n\nThe US side has violated the consensus.").unwrap();
    assert_eq!(find_duplicate(doc.project(), &edited), None);
}

#[test]
fn pasted_text_takes_its_title_from_the_first_line() {
    let a =
        article_from_pasted_text("\r\n  Truce crumbles  \r\nBy M. Zhang\r\n\r\nBeijing said on Monday…\r\n").unwrap();
    assert_eq!(a.title, "Truce crumbles");
    assert_eq!(a.author, "M. Zhang");
    assert_eq!(a.text, "By M. Zhang\n\nBeijing said on Monday…");

    // A paste that starts with a long paragraph keeps all of it; the title is its shortened start.
    let paragraph = "Beijing accused Washington of seriously violating the consensus reached in Geneva, \
                     saying a series of discriminatory restrictions on chips, software and student visas \
                     undermined the truce agreed only weeks earlier.";
    let a = article_from_pasted_text(paragraph).unwrap();
    assert_eq!(a.text, paragraph);
    assert!(a.title.chars().count() <= MAX_TITLE_CHARS + 1, "{}", a.title);
    assert!(a.title.ends_with('…') && paragraph.starts_with(a.title.trim_end_matches('…')), "{}", a.title);

    assert_eq!(article_from_pasted_text(" \n\t"), Err(ImportError::Empty { path: "the pasted text".into() }));
    assert!(matches!(article_from_pasted_text("a\u{1}\u{2}\u{3}\u{4}"), Err(ImportError::Binary { .. })));
}
