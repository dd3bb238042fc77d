//! A saved page's headline, without the outlet's name that `<title>` and `og:title` append.
//!
//! Sources in order: the JSON-LD `headline`, `og:title`, `twitter:title`, the first `<h1>`, the
//! `<title>`. The outlet's name is cut from the end after a separator ("Truce ends | Wire"); in
//! `og:title`, `twitter:title` and `<title>`, an unknown site name is cut too when the part after
//! the last " | ", " - ", " – " or " — " is at most four words and the part before it at least three
//! ("Truce holds as talks resume - The Daily Courier").

use dom_query::Document;

/// The page's headline, or `None` when it names none.
pub fn find(doc: &Document, json_ld_headline: Option<String>, outlet: &str) -> Option<String> {
    let meta = |key: &str| {
        let selector = format!(r#"meta[property="{key}"][content], meta[name="{key}"][content]"#);
        doc.select(&selector).attr("content").map(|c| c.to_string())
    };
    let first_text = |selector: &str| doc.select(selector).nodes().first().map(|n| n.text().to_string());
    let tidy = |t: String| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let headline = json_ld_headline.map(|t| strip_site_suffix(&tidy(t), outlet).to_owned());
    let with_site = [meta("og:title"), meta("twitter:title"), first_text("h1"), first_text("head title")];
    let others = with_site.into_iter().enumerate().map(|(i, t)| {
        let t = tidy(t?);
        let t = strip_site_suffix(&t, outlet);
        // The `<h1>` is the headline as shown; the others are written for sharing and tabs.
        Some(if i == 2 { t.to_owned() } else { strip_unknown_site(t).to_owned() })
    });
    std::iter::once(headline).chain(others).flatten().find(|t| !t.is_empty())
}

/// "Headline | Outlet" or "Headline_Outlet" → "Headline", when the outlet is known.
pub fn strip_site_suffix<'a>(title: &'a str, outlet: &str) -> &'a str {
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

/// "Headline of five words | Site Name" → "Headline of five words", the site being unknown.
fn strip_unknown_site(title: &str) -> &str {
    let cut = [" | ", " - ", " – ", " — "].iter().filter_map(|sep| title.rfind(sep).map(|i| (i, sep.len()))).max();
    match cut {
        Some((i, len))
            if title[i + len..].split_whitespace().count() <= 4 && title[..i].split_whitespace().count() >= 3 =>
        {
            title[..i].trim_end()
        }
        _ => title,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(head: &str, body: &str, outlet: &str) -> Option<String> {
        find(&Document::from(format!("<html><head>{head}</head><body>{body}</body></html>")), None, outlet)
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
    fn og_title_beats_h1_and_title_and_loses_its_site_name() {
        let head = r#"<title>Tab title - Courier</title><meta property="og:title" content="Truce holds as talks resume - The Daily Courier">"#;
        assert_eq!(title(head, "<h1>Shown headline</h1>", "").as_deref(), Some("Truce holds as talks resume"));
    }

    #[test]
    fn the_h1_is_kept_whole_and_the_title_tag_is_the_last_resort() {
        assert_eq!(
            title("<title>A - B</title>", "<h1>Kim - Trump summit ends early</h1>", "").as_deref(),
            Some("Kim - Trump summit ends early")
        );
        assert_eq!(
            title("<title>Sanctions widen to banks | NYT</title>", "", "").as_deref(),
            Some("Sanctions widen to banks")
        );
        assert_eq!(title("", "<p>no title</p>", ""), None);
    }
}
