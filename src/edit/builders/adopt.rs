//! Adjudication: taking the other analyst's coding into this project. A claim only they made
//! is added on this project's copy of the article; for a passage both coded, their tags,
//! speaker and targets replace ours, or their event's type and date replace our event's (a
//! new event of theirs when we coded none). Their tags, actors and event types are found here
//! by id, else by name (ignoring case), else brought in, so nothing they coded is dropped.

use std::collections::HashMap;

use crate::model::{
    ActorId, ArticleId, Claim, ClaimId, Event, EventId, EventTypeId, Keyed, Project, Table, TagId, text,
};

use super::super::{Edit, EditError, Op, Record};

/// Their claims (by id in `theirs`) added on the given articles of `ours`, as one edit.
pub fn adopt_claims(ours: &Project, theirs: &Project, picks: &[(ClaimId, ArticleId)]) -> Result<Edit, EditError> {
    let mut bring = Bring::new(ours, theirs);
    let mut claims = Vec::new();
    for &(id, article) in picks {
        let c = theirs.claims.get(id).ok_or_else(|| EditError::Missing(id.to_string()))?;
        let a = ours.articles.get(article).ok_or_else(|| EditError::Missing(article.to_string()))?;
        // The comparison pairs articles with the same text, so their offsets hold here.
        if text::slice_chars(&a.text, c.start, c.end) != Some(c.quote.as_str()) {
            return Err(EditError::Invalid(format!("“{}” is not at the same place in “{}” here", c.quote, a.title)));
        }
        let mut claim = bring.coding(c, c.clone());
        claim.article = article;
        if ours.claims.contains(claim.id) {
            // Their copy of a claim we moved: theirs comes in beside ours, not over it.
            claim.id = ClaimId::random();
        }
        claims.push(Op::Put(Record::Claim(claim)));
    }
    let label =
        if picks.len() == 1 { "take their claim".to_owned() } else { format!("take {} of their claims", picks.len()) };
    finish(bring, claims, label)
}

/// Our claim `mine` takes the tags, speaker and targets of their claim `their`.
pub fn adopt_coding(ours: &Project, theirs: &Project, mine: ClaimId, their: ClaimId) -> Result<Edit, EditError> {
    let c = theirs.claims.get(their).ok_or_else(|| EditError::Missing(their.to_string()))?;
    let current = ours.claims.get(mine).ok_or_else(|| EditError::Missing(mine.to_string()))?;
    let mut bring = Bring::new(ours, theirs);
    let claim = bring.coding(c, current.clone());
    if &claim == current {
        return Err(EditError::Empty);
    }
    finish(bring, vec![Op::Put(Record::Claim(claim))], "take their coding".to_owned())
}

/// The event our claim `mine` is evidence of takes the type and date of the event their claim
/// `their` is evidence of (the first of each, as the agreement figures pair them). When we
/// coded no event for the passage, theirs comes in whole (type, date, direction) with our
/// claim as its evidence.
pub fn adopt_event(ours: &Project, theirs: &Project, mine: ClaimId, their: ClaimId) -> Result<Edit, EditError> {
    if !ours.claims.contains(mine) {
        return Err(EditError::Missing(mine.to_string()));
    }
    let Some(from) = theirs.events_of_claim(their).next() else {
        return Err(EditError::Invalid("they coded no event for this passage".to_owned()));
    };
    let mut bring = Bring::new(ours, theirs);
    let kind = bring.event_type(from.kind).ok_or_else(|| EditError::Missing(from.kind.to_string()))?;
    let event = match ours.events_of_claim(mine).next() {
        Some(current) => {
            let taken = Event { kind, date: from.date.clone(), ..current.clone() };
            if &taken == current {
                return Err(EditError::Empty);
            }
            taken
        }
        None => {
            let actor = |bring: &mut Bring<'_>, a| bring.actor(a).ok_or_else(|| EditError::Missing(a.to_string()));
            Event {
                id: EventId::random(),
                kind,
                source: actor(&mut bring, from.source)?,
                target: actor(&mut bring, from.target)?,
                evidence: vec![mine],
                ..from.clone()
            }
        }
    };
    finish(bring, vec![Op::Put(Record::Event(event))], "take their event".to_owned())
}

/// The tags and actors to bring first, then the claims.
fn finish(bring: Bring<'_>, claims: Vec<Op>, label: String) -> Result<Edit, EditError> {
    let mut ops = bring.ops;
    ops.extend(claims);
    if ops.is_empty() {
        return Err(EditError::Empty);
    }
    Ok(Edit::new(label, ops))
}

/// Finds their tags and actors in this project, bringing in those it lacks.
struct Bring<'p> {
    ours: &'p Project,
    theirs: &'p Project,
    tags: HashMap<TagId, TagId>,
    actors: HashMap<ActorId, ActorId>,
    types: HashMap<EventTypeId, EventTypeId>,
    ops: Vec<Op>,
}

