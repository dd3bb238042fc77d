//! The actors of a generated project: states, then the people and bodies who act for them,
//! named and aliased as an analyst would code them. Some aliases are words of the generated
//! prose ("Washington", "Beijing’s", "the ministry", "商务部"), so mention detection finds
//! them as it would in real coverage.

use crate::model::ActorKind;

pub(super) struct Entry {
    pub name: &'static str,
    pub kind: ActorKind,
    pub aliases: &'static [&'static str],
    /// The state (an index into the first entries) a person or body acts for.
    pub acts_for: usize,
}

const fn state(name: &'static str, aliases: &'static [&'static str]) -> Entry {
    Entry { name, kind: ActorKind::State, aliases, acts_for: 0 }
}

const fn person(name: &'static str, aliases: &'static [&'static str], acts_for: usize) -> Entry {
    Entry { name, kind: ActorKind::Person, aliases, acts_for }
}

const fn body(name: &'static str, aliases: &'static [&'static str], acts_for: usize) -> Entry {
    Entry { name, kind: ActorKind::GovernmentBody, aliases, acts_for }
}

const US: usize = 0;
const CHINA: usize = 1;
const EU: usize = 2;
const JAPAN: usize = 3;
const RUSSIA: usize = 4;
const KOREA: usize = 5;
const INDIA: usize = 6;
const AUSTRALIA: usize = 7;
const CANADA: usize = 8;
const FRANCE: usize = 9;
const GERMANY: usize = 10;
const UK: usize = 11;

/// The states, as many as [`STATES`], come first; a project with more actors than the roster
/// names the rest "Actor N".
pub(super) const ROSTER: &[Entry] = &[
    state("United States", &["Washington", "U.S.", "US"]),
    state("China", &["Beijing", "PRC"]),
    state("European Union", &["Brussels", "EU"]),
    state("Japan", &["Tokyo"]),
    state("Russia", &["Moscow", "Kremlin"]),
    state("South Korea", &["Seoul"]),
    state("India", &["New Delhi"]),
    state("Australia", &["Canberra"]),
    state("Canada", &["Ottawa"]),
    state("France", &["Paris"]),
    state("Germany", &["Berlin"]),
    state("United Kingdom", &["London", "UK"]),
    body("Ministry of Commerce (China)", &["MOFCOM", "Commerce Ministry", "ministry", "商务部"], CHINA),
    body("Chinese Embassy in Washington", &["embassy"], CHINA),
    person("Liu Pengyu", &["Liu", "spokesperson"], CHINA),
    person("Xi Jinping", &["Xi", "President Xi"], CHINA),
    person("He Lifeng", &["Vice Premier He"], CHINA),
    person("Wang Wentao", &["Commerce Minister Wang"], CHINA),
    person("Donald Trump", &["Trump", "President Trump"], US),
    person("Jamieson Greer", &["Greer", "U.S. Trade Representative"], US),
    person("Scott Bessent", &["Bessent", "Treasury Secretary"], US),
    person("Howard Lutnick", &["Lutnick", "Commerce Secretary"], US),
    body("Bureau of Industry and Security", &["BIS"], US),
    body("European Commission", &["Commission"], EU),
    person("Maroš Šefčovič", &["Šefčovič", "trade commissioner"], EU),
    body("Ministry of Economy, Trade and Industry", &["METI"], JAPAN),
    person("Shigeru Ishiba", &["Ishiba"], JAPAN),
    body("Ministry of Industry and Trade (Russia)", &["Minpromtorg", "Министерство"], RUSSIA),
    person("Vladimir Putin", &["Putin"], RUSSIA),
    person("Lee Jae-myung", &["President Lee"], KOREA),
    person("Piyush Goyal", &["Goyal"], INDIA),
    person("Madeleine King", &["Resources Minister King"], AUSTRALIA),
    person("Mark Carney", &["Carney"], CANADA),
    person("Emmanuel Macron", &["Macron", "président"], FRANCE),
    person("Friedrich Merz", &["Merz", "Chancellor Merz"], GERMANY),
    person("Keir Starmer", &["Starmer"], UK),
    person("Mao Ning", &["Foreign Ministry spokeswoman"], CHINA),
    person("Marco Rubio", &["Rubio"], US),
    person("Katherine Tai", &["Tai"], US),
    person("Gina Raimondo", &["Raimondo"], US),
];

/// How many entries of [`ROSTER`] are states.
pub(super) const STATES: usize = 12;
