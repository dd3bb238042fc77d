//! The Compare pane (File ▸ Compare coding…): how far another analyst's coding of the same
//! articles agrees with this project's (alpha per tag and overall, kappa, dates), every
//! difference listed and shown in the reader on a click, and adjudication: their claim, their
//! coding or their event's type and date taken into this project, one undoable edit each (their
//! claims also all at once).
//!
//! The figures are worked out off the UI thread (a second on a 100,000-claim project), again
//! whenever this project changes, so a difference settled leaves the list; meanwhile the old
//! list stays up but cannot be acted on.

use crate::ui::words::count;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use egui::RichText;

use crate::analysis::agreement::{Agreement, ClaimPair, ClaimRef, agreement};
use crate::edit::builders;
use crate::io::merge::read_side;
use crate::model::{ClaimId, Project};
use crate::ui::state::{Action, PendingSelection};
use crate::ui::workbench::Cx;

use super::project_picker::ProjectPicker;

#[derive(Default)]
pub struct CompareView {
    picker: ProjectPicker,
    compared: Option<Compared>,
    /// Figures being worked out: for the document state given, or a file being read.
    job: Option<Receiver<Result<Compared, String>>>,
    error: Option<String>,
    /// The difference "Next difference" shows next.
    next: usize,
}

/// The other analyst's project and the figures against this one as it was at `state`.
struct Compared {
    file: String,
    theirs: Project,
    state: u64,
    figures: Agreement,
    differences: Vec<Difference>,
}

enum Difference {
    OnlyOurs(ClaimRef),
    OnlyTheirs(ClaimRef),
    /// A passage both coded, differently: the pair with each side's coding in words.
    Coded(Box<ClaimPair>, String, String),
}

impl Difference {
    fn passage(&self) -> &ClaimRef {
        match self {
            Difference::OnlyOurs(c) | Difference::OnlyTheirs(c) => c,
            Difference::Coded(pair, ..) => &pair.a,
        }
    }

    /// Shows the passage in the reader: our claim selected, or their span marked in our copy.
    fn reveal(&self) -> Action {
        let c = self.passage();
        match (self, c.id.parse::<ClaimId>()) {
            (Difference::OnlyTheirs(_), _) | (_, Err(_)) => {
                Action::RevealRange(PendingSelection { article: c.shown_in, start: c.start, end: c.end })
            }
            (_, Ok(id)) => Action::SelectClaim(id),
        }
    }
}

impl CompareView {
    /// Puts the keyboard in the file field (the menu command).
    pub fn focus(&mut self) {
        self.picker.focus();
    }

    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        self.poll(cx);
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            ui.strong("Compare this project's coding with another analyst's");
            let mut go = self.picker.ui(ui, "Their project file", "The other analyst's project");
            let ready = self.picker.path().is_some();
            go |= ui.add_enabled(ready, egui::Button::new("Compare the coding")).clicked();
            if go && let Some(path) = self.picker.path() {
                self.compared = None;
                self.next = 0;
                self.start(cx, Source::File(path));
            }
            if let Some(e) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            if self.job.is_some() {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Working out the agreement…");
                });
            }
            let Some(compared) = &self.compared else { return };
            let current = compared.state == cx.doc.state();
            if !current && self.job.is_none() {
                let theirs = Source::Loaded(compared.file.clone(), compared.theirs.clone());
                self.start(cx, theirs);
            }
            let Some(compared) = &self.compared else { return };
            ui.separator();
            figures(ui, &compared.file, &compared.figures);
            ui.separator();
            ui.add_enabled_ui(current, |ui| differences(ui, cx, compared, &mut self.next));
        });
    }

    /// Works the figures out in the background for the document as it is now.
    fn start(&mut self, cx: &mut Cx<'_>, source: Source) {
        let (ours, state) = (cx.doc.project().clone(), cx.doc.state());
        let (tx, rx) = channel();
        crate::ui::jobs::worker::spawn("compare", move || {
            let theirs = match source {
                Source::File(path) => read_side(&path).map(|(p, _)| (path.display().to_string(), p)),
                Source::Loaded(file, p) => Ok((file, p)),
            };
            // The receiver is gone only when the pane was dropped: nobody wants the answer.
            let _ = tx.send(theirs.map(|(file, theirs)| Compared::new(&ours, state, file, theirs)));
        });
        self.job = Some(rx);
    }

    fn poll(&mut self, cx: &mut Cx<'_>) {
        let Some(job) = &self.job else { return };
        let answer = match job.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => Err("working out the agreement failed unexpectedly".to_owned()),
        };
        self.job = None;
        match answer {
            Ok(compared) => {
                self.compared = Some(compared);
                self.error = None;
            }
            Err(e) => {
                let text = format!("Cannot compare: {e}");
                cx.state.error(text.clone());
                self.error = Some(text);
            }
        }
    }
}

