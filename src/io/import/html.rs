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
use jiff::civil::Date;

use super::html_meta;
use super::{Imported, TextProblem, short_title};
use crate::model::{Article, ArticleId};

/// Page furniture that is never article text. Class and id matches are on fragments CMSs use
/// (`share-bar`, `cookie-consent`, `wp-caption-text`, `comments-area`, `ad-slot`).
const BOILERPLATE: &str = "nav, aside, footer, form, button, iframe, noscript, figure, figcaption, dialog, \
     [role=navigation], [role=dialog], [role=complementary], [aria-hidden=true], [hidden], \
     [class*=caption], [class*=share], [class*=social], [class*=cookie], [id*=cookie], [class*=consent], \
     [class*=gdpr], [class*=newsletter], [id=comments], [class*=comments], [class*=comment-], [class~=comment], \
     [id*=comments], [class*=advert], [id*=advert], [class~=ad], [class~=ads], [class^=ad-], [class*=' ad-'], \
     [id^=ad-], [class*=adsbygoogle]";

/// Whole paragraphs that are ad labels left behind by unmarked ad slots, compared lowercased
/// with everything but letters removed.
const LABELS: &[&str] = &["advertisement", "advertisementscrolltocontinue", "scrolltocontinue", "sponsored", "ad"];

/// Builds an article from a decoded HTML page. The notices say when no article structure was
/// found and the whole page's text was taken instead.
pub fn parse_html(html: &str, fallback_title: &str) -> Result<Imported, TextProblem> {
    let doc = Document::from(html);
    let meta = html_meta::read(&doc);
    doc.select(BOILERPLATE).remove();
    let config = Config { text_mode: TextMode::Formatted, disable_json_ld: true, ..Config::default() };
    let mut notices = Vec::new();
    let readable = Readability::with_document(doc, None, Some(config)).and_then(|mut r| r.parse());
    let (text, found) = match readable {
        Ok(found) if !found.text_content.trim().is_empty() => (found.text_content.to_string(), Some(found)),
        _ => {
            // Readability consumed the document; parsing again is cheaper than a copy for
            // every page that does not need it.
            let doc = Document::from(html);
            doc.select(BOILERPLATE).remove();
            notices.push("no article found in the page: imported all of its text".to_owned());
            (doc.select("body").formatted_text().to_string(), None)
        }
    };
    let text = tidy(&text);
    if text.is_empty() {
        return Err(TextProblem::NoArticleText);
    }
    let found_field = |get: fn(&dom_smoothie::Article) -> Option<String>| found.as_ref().and_then(get);
    let outlet = meta.publisher.or_else(|| found_field(|a| a.site_name.clone())).unwrap_or_default();
    let title = meta
        .headline
        .or_else(|| found_field(|a| Some(a.title.clone())))
        .map(|t| strip_site_suffix(&t, &outlet).to_owned())
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| fallback_title.to_owned());
    let author = meta.author.or_else(|| found_field(|a| a.byline.clone())).unwrap_or_default();
    let published = meta.published.or_else(|| found_field(|a| a.published_time.clone()));
    let article = Article {
        id: ArticleId::random(),
        title: short_title(&title),
        outlet,
        author: author.trim().trim_start_matches("By ").trim_start_matches("by ").trim().to_owned(),
        url: meta.url.unwrap_or_default(),
        // ISO 8601 dates and timestamps start with the date; the outlet's local date is the one
        // its relative dates ("on Friday") mean.
        published: published.and_then(|p| p.trim().get(..10)?.parse::<Date>().ok()),
        notes: String::new(),
        text,
        dismissed_suggestions: Default::default(),
    };
    Ok(Imported { article, notices })
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

/// "Headline | Outlet" or "Headline_Outlet" → "Headline", when the outlet is known.
fn strip_site_suffix<'a>(title: &'a str, outlet: &str) -> &'a str {
    const SEPARATORS: &str = "|-–—_:·•";
    let title = title.trim();
    let outlet = outlet.trim();
    let Some(head) = title.strip_suffix(outlet).filter(|_| !outlet.is_empty()).map(str::trim_end) else {
        return title;
    };
    if !head.ends_with(|c| SEPARATORS.contains(c)) {
        return title;
    }
    let stripped = head.trim_end_matches(|c: char| c.is_whitespace() || SEPARATORS.contains(c));
    if stripped.is_empty() { title } else { stripped }
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
    fn outlet_suffixes_are_stripped_only_after_a_separator() {
        assert_eq!(strip_site_suffix("Truce ends | Wire", "Wire"), "Truce ends");
        assert_eq!(strip_site_suffix("商务部答记者问_新华网", "新华网"), "商务部答记者问");
        assert_eq!(strip_site_suffix("Inside the Wire", "Wire"), "Inside the Wire");
        assert_eq!(strip_site_suffix("Wire", "Wire"), "Wire");
        assert_eq!(strip_site_suffix("Truce | Wire", ""), "Truce | Wire");
    }

    #[test]
    fn a_page_without_article_structure_keeps_its_text() {
        let page = "<html><head><title>Note</title></head><body><div>Short note.</div></body></html>";
        let imported = parse_html(page, "file").unwrap();
        assert_eq!(imported.article.text, "Short note.");
        assert_eq!(imported.article.title, "Note");
        assert_eq!(parse_html("<html><body><nav>Home</nav></body></html>", "f"), Err(TextProblem::NoArticleText));
    }
}
