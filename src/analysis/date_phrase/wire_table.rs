//! The wire-copy table (wire_phrases.tsv): each date phrase, found by the reader in the sentence
//! it was written in, resolves to the first and last day written down for it by hand.

use jiff::civil::Date;

use super::tests::table_rows;
use crate::analysis::date_expressions::find;

struct Row {
    sentence: String,
    /// The bracketed phrase's char range in `sentence` (brackets removed).
    phrase: (usize, usize),
    published: Date,
    start: Date,
    end: Date,
}

fn rows() -> Vec<Row> {
    table_rows(include_str!("wire_phrases.tsv"))
        .into_iter()
        .map(|(l, [published, start, end])| {
            let marked: Vec<char> = l.chars().collect();
            let open = marked.iter().position(|c| *c == '[').unwrap_or_else(|| panic!("no [phrase] in {l}"));
            let close = marked.iter().position(|c| *c == ']').unwrap_or_else(|| panic!("no [phrase] in {l}"));
            let sentence: String = marked.iter().filter(|c| !matches!(c, '[' | ']')).collect();
            Row { sentence, phrase: (open, close - 1), published, start, end }
        })
        .collect()
}

/// What the reader makes of the row's phrase: its underline and range, or why it is wrong.
fn verdict(r: &Row) -> Result<(), String> {
    let chars: Vec<char> = r.sentence.chars().collect();
    let found = find(&chars, 0, chars.len(), Some(r.published), Default::default());
    let phrase: String = chars[r.phrase.0..r.phrase.1].iter().collect();
    let hit = found.iter().find(|d| d.start < r.phrase.1 && r.phrase.0 < d.end);
    match hit {
        Some(d) if (d.date.start, d.date.end) == (r.start, r.end) => Ok(()),
        Some(d) => Err(format!(
            "“{phrase}” ({}): underlined “{}” as {} to {}, expected {} to {}",
            r.published,
            chars[d.start..d.end].iter().collect::<String>(),
            d.date.start,
            d.date.end,
            r.start,
            r.end
        )),
        None => Err(format!("“{phrase}” ({}): not found in “{}”", r.published, r.sentence)),
    }
}

#[test]
fn every_wire_copy_phrase_resolves_in_its_sentence_to_the_range_written_for_it() {
    let rows = rows();
    assert!(rows.len() >= 60, "the table holds {} phrases", rows.len());
    let wrong: Vec<String> = rows.iter().filter_map(|r| verdict(r).err()).collect();
    println!("wire-copy phrases right in start and end: {} of {}", rows.len() - wrong.len(), rows.len());
    assert!(wrong.is_empty(), "{} of {} wrong:\n{}", wrong.len(), rows.len(), wrong.join("\n"));
}
