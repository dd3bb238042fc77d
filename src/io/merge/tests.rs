//! Three-way merges of the sample project edited on two sides.

use super::*;
use crate::edit::{Document, builders};
use crate::model::{Actor, ActorKind, Colour, Tag};
use crate::sample::sample_project;

fn edited(p: &Project, f: impl FnOnce(&mut Document)) -> Project {
    let mut doc = Document::new(p.clone(), None);
    f(&mut doc);
    doc.project().clone()
}

fn put_actor(doc: &mut Document, a: Actor) {
    doc.apply(crate::edit::Edit::one("actor", crate::edit::Op::Put(crate::edit::Record::Actor(a)))).unwrap();
}

#[test]
fn merging_a_project_with_itself_changes_nothing() {
    let p = sample_project();
    let m = merge(&p, &p, &p);
    assert_eq!(m.project, p);
    assert!(m.report.conflicts.is_empty());
}

#[test]
fn a_side_that_changed_nothing_takes_the_other_side_whole() {
    let base = sample_project();
    let x = edited(&base, |doc| {
        let article = doc.project().articles.ids().next().unwrap();
        let (edit, _) = builders::new_claim(doc.project(), article, 10, 40).unwrap();
        doc.apply(edit).unwrap();
        let claim = doc.project().claims.ids().nth(2).unwrap();
        doc.apply(builders::delete_claim(doc.project(), claim)).unwrap();
    });
    assert_eq!(merge(&base, &x, &base).project, x);
    assert_eq!(merge(&base, &base, &x).project, x);
}

#[test]
fn claims_added_and_retagged_on_both_sides_are_all_kept() {
    let base = sample_project();
    let article = base.articles.ids().next().unwrap();
    let claims: Vec<_> = base.claims.ids().collect();
    let tags: Vec<_> = base.tags.ids().collect();
    let mut added = Vec::new();
    let mut side = |start: usize, claim: usize, tag: usize| {
        edited(&base, |doc| {
            let (edit, id) = builders::new_claim(doc.project(), article, start, start + 30).unwrap();
            doc.apply(edit).unwrap();
            added.push(id);
            doc.apply(builders::toggle_tag(doc.project(), claims[claim], tags[tag]).unwrap()).unwrap();
        })
    };
    let ours = side(100, 0, 3);
    let theirs = side(300, 1, 4);
    let m = merge(&base, &ours, &theirs);
    assert!(m.report.conflicts.is_empty(), "{:?}", m.report.conflicts);
    for id in &added {
        assert!(m.project.claims.contains(*id));
    }
    assert!(m.project.claims.get(claims[0]).unwrap().tags.contains(&tags[3]));
    assert!(m.project.claims.get(claims[1]).unwrap().tags.contains(&tags[4]));
}

#[test]
fn the_same_claim_tagged_differently_on_both_sides_gets_both_tags() {
    let base = sample_project();
    let claim = base.claims.ids().next().unwrap();
    let tags: Vec<_> = base.tags.ids().collect();
    let tag = |t| edited(&base, |doc| doc.apply(builders::toggle_tag(doc.project(), claim, t).unwrap()).unwrap());
    let (ours, theirs) = (tag(tags[5]), tag(tags[6]));
    let m = merge(&base, &ours, &theirs);
    let merged = &m.project.claims.get(claim).unwrap().tags;
    assert!(merged.contains(&tags[5]) && merged.contains(&tags[6]), "{merged:?}");
    assert!(m.report.conflicts.is_empty());
}

