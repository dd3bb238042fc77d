//! Running headers, footers and page numbers, found by where they sit and dropped before the
//! reading order is worked out. A running header or footer is a piece of text with letters in
//! it, in the top or bottom two lines of a page, that comes back (digits aside, so "Page 3"
//! matches "Page 4") at the same height on other pages. A page number is a number in the same
//! place that is alone on its line and counts up with the pages or says what it is ("Page 3",
//! "3 of 9", "- 3 -"), or that sits beside a running header ("1 Introduction 2"). A table's last
//! row, a heading's section number, or a paragraph's "1." that every page starts with, stays.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::lines::Piece;

/// How many text lines at the top and the bottom of a page can be a running header or footer.
const EDGE_LINES: usize = 2;

/// "12", "Page 12", "- 12 -", "12 of 40", "12/40" (a journal's or a register's pages run to five
/// digits), and roman "xii" or "XII" (never mixed case,
/// so a word such as "Civil" is no number).
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:page)\s+)?[-–—]?\s*(\d{1,5}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})\s*[-–—]?(?:\s*(?:(?i:of)|/)\s*(\d{1,5}))?$")
        .expect("valid pattern")
});

/// Drops running headers, footers and page numbers from every page. A header counts as running
/// when it is on at least two pages and two in five of them (books and reports alternate theirs
/// between left and right pages, so each is on half).
pub fn drop_running(pages: &mut [Vec<Piece>]) {
    let edges: Vec<Vec<Vec<usize>>> = pages.iter().map(|p| edge_lines(p)).collect();
    let mut places: HashMap<String, Vec<(usize, f64)>> = HashMap::new();
    let mut numbers: Vec<(usize, u32)> = Vec::new();
    for (page, (pieces, lines)) in pages.iter().zip(&edges).enumerate() {
        for &i in lines.iter().flatten() {
            places.entry(shape(&pieces[i].text)).or_default().push((page, pieces[i].y));
            numbers.extend(page_number(&pieces[i].text).map(|n| (page, n.value)));
        }
    }
    let page_count = pages.len();
    let needed = (page_count * 2).div_ceil(5).max(2);
    let running = |page: usize, piece: &Piece| {
        let shape = shape(&piece.text);
        let near = 2.0_f64.max(0.6 * piece.size);
        let mut on: Vec<usize> = places[&shape]
            .iter()
            .filter(|(other, y)| *other != page && (y - piece.y).abs() <= near)
            .map(|(other, _)| *other)
            .collect();
        on.dedup();
        shape.chars().any(char::is_alphabetic) && on.len() + 1 >= needed
    };
    // A number counts up with the pages when another page's edge holds the number that page
    // would have: 7 on the fifth page agrees with 9 on the seventh.
    let counts_up = |page: usize, n: u32| {
        numbers.iter().any(|&(other, m)| other != page && i64::from(m) - i64::from(n) == other as i64 - page as i64)
    };
    for (page, (pieces, lines)) in pages.iter_mut().zip(edges).enumerate() {
        let mut dropped: Vec<usize> = Vec::new();
        for line in lines {
            let runs: Vec<bool> = line.iter().map(|&i| running(page, &pieces[i])).collect();
            for (k, &i) in line.iter().enumerate() {
                let beside_running = runs.iter().enumerate().any(|(j, &r)| j != k && r);
                let numbered = page_number(&pieces[i].text).is_some_and(|n| {
                    // "3/9" or "3 of 9" on the third of nine pages, as browsers print it.
                    let this_of_all = n.of == Some(page_count) && n.value as usize == page + 1;
                    beside_running || (line.len() == 1 && (n.labelled || counts_up(page, n.value))) || this_of_all
                });
                if runs[k] || numbered {
                    dropped.push(i);
                }
            }
        }
        let mut index = 0;
        pieces.retain(|_| {
            index += 1;
            !dropped.contains(&(index - 1))
        });
    }
}

/// What a piece shaped like a page number says.
#[derive(Debug, PartialEq)]
struct PageNumber {
    value: u32,
    /// Labelled as one ("Page 3", "3 of 9", "- 3 -") rather than a bare number.
    labelled: bool,
    /// The page count it gives ("3 of 9").
    of: Option<usize>,
}

