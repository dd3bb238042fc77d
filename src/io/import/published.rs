//! A saved page's publication date, from every place pages put it, and where it was found.
//!
//! Sources, in this order (the first that gives a date wins; earlier ones are written for search
//! engines and feeds, so kept accurate, later ones are read from what the reader sees):
//! 1. JSON-LD `datePublished` of the article object (also inside `@graph` and arrays);
//! 2. `<meta>` tags, in `META_KEYS` order (`article:published_time`, `DC.date.issued`, NYT's
//!    `pdate`, `sailthru.date`, `parsely-pub-date`, ..., plain `date`), by `name`, `property` or
//!    `itemprop`, any case;
//! 3. microdata `[itemprop=datePublished]`, then a `<time datetime>` in the article's header
//!    (`time[pubdate]`, `header time`, `article time`, a byline's or date line's `time`), then the
//!    page's first `<time datetime>`;
//! 4. the date in the canonical (or `og:url`) address: `/2017/01/13/`, `/2017-01-13/`,
//!    `/2019/nov/18/`, `-20191115/`;
//! 5. a dateline near the byline: the first date written out ("Jan. 13, 2017", "13 January
//!    2017") in an element whose class names a date, time, byline or meta line, or else in the
//!    first 600 characters of the article's text.
//!
//! Timestamps keep the date as written (an outlet's local date is what its "on Friday" means).

use std::sync::LazyLock;

use dom_query::Document;
use jiff::civil::Date;
use regex::Regex;

use crate::analysis::date_expressions;
use crate::model::DateSettings;

/// A publication date and, for the import notice, where it came from.
#[derive(Debug, PartialEq)]
pub struct Published {
    pub date: Date,
    pub source: String,
}

/// `<meta>` names and properties that hold a publication date, most trusted first.
const META_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article.published",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "pdate",
    "sailthru.date",
    "parsely-pub-date",
    "publish-date",
    "publish_date",
    "published_date",
    "publication_date",
    "publishdate",
    "original-publish-date",
    "article_date_original",
    "pubdate",
    "displaydate",
    "dc.date",
    "dcterms.date",
    "date",
];

/// Where a `<time datetime>` in the article's header sits, most specific first.
const TIME_SELECTORS: &[&str] = &[
    "time[pubdate][datetime]",
    "article header time[datetime]",
    "header time[datetime]",
    "article time[datetime]",
    "[class*=byline] time[datetime], [class*=dateline] time[datetime], [class*=date] time[datetime]",
    "time[datetime]",
];

/// Elements whose text may be a dateline ("Published Jan. 13, 2017 at 5:00 p.m.").
const DATELINE_SELECTOR: &str = "[class*=dateline], [class*=byline], [class*=date], [class*=Date], \
     [class*=time], [class*=meta], [id*=date]";

/// How far into the article's text a dateline is looked for.
const DATELINE_CHARS: usize = 600;

/// The page's publication date. `json_ld` is the article object's `datePublished`, `url` the
/// page's canonical address, `text` the extracted article text.
pub fn find(doc: &Document, json_ld: Option<&str>, url: Option<&str>, text: &str) -> Option<Published> {
    let found = |date: Date, source: String| Some(Published { date, source });
    if let Some(date) = json_ld.and_then(parse_date) {
        return found(date, "JSON-LD datePublished".into());
    }
    if let Some((key, date)) = from_meta(doc) {
        return found(date, format!("<meta {key}>"));
    }
    for node in doc.select("[itemprop=datePublished]").nodes() {
        let value = node.attr("datetime").or_else(|| node.attr("content")).unwrap_or_else(|| node.text());
        if let Some(date) = parse_date(&value) {
            return found(date, "itemprop=datePublished".into());
        }
    }
    for selector in TIME_SELECTORS {
        let date = doc.select(selector).nodes().iter().find_map(|n| parse_date(&n.attr("datetime")?));
        if let Some(date) = date {
            return found(date, format!("<time datetime> ({selector})"));
        }
    }
    if let Some(date) = url.and_then(date_in_url) {
        return found(date, "the date in the page's address".into());
    }
    let near_byline = doc.select(DATELINE_SELECTOR).nodes().iter().take(200).find_map(|n| {
        let text = n.text();
        // A whole section with a date class is not a dateline.
        (text.len() < 300).then(|| written_date(&text)).flatten()
    });
    if let Some(date) = near_byline {
        return found(date, "the dateline by the byline".into());
    }
    let head: String = text.chars().take(DATELINE_CHARS).collect();
    written_date(&head).and_then(|date| found(date, "the dateline at the top of the article".into()))
}

