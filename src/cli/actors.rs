//! `faultline actors`: the project's actors as they stood on a day (who each acts for, in what
//! role, over which period), and the actor commands under it (`actors merge`, `import`,
//! `export`, `diacritics`).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use jiff::civil::Date;

use crate::analysis::date_phrase;
use crate::edit::{Document, EditError, builders};
use crate::io::dictionary;
use crate::io::dictionary::plan::preview;
use crate::io::export::LIST_SEPARATOR;
use crate::io::project_file::write_atomically;
use crate::model::{Actor, ActorId, Precision, Project};

use super::{CliError, fail, load, writing};

/// `faultline actors PROJECT [--at DATE] [--csv]`, or one of the actor commands.
#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ActorsArgs {
    #[command(subcommand)]
    pub action: Option<ActorsAction>,
    /// The project whose actors to list.
    #[arg(required = true)]
    pub project: Option<PathBuf>,
    /// List each actor's period in force on this day (2025-04-10, 10 April 2025). Without it,
    /// the period in force today; for an actor with none today, its open-ended period that
    /// starts latest (which may not have begun yet), else the one that ended last.
    #[arg(long, value_name = "DATE")]
    pub at: Option<String>,
    /// Print CSV (name, kind, acts_for, role, from, to, aliases, qid) instead of a table.
    #[arg(long)]
    pub csv: bool,
}

#[derive(Subcommand, Debug)]
pub enum ActorsAction {
    /// Merge actor GONE into KEEP (one actor entered twice): every claim, event and period naming
    /// GONE names KEEP instead, and KEEP takes GONE's name and aliases as aliases. Actors are named
    /// by name, alias or id. Refused, with the reason, when the two cannot be one actor (different
    /// codes, Wikidata items or sides on one day) or when events are coded between them.
    Merge { project: PathBuf, keep: String, gone: String },
    /// Import actors from a CAMEO/PETRARCH/Phoenix dictionary or a CSV/TSV actor table into
    /// PROJECT (created when missing; see
    /// README, "Actor dictionaries"): lists every entry as added or merged and every line that
    /// could not be used, then adds them as one edit.
    Import {
        project: PathBuf,
        file: PathBuf,
        /// Only show what the import would do; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write the project's actors as an actor table (one row per period), which `actors import`
    /// reads back.
    Export {
        project: PathBuf,
        /// The CSV file to write; without it, the table is printed.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Set how PROJECT compares names: `ignore` diacritics ("Sergei" finds "Sergeï", "Елкин"
    /// finds "Ёлкин") or `match` them as written (the default). Mentions, suggestions, finding
    /// and merging actors and dictionary imports follow the setting, as the workbench's
    /// Actors ▸ Ignore diacritics does.
    Diacritics { project: PathBuf, setting: Diacritics },
}

/// Whether names compare with their diacritics.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Diacritics {
    Ignore,
    Match,
}

pub fn run(args: ActorsArgs, out: &mut dyn Write) -> Result<(), CliError> {
    match (args.action, args.project) {
        (Some(ActorsAction::Merge { project, keep, gone }), _) => merge(&project, &keep, &gone, out),
        (Some(ActorsAction::Import { project, file, dry_run }), _) => import(&project, &file, dry_run, out),
        (Some(ActorsAction::Export { project, output }), _) => export(&project, output.as_deref(), out),
        (Some(ActorsAction::Diacritics { project, setting }), _) => diacritics(&project, setting, out),
        (None, Some(project)) => {
            let p = load(&project)?;
            let day = args.at.as_deref().map(one_day).transpose()?;
            let rows = rows(&p, day, jiff::Zoned::now().date());
            if args.csv { print_csv(&rows, out).map_err(fail) } else { print_table(&rows, out).map_err(fail) }
        }
        // clap requires the project when no command is named.
        (None, None) => Err(CliError("name the project whose actors to list".into())),
    }
}

/// `--at` as one day: a period is in force on days, so "April 2025" is too vague to pick one.
fn one_day(text: &str) -> Result<Date, CliError> {
    let date = date_phrase::resolve(text, None).map_err(|e| CliError(format!("--at “{text}”: {e}")))?;
    if date.precision != Precision::Day {
        return Err(CliError(format!(
            "--at “{text}” is {} days ({} to {}); give one day, such as {}",
            date.days(),
            date.start,
            date.end,
            date.start
        )));
    }
    Ok(date.start)
}

const HEADER: [&str; 8] = ["name", "kind", "acts_for", "role", "from", "to", "aliases", "qid"];

/// One row per actor, in project order, with the period in force on `day`; without a day, the
/// one in force `today`, else the actor's current one (see `Actor::current_affiliation`).
fn rows(p: &Project, day: Option<Date>, today: Date) -> Vec<[String; 8]> {
    p.actors
        .iter()
        .map(|a| {
            let period = match day {
                Some(day) => a.affiliation_on(day),
                None => a.affiliation_on(today).or_else(|| a.current_affiliation()),
            };
            let date = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
            [
                a.name.clone(),
                a.kind.label().to_owned(),
                period.and_then(|x| x.acts_for).map(|s| p.actor_name(s).to_owned()).unwrap_or_default(),
                period.map(|x| x.role.clone()).unwrap_or_default(),
                date(period.and_then(|x| x.from)),
                date(period.and_then(|x| x.to)),
                a.aliases.join(LIST_SEPARATOR),
                a.qid.clone().unwrap_or_default(),
            ]
        })
        .collect()
}

fn print_csv(rows: &[[String; 8]], out: &mut dyn Write) -> csv::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(HEADER)?;
    for row in rows {
        w.write_record(row)?;
    }
    w.flush()?;
    Ok(())
}

