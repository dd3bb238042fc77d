//! Importing a REFI-QDA project exchange file (`.qdpx`): its text sources become articles, its
//! codes tags (keeping their nesting and colours) and its coded `PlainTextSelection`s claims.
//!
//! Positions are read as the standard defines them: characters of the source text (Unicode code
//! points), which are Faultline's char offsets. A position that does not fit the text (outside
//! it, reversed, or inside a CR LF line break that Faultline stores as one `\n`) is reported in
//! [`QdpxImport::problems`] and its selection left out, never moved to a guessed place. Every
//! code becomes a tag, so a Faultline export's "Event types" and "Actors" groups come back as
//! tag groups; cases, sets, graphs, users and non-text sources are not read. The Admiralty
//! codes of a Faultline export ("Source reliability" A–F, "Information credibility" 1–6, known
//! by their names) come back as grades instead: a selection's credibility code is its claim's
//! credibility, its reliability code its article's reliability.

mod qde;

use std::collections::HashMap;
use std::io::Read;

use crate::edit::{Edit, Op, Record};
use crate::io::export::qdpx::{
    CREDIBILITY_GROUP_NAME, RELIABILITY_GROUP_NAME, credibility_code_name, reliability_code_name,
};
use crate::model::text::{CONTEXT_CHARS, normalize_newlines};
use crate::model::{
    Article, ArticleId, Claim, ClaimId, Colour, Confidence, Credibility, Project, Reliability, Tag, TagId,
};

use super::MAX_ARTICLE_BYTES;
use crate::io::project_file::MAX_PROJECT_BYTES;

/// What a `.qdpx` holds, ready to add to a project, and what could not be read from it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QdpxImport {
    /// The project name the file gives.
    pub name: String,
    /// Parents come before their children.
    pub tags: Vec<Tag>,
    pub articles: Vec<Article>,
    pub claims: Vec<Claim>,
    /// One line per thing left out, saying what and why.
    pub problems: Vec<String>,
}

/// Reads the bytes of a `.qdpx` archive (recognised by its `project.qde` in
/// [`super::documents::read_zip`]).
pub fn parse_qdpx(bytes: &[u8]) -> Result<QdpxImport, String> {
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| format!("it is not a zip archive ({e})"))?;
    let qde_bytes = entry(&mut zip, "project.qde", MAX_PROJECT_BYTES)?.ok_or("it has no project.qde")?;
    let xml = String::from_utf8(qde_bytes).map_err(|_| "project.qde is not UTF-8")?;
    let qde = qde::parse(xml.trim_start_matches('\u{feff}')).map_err(|e| format!("project.qde: {e}"))?;
    let mut import = QdpxImport { name: qde.name.clone(), ..QdpxImport::default() };

    let mut tag_of_code: HashMap<&str, TagId> = HashMap::new();
    let mut grade_of_code: HashMap<&str, Grade> = HashMap::new();
    for (i, code) in qde.codes.iter().enumerate() {
        if let Some(grade) = grade_code(&qde.codes, code) {
            if let GradeCode::Grade(g) = grade {
                grade_of_code.insert(&code.guid, g);
            }
            continue;
        }
        let tag = Tag {
            id: TagId::random(),
            name: if code.name.trim().is_empty() { format!("Code {}", i + 1) } else { code.name.clone() },
            colour: colour(code.colour.as_deref(), i, &mut import.problems),
            parent: code.parent.and_then(|p| tag_of_code.get(qde.codes[p].guid.as_str()).copied()),
            description: code.description.trim().to_owned(),
        };
        tag_of_code.insert(&code.guid, tag.id);
        import.tags.push(tag);
    }
    let notes: HashMap<&str, &str> = qde.notes.iter().map(|n| (n.guid.as_str(), n.content.as_str())).collect();

    for (i, source) in qde.sources.iter().enumerate() {
        let title = if source.name.trim().is_empty() { format!("Source {}", i + 1) } else { source.name.clone() };
        let Some(raw) = source_text(&mut zip, source, &title, &mut import.problems)? else { continue };
        let text = NormalisedText::new(&raw);
        if source.whole_source_codings > 0 {
            import.problems.push(format!(
                "“{title}”: {} coding(s) of the whole source have no span to make a claim of; left out",
                source.whole_source_codings
            ));
        }
        let mut article = Article {
            id: ArticleId::random(),
            title: title.clone(),
            outlet: String::new(),
            reliability: None,
            author: String::new(),
            url: String::new(),
            published: None,
            notes: note_text(&source.notes, &notes, &title, &mut import.problems),
            text: text.text.clone(),
            dismissed_suggestions: Default::default(),
        };
        for selection in &source.selections {
            let at = format!("“{title}”, selection “{}”", selection.name);
            let (start, end) = match text.span(&selection.start, &selection.end) {
                Ok(span) => span,
                Err(reason) => {
                    import.problems.push(format!("{at}: {reason}; left out"));
                    continue;
                }
            };
            let mut tags: Vec<TagId> = Vec::new();
            let mut credibility = None;
            for code in &selection.codes {
                match (tag_of_code.get(code.as_str()), grade_of_code.get(code.as_str())) {
                    (Some(&tag), _) if !tags.contains(&tag) => tags.push(tag),
                    (Some(_), _) => {}
                    (None, Some(Grade::Credibility(c))) => {
                        graded(&mut credibility, *c, &format!("{at}: information credibility"), &mut import.problems)
                    }
                    (None, Some(Grade::Reliability(r))) => graded(
                        &mut article.reliability,
                        *r,
                        &format!("“{title}”: source reliability"),
                        &mut import.problems,
                    ),
                    _ => import.problems.push(format!("{at}: coded with unknown code {code}; that coding left out")),
                }
            }
            let mut claim = claim(
                &article,
                &text.chars,
                start,
                end,
                tags,
                note_text(&selection.notes, &notes, &at, &mut import.problems),
            );
            claim.credibility = credibility.unwrap_or_default();
            import.claims.push(claim);
        }
        import.articles.push(article);
    }
    Ok(import)
}

