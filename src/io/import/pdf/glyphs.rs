//! Every character a PDF page draws, with where it lands on the page, collected from
//! pdf-extract's content-stream interpreter (its `OutputDev` callbacks), in drawing order.

use pdf_extract::{MediaBox, OutputDev, OutputError, Transform};

/// One drawn character, in page space with y growing downwards (top of the page is 0).
#[derive(Clone, Debug, PartialEq)]
pub struct Glyph {
    pub text: String,
    /// Left end of the glyph on its baseline.
    pub x: f64,
    /// The baseline.
    pub y: f64,
    /// How far the pen moves right past the glyph.
    pub width: f64,
    /// The font size as drawn (text matrix and page scaling applied).
    pub size: f64,
    /// False for rotated or mirrored text, which is read into lines in a frame of its own.
    pub upright: bool,
    /// The direction of the baseline on the page, in radians (0 along the page, -π/2 going up it).
    pub angle: f64,
}

/// The PDF standard's largest page side (200 inches), with room for sloppy producers: a MediaBox
/// beyond it is broken, and measuring from its top would round every glyph onto one line.
const MAX_PAGE_SIDE: f64 = 100_000.0;

/// Collects the glyphs of the page being drawn.
#[derive(Default)]
pub struct Collector {
    /// Where y is measured down from: the top of the page.
    top: f64,
    pub glyphs: Vec<Glyph>,
    /// Whether some page's MediaBox could not be a page.
    pub impossible_page_size: bool,
}

impl OutputDev for Collector {
    fn begin_page(&mut self, _: u32, media_box: &MediaBox, _: Option<(f64, f64, f64, f64)>) -> Result<(), OutputError> {
        let sides = [media_box.urx - media_box.llx, media_box.ury - media_box.lly];
        let possible = sides.iter().all(|s| s.is_finite() && s.abs() <= MAX_PAGE_SIDE) && media_box.ury.is_finite();
        self.impossible_page_size |= !possible;
        // Only distances between glyphs matter to the reading order, so a broken box is read
        // from the origin instead.
        self.top = if possible { media_box.ury } else { 0.0 };
        self.glyphs.clear();
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // The glyph's advance is (width × font size, 0) in text space; the text rendering
        // matrix carries it, and the font size, onto the page.
        let scale = (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let size = font_size * scale;
        let advance = width * font_size;
        let upright = trm.m11 > 0.0 && trm.m22 > 0.0 && trm.m12.abs() <= trm.m11 * 0.01;
        // The page's y grows downwards here, so the baseline's direction flips its y.
        let angle = (-trm.m12).atan2(trm.m11);
        // A font whose widths pdf-extract cannot read gives zero: half an em, a typical letter,
        // keeps its letters together (a combining accent overlapping the next one does no harm).
        let width = advance * trm.m11.hypot(trm.m12);
        let width = if width.abs() < 0.02 * size { 0.5 * size } else { width };
        let (x, y) = (trm.m31, self.top - trm.m32);
        let glyph = Glyph { text: text.to_owned(), x, y, width, size, upright, angle };
        // A glyph placed at infinity or NaN by a broken matrix has no place on the page.
        if [glyph.x, glyph.y, glyph.width, glyph.size].iter().all(|v| v.is_finite()) && size > 0.0 {
            self.glyphs.push(glyph);
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}
