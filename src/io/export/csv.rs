//! Two CSV tables, one row per event and one per claim, for pandas, R and spreadsheets.

use crate::analysis::ach::{self, number2};
use crate::analysis::grading::Grading;
use crate::model::{CellId, Project};

use super::index::Index;
use super::report::{
    LIST_SEPARATOR, actor_names, events_by_date, evidence_articles, score, side_during, tag_names, type_name,
};

/// The two tables, encoded.
pub struct Tables {
    pub events: Vec<u8>,
    pub claims: Vec<u8>,
}

/// UTF-8 with a byte-order mark: Excel reads BOM-less CSV in the machine's legacy code page and
/// garbles every curly quote and Chinese name, while pandas (`read_csv`), R (`readr`) and
/// LibreOffice all recognise the BOM and drop it, so with it the file opens cleanly everywhere.
const BOM: &[u8] = "\u{feff}".as_bytes();

/// Whether cells that a spreadsheet would run as a formula are neutralised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Formulas {
    /// A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, as
    /// OWASP recommends against CSV injection: a quote reading `=HYPERLINK(...)` stays text in
    /// Excel instead of becoming a link. Numbers (`-2.5`) are left as they are.
    Neutralise,
    /// Every cell exactly as in the project, for scripts that read the CSV.
    Raw,
}

pub fn tables(p: &Project, formulas: Formulas) -> Result<Tables, csv::Error> {
    Ok(Tables { events: events(p, formulas)?, claims: claims(p, formulas)? })
}

/// A cell as written: with a leading `'` when a spreadsheet would take it for a formula.
fn cell(text: &str, formulas: Formulas) -> std::borrow::Cow<'_, str> {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = text.trim().parse::<f64>().is_ok_and(f64::is_finite);
    if formulas == Formulas::Neutralise && risky && !number { format!("'{text}").into() } else { text.into() }
}

/// A CSV writer whose data rows go through [`cell`].
struct Sheet {
    w: csv::Writer<Vec<u8>>,
    formulas: Formulas,
}

impl Sheet {
    fn new(formulas: Formulas) -> Self {
        Self { w: csv::WriterBuilder::new().from_writer(BOM.to_vec()), formulas }
    }

    /// The header row, through the same guard as the data: the ACH matrix's columns are named
    /// by the analyst's hypothesis titles, which may look like formulas.
    fn header(&mut self, names: &[&str]) -> Result<(), csv::Error> {
        self.row(names.iter().copied())
    }

    fn row<'a>(&mut self, cells: impl IntoIterator<Item = &'a str>) -> Result<(), csv::Error> {
        let formulas = self.formulas;
        self.w.write_record(cells.into_iter().map(|c| cell(c, formulas).into_owned()))
    }

    fn finish(self) -> Result<Vec<u8>, csv::Error> {
        self.w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
    }
}

/// The ACH matrix, one row per piece of evidence (E1, E2, …, as the workbench numbers them)
/// with its claim, grade, weight and diagnosticity, a column per hypothesis holding its rating
/// (empty: not rated), the cells' notes, and last a row each for the weighted score, the plain
/// count and the rank.
pub fn ach_matrix(p: &Project, formulas: Formulas) -> Result<Vec<u8>, csv::Error> {
    let a = ach::of_project(p);
    let mut w = Sheet::new(formulas);
    let titles: Vec<&str> = p.hypotheses.iter().map(|h| h.title.as_str()).collect();
    let mut header = vec!["evidence", "claim_id", "article", "quote", "grade", "weight", "diagnostic"];
    header.extend(&titles);
    header.push("notes");
    w.header(&header)?;
    for (i, column) in a.columns.iter().enumerate() {
        let cells: Vec<_> =
            p.hypotheses.iter().map(|h| p.ach_cells.get(CellId { hypothesis: h.id, claim: column.claim })).collect();
        let ratings: Vec<&str> = cells.iter().map(|c| c.map_or("", |c| c.rating.code())).collect();
        let notes: Vec<String> = cells
            .into_iter()
            .zip(&titles)
            .filter_map(|(c, title)| c.filter(|c| !c.note.is_empty()).map(|c| format!("{title}: {}", c.note)))
            .collect();
        let e = super::report::EvidenceText::of(p, i, column);
        let mut row =
            vec![e.label, column.claim.to_string(), e.article, e.quote, e.grade, e.weight, e.diagnostic.to_owned()];
        row.extend(ratings.into_iter().map(str::to_owned));
        row.push(notes.join(LIST_SEPARATOR));
        w.row(row.iter().map(String::as_str))?;
    }
    let scores = |figure: fn(&ach::Score) -> String| a.scores.iter().map(figure).collect::<Vec<_>>();
    let rows = [
        ("score", scores(|s| number2(s.weighted))),
        ("unweighted", scores(|s| crate::analysis::series::number(s.unweighted))),
        ("rank", scores(|s| s.rank.to_string())),
    ];
    for (name, figures) in rows {
        let mut row = vec![name.to_owned()];
        row.extend(std::iter::repeat_n(String::new(), 6));
        row.extend(figures);
        row.push(String::new());
        w.row(row.iter().map(String::as_str))?;
    }
    w.finish()
}

