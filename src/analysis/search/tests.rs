//! Hand-checked against the sample project. "rare earth" occurs 14 times, ignoring case (5 in
//! the first article, 9 in the second). The claims around the hits:
//!  first article: 1328 in Trump's accusation of China (Accusation, Accuse / criticise);
//!    1443 in China's restriction on the US (Export controls, Restrict); 2231 in China's
//!    crackdown (Export controls, no targets, no event); 54 and 1369 in no claim.
//!  second article: 372 in China's restriction on the US (Export controls, Restrict); 1687 and
//!    1811 in Greer's accusations of China (Accusation, Accuse / criticise); 64, 499, 576, 1864,
//!    1903 and 3035 in no claim.

use proptest::prelude::*;

use super::*;
use crate::model::text::slice_chars;
use crate::model::{Article, Project};
use crate::sample::sample_project;

/// (article's position in the project, start) of every kept hit.
fn starts(p: &Project, r: &Results) -> Vec<(usize, usize)> {
    r.hits().map(|h| (p.articles.position(h.article).unwrap(), h.start)).collect()
}

fn query_with(filter: Filter) -> Query {
    Query { filter, ..Query::plain("rare earth") }
}

#[test]
fn a_phrase_is_found_everywhere_grouped_by_article_in_project_order() {
    let p = sample_project();
    let r = search(&p, &Query::plain("rare earth")).unwrap();
    let titles: Vec<&str> = r.groups.iter().map(|g| g.title.as_str()).collect();
    let project_order: Vec<&str> = p.articles.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, project_order);
    assert_eq!(r.groups.iter().map(|g| g.total).collect::<Vec<_>>(), [5, 9]);
    assert_eq!((r.total, r.kept(), r.articles), (14, 14, 2));
    assert_eq!(r.summary(), "14 hits in 2 articles");
    let first: Vec<usize> = r.groups[0].hits.iter().map(|h| h.start).collect();
    assert_eq!(first, [54, 1328, 1369, 1443, 2231]);
    let second: Vec<usize> = r.groups[1].hits.iter().map(|h| h.start).collect();
    assert_eq!(second, [64, 372, 499, 576, 1687, 1811, 1864, 1903, 3035]);
    for h in r.hits() {
        let text = &p.articles.get(h.article).unwrap().text;
        assert_eq!(slice_chars(text, h.start, h.end), Some(h.matched.as_str()));
        assert!(h.matched.eq_ignore_ascii_case("rare earth"));
    }
}

#[test]
fn context_is_cut_at_words_and_kept_on_one_line() {
    let p = sample_project();
    let r = search(&p, &Query::plain("rare earth")).unwrap();
    let h = &r.groups[0].hits[1];
    assert_eq!(h.left, "over the deliberately slow pace of ");
    // A paragraph break becomes one space.
    assert_eq!(h.right, " material exports from China. Rare");
    let h = &r.groups[0].hits[0];
    assert_eq!((h.matched.as_str(), h.right.as_str()), ("Rare Earth", "s Photo of author By Michael Zhang"));
    for h in r.hits() {
        for side in [&h.left, &h.right] {
            assert!(side.chars().count() <= CONTEXT_CHARS, "{side:?}");
            assert!(!side.contains('\n'));
        }
    }
}

#[test]
fn case_sensitive_and_article_restricted_searches() {
    let p = sample_project();
    let exact = Query { case_sensitive: true, ..Query::plain("rare earth") };
    let r = search(&p, &exact).unwrap();
    assert_eq!(
        starts(&p, &r),
        [(0, 1328), (0, 1443), (0, 2231), (1, 64), (1, 372), (1, 576), (1, 1687), (1, 1811), (1, 3035)]
    );
    let second = p.articles.ids().nth(1).unwrap();
    let r = search(&p, &query_with(Filter { article: Some(second), ..Filter::default() })).unwrap();
    assert_eq!((r.total, r.groups.len(), r.groups[0].article), (9, 1, second));
}

#[test]
fn claim_filters_keep_hits_inside_a_matching_claim() {
    let p = sample_project();
    let tag = |name: &str| p.tags.iter().find(|t| t.name == name).map(|t| t.id);
    let actor = |name: &str| p.find_actor(name).map(|a| a.id);
    let kind = |name: &str| p.taxonomy.iter().find(|t| t.name == name).map(|t| t.id);
    let find = |filter: Filter| starts(&p, &search(&p, &query_with(filter)).unwrap());
    let by_start = |filter: Filter| {
        let r = search(&p, &query_with(filter)).unwrap();
        r.hits().map(|h| h.start).collect::<Vec<_>>()
    };
    assert_eq!(by_start(Filter { tag: tag("Export controls"), ..Filter::default() }), [1443, 2231, 372]);
    assert_eq!(by_start(Filter { tag: tag("Accusation"), ..Filter::default() }), [1328, 1687, 1811]);
    // Trump speaks only in the first article's hit; Greer and Trump act for the United States.
    assert_eq!(by_start(Filter { actor: actor("Donald Trump"), ..Filter::default() }), [1328]);
    assert_eq!(by_start(Filter { actor: actor("United States"), ..Filter::default() }), [1328, 1443, 372, 1687, 1811]);
    assert_eq!(by_start(Filter { actor: actor("China"), ..Filter::default() }).len(), 6);
    assert_eq!(by_start(Filter { event_type: kind("Restrict"), ..Filter::default() }), [1443, 372]);
    assert_eq!(by_start(Filter { event_type: kind("Accuse / criticise"), ..Filter::default() }), [1328, 1687, 1811]);
    // Filters combine: one claim must pass them all.
    let greer_accuses = Filter { tag: tag("Accusation"), actor: actor("Jamieson Greer"), ..Filter::default() };
    assert_eq!(find(greer_accuses), [(1, 1687), (1, 1811)]);
    let none = Filter { tag: tag("Military"), ..Filter::default() };
    assert_eq!(search(&p, &query_with(none)).unwrap().summary(), "0 hits in 0 articles");
}

