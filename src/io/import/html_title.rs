//! A saved page's headline, without the outlet's name that `<title>` and `og:title` append.
//!
//! Sources: the JSON-LD `headline`, `og:title`, `twitter:title`, the page's `<h1>`s, the
//! `<title>`. The headline is the one the page shows: an `<h1>` that the JSON-LD (its article's
//! headline or its `WebPage`'s name), `og:title` or `twitter:title` gives too (over a JSON-LD headline written for search engines, or a CMS's name
//! left there; a logo's `<h1>`, a section's, or one with a label run into the headline agrees with
//! none). Else the first source there is, in that order. The `<title>` does not vouch for an
//! `<h1>`: a section page's "News" is both.
//!
//! The outlet's name is cut from the end after a separator ("Truce ends | Wire"), the outlet
//! being the publisher, `og:site_name` or the address's host ("| TheHill" on thehill.com); in the
//! `<title>`, an unknown site name is cut too when the part after the last " | ", " - ", " – "
//! or " — " is at most four words starting with a capital or digit and the part before it at least
//! three ("Truce holds as talks resume - The Daily Courier").

use dom_query::Document;

/// How many of a page's `<h1>`s are looked at (the headline's is among the first).
const MAX_H1: usize = 5;

/// The page's headline, or `None` when it names none.
pub fn find(
    doc: &Document,
    json_ld_headline: Option<String>,
    page_name: Option<&str>,
    outlet: &str,
    url: &str,
) -> Option<String> {
    let meta = |key: &str| {
        let selector = format!(r#"meta[property="{key}"][content], meta[name="{key}"][content]"#);
        doc.select(&selector).attr("content").map(|c| c.to_string())
    };
    let site_name = meta("og:site_name").unwrap_or_default();
    let host = url.split("://").nth(1).and_then(|rest| rest.split('/').next()).unwrap_or_default();
    let sites = [outlet, site_name.as_str(), host];
    let tidy = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let clean = |t: &str| strip_named_site(strip_site_suffix(&tidy(t), outlet), &sites).to_owned();
    let h1s: Vec<String> =
        doc.select("h1").nodes().iter().take(MAX_H1).map(|n| clean(&n.text())).filter(|t| !t.is_empty()).collect();
    // Only the `<title>` (the last resort) loses a tail that merely looks like a site's name:
    // elsewhere "— report 7" or "- Reuters poll" is part of the headline.
    let tab = doc.select("head title").nodes().first().map(|n| strip_unknown_site(&clean(&n.text())).to_owned());
    let named = [
        json_ld_headline.as_deref().map(clean),
        meta("og:title").map(|t| clean(&t)),
        meta("twitter:title").map(|t| clean(&t)),
    ];
    let named: Vec<String> = named.into_iter().flatten().filter(|t| !t.is_empty()).collect();
    let page_name = page_name.map(clean);
    // "Headline | Site name" agrees with "Headline" too, the site being one not known by name.
    let agrees = |h: &str, o: &str| {
        same(h, o)
            || [" | ", " - ", " – ", " — ", "｜"].iter().any(|sep| {
                o.rsplit_once(sep).is_some_and(|(head, tail)| same(h, head) && tail.split_whitespace().count() <= 8)
            })
    };
    if let Some(shown) = h1s.iter().find(|h| named.iter().chain(&page_name).any(|o| agrees(h, o))) {
        return Some(shown.clone());
    }
    named.into_iter().chain(h1s.into_iter().take(1)).chain(tab).find(|t| !t.is_empty())
}

/// Two titles alike but for case, quote and dash shapes, spacing and end punctuation.
fn same(a: &str, b: &str) -> bool {
    let norm = |t: &str| -> String {
        t.chars()
            .map(|c| match c {
                '‘' | '’' | '`' | '´' => '\'',
                '“' | '”' | '„' => '"',
                '–' | '—' => '-',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .trim_end_matches(['.', '!', '?', ' '])
            .to_owned()
    };
    norm(a) == norm(b)
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

/// "Headline | TheHill" → "Headline" when the last part, letters only, is the site's name or host
/// ("TheHill" and thehill.com; "Reuters" and www.reuters.com).
fn strip_named_site<'a>(title: &'a str, sites: &[&str]) -> &'a str {
    let letters = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let Some((i, len)) = [" | ", " - ", " – ", " — ", " :: ", " : ", "：", "｜"]
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|i| (i, sep.len())))
        .max()
    else {
        return title;
    };
    let tail = letters(&title[i + len..]);
    // The tail must be the whole name or inside it: "Reuters poll" is part of a headline.
    let named = tail.chars().count() >= 3 && sites.iter().any(|site| letters(site).contains(&tail));
    if named && i > 0 { title[..i].trim_end() } else { title }
}

