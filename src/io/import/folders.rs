//! Folders given to an import become the files inside them: every file Faultline reads, in every
//! subfolder, in name order. The workbench's Import, drag-and-drop and `faultline import` all
//! expand through here before reading each file through `read_path`.
//!
//! Hidden files and folders (names starting with `.`) are skipped, as are links to folders (so a
//! link cannot loop back); files named directly are kept whatever their type, so that an
//! unsupported one gets its own clear message. A folder that cannot be read, or that holds no file
//! Faultline reads, is kept as itself so that reading it reports why nothing came of it.

use std::path::{Path, PathBuf};

use super::Format;

/// `paths` with each folder replaced by the supported files under it.
pub fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let before = out.len();
            walk(path, &mut out);
            if out.len() == before {
                out.push(path.clone());
            }
        } else {
            out.push(path.clone());
        }
    }
    out
}

/// Whether a file in a folder is one Faultline reads.
pub fn supported(path: &Path) -> bool {
    Format::of(path).is_some()
        || path.extension().is_some_and(|e| ["qdpx", "pdf", "docx"].iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Appends the supported files under `dir`, sorted by name at each level.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let Ok(kind) = entry.file_type() else { continue };
        let path = entry.path();
        if kind.is_dir() {
            walk(&path, out);
        } else if supported(&path) && (kind.is_file() || kind.is_symlink() && path.is_file()) {
            out.push(path);
        }
    }
}

/// Why a folder gave no files: it cannot be read, or holds nothing Faultline reads.
pub fn empty_folder_reason(dir: &Path) -> String {
    match std::fs::read_dir(dir) {
        Err(e) => e.to_string(),
        Ok(_) => "it is a folder with no .txt, .md, .html, .pdf, .docx or .qdpx files in it".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_expand_recursively_to_supported_files_in_name_order() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("b/deeper")).unwrap();
        std::fs::create_dir_all(d.join(".git")).unwrap();
        for name in ["z.txt", "a.HTML", "photo.jpg", ".hidden.md", "b/deeper/c.md", "b/x.qdpx", ".git/HEAD.txt"] {
            std::fs::write(d.join(name), "x").unwrap();
        }
        let named = d.join("photo.jpg");
        let files = expand(&[d.to_path_buf(), named.clone()]);
        let expected = [d.join("a.HTML"), d.join("b/deeper/c.md"), d.join("b/x.qdpx"), d.join("z.txt"), named];
        assert_eq!(files, expected);
    }

    #[test]
    fn a_folder_with_nothing_to_import_is_kept_to_report_why() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.odt"), "x").unwrap();
        assert_eq!(expand(&[dir.path().to_path_buf()]), [dir.path().to_path_buf()]);
        assert!(empty_folder_reason(dir.path()).contains("no .txt, .md, .html, .pdf, .docx or .qdpx files"));
    }
}
