//! Claim suggestions: sentences that report a statement ("X said", "accusing Y of", a direct
//! quotation with its attribution, "according to"), each with a suggested speaker, target, event
//! type and date. Suggestions are only ever offered: the analyst accepts or rejects each one.

pub mod verbs;

use crate::model::{ActorId, EventType, EventTypeId, FuzzyDate, Project, Table};

use super::date_expressions::DateExpression;
use super::mentions::Mention;
use super::words::{Word, words};
use verbs::{Act, PRONOUNS, refine, reporting_verb};

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
    /// Whether an actor is a person, whom "he" or "she" can stand for.
    pub is_person: &'a dyn Fn(ActorId) -> bool,
}

/// Suggestions for the given sentences, in order. "He said" means the last person named or
/// quoted before, so pass the sentences of one article in order.
pub fn suggest(cx: &Context<'_>, sentences: &[(usize, usize)]) -> Vec<Suggestion> {
    let mut last_person = None;
    let mut out = Vec::new();
    for &(start, end) in sentences {
        let suggestion = suggest_sentence(cx, start, end, last_person);
        let named = cx.mentions.iter().rev().find(|m| m.start >= start && m.end <= end && (cx.is_person)(m.actor));
        let speaker = suggestion.as_ref().and_then(|s| s.speaker).filter(|&a| (cx.is_person)(a));
        last_person = speaker.or(named.map(|m| m.actor)).or(last_person);
        out.extend(suggestion);
    }
    out
}

fn suggest_sentence(cx: &Context<'_>, start: usize, end: usize, last_person: Option<ActorId>) -> Option<Suggestion> {
    let chars = cx.chars;
    let ws = words(chars, start, end);
    if is_heading(chars, &ws, end) {
        return None;
    }
    let quoted = quoted_ranges(chars, start, end);
    let outside = |w: &Word| !quoted.iter().any(|&(a, b)| w.start >= a && w.end <= b);
    let lower: Vec<String> = ws.iter().map(|w| w.lower(chars)).collect();
    let mentions: Vec<&Mention> = cx.mentions.iter().filter(|m| m.start >= start && m.end <= end).collect();
    let outside_mentions: Vec<&Mention> =
        mentions.iter().copied().filter(|m| !quoted.iter().any(|&(a, b)| m.start >= a && m.end <= b)).collect();

    let according = (0..ws.len().saturating_sub(1)).find(|&i| lower[i] == "according" && lower[i + 1] == "to");
    // A verb is neither part of a name ("United States" is no "states") nor capitalised inside
    // the sentence.
    let in_name = |w: &Word| mentions.iter().any(|m| m.start <= w.start && w.end <= m.end);
    let verb = (0..ws.len()).find(|&i| {
        outside(&ws[i])
            && !in_name(&ws[i])
            && (i == 0 || !ws[i].is_capitalised(chars))
            && reporting_verb(&lower[i]).is_some()
    });
    let (cue_index, act) = match (according, verb) {
        (_, Some(v)) => (v, reporting_verb(&lower[v])?),
        (Some(a), None) => (a, Act::Comment),
        (None, None) => return None,
    };
    let cue_at = ws[cue_index].start;

    let first_after = |pos: usize| outside_mentions.iter().find(|m| m.start >= pos).copied();
    let speaker = if according.is_some() && verb.is_none() {
        first_after(cue_at).map(|m| m.actor)
    } else {
        passive_agent(&ws, &lower, cue_index, &first_after)
            .or_else(|| subject(chars, &outside_mentions, cue_at))
            .or_else(|| pronoun_before(&lower, &ws, cue_index, &outside).and(last_person))
            .or_else(|| inverted(chars, &ws, cue_index, &outside_mentions))
    };
    let unknown_speaker = match speaker {
        Some(_) => None,
        None => unknown_name(chars, &ws, cue_index, &outside),
    };
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
    let not_speaker = |m: &&&Mention| speaker.is_none_or(|s| !acts_for(s, m.actor) && !acts_for(m.actor, s));
    let target = mentions
        .iter()
        .filter(|m| m.start > cue_at)
        .find(not_speaker)
        .or_else(|| mentions.iter().find(not_speaker))
        .map(|m| m.actor);

    let sentence_lower: String = chars[start..end].iter().collect::<String>().to_lowercase();
    // "“China urges the U.S. …,” Liu said": a neutral attribution reports the quotation's own verb.
    let quoted_act = (0..ws.len())
        .filter(|&i| !outside(&ws[i]))
        .find_map(|i| reporting_verb(&lower[i]).filter(|a| *a != Act::Comment));
    let act = refine(if act == Act::Comment { quoted_act.unwrap_or(act) } else { act }, &sentence_lower);
    let event_type = cx.taxonomy.iter().find(|t| t.cameo == act.cameo()).map(|t| t.id);
    let date = cx
        .dates
        .iter()
        .find(|d| d.start >= start && d.end <= end && !quoted.iter().any(|&(a, b)| d.start >= a && d.end <= b))
        .map(|d| d.date.clone());
    Some(Suggestion {
        start,
        end,
        quote: chars[start..end].iter().collect(),
        speaker,
        unknown_speaker,
        target,
        act,
        event_type,
        cue: ws[cue_index].text(chars),
        date,
    })
}

