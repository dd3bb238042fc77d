//! Saved news pages (`.html`): the article's text without the page around it, and its metadata.
//!
//! Main-content extraction is dom_smoothie's port of Mozilla's Readability (the algorithm behind
//! Firefox's Reader View). Of the Rust ports it is the one still maintained (monthly releases in
//! 2025), it follows Readability.js closely including its `<meta>` handling, it builds on stable
//! Rust with no network or UI dependencies, and its "formatted" text mode keeps paragraphs as
//! blank lines. `readability` and `readable-readability` are unmaintained ports with older
//! html5ever; `llm_readability` targets Markdown for language models.
//!
//! Readability alone still lets through what saved pages carry inside the article's container
//! (captions, share bars, ad labels, cookie banners), so those are removed first.

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};

use super::html_fallback::{self, Candidate, Extractor};
use super::{Imported, TextProblem, html_meta, html_title, nesting, published, short_title};
use crate::model::{Article, ArticleId};

/// Page furniture by what the element is: menus, sidebars, footers, buttons, embedded frames,
/// figures and their captions, dialogs. Always removed.
const FURNITURE: &str = "nav, aside, footer, button, iframe, figure, figcaption, dialog, \
     [role=navigation], [role=dialog], [role=complementary]";

/// Page furniture by what the page calls it: class and id fragments CMSs use (`share-bar`,
/// `cookie-consent`, `wp-caption-text`, `comments-area`, `ad-slot`, `c-letters-cta` for a call to
/// action), hidden elements, forms without
/// paragraphs, and `<noscript>` (a page may hold its whole text in one for readers without scripts).
/// Names mislead (a body classed `has-share-bar`, an article `docked-sharebar-content`,
/// a post `no-share`, a whole page inside an ASP.NET `<form>`), so an element that holds half of the
/// prose left once `FURNITURE` is gone is a wrapper and is kept: see `remove_boilerplate`.
const BOILERPLATE: &str = "form:not(:has(p)), noscript, [aria-hidden=true], [hidden], \
     [class*=caption], [class*=share], [class*=social], [class*=cookie], [id*=cookie], [class*=consent], \
     [class*=gdpr], [class*=newsletter], [id=comments], [class*=comments], [class*=comment-], [class~=comment], \
     [id*=comments], [class*=advert], [id*=advert], [class~=ad], [class~=ads], [class^=ad-], [class*=' ad-'], \
     [id^=ad-], [class*=adsbygoogle], [class~=cta], [class*=-cta], [class*=cta-]";

/// Whole paragraphs that are ad labels left behind by unmarked ad slots, compared lowercased
/// with everything but letters removed.
const LABELS: &[&str] = &["advertisement", "advertisementscrolltocontinue", "scrolltocontinue", "sponsored", "ad"];

/// Builds an article from a decoded HTML page. The notice says which extractor gave the text
/// (see `html_fallback`) and where the publication date came from, or that none was found.
pub fn parse_html(html: &str, fallback_title: &str) -> Result<Imported, TextProblem> {
    let html = nesting::cap_depth(html);
    let doc = Document::from(html.as_ref());
    let meta = html_meta::read(&doc);
    // Read (the JSON-LD) and then gone: their code would count as the page's words, and a
    // wrapper holding the article could pass for furniture beside a page of inline scripts.
    doc.select("script, style, template").remove();
    remove_boilerplate(&doc);
    let paragraph_words = html_fallback::paragraph_words(&doc);
    // Readability consumes the document it reads: the fallbacks get a copy.
    let rest = Document::from(doc.html());
    let config = Config { text_mode: TextMode::Formatted, disable_json_ld: true, ..Config::default() };
    let found = Readability::with_document(doc, None, Some(config)).and_then(|mut r| r.parse()).ok();
    let readable = found.as_ref().map(|f| f.text_content.to_string()).unwrap_or_default();
    let candidates = vec![
        Candidate::new(Extractor::Readability, tidy(&readable)),
        Candidate::new(Extractor::JsonLdBody, tidy(meta.body.as_deref().unwrap_or_default())),
        Candidate::new(Extractor::ArticleElement, tidy(&html_fallback::article_element(&rest).unwrap_or_default())),
        Candidate::new(Extractor::DensestParagraphs, html_fallback::densest_paragraphs(&rest).unwrap_or_default()),
        Candidate::new(Extractor::WholePage, tidy(&rest.select("body").formatted_text())),
    ];
    let whole_page = candidates[4].text.clone();
    let chosen = html_fallback::choose(candidates, paragraph_words)
        .ok_or_else(|| TextProblem::NotAnArticle(html_fallback::what_was_found("")))?;
    if chosen.score <= 0 && chosen.text.lines().count() >= 3 {
        return Err(TextProblem::NotAnArticle(html_fallback::what_was_found(&whole_page)));
    }
    let found_field = |get: fn(&dom_smoothie::Article) -> Option<String>| found.as_ref().and_then(get);
    let outlet = meta.publisher.or_else(|| found_field(|a| a.site_name.clone())).unwrap_or_default();
    let url = meta.url.unwrap_or_default();
    let title = html_title::find(&rest, meta.headline, meta.page_name.as_deref(), &outlet, &url)
        .or_else(|| found_field(|a| Some(a.title.clone())))
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| fallback_title.to_owned());
    let author = meta.author.or_else(|| found_field(|a| a.byline.clone())).unwrap_or_default();
    let published = published::find(&rest, meta.published.as_deref(), Some(&url), &chosen.text);
    // One line a page: which extractor, and where the date came from.
    let date = match &published {
        Some(p) => format!("published {} (from {})", p.date, p.source),
        None => "no publication date found: set it in the inspector".to_owned(),
    };
    let notices = vec![format!("text from {}; {date}", chosen.extractor.describe())];
    let article = Article {
        id: ArticleId::random(),
        title: short_title(&title),
        outlet,
        reliability: None,
        author: author.trim().trim_start_matches("By ").trim_start_matches("by ").trim().to_owned(),
        url,
        published: published.map(|p| p.date),
        notes: String::new(),
        text: chosen.text,
        dismissed_suggestions: Default::default(),
    };
    Ok(Imported { article, notices })
}

