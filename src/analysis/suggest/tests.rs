//! The quality bar: on the two seed articles, suggestions recover the statements an analyst
//! would code, with the right speaker.

use crate::analysis::assist::{AssistInput, assist};
use crate::model::{Actor, ActorKind, Affiliation, Colour, Project};
use crate::sample::sample_project;

use super::verbs::Act;

/// The sample's sources, actors and taxonomy, with no claims yet: a freshly imported project.
fn uncoded() -> Project {
    let mut p = sample_project();
    p.claims = Default::default();
    p.events = Default::default();
    p
}

/// Statements an analyst would code in the seeds: a phrase from the sentence and its speaker.
const EXPECTED: &[(&str, &str)] = &[
    // trump-xi-rare-earth-licences
    ("accusing Beijing of breaching the trade deal", "Donald Trump"),
    ("President Trump criticized China’s actions", "Donald Trump"),
    ("They violated a big part of the agreement", "Donald Trump"),
    ("He accused China of failing to comply", "Jamieson Greer"),
    ("choke off things like critical minerals", "Jamieson Greer"),
    ("have remained in communication since the Geneva talks", "Liu Pengyu"),
    ("he criticized recent U.S. actions", "Liu Pengyu"),
    ("China once again urges the U.S. to correct", "Liu Pengyu"),
    // truce-crumbles-over-rare-earths
    ("issued a stern warning, accusing the United States", "Ministry of Commerce (China)"),
    ("China has declared its readiness", "China"),
    ("has publicly stated that China has “totally violated” the pact", "Donald Trump"),
    ("Commerce Ministry argues the true issue", "Ministry of Commerce (China)"),
    ("Beijing vowed “strong and resolute measures”", "China"),
    ("a prospect hinted at by National Economic Council director Kevin Hassett", "Kevin Hassett"),
    ("who suggested a presidential call could help align policies", "Dennis Wilder"),
    ("Pete Hegseth criticized China’s military expansion", "Pete Hegseth"),
    ("Beijing’s embassy in Singapore retaliated", "Chinese Embassy in Singapore"),
];

#[test]
fn suggestions_recover_the_seed_statements_with_their_speakers() {
    let p = uncoded();
    let suggestions: Vec<_> =
        p.articles.ids().flat_map(|a| assist(&AssistInput::of_article(&p, a).unwrap()).suggestions).collect();
    let mut found = 0;
    let mut right_speaker = 0;
    let mut matched = vec![false; suggestions.len()];
    for (phrase, speaker) in EXPECTED {
        let Some(i) = suggestions.iter().position(|s| s.quote.contains(phrase)) else {
            println!("MISSED  {phrase}");
            continue;
        };
        matched[i] = true;
        found += 1;
        let got = suggestions[i].speaker.map_or("(none)", |a| p.actor_name(a));
        if got == *speaker {
            right_speaker += 1;
        } else {
            println!("SPEAKER {phrase}: expected {speaker}, got {got}");
        }
    }
    for (s, _) in suggestions.iter().zip(&matched).filter(|(_, m)| !**m) {
        println!("EXTRA   {}", s.quote);
    }
    let n = EXPECTED.len();
    let precision = matched.iter().filter(|m| **m).count() as f64 / suggestions.len() as f64;
    println!(
        "recall {found}/{n} = {:.0}%, right speaker {right_speaker}/{n} = {:.0}%, precision {:.0}% ({} suggestions)",
        100.0 * found as f64 / n as f64,
        100.0 * right_speaker as f64 / n as f64,
        100.0 * precision,
        suggestions.len()
    );
    assert!(found * 10 >= n * 9, "recall {found}/{n} is under 90%");
    assert!(right_speaker * 10 >= n * 8, "right speaker {right_speaker}/{n} is under 80%");
}

fn suggestion_with<'a>(all: &'a [super::Suggestion], phrase: &str) -> &'a super::Suggestion {
    all.iter().find(|s| s.quote.contains(phrase)).unwrap_or_else(|| panic!("no suggestion for {phrase}"))
}

#[test]
fn suggestions_carry_type_from_the_verb_target_and_date() {
    let p = uncoded();
    let all: Vec<_> =
        p.articles.ids().flat_map(|a| assist(&AssistInput::of_article(&p, a).unwrap()).suggestions).collect();
    let type_of = |s: &super::Suggestion| p.taxonomy.get(s.event_type.unwrap()).unwrap().name.clone();
    let name = |a: Option<crate::model::ActorId>| a.map_or("(none)", |a| p.actor_name(a)).to_owned();

    let trump = suggestion_with(&all, "They violated a big part");
    assert_eq!(type_of(trump), "Accuse / criticise");
    // Published Saturday 31 May 2025: "on Friday" is the 30th.
    let date = trump.date.as_ref().unwrap();
    assert_eq!((date.start.to_string(), date.phrase.as_str()), ("2025-05-30".into(), "on Friday"));

    let vowed = suggestion_with(&all, "Beijing vowed");
    assert_eq!(type_of(vowed), "Threaten");
    assert_eq!(name(vowed.target), "United States");

    let urges = suggestion_with(&all, "China once again urges");
    assert_eq!(type_of(urges), "Demand");
    // Liu acts for China, so the China in his own words is not his target.
    assert_eq!(name(urges.target), "United States");

    // "the United States and China … accuse the other": the verb is "accuse", not the "States"
    // of the name.
    let both = suggestion_with(&all, "Recent diplomatic efforts between the United States");
    assert_eq!(both.cue, "accuse");
    assert!(all.iter().all(|s| s.cue != "States"), "a name is never a verb");

    let hegseth = suggestion_with(&all, "Hegseth criticized");
    assert_eq!(name(hegseth.target), "China");
    assert_eq!(type_of(hegseth), "Accuse / criticise");
}

#[test]
fn rejected_and_claimed_sentences_are_not_suggested_again_and_unknown_speakers_are_named() {
    let mut p = uncoded();
    let article = p.articles.ids().next().unwrap();
    let text = "Michael Zhang said the truce is over. Greer stated that China must act.";
    let mut a = p.articles.get(article).unwrap().clone();
    a.text = text.into();
    p.articles.put(a);
    let run = |p: &Project| assist(&AssistInput::of_article(p, article).unwrap());

    let first = run(&p);
    assert_eq!(first.suggestions.len(), 2);
    assert_eq!(first.suggestions[0].unknown_speaker.as_deref(), Some("Michael Zhang"));
    assert_eq!(first.new_actors, ["Michael Zhang"]);

    let mut a = p.articles.get(article).unwrap().clone();
    a.dismissed_suggestions.insert(first.suggestions[0].quote.clone());
    p.articles.put(a);
    let (start, end) = (first.suggestions[1].start + 2, first.suggestions[1].start + 8);
    let (edit, _) = crate::edit::builders::new_claim(&p, article, start, end).unwrap();
    let mut doc = crate::edit::Document::new(p, None);
    doc.apply(edit).unwrap();
    assert!(run(doc.project()).suggestions.is_empty());
}

/// The suggestions on `text` as one article of the sample's registry, with "American" and
/// "Chinese" as aliases of their states, the way an analyst sets demonyms up.
fn suggest_on(text: &str) -> (Project, Vec<super::Suggestion>, Vec<String>) {
    suggest_in(text, "")
}

/// As `suggest_on`, for an article whose outlet is `outlet` (a ministry, for its own release).
fn suggest_in(text: &str, outlet: &str) -> (Project, Vec<super::Suggestion>, Vec<String>) {
    suggest_among(text, outlet, &[])
}

/// As `suggest_in`, with more states registered, each with its demonym ("Turkey", "Turkish"),
/// or another alias for an actor the sample has ("Liu Pengyu", "MR LIU").
fn suggest_among(text: &str, outlet: &str, states: &[(&str, &str)]) -> (Project, Vec<super::Suggestion>, Vec<String>) {
    let mut p = uncoded();
    for (i, &(name, alias)) in states.iter().enumerate() {
        let known = p.actors.iter().find(|a| a.name == name).cloned();
        let mut a = known.unwrap_or_else(|| Actor::new(name, ActorKind::State, Colour::palette(i)));
        a.aliases.push(alias.into());
        p.actors.put(a);
    }
    for a in p.actors.iter().cloned().collect::<Vec<_>>() {
        let demonym = match a.name.as_str() {
            "United States" => "American",
            "China" => "Chinese",
            _ => continue,
        };
        let mut a = a;
        a.aliases.push(demonym.into());
        p.actors.put(a);
    }
    suggest_in_project(p, text, outlet)
}

/// The suggestions on `text` as the article of project `p`, whose actors are set up already.
fn suggest_in_project(mut p: Project, text: &str, outlet: &str) -> (Project, Vec<super::Suggestion>, Vec<String>) {
    let article = p.articles.ids().next().unwrap();
    let mut a = p.articles.get(article).unwrap().clone();
    a.text = text.into();
    a.outlet = outlet.into();
    a.author = String::new();
    p.articles.put(a);
    let out = assist(&AssistInput::of_article(&p, article).unwrap());
    (p, out.suggestions, out.new_actors)
}

fn who(p: &Project, s: &super::Suggestion) -> (String, String) {
    let speaker = s.speaker.map(|a| p.actor_name(a).to_owned()).or(s.unknown_speaker.clone());
    (speaker.unwrap_or_default(), s.target.map_or(String::new(), |a| p.actor_name(a).to_owned()))
}

#[test]
fn the_speaker_is_the_named_head_of_the_attribution_not_a_country_in_its_apposition() {
    let (p, s, new) = suggest_on(
        "Eric Reeves, one of the leading American academic voices on Sudan, said the talks had failed. \
         Mr Reeves said China was to blame.",
    );
    assert_eq!(who(&p, &s[0]).0, "Eric Reeves");
    assert_eq!(who(&p, &s[1]), ("Eric Reeves".into(), "China".into()));
    assert_eq!(new, ["Eric Reeves"], "New speakers offers the full name, never “Mr Reeves”");
}

