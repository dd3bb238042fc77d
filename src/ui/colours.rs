//! Model colours to egui colours, and the fixed colours of the UI.

use egui::Color32;

use crate::model::Colour;

pub fn c32(c: Colour) -> Color32 {
    let [r, g, b] = c.0;
    Color32::from_rgb(r, g, b)
}

fn from_c32(c: Color32) -> Colour {
    Colour::rgb(c.r(), c.g(), c.b())
}

/// A colour swatch that opens a picker; true when the analyst changed the colour.
pub fn colour_button(ui: &mut egui::Ui, colour: &mut Colour) -> bool {
    let mut c = c32(*colour);
    let changed = ui.color_edit_button_srgba(&mut c).changed();
    if changed {
        *colour = from_c32(c);
    }
    changed
}

/// Claims without a tag are highlighted in a neutral grey.
pub const UNTAGGED: Color32 = Color32::from_rgb(0xb0, 0xb0, 0xb0);