#[test]
fn regular_expressions_bad_patterns_and_empty_matches() {
    let p = sample_project();
    let re = |text: &str| search(&p, &Query { regex: true, ..Query::plain(text) });
    // Two of the 14 are followed by an "s", both in the first article's headings.
    let r = re(r"rare earths\b").unwrap();
    assert_eq!(starts(&p, &r), [(0, 54), (0, 1369)]);
    assert!(r.hits().all(|h| h.matched == "Rare Earths"));
    assert_eq!(re(r"\brare earth\b").unwrap().total, 12);
    // `^` matches at line starts.
    assert!(re(r"^Beijing").unwrap().total >= 1);
    let err = re("(unclosed").unwrap_err();
    assert!(matches!(err, SearchError::BadRegex(_)));
    assert!(err.to_string().starts_with("not a valid regular expression:"), "{err}");
    assert!(matches!(re("a{99999999}"), Err(SearchError::BadRegex(_))), "too big is an error, not a panic");
    // Zero-length matches select nothing and are skipped.
    assert_eq!(re(r"\b").unwrap().total, 0);
    assert!(
        re("x*").unwrap().hits().all(|h| h.end > h.start && h.matched.chars().all(|c| c.eq_ignore_ascii_case(&'x')))
    );
    assert_eq!(search(&p, &Query::plain("")), Err(SearchError::Empty));
}

#[test]
fn the_limit_keeps_the_first_hits_and_counts_them_all() {
    let p = sample_project();
    let r = search(&p, &Query { limit: 4, ..Query::plain("rare earth") }).unwrap();
    assert_eq!((r.kept(), r.total, r.articles, r.groups.len()), (4, 14, 2, 1));
    assert_eq!(r.summary(), "first 4 of 14 hits in 2 articles");
    assert_eq!(r.groups[0].total, 5, "the article's count includes hits past the limit");
}

fn project_with(text: &str) -> Project {
    let mut p = Project::new("t");
    p.articles.put(Article {
        id: ArticleId::random(),
        title: "t".into(),
        outlet: String::new(),
        reliability: None,
        author: String::new(),
        url: String::new(),
        published: None,
        notes: String::new(),
        text: text.into(),
        dismissed_suggestions: Default::default(),
    });
    p
}

#[test]
fn ignoring_case_keeps_offsets_on_the_original_text() {
    // 'İ' lowercases to two chars: a search over a lowercased copy would shift every offset.
    let text = "İİ RARE earth, İ rare EARTH; Straße";
    let p = project_with(text);
    let r = search(&p, &Query::plain("rare earth")).unwrap();
    let spans: Vec<(usize, usize)> = r.hits().map(|h| (h.start, h.end)).collect();
    assert_eq!(spans, [(3, 13), (17, 27)]);
    for h in r.hits() {
        assert_eq!(slice_chars(text, h.start, h.end), Some(h.matched.as_str()));
    }
    assert_eq!(r.groups[0].hits[1].left, "İİ RARE earth, İ ");
    assert_eq!(search(&p, &Query::plain("STRASSE")).unwrap().total, 0, "simple case folding");
    assert_eq!(search(&p, &Query::plain("STRAßE")).unwrap().total, 1);
}

#[test]
fn plain_text_matches_do_not_overlap() {
    let p = project_with("aaaa");
    let spans: Vec<(usize, usize)> =
        search(&p, &Query::plain("aa")).unwrap().hits().map(|h| (h.start, h.end)).collect();
    assert_eq!(spans, [(0, 2), (2, 4)]);
    assert_eq!(search(&p, &Query::plain(".*")).unwrap().total, 0, "plain text is not a pattern");
}

proptest! {
    #[test]
    fn every_hit_slices_its_text_to_a_match(
        text in "[aAiIİıßéÉ \n.*]{0,60}",
        needle in "[aAiIİıßéÉ .*]{1,3}",
        case_sensitive: bool,
    ) {
        let p = project_with(&text);
        let query = Query { case_sensitive, ..Query::plain(needle.clone()) };
        let whole = Regex::new(&format!("^(?{}:{})$", if case_sensitive { "" } else { "i" }, regex::escape(&needle))).unwrap();
        for h in search(&p, &query).unwrap().hits() {
            let slice = slice_chars(&text, h.start, h.end).unwrap();
            prop_assert_eq!(slice, h.matched.as_str());
            prop_assert!(whole.is_match(slice), "{:?} is not {:?}", slice, needle);
        }
    }

    #[test]
    fn ascii_hits_are_the_non_overlapping_occurrences(text in "[abAB ]{0,40}", needle in "[abAB]{1,3}", case_sensitive: bool) {
        let p = project_with(&text);
        let query = Query { case_sensitive, ..Query::plain(needle.clone()) };
        let got: Vec<usize> = search(&p, &query).unwrap().hits().map(|h| h.start).collect();
        // ASCII text: bytes are chars and lowercasing keeps lengths, so a lowercased copy is a fair oracle.
        let (hay, pin) = if case_sensitive { (text.clone(), needle.clone()) } else { (text.to_lowercase(), needle.to_lowercase()) };
        let want: Vec<usize> = hay.match_indices(&pin).map(|(i, _)| i).collect();
        prop_assert_eq!(got, want);
    }
}
