//! The Hypotheses pane: the Analysis of Competing Hypotheses matrix. Hypotheses are rows,
//! evidence claims are columns, each cell a CC/C/N/I/II picker with a note; each row shows its
//! weighted inconsistency score, each column whether it is diagnostic, and the sensitivity
//! view names the evidence the ranking hangs on. A column heading opens its passage.

use crate::analysis::ach::{self, Analysis, STABLE, evidence_label, hypothesis_label, number2};
use crate::edit::{EditError, builders};
use crate::model::{CellId, ClaimId, EventId, HypothesisId, Project, Rating};
use crate::ui::panes::once_per_state;
use crate::ui::state::Action;
use crate::ui::workbench::Cx;

/// How many claims a search for evidence offers at once.
const FOUND: usize = 8;

/// What the editor under the matrix is open on.
enum Editing {
    Hypothesis { id: HypothesisId, title: String, note: String },
    Cell { cell: CellId, note: String },
}

#[derive(Default)]
pub struct HypothesesView {
    new_title: String,
    /// Words to find a claim by, to add it as evidence, and the claims they found in the
    /// document state they were found in (searched again only when either changes).
    find: String,
    found: Option<(u64, String, Vec<ClaimId>)>,
    /// Rows ordered least inconsistent first rather than as entered.
    sort: bool,
    editing: Option<Editing>,
    /// The matrix's scores and sensitivity for the document state they were computed in.
    analysis: Option<(u64, Analysis)>,
}