/// The other analyst's project: a file still to read, or the one read already.
enum Source {
    File(PathBuf),
    Loaded(String, Project),
}

impl Compared {
    fn new(ours: &Project, state: u64, file: String, theirs: Project) -> Self {
        let figures = agreement(ours, &theirs);
        let mut differences: Vec<Difference> = figures.only_a.iter().cloned().map(Difference::OnlyOurs).collect();
        differences.extend(figures.only_b.iter().cloned().map(Difference::OnlyTheirs));
        for pair in &figures.matched {
            let (a, b) = (
                coding(ours, &pair.a, &pair.event_type.0, &pair.direction.0),
                coding(&theirs, &pair.b, &pair.event_type.1, &pair.direction.1),
            );
            if a != b {
                differences.push(Difference::Coded(Box::new(pair.clone()), a, b));
            }
        }
        differences.sort_by_key(|d| {
            let c = d.passage();
            (c.article.clone(), c.start, c.end)
        });
        Self { file, theirs, state, figures, differences }
    }
}

/// A claim's coding in words, the same way for both analysts (tags by name, ignoring case).
fn coding(p: &Project, c: &ClaimRef, event_type: &str, direction: &str) -> String {
    let claim = c.id.parse().ok().and_then(|id| p.claims.get(id));
    let tags: BTreeSet<String> = claim
        .map(|c| c.tags.iter().filter_map(|t| p.tags.get(*t)).map(|t| t.name.to_lowercase()).collect())
        .unwrap_or_default();
    let tags = if tags.is_empty() { "no tags".to_owned() } else { tags.into_iter().collect::<Vec<_>>().join(", ") };
    // The date too, so that two codings differing only in when the act happened are listed.
    let date =
        claim.and_then(|c| p.events_of_claim(c.id).next()).map_or_else(String::new, |e| format!(" · {}", e.date));
    format!("{tags} · event: {event_type} · {direction}{date}")
}

fn figures(ui: &mut egui::Ui, file: &str, a: &Agreement) {
    let figure = |x: Option<f64>| x.map_or_else(|| "n/a".to_owned(), |x| format!("{x:.3}"));
    ui.label(
        RichText::new(format!(
            "Against {file}: {}",
            count(a.shared_articles.len(), "shared article", "shared articles")
        ))
        .strong(),
    );
    if a.shared_articles.is_empty() {
        ui.label("No article is in both projects, so there is nothing to compare: no score is given.");
    }
    for (whose, titles) in [("only here", &a.articles_only_a), ("only theirs", &a.articles_only_b)] {
        if !titles.is_empty() {
            ui.weak(format!("Left out, {whose}: {}", titles.join("; ")));
        }
    }
    egui::Grid::new("agreement-figures").striped(true).num_columns(2).show(ui, |ui| {
        ui.strong("Krippendorff's alpha (characters)");
        ui.end_row();
        for (tag, alpha) in &a.alpha_by_tag {
            ui.label(tag);
            ui.label(figure(*alpha));
            ui.end_row();
        }
        ui.strong("all tags");
        ui.strong(figure(a.alpha_overall));
        ui.end_row();
        ui.label("Claims matched (overlap ≥ 50%)");
        ui.label(a.matched.len().to_string());
        ui.end_row();
        ui.label("Only yours / only theirs");
        ui.label(format!("{} / {}", a.only_a.len(), a.only_b.len()));
        ui.end_row();
        ui.label("Cohen's kappa, event type");
        ui.label(figure(a.kappa_event_type));
        ui.end_row();
        ui.label("Cohen's kappa, direction");
        ui.label(figure(a.kappa_direction));
        ui.end_row();
        ui.label("Dates that overlap");
        ui.label(a.date_agreement.map_or("n/a".to_owned(), |x| format!("{:.0}%", x * 100.0)));
        ui.end_row();
    });
    ui.weak("n/a: nothing to compare, or every pair gave one and the same answer.");
}

