//! `faultline ach`: the competing-hypotheses matrix headless: scores, ranking, evidence and
//! sensitivity as text, or the matrix as CSV for a spreadsheet. (The command's output goes
//! through [`super::Terminal`], which makes control characters in titles and quotes harmless.)

use std::io::Write;

use crate::analysis::ach::{self, STABLE, hypothesis_label, number2};
use crate::model::Project;

/// The scores least inconsistent first, the evidence with grade, weight and diagnosticity, and
/// what would change the ranking.
pub fn print(p: &Project, out: &mut dyn Write) -> std::io::Result<()> {
    if p.hypotheses.is_empty() {
        return writeln!(out, "No hypotheses yet: add them in the workbench's Hypotheses pane.");
    }
    let a = ach::of_project(p);
    writeln!(out, "Hypotheses, least inconsistent first (score = I 1, II 2, times the evidence's weight):")?;
    writeln!(out, "{:>4}  {:>6}  {:>10}  hypothesis", "rank", "score", "unweighted")?;
    for s in a.ranking() {
        let row = p.hypotheses.position(s.hypothesis).unwrap_or_default();
        let title = p.hypotheses.get(s.hypothesis).map_or("", |h| h.title.as_str());
        let unweighted = crate::analysis::series::number(s.unweighted);
        writeln!(
            out,
            "{:>4}  {:>6}  {unweighted:>10}  {} {}",
            s.rank,
            number2(s.weighted),
            hypothesis_label(row),
            title
        )?;
    }
    writeln!(out, "\nEvidence:")?;
    for (i, c) in a.columns.iter().enumerate() {
        let e = crate::io::export::EvidenceText::of(p, i, c);
        let marker = if c.diagnostic { "" } else { "  (not diagnostic)" };
        writeln!(out, "{:>4}  {}  {}  “{}”{marker}", e.label, e.grade, e.weight, e.quote.replace('\n', " "))?;
    }
    writeln!(out, "\nSensitivity:")?;
    if a.sensitive.is_empty() {
        writeln!(out, "{STABLE}")?;
    }
    for s in &a.sensitive {
        writeln!(out, "{}", a.describe_sensitivity(p, s))?;
    }
    Ok(())
}
