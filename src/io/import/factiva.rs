//! Factiva HTML exports ("Article Format: Full Article/Report plus Indexing"), one article per
//! `div.article`: each a table of two-letter field codes (HD headline, BY byline, PD date, SN
//! source, SE section, WC word count, ED edition, LP lead paragraphs, TD text...).

use dom_query::{Document, Selection};

use super::Imported;
use super::news::NewsItem;

/// Whether a saved page is a Factiva export: article blocks whose rows carry field codes.
pub fn is_export(html: &str) -> bool {
    html.contains("class=\"article ") && html.contains("class=\"index\"") && html.contains("<b>HD</b>")
}

/// The articles of a Factiva HTML export.
pub fn read_export(html: &str) -> Result<Vec<Imported>, String> {
    let doc = Document::from(html);
    let items: Vec<NewsItem> = doc.select("div[class^=\"article\"]").iter().map(|article| item(&article)).collect();
    if items.is_empty() {
        return Err("it is a Factiva export with no articles in it".into());
    }
    Ok(items.into_iter().enumerate().map(|(i, item)| item.into_imported("Factiva export", i + 1)).collect())
}

fn item(article: &Selection) -> NewsItem {
    let mut item = NewsItem::default();
    for row in article.select("tr").iter() {
        let code = row.select("td.index").text().replace('\u{a0}', " ").trim().to_owned();
        let cell = row.select("td:not(.index)");
        let value = cell.text().split_whitespace().collect::<Vec<_>>().join(" ");
        match code.as_str() {
            "HD" => item.title = value,
            "BY" => item.byline = value,
            "PD" => item.date_line = value,
            "SN" => item.outlet = value,
            "SE" => item.section = value,
            "WC" => item.length = value,
            "LP" | "TD" => item
                .body
                .extend(cell.select("p").iter().map(|p| p.text().split_whitespace().collect::<Vec<_>>().join(" "))),
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
    fn an_ordinary_page_is_not_an_export() {
        assert!(!is_export("<html><body><div class=\"article body\"><p>News</p></div></body></html>"));
    }
}
