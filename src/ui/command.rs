//! Every command a menu, a shortcut or the tests can give, with its label and shortcut in one
//! place (as in rerun's `UICommand`), so menus and key handling cannot drift apart.

use egui::{Key, KeyboardShortcut, Modifiers, ThemePreference};

use crate::io::export::ExportFormat;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Command {
    New,
    ProjectSettings,
    Open,
    Save,
    SaveAs,
    ImportArticle,
    PasteArticle,
    MergeProject,
    CompareProject,
    ImportActors,
    Quit,
    Undo,
    Redo,
    NewClaim,
    DeleteSelection,
    ShowOnChart,
    FindInAll,
    NextSuggestion,
    PreviousSuggestion,
    AcceptSuggestion,
    RejectSuggestion,
    Palette,
    AddToHypotheses,
    /// File ▸ Export ▸ a format: asks where to write it.
    Export(ExportFormat),
    /// View ▸ Reset layout: the panes back where they started.
    ResetLayout,
    /// View ▸ a theme, remembered between sessions.
    Theme(ThemePreference),
}

/// The themes offered, in menu order.
pub const THEMES: [ThemePreference; 3] = [ThemePreference::Light, ThemePreference::Dark, ThemePreference::System];

impl Command {
    /// The File menu's plain commands, in its order (Export, Open recent and Quit follow them).
    pub const FILE_MENU: [Command; 10] = [
        Command::New,
        Command::ProjectSettings,
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::ImportArticle,
        Command::PasteArticle,
        Command::MergeProject,
        Command::CompareProject,
        Command::ImportActors,
    ];

    /// Every other command without a choice in it, in menu order.
    const REST: [Command; 14] = [
        Command::Quit,
        Command::Undo,
        Command::Redo,
        Command::NewClaim,
        Command::DeleteSelection,
        Command::ShowOnChart,
        Command::FindInAll,
        Command::NextSuggestion,
        Command::PreviousSuggestion,
        Command::AcceptSuggestion,
        Command::RejectSuggestion,
        Command::Palette,
        Command::AddToHypotheses,
        Command::ResetLayout,
    ];

    /// Every command in menu order, an export per format and a command per theme included.
    pub fn all() -> impl Iterator<Item = Command> {
        let exports = ExportFormat::ALL.into_iter().map(Command::Export);
        Self::FILE_MENU.into_iter().chain(Self::REST).chain(exports).chain(THEMES.into_iter().map(Command::Theme))
    }

    pub fn label(self) -> String {
        let plain = match self {
            Command::Export(format) => return format!("Export {}…", format.label()),
            Command::Theme(theme) => theme_name(theme),
            Command::New => "New project…",
            Command::ProjectSettings => "Project settings…",
            Command::Open => "Open…",
            Command::Save => "Save",
            Command::SaveAs => "Save As…",
            Command::ImportArticle => "Import articles…",
            Command::PasteArticle => "Paste article…",
            Command::MergeProject => "Merge project…",
            Command::CompareProject => "Compare coding…",
            Command::ImportActors => "Import actor dictionary…",
            Command::Quit => "Quit",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::NewClaim => "New claim from selection",
            Command::DeleteSelection => "Delete selected claim",
            Command::ShowOnChart => "Show claim on chart",
            Command::FindInAll => "Find in all articles",
            Command::NextSuggestion => "Next suggestion",
            Command::PreviousSuggestion => "Previous suggestion",
            Command::AcceptSuggestion => "Accept suggestion",
            Command::RejectSuggestion => "Reject suggestion",
            Command::Palette => "Command palette…",
            Command::AddToHypotheses => "Add claim to hypotheses matrix",
            Command::ResetLayout => "Reset layout",
        };
        plain.to_owned()
    }

