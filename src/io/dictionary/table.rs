//! CSV/TSV actor tables: one row per actor, or per period of an actor (rows with the same name
//! become one actor with several periods on import, as ICEWS's actor table lists them). Columns are found by their
//! header, in any order and case; ICEWS's names are accepted:
//!
//! | column | also accepted | holds |
//! |---|---|---|
//! | name | actor name, actor | the actor's name (required) |
//! | aliases | alias, other names | other names, separated by `\|\|`, `\|` or `;`; an alias may end in its language tag, an ISO 639 code in lower case (`王毅@zh`; `Info@UN` is a name); a closing `@` keeps a name that would read as tagged whole (`Mail@eu@` is the name `Mail@eu`) |
//! | language | lang, alias language | the language of the row's aliases that carry no tag of their own (`zh`, `ru`) |
//! | acts_for | country, affiliation to, affiliation, state | whom the actor acts for: an actor's name or alias, a country name, or a CAMEO code (`USA`, `USAGOV`: the role GOV too, when no role is given) |
//! | kind | actor type, type | person (ICEWS individual), state, government body, organisation, group; without it, a CAMEO role gives the kind as in a CAMEO dictionary |
//! | role | sector, sectors | the role in the period (`GOV`, `Foreign Minister`) |
//! | from | start, start date, affiliation start date | first day, `2025-01-20` or `YYMMDD`/`YYYYMMDD`; empty or "beginning of time" for no limit |
//! | to | end, end date, affiliation end date | last day; empty or "end of time" for still in force |
//! | code | cameo, cameo code | the actor's own CAMEO code (a state's `USA`) |
//! | qid | wikidata, wikidata id | Wikidata item, `Q30` |

use std::collections::BTreeMap;

use super::countries::split_code;
use super::{Entry, Parsed, Party, Period, Problem, dates, kinds};
use crate::model::{ActorKind, language};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Column {
    Name,
    Aliases,
    Language,
    ActsFor,
    Kind,
    Role,
    From,
    To,
    Code,
    Qid,
}

/// Header spellings, compared without case, spaces, `_` or `-`.
const HEADERS: [(&str, Column); 34] = [
    ("name", Column::Name),
    ("actorname", Column::Name),
    ("actor", Column::Name),
    ("aliases", Column::Aliases),
    ("alias", Column::Aliases),
    ("othernames", Column::Aliases),
    ("language", Column::Language),
    ("lang", Column::Language),
    ("aliaslanguage", Column::Language),
    ("actsfor", Column::ActsFor),
    ("country", Column::ActsFor),
    ("affiliationto", Column::ActsFor),
    ("affiliation", Column::ActsFor),
    ("state", Column::ActsFor),
    ("kind", Column::Kind),
    ("actortype", Column::Kind),
    ("type", Column::Kind),
    ("role", Column::Role),
    ("sector", Column::Role),
    ("sectors", Column::Role),
    ("from", Column::From),
    ("start", Column::From),
    ("startdate", Column::From),
    ("affiliationstartdate", Column::From),
    ("to", Column::To),
    ("end", Column::To),
    ("enddate", Column::To),
    ("affiliationenddate", Column::To),
    ("code", Column::Code),
    ("cameo", Column::Code),
    ("cameocode", Column::Code),
    ("qid", Column::Qid),
    ("wikidata", Column::Qid),
    ("wikidataid", Column::Qid),
];

fn column(header: &str) -> Option<Column> {
    let key: String = header.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    HEADERS.iter().find(|(h, _)| *h == key).map(|&(_, c)| c)
}

/// Whether the text's first line reads as a table header naming a name column.
pub fn looks_like_a_table(text: &str) -> bool {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    (first.contains('\t') || first.contains(','))
        && first.split(['\t', ',']).any(|h| column(h.trim().trim_matches('"')) == Some(Column::Name))
}

/// Tabs when the header has more of them than commas.
pub fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    if first.matches('\t').count() > first.matches(',').count() { b'\t' } else { b',' }
}

