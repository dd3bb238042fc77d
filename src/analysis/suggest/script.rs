//! Statements in sentences written in Chinese or in Russian (and other Cyrillic languages): the
//! questions the English reading asks (who spoke, about whom, doing what), answered through each
//! language's own attribution (`chinese.rs`, `russian.rs`), with one shared way of choosing the
//! speaker, the target and the act:
//! - the **speaker** is the noun phrase next to the cue in its clause (a clause ends at a comma,
//!   colon, dash, bracket or quotation mark): before it ("外交部发言人汪文斌表示", "Мария Захарова
//!   заявила"), or after it where the language puts it there ("по словам X", "据X报道", "…, —
//!   заявил X", "Об этом заявила X"). In the phrase a person outranks a ministry and a ministry
//!   its state; a person who is no actor yet is offered by name ("发言人束珏婷", "Дипломат
//!   Владимир Чижов"). A role with no name ("发言人说", "по мнению представителя МИДа") is the
//!   last one who spoke (for that side, when the role names one); "he", "she" and "they" the
//!   last person or body that spoke ("she" the last woman, as Russian verbs tell: "заявила"); a
//!   "we" inside a quotation ("“我们敦促美方…”") the one quoted.
//! - the **target** is the actor the language marks as acted upon ("对美方", "向美方",
//!   "против России", "в адрес США"), else the first actor after the cue that is not on the
//!   speaker's side, else one before it, else the one the speaker last spoke to, else the other
//!   side the sentence before named; a sentence that refers back ("对此", "Об этом заявила")
//!   is about what the sentence before said.
//! - the **act** is the cue's (警告 threatens, осудил accuses), sharpened when the cue is
//!   neutral by what the sentence says (反制, ответные меры, 坚决反对, вмешательство); a
//!   sanction, tariff or export control only when the speaker's side imposes it.
//!
//! Questions ("中方对此有何回应?") and headings are no statements, and a sentence whose speaker
//! cannot be read is not suggested.

use unicode_script::{Script, UnicodeScript};

use crate::analysis::mentions::Mention;
use crate::model::{ActorId, ActorKind};

use super::chinese::{Chinese, simplified};
use super::russian::Russian;
use super::speaker::Who;
use super::verbs::Act;
use super::{Context, Suggestion, event_type, root_of, starts_paragraph};

/// The languages read here besides English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    Chinese,
    Russian,
}

impl Language {
    /// The language of a sentence, by the letters it has most of: Han for Chinese, Cyrillic for
    /// Russian; `None` when Latin letters are as many (English is read elsewhere), and for
    /// Japanese, which any kana marks: its Han words read with the Chinese rules would make
    /// cues of kanji that are no cues there ("表示" in a Japanese sentence is no attribution).
    pub fn of(sentence: &[char]) -> Option<Self> {
        let (mut han, mut cyrillic, mut latin) = (0usize, 0usize, 0usize);
        for c in sentence {
            match c.script() {
                Script::Hiragana | Script::Katakana => return None,
                Script::Han => han += 1,
                Script::Cyrillic => cyrillic += 1,
                Script::Latin => latin += 1,
                _ => {}
            }
        }
        if han > latin && han >= cyrillic {
            Some(Self::Chinese)
        } else if cyrillic > latin {
            Some(Self::Russian)
        } else {
            None
        }
    }

    fn grammar(self) -> &'static dyn Grammar {
        match self {
            Self::Chinese => &Chinese,
            Self::Russian => &Russian,
        }
    }
}

/// A word or phrase that makes a sentence a statement.
#[derive(Clone, Copy, Debug)]
pub struct Cue {
    pub start: usize,
    pub end: usize,
    pub act: Act,
    /// The speaker is named after the cue ("по словам X", "据X报道").
    pub speaker_after: bool,
    /// The cue itself names the speaker by a pronoun ("по её словам"), or as the last one who
    /// spoke ("говорится в заявлении").
    pub pronoun: Option<Pronoun>,
    /// What the cue's form tells of the speaker ("заявила": a woman).
    pub gender: Option<Gender>,
}

