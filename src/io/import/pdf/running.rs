//! Running headers, footers and page numbers, found by where they sit and dropped before the
//! reading order is worked out: a piece of text in the top or bottom two lines of a page that
//! comes back (digits aside, so "Page 3" matches "Page 4") at the same height on other pages,
//! or a bare page number there.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::lines::Piece;

/// How many text lines at the top and the bottom of a page can be a running header or footer.
const EDGE_LINES: usize = 2;

static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(page\s+)?[-–—]?\s*(\d{1,4}|[ivxlc]{1,6})\s*[-–—]?(\s*(of|/)\s*\d{1,4})?$")
        .expect("valid pattern")
});

/// Drops running headers, footers and page numbers from every page. A header counts as running
/// when it is on at least two pages and two in five of them (books and reports alternate theirs
/// between left and right pages, so each is on half).
pub fn drop_running(pages: &mut [Vec<Piece>]) {
    let edges: Vec<Vec<usize>> = pages.iter().map(|p| edge_pieces(p)).collect();
    let mut places: HashMap<String, Vec<(usize, f64)>> = HashMap::new();
    for (page, (pieces, edge)) in pages.iter().zip(&edges).enumerate() {
        for &i in edge {
            places.entry(shape(&pieces[i].text)).or_default().push((page, pieces[i].y));
        }
    }
    let needed = (pages.len() * 2).div_ceil(5).max(2);
    for (page, (pieces, edge)) in pages.iter_mut().zip(edges).enumerate() {
        let dropped: Vec<usize> = edge
            .into_iter()
            .filter(|&i| {
                let piece = &pieces[i];
                let near = 2.0_f64.max(0.6 * piece.size);
                let mut on: Vec<usize> = places[&shape(&piece.text)]
                    .iter()
                    .filter(|(other, y)| *other != page && (y - piece.y).abs() <= near)
                    .map(|(other, _)| *other)
                    .collect();
                on.dedup();
                on.len() + 1 >= needed || PAGE_NUMBER.is_match(piece.text.trim())
            })
            .collect();
        let mut index = 0;
        pieces.retain(|_| {
            index += 1;
            !dropped.contains(&(index - 1))
        });
    }
}

/// Indices of the pieces on a page's first and last few text lines.
fn edge_pieces(pieces: &[Piece]) -> Vec<usize> {
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
    let mut edge: Vec<usize> = lines
        .into_iter()
        .enumerate()
        .filter(|(n, _)| *n < EDGE_LINES || *n + EDGE_LINES >= count)
        .flat_map(|(_, line)| line)
        .collect();
    edge.sort_unstable();
    edge
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
}