#[test]
fn demonyms_pronouns_and_the_ministry_resolve_to_their_speakers() {
    let (p, s, _) = suggest_on(
        "American officials said Beijing had broken the deal. \
         MOFCOM threatened countermeasures against Washington. \
         “We will not accept this,” the ministry said. \
         Trade Representative Jamieson Greer met reporters. He accused China of stalling.",
    );
    assert_eq!(who(&p, &s[0]), ("United States".into(), "China".into()));
    // MOFCOM acts for China, so its threat runs from China's side to the United States.
    assert_eq!(who(&p, &s[1]), ("Ministry of Commerce (China)".into(), "United States".into()));
    assert_eq!(p.taxonomy.get(s[1].event_type.unwrap()).unwrap().name, "Threaten");
    assert_eq!(who(&p, &s[2]).0, "Ministry of Commerce (China)");
    assert_eq!(who(&p, &s[3]), ("Jamieson Greer".into(), "China".into()));
}

#[test]
fn wire_attributions_name_the_one_quoted_and_never_a_crowd() {
    let (p, s, new) = suggest_on(
        "China will respond if the US moves to impose sanctions, which some American officials have threatened, \
         China's foreign ministry said. \
         \"The US must stop,” Chinese state agency Xinhua quoted Wang Yi as saying. \
         China has tested missiles and experts say it will continue. \
         Ma Jihua, a veteran analyst, told reporters the threats were empty. \"They will fade,\" Ma said.",
    );
    let speakers: Vec<(String, String)> = s.iter().map(|x| who(&p, x)).collect();
    // The relative clause's "threatened" is not the sentence's attribution.
    assert_eq!(speakers[0], ("China".into(), "United States".into()));
    assert_eq!(speakers[1].0, "Wang Yi");
    // "experts say" is commentary, not a party's statement.
    assert!(s.iter().all(|x| !x.quote.contains("experts say")));
    assert_eq!(speakers[2].0, "Ma Jihua");
    assert_eq!(speakers[3].0, "Ma Jihua", "a Chinese family name opens the full name");
    assert_eq!(new, ["Wang Yi", "Ma Jihua"]);
}

#[test]
fn a_new_speakers_title_gives_their_side_and_he_is_the_person_just_named() {
    let (p, s, _) = suggest_on(
        "China's Vice Minister Li Chenggang told reporters that Washington had broken its word. \
         Li also said the meeting with Greer was useful. \
         Trade Representative Jamieson Greer met Hua Chunying. He accused China of stalling.",
    );
    // Li acts for China by his title: the China in his words is not his target.
    assert_eq!(who(&p, &s[0]), ("Li Chenggang".into(), "United States".into()));
    assert_eq!(who(&p, &s[1]).0, "Li Chenggang");
    assert_eq!(who(&p, &s[2]), ("Jamieson Greer".into(), "China".into()));
}

#[test]
fn the_type_follows_what_is_done_and_sanctions_only_when_the_speaker_imposes_them() {
    let (p, s, _) = suggest_on(
        "A Chinese foreign ministry spokesperson said the talks were useful. \
         Trump said the US was imposing sanctions on Chinese refiners. \
         China said the US sanctions were unlawful and interfered in its affairs. \
         “We will take every step,” the spokesperson added. \
         China lodged a protest with Washington. \
         The statement said the United States should stop.",
    );
    let types: Vec<String> = s.iter().map(|s| p.taxonomy.get(s.event_type.unwrap()).unwrap().name.clone()).collect();
    assert_eq!(
        types,
        [
            "Consult / negotiate / call",
            "Sanction / tariff / embargo",
            "Accuse / criticise",
            // What the speaker's side will do against another is a threat.
            "Threaten",
            "Accuse / criticise",
            "Demand"
        ]
    );
}

#[test]
fn the_verb_and_its_object_choose_the_type_and_nouns_are_never_verbs() {
    let (p, s, _) = suggest_on(
        "Trump rejected China’s offer. Xi praised the agreement. Greer demanded that Beijing stop the controls. \
         The member states met while protesters pressed other demands. China admitted the delays.",
    );
    let types: Vec<String> = s.iter().map(|s| p.taxonomy.get(s.event_type.unwrap()).unwrap().name.clone()).collect();
    assert_eq!(types, ["Reject / refuse", "Agree", "Demand", "Comment"]);
    assert!(s.iter().all(|s| s.cue != "states" && s.cue != "demands"));
    assert_eq!(s[3].cue, "admitted");
}

#[test]
fn any_jumble_of_quotes_commas_names_pronouns_and_verbs_is_read_without_a_panic() {
    let pieces = [
        "said",
        "told",
        "accusing",
        "he",
        "She",
        "it",
        "they",
        "the ministry",
        "Mr",
        "Reeves",
        "Eric Reeves",
        ",",
        ", ",
        "“",
        "”",
        "\"",
        "'",
        "’s",
        "(",
        ")",
        " - ",
        ":",
        ".",
        "\n",
        "according to",
        "by",
        "Xinhua",
        "American",
        "MOFCOM",
        "Washington",
        "and",
        "to",
        "Analysts",
        "an",
        "added",
        "other",
        "demands",
        "China's",
        " ",
        "MR LIU:",
        "QUESTION:",
        "which",
        "who",
        "went on",
        "continued",
        "spokesperson",
        "this official",
        "Aug.",
        "11",
        "–",
        "(Xinhua)",
        "all relevant parties",
        "foreign minister",
        // The paths for envoys, running-on quotations, labels and dated asides.
        "was summoned",
        "ambassador",
        "chargé d’affaires",
        "were called in",
        "“\n\n“",
        "\n\n",
        "Shri Liu Pengyu, Official Spokesperson:",
        "U.S. “",
        "on Saturday, 25 March,",
    ];
    let mut rng = fastrand::Rng::with_seed(14);
    for _ in 0..300 {
        let text: String =
            (0..rng.usize(1..40)).map(|_| pieces[rng.usize(..pieces.len())]).collect::<Vec<_>>().join(" ");
        let (_, suggestions, _) = suggest_on(&text);
        for s in suggestions {
            assert!(s.start < s.end && s.end <= text.chars().count(), "{text:?}");
        }
    }
}

#[test]
fn the_speakers_own_side_is_the_one_it_held_when_the_article_was_published() {
    use crate::model::Affiliation;
    use jiff::civil::date;
    let target_when_published = |published| {
        let mut p = uncoded();
        let (us, cn) = (p.find_actor("United States").unwrap().id, p.find_actor("China").unwrap().id);
        // Hypothetically Greer served China until the end of 2024 and the United States since.
        let mut greer = p.find_actor("Greer").unwrap().clone();
        greer.affiliations = vec![
            Affiliation { acts_for: Some(cn), to: Some(date(2024, 12, 31)), ..Affiliation::default() },
            Affiliation { acts_for: Some(us), from: Some(date(2025, 1, 1)), ..Affiliation::default() },
        ];
        p.actors.put(greer);
        let article = p.articles.ids().next().unwrap();
        let mut a = p.articles.get(article).unwrap().clone();
        a.text = "Greer said China had broken the deal with the United States.".into();
        a.published = Some(published);
        p.articles.put(a);
        let s = assist(&AssistInput::of_article(&p, article).unwrap()).suggestions;
        who(&p, &s[0])
    };
    assert_eq!(target_when_published(date(2025, 6, 2)), ("Jamieson Greer".into(), "China".into()));
    assert_eq!(target_when_published(date(2024, 6, 2)), ("Jamieson Greer".into(), "United States".into()));
}

#[test]
fn a_ministrys_own_release_speaks_its_we_its_agentless_rejections_and_its_plain_sentences() {
    let (p, s, _) = suggest_in(
        "We firmly oppose the tariffs announced by Washington. \
         We urge the United States to correct its mistakes. \
         The accusations are firmly rejected. \
         Such unilateral measures can never be justified.",
        "Ministry of Commerce of China",
    );
    let mofcom = "Ministry of Commerce (China)".to_owned();
    assert_eq!(s.len(), 4, "every sentence of the release is its statement");
    assert_eq!(who(&p, &s[0]), (mofcom.clone(), "United States".into()));
    assert_eq!(who(&p, &s[1]), (mofcom.clone(), "United States".into()));
    assert_eq!(p.taxonomy.get(s[1].event_type.unwrap()).unwrap().name, "Demand");
    assert_eq!(who(&p, &s[2]).0, mofcom);
    assert_eq!(who(&p, &s[3]).0, mofcom);
}

#[test]
fn without_a_ministry_byline_we_is_the_body_the_headline_names_and_plain_sentences_are_no_statements() {
    let (p, s, _) = suggest_on(
        "MOFCOM statement on the new US chip curbs\n\n\
         We strongly condemn the export controls imposed by Washington. \
         The measures can never be justified.",
    );
    assert_eq!(s.len(), 1);
    assert_eq!(who(&p, &s[0]), ("Ministry of Commerce (China)".into(), "United States".into()));
}

#[test]
fn a_person_introduced_by_a_title_keeps_that_side_when_later_named_alone() {
    let (p, s, _) = suggest_on(
        "MOFCOM spokesperson Shu Jueting made the remarks at a briefing. \
         “China firmly opposes this and urges the US to stop,” Shu said.",
    );
    assert_eq!(who(&p, &s[0]), ("Shu Jueting".into(), "United States".into()));
}

#[test]
fn a_statement_relayed_inside_someone_elses_quotation_is_the_named_persons_towards_the_relayer() {
    let (p, s, _) = suggest_on(
        "China's Vice Minister Li Chenggang said the talks went well.\n\n\
         “Jamieson Greer confirmed that the review is on track. We will keep talking.”",
    );
    let relayed = suggestion_with(&s, "Greer confirmed");
    assert_eq!(who(&p, relayed), ("Jamieson Greer".into(), "China".into()));
}

#[test]
fn a_target_left_implicit_is_not_taken_from_the_headline_or_the_speakers_last_statement() {
    // Coders leave such a target out more often than they carry one over: "Japan will maintain
    // high alert levels," Abe said after accusing North Korea, is aimed at no one.
    let (p, s, _) = suggest_on(
        "Chinese ships patrol disputed waters, angering Washington\n\n\
         MOFCOM said the patrols were routine and lawful.",
    );
    assert_eq!(who(&p, &s[0]), ("Ministry of Commerce (China)".into(), String::new()));
    let (p, s, _) =
        suggest_on("MOFCOM accused Washington of meddling. MOFCOM said the coastguard would stay on patrol.");
    assert_eq!(who(&p, &s[0]), ("Ministry of Commerce (China)".into(), "United States".into()));
    assert_eq!(who(&p, &s[1]), ("Ministry of Commerce (China)".into(), String::new()));
}