impl HypothesesView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        self.adders(ui, cx);
        ui.separator();
        if p.hypotheses.is_empty() || p.ach_evidence.is_empty() {
            ui.label(
                "Add at least two hypotheses and the claims that bear on them; then rate each claim against each \
                 hypothesis. The least inconsistent hypothesis ranks first.",
            );
        }
        // Taken out of `self` while the matrix borrows `self` mutably; put back below.
        let mut analysis = self.analysis.take();
        let a = once_per_state(&mut analysis, cx.doc, ach::of_project);
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            egui::ScrollArea::horizontal().auto_shrink([false, true]).show(ui, |ui| {
                self.matrix(ui, cx, a);
            });
            ui.label(
                "CC very consistent · C consistent · N neutral · I inconsistent · II very inconsistent. Score: I = \
                 1, II = 2, times the evidence's weight from its grade; lower is better.",
            )
            .on_hover_text(ach::SCALE);
            self.editor(ui, cx);
            sensitivity(ui, cx, a);
        });
        self.analysis = analysis;
    }

    /// New hypotheses, and the three ways to add evidence: the selected claim, a claim found
    /// by its words, or an event's evidence.
    fn adders(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        ui.horizontal_wrapped(|ui| {
            let label = ui.label("New hypothesis");
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.new_title).hint_text("Retaliation for chip controls"))
                .labelled_by(label.id);
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if (ui.button("Add hypothesis").clicked() || entered) && !self.new_title.trim().is_empty() {
                cx.actions.push(Action::Apply(builders::add_hypothesis(&self.new_title).0));
                self.new_title.clear();
            }
            ui.checkbox(&mut self.sort, "Sort by least inconsistent");
        });
        ui.horizontal_wrapped(|ui| {
            let selected = cx.state.selection.claim.filter(|c| !p.ach_evidence.contains(c));
            let button = ui.add_enabled(selected.is_some(), egui::Button::new("Add the selected claim"));
            if button.on_disabled_hover_text("Select a claim in the reader that is not in the matrix yet").clicked()
                && let Some(claim) = selected
            {
                add(cx, &[claim]);
            }
            if let Some(event) = event_picker(ui, p) {
                let evidence = p.events.get(event).map(|e| e.evidence.clone()).unwrap_or_default();
                add(cx, &evidence);
            }
            let label = ui.label("Find a claim");
            ui.add(egui::TextEdit::singleline(&mut self.find).hint_text("words of its quote").desired_width(160.0))
                .labelled_by(label.id);
        });
        for claim in super::once_per_query(&mut self.found, cx.doc, &self.find, found).clone() {
            let quote = p.claims.get(claim).map_or("", |c| c.quote.as_str());
            if ui.button(format!("Add “{}”", short(quote, 80))).clicked() {
                add(cx, &[claim]);
                self.find.clear();
            }
        }
    }

    fn matrix(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>, a: &Analysis) {
        let p = cx.doc.project();
        let rows: Vec<&ach::Score> = if self.sort { a.ranking() } else { a.scores.iter().collect() };
        egui::Grid::new("ach matrix").striped(true).spacing([8.0, 4.0]).show(ui, |ui| {
            ui.strong("Hypothesis");
            ui.strong("Score").on_hover_text("Weighted inconsistency (plain count in brackets); lower is better");
            for (i, column) in a.columns.iter().enumerate() {
                column_heading(ui, cx, i, column);
            }
            ui.end_row();
            for score in rows {
                let Some(h) = p.hypotheses.get(score.hypothesis) else { continue };
                let row = p.hypotheses.position(h.id).unwrap_or_default();
                let title = format!("{} {}", hypothesis_label(row), short(&h.title, 60));
                let mut button = ui.button(title);
                if !h.note.is_empty() {
                    button = button.on_hover_text(&h.note);
                }
                if button.clicked() {
                    self.editing = Some(Editing::Hypothesis { id: h.id, title: h.title.clone(), note: h.note.clone() });
                }
                ui.label(format!("{} ({}) rank {}", number2(score.weighted), score.unweighted, score.rank));
                for (i, column) in a.columns.iter().enumerate() {
                    let cell = CellId { hypothesis: h.id, claim: column.claim };
                    if let Some(note) =
                        self.cell(ui, cx, cell, &format!("{} for {}", evidence_label(i), hypothesis_label(row)))
                    {
                        self.editing = Some(Editing::Cell { cell, note });
                        cx.actions.push(Action::SelectClaim(column.claim));
                    }
                }
                ui.end_row();
            }
        });
    }

    /// One cell: its rating picker and a button to its note. Returns the note to edit when the
    /// note button was clicked.
    fn cell(&self, ui: &mut egui::Ui, cx: &mut Cx<'_>, cell: CellId, name: &str) -> Option<String> {
        let p = cx.doc.project();
        let rated = p.ach_cells.get(cell);
        let current = rated.map(|c| c.rating);
        let note = rated.map_or("", |c| c.note.as_str());
        ui.horizontal(|ui| {
            let shown = egui::ComboBox::from_id_salt(("ach cell", cell.hypothesis, cell.claim))
                .selected_text(current.map_or_else(|| egui::RichText::new("–"), |r| rating_text(ui, r)))
                .width(44.0)
                .show_ui(ui, |ui| {
                    let mut chosen = current;
                    ui.selectable_value(&mut chosen, None, "– not rated");
                    for r in Rating::ALL {
                        ui.selectable_value(&mut chosen, Some(r), rating_text(ui, r)).on_hover_text(r.meaning());
                    }
                    chosen
                });
            let name = name.to_owned();
            ui.ctx().accesskit_node_builder(shown.response.id, |node| node.set_label(name));
            let quote = p.claims.get(cell.claim).map_or("", |c| c.quote.as_str());
            let hover = match note {
                "" => format!("“{}”", short(quote, 200)),
                note => format!("{note}\n\n“{}”", short(quote, 200)),
            };
            shown.response.on_hover_text(hover);
            if let Some(chosen) = shown.inner
                && chosen != current
            {
                apply(cx, builders::rate(p, cell.hypothesis, cell.claim, chosen, note));
            }
            let (marker, hover) = match note {
                "" => ("…", "Write a note on this rating; shows the passage in the reader"),
                _ => ("●", "Read or edit the note on this rating; shows the passage in the reader"),
            };
            let button = ui.small_button(marker).on_hover_text(hover);
            button.clicked().then(|| note.to_owned())
        })
        .inner
    }

    /// The editor under the matrix: a hypothesis's title and note, or a rated cell's note.
    fn editor(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        let mut close = false;
        match &mut self.editing {
            None => {}
            Some(Editing::Hypothesis { id, title, note }) => {
                let Some(h) = p.hypotheses.get(*id) else {
                    self.editing = None;
                    return;
                };
                ui.group(|ui| {
                    let label = ui.label("Hypothesis");
                    ui.add(egui::TextEdit::singleline(title).desired_width(f32::INFINITY)).labelled_by(label.id);
                    let label = ui.label("Why it is on the list");
                    ui.add(egui::TextEdit::multiline(note).desired_rows(2).desired_width(f32::INFINITY))
                        .labelled_by(label.id);
                    ui.horizontal(|ui| {
                        if ui.button("Save hypothesis").clicked() {
                            let mut edited = h.clone();
                            (edited.title, edited.note) = (title.trim().to_owned(), note.clone());
                            if edited != *h {
                                cx.actions.push(Action::Apply(builders::update_hypothesis(edited)));
                            }
                            close = true;
                        }
                        if ui.button("Delete hypothesis").on_hover_text("Its ratings go with it (undoable)").clicked() {
                            cx.actions.push(Action::Apply(builders::delete_hypothesis(p, *id)));
                            close = true;
                        }
                        close |= ui.button("Close").clicked();
                    });
                });
            }
            Some(Editing::Cell { cell, note }) => {
                let rating = p.ach_cells.get(*cell).map(|c| c.rating);
                let column = p.ach_evidence.iter().position(|c| *c == cell.claim);
                let (Some(row), Some(column)) = (p.hypotheses.position(cell.hypothesis), column) else {
                    self.editing = None;
                    return;
                };
                ui.group(|ui| {
                    let heading = format!("Note on {} for {}", evidence_label(column), hypothesis_label(row));
                    let label = ui.label(&heading);
                    ui.add(egui::TextEdit::multiline(note).desired_rows(2).desired_width(f32::INFINITY))
                        .labelled_by(label.id);
                    ui.horizontal(|ui| {
                        match rating {
                            Some(r) if ui.button("Save note").clicked() => {
                                apply(cx, builders::rate(p, cell.hypothesis, cell.claim, Some(r), note));
                                close = true;
                            }
                            Some(_) => {}
                            None => {
                                ui.label("Rate the cell first; the note explains its rating.");
                            }
                        }
                        if ui.button("Remove this evidence from the matrix").clicked() {
                            apply(cx, builders::remove_evidence(p, cell.claim));
                            close = true;
                        }
                        close |= ui.button("Close").clicked();
                    });
                });
            }
        }
        if close {
            self.editing = None;
        }
    }
}

