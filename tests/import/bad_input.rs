//! Files that are not clean UTF-8 articles: decoded with a notice when they are text in another
//! encoding, refused with a clear message when they are not text at all, and never a panic.

use crate::support::write_file;
use faultline::io::import::{
    Format, ImportError, MAX_ARTICLE_BYTES, article_from_pasted_text, import_bytes, import_file, read_path,
};

#[test]
fn windows_1252_text_is_decoded_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = write_file(
        dir.path(),
        "memo.txt",
        b"MOFCOM statement\r\n\r\nThe US is \x93seriously violating\x94 the consensus.\r\n",
    );
    let imported = import_file(&path).unwrap();
    assert_eq!(imported.article.title, "MOFCOM statement");
    assert_eq!(imported.article.text, "The US is “seriously violating” the consensus.");
    assert_eq!(imported.notices.len(), 1);
    assert!(imported.notices[0].contains("decoded as Windows-1252"), "{:?}", imported.notices);

    // An HTML page that declares nothing gets the same fallback.
    let page = write_file(dir.path(), "page.htm", b"<html><body><p>It is \x93firm\x94.</p></body></html>");
    let imported = import_file(&page).unwrap();
    assert_eq!(imported.article.text, "It is “firm”.");
    assert!(imported.notices[0].contains("Windows-1252"), "{:?}", imported.notices);
}

#[test]
fn binary_empty_oversize_and_unknown_files_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let png = write_file(d, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    assert_eq!(import_file(&png), Err(ImportError::Binary { path: png.display().to_string() }));
    let html_with_nuls = write_file(d, "saved.html", b"<html>\x00\x00\x00<body>x</body>");
    assert!(import_file(&html_with_nuls).unwrap_err().to_string().ends_with("looks like a binary file, not text"));

    let empty = write_file(d, "empty.md", b"");
    assert_eq!(import_file(&empty).unwrap_err().to_string(), format!("{} is empty", empty.display()));
    assert!(matches!(import_file(&write_file(d, "blank.html", b" \n\n ")), Err(ImportError::Empty { .. })));
    let furniture = write_file(d, "nav.html", b"<html><body><nav><a href=/>Home</a></nav></body></html>");
    let refusal = import_file(&furniture).unwrap_err().to_string();
    assert!(refusal.contains("holds no article text: it has only menus, footers and scripts"), "{refusal}");
    assert!(refusal.contains("copy its text and paste it into Faultline"), "{refusal}");

    // A sparse file: over the limit without writing 32 MB.
    let big = d.join("huge.txt");
    std::fs::File::create(&big).unwrap().set_len(MAX_ARTICLE_BYTES + 1).unwrap();
    let err = import_file(&big).unwrap_err();
    assert!(matches!(err, ImportError::TooLarge { size, .. } if size == MAX_ARTICLE_BYTES + 1), "{err}");
    assert!(err.to_string().contains("over the 33554432-byte limit"), "{err}");

    let pdf = write_file(d, "report.pdf", b"%PDF-1.7");
    assert!(read_path(&pdf).err().unwrap().contains("report.pdf: it is not a readable PDF"));
    let doc = write_file(d, "old.doc", b"\xD0\xCF\x11\xE0 binary");
    assert!(import_file(&doc).unwrap_err().to_string().ends_with(
        "Faultline imports .txt, .md, .html, .pdf and .docx files, news-database exports and .qdpx projects"
    ));
    assert!(matches!(import_file(&d.join("missing.txt")), Err(ImportError::Io { .. })));
    let folder = d.join("folder.html");
    std::fs::create_dir(&folder).unwrap();
    let err = import_file(&folder).unwrap_err().to_string();
    assert!(err.ends_with("it is a folder with no .txt, .md, .html, .pdf, .docx or .qdpx files in it"), "{err}");
}