#[test]
fn a_field_changed_differently_on_both_sides_keeps_ours_and_records_theirs() {
    let base = sample_project();
    let actor = base.actors.iter().next().unwrap().clone();
    let rename = |name: &str, alias: &str| {
        let aliases = if alias.is_empty() { actor.aliases.clone() } else { vec![alias.to_owned()] };
        let a = Actor { name: name.into(), aliases, ..actor.clone() };
        edited(&base, |doc| put_actor(doc, a))
    };
    let ours = rename("Ours", "");
    let theirs = rename("Theirs", "Their alias");
    let m = merge(&base, &ours, &theirs);
    let merged = m.project.actors.get(actor.id).unwrap();
    assert_eq!(merged.name, "Ours");
    assert_eq!(merged.aliases, ["Their alias"], "a field only one side changed takes that change");
    assert_eq!(m.report.conflicts.len(), 1);
    let c = &m.report.conflicts[0];
    assert_eq!(
        (c.kind.as_str(), c.field.as_str(), c.ours.as_str(), c.theirs.as_str()),
        ("actor", "name", "\"Ours\"", "\"Theirs\"")
    );
    assert_eq!(m.project.conflicts, m.report.conflicts, "the conflict is kept in the merged file");
}

#[test]
fn periods_codes_items_and_alias_languages_each_side_added_are_all_kept() {
    use crate::model::Affiliation;
    use jiff::civil::date;
    let base = sample_project();
    let greer = base.find_actor("Greer").unwrap().clone();
    let us = base.find_actor("United States").unwrap().id;
    let adviser = Affiliation { role: "adviser".into(), to: Some(date(2025, 2, 25)), ..Affiliation::default() };
    let ours = edited(&base, |doc| {
        let mut a = greer.clone();
        a.affiliations.push(adviser.clone());
        a.qid = Some("Q6146446".into());
        a.alias_languages.insert("格里尔".into(), "zh".into());
        put_actor(doc, a)
    });
    let theirs = edited(&base, |doc| {
        let mut a = greer.clone();
        a.affiliations[0].role = "trade representative".into();
        a.alias_languages.insert("Грир".into(), "ru".into());
        put_actor(doc, a);
        let mut state = doc.project().actors.get(us).unwrap().clone();
        state.code = Some("USA".into());
        put_actor(doc, state)
    });
    let m = merge(&base, &ours, &theirs);
    let merged = m.project.actors.get(greer.id).unwrap();
    assert!(m.report.conflicts.is_empty(), "{:?}", m.report.conflicts);
    assert!(merged.affiliations.contains(&adviser), "{:?}", merged.affiliations);
    assert!(merged.affiliations.iter().any(|x| x.role == "trade representative"), "{:?}", merged.affiliations);
    assert_eq!(merged.qid.as_deref(), Some("Q6146446"));
    assert_eq!(merged.alias_languages.len(), 2);
    assert_eq!(m.project.actors.get(us).unwrap().code.as_deref(), Some("USA"));
}

#[test]
fn a_date_changed_differently_on_both_sides_is_a_conflict_not_a_mix_of_the_two() {
    let base = sample_project();
    let event = base.events.iter().next().unwrap().clone();
    let redate = |start: jiff::civil::Date| {
        let mut e = event.clone();
        e.date = crate::model::FuzzyDate::range(start, jiff::civil::date(2025, 12, 31)).unwrap();
        edited(&base, |doc| {
            doc.apply(crate::edit::Edit::one("date", crate::edit::Op::Put(crate::edit::Record::Event(e)))).unwrap()
        })
    };
    let m = merge(&base, &redate(jiff::civil::date(2025, 7, 1)), &redate(jiff::civil::date(2025, 8, 1)));
    assert_eq!(m.report.conflicts.len(), 1);
    assert_eq!(m.report.conflicts[0].field, "date");
}

#[test]
fn a_record_deleted_on_one_side_and_changed_on_the_other_is_kept_and_listed() {
    let base = sample_project();
    let tag = base.tags.iter().next().unwrap().clone();
    let ours = edited(&base, |doc| doc.apply(builders::delete_tag(doc.project(), tag.id)).unwrap());
    let theirs = edited(&base, |doc| {
        let t = Tag { description: "sharpened".into(), ..tag.clone() };
        doc.apply(crate::edit::Edit::one("tag", crate::edit::Op::Put(crate::edit::Record::Tag(t)))).unwrap();
    });
    let m = merge(&base, &ours, &theirs);
    assert_eq!(m.project.tags.get(tag.id).unwrap().description, "sharpened");
    assert_eq!(m.report.conflicts.len(), 1);
    assert_eq!(m.report.conflicts[0].field, WHOLE_RECORD);
    // Untouched on the other side, a deletion stands.
    let m = merge(&base, &ours, &base);
    assert!(!m.project.tags.contains(tag.id));
}

