//! From a page's glyphs to pieces of text lines by position, whatever order the producer drew
//! them in: glyphs drawn one after another along a baseline make a run, and runs on one
//! baseline that nearly touch make one piece. A wide gap (a column gutter, a table's cell
//! border) leaves two pieces for the reading order to place.

use std::collections::VecDeque;

use super::glyphs::Glyph;

/// A gap wider than this many font sizes separates two pieces of a line. Word spaces, even in
/// justified narrow columns, stay below it; column gutters (LaTeX's 10 pt at 10 pt type, a
/// browser's 1 em) do not.
pub const PIECE_GAP: f64 = 0.6;

/// A gap wider than this many font sizes between glyphs is a word space.
const WORD_GAP: f64 = 0.15;

/// A run starting this many font sizes back inside the piece before it overlaps it.
const OVERLAP: f64 = 0.3;

/// Baselines closer than this many font sizes are one line (a superscript stays with its line).
const SAME_BASELINE: f64 = 0.4;

/// Text on one baseline between two wide gaps.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    pub text: String,
    pub x0: f64,
    pub x1: f64,
    /// The baseline, growing downwards.
    pub y: f64,
    pub size: f64,
    /// Whether the producer drew a space just before it (letter-spaced headings tell their
    /// word breaks this way).
    pub spaced: bool,
}

impl Piece {
    fn start(g: &Glyph, spaced: bool) -> Self {
        Piece { text: g.text.clone(), x0: g.x, x1: g.x + g.width.max(0.0), y: g.y, size: g.size, spaced }
    }

    /// Whether `next`, drawn right after this piece's last glyph, carries on along its baseline.
    fn continued_by(&self, x0: f64, y: f64, size: f64) -> bool {
        let em = self.size.max(size);
        (y - self.y).abs() <= SAME_BASELINE * em && x0 >= self.x1 - 0.5 * em && x0 - self.x1 <= PIECE_GAP * em
    }

    /// Appends text starting at `x0`, with a space when the gap (or a drawn space) says so.
    fn extend(&mut self, text: &str, x0: f64, x1: f64, size: f64, spaced: bool) {
        let gap = x0 - self.x1;
        if (spaced || gap > WORD_GAP * self.size.max(size)) && !self.text.ends_with(' ') && !text.starts_with(' ') {
            self.text.push(' ');
        }
        self.text.push_str(text);
        self.x1 = self.x1.max(x1);
        self.size = self.size.max(size);
    }
}

/// The pieces of text of a page's upright glyphs, and those of its rotated or upside-down ones
/// (a sideways table, a margin note), one list per direction, each laid out in its own frame:
/// turned so that its baselines run along the page, it reads into lines like upright text.
pub fn pieces(glyphs: &[Glyph]) -> (Vec<Piece>, Vec<Vec<Piece>>) {
    let upright = read_lines(glyphs.iter().filter(|g| g.upright));
    let mut directions: Vec<(i64, Vec<Glyph>)> = Vec::new();
    for g in glyphs.iter().filter(|g| !g.upright) {
        // Glyphs within half a degree of each other share a direction.
        let degrees = g.angle.to_degrees().round() as i64;
        let turned = turned(g);
        match directions.iter_mut().find(|(d, _)| *d == degrees) {
            Some((_, group)) => group.push(turned),
            None => directions.push((degrees, vec![turned])),
        }
    }
    (upright, directions.into_iter().map(|(_, group)| read_lines(group.iter())).collect())
}

/// A rotated glyph as it sits in its own text's frame: its baseline running left to right,
/// the next line below it.
fn turned(g: &Glyph) -> Glyph {
    let (sin, cos) = g.angle.sin_cos();
    Glyph { x: g.x * cos + g.y * sin, y: g.y * cos - g.x * sin, upright: true, angle: 0.0, ..g.clone() }
}

/// Upright glyphs, in drawing order, read into pieces of lines.
fn read_lines<'a>(glyphs: impl Iterator<Item = &'a Glyph>) -> Vec<Piece> {
    let mut runs: Vec<Piece> = Vec::new();
    let mut current: Option<Piece> = None;
    let mut placed = Placed::default();
    let mut spaced = false;
    for g in glyphs {
        if g.text.trim().is_empty() {
            spaced = true;
            continue;
        }
        if placed.drawn_before(g) {
            continue;
        }
        match current.as_mut() {
            Some(p) if p.continued_by(g.x, g.y, g.size) => p.extend(&g.text, g.x, g.x + g.width, g.size, spaced),
            _ => runs.extend(current.replace(Piece::start(g, spaced))),
        }
        spaced = false;
    }
    runs.extend(current);
    merge_runs(runs)
}

/// The glyphs drawn last, to read once what fake bold and shadows draw twice: the same glyph
/// again, soon after, less than a third of its width (and a point) from the first.
#[derive(Default)]
struct Placed<'a>(VecDeque<&'a Glyph>);

/// How many of the last glyphs drawn a copy is looked for among (a show string drawn twice).
const RECENT: usize = 32;

