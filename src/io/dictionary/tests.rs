use jiff::civil::date;

use super::*;

/// A Phoenix-style dictionary of our own making: a country block, a person with dated codes and
/// a default, synonyms, comments of every kind, and lines that cannot be read.
const PHOENIX: &str = "<!-- Faultline test dictionary
     made for the import tests -->
# countries
UNITED_STATES_  [USA]
+AMERICA_
+WASHINGTON_ # the capital stands for the state

JAMES_BYRNES_  ; CountryInfo.txt
\t[USAELI 18970101-450703]
\t[USAGOV 450703-470121]
\t[USAELI]
ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]# later UNICEF
HUA_CHUNYING
+HUA_CHUN_YING
\t[CHNGOV >20120901]
\t[CHNGOV 2004017-20061201]
+CHUNYING_HUA
\t[RUSGOV 990101-980101]
U.N._
";

#[test]
fn a_phoenix_dictionary_reads_names_synonyms_and_dated_codes() {
    let parsed = parse("test.actors.txt", PHOENIX);
    let names: Vec<&str> = parsed.entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["United States", "James Byrnes", "Ann Veneman", "Hua Chunying", "U.N."]);
    let us = &parsed.entries[0];
    assert_eq!((us.kind, us.code.as_deref(), us.line), (Some(ActorKind::State), Some("USA"), 4));
    assert!(us.aliases.contains(&"America".into()) && us.aliases.contains(&"UNITED STATES".into()));

    let byrnes = &parsed.entries[1];
    assert_eq!(byrnes.aliases, ["JAMES BYRNES"]);
    assert_eq!(byrnes.kind, Some(ActorKind::Person));
    let usa = Party::State("USA".into());
    let p = |role: &str, from: Option<Date>, to: Option<Date>| Period {
        acts_for: usa.clone(),
        role: role.into(),
        from,
        to,
    };
    // The bare [USAELI] fills the days no dated code covers, before and after.
    assert_eq!(
        byrnes.periods,
        [
            p("ELI", None, Some(date(1896, 12, 31))),
            p("ELI", Some(date(1897, 1, 1)), Some(date(1945, 7, 3))),
            p("GOV", Some(date(1945, 7, 3)), Some(date(1947, 1, 21))),
            p("ELI", Some(date(1947, 1, 22)), None),
        ]
    );
    let veneman = &parsed.entries[2];
    assert_eq!(veneman.periods[1].acts_for, Party::Nobody);
    assert_eq!((veneman.periods[1].role.as_str(), veneman.periods[1].from), ("IGOUNOKID", Some(date(2005, 5, 1))));
}

#[test]
fn every_unreadable_line_is_reported_with_its_number_and_why() {
    let parsed = parse("test.actors.txt", PHOENIX);
    let lines: Vec<usize> = parsed.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [16, 18], "{:?}", parsed.problems);
    assert!(parsed.problems[0].why.contains("neither YYMMDD nor YYYYMMDD"));
    assert!(parsed.problems[1].why.contains("ends before it starts"));
    // The bad line spoils only itself: Hua Chunying keeps her readable period.
    assert_eq!(parsed.entries[3].periods.len(), 1);
}

#[test]
fn an_unclosed_comment_and_codes_without_a_name_are_reported() {
    let parsed = parse("x.txt", "\t[USAGOV]\nKOFI_ANNAN_ [IGOUNO]\n<!-- never closed\nBAN_KI-MOON\n");
    assert_eq!(parsed.entries.len(), 1);
    let lines: Vec<usize> = parsed.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [1, 3]);
}

#[test]
fn an_agents_dictionary_is_refused_entry_by_entry() {
    let parsed = parse("agents.txt", "FOREIGN_MINISTER [~GOVFRM] # jap 4/14/01\nPRESIDENT [~GOVPRS]\n");
    assert!(parsed.entries.is_empty());
    assert_eq!(parsed.problems.len(), 2);
    assert!(parsed.problems[0].why.contains("agents dictionary"));
}

#[test]
fn an_icews_style_table_reads_its_own_column_names() {
    let table = "Actor Name\tActor Type\tCountry\tAliases\tAffiliation To\tSectors\tAffiliation Start Date\tAffiliation End Date\n\
Wang Yi\tIndividual\tChina\tWang Yi || 王毅 || Ван И\tChina\tForeign Minister\t2013-03-16\t2022-12-30\n\
Wang Yi\tIndividual\tChina\t\tChina\tCentral Foreign Affairs Commission\t2023-01-01\tend of time\n\
\tIndividual\tChina\t\t\t\t\t\n\
Qin Gang\tIndividual\tChina\t\tChina\t\t2022-12-30\t2022-01-01\n";
    let parsed = parse("icews.actors.tab", table);
    assert_eq!(parsed.entries.len(), 2);
    let wang = &parsed.entries[0];
    assert_eq!(wang.aliases, ["王毅", "Ван И"]);
    assert_eq!(wang.kind, Some(ActorKind::Person));
    assert_eq!(wang.periods[0].acts_for, Party::Named("China".into()));
    assert_eq!(parsed.entries[1].periods[0].to, None);
    let lines: Vec<usize> = parsed.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, [4, 5]);
    assert!(parsed.problems[1].why.contains("ends"));
}

#[test]
fn a_csv_table_is_recognised_without_its_extension() {
    let csv = "name,aliases,acts_for,kind,role,from,to,qid\nJamieson Greer,Greer|USTR Greer,United States,person,USTR,2025-02-26,,Q131369436\n";
    let parsed = parse("actors.txt", csv);
    assert_eq!(parsed.entries.len(), 1);
    assert_eq!(parsed.entries[0].qid.as_deref(), Some("Q131369436"));
    assert_eq!(parsed.entries[0].periods[0].from, Some(date(2025, 2, 26)));
}