/// The page number a piece gives its page, if it is shaped like one.
fn page_number(text: &str) -> Option<PageNumber> {
    let text = text.trim();
    let parts = PAGE_NUMBER.captures(text)?;
    let number = parts.get(1)?.as_str();
    let value = number.parse().ok().or_else(|| roman(number))?;
    let of = parts.get(2).and_then(|of| of.as_str().parse().ok());
    Some(PageNumber { value, labelled: number.len() < text.len(), of })
}

/// The value of a roman numeral written the usual way ("xiv", not "xiiii" or "civil").
fn roman(numeral: &str) -> Option<u32> {
    const DIGITS: [(u32, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut rest = numeral.to_ascii_lowercase();
    let lower = rest.clone();
    let mut value = 0;
    let mut written = String::new();
    for (worth, digit) in DIGITS {
        while let Some(after) = rest.strip_prefix(digit) {
            value += worth;
            rest = after.to_owned();
        }
    }
    // Written back the usual way, it must read as it was printed.
    let mut left = value;
    for (worth, digit) in DIGITS {
        while left >= worth {
            written.push_str(digit);
            left -= worth;
        }
    }
    (value > 0 && written == lower).then_some(value)
}

/// The pieces on a page's first and last few text lines, line by line.
fn edge_lines(pieces: &[Piece]) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..pieces.len()).collect();
    order.sort_by(|&a, &b| pieces[a].y.total_cmp(&pieces[b].y));
    // Text lines as runs of baselines within a fraction of a font size of each other.
    let mut lines: Vec<Vec<usize>> = Vec::new();
    for i in order {
        match lines.last_mut() {
            Some(line) if pieces[i].y - pieces[line[0]].y <= 0.4 * pieces[i].size => line.push(i),
            _ => lines.push(vec![i]),
        }
    }
    let count = lines.len();
    lines.into_iter().enumerate().filter(|(n, _)| *n < EDGE_LINES || *n + EDGE_LINES >= count).map(|(_, l)| l).collect()
}

