//! What the workbench shows and what the analyst has picked, apart from the project itself.

use std::path::PathBuf;

use crate::analysis::series::BinSize;
use crate::edit::Edit;
use crate::model::{ArticleId, ClaimId, EventId};

use super::command::Command;
use super::dialogs::Then;

/// What is selected across the panes.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Selection {
    pub article: Option<ArticleId>,
    pub claim: Option<ClaimId>,
    pub event: Option<EventId>,
}

/// A range the analyst selected in the reader. egui forgets a text selection when focus moves
/// (to the "New claim" button, say), so the last non-empty one is kept here and drawn by us.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PendingSelection {
    pub article: ArticleId,
    pub start: usize,
    pub end: usize,
}

/// Everything the UI asks for during a frame; the app carries them out after drawing, so the
/// project never changes while a pane is being laid out.
#[derive(Debug)]
pub enum Action {
    Command(Command),
    /// An edit through the document's one edit path.
    Apply(Edit),
    /// An edit, then select the claim it made.
    ApplyAndSelect(Edit, ClaimId),
    SelectArticle(ArticleId),
    /// Select a claim, open its article and scroll to it.
    SelectClaim(ClaimId),
    /// Select an event and open its first evidence claim in the reader.
    SelectEvent(EventId),
    /// Centre the chart on an event.
    ShowOnChart(EventId),
    /// Bring a pane's tab to the front (a link such as the chart's "Types & eras").
    ShowPane(crate::ui::workbench::Pane),
    CreateClaim(PendingSelection),
    /// Code the selected claim as this event: the inspector's form, whether by its button, by
    /// Enter in its Date field or by Enter on a suggestion's proposal.
    CodeEvent(crate::model::Event),
    /// Select a range of text, as a mouse drag in the reader would.
    Select(PendingSelection),
    OpenPath(PathBuf),
    /// Start an empty project (the codebook kept) with a name, saved at once if given a place.
    NewProject {
        name: String,
        path: Option<PathBuf>,
    },
    SaveTo(PathBuf),
    ImportPaths(Vec<PathBuf>),
    /// Text pasted into the "Paste article" dialog, as a new article.
    Paste(String),
    ExportTo(crate::io::export::ExportFormat, PathBuf),
    /// Create an actor and make it the selected claim's speaker.
    NewSpeaker(String),
    /// Write the chart, as it is shown, as a picture.
    ExportChart {
        format: crate::io::export::ChartFormat,
        width: u32,
        height: u32,
        path: PathBuf,
    },
    /// Open an article, select a range of it and scroll to it (a search hit).
    RevealRange(PendingSelection),
    /// Make claims of search hits, in one undoable edit.
    ClaimsFromHits {
        hits: Vec<crate::analysis::search::Hit>,
        tag: Option<crate::model::TagId>,
    },
    /// Save, then go on with what unsaved changes held up ("Unsaved changes" ▸ Save).
    SaveThen(Then),
    /// Go on without saving ("Unsaved changes" ▸ Don't save).
    DiscardThen(Then),
    /// Save over a project file another program changed since it was read.
    Overwrite(PathBuf),
    /// Read the project file again, dropping the changes made here.
    Reload(PathBuf),
    /// Add the articles the analyst chose to import although their text is already in the
    /// project (none when they chose to skip them), then show the import's notes.
    ImportDuplicates {
        articles: Vec<crate::model::Article>,
        notes: Vec<String>,
    },
    /// Take a recovery copy's project in place of the open one, unsaved.
    RestoreRecovery(Box<crate::model::Project>),
    /// Delete a recovery copy the analyst does not want.
    DiscardRecovery(PathBuf),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Severity {
    Info,
    Error,
}

/// Which events the chart (and its series) shows; the network view shares it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartFilter {
    /// Date window, dyads, event types, tag and article.
    pub events: crate::analysis::filter::EventFilter,
    /// The window's ends as typed ("2025-05-01", "late May 2025"); parsed into `events.window`.
    pub from: String,
    pub to: String,
    /// Draw the smoothed net score (trailing 4 weeks, 7 days centred, or 3 months).
    pub smooth: bool,
    /// Each dyad in a lane of its own rather than overlaid.
    pub lanes: bool,
}

/// Chart settings the analyst changes while exploring.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartState {
    pub bin: BinSize,
    pub filter: ChartFilter,
    /// Centre the view on this day (days since 1970) on the next frame.
    pub center_on: Option<f64>,
}

#[derive(Debug, Default)]
pub struct UiState {
    pub selection: Selection,
    pub pending: Option<PendingSelection>,
    /// Scroll the reader to this claim on the next frame, and flash it until `flash_until`.
    pub scroll_to: Option<ClaimId>,
    pub flash: Option<(ClaimId, f64)>,
    /// Scroll the reader to this range on the next frame (a search hit).
    pub scroll_to_range: Option<PendingSelection>,
    pub chart: ChartState,
    /// Mentions, dates and claim suggestions, and where the analyst is among them.
    pub assist: super::assist::AssistState,
    /// The "Code as event" form of the selected claim.
    pub event_form: super::event_form::EventForm,
    pub status: Option<(String, Severity)>,
    /// Light, dark or the system's, as chosen in View (remembered between sessions).
    pub theme: egui::ThemePreference,
    /// The reader highlights claims in their grade's colour (View ▸ Tint claims by grade).
    pub tint_by_grade: bool,
}

impl UiState {
    pub fn info(&mut self, msg: impl Into<String>) {
        self.status = Some((msg.into(), Severity::Info));
    }

    pub fn error(&mut self, msg: impl Into<String>) {
        self.status = Some((msg.into(), Severity::Error));
    }
}
