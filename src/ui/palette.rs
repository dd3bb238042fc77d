//! The command palette (Ctrl+Shift+P or Ctrl+K): every [`Command`] found by typing a few
//! letters of its name or description, shown with its shortcut and what it does; recent
//! projects and the project's articles are found the same way, to open them.

use std::path::{Path, PathBuf};

use super::command::Command;
use super::state::Action;
use crate::model::{ArticleId, Project};

/// What the palette can run.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    Command(Command),
    /// Open a recent project.
    Recent(PathBuf),
    /// Show an article in the reader.
    Article(ArticleId, String),
}

impl Entry {
    fn label(&self) -> String {
        match self {
            Entry::Command(c) => c.label(),
            Entry::Recent(path) => format!("Open recent: {}", file_name(path)),
            Entry::Article(_, title) => format!("Go to article: {title}"),
        }
    }

    fn description(&self) -> String {
        match self {
            Entry::Command(c) => c.description().to_owned(),
            Entry::Recent(path) => format!("Open the project {}", path.display()),
            Entry::Article(..) => "Show this article in the reader".to_owned(),
        }
    }

    fn action(&self) -> Action {
        match self {
            Entry::Command(c) => Action::Command(*c),
            Entry::Recent(path) => Action::OpenPath(path.clone()),
            Entry::Article(id, _) => Action::SelectArticle(*id),
        }
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Articles are offered only once something is typed, and at most this many, so a
/// thousand-article project does not bury the commands.
const MAX_ARTICLES: usize = 20;

/// The entries matching `query`, best first; for an empty query every command in menu order,
/// then the recent projects.
pub fn matches(query: &str, recent: &[PathBuf], project: &Project) -> Vec<Entry> {
    let commands = Command::all().filter(|c| *c != Command::Palette).map(Entry::Command);
    let recents = recent.iter().map(|p| Entry::Recent(p.clone()));
    let mut scored: Vec<(u32, usize, Entry)> = commands
        .chain(recents)
        .enumerate()
        .filter_map(|(i, e)| {
            // The name counts for more than the description.
            let score = score(query, &e.label()).map(|s| s * 2).max(score(query, &e.description()))?;
            Some((score, i, e))
        })
        .collect();
    if !query.trim().is_empty() {
        let base = scored.len() + recent.len() + Command::all().count();
        let mut articles: Vec<(u32, usize, Entry)> = project
            .articles
            .iter()
            .enumerate()
            .filter_map(|(i, a)| {
                score(query, &a.title).map(|s| (s * 2, base + i, Entry::Article(a.id, a.title.clone())))
            })
            .collect();
        articles.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.extend(articles.into_iter().take(MAX_ARTICLES));
    }
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().map(|(_, _, e)| e).collect()
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

/// The palette's contents: the query field and the matching entries. Enter or a click runs
/// one (Up and Down choose); returns what to do.
pub fn ui(
    ui: &mut egui::Ui,
    query: &mut String,
    chosen: &mut usize,
    recent: &[PathBuf],
    project: &Project,
) -> Option<Action> {
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
    let found = matches(query, recent, project);
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
    let mut run = enter.then(|| found[(*chosen).min(found.len() - 1)].action());
    egui::ScrollArea::vertical().max_height(360.0).show(ui, |ui| {
        for (i, entry) in found.iter().enumerate() {
            let mut button = egui::Button::selectable(i == *chosen, entry.label());
            if let Entry::Command(c) = entry {
                button = button.shortcut_text(c.shortcut_text(ui.ctx()));
            }
            let description = entry.description();
            let row = ui.add_sized([ui.available_width(), 0.0], button).on_hover_text(&description);
            ui.weak(description);
            if i == *chosen && (down || up) {
                row.scroll_to_me(None);
            }
            if row.clicked() {
                run = Some(entry.action());
            }
        }
    });
    run
}

#[cfg(test)]
mod tests {
    use super::*;

    fn commands(query: &str) -> Vec<Command> {
        let found = matches(query, &[], &Project::default());
        found.into_iter().filter_map(|e| if let Entry::Command(c) = e { Some(c) } else { None }).collect()
    }

    #[test]
    fn a_few_letters_find_a_command_by_its_name_or_what_it_does() {
        assert_eq!(commands("save")[0], Command::Save);
        assert_eq!(commands("ncl")[0], Command::NewClaim, "the initials of New CLaim");
        assert_eq!(commands("UNDO")[0], Command::Undo, "case does not matter");
        assert_eq!(commands("rename")[0], Command::ProjectSettings, "found by its description");
        assert!(commands("zzqx").is_empty());
        assert_eq!(commands("export html")[0], Command::Export(crate::io::export::ExportFormat::Html));
        assert_eq!(commands("dark theme")[0], Command::Theme(egui::ThemePreference::Dark));
        assert_eq!(commands("reset layout")[0], Command::ResetLayout);
    }

    #[test]
    fn an_empty_query_lists_every_command_but_the_palette_itself_in_menu_order() {
        let all = commands("");
        assert_eq!(all.len(), Command::all().count() - 1);
        assert_eq!(all[0], Command::New);
        assert!(!all.contains(&Command::Palette));
    }

    #[test]
    fn recent_projects_and_articles_are_found_and_opened_from_the_palette() {
        let p = crate::sample::sample_project();
        let recent = [PathBuf::from("/work/rare-earths.ron")];
        let found = matches("rare earths", &recent, &p);
        assert_eq!(found[0], Entry::Recent(recent[0].clone()), "{found:?}");
        let truce = p.articles.iter().find(|a| a.title.contains("Truce")).unwrap();
        let found = matches("truce crumbles", &recent, &p);
        assert_eq!(found[0], Entry::Article(truce.id, truce.title.clone()), "{found:?}");
        assert!(!matches("", &recent, &p).iter().any(|e| matches!(e, Entry::Article(..))), "articles wait for a query");
    }
}
