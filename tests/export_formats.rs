//! Every export format, made from the sample project and read back by an independent reader
//! (the csv crate, serde_json, zip + quick-xml, xmllint), checking that each claim's character
//! positions slice the exported text to exactly its quote.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use faultline::edit::Document;
use faultline::io::export::{ExportError, ExportFormat, export};
use faultline::io::import::qdpx::parse_qdpx;
use faultline::model::text::slice_chars;
use faultline::model::{ClaimId, Project};
use faultline::sample::sample_project;
use serde_json::Value;

mod support;
use support::xml;

fn export_sample(format: ExportFormat, name: &str) -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let files = export(&sample_project(), format, &dir.path().join(name)).unwrap();
    (dir, files)
}

fn read_csv(path: &Path) -> (Vec<String>, Vec<HashMap<String, String>>) {
    let bytes = std::fs::read(path).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "{} has no UTF-8 BOM", path.display());
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let rows =
        reader.records().map(|r| header.iter().cloned().zip(r.unwrap().iter().map(str::to_owned)).collect()).collect();
    (header, rows)
}

#[test]
fn csv_tables_hold_every_event_and_claim_with_exact_spans() {
    let p = sample_project();
    let (dir, files) = export_sample(ExportFormat::Csv, "sample.csv");
    assert_eq!(files, vec![dir.path().join("sample-events.csv"), dir.path().join("sample-claims.csv")]);

    let (header, events) = read_csv(&files[0]);
    assert_eq!(
        header,
        [
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
            "confidence_reason"
        ]
    );
    assert_eq!(events.len(), p.events.len());
    let geneva = events.iter().find(|e| e["type"] == "Agree").unwrap();
    assert_eq!(
        (geneva["date_start"].as_str(), geneva["date_end"].as_str(), geneva["precision"].as_str()),
        ("2025-05-01", "2025-05-10", "early month")
    );
    assert_eq!((geneva["bilateral"].as_str(), geneva["score"].as_str()), ("true", "4.5"));
    for row in &events {
        let e = p.events.get(row["id"].parse().unwrap()).unwrap();
        assert_eq!(row["evidence_count"], e.evidence.len().to_string());
        assert_eq!(row["first_quote"], p.claims.get(e.evidence[0]).unwrap().quote);
        assert_eq!(row["source"], p.actor_name(e.source));
        let state = |a| p.actor_name(p.lineage(a, Some(e.date.start)).last().unwrap());
        assert_eq!((row["source_side"].as_str(), row["target_side"].as_str()), (state(e.source), state(e.target)));
    }

    let (header, claims) = read_csv(&files[1]);
    assert_eq!(
        &header[..11],
        ["id", "article", "quote", "start", "end", "tags", "speaker", "targets", "note", "confidence", "event_ids"]
    );
    assert_eq!(claims.len(), p.claims.len());
    for row in &claims {
        let article = p.articles.get(row["article_id"].parse().unwrap()).unwrap();
        assert_eq!(row["article"], article.title);
        let (start, end) = (row["start"].parse().unwrap(), row["end"].parse().unwrap());
        assert_eq!(slice_chars(&article.text, start, end), Some(row["quote"].as_str()));
        let claim = p.claims.get(row["id"].parse().unwrap()).unwrap();
        assert_eq!(row["note"], claim.note);
        let events: Vec<String> = p.events_of_claim(claim.id).map(|e| e.id.to_string()).collect();
        assert_eq!(row["event_ids"], events.join("; "));
    }
    // Quotes with commas and curly quotes survive RFC 4180 quoting.
    assert!(claims.iter().any(|r| r["quote"].contains(',') && r["quote"].contains('“')));
}