#[test]
fn a_claims_anchor_never_comes_half_from_each_side() {
    let base = sample_project();
    let claim = base.claims.iter().next().unwrap().clone();
    let moved = |start: usize, end: usize| {
        edited(&base, |doc| {
            doc.apply(builders::reattach(doc.project(), claim.id, claim.article, start, end).unwrap()).unwrap()
        })
    };
    let ours = moved(claim.start, claim.end + 5);
    let theirs = moved(claim.start + 2, claim.end);
    let m = merge(&base, &ours, &theirs);
    let merged = m.project.claims.get(claim.id).unwrap();
    let mine = ours.claims.get(claim.id).unwrap();
    assert_eq!((merged.start, merged.end, &merged.quote), (mine.start, mine.end, &mine.quote));
    assert_eq!(m.report.conflicts.len(), 1);
    assert!(m.report.conflicts[0].field.starts_with("start+end+quote"));
}

#[test]
fn random_edits_on_two_sides_lose_no_record() {
    let base = sample_project();
    for seed in 0..20 {
        let mut rng = fastrand::Rng::with_seed(seed);
        let side = |rng: &mut fastrand::Rng| {
            let mut added = Vec::new();
            let mut deleted = Vec::new();
            let p = edited(&base, |doc| {
                for _ in 0..8 {
                    let article = doc.project().articles.ids().nth(rng.usize(0..2)).unwrap();
                    if rng.bool() {
                        let start = rng.usize(0..2000);
                        let (edit, id) = builders::new_claim(doc.project(), article, start, start + 25).unwrap();
                        doc.apply(edit).unwrap();
                        added.push(id);
                    } else {
                        let pick = doc.project().claims.ids().nth(rng.usize(0..20));
                        if let Some(id) = pick.filter(|id| !added.contains(id)) {
                            doc.apply(builders::delete_claim(doc.project(), id)).unwrap();
                            deleted.push(id);
                        }
                    }
                    let a = Actor::new(format!("Actor {}", rng.u32(..)), ActorKind::Person, Colour::rgb(1, 2, 3));
                    put_actor(doc, a);
                }
            });
            (p, added, deleted)
        };
        let (ours, added_o, deleted_o) = side(&mut rng);
        let (theirs, added_t, deleted_t) = side(&mut rng);
        let m = merge(&base, &ours, &theirs);
        for id in added_o.iter().chain(&added_t) {
            assert!(m.project.claims.contains(*id), "seed {seed}: a claim added on one side was lost");
        }
        for id in deleted_o.iter().chain(&deleted_t) {
            assert!(!m.project.claims.contains(*id), "seed {seed}: a claim deleted on one side came back");
        }
        for a in ours.actors.iter().chain(theirs.actors.iter()) {
            assert!(m.project.actors.contains(a.id), "seed {seed}: an actor was lost");
        }
    }
}

