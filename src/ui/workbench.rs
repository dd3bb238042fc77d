//! The workbench layout (egui_tiles): lists on the left, reader and chart in the middle, the
//! inspector on the right. Panes can be dragged into tabs and splits, and any pane can be
//! maximised to the whole window (so the reader and the chart never starve each other). The
//! arrangement and split sizes are remembered between sessions.

use egui_tiles::{Behavior as _, Container, SimplificationOptions, Tile, TileId, Tiles, Tree, UiResponse};

use crate::edit::Document;
use crate::io::repair::Problem;

use super::panes::{
    actors::ActorsView, articles::ArticlesView, chart::ChartView, claims::ClaimsView, codebook::CodebookView,
    compare::CompareView, events::EventsView, hypotheses::HypothesesView, inspector::InspectorView, merge::MergeView,
    network::NetworkView, problems::ProblemsView, reader::ReaderView, search::SearchView, timeline::TimelineView,
};
use super::state::{Action, UiState};

#[derive(Clone, Copy, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
pub enum Pane {
    Articles,
    Actors,
    Codebook,
    Reader,
    Inspector,
    Chart,
    Claims,
    Events,
    Problems,
    Timeline,
    Network,
    Search,
    Hypotheses,
    Merge,
    Compare,
}

impl Pane {
    const ALL: [Pane; 15] = [
        Pane::Articles,
        Pane::Actors,
        Pane::Codebook,
        Pane::Reader,
        Pane::Inspector,
        Pane::Chart,
        Pane::Claims,
        Pane::Events,
        Pane::Problems,
        Pane::Timeline,
        Pane::Network,
        Pane::Search,
        Pane::Hypotheses,
        Pane::Merge,
        Pane::Compare,
    ];

    fn title(self) -> &'static str {
        match self {
            Pane::Articles => "Articles",
            Pane::Actors => "Actors",
            Pane::Codebook => "Codebook",
            Pane::Reader => "Reader",
            Pane::Inspector => "Inspector",
            Pane::Chart => "Chart",
            Pane::Claims => "Claims",
            Pane::Events => "Events",
            Pane::Problems => "Problems",
            Pane::Timeline => "Types & eras",
            Pane::Network => "Network",
            Pane::Search => "Search",
            Pane::Hypotheses => "Hypotheses",
            Pane::Merge => "Merge",
            Pane::Compare => "Compare",
        }
    }
}

/// What every pane gets: the document to read, the shared UI state, and the action queue.
pub struct Cx<'a> {
    pub doc: &'a Document,
    /// What loading the project found (see [`crate::io::repair`]).
    pub problems: &'a [Problem],
    pub state: &'a mut UiState,
    pub actions: &'a mut Vec<Action>,
}

#[derive(Default)]
struct Views {
    articles: ArticlesView,
    actors: ActorsView,
    codebook: CodebookView,
    reader: ReaderView,
    inspector: InspectorView,
    chart: ChartView,
    claims: ClaimsView,
    events: EventsView,
    problems: ProblemsView,
    timeline: TimelineView,
    network: NetworkView,
    search: SearchView,
    hypotheses: HypothesesView,
    merge: MergeView,
    compare: CompareView,
}

pub struct Workbench {
    tree: Tree<Pane>,
    views: Views,
    open_problems: (u64, usize),
    /// The pane shown alone in the whole workbench area, if one is maximised.
    maximised: Option<Pane>,
}

impl Workbench {
    pub fn new() -> Self {
        Self { tree: default_layout(), views: Views::default(), open_problems: (0, 0), maximised: None }
    }

    /// The arrangement and split sizes, to remember between sessions.
    pub fn layout(&self) -> &Tree<Pane> {
        &self.tree
    }

    /// Takes a remembered arrangement, unless it lacks a pane or holds one twice (a layout from
    /// another version of Faultline): then the default stays, so no pane is ever out of reach.
    pub fn restore_layout(&mut self, tree: Tree<Pane>) {
        let panes: Vec<Pane> =
            tree.tiles.tiles().filter_map(|t| if let Tile::Pane(p) = t { Some(*p) } else { None }).collect();
        let whole = panes.len() == Pane::ALL.len() && Pane::ALL.iter().all(|p| panes.contains(p));
        if whole && tree.root.is_some() {
            self.tree = tree;
        }
    }

    /// Puts every pane back in the default arrangement; what the panes hold stays.
    pub fn reset_layout(&mut self) {
        self.tree = default_layout();
        self.maximised = None;
    }

    pub fn focus_reader(&mut self) {
        self.focus(Pane::Reader);
    }

    pub fn focus_chart(&mut self) {
        self.focus(Pane::Chart);
    }

    /// Where the chart last drew an event's point (tests click it).
    pub fn chart_point(&self, event: crate::model::EventId) -> Option<egui::Pos2> {
        self.views.chart.point_position(event)
    }