/// Title-case lines without a full stop are headings, not statements.
fn is_heading(chars: &[char], ws: &[Word], end: usize) -> bool {
    let ends_like_sentence = matches!(chars[end - 1], '.' | '!' | '?' | '”' | '"');
    let long: Vec<&Word> = ws.iter().filter(|w| w.end - w.start > 3).collect();
    let capitalised = long.iter().filter(|w| w.is_capitalised(chars)).count();
    !ends_like_sentence && !long.is_empty() && capitalised * 10 >= long.len() * 6
}

/// Char ranges inside quotation marks (“…” or "…").
fn quoted_ranges(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &c) in chars.iter().enumerate().take(end).skip(start) {
        match (c, open) {
            ('“', _) => open = Some(i),
            ('”', Some(o)) => {
                out.push((o, i + 1));
                open = None;
            }
            ('"', None) => open = Some(i),
            ('"', Some(o)) => {
                out.push((o, i + 1));
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// "hinted at by … Kevin Hassett", "as observed by … Dennis Wilder".
fn passive_agent<'m>(
    ws: &[Word],
    lower: &[String],
    verb: usize,
    first_after: &dyn Fn(usize) -> Option<&'m Mention>,
) -> Option<ActorId> {
    let by = (verb + 1..(verb + 4).min(ws.len())).find(|&i| lower[i] == "by")?;
    let m = first_after(ws[by].end)?;
    // The agent must follow closely: a handful of title words at most.
    let gap = ws.iter().filter(|w| w.start >= ws[by].end && w.end <= m.start).count();
    (gap <= 8).then_some(m.actor)
}

/// The grammatical subject: the first mention outside quotes before the verb; "Beijing’s
/// Ministry of Commerce" is the ministry, not Beijing.
fn subject(chars: &[char], mentions: &[&Mention], verb_at: usize) -> Option<ActorId> {
    let before: Vec<&&Mention> = mentions.iter().filter(|m| m.end <= verb_at).collect();
    let first = before.first()?;
    let possessive = matches!(chars.get(first.end..first.end + 2), Some(['’' | '\'', 's']));
    if possessive && let Some(owned) = before.get(1).filter(|m| m.start <= first.end + 3) {
        return Some(owned.actor);
    }
    Some(first.actor)
}

/// "…,” said Trump": only straight after a quotation or a comma, since "accused China" names
/// the target, not the speaker.
fn inverted(chars: &[char], ws: &[Word], verb: usize, mentions: &[&Mention]) -> Option<ActorId> {
    let before = chars[..ws[verb].start].iter().rev().find(|c| !c.is_whitespace())?;
    if !matches!(before, '”' | '"' | ',') {
        return None;
    }
    let after = ws.get(verb + 1)?;
    mentions.iter().find(|m| m.start == after.start).map(|m| m.actor)
}

/// "He accused China…": a pronoun before the verb, with no name before it.
fn pronoun_before(lower: &[String], ws: &[Word], verb: usize, outside: &dyn Fn(&Word) -> bool) -> Option<()> {
    (0..verb).any(|i| outside(&ws[i]) && PRONOUNS.contains(&lower[i].as_str())).then_some(())
}

/// The last run of two or more capitalised words before the verb: a speaker not yet registered.
fn unknown_name(chars: &[char], ws: &[Word], verb: usize, outside: &dyn Fn(&Word) -> bool) -> Option<String> {
    let mut best: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < verb {
        let run_start = i;
        while i < verb && outside(&ws[i]) && ws[i].is_capitalised(chars) {
            i += 1;
        }
        if i - run_start >= 2 {
            best = Some((run_start, i));
        }
        i += 1;
    }
    let (a, b) = best?;
    Some(ws[a..b].iter().map(|w| w.text(chars)).collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests;