impl<'p> Bring<'p> {
    fn new(ours: &'p Project, theirs: &'p Project) -> Self {
        Self { ours, theirs, tags: HashMap::new(), actors: HashMap::new(), types: HashMap::new(), ops: Vec::new() }
    }

    /// `into` with the tags, speaker and targets of their claim `from`.
    fn coding(&mut self, from: &Claim, mut into: Claim) -> Claim {
        into.tags = from.tags.iter().filter_map(|&t| self.tag(t)).collect();
        into.speaker = from.speaker.and_then(|a| self.actor(a));
        into.targets = from.targets.iter().filter_map(|&a| self.actor(a)).collect();
        into
    }

    fn tag(&mut self, id: TagId) -> Option<TagId> {
        let (ours, theirs) = (self.ours, self.theirs);
        find_or_bring(
            (&mut self.tags, &mut self.ops),
            id,
            (&ours.tags, &theirs.tags),
            |t| ours.tags.iter().find(|o| ours.matching.same_name(&o.name, &t.name)).map(|o| o.id),
            // Brought in at the top when its parent is not here either.
            |t| t.parent = t.parent.filter(|p| ours.tags.contains(*p)),
            Record::Tag,
        )
    }

    fn event_type(&mut self, id: EventTypeId) -> Option<EventTypeId> {
        let (ours, theirs) = (self.ours, self.theirs);
        find_or_bring(
            (&mut self.types, &mut self.ops),
            id,
            (&ours.taxonomy, &theirs.taxonomy),
            |t| ours.taxonomy.iter().find(|o| ours.matching.same_name(&o.name, &t.name)).map(|o| o.id),
            |_| {},
            Record::EventType,
        )
    }

    fn actor(&mut self, id: ActorId) -> Option<ActorId> {
        let (ours, theirs) = (self.ours, self.theirs);
        find_or_bring(
            (&mut self.actors, &mut self.ops),
            id,
            (&ours.actors, &theirs.actors),
            |a| ours.find_actor(&a.name).map(|o| o.id),
            |a| a.affiliations.iter_mut().for_each(|p| p.acts_for = p.acts_for.filter(|s| ours.actors.contains(*s))),
            Record::Actor,
        )
    }
}

