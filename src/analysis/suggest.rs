//! Claim suggestions: sentences that report a statement ("X said", "accusing Y of", a direct
//! quotation with its attribution, "according to"), each with a suggested speaker, target, event
//! type and date. Suggestions are only ever offered: the analyst accepts or rejects each one.

mod names;
mod speaker;
pub mod verbs;

use crate::model::{ActorId, ActorKind, EventType, EventTypeId, FuzzyDate, Project, Table};

use super::date_expressions::DateExpression;
use super::mentions::Mention;
use super::words::{Word, words};
use speaker::{Found, Memory, Sentence, Who};
use verbs::{Act, OBJECT_PRONOUNS, is_noun_use, refine, reporting_verb};

/// A sentence that reads like a statement an analyst would code.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub start: usize,
    pub end: usize,
    pub quote: String,
    pub speaker: Option<ActorId>,
    /// A capitalised name in the speaker's place that is no actor yet ("Michael Zhang said").
    pub unknown_speaker: Option<String>,
    pub target: Option<ActorId>,
    pub act: Act,
    pub event_type: Option<EventTypeId>,
    /// The word that made the sentence a statement ("accused", "said", "according").
    pub cue: String,
    /// The first date phrase in the sentence outside quotation marks, resolved.
    pub date: Option<FuzzyDate>,
}

impl Suggestion {
    /// "Donald Trump → China · Accuse / criticise · “on Friday” → 2025-10-10 (day) · cue “accused”".
    pub fn describe(&self, p: &Project) -> String {
        let speaker = match (self.speaker, &self.unknown_speaker) {
            (Some(a), _) => p.actor_name(a).to_owned(),
            (None, Some(name)) => format!("{name} (not an actor yet)"),
            (None, None) => "speaker unknown".to_owned(),
        };
        let mut parts = vec![match self.target {
            Some(t) => format!("{speaker} → {}", p.actor_name(t)),
            None => speaker,
        }];
        if let Some(t) = self.event_type.and_then(|t| p.taxonomy.get(t)) {
            parts.push(t.name.clone());
        }
        if let Some(d) = &self.date {
            parts.push(format!("“{}” → {}", d.phrase, d.describe()));
        }
        parts.push(format!("cue “{}”", self.cue));
        parts.join(" · ")
    }
}

/// What one sentence scan needs besides the text.
pub struct Context<'a> {
    pub chars: &'a [char],
    pub mentions: &'a [Mention],
    pub dates: &'a [DateExpression],
    pub taxonomy: &'a Table<EventType>,
    /// Who each actor acts for, so a speaker's own side is not suggested as its target.
    pub affiliation: &'a dyn Fn(ActorId) -> Option<ActorId>,
    /// What kind of actor each is: "he" stands for a person, "the ministry" for a body.
    pub kind_of: &'a dyn Fn(ActorId) -> Option<ActorKind>,
}

/// Suggestions for the given sentences, in order. "He said" and "the ministry said" stand for
/// speakers of earlier sentences, so pass the sentences of one article in order.
pub fn suggest(cx: &Context<'_>, sentences: &[(usize, usize)]) -> Vec<Suggestion> {
    let mut memory = Memory::default();
    let mut out = Vec::new();
    for (i, &(start, end)) in sentences.iter().enumerate() {
        let s = sentence(cx, start, end);
        let suggestion =
            if i == 0 && is_title(cx.chars, end) { None } else { suggest_sentence(cx, &s, start, end, &memory) };
        let speaker = suggestion
            .as_ref()
            .and_then(|x| x.speaker.map(Who::Actor).or_else(|| x.unknown_speaker.clone().map(Who::Name)));
        memory.update(&s, speaker.as_ref(), suggestion.as_ref().and_then(|x| x.target));
        out.extend(suggestion);
    }
    out
}

fn sentence<'a>(cx: &Context<'a>, start: usize, end: usize) -> Sentence<'a> {
    let mentions = cx.mentions.iter().filter(|m| m.start >= start && m.end <= end).collect();
    Sentence::new(cx.chars, words(cx.chars, start, end), quoted_ranges(cx.chars, start, end), mentions, cx.kind_of)
}

/// The article's first line, when it has no full stop, is its headline.
fn is_title(chars: &[char], end: usize) -> bool {
    !matches!(chars[end - 1], '.' | '!' | '?' | '”' | '"') && chars.get(end).is_none_or(|c| *c == '\n')
}

