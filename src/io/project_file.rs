//! Project files: pretty RON with a format version, written atomically.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::model::{FORMAT_VERSION, Project};

use super::read::{ReadError, read_capped};
use super::repair::{Problem, RawProject, repair};

/// Projects larger than this are refused before reading (a year of coverage is ~60 MB).
pub const MAX_PROJECT_BYTES: u64 = 1 << 30;

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot open {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("cannot open {path}: {reason}")]
    Unreadable { path: PathBuf, reason: ReadError },
    #[error(
        "{path} is not a text file: byte {byte} (line {line}, column {column}) is not valid UTF-8. Save it as UTF-8 text, or restore {backup}"
    )]
    NotText { path: PathBuf, byte: usize, line: usize, column: usize, backup: String },
    #[error("{path} is not a valid Faultline project: line {line}, column {column}: {message}")]
    Parse { path: PathBuf, line: usize, column: usize, message: String },
    #[error(
        "{path} was written by a newer Faultline (file format {found}); this version reads format {supported} and older. Update Faultline to open it."
    )]
    NewerVersion { path: PathBuf, found: u32, supported: u32 },
    #[error(
        "{path} says it is file format 0, which no Faultline has written; if you made it by hand, write `format: {supported},` at its top"
    )]
    NoSuchVersion { path: PathBuf, supported: u32 },
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("cannot write {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("cannot encode the project: {0}")]
    Encode(String),
}

/// Reads a project file, repairing what can be repaired with certainty (see
/// [`super::repair`]); the problems found are dropped here, so callers that show them use
/// [`load_checked`]. Nothing is changed on disk or in memory when it fails.
pub fn load(path: &Path) -> Result<Project, LoadError> {
    load_checked(path).map(|(p, _)| p)
}

/// Reads a project file and reports every problem found and what was done about it.
pub fn load_checked(path: &Path) -> Result<(Project, Vec<Problem>), LoadError> {
    let bytes = read_capped(path, MAX_PROJECT_BYTES).map_err(|reason| match reason {
        ReadError::Io(source) => LoadError::Io { path: path.to_owned(), source },
        reason => LoadError::Unreadable { path: path.to_owned(), reason },
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let (line, column) = line_and_column(std::str::from_utf8(valid).unwrap_or_default());
        let backup = backup_path(path).display().to_string();
        LoadError::NotText { path: path.to_owned(), byte: valid.len(), line, column, backup }
    })?;
    parse_checked(&text).map_err(|e| e.at(path))
}

/// The line and column (both from 1, columns in chars) just after `before`.
fn line_and_column(before: &str) -> (usize, usize) {
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
    (line, column)
}

/// A parse failure before it is tied to a file name.
#[derive(Debug)]
pub enum ParseError {
    Syntax { line: usize, column: usize, message: String },
    NewerVersion { found: u32 },
    NoSuchVersion,
}

impl ParseError {
    fn at(self, path: &Path) -> LoadError {
        let path = path.to_owned();
        match self {
            ParseError::Syntax { line, column, message } => LoadError::Parse { path, line, column, message },
            ParseError::NewerVersion { found } => LoadError::NewerVersion { path, found, supported: FORMAT_VERSION },
            ParseError::NoSuchVersion => LoadError::NoSuchVersion { path, supported: FORMAT_VERSION },
        }
    }
}

/// Parses project RON text, repairing what can be repaired with certainty.
pub fn parse(text: &str) -> Result<Project, ParseError> {
    parse_checked(text).map(|(p, _)| p)
}

/// Parses project RON text and reports the problems found in it. A byte-order mark (which
/// Notepad adds) is skipped; fields this version does not know are reported, since saving
/// would drop them.
pub fn parse_checked(text: &str) -> Result<(Project, Vec<Problem>), ParseError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut unknown = Vec::new();
    match parse_raw(text, &mut unknown) {
        Ok(raw) if raw.format() > FORMAT_VERSION => Err(ParseError::NewerVersion { found: raw.format() }),
        Ok(raw) if raw.format() == 0 => Err(ParseError::NoSuchVersion),
        Ok(raw) => {
            let (project, mut problems) = repair(raw);
            problems.extend(unknown.into_iter().map(Problem::unknown_field));
            Ok((project, problems))
        }
        Err(e) => {
            // A newer file may fail to parse because of what is new in it: say so rather than
            // report a confusing syntax error.
            if let Some(found) = declared_version(text).filter(|&v| v > FORMAT_VERSION) {
                return Err(ParseError::NewerVersion { found });
            }
            Err(ParseError::Syntax { line: e.span.start.line, column: e.span.start.col, message: explain(&e.code) })
        }
    }
}

