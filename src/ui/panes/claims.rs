//! Every claim of the project in one sortable table; click a row to open it in the reader, or
//! drag a row onto another to link the two claims (as corroborating; the inspector changes the
//! kind).

use std::collections::HashMap;

use egui_extras::{Column, TableBuilder};

use crate::edit::builders;
use crate::model::{Claim, ClaimId, LinkKind, Project};

use crate::ui::state::Action;
use crate::ui::workbench::Cx;

#[derive(Clone, Copy, PartialEq, Eq, Default)]
enum SortBy {
    #[default]
    Article,
    Quote,
    Tags,
    Speaker,
    Grade,
    Links,
    Events,
}

/// A claim being dragged onto another in the table.
struct DraggedClaim(ClaimId);

#[derive(Default)]
pub struct ClaimsView {
    sort: SortBy,
    descending: bool,
    /// The claims in the shown order, sorted again only when the project or the order changes
    /// (a sort by links or grade looks every claim up, too much to do every frame).
    order: Option<(u64, Vec<ClaimId>)>,
}

impl ClaimsView {
    pub fn ui(&mut self, ui: &mut egui::Ui, cx: &mut Cx<'_>) {
        let p = cx.doc.project();
        let article_title = |c: &Claim| p.articles.get(c.article).map_or("", |a| a.title.as_str());
        let (sort, descending) = (self.sort, self.descending);
        let rows = super::once_per_state(&mut self.order, cx.doc, |p| sorted(p, sort, descending));
        let mut resort = None;
        ui.label(crate::ui::words::count(rows.len(), "claim", "claims"));
        let selected = cx.state.selection.claim;
        // Selectable text would take the drag that links one claim to another.
        ui.style_mut().interaction.selectable_labels = false;
        TableBuilder::new(ui)
            .striped(true)
            .sense(egui::Sense::click_and_drag())
            .column(Column::initial(160.0).resizable(true).clip(true))
            .column(Column::remainder().at_least(200.0).clip(true))
            .column(Column::initial(120.0).resizable(true).clip(true))
            .column(Column::initial(120.0).resizable(true).clip(true))
            .column(Column::initial(50.0))
            .column(Column::initial(50.0))
            .column(Column::initial(60.0))
            .header(22.0, |mut header| {
                for (title, key) in [
                    ("Article", SortBy::Article),
                    ("Quote", SortBy::Quote),
                    ("Tags", SortBy::Tags),
                    ("Speaker", SortBy::Speaker),
                    ("Grade", SortBy::Grade),
                    ("Links", SortBy::Links),
                    ("Events", SortBy::Events),
                ] {
                    header.col(|ui| {
                        let arrow = if sort == key { if descending { " ▼" } else { " ▲" } } else { "" };
                        if ui
                            .button(format!("{title}{arrow}"))
                            .on_hover_text(format!("Sort by {}", title.to_lowercase()))
                            .clicked()
                        {
                            resort = Some(if sort == key { (key, !descending) } else { (key, false) });
                        }
                    });
                }
            })
            .body(|body| {
                body.rows(20.0, rows.len(), |mut row| {
                    let Some(c) = p.claims.get(rows[row.index()]) else { return };
                    row.set_selected(selected == Some(c.id));
                    row.col(|ui| {
                        ui.label(article_title(c));
                    });
                    row.col(|ui| {
                        ui.label(&c.quote);
                    });
                    row.col(|ui| {
                        ui.label(tag_names(p, c));
                    });
                    row.col(|ui| {
                        ui.label(speaker_name(p, c));
                    });
                    row.col(|ui| {
                        ui.label(p.grade_of(c).to_string());
                    });
                    row.col(|ui| {
                        ui.label(p.links_of(c.id).count().to_string());
                    });
                    row.col(|ui| {
                        ui.label(p.events_of_claim(c.id).count().to_string());
                    });
                    let response = row.response();
                    response.dnd_set_drag_payload(DraggedClaim(c.id));
                    if let Some(from) = response.dnd_release_payload::<DraggedClaim>()
                        && from.0 != c.id
                    {
                        cx.actions.push(Action::Apply(builders::link_claims(from.0, c.id, LinkKind::Corroborates).0));
                        cx.actions.push(Action::SelectClaim(from.0));
                    } else if response.clicked() {
                        cx.actions.push(Action::SelectClaim(c.id));
                    }
                });
            });
        if let Some((key, down)) = resort {
            (self.sort, self.descending, self.order) = (key, down, None);
        }
    }
}

/// The project's claims in the order the table shows them.
fn sorted(p: &Project, sort: SortBy, descending: bool) -> Vec<ClaimId> {
    let mut rows: Vec<&Claim> = p.claims.iter().collect();
    match sort {
        SortBy::Article => rows.sort_by_key(|c| (article_position(p, c), c.start)),
        SortBy::Quote => rows.sort_by_cached_key(|c| c.quote.to_lowercase()),
        SortBy::Tags => rows.sort_by_cached_key(|c| tag_names(p, c)),
        SortBy::Speaker => rows.sort_by_cached_key(|c| speaker_name(p, c)),
        SortBy::Grade => rows.sort_by_cached_key(|c| {
            let g = p.grade_of(c);
            (g.reliability, g.credibility)
        }),
        SortBy::Links => {
            // Counted in one pass over the links rather than a search of them per claim.
            let mut links: HashMap<ClaimId, usize> = HashMap::new();
            for l in p.claim_links.iter() {
                *links.entry(l.from).or_default() += 1;
                if l.to != l.from {
                    *links.entry(l.to).or_default() += 1;
                }
            }
            rows.sort_by_key(|c| links.get(&c.id).copied().unwrap_or(0));
        }
        SortBy::Events => rows.sort_by_cached_key(|c| p.events_of_claim(c.id).count()),
    }
    if descending {
        rows.reverse();
    }
    rows.into_iter().map(|c| c.id).collect()
}

fn tag_names(p: &Project, c: &Claim) -> String {
    c.tags.iter().filter_map(|t| p.tags.get(*t)).map(|t| t.name.as_str()).collect::<Vec<_>>().join(", ")
}

fn speaker_name(p: &Project, c: &Claim) -> String {
    c.speaker.map_or(String::new(), |s| p.actor_name(s).to_owned())
}

fn article_position(p: &Project, c: &Claim) -> usize {
    p.articles.position(c.article).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_by_links_the_most_linked_claims_come_first_when_descending() {
        let p = crate::io::project_file::parse(include_str!("../../../tests/fixtures/graded-sample.ron")).unwrap();
        let order = sorted(&p, SortBy::Links, true);
        assert_eq!(order.len(), p.claims.len());
        let counts: Vec<usize> = order.iter().map(|&c| p.links_of(c).count()).collect();
        assert!(counts[0] > 0 && counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    }
}
