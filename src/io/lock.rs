//! One writer at a time: the advisory lock every process that will write a project holds.
//!
//! The lock is an operating-system file lock (`flock` on Unix, `LockFileEx` on Windows, both
//! through `std::fs::File::try_lock`) on a hidden file beside the project, `.NAME.ron.lock`.
//! The system drops it when its holder exits, however it exits, so a crash or a kill never
//! leaves a stale lock behind. The holder writes who it is into the file (program, process,
//! machine, since when) so that whoever is refused can be told who holds it. The file itself
//! stays in place: deleting it while another process waits on it would let two holders in.
//!
//! While the lock is held nothing else of Faultline's writes the project, so temporary files
//! left beside it by a save that was killed are stale by definition and are removed here.

use std::fs::{self, File, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Who holds a lock: told to whoever is refused it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holder {
    /// The workbench with the project open: it holds it until the project is closed.
    Workbench,
    /// A command-line command (`import`, `new`, `generate`) for as long as it runs.
    Command(&'static str),
}

impl Holder {
    fn describe(self) -> String {
        match self {
            Holder::Workbench => "the Faultline workbench".to_owned(),
            Holder::Command(name) => format!("faultline {name}"),
        }
    }
}

/// A held lock; dropping it releases the lock.
#[derive(Debug)]
pub struct ProjectLock {
    /// Kept open: closing it releases the lock.
    _file: File,
    project: PathBuf,
}

impl ProjectLock {
    /// The project file (through any links) this lock guards.
    pub fn project(&self) -> &Path {
        &self.project
    }
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("{project} is {} {holder}; {advice}", if *.workbench { "open in" } else { "being changed by" })]
    Held { project: PathBuf, holder: String, advice: &'static str, workbench: bool },
    #[error(
        "cannot lock {project} for writing ({source}); Faultline needs to create the file {lock} beside it: check that the folder exists and can be written to"
    )]
    Io { project: PathBuf, lock: PathBuf, source: std::io::Error },
}

/// The project's real file: writes go through a symbolic link to its target, so two links to
/// one file share one lock. A project that does not exist yet is its own path.
pub fn resolve(project: &Path) -> PathBuf {
    fs::canonicalize(project).unwrap_or_else(|_| {
        // A new file in an existing folder: resolve the folder so `a/../p.ron` and `p.ron` agree.
        match (project.parent(), project.file_name()) {
            (Some(dir), Some(name)) => {
                let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
                fs::canonicalize(dir).map(|d| d.join(name)).unwrap_or_else(|_| project.to_owned())
            }
            _ => project.to_owned(),
        }
    })
}

/// `dir/NAME.ron` -> `dir/.NAME.ron.lock`.
pub fn lock_path(project: &Path) -> PathBuf {
    let name = project.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    project.with_file_name(format!(".{name}.lock"))
}

/// Takes the lock on `project` for `holder`. A command waits up to `wait` for another command
/// to finish (imports run one after the other rather than failing); a project open in the
/// workbench is refused at once, since it stays open for hours.
pub fn acquire(project: &Path, holder: Holder, wait: Duration) -> Result<ProjectLock, LockError> {
    let project = resolve(project);
    let lock = lock_path(&project);
    let io = |source| LockError::Io { project: project.clone(), lock: lock.clone(), source };
    let mut file =
        fs::OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&lock).map_err(io)?;
    let started = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(TryLockError::WouldBlock) => {
                let (who, is_workbench) = read_holder(&mut file);
                if is_workbench || started.elapsed() >= wait {
                    let advice = if is_workbench {
                        "save your work there and close the project (or quit the workbench), then try again"
                    } else {
                        "wait for it to finish and try again"
                    };
                    return Err(LockError::Held { project, holder: who, advice, workbench: is_workbench });
                }
                // Jittered so that many waiting commands do not all retry at once.
                std::thread::sleep(Duration::from_millis(20 + fastrand::u64(0..40)));
            }
            Err(TryLockError::Error(e)) => return Err(io(e)),
        }
    }
    let note = format!(
        "{}\nprocess {} on {}, since {}\n",
        holder.describe(),
        std::process::id(),
        host_name(),
        jiff::Zoned::now().strftime("%Y-%m-%d %H:%M:%S")
    );
    // Telling others who holds the lock is a courtesy: failing to write it does not stop the work.
    let _ = file.set_len(0).and_then(|()| file.rewind()).and_then(|()| file.write_all(note.as_bytes()));
    remove_stale_temporaries(&project);
    Ok(ProjectLock { _file: file, project })
}