#[test]
fn a_relative_clauses_speaker_is_the_name_it_hangs_on() {
    let (p, s, _) = suggest_on(
        "The remarks followed those of Trade Representative Jamieson Greer, who had said China was stalling.",
    );
    assert_eq!(who(&p, &s[0]), ("Jamieson Greer".into(), "China".into()));
}

#[test]
fn the_agency_that_reports_a_statement_is_never_its_target() {
    let (p, s, _) = suggest_among(
        "Liu Pengyu criticised Washington's new tariffs on Tuesday. Washington defended them. \
         “Bullying will not work,” Liu told reporters, Turkey’s state-run Anadolu Agency reported.",
        "",
        &[("Turkey", "Turkish")],
    );
    assert_eq!(who(&p, &s[2]), ("Liu Pengyu".into(), "United States".into()));
}

#[test]
fn a_role_phrase_is_the_person_another_sentence_introduced_in_that_role() {
    let (p, s, _) = suggest_on(
        "Beijing urged Washington to lift the tariffs, reported foreign ministry spokesperson Guo Jiakun. \
         The Chinese foreign ministry spokesperson said Washington's tariffs broke the rules. \
         He also said China would protect its companies.",
    );
    assert_eq!(who(&p, &s[1]), ("Guo Jiakun".into(), "United States".into()));
    // His title made him China's: China in his words is not his target.
    assert_eq!(who(&p, &s[2]), ("Guo Jiakun".into(), "United States".into()));
}

#[test]
fn a_speaker_goes_on_to_say_and_this_official_or_the_government_points_back() {
    let (p, s, _) = suggest_on(
        "US Trade Representative Jamieson Greer said China had broken the deal. \
         He went on to say Beijing must act. \
         This senior official also said the tariffs would stay. \
         MOFCOM accused Washington of bullying. \
         The government said the tariffs were illegal.",
    );
    assert_eq!(who(&p, &s[1]), ("Jamieson Greer".into(), "China".into()));
    assert_eq!(who(&p, &s[2]).0, "Jamieson Greer");
    // "The government" is the state its ministry stands for.
    assert_eq!(who(&p, &s[4]).0, "China");
}

#[test]
fn what_a_side_did_by_its_own_bodys_account_is_its_act_against_the_one_acted_upon() {
    let (p, s, _) = suggest_among(
        "China suspended trade talks with the United States on Monday, according to MOFCOM, in protest of Japan’s remarks. \
         A delegation of American officials visited Japan, which Beijing denounced.",
        "",
        &[("Japan", "Japanese")],
    );
    assert_eq!(who(&p, &s[0]), ("China".into(), "United States".into()));
    assert_eq!(who(&p, &s[1]), ("China".into(), "United States".into()));
}

#[test]
fn an_apposition_gives_the_speakers_side_and_never_the_target() {
    let (p, s, _) = suggest_among(
        "China accuses US of bullying\n\n\
         Zhao Lei, the Chinese ministry’s spokesman and a former envoy to Japan, said on Tuesday the tariffs were unfair. \
         The US imposed them last week.",
        "",
        &[("Japan", "Japanese")],
    );
    assert_eq!(who(&p, &s[0]), ("Zhao Lei".into(), "United States".into()));
}

#[test]
fn a_role_that_opens_the_story_is_the_person_the_article_later_gives_that_title() {
    let (p, s, _) = suggest_on(
        "China's commerce minister warned Washington on Monday against new tariffs. \
         Chinese Commerce Minister Wang Wentao said later that talks were still possible.",
    );
    assert_eq!(who(&p, &s[0]), ("Wang Wentao".into(), "United States".into()));
}

#[test]
fn an_appeal_to_all_sides_aims_at_no_party() {
    let (p, s, _) = suggest_on(
        "US and China trade barbs over chips\n\n\
         MOFCOM urged all relevant parties to show restraint.",
    );
    assert_eq!(who(&p, &s[0]), ("Ministry of Commerce (China)".into(), String::new()));
}

#[test]
fn an_official_whose_title_names_no_side_takes_it_from_the_statement_or_the_headline() {
    // Introduced in what Washington says: of Washington's side.
    let (p, s, _) = suggest_on(
        "China and the US expel diplomats\n\n\
         Washington said it had expelled a Chinese diplomat, whom foreign affairs minister Ann Carter described as a spy. \
         “We will get to the bottom of this,” she told reporters.",
    );
    assert_eq!(who(&p, suggestion_with(&s, "she told")), ("Ann Carter".into(), "China".into()));
    // A headline that opens with a side tells the story from it.
    let (p, s, _) = suggest_on(
        "Washington rejects Beijing’s claims\n\n\
         Foreign Affairs Minister Ann Carter said the United States would defend its firms against China.",
    );
    assert_eq!(who(&p, &s[0]), ("Ann Carter".into(), "China".into()));
    // So does one whose role comes in an apposition.
    let (p, s, _) = suggest_on(
        "China rebukes US over chips\n\n\
         Zhao Lei, Chairman of the trade committee, told reporters China had been wronged by Washington.",
    );
    assert_eq!(who(&p, &s[0]), ("Zhao Lei".into(), "United States".into()));
}

#[test]
fn a_title_with_lower_case_words_still_names_the_officials_side() {
    let (p, s, _) = suggest_on("China’s water minister Li Guoying said China would not bow to the United States.");
    assert_eq!(who(&p, &s[0]), ("Li Guoying".into(), "United States".into()));
}

#[test]
fn a_dateline_gives_an_official_with_no_side_in_the_title_the_side_the_story_is_filed_from() {
    let (p, s, _) = suggest_on(
        "Beijing (Xinhua) – Foreign Ministry spokesperson Zhao Li said China would never yield to Washington.",
    );
    assert_eq!(who(&p, &s[0]), ("Zhao Li".into(), "United States".into()));
    // A dateline in capitals is the place the article names elsewhere.
    let (p, s, _) = suggest_on(
        "BEIJING (Reuters) - Foreign Ministry spokesperson Zhao Li said China would never yield to Washington. \
         Beijing has said so before.",
    );
    assert_eq!(who(&p, &s[0]), ("Zhao Li".into(), "United States".into()));
}

#[test]
fn a_speaker_who_goes_on_naming_no_one_is_aimed_at_the_articles_main_other_party_not_an_aside() {
    let (p, s, _) = suggest_among(
        "Jamieson Greer accused Beijing of cheating. Greer said China had broken the deal. \
         Greer said only Japan had backed the tariffs.\n\n“It will end,” he said.",
        "",
        &[("Japan", "Japanese")],
    );
    assert_eq!(who(&p, &s[3]), ("Jamieson Greer".into(), "China".into()));
}

#[test]
fn a_party_joined_to_the_speakers_own_side_by_and_stands_with_it() {
    let (p, s, _) = suggest_among(
        "MOFCOM warned Washington over chip curbs. Washington has not replied. \
         MOFCOM said Japan and China were coordinating on the issue.",
        "",
        &[("Japan", "Japanese")],
    );
    // Japan stands with China: the statement goes to the other side the article is about.
    assert_eq!(who(&p, &s[1]), ("Ministry of Commerce (China)".into(), "United States".into()));
}

#[test]
fn in_a_briefing_transcript_the_labelled_speaker_makes_every_claim_and_questions_make_none() {
    let (p, s, _) = suggest_among(
        "MR LIU: Good afternoon. So I must ask that everyone be patient. \
         First, Washington has now announced new chip curbs. Such curbs are a violation of the rules by Washington. \
         We urge the United States to lift them.\n\n\
         QUESTION: Will China respond to the United States?\n\n\
         MR LIU: China will take firm countermeasures against Washington.",
        "",
        &[("Liu Pengyu", "MR LIU")],
    );
    let claims: Vec<(String, String)> = s.iter().map(|x| who(&p, x)).collect();
    let liu = ("Liu Pengyu".to_owned(), "United States".to_owned());
    // No pleasantry, no question and no plain sentence going on with the claim before it.
    assert_eq!(claims, [liu.clone(), liu.clone(), liu]);
    // A label with an honorific is the person the article names by that family name.
    let (p, s, _) =
        suggest_on("Jamieson Greer, Trade Representative\n\nMR GREER: China has broken the deal and must stop.");
    assert_eq!(who(&p, &s[0]), ("Jamieson Greer".into(), "China".into()));
}

#[test]
fn in_a_release_the_issuing_body_speaks_for_its_state() {
    let (p, s, _) = suggest_in(
        "China categorically rejects the baseless claims made by Washington.",
        "Ministry of Commerce of China",
    );
    assert_eq!(who(&p, &s[0]), ("Ministry of Commerce (China)".into(), "United States".into()));
}

#[test]
fn the_subject_of_which_he_characterized_is_he_and_a_releases_plain_sentence_reads_in_order() {
    let (p, s, _) = suggest_on(
        "Donald Trump met reporters on Friday. He attacked the deal, which he has characterized as unfair to America.",
    );
    assert_eq!(who(&p, suggestion_with(&s, "which he has")).0, "Donald Trump");
    let (p, s, _) = suggest_in(
        "Whatever Washington may claim, these islands are and will remain part of China.",
        "Ministry of Commerce of China",
    );
    assert_eq!(who(&p, &s[0]), ("Ministry of Commerce (China)".into(), "United States".into()));
}

#[test]
fn a_speaker_named_at_the_end_who_continued_or_went_on_makes_the_statement() {
    let (p, s, _) = suggest_on(
        "Jamieson Greer accused Beijing of cheating. “They broke every promise,” Greer continued. \
         China must stop, he went on. The talks continued.",
    );
    assert_eq!(who(&p, suggestion_with(&s, "Greer continued")), ("Jamieson Greer".into(), "China".into()));
    assert_eq!(who(&p, suggestion_with(&s, "he went on")).0, "Jamieson Greer");
    assert!(s.iter().all(|x| !x.quote.contains("talks continued")), "talks that continued say nothing");
}

