//! Recovery copies: while a project has unsaved changes, a copy is written every so often so
//! that a crash or a power cut costs at most that interval of work.
//!
//! A saved project's copy sits beside it (`NAME.ron.recovery`); an unsaved one's sits in the
//! user's data folder, chosen by the UI. A clean exit removes the copy; finding one at start
//! means the last session did not end cleanly.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::analysis::stats::{Stats, stats};
use crate::model::Project;

use super::project_file::{self, LoadError, SaveError};

/// `NAME.ron` -> `NAME.ron.recovery`.
pub fn recovery_path(project: &Path) -> PathBuf {
    let mut name = project.file_name().unwrap_or_default().to_os_string();
    name.push(".recovery");
    project.with_file_name(name)
}

/// Writes a recovery copy (atomically, like a save, but without a backup).
pub fn write(project: &Project, recovery: &Path) -> Result<(), SaveError> {
    if let Some(dir) = recovery.parent() {
        std::fs::create_dir_all(dir).map_err(|source| SaveError::Io { path: dir.to_owned(), source })?;
    }
    project_file::write_project(project, recovery)
}

/// What a recovery copy holds, to show before the analyst decides.
#[derive(Debug)]
pub struct Found {
    pub path: PathBuf,
    pub project: Project,
    pub written: Option<SystemTime>,
    pub stats: Stats,
}

impl Found {
    /// "3 articles, 41 claims, 12 events; written 2025-06-02 14:03:11" and, when the project
    /// file exists, how that differs from it.
    pub fn describe(&self, saved: Option<&Project>) -> String {
        let s = &self.stats;
        let mut text = format!(
            "“{}”: {} articles, {} claims, {} actors, {} events",
            s.name, s.articles, s.claims, s.actors, s.events
        );
        if let Some(t) = self.written.and_then(|t| jiff::Timestamp::try_from(t).ok()) {
            let local = t.to_zoned(jiff::tz::TimeZone::system());
            text.push_str(&format!("; written {}", local.strftime("%Y-%m-%d %H:%M:%S")));
        }
        if let Some(saved) = saved {
            let b = stats(saved);
            let diff = |now: usize, then: usize| now as i64 - then as i64;
            text.push_str(&format!(
                ". Compared with the saved file: {:+} articles, {:+} claims, {:+} events.",
                diff(s.articles, b.articles),
                diff(s.claims, b.claims),
                diff(s.events, b.events)
            ));
        }
        text
    }
}

/// The recovery copy at `path`, if one is there. A copy that no longer parses is reported as an
/// error rather than ignored, so the analyst can rescue it by hand.
pub fn find(path: &Path) -> Option<Result<Found, LoadError>> {
    if !path.is_file() {
        return None;
    }
    Some(project_file::load(path).map(|project| Found {
        path: path.to_owned(),
        written: std::fs::metadata(path).and_then(|m| m.modified()).ok(),
        stats: stats(&project),
        project,
    }))
}

/// Removes a recovery copy (after a save, a clean exit, or when the analyst discards it).
pub fn remove(path: &Path) {
    let _ = std::fs::remove_file(path);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::sample_project;

    #[test]
    fn a_recovery_copy_is_written_found_described_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let project_path = dir.path().join("p.ron");
        let rec = recovery_path(&project_path);
        assert_eq!(rec, dir.path().join("p.ron.recovery"));
        assert!(find(&rec).is_none());
        let mut p = sample_project();
        let saved = p.clone();
        let first = p.events.ids().next().unwrap();
        p.events.remove(first);
        write(&p, &rec).unwrap();
        let found = find(&rec).unwrap().unwrap();
        assert_eq!(found.project, p);
        let text = found.describe(Some(&saved));
        assert!(text.contains("11 events"), "{text}");
        assert!(text.contains("-1 events"), "{text}");
        assert!(text.contains("written 20"), "{text}");
        remove(&rec);
        assert!(find(&rec).is_none());
    }
}