/// The first `<meta>` in `META_KEYS` order whose content is a date, and its key.
fn from_meta(doc: &Document) -> Option<(&'static str, Date)> {
    let metas: Vec<(String, String)> = doc
        .select("meta[content]")
        .nodes()
        .iter()
        .filter_map(|n| {
            let key = n.attr("property").or_else(|| n.attr("name")).or_else(|| n.attr("itemprop"))?;
            Some((key.trim().to_ascii_lowercase(), n.attr("content")?.to_string()))
        })
        .collect();
    META_KEYS.iter().find_map(|&wanted| {
        metas.iter().filter(|(key, _)| key == wanted).find_map(|(_, content)| Some((wanted, parse_date(content)?)))
    })
}

static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[^\d])").expect("valid regex"));
static COMPACT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|[^\d])").expect("valid regex"));
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$|\.html?|_)").expect("valid regex")
});
static URL_COMPACT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[-/_]((?:19|20)\d{2})(\d{2})(\d{2})(?:/|$|\.html?|[?#])").expect("valid regex"));
/// Year and month run together or hyphened, then the day: `/202311/17/` (China Daily),
/// `/2023-11/17/` (Xinhua).
static URL_YEAR_MONTH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"/((?:19|20)\d{2})-?(\d{2})/(\d{2})/").expect("valid regex"));
/// A date written year first in numbers, "2023-11-17", "2023/11/17", "2023.11.17", Xinhua's
/// "2023 11/17": year first, the month always comes next ("in 2019 5.3 million" is none).
static YEAR_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^\d.,])((?:19|20)\d{2})(?:-(\d{1,2})-|/(\d{1,2})/|\.(\d{1,2})\.|\s+(\d{1,2})\s*/\s*)(\d{1,2})(?:$|[^\d])")
        .expect("valid regex")
});
static URL_MONTH_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)/((?:19|20)\d{{2}})/{MONTH}/(\d{{1,2}})/")).expect("valid regex"));
const MONTH: &str = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)";
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b{MONTH}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b")).expect("valid regex")
});
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\.?\s+{MONTH}\.?,?\s+(\d{{4}})\b")).expect("valid regex")
});

/// A date from a machine-written value: ISO 8601 (`2017-01-13T05:00:00-05:00`), `2017/01/13`,
/// `20170113`, or a written-out date (RFC 2822's `Fri, 13 Jan 2017`, `January 13, 2017`).
pub fn parse_date(value: &str) -> Option<Date> {
    let numeric = ISO.captures(value).or_else(|| COMPACT.captures(value));
    if let Some(c) = numeric {
        return make(&c[1], &c[2], &c[3]);
    }
    written_date(value)
}

/// The first date written out in prose: "Jan. 13, 2017", "January 13th, 2017", "13 January
/// 2017", or in numbers year first ("2023-11-17", Xinhua's "2023 11/17 20:52"); failing those, a whole date in another language or numbers ("13. Januar 2017",
/// "Stand: 13.01.2017", "2017년 1월 13일", "2017年1月13日", "le 13 janvier 2017").
pub(super) fn written_date(text: &str) -> Option<Date> {
    let first = |re: &Regex, month_at: usize, day_at: usize| {
        let c = re.captures(text)?;
        let at = c.get(0).map_or(0, |m| m.start());
        Some((at, month(&c[month_at])?, c[day_at].to_owned(), c[3].to_owned()))
    };
    let year_first = YEAR_FIRST.captures(text).and_then(|c| {
        let at = c.get(1).map_or(0, |m| m.start());
        let month = (2..=5).find_map(|i| c.get(i))?.as_str().parse::<i8>().ok()?;
        Some((at, month, c[6].to_owned(), c[1].to_owned()))
    });
    let found = [first(&MONTH_FIRST, 1, 2), first(&DAY_FIRST, 2, 1), year_first].into_iter().flatten();
    match found.min_by_key(|f| f.0) {
        Some((_, m, d, y)) => make(&y, &m.to_string(), &d).or_else(|| any_language_date(text)),
        None => any_language_date(text),
    }
}