fn suggest_sentence(
    cx: &Context<'_>,
    s: &Sentence<'_>,
    start: usize,
    end: usize,
    memory: &Memory,
) -> Option<Suggestion> {
    let (chars, ws, lower) = (cx.chars, &s.ws, &s.lower);
    if is_heading(chars, ws, end) {
        return None;
    }
    let according = (0..ws.len().saturating_sub(1)).find(|&i| lower[i] == "according" && lower[i + 1] == "to");
    // A verb is neither part of a name ("United States" is no "states"), nor capitalised
    // inside the sentence, nor a noun ("other demands", "an added levy"); a sentence that opens
    // with "Threatening a war …" is about threats, not one.
    let in_name = |w: &Word| s.mentions.iter().any(|m| m.start <= w.start && w.end <= m.end);
    let verb = (0..ws.len()).find(|&i| {
        s.outside(ws[i])
            && !in_name(&ws[i])
            && (i == 0 && !lower[i].ends_with("ing") || !ws[i].is_capitalised(chars))
            && !is_noun_use(i.checked_sub(1).map(|p| lower[p].as_str()))
            && reporting_verb(&lower[i]).is_some()
    });
    let (cue, act) = match (according, verb) {
        (_, Some(v)) => (v, reporting_verb(&lower[v])?),
        (Some(a), None) => (a, Act::Comment),
        (None, None) => return None,
    };
    let who = match s.speaker(cue, according.is_some() && verb.is_none(), memory) {
        Found::Generic => return None,
        Found::Speaker(who) => Some(who),
        Found::Unknown => None,
    };
    let speaker = match &who {
        Some(Who::Actor(a)) => Some(*a),
        _ => None,
    };
    let unknown_speaker = match &who {
        Some(Who::Name(name)) => Some(name.clone()),
        _ => None,
    };
    let target = target(cx, s, cue, speaker).or_else(|| who.as_ref().and_then(|w| memory.target_of(w)));

    let sentence_lower: String = chars[start..end].iter().collect::<String>().to_lowercase();
    // "“China urges the U.S. …,” Liu said": a neutral attribution reports the quotation's own verb.
    let quoted_act = (0..ws.len())
        .filter(|&i| !s.outside(ws[i]))
        .find_map(|i| reporting_verb(&lower[i]).filter(|a| *a != Act::Comment));
    let act = refine(if act == Act::Comment { quoted_act.unwrap_or(act) } else { act }, &sentence_lower);
    let date = cx
        .dates
        .iter()
        .find(|d| d.start >= start && d.end <= end && !s.quoted.iter().any(|&(a, b)| d.start >= a && d.end <= b))
        .map(|d| d.date.clone());
    Some(Suggestion {
        start,
        end,
        quote: chars[start..end].iter().collect(),
        speaker,
        unknown_speaker,
        target,
        act,
        event_type: event_type(cx.taxonomy, act),
        cue: ws[cue].text(chars),
        date,
    })
}

/// The project's type for an act: the one with its CAMEO code, else the one whose code is the
/// longest root of it ("051" praise is "05" agree).
fn event_type(taxonomy: &Table<EventType>, act: Act) -> Option<EventTypeId> {
    let code = act.cameo();
    taxonomy
        .iter()
        .filter(|t| !t.cameo.is_empty() && code.starts_with(t.cameo.as_str()))
        .max_by_key(|t| t.cameo.len())
        .map(|t| t.id)
}

/// The actor acted upon: the first one after the verb ("accused Pompeo", "measures against
/// Washington", "criticized China’s actions"), else before it; never the speaker's own side.
/// "accusing it of" points back at what the sentence named before the verb.
fn target(cx: &Context<'_>, s: &Sentence<'_>, cue: usize, speaker: Option<ActorId>) -> Option<ActorId> {
    let acts_for = |a: ActorId, b: ActorId| {
        let mut cur = Some(a);
        for _ in 0..16 {
            match cur {
                Some(x) if x == b => return true,
                Some(x) => cur = (cx.affiliation)(x),
                None => return false,
            }
        }
        false
    };
    let other = |m: &&&Mention| speaker.is_none_or(|sp| !acts_for(sp, m.actor) && !acts_for(m.actor, sp));
    let cue_at = s.ws[cue].start;
    let before = || s.mentions.iter().filter(|m| m.end <= cue_at).find(other);
    let after = || s.mentions.iter().filter(|m| m.start > cue_at).find(other);
    let points_back = s.lower.get(cue + 1).is_some_and(|w| OBJECT_PRONOUNS.contains(&w.as_str()));
    let found = if points_back { before().or_else(after) } else { after().or_else(before) };
    found.map(|m| m.actor)
}

/// Title-case lines without a full stop are headings, not statements.
fn is_heading(chars: &[char], ws: &[Word], end: usize) -> bool {
    let ends_like_sentence = matches!(chars[end - 1], '.' | '!' | '?' | '”' | '"');
    let long: Vec<&Word> = ws.iter().filter(|w| w.end - w.start > 3).collect();
    let capitalised = long.iter().filter(|w| w.is_capitalised(chars)).count();
    !ends_like_sentence && !long.is_empty() && capitalised * 10 >= long.len() * 6
}

/// Char ranges inside quotation marks: “…”, "…", and '…' where the apostrophes open after a
/// space or line start and close before one (so "China's" is no quotation).
fn quoted_ranges(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let letter = |i: usize| chars.get(i).is_some_and(|c| c.is_alphanumeric());
    for (i, &c) in chars.iter().enumerate().take(end).skip(start) {
        let single_opens = c == '\'' && (i == start || !letter(i - 1)) && letter(i + 1);
        let single_closes = c == '\'' && !letter(i + 1) && i > start;
        match (c, open) {
            ('“', None) => open = Some((i, '”')),
            ('"', None) => open = Some((i, '"')),
            ('\'', None) if single_opens => open = Some((i, '\'')),
            ('”', Some((o, '”'))) | ('"', Some((o, '"'))) => {
                out.push((o, i + 1));
                open = None;
            }
            ('\'', Some((o, '\''))) if single_closes && i > o + 1 => {
                out.push((o, i + 1));
                open = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod gold;
#[cfg(test)]
mod tests;