/// A piece's text with its digits blanked and its spacing made even.
fn shape(text: &str) -> String {
    let digits_out: String = text.chars().map(|c| if c.is_ascii_digit() { '#' } else { c }).collect();
    digits_out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(text: &str, x0: f64, y: f64) -> Piece {
        Piece { text: text.into(), x0, x1: x0 + 5.0 * text.len() as f64, y, size: 10.0, spaced: false }
    }

    fn page(n: usize, body: &str) -> Vec<Piece> {
        vec![
            piece("Trade Review", 50.0, 40.0),
            piece(&format!("June {}, 2025", n + 1), 400.0, 40.0),
            piece(body, 50.0, 100.0),
            piece("and goes on.", 50.0, 112.0),
            piece(&format!("{body} again."), 50.0, 124.0),
            piece(&format!("{}", n + 1), 300.0, 760.0),
        ]
    }

    fn texts(page: &[Piece]) -> Vec<&str> {
        page.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn headers_at_the_same_height_on_most_pages_and_page_numbers_are_dropped() {
        let bodies = ["Tariffs rose", "Talks stalled", "A deal came"];
        let mut pages: Vec<Vec<Piece>> = bodies.iter().enumerate().map(|(n, body)| page(n, body)).collect();
        drop_running(&mut pages);
        for (p, body) in pages.iter().zip(bodies) {
            assert_eq!(texts(p), [body, "and goes on.", &format!("{body} again.")]);
        }
    }

    #[test]
    fn a_line_repeated_at_another_height_is_kept() {
        let mut pages = vec![page(0, "Summary"), vec![piece("Summary", 50.0, 300.0), piece("More text.", 50.0, 312.0)]];
        pages[1].extend([piece("x", 50.0, 500.0), piece("y", 50.0, 600.0), piece("z", 50.0, 700.0)]);
        drop_running(&mut pages);
        assert!(texts(&pages[1]).contains(&"Summary"), "{:?}", texts(&pages[1]));
        assert!(texts(&pages[0]).contains(&"Trade Review"), "one page only: {:?}", texts(&pages[0]));
    }

    #[test]
    fn a_table_ending_a_page_keeps_its_rows() {
        let table = |page: usize| {
            let mut rows = vec![piece(["Exports rose.", "Imports fell."][page], 50.0, 100.0)];
            for (n, row) in
                [["Year", "Exports", "Imports"], ["2024", "120", "340"], ["2025", "95", "410"]].iter().enumerate()
            {
                let y = 112.0 + 12.0 * (n + page) as f64;
                rows.extend(row.iter().enumerate().map(|(c, cell)| piece(cell, 50.0 + 80.0 * c as f64, y)));
            }
            rows
        };
        let mut one = vec![table(0)];
        drop_running(&mut one);
        assert_eq!(texts(&one[0]), texts(&table(0)));
        let mut two = vec![table(0), table(1)];
        drop_running(&mut two);
        assert_eq!(texts(&two[1]), texts(&table(1)));
    }

    #[test]
    fn numbered_paragraphs_starting_two_pages_at_one_height_are_kept() {
        let numbered = |marker: &str, body: &str| {
            vec![
                piece(marker, 50.0, 40.0),
                piece(body, 80.0, 40.0),
                piece("and so on.", 80.0, 52.0),
                piece("end.", 80.0, 64.0),
            ]
        };
        let mut pages = vec![numbered("1.", "Everyone is born free."), numbered("2.", "Everyone is entitled.")];
        drop_running(&mut pages);
        assert_eq!(texts(&pages[0])[..2], ["1.", "Everyone is born free."]);
        assert_eq!(texts(&pages[1])[..2], ["2.", "Everyone is entitled."]);
    }

    #[test]
    fn a_number_beside_a_running_footer_or_alone_and_counting_up_is_a_page_number() {
        let page = |body: &str, n: &str, foot: &str| {
            vec![piece(body, 50.0, 100.0), piece(foot, 50.0, 760.0), piece(n, 500.0, 760.0)]
        };
        let mut footed =
            vec![page("Tariffs rose.", "1", "example.org/report"), page("Talks stalled.", "9", "example.org/report")];
        drop_running(&mut footed);
        assert_eq!(texts(&footed[1]), ["Talks stalled."]);
        let mut section = vec![page("Tariffs rose.", "2", "Scope"), page("Talks stalled.", "2", "Method")];
        drop_running(&mut section);
        assert_eq!(texts(&section[1]), ["Talks stalled.", "Method", "2"]);
        let alone = |body: &str, n: &str| vec![piece(body, 50.0, 100.0), piece(n, 300.0, 760.0)];
        let mut counting = vec![alone("Tariffs rose.", "iv"), alone("Talks stalled.", "v")];
        drop_running(&mut counting);
        assert_eq!(texts(&counting[1]), ["Talks stalled."]);
        let mut repeated = vec![alone("Tariffs rose.", "4"), alone("Talks stalled.", "4")];
        drop_running(&mut repeated);
        assert_eq!(texts(&repeated[1]), ["Talks stalled.", "4"]);
        let mut labelled = vec![alone("Tariffs rose.", "Page 1")];
        drop_running(&mut labelled);
        assert_eq!(texts(&labelled[0]), ["Tariffs rose."], "a labelled page number even on a one-page document");
        let mut printed = vec![page("Tariffs rose.", "1/1", "example.org/report")];
        drop_running(&mut printed);
        assert_eq!(texts(&printed[0]), ["Tariffs rose.", "example.org/report"], "a browser's page count");
        let mut fraction = vec![page("Tariffs rose.", "1/2", "Share")];
        drop_running(&mut fraction);
        assert_eq!(texts(&fraction[0]), ["Tariffs rose.", "Share", "1/2"], "a fraction in a table");
    }

    #[test]
    fn roman_page_numbers_are_read_only_as_printed_in_one_case() {
        let read = |text: &str| page_number(text).map(|n| (n.value, n.labelled, n.of));
        assert_eq!(read("xiv"), Some((14, false, None)));
        assert_eq!(read("Page XII"), Some((12, true, None)));
        assert_eq!(read("- 7 -"), Some((7, true, None)));
        assert_eq!(read("3 of 10"), Some((3, true, Some(10))));
        assert_eq!(read("3/10"), Some((3, true, Some(10))));
        assert_eq!(page_number("Civil"), None);
        assert_eq!(page_number("civil"), None);
        assert_eq!(page_number("Xii"), None);
        assert_eq!(page_number("iiii"), None);
    }
}