#[test]
fn i_in_a_paragraph_going_on_with_a_quotation_is_the_person_quoted_not_the_one_they_relay() {
    let (p, s, _) = suggest_on(
        "“China must lift the curbs,” Jamieson Greer said.\n\n\
         “Li Chenggang confirmed that the review is on track. I reaffirmed that China must go further.\n\n\
         “We will keep talking.”",
    );
    assert_eq!(who(&p, suggestion_with(&s, "I reaffirmed")).0, "Jamieson Greer");
}

#[test]
fn what_a_statement_objects_to_is_its_target() {
    let (p, s, _) = suggest_among(
        "MOFCOM said talks with Japan would go ahead, and it repeated China's opposition to the possible US deployment.",
        "",
        &[("Japan", "Japanese")],
    );
    assert_eq!(who(&p, &s[0]), ("Ministry of Commerce (China)".into(), "United States".into()));
}

#[test]
fn a_releases_plain_sentence_may_turn_on_did_do_or_would() {
    let (p, s, _) = suggest_in(
        "Washington did not keep its word. The US leaders would be well-advised to lift the curbs.",
        "Ministry of Commerce of China",
    );
    let mofcom = ("Ministry of Commerce (China)".to_owned(), "United States".to_owned());
    assert_eq!(s.iter().map(|x| who(&p, x)).collect::<Vec<_>>(), [mofcom.clone(), mofcom]);
}

#[test]
fn a_byline_names_its_issuing_ministry_as_the_project_compares_names() {
    use crate::analysis::mentions::MentionFinder;
    use crate::analysis::suggest::issuer;
    use crate::model::Matching;
    let mut p = Project::new("issuers");
    let quai = Actor::new(
        "Ministère de l’Europe et des Affaires étrangères (France)",
        ActorKind::GovernmentBody,
        Colour::palette(0),
    );
    let id = quai.id;
    p.actors.put(quai);
    let byline = "Ministere de l’Europe et des Affaires etrangeres\nFRANCE";
    let by = |matching: Matching| issuer(&MentionFinder::new(&p.actors, matching), &p.actors, matching, byline);
    assert_eq!(by(Matching { ignore_diacritics: true }), Some(id), "accents ignored, as the project says");
    assert_eq!(by(Matching::default()), None, "“etrangeres” is another word while accents count");
    let full_width = "Ｍｉｎｉｓｔèｒｅ  de l’Europe et des Affaires étrangères — France";
    assert_eq!(
        issuer(&MentionFinder::new(&p.actors, Matching::default()), &p.actors, Matching::default(), full_width),
        Some(id)
    );
}

#[test]
fn a_measure_announced_without_a_reporting_verb_is_suggested_as_its_actors_act() {
    let (p, s, _) = suggest_among(
        "Turkey has recalled its ambassador to China. \
         Washington summoned the Chinese envoy over the drills. \
         Moscow is threatening retaliatory measures against Turkey. \
         The row came a month after Turkey expelled two Chinese diplomats. \
         China will respond if Washington moves to impose sanctions. \
         Turkey expelled the Chinese ambassador, a Turkish foreign ministry official said. \
         Turkey will withdraw its envoy to China.",
        "",
        &[("Turkey", "Turkish"), ("Russia", "Moscow")],
    );
    let by_quote = |q: &str| s.iter().find(|x| x.quote.contains(q));
    let typed = |x: &super::Suggestion| p.taxonomy.get(x.event_type.unwrap()).unwrap().name.clone();
    let recalled = by_quote("has recalled").expect("a recall is an act to code");
    assert_eq!(who(&p, recalled), ("Turkey".into(), "China".into()));
    assert_eq!(typed(recalled), "Sanction / tariff / embargo");
    let summoned = by_quote("summoned").expect("a summons is an act to code");
    assert_eq!(who(&p, summoned), ("United States".into(), "China".into()));
    assert_eq!(typed(summoned), "Accuse / criticise");
    let threat = by_quote("is threatening").expect("“is threatening” is a progressive, not a passive");
    assert_eq!(who(&p, threat).0, "Russia");
    // Background to another statement, and a measure only feared, are no announcements.
    assert!(by_quote("a month after").is_none());
    assert!(by_quote("moves to impose").is_none());
    // An attribution outranks the measure it reports, which still gives the type.
    let reported = by_quote("official said").unwrap();
    assert_eq!(reported.cue, "said");
    assert_eq!(typed(reported), "Sanction / tariff / embargo");
    // "will" announces a decision, as "would" or "could" do not.
    assert!(by_quote("will withdraw").is_some());
}

#[test]
fn a_person_who_acts_for_no_party_is_the_target_only_when_no_party_is_in_view() {
    let mut p = uncoded();
    let turkey = Actor::new("Turkey", ActorKind::State, Colour::palette(7));
    p.actors.put(turkey);
    let mut pastor = Actor::new("Andrew Brunson", ActorKind::Person, Colour::palette(8));
    pastor.aliases.push("Brunson".into());
    p.actors.put(pastor);
    let (p, s, _) = suggest_in_project(
        p,
        "U.S. Secretary of State Mike Pompeo urged Turkey to free the pastor. Turkey declined. \
         “Brunson must come home,” Pompeo said. \
         Separately, Stanislaw Zaryn, a spokesman for the ministry coordinating Turkey's police, said Brunson was well.",
        "",
    );
    // The pastor is what the dispute is about; the party it is with is Turkey.
    assert_eq!(who(&p, &s[1]), ("Mike Pompeo".into(), "Turkey".into()));
    // With no party in view but his own side, the spokesman speaks about the pastor.
    assert_eq!(who(&p, &s[2]), ("Stanislaw Zaryn".into(), "Andrew Brunson".into()));
}

#[test]
fn with_a_party_doing_something_its_act_is_that_partys() {
    let (p, s, _) = suggest_on(
        "Tensions are escalating, with Beijing now threatening severe countermeasures, signaling a potential \
         intensification of the rivalry.",
    );
    let threat = s.iter().find(|x| x.quote.contains("threatening")).expect("the threat is suggested");
    assert_eq!(who(&p, threat).0, "China");
    assert_eq!(p.taxonomy.get(threat.event_type.unwrap()).unwrap().name, "Threaten");
}

#[test]
fn a_scare_quoted_verb_and_a_text_that_reads_or_continues_are_attributions() {
    let (p, s, _) = suggest_on(
        "Trade Representative Jamieson Greer “strongly protested” to China on Friday. \
         “The curbs break the deal,” read the statement of the White House. \
         “They must end,” the statement continued. \
         Beijing read the situation differently and continued its patrols.",
    );
    let cues: Vec<&str> = s.iter().map(|x| x.cue.as_str()).collect();
    assert_eq!(cues, ["protested", "read", "continued"], "reading a situation is no attribution");
    assert_eq!(who(&p, &s[0]), ("Jamieson Greer".into(), "China".into()));
}

#[test]
fn the_statement_is_the_ministrys_its_spokesperson_spoke_for_and_never_the_other_sides() {
    let (p, s, _) = suggest_on(
        "MOFCOM spokesperson He Yadong said the curbs were lawful. \
         The statement said Washington had broken the deal.",
    );
    assert_eq!(who(&p, &s[1]).0, "Ministry of Commerce (China)");
    let (p, s, _) = suggest_on(
        "MOFCOM criticised the tariffs. \
         Trade Representative Jamieson Greer said they were fair. \
         The statement added that talks would go on.",
    );
    assert_eq!(who(&p, &s[2]).0, "Jamieson Greer");
}

#[test]
fn a_participle_in_an_opening_phrase_is_not_the_attribution() {
    let (p, s, _) = suggest_on("In remarks posted online on Sunday, MOFCOM said Washington had broken the deal.");
    assert_eq!(s[0].cue, "said");
    assert_eq!(who(&p, &s[0]), ("Ministry of Commerce (China)".into(), "United States".into()));
}

#[test]
fn a_call_with_a_counterpart_and_support_expressed_are_statements() {
    let (p, s, _) = suggest_on(
        "Trade Representative Jamieson Greer spoke today with Chinese Vice Premier He Lifeng. \
         China expressed its support for the talks.",
    );
    let typed = |x: &super::Suggestion| p.taxonomy.get(x.event_type.unwrap()).unwrap().name.clone();
    assert_eq!(who(&p, &s[0]).0, "Jamieson Greer");
    assert_eq!(typed(&s[0]), "Consult / negotiate / call");
    assert_eq!(who(&p, &s[1]).0, "China");
    assert_eq!(typed(&s[1]), "Agree");
}

#[test]
fn a_persons_government_is_their_state() {
    let (p, s, _) = suggest_on("“We reject these accusations,” Trump's government said.");
    assert_eq!(who(&p, &s[0]).0, "United States");
}

#[test]
fn a_statement_that_names_no_one_is_addressed_to_the_other_side_the_article_is_about() {
    let (p, s, _) = suggest_on(
        "China accused the US of bullying. \
         The US rejected that. \
         “We are prepared for any scenario,” MOFCOM said.",
    );
    let last = s.iter().find(|x| x.quote.contains("any scenario")).unwrap();
    assert_eq!(who(&p, last), ("Ministry of Commerce (China)".into(), "United States".into()));
}

#[test]
fn he_after_a_states_act_is_the_person_of_that_side_not_the_other_sides() {
    let (p, s, _) = suggest_on(
        "China has declared US envoy Nicholas Burns unwelcome, said MOFCOM spokesperson Shu Jueting. \
         In a statement, he said the envoy had ignored a summons.",
    );
    assert_eq!(who(&p, &s[1]).0, "Shu Jueting");
}

