//! Fonts for every script an analyst reads.
//!
//! - egui's built-in fonts cover Latin, Greek and Cyrillic.
//! - A small subset of DejaVu Sans (arrows, math operators, geometric shapes; see
//!   `assets/fonts/LICENSE-DejaVu.txt`) is bundled for the symbols the workbench draws.
//! - Everything else (Chinese, Japanese, Korean, Arabic, Hebrew, ...) comes from the system's
//!   fonts, found on demand: eframe's `system_fonts` feature installs egui's own
//!   `SystemFontProvider` (fontique, the fallback lists of fontconfig), which enumerates fonts on a
//!   background thread at startup and memory-maps a font file only when a character first needs
//!   it. Bundling CJK fonts instead would add ~20 MB to the binary. On Debian, `fonts-noto-core`
//!   and `fonts-noto-cjk` (or `fonts-dejavu-core` plus `fonts-wqy-microhei`) cover them.
//!
//! A character no font has is drawn as a box; `uncovered_chars` lists them so the UI can say
//! once which characters of an article cannot be shown.

use std::collections::BTreeSet;

use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
use egui::{FontData, FontFamily, FontId};

const SYMBOLS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-symbols.ttf");

/// Adds the bundled symbol font as the last fallback of both families. (The system font
/// provider is installed by eframe itself, so tests that build a bare `egui::Context` see only
/// the bundled fonts.)
pub fn install(ctx: &egui::Context) {
    ctx.add_font(FontInsert {
        name: "DejaVuSans-symbols".into(),
        data: FontData::from_static(SYMBOLS),
        families: [FontFamily::Proportional, FontFamily::Monospace]
            .into_iter()
            .map(|family| InsertFontFamily { family, priority: FontPriority::Lowest })
            .collect(),
    });
}

/// The characters of `text` that no installed or discoverable font can draw in the proportional
/// family (the reader's), each once. Whitespace, controls and invisible format characters
/// (joiners, bidi marks, variation selectors) are never reported.
///
/// Asking loads the system fonts the text needs, as drawing it would. Call it from the UI once
/// fonts exist (after the first frame, i.e. in `App::ui`/`logic`), for example when an article is
/// opened or imported, and show a non-empty result once as a notice.
pub fn uncovered_chars(ctx: &egui::Context, text: &str) -> BTreeSet<char> {
    let distinct: BTreeSet<char> = text.chars().filter(|&c| !is_invisible(c)).collect();
    let font = FontId::proportional(14.0);
    ctx.fonts_mut(|fonts| distinct.into_iter().filter(|&c| !fonts.has_glyph(&font, c)).collect())
}

fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{E0000}'..='\u{E01EF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A context with only egui's and the bundled fonts: no system font provider, so the result
    /// does not depend on the machine.
    fn bundled_only() -> egui::Context {
        let ctx = egui::Context::default();
        install(&ctx);
        // One pass creates the fonts; its texture upload is dropped, as there is no renderer.
        ctx.run_ui(egui::RawInput::default(), |_| {}).textures_delta.clear();
        ctx
    }

    #[test]
    fn reports_each_uncovered_char_once() {
        let ctx = bundled_only();
        // Latin, Greek, Cyrillic and the bundled arrows are covered; CJK needs system fonts and
        // U+10FFFD (private use) is in no font at all.
        let text = "Trade ← war, Αθήνα, Москва\n中国 中国 \u{10FFFD}\u{200D}\t";
        assert_eq!(uncovered_chars(&ctx, text), BTreeSet::from(['中', '国', '\u{10FFFD}']));
        assert!(uncovered_chars(&ctx, "").is_empty());
    }
}
