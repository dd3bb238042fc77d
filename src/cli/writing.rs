//! The commands that change a project (`new`, `import`, `generate`): they hold its lock from
//! reading to saving, list what opening it repaired, and save only if the file on disk is still
//! the one they read, so no two writers ever lose each other's work.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::io::lock::{self, Holder, LockError, ProjectLock};
use crate::io::project_file::{self, FileStamp};
use crate::io::repair::refuse_losing_data;
use crate::model::Project;

use super::{CliError, fail};

/// How long a command waits for another command holding the project before giving up: twenty
/// imports started at once into a 30 MB project all got their turn within two minutes.
pub const WAIT_FOR_LOCK: Duration = Duration::from_secs(600);

/// A project held for writing by this command.
pub struct Writing {
    path: PathBuf,
    /// Held until the save is done.
    _lock: ProjectLock,
    /// The file as read; `None` when it did not exist.
    stamp: Option<FileStamp>,
}

impl Writing {
    /// Takes the project's lock for `command` and reads it, listing every problem found and
    /// repaired. A project that does not exist is created (named after its file) when `create`
    /// says so; one holding data this version would drop is refused.
    pub fn open(
        path: &Path,
        command: &'static str,
        create: bool,
        out: &mut dyn Write,
    ) -> Result<(Self, Project), CliError> {
        if path.is_dir() {
            return Err(CliError(format!("{} is a folder; give the project's file name", path.display())));
        }
        let lock = hold(path, command, out)?;
        let exists = std::fs::symlink_metadata(path).is_ok();
        if !exists && create {
            let name = path.file_stem().map_or_else(|| "Untitled project".to_owned(), |s| s.to_string_lossy().into());
            writeln!(out, "{} does not exist: creating it as a new project “{name}”", path.display()).map_err(fail)?;
            return Ok((Self { path: path.to_owned(), _lock: lock, stamp: None }, Project::new(name)));
        }
        let stamp = FileStamp::of(path).ok();
        let (project, problems) = project_file::load_checked(path).map_err(fail)?;
        refuse_losing_data(&problems, path).map_err(CliError)?;
        for problem in &problems {
            writeln!(out, "{}: {problem}", path.display()).map_err(fail)?;
        }
        Ok((Self { path: path.to_owned(), _lock: lock, stamp }, project))
    }

    /// Whether the project file was there when the lock was taken.
    pub fn existed(&self) -> bool {
        self.stamp.is_some()
    }

    /// Saves `project` unless the file changed since it was read (another program than
    /// Faultline wrote it: Faultline's own writers wait for the lock), then releases the lock.
    pub fn save(self, project: &Project, out: &mut dyn Write) -> Result<(), CliError> {
        let changed = match self.stamp {
            Some(stamp) => stamp.changed(&self.path),
            None => std::fs::symlink_metadata(&self.path).is_ok(),
        };
        if changed {
            return Err(CliError(format!(
                "{} was changed by another program while this command ran, so nothing was saved (saving would have \
                 overwritten that change). Run the command again",
                self.path.display()
            )));
        }
        project_file::save(project, &self.path).map_err(fail)?;
        writeln!(out, "saved {}", self.path.display()).map_err(fail)
    }
}

/// Takes the project's lock for `command`, saying so when it has to wait for another command.
pub fn hold(path: &Path, command: &'static str, out: &mut dyn Write) -> Result<ProjectLock, CliError> {
    let holder = Holder::Command(command);
    match lock::acquire(path, holder, Duration::ZERO) {
        Err(LockError::Held { holder: other, workbench: false, .. }) => {
            writeln!(out, "{} is being changed by {other}; waiting for it to finish", path.display()).map_err(fail)?;
            lock::acquire(path, holder, WAIT_FOR_LOCK).map_err(fail)
        }
        taken => taken.map_err(fail),
    }
}
