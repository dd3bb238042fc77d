//! The fuzz targets' inputs on stable Rust: a few thousand damaged project files and random
//! byte strings through the loader and every importer, none of which may panic. (The
//! coverage-guided versions live in `fuzz/`, for `cargo +nightly fuzz run`.)

use faultline::io::import::qdpx::parse_qdpx;
use faultline::io::import::{Format, article_from_pasted_text, import_bytes};
use faultline::io::project_file::parse_checked;
use faultline::sample::SAMPLE_RON;

#[test]
fn damaged_project_files_never_panic_the_loader() {
    let mut rng = fastrand::Rng::with_seed(2025);
    let base = SAMPLE_RON.as_bytes();
    for _ in 0..2_000 {
        let mut bytes = base.to_vec();
        match rng.u8(..4) {
            // Flip a few bytes.
            0 => {
                for _ in 0..rng.usize(1..8) {
                    let i = rng.usize(..bytes.len());
                    bytes[i] = rng.u8(..);
                }
            }
            // Cut it short.
            1 => bytes.truncate(rng.usize(..bytes.len())),
            // Splice a piece of the file into another place (duplicated records, unbalanced brackets).
            2 => {
                let a = rng.usize(..bytes.len());
                let b = (a + rng.usize(..2_000)).min(bytes.len());
                let piece = bytes[a..b].to_vec();
                let at = rng.usize(..bytes.len());
                bytes.splice(at..at, piece);
            }
            // Change a number.
            _ => {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let digits: Vec<usize> = text.match_indices(|c: char| c.is_ascii_digit()).map(|(i, _)| i).collect();
                let i = digits[rng.usize(..digits.len())];
                let mut t = text.into_bytes();
                t[i] = b'0' + rng.u8(..10);
                bytes = t;
            }
        }
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = parse_checked(text);
        }
    }
    // Deep nesting and huge strings are refused, not followed.
    let deep = format!("(format: 1, name: \"x\", description: {}1{})", "[".repeat(100_000), "]".repeat(100_000));
    assert!(parse_checked(&deep).is_err());
    let huge = format!("(format: 1, name: \"{}\")", "x".repeat(20_000_000));
    assert!(parse_checked(&huge).is_ok(), "a long string is just a long name");
}

#[test]
fn random_bytes_never_panic_the_importers() {
    let mut rng = fastrand::Rng::with_seed(99);
    for _ in 0..2_000 {
        let len = rng.usize(..512);
        let bytes: Vec<u8> = (0..len).map(|_| rng.u8(..)).collect();
        let _ = import_bytes(&bytes, Format::Text, "fuzz");
        let _ = import_bytes(&bytes, Format::Html, "fuzz");
        let _ = parse_qdpx(&bytes);
        let _ = article_from_pasted_text(&String::from_utf8_lossy(&bytes));
    }
}
