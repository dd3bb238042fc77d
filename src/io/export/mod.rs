//! Exports: the project in the formats other tools read.
//!
//! Each format is built in its own module as bytes in memory; this module decides which files an
//! output path becomes and writes them, each atomically. Everything is encoded before the first
//! file is written, so a format that cannot be encoded leaves the disk untouched.

mod chart_png;
mod chart_svg;
mod csv;
mod guard;
mod guid;
mod highlight;
mod html;
mod index;
mod json;
mod markdown;
mod markup;
pub(crate) mod qdpx;
mod report;
mod w3c;

use std::path::{Path, PathBuf};

pub use chart_svg::{ChartSpec, MAX_SIZE, MIN_SIZE, lane_colour};
pub use csv::{Formulas, ach_matrix};
pub use guard::Protected;
pub use report::{EvidenceText, LIST_SEPARATOR};

use crate::analysis::grading;
use crate::io::project_file::{SaveError, write_atomically};
use crate::model::{Grade, Project};

/// A format the project can be exported to.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ExportFormat {
    /// Two tables: `OUT-events.csv` and `OUT-claims.csv`.
    Csv,
    /// The whole project, described by `assets/schema/project.schema.json`.
    Json,
    /// A report with the chart written beside it as `OUT-chart.svg`.
    Markdown,
    /// A self-contained report with the chart inline.
    Html,
    /// A REFI-QDA project exchange file for QDA tools (ATLAS.ti, MAXQDA, NVivo, QualCoder).
    Qdpx,
    /// W3C Web Annotations (JSON-LD), one per claim.
    W3c,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 6] = [
        ExportFormat::Csv,
        ExportFormat::Json,
        ExportFormat::Markdown,
        ExportFormat::Html,
        ExportFormat::Qdpx,
        ExportFormat::W3c,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Csv => "CSV tables (events and claims)",
            ExportFormat::Json => "JSON (the whole project)",
            ExportFormat::Markdown => "Markdown report",
            ExportFormat::Html => "HTML report",
            ExportFormat::Qdpx => "REFI-QDA project (.qdpx)",
            ExportFormat::W3c => "W3C Web Annotations (JSON-LD)",
        }
    }

    /// The extension of the file the export is named after (without the dot).
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
            ExportFormat::Markdown => "md",
            ExportFormat::Html => "html",
            ExportFormat::Qdpx => "qdpx",
            ExportFormat::W3c => "jsonld",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot export to {path}: the folder {folder} does not exist")]
    NoFolder { path: PathBuf, folder: PathBuf },
    #[error("cannot export to {path}: it is a folder; give a file name")]
    IsFolder { path: PathBuf },
    #[error(
        "will not write the export over {why}, and writing over it would destroy it. Give another file name (on the command line, --force writes it anyway)"
    )]
    WouldDestroy { why: String },
    #[error("cannot encode the {format}: {message}")]
    Encode { format: &'static str, message: String },
    #[error(transparent)]
    Write(#[from] SaveError),
}

impl ExportError {
    fn encode(format: ExportFormat, message: impl std::fmt::Display) -> Self {
        ExportError::Encode { format: format.label(), message: message.to_string() }
    }
}

/// How an export is written.
#[derive(Clone, Debug)]
pub struct ExportOptions {
    /// Project files the export must not overwrite.
    pub protected: Protected,
    /// Whether CSV cells that look like formulas are neutralised.
    pub formulas: Formulas,
    /// Only claims graded at least this are exported ([`grading::at_least`]); the reports say so.
    pub min_grade: Option<Grade>,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self { protected: Protected::default(), formulas: Formulas::Neutralise, min_grade: None }
    }
}

/// Exports with the default options: formulas neutralised, no project file overwritten.
pub fn export(project: &Project, format: ExportFormat, out: &Path) -> Result<Vec<PathBuf>, ExportError> {
    export_with(project, format, out, &ExportOptions::default())
}

/// Exports `project` as `format` to `out` and returns the files written.
///
/// `out` names the export: the single file for most formats; for CSV the stem of
/// `STEM-events.csv` and `STEM-claims.csv` (a `.csv` extension on `out` is dropped); for Markdown
/// the report, with its chart written beside it as `STEM-chart.svg`.
pub fn export_with(
    project: &Project,
    format: ExportFormat,
    out: &Path,
    options: &ExportOptions,
) -> Result<Vec<PathBuf>, ExportError> {
    check_destination(out)?;
    let graded;
    let project = match options.min_grade {
        Some(min) => {
            graded = grading::at_least(project, min);
            &graded
        }
        None => project,
    };
    let files: Vec<(PathBuf, Vec<u8>)> = match format {
        ExportFormat::Csv => {
            let tables = csv::tables(project, options.formulas).map_err(|e| ExportError::encode(format, e))?;
            vec![(sibling(out, "-events.csv"), tables.events), (sibling(out, "-claims.csv"), tables.claims)]
        }
        ExportFormat::Json => {
            vec![(out.to_owned(), json::project_json(project).map_err(|e| ExportError::encode(format, e))?)]
        }
        ExportFormat::Markdown => {
            let chart = sibling(out, "-chart.svg");
            let chart_name = chart.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let report = markdown::report(project, &chart_name, options.min_grade);
            vec![(out.to_owned(), report.into_bytes()), (chart, chart_svg::tension_chart(project).into_bytes())]
        }
        ExportFormat::Html => vec![(out.to_owned(), html::report(project, options.min_grade).into_bytes())],
        ExportFormat::Qdpx => {
            vec![(out.to_owned(), qdpx::archive(project).map_err(|e| ExportError::encode(format, e))?)]
        }
        ExportFormat::W3c => {
            vec![(out.to_owned(), w3c::annotations(project).map_err(|e| ExportError::encode(format, e))?)]
        }
    };
    for (path, _) in &files {
        refuse_destroying(&options.protected, path)?;
    }
    for (path, bytes) in &files {
        write_atomically(path, bytes)?;
    }
    Ok(files.into_iter().map(|(path, _)| path).collect())
}

