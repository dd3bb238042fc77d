//! The project's actors as an actor table: the columns `faultline actors --csv` lists (name,
//! kind, acts_for, role, from, to, aliases, qid) and the country code, one row per period (an
//! actor with none has one row), so that importing the table gives the same actors back. An
//! alias whose language is known carries it as a tag (`王毅@zh`); one without a language that
//! would read as tagged is closed with an `@` (`Mail@eu@`).

use crate::io::export::LIST_SEPARATOR;
use crate::model::{Actor, Affiliation, Project, language};

pub const HEADER: [&str; 9] = ["name", "kind", "acts_for", "role", "from", "to", "aliases", "qid", "code"];

pub fn actor_table(p: &Project) -> csv::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADER)?;
    for actor in p.actors.iter() {
        if actor.affiliations.is_empty() {
            w.write_record(row(p, actor, &Affiliation::default()))?;
        }
        for period in &actor.affiliations {
            w.write_record(row(p, actor, period))?;
        }
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes).expect("the writer was given text"))
}

/// The aliases with their language tags where known ("王毅@zh"), as the import reads them
/// (an untagged "Mail@eu" as "Mail@eu@", so that it is not read back as tagged).
fn tagged_aliases(a: &Actor) -> Vec<String> {
    a.aliases.iter().map(|alias| language::written(alias, a.alias_languages.get(alias).map(String::as_str))).collect()
}

fn row(p: &Project, a: &Actor, period: &Affiliation) -> [String; 9] {
    let date = |d: Option<jiff::civil::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    [
        a.name.clone(),
        a.kind.label().to_owned(),
        period.acts_for.map(|s| p.actor_name(s).to_owned()).unwrap_or_default(),
        period.role.clone(),
        date(period.from),
        date(period.to),
        tagged_aliases(a).join(LIST_SEPARATOR),
        a.qid.clone().unwrap_or_default(),
        a.code.clone().unwrap_or_default(),
    ]
}