#[test]
fn a_summons_told_in_the_passive_is_the_hosts_act_against_the_envoys_state() {
    let states = [("Canada", "Canadian"), ("Ministry of Commerce (China)", "Chinese commerce ministry")];
    let (p, s, _) = suggest_among(
        "Envoy summoned\n\n\
         The Canadian ambassador to Beijing was summoned to the Chinese commerce ministry on Monday.\n\n\
         A protest letter was handed to the ambassador.\n\n\
         The Chinese ambassador in Canada was summoned over the remarks.\n\n\
         The ambassador was summoned by the ministry again.",
        "",
        &states,
    );
    let summons = suggestion_with(&s, "to Beijing was summoned");
    assert_eq!(
        who(&p, summons),
        ("Ministry of Commerce (China)".into(), "Canada".into()),
        "the place it was summoned to"
    );
    assert_eq!(summons.act, Act::Accuse);
    let letter = suggestion_with(&s, "A protest letter was handed");
    assert_eq!(who(&p, letter), ("Ministry of Commerce (China)".into(), "Canada".into()), "the host that spoke last");
    assert_eq!(who(&p, suggestion_with(&s, "in Canada was summoned")).0, "Canada", "the post names the host");
    assert_eq!(who(&p, suggestion_with(&s, "summoned by the ministry")).0, "Ministry of Commerce (China)");
}

#[test]
fn a_measure_with_its_object_after_a_dated_aside_keeps_the_subject_before_the_aside() {
    let (p, s, _) = suggest_among(
        "MOFCOM summons envoy\n\n\
         The Ministry of Commerce (MOFCOM) on Saturday, 25 March, summoned the High Commissioner of Canada after a breach.",
        "",
        &[("Canada", "Canadian"), ("Ministry of Commerce (China)", "MOFCOM")],
    );
    assert_eq!(who(&p, &s[0]), ("Ministry of Commerce (China)".into(), "Canada".into()));
}

#[test]
fn a_verb_coordinated_with_a_measure_shares_its_subject() {
    let (p, s, _) = suggest_among(
        "Envoys summoned\n\nDonald Trump summoned the chargé d’affaires, Liu Pengyu, and handed over a protest note.",
        "",
        &[],
    );
    assert_eq!(who(&p, &s[0]).0, "Donald Trump");
}

#[test]
fn sentences_inside_a_quotation_its_attribution_opened_are_not_suggested_again() {
    let (_, s, _) = suggest_on(
        "Liu Pengyu said on Monday, “Today we summoned him. We have sternly protested the incident. \
         We have asked them to stop.”\n\n\
         “Minister Trump confirmed the review. I reaffirmed that we expect a similar process,” he added.",
    );
    assert!(s.iter().any(|x| x.quote.starts_with("Liu Pengyu said")));
    assert!(!s.iter().any(|x| x.quote.starts_with("We have")), "{s:#?}");
    // A paragraph that is one bare quotation is read as before: it may relay someone and go on
    // in its speaker's voice.
    assert!(s.iter().any(|x| x.quote.starts_with("I reaffirmed")), "{s:#?}");
}

#[test]
fn a_spelled_out_ministry_a_remembered_source_and_delivered_requests_are_read() {
    let (p, s, _) = suggest_among(
        "Ministry protests\n\n\
         MOFCOM expressed indignation about adding the names of Chinese officials. \
         The Ministry of Foreign Affairs requested a written explanation from Washington.\n\n\
         An American defence source told Reuters the talks failed. The defence source said the border was calm.",
        "",
        &[("Ministry of Commerce (China)", "MOFCOM")],
    );
    let indignation = suggestion_with(&s, "expressed indignation");
    assert_eq!((who(&p, indignation).0.as_str(), indignation.act), ("Ministry of Commerce (China)", Act::Accuse));
    let request = suggestion_with(&s, "requested a written explanation");
    assert_eq!((who(&p, request).0.as_str(), request.act), ("Ministry of Commerce (China)", Act::Demand));
    assert_eq!(who(&p, suggestion_with(&s, "The defence source said")).0, "United States");
}

#[test]
fn an_attribution_that_names_no_one_leaves_the_act_to_its_host_or_its_named_source() {
    let states = [("Canada", "Canadian"), ("Ministry of Commerce (China)", "MOFCOM")];
    let (p, s, _) = suggest_among(
        "Envoy summoned\n\n\
         The Canadian ambassador was summoned to MOFCOM yesterday, officials have confirmed.\n\n\
         According to MOFCOM, senior diplomats immediately summoned Canadian embassy staff.",
        "",
        &states,
    );
    assert_eq!(who(&p, suggestion_with(&s, "officials have confirmed")).0, "Ministry of Commerce (China)");
    assert_eq!(who(&p, suggestion_with(&s, "senior diplomats")).0, "Ministry of Commerce (China)");
}

#[test]
fn what_a_speaker_said_about_an_act_by_another_is_theirs_and_a_letter_is_its_senders() {
    let states = [("Canada", "Canadian"), ("Ministry of Commerce (China)", "MOFCOM")];
    let (p, s, _) = suggest_among(
        "Patrols protested\n\n\
         MOFCOM said the move by the Canadian government was illegal.\n\n\
         According to a letter sent by the Canadian government on Wednesday, the patrols violated its waters.\n\n\
         It further emphasized that Canada seeks dialogue.",
        "",
        &states,
    );
    assert_eq!(
        who(&p, suggestion_with(&s, "said the move by")),
        ("Ministry of Commerce (China)".into(), "Canada".into())
    );
    assert_eq!(who(&p, suggestion_with(&s, "According to a letter")).0, "Canada");
    let emphasized =
        s.iter().find(|x| x.quote.starts_with("It further emphasized")).expect("an adverb before a past tense");
    assert_eq!(who(&p, emphasized).0, "Canada", "“It” is the body that spoke last");
}

#[test]
fn recalls_border_closures_and_disowning_are_typed_as_what_they_do() {
    let (_, s, _) = suggest_among(
        "Canada recalls envoy\n\n\
         Canada has summoned its ambassador to China for consultations.\n\n\
         Canada said on Thursday it had closed the border with China.\n\n\
         China has distanced itself from the remarks of its envoy.",
        "",
        &[("Canada", "Canadian")],
    );
    assert_eq!(suggestion_with(&s, "summoned its ambassador").act, Act::Sanction, "its own envoy: a recall");
    assert_eq!(suggestion_with(&s, "closed the border").act, Act::Sanction);
    assert_eq!(suggestion_with(&s, "distanced itself").act, Act::Deescalate);
}

#[test]
fn earlier_said_informed_that_and_a_sides_statement_after_its_spokesperson_are_read() {
    let (p, s, _) = suggest_among(
        "Patrols protested\n\n\
         Canada earlier said it found documents showing the patrols.\n\n\
         China informed the Canadian government that the patrols were legal.\n\n\
         Liu Pengyu said the patrols were routine. The Chinese statement said Canada was to blame.",
        "",
        &[("Canada", "Canadian")],
    );
    assert_eq!(who(&p, suggestion_with(&s, "Canada earlier said")).0, "Canada");
    assert_eq!(who(&p, suggestion_with(&s, "informed the Canadian government")), ("China".into(), "Canada".into()));
    assert_eq!(who(&p, suggestion_with(&s, "The Chinese statement said")).0, "China", "a text is no person's");
}

#[test]
fn decided_measures_bans_requests_and_protests_after_an_adverb_are_acts() {
    let (p, s, _) = suggest_among(
        "Envoys recalled\n\n\
         Canada has decided to recall its ambassador from China.\n\n\
         China has banned Canadian canola imports.\n\n\
         Canada has asked China to lift the ban. China also requested the Canadian government do its best.\n\n\
         The ministry likewise strongly protests the detentions.",
        "",
        &[("Canada", "Canadian")],
    );
    assert_eq!(suggestion_with(&s, "decided to recall").act, Act::Sanction);
    let ban = suggestion_with(&s, "has banned Canadian canola");
    assert_eq!((who(&p, ban), ban.act), (("China".into(), "Canada".into()), Act::Sanction));
    assert_eq!(suggestion_with(&s, "has asked China to lift").act, Act::Demand);
    assert_eq!(who(&p, suggestion_with(&s, "also requested")).0, "China");
    assert_eq!(suggestion_with(&s, "strongly protests").act, Act::Accuse);
}

#[test]
fn a_measure_reported_by_someone_unnamed_is_its_agents() {
    let (p, s, _) = suggest_among(
        "Envoy summoned\n\nChina summoned the Canadian chargé d'affaires over the remarks, a spokesman said on Tuesday.",
        "",
        &[("Canada", "Canadian")],
    );
    assert_eq!(who(&p, &s[0]), ("China".into(), "Canada".into()));
}

#[test]
fn a_title_case_turn_label_names_the_briefer() {
    let (p, s, _) = suggest_among(
        "Transcript of the weekly briefing\n\n\
         Shri Liu Pengyu, Official Spokesperson: Good afternoon friends.\n\n\
         We have noted the tariffs announced by Washington and we firmly reject them.",
        "",
        &[("Liu Pengyu", "Shri Liu Pengyu")],
    );
    assert_eq!(who(&p, suggestion_with(&s, "we firmly reject them")).0, "Liu Pengyu");
}

#[test]
fn deployments_leaders_governments_and_acts_that_report_only_in_company_are_read() {
    let (p, s, _) = suggest_among(
        "Border row\n\n\
         Canada has sent thousands of troops to the border.\n\n\
         The Trump administration said the deployment was illegal.\n\n\
         Liu Pengyu referred to Canada as “an essential partner”.\n\n\
         Donald Trump didn’t rule out the possibility of additional sanctions.\n\n\
         Canada declined to send envoys. China declined to comment.",
        "",
        &[("Canada", "Canadian")],
    );
    assert_eq!(suggestion_with(&s, "sent thousands of troops").act, Act::Posture);
    assert_eq!(who(&p, suggestion_with(&s, "The Trump administration said")).0, "United States", "the state he leads");
    assert_eq!(who(&p, suggestion_with(&s, "referred to Canada")), ("Liu Pengyu".into(), "Canada".into()));
    assert_eq!(suggestion_with(&s, "didn’t rule out").act, Act::Threaten);
    assert_eq!(suggestion_with(&s, "declined to send").act, Act::Reject);
    assert!(!s.iter().any(|x| x.quote.contains("declined to comment")), "declining to comment says nothing");
}

