//! A REFI-QDA project exchange file (`.qdpx`, QDA-XML 1.0) for QDA tools.
//!
//! The archive holds `project.qde` (valid against the REFI-QDA `Project.xsd`, copied under
//! `tests/fixtures/refi-qda/`) and each article as UTF-8 text in `sources/GUID.txt`. The codebook
//! holds the tags (with their hierarchy), then a group code "Event types" with one code per type,
//! then a group code "Actors" with one code per actor. Each claim is a `PlainTextSelection` whose
//! `startPosition`/`endPosition` count characters (Unicode code points) of the source text, coded
//! with its tags, its speaker's actor code and the types of the events it is evidence for. Claim
//! and article notes are `Note`s. GUIDs are derived from the ids (see `guid.rs`), so exporting
//! the same project twice gives the same file.
//!
//! A graded project (outlets, an article graded on its own, a claim's credibility or a link)
//! also gets the Admiralty scales as two group codes, "Source reliability" (A–F) and
//! "Information credibility" (1–6), each claim coded with its grade; every link between claims
//! is a `Note` ("contradicts: …") that both selections refer to; a source's description says its
//! outlet's grade. Importing such a file reads these codes back as grades (see
//! `io/import/qdpx.rs`), by the names written here.

use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use zip::write::SimpleFileOptions;

use crate::model::{Claim, Credibility, Project, Reliability, Tag, TagId};

use super::guid::{GuidKind, guid};
use super::index::Index;
use super::report::{LIST_SEPARATOR, actor_names, periods_text};

const NAMESPACE: &str = "urn:QDA-XML:project:1.0";
const ACTORS_GROUP: u64 = 1;
const EVENT_TYPES_GROUP: u64 = 2;
const RELIABILITY_GROUP: u64 = 3;
const CREDIBILITY_GROUP: u64 = 4;
/// The group codes' names, by which a re-import knows the grade codes from ordinary codes.
pub const RELIABILITY_GROUP_NAME: &str = "Source reliability";
pub const CREDIBILITY_GROUP_NAME: &str = "Information credibility";

/// "B · Usually reliable": a reliability code's name, written and read back by this name.
pub fn reliability_code_name(r: Reliability) -> String {
    format!("{r} · {}", r.label())
}

/// "3 · Possibly true": a credibility code's name, written and read back by this name.
pub fn credibility_code_name(c: Credibility) -> String {
    format!("{c} · {}", c.label())
}

fn reliability_code(r: Reliability) -> String {
    guid(GuidKind::Grade, r as u64 + 1)
}

fn credibility_code(c: Credibility) -> String {
    guid(GuidKind::Grade, u64::from(c.number()) + 10)
}

#[derive(Debug, thiserror::Error)]
pub enum QdpxError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Zip(#[from] zip::result::ZipError),
}

pub fn archive(p: &Project) -> Result<Vec<u8>, QdpxError> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("project.qde", options)?;
    zip.write_all(&project_qde(p)?)?;
    for article in p.articles.iter() {
        zip.start_file(format!("sources/{}.txt", guid(GuidKind::Article, article.id.raw())), options)?;
        zip.write_all(article.text.as_bytes())?;
    }
    Ok(zip.finish()?.into_inner())
}

/// Writes QDA-XML; element order follows the sequences of `Project.xsd`.
struct Qde {
    w: Writer<Vec<u8>>,
    codings: u64,
}

impl Qde {
    fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> std::io::Result<()> {
        self.w.write_event(Event::Start(BytesStart::new(name).with_attributes(attrs.iter().copied())))
    }

    fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> std::io::Result<()> {
        self.w.write_event(Event::Empty(BytesStart::new(name).with_attributes(attrs.iter().copied())))
    }

    fn close(&mut self, name: &str) -> std::io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    fn text_element(&mut self, name: &str, text: &str) -> std::io::Result<()> {
        self.open(name, &[])?;
        self.w.write_event(Event::Text(BytesText::new(text)))?;
        self.close(name)
    }

    fn code(&mut self, guid: &str, name: &str, colour: Option<String>, description: &str) -> std::io::Result<()> {
        let mut attrs = vec![("guid", guid), ("name", name), ("isCodable", "true")];
        let colour = colour.unwrap_or_default();
        if !colour.is_empty() {
            attrs.push(("color", colour.as_str()));
        }
        self.open("Code", &attrs)?;
        if !description.is_empty() {
            self.text_element("Description", description)?;
        }
        Ok(())
    }

    fn coding(&mut self, code_guid: &str) -> std::io::Result<()> {
        self.codings += 1;
        self.open("Coding", &[("guid", &guid(GuidKind::Coding, self.codings))])?;
        self.empty("CodeRef", &[("targetGUID", code_guid)])?;
        self.close("Coding")
    }
}

