//! What kind of actor a CAMEO dictionary entry is, read from its codes as the CAMEO codebook
//! builds them: a code is three-letter blocks (`USAGOVLEG`, `IGOUNOKID`, `MEAREB`), and the
//! first block that is a role or an organisation type says what the actor is:
//!
//! | blocks | kind |
//! |---|---|
//! | GOV, MIL, JUD, LEG, COP, SPY (the state's own branches) | government body |
//! | IGO, NGO, NGM, MNC, BUS, MED, EDU, HLH, LAB, AGR, DEV, HRI, ENV | organisation |
//! | REB, INS, SEP, UAF, IMG, OPP, CRM, CVL, REF, RAD, MOD, SET | group |
//! | ELI (elites: former officials, notables) | person |
//!
//! Country, region and religion blocks (`USA`, `MEA`, `MOS`) say where or of what faith, not
//! what: they are skipped. Offices are held by people, so an entry whose codes are dated
//! (`[USAGOV 450703-470121]`) is a person unless its name says it is an institution
//! ("Sudan People's Liberation Army", "Kurdish Democratic Union Party"). An entry whose codes
//! are only countries, dated (`LEIPZIG_ [DDR 491007-901003] [DEU >19901003]`), is a place that
//! stands for the state it belonged to: Faultline has no kind for places, so it is a group,
//! never a person.

use crate::model::ActorKind;

/// Role and organisation-type blocks, and the kind each makes an actor that is no person.
const ROLES: [(&str, ActorKind); 32] = [
    ("ELI", ActorKind::Person),
    ("GOV", ActorKind::GovernmentBody),
    ("MIL", ActorKind::GovernmentBody),
    ("JUD", ActorKind::GovernmentBody),
    ("LEG", ActorKind::GovernmentBody),
    ("COP", ActorKind::GovernmentBody),
    ("SPY", ActorKind::GovernmentBody),
    ("IGO", ActorKind::Organisation),
    ("NGO", ActorKind::Organisation),
    ("NGM", ActorKind::Organisation),
    ("MNC", ActorKind::Organisation),
    ("BUS", ActorKind::Organisation),
    ("MED", ActorKind::Organisation),
    ("EDU", ActorKind::Organisation),
    ("HLH", ActorKind::Organisation),
    ("LAB", ActorKind::Organisation),
    ("AGR", ActorKind::Organisation),
    ("DEV", ActorKind::Organisation),
    ("HRI", ActorKind::Organisation),
    ("ENV", ActorKind::Organisation),
    ("REB", ActorKind::Group),
    ("INS", ActorKind::Group),
    ("SEP", ActorKind::Group),
    ("UAF", ActorKind::Group),
    ("IMG", ActorKind::Group),
    ("OPP", ActorKind::Group),
    ("CRM", ActorKind::Group),
    ("CVL", ActorKind::Group),
    ("REF", ActorKind::Group),
    ("RAD", ActorKind::Group),
    ("MOD", ActorKind::Group),
    ("SET", ActorKind::Group),
];

/// Words that make a name an institution's, not a person's (compared without case; the
/// Arabic ones are how armed groups' names begin: Jaish "army", Jund "soldiers", Harakat
/// "movement", Liwa "brigade", Saraya "companies").
const INSTITUTION_WORDS: &str = "army forces force brigade brigades battalion regiment corps guard militia faction ministry \
     directorate party council committee congress court front movement organization organisation union \
     unions league confederation association government police agency service services bank company \
     corporation corp inc ltd co holdings fund group alliance coalition commission assembly parliament \
     senate office department bureau board state republic kingdom federation authority institute \
     foundation university network administration cabinet junta national international jaish jund harakat \
     hizb jabhat liwa katibat kataib saraya sarayat ahrar tanzim majlis";

/// Titles that make a name a person's when no institution word is in it ("Commander Khattab",
/// "President Boris Yeltsin"; not "General Assembly"), except a company's ("General Mills",
/// "Burger King").
const TITLES: &str = "president minister premier chancellor secretary commander general colonel sheikh shaikh emir amir \
     mullah imam ayatollah king queen prince princess sultan ambassador governor mayor senator \
     congressman congresswoman representative spokesman spokeswoman spokesperson chairman chairwoman \
     envoy mr mrs dr";

/// What one code says, if it names a role: its first role or organisation-type block.
fn role_kind(role: &str) -> Option<(&'static str, ActorKind)> {
    let mut blocks = (0..role.len() / 3).filter_map(|i| role.get(i * 3..i * 3 + 3));
    blocks.find_map(|block| ROLES.iter().find(|(r, _)| *r == block).copied())
}

/// Whether a word of `name` is one of `words` (a space-separated list), in any case.
fn has_word(name: &str, words: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .any(|word| words.split_whitespace().any(|w| w.eq_ignore_ascii_case(word)))
}

/// Whether the name reads as an institution's rather than a person's: it holds an institution
/// word, or it is one acronym ("BBC", "U.N.", "ANSF").
fn names_an_institution(name: &str) -> bool {
    let acronym = !name.contains(' ')
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !name.chars().any(char::is_lowercase);
    acronym || has_word(name, INSTITUTION_WORDS)
}