/// The first whole day with its year in `text`, as the date reader finds it in any language it
/// reads. Slashed numbers are left out: 01/05/2017 is January in one country and May in another,
/// and a page does not say which it follows (dotted ones, 05.01.2017, are always day first).
fn any_language_date(text: &str) -> Option<Date> {
    let chars: Vec<char> = text.chars().collect();
    date_expressions::find(&chars, 0, chars.len(), None, DateSettings::default())
        .into_iter()
        .filter(|e| e.date.start == e.date.end && !chars[e.start..e.end].contains(&'/'))
        .find_map(|e| {
            make(&e.date.start.year().to_string(), &e.date.start.month().to_string(), &e.date.start.day().to_string())
        })
}

fn month(name: &str) -> Option<i8> {
    let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let lower = name.to_ascii_lowercase();
    months.iter().position(|m| lower.starts_with(m)).map(|i| i as i8 + 1)
}

/// The date in a page address's path: `/2017/01/13/`, `/2017-01-13-headline`, `/2019/nov/18/`,
/// `/headline-20191115/`, `/202311/17/`, `/2023-11/17/`.
fn date_in_url(url: &str) -> Option<Date> {
    if let Some(c) = URL_DATE.captures(url) {
        return make(&c[1], &c[2], &c[3]);
    }
    if let Some(c) = URL_COMPACT.captures(url) {
        return make(&c[1], &c[2], &c[3]);
    }
    if let Some(c) = URL_YEAR_MONTH.captures(url) {
        return make(&c[1], &c[2], &c[3]);
    }
    let c = URL_MONTH_NAME.captures(url)?;
    make(&c[1], &month(&c[2])?.to_string(), &c[3])
}