/// Deserialises the file, noting the path of every field no record here has
/// (`articles[3].colour`).
fn parse_raw(text: &str, unknown: &mut Vec<String>) -> Result<RawProject, ron::error::SpannedError> {
    let mut de = ron::Deserializer::from_str(text)?;
    let raw =
        serde_ignored::deserialize(&mut de, |path| unknown.push(path.to_string())).map_err(|e| de.span_error(e))?;
    de.end().map_err(|e| de.span_error(e))?;
    Ok(raw)
}

/// RON's message, or one in an analyst's words where RON's is meant for a programmer.
fn explain(code: &ron::Error) -> String {
    match code {
        ron::Error::ExceededRecursionLimit => "brackets are nested too deeply here for a project file (over 128 \
             levels); the file is damaged or is not a Faultline project. Restore it from its .bak copy"
            .to_owned(),
        other => other.to_string(),
    }
}

/// The `format: N` a file declares near its top, read without parsing the rest.
fn declared_version(text: &str) -> Option<u32> {
    let head: String = text.chars().take(4096).collect();
    let after = head.split_once("format:")?.1.trim_start();
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The project as pretty, stable RON (article texts as readable multi-line strings).
pub fn to_ron(project: &Project) -> Result<String, SaveError> {
    ron::ser::to_string_pretty(project, pretty_config()).map_err(|e| SaveError::Encode(e.to_string()))
}

/// The layout of a project file: one field a line down to the fields of each record, and what
/// a field holds (a claim's tags, an event's date and evidence, an actor's aliases) on that
/// field's line, indented by a tab a level (shown as wide as the reader's editor likes).
/// Four-space indentation and a line per id made a file of 100,000 claims half as large again
/// without reading any better.
pub fn pretty_config() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        // Project, list, record: below the record's fields everything stays on one line.
        .depth_limit(3)
        .indentor("\t")
        .escape_strings(false)
        .struct_names(false)
}

/// Writes the project atomically: a temporary file in the same folder, flushed to disk, then
/// renamed over the target, so a crash mid-save leaves either the old file or the new one. The
/// previous version is kept as `NAME.ron.bak`. A link is written through to the file it points
/// to, and the file keeps its permissions (and owner, where the system allows). Returns the new
/// file's stamp.
pub fn save(project: &Project, path: &Path) -> Result<FileStamp, SaveError> {
    let target = real_path(path);
    write_file(&target, true, |out| encode(project, out, &target))?;
    FileStamp::of(&target).map_err(|source| SaveError::Io { path: path.to_owned(), source })
}

/// Writes the project file atomically without a backup (recovery copies), encoding it straight
/// into the file: building the whole text first doubled the memory a save takes, and growing a
/// 60 MB string page by page made the UI thread's frames stutter while a save ran
/// (`cargo bench --bench frames -- save`).
pub fn write_project(project: &Project, path: &Path) -> Result<(), SaveError> {
    let target = real_path(path);
    write_file(&target, false, |out| encode(project, out, &target))
}

fn encode(project: &Project, out: &mut dyn Write, path: &Path) -> Result<(), SaveError> {
    ron::Options::default().to_io_writer_pretty(out, project, pretty_config()).map_err(|e| match e {
        ron::Error::Io(message) => SaveError::Io { path: path.to_owned(), source: std::io::Error::other(message) },
        e => SaveError::Encode(e.to_string()),
    })
}

/// The file `path` names: the target of a symbolic link (so the link stays a link and its
/// target gets the new version), else `path` itself.
fn real_path(path: &Path) -> PathBuf {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return path.to_owned();
    }
    fs::canonicalize(path).unwrap_or_else(|_| {
        // A link to a file not yet written: its target, relative to the link's folder.
        let target = fs::read_link(path).unwrap_or_else(|_| path.to_owned());
        path.parent().map_or(target.clone(), |dir| dir.join(&target))
    })
}

/// `NAME.ron` -> `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// `dir/NAME` -> `dir/.NAME.PID.tmp`: where a write of `NAME` by this process goes first. The
/// process id keeps two writers apart; the lock ([`super::lock`]) removes those a killed save
/// left behind, and an export those a killed export left (see `remove_abandoned_temporaries`).
pub fn temporary_path(path: &Path) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// How long a temporary file must have gone unwritten before a cleaner may take it as
/// abandoned: more than the moment between a write's end and its rename.
const ABANDONED_AFTER: std::time::Duration = std::time::Duration::from_secs(60);

/// Removes the temporary files killed writes of `path` left, for writers that hold no project
/// lock (exports; saves clean theirs when they take the lock): those no live write holds
/// locked and nothing has written to for [`ABANDONED_AFTER`].
fn remove_abandoned_temporaries(path: &Path) {
    for tmp in super::lock::temporaries_of(path) {
        let idle = fs::metadata(&tmp).and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
        let Ok(file) = fs::File::open(&tmp) else { continue };
        if idle.is_some_and(|d| d > ABANDONED_AFTER) && file.try_lock().is_ok() {
            drop(file);
            let _ = fs::remove_file(&tmp);
        }
    }
}

