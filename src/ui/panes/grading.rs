//! Grading in the workbench: the inspector's credibility of a claim and its links to other
//! claims, an article's reliability and the outlets that grade it, and the chart's minimum
//! grade, all with the standard Admiralty wording on hover.

use egui::RichText;

use crate::edit::builders;
use crate::model::{Article, Claim, ClaimId, Credibility, Grade, LinkKind, Outlet, OutletId, Project, Reliability};
use crate::ui::state::Action;
use crate::ui::widgets::combo;

/// What the analyst is typing in the grading sections, kept between frames.
#[derive(Default)]
pub struct GradingDrafts {
    /// The kind and other claim of a link being made from the selected claim.
    link_kind: Option<LinkKind>,
    link_to: Option<ClaimId>,
    /// The outlet whose name, aliases and note are being edited, as typed.
    outlet: Option<(OutletId, String, String, String)>,
    new_outlet: String,
}

impl GradingDrafts {
    /// Forgets half-typed text after an undo or redo changed what it was copied from.
    pub fn reset(&mut self) {
        self.outlet = None;
    }
}

fn reliability_text(r: Reliability) -> String {
    format!("{r} · {}", r.label())
}

fn credibility_text(c: Credibility) -> String {
    format!("{c} · {}", c.label())
}

/// The claim's grade (its article's reliability with its own credibility) and the credibility
/// picker.
pub fn claim_grade_ui(ui: &mut egui::Ui, p: &Project, claim: &Claim, actions: &mut Vec<Action>) {
    let grade = p.grade_of(claim);
    ui.horizontal_wrapped(|ui| {
        ui.strong("Grade");
        ui.label(RichText::new(grade.to_string()).strong()).on_hover_text(format!(
            "Source: {} — {}\nInformation: {} — {}",
            reliability_text(grade.reliability),
            grade.reliability.meaning(),
            credibility_text(grade.credibility),
            grade.credibility.meaning()
        ));
        ui.weak("(source reliability from the article; select the article to change it)");
    });
    combo(ui, "claim-credibility", "Credibility", credibility_text(claim.credibility), 260.0, |ui| {
        for c in Credibility::ALL {
            let picked = ui.selectable_label(claim.credibility == c, credibility_text(c)).on_hover_text(c.meaning());
            if picked.clicked()
                && let Ok(edit) = builders::set_credibility(p, claim.id, c)
            {
                actions.push(Action::Apply(edit));
            }
        }
    });
}

/// "“China continues to slow…” (Reuters article)" for a list of claims.
fn claim_label(p: &Project, c: &Claim) -> String {
    let quote: String = c.quote.chars().take(48).collect();
    let more = if c.quote.chars().count() > 48 { "…" } else { "" };
    let title: String = p.articles.get(c.article).map_or(String::new(), |a| a.title.chars().take(30).collect());
    format!("“{quote}{more}” — {title}")
}

/// The claim's links (each can change kind, be opened or removed) and a picker for a new one.
pub fn claim_links_ui(
    ui: &mut egui::Ui,
    p: &Project,
    claim: &Claim,
    drafts: &mut GradingDrafts,
    actions: &mut Vec<Action>,
) {
    let links: Vec<_> = p.links_of(claim.id).collect();
    ui.strong(match links.len() {
        0 => "Not linked to other claims".to_owned(),
        n => format!("Linked claims ({n})"),
    });
    for link in links {
        let Some(other) = link.other(claim.id).and_then(|o| p.claims.get(o)) else { continue };
        ui.horizontal_wrapped(|ui| {
            // Read from this claim's side: "this claim contradicts …" or "… contradicts this".
            let towards = if link.from == claim.id { "this claim" } else { "the other claim" };
            combo(ui, ("link-kind", link.id), "Kind", link.kind.label(), 130.0, |ui| {
                for kind in LinkKind::ALL {
                    if ui.selectable_label(link.kind == kind, kind.label()).clicked() && link.kind != kind {
                        let mut changed = link.clone();
                        changed.kind = kind;
                        actions.push(Action::Apply(builders::put_link("change link", changed)));
                    }
                }
            });
            if ui.link(claim_label(p, other)).on_hover_text(format!("Made from {towards}. Open it")).clicked() {
                actions.push(Action::SelectClaim(other.id));
            }
            if ui.small_button("×").on_hover_text("Remove this link").clicked() {
                actions.push(Action::Apply(builders::unlink_claims(link.id)));
            }
        });
    }
    egui::CollapsingHeader::new("Link to another claim").show(ui, |ui| {
        ui.weak("Another report that supports or denies this one, or the same statement reprinted. You can also drag a claim onto another in the Claims table.");
        let kind = *drafts.link_kind.get_or_insert(LinkKind::Corroborates);
        combo(ui, "new-link-kind", "This claim", kind.label(), 140.0, |ui| {
            for k in LinkKind::ALL {
                ui.selectable_value(&mut drafts.link_kind, Some(k), k.label());
            }
        });
        let chosen = drafts.link_to.filter(|c| *c != claim.id).and_then(|c| p.claims.get(c));
        combo(ui, "new-link-claim", "Claim", chosen.map_or("choose a claim".to_owned(), |c| claim_label(p, c)), 320.0, |ui| {
            // Claims of other articles first: corroboration is usually across sources.
            let mut others: Vec<&Claim> = p.claims.iter().filter(|c| c.id != claim.id).collect();
            others.sort_by_key(|c| c.article == claim.article);
            for c in others {
                ui.selectable_value(&mut drafts.link_to, Some(c.id), claim_label(p, c));
            }
        });
        if ui.add_enabled(chosen.is_some(), egui::Button::new("Link")).clicked()
            && let Some(other) = chosen
        {
            actions.push(Action::Apply(builders::link_claims(claim.id, other.id, kind).0));
            drafts.link_to = None;
        }
    });
}

