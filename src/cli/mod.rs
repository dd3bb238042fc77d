//! The headless commands: the same core as the GUI, for scripts and colleagues' pipelines.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::analysis::series::{self, BinSize, Dyad, SeriesSpec};
use crate::analysis::stats::stats;
use crate::edit::{Document, builders};
use crate::io::{import, project_file};
use crate::model::Project;
use crate::model::fingerprint::find_duplicate;

#[derive(Parser, Debug)]
#[command(name = "faultline", version, about = "Annotate news, code tension events, chart them.")]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// Project file to open in the workbench (default: the last project, or the sample).
    pub project: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Print the project's counts and the date range of its events.
    Stats {
        project: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Print the tension series the chart draws, as CSV.
    Series {
        project: PathBuf,
        #[arg(long, value_enum, default_value_t = BinArg::Week)]
        bin: BinArg,
        /// Only events of one directed dyad, as SOURCE:TARGET actor names or aliases
        /// (actors count through their affiliations: Greer counts for United States).
        #[arg(long, value_name = "SRC:TGT")]
        dyad: Option<String>,
        /// Smooth the net score over N bins (trailing for week/month, centred for day).
        #[arg(long, value_name = "N")]
        smooth: Option<usize>,
        /// Count neutral event types (Comment) too.
        #[arg(long)]
        include_neutral: bool,
    },
    /// Import .txt/.md/.html articles into a project and save it (a file whose text is already
    /// in the project is skipped).
    Import {
        project: PathBuf,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum BinArg {
    Day,
    Week,
    Month,
}

impl From<BinArg> for BinSize {
    fn from(b: BinArg) -> Self {
        match b {
            BinArg::Day => BinSize::Day,
            BinArg::Week => BinSize::Week,
            BinArg::Month => BinSize::Month,
        }
    }
}

/// A failed command: the message goes to stderr and the process exits non-zero.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct CliError(pub String);

fn fail(e: impl std::fmt::Display) -> CliError {
    CliError(e.to_string())
}

fn load(path: &Path) -> Result<Project, CliError> {
    project_file::load(path).map_err(fail)
}

/// Runs one headless command, writing its output to `out`.
pub fn run(command: Command, out: &mut dyn Write) -> Result<(), CliError> {
    match command {
        Command::Stats { project, json } => {
            let s = stats(&load(&project)?);
            if json {
                let text = serde_json::to_string_pretty(&s).map_err(fail)?;
                writeln!(out, "{text}").map_err(fail)
            } else {
                write!(out, "{s}").map_err(fail)
            }
        }
        Command::Series { project, bin, dyad, smooth, include_neutral } => {
            let p = load(&project)?;
            let dyad = dyad.map(|d| parse_dyad(&p, &d)).transpose()?;
            let spec = SeriesSpec { bin: bin.into(), dyad, smooth, include_neutral };
            let bins = series::compute(&p, p.events.iter(), &spec);
            write!(out, "{}", series::to_csv(&bins, spec.smoothing_label().is_some())).map_err(fail)
        }
        Command::Import { project, files } => {
            let mut doc = Document::new(load(&project)?, Some(project.clone()));
            // Every file is read before anything is added, so one bad file leaves the project
            // as it was.
            let imported = files
                .iter()
                .map(|f| import::import_file(f).map(|i| (f, i)))
                .collect::<Result<Vec<_>, _>>()
                .map_err(fail)?;
            let mut added = 0;
            for (file, import::Imported { article, notices }) in imported {
                for notice in notices {
                    writeln!(out, "{}: {notice}", file.display()).map_err(fail)?;
                }
                // Checked against the project as it grows, so a file given twice is added once.
                if let Some(existing) = find_duplicate(doc.project(), &article) {
                    let title = doc.project().articles.get(existing).map_or("", |a| a.title.as_str());
                    writeln!(out, "skipped {}: its text is already in the project as “{title}”", file.display())
                        .map_err(fail)?;
                    continue;
                }
                let title = article.title.clone();
                doc.apply(builders::add_article(article)).map_err(fail)?;
                writeln!(out, "imported “{title}”").map_err(fail)?;
                added += 1;
            }
            if added == 0 {
                return writeln!(out, "nothing new to import: {} unchanged", project.display()).map_err(fail);
            }
            project_file::save(doc.project(), &project).map_err(fail)?;
            writeln!(out, "saved {}", project.display()).map_err(fail)
        }
    }
}

/// "United States:China" (names or aliases, any case) as a dyad of the project's actors.
pub fn parse_dyad(p: &Project, text: &str) -> Result<Dyad, CliError> {
    let (src, tgt) =
        text.split_once(':').ok_or_else(|| CliError(format!("--dyad wants SOURCE:TARGET, not “{text}”")))?;
    let find = |name: &str| {
        p.find_actor(name).map(|a| a.id).ok_or_else(|| {
            let known: Vec<&str> = p.actors.iter().map(|a| a.name.as_str()).collect();
            CliError(format!("no actor named “{}” in the project (actors: {})", name.trim(), known.join(", ")))
        })
    };
    Ok(Dyad { source: find(src)?, target: find(tgt)? })
}