/// Checks `value` against the subset of JSON Schema the project schema uses: `$ref`, `type`,
/// `enum`, `required`, `properties`, `additionalProperties: false`, `items`, `minimum`.
fn validate(schema: &Value, root: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.strip_prefix("#/$defs/").unwrap();
        return validate(&root["$defs"][name], root, value, at, errors);
    }
    if let Some(types) = schema.get("type") {
        let types: Vec<&str> = match types {
            Value::String(t) => vec![t.as_str()],
            other => other.as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect(),
        };
        let ok = types.iter().any(|t| match *t {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "integer" => value.is_u64() || value.is_i64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            other => panic!("type {other} not handled"),
        });
        if !ok {
            errors.push(format!("{at}: {value} is not {types:?}"));
        }
    }
    if let Some(allowed) = schema["enum"].as_array()
        && !allowed.contains(value)
    {
        errors.push(format!("{at}: {value} is not one of {allowed:?}"));
    }
    if let (Some(min), Some(n)) = (schema["minimum"].as_f64(), value.as_f64())
        && n < min
    {
        errors.push(format!("{at}: {n} < {min}"));
    }
    if let (Some(max), Some(n)) = (schema["maximum"].as_f64(), value.as_f64())
        && n > max
    {
        errors.push(format!("{at}: {n} > {max}"));
    }
    if let Some(object) = value.as_object() {
        for key in schema["required"].as_array().into_iter().flatten() {
            if !object.contains_key(key.as_str().unwrap()) {
                errors.push(format!("{at}: missing {key}"));
            }
        }
        for (key, v) in object {
            match schema["properties"].get(key) {
                Some(s) => validate(s, root, v, &format!("{at}.{key}"), errors),
                None if schema["additionalProperties"] == Value::Bool(false) => {
                    errors.push(format!("{at}: {key} is not in the schema"))
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(array)) = (schema.get("items"), value.as_array()) {
        for (i, v) in array.iter().enumerate() {
            validate(items, root, v, &format!("{at}[{i}]"), errors);
        }
    }
}

#[test]
fn json_parses_back_to_the_same_project_and_matches_the_schema() {
    let (_dir, files) = export_sample(ExportFormat::Json, "sample.json");
    let text = std::fs::read_to_string(&files[0]).unwrap();
    let back: Project = serde_json::from_str(&text).unwrap();
    assert_eq!(back, sample_project());

    let schema: Value =
        serde_json::from_str(include_str!("../assets/schema/project.schema.json")).expect("the schema is JSON");
    let value: Value = serde_json::from_str(&text).unwrap();
    let mut errors = Vec::new();
    validate(&schema, &schema, &value, "project", &mut errors);
    assert!(errors.is_empty(), "the export does not match its schema:\n{}", errors.join("\n"));
    // The validator does catch a mismatch.
    let mut broken = value.clone();
    broken["claims"][0]["confidence"] = Value::from("Certain");
    broken["actors"][0]["nickname"] = Value::from("x");
    validate(&schema, &schema, &broken, "project", &mut errors);
    assert_eq!(errors.len(), 2, "{errors:?}");

    // What format 3 added is described too: merge conflicts, date settings, date ranges.
    let mut p = sample_project();
    p.conflicts.push(faultline::model::Conflict {
        kind: "actor".into(),
        id: p.actors.ids().next().unwrap().to_string(),
        label: "China".into(),
        field: "name".into(),
        base: "\"China\"".into(),
        ours: "\"PRC\"".into(),
        theirs: "\"Beijing\"".into(),
    });
    p.dates.numeric = faultline::model::NumericOrder::MonthFirst;
    let mut event = p.events.iter().next().unwrap().clone();
    event.date =
        faultline::model::FuzzyDate::range(jiff::civil::date(2025, 6, 9), jiff::civil::date(2025, 6, 10)).unwrap();
    p.events.put(event);
    // And what format 4 added: dated periods with roles, country codes, QIDs, alias languages.
    let us = p.find_actor("United States").unwrap().id;
    let mut greer = p.find_actor("Greer").unwrap().clone();
    greer.affiliations = vec![
        faultline::model::Affiliation {
            role: "trade adviser".into(),
            to: Some(jiff::civil::date(2025, 2, 25)),
            ..Default::default()
        },
        faultline::model::Affiliation {
            acts_for: Some(us),
            role: "trade representative".into(),
            from: Some(jiff::civil::date(2025, 2, 26)),
            to: None,
        },
    ];
    greer.qid = Some("Q6146446".into());
    greer.alias_languages.insert("格里尔".into(), "zh".into());
    p.actors.put(greer);
    let mut us_actor = p.actors.get(us).unwrap().clone();
    us_actor.code = Some("USA".into());
    p.actors.put(us_actor);
    let mut errors = Vec::new();
    validate(&schema, &schema, &serde_json::to_value(&p).unwrap(), "project", &mut errors);
    assert!(errors.is_empty(), "format 3 and 4 fields do not match the schema:\n{}", errors.join("\n"));

    // Grading: outlets, an article's own reliability, claims' credibility and links.
    let mut p = sample_project();
    let mut outlet = faultline::model::Outlet::new("Reuters", faultline::model::Reliability::B);
    outlet.aliases.push("Thomson Reuters".into());
    outlet.note = "Wire service, sourced reporting".into();
    p.outlets.put(outlet);
    let mut article = p.articles.iter().next().unwrap().clone();
    article.reliability = Some(faultline::model::Reliability::C);
    p.articles.put(article);
    let claims: Vec<_> = p.claims.iter().take(2).cloned().collect();
    let mut graded = claims[0].clone();
    graded.credibility = faultline::model::Credibility::Possible;
    p.claims.put(graded);
    let mut link =
        faultline::model::ClaimLink::new(claims[0].id, claims[1].id, faultline::model::LinkKind::Contradicts);
    link.note = "Denied the next day".into();
    p.claim_links.put(link);
    let value = serde_json::to_value(&p).unwrap();
    assert_eq!(value["claims"][0]["credibility"], Value::from(3));
    let mut errors = Vec::new();
    validate(&schema, &schema, &value, "project", &mut errors);
    assert!(errors.is_empty(), "grading fields do not match the schema:\n{}", errors.join("\n"));
    let mut off_scale = value.clone();
    off_scale["claims"][0]["credibility"] = Value::from(7);
    off_scale["outlets"][0]["reliability"] = Value::from("G");
    validate(&schema, &schema, &off_scale, "project", &mut errors);
    assert_eq!(errors.len(), 2, "{errors:?}");
}

#[test]
fn markdown_report_links_its_chart() {
    let p = sample_project();
    let (dir, files) = export_sample(ExportFormat::Markdown, "report.md");
    assert_eq!(files, vec![dir.path().join("report.md"), dir.path().join("report-chart.svg")]);
    let md = std::fs::read_to_string(&files[0]).unwrap();
    assert!(md.contains("![Tension over time](report-chart.svg)"), "{md}");
    assert!(md.contains("- **Claims:** 24\n") && md.contains("- **Events dated:** 2025-04-01 to 2025-06-02\n"));
    for a in p.articles.iter() {
        assert!(md.contains(&format!("\n## {}\n", a.title)), "{}", a.title);
    }
    assert!(md.contains("| Liu Pengyu | person | Chinese Embassy in Washington | Liu |"), "{md}");
    assert!(md.matches("<mark style=\"background-color:#").count() >= p.claims.len());
    let svg = std::fs::read_to_string(&files[1]).unwrap();
    let elements = xml(&svg).0;
    assert_eq!(elements[0].0, "svg");
    assert_eq!(elements.iter().filter(|(n, _)| n == "circle").count(), p.events.len());
    assert_eq!(elements.iter().filter(|(n, _)| n == "polyline").count(), 1);
}

/// Text with the report's markup removed and its entities resolved.
fn strip_marks(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        out.push_str(&rest[..i]);
        rest = &rest[rest[i..].find('>').unwrap() + i + 1..];
    }
    out.push_str(rest);
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

#[test]
fn html_report_is_self_contained_and_keeps_the_texts() {
    let p = sample_project();
    let (_dir, files) = export_sample(ExportFormat::Html, "report.html");
    assert_eq!(files.len(), 1);
    let html = std::fs::read_to_string(&files[0]).unwrap();
    for external in ["<script", "<link", "src=", "href=", "url(", "@import"] {
        assert!(!html.contains(external), "the report refers to something outside it: {external}");
    }
    assert!(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    // Each article's highlighted text, with the marks removed, is exactly the article's text.
    let texts: Vec<String> = html
        .split("<div class=\"text\">")
        .skip(1)
        .map(|rest| strip_marks(&rest[..rest.find("</div>").unwrap()]))
        .collect();
    let originals: Vec<&str> = p.articles.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(texts, originals);
    // Marks carry the first tag's colour.
    let claim = p.claims.iter().find(|c| !c.tags.is_empty()).unwrap();
    let colour = p.tags.get(claim.tags[0]).unwrap().colour.to_string();
    assert!(html.contains(&format!("background-color:{colour}")));
}

struct Qdpx {
    qde: String,
    sources: HashMap<String, String>,
}

fn read_qdpx(path: &Path) -> Qdpx {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut qde = String::new();
    zip.by_name("project.qde").unwrap().read_to_string(&mut qde).unwrap();
    let mut sources = HashMap::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let name = file.name().unwrap().into_owned();
        if let Some(name) = name.strip_prefix("sources/").map(str::to_owned) {
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            sources.insert(name, text);
        }
    }
    Qdpx { qde, sources }
}

/// The 64-bit id inside a GUID `fa1711e0-KKKK-8HHH-8HHH-00HHHHHHHHHH`.
fn id_of_guid(guid: &str) -> String {
    let parts: Vec<&str> = guid.split('-').collect();
    format!("{}{}{}", &parts[2][1..], &parts[3][1..], &parts[4][2..])
}

#[test]
fn qdpx_selections_slice_the_sources_to_the_quotes() {
    let p = sample_project();
    let (_dir, files) = export_sample(ExportFormat::Qdpx, "sample.qdpx");
    let q = read_qdpx(&files[0]);
    assert_eq!(q.sources.len(), p.articles.len());
    let elements = xml(&q.qde).0;
    let mut source_text = "";
    let mut selections = 0;
    for (name, attrs) in &elements {
        match name.as_str() {
            "TextSource" => {
                let file = attrs["plainTextPath"].strip_prefix("internal://").unwrap();
                source_text = &q.sources[file];
                let article = p.articles.get(id_of_guid(&attrs["guid"]).parse().unwrap()).unwrap();
                assert_eq!(source_text, article.text);
            }
            "PlainTextSelection" => {
                let claim = p.claims.get(id_of_guid(&attrs["guid"]).parse::<ClaimId>().unwrap()).unwrap();
                let (start, end) = (attrs["startPosition"].parse().unwrap(), attrs["endPosition"].parse().unwrap());
                assert_eq!(slice_chars(source_text, start, end), Some(claim.quote.as_str()));
                selections += 1;
            }
            _ => {}
        }
    }
    assert_eq!(selections, p.claims.len());
    let codes = elements.iter().filter(|(n, _)| n == "Code").count();
    // Tags, the two groups, the event types and the actors.
    assert_eq!(codes, p.tags.len() + 2 + p.taxonomy.len() + p.actors.len());
    let notes = elements.iter().filter(|(n, _)| n == "Note").count();
    assert_eq!(
        notes,
        p.claims.iter().filter(|c| !c.note.is_empty()).count()
            + p.articles.iter().filter(|a| !a.notes.is_empty()).count()
    );
    // Exporting twice gives the same file: GUIDs come from ids.
    let (_dir2, again) = export_sample(ExportFormat::Qdpx, "sample.qdpx");
    assert_eq!(read_qdpx(&again[0]).qde, q.qde);
}

#[test]
fn project_qde_validates_against_the_refi_qda_schema() {
    let (dir, files) = export_sample(ExportFormat::Qdpx, "sample.qdpx");
    let qde = dir.path().join("project.qde");
    std::fs::write(&qde, read_qdpx(&files[0]).qde).unwrap();
    let schema = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/refi-qda/Project.xsd");
    let out = std::process::Command::new("xmllint")
        .args(["--noout", "--schema", schema])
        .arg(&qde)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "xmllint is needed to validate project.qde ({e}); install it with `apt-get install -y libxml2-utils`"
            )
        });
    assert!(out.status.success(), "project.qde is not valid REFI-QDA:\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("validates"));
}