fn events(p: &Project, formulas: Formulas) -> Result<Vec<u8>, csv::Error> {
    let mut w = Sheet::new(formulas);
    w.header(&[
        "id",
        "date_start",
        "date_end",
        "precision",
        "date_phrase",
        "source",
        "target",
        "source_side",
        "target_side",
        "bilateral",
        "type",
        "cameo",
        "score",
        "evidence_count",
        "first_quote",
        "article_titles",
        "confidence",
        "confidence_reason",
    ])?;
    let grading = Grading::new(p);
    for e in events_by_date(p) {
        let confidence = grading.confidence(e);
        let first_quote = e.evidence.first().and_then(|&c| p.claims.get(c)).map_or("", |c| c.quote.as_str());
        let cameo = p.taxonomy.get(e.kind).map_or("", |t| t.cameo.as_str());
        w.row([
            e.id.to_string().as_str(),
            &e.date.start.to_string(),
            &e.date.end.to_string(),
            e.date.precision.label(),
            &e.date.phrase,
            p.actor_name(e.source),
            p.actor_name(e.target),
            &side_during(p, e, e.source),
            &side_during(p, e, e.target),
            if e.bilateral { "true" } else { "false" },
            type_name(p, e.kind),
            cameo,
            &score(p, e),
            &e.evidence.len().to_string(),
            first_quote,
            &evidence_articles(p, e).join(LIST_SEPARATOR),
            &confidence.map_or_else(String::new, |c| c.grade.to_string()),
            &confidence.map_or_else(String::new, |c| c.explain()),
        ])?;
    }
    w.finish()
}

fn claims(p: &Project, formulas: Formulas) -> Result<Vec<u8>, csv::Error> {
    let mut w = Sheet::new(formulas);
    w.header(&[
        "id",
        "article",
        "quote",
        "start",
        "end",
        "tags",
        "speaker",
        "targets",
        "note",
        "confidence",
        "event_ids",
        "article_id",
        "reliability",
        "credibility",
        "links",
    ])?;
    let index = Index::new(p);
    for c in p.claims.iter() {
        let events: Vec<String> = index.events_of(c.id).iter().map(|e| e.id.to_string()).collect();
        let grade = index.grade_of(c);
        // "contradicts 0123456789abcdef": the other claim's id, read from this claim's side.
        let links: Vec<String> = index
            .links_of(c.id)
            .iter()
            .filter_map(|l| l.other(c.id).map(|other| format!("{} {other}", l.kind.label())))
            .collect();
        w.row([
            c.id.to_string().as_str(),
            p.articles.get(c.article).map_or("(missing article)", |a| a.title.as_str()),
            &c.quote,
            &c.start.to_string(),
            &c.end.to_string(),
            &tag_names(p, &c.tags),
            c.speaker.map_or("", |s| p.actor_name(s)),
            &actor_names(p, &c.targets),
            &c.note,
            c.confidence.label(),
            &events.join(LIST_SEPARATOR),
            &c.article.to_string(),
            &grade.reliability.to_string(),
            &grade.credibility.to_string(),
            &links.join(LIST_SEPARATOR),
        ])?;
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_a_spreadsheet_would_run_get_a_leading_quote() {
        for risky in ["=HYPERLINK(\"http://x\")", "+1+1", "-1+cmd", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(cell(risky, Formulas::Neutralise), format!("'{risky}"));
        }
    }

    #[test]
    fn numbers_and_plain_text_are_left_alone_and_raw_leaves_everything() {
        for safe in ["-2.5", "+3", "China", "a=b", ""] {
            assert_eq!(cell(safe, Formulas::Neutralise), safe);
        }
        assert_eq!(cell("=1+1", Formulas::Raw), "=1+1");
    }

    #[test]
    fn a_hypothesis_title_that_looks_like_a_formula_is_neutralised_in_the_ach_header() {
        let mut doc = crate::edit::Document::new(crate::sample::sample_project(), None);
        let title = "=HYPERLINK(\"http://x\",\"retaliation\")";
        doc.apply(crate::edit::builders::add_hypothesis(title).0).unwrap();
        let header = |formulas| {
            let bytes = ach_matrix(doc.project(), formulas).unwrap();
            let text = String::from_utf8(bytes).unwrap();
            text.lines().next().unwrap().to_owned()
        };
        assert!(header(Formulas::Neutralise).contains("\"'=HYPERLINK("), "{}", header(Formulas::Neutralise));
        assert!(header(Formulas::Raw).contains("\"=HYPERLINK("), "{}", header(Formulas::Raw));
    }
}
