//! The chart as PNG: its SVG rasterised by resvg. Text needs fonts: the system's are used when
//! there are any, and a font built into the binary (egui's Ubuntu Light) otherwise, so a
//! machine with no fonts at all still gets labelled axes.

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};

/// Loading the system's fonts takes a while; it is done once per process.
fn fonts() -> Arc<fontdb::Database> {
    static FONTS: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    FONTS.get_or_init(|| Arc::new(database(true))).clone()
}

/// The bundled font, and the system's when asked; "sans-serif" falls back to the bundled one.
fn database(system: bool) -> fontdb::Database {
    let mut db = fontdb::Database::new();
    if system {
        db.load_system_fonts();
    }
    db.load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
    // fontdb takes "sans-serif" to mean Arial, which Linux rarely has; a sans family with a bold
    // face keeps titles in one typeface. The bundled font (one light weight) comes last.
    let has = |name: &str| db.faces().any(|f| f.families.iter().any(|(family, _)| family == name));
    let sans = ["Arial", "Helvetica", "DejaVu Sans", "Liberation Sans", "Noto Sans", "Nimbus Sans", "Ubuntu"]
        .into_iter()
        .find(|name| has(name))
        .unwrap_or("Ubuntu");
    db.set_sans_serif_family(sans);
    db
}

/// Rasterises an SVG at its own width and height.
pub fn rasterise(svg: &str) -> Result<Vec<u8>, String> {
    rasterise_with(svg, fonts())
}

fn rasterise_with(svg: &str, fonts: Arc<fontdb::Database>) -> Result<Vec<u8>, String> {
    let options = usvg::Options { fontdb: fonts, ..usvg::Options::default() };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| e.to_string())?;
    let size = tree.size().to_int_size();
    let mut pixmap = Pixmap::new(size.width(), size.height())
        .ok_or_else(|| format!("cannot make a {}×{} image", size.width(), size.height()))?;
    resvg::render(&tree, Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Non-white pixels of a PNG (RGBA).
    fn ink(png: &[u8]) -> usize {
        let mut reader = png::Decoder::new(std::io::Cursor::new(png)).read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        buf[..info.buffer_size()].chunks(4).filter(|px| px[3] > 0 && px[..3] != [255, 255, 255]).count()
    }

    #[test]
    fn text_is_drawn_with_the_bundled_font_alone() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"40\" font-family=\"sans-serif\">\
                   <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/><text x=\"4\" y=\"28\" font-size=\"20\">May 2025</text></svg>";
        let bare = rasterise_with(svg, Arc::new(database(false))).unwrap();
        assert!(ink(&bare) > 50, "the label is drawn on a machine with no fonts");
        assert!(ink(&rasterise(svg).unwrap()) > 50);
        assert!(rasterise("<svg").is_err());
    }
}
