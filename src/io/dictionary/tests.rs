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
fn a_country_entry_with_dated_codes_is_still_the_state() {
    let parsed = parse(
        "d.txt",
        "IRAQ_\n+IRAK_\n\t[IRQOCC 030320-20060520]\n\t[IRQ >20060520]\nLEIPZIG_\n\t[DDR 491007-901003]\n\t[DEU >19901003]\n",
    );
    assert_eq!((parsed.entries[0].kind, parsed.entries[0].code.as_deref()), (Some(ActorKind::State), Some("IRQ")));
    assert!(parsed.entries[0].periods.is_empty());
    // A city listed under the state it belonged to acts for each state in turn, and is no person.
    assert_eq!((parsed.entries[1].code.as_deref(), parsed.entries[1].kind), (None, Some(ActorKind::Group)));
    assert_eq!(parsed.entries[1].periods.len(), 2);
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
fn a_side_written_as_a_cameo_code_gives_the_role_and_a_cameo_role_the_kind_when_no_column_does() {
    let csv = "name,acts_for,role,from\nPentagon,USAMIL,,\nJamieson Greer,USAGOV,,2025-02-26\nMOFCOM,China,GOV,\nWang Yi,CHN,Foreign Minister,\n";
    let parsed = parse("t.csv", csv);
    let got: Vec<(&str, Option<ActorKind>)> =
        parsed.entries.iter().map(|e| (e.periods[0].role.as_str(), e.kind)).collect();
    assert_eq!(
        got,
        [
            ("MIL", Some(ActorKind::GovernmentBody)),
            ("GOV", Some(ActorKind::Person)),
            ("GOV", Some(ActorKind::GovernmentBody)),
            ("Foreign Minister", None),
        ]
    );
    assert_eq!(
        parsed.entries[0].periods[0].acts_for,
        Party::Named("USAMIL".into()),
        "the side is still found by its code"
    );
}

#[test]
fn a_csv_table_is_recognised_without_its_extension() {
    let csv = "name,aliases,acts_for,kind,role,from,to,qid\nJamieson Greer,Greer|USTR Greer,United States,person,USTR,2025-02-26,,Q131369436\n";
    let parsed = parse("actors.txt", csv);
    assert_eq!(parsed.entries.len(), 1);
    assert_eq!(parsed.entries[0].qid.as_deref(), Some("Q131369436"));
    assert_eq!(parsed.entries[0].periods[0].from, Some(date(2025, 2, 26)));
}

#[test]
fn an_alias_takes_its_own_language_tag_else_the_rows_language_column() {
    let csv = "name,aliases,language\nWang Yi,王毅|Ван И@ru|王外长,zh\nMoon Jae-in,문재인 @ko,\nHua Chunying,Hua@x1|Info@UN;Mail@EU,\n";
    let parsed = parse("a.csv", csv);
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    let wang = &parsed.entries[0];
    assert_eq!(wang.aliases, ["王毅", "Ван И", "王外长"]);
    let tags: Vec<(&str, &str)> = wang.alias_languages.iter().map(|(a, t)| (a.as_str(), t.as_str())).collect();
    assert_eq!(tags, [("Ван И", "ru"), ("王外长", "zh"), ("王毅", "zh")]);
    assert_eq!(parsed.entries[1].alias_languages.get("문재인").map(String::as_str), Some("ko"));
    // "@x1" is no language tag, nor are UN and EU in capitals, so they stay part of the alias.
    assert_eq!(parsed.entries[2].aliases, ["Hua@x1", "Info@UN", "Mail@EU"]);
    assert!(parsed.entries[2].alias_languages.is_empty());
    let bad = parse("b.csv", "name,aliases,lang\nWang Yi,王毅,Chinese\n");
    assert_eq!(bad.problems.len(), 1);
    assert!(bad.problems[0].why.contains("“Chinese” is not a language tag"), "{:?}", bad.problems);
}

mod importing {
    use jiff::civil::date;

    use super::super::export::actor_table;
    use super::super::parse;
    use super::super::plan::{Outcome, plan, preview};
    use super::PHOENIX;
    use crate::edit::Document;
    use crate::model::{ActorKind, Project};
    use crate::sample::sample_project;

    fn imported(p: Project, file: &str, text: &str) -> (Document, super::super::plan::Plan) {
        let plan = plan(&p, parse(file, text));
        let mut doc = Document::unsaved(p);
        doc.apply(plan.edit(file).expect("something to import")).unwrap();
        (doc, plan)
    }

    #[test]
    fn entries_merge_into_the_actors_they_name_and_codes_find_states() {
        let before = sample_project();
        let (doc, plan) = imported(before.clone(), "test.actors.txt", PHOENIX);
        let p = doc.project();
        // "United States" is in the sample: the country entry merges into it and gives it its code.
        assert_eq!(plan.entries[0].outcome, Outcome::Merged("United States".into()));
        let us = p.find_actor("United States").unwrap();
        assert_eq!(us.code.as_deref(), Some("USA"));
        assert!(us.aliases.iter().any(|a| a == "America"));
        // Byrnes acts for it, in the role his code gives, on the days his codes give.
        let byrnes = p.find_actor("James Byrnes").unwrap();
        assert_eq!(
            byrnes.affiliation_on(date(1946, 5, 1)).map(|a| (a.acts_for, a.role.as_str())),
            Some((Some(us.id), "GOV"))
        );
        assert_eq!(byrnes.affiliation_on(date(1950, 1, 1)).map(|a| a.role.as_str()), Some("ELI"));
        // China is found by name and takes the code CHN: no second China is created.
        let china = p.find_actor("China").unwrap();
        assert_eq!(china.code.as_deref(), Some("CHN"));
        assert_eq!(p.find_actor("Hua Chunying").unwrap().affiliations[0].acts_for, Some(china.id));
        assert!(plan.states_created.is_empty());
        assert_eq!(p.actors.len(), before.actors.len() + 4);
    }

    #[test]
    fn every_entry_and_problem_is_in_the_preview_and_undo_restores_the_project() {
        let before = sample_project();
        let (mut doc, plan) = imported(before.clone(), "test.actors.txt", PHOENIX);
        let lines = preview(&plan);
        assert_eq!(lines.len(), plan.entries.len() + plan.problems.len());
        assert!(lines.iter().any(|l| l.starts_with("line 8: James Byrnes — added")), "{lines:#?}");
        assert!(lines.iter().any(|l| l.starts_with("line 16: the date")));
        assert_eq!(doc.undo_label(), Some("import actors from test.actors.txt"));
        doc.undo();
        assert_eq!(*doc.project(), before);
    }

    #[test]
    fn a_state_is_not_merged_into_a_city_that_shares_one_of_its_names() {
        let text = "LEIPZIG_\n+BERLIN\n\t[DEU >19901003]\nGERMANY_ [DEU]\n+BERLIN\n";
        let (doc, plan) = imported(Project::new("empty"), "d.txt", text);
        assert_eq!(plan.added(), 2);
        let germany = doc.project().find_actor("Germany").unwrap();
        assert_eq!(doc.project().find_actor("Leipzig").unwrap().affiliations[0].acts_for, Some(germany.id));
    }

    #[test]
    fn a_change_day_written_as_the_end_of_one_side_and_the_start_of_the_next_stays_with_the_earlier() {
        let text = "LEIPZIG_\n\t[DDR 491007-901003]\n\t[DEU >19901003]\n";
        let (doc, plan) = imported(Project::new("empty"), "d.txt", text);
        assert!(plan.problems.is_empty(), "{:?}", plan.problems);
        let leipzig = doc.project().find_actor("Leipzig").unwrap();
        let germany = doc.project().find_actor("Germany").unwrap().id;
        assert_eq!(
            leipzig.affiliation_on(date(1990, 10, 3)).unwrap().acts_for,
            doc.project().find_actor("German Democratic Republic").map(|a| a.id)
        );
        assert_eq!(leipzig.affiliation_on(date(1990, 10, 4)).unwrap().acts_for, Some(germany));
    }

    #[test]
    fn a_state_missing_from_the_project_is_created_from_the_country_table() {
        let (doc, plan) = imported(Project::new("empty"), "d.txt", "SERGEI_LAVROV_\n\t[RUSGOVFRM >040309]\n");
        assert_eq!(plan.states_created, ["Russia"]);
        let russia = doc.project().find_actor("Russian Federation").unwrap();
        assert_eq!((russia.kind, russia.code.as_deref()), (ActorKind::State, Some("RUS")));
        let lavrov = doc.project().find_actor("Sergei Lavrov").unwrap();
        assert_eq!(lavrov.affiliations[0].role, "GOVFRM");
    }

    #[test]
    fn an_entry_spelled_with_accents_merges_into_its_actor_once_the_project_ignores_them() {
        let csv = "name,aliases\nSergeï Lavrov,Лавров\n";
        let mut p = Project::new("p");
        p.actors.put(crate::model::Actor::new("Sergei Lavrov", ActorKind::Person, crate::model::Colour::palette(0)));
        assert_eq!(plan(&p, parse("t.csv", csv)).added(), 1, "accents count by default");
        p.matching.ignore_diacritics = true;
        let (doc, plan) = imported(p, "t.csv", csv);
        assert_eq!(plan.entries[0].outcome, Outcome::Merged("Sergei Lavrov".into()));
        assert_eq!(doc.project().find_actor("ЛАВРОВ").map(|a| a.name.as_str()), Some("Sergei Lavrov"));
    }

    #[test]
    fn an_alias_in_a_script_only_one_language_writes_gets_that_language_and_han_alone_gets_none() {
        let csv = "name,aliases\nMoon Jae-in,문재인|文在寅\nKishida Fumio,岸田文雄|きしだ ふみお\nWang Yi,王毅|Ван И\n";
        let (doc, _) = imported(Project::new("p"), "t.csv", csv);
        let language = |actor: &str, alias: &str| {
            doc.project().find_actor(actor).unwrap().alias_languages.get(alias).cloned().unwrap_or_default()
        };
        assert_eq!(language("Moon Jae-in", "문재인"), "ko");
        assert_eq!(language("Moon Jae-in", "文在寅"), "", "Han alone could be Chinese, Japanese or Korean");
        assert_eq!(language("Kishida Fumio", "きしだ ふみお"), "ja");
        assert_eq!(language("Wang Yi", "Ван И"), "", "Cyrillic writes many languages");
    }

    #[test]
    fn a_language_the_analyst_gave_an_alias_is_kept_when_a_file_says_otherwise() {
        let mut p = Project::new("p");
        let mut moon = crate::model::Actor::new("Moon Jae-in", ActorKind::Person, crate::model::Colour::palette(0));
        moon.aliases = vec!["文在寅".into()];
        moon.alias_languages.insert("文在寅".into(), "ko".into());
        p.actors.put(moon);
        let (doc, _) = imported(p, "t.csv", "name,aliases\nMoon Jae-in,文在寅@zh|Мун Чжэ Ин@ru\n");
        let moon = doc.project().find_actor("Moon Jae-in").unwrap();
        assert_eq!(moon.alias_languages.get("文在寅").map(String::as_str), Some("ko"));
        assert_eq!(moon.alias_languages.get("Мун Чжэ Ин").map(String::as_str), Some("ru"));
    }

    #[test]
    fn alias_languages_are_exported_as_tags_and_read_back() {
        let csv = "name,aliases,language\nWang Yi,王毅|Ван И@ru,zh\nMoon Jae-in,문재인,\n";
        let (doc, _) = imported(Project::new("p"), "t.csv", csv);
        let table = actor_table(doc.project()).unwrap();
        assert!(table.contains("王毅@zh; Ван И@ru"), "{table}");
        let (copy, plan) = imported(Project::new("copy"), "actors.csv", &table);
        assert!(plan.problems.is_empty(), "{:?}", plan.problems);
        for a in doc.project().actors.iter() {
            let b = copy.project().find_actor(&a.name).unwrap();
            assert_eq!((&b.aliases, &b.alias_languages), (&a.aliases, &a.alias_languages), "{}", a.name);
        }
    }

    #[test]
    fn aliases_ending_in_an_at_sign_and_letters_come_back_from_export_and_import_unchanged() {
        let mut p = Project::new("p");
        let mut desk =
            crate::model::Actor::new("Press desk", ActorKind::Organisation, crate::model::Colour::palette(0));
        desk.aliases = ["Info@UN", "Mail@EU", "Mail@eu", "Post@eu@", "Foo@", "Lula@pt"].map(String::from).to_vec();
        desk.alias_languages.insert("Lula@pt".into(), "pt-BR".into());
        p.actors.put(desk.clone());
        let table = actor_table(&p).unwrap();
        assert!(table.contains("Info@UN; Mail@EU; Mail@eu@; Post@eu@@; Foo@; Lula@pt@pt-BR"), "{table}");
        let (copy, plan) = imported(Project::new("copy"), "actors.csv", &table);
        assert!(plan.problems.is_empty(), "{:?}", plan.problems);
        let back = copy.project().find_actor("Press desk").unwrap();
        assert_eq!((&back.aliases, &back.alias_languages), (&desk.aliases, &desk.alias_languages));
    }

    #[test]
    fn a_table_row_naming_a_side_nobody_knows_is_reported_and_the_actor_kept() {
        let csv = "name,acts_for\nWang Yi,China\nGhost,Atlantis\n";
        let (doc, plan) = imported(Project::new("empty"), "t.csv", csv);
        assert_eq!(plan.problems.len(), 1);
        assert_eq!(plan.problems[0].line, 3);
        assert!(plan.problems[0].why.contains("Atlantis"));
        assert!(doc.project().find_actor("Ghost").unwrap().affiliations.is_empty());
    }

    #[test]
    fn the_exported_table_imports_back_to_the_same_actors() {
        let (doc, _) = imported(sample_project(), "test.actors.txt", PHOENIX);
        let table = actor_table(doc.project()).unwrap();
        let (copy, plan) = imported(Project::new("copy"), "actors.csv", &table);
        assert!(plan.problems.is_empty(), "{:?}", plan.problems);
        assert_eq!(copy.project().actors.len(), doc.project().actors.len());
        for a in doc.project().actors.iter() {
            let b = copy.project().find_actor(&a.name).unwrap();
            // An alias that repeats the name (the sample's United States has one) is not a name.
            let aliases: Vec<&String> = a.aliases.iter().filter(|x| **x != a.name).collect();
            assert_eq!(b.aliases.iter().collect::<Vec<_>>(), aliases, "{}", a.name);
            assert_eq!((b.kind, &b.code, &b.qid), (a.kind, &a.code, &a.qid), "{}", a.name);
            let sides = |p: &Project, x: &crate::model::Actor| -> Vec<_> {
                x.affiliations
                    .iter()
                    .map(|f| (f.acts_for.map(|s| p.actor_name(s).to_owned()), f.role.clone(), f.from, f.to))
                    .collect()
            };
            assert_eq!(sides(copy.project(), b), sides(doc.project(), a), "{}", a.name);
        }
    }
}
