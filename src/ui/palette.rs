//! The command palette (Ctrl+Shift+P or Ctrl+K): every [`Command`] found by typing a few
//! letters of its name or description, shown with its shortcut and what it does.

use super::command::Command;

/// The commands matching `query`, best first; all of them, in menu order, for an empty query.
pub fn matches(query: &str) -> Vec<Command> {
    let mut scored: Vec<(u32, usize, Command)> = Command::ALL
        .iter()
        .enumerate()
        .filter(|(_, c)| **c != Command::Palette)
        .filter_map(|(i, &c)| {
            // The name counts for more than the description.
            let score = score(query, c.label()).map(|s| s * 2).max(score(query, c.description()))?;
            Some((score, i, c))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, _, c)| c).collect()
}

/// How well `text` matches `query` as a subsequence of its letters, ignoring case (`None`: not
/// at all). Letters that start a word or follow the previous match score more, so "sa" finds
/// "Save" before "Paste article", and "ncl" finds "New claim".
fn score(query: &str, text: &str) -> Option<u32> {
    let text: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
    let mut total = 1;
    let mut at = 0;
    let mut previous: Option<usize> = None;
    for q in query.chars().flat_map(char::to_lowercase).filter(|c| !c.is_whitespace()) {
        let found = at + text[at..].iter().position(|&c| c == q)?;
        let word_start = found == 0 || !text[found - 1].is_alphanumeric();
        total += 1 + 4 * u32::from(word_start) + 3 * u32::from(previous.is_some_and(|p| p + 1 == found));
        previous = Some(found);
        at = found + 1;
    }
    Some(total)
}

/// The palette's contents: the query field and the matching commands. Enter or a click runs
/// one (Up and Down choose); returns the command to run.
pub fn ui(ui: &mut egui::Ui, query: &mut String, chosen: &mut usize) -> Option<Command> {
    ui.heading("Commands");
    let label = ui.label("Find a command");
    let field = ui
        .add(
            egui::TextEdit::singleline(query)
                .desired_width(f32::INFINITY)
                .hint_text("type a few letters: sav, claim, chart…"),
        )
        .labelled_by(label.id);
    if !field.has_focus() {
        field.request_focus();
    }
    if field.changed() {
        *chosen = 0;
    }
    let found = matches(query);
    let (down, up, enter) = ui.input(|i| {
        (i.key_pressed(egui::Key::ArrowDown), i.key_pressed(egui::Key::ArrowUp), i.key_pressed(egui::Key::Enter))
    });
    if down {
        *chosen = (*chosen + 1).min(found.len().saturating_sub(1));
    }
    if up {
        *chosen = chosen.saturating_sub(1);
    }
    if found.is_empty() {
        ui.weak(format!("No command matches “{query}”."));
        return None;
    }
    let mut run = enter.then(|| found[(*chosen).min(found.len() - 1)]);
    egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
        for (i, &c) in found.iter().enumerate() {
            let button = egui::Button::selectable(i == *chosen, c.label()).shortcut_text(c.shortcut_text(ui.ctx()));
            let row = ui.add_sized([ui.available_width(), 0.0], button).on_hover_text(c.description());
            ui.weak(c.description());
            if i == *chosen && (down || up) {
                row.scroll_to_me(None);
            }
            if row.clicked() {
                run = Some(c);
            }
        }
    });
    run
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_letters_find_a_command_by_its_name_or_what_it_does() {
        assert_eq!(matches("save")[0], Command::Save);
        assert_eq!(matches("ncl")[0], Command::NewClaim, "the initials of New CLaim");
        assert_eq!(matches("UNDO")[0], Command::Undo, "case does not matter");
        assert_eq!(matches("rename")[0], Command::ProjectSettings, "found by its description");
        assert!(matches("zzqx").is_empty());
    }

    #[test]
    fn an_empty_query_lists_every_command_but_the_palette_itself_in_menu_order() {
        let all = matches("");
        assert_eq!(all.len(), Command::ALL.len() - 1);
        assert_eq!(all[0], Command::ALL[0]);
        assert!(!all.contains(&Command::Palette));
    }
}