/// Keeps the file about to be replaced as `.bak`: a copy, never a hard link (a link would be
/// the current file under a second name as soon as anything wrote to it in place). It is made
/// only once the new version is safely on disk, so a save that fails or is killed before that
/// leaves the previous `.bak` alone. A backup that cannot be made does not stop the save: the
/// new version matters more than the old one.
pub fn keep_backup(path: &Path) {
    if !path.is_file() {
        return;
    }
    let bak = backup_path(path);
    let tmp = temporary_path(&bak);
    let copied = fs::copy(path, &tmp).and_then(|_| fs::File::open(&tmp)?.sync_all());
    if copied.is_err() || fs::rename(&tmp, &bak).is_err() {
        let _ = fs::remove_file(&tmp);
    }
}

/// What a project file looked like when it was read or written, to notice when another program
/// (an editor, a git pull) changed it since.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileStamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
}

impl FileStamp {
    pub fn of(path: &Path) -> std::io::Result<Self> {
        let meta = fs::metadata(path)?;
        Ok(Self { modified: meta.modified().ok(), len: meta.len() })
    }

    /// Whether the file at `path` is no longer the one this stamp describes (or is gone).
    pub fn changed(&self, path: &Path) -> bool {
        Self::of(path).map_or(true, |now| now != *self)
    }
}

/// Writes `bytes` to `path` atomically (exports), through a link to its target and keeping the
/// file's permissions, as a save does. Temporary files that killed exports of `path` left are
/// removed first.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let real = real_path(path);
    remove_abandoned_temporaries(&real);
    write_file(&real, false, |out| {
        out.write_all(bytes).map_err(|source| SaveError::Io { path: path.to_owned(), source })
    })
}

/// The one way a file is written: into `.NAME.PID.tmp` beside it, with the old file's
/// permissions and owner, flushed to disk, then (after keeping a backup when asked) renamed
/// over it. On any failure the temporary file is removed and the old file is untouched.
fn write_file(
    path: &Path,
    backup: bool,
    write: impl FnOnce(&mut dyn Write) -> Result<(), SaveError>,
) -> Result<(), SaveError> {
    let io = |source| SaveError::Io { path: path.to_owned(), source };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let tmp = temporary_path(path);
    let result = (|| {
        let file = fs::File::create(&tmp).map_err(io)?;
        // Locked while it is written, so that a cleaner tells a live write from a killed one
        // (the system releases the lock of a killed process). A file system without locks
        // only loses that telling.
        let _ = file.try_lock();
        if let Ok(old) = fs::metadata(path) {
            keep_owner_and_mode(&file, &old).map_err(io)?;
        }
        let mut out = BufWriter::with_capacity(1 << 20, file);
        write(&mut out)?;
        let file = out.into_inner().map_err(|e| io(e.into_error()))?;
        file.sync_all().map_err(io)?;
        drop(file);
        if backup {
            keep_backup(path);
        }
        fs::rename(&tmp, path).map_err(io)?;
        // The rename itself is durable only once the folder is synced.
        if let Ok(d) = fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Gives the new file the old one's permissions and, where the system lets this user (an
/// administrator, or a group the user is in), its owner and group.
fn keep_owner_and_mode(new: &fs::File, old: &fs::Metadata) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = std::os::unix::fs::fchown(new, Some(old.uid()), Some(old.gid()));
        let _ = std::os::unix::fs::fchown(new, None, Some(old.gid()));
    }
    new.set_permissions(old.permissions())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A temporary file as a write of `out` by process `pid` leaves it, last written `age` ago.
    fn temporary(out: &Path, pid: u32, age: std::time::Duration) -> PathBuf {
        let tmp = out.with_file_name(format!(".{}.{pid}.tmp", out.file_name().unwrap().to_string_lossy()));
        fs::write(&tmp, "half a report").unwrap();
        let file = fs::File::options().write(true).open(&tmp).unwrap();
        file.set_modified(std::time::SystemTime::now() - age).unwrap();
        tmp
    }

    #[test]
    fn an_export_removes_what_killed_exports_left_but_not_a_live_or_a_fresh_write() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("report.html");
        let hour = std::time::Duration::from_secs(3600);
        let killed = temporary(&out, 99991, hour);
        let live = temporary(&out, 99992, hour);
        let holder = fs::File::open(&live).unwrap();
        holder.try_lock().unwrap();
        let fresh = temporary(&out, 99993, std::time::Duration::ZERO);
        let other = temporary(&dir.path().join("other.html"), 99994, hour);
        write_atomically(&out, b"<p>report</p>").unwrap();
        assert_eq!(fs::read(&out).unwrap(), b"<p>report</p>");
        assert!(!killed.exists(), "a killed export's file is removed");
        assert!(live.exists(), "a write still under way is left alone");
        assert!(fresh.exists(), "a file written a moment ago may be about to be renamed");
        assert!(other.exists(), "another file's temporaries are not this export's");
        drop(holder);
    }
}
