//! The report as one self-contained HTML file: inline CSS, the chart as inline SVG, no scripts,
//! fonts or links to fetch, so it opens offline and can be mailed as it is.

use std::fmt::Write;

use crate::model::{Grade, Project};

use super::chart_svg::tension_chart;
use super::highlight::highlighted;
use super::index::Index;
use super::markup::escape_markup;
use super::report::{
    GRADING_INTRO, ach_section, actors_table, byline, claim_line, events_table, outlets_table, scales_table, summary,
};

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;\
line-height:1.5;color:#222}table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;\
padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}.text{white-space:pre-wrap;\
border-left:3px solid #ddd;padding-left:1rem}mark{color:inherit;border-radius:2px}svg{max-width:100%;height:auto}\
.meta{color:#666;font-style:italic}";

/// The report; `min_grade` is the grade the project was filtered to, said where it matters.
pub fn report(p: &Project, min_grade: Option<Grade>) -> String {
    let e = |s: &str| escape_markup(s);
    let mut h = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        e(&p.name),
        e(&p.name)
    );
    if !p.description.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", e(&p.description));
    }
    h.push_str("<ul>\n");
    for (label, value) in summary(p) {
        let _ = writeln!(h, "<li><strong>{label}:</strong> {}</li>", e(&value));
    }
    h.push_str("</ul>\n<h2>Tension over time</h2>\n");
    h.push_str(&tension_chart(p));
    h.push_str("<h2>Events</h2>\n");
    table(&mut h, events_table(p));
    h.push_str("<h2>Actors</h2>\n");
    table(&mut h, actors_table(p));
    let graded = p.is_graded();
    if graded {
        let _ = writeln!(h, "<h2>Grading</h2>\n<p>{}</p>", e(GRADING_INTRO));
        table(&mut h, scales_table());
        if !p.outlets.is_empty() {
            table(&mut h, outlets_table(p));
        }
    }
    if let Some(ach) = ach_section(p, min_grade) {
        let _ = writeln!(h, "<h2>Competing hypotheses</h2>\n<p>{}</p>", e(crate::analysis::ach::SCALE));
        if let Some(note) = ach.filtered {
            let _ = writeln!(h, "<p>{}</p>", e(&note));
        }
        table(&mut h, ach.matrix);
        table(&mut h, ach.evidence);
        h.push_str("<ul>\n");
        for line in ach.sensitivity {
            let _ = writeln!(h, "<li>{}</li>", e(&line));
        }
        h.push_str("</ul>\n");
    }
    let index = Index::new(p);
    for article in p.articles.iter() {
        let claims = index.claims_of(article.id);
        let _ = writeln!(h, "<h2>{}</h2>", e(&article.title));
        if let Some(byline) = byline(article) {
            let _ = writeln!(h, "<p class=\"meta\">{}</p>", e(&byline));
        }
        let _ = writeln!(h, "<div class=\"text\">{}</div>", highlighted(p, article, claims, escape_markup));
        if claims.is_empty() {
            continue;
        }
        h.push_str("<h3>Claims</h3>\n<ol>\n");
        for c in claims {
            let _ = writeln!(h, "<li>{}</li>", claim_line(p, c, graded, escape_markup, ("<em>", "</em>")));
        }
        h.push_str("</ol>\n");
    }
    h.push_str("</body>\n</html>\n");
    h
}

fn table<S: AsRef<str>>(h: &mut String, (header, rows): (Vec<S>, Vec<Vec<String>>)) {
    h.push_str("<table>\n<tr>");
    for cell in header {
        let _ = write!(h, "<th>{}</th>", escape_markup(cell.as_ref()));
    }
    h.push_str("</tr>\n");
    for row in rows {
        h.push_str("<tr>");
        for cell in row {
            let _ = write!(h, "<td>{}</td>", escape_markup(&cell));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</table>\n");
}
