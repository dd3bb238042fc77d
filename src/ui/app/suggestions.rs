//! The suggestion commands: move through the open article's suggested claims (F8, Shift+F8),
//! accept the one in hand (Enter: a claim with its speaker and target, and the event it
//! proposes filled in for the analyst to check; a second Enter creates that event), or reject
//! it (Delete: remembered on the article, so it does not come back, and undoable).

use crate::analysis::suggest::Suggestion;
use crate::edit::builders;
use crate::model::{ArticleId, Event};
use crate::ui::command::Command;
use crate::ui::event_form::EventForm;
use crate::ui::state::PendingSelection;
use crate::ui::widgets::event_summary;

use super::FaultlineApp;

impl FaultlineApp {
    /// Whether Enter (`accept`) or Delete (`reject`) has something to act on now; otherwise
    /// the keys are left to the widgets.
    pub(super) fn suggestion_keys(&mut self, ctx: &egui::Context) -> (bool, bool) {
        if ctx.text_edit_focused() {
            return (false, false);
        }
        let current = self.current_suggestion(ctx).is_some();
        (current || self.proposal_pending(), current)
    }

    pub(super) fn suggestion_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::NextSuggestion => self.step_suggestion(ctx, true),
            Command::PreviousSuggestion => self.step_suggestion(ctx, false),
            Command::AcceptSuggestion => self.accept_suggestion(ctx),
            Command::RejectSuggestion => self.reject_suggestion(ctx),
            _ => {}
        }
    }

    /// The suggestion in hand in the open article.
    pub(super) fn current_suggestion(&mut self, ctx: &egui::Context) -> Option<(ArticleId, Suggestion)> {
        let article = self.state.selection.article?;
        let a = self.state.assist.of_article(&self.doc, article, ctx)?;
        self.state.assist.current(article, &a).cloned().map(|s| (article, s))
    }

    /// An accepted suggestion's event waits for the analyst's Enter.
    fn proposal_pending(&self) -> bool {
        let form = &self.state.event_form;
        form.proposed && form.claim.is_some() && form.claim == self.state.selection.claim
    }

    fn step_suggestion(&mut self, ctx: &egui::Context, forward: bool) {
        let Some(article) = self.state.selection.article else {
            self.state.error("Open an article first");
            return;
        };
        let Some(a) = self.state.assist.of_article(&self.doc, article, ctx) else {
            self.state.info("Still looking for suggestions in this article…");
            return;
        };
        let Some(s) = self.state.assist.step(article, &a, forward) else {
            self.state.info("No suggestions left in this article");
            return;
        };
        // The suggestion, not a claim, is what Enter and Delete now act on.
        self.state.selection.claim = None;
        self.state.selection.event = None;
        self.state.pending = None;
        self.state.scroll_to_range = Some(PendingSelection { article, start: s.start, end: s.end });
        self.workbench.focus_reader();
        let what = s.describe(self.doc.project());
        self.state.info(format!("Suggestion: {what}. Enter accepts, Delete rejects"));
    }

    fn accept_suggestion(&mut self, ctx: &egui::Context) {
        if let Some((article, s)) = self.current_suggestion(ctx) {
            match builders::accept_suggestion(self.doc.project(), article, &s) {
                Ok((edit, claim)) => {
                    if self.apply(edit) {
                        self.state.assist.release();
                        self.select_claim(claim);
                        let p = self.doc.project();
                        if let Some(c) = p.claims.get(claim) {
                            self.state.event_form = EventForm::proposed(p, c, &s);
                        }
                        self.state.info(
                            "Claim made. Enter codes it as the event proposed in the inspector (correct it there \
                             first if need be); F8 goes on to the next suggestion",
                        );
                    }
                }
                Err(e) => self.state.error(e.to_string()),
            }
        } else if self.proposal_pending() {
            match self.state.event_form.event(self.doc.project()) {
                Ok(event) => self.code_event(event),
                Err(e) => self.state.error(format!("Cannot code the event yet: {e}")),
            }
        }
    }

    /// Creates the event the inspector's form describes, selects it and says what was coded;
    /// the form is left ready for a second act the same claim reports.
    pub(super) fn code_event(&mut self, event: Event) {
        let id = event.id;
        if self.apply(builders::put_event("code event", event)) {
            let form = &mut self.state.event_form;
            form.proposed = false;
            form.date.clear();
            form.refused = None;
            self.state.selection.event = Some(id);
            let p = self.doc.project();
            if let Some(e) = p.events.get(id) {
                self.state.info(format!("Coded as an event: {}. F8 takes the next suggestion", event_summary(p, e)));
            }
        }
    }

    fn reject_suggestion(&mut self, ctx: &egui::Context) {
        let Some((article, s)) = self.current_suggestion(ctx) else { return };
        let next = self
            .state
            .assist
            .of_article(&self.doc, article, ctx)
            .and_then(|a| a.suggestions.iter().find(|x| x.start > s.start).cloned());
        match builders::reject_suggestion(self.doc.project(), article, &s.quote) {
            Ok(edit) => {
                if self.apply(edit) {
                    // On to the next one, as a reviewer expects.
                    match next {
                        Some(n) => {
                            self.state.assist.set_current(article, &n);
                            self.state.scroll_to_range = Some(PendingSelection { article, start: n.start, end: n.end });
                        }
                        None => self.state.assist.release(),
                    }
                    self.state.info("Rejected: it will not be suggested again (undo brings it back)");
                }
            }
            Err(e) => self.state.error(e.to_string()),
        }
    }
}