#[test]
fn a_quotation_that_runs_on_into_a_bare_paragraph_is_the_same_speakers_claim() {
    let (p, s, _) = suggest_among(
        "Canada rebuked\n\n\
         “The curbs are illegal,” Liu Pengyu said. “Canada must lift them at once.\n\n\
         “We will take resolute measures against Canadian firms.”\n\n\
         “Canadian firms will lose the market. Trade will suffer”.\n\n\
         Ottawa has been quiet since the curbs were announced.\n\n\
         “Trade will recover.”",
        "",
        &[("Canada", "Canadian")],
    );
    let runs_on = suggestion_with(&s, "We will take resolute measures");
    assert_eq!((who(&p, runs_on), runs_on.act), (("Liu Pengyu".into(), "Canada".into()), Act::Threaten));
    let whole = suggestion_with(&s, "Canadian firms will lose the market");
    assert_eq!(who(&p, whole).0, "Liu Pengyu", "a paragraph that is one quotation after a statement goes on with it");
    assert!(!s.iter().any(|x| x.quote.contains("Trade will suffer")), "its stance is stated once");
    assert!(!s.iter().any(|x| x.quote.contains("Trade will recover")), "after narration a quotation quotes no one");
}

#[test]
fn a_quotation_over_several_sentences_is_claimed_whole_with_its_attribution() {
    let (p, s, _) = suggest_among(
        "Canada rebuked\n\n\
         “It is easy to sit in Ottawa and lecture us. We are paying the price,” Liu Pengyu said.\n\n\
         “We are on the radio. We are telling them these are our waters.”\n\n\
         Ottawa was silent. “We will respond. Canada will pay,” Liu Pengyu added.",
        "",
        &[("Canada", "Canadian")],
    );
    let mid = suggestion_with(&s, "Canada will pay");
    assert!(
        mid.quote.starts_with("“We will respond."),
        "a quotation that opens a sentence mid-paragraph: {}",
        mid.quote
    );
    let whole = suggestion_with(&s, "It is easy to sit in Ottawa");
    assert!(whole.quote.starts_with('“') && whole.quote.ends_with("Liu Pengyu said."), "{}", whole.quote);
    assert_eq!(who(&p, whole).0, "Liu Pengyu");
    assert_eq!(s.iter().filter(|x| x.quote.contains("We are paying the price")).count(), 1, "one claim, not two");
}

#[test]
fn a_release_in_the_present_tense_reports_and_its_texts_speak_for_the_body_that_spoke() {
    let (p, s, _) = suggest_among(
        "Ministry statement\n\n\
         The Ministry of Commerce (China) said on Monday that Canada had broken the rules.\n\n\
         The ministry reaffirms that Canada must lift the curbs.\n\n\
         The document states that the curbs are unlawful.\n\n\
         Canada notes with concern the rise in claims.\n\n\
         Canadian protests continue.",
        "",
        &[("Canada", "Canadian")],
    );
    assert_eq!(who(&p, suggestion_with(&s, "The ministry reaffirms")).0, "Ministry of Commerce (China)");
    assert_eq!(who(&p, suggestion_with(&s, "The document states that")).0, "Ministry of Commerce (China)");
    assert!(!s.iter().any(|x| x.quote.contains("notes with concern")), "“notes” reports only before “that”");
    assert!(!s.iter().any(|x| x.quote.contains("protests continue")), "a plural noun is no verb");
}

#[test]
fn pressure_halted_deliveries_and_a_bodys_report_are_statements_and_a_mediums_report_is_none() {
    let (p, s, _) = suggest_among(
        "Gas row\n\n\
         Canada halted daily deliveries of gas to China in December.\n\n\
         Liu Pengyu also pressed Canada to resume the talks.\n\n\
         The Ministry of Commerce (China) has applied pressure on Canada to lift its ban.\n\n\
         The Canadian armed forces also reported the violation.\n\n\
         Canada ordered the Chinese ambassador to the country to leave.\n\n\
         Reuters reported that a ship had been seized.\n\n\
         Liu Pengyu conveyed to Canada the need to lift the curbs.\n\n\
         Liu Pengyu spoke of the “lies” of Canada.\n\n\
         Liu Pengyu signed the order last week, alleging Canadian fraud.",
        "",
        &[("Canada", "Canadian")],
    );
    assert_eq!(who(&p, suggestion_with(&s, "conveyed to Canada")), ("Liu Pengyu".into(), "Canada".into()));
    assert_eq!(who(&p, suggestion_with(&s, "spoke of the")).0, "Liu Pengyu");
    assert_eq!(suggestion_with(&s, "alleging Canadian fraud").act, Act::Accuse);
    assert_eq!(suggestion_with(&s, "halted daily deliveries").act, Act::Sanction);
    assert_eq!(who(&p, suggestion_with(&s, "pressed Canada")), ("Liu Pengyu".into(), "Canada".into()));
    assert_eq!(suggestion_with(&s, "pressed Canada").act, Act::Demand);
    assert_eq!(suggestion_with(&s, "applied pressure").act, Act::Demand);
    assert_eq!(who(&p, suggestion_with(&s, "armed forces also reported")).0, "Canada");
    assert_eq!(suggestion_with(&s, "ordered the Chinese ambassador").act, Act::Sanction);
    assert!(!s.iter().any(|x| x.quote.contains("Reuters reported")), "a medium's report is no party's statement");
}

#[test]
fn an_act_on_a_list_of_states_has_no_single_target() {
    let (p, s, _) = suggest_among(
        "Envoys expelled\n\n\
         Canada expelled the ambassadors of China, Mexico and Brazil on Monday.\n\n\
         Canada, Mexico and Brazil said China had broken the rules.",
        "",
        &[("Canada", "Canadian"), ("Mexico", "Mexican"), ("Brazil", "Brazilian")],
    );
    assert_eq!(who(&p, suggestion_with(&s, "expelled the ambassadors")), ("Canada".into(), String::new()));
    assert_eq!(
        who(&p, suggestion_with(&s, "had broken the rules")).1,
        "China",
        "a list before the verb is its subject"
    );
}

#[test]
fn officials_of_a_side_are_the_side_and_the_government_is_the_side_of_the_one_who_spoke() {
    let (p, s, _) = suggest_among(
        "Border closed\n\n\
         Liu Pengyu told a press conference that Canada had pushed migrants over the border.\n\n\
         The government said in a statement that the crossings would stay shut.\n\n\
         Chinese officials have said the fence will be rebuilt.",
        "",
        &[("Canada", "Canadian")],
    );
    assert_eq!(who(&p, suggestion_with(&s, "The government said")).0, "China");
    assert_eq!(who(&p, suggestion_with(&s, "Chinese officials have said")).0, "China");
    let (p, s, _) = suggest_among(
        "Envoy summoned\n\n\
         Ministry spokesperson Mao Ning said Canada had broken the rules.\n\n\
         The Ministry of Commerce (China) announced new controls.\n\n\
         The spokesperson said in a statement that Canada must stop.",
        "",
        &[("Canada", "Canadian")],
    );
    assert_eq!(who(&p, suggestion_with(&s, "The spokesperson said")).0, "Mao Ning", "the person given that role");
    let (p, s, _) = suggest_on("Liu Pengyu was quoted as saying by Xinhua that Canada must stop.");
    assert_eq!(who(&p, &s[0]).0, "Liu Pengyu", "the subject of “was quoted as saying”");
}

#[test]
fn he_is_the_subject_of_an_earlier_clause_of_the_same_sentence() {
    let (p, s, _) = suggest_among(
        "Posts\n\n\
         Donald Trump criticized Canada on Monday.\n\n\
         Although Liu Pengyu deleted the post, he posted again, accusing Canada of lying.",
        "",
        &[("Canada", "Canadian")],
    );
    assert_eq!(who(&p, suggestion_with(&s, "he posted again")).0, "Liu Pengyu");
}

#[test]
fn a_gerund_after_by_is_the_means_not_the_agent() {
    let (p, s, _) = suggest_among(
        "Brazil expels envoy\n\nCanada already responded by barring Venezuela's top diplomat, saying the Venezuelan government is undemocratic.",
        "",
        &[("Canada", "Canadian"), ("Venezuela", "Venezuelan")],
    );
    assert_eq!(who(&p, &s[0]), ("Canada".into(), "Venezuela".into()));
}

#[test]
fn a_dateline_with_a_colon_is_no_turn_and_company_representatives_are_no_envoys() {
    let (p, s, _) = suggest_among(
        "Talks fail\n\n\
         Ottawa: Liu Pengyu said the talks had failed.\n\n\
         China's Ministry of Commerce said the tariffs were illegal.\n\n\
         Company representatives were called in by the regulator. The consultations were given a deadline.",
        "",
        &[("Canada", "Canadian")],
    );
    assert_eq!(who(&p, suggestion_with(&s, "tariffs were illegal")).0, "Ministry of Commerce (China)");
    assert!(!s.iter().any(|x| x.quote.contains("representatives") || x.quote.contains("consultations")), "{s:#?}");
}

#[test]
fn what_was_not_said_is_no_statement_and_when_it_was_said_does_not_hide_who_said_it() {
    let (p, s, _) = suggest_among(
        "Border row\n\n\
         The Canadian Embassy has not commented on the situation. China has not officially condemned the move.\n\n\
         Media reports indicate Liu Pengyu on Sunday told reporters the talks had failed.\n\n\
         Ottawa last week said it had revoked the licences.\n\n\
         “The curbs are unlawful,” two Canadian ministers said in a statement.\n\n\
         Reuters quoted Chinese embassy spokesman Liu Pengyu as saying the curbs were illegal.",
        "",
        &[("Canada", "Canadian"), ("Canada", "Ottawa")],
    );
    assert!(!s.iter().any(|x| x.quote.contains("not commented") || x.quote.contains("not officially")), "{s:#?}");
    assert_eq!(who(&p, suggestion_with(&s, "on Sunday told reporters")).0, "Liu Pengyu");
    assert_eq!(who(&p, suggestion_with(&s, "last week said")).0, "Canada");
    assert_eq!(who(&p, suggestion_with(&s, "two Canadian ministers said")).0, "Canada");
    assert_eq!(who(&p, suggestion_with(&s, "as saying the curbs")).0, "Liu Pengyu");
}

