//! Commands for a team: `faultline agree` (how far two analysts' codings of the same articles
//! agree, as text or JSON; the JSON names `alpha_by_tag`, `alpha_overall`, `kappa_event_type`,
//! `kappa_direction`, `date_agreement`, `matched`, `only_a`, `only_b` are a promise),
//! `faultline merge` (three-way, as git's merge driver) and `faultline git-setup`.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{CliError, fail, writing};
use crate::analysis::agreement::{Agreement, ClaimRef};
use crate::io::merge::{self, MergeReport};
use crate::io::project_file;
use crate::io::repair::{Problem, check_in_memory};
use crate::model::Project;

/// The figures first, then what was left out and why, then the claims only one analyst made.
pub fn print_agreement(a: &Agreement, out: &mut dyn Write) -> std::io::Result<()> {
    let figure = |x: Option<f64>| x.map_or_else(|| "n/a".to_owned(), |x| format!("{x:.3}"));
    writeln!(out, "Compared {} shared article(s).", a.shared_articles.len())?;
    if a.shared_articles.is_empty() {
        writeln!(out, "No article is in both projects, so there is nothing to compare: no score is given.")?;
    }
    writeln!(out, "\nKrippendorff's alpha over characters (nominal):")?;
    for (tag, alpha) in &a.alpha_by_tag {
        writeln!(out, "  {tag:<32} {}", figure(*alpha))?;
    }
    writeln!(out, "  {:<32} {}", "(all tags)", figure(a.alpha_overall))?;
    writeln!(out, "\nClaims matched (span overlap >= 50%): {}", a.matched.len())?;
    writeln!(out, "  Cohen's kappa, event type:  {}", figure(a.kappa_event_type))?;
    writeln!(out, "  Cohen's kappa, direction:   {}", figure(a.kappa_direction))?;
    writeln!(
        out,
        "  Dates that overlap:         {}",
        a.date_agreement.map_or("n/a".to_owned(), |x| format!("{:.0}%", x * 100.0))
    )?;
    writeln!(out, "  (n/a: no pairs to compare, or every pair gave one and the same answer)")?;
    for (side, titles) in [("first", &a.articles_only_a), ("second", &a.articles_only_b)] {
        if !titles.is_empty() {
            writeln!(out, "\nOnly in the {side} project (left out): {}", titles.join("; "))?;
        }
    }
    for (side, claims) in [("first", &a.only_a), ("second", &a.only_b)] {
        writeln!(out, "\nClaims only the {side} analyst made: {}", claims.len())?;
        for c in claims {
            print_claim(c, out)?;
        }
    }
    Ok(())
}

fn print_claim(c: &ClaimRef, out: &mut dyn Write) -> std::io::Result<()> {
    let quote: String = c.quote.chars().take(80).collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ");
    writeln!(out, "  {} {}-{}: “{quote}”", c.article, c.start, c.end)
}