/// Their record `id` in this project: under the same id, else the one `by_name` finds, else
/// theirs brought in (after `detach` drops links this project cannot hold). Remembered in `known`.
fn find_or_bring<T: Keyed>(
    (known, ops): (&mut HashMap<T::Id, T::Id>, &mut Vec<Op>),
    id: T::Id,
    (ours, theirs): (&Table<T>, &Table<T>),
    by_name: impl Fn(&T) -> Option<T::Id>,
    detach: impl Fn(&mut T),
    wrap: fn(T) -> Record,
) -> Option<T::Id> {
    if let Some(&found) = known.get(&id) {
        return Some(found);
    }
    let row = theirs.get(id)?;
    let found = if ours.contains(id) {
        id
    } else if let Some(same) = by_name(row) {
        same
    } else {
        let mut row = row.clone();
        detach(&mut row);
        ops.push(Op::Put(wrap(row)));
        id
    };
    known.insert(id, found);
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{Document, builders};
    use crate::model::{Actor, ActorKind, Colour, Tag};
    use crate::sample::sample_project;

    #[test]
    fn their_claim_comes_in_with_the_tag_and_speaker_this_project_lacks_and_undo_takes_all_back() {
        let ours = sample_project();
        let mut theirs = Document::new(ours.clone(), None);
        let article = ours.articles.ids().next().unwrap();
        let (edit, claim) = builders::new_claim(theirs.project(), article, 3, 30).unwrap();
        theirs.apply(edit).unwrap();
        let tag = Tag::new("Licence delays", Colour::palette(1));
        let speaker = Actor::new("Wang Wentao", ActorKind::Person, Colour::palette(2));
        let mut c = theirs.project().claims.get(claim).unwrap().clone();
        (c.tags, c.speaker) = (vec![tag.id], Some(speaker.id));
        let ops = vec![Op::Put(Record::Tag(tag)), Op::Put(Record::Actor(speaker)), Op::Put(Record::Claim(c))];
        theirs.apply(Edit::new("code", ops)).unwrap();

        let mut doc = Document::new(ours.clone(), None);
        doc.apply(adopt_claims(&ours, theirs.project(), &[(claim, article)]).unwrap()).unwrap();
        let taken = doc.project().claims.get(claim).unwrap();
        assert_eq!(doc.project().tags.get(taken.tags[0]).unwrap().name, "Licence delays");
        assert_eq!(doc.project().actor_name(taken.speaker.unwrap()), "Wang Wentao");
        doc.undo();
        assert_eq!(doc.project(), &ours);
    }

    #[test]
    fn their_coding_of_a_shared_passage_uses_our_tag_of_the_same_name() {
        let ours = sample_project();
        let mine = ours.claims.iter().find(|c| !c.tags.is_empty()).unwrap().clone();
        let ours_tag = ours.tags.iter().find(|t| !mine.tags.contains(&t.id)).unwrap().clone();
        // They made the tag themselves, under another id, in other case and spacing, and typed
        // it in full-width letters.
        let shouted: String = ours_tag.name.to_uppercase().replace(' ', "  ");
        let wide: String = shouted
            .chars()
            .map(|c| if c.is_ascii_uppercase() { char::from_u32(c as u32 - 'A' as u32 + 0xFF21).unwrap() } else { c })
            .collect();
        let their_tag = Tag::new(format!(" {wide} "), Colour::palette(3));
        let mut theirs = ours.clone();
        theirs.tags.put(their_tag.clone());
        theirs.claims.put(Claim { tags: vec![their_tag.id], ..mine.clone() });
        let edit = adopt_coding(&ours, &theirs, mine.id, mine.id).unwrap();
        let mut doc = Document::new(ours.clone(), None);
        doc.apply(edit).unwrap();
        assert_eq!(doc.project().claims.get(mine.id).unwrap().tags, [ours_tag.id]);
        assert_eq!(doc.project().tags.len(), ours.tags.len(), "no second tag of that name");
        assert_eq!(adopt_coding(&ours, &ours, mine.id, mine.id), Err(EditError::Empty));
    }

    #[test]
    fn their_event_type_and_date_replace_ours_as_one_edit_that_undo_takes_back() {
        let ours = sample_project();
        let event = ours.events.iter().next().unwrap().clone();
        let mine = event.evidence[0];
        let other_type = ours.taxonomy.iter().find(|t| t.id != event.kind).unwrap().id;
        let mut theirs = ours.clone();
        let date = crate::model::FuzzyDate::day(jiff::civil::date(2025, 3, 4));
        theirs.events.put(Event { kind: other_type, date: date.clone(), ..event.clone() });
        let mut doc = Document::new(ours.clone(), None);
        doc.apply(adopt_event(&ours, &theirs, mine, mine).unwrap()).unwrap();
        let taken = doc.project().events.get(event.id).unwrap();
        assert_eq!((taken.kind, &taken.date), (other_type, &date));
        assert_eq!((taken.source, taken.target, &taken.evidence), (event.source, event.target, &event.evidence));
        assert_eq!(doc.undo_label(), Some("take their event"));
        doc.undo();
        assert_eq!(doc.project(), &ours);
        assert_eq!(adopt_event(&ours, &ours, mine, mine), Err(EditError::Empty));
    }

    #[test]
    fn their_event_comes_in_whole_on_our_claim_when_we_coded_none_with_a_type_this_project_lacks() {
        let ours = sample_project();
        let bare = ours.claims.iter().find(|c| ours.events_of_claim(c.id).next().is_none()).unwrap().id;
        let mut theirs = ours.clone();
        let mut kind = theirs.taxonomy.iter().next().unwrap().clone();
        (kind.id, kind.name) = (EventTypeId::random(), "Export licence freeze".to_owned());
        theirs.taxonomy.put(kind.clone());
        let mut event = theirs.events.iter().next().unwrap().clone();
        (event.id, event.kind, event.evidence) = (EventId::random(), kind.id, vec![bare]);
        theirs.events.put(event.clone());
        let mut doc = Document::new(ours.clone(), None);
        doc.apply(adopt_event(&ours, &theirs, bare, bare).unwrap()).unwrap();
        let taken = doc.project().events_of_claim(bare).next().unwrap();
        assert_eq!(doc.project().taxonomy.get(taken.kind).unwrap().name, "Export licence freeze");
        assert_eq!((&taken.date, taken.source, taken.target), (&event.date, event.source, event.target));
        let err = adopt_event(&ours, &ours, bare, bare).unwrap_err();
        assert!(err.to_string().contains("they coded no event"), "{err}");
    }

    #[test]
    fn a_claim_whose_words_are_not_at_the_same_place_here_is_refused() {
        let ours = sample_project();
        let mut theirs = ours.clone();
        let mut c = ours.claims.iter().next().unwrap().clone();
        c.id = ClaimId::random();
        c.quote = "words that are not there".into();
        theirs.claims.put(c.clone());
        let err = adopt_claims(&ours, &theirs, &[(c.id, c.article)]).unwrap_err();
        assert!(err.to_string().contains("not at the same place"), "{err}");
    }
}