/// A rating's code in a colour that reads at a glance: red against the hypothesis, green for
/// it, plain for neutral (Heuer's matrices are often printed so).
fn rating_text(ui: &egui::Ui, r: Rating) -> egui::RichText {
    let dark = ui.visuals().dark_mode;
    let colour = match (r, dark) {
        (Rating::II, false) => egui::Color32::from_rgb(0xb0, 0x1c, 0x1c),
        (Rating::II, true) => egui::Color32::from_rgb(0xff, 0x6b, 0x6b),
        (Rating::I, false) => egui::Color32::from_rgb(0xc6, 0x5a, 0x1e),
        (Rating::I, true) => egui::Color32::from_rgb(0xff, 0xa0, 0x60),
        (Rating::C | Rating::CC, false) => egui::Color32::from_rgb(0x1e, 0x7a, 0x3c),
        (Rating::C | Rating::CC, true) => egui::Color32::from_rgb(0x7c, 0xd6, 0x8f),
        (Rating::N, _) => ui.visuals().text_color(),
    };
    let text = egui::RichText::new(r.code()).color(colour);
    if matches!(r, Rating::II | Rating::CC) { text.strong() } else { text }
}

/// A column's heading: E1, E2…, struck through when not diagnostic; a click opens the passage.
fn column_heading(ui: &mut egui::Ui, cx: &mut Cx<'_>, i: usize, column: &ach::Column) {
    let p = cx.doc.project();
    let claim = p.claims.get(column.claim);
    let mut text = egui::RichText::new(evidence_label(i)).strong();
    if !column.diagnostic {
        text = text.weak().strikethrough();
    }
    let grade = claim.map_or_else(String::new, |c| p.grade_of(c).to_string());
    let diagnostic = if column.diagnostic {
        "diagnostic"
    } else {
        "not diagnostic: rated alike for every hypothesis, it cannot help choose"
    };
    let hover = format!(
        "“{}”\n{grade}, weight {}; {diagnostic}\nClick to open the passage in the reader",
        short(claim.map_or("", |c| c.quote.as_str()), 200),
        number2(column.weight)
    );
    // The selected claim's column stands out, so "Show in Hypotheses" from the inspector lands on it.
    let selected = cx.state.selection.claim == Some(column.claim);
    let response = ui.add(egui::Button::new(text).selected(selected)).on_hover_text(hover);
    if response.clicked() {
        cx.actions.push(Action::SelectClaim(column.claim));
    }
    response.context_menu(|ui| {
        if ui.button("Move left").clicked() {
            apply(cx, builders::move_evidence(p, column.claim, -1));
        }
        if ui.button("Move right").clicked() {
            apply(cx, builders::move_evidence(p, column.claim, 1));
        }
        if ui.button("Remove from the matrix").clicked() {
            apply(cx, builders::remove_evidence(p, column.claim));
        }
    });
}