/// Random bytes, and random soups of HTML fragments (which reach deeper into the parser than
/// noise does), through every importer: each returns an article or an error, never a panic, and
/// an article always has text and a title.
#[test]
fn thousands_of_random_inputs_never_panic() {
    const FRAGMENTS: &[&str] = &[
        "<p>",
        "</p>",
        "<div class=\"ad\">",
        "</div>",
        "<br>",
        "<script type=\"application/ld+json\">",
        "{\"@type\":\"NewsArticle\",\"author\":[",
        "</script>",
        "<meta charset=\"",
        "\">",
        "&ldquo;",
        "&#x1F600;",
        "&#99999999;",
        "<![CDATA[",
        "<!--",
        "-->",
        "<table><tr><td>",
        "<svg><foreignObject>",
        "<title>",
        "Talks resume. ",
        "协议 ",
        "\r\n",
        "---\ntitle: x\n",
        "\u{feff}",
        "<link rel=canonical href=",
    ];
    let mut rng = fastrand::Rng::with_seed(0x5eed);
    for i in 0..3000 {
        let bytes: Vec<u8> = if i % 2 == 0 {
            (0..rng.usize(0..400)).map(|_| rng.u8(..)).collect()
        } else {
            (0..rng.usize(0..60)).flat_map(|_| FRAGMENTS[rng.usize(..FRAGMENTS.len())].bytes()).collect()
        };
        for format in [Format::Text, Format::Html] {
            if let Ok(imported) = import_bytes(&bytes, format, "fallback") {
                assert!(!imported.article.text.trim().is_empty(), "{format:?} {bytes:?}");
                assert!(!imported.article.title.is_empty(), "{format:?} {bytes:?}");
                assert!(!imported.article.text.contains('\r'), "{format:?} {bytes:?}");
            }
        }
        let _ = article_from_pasted_text(&String::from_utf8_lossy(&bytes));
    }
}

/// A page nested 16,000 or 100,000 `<div>`s deep imports quickly (nesting is capped before
/// parsing; it took 26 s and forever), keeping the text at the bottom.
#[test]
fn deeply_nested_pages_import_with_their_text() {
    for depth in [16_000, 100_000] {
        let page = format!(
            "<html><body>{}<p>The ministry said talks would resume on Friday after a pause of two weeks.</p>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let imported = import_bytes(page.as_bytes(), Format::Html, "deep").unwrap();
        assert_eq!(imported.article.text, "The ministry said talks would resume on Friday after a pause of two weeks.");
    }
}

/// Random soups of nesting tags, unclosed and mismatched, at random depths up to 3,000: an
/// article or a clear refusal, never a panic.
#[test]
fn random_deep_nesting_never_panics() {
    const OPEN: &[&str] =
        &["<div>", "<span>", "<b>", "<table><tr><td>", "<ul><li>", "<p>", "<a href=x>", "<article>", "<i>"];
    const CLOSE: &[&str] = &["</div>", "</span>", "</b>", "</td></tr></table>", "</ul>", "</p>", "</a>", "</article>"];
    let mut rng = fastrand::Rng::with_seed(0xdee9);
    for _ in 0..40 {
        let mut page = String::from("<html><body>");
        for _ in 0..rng.usize(0..3000) {
            page.push_str(OPEN[rng.usize(..OPEN.len())]);
            if rng.u8(..) < 40 {
                page.push_str(CLOSE[rng.usize(..CLOSE.len())]);
            }
            if rng.u8(..) < 20 {
                page.push_str("Officials said the talks would resume next week in Geneva. ");
            }
        }
        if let Ok(imported) = import_bytes(page.as_bytes(), Format::Html, "soup") {
            assert!(!imported.article.text.trim().is_empty());
        }
    }
}

/// A soft hyphen inside "Netanyahu" (as a real page had), zero-width spaces and no-break spaces
/// are gone from the imported text, so actor matching and search find the name.
#[test]
fn invisible_characters_are_removed_at_import() {
    let page = "<html><head><title>Netan&shy;yahu visit</title></head><body><article>\
                <p>Prime Minister Netan&shy;yahu met&nbsp;the envoy\u{200B} on Monday, officials in Jerusalem said.</p>\
                </article></body></html>";
    let imported = import_bytes(page.as_bytes(), Format::Html, "f").unwrap();
    assert_eq!(imported.article.text, "Prime Minister Netanyahu met the envoy on Monday, officials in Jerusalem said.");
    assert_eq!(imported.article.title, "Netanyahu visit");
    let text = import_bytes("Visit\n\nNetan\u{AD}yahu\u{A0}met Xi\u{200B}.".as_bytes(), Format::Text, "f").unwrap();
    assert_eq!(text.article.text, "Netanyahu met Xi.");
    assert_eq!(
        article_from_pasted_text("Netan\u{AD}yahu spoke at length about the talks today.").unwrap().text,
        "Netanyahu spoke at length about the talks today."
    );
}