    /// The net scores the chart last plotted, lane after lane.
    pub fn chart_nets(&self) -> Vec<f64> {
        self.views.chart.plotted_nets()
    }

    /// Where the chart last drew its plots, lane after lane.
    pub fn chart_plots(&self) -> Vec<egui::Rect> {
        self.views.chart.plot_rects()
    }

    pub fn focus_problems(&mut self) {
        self.focus(Pane::Problems);
    }

    /// Shows the Search pane with the keyboard in its query field.
    pub fn focus_search(&mut self) {
        self.focus(Pane::Search);
        self.views.search.focus_query();
    }

    /// Shows the Actors pane with its dictionary import open (the command).
    pub fn start_actor_import(&mut self) {
        self.focus(Pane::Actors);
        self.views.actors.import.start();
    }

    /// Shows the Merge pane with the keyboard in its "their project" field (File ▸ Merge project…).
    pub fn focus_merge(&mut self) {
        self.focus(Pane::Merge);
        self.views.merge.focus();
    }

    /// Shows the Compare pane with the keyboard in its file field (File ▸ Compare coding…).
    pub fn focus_compare(&mut self) {
        self.focus(Pane::Compare);
        self.views.compare.focus();
    }

    /// Brings a pane's tab to the front (restoring the layout if another pane is maximised).
    pub fn focus(&mut self, pane: Pane) {
        if self.maximised.is_some_and(|m| m != pane) {
            self.maximised = None;
        }
        self.tree.make_active(|_, tile| matches!(tile, Tile::Pane(p) if *p == pane));
    }

    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        doc: &Document,
        problems: &[Problem],
        state: &mut UiState,
        actions: &mut Vec<Action>,
    ) {
        let mut maximise = self.maximised;
        let mut cx = Cx { doc, problems, state, actions };
        self.views.merge.poll(ui.ctx(), &mut cx);
        let mut behavior = Behavior {
            cx,
            views: &mut self.views,
            open_problems: &mut self.open_problems,
            maximise: &mut maximise,
            ctx: ui.ctx().clone(),
        };
        match self.maximised.and_then(|pane| Some((pane, self.tree.tiles.find_pane(&pane)?))) {
            Some((mut pane, tile)) => {
                ui.horizontal(|ui| {
                    ui.strong(behavior.tab_title_for_pane(&pane).text());
                    if ui.button("Restore").on_hover_text("Back to the whole workbench").clicked() {
                        *behavior.maximise = None;
                    }
                });
                ui.separator();
                // A lone pane cannot be dragged anywhere: its response asks nothing of the layout.
                let _ = behavior.pane_ui(ui, tile, &mut pane);
            }
            None => self.tree.ui(&mut behavior, ui),
        }
        self.maximised = maximise;
    }
}

struct Behavior<'a> {
    cx: Cx<'a>,
    views: &'a mut Views,
    /// (document state, the problems counted once per state; names two actors share are added apart).
    open_problems: &'a mut (u64, usize),
    /// The pane to show alone from the next frame (`None`: the whole layout).
    maximise: &'a mut Option<Pane>,
    /// For checks worked out on another thread (the repaint when they arrive).
    ctx: egui::Context,
}

impl egui_tiles::Behavior<Pane> for Behavior<'_> {
    fn pane_ui(&mut self, ui: &mut egui::Ui, _tile: TileId, pane: &mut Pane) -> UiResponse {
        let cx = &mut self.cx;
        egui::Frame::new().inner_margin(6.0).show(ui, |ui| match pane {
            Pane::Articles => self.views.articles.ui(ui, cx),
            Pane::Actors => self.views.actors.ui(ui, cx),
            Pane::Codebook => self.views.codebook.ui(ui, cx),
            Pane::Reader => self.views.reader.ui(ui, cx),
            Pane::Inspector => self.views.inspector.ui(ui, cx),
            Pane::Chart => self.views.chart.ui(ui, cx),
            Pane::Claims => self.views.claims.ui(ui, cx),
            Pane::Events => self.views.events.ui(ui, cx),
            Pane::Problems => self.views.problems.ui(ui, cx, cx.problems),
            Pane::Timeline => self.views.timeline.ui(ui, cx),
            Pane::Network => self.views.network.ui(ui, cx),
            Pane::Search => self.views.search.ui(ui, cx),
            Pane::Hypotheses => self.views.hypotheses.ui(ui, cx),
            Pane::Merge => self.views.merge.ui(ui, cx),
            Pane::Compare => self.views.compare.ui(ui, cx),
        });
        UiResponse::None
    }

    fn tab_title_for_pane(&mut self, pane: &Pane) -> egui::WidgetText {
        if *pane != Pane::Problems {
            return pane.title().into();
        }
        // Counted once per document state, not once per tab per frame.
        let state = self.cx.doc.state();
        if self.open_problems.0 != state {
            let p = self.cx.doc.project();
            let open = p.claims.iter().filter(|c| c.orphaned).count()
                + p.events.iter().filter(|e| e.evidence.is_empty()).count()
                + p.conflicts.len()
                + self.views.problems.duplicates(self.cx.doc).len()
                + self.views.problems.contradictions(self.cx.doc).len();
            let open = open + self.views.problems.straddles(self.cx.doc).len();
            *self.open_problems = (state, open);
        }
        // Names two actors share may arrive from another thread after the state was counted.
        let shared = self.views.problems.shared_names(self.cx.doc, &self.ctx).len();
        match self.open_problems.1 + shared {
            0 => pane.title().into(),
            open => format!("Problems ({open})").into(),
        }
    }

    fn top_bar_right_ui(
        &mut self,
        tiles: &Tiles<Pane>,
        ui: &mut egui::Ui,
        _tile: TileId,
        tabs: &egui_tiles::Tabs,
        _scroll_offset: &mut f32,
    ) {
        let Some(&pane) = tabs.active.and_then(|t| tiles.get_pane(&t)) else { return };
        // The narrow lists and the inspector keep their tab bars for their tabs.
        if matches!(pane, Pane::Articles | Pane::Actors | Pane::Codebook | Pane::Inspector) {
            return;
        }
        if ui
            .small_button("Maximise")
            .on_hover_text(format!("Show {} alone; Restore comes back", pane.title()))
            .clicked()
        {
            *self.maximise = Some(pane);
        }
    }

    fn simplification_options(&self) -> SimplificationOptions {
        SimplificationOptions { all_panes_must_have_tabs: true, ..SimplificationOptions::default() }
    }
}