/// Which single piece of evidence the ranking hangs on; each names its passage.
fn sensitivity(ui: &mut egui::Ui, cx: &mut Cx<'_>, a: &Analysis) {
    let p = cx.doc.project();
    if p.hypotheses.len() < 2 {
        return;
    }
    ui.strong("Sensitivity").on_hover_text(
        "Each piece of evidence is taken out, then counted at half its weight: if the ranking changes, it is named here",
    );
    if a.sensitive.is_empty() {
        ui.label(STABLE);
    }
    for s in &a.sensitive {
        if ui.link(a.describe_sensitivity(p, s)).on_hover_text("Open the passage in the reader").clicked() {
            cx.actions.push(Action::SelectClaim(s.claim));
        }
    }
}

/// A menu of the events; choosing one adds its evidence.
fn event_picker(ui: &mut egui::Ui, p: &Project) -> Option<EventId> {
    let mut chosen = None;
    crate::ui::widgets::combo(ui, "ach event", "Add an event's evidence", "choose an event", 220.0, |ui| {
        for e in p.events.iter() {
            let kind = p.taxonomy.get(e.kind).map_or("?", |t| t.name.as_str());
            let text = format!("{} · {kind} · {} → {}", e.date, p.actor_name(e.source), p.actor_name(e.target));
            if ui.selectable_label(false, text).clicked() {
                chosen = Some(e.id);
            }
        }
    });
    chosen
}

/// Claims whose quote holds every word typed (ignoring case), not yet in the matrix.
fn found(p: &Project, words: &str) -> Vec<ClaimId> {
    let words: Vec<String> = words.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let columns: std::collections::HashSet<ClaimId> = p.ach_evidence.iter().copied().collect();
    p.claims
        .iter()
        .filter(|c| !columns.contains(&c.id))
        .filter(|c| {
            let quote = c.quote.to_lowercase();
            words.iter().all(|w| quote.contains(w.as_str()))
        })
        .take(FOUND)
        .map(|c| c.id)
        .collect()
}

fn add(cx: &mut Cx<'_>, claims: &[ClaimId]) {
    apply(cx, builders::add_evidence(cx.doc.project(), claims));
}

/// Queues an edit, or says in the status bar why there is none.
fn apply(cx: &mut Cx<'_>, edit: Result<crate::edit::Edit, EditError>) {
    match edit {
        Ok(edit) => cx.actions.push(Action::Apply(edit)),
        Err(EditError::Empty) => {}
        Err(err) => cx.state.error(format!("Hypotheses: {err}")),
    }
}

fn short(text: &str, max: usize) -> String {
    let text = text.replace('\n', " ");
    match text.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}
