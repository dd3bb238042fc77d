//! The "Code as event" form for the selected claim. It lives in the UI state rather than in
//! the inspector because an accepted suggestion fills it in (type, dyad, date), and the analyst
//! confirms it either with the inspector's button or with Enter.

use crate::analysis::suggest::Suggestion;
use crate::analysis::{date_phrase, duplicates};
use crate::model::{ActorId, Claim, ClaimId, Event, EventId, EventTypeId, FuzzyDate, Project};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventForm {
    pub claim: Option<ClaimId>,
    pub kind: Option<EventTypeId>,
    pub source: Option<ActorId>,
    pub target: Option<ActorId>,
    pub bilateral: bool,
    pub date: String,
    pub score: f64,
    pub link_to: Option<EventId>,
    /// Filled in from an accepted suggestion and not confirmed yet: Enter creates the event.
    pub proposed: bool,
    /// Why Enter in the Date field made no event, shown until the date changes or the form is complete.
    pub refused: Option<String>,
}

impl EventForm {
    /// A fresh form for a claim: the dyad follows its speaker and first target.
    pub fn for_claim(claim: &Claim) -> Self {
        Self { claim: Some(claim.id), source: claim.speaker, target: claim.targets.first().copied(), ..Self::default() }
    }

    /// The form as a suggestion proposes it for the claim made from it.
    pub fn proposed(p: &Project, claim: &Claim, s: &Suggestion) -> Self {
        let kind = s.event_type.filter(|&k| p.taxonomy.contains(k));
        Self {
            kind,
            score: kind.and_then(|k| p.taxonomy.get(k)).map_or(0.0, |t| t.score),
            date: s.date.as_ref().map(phrase_of).unwrap_or_default(),
            proposed: true,
            ..Self::for_claim(claim)
        }
    }

    /// The date as typed, resolved against the claim's article's publication date with the
    /// project's date conventions, as the reader's underlines are, with any assumption the
    /// reading made (a numeric date that reads two ways) for the form to show.
    pub fn resolved_date(&self, p: &Project) -> Result<date_phrase::Reading, String> {
        let published =
            self.claim.and_then(|c| p.claims.get(c)).and_then(|c| p.articles.get(c.article)).and_then(|a| a.published);
        date_phrase::read(&self.date, published, p.dates)
    }

    /// The event the form describes, or what is still missing.
    pub fn event(&self, p: &Project) -> Result<Event, String> {
        let claim = self.claim.ok_or("no claim is selected")?;
        let (Some(kind), Some(source), Some(target)) = (self.kind, self.source, self.target) else {
            return Err("choose a type, a source and a target first".into());
        };
        let date = self.resolved_date(p)?.date;
        let default = p.taxonomy.get(kind).map(|t| t.score);
        Ok(Event {
            id: EventId::random(),
            kind,
            source,
            target,
            bilateral: self.bilateral,
            date,
            score: (Some(self.score) != default).then_some(self.score),
            evidence: vec![claim],
            note: String::new(),
        })
    }
}

/// A warning when an event about to be created looks like one already coded (same type and
/// dyad within a few days, or the same quote), naming it so the analyst can link the claim to
/// it as evidence instead of counting the act twice.
pub fn duplicate_warning(p: &Project, event: &Event) -> Option<String> {
    let existing = duplicates::matching(p, event, duplicates::DEFAULT_WINDOW_DAYS).into_iter().next()?;
    Some(format!(
        "Possibly already coded: {}. If it is the same act, link the claim to that event instead.",
        duplicates::describe_event(p, existing)
    ))
}

