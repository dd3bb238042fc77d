//! `faultline export` and `faultline import FILE.qdpx`, run as the binary.

use crate::support::{SAMPLE, faultline};

#[test]
fn export_csv_writes_two_tables_named_after_out() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rare.csv");
    let (ok, stdout, err) = faultline(&["export", SAMPLE, "--format", "csv", "-o", out.to_str().unwrap()]);
    assert!(ok, "{err}");
    let events = dir.path().join("rare-events.csv");
    let claims = dir.path().join("rare-claims.csv");
    assert_eq!(stdout, format!("wrote {}\nwrote {}\n", events.display(), claims.display()));
    let rows = |path| csv::Reader::from_path(path).unwrap().records().count();
    assert_eq!((rows(&events), rows(&claims)), (12, 24));
}

#[test]
fn export_qdpx_then_import_it_into_an_empty_project() {
    let dir = tempfile::tempdir().unwrap();
    let qdpx = dir.path().join("sample.qdpx");
    let (ok, stdout, err) = faultline(&["export", SAMPLE, "--format", "qdpx", "-o", qdpx.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert_eq!(stdout, format!("wrote {}\n", qdpx.display()));
    let zip = zip::ZipArchive::new(std::fs::File::open(&qdpx).unwrap()).unwrap();
    assert_eq!(zip.len(), 3, "project.qde and two sources");

    let project = dir.path().join("p.ron");
    std::fs::write(&project, "(format: 1, name: \"Empty\")").unwrap();
    let (ok, stdout, err) = faultline(&["import", project.to_str().unwrap(), qdpx.to_str().unwrap()]);
    assert!(ok, "{err}");
    assert!(stdout.contains("imported 2 sources, 39 codes and 24 coded selections"), "{stdout}");
    assert!(!stdout.contains("problem"), "{stdout}");
    let (_, stats, _) = faultline(&["stats", project.to_str().unwrap()]);
    assert!(
        stats.contains("articles: 2\n") && stats.contains("claims:   24\n") && stats.contains("tags:     39\n"),
        "{stats}"
    );
}

#[test]
fn export_errors_are_clear() {
    let (ok, out, err) = faultline(&["export", SAMPLE, "--format", "html", "-o", "/no/such/folder/r.html"]);
    assert!(!ok && out.is_empty());
    assert!(
        err.contains("cannot export to /no/such/folder/r.html: the folder /no/such/folder does not exist"),
        "{err}"
    );
    let (ok, _, err) = faultline(&["export", SAMPLE, "--format", "pdf", "-o", "x.pdf"]);
    assert!(!ok);
    assert!(err.contains("pdf"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.qdpx");
    std::fs::write(&bad, "not a zip").unwrap();
    let (ok, _, err) = faultline(&["import", SAMPLE, bad.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("is not a REFI-QDA project: it is not a zip archive"), "{err}");
}