pub fn parse(text: &str, delimiter: u8) -> Parsed {
    let mut parsed = Parsed::default();
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(false).from_reader(text.as_bytes());
    let mut rows = reader.records();
    let columns: Vec<Option<Column>> = match rows.next() {
        Some(Ok(header)) => header.iter().map(column).collect(),
        Some(Err(e)) => {
            parsed.problems.push(Problem { line: 1, why: format!("the header could not be read: {e}") });
            return parsed;
        }
        None => return parsed,
    };
    if !columns.contains(&Some(Column::Name)) {
        parsed.problems.push(Problem {
            line: 1,
            why: "the table has no name column (a header \"name\" or \"Actor Name\")".into(),
        });
        return parsed;
    }
    for row in rows {
        let row = match row {
            Ok(row) => row,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                parsed.problems.push(Problem { line, why: format!("the row could not be read: {e}") });
                continue;
            }
        };
        let line = row.position().map_or(0, |p| p.line() as usize);
        let cell = |wanted: Column| {
            columns.iter().zip(row.iter()).find(|(c, _)| **c == Some(wanted)).map_or("", |(_, v)| v.trim())
        };
        if row.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        match read_row(line, &cell) {
            Ok(entry) => parsed.entries.push(entry),
            Err(why) => parsed.problems.push(Problem { line, why }),
        }
    }
    parsed
}

fn read_row<'a>(line: usize, cell: &dyn Fn(Column) -> &'a str) -> Result<Entry, String> {
    let name = cell(Column::Name);
    if name.is_empty() {
        return Err("the row has no name".into());
    }
    let kind = match cell(Column::Kind) {
        "" => None,
        k => Some(kind(k).ok_or_else(|| {
            format!("\"{k}\" is not a kind of actor (person, state, government body, organisation, group)")
        })?),
    };
    let from = dates::table(cell(Column::From)).map_err(|e| format!("start date: {e}"))?;
    let to = dates::table(cell(Column::To)).map_err(|e| format!("end date: {e}"))?;
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(format!("the period ends ({t}) before it starts ({f})"));
    }
    let acts_for = cell(Column::ActsFor);
    // A side written as a CAMEO code with a role ("USAGOV") gives the role when no column does,
    // and a CAMEO role gives the kind when no column does, as in a CAMEO dictionary.
    let role = match cell(Column::Role) {
        "" => code_role(acts_for).unwrap_or(""),
        role => role,
    };
    let dated = from.is_some() || to.is_some();
    let kind = kind.or_else(|| is_code(role).then(|| kinds::of_entry(name, [role], dated)).flatten());
    let periods = if acts_for.is_empty() && role.is_empty() && from.is_none() && to.is_none() {
        Vec::new()
    } else {
        let acts_for = if acts_for.is_empty() { Party::Nobody } else { Party::Named(acts_for.to_owned()) };
        vec![Period { acts_for, role: role.to_owned(), from, to }]
    };
    let row_language = language::parse(cell(Column::Language)).map_err(|e| format!("language: {e}"))?;
    let mut aliases = Vec::new();
    let mut alias_languages = BTreeMap::new();
    for written in cell(Column::Aliases).split("||").flat_map(|a| a.split(['|', ';'])) {
        let (alias, tag) = language::split_tag(written.trim());
        if alias.is_empty() || alias == name {
            continue;
        }
        if let Some(tag) = tag.or_else(|| row_language.clone()) {
            alias_languages.insert(alias.to_owned(), tag);
        }
        aliases.push(alias.to_owned());
    }
    let optional = |c: Column| Some(cell(c)).filter(|v| !v.is_empty()).map(str::to_owned);
    Ok(Entry {
        line,
        name: name.to_owned(),
        aliases,
        alias_languages,
        kind,
        periods,
        code: optional(Column::Code),
        qid: optional(Column::Qid),
    })
}

/// Whether `text` is written as a CAMEO code: three-letter blocks in capitals ("GOV", "USAGOV").
fn is_code(text: &str) -> bool {
    !text.is_empty()
        && text.len().is_multiple_of(3)
        && text.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// The role of a side written as a country's CAMEO code and a role ("USAGOV" -> "GOV").
fn code_role(acts_for: &str) -> Option<&str> {
    let (country, role) = split_code(acts_for);
    (is_code(acts_for) && country.is_some() && !role.is_empty()).then_some(role)
}

fn kind(label: &str) -> Option<ActorKind> {
    let label = label.trim().to_lowercase();
    match label.as_str() {
        "individual" => Some(ActorKind::Person),
        "organization" => Some(ActorKind::Organisation),
        "government" => Some(ActorKind::GovernmentBody),
        _ => ActorKind::ALL.into_iter().find(|k| k.label() == label),
    }
}
