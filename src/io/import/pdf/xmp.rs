//! The few XMP metadata fields an article needs (title, creators, creation date), read from the
//! packet's text: XMP is RDF/XML with several legal spellings, and these three are all wanted.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

#[derive(Debug, Default, PartialEq)]
pub struct Xmp {
    pub title: String,
    pub author: String,
    pub date: Option<Date>,
}

/// `dc:title` and `dc:creator` (their `rdf:li` items, or a plain value) and `xmp:CreateDate`
/// (element or attribute).
pub fn read(packet: &str) -> Xmp {
    static ITEM: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?s)<rdf:li[^>]*>(.*?)</rdf:li>").expect("valid pattern"));
    static DATE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"xmp:CreateDate(?:>|\s*=\s*")\s*(\d{4}-\d{2}-\d{2})"#).expect("valid pattern"));
    let element = |name: &str| {
        let open = format!("<{name}");
        let start = packet.find(&open)?;
        let body_start = start + packet[start..].find('>')? + 1;
        let end = body_start + packet[body_start..].find(&format!("</{name}>"))?;
        let body = &packet[body_start..end];
        let items: Vec<String> =
            ITEM.captures_iter(body).map(|c| unescape(c[1].trim())).filter(|i| !i.is_empty()).collect();
        // Markup with no item in it (an empty `<rdf:li/>`) is no value.
        let plain = if body.contains('<') { String::new() } else { unescape(body.trim()) };
        Some(if items.is_empty() { plain } else { items.join(", ") })
    };
    Xmp {
        title: element("dc:title").unwrap_or_default(),
        author: element("dc:creator").unwrap_or_default(),
        date: DATE.captures(packet).and_then(|c| c[1].parse().ok()),
    }
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_creators_and_date_come_from_the_packet() {
        let packet = r#"<x:xmpmeta><rdf:RDF><rdf:Description xmp:CreateDate="2025-06-02T09:00:00Z">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Steel &amp; sanctions</rdf:li></rdf:Alt></dc:title>
            <dc:creator><rdf:Seq><rdf:li>M. Zhang</rdf:li><rdf:li>A. Osei</rdf:li></rdf:Seq></dc:creator>
            </rdf:Description></rdf:RDF></x:xmpmeta>"#;
        let xmp = read(packet);
        assert_eq!((xmp.title.as_str(), xmp.author.as_str()), ("Steel & sanctions", "M. Zhang, A. Osei"));
        assert_eq!(xmp.date, Some(jiff::civil::date(2025, 6, 2)));
    }

    #[test]
    fn a_packet_without_the_fields_gives_nothing() {
        assert_eq!(read("<x:xmpmeta/>"), Xmp::default());
        assert_eq!(read("<xmp:CreateDate>2024-02-30</xmp:CreateDate>").date, None);
        let empty = r#"<dc:title><rdf:Alt><rdf:li xml:lang="x-default"/></rdf:Alt></dc:title>"#;
        assert_eq!(read(empty).title, "", "an empty item is no title");
        assert_eq!(read("<dc:title>Plain title</dc:title>").title, "Plain title");
    }
}