#[test]
fn qdpx_round_trip_keeps_sources_codes_and_codings() {
    let p = sample_project();
    let (_dir, files) = export_sample(ExportFormat::Qdpx, "sample.qdpx");
    let import = parse_qdpx(&std::fs::read(&files[0]).unwrap()).unwrap();
    assert_eq!(import.problems, Vec::<String>::new());
    assert_eq!(import.name, p.name);
    let mut doc = Document::new(Project::new("imported"), None);
    doc.apply(import.merge_edit(doc.project())).unwrap();
    let q = doc.project();

    let texts = |p: &Project| p.articles.iter().map(|a| (a.title.clone(), a.text.clone())).collect::<Vec<_>>();
    assert_eq!(texts(q), texts(&p));

    // Tags keep name, colour and parent; event types and actors come back as codes in groups.
    let tag_path = |p: &Project, id| {
        let t = p.tags.get(id).unwrap();
        let parent = t.parent.map(|id| p.tags.get(id).unwrap().name.clone());
        (t.name.clone(), t.colour, parent)
    };
    let imported: Vec<_> = q.tags.ids().map(|id| tag_path(q, id)).collect();
    for id in p.tags.ids() {
        assert!(imported.contains(&tag_path(&p, id)), "tag {:?} lost", tag_path(&p, id));
    }
    for t in p.taxonomy.iter() {
        assert!(imported.contains(&(t.name.clone(), t.colour, Some("Event types".to_owned()))));
    }
    assert_eq!(q.tags.len(), p.tags.len() + 2 + p.taxonomy.len() + p.actors.len());

    // Each claim: same article, span and quote; coded with its tags, its speaker and its events' types.
    assert_eq!(q.claims.len(), p.claims.len());
    for c in p.claims.iter() {
        let back = claim_imported_as(&p, c, q);
        assert_eq!((&back.quote, &back.note), (&c.quote, &c.note));
        let mut expected: Vec<String> = c.tags.iter().map(|&t| p.tags.get(t).unwrap().name.clone()).collect();
        expected.extend(c.speaker.map(|s| p.actor_name(s).to_owned()));
        let mut types: Vec<String> = Vec::new();
        for e in p.events_of_claim(c.id) {
            let name = p.taxonomy.get(e.kind).unwrap().name.clone();
            if !types.contains(&name) {
                types.push(name);
            }
        }
        expected.extend(types);
        let got: Vec<String> = back.tags.iter().map(|&t| q.tags.get(t).unwrap().name.clone()).collect();
        assert_eq!(got, expected, "codings of “{}”", c.quote);
    }
}

