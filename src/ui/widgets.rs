//! What the panes share: small widgets, and the one way a tag tree or an event is listed.

use crate::model::{Event, Project};

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

/// Tags in tree order with their depth.
pub fn tag_tree(p: &Project) -> Vec<(&crate::model::Tag, usize)> {
    fn walk<'a>(
        p: &'a Project,
        parent: Option<crate::model::TagId>,
        depth: usize,
        out: &mut Vec<(&'a crate::model::Tag, usize)>,
    ) {
        for t in p.tags.iter().filter(|t| t.parent == parent) {
            out.push((t, depth));
            if depth < 16 {
                walk(p, Some(t.id), depth + 1, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(p, None, 0, &mut out);
    out
}

/// "Accuse / criticise · Donald Trump → China · 2025-05-30 · −2.0 · 2 claims"
pub fn event_summary(p: &Project, e: &Event) -> String {
    let kind = p.taxonomy.get(e.kind).map_or("(missing type)", |t| t.name.as_str());
    let arrow = if e.bilateral { "↔" } else { "→" };
    format!(
        "{kind} · {} {arrow} {} · {} · {:+.1} · {} claim{}",
        p.actor_name(e.source),
        p.actor_name(e.target),
        e.date,
        p.score_of(e),
        e.evidence.len(),
        if e.evidence.len() == 1 { "" } else { "s" }
    )
}

/// The width of `text` on one line in the body font, for fitting widgets to a row.
pub fn text_width(ui: &egui::Ui, text: &str) -> f32 {
    let font = egui::TextStyle::Body.resolve(ui.style());
    ui.painter().layout_no_wrap(text.to_owned(), font, egui::Color32::WHITE).size().x
}
