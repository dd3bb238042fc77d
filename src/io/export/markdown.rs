//! The report as Markdown: summary, the chart (a linked SVG file), events, actors, and each
//! article with its claims highlighted (inline HTML `<mark>`, which CommonMark passes through).

use std::fmt::Write;

use crate::model::{Grade, Project};

use super::highlight::highlighted;
use super::index::Index;
use super::report::{
    GRADING_INTRO, ach_section, actors_table, byline, claim_line, events_table, outlets_table, scales_table, summary,
};

/// The report; `min_grade` is the grade the project was filtered to, said where it matters.
pub fn report(p: &Project, chart_file: &str, min_grade: Option<Grade>) -> String {
    let mut md = format!("# {}\n\n", escape(&p.name));
    if !p.description.is_empty() {
        let _ = writeln!(md, "{}\n", escape(&p.description));
    }
    for (label, value) in summary(p) {
        let _ = writeln!(md, "- **{label}:** {}", escape(&value));
    }
    let _ = writeln!(md, "\n## Tension over time\n\n![Tension over time]({})\n", link(chart_file));
    md.push_str("## Events\n\n");
    table(&mut md, events_table(p));
    md.push_str("## Actors\n\n");
    table(&mut md, actors_table(p));
    let graded = p.is_graded();
    if graded {
        let _ = writeln!(md, "## Grading\n\n{}\n", escape(GRADING_INTRO));
        table(&mut md, scales_table());
        if !p.outlets.is_empty() {
            table(&mut md, outlets_table(p));
        }
    }
    if let Some(ach) = ach_section(p, min_grade) {
        let _ = writeln!(md, "## Competing hypotheses\n\n{}\n", escape(crate::analysis::ach::SCALE));
        if let Some(note) = ach.filtered {
            let _ = writeln!(md, "{}\n", escape(&note));
        }
        table(&mut md, ach.matrix);
        table(&mut md, ach.evidence);
        for line in ach.sensitivity {
            let _ = writeln!(md, "- {}", escape(&line));
        }
        md.push('\n');
    }
    let index = Index::new(p);
    for article in p.articles.iter() {
        let claims = index.claims_of(article.id);
        let _ = writeln!(md, "## {}\n", escape(&article.title));
        if let Some(byline) = byline(article) {
            let _ = writeln!(md, "*{}*\n", escape(&byline));
        }
        let _ = writeln!(md, "{}\n", highlighted(p, article, claims, escape));
        if !claims.is_empty() {
            md.push_str("### Claims\n\n");
        }
        for c in claims {
            let _ = writeln!(md, "1. {}", claim_line(p, c, graded, escape, ("*", "*")));
        }
        md.push('\n');
    }
    md
}

fn table<S: AsRef<str>>(md: &mut String, (header, rows): (Vec<S>, Vec<Vec<String>>)) {
    let header: Vec<String> = header.iter().map(|h| escape(h.as_ref())).collect();
    let _ = writeln!(md, "| {} |", header.join(" | "));
    let _ = writeln!(md, "|{}", "---|".repeat(header.len()));
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| escape(&c.replace('\n', " "))).collect();
        let _ = writeln!(md, "| {} |", cells.join(" | "));
    }
    md.push('\n');
}

/// Plain text made literal in Markdown: `<` and `&` become entities (raw HTML is live in
/// CommonMark); emphasis, link, code, table and strike-through punctuation is backslash-escaped
/// anywhere; what only starts a block (`#`, `-`, `+`, `=`, `>`, "1." and "1)") is escaped at the
/// start of a line, so that ordinary hyphens and decimals stay readable.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let (mut blank_so_far, mut digits_so_far) = (true, false);
    for ch in s.chars() {
        match ch {
            '<' => out.push_str("&lt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(ch);
            }
            '#' | '-' | '+' | '=' | '>' if blank_so_far => {
                out.push('\\');
                out.push(ch);
            }
            '.' | ')' if digits_so_far => {
                out.push('\\');
                out.push(ch);
            }
            c => out.push(c),
        }
        digits_so_far = ch.is_ascii_digit() && (blank_so_far || digits_so_far);
        blank_so_far = ch == '\n' || (blank_so_far && (ch == ' ' || ch == '\t'));
    }
    out
}

/// A relative link target: spaces and parentheses would end a Markdown link early.
fn link(file: &str) -> String {
    file.replace('%', "%25").replace(' ', "%20").replace('(', "%28").replace(')', "%29")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_punctuation_is_literal() {
        assert_eq!(escape("*bold* <b> & #1"), "\\*bold\\* &lt;b> &amp; #1");
        assert_eq!(escape("# US-China\n- a\n  > b"), "\\# US-China\n\\- a\n  \\> b");
        assert_eq!(escape("1985. Then 3.5\n2) x"), "1985\\. Then 3.5\n2\\) x");
        assert_eq!(link("my report-chart.svg"), "my%20report-chart.svg");
    }

    #[test]
    fn the_reports_show_the_hypotheses_matrix_least_inconsistent_first_with_what_would_change_it() {
        let p = crate::analysis::ach::worked_example();
        let md = report(&p, "chart.svg", None);
        assert!(md.contains("## Competing hypotheses\n\nEach hypothesis is weighed"), "{md}");
        assert!(md.contains("| 1 | H2 Bargaining chip | 0\\.77 | 3 | C | CC | N | I | CC | I | I | C |"), "{md}");
        assert!(md.contains("| E8 | B2 | 0\\.64 | no | Magnet exports fell 75% in April. | Evidence E8 |"), "{md}");
        assert!(md.contains("- Without E2 the ranking becomes 1 H1 Retaliation"), "{md}");
        let html = super::super::html::report(&p, None);
        assert!(html.contains("<h2>Competing hypotheses</h2>"));
        assert!(html.contains("<td>H2 Bargaining chip</td><td>0.77</td>"), "{html}");
        assert!(!report(&crate::sample::sample_project(), "c.svg", None).contains("Competing hypotheses"));
    }
}
