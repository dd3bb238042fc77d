//! Exports never overwrite a project: not the one exported, its `.bak`, `.recovery` or lock
//! file (by any name or link that leads to them), and not any other file that holds a Faultline
//! project, unless the analyst says `--force`.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::io::{lock, project_file, recovery};

/// What an export must not overwrite.
#[derive(Clone, Debug, Default)]
pub struct Protected {
    /// The project being exported, whose own files are protected.
    pub project: Option<PathBuf>,
    /// Overwrite even a project file (the analyst asked for it).
    pub force: bool,
}

impl Protected {
    /// Lets `out` be written, or says why writing it would destroy a project. With `force`, a
    /// project file about to be replaced is first kept as its `.bak`, as a save keeps it.
    pub fn admit(&self, out: &Path) -> Result<(), String> {
        match self.why_protected(out) {
            Some(_) if self.force => {
                project_file::keep_backup(out);
                Ok(())
            }
            Some(why) => Err(why),
            None => Ok(()),
        }
    }

    fn why_protected(&self, out: &Path) -> Option<String> {
        let own = self.project.iter().flat_map(|p| {
            let real = lock::resolve(p);
            [
                (real.clone(), "the project itself"),
                (project_file::backup_path(&real), "the project's backup"),
                (recovery::recovery_path(&real), "the project's recovery copy"),
                (lock::lock_path(&real), "the project's lock file"),
            ]
        });
        let resolved = lock::resolve(out);
        if let Some((path, what)) = own.into_iter().find(|(p, _)| same_file(p, out) || *p == resolved) {
            return Some(format!("{}: it is {what} ({})", out.display(), path.display()));
        }
        holds_a_project(out).then(|| format!("{}: it holds a Faultline project", out.display()))
    }
}

/// Whether two paths lead to one file (through links, `..` and hard links alike).
fn same_file(a: &Path, b: &Path) -> bool {
    let (Ok(ma), Ok(mb)) = (fs::metadata(a), fs::metadata(b)) else { return false };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        ma.dev() == mb.dev() && ma.ino() == mb.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (ma, mb);
        matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
    }
}

/// Whether the file at `path` begins as a project file does: `(` and then `format:`.
fn holds_a_project(path: &Path) -> bool {
    let Ok(meta) = fs::metadata(path) else { return false };
    if !meta.is_file() {
        return false;
    }
    let mut head = Vec::with_capacity(256);
    if fs::File::open(path).and_then(|f| f.take(256).read_to_end(&mut head)).is_err() {
        return false;
    }
    let text = String::from_utf8_lossy(&head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    text.strip_prefix('(').is_some_and(|rest| rest.trim_start().starts_with("format:"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::SAMPLE_RON;

    #[test]
    fn the_project_its_backup_and_its_recovery_copy_are_refused_and_force_allows_them() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("p.ron");
        for path in [project.clone(), project_file::backup_path(&project), recovery::recovery_path(&project)] {
            fs::write(&path, "anything").unwrap();
            let guard = Protected { project: Some(project.clone()), force: false };
            assert!(guard.admit(&path).is_err(), "{}", path.display());
            assert!(Protected { force: true, ..guard }.admit(&path).is_ok());
            let kept = project_file::backup_path(&path);
            assert_eq!(fs::read_to_string(&kept).unwrap(), "anything", "forced, the old file is kept as .bak");
            fs::remove_file(kept).unwrap();
        }
        let guard = Protected { project: Some(project.clone()), force: false };
        assert!(guard.admit(&dir.path().join("p.json")).is_ok());
        let not_yet = dir.path().join("q.ron");
        let guard = Protected { project: Some(not_yet.clone()), force: false };
        let why = guard.admit(&project_file::backup_path(&not_yet)).unwrap_err();
        assert!(
            why.ends_with(&format!(
                "it is the project's backup ({})",
                project_file::backup_path(&lock::resolve(&not_yet)).display()
            )),
            "{why}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_or_a_detour_to_the_project_is_the_project() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("p.ron");
        fs::write(&project, "anything").unwrap();
        let link = dir.path().join("out.json");
        std::os::unix::fs::symlink(&project, &link).unwrap();
        let hard = dir.path().join("hard.json");
        fs::hard_link(&project, &hard).unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        let guard = Protected { project: Some(project.clone()), force: false };
        for out in [link, hard, dir.path().join("sub/../p.ron")] {
            assert!(guard.admit(&out).unwrap_err().contains("it is the project itself"), "{}", out.display());
        }
    }

    #[test]
    fn any_other_project_file_is_refused_by_its_contents() {
        let dir = tempfile::tempdir().unwrap();
        let other = dir.path().join("other.html");
        fs::write(&other, SAMPLE_RON).unwrap();
        let why = Protected::default().admit(&other).unwrap_err();
        assert!(why.ends_with("other.html: it holds a Faultline project"), "{why}");
        fs::write(&other, "<html>(format: 2)</html>").unwrap();
        assert!(Protected::default().admit(&other).is_ok());
    }
}