impl<'a> Placed<'a> {
    fn drawn_before(&mut self, g: &'a Glyph) -> bool {
        // Type 3 fonts can come out with their advances shrunk (pdf-extract misses their font
        // matrix), so a word's letters land on each other: there, nothing is taken for a copy.
        if g.width < 0.15 * g.size {
            return false;
        }
        let (near_x, near_y) = ((0.3 * g.width).min(1.0), (0.1 * g.size).min(1.0));
        let seen = self.0.iter().any(|p| (p.x - g.x).abs() < near_x && (p.y - g.y).abs() < near_y && p.text == g.text);
        if !seen {
            if self.0.len() == RECENT {
                self.0.pop_front();
            }
            self.0.push_back(g);
        }
        seen
    }
}

/// Pieces (sorted top to bottom) grouped by baseline, each row left to right.
pub(super) fn rows(pieces: Vec<Piece>) -> Vec<Vec<Piece>> {
    let mut rows: Vec<Vec<Piece>> = Vec::new();
    for piece in pieces {
        match rows.last_mut() {
            Some(row) if (piece.y - row[0].y).abs() <= SAME_BASELINE * piece.size.min(row[0].size) => row.push(piece),
            _ => rows.push(vec![piece]),
        }
    }
    for row in &mut rows {
        row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    }
    rows
}

/// Runs on one baseline joined left to right where they nearly touch.
fn merge_runs(mut runs: Vec<Piece>) -> Vec<Piece> {
    runs.sort_by(|a, b| a.y.total_cmp(&b.y));
    let mut pieces = Vec::new();
    for row in rows(runs) {
        let mut merged: Vec<Piece> = Vec::new();
        for run in row {
            match merged.last_mut() {
                Some(last) if run.x0 - last.x1 <= PIECE_GAP * last.size.max(run.size) => {
                    // Runs that overlap are different texts over one another (a figure's
                    // label across a line): kept apart by a space.
                    let overlap = run.x0 < last.x1 - OVERLAP * run.size;
                    last.extend(&run.text, run.x0, run.x1, run.size, overlap);
                }
                _ => merged.push(run),
            }
        }
        pieces.extend(merged);
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Glyphs of `text` from `x` along baseline `y`, 10 pt type, 5 pt per character.
    pub fn drawn(text: &str, x: f64, y: f64) -> Vec<Glyph> {
        text.chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                text: c.to_string(),
                x: x + 5.0 * i as f64,
                y,
                width: 5.0,
                size: 10.0,
                upright: true,
                angle: 0.0,
            })
            .collect()
    }

    #[test]
    fn words_drawn_in_any_order_along_a_line_make_one_piece() {
        let mut glyphs = drawn("talks", 140.0, 100.0);
        glyphs.extend(drawn("Steel ", 110.0, 100.0));
        let (pieces, rotated) = pieces(&glyphs);
        assert_eq!(pieces.len(), 1);
        assert_eq!(pieces[0].text, "Steel talks");
        assert_eq!((pieces[0].x0, pieces[0].x1), (110.0, 165.0));
        assert!(rotated.is_empty());
    }

    #[test]
    fn a_wide_gap_on_a_baseline_leaves_two_pieces() {
        let mut glyphs = drawn("left column", 50.0, 100.0);
        glyphs.extend(drawn("right column", 120.0, 100.0));
        let texts: Vec<String> = pieces(&glyphs).0.into_iter().map(|p| p.text).collect();
        assert_eq!(texts, ["left column", "right column"]);
    }

    #[test]
    fn a_gap_between_glyphs_is_a_word_space_and_a_word_drawn_twice_is_read_once() {
        let mut glyphs = drawn("Tariffs", 10.0, 50.0);
        glyphs.extend(drawn("rose", 48.0, 50.0));
        glyphs.extend(glyphs.clone().into_iter().map(|g| Glyph { x: g.x + 0.3, ..g }));
        let texts: Vec<String> = pieces(&glyphs).0.into_iter().map(|p| p.text).collect();
        assert_eq!(texts, ["Tariffs rose"]);
    }

    /// `drawn` turned about the page's origin to run along `angle`, as a producer draws a
    /// sideways table or an upside-down label.
    fn turned_to(glyphs: Vec<Glyph>, angle: f64) -> Vec<Glyph> {
        let (sin, cos) = angle.sin_cos();
        glyphs
            .into_iter()
            .map(|g| Glyph { x: g.x * cos - g.y * sin, y: g.x * sin + g.y * cos, upright: false, angle, ..g })
            .collect()
    }

    #[test]
    fn rotated_text_is_read_into_its_own_lines_apart_from_the_upright_ones() {
        for angle in [-std::f64::consts::FRAC_PI_2, std::f64::consts::FRAC_PI_2, std::f64::consts::PI] {
            let mut glyphs = drawn("Body", 10.0, 50.0);
            // Drawn line by line, the second line's words before the first's end.
            let mut sideways = drawn("said the new", 300.0, 100.0);
            sideways.extend(drawn("tariffs would", 300.0, 112.0));
            sideways.extend(drawn("harm trade", 300.0, 124.0));
            sideways.swap(3, 20);
            glyphs.extend(turned_to(sideways, angle));
            let (upright, rotated) = pieces(&glyphs);
            assert_eq!(upright.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(), ["Body"]);
            assert_eq!(rotated.len(), 1, "one direction at {angle}");
            let lines: Vec<&str> = rotated[0].iter().map(|p| p.text.as_str()).collect();
            assert_eq!(lines, ["said the new", "tariffs would", "harm trade"], "at {angle}");
        }
    }
}