    /// What the command does, in one line (the palette shows it and searches it).
    pub fn description(self) -> &'static str {
        match self {
            Command::New => "Start an empty project with a name, keeping the codebook",
            Command::ProjectSettings => "Rename the project or edit its description",
            Command::Open => "Open a project file (.ron)",
            Command::Save => "Save the project to its file",
            Command::SaveAs => "Save the project under a new file name",
            Command::ImportArticle => "Add articles from .txt, .md, .html or .qdpx files",
            Command::PasteArticle => "Add an article from pasted text; the first line is the title",
            Command::MergeProject => "Merge another analyst's copy of this project into it (undoable)",
            Command::CompareProject => "Agreement with another analyst's coding, and their claims to take in",
            Command::ImportActors => {
                "Actors from a CAMEO/PETRARCH/Phoenix dictionary or a CSV/TSV actor table, previewed, then added undoably"
            }
            Command::Quit => "Close Faultline, asking first about unsaved changes",
            Command::Undo => "Take back the last edit",
            Command::Redo => "Make the undone edit again",
            Command::NewClaim => "Make a claim of the text selected in the reader",
            Command::DeleteSelection => "Delete the selected claim (undoable)",
            Command::ShowOnChart => "Centre the chart on the selected claim's event",
            Command::FindInAll => "Search the text of every article",
            Command::NextSuggestion => "Take the next suggested claim of the open article in hand",
            Command::PreviousSuggestion => "Take the previous suggested claim in hand",
            Command::AcceptSuggestion => "Make a claim of the suggestion in hand",
            Command::RejectSuggestion => "Dismiss the suggestion in hand for good (undoable)",
            Command::Palette => "Find any command by typing part of its name",
            Command::AddToHypotheses => "Weigh the selected claim as evidence in the Hypotheses pane (ACH)",
            Command::Export(ExportFormat::Csv) => "Write the events and the claims as two CSV tables for a spreadsheet",
            Command::Export(ExportFormat::Json) => "Write the whole project as JSON, as its schema describes it",
            Command::Export(ExportFormat::Markdown) => "Write a Markdown report, with the chart beside it as SVG",
            Command::Export(ExportFormat::Html) => "Write a self-contained HTML report with the chart inline",
            Command::Export(ExportFormat::Qdpx) => "Write a REFI-QDA project for ATLAS.ti, MAXQDA, NVivo or QualCoder",
            Command::Export(ExportFormat::W3c) => "Write every claim as a W3C Web Annotation (JSON-LD)",
            Command::ResetLayout => "Put every pane back where it was when Faultline was new",
            Command::Theme(ThemePreference::Light) => "Dark text on a light background (remembered)",
            Command::Theme(ThemePreference::Dark) => "Light text on a dark background (remembered)",
            Command::Theme(ThemePreference::System) => "Light or dark as the desktop is set (remembered)",
        }
    }

    /// The primary shortcut; [`Command::extra_shortcuts`] lists the alternatives.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let cmd_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        Some(match self {
            Command::New => KeyboardShortcut::new(cmd, Key::N),
            Command::Open => KeyboardShortcut::new(cmd, Key::O),
            Command::Save => KeyboardShortcut::new(cmd, Key::S),
            Command::SaveAs => KeyboardShortcut::new(cmd_shift, Key::S),
            Command::ImportArticle => KeyboardShortcut::new(cmd, Key::I),
            Command::PasteArticle => KeyboardShortcut::new(cmd_shift, Key::V),
            Command::Quit => KeyboardShortcut::new(cmd, Key::Q),
            Command::Undo => KeyboardShortcut::new(cmd, Key::Z),
            Command::Redo => KeyboardShortcut::new(cmd_shift, Key::Z),
            Command::NewClaim => KeyboardShortcut::new(cmd, Key::Enter),
            Command::DeleteSelection
            | Command::ProjectSettings
            | Command::AddToHypotheses
            | Command::MergeProject
            | Command::CompareProject
            | Command::ImportActors
            | Command::Export(_)
            | Command::ResetLayout
            | Command::Theme(_) => return None,
            Command::ShowOnChart => KeyboardShortcut::new(cmd, Key::G),
            Command::FindInAll => KeyboardShortcut::new(cmd_shift, Key::F),
            Command::NextSuggestion => KeyboardShortcut::new(Modifiers::NONE, Key::F8),
            Command::PreviousSuggestion => KeyboardShortcut::new(Modifiers::SHIFT, Key::F8),
            Command::AcceptSuggestion => KeyboardShortcut::new(Modifiers::NONE, Key::Enter),
            Command::RejectSuggestion => KeyboardShortcut::new(Modifiers::NONE, Key::Delete),
            Command::Palette => KeyboardShortcut::new(cmd_shift, Key::P),
        })
    }

    pub fn extra_shortcuts(self) -> &'static [KeyboardShortcut] {
        const REDO_Y: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)];
        const PALETTE_K: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::COMMAND, Key::K)];
        match self {
            Command::Redo => &REDO_Y,
            Command::Palette => &PALETTE_K,
            _ => &[],
        }
    }

    pub fn shortcut_text(self, ctx: &egui::Context) -> String {
        self.shortcut().map(|s| ctx.format_shortcut(&s)).unwrap_or_default()
    }

    /// The command whose shortcut was pressed this frame, if any, among those `available`
    /// allows (bare Enter and Delete are taken only when there is a suggestion to act on).
    /// Longer modifier sets are checked first so Ctrl+Shift+Z is not taken for Ctrl+Z.
    pub fn pressed(ctx: &egui::Context, available: impl Fn(Command) -> bool) -> Option<Command> {
        let mut shortcuts: Vec<(KeyboardShortcut, Command)> = Command::all()
            .filter(|&c| available(c))
            .flat_map(|c| c.shortcut().into_iter().chain(c.extra_shortcuts().iter().copied()).map(move |s| (s, c)))
            .collect();
        shortcuts.sort_by_key(|(s, _)| std::cmp::Reverse(s.modifiers.shift as u8 + s.modifiers.command as u8));
        ctx.input_mut(|i| shortcuts.into_iter().find(|(s, _)| i.consume_shortcut(s)).map(|(_, c)| c))
    }
}

/// A theme's name in the View menu.
pub fn theme_name(theme: ThemePreference) -> &'static str {
    match theme {
        ThemePreference::Light => "Light theme",
        ThemePreference::Dark => "Dark theme",
        ThemePreference::System => "Follow the system's theme",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shortcut_is_in_the_readme_table_and_every_command_has_a_description() {
        let readme = include_str!("../../README.md");
        let ctx = egui::Context::default();
        for c in Command::all() {
            for s in c.shortcut().into_iter().chain(c.extra_shortcuts().iter().copied()) {
                let keys = ctx.format_shortcut(&s);
                let row = readme
                    .lines()
                    .filter(|l| l.starts_with('|'))
                    .any(|l| l.split('|').nth(1).is_some_and(|k| k.split([' ', '/']).any(|w| w.trim() == keys)));
                assert!(row, "{keys} ({}) is missing from the README's shortcut table", c.label());
            }
            assert!(!c.description().is_empty() && c.description() != c.label());
        }
    }
}