/// The article's reliability (its own or its outlet's) and the project's outlets.
pub fn article_grade_ui(
    ui: &mut egui::Ui,
    p: &Project,
    article: &Article,
    drafts: &mut GradingDrafts,
    actions: &mut Vec<Action>,
) {
    ui.strong("Source reliability");
    let outlet = p.outlet_of(article);
    let outlet_grade = outlet.map_or(Reliability::F, |o| o.reliability);
    let default_text = match outlet {
        Some(o) => format!("the outlet's: {} ({})", reliability_text(o.reliability), o.name),
        None => "ungraded outlet: F · Reliability cannot be judged".to_owned(),
    };
    let shown = article.reliability.map_or(default_text.clone(), |r| format!("{} (this article)", reliability_text(r)));
    combo(ui, "article-reliability", "This article", shown, 320.0, |ui| {
        if ui
            .selectable_label(article.reliability.is_none(), &default_text)
            .on_hover_text(outlet_grade.meaning())
            .clicked()
            && let Ok(edit) = builders::set_article_reliability(p, article.id, None)
        {
            actions.push(Action::Apply(edit));
        }
        for r in Reliability::ALL {
            if ui
                .selectable_label(article.reliability == Some(r), reliability_text(r))
                .on_hover_text(r.meaning())
                .clicked()
                && let Ok(edit) = builders::set_article_reliability(p, article.id, Some(r))
            {
                actions.push(Action::Apply(edit));
            }
        }
    });
    if outlet.is_none() && !article.outlet.trim().is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.weak(format!("“{}” is not an outlet of the project yet.", article.outlet.trim()));
            if ui
                .button("Add it as an outlet")
                .on_hover_text("Grade it below; its other articles take the grade too")
                .clicked()
            {
                actions.push(Action::Apply(builders::put_outlet(
                    "add outlet",
                    Outlet::new(article.outlet.trim(), Reliability::F),
                )));
            }
        });
    }
    egui::CollapsingHeader::new(format!("Outlets ({})", p.outlets.len())).default_open(outlet.is_some()).show(
        ui,
        |ui| {
            outlets_ui(ui, p, outlet.map(|o| o.id), drafts, actions);
        },
    );
}

