//! Reading `project.qde` (QDA-XML) into plain records: the codes with their nesting, the text
//! sources with their selections and codings, and the notes. Nothing is interpreted here; the
//! parent module turns the records into tags, articles and claims and reports what does not fit.

use std::borrow::Cow;

use quick_xml::Reader;
use quick_xml::XmlVersion;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};

#[derive(Debug, Default)]
pub struct Code {
    pub guid: String,
    pub name: String,
    pub colour: Option<String>,
    /// Index of the enclosing code in [`Qde::codes`].
    pub parent: Option<usize>,
    pub description: String,
}

#[derive(Debug, Default)]
pub struct Source {
    pub name: String,
    pub plain_text_path: Option<String>,
    pub content: Option<String>,
    pub notes: Vec<String>,
    pub selections: Vec<Selection>,
    /// Codings of the whole source, which have no span to become a claim.
    pub whole_source_codings: usize,
}

#[derive(Debug, Default)]
pub struct Selection {
    pub name: String,
    pub start: String,
    pub end: String,
    pub codes: Vec<String>,
    pub notes: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Note {
    pub guid: String,
    pub content: String,
}

#[derive(Debug, Default)]
pub struct Qde {
    pub name: String,
    pub codes: Vec<Code>,
    pub sources: Vec<Source>,
    pub notes: Vec<Note>,
}

/// Where the text being read goes.
#[derive(Clone, Copy)]
enum Capture {
    CodeDescription(usize),
    SourceContent,
    NoteContent,
}

/// Parses QDA-XML. Elements are matched by local name, so any namespace prefix is accepted;
/// elements Faultline has no use for (users, cases, sets, graphs, pictures) are skipped.
pub fn parse(xml: &str) -> Result<Qde, String> {
    let mut reader = Reader::from_str(xml);
    let mut qde = Qde::default();
    let mut stack: Vec<String> = Vec::new();
    let mut open_codes: Vec<usize> = Vec::new();
    // The capture and the depth of the element it belongs to.
    let mut capture: Option<(Capture, usize)> = None;
    let mut saw_project = false;
    loop {
        let event = reader.read_event().map_err(|e| format!("at byte {}: {e}", reader.error_position()))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let is_start = matches!(event, Event::Start(_));
                let name = local_name(e)?;
                let parent = stack.last().map_or("", String::as_str);
                let grandparent = stack.len().checked_sub(2).map_or("", |i| stack[i].as_str());
                match (name.as_str(), parent) {
                    ("Project", "") => {
                        saw_project = true;
                        qde.name = attribute(e, "name")?.unwrap_or_default();
                    }
                    ("Code", "Codes" | "Code") => {
                        qde.codes.push(Code {
                            guid: normalise_guid(&attribute(e, "guid")?.unwrap_or_default()),
                            name: attribute(e, "name")?.unwrap_or_default(),
                            colour: attribute(e, "color")?,
                            parent: open_codes.last().copied(),
                            description: String::new(),
                        });
                        if is_start {
                            open_codes.push(qde.codes.len() - 1);
                        }
                    }
                    ("Description", "Code") => {
                        capture = open_codes.last().map(|&i| (Capture::CodeDescription(i), stack.len() + 1));
                    }
                    ("TextSource", "Sources") => qde.sources.push(Source {
                        name: attribute(e, "name")?.unwrap_or_default(),
                        plain_text_path: attribute(e, "plainTextPath")?,
                        ..Source::default()
                    }),
                    ("PlainTextContent", "TextSource") if grandparent == "Sources" => {
                        capture = Some((Capture::SourceContent, stack.len() + 1));
                    }
                    ("PlainTextContent", "Note") => capture = Some((Capture::NoteContent, stack.len() + 1)),
                    ("PlainTextSelection", "TextSource") if grandparent == "Sources" => {
                        if let Some(source) = qde.sources.last_mut() {
                            source.selections.push(Selection {
                                name: attribute(e, "name")?.unwrap_or_default(),
                                start: attribute(e, "startPosition")?.unwrap_or_default(),
                                end: attribute(e, "endPosition")?.unwrap_or_default(),
                                ..Selection::default()
                            });
                        }
                    }
                    ("CodeRef", "Coding") if grandparent == "PlainTextSelection" => {
                        let target = normalise_guid(&attribute(e, "targetGUID")?.unwrap_or_default());
                        if let Some(s) = qde.sources.last_mut().and_then(|s| s.selections.last_mut()) {
                            s.codes.push(target);
                        }
                    }
                    ("Coding", "TextSource") if grandparent == "Sources" => {
                        if let Some(source) = qde.sources.last_mut() {
                            source.whole_source_codings += 1;
                        }
                    }
                    ("NoteRef", "PlainTextSelection") => {
                        let target = normalise_guid(&attribute(e, "targetGUID")?.unwrap_or_default());
                        if let Some(s) = qde.sources.last_mut().and_then(|s| s.selections.last_mut()) {
                            s.notes.push(target);
                        }
                    }
                    ("NoteRef", "TextSource") if grandparent == "Sources" => {
                        let target = normalise_guid(&attribute(e, "targetGUID")?.unwrap_or_default());
                        if let Some(source) = qde.sources.last_mut() {
                            source.notes.push(target);
                        }
                    }
                    ("Note", "Notes") => qde.notes.push(Note {
                        guid: normalise_guid(&attribute(e, "guid")?.unwrap_or_default()),
                        content: String::new(),
                    }),
                    _ => {}
                }
                if is_start {
                    stack.push(name);
                } else if capture.is_some_and(|(_, depth)| depth == stack.len() + 1) {
                    // An empty element captured nothing.
                    capture = None;
                }
            }
            Event::End(_) => {
                if capture.is_some_and(|(_, depth)| depth == stack.len()) {
                    capture = None;
                }
                let name = stack.pop().unwrap_or_default();
                if name == "Code" && matches!(stack.last().map(String::as_str), Some("Codes" | "Code")) {
                    open_codes.pop();
                }
            }
            Event::Text(t) => append(&mut qde, capture, &t.xml10_content()),
            Event::CData(t) => append(&mut qde, capture, &t.xml10_content()),
            Event::GeneralRef(r) => {
                let text: Cow<str> = match r.resolve_char_ref().map_err(|e| e.to_string())? {
                    Some(ch) => Cow::Owned(ch.to_string()),
                    None => Cow::Borrowed(
                        resolve_predefined_entity(&r.xml10_content())
                            .ok_or_else(|| format!("unknown entity &{};", r.xml10_content()))?,
                    ),
                };
                append(&mut qde, capture, &text);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_project {
        return Err("it has no <Project> element".to_owned());
    }
    Ok(qde)
}

fn append(qde: &mut Qde, capture: Option<(Capture, usize)>, text: &str) {
    match capture.map(|(c, _)| c) {
        Some(Capture::CodeDescription(i)) => {
            if let Some(code) = qde.codes.get_mut(i) {
                code.description.push_str(text);
            }
        }
        Some(Capture::SourceContent) => {
            if let Some(source) = qde.sources.last_mut() {
                source.content.get_or_insert_with(String::new).push_str(text);
            }
        }
        Some(Capture::NoteContent) => {
            if let Some(note) = qde.notes.last_mut() {
                note.content.push_str(text);
            }
        }
        None => {}
    }
}

fn local_name(e: &BytesStart) -> Result<String, String> {
    let name = e.local_name();
    Ok(String::from_utf8_lossy(name.as_ref().as_bytes()).into_owned())
}

fn attribute(e: &BytesStart, key: &str) -> Result<Option<String>, String> {
    for attr in e.attributes() {
        let attr = attr.map_err(|err| err.to_string())?;
        if attr.key.local_name().as_ref() == key {
            let value = attr.normalized_value(XmlVersion::Implicit1_0).map_err(|err| err.to_string())?;
            return Ok(Some(value.into_owned()));
        }
    }
    Ok(None)
}

/// GUIDs compare without case and with or without braces, as the schema allows both.
fn normalise_guid(guid: &str) -> String {
    guid.trim().trim_start_matches('{').trim_end_matches('}').to_ascii_lowercase()
}