/// A picture of the chart, for a report.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Default)]
pub enum ChartFormat {
    #[default]
    Svg,
    Png,
}

impl ChartFormat {
    pub const ALL: [ChartFormat; 2] = [ChartFormat::Svg, ChartFormat::Png];

    pub fn label(self) -> &'static str {
        match self {
            ChartFormat::Svg => "SVG",
            ChartFormat::Png => "PNG",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ChartFormat::Svg => "svg",
            ChartFormat::Png => "png",
        }
    }
}

/// The chart as `spec` says, encoded as `format`.
pub fn chart_bytes(project: &Project, spec: &ChartSpec, format: ChartFormat) -> Result<Vec<u8>, ExportError> {
    let svg = chart_svg::render(project, spec);
    match format {
        ChartFormat::Svg => Ok(svg.into_bytes()),
        ChartFormat::Png => {
            chart_png::rasterise(&svg).map_err(|message| ExportError::Encode { format: "chart as PNG", message })
        }
    }
}

/// Writes the chart to `out`, never over a project file (see [`Protected`]).
pub fn export_chart(
    project: &Project,
    spec: &ChartSpec,
    format: ChartFormat,
    out: &Path,
    protected: &Protected,
) -> Result<(), ExportError> {
    check_destination(out)?;
    refuse_destroying(protected, out)?;
    let bytes = chart_bytes(project, spec, format)?;
    write_atomically(out, &bytes)?;
    Ok(())
}

/// Refuses a destination that cannot be written before anything is encoded, with a message
/// that says what is wrong rather than an OS error about a temporary file.
fn check_destination(out: &Path) -> Result<(), ExportError> {
    if out.is_dir() {
        return Err(ExportError::IsFolder { path: out.to_owned() });
    }
    let folder = match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !folder.is_dir() {
        return Err(ExportError::NoFolder { path: out.to_owned(), folder: folder.to_owned() });
    }
    Ok(())
}

fn refuse_destroying(protected: &Protected, out: &Path) -> Result<(), ExportError> {
    protected.admit(out).map_err(|why| ExportError::WouldDestroy { why })
}

/// `out`'s stem with `suffix` appended, in `out`'s folder: `a/report.md` + `-chart.svg` gives
/// `a/report-chart.svg`. A `.csv` extension on `out` belongs to the stem's name, not the files.
fn sibling(out: &Path, suffix: &str) -> PathBuf {
    let stem = match out.extension().and_then(|e| e.to_str()) {
        Some(_) => out.file_stem(),
        None => out.file_name(),
    };
    let stem = stem.map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "export".to_owned());
    out.with_file_name(format!("{stem}{suffix}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn siblings_replace_the_extension() {
        assert_eq!(sibling(Path::new("out/rare.csv"), "-events.csv"), Path::new("out/rare-events.csv"));
        assert_eq!(sibling(Path::new("out/rare"), "-claims.csv"), Path::new("out/rare-claims.csv"));
        assert_eq!(sibling(Path::new("report.md"), "-chart.svg"), Path::new("report-chart.svg"));
    }

    #[test]
    fn formats_have_distinct_extensions() {
        let mut exts: Vec<&str> = ExportFormat::ALL.iter().map(|f| f.extension()).collect();
        exts.sort_unstable();
        exts.dedup();
        assert_eq!(exts.len(), ExportFormat::ALL.len());
    }

    #[test]
    fn an_export_at_a_minimum_grade_names_only_the_claims_it_holds_and_says_the_matrix_is_filtered() {
        use crate::model::{Credibility, Reliability};
        // The README's worked example at B2: E1 (A1), E2 (B2), E5 (A2) and E8 (B2) remain.
        let p = crate::analysis::ach::worked_example();
        let min = Grade { reliability: Reliability::B, credibility: Credibility::Probable };
        let below: Vec<String> =
            p.claims.iter().filter(|c| !p.grade_of(c).meets(min)).map(|c| c.id.to_string()).collect();
        assert_eq!(below.len(), 4);
        let dir = tempfile::tempdir().unwrap();
        let options = ExportOptions { min_grade: Some(min), ..ExportOptions::default() };
        let read = |format, name: &str| {
            let files = export_with(&p, format, &dir.path().join(name), &options).unwrap();
            std::fs::read_to_string(&files[0]).unwrap()
        };
        let json = read(ExportFormat::Json, "graded.json");
        for id in &below {
            assert!(!json.contains(id.as_str()), "the JSON names {id}, a claim it left out");
        }
        let md = read(ExportFormat::Markdown, "graded.md");
        assert!(md.contains("The matrix is filtered to the minimum grade B2"), "{md}");
        // Four evidence columns, each with its grade; none blank.
        assert!(md.contains("| Rank | Hypothesis | Score | Unweighted | E1 | E2 | E3 | E4 |\n"), "{md}");
        for (label, grade) in [("E1", "A1"), ("E2", "B2"), ("E3", "A2"), ("E4", "B2")] {
            assert!(md.contains(&format!("| {label} | {grade} |")), "{label} {grade}: {md}");
        }
        assert!(!md.contains("| E5 |"), "{md}");
        let html = read(ExportFormat::Html, "graded.html");
        assert!(html.contains("The matrix is filtered to the minimum grade B2"));
        let whole = export(&p, ExportFormat::Markdown, &dir.path().join("whole.md")).unwrap();
        assert!(!std::fs::read_to_string(&whole[0]).unwrap().contains("filtered to the minimum grade"));
    }
}