#[test]
fn settling_takes_theirs_into_the_record_or_deletes_what_they_deleted() {
    use crate::edit::builders::{Side, settle_conflicts};
    let base = sample_project();
    let claim = base.claims.iter().next().unwrap().clone();
    let moved = |start: usize, end: usize| {
        edited(&base, |doc| {
            doc.apply(builders::reattach(doc.project(), claim.id, claim.article, start, end).unwrap()).unwrap()
        })
    };
    let theirs = moved(claim.start + 2, claim.end);
    let m = merge(&base, &moved(claim.start, claim.end + 5), &theirs);
    let mut doc = Document::new(m.project, None);
    doc.apply(settle_conflicts(doc.project(), &[(0, Side::Theirs)]).unwrap()).unwrap();
    assert_eq!(doc.project().claims.get(claim.id), theirs.claims.get(claim.id), "the whole anchor comes from theirs");
    assert!(doc.project().conflicts.is_empty());

    // They deleted a tag we changed: taking theirs deletes it, and claims lose it.
    let tag = base.tags.iter().next().unwrap().clone();
    let ours = edited(&base, |doc| {
        let t = Tag { description: "sharpened".into(), ..tag.clone() };
        doc.apply(crate::edit::Edit::one("tag", crate::edit::Op::Put(crate::edit::Record::Tag(t)))).unwrap();
    });
    let theirs = edited(&base, |doc| doc.apply(builders::delete_tag(doc.project(), tag.id)).unwrap());
    let m = merge(&base, &ours, &theirs);
    let mut doc = Document::new(m.project, None);
    doc.apply(settle_conflicts(doc.project(), &[(0, Side::Theirs)]).unwrap()).unwrap();
    assert!(!doc.project().tags.contains(tag.id));
    assert!(doc.project().claims.iter().all(|c| !c.tags.contains(&tag.id)));
}

#[test]
fn date_settings_changed_differently_are_a_conflict_settled_either_way() {
    use crate::edit::builders::{Side, settle_conflicts};
    use crate::model::{NumericOrder, SameWeekday};
    let base = sample_project();
    let mut ours = base.clone();
    ours.dates.numeric = NumericOrder::MonthFirst;
    let mut theirs = base.clone();
    theirs.dates.weekday = SameWeekday::WeekBefore;
    let m = merge(&base, &ours, &theirs);
    assert_eq!(m.report.conflicts.len(), 1);
    assert!(
        m.report.from_theirs.iter().any(|t| t.kind == "project" && t.count(Change::Changed) == 1),
        "the change is reported"
    );
    let mut doc = Document::new(m.project, None);
    doc.apply(settle_conflicts(doc.project(), &[(0, Side::Theirs)]).unwrap()).unwrap();
    assert_eq!(doc.project().dates, theirs.dates);
    assert!(doc.project().conflicts.is_empty());
}

#[test]
fn the_diacritics_setting_they_changed_alone_is_taken_and_settles_from_a_kept_value() {
    use crate::edit::builders::{Side, settle_conflicts};
    let base = sample_project();
    let mut theirs = base.clone();
    theirs.matching.ignore_diacritics = true;
    let m = merge(&base, &base, &theirs);
    assert!(m.report.conflicts.is_empty());
    assert!(m.project.matching.ignore_diacritics);
    // A conflict on the setting (as a later field could leave) is settled with the value kept.
    let mut p = base.clone();
    p.conflicts = vec![crate::model::Conflict {
        kind: "project".into(),
        id: String::new(),
        label: p.name.clone(),
        field: "matching".into(),
        base: "{}".into(),
        ours: r#"{"ignore_diacritics":false}"#.into(),
        theirs: r#"{"ignore_diacritics":true}"#.into(),
    }];
    let mut doc = Document::new(p, None);
    doc.apply(settle_conflicts(doc.project(), &[(0, Side::Theirs)]).unwrap()).unwrap();
    assert!(doc.project().matching.ignore_diacritics && doc.project().conflicts.is_empty());
}

