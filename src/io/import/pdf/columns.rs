//! A page's pieces of text in reading order by their place on the page, as pdftotext and
//! pdfminer lay pages out, not in the order the producer drew them: the page is cut top to
//! bottom into stretches that share one column layout (a full-width title or abstract is a
//! stretch of its own, above the columns), each stretch is read column by column, left to
//! right, and each column top to bottom. Columns are not looked for inside a column: there,
//! gaps that line up are a justified line's stretched word spaces far more often than a
//! layout nested in a column.
//!
//! A stretch has columns when some vertical strip, wider than a word space, is empty of text
//! all the way down it: a gutter.

use super::lines::{PIECE_GAP, Piece};

/// A first line indented by this many font sizes (or up to `MAX_INDENT`) opens a paragraph.
const MIN_INDENT: f64 = 0.8;
const MAX_INDENT: f64 = 4.0;

/// A column holds a piece longer than this many characters: a letter-spaced heading's letters,
/// bullets or line numbers are no column of their own.
const MAX_STRAY_CHARS: usize = 2;

/// How many lines of a column start at its left edge, at least.
const ALIGNED_STARTS: usize = 3;

/// A line further below the last than this many times the usual line spacing opens a paragraph.
const PARAGRAPH_SPACING: f64 = 1.4;

/// The page's text: one line per text line, a blank line between paragraphs and between
/// columns (unless a sentence runs on into the next column).
pub fn page_text(pieces: Vec<Piece>) -> String {
    let mut runs = Vec::new();
    arrange(pieces, &mut runs);
    let mut out: Vec<String> = Vec::new();
    for run in runs {
        let lines = run_lines(run);
        let runs_on = match (out.last(), lines.first()) {
            (Some(last), Some(first)) => last.ends_with('-') || first.starts_with(char::is_lowercase),
            _ => true,
        };
        if !runs_on {
            out.push(String::new());
        }
        out.extend(lines);
    }
    out.join("\n")
}

/// Sorts `pieces` into runs of one column each, in reading order.
fn arrange(mut pieces: Vec<Piece>, runs: &mut Vec<Vec<Piece>>) {
    pieces.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x0.total_cmp(&b.x0)));
    let em = median(pieces.iter().map(|p| p.size));
    for stretch in stretches(bands(pieces), em) {
        let gutters = aligned(gutters(&Cover::of(&stretch), em), &stretch, em);
        if gutters.is_empty() {
            runs.push(stretch);
            continue;
        }
        let mut columns: Vec<Vec<Piece>> = vec![Vec::new(); gutters.len() + 1];
        for piece in stretch {
            let column = gutters.iter().filter(|&&g| piece.x0 >= g).count();
            columns[column].push(piece);
        }
        runs.extend(columns.into_iter().filter(|c| !c.is_empty()));
    }
}

/// Pieces grouped into bands of text lines that overlap vertically, top to bottom.
fn bands(pieces: Vec<Piece>) -> Vec<Vec<Piece>> {
    let mut bands: Vec<(f64, Vec<Piece>)> = Vec::new();
    for piece in pieces {
        let (top, bottom) = extent(&piece);
        match bands.last_mut() {
            Some((band_bottom, band)) if top < *band_bottom => {
                *band_bottom = band_bottom.max(bottom);
                band.push(piece);
            }
            _ => bands.push((bottom, vec![piece])),
        }
    }
    bands.into_iter().map(|(_, band)| band).collect()
}

/// The top and bottom of a piece's letters (ascenders to descenders, roughly).
fn extent(piece: &Piece) -> (f64, f64) {
    (piece.y - 0.7 * piece.size, piece.y + 0.2 * piece.size)
}

/// Consecutive bands joined while they share a column layout: a band joins the stretch above
/// when a gutter still runs through both and the band crosses none of the stretch's columns'
/// gutters (a caption over two columns, a footer), or when neither has a gutter. A band with a
/// gutter below one without (the first lines of two columns below a title) opens a stretch.
fn stretches(bands: Vec<Vec<Piece>>, em: f64) -> Vec<Vec<Piece>> {
    let mut stretches: Vec<(Cover, Vec<Piece>)> = Vec::new();
    for band in bands {
        let cover = Cover::of(&band);
        if let Some((stretch_cover, stretch)) = stretches.last_mut() {
            let joined = stretch_cover.union(&cover);
            let before = gutters(stretch_cover, em);
            let after = gutters(&joined, em);
            // Only a gutter the stretch's lines are aligned on is a column's: a wide word
            // space in the stretch's first line may close.
            let crossed =
                || aligned(before.clone(), stretch, em).iter().any(|&g| !after.iter().any(|&a| (a - g).abs() < em));
            let kept = !before.is_empty() && !after.is_empty() && (after.len() == before.len() || !crossed());
            if kept || (before.is_empty() && gutters(&cover, em).is_empty()) {
                *stretch_cover = joined;
                stretch.extend(band);
                continue;
            }
        }
        stretches.push((cover, band));
    }
    stretches.into_iter().map(|(_, s)| s).collect()
}

