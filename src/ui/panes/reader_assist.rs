//! The reader's assistance: actor mentions underlined in the actor's colour, date expressions
//! underlined in grey, suggested claims in dashed boxes (the current one bolder and tinted),
//! what each says on hover, and the bar that walks through the suggestions. Nothing here
//! changes the project: accepting and rejecting are commands, carried out by the app.

use egui::{Color32, Stroke};

use crate::analysis::assist::Assistance;
use crate::analysis::suggest::Suggestion;
use crate::edit::{Edit, Op, Record};
use crate::model::{Actor, ActorKind, ArticleId, Colour, Project};

use crate::ui::colours::c32;
use crate::ui::command::Command;
use crate::ui::reader_layout::{Decoration, Mark};
use crate::ui::state::Action;
use crate::ui::workbench::Cx;

/// Suggestions not in hand are outlined in this muted blue, unlike any tag colour's fill.
const SUGGESTION: Color32 = Color32::from_rgb(0x5b, 0x7a, 0xa6);
const CURRENT_FILL: Color32 = Color32::from_rgba_unmultiplied_const(0x5b, 0x7a, 0xa6, 0x38);

/// The marks for an article's mentions, dates and (unless hidden) suggestions.
pub fn decorations(
    p: &Project,
    a: &Assistance,
    current: Option<&Suggestion>,
    show_suggestions: bool,
    weak: Color32,
) -> Vec<Decoration> {
    let mut out = Vec::with_capacity(a.mentions.len() + a.dates.len() + a.suggestions.len() + 1);
    for m in &a.mentions {
        let colour = p.actors.get(m.actor).map_or(weak, |x| c32(x.colour));
        out.push(Decoration { start: m.start, end: m.end, mark: Mark::Underline(Stroke::new(1.5, colour)) });
    }
    for d in &a.dates {
        out.push(Decoration { start: d.start, end: d.end, mark: Mark::Underline(Stroke::new(1.0, weak)) });
    }
    if show_suggestions {
        for s in &a.suggestions {
            let in_hand = current.is_some_and(|c| c.start == s.start);
            let stroke =
                if in_hand { Stroke::new(2.0, SUGGESTION.gamma_multiply(1.4)) } else { Stroke::new(1.0, SUGGESTION) };
            out.push(Decoration { start: s.start, end: s.end, mark: Mark::DashedOutline(stroke) });
            if in_hand {
                out.push(Decoration { start: s.start, end: s.end, mark: Mark::Fill(CURRENT_FILL) });
            }
        }
    }
    out
}

/// The suggestion covering a char, if shown.
pub fn suggestion_at(a: &Assistance, at: usize) -> Option<&Suggestion> {
    a.suggestions.iter().find(|s| s.start <= at && at < s.end)
}

/// What the assistance says about the char under the pointer: the actor a mention stands for,
/// what a date phrase resolves to, what a suggestion proposes.
pub fn hover_lines(p: &Project, a: &Assistance, at: usize, show_suggestions: bool) -> Vec<String> {
    let mut lines = Vec::new();
    if show_suggestions && let Some(s) = suggestion_at(a, at) {
        lines.push(format!("Suggested claim: {}", s.describe(p)));
        lines.push("Click to take it in hand (or F8); then Enter accepts, Delete rejects".into());
    }
    if let Some(m) = a.mentions.iter().find(|m| m.start <= at && at < m.end) {
        let name = p.actor_name(m.actor);
        lines.push(format!("Mention of {name}"));
    }
    if let Some(d) = a.dates.iter().find(|d| d.start <= at && at < d.end) {
        lines.push(format!("Date: “{}” → {}", d.date.phrase, d.date.describe()));
    }
    lines
}