/// Every outlet with its grade; the article's own outlet opens for its name, aliases and note.
fn outlets_ui(
    ui: &mut egui::Ui,
    p: &Project,
    open: Option<OutletId>,
    drafts: &mut GradingDrafts,
    actions: &mut Vec<Action>,
) {
    for o in p.outlets.iter() {
        // The name on a line of its own and the grade with its Delete beneath, so every outlet
        // reads alike whatever its name's length and a Delete never drifts under the next one.
        let name = if o.aliases.is_empty() { o.name.clone() } else { format!("{} ({})", o.name, o.aliases.join(", ")) };
        let label = ui.label(name);
        ui.horizontal(|ui| {
            let delete_width = 60.0;
            egui::ComboBox::from_id_salt(("outlet-reliability", o.id))
                .selected_text(reliability_text(o.reliability))
                .width((ui.available_width() - delete_width).clamp(60.0, 220.0))
                .truncate()
                .show_ui(ui, |ui| {
                    for r in Reliability::ALL {
                        if ui
                            .selectable_label(o.reliability == r, reliability_text(r))
                            .on_hover_text(r.meaning())
                            .clicked()
                            && o.reliability != r
                        {
                            let mut graded = o.clone();
                            graded.reliability = r;
                            actions.push(Action::Apply(builders::put_outlet("grade outlet", graded)));
                        }
                    }
                })
                .response
                .labelled_by(label.id);
            if ui
                .small_button("Delete")
                .on_hover_text("Its articles become ungraded unless graded on their own")
                .clicked()
            {
                actions.push(Action::Apply(builders::delete_outlet(o.id)));
            }
        });
        if open == Some(o.id) {
            // Set apart under its row: these fields edit this article's outlet only.
            ui.indent(("outlet-details-indent", o.id), |ui| outlet_details_ui(ui, o, drafts, actions));
        }
    }
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("New outlet");
        ui.add(egui::TextEdit::singleline(&mut drafts.new_outlet).desired_width(160.0).hint_text("name"))
            .labelled_by(label.id);
        if ui.add_enabled(!drafts.new_outlet.trim().is_empty(), egui::Button::new("Add")).clicked() {
            let name = std::mem::take(&mut drafts.new_outlet);
            actions.push(Action::Apply(builders::put_outlet("add outlet", Outlet::new(name.trim(), Reliability::F))));
        }
    });
}

fn outlet_details_ui(ui: &mut egui::Ui, o: &Outlet, drafts: &mut GradingDrafts, actions: &mut Vec<Action>) {
    if drafts.outlet.as_ref().is_none_or(|(id, ..)| *id != o.id) {
        drafts.outlet = Some((o.id, o.name.clone(), o.aliases.join(", "), o.note.clone()));
    }
    let Some((_, name, aliases, note)) = &mut drafts.outlet else { return };
    let mut commit = false;
    egui::Grid::new(("outlet-details", o.id)).num_columns(2).spacing([8.0, 4.0]).show(ui, |ui| {
        for (title, field, hint) in [
            ("Name", &mut *name, ""),
            ("Aliases", &mut *aliases, "other spellings, separated by commas"),
            ("Why this grade", &mut *note, "its record, for whoever audits the analysis"),
        ] {
            let label = ui.label(title);
            commit |= ui
                .add(egui::TextEdit::singleline(field).desired_width(f32::INFINITY).hint_text(hint))
                .labelled_by(label.id)
                .lost_focus();
            ui.end_row();
        }
    });
    let edited = Outlet {
        name: name.trim().to_owned(),
        aliases: aliases.split(',').map(str::trim).filter(|a| !a.is_empty()).map(str::to_owned).collect(),
        note: note.clone(),
        ..o.clone()
    };
    if commit && edited != *o {
        actions.push(Action::Apply(builders::put_outlet("edit outlet", edited)));
    }
}

/// The chart's minimum grade: a menu named after it ("any grade", "grade B3 or better") with a
/// column of radio buttons for each half; the caller labels it.
pub fn min_grade_ui(ui: &mut egui::Ui, min: &mut Option<Grade>) -> egui::InnerResponse<Option<()>> {
    let text = min.map_or("any grade".to_owned(), |g| format!("grade {g} or better"));
    ui.menu_button(text, |ui| {
        ui.weak("Only events with an evidence claim at least this good (A and 1 are best).");
        let mut grade = min.unwrap_or_default();
        // Radio buttons rather than combo boxes: a combo's list inside a menu closes the menu.
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| {
                ui.strong("Source at least");
                for r in Reliability::ALL {
                    ui.radio_value(&mut grade.reliability, r, reliability_text(r)).on_hover_text(r.meaning());
                }
            });
            ui.vertical(|ui| {
                ui.strong("Information at least");
                for c in Credibility::ALL {
                    ui.radio_value(&mut grade.credibility, c, credibility_text(c)).on_hover_text(c.meaning());
                }
            });
        });
        // F6 admits everything: it is the same as no minimum.
        *min = (grade != Grade::default()).then_some(grade);
        if ui.add_enabled(min.is_some(), egui::Button::new("Any grade")).clicked() {
            *min = None;
        }
    })
}

/// View ▸ Tint claims by grade, with the key to its colours.
pub fn tint_toggle(ui: &mut egui::Ui, on: &mut bool) {
    ui.checkbox(on, "Tint claims by grade").on_hover_text(
        "Highlight claims by their grade instead of their tag: green A or 1, blue B or 2, yellow C or 3, \
         orange D or 4, red E or 5 (the weaker of source and information decides); grey when it cannot be \
         judged (F or 6, as ungraded claims are)",
    );
}
