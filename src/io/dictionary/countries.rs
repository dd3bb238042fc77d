//! The built-in table of CAMEO country codes (`assets/cameo_countries.tsv`): which state a code
//! such as `USAGOV` acts for, and the name a state gets when an import has to create it.

use std::sync::OnceLock;

use crate::model::Matching;

/// One state of the table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    pub aliases: Vec<&'static str>,
}

const TABLE: &str = include_str!("../../../assets/cameo_countries.tsv");

fn all() -> &'static [Country] {
    static COUNTRIES: OnceLock<Vec<Country>> = OnceLock::new();
    COUNTRIES.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let mut cells = l.split('\t');
                let code = cells.next()?;
                let name = cells.next()?;
                let aliases = cells.next().map(|a| a.split('|').collect()).unwrap_or_default();
                Some(Country { code, name, aliases })
            })
            .collect()
    })
}

/// The state with this CAMEO country code.
pub fn by_code(code: &str) -> Option<&'static Country> {
    all().iter().find(|c| c.code == code)
}

/// The state with this name or alias, as actor tables name countries (compared as `matching`
/// compares names).
pub fn by_name(name: &str, matching: Matching) -> Option<&'static Country> {
    all().iter().find(|c| std::iter::once(&c.name).chain(&c.aliases).any(|n| matching.same_name(n, name)))
}

/// A dictionary code read as a state and a role: `CHNELI` is China in the role ELI, `USA` the
/// United States itself (no role). A code whose first three letters are no country (`IGOUNO`,
/// `ELI`) acts for nobody and is kept whole as the role.
pub fn split_code(code: &str) -> (Option<&'static Country>, &str) {
    match code.get(..3).and_then(by_code) {
        Some(country) => (Some(country), &code[3..]),
        None => (None, code),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_names_its_state_and_keeps_the_rest_as_the_role() {
        let (state, role) = split_code("CHNELI");
        assert_eq!((state.map(|c| c.name), role), (Some("China"), "ELI"));
        assert_eq!(split_code("USA").0.map(|c| c.name), Some("United States"));
        assert_eq!(split_code("IGOUNOKID"), (None, "IGOUNOKID"));
    }

    #[test]
    fn the_table_holds_every_state_of_the_phoenix_dictionary_once() {
        let codes: std::collections::BTreeSet<_> = all().iter().map(|c| c.code).collect();
        assert_eq!(codes.len(), all().len());
        assert!(all().len() > 200);
        assert_eq!(by_name(" russian  federation", Matching::default()).map(|c| c.code), Some("RUS"));
    }
}