/// The bar above the text: how many suggestions there are, the keys to move, accept and
/// reject, speakers who are not actors yet, and the proposal of the one in hand. It keeps the
/// same height whatever it shows, so the text under it never jumps.
pub fn bar(ui: &mut egui::Ui, cx: &mut Cx<'_>, article: ArticleId, a: Option<&Assistance>) {
    let p = cx.doc.project();
    let current = a.and_then(|a| cx.state.assist.current(article, a));
    let n = a.map_or(0, |a| a.suggestions.len());
    // Wrapped, so a narrow reader keeps its width (the text wraps to it) rather than growing.
    ui.horizontal_wrapped(|ui| {
        let mut show = !cx.state.assist.hide_suggestions;
        if ui
            .checkbox(&mut show, "Show suggestions")
            .on_hover_text("Sentences that read like statements to code")
            .changed()
        {
            cx.state.assist.hide_suggestions = !show;
        }
        match (a, current.and_then(|c| a?.suggestions.iter().position(|s| s.start == c.start))) {
            (None, _) => ui.weak("Looking for suggestions…"),
            (Some(_), Some(i)) => ui.label(format!("Suggestion {} of {n}", i + 1)),
            (Some(_), None) if n == 0 => ui.weak("No suggestions left in this article"),
            (Some(_), None) => ui.label(format!("{n} suggested claim{}", if n == 1 { "" } else { "s" })),
        };
        for (command, short, enabled) in [
            (Command::PreviousSuggestion, "◀", n > 0),
            (Command::NextSuggestion, "▶", n > 0),
            (Command::AcceptSuggestion, "Accept", current.is_some()),
            (Command::RejectSuggestion, "Reject", current.is_some()),
        ] {
            let hover = format!("{} ({})", command.label(), command.shortcut_text(ui.ctx()));
            if ui.add_enabled(enabled, egui::Button::new(short)).on_hover_text(hover).clicked() {
                cx.actions.push(Action::Command(command));
            }
        }
        let unknown: Vec<&String> =
            a.map(|a| a.new_actors.iter().filter(|n| p.find_actor(n).is_none()).collect()).unwrap_or_default();
        // Always there, so the bar keeps its layout while an article is being scanned.
        ui.add_enabled_ui(!unknown.is_empty(), |ui| {
            ui.menu_button(format!("New speakers ({})", unknown.len()), |ui| {
                ui.weak("Named as speakers, not in the registry:");
                for name in unknown {
                    if ui.button(format!("Add {name}")).on_hover_text("Add as a person to the actors").clicked() {
                        let actor = Actor::new(name.clone(), ActorKind::Person, Colour::palette(p.actors.len()));
                        cx.actions.push(Action::Apply(Edit::one("new actor", Op::Put(Record::Actor(actor)))));
                    }
                }
            });
        });
    });
    match current {
        Some(s) => ui.label(egui::RichText::new(s.describe(p)).italics()),
        None => ui.weak("F8 takes the next suggestion in hand (or click a dashed box); Enter accepts, Delete rejects"),
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::assist::{AssistInput, assist};
    use crate::sample::sample_project;

    fn fresh() -> (Project, ArticleId, Assistance) {
        let mut p = sample_project();
        p.claims = Default::default();
        p.events = Default::default();
        let article = p.articles.ids().next().unwrap();
        let a = assist(&AssistInput::of_article(&p, article).unwrap());
        (p, article, a)
    }

    #[test]
    fn mentions_and_dates_are_underlined_and_suggestions_outlined_unless_hidden() {
        let (p, _, a) = fresh();
        let count = |ds: &[Decoration], f: fn(&Mark) -> bool| ds.iter().filter(|d| f(&d.mark)).count();
        let shown = decorations(&p, &a, Some(&a.suggestions[1]), true, Color32::GRAY);
        assert_eq!(count(&shown, |m| matches!(m, Mark::Underline(_))), a.mentions.len() + a.dates.len());
        assert_eq!(count(&shown, |m| matches!(m, Mark::DashedOutline(_))), a.suggestions.len());
        let fills: Vec<&Decoration> = shown.iter().filter(|d| matches!(d.mark, Mark::Fill(_))).collect();
        assert_eq!(fills.len(), 1, "only the suggestion in hand is tinted");
        assert_eq!(fills[0].start, a.suggestions[1].start);
        let china = p.actors.iter().find(|x| x.name == "China").unwrap();
        let beijing = a.mentions.iter().find(|m| m.actor == china.id).unwrap();
        let mark = shown.iter().find(|d| d.start == beijing.start).unwrap().mark;
        assert_eq!(mark, Mark::Underline(Stroke::new(1.5, c32(china.colour))), "in the actor's colour");

        let hidden = decorations(&p, &a, None, false, Color32::GRAY);
        assert_eq!(count(&hidden, |m| matches!(m, Mark::DashedOutline(_))), 0);
    }

    #[test]
    fn hovering_names_the_actor_resolves_the_date_and_describes_the_suggestion() {
        let (p, _, a) = fresh();
        let m = a.mentions.iter().find(|m| p.actor_name(m.actor) == "China").unwrap();
        let lines = hover_lines(&p, &a, m.start, true);
        assert!(lines.contains(&"Mention of China".to_owned()), "{lines:?}");

        let d = a.dates.first().expect("the article has date phrases");
        let lines = hover_lines(&p, &a, d.start, true);
        let expected = format!("Date: “{}” → ", d.date.phrase);
        assert!(lines.iter().any(|l| l.starts_with(&expected) && l.contains(&d.date.start.to_string())), "{lines:?}");

        let s = &a.suggestions[0];
        let lines = hover_lines(&p, &a, s.start, true);
        assert!(lines[0].starts_with("Suggested claim: "), "{lines:?}");
        assert!(lines[0].contains(&format!("cue “{}”", s.cue)));
        assert!(hover_lines(&p, &a, s.start, false).iter().all(|l| !l.starts_with("Suggested")), "hidden is hidden");
    }
}