impl QdpxImport {
    /// The edit that adds everything to `p`. A code whose name (and parent) matches a tag the
    /// project already has is that tag, so importing into a project with the same codebook does
    /// not duplicate it; everything else is added with fresh ids.
    pub fn merge_edit(&self, p: &Project) -> Edit {
        let mut ops = Vec::new();
        let mut same: HashMap<TagId, TagId> = HashMap::new();
        for tag in &self.tags {
            let parent = tag.parent.map(|id| same.get(&id).copied().unwrap_or(id));
            match p.tags.iter().find(|t| t.name == tag.name && t.parent == parent) {
                Some(existing) => {
                    same.insert(tag.id, existing.id);
                }
                None => ops.push(Op::Put(Record::Tag(Tag { parent, ..tag.clone() }))),
            }
        }
        ops.extend(self.articles.iter().map(|a| Op::Put(Record::Article(a.clone()))));
        for claim in &self.claims {
            let tags = claim.tags.iter().map(|id| same.get(id).copied().unwrap_or(*id)).collect();
            ops.push(Op::Put(Record::Claim(Claim { tags, ..claim.clone() })));
        }
        Edit::new("import REFI-QDA project", ops)
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Grade {
    Reliability(Reliability),
    Credibility(Credibility),
}

/// A code of a Faultline export's Admiralty groups: a group code itself, or one grade.
#[derive(Clone, Copy, Debug, PartialEq)]
enum GradeCode {
    Group,
    Grade(Grade),
}

/// Whether `code` is one of the Admiralty codes a Faultline export writes: a top-level group
/// named for a scale, or a code under it named as that scale's grade. Anything else under such
/// a group (an analyst's own code) stays an ordinary code.
fn grade_code(codes: &[qde::Code], code: &qde::Code) -> Option<GradeCode> {
    let is_group =
        |c: &qde::Code| c.parent.is_none() && [RELIABILITY_GROUP_NAME, CREDIBILITY_GROUP_NAME].contains(&c.name.trim());
    let Some(parent) = code.parent.map(|p| &codes[p]) else {
        return is_group(code).then_some(GradeCode::Group);
    };
    if !is_group(parent) {
        return None;
    }
    let name = code.name.trim();
    let grade = if parent.name.trim() == RELIABILITY_GROUP_NAME {
        Reliability::ALL.into_iter().find(|&r| reliability_code_name(r) == name).map(Grade::Reliability)
    } else {
        Credibility::ALL.into_iter().find(|&c| credibility_code_name(c) == name).map(Grade::Credibility)
    };
    grade.map(GradeCode::Grade)
}

/// Takes the first grade a record is coded with; a second, different one is reported, not
/// silently preferred.
fn graded<T: Copy + PartialEq + std::fmt::Display>(
    slot: &mut Option<T>,
    grade: T,
    at: &str,
    problems: &mut Vec<String>,
) {
    match *slot {
        None => *slot = Some(grade),
        Some(first) if first != grade => {
            problems.push(format!("{at}: coded both {first} and {grade}; {first} is kept"));
        }
        Some(_) => {}
    }
}

/// One entry of the archive, refused when larger than `limit` (a zip bomb must not fill memory).
fn entry(zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>, name: &str, limit: u64) -> Result<Option<Vec<u8>>, String> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(format!("cannot read {name}: {e}")),
    };
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read {name}: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(format!("{name} is over the {limit}-byte limit"));
    }
    Ok(Some(bytes))
}

