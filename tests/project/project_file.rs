//! Project files: round trips, atomic writes, and clear errors for bad files.

use faultline::edit::{Document, builders};
use faultline::io::project_file::{self, LoadError};
use faultline::model::FORMAT_VERSION;
use faultline::sample::{SAMPLE_RON, sample_project};

#[test]
fn save_then_load_gives_an_equal_project() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut doc = Document::new(sample_project(), None);
    // Text with quotes, a raw-string delimiter and a backslash survives the multi-line form.
    let article = doc.project().articles.ids().next().unwrap();
    let mut a = doc.project().articles.get(article).unwrap().clone();
    a.notes = "He said \"#done\"# and left \\ r#\"x\"#\nnext line\ttab".into();
    doc.apply(faultline::edit::Edit::one("note", faultline::edit::Op::Put(faultline::edit::Record::Article(a))))
        .unwrap();
    let (edit, _) = builders::new_claim(doc.project(), article, 0, 12).unwrap();
    doc.apply(edit).unwrap();
    project_file::save(doc.project(), &path).unwrap();
    let loaded = project_file::load(&path).unwrap();
    assert_eq!(&loaded, doc.project());
    // Written straight into the file, it is the same text `to_ron` makes.
    assert_eq!(std::fs::read_to_string(&path).unwrap(), project_file::to_ron(doc.project()).unwrap());
    // No temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names, vec![std::ffi::OsString::from("p.ron")]);
}

fn load_err(content: &[u8]) -> LoadError {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.ron");
    std::fs::write(&path, content).unwrap();
    let err = project_file::load(&path).unwrap_err();
    // The file on disk is never touched by a failed load.
    assert_eq!(std::fs::read(&path).unwrap(), content);
    err
}

#[test]
fn a_truncated_file_reports_line_and_column() {
    let truncated = &SAMPLE_RON.as_bytes()[..SAMPLE_RON.len() / 2];
    let err = load_err(truncated);
    let LoadError::Parse { line, column, .. } = &err else { panic!("{err}") };
    assert!(*line > 1 && *column >= 1);
    let msg = err.to_string();
    assert!(msg.contains(&format!("line {line}, column {column}")), "{msg}");
    assert!(msg.contains("is not a valid Faultline project"), "{msg}");
}

#[test]
fn a_non_ron_file_reports_line_and_column() {
    let err = load_err(b"{\n  \"format\": 1,\n  \"name\": \"json, not ron\"\n}\n");
    assert!(matches!(err, LoadError::Parse { line: 1 | 2, .. }), "{err}");
    let err = load_err(b"Just some notes.\n");
    assert!(err.to_string().contains("line 1, column"), "{err}");
}

#[test]
fn binary_empty_directory_and_newer_files_get_clear_messages() {
    assert!(matches!(load_err(b"\xff\xfe\x00binary"), LoadError::NotText { .. }));
    assert!(matches!(load_err(b""), LoadError::Parse { .. }));
    let dir = tempfile::tempdir().unwrap();
    let err = project_file::load(dir.path()).unwrap_err();
    assert!(err.to_string().contains("is a folder"), "{err}");
    let err = project_file::load(&dir.path().join("missing.ron")).unwrap_err();
    assert!(err.to_string().contains("cannot open"), "{err}");

    let newer = SAMPLE_RON.replacen(&format!("format: {FORMAT_VERSION},"), "format: 99,", 1);
    let err = load_err(newer.as_bytes());
    let msg = err.to_string();
    assert!(msg.contains("format 99") && msg.contains(&format!("format {FORMAT_VERSION}")), "{msg}");
    // Even when the newer file has fields this version cannot parse.
    let newer_shape = "(format: 7, name: \"x\", hologram: Some(Thing(1)), articles: 5)";
    assert!(matches!(load_err(newer_shape.as_bytes()), LoadError::NewerVersion { found: 7, .. }));
}

#[test]
fn a_failed_open_leaves_the_open_project_unchanged() {
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use faultline::ui::FaultlineApp;

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, &SAMPLE_RON[..200]).unwrap();
    let mut h = Harness::builder().with_size(egui::vec2(1280.0, 800.0)).build_eframe(|cc| FaultlineApp::new(cc, None));
    h.run();
    let before = h.state().document().project().clone();
    let ctx = h.ctx.clone();
    h.state_mut().act(&ctx, faultline::ui::Action::OpenPath(bad.clone()));
    h.run();
    assert_eq!(h.state().document().project(), &before);
    let msg = h.state().dialog_message().expect("an error dialog").to_owned();
    assert!(msg.contains("line") && msg.contains("column"), "{msg}");
    h.get_by_label("Cannot open the project");
}