/// "Headline of five words | Site Name" → "Headline of five words", the site being unknown.
fn strip_unknown_site(title: &str) -> &str {
    let cut = [" | ", " - ", " – ", " — "].iter().filter_map(|sep| title.rfind(sep).map(|i| (i, sep.len()))).max();
    match cut {
        Some((i, len))
            if title[i + len..].split_whitespace().count() <= 4
                && title[i + len..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && title[..i].split_whitespace().count() >= 3 =>
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
        find(&Document::from(format!("<html><head>{head}</head><body>{body}</body></html>")), None, None, outlet, "")
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
        let head = r#"<title>Tab title - Courier</title><meta property="og:site_name" content="The Daily Courier">
                      <meta property="og:title" content="Truce holds as talks resume - The Daily Courier">"#;
        assert_eq!(title(head, "<h1>Shown headline</h1>", "").as_deref(), Some("Truce holds as talks resume"));
        let part_of_it = r#"<meta property="og:title" content="Rare earth controls — report 7">"#;
        assert_eq!(title(part_of_it, "", "").as_deref(), Some("Rare earth controls — report 7"));
    }

    #[test]
    fn a_site_name_matching_the_host_is_cut_even_from_the_json_ld_headline() {
        let doc = Document::from("<html><head></head><body></body></html>");
        let headline = Some("New York man pleads guilty to threatening to kill Omar | TheHill".to_owned());
        let title = find(&doc, headline, None, "", "https://thehill.com/blogs/471031");
        assert_eq!(title.as_deref(), Some("New York man pleads guilty to threatening to kill Omar"));
        let kept = find(&doc, Some("Why Beijing - and Moscow - hold back".to_owned()), None, "", "https://x.example/a");
        assert_eq!(kept.as_deref(), Some("Why Beijing - and Moscow - hold back"));
        let nikkei = find(
            &doc,
            Some("米朝首脳直通電話 習氏に挑むトランプ戦術の成否 ：日本経済新聞".to_owned()),
            None,
            "日本経済新聞社",
            "",
        );
        assert_eq!(nikkei.as_deref(), Some("米朝首脳直通電話 習氏に挑むトランプ戦術の成否"));
        let kept = find(&doc, Some("動画：ナイジェリアで自爆攻撃".to_owned()), None, "AFPBB News", "");
        assert_eq!(kept.as_deref(), Some("動画：ナイジェリアで自爆攻撃"));
        let poll = find(
            &doc,
            Some("Oil prices to stay flat - Reuters poll".to_owned()),
            None,
            "Reuters",
            "https://www.reuters.com/a",
        );
        assert_eq!(poll.as_deref(), Some("Oil prices to stay flat - Reuters poll"));
    }

    #[test]
    fn the_h1_that_og_title_gives_too_beats_a_json_ld_headline_written_for_search_engines() {
        let doc = |body: &str| {
            Document::from(format!(
                r#"<html><head><title>Plumber jailed - Telegraph</title>
                   <meta property="og:title" content="As his first debate nears, Bloomberg answers for his past">
                   </head><body>{body}</body></html>"#
            ))
        };
        let shown = doc("<h1>Los Angeles Times</h1><h1>As his first debate nears, Bloomberg answers for his past</h1>");
        let seo = Some("Michael Bloomberg is having to answer questions about his past".to_owned());
        assert_eq!(
            find(&shown, seo.clone(), None, "", "").as_deref(),
            Some("As his first debate nears, Bloomberg answers for his past")
        );
        // With no <h1> agreeing, the JSON-LD headline keeps its place first.
        assert_eq!(find(&doc("<h1>Politics | Bloomberg</h1>"), seo.clone(), None, "", ""), seo);
        let cms = find(
            &doc("<h1>As his first debate nears, Bloomberg answers for his past</h1>"),
            Some("escenic".into()),
            None,
            "",
            "",
        );
        assert_eq!(cms.as_deref(), Some("As his first debate nears, Bloomberg answers for his past"));
    }

    #[test]
    fn the_web_pages_name_vouches_for_an_h1_but_is_never_the_title_alone() {
        let doc = Document::from(
            r#"<html><head><title>11 things we learned - CNN</title><meta property="og:title" content="What we learned"></head>
               <body><h1>The royal split: 11 things we learned</h1></body></html>"#,
        );
        let shown = find(&doc, None, Some("The royal split: 11 things we learned"), "CNN", "");
        assert_eq!(shown.as_deref(), Some("The royal split: 11 things we learned"));
        assert_eq!(find(&doc, None, Some("CNN"), "CNN", "").as_deref(), Some("What we learned"));
    }

    #[test]
    fn an_h1_that_og_title_gives_with_an_unknown_site_name_after_it_is_the_headline() {
        let head = r#"<meta property="og:title" content="ORSO MARSICANO: 2019 UN ANNO DA RECORD | Parco Nazionale d'Abruzzo, Lazio e Molise">"#;
        let title = title(head, "<h1>ORSO MARSICANO: 2019 UN ANNO DA RECORD</h1>", "");
        assert_eq!(title.as_deref(), Some("ORSO MARSICANO: 2019 UN ANNO DA RECORD"));
    }

    #[test]
    fn a_section_h1_that_only_the_title_tag_repeats_is_not_the_headline() {
        let head =
            r#"<title>News - Eawag</title><meta property="og:title" content="Auf das erste Elektron kommt es an">"#;
        let body = "<h1>News</h1><h1>Auf das erste Elektron kommt es an!</h1>";
        assert_eq!(title(head, body, "Eawag").as_deref(), Some("Auf das erste Elektron kommt es an!"));
        assert_eq!(title(r#"<title>News - Eawag</title>"#, "<h1>News</h1>", "Eawag").as_deref(), Some("News"));
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