/// The source's text: inline, or an `internal://` file under `sources/`. A source that cannot
/// be read is a problem, not a failure of the whole import.
fn source_text(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    source: &qde::Source,
    title: &str,
    problems: &mut Vec<String>,
) -> Result<Option<String>, String> {
    if let Some(content) = &source.content {
        return Ok(Some(content.clone()));
    }
    let Some(path) = &source.plain_text_path else {
        problems.push(format!("“{title}” has no plain text (only text sources are imported); left out"));
        return Ok(None);
    };
    let Some(file) = path.strip_prefix("internal://") else {
        problems.push(format!("“{title}”: its text is outside the archive ({path}); left out"));
        return Ok(None);
    };
    let Some(bytes) = entry(zip, &format!("sources/{file}"), MAX_ARTICLE_BYTES)? else {
        problems.push(format!("“{title}”: sources/{file} is missing from the archive; left out"));
        return Ok(None);
    };
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Some(text)),
        Err(_) => {
            problems.push(format!("“{title}”: sources/{file} is not UTF-8 text; left out"));
            Ok(None)
        }
    }
}

/// `#rrggbb` or `#rgb`; a missing or malformed colour gets the n-th palette colour.
fn colour(value: Option<&str>, n: usize, problems: &mut Vec<String>) -> Colour {
    let Some(value) = value.map(str::trim) else { return Colour::palette(n) };
    let long = match value.strip_prefix('#') {
        Some(short) if short.len() == 3 && short.is_ascii() => short.chars().flat_map(|c| [c, c]).collect(),
        _ => value.trim_start_matches('#').to_owned(),
    };
    format!("#{long}").parse().unwrap_or_else(|e| {
        problems.push(format!("code colour: {e}; a palette colour is used"));
        Colour::palette(n)
    })
}

/// The texts of the notes a record refers to, one paragraph each.
fn note_text(refs: &[String], notes: &HashMap<&str, &str>, at: &str, problems: &mut Vec<String>) -> String {
    let mut texts = Vec::new();
    for guid in refs {
        match notes.get(guid.as_str()) {
            Some(text) => texts.push(normalize_newlines(text.trim())),
            None => problems.push(format!("{at}: refers to unknown note {guid}; left out")),
        }
    }
    texts.join("\n\n")
}

fn claim(article: &Article, chars: &[char], start: usize, end: usize, tags: Vec<TagId>, note: String) -> Claim {
    Claim {
        id: ClaimId::random(),
        article: article.id,
        start,
        end,
        quote: chars[start..end].iter().collect(),
        prefix: chars[start.saturating_sub(CONTEXT_CHARS)..start].iter().collect(),
        suffix: chars[end..(end + CONTEXT_CHARS).min(chars.len())].iter().collect(),
        tags,
        speaker: None,
        targets: Vec::new(),
        note,
        confidence: Confidence::default(),
        credibility: Default::default(),
        orphaned: false,
    }
}

/// A source text with its line breaks normalised to `\n`, and where each position of the raw
/// text lands in it.
struct NormalisedText {
    text: String,
    chars: Vec<char>,
    /// For each raw char position (and the end), its normalised position; `None` between the CR
    /// and the LF of a CR LF pair, which is no position in the normalised text.
    positions: Vec<Option<usize>>,
}