fn project_qde(p: &Project) -> std::io::Result<Vec<u8>> {
    let mut q = Qde { w: Writer::new_with_indent(Vec::new(), b' ', 1), codings: 0 };
    q.w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), Some("yes"))))?;
    let origin = format!("Faultline {}", env!("CARGO_PKG_VERSION"));
    q.open("Project", &[("xmlns", NAMESPACE), ("name", &p.name), ("origin", &origin)])?;
    let graded = p.is_graded();
    let index = Index::new(p);
    if !(p.tags.is_empty() && p.taxonomy.is_empty() && p.actors.is_empty() && !graded) {
        q.open("CodeBook", &[])?;
        q.open("Codes", &[])?;
        for tag in p.tags.iter().filter(|t| is_root(p, t)) {
            tag_code(&mut q, p, tag)?;
        }
        code_group(&mut q, EVENT_TYPES_GROUP, "Event types", p.taxonomy.iter(), |q, t| {
            let description = format!("CAMEO {}, default score {}. {}", t.cameo, t.score, t.note);
            q.code(&guid(GuidKind::EventType, t.id.raw()), &t.name, Some(t.colour.to_string()), description.trim())
        })?;
        code_group(&mut q, ACTORS_GROUP, "Actors", p.actors.iter(), |q, a| {
            let mut description = a.kind.label().to_owned();
            if !a.affiliations.is_empty() {
                description.push_str(&format!("; acts for {}", periods_text(p, a)));
            }
            if let Some(url) = a.wikidata_url() {
                description.push_str(&format!("; Wikidata {url}"));
            }
            if !a.aliases.is_empty() {
                description.push_str(&format!("; also called {}", a.aliases.join(LIST_SEPARATOR)));
            }
            q.code(&guid(GuidKind::Actor, a.id.raw()), &a.name, Some(a.colour.to_string()), &description)
        })?;
        if graded {
            code_group(&mut q, RELIABILITY_GROUP, RELIABILITY_GROUP_NAME, Reliability::ALL.iter(), |q, r| {
                q.code(&reliability_code(*r), &reliability_code_name(*r), None, r.meaning())
            })?;
            code_group(&mut q, CREDIBILITY_GROUP, CREDIBILITY_GROUP_NAME, Credibility::ALL.iter(), |q, c| {
                q.code(&credibility_code(*c), &credibility_code_name(*c), None, c.meaning())
            })?;
        }
        q.close("Codes")?;
        q.close("CodeBook")?;
    }
    if !p.articles.is_empty() {
        q.open("Sources", &[])?;
        for article in p.articles.iter() {
            let id = guid(GuidKind::Article, article.id.raw());
            let path = format!("internal://{id}.txt");
            q.open("TextSource", &[("guid", &id), ("name", &article.title), ("plainTextPath", &path)])?;
            let grade = graded.then(|| {
                let r = p.reliability_of(article);
                format!("source reliability {r} ({})", r.label().to_lowercase())
            });
            let about: Vec<&str> = [article.outlet.as_str(), article.author.as_str(), article.url.as_str()]
                .into_iter()
                .chain(grade.as_deref())
                .filter(|s| !s.is_empty())
                .collect();
            if !about.is_empty() {
                q.text_element("Description", &about.join(LIST_SEPARATOR))?;
            }
            for claim in index.claims_of(article.id) {
                selection(&mut q, p, &index, claim, graded)?;
            }
            if !article.notes.is_empty() {
                q.empty("NoteRef", &[("targetGUID", &guid(GuidKind::ArticleNote, article.id.raw()))])?;
            }
            q.close("TextSource")?;
        }
        q.close("Sources")?;
    }
    notes(&mut q, p)?;
    if !p.description.is_empty() {
        q.text_element("Description", &p.description)?;
    }
    q.close("Project")?;
    let mut bytes = q.w.into_inner();
    bytes.push(b'\n');
    Ok(bytes)
}

/// A tag is written at the top of the codebook when it has no parent, its parent is missing, or
/// (in a damaged file) it sits on a cycle of parents; every other tag is written under its parent.
fn is_root(p: &Project, tag: &Tag) -> bool {
    let mut ancestor = tag.parent.and_then(|id| p.tags.get(id));
    if ancestor.is_none() {
        return true;
    }
    // Walking up ends at a top-level tag, comes back to this tag (a cycle through it), or goes
    // round a cycle above it, whose tags are written at the top instead.
    for _ in 0..=p.tags.len() {
        match ancestor {
            None => return false,
            Some(t) if t.id == tag.id => return true,
            Some(t) => ancestor = t.parent.and_then(|id| p.tags.get(id)),
        }
    }
    false
}