impl Cue {
    pub fn new(start: usize, end: usize, act: Act) -> Self {
        Self { start, end, act, speaker_after: false, pronoun: None, gender: None }
    }
}

/// Pronouns and their like, each standing for an earlier speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    /// "it", "they", "the ministry": the last body, state or organisation that spoke.
    It,
    /// "we" inside a quotation, "the statement": the last one who spoke.
    Last,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// What a language tells the shared reading about one sentence.
pub trait Grammar {
    /// The cues of the sentence outside its quotations, in order.
    fn cues(&self, s: &Span<'_>) -> Vec<Cue>;
    /// A cue after "we" ("我们敦促", "мы призываем"), inside a quotation or not.
    fn first_person_cue(&self, s: &Span<'_>) -> Option<Cue>;
    /// Whether the speaker may follow the verb without the cue saying so ("Об этом заявила X").
    fn inverts(&self) -> bool;
    /// A pronoun that is the subject in `chars[from..to]`.
    fn pronoun(&self, s: &Span<'_>, from: usize, to: usize) -> Option<Pronoun>;
    /// The role `chars[from..to]` names, as the language compares roles ("发言人";
    /// "представител" for every case of "представитель").
    fn role(&self, s: &Span<'_>, from: usize, to: usize) -> Option<&'static str>;
    /// A person's name in `chars[from..to]` that is no actor, next to the cue (`before`: the
    /// region ends at the cue; else it begins there).
    fn unknown_name(&self, s: &Span<'_>, from: usize, to: usize, before: bool) -> Option<String>;
    /// Whether the words between two mentions end the subject ("外交部发言人就美方": 就).
    fn separates(&self, s: &Span<'_>, from: usize, to: usize) -> bool;
    /// Whether the words just before `at` mark what follows as acted upon ("对", "против").
    fn marks_target(&self, s: &Span<'_>, at: usize) -> bool;
    /// Whether the sentence is about what the sentence before said ("对此", "об этом").
    fn refers_back(&self, lower: &str) -> bool;
    /// The sharper act the sentence's words tell, if any (sanctions and restrictions apart).
    fn sharpen(&self, lower: &str) -> Option<Act>;
    /// A sanction, tariff or restriction the sentence puts in place, and who imposes it: an
    /// actor, or `None` when the clause leaves its subject to the speaker ("собирается ввести
    /// санкции").
    fn measure(&self, s: &Span<'_>) -> Option<(Act, Option<ActorId>)>;
    /// The label a paragraph of a transcript opens with ("答:", "问:", "毛宁:").
    fn label(&self, _s: &Span<'_>) -> Option<Label> {
        None
    }
    /// Where the sentence says someone presides over a briefing ("发言人耿爽主持例行记者会").
    fn presides(&self, _s: &Span<'_>) -> Option<usize> {
        None
    }
}

/// Who a transcript paragraph's label says is speaking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// The spokesperson presiding over the briefing.
    Answer,
    /// A journalist: no party.
    Question,
    /// The one named before the colon at this char.
    Named(usize),
}

/// One sentence: its characters, quotations and mentions.
pub struct Span<'a> {
    pub chars: &'a [char],
    pub start: usize,
    pub end: usize,
    pub quoted: Vec<(usize, usize)>,
    pub mentions: Vec<&'a Mention>,
}

/// Characters that end a clause.
const CLAUSE_BREAKS: &[char] =
    &[',', '，', ';', '；', ':', '：', '—', '–', '(', ')', '（', '）', '“', '”', '«', '»', '"', '「', '」', '『', '』'];

impl<'a> Span<'a> {
    fn new(cx: &Context<'a>, start: usize, end: usize) -> Self {
        let mentions = cx.mentions.iter().filter(|m| m.start >= start && m.end <= end).collect();
        Self { chars: cx.chars, start, end, quoted: quotations(cx.chars, start, end), mentions }
    }

    pub fn outside(&self, at: usize) -> bool {
        !self.quoted.iter().any(|&(a, b)| at >= a && at < b)
    }

    pub fn text(&self, from: usize, to: usize) -> String {
        self.chars[from..to].iter().collect()
    }

    pub fn in_mention(&self, at: usize) -> bool {
        self.mentions.iter().any(|m| m.start <= at && at < m.end)
    }

    /// Where each occurrence of `what` starts in `chars[from..to]`, traditional Chinese
    /// characters read as simplified ones.
    pub fn find(&self, what: &str, from: usize, to: usize) -> Vec<usize> {
        let what: Vec<char> = what.chars().collect();
        let at = |i: usize| what.iter().enumerate().all(|(k, &c)| simplified(self.chars[i + k]) == c);
        (from..to.saturating_sub(what.len() - 1)).filter(|&i| at(i)).collect()
    }

    pub fn clause_start(&self, at: usize) -> usize {
        (self.start..at).rev().find(|&i| CLAUSE_BREAKS.contains(&self.chars[i])).map_or(self.start, |i| i + 1)
    }

    fn clause_end(&self, at: usize) -> usize {
        (at..self.end).find(|&i| CLAUSE_BREAKS.contains(&self.chars[i])).unwrap_or(self.end)
    }

    fn mentions_in(&self, from: usize, to: usize) -> Vec<&'a Mention> {
        self.mentions.iter().copied().filter(|m| m.start >= from && m.end <= to && self.outside(m.start)).collect()
    }
}

/// Char ranges inside quotation marks: “…”, «…», „…“, 「…」, 『…』 and straight "…". A closing
/// mark with none opening before it ends a quotation begun in an earlier sentence, and one left
/// open runs to the sentence's end.
fn quotations(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for i in start..end {
        let c = chars[i];
        let closes =
            |o: char| matches!((o, c), ('“', '”') | ('«', '»') | ('„', '“') | ('「', '」') | ('『', '』') | ('"', '"'));
        match open {
            Some((at, o)) if closes(o) => {
                out.push((at, i + 1));
                open = None;
            }
            None if matches!(c, '“' | '«' | '„' | '「' | '『' | '"') => {
                // A straight quote right after a letter closes a quotation begun earlier.
                if c == '"' && i > start && chars[i - 1].is_alphanumeric() && out.is_empty() {
                    out.push((start, i + 1));
                } else {
                    open = Some((i, c));
                }
            }
            None if matches!(c, '”' | '»' | '」' | '』') && out.is_empty() => out.push((start, i + 1)),
            _ => {}
        }
    }
    if let Some((at, _)) = open {
        out.push((at, end));
    }
    out
}

/// What the sentences read so far tell the next ones.
#[derive(Default)]
pub struct Recall {
    /// People who spoke, the latest last, with their side and the gender the text gave them.
    persons: Vec<(Who, Option<ActorId>, Option<Gender>)>,
    /// The last speaker of any kind, with their side.
    last: Option<(Who, Option<ActorId>)>,
    /// The last body, state or organisation that spoke.
    body: Option<ActorId>,
    /// Speakers named with a role, the latest last: a later bare "发言人说" is the same one.
    roles: Vec<(&'static str, Speaker)>,
    /// Each speaker's last target.
    targets: Vec<(Who, ActorId)>,
    /// The actors the sentence before named.
    previous: Vec<ActorId>,
    /// The act the sentence before told by its words, for "Об этом заявил".
    previous_act: Option<Act>,
    headline: Vec<ActorId>,
    /// The spokesperson presiding over a briefing, the "答:" of its transcript.
    presider: Option<Speaker>,
    /// The speaker the current transcript paragraph's label names, and the label.
    label: Option<(Speaker, String)>,
}

/// A speaker and the side they speak for.
type Speaker = (Who, Option<ActorId>);

impl Recall {
    /// Remembers the actors a headline names: a target left implicit may be among them.
    pub fn headline(&mut self, cx: &Context<'_>, start: usize, end: usize) {
        self.headline = cx.mentions.iter().filter(|m| m.start >= start && m.end <= end).map(|m| m.actor).collect();
    }

    /// The suggestion for one sentence in `language`, if it reports a statement.
    pub fn read(&mut self, cx: &Context<'_>, language: Language, start: usize, end: usize) -> Option<Suggestion> {
        let g = language.grammar();
        let s = Span::new(cx, start, end);
        let lower = s.text(start, end).to_lowercase();
        // An article's first line ending in an exclamation mark is its headline
        // ("外交部:中方不接受!"); one with no full stop at all is taken as one before this reading.
        let whole_line = s.chars.get(end).is_none_or(|c| *c == '\n');
        if start == 0 && whole_line && matches!(s.chars[end - 1], '!' | '！') {
            self.headline(cx, start, end);
            return None;
        }
        if !is_heading(&s) && starts_paragraph(s.chars, start) {
            self.label_paragraph(cx, g, &s);
        }
        if let Some(at) = g.presides(&s) {
            self.presider = self.named(cx, g, &s, s.clause_start(at), at, true);
        }
        let found = if is_heading(&s) { None } else { self.statement(cx, g, &s, &lower) };
        self.previous = s.mentions.iter().map(|m| m.actor).collect();
        self.previous_act = g.sharpen(&lower);
        found
    }

    /// Reads a transcript paragraph's label; a paragraph without one goes on with the last
    /// label (an answer may run over several paragraphs).
    fn label_paragraph(&mut self, cx: &Context<'_>, g: &dyn Grammar, s: &Span<'_>) {
        let Some(label) = g.label(s) else { return };
        let (who, text) = match label {
            Label::Answer => (self.presider.clone(), s.text(s.start, s.start + 1)),
            Label::Question => (None, String::new()),
            Label::Named(colon) => (self.named(cx, g, s, s.start, colon, true), s.text(s.start, colon)),
        };
        self.label = who.map(|who| (who, text));
    }

    fn statement(&mut self, cx: &Context<'_>, g: &dyn Grammar, s: &Span<'_>, lower: &str) -> Option<Suggestion> {
        // Questions put to a spokesperson are no statements.
        if matches!(s.chars[s.end - 1], '?' | '？') {
            return None;
        }
        let read = g.cues(s).into_iter().find_map(|cue| self.speaker(cx, g, s, &cue).map(|who| (cue, who)));
        if let Some((cue, who)) = &read {
            let (from, to) = if cue.speaker_after {
                (cue.end, s.clause_end(cue.end))
            } else {
                (s.clause_start(cue.start), cue.start)
            };
            if let Some(role) = g.role(s, from, to) {
                self.roles.push((role, who.clone()));
            }
        }
        // In a transcript's answer, a sentence that does something ("中方不接受指责") is the
        // labelled speaker's statement; its cue is the label.
        let labelled = || {
            let (who, _) = self.label.as_ref()?;
            g.sharpen(lower).map(|_| (Cue::new(s.start, s.start, Act::Comment), who.clone()))
        };
        let (cue, (who, side)) = match read.or_else(labelled) {
            Some(found) => found,
            None => (g.first_person_cue(s)?, self.last.clone()?),
        };
        let refers_back = g.refers_back(lower);
        let target = self.target(cx, g, s, &cue, &who, side, refers_back);
        let mut act = cue.act;
        if act == Act::Comment {
            act = imposed(cx, g, s, side).or_else(|| g.sharpen(lower)).unwrap_or(Act::Comment);
        }
        if act == Act::Comment && refers_back {
            act = self.previous_act.unwrap_or(Act::Comment);
        }
        let date = cx
            .dates
            .iter()
            .find(|d| d.start >= s.start && d.end <= s.end && s.outside(d.start))
            .map(|d| d.date.clone());
        self.remember(cx, &who, side, target, cue.gender);
        let (speaker, unknown_speaker) = match &who {
            Who::Actor(a) => (Some(*a), None),
            Who::Name(name) => (None, Some(name.clone())),
        };
        Some(Suggestion {
            start: s.start,
            end: s.end,
            quote: s.text(s.start, s.end),
            speaker,
            unknown_speaker,
            target,
            act,
            event_type: event_type(cx.taxonomy, act),
            cue: match (&self.label, cue.start == cue.end) {
                (Some((_, label)), true) => label.clone(),
                _ => s.text(cue.start, cue.end),
            },
            date,
        })
    }

    /// Who made the statement the cue reports, and for which side.
    fn speaker(&self, cx: &Context<'_>, g: &dyn Grammar, s: &Span<'_>, cue: &Cue) -> Option<Speaker> {
        if let Some(p) = cue.pronoun {
            return self.by_pronoun(p);
        }
        if cue.speaker_after {
            return self.named(cx, g, s, cue.end, s.clause_end(cue.end), false);
        }
        let before = self.named(cx, g, s, s.clause_start(cue.start), cue.start, true);
        // "Об этом заявила X", "…, — подчеркнула X": nothing before the verb, the speaker after it.
        let nothing_before = || s.mentions_in(s.clause_start(cue.start), cue.start).is_empty();
        before.or_else(|| {
            (g.inverts() && nothing_before()).then(|| self.named(cx, g, s, cue.end, s.clause_end(cue.end), false))?
        })
    }

    /// The speaker named in `chars[from..to]`.
    fn named(
        &self,
        cx: &Context<'_>,
        g: &dyn Grammar,
        s: &Span<'_>,
        from: usize,
        to: usize,
        before: bool,
    ) -> Option<Speaker> {
        let mentions = s.mentions_in(from, to);
        // The subject: the first mention and those joined to it ("中国外交部发言人汪文斌").
        let mut group: Vec<&Mention> = Vec::new();
        for m in mentions {
            if group.last().is_some_and(|last| g.separates(s, last.end, m.start)) {
                break;
            }
            group.push(m);
        }
        let rank = |a: ActorId| match (cx.kind_of)(a) {
            Some(ActorKind::Person) => 3,
            Some(ActorKind::GovernmentBody) => 2,
            Some(ActorKind::Organisation | ActorKind::Group) => 1,
            _ => 0,
        };
        let best = group.iter().map(|m| m.actor).rev().max_by_key(|&a| rank(a));
        let side = best.map(|a| root_of(cx, a));
        if best.is_some_and(|a| rank(a) == 3) {
            return best.map(|a| (Who::Actor(a), side));
        }
        if best.is_none()
            && let Some(p) = g.pronoun(s, from, to)
        {
            return self.by_pronoun(p);
        }
        if let Some(name) = g.unknown_name(s, from, to, before) {
            return Some((Who::Name(name), side));
        }
        let role = g.role(s, from, to);
        if let Some(role) = role {
            // "the ministry's representative": the last person who spoke for its side; a bare
            // "the spokesperson": the last speaker called so, else the last one who spoke.
            let Some(side) = side else {
                let same = self.roles.iter().rev().find(|(r, _)| *r == role).map(|(_, who)| who.clone());
                return same.or_else(|| self.last.clone());
            };
            if let Some((who, _, _)) = self.persons.iter().rev().find(|(_, their, _)| *their == Some(side)) {
                return Some((who.clone(), Some(side)));
            }
        }
        best.map(|a| (Who::Actor(a), side))
    }

    fn by_pronoun(&self, p: Pronoun) -> Option<Speaker> {
        let person = |want: Option<Gender>| {
            self.persons.iter().rev().find(|(_, _, g)| want.is_none() || g.is_none() || *g == want)
        };
        match p {
            Pronoun::He => person(Some(Gender::Male)).map(|(w, side, _)| (w.clone(), *side)),
            Pronoun::She => self
                .persons
                .iter()
                .rev()
                .find(|(_, _, g)| *g == Some(Gender::Female))
                .or_else(|| person(None))
                .map(|(w, side, _)| (w.clone(), *side)),
            Pronoun::It => self.body.map(|b| (Who::Actor(b), self.last.as_ref().and_then(|l| l.1))),
            Pronoun::Last => self.last.clone(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn target(
        &self,
        cx: &Context<'_>,
        g: &dyn Grammar,
        s: &Span<'_>,
        cue: &Cue,
        who: &Who,
        side: Option<ActorId>,
        refers_back: bool,
    ) -> Option<ActorId> {
        let other = |a: ActorId| side.is_none_or(|sd| root_of(cx, a) != root_of(cx, sd)) && *who != Who::Actor(a);
        let marked = || s.mentions.iter().find(|m| g.marks_target(s, m.start) && other(m.actor));
        let after = || s.mentions.iter().filter(|m| m.start >= cue.end).find(|m| other(m.actor));
        let before = || s.mentions.iter().filter(|m| m.end <= cue.start).find(|m| other(m.actor));
        let here = || marked().or_else(after).or_else(before).map(|m| m.actor);
        let own = self.targets.iter().rev().find(|(w, _)| w == who).map(|(_, t)| *t).filter(|&t| other(t));
        let earlier = || {
            own.or_else(|| self.previous.iter().copied().find(|&a| other(a)))
                .or_else(|| self.headline.iter().copied().find(|&a| other(a)))
        };
        if refers_back { earlier().or_else(here) } else { here().or_else(earlier) }
    }

    fn remember(
        &mut self,
        cx: &Context<'_>,
        who: &Who,
        side: Option<ActorId>,
        target: Option<ActorId>,
        gender: Option<Gender>,
    ) {
        let person = match who {
            Who::Actor(a) => (cx.kind_of)(*a) == Some(ActorKind::Person),
            Who::Name(_) => true,
        };
        if person {
            let known = self.persons.iter().position(|(w, _, _)| w == who).map(|i| self.persons.remove(i));
            let gender = gender.or_else(|| known.and_then(|k| k.2));
            self.persons.push((who.clone(), side, gender));
        } else if let Who::Actor(a) = who {
            self.body = Some(*a);
        }
        self.last = Some((who.clone(), side));
        if let Some(t) = target {
            self.targets.retain(|(w, _)| w != who);
            self.targets.push((who.clone(), t));
        }
    }
}

/// A line that does not end like a sentence, followed by a line break: a heading.
fn is_heading(s: &Span<'_>) -> bool {
    let ends = matches!(s.chars[s.end - 1], '.' | '!' | '?' | '。' | '！' | '？' | '”' | '"' | '»' | '」' | '』' | '…');
    !ends && s.chars.get(s.end).is_none_or(|c| *c == '\n')
}

/// A sanction, tariff or restriction the speaker's side puts in place.
fn imposed(cx: &Context<'_>, g: &dyn Grammar, s: &Span<'_>, side: Option<ActorId>) -> Option<Act> {
    let side = root_of(cx, side?);
    let (act, by) = g.measure(s)?;
    by.is_none_or(|a| root_of(cx, a) == side).then_some(act)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::assist::{AssistInput, assist};
    use crate::model::{Actor, Affiliation, Article, ArticleId, Colour, Project};

    /// An actor as a test sets it up: name, kind, aliases, acts for.
    type Row = (&'static str, ActorKind, &'static [&'static str], Option<&'static str>);

    /// China, the United States and China's foreign ministry, with their Chinese names.
    const CHINA_US: &[Row] = &[
        ("China", ActorKind::State, &["中国", "中方"], None),
        ("United States", ActorKind::State, &["美国", "美方"], None),
        ("Ministry of Foreign Affairs (China)", ActorKind::GovernmentBody, &["外交部"], Some("China")),
    ];

    /// The suggestions on `text` with `actors`, each as (speaker or new name, target, type).
    fn read(text: &str, actors: &[Row]) -> Vec<(String, String, String)> {
        let mut p = Project::new("t");
        for (i, (name, kind, aliases, acts_for)) in actors.iter().enumerate() {
            let mut a = Actor::new(*name, *kind, Colour::palette(i));
            a.aliases = aliases.iter().map(|s| s.to_string()).collect();
            a.affiliations =
                acts_for.and_then(|n| p.find_actor(n)).map(|f| Affiliation::always(f.id)).into_iter().collect();
            p.actors.put(a);
        }
        let id = ArticleId::random();
        p.articles.put(Article {
            id,
            title: String::new(),
            outlet: String::new(),
            reliability: None,
            author: String::new(),
            url: String::new(),
            published: "2025-06-10".parse().ok(),
            notes: String::new(),
            text: text.into(),
            dismissed_suggestions: Default::default(),
        });
        let name = |a: Option<ActorId>| a.map_or(String::new(), |a| p.actor_name(a).to_owned());
        assist(&AssistInput::of_article(&p, id).unwrap())
            .suggestions
            .iter()
            .map(|s| {
                let who = s.speaker.map(|a| p.actor_name(a).to_owned()).or(s.unknown_speaker.clone());
                let kind = s.event_type.and_then(|t| p.taxonomy.get(t)).map_or(String::new(), |t| t.name.clone());
                (who.unwrap_or_default(), name(s.target), kind)
            })
            .collect()
    }

    /// Asserts what `read` gives: (speaker or new name, target, type) for each suggestion.
    fn assert_reads(text: &str, actors: &[Row], expected: &[[&str; 3]]) {
        let expected: Vec<(String, String, String)> =
            expected.iter().map(|[w, t, k]| (w.to_string(), t.to_string(), k.to_string())).collect();
        assert_eq!(read(text, actors), expected);
    }

    #[test]
    fn a_chinese_article_gets_speakers_targets_and_types_and_its_questions_are_left_out() {
        let more: &[Row] = &[
            ("Ministry of Commerce (China)", ActorKind::GovernmentBody, &["商务部"], Some("China")),
            ("He Yadong", ActorKind::Person, &["何亚东"], Some("Ministry of Commerce (China)")),
            (
                "Department of Commerce (United States)",
                ActorKind::GovernmentBody,
                &["美国商务部"],
                Some("United States"),
            ),
            ("Xinhua", ActorKind::Organisation, &["新华社"], Some("China")),
        ];
        let actors = &[CHINA_US, more].concat();
        let text = "商务部新闻发言人何亚东9日表示，美方对中国企业实施的出口管制措施严重违反世贸组织规则，中方坚决反对。\
中方对此有何回应？外交部发言人汪文斌说，美方应立即停止对中国企业的无理打压。“我们敦促美方纠正错误做法。”\
据新华社报道，美国商务部宣布将多家中国实体列入实体清单。";
        let us = "United States";
        assert_reads(
            text,
            actors,
            &[
                ["He Yadong", us, "Reject / refuse"],
                ["汪文斌", us, "Demand"],
                ["汪文斌", us, "Demand"],
                ["Department of Commerce (United States)", "China", "Restrict"],
            ],
        );
    }

    #[test]
    fn a_press_conference_transcript_gives_answers_to_the_spokesperson_presiding() {
        let text = "外交部发言人华春莹主持例行记者会。\n\n问：美方宣布对中国企业实施制裁，中方有何回应？\n\n\
答：中方坚决反对美方的错误做法。我们敦促美方立即停止打压中国企业。\n\n南海局势总体稳定。美方应当停止挑衅。";
        let found = read(text, CHINA_US);
        let kinds: Vec<&str> = found.iter().map(|f| f.2.as_str()).collect();
        assert_eq!(kinds, ["Reject / refuse", "Demand", "Demand"], "the question and the plain sentence are none");
        assert!(found[..2].iter().all(|(who, target, _)| who == "China" && target == "United States"));
        // No verb, but the answer's: the spokesperson presiding, who is no actor yet.
        assert_eq!((found[2].0.as_str(), found[2].1.as_str()), ("华春莹", "United States"));
    }

    #[test]
    fn fragments_and_bare_punctuation_read_without_a_statement_or_a_panic() {
        for text in [
            "答:",
            "答：\n\n毛宁:",
            "据",
            "据报道。",
            "发言人说。",
            "。。！？",
            "“",
            "”说。",
            "外交部:\n停止。",
            "по словам",
            "По её словам.",
            "— заявил.",
            "Об этом.",
            "«",
            "»— сказала",
            "заявила",
            "Мы ответим.",
        ] {
            let found = read(text, CHINA_US);
            assert!(found.is_empty(), "{text}: no one is named, so nothing is suggested: {found:?}");
        }
    }

    #[test]
    fn a_russian_article_reads_inverted_attributions_pronouns_and_references_back() {
        let actors: &[Row] = &[
            ("Russia", ActorKind::State, &["Россия", "Москва"], None),
            ("United States", ActorKind::State, &["США", "Вашингтон"], None),
            ("European Union", ActorKind::Organisation, &["ЕС", "Евросоюз"], None),
            ("Ministry of Foreign Affairs (Russia)", ActorKind::GovernmentBody, &["МИД России"], Some("Russia")),
            (
                "Maria Zakharova",
                ActorKind::Person,
                &["Мария Захарова", "Захарова"],
                Some("Ministry of Foreign Affairs (Russia)"),
            ),
        ];
        let text = "Официальный представитель МИД России Мария Захарова заявила, что Москва готовит ответные \
меры на новые санкции США. «Ответ будет жестким», — подчеркнула она. По её словам, Вашингтон должен прекратить \
вмешательство во внутренние дела России. Дипломат Владимир Чижов утверждает, что ЕС нарушает свои же правила. \
Об этом он сказал в интервью.";
        let (zakharova, chizhov, us, eu) = ("Maria Zakharova", "Владимир Чижов", "United States", "European Union");
        assert_reads(
            text,
            actors,
            &[
                [zakharova, us, "Threaten"],
                [zakharova, us, "Threaten"],
                [zakharova, us, "Demand"],
                [chizhov, eu, "Accuse / criticise"],
                // "Об этом он сказал": the man who spoke last, about what he said before.
                [chizhov, eu, "Accuse / criticise"],
            ],
        );
    }

    #[test]
    fn a_first_name_that_begins_like_a_country_is_no_mention_of_it() {
        let actors: &[Row] = &[
            ("Russia", ActorKind::State, &["Россия"], None),
            ("Germany", ActorKind::State, &["Германия"], None),
            ("France", ActorKind::State, &["Франция"], None),
            ("Georgia", ActorKind::State, &["Грузия"], None),
        ];
        let text =
            "Герман Греф заявил, что Германия нарушает договор. Франц Шульц заявил, что Россия нарушает договор.";
        assert_reads(
            text,
            actors,
            &[["Герман Греф", "Germany", "Accuse / criticise"], ["Франц Шульц", "Russia", "Accuse / criticise"]],
        );
    }

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn a_sentence_is_read_in_the_script_it_has_most_letters_of() {
        assert_eq!(Language::of(&chars("外交部发言人汪文斌表示,USTR的做法")), Some(Language::Chinese));
        assert_eq!(Language::of(&chars("Захарова заявила, что МИД")), Some(Language::Russian));
        assert_eq!(Language::of(&chars("Zakharova (Захарова) said")), None);
    }

    #[test]
    fn a_japanese_sentence_with_any_kana_is_not_read_as_chinese() {
        assert_eq!(Language::of(&chars("外務省報道官は中国の措置に強く抗議すると表明した。")), None);
        assert_eq!(Language::of(&chars("林官房長官は記者会見で「遺憾だ」と述べた")), None);
        assert_eq!(Language::of(&chars("外交部发言人汪文斌表示")), Some(Language::Chinese));
        let read = read("中国外交部の報道官は、美国を強く警告した。", CHINA_US);
        assert!(read.is_empty(), "a Japanese sentence gets no Chinese reading: {read:?}");
    }

    #[test]
    fn quotations_in_guillemets_and_corner_brackets_and_runs_from_earlier_sentences() {
        let text = chars("«Меры прорабатываются», — сказала Захарова.");
        assert_eq!(quotations(&text, 0, text.len()), [(0, 22)]);
        let text = chars("继续说」，他说「好");
        assert_eq!(quotations(&text, 0, text.len()), [(0, 4), (7, 9)]);
        let text = chars("Ответ будет\", — подчеркнула она.");
        assert_eq!(quotations(&text, 0, text.len()), [(0, 12)]);
    }
}
