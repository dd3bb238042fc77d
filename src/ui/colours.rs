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

/// A claim's highlight when the reader is tinted by grade: its weaker half decides, green for
/// A or 1 through red for E or 5 (Okabe–Ito hues, told apart with common colour blindness);
/// anything that cannot be judged (F or 6) stays the neutral grey of an untagged claim.
pub fn grade_colour(grade: crate::model::Grade) -> Color32 {
    use crate::model::{Credibility, Reliability};
    if grade.reliability == Reliability::F || grade.credibility == Credibility::CannotJudge {
        return UNTAGGED;
    }
    let step = (grade.reliability as usize).max(grade.credibility as usize);
    [
        Color32::from_rgb(0x00, 0x9e, 0x73),
        Color32::from_rgb(0x56, 0xb4, 0xe9),
        Color32::from_rgb(0xf0, 0xe4, 0x42),
        Color32::from_rgb(0xe6, 0x9f, 0x00),
        Color32::from_rgb(0xd5, 0x5e, 0x00),
    ][step.min(4)]
}
