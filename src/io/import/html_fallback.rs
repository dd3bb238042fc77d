//! The other ways to find a page's article when Readability finds none, too little, or the
//! page's navigation, and the score that picks among them.
//!
//! Candidates, in the order they are preferred on a tie: Readability's result, the JSON-LD
//! `articleBody`, the `[itemprop=articleBody]` or largest `<article>` element, the densest block of
//! `<p>` text (the element whose paragraphs, and its children's at half weight, hold the most
//! words that are not link text), and last the whole page's text.
//!
//! **Score** = words in sentence-like paragraphs (12 words or more, or 5 or more ending like a
//! sentence) minus words in short lines (fewer than 5 words not ending like a sentence: menu items,
//! buttons, section names). Navigation scores below zero; an article scores about its length.
//!
//! **Choice**: Readability's text is kept when it scores at least `KEEP_SHARE` of the page's
//! visible paragraph text (the words of every `<p>` outside page furniture that is not mostly a
//! link); otherwise the best-scoring fallback replaces it if it scores `SWITCH_MARGIN` times as
//! much and, when Readability's text is prose (`MIN_PROSE`), holds `MIN_HELD` of its word pairs (a
//! longer block elsewhere, such as the comments, is no better article). The whole page's text is
//! taken only when nothing else scores above zero.

use std::collections::HashMap;

use dom_query::{Document, NodeId, NodeRef, Selection};

/// The share of the page's paragraph words Readability must reach to be trusted unchecked.
pub const KEEP_SHARE: f64 = 0.7;

/// How much more a fallback must score than Readability's text to replace it: Readability's
/// text is cleaner (captions, related links and bylines removed) when both hold the article.
pub const SWITCH_MARGIN: f64 = 1.2;

/// A Readability text scoring this much is prose, to be replaced only by a fallback holding it.
const MIN_PROSE: i64 = 50;

/// The share of Readability's word pairs a fallback must hold to replace Readability's prose.
const MIN_HELD: f64 = 0.6;

/// A `<p>` whose link text is over this share of its text is a link list, not prose.
const MAX_LINK_SHARE: f64 = 0.5;

/// Which extractor gave an article's text, for the import notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extractor {
    Readability,
    JsonLdBody,
    ArticleElement,
    DensestParagraphs,
    WholePage,
}

impl Extractor {
    pub fn describe(self) -> &'static str {
        match self {
            Extractor::Readability => "Readability",
            Extractor::JsonLdBody => "the page's JSON-LD articleBody",
            Extractor::ArticleElement => "the page's <article> element",
            Extractor::DensestParagraphs => "the page's densest block of paragraphs",
            Extractor::WholePage => "all of the page's text",
        }
    }
}

/// One extractor's text (already tidied into paragraphs) and its score.
#[derive(Debug)]
pub struct Candidate {
    pub extractor: Extractor,
    pub text: String,
    pub score: i64,
}

impl Candidate {
    pub fn new(extractor: Extractor, text: String) -> Self {
        let score = score(&text);
        Candidate { extractor, text, score }
    }
}

/// Picks Readability's candidate (the first) unless it falls short of the page's paragraph
/// words; then a fallback that beats it by `SWITCH_MARGIN`, the best by score, earlier on a tie;
/// the whole page's text only when no other candidate scores above zero. `None` when every
/// candidate is empty.
pub fn choose(mut candidates: Vec<Candidate>, paragraph_words: usize) -> Option<Candidate> {
    candidates.retain(|c| !c.text.is_empty());
    let (whole_page, mut candidates): (Vec<Candidate>, Vec<Candidate>) =
        candidates.into_iter().partition(|c| c.extractor == Extractor::WholePage);
    let readability = candidates.iter().find(|c| c.extractor == Extractor::Readability).map_or(0, |c| c.score);
    if readability > 0 && readability as f64 >= KEEP_SHARE * paragraph_words as f64 {
        return candidates.into_iter().find(|c| c.extractor == Extractor::Readability);
    }
    // A fallback replaces a Readability text that reads as prose only when it holds most of
    // that text: the article Readability cut short, not the comments or a footer elsewhere.
    let readability_words = candidates.iter().find(|c| c.extractor == Extractor::Readability).map(|c| bag(&c.text));
    let may_replace = |c: &Candidate| {
        c.extractor == Extractor::Readability
            || readability < MIN_PROSE
            || readability_words.as_ref().is_some_and(|r| share_in(r, &c.text) >= MIN_HELD)
    };
    candidates.retain(may_replace);
    let best = candidates.iter().map(|c| c.score).max().unwrap_or(0);
    if best > 0 {
        let needed = if best > readability { (readability as f64 * SWITCH_MARGIN) as i64 } else { best };
        let pick = if best >= needed { best } else { readability };
        let at = candidates.iter().position(|c| c.score == pick)?;
        return Some(candidates.swap_remove(at));
    }
    whole_page.into_iter().chain(candidates).max_by_key(|c| c.score)
}