fn tag_code(q: &mut Qde, p: &Project, tag: &Tag) -> std::io::Result<()> {
    q.code(&guid(GuidKind::Tag, tag.id.raw()), &tag.name, Some(tag.colour.to_string()), &tag.description)?;
    for child in p.tags.iter().filter(|t| t.parent == Some(tag.id) && !is_root(p, t)) {
        tag_code(q, p, child)?;
    }
    q.close("Code")
}

/// A group code that only holds codes (it cannot itself be applied), written only if not empty.
fn code_group<'a, T: 'a>(
    q: &mut Qde,
    group: u64,
    name: &str,
    items: impl ExactSizeIterator<Item = &'a T>,
    mut code: impl FnMut(&mut Qde, &T) -> std::io::Result<()>,
) -> std::io::Result<()> {
    if items.len() == 0 {
        return Ok(());
    }
    q.open("Code", &[("guid", &guid(GuidKind::Group, group)), ("name", name), ("isCodable", "false")])?;
    for item in items {
        code(q, item)?;
        q.close("Code")?;
    }
    q.close("Code")
}

fn selection(q: &mut Qde, p: &Project, index: &Index<'_>, c: &Claim, graded: bool) -> std::io::Result<()> {
    let name: String = c.quote.chars().take(60).map(|ch| if ch.is_whitespace() { ' ' } else { ch }).collect();
    let (start, end) = (c.start.to_string(), c.end.to_string());
    q.open(
        "PlainTextSelection",
        &[
            ("guid", &guid(GuidKind::Claim, c.id.raw())),
            ("name", &name),
            ("startPosition", &start),
            ("endPosition", &end),
        ],
    )?;
    let mut about = format!("confidence: {}", c.confidence.label());
    if !c.targets.is_empty() {
        about.push_str(&format!("; about: {}", actor_names(p, &c.targets)));
    }
    q.text_element("Description", &about)?;
    let tags = c.tags.iter().filter(|&&t| p.tags.contains(t)).map(|&t: &TagId| guid(GuidKind::Tag, t.raw()));
    let speaker = c.speaker.filter(|&s| p.actors.contains(s)).map(|s| guid(GuidKind::Actor, s.raw()));
    let mut types: Vec<String> = Vec::new();
    for e in index.events_of(c.id).iter().filter(|e| p.taxonomy.contains(e.kind)) {
        let code = guid(GuidKind::EventType, e.kind.raw());
        if !types.contains(&code) {
            types.push(code);
        }
    }
    let grade = index.grade_of(c);
    let grades = graded.then(|| [reliability_code(grade.reliability), credibility_code(grade.credibility)]);
    for code in tags.chain(speaker).chain(types).chain(grades.into_iter().flatten()) {
        q.coding(&code)?;
    }
    if !c.note.is_empty() {
        q.empty("NoteRef", &[("targetGUID", &guid(GuidKind::ClaimNote, c.id.raw()))])?;
    }
    for link in index.links_of(c.id) {
        q.empty("NoteRef", &[("targetGUID", &guid(GuidKind::LinkNote, link.id.raw()))])?;
    }
    q.close("PlainTextSelection")
}

/// Claim and article notes as project `Note`s, which the selections and sources refer to.
fn notes(q: &mut Qde, p: &Project) -> std::io::Result<()> {
    let claim_notes = p.claims.iter().filter(|c| !c.note.is_empty()).map(|c| {
        (
            guid(GuidKind::ClaimNote, c.id.raw()),
            format!("Note on “{}”", c.quote.chars().take(40).collect::<String>()),
            &c.note,
        )
    });
    let article_notes = p
        .articles
        .iter()
        .filter(|a| !a.notes.is_empty())
        .map(|a| (guid(GuidKind::ArticleNote, a.id.raw()), format!("Notes on {}", a.title), &a.notes));
    let quote = |id| p.claims.get(id).map_or("", |c: &Claim| c.quote.as_str());
    let link_notes = p.claim_links.iter().map(|l| {
        let text = format!("“{}” {} “{}”. {}", quote(l.from), l.kind.label(), quote(l.to), l.note);
        let name = format!("{}: “{}”", l.kind.label(), quote(l.from).chars().take(40).collect::<String>());
        (guid(GuidKind::LinkNote, l.id.raw()), name, text.trim().to_owned())
    });
    let all: Vec<(String, String, std::borrow::Cow<'_, str>)> = claim_notes
        .chain(article_notes)
        .map(|(id, name, text)| (id, name, text.as_str().into()))
        .chain(link_notes.map(|(id, name, text)| (id, name, text.into())))
        .collect();
    if all.is_empty() {
        return Ok(());
    }
    q.open("Notes", &[])?;
    for (id, name, text) in all {
        q.open("Note", &[("guid", &id), ("name", &name)])?;
        q.text_element("PlainTextContent", &text)?;
        q.close("Note")?;
    }
    q.close("Notes")
}
