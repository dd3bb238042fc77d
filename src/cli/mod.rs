//! The headless commands: the same core as the GUI, for scripts and colleagues' pipelines.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

mod ach;
mod actors;
mod assist;
pub mod teams;
mod terminal;
mod writing;

pub use terminal::Terminal;

use crate::analysis::agreement::agreement;
use crate::analysis::filter::{DateWindow, EventFilter};
use crate::analysis::mentions::Matching;
use crate::analysis::search;
use crate::analysis::series::{self, BinSize, Dyad, SeriesSpec};
use crate::analysis::stats::stats;
use crate::analysis::{actor_checks, date_phrase, duplicates, grading};
use crate::edit::{Document, builders};
use crate::generate;
use crate::io::export::{
    ChartFormat, ChartSpec, ExportFormat, ExportOptions, Formulas, Protected, export_chart, export_with,
};
use crate::io::import::{self, Incoming};
use crate::io::project_file;
use crate::model::fingerprint::find_duplicate;
use crate::model::{Credibility, DateSettings, Grade, NumericOrder, Project, Reliability, SameWeekday};

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
        #[command(flatten)]
        events: EventArgs,
        /// Smooth the net score over N bins (trailing for week/month, centred for day).
        #[arg(long, value_name = "N")]
        smooth: Option<usize>,
        /// Count neutral event types (Comment) too.
        #[arg(long)]
        include_neutral: bool,
    },
    /// Draw the tension chart as SVG or PNG, as the workbench's chart shows it.
    Chart {
        project: PathBuf,
        #[arg(long, value_enum, default_value_t = ChartFormatArg::Svg)]
        format: ChartFormatArg,
        #[arg(long, default_value_t = 1200, value_parser = clap::value_parser!(u32).range(200..=8000))]
        width: u32,
        #[arg(long, default_value_t = 600, value_parser = clap::value_parser!(u32).range(200..=8000))]
        height: u32,
        #[arg(long, value_enum, default_value_t = BinArg::Week)]
        bin: BinArg,
        #[command(flatten)]
        events: EventArgs,
        /// Each dyad in a lane of its own (default: overlaid in colours).
        #[arg(long)]
        lanes: bool,
        /// Also draw the net score smoothed over N bins.
        #[arg(long, value_name = "N")]
        smooth: Option<usize>,
        /// The chart's title (default: says what is drawn).
        #[arg(long)]
        title: Option<String>,
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// Write OUT even when it is a project file.
        #[arg(long)]
        force: bool,
    },
    /// Check a project for broken references, offsets and quotes; list every problem (and what
    /// loading repairs) and exit non-zero when there are any. Possible duplicate acts (same type
    /// and dyad within a few days, or the same evidence quote), events two of whose evidence
    /// claims are linked as contradicting each other, acts whose dates straddle an actor's
    /// change of side, and names two actors share are listed as warnings: they do not fail the
    /// check unless --strict is given. Opening a file of an older format upgrades it: that is
    /// said in a `note:` line and fails nothing.
    Check {
        project: PathBuf,
        /// Also fail when there are possible duplicate acts or self-contradicting evidence.
        #[arg(long)]
        strict: bool,
        /// Days between two acts of the same type and dyad within which they may be one act.
        #[arg(long, default_value_t = duplicates::DEFAULT_WINDOW_DAYS, value_name = "DAYS")]
        window: i64,
    },
    /// How far two analysts' codings of the same articles agree: Krippendorff's alpha per tag
    /// over characters, Cohen's kappa on the event type and direction of matched claims, date
    /// agreement, and the claims only one of them made. Articles in one project only are left out.
    Agree {
        first: PathBuf,
        second: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Three-way merge of two versions of a project by record id (exit 0 clean, 1 with
    /// conflicts kept in OUT for the workbench, 2 on error). As git's merge driver:
    /// `faultline merge %O %A %B -o %A` (see `faultline git-setup`).
    Merge {
        /// The common ancestor (an empty file when there is none).
        base: PathBuf,
        ours: PathBuf,
        theirs: PathBuf,
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
    },
    /// Make git in this repository merge *.ron project files with `faultline merge`.
    GitSetup,
    /// Resolve a date phrase ("on Friday", "June 9-10", "le 30 mai") against a publication date
    /// and print its first and last day, precision and any assumption made.
    Date {
        phrase: String,
        /// The publication date relative phrases count from.
        #[arg(long, value_name = "YYYY-MM-DD")]
        relative_to: Option<jiff::civil::Date>,
        /// Read 05/06/2025 as 5 June (the default).
        #[arg(long, conflicts_with = "month_first")]
        day_first: bool,
        /// Read 05/06/2025 as May 6.
        #[arg(long)]
        month_first: bool,
        /// "On Tuesday" in a Tuesday paper is that day (AP style, the default).
        #[arg(long, conflicts_with = "weekday_week_before")]
        weekday_same_day: bool,
        /// "On Tuesday" in a Tuesday paper is the Tuesday a week before.
        #[arg(long)]
        weekday_week_before: bool,
    },
    /// Write a deterministic synthetic project (for benchmarks and stress tests).
    Generate {
        #[arg(long, default_value_t = 10)]
        articles: usize,
        #[arg(long, default_value_t = 200)]
        claims: usize,
        #[arg(long, default_value_t = 40)]
        actors: usize,
        /// Events, spread over two years (default: half the claims).
        #[arg(long)]
        events: Option<usize>,
        /// Characters per article.
        #[arg(long, default_value_t = 5_000)]
        article_chars: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(short, long)]
        output: PathBuf,
        /// Replace OUTPUT when it already exists (its previous version is kept as OUTPUT.bak).
        #[arg(long)]
        force: bool,
    },
    /// Start an empty project file (with the shipped event types) to import articles into.
    New {
        project: PathBuf,
        /// The project's name (default: the file's name without .ron).
        #[arg(long)]
        name: Option<String>,
    },
    /// Import .txt/.md/.html/.pdf/.docx articles, Nexis and Factiva exports (an article per item),
    /// or the sources, codes and codings of a REFI-QDA .qdpx, into a project and save it (a file
    /// whose text is already in the project is skipped). Folders are read for every such file
    /// under them. A project file that does not exist yet is created.
    Import {
        project: PathBuf,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Find every occurrence of a phrase (or a regular expression) across the articles and
    /// print them as a concordance: article, char offset, left [HIT] right.
    Search {
        project: PathBuf,
        query: String,
        /// QUERY is a regular expression (`^`/`$` match at line ends).
        #[arg(long)]
        regex: bool,
        #[arg(long)]
        case_sensitive: bool,
        /// Only the article with this title (or the one title containing it), ignoring case.
        #[arg(long, value_name = "TITLE")]
        article: Option<String>,
        /// Only hits inside claims carrying this tag.
        #[arg(long, value_name = "NAME")]
        tag: Option<String>,
        /// Only hits inside claims spoken by or about this actor (or one acting for it).
        #[arg(long, value_name = "NAME")]
        actor: Option<String>,
        /// Only hits inside claims coded as evidence of an event of this type.
        #[arg(long, value_name = "NAME")]
        event_type: Option<String>,
        /// How many hits to print (all are counted).
        #[arg(long, default_value_t = search::DEFAULT_LIMIT)]
        limit: usize,
    },
    /// Print the suggested claims of every article (or one): sentences that report a
    /// statement, with the speaker, target, event type and date each proposes.
    Suggest {
        project: PathBuf,
        /// Only the article with this title (or the one title containing it), ignoring case.
        #[arg(long, value_name = "TITLE")]
        article: Option<String>,
        /// Print JSON for scripts instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List the actors with who each acts for, in what role and over which period, on a day
    /// (--at) or today; `actors merge` merges an actor entered twice.
    Actors(actors::ActorsArgs),
    /// Count the mentions of every actor (its name and aliases) across the articles, as CSV.
    Mentions {
        project: PathBuf,
        /// One row per article and actor instead of one per actor.
        #[arg(long)]
        by_article: bool,
        /// Match names whatever their accents ("Sergei" finds "Sergeï", "Елкин" finds "Ёлкин").
        #[arg(long)]
        ignore_diacritics: bool,
    },
    /// Weigh the competing hypotheses (ACH): each hypothesis's weighted inconsistency score
    /// (I = 1, II = 2, times the evidence's weight from its grade), least inconsistent first;
    /// the evidence with grade, weight and whether it is diagnostic; and the evidence whose
    /// removal or downgrading would change the ranking.
    Ach {
        project: PathBuf,
        /// Print the matrix as CSV instead (a row per evidence, a column per hypothesis, then
        /// the scores and ranks), UTF-8 with a byte-order mark for spreadsheets.
        #[arg(long)]
        csv: bool,
    },
    /// Export the project as CSV tables, JSON, a Markdown or HTML report, REFI-QDA or W3C
    /// Web Annotations.
    Export {
        project: PathBuf,
        #[arg(long, value_enum)]
        format: FormatArg,
        /// Output file (for csv: the stem of OUT-events.csv and OUT-claims.csv).
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// Write OUT even when it is a project file (the project itself, its .bak or .recovery).
        #[arg(long)]
        force: bool,
        /// CSV: write cells that begin with = + - @ as they are, for scripts. By default they get
        /// a leading ' so that a spreadsheet shows them as text instead of running them.
        #[arg(long)]
        keep_formulas: bool,
        /// Leave out claims graded below the minimum, and events with no evidence that meets it.
        #[command(flatten)]
        grade: GradeArgs,
    },
}

/// Which events a series or chart counts, as the chart pane's filters pick them.
#[derive(clap::Args, Debug)]
pub struct EventArgs {
    /// Only events of a directed dyad, as SOURCE:TARGET actor names or aliases (actors count
    /// through their affiliations: Greer counts for United States). Repeat it for a series per
    /// dyad, printed with a leading `dyad` column.
    #[arg(long = "dyad", value_name = "SRC:TGT")]
    dyads: Vec<String>,
    /// Only events on or after this date (2025-05-01, "May 2025", "late May 2025").
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Only events on or before this date.
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    #[command(flatten)]
    grade: GradeArgs,
}

/// A minimum Admiralty grade of evidence: what an analysis counts or an export writes.
#[derive(clap::Args, Debug)]
pub struct GradeArgs {
    /// Only evidence from sources graded at least this reliable: A (completely reliable),
    /// B (usually), C (fairly), D (not usually), E (unreliable), F (cannot be judged; ungraded).
    #[arg(long, value_name = "A-F", value_parser = Reliability::parse)]
    min_reliability: Option<Reliability>,
    /// Only evidence graded at least this credible: 1 (confirmed by other sources), 2 (probably
    /// true), 3 (possibly true), 4 (doubtful), 5 (improbable), 6 (cannot be judged; ungraded).
    #[arg(long, value_name = "1-6", value_parser = Credibility::parse)]
    min_credibility: Option<Credibility>,
}

impl GradeArgs {
    /// The minimum grade, when either part is given (the other part then admits everything).
    fn min_grade(&self) -> Option<Grade> {
        (self.min_reliability.is_some() || self.min_credibility.is_some()).then(|| Grade {
            reliability: self.min_reliability.unwrap_or(Reliability::F),
            credibility: self.min_credibility.unwrap_or(Credibility::CannotJudge),
        })
    }
}

impl EventArgs {
    fn filter(&self, p: &Project) -> Result<EventFilter, CliError> {
        let window = DateWindow::parse(self.from.as_deref().unwrap_or(""), self.to.as_deref().unwrap_or(""))
            .map_err(CliError)?;
        let dyads = self.dyads.iter().map(|d| parse_dyad(p, d)).collect::<Result<Vec<_>, _>>()?;
        Ok(EventFilter { window, dyads, min_grade: self.grade.min_grade(), ..EventFilter::default() })
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ChartFormatArg {
    Svg,
    Png,
}

impl From<ChartFormatArg> for ChartFormat {
    fn from(f: ChartFormatArg) -> Self {
        match f {
            ChartFormatArg::Svg => ChartFormat::Svg,
            ChartFormatArg::Png => ChartFormat::Png,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Csv,
    Json,
    Md,
    Html,
    Qdpx,
    W3c,
}

impl From<FormatArg> for ExportFormat {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Csv => ExportFormat::Csv,
            FormatArg::Json => ExportFormat::Json,
            FormatArg::Md => ExportFormat::Markdown,
            FormatArg::Html => ExportFormat::Html,
            FormatArg::Qdpx => ExportFormat::Qdpx,
            FormatArg::W3c => ExportFormat::W3c,
        }
    }
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

/// A series too long to print or draw, with the flags that narrow it.
fn too_long(e: series::SpanTooLong) -> CliError {
    CliError(e.message("Use a longer --bin, or narrow it with --from and --to"))
}

fn load(path: &Path) -> Result<Project, CliError> {
    project_file::load(path).map_err(fail)
}

/// Runs one headless command, writing its output to `out`; the exit code on success is 0, or 1
/// for a merge that left conflicts (as git's merge drivers expect).
pub fn run(command: Command, out: &mut dyn Write) -> Result<u8, CliError> {
    let done = match command {
        Command::Stats { project, json } => {
            let s = stats(&load(&project)?);
            if json {
                let text = serde_json::to_string_pretty(&s).map_err(fail)?;
                writeln!(out, "{text}").map_err(fail)
            } else {
                write!(out, "{s}").map_err(fail)
            }
        }
        Command::Series { project, bin, events, smooth, include_neutral } => {
            let p = load(&project)?;
            let filter = events.filter(&p)?;
            let spec = SeriesSpec { bin: bin.into(), dyad: None, smooth, include_neutral };
            series::check_span(&p, &filter, &spec).map_err(too_long)?;
            let lanes = series::lanes(&p, &filter, &spec);
            write!(out, "{}", series::lanes_to_csv(&p, &lanes, spec.smoothing_label().is_some())).map_err(fail)
        }
        Command::Chart { project, format, width, height, bin, events, lanes, smooth, title, output, force } => {
            let p = load(&project)?;
            let series = SeriesSpec { bin: bin.into(), dyad: None, smooth, include_neutral: false };
            let spec = ChartSpec { width, height, series, filter: events.filter(&p)?, lanes, title };
            series::check_span(&p, &spec.filter, &spec.series).map_err(too_long)?;
            let protected = Protected { project: Some(project), force };
            export_chart(&p, &spec, format.into(), &output, &protected).map_err(fail)?;
            writeln!(out, "wrote {}", output.display()).map_err(fail)
        }
        Command::Suggest { project, article, json } => {
            let p = load(&project)?;
            let articles = match article {
                Some(title) => vec![find_article(&p, &title)?],
                None => p.articles.ids().collect(),
            };
            if json {
                assist::print_suggestions_json(&p, &articles, out).map_err(fail)
            } else {
                assist::print_suggestions(&p, &articles, out).map_err(fail)
            }
        }
        Command::Agree { first, second, json } => {
            let figures = agreement(&load(&first)?, &load(&second)?);
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&figures).map_err(fail)?).map_err(fail)
            } else {
                teams::print_agreement(&figures, out).map_err(fail)
            }
        }
        Command::Merge { base, ours, theirs, output } => {
            return teams::merge_files(&base, &ours, &theirs, &output, out).map(u8::from);
        }
        Command::GitSetup => teams::git_setup(out),
        Command::Ach { project, csv } => {
            let p = load(&project)?;
            if csv {
                let bytes = crate::io::export::ach_matrix(&p, Formulas::Neutralise).map_err(fail)?;
                out.write_all(&bytes).map_err(fail)
            } else {
                ach::print(&p, out).map_err(fail)
            }
        }
        Command::Actors(args) => actors::run(args, out),
        Command::Mentions { project, by_article, ignore_diacritics } => {
            let p = load(&project)?;
            assist::print_mentions(&p, by_article, Matching { ignore_diacritics }, out).map_err(fail)
        }
        Command::Check { project, strict, window } => {
            let (p, found) = project_file::load_checked(&project).map_err(fail)?;
            // An upgrade of an older format is said, but it is no fault of the file.
            let (problems, upgrades): (Vec<_>, Vec<_>) = found.iter().partition(|p| p.is_problem());
            for upgrade in &upgrades {
                writeln!(out, "note: {}", upgrade.message).map_err(fail)?;
            }
            for problem in &problems {
                writeln!(out, "{problem}").map_err(fail)?;
            }
            let mut warnings: Vec<String> =
                duplicates::find(&p, window.max(0)).iter().map(|d| duplicates::describe(&p, d)).collect();
            let dups = warnings.len();
            warnings.extend(grading::self_contradictions(&p).iter().map(|c| c.describe(&p)));
            for w in &warnings {
                writeln!(out, "warning: {w}").map_err(fail)?;
            }
            // Judgements for the analyst, like duplicate acts: they never fail the check.
            for s in actor_checks::straddling(&p) {
                writeln!(out, "warning: {}", actor_checks::describe_straddle(&p, &s)).map_err(fail)?;
            }
            for s in actor_checks::shared_names(&p) {
                writeln!(out, "warning: {}", actor_checks::describe_shared(&p, &s)).map_err(fail)?;
            }
            let name = project.display();
            let review = match (dups, warnings.len() - dups) {
                (d, 0) => format!("{d} possible duplicate act(s)"),
                (0, c) => format!("{c} event(s) whose evidence contradicts itself"),
                (d, c) => format!("{d} possible duplicate act(s), {c} event(s) whose evidence contradicts itself"),
            };
            match (problems.len(), warnings.len()) {
                (0, 0) => writeln!(out, "{name}: no problems found").map_err(fail),
                (0, _) if !strict => writeln!(out, "{name}: no problems found; {review} to review").map_err(fail),
                (0, _) => Err(CliError(format!("{name}: {review}"))),
                (n, 0) => Err(CliError(format!("{name}: {n} problem(s)"))),
                (n, _) => Err(CliError(format!("{name}: {n} problem(s), {review}"))),
            }
        }
        Command::Date { phrase, relative_to, day_first: _, month_first, weekday_same_day: _, weekday_week_before } => {
            // The "default" flags exist so a script can say what it means; clap keeps each pair exclusive.
            let settings = DateSettings {
                weekday: if weekday_week_before { SameWeekday::WeekBefore } else { SameWeekday::ThatDay },
                numeric: if month_first { NumericOrder::MonthFirst } else { NumericOrder::DayFirst },
            };
            let r = date_phrase::read(&phrase, relative_to, settings).map_err(CliError)?;
            let d = &r.date;
            d.check_years().map_err(CliError)?;
            writeln!(out, "start:     {}\nend:       {}\nprecision: {}", d.start, d.end, d.precision.label())
                .map_err(fail)?;
            match r.note {
                Some(note) => writeln!(out, "note:      {note}").map_err(fail),
                None => Ok(()),
            }
        }
        Command::Generate { articles, claims, actors, events, article_chars, seed, output, force } => {
            let spec =
                generate::Spec { articles, claims, actors, events: events.unwrap_or(claims / 2), article_chars, seed };
            spec.check().map_err(CliError)?;
            if output.exists() && !force {
                return Err(CliError(format!(
                    "{} already exists; give another file name, or add --force to replace it (its previous version is \
                     kept as {})",
                    output.display(),
                    project_file::backup_path(&output).display()
                )));
            }
            let lock = writing::hold(&output, "generate", out)?;
            let p = generate::generate(&spec);
            project_file::save(&p, &output).map_err(fail)?;
            drop(lock);
            writeln!(
                out,
                "wrote {}: {} articles, {} claims, {} actors, {} events",
                output.display(),
                p.articles.len(),
                p.claims.len(),
                p.actors.len(),
                p.events.len()
            )
            .map_err(fail)
        }
        Command::New { project, name } => {
            if std::fs::symlink_metadata(&project).is_ok() {
                return Err(CliError(format!("{} already exists; nothing was changed", project.display())));
            }
            let (writing, mut p) = writing::Writing::open(&project, "new", true, &mut std::io::sink())?;
            // Checked again under the lock: another `new` may have created it meanwhile.
            if writing.existed() {
                return Err(CliError(format!("{} already exists; nothing was changed", project.display())));
            }
            if let Some(name) = name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty()) {
                p.name = name;
            }
            writing.save(&p, &mut std::io::sink())?;
            writeln!(out, "created {}: an empty project “{}”", project.display(), p.name).map_err(fail)
        }
        Command::Import { project, files } => {
            // Every file is read before anything is added, so one bad file leaves the project
            // as it was; and before the project is locked, so others wait only for the merge.
            let incoming = import::folders::expand(&files)
                .into_iter()
                .map(|f| import::read_path(&f).map(|i| (f, i)).map_err(CliError))
                .collect::<Result<Vec<_>, _>>()?;
            let (writing, p) = writing::Writing::open(&project, "import", true, out)?;
            let mut doc = Document::new(p, Some(project.clone()));
            let mut added = 0;
            for (file, item) in incoming {
                match item {
                    Incoming::Articles(articles) => {
                        for import::Imported { article, notices } in articles {
                            for notice in notices {
                                writeln!(out, "{}: {notice}", file.display()).map_err(fail)?;
                            }
                            // Checked against the project as it grows, so a file given twice is added once.
                            if let Some(existing) = find_duplicate(doc.project(), &article) {
                                let title = doc.project().articles.get(existing).map_or("", |a| a.title.as_str());
                                writeln!(
                                    out,
                                    "skipped {}: its text is already in the project as “{title}”",
                                    file.display()
                                )
                                .map_err(fail)?;
                                continue;
                            }
                            let title = article.title.clone();
                            doc.apply(builders::add_article(article)).map_err(fail)?;
                            writeln!(out, "imported “{title}”").map_err(fail)?;
                            added += 1;
                        }
                    }
                    Incoming::Qdpx(import) => {
                        let path = file;
                        for problem in &import.problems {
                            writeln!(out, "{}: problem: {problem}", path.display()).map_err(fail)?;
                        }
                        let edit = import.merge_edit(doc.project());
                        if !edit.ops.is_empty() {
                            doc.apply(edit).map_err(fail)?;
                            added += 1;
                        }
                        writeln!(
                            out,
                            "imported {} sources, {} codes and {} coded selections from {}",
                            import.articles.len(),
                            import.tags.len(),
                            import.claims.len(),
                            path.display()
                        )
                        .map_err(fail)?;
                    }
                }
            }
            if added == 0 && project.exists() {
                return writeln!(out, "nothing new to import: {} unchanged", project.display())
                    .map(|()| 0)
                    .map_err(fail);
            }
            writing.save(doc.project(), out)
        }
        Command::Search { project, query, regex, case_sensitive, article, tag, actor, event_type, limit } => {
            let p = load(&project)?;
            let filter = search_filter(&p, article, tag, actor, event_type)?;
            let query = search::Query { text: query, regex, case_sensitive, filter, limit };
            let results = search::search(&p, &query).map_err(fail)?;
            print_concordance(&results, out).map_err(fail)
        }
        Command::Export { project, format, output, force, keep_formulas, grade } => {
            let options = ExportOptions {
                protected: Protected { project: Some(project.clone()), force },
                formulas: if keep_formulas { Formulas::Raw } else { Formulas::Neutralise },
                min_grade: grade.min_grade(),
            };
            let p = load(&project)?;
            for path in export_with(&p, format.into(), &output, &options).map_err(fail)? {
                writeln!(out, "wrote {}", path.display()).map_err(fail)?;
            }
            Ok(())
        }
    };
    done.map(|()| 0)
}

/// The search filters named on the command line, as the project's records.
fn search_filter(
    p: &Project,
    article: Option<String>,
    tag: Option<String>,
    actor: Option<String>,
    event_type: Option<String>,
) -> Result<search::Filter, CliError> {
    let article = article.map(|t| find_article(p, &t)).transpose()?;
    let tag = tag
        .map(|name| {
            p.tags.iter().find(|t| t.name.eq_ignore_ascii_case(name.trim())).map(|t| t.id).ok_or_else(|| {
                let known: Vec<&str> = p.tags.iter().map(|t| t.name.as_str()).collect();
                CliError(format!("no tag named “{}” (tags: {})", name.trim(), known.join(", ")))
            })
        })
        .transpose()?;
    let actor = actor
        .map(|name| {
            p.find_actor(&name)
                .map(|a| a.id)
                .ok_or_else(|| CliError(format!("no actor named “{}” in the project", name.trim())))
        })
        .transpose()?;
    let event_type = event_type
        .map(|name| {
            p.taxonomy.iter().find(|t| t.name.eq_ignore_ascii_case(name.trim())).map(|t| t.id).ok_or_else(|| {
                let known: Vec<&str> = p.taxonomy.iter().map(|t| t.name.as_str()).collect();
                CliError(format!("no event type named “{}” (types: {})", name.trim(), known.join(", ")))
            })
        })
        .transpose()?;
    Ok(search::Filter { article, tag, actor, event_type })
}

/// The article titled `title`, else the one whose title contains it, ignoring case.
fn find_article(p: &Project, title: &str) -> Result<crate::model::ArticleId, CliError> {
    let wanted = title.trim().to_lowercase();
    if let Some(a) = p.articles.iter().find(|a| a.title.to_lowercase() == wanted) {
        return Ok(a.id);
    }
    let found: Vec<_> = p.articles.iter().filter(|a| a.title.to_lowercase().contains(&wanted)).collect();
    match found.as_slice() {
        [one] => Ok(one.id),
        [] => Err(CliError(format!("no article titled “{}”", title.trim()))),
        many => Err(CliError(format!(
            "“{}” is in {} titles; give more of one: {}",
            title.trim(),
            many.len(),
            many.iter().map(|a| format!("“{}”", a.title)).collect::<Vec<_>>().join(", ")
        ))),
    }
}

/// Article titles as headings, then one line a hit: char offset, left [HIT] right.
fn print_concordance(results: &search::Results, out: &mut dyn Write) -> std::io::Result<()> {
    for group in &results.groups {
        writeln!(out, "{} ({})", group.title, group.total)?;
        for hit in &group.hits {
            writeln!(out, "{:>8}  {}[{}]{}", hit.start, hit.left, search::one_line(&hit.matched), hit.right)?;
        }
        writeln!(out)?;
    }
    writeln!(out, "{}", results.summary())
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