/// What to put in the date field for a suggested date: the phrase the text used, which the
/// field resolves the same way, or the ISO range when there is none.
fn phrase_of(d: &FuzzyDate) -> String {
    if !d.phrase.is_empty() {
        d.phrase.clone()
    } else if d.start == d.end {
        d.start.to_string()
    } else {
        format!("{} to {}", d.start, d.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::assist::{AssistInput, assist};
    use crate::edit::{Document, builders};
    use crate::sample::sample_project;

    #[test]
    fn an_accepted_suggestion_proposes_its_type_dyad_and_date_as_an_event() {
        let mut p = sample_project();
        p.claims = Default::default();
        p.events = Default::default();
        let mut doc = Document::new(p, None);
        // The Trump–Xi article, where Trump is reported "accusing Beijing of breaching the trade deal".
        let article = doc.project().articles.iter().find(|a| a.title.starts_with("Trump hints")).unwrap().id;
        let suggestions = assist(&AssistInput::of_article(doc.project(), article).unwrap()).suggestions;
        let s = suggestions.iter().find(|s| s.quote.contains("accusing Beijing of breaching")).unwrap();
        let (edit, claim) = builders::accept_suggestion(doc.project(), article, s).unwrap();
        doc.apply(edit).unwrap();
        let p = doc.project();
        let form = EventForm::proposed(p, p.claims.get(claim).unwrap(), s);
        assert!(form.proposed);
        assert_eq!(p.actor_name(form.source.unwrap()), "Donald Trump");
        // The first actor named after "hints": Xi, who acts for China, so the dyad is US → China.
        assert_eq!(p.actor_name(form.target.unwrap()), "Xi Jinping");
        let kind = p.taxonomy.get(form.kind.unwrap()).unwrap();
        assert_eq!(kind.cameo, "11", "accusing is CAMEO 11, accuse");
        assert_eq!(form.score, kind.score);
        // The sentence gives no date: the form says so instead of guessing one.
        assert!(form.date.is_empty());
        assert!(form.event(p).unwrap_err().starts_with("type a date"));
        let incomplete = EventForm { kind: None, ..form };
        assert!(incomplete.event(p).unwrap_err().contains("choose a type"));

        // A dated sentence proposes its own phrase, which resolves to the suggested range.
        let dated = suggestions.iter().find(|s| s.date.is_some()).expect("a suggestion with a date");
        let (edit, claim) = builders::accept_suggestion(doc.project(), article, dated).unwrap();
        doc.apply(edit).unwrap();
        let p = doc.project();
        let mut form = EventForm::proposed(p, p.claims.get(claim).unwrap(), dated);
        let (got, want) = (form.resolved_date(p).unwrap().date, dated.date.clone().unwrap());
        assert_eq!((got.start, got.end, got.precision), (want.start, want.end, want.precision));
        // Whatever the suggestion left open, once the analyst fills it in the event is made.
        let any = p.actors.ids().next();
        form.kind = form.kind.or(p.taxonomy.ids().next());
        form.source = form.source.or(any);
        form.target = form.target.or(any);
        let event = form.event(p).unwrap();
        assert_eq!(event.evidence, vec![claim]);
        assert_eq!((event.date.start, event.date.end), (want.start, want.end));
    }

    #[test]
    fn a_date_that_reads_two_ways_comes_with_the_note_the_form_shows() {
        let p = sample_project();
        let claim = p.claims.iter().next().unwrap();
        let form = EventForm { date: "05/06/2025".into(), ..EventForm::for_claim(claim) };
        let reading = form.resolved_date(&p).unwrap();
        assert_eq!(reading.date.start, jiff::civil::date(2025, 6, 5), "day first by default");
        assert!(reading.note.is_some_and(|n| n.contains("two ways")), "the assumption is said, not dropped");
        let plain = EventForm { date: "2025-06-05".into(), ..EventForm::for_claim(claim) };
        assert_eq!(plain.resolved_date(&p).unwrap().note, None);
    }

    #[test]
    fn coding_an_act_already_coded_warns_and_names_the_existing_event() {
        let p = sample_project();
        let existing = p.events.iter().find(|e| e.date.is_exact_day()).unwrap();
        // A claim that reports nothing yet, coded as the same act on the same day.
        let claim = p.claims.iter().find(|c| p.events_of_claim(c.id).next().is_none()).unwrap();
        let form = EventForm {
            kind: Some(existing.kind),
            source: Some(existing.source),
            target: Some(existing.target),
            date: existing.date.start.to_string(),
            ..EventForm::for_claim(claim)
        };
        let event = form.event(&p).unwrap();
        let warning = duplicate_warning(&p, &event).expect("a warning");
        assert!(warning.contains(&duplicates::describe_event(&p, existing)), "{warning}");
        // A week later it is another act.
        let later = EventForm { date: existing.date.start.saturating_add(jiff::ToSpan::days(7)).to_string(), ..form };
        assert_eq!(duplicate_warning(&p, &later.event(&p).unwrap()), None);
    }
}