/// The horizontal spans text covers, merged and sorted, each with the most characters a piece
/// in it holds.
#[derive(Clone, Debug, PartialEq)]
struct Cover(Vec<Span>);

#[derive(Clone, Copy, Debug, PartialEq)]
struct Span {
    from: f64,
    to: f64,
    chars: usize,
}

impl Cover {
    fn of(pieces: &[Piece]) -> Self {
        let spans =
            pieces.iter().map(|p| Span { from: p.x0, to: p.x1.max(p.x0), chars: p.text.trim().chars().count() });
        Cover(Vec::new()).union(&Cover(spans.collect()))
    }

    fn union(&self, other: &Cover) -> Cover {
        let mut spans: Vec<Span> = self.0.iter().chain(&other.0).copied().collect();
        spans.sort_by(|a, b| a.from.total_cmp(&b.from));
        let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
        for span in spans {
            match merged.last_mut() {
                Some(last) if span.from <= last.to => {
                    last.to = last.to.max(span.to);
                    last.chars = last.chars.max(span.chars);
                }
                _ => merged.push(span),
            }
        }
        Cover(merged)
    }
}

/// Where the columns of a cover split: the middle of each empty strip wider than a word space
/// with a column of running text on either side. A "column" of single characters (a
/// letter-spaced heading, bullets, line numbers) joins its nearer neighbour.
fn gutters(cover: &Cover, em: f64) -> Vec<f64> {
    let spans = &cover.0;
    let mut gaps: Vec<usize> = (1..spans.len()).filter(|&i| spans[i].from - spans[i - 1].to > PIECE_GAP * em).collect();
    let width = |i: usize| spans[i].from - spans[i - 1].to;
    loop {
        let bounds: Vec<usize> = std::iter::once(0).chain(gaps.iter().copied()).chain([spans.len()]).collect();
        let thin = bounds.windows(2).position(|w| spans[w[0]..w[1]].iter().all(|s| s.chars <= MAX_STRAY_CHARS));
        let Some(column) = thin.filter(|_| !gaps.is_empty()) else { break };
        // The gap before the column is gaps[column - 1], the one after it gaps[column].
        let before = column.checked_sub(1);
        let after = (column < gaps.len()).then_some(column);
        let drop = match (before, after) {
            (Some(b), Some(a)) => {
                if width(gaps[b]) <= width(gaps[a]) {
                    b
                } else {
                    a
                }
            }
            (Some(b), None) => b,
            (None, Some(a)) => a,
            (None, None) => break,
        };
        gaps.remove(drop);
    }
    gaps.into_iter().map(|i| (spans[i - 1].to + spans[i].from) / 2.0).collect()
}

/// The gutters a column of text really starts after: at least `ALIGNED_STARTS` of its lines
/// begin at its left edge. A gap that wide word spaces in justified lines happen to line up
/// over a few lines has words starting anywhere after it.
fn aligned(gutters: Vec<f64>, pieces: &[Piece], em: f64) -> Vec<f64> {
    let mut kept = Vec::with_capacity(gutters.len());
    for (i, &gutter) in gutters.iter().enumerate() {
        let end = gutters.get(i + 1).copied().unwrap_or(f64::INFINITY);
        let starts: Vec<f64> = pieces.iter().map(|p| p.x0).filter(|&x| x >= gutter && x < end).collect();
        if common_left(starts, 0.5 * em).0 >= ALIGNED_STARTS {
            kept.push(gutter);
        }
    }
    kept
}

/// A column's pieces as text lines: pieces on one baseline side by side, a blank line where
/// a paragraph opens (a wider line spacing, a change of type size, an indented first line).
fn run_lines(run: Vec<Piece>) -> Vec<String> {
    let rows = super::lines::rows(run);
    let spacing = median(rows.windows(2).map(|w| w[1][0].y - w[0][0].y).filter(|d| *d > 0.0));
    let left = common_left(rows.iter().map(|r| r[0].x0).collect(), 1.0).1;
    let mut lines = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let size = row[0].size;
        if let Some(above) = i.checked_sub(1).map(|j| &rows[j]) {
            let gap = row[0].y - above[0].y;
            let wider = spacing > 0.0 && gap > PARAGRAPH_SPACING * spacing.max(size);
            let resized = (size - above[0].size).abs() > 0.15 * size;
            let indent = |r: &[Piece]| (r[0].x0 - left) / size;
            let indented = (MIN_INDENT..=MAX_INDENT).contains(&indent(row)) && indent(above).abs() < 0.5;
            if wider || resized || indented {
                lines.push(String::new());
            }
        }
        lines.push(row_text(row));
    }
    lines
}

