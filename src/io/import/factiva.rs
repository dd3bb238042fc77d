//! Factiva HTML exports, one article per `div.article`, in both of Factiva's layouts: "Full
//! Article/Report plus Indexing", a table of two-letter field codes (HD headline, BY byline, PD
//! date, SN source, SE section, WC word count, ED edition, LP lead paragraphs, TD text...), and
//! "Full Article/Report", the headline (`#hd`), the author, then one line each for the length,
//! date, source, language and copyright, in the interface's language ("1285 Wörter", "9 Januar
//! 1993", "2018 年 10 月 7 日"), and the paragraphs.

use dom_query::{Document, Selection};

use super::news::{NewsItem, one_line};
use super::{Imported, factiva_head, factiva_rtf};

/// Whether a saved page is a Factiva export: article blocks whose rows carry field codes.
pub fn is_export(html: &str) -> bool {
    let indexed = html.contains("class=\"index\"") && html.contains("<b>HD</b>");
    let plain = html.contains("id=\"hd\"") && html.contains("articleParagraph");
    html.contains("class=\"article ") && (indexed || plain)
}

/// The articles of a Factiva HTML export.
pub fn read_export(html: &str) -> Result<Vec<Imported>, String> {
    let doc = Document::from(html);
    // Exports wrap each article's block in a `div.article` of its own: only the innermost counts.
    let items: Vec<NewsItem> = doc
        .select("div[class^=\"article\"]")
        .iter()
        .filter(|article| article.select("div[class^=\"article\"]").is_empty())
        .map(|article| item(&article))
        .collect();
    if items.is_empty() {
        return Err("it is a Factiva export with no articles in it".into());
    }
    Ok(items.into_iter().enumerate().map(|(i, item)| item.into_imported("Factiva export", i + 1)).collect())
}

fn item(article: &Selection) -> NewsItem {
    if article.select("td.index").is_empty() { plain_item(article) } else { indexed_item(article) }
}

/// An article of the plain layout: its lines before the headline are the section, those between
/// the author and the length line more of the byline.
fn plain_item(article: &Selection) -> NewsItem {
    let mut item = NewsItem::default();
    let lines: Vec<(bool, String)> = article
        .select("div")
        .iter()
        .filter(|d| d.select("div").is_empty())
        .map(|d| (d.is("#hd"), one_line(&d.text())))
        .filter(|(_, text)| !text.is_empty())
        .collect();
    let headline = lines.iter().position(|(hd, _)| *hd);
    let words_at = lines.iter().position(|(_, l)| factiva_rtf::is_words_line(l));
    if let (Some(hd), Some(words)) = (headline, words_at.filter(|w| Some(*w) > headline)) {
        item.section = lines[..hd].iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>().join("; ");
        item.title = factiva_head::unnumbered(&lines[hd].1).to_owned();
        item.byline = lines[hd + 1..words].iter().map(|(_, l)| l.as_str()).collect::<Vec<_>>().join("; ");
        let after: Vec<&str> = lines[words..].iter().map(|(_, l)| l.as_str()).collect();
        factiva_rtf::header_after_words(&after, &mut item);
    }
    item.body =
        article.select("p.articleParagraph, p[class*=articleParagraph]").iter().map(|p| one_line(&p.text())).collect();
    item.body.retain(|p| !p.is_empty());
    item
}