/// `faultline merge BASE OURS THEIRS -o OUT`: what came in, every conflict, and whether any
/// remain (the caller exits 1 then, as git's merge drivers do).
pub fn merge_files(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    output: &Path,
    out: &mut dyn Write,
) -> Result<bool, CliError> {
    for (path, what) in [(base, "the common ancestor"), (theirs, "the other side")] {
        if same_file(path, output) {
            return Err(CliError(format!(
                "{} is {what}; write the merge to OURS or a new file (-o), never over an input that is still needed",
                output.display()
            )));
        }
    }
    // Held from before OURS is read until the result is written, as every writer holds a
    // project: no import or open workbench changes it in between, the driver's form included.
    let _lock = writing::hold(output, "merge", out)?;
    // Each input is read as the workbench reads it, and a side holding fields this version does
    // not know is refused rather than merged without them. The three files are read at once (a
    // 60 MB project takes a second to parse), then what loading each repaired is listed in order.
    // Git gives an empty file as the ancestor when both sides added the project: an empty
    // project (with the shipped event types both sides started from) stands in for it.
    let empty_base = std::fs::metadata(base).is_ok_and(|m| m.len() == 0);
    let (ours_r, base_r, theirs_r) = std::thread::scope(|s| {
        let ours_t = s.spawn(|| merge::read_side(ours));
        let base_t = s.spawn(|| if empty_base { Ok((Project::default(), Vec::new())) } else { merge::read_side(base) });
        let theirs_r = merge::read_side(theirs);
        let joined = |t: std::thread::ScopedJoinHandle<'_, _>| {
            t.join().unwrap_or_else(|_| Err("reading the file failed unexpectedly".to_owned()))
        };
        (joined(ours_t), joined(base_t), theirs_r)
    });
    let mut read = |path: &Path, read: Result<(Project, Vec<Problem>), String>| -> Result<Project, CliError> {
        let (p, problems) = read.map_err(CliError)?;
        for problem in &problems {
            writeln!(out, "{}: {problem}", path.display()).map_err(fail)?;
        }
        Ok(p)
    };
    let ours_p = read(ours, ours_r)?;
    let base_p = read(base, base_r)?;
    let theirs_p = read(theirs, theirs_r)?;
    let merged = merge::merge(&base_p, &ours_p, &theirs_p);
    // Checked as a loaded file is: claims moved by the other side's text edits re-anchored,
    // references to what the other side deleted given placeholders or made orphans.
    let (project, problems) = check_in_memory(&merged.project);
    if same_file(ours, output) {
        // Over OURS, as git's merge driver writes its own temporary copy (history is git's).
        project_file::write_project(&project, output).map_err(fail)?;
    } else {
        // A project of the analyst's: the old file kept as .bak.
        project_file::save(&project, output).map_err(fail)?;
    }
    print_merge(&merged.report, &problems, out).map_err(fail)?;
    writeln!(out, "wrote {}", output.display()).map_err(fail)?;
    Ok(!merged.report.conflicts.is_empty())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn print_merge(report: &MergeReport, problems: &[Problem], out: &mut dyn Write) -> std::io::Result<()> {
    let came: Vec<String> = report
        .from_theirs
        .iter()
        .filter(|t| !t.items.is_empty())
        .map(|t| format!("{}: {}", t.kind, t.summary()))
        .collect();
    if came.is_empty() {
        writeln!(out, "Nothing came in from the other side.")?;
    } else {
        writeln!(out, "From the other side: {}", came.join("; "))?;
    }
    for title in &report.imported_on_both {
        writeln!(out, "imported on both sides: “{title}” is kept once, with both sides' claims on it")?;
    }
    for what in &report.namesakes {
        writeln!(out, "created on both sides: {what} is kept once, every reference moved to it")?;
    }
    for why in &report.kept_apart {
        writeln!(out, "created on both sides but kept as two: {why}")?;
    }
    for c in &report.conflicts {
        let side = |v: &str| if v.is_empty() { "(deleted)".to_owned() } else { v.to_owned() };
        writeln!(
            out,
            "conflict: {} “{}”, {}: ours {} | theirs {}",
            c.kind,
            c.label,
            c.field,
            side(&c.ours),
            side(&c.theirs)
        )?;
    }
    for p in problems {
        writeln!(out, "problem: {p}")?;
    }
    if !report.conflicts.is_empty() {
        writeln!(
            out,
            "{} conflict(s): ours is applied and theirs kept in the file; settle them in the workbench",
            report.conflicts.len()
        )?;
    }
    Ok(())
}

/// `faultline git-setup`: makes git merge project files with `faultline merge` in the
/// repository around the current folder.
pub fn git_setup(out: &mut dyn Write) -> Result<(), CliError> {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .output()
            .map_err(|e| CliError(format!("cannot run git ({e}); is it installed?")))
    };
    let top = git(&["rev-parse", "--show-toplevel"])?;
    if !top.status.success() {
        return Err(CliError("this folder is not in a git repository: run `git init` first, or cd into one".into()));
    }
    let top = PathBuf::from(String::from_utf8_lossy(&top.stdout).trim());
    let exe = std::env::current_exe().map_err(fail)?;
    let driver = format!("{} merge %O %A %B -o %A", shell_quote(&exe.to_string_lossy()));
    for (key, value) in
        [("merge.faultline.name", "Faultline project merge"), ("merge.faultline.driver", driver.as_str())]
    {
        let set = git(&["config", key, value])?;
        if !set.status.success() {
            return Err(CliError(format!("git config {key} failed: {}", String::from_utf8_lossy(&set.stderr).trim())));
        }
    }
    let attributes = top.join(".gitattributes");
    let existing = std::fs::read_to_string(&attributes).unwrap_or_default();
    if !existing.lines().any(|l| l.trim() == GIT_ATTRIBUTE) {
        let sep = if existing.is_empty() || existing.ends_with('\n') { "" } else { "\n" };
        std::fs::write(&attributes, format!("{existing}{sep}{GIT_ATTRIBUTE}\n")).map_err(fail)?;
    }
    writeln!(out, "git will merge *.ron project files with: {driver}").map_err(fail)?;
    writeln!(out, "{} has the line `{GIT_ATTRIBUTE}`; commit it so the team shares it", attributes.display())
        .map_err(fail)
}

/// The `.gitattributes` line that routes project files to the driver.
pub const GIT_ATTRIBUTE: &str = "*.ron merge=faultline";

fn shell_quote(s: &str) -> String {
    if s.chars().all(|c| c.is_ascii_alphanumeric() || "/._-+".contains(c)) {
        s.to_owned()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}