/// Pairs of neighbouring lowercased words and how often each occurs: pairs, since a long
/// enough text elsewhere on the page (the comments) holds most of the article's single words.
fn bag(text: &str) -> HashMap<(String, String), usize> {
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let mut counts = HashMap::new();
    for pair in words.windows(2) {
        *counts.entry((pair[0].clone(), pair[1].clone())).or_insert(0) += 1;
    }
    counts
}

/// The share of the word pairs in `pairs` that `text` holds too (each as often as it occurs).
fn share_in(pairs: &HashMap<(String, String), usize>, text: &str) -> f64 {
    let other = bag(text);
    let held: usize = pairs.iter().map(|(p, n)| (*n).min(other.get(p).copied().unwrap_or(0))).sum();
    held as f64 / pairs.values().sum::<usize>().max(1) as f64
}

/// The sentence-words-minus-short-line-words score described above.
pub fn score(text: &str) -> i64 {
    lines(text).map(|(words, kind)| words as i64 * kind as i64).sum()
}

/// Words in the sentence-like lines of `text` alone (the score without its penalty for menus).
pub fn prose_words(text: &str) -> usize {
    lines(text).filter(|&(_, kind)| kind > 0).map(|(words, _)| words).sum()
}

/// Each line's words and kind: 1 for sentence-like, -1 for a short line (a menu item, a
/// button), 0 for neither.
fn lines(text: &str) -> impl Iterator<Item = (usize, i8)> + '_ {
    text.split("\n\n").flat_map(str::lines).map(|line| {
        let words = word_count(line);
        let sentence = line.trim_end().ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', ':', '。', '！', '？']);
        let kind = if words >= 12 || (words >= 5 && sentence) {
            1
        } else if words < 5 && !sentence {
            -1
        } else {
            0
        };
        (words, kind)
    })
}

/// Words in `text`: runs between spaces, except that each Chinese or Japanese character counts
/// as a word (those scripts put no spaces between words).
pub fn word_count(text: &str) -> usize {
    let cjk = |c: char| matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}');
    text.split_whitespace()
        .map(|token| match token.chars().filter(|&c| cjk(c)).count() {
            0 => 1,
            n => n,
        })
        .sum()
}

/// Lines of a failed extraction that show what the page holds instead of an article.
pub fn what_was_found(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if lines.is_empty() {
        return "only menus, footers and scripts".to_owned();
    }
    let sample: Vec<String> = lines.iter().take(4).map(|l| format!("“{}”", super::short_title(l))).collect();
    format!("only {} short lines of navigation and links ({}...)", lines.len(), sample.join(", "))
}

/// Words of the page's visible paragraphs: every `<p>` that is not mostly link text.
pub fn paragraph_words(doc: &Document) -> usize {
    prose_paragraphs(&doc.select("body p")).iter().map(|(_, words)| words).sum()
}

/// `<p>` elements that are prose (not link lists), with their word counts.
fn prose_paragraphs<'a>(paragraphs: &Selection<'a>) -> Vec<(NodeRef<'a>, usize)> {
    paragraphs
        .nodes()
        .iter()
        .filter_map(|p| {
            let text = p.text();
            let words = word_count(&text);
            let link_chars: usize = Selection::from(*p).select("a").nodes().iter().map(|a| a.text().len()).sum();
            (words > 0 && (link_chars as f64) <= MAX_LINK_SHARE * text.len() as f64).then_some((*p, words))
        })
        .collect()
}

/// The text of `[itemprop=articleBody]`, or else of the `<article>` with the most text.
pub fn article_element(doc: &Document) -> Option<String> {
    let body = doc.select("[itemprop=articleBody]");
    if let Some(node) = body.nodes().first() {
        return Some(node.formatted_text().to_string());
    }
    let articles = doc.select("article");
    let largest = articles.nodes().iter().max_by_key(|a| a.text().len())?;
    Some(largest.formatted_text().to_string())
}