/// A row's pieces side by side; two spaces where the producer drew a space as well as a gap,
/// which is how a letter-spaced heading's word breaks are told from its letter gaps.
fn row_text(row: &[Piece]) -> String {
    let mut text = String::new();
    for piece in row {
        if !text.is_empty() {
            text.push_str(if piece.spaced { "  " } else { " " });
        }
        text.push_str(piece.text.trim());
    }
    text
}

/// The left edge most of `lefts` start at, within `width`, and how many do: a column's
/// paragraphs start a few indented lines, list items a few outdented numbers.
fn common_left(mut lefts: Vec<f64>, width: f64) -> (usize, f64) {
    lefts.sort_by(f64::total_cmp);
    // The window holding the most left edges, found in one sweep.
    let (mut best, mut start) = ((0, lefts.first().copied().unwrap_or(0.0)), 0);
    for end in 0..lefts.len() {
        while lefts[end] - lefts[start] >= width {
            start += 1;
        }
        if end + 1 - start > best.0 {
            best = (end + 1 - start, lefts[start]);
        }
    }
    best
}

fn median(values: impl Iterator<Item = f64>) -> f64 {
    let mut values: Vec<f64> = values.collect();
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(text: &str, x0: f64, y: f64) -> Piece {
        Piece { text: text.into(), x0, x1: x0 + 5.0 * text.chars().count() as f64, y, size: 10.0, spaced: false }
    }

    /// A 10 pt page: a full-width title, then two 200 pt columns 20 pt apart, lines 12 pt apart.
    fn two_columns(left: &[&str], right: &[&str]) -> Vec<Piece> {
        let mut pieces = vec![piece("Steel talks stall in Geneva while the ministers wait for a word", 50.0, 50.0)];
        for (row, (l, r)) in left.iter().zip(right).enumerate() {
            // Drawn row by row across the gutter, right column first: not the reading order.
            pieces.push(piece(r, 270.0, 80.0 + 12.0 * row as f64));
            pieces.push(piece(l, 50.0, 80.0 + 12.0 * row as f64));
        }
        pieces
    }

    #[test]
    fn columns_drawn_row_by_row_are_read_one_after_the_other_below_the_title() {
        let text = page_text(two_columns(
            &["The ministers met on", "Monday and agreed on", "a date for the talks."],
            &["Tariffs on steel rose", "again in June, while", "exports fell sharply."],
        ));
        assert_eq!(
            text,
            "Steel talks stall in Geneva while the ministers wait for a word\n\n\
             The ministers met on\nMonday and agreed on\na date for the talks.\n\n\
             Tariffs on steel rose\nagain in June, while\nexports fell sharply."
        );
    }

    #[test]
    fn a_sentence_running_into_the_next_column_stays_in_its_paragraph() {
        let text = page_text(two_columns(
            &["The ministers met on", "Monday and agreed on", "a date for the next"],
            &["round of talks, which", "begins in June with", "a call on tariffs."],
        ));
        assert!(text.contains("a date for the next\nround of talks"), "{text}");
    }

    #[test]
    fn a_footer_across_the_gutter_comes_after_the_columns_without_merging_them() {
        let mut pieces = two_columns(
            &["The ministers met on", "Monday and agreed on", "a date for the talks."],
            &["Tariffs on steel rose", "again in June, while", "exports fell sharply."],
        );
        pieces.push(piece("file:///tmp/saved-page.html 1/1", 150.0, 130.0));
        let text = page_text(pieces);
        assert!(
            text.ends_with("a date for the talks.\n\nTariffs on steel rose\nagain in June, while\nexports fell sharply.\nfile:///tmp/saved-page.html 1/1"),
            "{text}"
        );
    }

    #[test]
    fn a_letter_spaced_heading_is_not_taken_for_columns() {
        let mut pieces: Vec<Piece> =
            "GNU".chars().enumerate().map(|(i, c)| piece(&c.to_string(), 50.0 + 20.0 * i as f64, 50.0)).collect();
        let mut license: Vec<Piece> =
            "LICENSE".chars().enumerate().map(|(i, c)| piece(&c.to_string(), 130.0 + 20.0 * i as f64, 50.0)).collect();
        license[0].spaced = true;
        pieces.extend(license);
        pieces.push(piece("Everyone is permitted to copy it.", 50.0, 70.0));
        assert_eq!(page_text(pieces), "G N U  L I C E N S E\nEveryone is permitted to copy it.");
    }

    #[test]
    fn an_indented_line_or_a_wider_gap_opens_a_paragraph() {
        let lines = [
            ("The ministers met and", 50.0, 100.0),
            ("agreed on a date.", 50.0, 112.0),
            ("Tariffs rose in June", 65.0, 124.0),
            ("as exports fell.", 50.0, 136.0),
            ("A deal came later.", 50.0, 160.0),
        ];
        let text = page_text(lines.iter().map(|&(t, x, y)| piece(t, x, y)).collect());
        assert_eq!(
            text,
            "The ministers met and\nagreed on a date.\n\nTariffs rose in June\nas exports fell.\n\nA deal came later."
        );
    }
}