/// Columns padded to their widest cell, two spaces apart; an empty cell shows as "-".
fn print_table(rows: &[[String; 8]], out: &mut dyn Write) -> std::io::Result<()> {
    let cells = |row: &[String; 8]| row.clone().map(|c| if c.is_empty() { "-".to_owned() } else { c });
    let header = HEADER.map(str::to_owned);
    let all: Vec<[String; 8]> = std::iter::once(header).chain(rows.iter().map(cells)).collect();
    let mut widths = [0usize; 8];
    for row in &all {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in &all {
        let mut line = String::new();
        for (i, (cell, w)) in row.iter().zip(widths).enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                line.push_str(&" ".repeat(w - cell.chars().count() + 2));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// The one actor `text` names: its id, its name, or an alias only it carries.
fn find(p: &Project, text: &str) -> Result<ActorId, CliError> {
    let text = text.trim();
    if let Some(a) = text.parse::<ActorId>().ok().and_then(|id| p.actors.get(id)) {
        return Ok(a.id);
    }
    let same = |name: &String| p.matching.same_name(name, text);
    let named: Vec<&Actor> = p.actors.iter().filter(|a| same(&a.name)).collect();
    let called: Vec<&Actor> = p.actors.iter().filter(|a| a.aliases.iter().any(same)).collect();
    let found = if named.is_empty() { called } else { named };
    match found.as_slice() {
        [a] => Ok(a.id),
        [] => Err(CliError(format!("no actor named “{text}” in the project (`faultline actors` lists them)"))),
        several => {
            let names: Vec<String> = several.iter().map(|a| format!("{} (id {})", a.name, a.id)).collect();
            Err(CliError(format!("“{text}” names {}; name the actor by its id", names.join(" and "))))
        }
    }
}

fn merge(project: &Path, keep: &str, gone: &str, out: &mut dyn Write) -> Result<(), CliError> {
    let (writing, p) = writing::Writing::open(project, "actors merge", false, out)?;
    let (keep, gone) = (find(&p, keep)?, find(&p, gone)?);
    let claims = p.claims.iter().filter(|c| c.speaker == Some(gone) || c.targets.contains(&gone)).count();
    let events = p.events.iter().filter(|e| e.source == gone || e.target == gone).count();
    let members = p.actors.iter().filter(|a| a.ever_acts_for(gone)).count();
    let mut doc = Document::new(p, Some(project.to_owned()));
    doc.apply(builders::merge_actors(doc.project(), keep, gone).map_err(fail)?).map_err(fail)?;
    let p = doc.project();
    writeln!(
        out,
        "merged into {}: {claims} claim(s), {events} event(s) and {members} actor(s) acting for it moved; it is now \
         also called {}",
        p.actor_name(keep),
        p.actors.get(keep).map(|a| a.aliases.join(LIST_SEPARATOR)).unwrap_or_default()
    )
    .map_err(fail)?;
    writing.save(p, out)
}

fn diacritics(project: &Path, setting: Diacritics, out: &mut dyn Write) -> Result<(), CliError> {
    let (writing, p) = writing::Writing::open(project, "actors diacritics", false, out)?;
    let ignore_diacritics = setting == Diacritics::Ignore;
    let mut doc = Document::new(p, Some(project.to_owned()));
    match builders::set_ignore_diacritics(doc.project(), ignore_diacritics) {
        Ok(edit) => doc.apply(edit).map_err(fail)?,
        Err(EditError::Empty) => {}
        Err(e) => return Err(fail(e)),
    }
    let how = if ignore_diacritics { "whatever their diacritics" } else { "with their diacritics as written" };
    writeln!(out, "names in {} now match {how}", project.display()).map_err(fail)?;
    writing.save(doc.project(), out)
}

fn import(project: &Path, file: &Path, dry_run: bool, out: &mut dyn Write) -> Result<(), CliError> {
    let parsed = dictionary::read(file).map_err(CliError)?;
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let (writing, p) = writing::Writing::open(project, "actors import", true, out)?;
    let plan = dictionary::plan::plan(&p, parsed);
    for line in preview(&plan) {
        writeln!(out, "{line}").map_err(fail)?;
    }
    writeln!(out, "{}", plan.summary()).map_err(fail)?;
    let Some(edit) = plan.edit(&name) else {
        return writeln!(out, "nothing to import").map_err(fail);
    };
    if dry_run {
        return writeln!(out, "dry run: {} left unchanged", project.display()).map_err(fail);
    }
    let mut doc = Document::new(p, Some(project.to_owned()));
    doc.apply(edit).map_err(fail)?;
    writing.save(doc.project(), out)
}

fn export(project: &Path, output: Option<&Path>, out: &mut dyn Write) -> Result<(), CliError> {
    let p = load(project)?;
    let table = dictionary::export::actor_table(&p).map_err(fail)?;
    match output {
        Some(path) => {
            write_atomically(path, table.as_bytes()).map_err(fail)?;
            writeln!(out, "wrote {} actors to {}", p.actors.len(), path.display()).map_err(fail)
        }
        None => out.write_all(table.as_bytes()).map_err(fail),
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::model::{ActorKind, Affiliation, Colour};

    fn role_from(role: &str, from: Date) -> Affiliation {
        Affiliation { acts_for: None, role: role.into(), from: Some(from), to: None }
    }

    #[test]
    fn without_a_day_the_list_shows_the_period_in_force_today_not_one_that_has_not_begun() {
        let mut p = Project::new("roles");
        let mut adviser = Actor::new("Adviser", ActorKind::Person, Colour::palette(0));
        let until_2027 = Affiliation { to: Some(date(2026, 12, 31)), ..role_from("adviser", date(2020, 1, 1)) };
        adviser.affiliations = vec![until_2027, role_from("minister", date(2027, 1, 1))];
        let mut nominee = Actor::new("Nominee", ActorKind::Person, Colour::palette(1));
        nominee.affiliations = vec![role_from("ambassador", date(2027, 1, 1))];
        p.actors.put(adviser);
        p.actors.put(nominee);
        let roles = |day, today| rows(&p, day, today).into_iter().map(|r| r[3].clone()).collect::<Vec<_>>();
        assert_eq!(roles(None, date(2026, 6, 1)), ["adviser", "ambassador"], "none today: the one to come");
        assert_eq!(roles(None, date(2027, 6, 1)), ["minister", "ambassador"]);
        assert_eq!(roles(Some(date(2026, 6, 1)), date(2027, 6, 1)), ["adviser", ""], "a day given is that day");
    }
}