/// A real calendar date in the years pages are published in.
fn make(year: &str, month: &str, day: &str) -> Option<Date> {
    let year: i16 = year.parse().ok()?;
    if !(1990..=2100).contains(&year) {
        return None;
    }
    Date::new(year, month.parse().ok()?, day.parse().ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn page(head: &str, body: &str) -> Document {
        Document::from(format!("<html><head>{head}</head><body>{body}</body></html>"))
    }

    fn source_and_date(doc: &Document, url: Option<&str>, text: &str) -> Option<(String, Date)> {
        find(doc, None, url, text).map(|p| (p.source, p.date))
    }

    #[test]
    fn machine_written_dates_in_every_common_shape() {
        assert_eq!(parse_date("2017-01-13T05:00:00-05:00"), Some(date(2017, 1, 13)));
        assert_eq!(parse_date(" 2017/1/3 "), Some(date(2017, 1, 3)));
        assert_eq!(parse_date("20170113"), Some(date(2017, 1, 13)));
        assert_eq!(parse_date("Fri, 13 Jan 2017 10:00:00 GMT"), Some(date(2017, 1, 13)));
        assert_eq!(parse_date("January 13th, 2017"), Some(date(2017, 1, 13)));
        assert_eq!(parse_date("2017-02-30"), None);
        assert_eq!(parse_date("12345678901"), None);
        assert_eq!(parse_date("yesterday"), None);
    }

    #[test]
    fn json_ld_wins_over_meta_tags() {
        let doc = page(r#"<meta property="article:published_time" content="2017-01-12">"#, "");
        let found = find(&doc, Some("2017-01-13T01:00:00Z"), None, "").unwrap();
        assert_eq!((found.date, found.source.as_str()), (date(2017, 1, 13), "JSON-LD datePublished"));
    }

    #[test]
    fn meta_tags_in_priority_order_and_any_case() {
        let doc = page(
            r#"<meta name="date" content="2016-05-05"><meta name="PDATE" content="20170113">
               <meta name="DC.date.issued" content="2017-01-14">"#,
            "",
        );
        assert_eq!(source_and_date(&doc, None, ""), Some(("<meta dc.date.issued>".into(), date(2017, 1, 14))));
        let nyt = page(r#"<meta name="pdate" content="20170113"><meta name="date" content="2016-05-05">"#, "");
        assert_eq!(source_and_date(&nyt, None, ""), Some(("<meta pdate>".into(), date(2017, 1, 13))));
        let parsely = page(r#"<meta name="parsely-pub-date" content="2019-07-01T09:20:00Z">"#, "");
        assert_eq!(source_and_date(&parsely, None, "").unwrap().1, date(2019, 7, 1));
    }

    #[test]
    fn a_time_element_in_the_header_then_the_address_then_the_dateline() {
        let time = page("", r#"<article><header><time datetime="2018-03-02T10:00">2 March</time></header></article>"#);
        assert_eq!(source_and_date(&time, None, "").unwrap().1, date(2018, 3, 2));
        let url = page("", "<p>text</p>");
        let address = source_and_date(&url, Some("https://x.example/2017/01/13/world/sanctions.html"), "");
        assert_eq!(address, Some(("the date in the page's address".into(), date(2017, 1, 13))));
        assert_eq!(
            date_in_url("https://www.politifact.com/wv/statements/2019/nov/18/mckinley/"),
            Some(date(2019, 11, 18))
        );
        let byline = page("", r#"<div class="story-meta">By A. Bell | Updated Jan. 13, 2017 at 5 p.m.</div>"#);
        assert_eq!(source_and_date(&byline, None, "").unwrap().1, date(2017, 1, 13));
        let dateline = page("", "<p>x</p>");
        let found = source_and_date(&dateline, None, "BEIJING, 13 January 2017 — China said");
        assert_eq!(found, Some(("the dateline at the top of the article".into(), date(2017, 1, 13))));
        assert_eq!(source_and_date(&page("", "<p>Nothing dated.</p>"), None, "Nothing dated."), None);
    }

    #[test]
    fn datelines_in_other_languages_and_numbers_give_their_date() {
        let cases = [
            ("Berlin, 13. Januar 2017 – Die Bundesregierung", date(2017, 1, 13)),
            ("Stand: 13.01.2017 12:00 Uhr", date(2017, 1, 13)),
            ("Stand: 05.01.2017", date(2017, 1, 5)),
            ("입력 2017.01.13 10:00 수정 2017.01.14", date(2017, 1, 13)),
            ("기사입력 2017년 1월 13일 오전 10시", date(2017, 1, 13)),
            ("新华社北京2017年1月13日电", date(2017, 1, 13)),
            ("2017年1月13日 10時00分 配信", date(2017, 1, 13)),
            ("Publié le 13 janvier 2017 à 10h00", date(2017, 1, 13)),
            ("Actualizado el 13 de enero de 2017", date(2017, 1, 13)),
            ("Опубликовано 13 января 2017 года", date(2017, 1, 13)),
            ("MOSKAU, 13. März 2017", date(2017, 3, 13)),
        ];
        for (text, expected) in cases {
            assert_eq!(written_date(text), Some(expected), "{text}");
        }
        // A slashed date could be either order; a year alone or a relative word is no date.
        for text in ["Updated 01/05/2017", "im Jahr 2017", "gestern", "am Freitag"] {
            assert_eq!(written_date(text), None, "{text}");
        }
    }

    #[test]
    fn chinese_outlets_date_their_pages_in_a_publishdate_tag_their_address_or_a_year_first_line() {
        let meta = page(r#"<meta name="publishdate" content="2023-11-17">"#, "");
        assert_eq!(source_and_date(&meta, None, ""), Some(("<meta publishdate>".into(), date(2023, 11, 17))));
        assert_eq!(date_in_url("https://china.chinadaily.com.cn/a/202311/17/WS6557.html"), Some(date(2023, 11, 17)));
        assert_eq!(date_in_url("http://www.news.cn/fortune/2023-11/17/c_1129981476.htm"), Some(date(2023, 11, 17)));
        let xinhua = page(
            "",
            r#"<div class="header-time"><span class="year"><em> 2023</em></span><span class="day"><em> 11</em>/<em> 17</em></span> 20:52:15</div>"#,
        );
        assert_eq!(source_and_date(&xinhua, None, "").unwrap().1, date(2023, 11, 17));
        assert_eq!(written_date("Updated 2019-08-20 09:31"), Some(date(2019, 8, 20)));
        assert_eq!(written_date("2019.8.20"), Some(date(2019, 8, 20)));
        for text in ["In 2019 5.3 million people", "version 2019 5"] {
            assert_eq!(written_date(text), None, "{text}");
        }
    }

    #[test]
    fn a_german_page_with_its_date_in_a_meta_tag_or_byline_is_dated() {
        let meta = page(r#"<meta name="date" content="13.01.2017">"#, "");
        assert_eq!(source_and_date(&meta, None, "").unwrap().1, date(2017, 1, 13));
        let byline = page("", r#"<div class="article-date">Freitag, 13. Januar 2017, 14:02 Uhr</div>"#);
        assert_eq!(source_and_date(&byline, None, ""), Some(("the dateline by the byline".into(), date(2017, 1, 13))));
    }
}