/// The kind of the entry `name`, whose codes have these roles (the code without its country:
/// `GOV` for `USAGOV`, the whole `IGOUNOKID`), `dated` telling whether any code is dated.
/// An entry with no code at all is a group if its name is an institution's, else unknown
/// (`None`: the import's default, a person, as most uncoded Phoenix lines are people's names).
pub fn of_entry<'a>(name: &str, roles: impl IntoIterator<Item = &'a str>, dated: bool) -> Option<ActorKind> {
    let institution = names_an_institution(name);
    let mut roles = roles.into_iter().peekable();
    if roles.peek().is_none() {
        return institution.then_some(ActorKind::Group);
    }
    let found: Vec<(&str, ActorKind)> = roles.filter_map(role_kind).collect();
    let company = found.first().is_some_and(|(block, _)| ["MNC", "BUS"].contains(block));
    if !institution && !company && has_word(name, TITLES) {
        return Some(ActorKind::Person);
    }
    if !institution && found.iter().any(|(block, _)| *block == "ELI") {
        return Some(ActorKind::Person);
    }
    let Some(&(_, kind)) = found.iter().find(|(block, _)| *block != "ELI").or(found.first()) else {
        // Only countries, regions or faiths: a place standing for its state, or a community.
        return Some(ActorKind::Group);
    };
    if dated && !institution {
        return Some(ActorKind::Person);
    }
    Some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_office_held_for_dated_terms_is_a_person_and_an_undated_branch_a_government_body() {
        assert_eq!(of_entry("James Byrnes", ["ELI", "GOV", "ELI"], true), Some(ActorKind::Person));
        assert_eq!(of_entry("Hamid Karzai", ["GOV"], true), Some(ActorKind::Person));
        assert_eq!(of_entry("Peoples Liberation Army", ["MIL"], false), Some(ActorKind::GovernmentBody));
        assert_eq!(of_entry("National People's Congress", ["GOVLEG"], false), Some(ActorKind::GovernmentBody));
        assert_eq!(of_entry("Federal Bureau of Investigation", ["COP"], false), Some(ActorKind::GovernmentBody));
    }

    #[test]
    fn an_elite_or_a_name_with_a_title_is_a_person_even_without_dates() {
        assert_eq!(of_entry("Deng Xiaoping", ["ELI"], false), Some(ActorKind::Person));
        assert_eq!(of_entry("Commander Khattab", ["IMGMUSRUSCNY"], false), Some(ActorKind::Person));
        assert_eq!(of_entry("UN General Assembly", ["IGOUNO"], false), Some(ActorKind::Organisation));
    }

    #[test]
    fn an_institution_named_as_one_keeps_its_kind_even_with_dated_codes() {
        assert_eq!(of_entry("Sudan People's Liberation Army", ["MIL"], true), Some(ActorKind::GovernmentBody));
        assert_eq!(of_entry("Kurdish Democratic Union Party", ["REB"], true), Some(ActorKind::Group));
        assert_eq!(of_entry("Jaish Al Muhajireen Wal Ansar", ["REB"], true), Some(ActorKind::Group));
        assert_eq!(of_entry("Riad Seif", ["OPP"], true), Some(ActorKind::Person));
    }

    #[test]
    fn organisation_codes_make_organisations_and_armed_or_civil_codes_groups_past_region_and_faith_blocks() {
        assert_eq!(of_entry("Exxon", ["MNCUSA"], false), Some(ActorKind::Organisation));
        assert_eq!(of_entry("Burger King", ["MNCUSA"], false), Some(ActorKind::Organisation));
        assert_eq!(of_entry("The United Nations", ["IGOUNO"], false), Some(ActorKind::Organisation));
        assert_eq!(of_entry("Reuters", ["MED"], false), Some(ActorKind::Organisation));
        assert_eq!(of_entry("Kach", ["MEAREB"], false), Some(ActorKind::Group));
        assert_eq!(of_entry("Al-Qaeda in the Arabian Peninsula", ["IMGMEAMOS"], false), Some(ActorKind::Group));
        assert_eq!(of_entry("Secretary-General Ban Ki-Moon", ["IGOUNO", "GOVBUS"], true), Some(ActorKind::Person));
    }

    #[test]
    fn a_city_listed_under_the_states_it_belonged_to_is_no_person() {
        assert_eq!(of_entry("Leipzig", ["", ""], true), Some(ActorKind::Group));
    }

    #[test]
    fn an_entry_without_codes_is_a_group_if_named_as_an_institution_and_unknown_otherwise() {
        assert_eq!(of_entry("Leonid Brezhnev", std::iter::empty(), false), None);
        assert_eq!(of_entry("Sudan Peoples Liberation Movement", std::iter::empty(), false), Some(ActorKind::Group));
        assert_eq!(of_entry("U.N.", std::iter::empty(), false), Some(ActorKind::Group));
    }
}
