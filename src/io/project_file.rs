//! Project files: pretty RON with a format version, written atomically.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::model::{FORMAT_VERSION, Project};

use super::repair::{Problem, RawProject, repair};

/// Projects larger than this are refused before reading (a year of coverage is ~60 MB).
pub const MAX_PROJECT_BYTES: u64 = 1 << 30;

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot open {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path} is a folder, not a project file")]
    IsDirectory { path: PathBuf },
    #[error("{path} is {size} bytes, over the {limit}-byte limit for a project file")]
    TooLarge { path: PathBuf, size: u64, limit: u64 },
    #[error("{path} is not a text file (it is not valid UTF-8)")]
    NotText { path: PathBuf },
    #[error("{path} is not a valid Faultline project: line {line}, column {column}: {message}")]
    Parse { path: PathBuf, line: usize, column: usize, message: String },
    #[error(
        "{path} was written by a newer Faultline (file format {found}); this version reads format {supported} and older. Update Faultline to open it."
    )]
    NewerVersion { path: PathBuf, found: u32, supported: u32 },
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
    let io = |source| LoadError::Io { path: path.to_owned(), source };
    let meta = fs::metadata(path).map_err(io)?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory { path: path.to_owned() });
    }
    if meta.len() > MAX_PROJECT_BYTES {
        return Err(LoadError::TooLarge { path: path.to_owned(), size: meta.len(), limit: MAX_PROJECT_BYTES });
    }
    let bytes = fs::read(path).map_err(io)?;
    let text = String::from_utf8(bytes).map_err(|_| LoadError::NotText { path: path.to_owned() })?;
    parse_checked(&text).map_err(|e| e.at(path))
}

/// A parse failure before it is tied to a file name.
#[derive(Debug)]
pub enum ParseError {
    Syntax { line: usize, column: usize, message: String },
    NewerVersion { found: u32 },
}

impl ParseError {
    fn at(self, path: &Path) -> LoadError {
        let path = path.to_owned();
        match self {
            ParseError::Syntax { line, column, message } => LoadError::Parse { path, line, column, message },
            ParseError::NewerVersion { found } => LoadError::NewerVersion { path, found, supported: FORMAT_VERSION },
        }
    }
}

/// Parses project RON text, repairing what can be repaired with certainty.
pub fn parse(text: &str) -> Result<Project, ParseError> {
    parse_checked(text).map(|(p, _)| p)
}

/// Parses project RON text and reports the problems found in it.
pub fn parse_checked(text: &str) -> Result<(Project, Vec<Problem>), ParseError> {
    match ron::from_str::<RawProject>(text) {
        Ok(raw) if raw.format() > FORMAT_VERSION => Err(ParseError::NewerVersion { found: raw.format() }),
        Ok(raw) => Ok(repair(raw)),
        Err(e) => {
            // A newer file may fail to parse because of what is new in it: say so rather than
            // report a confusing syntax error.
            if let Some(found) = declared_version(text).filter(|&v| v > FORMAT_VERSION) {
                return Err(ParseError::NewerVersion { found });
            }
            Err(ParseError::Syntax { line: e.span.start.line, column: e.span.start.col, message: e.code.to_string() })
        }
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
/// previous version is kept as `NAME.ron.bak`. Returns the new file's stamp.
pub fn save(project: &Project, path: &Path) -> Result<FileStamp, SaveError> {
    keep_backup(path);
    write_project(project, path)?;
    FileStamp::of(path).map_err(|source| SaveError::Io { path: path.to_owned(), source })
}

/// Writes the project file atomically, encoding it straight into the file: building the whole
/// text first doubled the memory a save takes, and growing a 60 MB string page by page made
/// the UI thread's frames stutter while a save ran (`cargo bench --bench frames -- save`).
pub fn write_project(project: &Project, path: &Path) -> Result<(), SaveError> {
    write_atomically_with(path, |out| {
        ron::Options::default().to_io_writer_pretty(out, project, pretty_config()).map_err(|e| match e {
            ron::Error::Io(message) => SaveError::Io { path: path.to_owned(), source: std::io::Error::other(message) },
            e => SaveError::Encode(e.to_string()),
        })
    })
}

/// `NAME.ron` -> `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Keeps the file about to be replaced as `.bak`. The old file stays in place until the new
/// one is renamed over it (a hard link, or a copy where links are not possible), so there is
/// never a moment without a complete project file. A backup that cannot be made does not stop
/// the save: the new version matters more than the old one.
fn keep_backup(path: &Path) {
    if !path.is_file() {
        return;
    }
    let bak = backup_path(path);
    let tmp = bak.with_extension("bak.tmp");
    let _ = fs::remove_file(&tmp);
    if fs::hard_link(path, &tmp).is_err() && fs::copy(path, &tmp).is_err() {
        return;
    }
    let _ = fs::rename(&tmp, &bak);
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

pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    write_atomically_with(path, |out| {
        out.write_all(bytes).map_err(|source| SaveError::Io { path: path.to_owned(), source })
    })
}

/// As [`write_atomically`], with the contents written by `write` into a buffered writer on the
/// temporary file.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<(), SaveError>,
) -> Result<(), SaveError> {
    let io = |source| SaveError::Io { path: path.to_owned(), source };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut out = BufWriter::with_capacity(1 << 20, fs::File::create(&tmp).map_err(io)?);
        write(&mut out)?;
        let file = out.into_inner().map_err(|e| io(e.into_error()))?;
        file.sync_all().map_err(io)?;
        drop(file);
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