fn default_layout() -> Tree<Pane> {
    let mut tiles = Tiles::default();
    let lists = [Pane::Articles, Pane::Actors, Pane::Codebook].map(|p| tiles.insert_pane(p)).to_vec();
    let lists = tiles.insert_tab_tile(lists);
    let reader = tiles.insert_pane(Pane::Reader);
    let reader = tiles.insert_tab_tile(vec![reader]);
    let lower = [
        Pane::Chart,
        Pane::Network,
        Pane::Hypotheses,
        Pane::Claims,
        Pane::Search,
        Pane::Events,
        Pane::Timeline,
        Pane::Problems,
        Pane::Merge,
        Pane::Compare,
    ]
    .map(|p| tiles.insert_pane(p))
    .to_vec();
    let lower = tiles.insert_tab_tile(lower);
    let middle = tiles.insert_vertical_tile(vec![reader, lower]);
    share(&mut tiles, middle, &[(reader, 1.3), (lower, 1.0)]);
    let inspector = tiles.insert_pane(Pane::Inspector);
    let inspector = tiles.insert_tab_tile(vec![inspector]);
    let root = tiles.insert_horizontal_tile(vec![lists, middle, inspector]);
    share(&mut tiles, root, &[(lists, 0.9), (middle, 2.6), (inspector, 1.2)]);
    Tree::new(egui::Id::unique("workbench"), root, tiles)
}

fn share(tiles: &mut Tiles<Pane>, container: TileId, shares: &[(TileId, f32)]) {
    if let Some(Tile::Container(Container::Linear(linear))) = tiles.get_mut(container) {
        for &(child, s) in shares {
            linear.shares.set_share(child, s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn panes(tree: &Tree<Pane>) -> usize {
        tree.tiles.tiles().filter(|t| matches!(t, Tile::Pane(_))).count()
    }

    fn lists_share(tree: &Tree<Pane>) -> f32 {
        let root = tree.root.unwrap();
        let Some(Tile::Container(Container::Linear(linear))) = tree.tiles.get(root) else { panic!("a linear root") };
        linear.shares[linear.children[0]]
    }

    #[test]
    fn a_remembered_layout_comes_back_with_its_split_sizes() {
        let mut wb = Workbench::new();
        let root = wb.tree.root.unwrap();
        let first = match wb.tree.tiles.get(root) {
            Some(Tile::Container(Container::Linear(linear))) => linear.children[0],
            _ => panic!("a linear root"),
        };
        share(&mut wb.tree.tiles, root, &[(first, 2.5)]);
        // eframe keeps app state as RON.
        let saved = ron::to_string(wb.layout()).unwrap();
        let mut again = Workbench::new();
        again.restore_layout(ron::from_str(&saved).unwrap());
        assert_eq!(lists_share(again.layout()), 2.5);
        assert_eq!(panes(again.layout()), Pane::ALL.len());
    }

    #[test]
    fn a_remembered_layout_missing_a_pane_is_not_used() {
        let mut old = Workbench::new();
        let chart = old.tree.tiles.find_pane(&Pane::Chart).unwrap();
        old.tree.tiles.remove(chart);
        let mut wb = Workbench::new();
        wb.restore_layout(old.tree);
        assert_eq!(panes(wb.layout()), Pane::ALL.len(), "the default stays, every pane in reach");
    }
}
