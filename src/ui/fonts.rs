//! Fonts: egui's built-in font lacks arrows and other symbols the workbench draws, so a small
//! subset of DejaVu Sans (arrows, math operators, geometric shapes; see
//! `assets/fonts/LICENSE-DejaVu.txt`) is bundled as a fallback.

use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
use egui::{FontData, FontFamily};

const SYMBOLS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-symbols.ttf");

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