/// "faultline import (process 4242 on analyst-laptop, since 2026-01-01 10:00:00)", and whether
/// the holder is the workbench. Windows does not let a locked file be read: there the holder is
/// "another Faultline program".
fn read_holder(file: &mut File) -> (String, bool) {
    let mut text = String::new();
    let read = file.rewind().and_then(|()| file.take(4096).read_to_string(&mut text));
    let mut lines = text.lines();
    match (read, lines.next(), lines.next()) {
        (Ok(_), Some(who), Some(detail)) if !who.is_empty() => {
            (format!("{who} ({detail})"), who == Holder::Workbench.describe())
        }
        _ => ("another Faultline program".to_owned(), false),
    }
}

fn host_name() -> String {
    let from_env = std::env::var("HOSTNAME").or_else(|_| std::env::var("COMPUTERNAME")).ok();
    from_env
        .or_else(|| fs::read_to_string("/etc/hostname").ok())
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "this computer".to_owned())
}

/// Removes the temporary files that saves of this project (and of its recovery copy and
/// backup) leave when they are killed midway: `.NAME.ron.PID.tmp` and the like. Only the lock
/// holder writes them, so with the lock held none of them belongs to a live save.
fn remove_stale_temporaries(project: &Path) {
    for tmp in temporaries_of(project) {
        let _ = fs::remove_file(tmp);
    }
}

/// The temporary files beside `path` that writes of it (or of its `.bak` or `.recovery`) make.
pub(super) fn temporaries_of(path: &Path) -> Vec<PathBuf> {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().map(|n| n.to_string_lossy().into_owned())) else {
        return Vec::new();
    };
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    entries.flatten().filter(|e| is_temporary_of(&e.file_name().to_string_lossy(), &name)).map(|e| e.path()).collect()
}

/// Whether `file` is a temporary file a save of `name`, its `.bak` or its `.recovery` writes
/// (see [`super::project_file::temporary_path`]).
fn is_temporary_of(file: &str, name: &str) -> bool {
    let Some(rest) = file.strip_prefix('.').and_then(|f| f.strip_suffix(".tmp")) else { return false };
    [String::new(), ".bak".to_owned(), ".recovery".to_owned()].iter().any(|suffix| {
        rest.strip_prefix(name)
            .and_then(|r| r.strip_prefix(suffix.as_str()))
            .and_then(|r| r.strip_prefix('.'))
            .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_is_refused_with_the_first_ones_name_and_let_in_once_it_is_released() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("p.ron");
        let first = acquire(&project, Holder::Command("import"), Duration::ZERO).unwrap();
        let err = acquire(&project, Holder::Command("import"), Duration::from_millis(100)).unwrap_err().to_string();
        assert!(err.contains("p.ron is being changed by faultline import (process"), "{err}");
        assert!(err.contains(&format!("process {}", std::process::id())), "{err}");
        assert!(err.contains("wait for it to finish"), "{err}");
        drop(first);
        acquire(&project, Holder::Command("import"), Duration::ZERO).unwrap();
    }

    #[test]
    fn the_workbench_holding_a_project_is_named_and_not_waited_for() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("p.ron");
        let _open = acquire(&project, Holder::Workbench, Duration::ZERO).unwrap();
        let started = Instant::now();
        let err = acquire(&project, Holder::Command("import"), Duration::from_secs(60)).unwrap_err().to_string();
        assert!(started.elapsed() < Duration::from_secs(30), "refused at once, not after the wait");
        assert!(err.contains("p.ron is open in the Faultline workbench (process"), "{err}");
        assert!(err.contains("close the project"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn two_links_to_one_project_share_its_lock() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("p.ron");
        fs::write(&project, "x").unwrap();
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&project, &link).unwrap();
        let _held = acquire(&link, Holder::Command("import"), Duration::ZERO).unwrap();
        assert!(acquire(&project, Holder::Command("import"), Duration::ZERO).is_err());
    }

    #[test]
    fn only_the_temporary_files_of_this_project_are_stale() {
        assert!(is_temporary_of(".p.ron.4242.tmp", "p.ron"));
        assert!(is_temporary_of(".p.ron.bak.17.tmp", "p.ron"));
        assert!(is_temporary_of(".p.ron.recovery.9.tmp", "p.ron"));
        assert!(!is_temporary_of(".p.ron.tmp", "p.ron"));
        assert!(!is_temporary_of(".q.ron.4242.tmp", "p.ron"));
        assert!(!is_temporary_of(".p.ron.x1.tmp", "p.ron"));
        assert!(!is_temporary_of("p.ron.4242.tmp", "p.ron"));
    }

    #[test]
    fn taking_the_lock_removes_temporary_files_left_by_killed_saves() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("p.ron");
        let stale = dir.path().join(".p.ron.99999.tmp");
        let other = dir.path().join(".q.ron.99999.tmp");
        fs::write(&stale, "half a project").unwrap();
        fs::write(&other, "someone else's").unwrap();
        let _held = acquire(&project, Holder::Command("import"), Duration::ZERO).unwrap();
        assert!(!stale.exists());
        assert!(other.exists());
    }
}
