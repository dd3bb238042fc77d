//! Two CSV tables, one row per event and one per claim, for pandas, R and spreadsheets.

use crate::model::Project;

use super::report::{LIST_SEPARATOR, actor_names, events_by_date, evidence_articles, score, tag_names, type_name};

/// The two tables, encoded.
pub struct Tables {
    pub events: Vec<u8>,
    pub claims: Vec<u8>,
}

/// UTF-8 with a byte-order mark: Excel reads BOM-less CSV in the machine's legacy code page and
/// garbles every curly quote and Chinese name, while pandas (`read_csv`), R (`readr`) and
/// LibreOffice all recognise the BOM and drop it, so with it the file opens cleanly everywhere.
const BOM: &[u8] = "\u{feff}".as_bytes();

pub fn tables(p: &Project) -> Result<Tables, csv::Error> {
    Ok(Tables { events: events(p)?, claims: claims(p)? })
}

fn events(p: &Project) -> Result<Vec<u8>, csv::Error> {
    let mut w = writer();
    w.write_record([
        "id",
        "date_start",
        "date_end",
        "precision",
        "date_phrase",
        "source",
        "target",
        "bilateral",
        "type",
        "cameo",
        "score",
        "evidence_count",
        "first_quote",
        "article_titles",
    ])?;
    for e in events_by_date(p) {
        let first_quote = e.evidence.first().and_then(|&c| p.claims.get(c)).map_or("", |c| c.quote.as_str());
        let cameo = p.taxonomy.get(e.kind).map_or("", |t| t.cameo.as_str());
        w.write_record([
            e.id.to_string().as_str(),
            &e.date.start.to_string(),
            &e.date.end.to_string(),
            e.date.precision.label(),
            &e.date.phrase,
            p.actor_name(e.source),
            p.actor_name(e.target),
            if e.bilateral { "true" } else { "false" },
            type_name(p, e.kind),
            cameo,
            &score(p, e),
            &e.evidence.len().to_string(),
            first_quote,
            &evidence_articles(p, e).join(LIST_SEPARATOR),
        ])?;
    }
    finish(w)
}

fn claims(p: &Project) -> Result<Vec<u8>, csv::Error> {
    let mut w = writer();
    w.write_record([
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
    ])?;
    for c in p.claims.iter() {
        let events: Vec<String> = p.events_of_claim(c.id).map(|e| e.id.to_string()).collect();
        w.write_record([
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
        ])?;
    }
    finish(w)
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().from_writer(BOM.to_vec())
}

fn finish(w: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, csv::Error> {
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}