fn differences(ui: &mut egui::Ui, cx: &mut Cx<'_>, c: &Compared, next: &mut usize) {
    let ours = cx.doc.project();
    ui.strong(count(c.differences.len(), "difference", "differences"));
    if c.differences.is_empty() {
        return;
    }
    let theirs_only: Vec<(ClaimId, crate::model::ArticleId)> = c
        .differences
        .iter()
        .filter_map(|d| match d {
            Difference::OnlyTheirs(r) => Some((r.id.parse().ok()?, r.shown_in)),
            _ => None,
        })
        .collect();
    ui.horizontal(|ui| {
        if ui.button("Next difference").on_hover_text("Shows the next one in the reader").clicked() {
            let i = *next % c.differences.len();
            cx.actions.push(c.differences[i].reveal());
            *next = i + 1;
        }
        let all = format!("Take all {} of their claims", theirs_only.len());
        if ui.add_enabled(!theirs_only.is_empty(), egui::Button::new(all)).clicked() {
            adopt(cx, builders::adopt_claims(ours, &c.theirs, &theirs_only));
        }
    });
    for (i, d) in c.differences.iter().enumerate() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            let p = d.passage();
            let what = match d {
                Difference::OnlyOurs(_) => "Only yours",
                Difference::OnlyTheirs(_) => "Only theirs",
                Difference::Coded(..) => "Coded differently",
            };
            ui.horizontal(|ui| {
                ui.label(RichText::new(what).strong());
                ui.weak(&p.article);
            });
            let quote: String = p.quote.chars().take(160).collect();
            if ui.link(format!("“{quote}”")).on_hover_text("Show it in the reader").clicked() {
                cx.actions.push(d.reveal());
                *next = i + 1;
            }
            match d {
                Difference::OnlyTheirs(r) => {
                    if ui.button("Take their claim").clicked()
                        && let Ok(id) = r.id.parse()
                    {
                        adopt(cx, builders::adopt_claims(ours, &c.theirs, &[(id, r.shown_in)]));
                    }
                }
                Difference::Coded(pair, mine, theirs) => {
                    ui.label(format!("Yours: {mine}"));
                    ui.label(format!("Theirs: {theirs}"));
                    let ids = (pair.a.id.parse(), pair.b.id.parse());
                    ui.horizontal_wrapped(|ui| {
                        if ui.button("Take their coding").on_hover_text("Their tags, speaker and targets").clicked()
                            && let (Ok(a), Ok(b)) = ids
                        {
                            adopt(cx, builders::adopt_coding(ours, &c.theirs, a, b));
                        }
                        let hover = "Their event's type and date for your event of this passage (their whole event if you coded none)";
                        if ui.button("Take their event").on_hover_text(hover).clicked()
                            && let (Ok(a), Ok(b)) = ids
                        {
                            adopt(cx, builders::adopt_event(ours, &c.theirs, a, b));
                        }
                    });
                }
                Difference::OnlyOurs(_) => {}
            }
        });
    }
}

fn adopt(cx: &mut Cx<'_>, edit: Result<crate::edit::Edit, crate::edit::EditError>) {
    match edit {
        Ok(edit) => cx.actions.push(Action::Apply(edit)),
        Err(e) => cx.state.error(e.to_string()),
    }
}