#[test]
fn a_file_in_the_earlier_layout_loads_the_same() {
    // The sample as saved before the compact layout: four-space indentation, a line per list
    // item, and empty fields written out (`note: ""`, `speaker: None`, `bilateral: false`).
    let spelled_out = include_str!("../fixtures/layout/sample-spelled-out.ron");
    assert!(spelled_out.contains("            note: \"\",\n") && spelled_out.contains("score: None,"));
    let (p, problems) = project_file::parse_checked(spelled_out).unwrap();
    // A format 2 file: one note says what opening it as format 3 and 4 means.
    assert_eq!(problems.len(), 1, "{problems:?}");
    let note = &problems[0].message;
    assert!(note.starts_with("opened a format 2 file as format 4") && note.contains("format 3: "), "{note}");
    assert_eq!(p, sample_project());
    assert_eq!(project_file::to_ron(&p).unwrap(), SAMPLE_RON, "and saves in the current layout");
}

#[test]
fn a_byte_order_mark_from_notepad_is_skipped() {
    let with_bom = format!("\u{feff}{SAMPLE_RON}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    std::fs::write(&path, with_bom).unwrap();
    assert_eq!(project_file::load(&path).unwrap(), sample_project());
}

#[test]
fn invalid_utf8_is_reported_at_its_byte_line_and_column() {
    let mut bytes = b"(format: 2,\n name: \"caf".to_vec();
    bytes.extend_from_slice(b"\xe9\")\n");
    let msg = load_err(&bytes).to_string();
    assert!(msg.contains("byte 23 (line 2, column 12) is not valid UTF-8"), "{msg}");
    assert!(msg.contains("Save it as UTF-8 text"), "{msg}");
}

#[test]
fn format_0_is_named_as_a_version_no_faultline_wrote() {
    let v0 = SAMPLE_RON.replacen(&format!("format: {FORMAT_VERSION},"), "format: 0,", 1);
    let msg = load_err(v0.as_bytes()).to_string();
    assert!(msg.contains("says it is file format 0, which no Faultline has written"), "{msg}");
    assert!(msg.contains(&format!("write `format: {FORMAT_VERSION},`")), "{msg}");
}

#[test]
fn brackets_nested_too_deeply_get_advice_for_an_analyst_not_a_developer() {
    let deep = format!("(format: 2, name: \"x\", extra: {}", "[".repeat(20_000));
    let msg = load_err(deep.as_bytes()).to_string();
    assert!(msg.contains("nested too deeply"), "{msg}");
    assert!(msg.contains("line 1, column"), "{msg}");
    assert!(!msg.contains("serde_stacker") && !msg.contains("recursion_limit"), "{msg}");
}

#[test]
fn unknown_fields_are_listed_as_data_a_save_would_lose() {
    let extra = SAMPLE_RON.replacen("name:", "colour_scheme: \"dark\",\n\tname:", 1);
    let (_, problems) = project_file::parse_checked(&extra).unwrap();
    let unknown: Vec<_> = problems.iter().filter(|p| p.outcome == faultline::io::repair::Outcome::NotKept).collect();
    assert_eq!(unknown.len(), 1, "{problems:?}");
    assert!(unknown[0].message.contains("`colour_scheme`"), "{}", unknown[0].message);
    assert_eq!(unknown[0].unknown_field.as_deref(), Some("colour_scheme"), "the field is carried as data");
    assert!(unknown[0].to_string().starts_with("[would be lost by saving]"));
}

#[cfg(unix)]
#[test]
fn a_named_pipe_or_a_device_given_as_a_project_is_refused_at_once() {
    let err = project_file::load(std::path::Path::new("/dev/zero")).unwrap_err().to_string();
    assert_eq!(
        err,
        "cannot open /dev/zero: it is a device, not an ordinary file; Faultline reads only ordinary files (save it as a file first)"
    );
}

#[cfg(unix)]
#[test]
fn a_save_keeps_the_file_mode_and_writes_through_a_link_to_its_target() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.ron");
    project_file::save(&sample_project(), &real).unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let mut p = sample_project();
    p.name = "Renamed".into();
    project_file::save(&p, &link).unwrap();
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link is still a link");
    assert_eq!(project_file::load(&real).unwrap().name, "Renamed", "the target has the new version");
    assert_eq!(std::fs::metadata(&real).unwrap().permissions().mode() & 0o777, 0o600);
    let bak = project_file::backup_path(&real);
    assert_eq!(project_file::load(&bak).unwrap(), sample_project(), "the backup sits beside the target");
}
