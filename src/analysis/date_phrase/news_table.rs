//! The news phrase table (news_phrases.tsv): every phrase resolves to its expected first and
//! last day, and the finder underlines each one whole in running text.

use jiff::civil::Date;

use super::resolve;
use super::tests::table_rows;

struct Row<'a> {
    phrase: &'a str,
    published: Date,
    start: Date,
    end: Date,
}

fn rows() -> Vec<Row<'static>> {
    table_rows(include_str!("news_phrases.tsv"))
        .into_iter()
        .map(|(phrase, [published, start, end])| Row { phrase, published, start, end })
        .collect()
}

#[test]
fn every_news_phrase_in_the_table_resolves_to_its_expected_range() {
    let rows = rows();
    assert!(rows.len() >= 80, "the table holds {} phrases", rows.len());
    let wrong: Vec<String> = rows
        .iter()
        .filter_map(|r| match resolve(r.phrase, Some(r.published)) {
            Ok(d) if (d.start, d.end) == (r.start, r.end) => None,
            Ok(d) => Some(format!(
                "{} ({}): {} to {}, expected {} to {}",
                r.phrase, r.published, d.start, d.end, r.start, r.end
            )),
            Err(e) => Some(format!("{} ({}): {e}", r.phrase, r.published)),
        })
        .collect();
    assert!(wrong.is_empty(), "{} of {} wrong:\n{}", wrong.len(), rows.len(), wrong.join("\n"));
}

#[test]
fn the_reader_underlines_every_news_phrase_whole_with_the_same_range() {
    for r in rows() {
        let text = format!("Officials said {} that talks had resumed.", r.phrase);
        let chars: Vec<char> = text.chars().collect();
        let found =
            crate::analysis::date_expressions::find(&chars, 0, chars.len(), Some(r.published), Default::default());
        let hit = found.iter().find(|d| (d.date.start, d.date.end) == (r.start, r.end));
        let hit = hit.unwrap_or_else(|| panic!("“{}” not underlined with its range in “{text}”: {found:?}", r.phrase));
        let underlined: String = chars[hit.start..hit.end].iter().collect();
        // The leading "on", "in the" may or may not be underlined; the date words must be.
        let core =
            r.phrase.split(' ').skip_while(|w| ["on", "in", "the", "at", "over"].contains(w)).collect::<Vec<_>>();
        let core = core.join(" ");
        assert!(
            underlined.contains(core.trim_end_matches(|c: char| !c.is_alphanumeric())),
            "underlined “{underlined}” for “{}”",
            r.phrase
        );
    }
}