fn indexed_item(article: &Selection) -> NewsItem {
    let mut item = NewsItem::default();
    for row in article.select("tr").iter() {
        let code = row.select("td.index").text().replace('\u{a0}', " ").trim().to_owned();
        let cell = row.select("td:not(.index)");
        let value = one_line(&cell.text());
        match code.as_str() {
            "HD" => item.title = value,
            "BY" => item.byline = value,
            "PD" => item.date_line = value,
            "SN" => item.outlet = value,
            "SE" => item.section = value,
            "WC" => item.length = value,
            "LP" | "TD" => item.body.extend(cell.select("p").iter().map(|p| one_line(&p.text()))),
            "ED" => item.extra.push(format!("Edition: {value}")),
            "PG" => item.extra.push(format!("Page: {value}")),
            "LA" => item.extra.push(format!("Language: {value}")),
            "CY" => item.extra.push(format!("Copyright: {value}")),
            "AN" => item.extra.push(format!("Factiva: {value}")),
            _ => {}
        }
    }
    item.body.retain(|p| !p.is_empty());
    item
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn row(code: &str, cell: &str) -> String {
        format!(r#"<tr><td align="right" valign="top" class="index"><b>{code}</b>&nbsp;</td><td>{cell}</td></tr>"#)
    }

    #[test]
    fn each_article_block_becomes_an_article() {
        let first = [
            row("HD", "<b class='enHeadline'>Sanctions widen</b>"),
            row("BY", "By Jane Doe"),
            row("WC", "295 words"),
            row("PD", "29 December 2011"),
            row("SN", "Reuters News"),
            row("SE", "World"),
            row("LP", "<p class=\"articleParagraph\">Lead one.</p><p class=\"articleParagraph\">Lead two.</p>"),
            row("TD", "<p class=\"articleParagraph\">Rest\n of it.</p>"),
            row("AN", "Document LBA0000020111229e7ct0001r"),
        ]
        .concat();
        let html = format!(
            "<html><body><div class=\"article enArticle\"><table>{first}</table></div>\
             <div class=\"article enArticle\"><table>{}{}</table></div></body></html>",
            row("HD", "Second"),
            row("TD", "<p>Only text.</p>")
        );
        assert!(is_export(&html));
        let items = read_export(&html).unwrap();
        assert_eq!(items.len(), 2);
        let a = &items[0].article;
        assert_eq!(
            (a.title.as_str(), a.author.as_str(), a.outlet.as_str()),
            ("Sanctions widen", "Jane Doe", "Reuters News")
        );
        assert_eq!(a.published, Some(date(2011, 12, 29)));
        assert_eq!(a.text, "Lead one.\n\nLead two.\n\nRest of it.");
        assert_eq!(a.notes, "Section: World\nLength: 295 words\nFactiva: Document LBA0000020111229e7ct0001r");
        assert_eq!(items[1].article.text, "Only text.");
    }

    #[test]
    fn a_plain_export_in_the_german_or_chinese_interface_gives_each_article_and_its_date() {
        // The layout of Factiva's "Full Article/Report" HTML, as saved with a German interface.
        let article = |section: &str, title: &str, words: &str, date: &str, text: &str| {
            format!(
                "<div class=\"article\"><div class=\"article deArticle\"><p></p><div>{section}</div>\
                 <div id=\"hd\"><span class=\"deHeadline\">{title}</span></div><div class=\"author\">Sarah Pepin </div>\
                 <div>{words}</div><div>{date}</div><div>Der Tagesspiegel Online</div><div>TAGON</div><div>Deutsch</div>\
                 <div>Copyright 2017. Verlag Der Tagesspiegel GmbH. </div><p></p>\
                 <p class=\"articleParagraph dearticleParagraph\">{text}</p></div></div>"
            )
        };
        let html = format!(
            "<html><body>{}{}</body></html>",
            article(
                "Magazin",
                "1) Zu Fuß nach Kopenhagen",
                "1285 Wörter",
                "1 April 2017",
                "Dafür braucht man Kondition."
            ),
            article("", "2) Zweiter", "8165 字", "2018 年 10 月 7 日 17:04", "Text.")
        );
        assert!(is_export(&html));
        let items = read_export(&html).unwrap();
        assert_eq!(items.len(), 2, "the wrapping div is not an article of its own");
        let a = &items[0].article;
        assert_eq!(
            (a.title.as_str(), a.author.as_str(), a.outlet.as_str(), a.published),
            ("Zu Fuß nach Kopenhagen", "Sarah Pepin", "Der Tagesspiegel Online", Some(date(2017, 4, 1)))
        );
        assert_eq!(a.text, "Dafür braucht man Kondition.");
        assert!(a.notes.starts_with("Section: Magazin\nLength: 1285 Wörter"), "{}", a.notes);
        assert_eq!(items[1].article.published, Some(date(2018, 10, 7)));
    }

    #[test]
    fn an_ordinary_page_is_not_an_export() {
        assert!(!is_export("<html><body><div class=\"article body\"><p>News</p></div></body></html>"));
    }
}