/// The paragraphs and subheadings of the element richest in prose: each prose `<p>` counts its
/// words for its four nearest ancestors, and the element with the most prose words squared over
/// all its words wins (so a block that is all article beats both one of its paragraphs' parents
/// and the page around it).
pub fn densest_paragraphs(doc: &Document) -> Option<String> {
    const LEVELS: usize = 4;
    let prose = prose_paragraphs(&doc.select("body p"));
    let mut tally: HashMap<NodeId, (usize, NodeRef<'_>)> = HashMap::new();
    for (p, words) in &prose {
        for ancestor in p.ancestors_it(Some(LEVELS)) {
            tally.entry(ancestor.id).or_insert((0, ancestor)).0 += words;
        }
    }
    let density = |(prose, node): &(usize, NodeRef<'_>)| {
        let all = word_count(&node.text()).max(1);
        (*prose as f64) * (*prose as f64) / all as f64
    };
    let (_, block) = tally.into_values().map(|t| (density(&t), t.1)).max_by(|a, b| a.0.total_cmp(&b.0))?;
    let parts = Selection::from(block).select("p, h2, h3, blockquote:not(:has(p))");
    let kept = prose_paragraphs(&parts);
    let text: Vec<String> = parts
        .nodes()
        .iter()
        .filter(|n| !n.is("p") || kept.iter().any(|(p, _)| p.id == n.id))
        .map(|n| n.text().split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .collect();
    Some(text.join("\n\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROSE: &str = "The ministry said on Friday that the new controls would apply to seven elements.";

    #[test]
    fn prose_scores_its_words_and_navigation_scores_below_zero() {
        assert_eq!(score(PROSE), 14);
        assert!(score("Home\nWorld\nBusiness\nLog In\nInternational + U.S.") < 0);
        assert_eq!(score("Short note."), 0);
        assert_eq!(score("发言人表示，美方接连出台多项对华歧视性限制措施。"), 22);
    }

    #[test]
    fn readability_is_kept_when_it_holds_most_of_the_paragraphs() {
        let readability = Candidate::new(Extractor::Readability, PROSE.to_owned());
        let longer = Candidate::new(Extractor::WholePage, format!("{PROSE}\n\n{PROSE}"));
        let chosen = choose(vec![readability, longer], 15).unwrap();
        assert_eq!(chosen.extractor, Extractor::Readability);
    }

    #[test]
    fn navigation_from_readability_loses_to_a_fallback() {
        let nav = Candidate::new(Extractor::Readability, "International\nU.S.\nLog In".to_owned());
        let json = Candidate::new(Extractor::JsonLdBody, PROSE.to_owned());
        let dense = Candidate::new(Extractor::DensestParagraphs, PROSE.to_owned());
        assert_eq!(choose(vec![nav, json, dense], 14).unwrap().extractor, Extractor::JsonLdBody);
        assert!(choose(vec![Candidate::new(Extractor::Readability, String::new())], 0).is_none());
    }

    #[test]
    fn a_longer_block_elsewhere_on_the_page_does_not_replace_readabilitys_prose() {
        let article = PROSE.repeat(5);
        let comments =
            "Readers wrote that the decision was long overdue and would hurt the exporters badly. ".repeat(30);
        let readability = Candidate::new(Extractor::Readability, article.clone());
        let dense = Candidate::new(Extractor::DensestParagraphs, comments.clone());
        assert_eq!(choose(vec![readability, dense], 600).unwrap().extractor, Extractor::Readability);
        // The same block holding Readability's text and more replaces it.
        let readability = Candidate::new(Extractor::Readability, article.clone());
        let whole = Candidate::new(Extractor::DensestParagraphs, format!("{article}\n\n{comments}"));
        assert_eq!(choose(vec![readability, whole], 600).unwrap().extractor, Extractor::DensestParagraphs);
    }

    #[test]
    fn prose_words_leave_out_menus_instead_of_counting_against_them() {
        assert_eq!(prose_words(&format!("Home\nWorld\nBusiness\n\n{PROSE}")), 14);
        assert_eq!(score(&format!("Home\nWorld\nBusiness\n\n{PROSE}")), 11);
    }

    #[test]
    fn the_densest_block_spans_sibling_containers_and_skips_link_lists() {
        let doc = Document::from(format!(
            "<body><div id=story><div><p>{PROSE}</p><p>{PROSE}</p></div><div><h2>Reaction</h2><p>{PROSE}</p></div></div>\
             <div><p><a href=/a>Related: a long headline about something else entirely</a></p></div></body>"
        ));
        let text = densest_paragraphs(&doc).unwrap();
        assert_eq!(text, format!("{PROSE}\n\n{PROSE}\n\nReaction\n\n{PROSE}"));
        assert_eq!(paragraph_words(&doc), 42);
    }
}
