//! The CAMEO/PETRARCH/Phoenix actor dictionary format: a name line (`JAMES_BYRNES_`, `_` for
//! spaces, optionally followed by codes), `+synonym` lines, and code lines `[USAGOV 450703-470121]`
//! with `START-END`, `>START` or `<END` (both ends inclusive, "or equal to") or no date: a bare
//! code is the default for the days no dated code covers. Comments are `#` or `;` to the end of
//! a line and `<!-- ... -->` over any number of lines (as in PETRARCH's reader, `read_FIN_line`).

use jiff::civil::Date;

use super::countries::{Country, split_code};
use super::names::{readable, spelled};
use super::{Entry, Parsed, Party, Period, Problem, dates, kinds};
use crate::model::{ActorKind, Matching};

pub fn parse(text: &str) -> Parsed {
    let mut reader = Reader::default();
    let mut comment_opened: Option<usize> = None;
    for (index, raw) in text.lines().enumerate() {
        let line = without_comments(raw, index + 1, &mut comment_opened);
        let line = line.trim();
        if !line.is_empty() {
            reader.read(index + 1, line);
        }
    }
    if let Some(line) = comment_opened {
        reader.problem(
            line,
            "a comment opened here with <!-- is never closed with -->, so the rest of the file was not read",
        );
    }
    reader.finish()
}

/// The line without its comments; `open` remembers where a `<!--` comment that runs on began.
fn without_comments(raw: &str, line: usize, open: &mut Option<usize>) -> String {
    let mut out = String::new();
    let mut rest = raw;
    loop {
        if open.is_some() {
            match rest.find("-->") {
                Some(end) => {
                    *open = None;
                    rest = &rest[end + 3..];
                }
                None => return out,
            }
        }
        match rest.find("<!--") {
            Some(start) => {
                out.push_str(&rest[..start]);
                *open = Some(line);
                rest = &rest[start + 4..];
            }
            None => {
                out.push_str(rest);
                break;
            }
        }
    }
    match out.find(['#', ';']) {
        Some(cut) => out[..cut].to_owned(),
        None => out,
    }
}

/// A code line read: the code and the days it applies to (`dated` false for a bare default).
struct Code {
    code: String,
    from: Option<Date>,
    to: Option<Date>,
    dated: bool,
}

/// The entry being read: its name line, synonyms and codes so far.
struct Draft {
    line: usize,
    name: String,
    synonyms: Vec<String>,
    codes: Vec<Code>,
}

#[derive(Default)]
struct Reader {
    draft: Option<Draft>,
    parsed: Parsed,
}

impl Reader {
    fn problem(&mut self, line: usize, why: impl Into<String>) {
        self.parsed.problems.push(Problem { line, why: why.into() });
    }

    fn read(&mut self, line: usize, text: &str) {
        let (name, codes) = text.split_at(text.find('[').unwrap_or(text.len()));
        let name = name.trim();
        if let Some(synonym) = name.strip_prefix('+') {
            let synonym = synonym.trim();
            match &mut self.draft {
                Some(_) if synonym.is_empty() => return self.problem(line, "a \"+\" with no name after it"),
                Some(draft) => draft.synonyms.push(synonym.to_owned()),
                None => return self.problem(line, "a synonym (+) with no actor name before it"),
            }
        } else if !name.is_empty() {
            self.close();
            self.draft = Some(Draft { line, name: name.to_owned(), synonyms: Vec::new(), codes: Vec::new() });
        } else if self.draft.is_none() {
            return self.problem(line, "codes with no actor name before them");
        }
        self.read_codes(line, codes);
    }

    /// Every `[...]` group of the line, each read on its own so one bad date spoils only itself.
    fn read_codes(&mut self, line: usize, mut rest: &str) {
        while let Some(open) = rest.find('[') {
            let stray = rest[..open].trim();
            if !stray.is_empty() {
                self.problem(line, format!("\"{stray}\" between codes was not read"));
            }
            let Some(close) = rest[open..].find(']') else {
                return self.problem(line, format!("the code \"{}\" has no closing ]", rest[open..].trim()));
            };
            match read_code(&rest[open + 1..open + close]) {
                Ok(code) => self.draft.as_mut().expect("a name precedes codes").codes.push(code),
                Err(why) => self.problem(line, why),
            }
            rest = &rest[open + close + 1..];
        }
        if !rest.trim().is_empty() {
            self.problem(line, format!("\"{}\" after the codes was not read", rest.trim()));
        }
    }

    fn close(&mut self) {
        let Some(draft) = self.draft.take() else { return };
        if draft.codes.iter().any(|c| c.code.contains('~')) {
            return self.problem(
                draft.line,
                format!(
                    "\"{}\" is an agent (a role word such as PRESIDENT, code with ~), not an actor: this is an agents dictionary",
                    spelled(&draft.name)
                ),
            );
        }
        self.parsed.entries.push(entry(draft));
    }

    fn finish(mut self) -> Parsed {
        self.close();
        self.parsed.problems.sort_by_key(|p| p.line);
        self.parsed
    }
}

