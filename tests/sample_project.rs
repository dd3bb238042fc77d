//! The shipped sample project: every anchor exact, the coding as the issue asks.

use faultline::io::project_file;
use faultline::model::text::{anchor, slice_chars};
use faultline::sample::{SAMPLE_RON, sample_project};

#[test]
fn every_claim_quote_is_the_text_at_its_char_range() {
    let p = sample_project();
    assert!(p.claims.len() >= 12);
    for c in p.claims.iter() {
        let text = &p.articles.get(c.article).unwrap().text;
        assert_eq!(slice_chars(text, c.start, c.end), Some(c.quote.as_str()), "claim {}", c.id);
        // The stored context is the text around the span, as a re-anchoring would need it.
        let a = anchor(text, c.start, c.end).unwrap();
        assert_eq!((a.prefix.as_str(), a.suffix.as_str()), (c.prefix.as_str(), c.suffix.as_str()));
    }
}

#[test]
fn offsets_count_chars_across_curly_quotes_and_dashes() {
    let p = sample_project();
    let c = p.claims.iter().find(|c| c.quote.starts_with("He accused China of failing")).unwrap();
    let text = &p.articles.get(c.article).unwrap().text;
    // The quote holds em dashes; its char range differs from its byte range.
    assert!(c.quote.contains('—'));
    let byte_start = text.find(&c.quote).unwrap();
    assert_eq!(c.start, text[..byte_start].chars().count());
    assert_ne!(c.start, byte_start, "the text before it has multi-byte characters");
}

#[test]
fn the_sample_is_coded_as_the_issue_asks() {
    let p = sample_project();
    assert_eq!(p.articles.len(), 2);
    assert!(p.actors.len() >= 8);
    for name in ["Donald Trump", "Xi Jinping", "Jamieson Greer", "Liu Pengyu", "Pete Hegseth", "United States", "China"]
    {
        assert!(p.find_actor(name).is_some(), "{name}");
    }
    let mofcom = p.find_actor("Ministry of Commerce").unwrap();
    assert_eq!(p.acts_for_at(mofcom.id, None), Some(p.find_actor("China").unwrap().id));
    let greer = p.find_actor("Greer").unwrap();
    assert_eq!(p.acts_for_at(greer.id, None), Some(p.find_actor("United States").unwrap().id));
    assert!(p.events.len() >= 8);

    // Trump's accusation that China violated the Geneva deal: one event, evidence in both articles.
    let trump = p.find_actor("Donald Trump").unwrap().id;
    let accusation = p
        .events
        .iter()
        .find(|e| e.source == trump && p.taxonomy.get(e.kind).unwrap().name == "Accuse / criticise")
        .unwrap();
    let articles: std::collections::BTreeSet<_> =
        accusation.evidence.iter().map(|c| p.claims.get(*c).unwrap().article).collect();
    assert_eq!(accusation.evidence.len(), 2);
    assert_eq!(articles.len(), 2, "reported in both articles");
    assert_eq!(accusation.date.start, jiff::civil::date(2025, 5, 30), "the act's date, not publication");
    // Every event is dated by the act, never after the article that reports it.
    for e in p.events.iter() {
        for c in &e.evidence {
            let published = p.articles.get(p.claims.get(*c).unwrap().article).unwrap().published.unwrap();
            assert!(e.date.start <= published);
        }
    }
}

#[test]
fn the_committed_file_is_what_the_project_saves_as() {
    // Pretty, stable RON: saving the sample reproduces the shipped file byte for byte.
    let p = sample_project();
    assert_eq!(project_file::to_ron(&p).unwrap(), SAMPLE_RON);
}
