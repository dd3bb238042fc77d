//! Small widgets the panes share.

/// A combo box with its label before it, as a form reads (egui puts a combo box's own label
/// after it), and labelled for screen readers; at most `width` wide, its text cut short with
/// "…". The two go into the caller's layout as they are, not as a group: in a wrapping row a
/// group cannot wrap and would run past the pane. Returns what `add` returned, if it ran.
pub fn combo<R>(
    ui: &mut egui::Ui,
    id_salt: impl egui::AsIdSalt,
    label: &str,
    selected: impl Into<egui::WidgetText>,
    width: f32,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> Option<R> {
    let label = ui.label(label);
    let shown = egui::ComboBox::from_id_salt(id_salt)
        .selected_text(selected)
        .width((ui.available_width() - 8.0).clamp(60.0, width))
        .truncate()
        .show_ui(ui, add);
    let _ = shown.response.labelled_by(label.id);
    shown.inner
}