/// Removes `FURNITURE`, then the elements matching `BOILERPLATE` except those holding half the
/// prose left (the words of sentence-like lines, so a menu never counts). The score is
/// worked out only for the rare element holding a fifth of the words left.
fn remove_boilerplate(doc: &Document) {
    doc.select(FURNITURE).remove();
    let body = doc.select("body");
    let page_words = html_fallback::word_count(&body.text());
    let prose = |text: &str| html_fallback::prose_words(&tidy(text));
    let mut page_prose = None;
    for node in doc.select(BOILERPLATE).nodes() {
        let wrapper = html_fallback::word_count(&node.text()) * 5 >= page_words && {
            let page = *page_prose.get_or_insert_with(|| prose(&body.formatted_text()));
            page > 0 && prose(&node.formatted_text()) * 2 >= page
        };
        if !wrapper {
            node.remove_from_parent();
        }
    }
}

/// Paragraphs separated by one blank line, whitespace inside lines collapsed (a `<br>` stays a
/// line break), ad labels dropped.
fn tidy(text: &str) -> String {
    let text = crate::model::text::normalize_newlines(text);
    let paragraphs = text.split("\n\n").filter_map(|para| {
        let lines: Vec<String> = para
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        let para = lines.join("\n");
        let letters: String = para.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect();
        (!para.is_empty() && !LABELS.contains(&letters.as_str())).then_some(para)
    });
    paragraphs.collect::<Vec<_>>().join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_keeps_paragraphs_and_line_breaks() {
        let raw = "  First   para\tgoes on.\n\n\n\nAdvertisement\n\nSecond\n line \n\n";
        assert_eq!(tidy(raw), "First para goes on.\n\nSecond\nline");
    }

    #[test]
    fn a_page_without_article_structure_keeps_its_text() {
        let page = "<html><head><title>Note</title></head><body><div>Short note.</div></body></html>";
        let imported = parse_html(page, "file").unwrap();
        assert_eq!(imported.article.text, "Short note.");
        assert_eq!(imported.article.title, "Note");
        let nav_only = parse_html("<html><body><nav>Home</nav></body></html>", "f");
        assert_eq!(nav_only, Err(TextProblem::NotAnArticle("only menus, footers and scripts".into())));
    }

    #[test]
    fn a_page_whose_body_is_built_by_scripts_falls_back_to_its_json_ld_article_body() {
        let body = "Washington widened sanctions on Friday to cover three more banks, officials said. \
                    Beijing called the move a serious violation of the consensus reached in Geneva.";
        let page = format!(
            r#"<html><head><title>Sanctions widen</title><script type="application/ld+json">
               {{"@type":"NewsArticle","headline":"Sanctions widen","articleBody":"{body}","datePublished":"2017-01-13"}}
               </script></head><body><div class="header"><a href="/">International</a> <a href="/us">U.S.</a>
               <a href="/login">Log In</a></div><div id="app"></div></body></html>"#
        );
        let imported = parse_html(&page, "f").unwrap();
        assert_eq!(imported.article.text, body.split_whitespace().collect::<Vec<_>>().join(" "));
        let notice = "text from the page's JSON-LD articleBody; published 2017-01-13 (from JSON-LD datePublished)";
        assert_eq!(imported.notices, [notice]);
    }

    /// Six sentences of article prose, in paragraphs.
    fn story() -> String {
        let sentence = "The ministry said on Friday that the new export controls would apply to seven rare elements.";
        (0..6).map(|_| format!("<p>{sentence}</p>")).collect()
    }

    #[test]
    fn an_article_classed_like_a_share_bar_is_kept_beside_inline_scripts_and_a_wordy_footer() {
        let script = format!("<script>var config = {{{}}};</script>", "\"slot\": 1, ".repeat(3000));
        let footer = format!("<footer>{}</footer>", story());
        let page = format!(
            "<html><body>{script}<div class=\"no-share post\">{}</div>{footer}<div class=share-bar>Share on X</div></body></html>",
            story()
        );
        let text = parse_html(&page, "f").unwrap().article.text;
        assert_eq!(text.matches("The ministry said").count(), 6, "{text}");
        assert!(!text.contains("Share on") && !text.contains("slot"), "{text}");
    }

    #[test]
    fn a_page_that_holds_its_whole_text_in_noscript_keeps_it() {
        let menu: String = (0..80).map(|i| format!("<a href=/{i}>Section {i}</a><br>")).collect();
        let page =
            format!("<html><body><noscript><div>{menu}</div><div id=text>{}</div></noscript></body></html>", story());
        let text = parse_html(&page, "f").unwrap().article.text;
        assert_eq!(text.matches("The ministry said").count(), 6, "{text}");
    }

    #[test]
    fn a_page_of_links_is_refused_naming_what_it_holds() {
        let page = "<html><body><div><a href=/>International</a><br><a href=/us>U.S.</a><br><a href=/login>Log In</a></div></body></html>";
        let Err(TextProblem::NotAnArticle(found)) = parse_html(page, "f") else {
            panic!("a page of links was imported")
        };
        assert_eq!(found, "only 3 short lines of navigation and links (“International”, “U.S.”, “Log In”...)");
    }
}