#[test]
fn a_person_who_introduces_a_release_speaks_in_it_and_a_regime_is_its_state() {
    let (p, s, _) = suggest_among(
        "Statement from the Minister\n\n\
         Liu Pengyu expressed the following on behalf of the Chinese Government:\n\n\
         China will continue to act diplomatically against the Canadian measures.\n\n\
         The Canadian regime has deplored the campaign of hostility.",
        "Ministry of Commerce (China)",
        &[("Canada", "Canadian")],
    );
    assert_eq!(who(&p, suggestion_with(&s, "expressed the following")).0, "Liu Pengyu");
    assert_eq!(who(&p, suggestion_with(&s, "China will continue")).0, "Liu Pengyu", "the release is in his voice");
    assert_eq!(who(&p, suggestion_with(&s, "regime has deplored")).0, "Canada");
}

#[test]
fn claims_talks_objections_and_authorities_are_read_in_their_company() {
    let (p, s, _) = suggest_among(
        "Border row\n\n\
         Canada claims the project violates the treaty. The curbs rest on a set of false claims that nobody believes.\n\n\
         Liu Pengyu talked on the phone with the Canadian minister.\n\n\
         China has raised a serious objection to the Canadian move.\n\n\
         The Canadian authorities have accused China of dumping.\n\n\
         Canada fired warning shots, China said.",
        "",
        &[("Canada", "Canadian")],
    );
    assert_eq!(who(&p, suggestion_with(&s, "Canada claims the project")).0, "Canada");
    assert!(!s.iter().any(|x| x.quote.contains("false claims")), "{s:#?}");
    assert_eq!(suggestion_with(&s, "talked on the phone").act, Act::Consult);
    assert_eq!(who(&p, suggestion_with(&s, "raised a serious objection")).0, "China");
    assert_eq!(who(&p, suggestion_with(&s, "authorities have accused")).0, "Canada");
    assert_eq!(who(&p, suggestion_with(&s, "fired warning shots")).0, "China", "“warning shots” is no verb");
}

#[test]
fn guillemets_quote_and_days_places_and_refusals_do_not_hide_the_speaker() {
    let (p, s, _) = suggest_among(
        "Border talks\n\n\
         «The top Canadian officials have confirmed that Canada has no claims,» said Liu Pengyu.\n\n\
         He declined to say whether the talks would resume.\n\n\
         Donald Trump on Monday in Washington, summoned the Canadian ambassador.\n\n\
         “The border is calm,” said police spokesman Jamieson Greer.",
        "",
        &[("Canada", "Canadian")],
    );
    assert_eq!(who(&p, suggestion_with(&s, "said Liu Pengyu")).0, "Liu Pengyu", "the verb inside «…» is quoted");
    assert!(!s.iter().any(|x| x.quote.contains("declined to say")), "{s:#?}");
    assert_eq!(who(&p, suggestion_with(&s, "on Monday in Washington")).0, "Donald Trump");
    assert_eq!(who(&p, suggestion_with(&s, "said police spokesman")).0, "Jamieson Greer");
}

#[test]
fn he_is_the_person_a_sentence_is_about_not_one_a_preposition_brings_in() {
    let mut p = uncoded();
    for (i, (name, alias)) in [("Adel al-Jubeir", "al-Jubeir"), ("Rex Tillerson", "Tillerson")].into_iter().enumerate()
    {
        let mut a = Actor::new(name, ActorKind::Person, Colour::palette(8 + i));
        a.aliases.push(alias.into());
        p.actors.put(a);
    }
    let (p, s, _) = suggest_in_project(
        p,
        "But after holding talks with Mr Tillerson in Washington on Tuesday, Saudi Foreign Minister Adel al-Jubeir \
         was asked by journalists if the demands were non-negotiable. He replied: \"Yes.\"",
        "",
    );
    let reply = s.iter().find(|x| x.quote.contains("replied")).expect("the reply is suggested");
    assert_eq!(who(&p, reply).0, "Adel al-Jubeir");
    // Names that are no actors, and a title between the preposition and the name.
    let (p, s, _) = suggest_on(
        "After talks with Secretary of State Eric Reeves in Washington, Zhang Wei was asked by journalists \
         if the curbs would stay. He replied: \"No.\"",
    );
    let reply = s.iter().find(|x| x.quote.contains("replied")).expect("the reply is suggested");
    assert_eq!(who(&p, reply).0, "Zhang Wei");
}

#[test]
fn in_a_ministrys_transcript_each_answer_sentence_is_the_headlines_spokespersons_claim() {
    let (p, s, _) = suggest_in(
        "Foreign Ministry Spokesperson Liu Pengyu's Regular Press Conference on May 14, 2025\n\n\
         Q: What is China's response to the new US chip curbs?\n\n\
         A: China has noted the relevant report. We firmly oppose the curbs imposed by the United States. \
         The United States should correct its mistake at once.",
        "Ministry of Commerce of China",
    );
    let claims: Vec<(String, String)> = s.iter().map(|x| who(&p, x)).collect();
    let liu = ("Liu Pengyu".to_owned(), "United States".to_owned());
    // Every sentence of the answer, none of the question.
    assert_eq!(claims, [liu.clone(), liu.clone(), liu]);
    // A person the headline is about, not one it introduces by a role, gives no voice to "A:".
    let (p, s, _) = suggest_in(
        "Foreign Ministry Spokesperson's Remarks on Donald Trump's Tariffs\n\n\
         Q: What is China's response?\n\n\
         A: China firmly opposes the curbs imposed by the United States.",
        "Ministry of Commerce of China",
    );
    assert_eq!(who(&p, &s[0]), ("Ministry of Commerce (China)".into(), "United States".into()));
}

#[test]
fn a_spokesperson_named_nowhere_is_the_bodys_voice_in_the_he_and_the_spokesperson_that_go_on() {
    let (p, s, _) = suggest_on(
        "China firmly rejected the remarks made by a US Senator, Marco Rubio. \
         In a statement, MOFCOM Spokesperson said the remarks were baseless. \
         The spokesperson said Commander Zhang Wei had done nothing wrong. \
         He said the United States should stop its smears.",
    );
    let speakers: Vec<String> = s.iter().skip(1).map(|x| who(&p, x).0).collect();
    assert_eq!(speakers, ["Ministry of Commerce (China)"; 3]);
    // A spokesperson the sentence names is who "he" is.
    let (p, s, _) = suggest_on(
        "MOFCOM said the curbs were baseless, citing Zhang Wei, its spokesman. \
         He said the United States should stop its smears.",
    );
    assert_eq!(who(&p, &s[1]).0, "Zhang Wei");
}

#[test]
fn he_in_a_story_that_names_no_person_is_the_body_that_just_spoke() {
    let (p, s, _) = suggest_on(
        "“The tariffs violate the rules,” said MOFCOM in a statement. He also stressed that Washington must lift them.",
    );
    assert_eq!(who(&p, &s[1]), ("Ministry of Commerce (China)".into(), "United States".into()));
}

#[test]
fn the_foreign_ministry_a_story_never_spelled_out_is_the_registered_ministry_of_the_side_that_spoke() {
    let mut p = uncoded();
    let mut iraq = Actor::new("Iraq", ActorKind::State, Colour::palette(7));
    iraq.aliases = vec!["Baghdad".into(), "Iraqi".into()];
    let mut ministry = Actor::new("Ministry of Foreign Affairs (Iraq)", ActorKind::GovernmentBody, Colour::palette(8));
    ministry.aliases.push("Iraqi Foreign Ministry".into());
    ministry.affiliations.push(Affiliation::always(iraq.id));
    let mut interior = Actor::new("Ministry of Interior (Iraq)", ActorKind::GovernmentBody, Colour::palette(9));
    interior.affiliations.push(Affiliation::always(iraq.id));
    // Another state's foreign ministry, named first in the second story.
    let mut iran = Actor::new("Iran", ActorKind::State, Colour::palette(10));
    iran.aliases = vec!["Tehran".into(), "Iranian".into()];
    let mut iranian = Actor::new("Ministry of Foreign Affairs (Iran)", ActorKind::GovernmentBody, Colour::palette(11));
    iranian.aliases.push("Iranian Foreign Ministry".into());
    iranian.affiliations.push(Affiliation::always(iran.id));
    let mut president = Actor::new("Barham Salih", ActorKind::Person, Colour::palette(12));
    president.aliases.push("Salih".into());
    president.affiliations.push(Affiliation::always(iraq.id));
    for a in [iraq, ministry, interior, iran, iranian, president] {
        p.actors.put(a);
    }
    let (p, s, _) = suggest_in_project(
        p.clone(),
        "Baghdad said the strikes on Irbil by Washington were a blatant violation of its sovereignty. \
         The Foreign Ministry said in a statement that Iraq would lodge a complaint against Washington.",
        "",
    );
    assert_eq!(who(&p, &s[1]), ("Ministry of Foreign Affairs (Iraq)".into(), "United States".into()));
    // After a person of the side spoke, and with another side's ministry named before.
    let (p, s, _) = suggest_in_project(
        p,
        "The Iranian Foreign Ministry defended the strikes on Irbil. \
         Barham Salih said the strikes by Tehran were a blatant violation of Iraq's sovereignty. \
         The Foreign Ministry said in a statement that Iraq would lodge a complaint against Tehran.",
        "",
    );
    let complaint = s.iter().find(|x| x.quote.contains("lodge a complaint")).expect("suggested");
    assert_eq!(who(&p, complaint), ("Ministry of Foreign Affairs (Iraq)".into(), "Iran".into()));
}

#[test]
fn a_party_after_in_is_where_not_whom_unless_it_owns_what_follows() {
    let (p, s, _) = suggest_among(
        "MOFCOM warned Washington over chip curbs. Washington has not replied. \
         MOFCOM said the Chinese firms in Japan would keep trading as before. \
         MOFCOM condemned the meddling in Japan's elections.",
        "",
        &[("Japan", "Japanese")],
    );
    assert_eq!(who(&p, &s[1]), ("Ministry of Commerce (China)".into(), "United States".into()));
    // The owner of what something is in is no place.
    assert_eq!(who(&p, &s[2]), ("Ministry of Commerce (China)".into(), "Japan".into()));
}