#[test]
fn the_same_page_imported_on_both_sides_is_kept_once_with_both_sides_claims() {
    let base = sample_project();
    let page = crate::io::import::text::parse_article(
        "Talks resume\n\nEnvoys met in Geneva on Monday and agreed to talk again.",
        "x",
    );
    let side = |start: usize| {
        edited(&base, |doc| {
            // Each analyst imported the page: the same text under a fresh id of their own.
            let article = crate::model::Article { id: crate::model::ArticleId::random(), ..page.clone() };
            let id = article.id;
            doc.apply(builders::add_article(article)).unwrap();
            let (edit, _) = builders::new_claim(doc.project(), id, start, start + 12).unwrap();
            doc.apply(edit).unwrap();
        })
    };
    let (ours, theirs) = (side(0), side(20));
    let m = merge(&base, &ours, &theirs);
    assert_eq!(m.project.articles.len(), base.articles.len() + 1, "one copy of the page");
    assert_eq!(m.report.imported_on_both, ["Talks resume"]);
    let kept = m.project.articles.iter().find(|a| a.title == "Talks resume").unwrap().id;
    assert_eq!(m.project.claims_of(kept).count(), 2, "both analysts' claims sit on it");
    let text = crate::io::project_file::to_ron(&m.project).unwrap();
    let (_, problems) = crate::io::project_file::parse_checked(&text).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn two_analysts_adding_hypotheses_evidence_and_ratings_keep_all_of_them() {
    use crate::model::Rating;
    let mut base = sample_project();
    let claims: Vec<_> = base.claims.ids().collect();
    base = edited(&base, |doc| {
        doc.apply(builders::add_evidence(doc.project(), &claims[..1]).unwrap()).unwrap();
    });
    let side = |title: &str, claim, rating| {
        edited(&base, |doc| {
            let (edit, h) = builders::add_hypothesis(title);
            doc.apply(edit).unwrap();
            doc.apply(builders::add_evidence(doc.project(), &[claim]).unwrap()).unwrap();
            doc.apply(builders::rate(doc.project(), h, claims[0], Some(rating), "").unwrap()).unwrap();
        })
    };
    let ours = side("Retaliation", claims[1], Rating::I);
    let theirs = side("Bargaining", claims[2], Rating::CC);
    let m = merge(&base, &ours, &theirs);
    assert!(m.report.conflicts.is_empty(), "{:?}", m.report.conflicts);
    assert_eq!(m.project.hypotheses.len(), 2);
    assert_eq!(m.project.ach_evidence, claims[..3].to_vec(), "both sides' columns, ours first");
    assert_eq!(m.project.ach_cells.len(), 2);
    let (checked, problems) = crate::io::repair::check_in_memory(&m.project);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(checked, m.project);
}

#[test]
fn outlets_grades_and_links_made_on_both_sides_are_all_kept() {
    use crate::model::{Credibility, LinkKind, Outlet, Reliability};
    let base = sample_project();
    let claims: Vec<_> = base.claims.ids().collect();
    let article = base.articles.ids().next().unwrap();
    let ours = edited(&base, |doc| {
        doc.apply(builders::put_outlet("add outlet", Outlet::new("Reuters", Reliability::B))).unwrap();
        doc.apply(builders::link_claims(claims[0], claims[1], LinkKind::Corroborates).0).unwrap();
        doc.apply(builders::set_credibility(doc.project(), claims[0], Credibility::Probable).unwrap()).unwrap();
    });
    let theirs = edited(&base, |doc| {
        doc.apply(builders::put_outlet("add outlet", Outlet::new("Xinhua", Reliability::C))).unwrap();
        doc.apply(builders::link_claims(claims[2], claims[3], LinkKind::Contradicts).0).unwrap();
        doc.apply(builders::set_article_reliability(doc.project(), article, Some(Reliability::A)).unwrap()).unwrap();
    });
    let m = merge(&base, &ours, &theirs);
    assert!(m.report.conflicts.is_empty(), "{:?}", m.report.conflicts);
    assert_eq!(m.project.outlets.iter().map(|o| o.name.as_str()).collect::<Vec<_>>(), ["Reuters", "Xinhua"]);
    assert_eq!(m.project.claim_links.len(), 2);
    assert_eq!(m.project.claims.get(claims[0]).unwrap().credibility, Credibility::Probable);
    assert_eq!(m.project.articles.get(article).unwrap().reliability, Some(Reliability::A));
}

#[test]
fn a_link_to_a_claim_the_other_side_deleted_is_taken_off_by_the_check() {
    use crate::model::LinkKind;
    let base = sample_project();
    let claims: Vec<_> = base.claims.ids().collect();
    let ours = edited(&base, |doc| {
        doc.apply(builders::link_claims(claims[0], claims[5], LinkKind::SameAs).0).unwrap();
    });
    let theirs = edited(&base, |doc| doc.apply(builders::delete_claim(doc.project(), claims[5])).unwrap());
    let m = merge(&base, &ours, &theirs);
    let (checked, problems) = crate::io::repair::check_in_memory(&m.project);
    assert!(checked.claim_links.is_empty());
    assert!(problems.iter().any(|p| p.message.contains("joined a claim that does not exist")), "{problems:?}");
}

#[test]
fn an_actor_and_a_tag_created_on_both_sides_under_one_name_are_kept_once_with_every_reference() {
    let base = sample_project();
    // Their copy spells the actor in other case and spacing: still the same name.
    let side = |name: &str, alias: &str, start: usize| {
        edited(&base, |doc| {
            let mut actor = Actor::new(name, ActorKind::Person, Colour::palette(5));
            actor.aliases.push(alias.to_owned());
            let tag = Tag::new("Licence delays", Colour::palette(6));
            let (actor_id, tag_id) = (actor.id, tag.id);
            put_actor(doc, actor);
            doc.apply(crate::edit::Edit::one("tag", crate::edit::Op::Put(crate::edit::Record::Tag(tag)))).unwrap();
            let article = doc.project().articles.ids().next().unwrap();
            let (edit, claim) = builders::new_claim(doc.project(), article, start, start + 15).unwrap();
            doc.apply(edit).unwrap();
            let mut c = doc.project().claims.get(claim).unwrap().clone();
            c.speaker = Some(actor_id);
            c.tags.push(tag_id);
            doc.apply(builders::update_claim("code", c)).unwrap();
        })
    };
    let (ours, theirs) = (side("Wang Wentao", "Minister Wang", 0), side("WANG  wentao", "MOFCOM head", 40));
    let theirs_quote: String = theirs.claims.iter().last().unwrap().quote.clone();
    let m = merge(&base, &ours, &theirs);
    let named = |n: &str| m.project.actors.iter().filter(|a| a.name == n).count();
    assert_eq!((named("Wang Wentao"), named("WANG  wentao")), (1, 0));
    assert_eq!(m.project.tags.iter().filter(|t| t.name == "Licence delays").count(), 1);
    let kept = m.project.actors.iter().find(|a| a.name == "Wang Wentao").unwrap();
    assert_eq!(kept.aliases, ["Minister Wang", "MOFCOM head"]);
    let spoken = m.project.claims.iter().filter(|c| c.speaker == Some(kept.id)).count();
    assert_eq!(spoken, 2, "both analysts' claims name the one actor");
    assert_eq!(m.report.namesakes, ["actor “Wang Wentao”", "tag “Licence delays”"]);
    let actors = m.report.from_theirs.iter().find(|t| t.kind == "actor").unwrap();
    // Reported under their spelling, which the kept actor does not take as an alias.
    let alias = (Change::Changed, "WANG  wentao".to_owned());
    assert_eq!(
        (actors.count(Change::Added), &actors.items),
        (0, &vec![alias]),
        "kept once, as ours, with their alias: a change"
    );
    let claims = m.report.from_theirs.iter().find(|t| t.kind == "claim").unwrap();
    assert_eq!(claims.count(Change::Added), 1);
    assert_eq!(claims.items, [(Change::Added, theirs_quote)]);
    let (_, problems) = crate::io::repair::check_in_memory(&m.project);
    assert!(problems.is_empty(), "{problems:?}");
}

/// The sample with "Zhang Wei" added, shaped by `shape`.
fn with_zhang_wei(base: &Project, shape: impl FnOnce(&Project, &mut Actor)) -> Project {
    edited(base, |doc| {
        let mut actor = Actor::new("Zhang Wei", ActorKind::Person, Colour::palette(5));
        shape(doc.project(), &mut actor);
        put_actor(doc, actor);
    })
}

fn vice_minister_for(p: &Project, state: &str) -> crate::model::Affiliation {
    crate::model::Affiliation {
        acts_for: Some(p.find_actor(state).unwrap().id),
        role: "vice minister".into(),
        from: Some(jiff::civil::date(2025, 1, 1)),
        to: None,
    }
}

#[test]
fn an_actor_both_sides_created_keeps_the_periods_and_wikidata_item_only_theirs_gave() {
    let base = sample_project();
    let ours = with_zhang_wei(&base, |_, _| {});
    let theirs = with_zhang_wei(&base, |p, a| {
        a.affiliations.push(vice_minister_for(p, "China"));
        a.qid = Some("Q123".into());
        a.aliases.push("张伟".into());
        a.alias_languages.insert("张伟".into(), "zh".into());
    });
    let m = merge(&base, &ours, &theirs);
    let zhang: Vec<&Actor> = m.project.actors.iter().filter(|a| a.name == "Zhang Wei").collect();
    assert_eq!(zhang.len(), 1);
    assert_eq!(zhang[0].affiliations, [vice_minister_for(&base, "China")]);
    assert_eq!(zhang[0].qid.as_deref(), Some("Q123"));
    assert_eq!(zhang[0].alias_languages.get("张伟").map(String::as_str), Some("zh"));
    let actors = m.report.from_theirs.iter().find(|t| t.kind == "actor").unwrap();
    assert_eq!(
        (actors.count(Change::Added), actors.count(Change::Changed)),
        (0, 1),
        "what theirs gave is reported as a change, not nothing"
    );
    assert!(m.report.kept_apart.is_empty());
}

#[test]
fn two_namesakes_with_different_wikidata_items_merged_without_an_ancestor_stay_two_and_the_report_says_why() {
    let ours = with_zhang_wei(&sample_project(), |_, a| a.qid = Some("Q1".into()));
    let theirs = with_zhang_wei(&sample_project(), |_, a| a.qid = Some("Q2".into()));
    let m = merge(&Project::default(), &ours, &theirs);
    let qids: Vec<_> = m.project.actors.iter().filter(|a| a.name == "Zhang Wei").map(|a| a.qid.clone()).collect();
    assert_eq!(qids, [Some("Q1".into()), Some("Q2".into())]);
    assert!(m.report.namesakes.is_empty());
    assert_eq!(m.report.kept_apart.len(), 1);
    assert!(m.report.kept_apart[0].contains("different Wikidata items (Q1 and Q2)"), "{:?}", m.report.kept_apart);
    let (_, problems) = crate::io::repair::check_in_memory(&m.project);
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn namesakes_who_act_for_different_sides_on_one_day_stay_two_and_the_report_names_both_sides() {
    let base = sample_project();
    let ours = with_zhang_wei(&base, |p, a| a.affiliations.push(vice_minister_for(p, "China")));
    let theirs = with_zhang_wei(&base, |p, a| a.affiliations.push(vice_minister_for(p, "United States")));
    let m = merge(&base, &ours, &theirs);
    assert_eq!(m.project.actors.iter().filter(|a| a.name == "Zhang Wei").count(), 2);
    let why = &m.report.kept_apart[0];
    assert!(why.contains("China") && why.contains("United States") && why.contains("at the same time"), "{why}");
}

#[test]
fn namesakes_acting_for_a_state_both_sides_created_act_for_the_one_state_kept() {
    let base = sample_project();
    let side = || {
        edited(&base, |doc| {
            let state = Actor::new("Ruritania", ActorKind::State, Colour::palette(4));
            let mut envoy = Actor::new("Zhang Wei", ActorKind::Person, Colour::palette(5));
            envoy.affiliations.push(crate::model::Affiliation::always(state.id));
            put_actor(doc, state);
            put_actor(doc, envoy);
        })
    };
    let m = merge(&base, &side(), &side());
    let state: Vec<&Actor> = m.project.actors.iter().filter(|a| a.name == "Ruritania").collect();
    let envoy: Vec<&Actor> = m.project.actors.iter().filter(|a| a.name == "Zhang Wei").collect();
    assert_eq!((state.len(), envoy.len()), (1, 1), "{:?}", m.report.kept_apart);
    assert_eq!(envoy[0].affiliations, [crate::model::Affiliation::always(state[0].id)]);
    let (_, problems) = crate::io::repair::check_in_memory(&m.project);
    assert!(problems.is_empty(), "{problems:?}");
}