impl NormalisedText {
    fn new(raw: &str) -> Self {
        let mut chars = Vec::with_capacity(raw.len());
        let mut positions = Vec::with_capacity(raw.len() + 1);
        let mut previous = None;
        for ch in raw.chars() {
            if previous == Some('\r') && ch == '\n' {
                positions.push(None);
            } else {
                positions.push(Some(chars.len()));
                chars.push(if ch == '\r' { '\n' } else { ch });
            }
            previous = Some(ch);
        }
        positions.push(Some(chars.len()));
        Self { text: chars.iter().collect(), chars, positions }
    }

    /// The normalised span of a selection's raw positions, or why there is none.
    fn span(&self, start: &str, end: &str) -> Result<(usize, usize), String> {
        let len = self.positions.len() - 1;
        let position = |value: &str, what: &str| -> Result<usize, String> {
            let raw: i64 = value.trim().parse().map_err(|_| format!("{what} “{value}” is not a whole number"))?;
            let at = usize::try_from(raw)
                .ok()
                .filter(|&p| p <= len)
                .ok_or_else(|| format!("{what} {raw} lies outside the text, which has {len} characters"))?;
            self.positions[at]
                .ok_or_else(|| format!("{what} {raw} falls inside a CR LF line break, not on a character boundary"))
        };
        let (s, e) = (position(start, "startPosition")?, position(end, "endPosition")?);
        if s >= e {
            return Err(format!("the span {start}..{end} is empty or reversed"));
        }
        Ok((s, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crlf_positions_map_to_normalised_text() {
        let t = NormalisedText::new("ab\r\ncd协");
        assert_eq!(t.text, "ab\ncd协");
        assert_eq!(t.span("4", "7"), Ok((3, 6)));
        assert_eq!(t.span("0", "2"), Ok((0, 2)));
        assert!(t.span("3", "5").unwrap_err().contains("inside a CR LF"));
        assert!(t.span("2", "8").unwrap_err().contains("outside the text, which has 7 characters"));
        assert!(t.span("-1", "2").unwrap_err().contains("outside"));
        assert!(t.span("x", "2").unwrap_err().contains("not a whole number"));
        assert!(t.span("5", "5").unwrap_err().contains("empty"));
    }

    #[test]
    fn grade_codes_are_known_by_their_group_and_name_and_a_look_alike_is_an_ordinary_code() {
        let code = |name: &str, parent| qde::Code { name: name.into(), parent, ..Default::default() };
        let codes = [
            code("Source reliability", None),
            code("B · Usually reliable", Some(0)),
            code("Rumour mill", Some(0)),
            code("Information credibility", None),
            code("3 · Possibly true", Some(3)),
            code("B · Usually reliable", None),
        ];
        let found: Vec<_> = codes.iter().map(|c| grade_code(&codes, c)).collect();
        assert_eq!(
            found,
            [
                Some(GradeCode::Group),
                Some(GradeCode::Grade(Grade::Reliability(Reliability::B))),
                None,
                Some(GradeCode::Group),
                Some(GradeCode::Grade(Grade::Credibility(Credibility::Possible))),
                None,
            ]
        );
    }

    #[test]
    fn a_second_different_grade_is_reported_and_the_first_kept() {
        let mut problems = Vec::new();
        let mut slot = None;
        graded(&mut slot, Reliability::B, "“A”: source reliability", &mut problems);
        graded(&mut slot, Reliability::B, "“A”: source reliability", &mut problems);
        assert!(problems.is_empty());
        graded(&mut slot, Reliability::D, "“A”: source reliability", &mut problems);
        assert_eq!(slot, Some(Reliability::B));
        assert_eq!(problems, ["“A”: source reliability: coded both B and D; B is kept"]);
    }

    #[test]
    fn colours_short_long_and_bad() {
        let mut problems = Vec::new();
        assert_eq!(colour(Some("#F0a"), 0, &mut problems), Colour::rgb(0xff, 0x00, 0xaa));
        assert_eq!(colour(Some("#E69F00"), 0, &mut problems), Colour::rgb(0xe6, 0x9f, 0x00));
        assert!(problems.is_empty());
        assert_eq!(colour(Some("red"), 2, &mut problems), Colour::palette(2));
        assert_eq!(problems.len(), 1);
        assert_eq!(colour(None, 3, &mut problems), Colour::palette(3));
    }
}