#[test]
fn an_organisation_named_in_passing_is_no_target_but_one_the_verb_acts_on_is() {
    let mut p = uncoded();
    let parties = [("Turkey", "Turkish", ActorKind::State), ("Greece", "Greek", ActorKind::State)];
    for (i, (name, alias, kind)) in
        parties.into_iter().chain([("European Union", "EU", ActorKind::Organisation)]).enumerate()
    {
        let mut a = Actor::new(name, kind, Colour::palette(7 + i));
        a.aliases.push(alias.into());
        p.actors.put(a);
    }
    let text = "Turkey sent survey ships into Greek waters. Turkey said the survey would go on. \
                Greece said Turkey was violating its sovereignty. \
                The Greek prime minister said the conclusions of the EU summit were clear. \
                Greece called on the EU to act. \
                Greece said it had filed a formal complaint against the EU over its silence.";
    let (p, s, _) = suggest_in_project(p, text, "");
    let on = |phrase: &str| who(&p, s.iter().find(|x| x.quote.contains(phrase)).expect("suggested")).1;
    assert_eq!(on("conclusions of the EU summit"), "Turkey");
    assert_eq!(on("called on the EU"), "European Union");
    assert_eq!(on("complaint against the EU"), "European Union");
}

#[test]
fn a_participle_after_a_comma_is_the_subjects_not_the_party_with_brings_in() {
    let mut p = uncoded();
    let mut czech = Actor::new("Czech Republic", ActorKind::State, Colour::palette(7));
    czech.aliases.push("Czech".into());
    let taiwan = Actor::new("Taiwan", ActorKind::State, Colour::palette(8));
    let mut speaker = Actor::new("Milos Vystrcil", ActorKind::Person, Colour::palette(9));
    speaker.aliases.push("Vystrcil".into());
    speaker.affiliations.push(Affiliation::always(czech.id));
    for a in [czech, taiwan, speaker] {
        p.actors.put(a);
    }
    let (p, s, _) = suggest_in_project(
        p,
        "Even though China considers Taiwan a breakaway province, Vystrcil arrived in Taipei on Sunday to \
         promote business ties with Taiwan, saying Czech would not bow to Beijing’s objections.",
        "",
    );
    assert_eq!(who(&p, &s[0]), ("Milos Vystrcil".into(), "China".into()));
}

#[test]
fn the_one_a_ministry_quoted_saying_is_the_speaker() {
    let (p, s, _) = suggest_among(
        "“Washington will pay a heavy price,” the Chinese Foreign Ministry quoted Liu saying.",
        "",
        &[("Liu Pengyu", "Liu")],
    );
    assert_eq!(who(&p, &s[0]).0, "Liu Pengyu");
}

#[test]
fn a_purpose_after_a_passive_summons_is_no_verb_of_its_own() {
    let (p, s, _) = suggest_among(
        "The Ambassador of the United States to China, Nicholas Burns, was summoned to MOFCOM \
         in order to present a note of protest and to condemn the new chip curbs.",
        "",
        &[],
    );
    assert_eq!(who(&p, &s[0]), ("Ministry of Commerce (China)".into(), "United States".into()));
}

#[test]
fn questioning_shooting_back_allegations_apologies_an_issued_ban_and_a_protest_expressed_to_an_envoy_are_statements() {
    for (text, act) in [
        ("MOFCOM also questioned the new chip curbs imposed by Washington.", Act::Reject),
        ("Beijing immediately shot back at Washington, calling the curbs absurd.", Act::Accuse),
        ("MOFCOM made several allegations against Washington.", Act::Accuse),
        ("Washington has already expressed apology to Beijing over the incident.", Act::Deescalate),
        ("A protest was expressed to the American ambassador by MOFCOM.", Act::Accuse),
        ("Beijing has issued a temporary ban on flights from Washington.", Act::Restrict),
    ] {
        let (_, s, _) = suggest_on(text);
        assert_eq!(s.len(), 1, "{text}");
        assert_eq!(s[0].act, act, "{text}");
    }
}

#[test]
fn a_name_given_after_a_comma_is_no_statement() {
    let (_, s, _) =
        suggest_on("Washington keeps warships near the islands, called Huangyan Dao in China, all year round.");
    assert!(s.is_empty(), "{:?}", s.iter().map(|x| &x.quote).collect::<Vec<_>>());
    let (p, s, _) = suggest_on("MOFCOM called Washington's new curbs reckless.");
    assert_eq!(who(&p, &s[0]), ("Ministry of Commerce (China)".into(), "United States".into()));
    // After a comma too, what is called something, or a call on a day, is a statement.
    for text in [
        "MOFCOM, in a statement, called Western curbs on Beijing illegal.",
        "MOFCOM, in a statement, called Tuesday for Washington to lift the curbs.",
        "MOFCOM, in a statement, called US-led curbs illegal.",
    ] {
        let (p, s, _) = suggest_on(text);
        assert_eq!(s.len(), 1, "{text}");
        assert_eq!(who(&p, &s[0]).0, "Ministry of Commerce (China)", "{text}");
    }
}

#[test]
fn a_question_in_a_release_states_no_position() {
    let (_, s, _) =
        suggest_in("Why are the curbs imposed by the United States still in place?", "Ministry of Commerce of China");
    assert!(s.is_empty());
}

#[test]
fn the_wires_rarer_verbs_of_attribution_are_statements_with_their_acts() {
    for (text, act) in [
        ("MOFCOM castigated Washington for the new curbs.", Act::Accuse),
        ("Beijing repudiated the claims made by Washington.", Act::Reject),
        ("Beijing commended Washington for lifting the curbs.", Act::Praise),
        ("Beijing reassured Washington that the talks would go on.", Act::Promise),
        ("MOFCOM recommended that Washington lift the curbs.", Act::Appeal),
    ] {
        let (_, s, _) = suggest_on(text);
        assert_eq!(s.len(), 1, "{text}");
        assert_eq!(s[0].act, act, "{text}");
    }
}

#[test]
fn what_is_delivered_names_the_act() {
    for (text, act) in [
        ("Beijing last week issued a new call for Washington to lift the curbs.", Act::Demand),
        ("MOFCOM gave assurances to Washington that the talks would go on.", Act::Promise),
        ("MOFCOM issued a sharp rebuke to Washington.", Act::Accuse),
    ] {
        let (_, s, _) = suggest_on(text);
        assert_eq!(s.len(), 1, "{text}");
        assert_eq!(s[0].act, act, "{text}");
    }
}

#[test]
fn a_role_left_unnamed_is_the_person_of_its_side_the_next_sentence_opens_with() {
    let mut p = uncoded();
    let mut poland = Actor::new("Poland", ActorKind::State, Colour::palette(7));
    poland.aliases = vec!["Polish".into(), "Warsaw".into()];
    let mut spokesman = Actor::new("Piotr Mueller", ActorKind::Person, Colour::palette(8));
    spokesman.aliases.push("Mueller".into());
    spokesman.affiliations.push(Affiliation::always(poland.id));
    // A second Pole, so that only the next sentence can tell who the spokesman is.
    let mut president = Actor::new("Andrzej Duda", ActorKind::Person, Colour::palette(9));
    president.affiliations.push(Affiliation::always(poland.id));
    for a in [poland, spokesman, president] {
        p.actors.put(a);
    }
    let lede = "Poland will not lift its ban on grain from Washington, the Polish government spokesman has said.";
    let spoken = |rest: &str| {
        let (q, s, _) = suggest_in_project(p.clone(), &format!("{lede}\n\n{rest}"), "");
        who(&q, &s[0])
    };
    assert_eq!(
        spoken("Piotr Mueller made the statement on Monday. Andrzej Duda agreed."),
        ("Piotr Mueller".into(), "United States".into())
    );
    // Not one the next sentence tells of in the passive, nor one the article titles otherwise.
    assert_eq!(spoken("Piotr Mueller was criticised by Washington. Andrzej Duda agreed.").0, "Poland");
    assert_eq!(spoken("President Andrzej Duda spoke on Monday.").0, "Poland");
}

#[test]
fn a_role_is_the_one_registered_person_of_its_side_the_article_names_and_no_one_among_several() {
    let mut p = uncoded();
    let mut iraq = Actor::new("Iraq", ActorKind::State, Colour::palette(7));
    iraq.aliases = vec!["Iraqi".into(), "Baghdad".into()];
    let mut president = Actor::new("Abdul Latif Rashid", ActorKind::Person, Colour::palette(8));
    president.aliases.push("Rashid".into());
    president.affiliations.push(Affiliation::always(iraq.id));
    let mut minister = Actor::new("Fuad Hussein", ActorKind::Person, Colour::palette(9));
    minister.affiliations.push(Affiliation::always(iraq.id));
    let text = "The Iraqi president announced Tuesday that he will summon the American ambassador. \
                Washington has not replied. Rashid spoke to reporters in Baghdad on Monday.";
    p.actors.put(iraq);
    p.actors.put(president);
    let (q, s, _) = suggest_in_project(p.clone(), text, "");
    assert_eq!(who(&q, &s[0]).0, "Abdul Latif Rashid");
    // Not one the article gives another title.
    let (q, s, _) = suggest_in_project(
        p.clone(),
        "The Iraqi ambassador said Baghdad would protest to Washington. President Abdul Latif Rashid was in Ankara.",
        "",
    );
    assert_eq!(who(&q, &s[0]).0, "Iraq");
    // With two Iraqis named, the role stays with their state.
    p.actors.put(minister);
    let (q, s, _) = suggest_in_project(p, &format!("{text} Fuad Hussein was in Ankara."), "");
    assert_eq!(who(&q, &s[0]).0, "Iraq");
}

#[test]
fn a_noun_in_a_phrase_of_circumstance_is_not_what_was_delivered() {
    let (_, s, _) = suggest_on("MOFCOM delivered the speech at the invitation of Washington.");
    assert!(s.iter().all(|x| x.act != Act::Appeal), "{:?}", s.iter().map(|x| x.act).collect::<Vec<_>>());
}
