//! What a news page says about itself in JSON-LD and `<link rel=canonical>`.
//!
//! dom_smoothie reads `<meta>` tags well, but its JSON-LD reader misses the `@graph` form that
//! most CMSs (WordPress/Yoast, Arc) emit and never looks at `mainEntityOfPage` or the canonical
//! link; those are read here, and win over the `<meta>` values (they are written for search
//! engines, and so kept accurate).

use dom_query::Document;
use serde_json::Value;

/// Metadata found in the page; every field is optional.
#[derive(Debug, Default, PartialEq)]
pub struct PageMeta {
    pub headline: Option<String>,
    /// The `name` of the page's `WebPage` object: CNN's headline, but as often the site's or a
    /// section's name, so it only vouches for an `<h1>` (see `html_title`).
    pub page_name: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    /// The article's full text as the page gives it to search engines (`articleBody`).
    pub body: Option<String>,
}

/// How deep to look into nested JSON-LD for the article object (`@graph` inside an array is 2).
const MAX_DEPTH: usize = 4;

pub fn read(doc: &Document) -> PageMeta {
    let objects: Vec<Value> = doc
        .select(r#"script[type="application/ld+json"]"#)
        .nodes()
        .iter()
        .filter_map(|node| serde_json::from_str::<Value>(strip_cdata(&node.text())).ok())
        .collect();
    // A page typed only as a `WebPage` with a `headline` (CNN) describes its article too.
    let article = [is_article as fn(&[&str], &Value) -> bool, is_headed_page]
        .into_iter()
        .find_map(|wanted| objects.iter().find_map(|json| find_typed(json, wanted, 0)))
        .map(from_json_ld)
        .unwrap_or_default();
    let page_name = objects.iter().find_map(|json| find_typed(json, is_page, 0)).and_then(|page| text(&page["name"]));
    let attr = |selector: &str, name: &str| {
        doc.select(selector).attr(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
    };
    let url = attr(r#"link[rel~="canonical"]"#, "href")
        .or(article.url)
        .or_else(|| attr(r#"meta[property="og:url"]"#, "content"));
    PageMeta { url, page_name, ..article }
}

fn strip_cdata(text: &str) -> &str {
    let text = text.trim();
    text.strip_prefix("<![CDATA[").and_then(|t| t.strip_suffix("]]>")).unwrap_or(text)
}

/// An article's type: `NewsArticle`, `ReportageNewsArticle`, `BlogPosting`, `LiveBlogPosting`,
/// `Report`...
fn is_article(types: &[&str], _: &Value) -> bool {
    types.iter().any(|t| t.ends_with("Article") || t.ends_with("BlogPosting") || *t == "Report")
}

fn is_headed_page(types: &[&str], object: &Value) -> bool {
    is_page(types, object) && object["headline"].is_string()
}

fn is_page(types: &[&str], _: &Value) -> bool {
    types.contains(&"WebPage")
}

/// The first object of a wanted type in a JSON-LD value, its arrays and its `@graph`.
fn find_typed(value: &Value, wanted: fn(&[&str], &Value) -> bool, depth: usize) -> Option<&Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    match value {
        Value::Array(items) => items.iter().find_map(|v| find_typed(v, wanted, depth + 1)),
        Value::Object(map) => {
            let types = match map.get("@type") {
                Some(Value::String(t)) => vec![t.as_str()],
                Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            if wanted(&types, value) {
                Some(value)
            } else {
                map.get("@graph").and_then(|g| find_typed(g, wanted, depth + 1))
            }
        }
        _ => None,
    }
}

fn from_json_ld(article: &Value) -> PageMeta {
    PageMeta {
        headline: text(&article["headline"]).or_else(|| text(&article["name"])),
        page_name: None,
        author: names(&article["author"]),
        published: text(&article["datePublished"]),
        publisher: names(&article["publisher"]),
        url: text(&article["url"]).or_else(|| link(&article["mainEntityOfPage"])),
        body: text(&article["articleBody"]),
    }
}

/// A string, with the HTML character references some CMSs leave in JSON-LD decoded
/// ("Arnault&#8217;s" → "Arnault’s").
fn text(value: &Value) -> Option<String> {
    let s = value.as_str().map(str::trim).filter(|s| !s.is_empty())?;
    if !s.contains('&') {
        return Some(s.to_owned());
    }
    // A <textarea>'s content is text in which only character references are read.
    let doc = Document::from(format!("<textarea>{}</textarea>", s.replace('<', "&lt;")));
    Some(doc.select("textarea").text().trim().to_owned())
}

/// A person or organisation (a name string or an object with `name`), or a list of them joined
/// with ", ".
fn names(value: &Value) -> Option<String> {
    let one = |v: &Value| text(v).or_else(|| text(&v["name"]));
    let all: Vec<String> = match value {
        Value::Array(items) => items.iter().filter_map(one).collect(),
        v => one(v).into_iter().collect(),
    };
    (!all.is_empty()).then(|| all.join(", "))
}

/// A URL given as a string or as an object with `@id` or `url`.
fn link(value: &Value) -> Option<String> {
    text(value).or_else(|| text(&value["@id"])).or_else(|| text(&value["url"]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(head: &str) -> PageMeta {
        read(&Document::from(format!("<html><head>{head}</head><body><p>x</p></body></html>")))
    }

    #[test]
    fn json_ld_in_a_graph_with_an_author_list() {
        let m = meta(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Site"},
              {"@type":["ReportageNewsArticle"],"headline":" Truce ","author":["A. Bell",{"@type":"Person","name":"C. Dunn"}],
               "datePublished":"2025-06-02T08:00:00+08:00","publisher":{"name":"Wire"},
               "mainEntityOfPage":{"@id":"https://wire.example/truce"}}]}</script>"#,
        );
        assert_eq!(
            m,
            PageMeta {
                headline: Some("Truce".into()),
                page_name: None,
                author: Some("A. Bell, C. Dunn".into()),
                published: Some("2025-06-02T08:00:00+08:00".into()),
                publisher: Some("Wire".into()),
                url: Some("https://wire.example/truce".into()),
                body: None,
            }
        );
    }

    #[test]
    fn canonical_link_beats_json_ld_and_og_url() {
        let m = meta(
            r#"<meta property="og:url" content="https://x.example/a?utm=1">
               <link rel="canonical" href="https://x.example/a">
               <script type="application/ld+json">{"@type":"NewsArticle","url":"https://x.example/amp/a"}</script>"#,
        );
        assert_eq!(m.url.as_deref(), Some("https://x.example/a"));
        let og = meta(r#"<meta property="og:url" content="https://x.example/a?utm=1">"#);
        assert_eq!(og.url.as_deref(), Some("https://x.example/a?utm=1"));
    }

    #[test]
    fn character_references_left_in_json_ld_are_decoded() {
        let m = meta(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Arnault&#8217;s LVMH &amp; the Louvre: 3 &lt; 4 </textarea>"}</script>"#,
        );
        assert_eq!(m.headline.as_deref(), Some("Arnault’s LVMH & the Louvre: 3 < 4 </textarea>"));
    }

    #[test]
    fn a_live_blog_or_a_web_page_with_a_headline_describes_the_article() {
        let live = meta(
            r#"<script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Level 3 LIVE","datePublished":"2020-10-06T07:15:59Z"}</script>"#,
        );
        assert_eq!(
            (live.headline.as_deref(), live.published.as_deref()),
            (Some("Level 3 LIVE"), Some("2020-10-06T07:15:59Z"))
        );
        let page = meta(
            r#"<script type="application/ld+json">{"@type":"WebPage","name":"CNN","headline":"11 things we learned"}</script>"#,
        );
        assert_eq!(page.headline.as_deref(), Some("11 things we learned"));
        // An article object anywhere wins over the page's.
        let both = meta(
            r#"<script type="application/ld+json">{"@type":"WebPage","headline":"Section front"}</script>
               <script type="application/ld+json">{"@type":"NewsArticle","headline":"The story"}</script>"#,
        );
        assert_eq!(both.headline.as_deref(), Some("The story"));
        assert_eq!(
            meta(r#"<script type="application/ld+json">{"@type":"WebPage","name":"CNN"}</script>"#).headline,
            None
        );
    }

    #[test]
    fn broken_or_unrelated_json_ld_is_ignored() {
        let m = meta(
            r#"<script type="application/ld+json">{"@type":"NewsArticle",</script>
               <script type="application/ld+json">{"@type":"Organization","name":"Wire"}</script>"#,
        );
        assert_eq!(m, PageMeta::default());
    }
}
