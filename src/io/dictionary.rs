//! Actor dictionaries from event-data projects, read into plain entries: the CAMEO/PETRARCH/
//! Phoenix text format (`cameo`) and CSV/TSV actor tables such as ICEWS's (`table`). Every line
//! of a file ends up in an entry or in a problem with its line number; nothing is skipped
//! silently. Turning entries into the project's actors is `plan`'s job.

mod cameo;
pub mod countries;
mod dates;
pub mod export;
mod kinds;
mod names;
pub mod plan;
mod table;

use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::Date;

use crate::io::read::read_capped;
use crate::model::ActorKind;

/// Dictionaries past this size are refused rather than read into memory (the Phoenix country
/// dictionary, the largest public one, is 2 MB).
const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// One actor as a dictionary describes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The line the entry starts on (1-based).
    pub line: usize,
    /// The name as a person would write it ("James Byrnes").
    pub name: String,
    /// Other names, the dictionary's own spelling of the name included ("JAMES BYRNES").
    pub aliases: Vec<String>,
    /// The language of an alias where the file says it (alias -> tag such as "zh").
    pub alias_languages: BTreeMap<String, String>,
    /// What the dictionary says the actor is, when it says so.
    pub kind: Option<ActorKind>,
    /// Whom the actor acted for, in which role, when.
    pub periods: Vec<Period>,
    /// The actor's own CAMEO code, for a state or an organisation that others act for ("USA").
    pub code: Option<String>,
    /// Wikidata item ("Q30").
    pub qid: Option<String>,
}

/// A span of time in which an actor acts for one party in one role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    pub acts_for: Party,
    /// The role within the party, as the dictionary codes it ("GOV", "ELI", "GOVFRM").
    pub role: String,
    /// First day, inclusive; `None` reaches back indefinitely.
    pub from: Option<Date>,
    /// Last day, inclusive; `None` is still in force.
    pub to: Option<Date>,
}

/// Whom a period's actor acts for, as the file names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Party {
    /// Nobody in particular (an organisation code with no state, or a role alone).
    Nobody,
    /// The state with this CAMEO country code ("USA").
    State(String),
    /// An actor named in a table's acts-for column, found by name, alias or code on import.
    Named(String),
}

/// A line that could not be read, or was read only in part, and why (in an analyst's words).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub why: String,
}

/// What a dictionary file holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    pub entries: Vec<Entry>,
    pub problems: Vec<Problem>,
}

/// Reads a dictionary, choosing the format from the file name (`.csv`, `.tsv`, `.tab` are tables)
/// or, failing that, from the first line that says something.
pub fn parse(file_name: &str, text: &str) -> Parsed {
    let lower = file_name.to_lowercase();
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if lower.ends_with(".tsv") || lower.ends_with(".tab") {
        table::parse(text, b'\t')
    } else if lower.ends_with(".csv") || table::looks_like_a_table(text) {
        table::parse(text, table::sniff_delimiter(text))
    } else {
        cameo::parse(text)
    }
}

/// Reads and parses the dictionary file at `path`; text that is not UTF-8 is read as
/// Windows-1252, as older TABARI-era dictionaries were written.
pub fn read(path: &Path) -> Result<Parsed, String> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let bytes = read_capped(path, MAX_BYTES).map_err(|e| format!("{} could not be read: {e}", path.display()))?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => encoding_rs::WINDOWS_1252.decode(e.as_bytes()).0.into_owned(),
    };
    Ok(parse(&name, &text))
}

#[cfg(test)]
mod tests;