/// The claim of `q` (a project imported from an export of `p`) at the place of `p`'s claim `c`.
fn claim_imported_as<'q>(p: &Project, c: &faultline::model::Claim, q: &'q Project) -> &'q faultline::model::Claim {
    let title = &p.articles.get(c.article).unwrap().title;
    q.claims
        .iter()
        .find(|b| &q.articles.get(b.article).unwrap().title == title && (b.start, b.end) == (c.start, c.end))
        .unwrap_or_else(|| panic!("claim “{}” lost", c.quote))
}

/// A hand-made `.qdpx` whose selections do not all fit the text.
fn bad_positions_qdpx() -> Vec<u8> {
    use std::io::Write;
    let qde = r##"<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Foreign">
 <CodeBook><Codes>
  <Code guid="{11111111-1111-1111-1111-111111111111}" name="Trade" isCodable="true" color="#F0A">
   <Code guid="22222222-2222-2222-2222-222222222222" name="Tariffs &amp; quotas" isCodable="true"/>
  </Code>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="33333333-3333-3333-3333-333333333333" name="Memo" plainTextPath="internal://memo.txt">
   <PlainTextSelection guid="44444444-4444-4444-4444-444444444444" name="ok" startPosition="6" endPosition="8">
    <Coding guid="55555555-5555-5555-5555-555555555555"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
   </PlainTextSelection>
   <PlainTextSelection guid="66666666-6666-6666-6666-666666666666" name="past the end" startPosition="5" endPosition="99"/>
   <PlainTextSelection guid="77777777-7777-7777-7777-777777777777" name="in a line break" startPosition="3" endPosition="6"/>
   <PlainTextSelection guid="88888888-8888-8888-8888-888888888888" name="reversed" startPosition="6" endPosition="2"/>
  </TextSource>
 </Sources>
</Project>
"##;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("project.qde", options).unwrap();
    zip.write_all(qde.as_bytes()).unwrap();
    zip.start_file("sources/memo.txt", options).unwrap();
    zip.write_all("ab\r\ncd协议 ok".as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn qdpx_positions_that_do_not_fit_are_reported_not_guessed() {
    let import = parse_qdpx(&bad_positions_qdpx()).unwrap();
    assert_eq!(import.articles.len(), 1);
    assert_eq!(import.articles[0].text, "ab\ncd协议 ok");
    assert_eq!(import.tags.len(), 2);
    assert_eq!((import.tags[0].name.as_str(), import.tags[0].colour.to_string()), ("Trade", "#ff00aa".to_owned()));
    assert_eq!((import.tags[1].name.as_str(), import.tags[1].parent), ("Tariffs & quotas", Some(import.tags[0].id)));
    // Only the selection that fits becomes a claim: raw 6..8 is "协议", at 5..7 once CR LF is one char.
    assert_eq!(import.claims.len(), 1);
    assert_eq!((import.claims[0].start, import.claims[0].end, import.claims[0].quote.as_str()), (5, 7, "协议"));
    assert_eq!(import.claims[0].tags, vec![import.tags[1].id]);
    assert_eq!(import.problems.len(), 3, "{:?}", import.problems);
    assert!(import.problems[0].contains("“past the end”") && import.problems[0].contains("outside the text"));
    assert!(import.problems[1].contains("“in a line break”") && import.problems[1].contains("CR LF"));
    assert!(import.problems[2].contains("“reversed”") && import.problems[2].contains("empty or reversed"));
    // A file that is not a zip is an error, not a panic.
    assert!(parse_qdpx(b"not a zip").unwrap_err().contains("not a zip archive"));
}

#[test]
fn w3c_annotations_have_both_selectors_right() {
    let p = sample_project();
    let (_dir, files) = export_sample(ExportFormat::W3c, "sample.jsonld");
    let doc: Value = serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
    assert_eq!(doc["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(doc["type"], "AnnotationCollection");
    assert_eq!(doc["total"], p.claims.len());
    let items = doc["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), p.claims.len());
    for a in items {
        let claim = p
            .claims
            .get(a["id"].as_str().unwrap().strip_prefix("urn:faultline:claim:").unwrap().parse().unwrap())
            .unwrap();
        let article_id = a["target"]["source"].as_str().unwrap().strip_prefix("urn:faultline:article:").unwrap();
        let text: Vec<char> = p.articles.get(article_id.parse().unwrap()).unwrap().text.chars().collect();
        let selectors = a["target"]["selector"].as_array().unwrap();
        let quote = selectors.iter().find(|s| s["type"] == "TextQuoteSelector").unwrap();
        let position = selectors.iter().find(|s| s["type"] == "TextPositionSelector").unwrap();
        let (start, end) = (position["start"].as_u64().unwrap() as usize, position["end"].as_u64().unwrap() as usize);
        let slice = |s: usize, e: usize| text[s..e].iter().collect::<String>();
        assert_eq!(slice(start, end), quote["exact"].as_str().unwrap());
        let (prefix, suffix) = (quote["prefix"].as_str().unwrap(), quote["suffix"].as_str().unwrap());
        assert_eq!(slice(start - prefix.chars().count(), start), prefix);
        assert_eq!(slice(end, end + suffix.chars().count()), suffix);
        let bodies = a["body"].as_array().unwrap();
        let tags: Vec<&str> =
            bodies.iter().filter(|b| b["purpose"] == "tagging").map(|b| b["value"].as_str().unwrap()).collect();
        let expected: Vec<&str> = claim.tags.iter().map(|&t| p.tags.get(t).unwrap().name.as_str()).collect();
        assert_eq!(tags, expected);
        let comment = bodies.iter().find(|b| b["purpose"] == "commenting").map(|b| b["value"].as_str().unwrap());
        assert_eq!(comment, (!claim.note.is_empty()).then_some(claim.note.as_str()));
        let speaker = a["urn:faultline:speaker"]["name"].as_str();
        assert_eq!(speaker, claim.speaker.map(|s| p.actor_name(s)));
    }
}

#[test]
fn a_missing_folder_or_a_folder_as_output_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/folder/out.csv");
    for format in ExportFormat::ALL {
        let err = export(&sample_project(), format, &missing).unwrap_err();
        assert!(matches!(err, ExportError::NoFolder { .. }), "{err}");
        assert!(err.to_string().contains("does not exist"), "{err}");
    }
    let err = export(&sample_project(), ExportFormat::Json, dir.path()).unwrap_err();
    assert!(err.to_string().contains("is a folder"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing was written");
}

#[test]
fn an_empty_project_exports_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let empty = Project::new("Empty");
    for format in ExportFormat::ALL {
        let files = export(&empty, format, &dir.path().join(format!("empty.{}", format.extension()))).unwrap();
        assert!(files.iter().all(|f| f.is_file()), "{format:?}");
    }
}

/// The sample graded by hand (Reuters B, Regional Digest C; six credibilities; two links).
fn graded_sample() -> Project {
    faultline::io::project_file::parse(include_str!("fixtures/graded-sample.ron")).unwrap()
}

#[test]
fn w3c_annotations_carry_admiralty_grades_and_links_as_linking_annotations() {
    let p = graded_sample();
    let dir = tempfile::tempdir().unwrap();
    let files = export(&p, ExportFormat::W3c, &dir.path().join("graded.jsonld")).unwrap();
    let doc: Value = serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
    let items = doc["first"]["items"].as_array().unwrap();
    assert_eq!(items.len(), p.claims.len() + p.claim_links.len());
    assert_eq!(doc["total"], items.len());
    let by_id = |id: &str| items.iter().find(|a| a["id"] == id).unwrap();
    let tags = |a: &Value| -> Vec<String> {
        a["body"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["purpose"] == "tagging")
            .map(|b| b["value"].as_str().unwrap().to_owned())
            .collect()
    };
    // Greer's accusation: a Reuters claim (B) graded 2.
    let greer = tags(by_id("urn:faultline:claim:ee5785594c326de2"));
    assert!(greer.contains(&r#"admiralty-scale:source-reliability="b""#.to_owned()), "{greer:?}");
    assert!(greer.contains(&r#"admiralty-scale:information-credibility="2""#.to_owned()), "{greer:?}");
    // A Regional Digest claim left at 6 says only its source's grade.
    let ungraded = tags(by_id("urn:faultline:claim:613adb32d1f0e369"));
    assert_eq!(
        ungraded.iter().filter(|t| t.starts_with("admiralty-scale:")).collect::<Vec<_>>(),
        [r#"admiralty-scale:source-reliability="c""#]
    );
    let link = by_id("urn:faultline:link:00000000000011c2");
    assert_eq!(link["motivation"], "linking");
    assert_eq!(link["target"], "urn:faultline:claim:b2a040b2db607d93");
    assert_eq!(link["body"][0], "urn:faultline:claim:ee5785594c326de2");
    assert_eq!(link["body"][1]["value"], "contradicts");
    assert_eq!(link["body"][2]["value"], "Each side says the other broke the Geneva consensus.");
}

#[test]
fn qdpx_of_a_graded_project_codes_each_claim_with_its_grade_and_notes_each_link() {
    let p = graded_sample();
    let dir = tempfile::tempdir().unwrap();
    let files = export(&p, ExportFormat::Qdpx, &dir.path().join("graded.qdpx")).unwrap();
    let q = read_qdpx(&files[0]);
    let elements = xml(&q.qde).0;
    let code_names: HashMap<String, String> =
        elements.iter().filter(|(n, _)| n == "Code").map(|(_, a)| (a["guid"].clone(), a["name"].clone())).collect();
    // The two scales as group codes of six codes each, after the tags, types and actors.
    assert_eq!(code_names.len(), p.tags.len() + 2 + p.taxonomy.len() + p.actors.len() + 2 + 12);
    assert!(code_names.values().any(|n| n == "B · Usually reliable"));
    assert!(code_names.values().any(|n| n == "2 · Probably true"));
    // Each selection's codings include its grade's two codes.
    let mut current = None;
    let mut graded: HashMap<String, Vec<String>> = HashMap::new();
    for (name, attrs) in &elements {
        match name.as_str() {
            "PlainTextSelection" => current = Some(id_of_guid(&attrs["guid"])),
            "CodeRef" => {
                graded.entry(current.clone().unwrap()).or_default().push(code_names[&attrs["targetGUID"]].clone())
            }
            _ => {}
        }
    }
    let greer = &graded["ee5785594c326de2"];
    assert!(
        greer.contains(&"B · Usually reliable".to_owned()) && greer.contains(&"2 · Probably true".to_owned()),
        "{greer:?}"
    );
    // Two link notes, each referred to by both of its claims' selections.
    let notes: Vec<&HashMap<String, String>> =
        elements.iter().filter(|(n, a)| n == "Note" && a["name"].starts_with("contradicts")).map(|(_, a)| a).collect();
    assert_eq!(notes.len(), 1);
    let refs = elements.iter().filter(|(n, a)| n == "NoteRef" && a["targetGUID"] == notes[0]["guid"]).count();
    assert_eq!(refs, 2);
    assert!(
        q.qde.contains("contradicts “He accused China of failing to comply with the Geneva trade agreement"),
        "{}",
        q.qde
    );
    assert!(
        q.qde.contains("as agreed.”. Each side says the other broke the Geneva consensus.</PlainTextContent>"),
        "{}",
        q.qde
    );
    assert!(q.qde.contains("source reliability B (usually reliable)"));

    let qde = dir.path().join("project.qde");
    std::fs::write(&qde, &q.qde).unwrap();
    let schema = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/refi-qda/Project.xsd");
    let out = std::process::Command::new("xmllint").args(["--noout", "--schema", schema]).arg(&qde).output().unwrap();
    assert!(out.status.success(), "not valid REFI-QDA:\n{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn the_reports_of_a_graded_project_explain_the_scales_and_give_each_grade() {
    let p = graded_sample();
    let dir = tempfile::tempdir().unwrap();
    let md =
        std::fs::read_to_string(&export(&p, ExportFormat::Markdown, &dir.path().join("r.md")).unwrap()[0]).unwrap();
    assert!(md.contains("## Grading\n\nSources are graded for reliability from A (completely reliable)"), "{md}");
    assert!(md.contains("| B | Usually reliable | Minor doubt about authenticity"), "{md}");
    assert!(md.contains("| 6 | Truth cannot be judged | No basis exists"), "{md}");
    assert!(md.contains(
        "| Reuters | Thomson Reuters | B · Usually reliable | Wire service; sourced, corrected when wrong. |"
    ));
    assert!(md.contains("| Evidence | Confidence |"), "{md}");
    assert!(md.contains("B3 (evidence at best B2, lowered: contradicted by a linked claim) |"), "{md}");
    assert!(md.contains("— graded B2"), "{md}");
    let html =
        std::fs::read_to_string(&export(&p, ExportFormat::Html, &dir.path().join("r.html")).unwrap()[0]).unwrap();
    assert!(html.contains("<h2>Grading</h2>") && html.contains("<td>Reliability cannot be judged</td>"));
    // An ungraded project's report says nothing about grading.
    let (_dir, files) = export_sample(ExportFormat::Markdown, "plain.md");
    let plain = std::fs::read_to_string(&files[0]).unwrap();
    assert!(!plain.contains("Grading") && !plain.contains("graded"), "{plain}");
}

#[test]
fn a_graded_qdpx_exported_by_faultline_brings_its_grades_back_as_grades_not_tags() {
    let p = graded_sample();
    let dir = tempfile::tempdir().unwrap();
    let files = export(&p, ExportFormat::Qdpx, &dir.path().join("graded.qdpx")).unwrap();
    let import = parse_qdpx(&std::fs::read(&files[0]).unwrap()).unwrap();
    assert_eq!(import.problems, Vec::<String>::new());
    let mut doc = Document::new(Project::new("imported"), None);
    doc.apply(import.merge_edit(doc.project())).unwrap();
    let q = doc.project();
    assert!(
        q.tags.iter().all(|t| !t.name.contains(" · ")
            && !["Source reliability", "Information credibility"].contains(&t.name.as_str())),
        "no grade became a tag: {:?}",
        q.tags.iter().map(|t| &t.name).collect::<Vec<_>>()
    );
    assert_eq!(q.tags.len(), p.tags.len() + 2 + p.taxonomy.len() + p.actors.len());
    let mut credibilities = std::collections::BTreeSet::new();
    for c in p.claims.iter() {
        let back = claim_imported_as(&p, c, q);
        assert_eq!(q.grade_of(back), p.grade_of(c), "grade of “{}”", c.quote);
        credibilities.insert(back.credibility);
    }
    assert!(credibilities.len() > 1, "the fixture's claims carry more than one credibility");
}

#[test]
fn a_report_whose_events_span_too_many_bins_says_so_in_place_of_its_chart() {
    let mut p = sample_project();
    let mut far = p.events.iter().next().cloned().unwrap();
    far.date = faultline::model::FuzzyDate::day(jiff::civil::date(1500, 1, 1));
    p.events.put(far);
    let dir = tempfile::tempdir().unwrap();
    let html = export(&p, ExportFormat::Html, &dir.path().join("r.html")).unwrap();
    let html = std::fs::read_to_string(&html[0]).unwrap();
    assert!(html.contains("No chart: the events run from 1500-01-01 to 2025"), "{html}");
    assert!(html.contains("<h2"), "the rest of the report is written");
    let md = export(&p, ExportFormat::Markdown, &dir.path().join("r.md")).unwrap();
    let chart =
        std::fs::read_to_string(md.iter().find(|f| f.extension().is_some_and(|e| e == "svg")).unwrap()).unwrap();
    assert!(
        chart.contains("No chart: the events run from 1500-01-01") && chart.contains("10000 a series is drawn with"),
        "{chart}"
    );
    assert!(!chart.contains("<path"), "nothing plotted");
}