/// One `[CODE DATES]` group: `CODE`, `CODE START-END`, `CODE >START`, `CODE <END`.
fn read_code(inside: &str) -> Result<Code, String> {
    let mut words = inside.split_whitespace();
    let code = words.next().ok_or("an empty code [ ]")?.to_owned();
    if !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '~' || c == '-') {
        return Err(format!("\"{code}\" is not a CAMEO code"));
    }
    let restriction: String = words.collect();
    let (from, to) = if restriction.is_empty() {
        return Ok(Code { code, from: None, to: None, dated: false });
    } else if let Some(start) = restriction.strip_prefix('>') {
        (Some(dates::cameo(start)?), None)
    } else if let Some(end) = restriction.strip_prefix('<') {
        (None, Some(dates::cameo(end)?))
    } else if let Some((start, end)) = restriction.split_once('-') {
        (Some(dates::cameo(start)?), Some(dates::cameo(end)?))
    } else {
        return Err(format!("\"{restriction}\" is not a date restriction (START-END, >START or <END)"));
    };
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        return Err(format!("[{inside}] ends before it starts"));
    }
    Ok(Code { code, from, to, dated: true })
}

fn entry(draft: Draft) -> Entry {
    let name = readable(&draft.name);
    let mut aliases: Vec<String> = Vec::new();
    let spellings =
        std::iter::once(spelled(&draft.name)).chain(draft.synonyms.iter().flat_map(|s| [readable(s), spelled(s)]));
    for alias in spellings {
        if alias != name && !aliases.contains(&alias) {
            aliases.push(alias);
        }
    }
    if let Some(country) = own_country(&draft.codes, &name, &aliases) {
        return Entry {
            line: draft.line,
            name: country.name.to_owned(),
            aliases: std::iter::once(name).chain(aliases).filter(|a| a != country.name).collect(),
            alias_languages: Default::default(),
            kind: Some(ActorKind::State),
            periods: Vec::new(),
            code: Some(country.code.to_owned()),
            qid: None,
        };
    }
    let dated: Vec<&Code> = draft.codes.iter().filter(|c| c.dated).collect();
    let mut periods: Vec<Period> = dated.iter().map(|c| period(&c.code, c.from, c.to)).collect();
    let spans: Vec<(Option<Date>, Option<Date>)> = dated.iter().map(|c| (c.from, c.to)).collect();
    for default in draft.codes.iter().filter(|c| !c.dated && c.code != "---") {
        periods.extend(gaps(&spans).into_iter().map(|(from, to)| period(&default.code, from, to)));
    }
    periods.sort_by_key(|p| p.from);
    let roles = draft.codes.iter().filter(|c| c.code != "---").map(|c| split_code(&c.code).1);
    let kind = kinds::of_entry(&name, roles, !dated.is_empty());
    Entry { line: draft.line, kind, name, aliases, alias_languages: Default::default(), periods, code: None, qid: None }
}

/// The state an entry is itself: a lone bare country code ("AFGHANISTAN_ [AFG]"), or a bare code
/// among dated ones on an entry named as that country ("IRAQ_ [IRQOCC ...] [IRQ >20060520]"),
/// rather than someone acting for it.
fn own_country(codes: &[Code], name: &str, aliases: &[String]) -> Option<&'static Country> {
    let bare = |c: &Code| match split_code(&c.code) {
        (Some(country), "") => Some(country),
        _ => None,
    };
    if let [only] = codes
        && !only.dated
    {
        return bare(only);
    }
    // A dictionary is read before any project's setting applies: names compare as by default.
    let named = |country: &Country| {
        let names = || std::iter::once(&country.name).chain(&country.aliases);
        std::iter::once(name)
            .chain(aliases.iter().map(String::as_str))
            .any(|n| names().any(|c| Matching::default().same_name(c, n)))
    };
    codes.iter().filter_map(bare).find(|country| named(country))
}

fn period(code: &str, from: Option<Date>, to: Option<Date>) -> Period {
    let (country, role) = split_code(code);
    let acts_for = country.map_or(Party::Nobody, |c| Party::State(c.code.to_owned()));
    Period { acts_for, role: role.to_owned(), from, to }
}

/// The days no dated span covers, as (first, last) with `None` for an open end.
fn gaps(spans: &[(Option<Date>, Option<Date>)]) -> Vec<(Option<Date>, Option<Date>)> {
    let mut spans = spans.to_vec();
    spans.sort_by_key(|s| s.0);
    let mut out = Vec::new();
    // The first day not yet covered: `Some(None)` is "from the beginning", `None` "no day left".
    let mut free: Option<Option<Date>> = Some(None);
    for (from, to) in spans {
        let Some(start) = free else { break };
        if let Some(from) = from
            && start.is_none_or(|s| s < from)
        {
            out.push((start, from.yesterday().ok()));
        }
        free = match to {
            None => None,
            Some(to) => {
                let next = to.tomorrow().unwrap_or(to);
                Some(Some(start.map_or(next, |s| s.max(next))))
            }
        };
    }
    if let Some(start) = free {
        out.push((start, None));
    }
    out
}
