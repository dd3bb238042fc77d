//! Who made a reported statement, read the way an analyst reads an attribution:
//! - the subject of the reporting verb is the noun phrase next to it, or the one its clause
//!   opens with when the verb continues the clause ("… and warned"); clauses end at a comma,
//!   quotation mark, bracket, colon or dash; in the phrase a person outranks a ministry, a
//!   ministry its state, and what is owned ("President Hassan Rouhani") its owner ("Iran's");
//!   a crowd next to the verb ("… and experts say") is no party;
//! - an apposition is skipped to the bare name it describes ("Eric Reeves, one of the leading
//!   American academic voices on Sudan, said" is Eric Reeves, not Sudan or the United States);
//! - "…,” said a ministry spokesman" reads the words after the verb, "according to X" and
//!   "hinted at by X" the agent, "Xinhua quoted Wang as saying" (or "… quoted Wang saying") the
//!   one quoted; a participle ("…, accusing it of") takes the sentence's subject;
//! - "he"/"she" is the person the sentence before was about (its speaker, else the first person
//!   it named that no preposition brings in) unless the text gave them the other gender; "she"
//!   prefers the last person the text called a woman; a spokesperson named nowhere is their
//!   body's voice, and "he" in a story that met no person yet the body that just spoke;
//!   "it"/"they" as the whole subject is the last state, ministry or organisation that spoke;
//!   "the ministry" the last body that spoke (or, never spelled out, the side's one registered
//!   body of that name), "the minister" the last person, "the spokesperson" or "the official"
//!   the last speaker of any kind; in a transcript "A:" is the spokesperson its headline
//!   introduces. A paragraph
//!   break does not reset any of these: wire copy gives each quotation its own paragraph
//!   ("…,” he added."); headings do not count.
//! - a speaker who is no actor yet keeps the side their title named ("India's Foreign
//!   Secretary Vijay Gokhale"), so that their targets are never their own side.

use crate::analysis::date_phrase;
use crate::analysis::mentions::Mention;
use crate::analysis::words::Word;
use crate::model::{ActorId, ActorKind};

use super::names::{full_names, speaker_name};
use super::script::Gender;
use super::verbs::{Act, BE_FORMS, BODY_PRONOUNS, PERSON_PRONOUNS, is_adverb, is_text, reporting_verb};

/// A speaker: a registered actor, or the full name of a person who is none yet.
#[derive(Clone, Debug, PartialEq)]
pub enum Who {
    Actor(ActorId),
    Name(String),
}

/// What a suggested sentence tells later ones: who spoke, for which side and doing what.
pub struct Spoken {
    pub who: Who,
    /// The top of the speaker's "acts for" chain, if known.
    pub side: Option<ActorId>,
    pub act: Act,
}

/// What earlier sentences of the article tell about later ones.
#[derive(Default)]
pub struct Memory {
    /// People who spoke or were named, the latest last, each with the gender the text gave
    /// them ("spokeswoman", "Mr", "she said"), if any.
    persons: Vec<(Who, Option<Gender>)>,
    body: Option<ActorId>,
    /// The last government body that spoke or was named, for "the ministry said".
    ministry: Option<ActorId>,
    any: Option<Who>,
    /// Full names seen so far, for "Mr Reeves" → "Eric Reeves".
    names: Vec<String>,
    /// People a title introduced by a role ("spokesperson Guo Jiakun"), with the side it
    /// named if any, the latest last.
    roles: Vec<(String, Who, Option<ActorId>)>,
    /// The same for the whole article, for a role that comes before the name.
    titled_ahead: Vec<(String, Who, Option<ActorId>)>,
    /// Speakers who are no actors, with the actor their title named ("India's Foreign
    /// Secretary Vijay Gokhale"), so that a later "Gokhale said" keeps the side.
    sides: Vec<(String, ActorId)>,
    /// The last person who spoke, with their side if known: "the minister", and a bare role of
    /// that side ("Russian presidential spokesman has added").
    spoke_person: Option<(Who, Option<ActorId>)>,
    /// The last person heard in their own quotation ("“I pressed Australia’s position …,”
    /// Senator Farrell said"): the "I" of the paragraphs that go on with it, whoever they relay.
    quoting: Option<Who>,
    /// The previous sentence's speaker and act, for a speaker who goes on.
    last: Option<(Who, Act)>,
    /// The person the previous sentence was about: its speaker, else the first person it named.
    previous: Option<Who>,
    /// The registered person the next sentence opens with (`Sentence::opening_person`).
    next_opening_person: Option<ActorId>,
    /// Every registered person the article names outside quotation marks, in order of first
    /// mention.
    article_persons: Vec<ActorId>,
    /// The government body the article's byline names, if it issued the article, or the person
    /// who introduces its text ("… expressed the following:").
    issuer: Option<ActorId>,
    /// The project's government bodies with the words of their names (`Context::bodies`).
    registered: Vec<(ActorId, Vec<String>)>,
    /// The government body the headline names ("Remarks by the spokesperson of the Ministry of
    /// Foreign Affairs").
    headline_body: Option<ActorId>,
    /// The person the headline names ("Foreign Ministry Spokesperson Hong Lei's Regular Press
    /// Conference"): in a transcript, whose answers the "A:" turns are.
    headline_person: Option<ActorId>,
    /// Whose turn it is in a transcript ("MR PRICE: …", "QUESTION: …"), once a label was seen.
    turn: Option<Turn>,
    /// The side the headline opens with ("Venezuela Reiterates …"), else the dateline's.
    home: Option<ActorId>,
}

/// A turn in a briefing transcript.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Turn {
    /// A registered actor speaks ("MR PRICE:" is an alias of Ned Price).
    Speaker(ActorId),
    /// The spokesperson the headline names answers ("A:"): a ministry's transcript, whose
    /// every sentence states a position of its own.
    Answer(ActorId),
    /// A journalist asks ("QUESTION:", "Q:"): no party's statement.
    Question,
    /// Someone else, not registered.
    Other,
}

/// Words that tell a speaker's gender when the sentence has one person speaking.
fn gender_of(word: &str) -> Option<Gender> {
    match word {
        "she" | "spokeswoman" | "ms" | "mrs" | "madam" | "chairwoman" | "congresswoman" => Some(Gender::Female),
        "he" | "spokesman" | "mr" | "chairman" | "congressman" => Some(Gender::Male),
        _ => None,
    }
}

/// One sentence, split into words, with its quotations and the mentions inside it.
pub struct Sentence<'a> {
    pub chars: &'a [char],
    pub ws: Vec<Word>,
    pub lower: Vec<String>,
    pub quoted: Vec<(usize, usize)>,
    pub mentions: Vec<&'a Mention>,
    pub kind_of: &'a dyn Fn(ActorId) -> Option<ActorKind>,
    /// The actor at the top of each actor's "acts for" chain: its side.
    pub side_of_actor: &'a dyn Fn(ActorId) -> ActorId,
    /// `breaks[i]`: a clause boundary (comma, quotation mark, bracket, colon, dash) lies just
    /// before word `i`.
    breaks: Vec<bool>,
}

/// The days of the week, as a subject's "on Friday" names them.
const WEEKDAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// Whether `w` (lower case) names a day of the week or a month ("called Tuesday for …").
pub(super) fn is_date_word(w: &str) -> bool {
    date_phrase::is_weekday_name(w) || date_phrase::is_month_name(w)
}

/// Words that carry no subject: auxiliaries and adverbs between a subject and its verb.
const FILLER: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "would",
    "will",
    "also",
    "again",
    "once",
    "repeatedly",
    "previously",
    "later",
    "then",
    "further",
    "already",
    "publicly",
    "formally",
    "reportedly",
    "strongly",
    "sharply",
    "earlier",
    "now",
    "today",
    "yesterday",
    "recently",
    "swiftly",
    "quickly",
    "immediately",
    "just",
    "not",
    "never",
    "did",
    "does",
    "do",
    "been",
    "may",
    "might",
    "could",
    "should",
    "can",
    "must",
    "unanimously",
    "but",
    "and",
    "so",
    "yet",
    "however",
    "meanwhile",
    "still",
    "separately",
    "likewise",
    "as",
    "even",
];

/// Plural nouns for unnamed crowds: "Analysts say …" is commentary, not a party's statement.
const GENERIC: &[&str] = &[
    "analysts",
    "experts",
    "observers",
    "critics",
    "economists",
    "residents",
    "people",
    "protesters",
    "commentators",
    "investors",
    "traders",
    "scholars",
    "researchers",
    "sources",
    "some",
    "many",
    "others",
    "reports",
    "polls",
];

/// Small words of a name with its titles ("a senior official of the ministry").
const TITLE_WORDS: &[&str] = &[
    "police",
    "a",
    "an",
    "the",
    "of",
    "for",
    "at",
    "in",
    "senior",
    "deputy",
    "vice",
    "chief",
    "foreign",
    "ministry",
    "top",
    "former",
    "acting",
    "press",
    "secretary",
    "adviser",
    "advisor",
    "director",
    "general",
    "commerce",
    "defence",
    "defense",
    "trade",
];

/// Verbs that lead to another with "to" and share its subject ("moved to reject").
const LEADING_VERBS: &[&str] = &[
    "continued",
    "continues",
    "proceeded",
    "proceeds",
    "moved",
    "moves",
    "sought",
    "seeks",
    "tried",
    "tries",
    "hastened",
    "rushed",
    "decided",
    "decides",
    "chose",
    "wanted",
    "wants",
    "appeared",
    "seemed",
    "used",
];

/// Prepositions that open an adverbial clause rather than a subject.
const PREPOSITIONS: &[&str] = &["at", "in", "on", "from", "with", "for", "by", "after", "before", "during", "to"];

/// News agencies, which report what others said.
const REPORTERS: &[&str] = &[
    "xinhua",
    "reuters",
    "afp",
    "ap",
    "tass",
    "ria",
    "kcna",
    "irna",
    "yonhap",
    "kyodo",
    "interfax",
    "bernama",
    "antara",
    "wafa",
    "sana",
    "isna",
    "tasnim",
    "agency",
    "newspaper",
    "media",
    "television",
    "radio",
    "broadcaster",
    // "A readout of the meeting says Mahuta emphasised": the one it reports.
    "readout",
];

/// Nouns for a state's rulers that stand for the state ("the government said", "the military
/// regime has accused", "the Bachelet administration").
const STATE_BODIES: &[&str] = &["government", "administration", "regime", "junta", "nation", "kingdom", "authorities"];

/// Role nouns that stand for a body ("the ministry said").
const BODY_ROLES: &[&str] =
    &["ministry", "department", "embassy", "government", "office", "agency", "commission", "administration", "council"];
/// Role nouns that stand for a person ("the deputy foreign minister told").
const PERSON_ROLES: &[&str] = &[
    "minister",
    "president",
    "chairman",
    "chairwoman",
    "pm",
    "fm",
    "director",
    "governor",
    "diplomat",
    "ambassador",
    "envoy",
    "secretary",
    "senator",
    "leader",
    "premier",
    "chancellor",
    // A permanent secretary, as East African copy abbreviates one ("the PS told The Citizen").
    "ps",
];
/// Role nouns that stand for whoever spoke last, person or body.
/// Words that open a noun phrase and point back ("the ministry", "this senior official").
const DETERMINERS: [&str; 9] = ["the", "a", "an", "its", "his", "her", "their", "this", "that"];

/// One spelling for words the English of different countries spell apart, as bodies' names
/// and the text may differ ("Ministry of Defense", "the defence ministry").
fn one_spelling(w: &str) -> &str {
    match w {
        "defense" => "defence",
        other => other,
    }
}

/// A body's spokespeople, one at a time.
const SPOKESPERSONS: [&str; 3] = ["spokesperson", "spokesman", "spokeswoman"];

const ANY_ROLES: &[&str] = &[
    SPOKESPERSONS[0],
    SPOKESPERSONS[1],
    SPOKESPERSONS[2],
    "official",
    "officials",
    "spokespeople",
    // "An Indian defence source told Reuters … The defence source said".
    "source",
];

/// A role noun that names one person ("spokesperson", "minister"), not a crowd or a text.
pub(super) fn is_role(w: &str) -> bool {
    PERSON_ROLES.contains(&w) || ANY_ROLES.contains(&w) && !matches!(w, "officials" | "spokespeople")
}

/// What the speaker search found.
pub enum Found {
    Speaker(Who),
    /// An unnamed crowd ("Analysts say"): no statement to code.
    Generic,
    Unknown,
}

impl<'a> Sentence<'a> {
    pub fn new(
        chars: &'a [char],
        ws: Vec<Word>,
        quoted: Vec<(usize, usize)>,
        mentions: Vec<&'a Mention>,
        kind_of: &'a dyn Fn(ActorId) -> Option<ActorKind>,
        side_of_actor: &'a dyn Fn(ActorId) -> ActorId,
    ) -> Self {
        let lower = ws.iter().map(|w| w.lower(chars)).collect();
        // A straight apostrophe is a boundary only where it opens or closes a quotation, not in
        // "the Workers' Party".
        let quote_mark = |k: usize| quoted.iter().any(|&(x, y)| k == x || k + 1 == y);
        // An abbreviation in brackets ("the World Trade Organization (WTO) meeting") is part
        // of the phrase around it.
        let bracketed =
            |i: usize| chars.get(ws[i].start.wrapping_sub(1)) == Some(&'(') && chars.get(ws[i].end) == Some(&')');
        let breaks = (0..ws.len())
            .map(|i| {
                i == 0 || {
                    let (from, to) = (ws[i - 1].end, ws[i].start);
                    let gap = &chars[from..to];
                    let brackets = !bracketed(i) && !bracketed(i - 1) && gap.iter().any(|c| matches!(c, '(' | ')'));
                    brackets
                        || gap.iter().any(|c| matches!(c, ',' | ';' | ':' | '—' | '–' | '"' | '“' | '”'))
                        || (from..to).any(|k| chars[k] == '\'' && quote_mark(k))
                        || gap.windows(3).any(|w| w == [' ', '-', ' '])
                }
            })
            .collect();
        Self { chars, ws, lower, quoted, mentions, kind_of, side_of_actor, breaks }
    }

    /// Whether a clause boundary lies just before word `i`.
    pub fn breaks_before(&self, i: usize) -> bool {
        self.breaks[i]
    }

    /// Whether char `at` lies outside every quotation.
    pub fn outside_at(&self, at: usize) -> bool {
        !self.quoted.iter().any(|&(a, b)| at >= a && at < b)
    }

    pub fn outside(&self, w: Word) -> bool {
        !self.quoted.iter().any(|&(a, b)| w.start >= a && w.end <= b)
    }

    /// Whether word `w` lies in a quotation of three words or fewer that opens after the
    /// sentence began ("Takeshi Iwaya “strongly protested” to South Korea"): the text quotes the
    /// wording of an act it reports itself.
    pub fn scare_quoted(&self, w: Word) -> bool {
        let Some(&(a, b)) = self.quoted.iter().find(|&&(a, b)| w.start >= a && w.end <= b) else { return false };
        let inside = self.ws.iter().filter(|x| x.start >= a && x.end <= b).count();
        inside <= 3 && self.ws.first().is_some_and(|first| first.end <= a)
    }

    /// Whether word `i` is inside a relative clause ("…, which some US officials have
    /// threatened, …"), which describes rather than attributes.
    pub fn in_relative_clause(&self, i: usize) -> bool {
        if self.breaks[i] {
            return false;
        }
        let (a, _) = self.segment_before(i);
        a > 0 && matches!(self.lower[a].as_str(), "which" | "who" | "whom" | "whose")
    }

    /// Whether word `i` is in a clause that opens with a preposition ("In statements posted to
    /// social media, Peru’s foreign ministry said"): a participle there describes a noun and
    /// has no subject of its own, unless "and" joins it to the clause before ("summoned the
    /// envoy, at the Foreign Office and rejected").
    pub fn in_adverbial(&self, i: usize) -> bool {
        let (a, _) = self.segment_before(i);
        a < i && PREPOSITIONS.contains(&self.lower[a].as_str()) && !(a..i).any(|j| self.lower[j] == "and")
    }

    /// Whether word `i` is the verb of a relative clause whose object is what it hangs on
    /// ("…, which Beijing denounced"): "which" or "whom", then a subject, then the verb.
    pub fn relative_object(&self, i: usize) -> bool {
        let (a, _) = self.segment_before(i);
        self.in_relative_clause(i) && matches!(self.lower[a].as_str(), "which" | "whom") && a + 1 < i
    }

    /// "We urge …", "We are deeply concerned …": the verb of a clause whose subject is "we",
    /// outside quotation marks, past its auxiliaries and adverbs.
    pub fn first_person_verb(&self) -> Option<usize> {
        let we = (0..self.ws.len()).find(|&i| (i == 0 || self.breaks[i]) && self.says_we(i))?;
        let verb =
            (we + 1..self.ws.len()).find(|&i| !self.is_filler(i) && !matches!(self.lower[i].as_str(), "am" | "do"))?;
        (!self.breaks[verb] && self.outside(self.ws[verb])).then_some(verb)
    }

    /// Whether word `i` is a "we" of the text's own voice: outside quotation marks, with no
    /// quotation opening before it or closing after it, however its marks were read.
    fn says_we(&self, i: usize) -> bool {
        let from = self.ws[0].start.saturating_sub(1);
        let opens = |k: usize| {
            matches!(self.chars[k], '“' | '"' | '‘')
                || self.chars[k] == '\'' && (k == from || self.chars[k - 1].is_whitespace())
        };
        // "…, we are living with utmost difficulty,' said Leila Zanganeh": a quotation that
        // closes after it began in an earlier sentence.
        let to = self.ws.last().map_or(0, |w| w.end);
        let letter = |k: usize| self.chars.get(k).is_some_and(|c| c.is_alphanumeric());
        let closes =
            |k: usize| matches!(self.chars[k], '”' | '"') || matches!(self.chars[k], '\'' | '’') && !letter(k + 1);
        self.lower[i] == "we"
            && self.outside(self.ws[i])
            && !(from..self.ws[i].start).any(opens)
            && !(self.ws[i].end..to).any(closes)
    }

    /// The actor the title before a named person stands for ("India's Foreign Secretary
    /// Vijay Gokhale", "US State Department spokesman Ned Price"): the last mention among the
    /// title words right before the name.
    pub fn side_of(&self, name: &str) -> Option<ActorId> {
        if let Some((from, at)) = self.title_of(name)
            && let Some(m) = self.mentions_in(from, at).last()
        {
            return Some(m.actor);
        }
        // "Dina Mufti, the Ethiopian ministry’s spokesman and a former ambassador to Egypt,
        // said": the title in the apposition, before its role word.
        let (a, b) = self.apposition_of(&Who::Name(name.to_owned()))?;
        let role = (a..b).find(|&i| is_role(&self.lower[i]))?;
        // "Stanislaw Zaryn, a spokesman for the ministry coordinating Poland's intelligence
        // agencies, said": what the role is for, when only one party is named there.
        let served = || match self.mentions_in(role + 1, b)[..] {
            [m] => Some(m.actor),
            _ => None,
        };
        self.mentions_in(a, role).last().map(|m| m.actor).or_else(served)
    }

    /// Whether the apposition after a speaker's name gives them a role ("…, Chairman National
    /// Assembly Standing Committee …,").
    pub fn role_in_apposition(&self, who: &Who) -> bool {
        self.apposition_of(who).is_some_and(|(a, b)| (a..b).any(|i| is_role(&self.lower[i])))
    }

    /// The words of the apposition right after a speaker's name, between commas ("Dina Mufti,
    /// the Ethiopian ministry’s spokesman and a former ambassador to Egypt, said"): what
    /// describes the speaker, which is never whom they speak to.
    pub fn apposition_of(&self, who: &Who) -> Option<(usize, usize)> {
        let end = match who {
            Who::Name(name) => {
                let first = name.split(' ').next()?;
                let at =
                    (0..self.ws.len()).find(|&i| self.outside(self.ws[i]) && self.ws[i].text(self.chars) == first)?;
                at + name.split(' ').count()
            }
            Who::Actor(actor) => {
                let m = self.mentions_in(0, self.ws.len()).into_iter().find(|m| m.actor == *actor)?;
                self.ws.iter().position(|w| w.start >= m.end).unwrap_or(self.ws.len())
            }
        };
        if end >= self.ws.len()
            || !self.breaks[end]
            || !self.chars[self.ws[end - 1].end..self.ws[end].start].contains(&',')
        {
            return None;
        }
        let (a, b) = self.segment_after(end);
        let describes = !self.ws[a].is_capitalised(self.chars) || is_role(&self.lower[a]);
        let closed = b < self.ws.len() && self.chars[self.ws[b - 1].end..self.ws[b].start].contains(&',');
        (describes && closed).then_some((a, b))
    }

    /// The people a title introduces by a role, outside quotation marks ("foreign Ministry
    /// spokesperson Guo Jiakun" is a spokesperson, "Iranian Foreign Minister Mohammad Javad
    /// Zarif" a minister), each with the role word and the side the title or the actor names:
    /// a later "the Chinese Foreign Ministry spokesperson" or an earlier "Iran's foreign
    /// minister" is that person.
    pub fn titled_persons(&self) -> Vec<(String, Who, Option<ActorId>)> {
        let mut out = Vec::new();
        let role = |from: usize, at: usize| (from..at).rev().map(|i| self.lower[i].clone()).find(|w| is_role(w));
        let outside: Vec<Word> = self.ws.iter().copied().filter(|w| self.outside(*w)).collect();
        for name in full_names(self.chars, &outside, &|w| self.covered(w)) {
            if let Some((from, at)) = self.title_of(&name)
                && let Some(role) = role(from, at)
            {
                let side = self.mentions_in(from, at).last().map(|m| (self.side_of_actor)(m.actor));
                out.push((role, Who::Name(name), side));
            }
        }
        for m in self.mentions_in(0, self.ws.len()).into_iter().filter(|m| self.is_person(m.actor)) {
            let Some(at) = self.ws.iter().position(|w| w.start >= m.start) else { continue };
            if let Some(from) = self.title_before(at)
                && let Some(role) = role(from, at)
            {
                out.push((role, Who::Actor(m.actor), Some((self.side_of_actor)(m.actor))));
            }
        }
        out
    }

    /// The title words `from..at` right before the first mention of `name` outside quotation
    /// marks ("India's Foreign Secretary" before "Vijay Gokhale").
    fn title_of(&self, name: &str) -> Option<(usize, usize)> {
        let first = name.split(' ').next()?;
        let at = (0..self.ws.len()).find(|&i| self.outside(self.ws[i]) && self.ws[i].text(self.chars) == first)?;
        Some((self.title_before(at)?, at))
    }

    /// Where the title words right before word `at` begin: names, titles and roles, and the
    /// lower-case words of a title that ends in a role ("Ethiopia’s water minister").
    fn title_before(&self, at: usize) -> Option<usize> {
        let phrase = |i: usize| !self.breaks[i + 1] && self.in_phrase(i);
        let from = (0..at).rev().take_while(|&i| phrase(i)).last();
        if at == 0 || !is_role(&self.lower[at - 1]) {
            return from;
        }
        let plain = |i: usize| {
            let w = self.lower[i].as_str();
            w.chars().all(char::is_alphabetic)
                && !PREPOSITIONS.contains(&w)
                && !FILLER.contains(&w)
                && !matches!(w, "of" | "or" | "that" | "who" | "which" | "whom" | "met" | "said" | "told")
                && self.outside(self.ws[i])
        };
        let wider = (0..at).rev().take_while(|&i| !self.breaks[i + 1] && (phrase(i) || plain(i))).take(6).last();
        // The wider title counts only where it reaches a name ("Ethiopia’s") by way of it.
        match wider {
            Some(w) if !self.mentions_in(w, at).is_empty() => Some(w),
            _ => from,
        }
    }

    /// "The Chinese Foreign Ministry spokesperson said": the side a role phrase right before
    /// word `cue` names, for a speaker it stands for who was named in another sentence.
    pub fn side_of_role_before(&self, cue: usize) -> Option<ActorId> {
        let end = (0..cue).rev().find(|&i| !self.is_filler(i)).map(|i| i + 1)?;
        if self.breaks[cue] && end == cue || !is_role(&self.lower[end - 1]) {
            return None;
        }
        let from = (0..end).rev().take_while(|&i| !self.breaks[i + 1] && self.in_phrase(i)).last()?;
        self.mentions_in(from, end).last().map(|m| m.actor)
    }

    /// Whether mention `m` names the medium that reports, not a party: "Turkey’s state-run
    /// Anadolu Agency has reported", "Beijing's official Xinhua news agency", "Iranian
    /// television". A news agency is the source of a report, never its target.
    pub fn names_a_reporter(&self, m: &Mention) -> bool {
        let Some(at) = self.ws.iter().position(|w| w.start >= m.end) else { return false };
        (at..self.ws.len().min(at + 4))
            .take_while(|&i| i == at || !self.breaks[i])
            .any(|i| REPORTERS.contains(&self.lower[i].as_str()))
    }

    fn covered(&self, w: Word) -> bool {
        self.mentions.iter().any(|m| m.start <= w.start && w.end <= m.end)
    }

    /// "Iran's" in "Iran's President Hassan Rouhani".
    pub(super) fn possessive(&self, m: &Mention) -> bool {
        matches!(self.chars.get(m.end..m.end + 2), Some(['’' | '\'', 's']))
    }

    fn is_person(&self, a: ActorId) -> bool {
        (self.kind_of)(a) == Some(ActorKind::Person)
    }

    /// The registered person the sentence opens with (within its first four words, outside
    /// quotation marks), if any.
    /// Only its subject: at the first word or right after its title, not an owner ("Xi
    /// Jinping's visit"), not told in the passive ("Xi Jinping was criticised").
    pub fn opening_person(&self) -> Option<ActorId> {
        let m = self.mentions_in(0, self.ws.len().min(6)).into_iter().find(|m| self.is_person(m.actor))?;
        let at = self.word_at(m);
        let after = self.ws.iter().position(|w| w.start >= m.end);
        let passive = after.is_some_and(|j| BE_FORMS.contains(&self.lower[j].as_str()));
        let subject = at == 0 || self.title_before(at) == Some(0);
        (subject && !self.possessive(m) && !passive).then_some(m.actor)
    }

    /// The registered persons the sentence names outside quotation marks.
    pub fn persons_named(&self) -> Vec<ActorId> {
        self.mentions_in(0, self.ws.len()).into_iter().filter(|m| self.is_person(m.actor)).map(|m| m.actor).collect()
    }

    /// The spokesperson word of a body's voice named nowhere ("Foreign Office Spokesperson
    /// said"), if any: not one whose name follows ("spokesperson Mumtaz Baloch said") or comes
    /// before ("citing Zhang Wei, its spokesman"); a person named after the role, in what was
    /// said ("Commander Kulbhushan Jadhav"), is no name of theirs. `outside`: the words outside
    /// quotation marks.
    fn unnamed_spokesperson(&self, outside: &[Word]) -> Option<usize> {
        let named_before = |i: usize| {
            let words: Vec<Word> = outside.iter().copied().filter(|w| w.end <= self.ws[i].start).collect();
            self.mentions_in(0, i).iter().any(|m| self.is_person(m.actor))
                || !full_names(self.chars, &words, &|w| self.covered(w)).is_empty()
        };
        let unnamed = |i: usize| self.ws.get(i + 1).is_none_or(|w| !w.is_capitalised(self.chars)) && !named_before(i);
        (0..self.ws.len())
            .find(|&i| self.outside(self.ws[i]) && SPOKESPERSONS.contains(&self.lower[i].as_str()) && unnamed(i))
    }

    /// Whether a preposition brings in `who`, past their title ("with Mr Tillerson", "with
    /// Secretary of State Rex Tillerson").
    fn after_preposition(&self, who: &Who) -> bool {
        let at = match who {
            Who::Actor(a) => {
                self.mentions.iter().find(|m| m.actor == *a && self.outside_at(m.start)).map(|m| self.word_at(m))
            }
            Who::Name(name) => self.title_of(name).map(|(_, at)| at),
        };
        let start = at.map(|at| self.title_before(at).unwrap_or(at));
        start.is_some_and(|i| i > 0 && PREPOSITIONS.contains(&self.lower[i - 1].as_str()))
    }

    /// "Although Xue deleted the post …, he posted again": a registered person who is the subject
    /// of a clause earlier in the sentence (at its start, or after a word that opens a clause)
    /// is the "he" or "she" of the next.
    fn subject_person_before(&self, pronoun: usize) -> Option<Who> {
        const OPENERS: &[&str] =
            &["although", "though", "while", "after", "when", "as", "because", "since", "before", "once"];
        let end = self.ws.get(pronoun)?.start;
        self.mentions
            .iter()
            .filter(|m| m.end <= end && self.outside_at(m.start) && self.is_person(m.actor) && !self.possessive(m))
            .find(|m| {
                let at = self.word_at(m);
                let at = self.title_before(at).unwrap_or(at);
                at == 0 || OPENERS.contains(&self.lower[at - 1].as_str())
            })
            .map(|m| Who::Actor(m.actor))
    }

    /// The index of the word a mention starts at (the first word at or after its start).
    pub fn word_at(&self, m: &Mention) -> usize {
        self.ws.iter().position(|w| w.start >= m.start).unwrap_or(0)
    }

    /// The mentions outside quotation marks within words `a..b`.
    fn mentions_in(&self, a: usize, b: usize) -> Vec<&'a Mention> {
        if a >= b || b > self.ws.len() {
            return Vec::new();
        }
        let (from, to) = (self.ws[a].start, self.ws[b - 1].end);
        self.mentions
            .iter()
            .copied()
            .filter(|m| m.start >= from && m.end <= to && !self.quoted.iter().any(|&(x, y)| m.start >= x && m.end <= y))
            .collect()
    }

    /// The head of words `a..b`: a person, a full name, a body, a state, an owner, in that order.
    fn head(&self, a: usize, b: usize, memory: &Memory) -> Option<Who> {
        let ms = self.mentions_in(a, b);
        let plain: Vec<&&Mention> = ms.iter().filter(|m| !self.possessive(m)).collect();
        // "Correa's government said", "the Bachelet administration said", "The government of Iván
        // Duque rejected": the government a person leads is their state.
        let governs = |i: usize| STATE_BODIES.contains(&self.lower[i].as_str());
        let before_governs =
            |m: &Mention| self.ws[a..b].iter().position(|w| w.start > m.end).is_some_and(|j| governs(a + j));
        let led = |m: &Mention| {
            let of_governs = self.ws[a..b]
                .iter()
                .rposition(|w| w.end < m.start)
                .is_some_and(|j| a + j >= 1 && self.lower[a + j] == "of" && governs(a + j - 1));
            self.is_person(m.actor) && (self.possessive(m) || before_governs(m) || of_governs)
        };
        let governed =
            b > a && (governs(b - 1) || (a..b).any(|i| governs(i) && self.lower.get(i + 1).is_some_and(|w| w == "of")));
        if governed
            && plain.iter().all(|m| led(m))
            && let Some(m) = ms.iter().rev().find(|m| led(m))
        {
            let state = (self.side_of_actor)(m.actor);
            if state != m.actor {
                return Some(Who::Actor(state));
            }
        }
        if let Some(m) = plain.iter().find(|m| self.is_person(m.actor)) {
            return Some(Who::Actor(m.actor));
        }
        let ws: Vec<Word> = self.ws[a..b].iter().copied().filter(|w| self.outside(*w)).collect();
        if let Some(name) = speaker_name(self.chars, &ws, &|w| self.covered(w), &memory.names) {
            return Some(Who::Name(name));
        }
        let state = |m: &&&Mention| (self.kind_of)(m.actor) == Some(ActorKind::State);
        plain
            .iter()
            .find(|m| !state(m))
            .or_else(|| plain.first())
            .map(|m| m.actor)
            .or(ms.first().map(|m| m.actor))
            .map(Who::Actor)
    }

    /// The clause before word `end`: back to the nearest boundary.
    fn segment_before(&self, end: usize) -> (usize, usize) {
        let start = (0..end).rev().find(|&i| self.breaks[i]).unwrap_or(0);
        (start, end)
    }

    /// The words after `from` up to the next boundary.
    fn segment_after(&self, from: usize) -> (usize, usize) {
        let end = (from + 1..self.ws.len()).find(|&i| self.breaks[i]).unwrap_or(self.ws.len());
        (from, end)
    }

    /// The words of `a..b` that can name a subject (no fillers, none quoted).
    fn core(&self, a: usize, b: usize) -> Vec<usize> {
        (a..b).filter(|&i| self.outside(self.ws[i]) && !self.is_filler(i)).collect()
    }

    /// An auxiliary or adverb between a subject and its verb ("has", "also", "firmly").
    fn is_filler(&self, i: usize) -> bool {
        let w = self.lower[i].as_str();
        FILLER.contains(&w) || is_adverb(w) && !self.ws[i].is_capitalised(self.chars)
    }

    /// Whether word `i` can be part of a speaker's noun phrase: a name (an actor's, whatever its
    /// case: "China’s coastguard"), a title or a role.
    fn in_phrase(&self, i: usize) -> bool {
        let w = self.lower[i].as_str();
        self.ws[i].is_capitalised(self.chars)
            || self.covered(self.ws[i])
            || TITLE_WORDS.contains(&w)
            || ANY_ROLES.contains(&w)
            || is_text(w)
            || PERSON_ROLES.contains(&w)
            || BODY_ROLES.contains(&w)
            // "two Australian ministers said": a side's officials together speak for it.
            || matches!(w, "ministers" | "diplomats" | "leaders")
    }

    /// "Russian presidential spokesman has added": a bare role (no "a"), naming no person, of
    /// the side whose person spoke last is that person; "a Chinese Foreign Ministry spokesman"
    /// is someone new.
    /// Whether words `i - 1` and `i` say when: "on Friday", "last week".
    fn says_when(&self, i: usize) -> bool {
        let (x, y) = (i.checked_sub(1).map_or("", |p| self.lower[p].as_str()), self.lower[i].as_str());
        x == "on" && WEEKDAYS.contains(&y)
            || matches!(x, "last" | "this" | "earlier") && matches!(y, "week" | "month" | "year" | "weekend")
    }

    fn role_of_the_side_that_spoke(&self, core: &[usize], memory: &Memory) -> Option<Who> {
        // "Japan's foreign minister on Friday summoned": the day is no part of the role.
        let dated =
            core.len() > 2 && core[core.len() - 2] + 1 == core[core.len() - 1] && self.says_when(core[core.len() - 1]);
        let core = if dated { &core[..core.len() - 2] } else { core };
        let (&first, &last) = (core.first()?, core.last()?);
        // "the Vietnamese statement said" is no person's: a text is its body's (`read`).
        let role = |w: &str| ANY_ROLES.contains(&w) || PERSON_ROLES.contains(&w);
        // "Estonian officials have said" are their side, not the one of them who spoke last.
        let plural = matches!(self.lower[last].as_str(), "officials" | "spokespeople");
        if matches!(self.lower[first].as_str(), "a" | "an") || !role(&self.lower[last]) || plural {
            return None;
        }
        let ms = self.mentions_in(first, last + 1);
        let ws: Vec<Word> = core.iter().map(|&i| self.ws[i]).collect();
        if ms.iter().any(|m| self.is_person(m.actor)) || !full_names(self.chars, &ws, &|w| self.covered(w)).is_empty() {
            return None;
        }
        let same_side = |side: Option<ActorId>| ms.iter().any(|m| Some((self.side_of_actor)(m.actor)) == side);
        if let Some((who, side)) = memory.spoke_person.as_ref()
            && same_side(*side)
        {
            return Some(who.clone());
        }
        // "… reported foreign Ministry spokesperson Guo Jiakun. The Chinese Foreign Ministry
        // spokesperson said": the person the text introduced with that role, of that side when
        // known.
        let role = self.lower[last].as_str();
        let earlier = memory.roles.iter().rev().find(|(r, _, side)| r == role && (side.is_none() || same_side(*side)));
        // "Iran's foreign minister vowed on Wednesday …" opens the story; "Iranian Foreign
        // Minister Mohammad Javad Zarif said" comes later: the one the article gives that title
        // of that side.
        let later = || memory.titled_ahead.iter().find(|(r, _, side)| r == role && side.is_some() && same_side(*side));
        // "… the Polish government spokesman has said. ¶ Piotr Mueller made the statement": else
        // the registered person of that side the next sentence opens with.
        // A person the article titles otherwise ("President Xi Jinping" for "the ambassador") is
        // not the one.
        let may_hold = |p: ActorId| {
            let mut titles = memory.titled_ahead.iter().chain(&memory.roles).filter(|(_, w, _)| *w == Who::Actor(p));
            titles.clone().next().is_none() || titles.any(|(r, _, _)| r == role)
        };
        let of_side = |p: &ActorId| same_side(Some((self.side_of_actor)(*p))) && may_hold(*p);
        let next = || memory.next_opening_person.filter(of_side).map(Who::Actor);
        // Else the one registered person of that side the article names ("The Iraqi president
        // announced …" in a story naming Abdul Latif Rashid and no other Iraqi), for one person's
        // role, not "officials".
        let only = || {
            let mut of_side = memory.article_persons.iter().filter(|p| of_side(p));
            match (of_side.next(), of_side.next()) {
                (Some(&p), None) if is_role(role) => Some(Who::Actor(p)),
                _ => None,
            }
        };
        earlier.or_else(later).map(|(_, who, _)| who.clone()).or_else(next).or_else(only)
    }

    /// The head of the noun phrase that is the subject in words `a..b`. Right before a verb it
    /// is the phrase next to the verb ("It also comes after new US President Joe Biden
    /// reaffirmed"), unless the verb continues the clause ("… and warned", "… to formally
    /// protest"); otherwise, and when nothing stands next to the verb, the phrase the clause
    /// opens with ("China's foreign minister spoke with … John Kerry … and warned").
    fn subject_phrase(&self, a: usize, b: usize, next_to_verb: bool, memory: &Memory) -> Option<Who> {
        let mut end = b;
        while end > a && self.is_filler(end - 1) && !matches!(self.lower[end - 1].as_str(), "and") {
            end -= 1;
        }
        // "Media reports indicate Edgar Lungu on Sunday told", "Nairobi last week said": when it
        // was said stands between; "Geoffrey Onyeama on Monday in Abuja, summoned": and where.
        // Not "The authorities in Morocco", "The interim Government in Fiji": a body of a place.
        let place = |i: usize| {
            let body = |w: &str| BODY_ROLES.contains(&w) || STATE_BODIES.contains(&w);
            i >= 2 && self.lower[i - 1] == "in" && self.ws[i].is_capitalised(self.chars) && !body(&self.lower[i - 2])
        };
        for _ in 0..2 {
            if end >= a + 3 && (self.says_when(end - 1) || place(end - 1)) {
                end -= 2;
            }
        }
        let continues = end > a && matches!(self.lower[end - 1].as_str(), "to" | "and" | "or");
        // "Pakistan … summoned the envoy, at the Foreign Office and rejected": a clause that opens
        // with a preposition holds no subject; the one before has it.
        if continues && PREPOSITIONS.contains(&self.lower[a].as_str()) {
            return None;
        }
        if next_to_verb && !continues {
            let start = (a..end).rev().take_while(|&i| self.in_phrase(i)).last();
            if let Some(who) = start.and_then(|s| self.head(s, end, memory)) {
                return Some(who);
            }
        }
        let opening = (a..b)
            .find(|&i| {
                self.outside(self.ws[i])
                    && !self.in_phrase(i)
                    && !matches!(self.lower[i].as_str(), "and" | "every" | "other")
            })
            .unwrap_or(b);
        self.head(a, opening.max(a + 1), memory)
    }

    /// "…,” Xinhua said", "Xinhua said Wang Yi repeated …": a news agency reports a statement,
    /// the person it quotes made it (the last one named before it, else the first after).
    fn behind_the_reporter(&self, a: usize, b: usize, who: Who) -> Who {
        if !(a..b).any(|i| REPORTERS.contains(&self.lower[i].as_str())) {
            return who;
        }
        let (from, to) = (self.ws[a].start, self.ws[b - 1].end);
        let outside = |m: &&&Mention| !self.quoted.iter().any(|&(x, y)| m.start >= x && m.end <= y);
        let person = |m: &&&Mention| self.is_person(m.actor);
        let before = self.mentions.iter().filter(|m| m.end <= from).filter(outside).rfind(person);
        let after = || self.mentions.iter().filter(|m| m.start >= to).filter(outside).find(person);
        before.or_else(after).map_or(who, |m| Who::Actor(m.actor))
    }

    /// Reads words `a..b` as a subject.
    fn read(&self, a: usize, b: usize, next_to_verb: bool, memory: &Memory) -> Reading {
        // "…, which he has characterized as one-sided": the relative pronoun is the object;
        // the subject follows it.
        let a = if a + 1 < b && matches!(self.lower[a].as_str(), "which" | "whom") { a + 1 } else { a };
        let core = self.core(a, b);
        let Some(&first) = core.first() else { return Reading::Empty };
        // "a letter sent by the Nicaraguan government", "a statement from the Peruvian foreign
        // ministry": the text's author.
        if let Some(by) = (a..b).find(|&i| matches!(self.lower[i].as_str(), "by" | "from"))
            && (a..by).any(|i| is_text(&self.lower[i]))
            && let Some(who) = self.head(by + 1, b, memory)
        {
            return Reading::Found(Found::Speaker(who));
        }
        let crowd = |w: &str| GENERIC.contains(&w);
        // "… and experts say": the crowd next to the verb is its subject.
        if next_to_verb && core.last().is_some_and(|&i| crowd(&self.lower[i])) {
            return Reading::Found(Found::Generic);
        }
        if let Some(who) = self.role_of_the_side_that_spoke(&core, memory) {
            return Reading::Found(Found::Speaker(who));
        }
        if let Some(who) = self.subject_phrase(a, b, next_to_verb, memory) {
            return Reading::Found(Found::Speaker(self.behind_the_reporter(a, b, who)));
        }
        let words: Vec<&str> = core.iter().map(|&i| self.lower[i].as_str()).collect();
        let last = *words.last().unwrap_or(&"");
        let remembered = |w: Option<Who>| Reading::Found(w.map_or(Found::Unknown, Found::Speaker));
        match words.as_slice() {
            // "“…,” said the Azeri Defense Ministry. He also stressed …": in a story that has
            // named no person yet, "he" is the body that just spoke (a translation's pronoun).
            [p] if PERSON_PRONOUNS.contains(p) => {
                let here = self.subject_person_before(first);
                return remembered(here.or_else(|| memory.person(gender_of(p))).or_else(|| memory.last_body_speaker()));
            }
            [p] if BODY_PRONOUNS.contains(p) => return remembered(memory.body.or(memory.ministry).map(Who::Actor)),
            ["him"] => return remembered(memory.person(Some(Gender::Male))),
            // "I reaffirmed that we expect …" in a paragraph that goes on with someone's
            // quotation (wire copy opens each such paragraph with a quotation mark and closes
            // only the last): the person quoted, the last who spoke.
            ["i"] => return remembered(memory.quoting.clone()),
            ["we"] if self.says_we(first) => return remembered(memory.we().map(Who::Actor)),
            ["her"] => return remembered(memory.person(Some(Gender::Female))),
            _ => {}
        }
        // "This senior official also indicated": a demonstrative points back like "the".
        if DETERMINERS.contains(&words[0]) || core.len() == 1 {
            if STATE_BODIES.contains(&last) {
                // "The government said", "the military regime has accused", "The communist
                // nation also said": the state whose body or which itself spoke or was named
                // last (the Ministry of External Affairs stands for India).
                // With no body heard yet, the side of the one who spoke ("Petteri Orpo told a
                // press conference. … the government said in a statement").
                let state = memory.body.or(memory.ministry).map(|a| (self.side_of_actor)(a));
                let state = state.or_else(|| memory.last_speaker_side(self));
                return remembered(state.map(Who::Actor));
            }
            // "The Ministry of Foreign Affairs requested …" in a story whose ministries are
            // registered by country: the ministry, as "the ministry".
            let ministry_words = |w: &&str| matches!(*w, "of" | "foreign" | "external" | "affairs" | "state" | "the");
            let spelled_out =
                words.contains(&"ministry") && words.iter().all(|w| BODY_ROLES.contains(w) || ministry_words(w));
            if BODY_ROLES.contains(&last) || spelled_out {
                // "The Department likewise strongly protests" in the department's own release.
                // The last body named, unless it is of another side than the one that spoke and
                // the speaking side has a body of that name registered.
                let registered = memory.registered_body(&words, self);
                let speaking = memory.last_speaker_side(self);
                let own = |m: &ActorId| speaking.is_none_or(|side| (self.side_of_actor)(*m) == side);
                let ministry = memory.ministry.filter(own).or(registered).or(memory.ministry);
                return remembered(ministry.or(memory.body).or(memory.issuer).map(Who::Actor));
            }
            // "The spokesperson reaffirmed …" after "Ministry spokesperson Dina Mufti said": the
            // person the article gave that very role.
            let titled = memory.roles.iter().rev().find(|(r, _, _)| r == last).map(|(_, w, _)| w.clone());
            if SPOKESPERSONS.contains(&last) && titled.is_some() {
                return remembered(titled);
            }
            if PERSON_ROLES.contains(&last) {
                return remembered(
                    memory.spoke_person.as_ref().map(|(w, _)| w.clone()).or_else(|| memory.person(None)),
                );
            }
            // "a statement issued after the meeting said": the government body in the story;
            // "the statement said" after its spokesperson or envoy spoke: the body they serve.
            let side = |w: &Who| memory.side_of_who(w, self);
            let served = memory
                .ministry
                .filter(|&m| words[0] == "a" || memory.any.as_ref().and_then(side) == Some((self.side_of_actor)(m)));
            if is_text(last) && served.is_some() {
                return remembered(served.map(Who::Actor));
            }
            if ANY_ROLES.contains(&last) || is_text(last) {
                return remembered(memory.any.clone());
            }
        }
        // "Analysts say", "analysts express skepticism", "Iranians complained".
        let demonyms = core.len() == 1 && self.ws[first].is_capitalised(self.chars) && words[0].ends_with("ans");
        if crowd(last) || crowd(words[0]) || demonyms {
            return Reading::Found(Found::Generic);
        }
        if !self.ws[first].is_capitalised(self.chars) {
            return Reading::Apposition;
        }
        Reading::Found(Found::Unknown)
    }

    /// The speaker of the statement cued by word `cue`.
    pub fn speaker(&self, cue: usize, according: bool, memory: &Memory) -> Found {
        let n = self.ws.len();
        if according {
            // "according to Hayashi", "according to the spokesperson".
            let (a, b) = self.segment_after(cue + 1);
            return match self.read(a + 1, b, false, memory) {
                // "China downgraded its relations with Lithuania, according to China's Foreign
                // Ministry": what a side did, by its own body's account, is the side's act.
                Reading::Found(Found::Speaker(Who::Actor(agent))) => match self.main_subject(cue, memory) {
                    Found::Speaker(Who::Actor(actor)) if (self.side_of_actor)(actor) == (self.side_of_actor)(agent) => {
                        Found::Speaker(Who::Actor(actor))
                    }
                    _ => Found::Speaker(Who::Actor(agent)),
                },
                Reading::Found(found) => found,
                _ => Found::Unknown,
            };
        }
        // "a prospect hinted at by Kevin Hassett": only particles stand between; "said the move
        // by the Venezuelan National Assembly" names what was said about.
        let particle =
            |i: usize| matches!(self.lower[i].as_str(), "at" | "out" | "up" | "on" | "off" | "down" | "upon");
        // "responded by barring Venezuela's top diplomat": a gerund after "by" is the means.
        if let Some(by) = (cue + 1..(cue + 4).min(n)).find(|&i| self.lower[i] == "by")
            && (cue + 1..by).all(particle)
            && !self.lower.get(by + 1).is_some_and(|w| w.ends_with("ing"))
        {
            let (a, b) = self.segment_after(by);
            if let Some(who) = self.head(a + 1, b.min(a + 10), memory) {
                return Found::Speaker(who);
            }
        }
        // "Xinhua quoted Wang as saying", "ISNA quotes him as saying", "the ministry quoted Wang
        // saying": the one quoted.
        let quoted_end = if cue >= 2 && self.lower[cue - 1] == "as" {
            Some(cue - 1)
        } else {
            (cue >= 2 && self.lower[cue] == "saying").then_some(cue)
        };
        if let Some(end) = quoted_end {
            let quoted = (cue.saturating_sub(10)..end).rev().find(|&i| {
                matches!(self.lower[i].as_str(), "quoted" | "quotes" | "quoting" | "cited" | "cites" | "citing")
            });
            if let Some(q) = quoted.filter(|&q| q + 1 < end)
                && let Reading::Found(found) = self.read(q + 1, end, false, memory)
            {
                return found;
            }
            // "Gen. Ghassem Rezai was quoted as saying by the official IRNA": the subject of the
            // passive.
            if let Some(q) =
                quoted.filter(|&q| q + 1 == end && q >= 1 && BE_FORMS.contains(&self.lower[q - 1].as_str()))
            {
                let (a, _) = self.segment_before(q - 1);
                if let Some(who) = self.head(a, q - 1, memory) {
                    return Found::Speaker(who);
                }
            }
        }
        if self.lower[cue].ends_with("ing") {
            // "Tensions are escalating, with Beijing now threatening countermeasures": the
            // party that "with" brings in does what its participle says; not across a comma
            // ("… to promote business ties with Taiwan, saying …" is the subject's).
            let (a, _) = self.segment_before(cue);
            if let Some(with) = (a..cue).find(|&i| self.lower[i] == "with").filter(|_| !self.breaks[cue])
                && let Some(who) = self.head(with + 1, cue, memory)
            {
                return Found::Speaker(who);
            }
            return self.main_subject(cue, memory);
        }
        // A boundary right before the verb leaves it no subject words of its own.
        let (mut a, mut b) = if self.breaks[cue] { (cue, cue) } else { self.segment_before(cue) };
        // "…,” said a ministry spokesman", "…, said spokesman Saeed Khatibzadeh"; an act is not
        // inverted ("The MEA on Saturday, 25 March, summoned the High Commissioner of Canada").
        if a == b
            && reporting_verb(&self.lower[cue]).is_some()
            && let Some(end) = self.names_follow(cue)
            && let Found::Speaker(who) = self.inverted(cue, Some(end), memory)
        {
            return Found::Speaker(who);
        }
        // "she went on to say", "Zarif moved to reject": the subject stands before the verb
        // that leads to the reporting one.
        let verb = if b == cue { self.verb_group_start(a, cue) } else { cue };
        b = b.min(verb);
        // "… those of Iranian Foreign Minister Javad Zarif, who had said": a relative clause's
        // subject is the noun phrase it hangs on, the one right before its comma.
        if a > 0
            && matches!(self.core(a, b).first().map(|&i| self.lower[i].as_str()), Some("who"))
            && let (pa, pb) = self.segment_before(a)
            && let Reading::Found(found) = self.read(pa, pb, true, memory)
        {
            return found;
        }
        for _ in 0..4 {
            if self.describes_a_person_before(a, b, memory) {
                (a, b) = self.segment_before(a);
                continue;
            }
            match self.read(a, b, b == verb, memory) {
                Reading::Found(found) => return found,
                // "…, however, has repeatedly said", "Eric Reeves, one of …, said": the name
                // is further back, unless what is further back is quoted or nothing.
                Reading::Empty | Reading::Apposition if a > 0 && self.outside(self.ws[a - 1]) => {
                    (a, b) = self.segment_before(a);
                }
                Reading::Empty => return self.inverted(cue, None, memory),
                Reading::Apposition => return Found::Unknown,
            }
        }
        Found::Unknown
    }

    /// Where the verbs that lead to the reporting verb at `cue` begin ("went on to say",
    /// "moved to reject", "was quick to condemn"), within words `a..cue`; `cue` when none do.
    fn verb_group_start(&self, a: usize, cue: usize) -> usize {
        if cue < a + 2 || self.lower[cue - 1] != "to" {
            return cue;
        }
        let to = cue - 1;
        let w = |i: usize| self.lower[i].as_str();
        match (to.checked_sub(2).filter(|&i| i >= a).map(w), w(to - 1)) {
            (Some("went" | "go" | "goes" | "going"), "on") => to - 2,
            (Some("was" | "were" | "is" | "are"), "quick" | "swift" | "keen" | "eager" | "careful") => to - 2,
            (_, v) if LEADING_VERBS.contains(&v) => to - 1,
            _ => cue,
        }
    }

    /// "Eric Reeves, one of the leading American academic voices on Sudan, said": lower-case
    /// words, or a title, right after a person's name describe that person, whatever they
    /// mention.
    fn describes_a_person_before(&self, a: usize, b: usize, memory: &Memory) -> bool {
        // Lower-case, a title ("Malik Muhammad Ehsan Ullah, Chairman National Assembly
        // Standing Committee on Foreign Affairs, told") or an owner ("Paik Ji-ah, Seoul's top
        // envoy, expressed").
        let w = self.lower.get(a).map_or("", String::as_str);
        let owner = self.mentions_in(a, a + 1).first().is_some_and(|m| self.possessive(m));
        let describes =
            !self.ws.get(a).is_some_and(|x| x.is_capitalised(self.chars)) || PERSON_ROLES.contains(&w) || owner;
        if a == 0 || a >= b || !describes || !self.outside(self.ws[a - 1]) {
            return false;
        }
        // The name stands alone in its clause ("Eric Reeves, one of …"), not inside a phrase
        // ("According to a report by the New York Times, a US government official said").
        let (pa, pb) = self.segment_before(a);
        if !(pa..pb).all(|i| self.in_phrase(i)) {
            return false;
        }
        match self.head(pa, pb, memory) {
            Some(Who::Name(_)) => true,
            Some(Who::Actor(x)) => self.is_person(x),
            None => false,
        }
    }

    /// Where the name after the verb ends when the clause after it is a name with its titles
    /// ("said spokesman Saeed Khatibzadeh", "said a Chinese Foreign Ministry spokesman", "said
    /// Leila Zanganeh, a martial arts instructor", "said Finance Minister Arun Jaitley during a
    /// press briefing"), not the start of what was said ("said Washington's efforts had
    /// backfired").
    fn names_follow(&self, cue: usize) -> Option<usize> {
        let (a, b) = self.segment_after(cue + 1);
        let lower_ok = |i: usize| {
            let w = self.lower[i].as_str();
            TITLE_WORDS.contains(&w)
                || ANY_ROLES.contains(&w)
                || is_text(w)
                || PERSON_ROLES.contains(&w)
                || PERSON_PRONOUNS.contains(&w)
        };
        let end = (a..b).find(|&i| !self.ws[i].is_capitalised(self.chars) && !lower_ok(i)).unwrap_or(b);
        if end == a {
            return None;
        }
        if end < b {
            // The name, then where or when it was said.
            let adjunct =
                matches!(self.lower[end].as_str(), "during" | "at" | "in" | "on" | "after" | "before" | "while");
            let named = (a..end).any(|i| self.ws[i].is_capitalised(self.chars));
            return (adjunct && named).then_some(end);
        }
        // The name ends the sentence or a comma follows it; a quotation after it is what was said.
        let ends = b == self.ws.len() || {
            let gap = &self.chars[self.ws[b - 1].end..self.ws[b].start];
            gap.contains(&',') && !gap.iter().any(|c| matches!(c, '"' | '“' | '\''))
        };
        ends.then_some(b)
    }

    /// "…,” said a Chinese Foreign Ministry spokesman": the words after the verb, up to `end`
    /// when the name ends there.
    fn inverted(&self, cue: usize, end: Option<usize>, memory: &Memory) -> Found {
        if cue + 1 >= self.ws.len() {
            return Found::Unknown;
        }
        let (a, b) = self.segment_after(cue + 1);
        // "…, said Saudi Arabia’s foreign minister, Adel Al Jubeir": the name in apposition to
        // the role holds it.
        let titled = a < b && PERSON_ROLES.contains(&self.lower[b - 1].as_str()) && end.is_none_or(|e| e <= b);
        if titled && b < self.ws.len() {
            let (c, d) = self.segment_after(b);
            if let Some(who) = self
                .head(c, d, memory)
                .filter(|w| matches!(w, Who::Name(_)) || matches!(w, Who::Actor(x) if self.is_person(*x)))
            {
                return Found::Speaker(who);
            }
        }
        match self.read(a, end.unwrap_or(b), false, memory) {
            Reading::Found(found) => found,
            _ => Found::Unknown,
        }
    }

    /// The subject of the sentence's first clause that has one, for a participle.
    pub fn main_subject(&self, cue: usize, memory: &Memory) -> Found {
        let mut a = 0;
        while a < cue {
            let (_, b) = self.segment_after(a);
            let b = b.min(cue);
            match self.read(a, b, false, memory) {
                Reading::Found(Found::Speaker(who)) => return Found::Speaker(who),
                Reading::Found(Found::Generic) => return Found::Generic,
                _ => a = b,
            }
        }
        Found::Unknown
    }
}

enum Reading {
    Found(Found),
    /// No subject words at all.
    Empty,
    /// Lower-case words that describe a name given before them.
    Apposition,
}

impl Memory {
    /// The memory of an article issued by `issuer` (a ministry's own release), if known.
    /// `bodies`: the registered government bodies with the words of their names (`Context`).
    pub fn issued_by(issuer: Option<ActorId>, bodies: &[(ActorId, Vec<String>)]) -> Self {
        let spelled = |words: &[String]| words.iter().map(|w| one_spelling(w).to_owned()).collect();
        Self { issuer, registered: bodies.iter().map(|(a, words)| (*a, spelled(words))).collect(), ..Self::default() }
    }

    /// The one registered body of the side that spoke last whose names hold the role and every
    /// qualifier of `words` ("the foreign ministry": "Ministry of Foreign Affairs (Iraq)", whose
    /// alias is "Iraqi Foreign Ministry"), for a story that never named it.
    fn registered_body(&self, words: &[&str], s: &Sentence<'_>) -> Option<ActorId> {
        let side = self.last_speaker_side(s).or_else(|| self.body.map(|b| (s.side_of_actor)(b)))?;
        let words: Vec<&str> = words.iter().copied().filter(|w| !DETERMINERS.contains(w) && *w != "of").collect();
        let holds = |names: &[String], w: &str| names.iter().any(|n| n == one_spelling(w));
        let mut found = self
            .registered
            .iter()
            .filter(|(a, names)| (s.side_of_actor)(*a) == side && words.iter().all(|w| holds(names, w)));
        match (found.next(), found.next()) {
            (Some((a, _)), None) => Some(*a),
            _ => None,
        }
    }

    /// Notes the people the whole article introduces by a title (see
    /// `Sentence::titled_persons`) and the registered persons it names, read before its first
    /// sentence.
    pub fn read_ahead(&mut self, titled: Vec<(String, Who, Option<ActorId>)>, persons: impl Iterator<Item = ActorId>) {
        self.titled_ahead = titled;
        for p in persons {
            if !self.article_persons.contains(&p) {
                self.article_persons.push(p);
            }
        }
    }

    /// Notes the registered person the next sentence opens with, if any.
    pub fn next_sentence_opens_with(&mut self, person: Option<ActorId>) {
        self.next_opening_person = person;
    }

    /// The body that issued the article, or in a briefing transcript the actor whose turn it
    /// is: the voice of every sentence that quotes no one.
    pub fn issuer(&self) -> Option<ActorId> {
        match self.turn {
            Some(Turn::Speaker(a) | Turn::Answer(a)) => Some(a),
            _ => self.issuer,
        }
    }

    /// The actor whose turn it is in a briefing transcript, if one is.
    pub fn turn_speaker(&self) -> Option<ActorId> {
        match self.turn {
            Some(Turn::Speaker(a) | Turn::Answer(a)) => Some(a),
            _ => None,
        }
    }

    /// Whether the turn is a transcript's "A:", where each sentence is a claim of its own
    /// rather than a stance stated once per paragraph.
    pub fn answering(&self) -> bool {
        matches!(self.turn, Some(Turn::Answer(_)))
    }

    /// Whether a journalist's question is being read ("QUESTION: Why do you …"), which states
    /// nothing an analyst codes.
    pub fn asking(&self) -> bool {
        self.turn == Some(Turn::Question)
    }

    /// Notes a transcript's speaker label at the start of a paragraph ("MR PRICE:",
    /// "QUESTION:", "Q:"): whose turn it is until the next label.
    /// `surnamed` finds the person the article names elsewhere by a family name ("MR PRICE:"
    /// is the "Ned Price" of "Ned Price, Department Spokesperson").
    pub fn label(&mut self, s: &Sentence<'_>, surnamed: &dyn Fn(&str) -> Option<ActorId>) {
        let Some(colon) = (1..s.ws.len().min(8)).find(|&i| s.chars.get(s.ws[i - 1].end) == Some(&':')) else {
            return;
        };
        let words = &s.ws[..colon];
        let upper = |w: &Word| w.text(s.chars).chars().all(|c| !c.is_lowercase());
        // "Shri Randhir Jaiswal, Official Spokesperson: Good afternoon friends.": a registered
        // person, titled, in title case.
        let titled = || {
            let (from, to) = (words[0].start, words[colon - 1].end);
            let within =
                |m: &&&Mention| m.start >= from && m.end <= to && (s.kind_of)(m.actor) == Some(ActorKind::Person);
            // The label names a role ("Official Spokesperson"): "Ottawa: Liu Pengyu said …" is a
            // dateline, not a turn.
            let role = s.lower[..colon].iter().any(|w| is_role(w));
            s.mentions.iter().find(within).filter(|_| role && words.iter().all(|w| w.is_capitalised(s.chars)))
        };
        let named = if colon < 5 && words.iter().all(upper) {
            s.mentions.iter().find(|m| m.start <= words[0].start && words[colon - 1].end <= m.end)
        } else {
            match titled() {
                Some(person) => Some(person),
                None => return,
            }
        };
        let text = s.lower[..colon].join(" ");
        let honorific = matches!(s.lower[0].as_str(), "mr" | "ms" | "mrs" | "dr" | "madam" | "minister" | "ambassador");
        let surname = || (colon > 1 && honorific).then(|| surnamed(&s.lower[colon - 1])).flatten();
        self.turn = Some(match named.map(|m| m.actor).or_else(surname) {
            Some(actor) => Turn::Speaker(actor),
            None if matches!(text.as_str(), "question" | "q" | "questioner" | "reporter" | "journalist") => {
                Turn::Question
            }
            // "A:" in a ministry's transcript answers in the voice of the spokesperson its
            // headline names.
            None if matches!(text.as_str(), "a" | "answer") => self.headline_person.map_or(Turn::Other, Turn::Answer),
            None => Turn::Other,
        });
    }

    /// The side of an official whose title names none ("Foreign Affairs Minister Yvan Gil"):
    /// the side the headline opens with, the one the story is told from, else the dateline's.
    /// `titled_here`: the sentence gives them a role in an apposition ("Malik Muhammad Ehsan
    /// Ullah, Chairman National Assembly Standing Committee on Foreign Affairs, told").
    pub fn home_side_of(&self, name: &str, titled_here: bool) -> Option<ActorId> {
        let official = self.roles.iter().chain(&self.titled_ahead).any(|(_, w, _)| *w == Who::Name(name.to_owned()));
        self.home.filter(|_| official || titled_here)
    }

    /// Whom "we" stands for outside quotation marks: the body that issued the release, else
    /// the one its headline names, else the last government body named.
    pub fn we(&self) -> Option<ActorId> {
        self.turn_speaker().or(self.issuer).or(self.headline_body).or(self.ministry)
    }

    /// The previous sentence's speaker if it was a statement, else the last speaker of any kind.
    pub fn last_speaker(&self) -> Option<Who> {
        self.last.as_ref().map(|(w, _)| w.clone()).or_else(|| self.any.clone())
    }

    /// The last government body that spoke or was named, else the last state or organisation.
    pub fn last_body(&self) -> Option<ActorId> {
        self.ministry.or(self.body)
    }

    /// The side of the last person who spoke, if known.
    pub fn speaking_side(&self) -> Option<ActorId> {
        self.spoke_person.as_ref().and_then(|(_, side)| *side)
    }

    /// Notes what a headline names: its government body, the person a role introduces, and the
    /// side it opens with.
    pub fn headline(&mut self, s: &Sentence<'_>) {
        let government = |a: ActorId| (s.kind_of)(a) == Some(ActorKind::GovernmentBody);
        let named: Vec<ActorId> = s.mentions_in(0, s.ws.len()).into_iter().map(|m| m.actor).collect();
        self.headline_body = named.iter().copied().find(|&a| government(a));
        // The person a role introduces ("Foreign Ministry Spokesperson Hong Lei's Regular Press
        // Conference"), not one the headline is about ("Remarks on Donald Trump's Tariffs").
        let introduced = |m: &&Mention| {
            let at = s.word_at(m);
            (s.kind_of)(m.actor) == Some(ActorKind::Person) && at > 0 && is_role(&s.lower[at - 1])
        };
        self.headline_person = s.mentions_in(0, s.ws.len()).into_iter().find(introduced).map(|m| m.actor);
        // "Venezuela Reiterates the Truth About Essequibo": a headline that opens with a side
        // tells the story from it.
        let opens = s.mentions_in(0, 1).first().map(|m| m.actor);
        self.home = opens.map(|a| (s.side_of_actor)(a));
    }

    /// Notes the side a dateline names ("Hanoi (VNA) – …", "BEIJING, June 5 (Reuters) -"),
    /// where the story was filed, when the headline did not open with one.
    /// `named_elsewhere` finds the actor a place written in capitals stands for ("BEIJING" is
    /// the "Beijing" the article names elsewhere), since aliases keep their case.
    pub fn dateline(&mut self, s: &Sentence<'_>, named_elsewhere: &dyn Fn(&str) -> Option<ActorId>) {
        let capitals = |w: &Word| w.text(s.chars).chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
        let place = match s.mentions_in(0, 1).first() {
            Some(m) => Some((m.actor, m.end)),
            None => [2, 1].into_iter().filter(|&n| n <= s.ws.len() && s.ws[..n].iter().all(capitals)).find_map(|n| {
                let text: Vec<String> = s.ws[..n].iter().map(|w| w.text(s.chars)).collect();
                named_elsewhere(&text.join(" ")).map(|a| (a, s.ws[n - 1].end))
            }),
        };
        let Some((actor, end)) = place else { return };
        let rest: String = s.chars[end..s.chars.len().min(end + 40)].iter().collect();
        let Some(dash) = rest.find(['–', '—', '-']) else { return };
        let mut plain = String::new();
        let mut depth = 0;
        for c in rest[..dash].chars() {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ if depth == 0 => plain.push(c),
                _ => {}
            }
        }
        let capitalised = |w: &str| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        if plain.split([' ', ',']).filter(|w| !w.is_empty()).all(capitalised) {
            self.home = self.home.or(Some((s.side_of_actor)(actor)));
        }
    }

    /// The person "he" or "she" (or, with no gender, "the minister") stands for. "She" is the
    /// last person the text called a woman ("Foreign Ministry spokeswoman Hua Chunying said …
    /// Wang is due to meet Kerry … she said" is Hua), as the marked case. Otherwise it is the
    /// person the sentence before was about ("Zarif accused Pompeo …. '…,' he told state
    /// television"), unless the text gave them the other gender, else the last person of that
    /// gender, else the last of unknown gender.
    fn person(&self, gender: Option<Gender>) -> Option<Who> {
        let last = |want: Option<Gender>| self.persons.iter().rev().find(|(_, g)| *g == want).map(|(w, _)| w.clone());
        if gender == Some(Gender::Female)
            && let Some(woman) = last(gender)
        {
            return Some(woman);
        }
        let previous = self.previous.as_ref().and_then(|p| self.persons.iter().rev().find(|(w, _)| w == p));
        if let Some((who, known)) = previous
            && (gender.is_none() || known.is_none() || *known == gender)
        {
            return Some(who.clone());
        }
        match gender {
            Some(_) => last(gender).or_else(|| last(None)),
            None => self.persons.last().map(|(w, _)| w.clone()),
        }
    }

    /// Puts `who` last among the persons, keeping the gender known before unless told one.
    fn met(&mut self, who: Who, gender: Option<Gender>) {
        let known = self.persons.iter().position(|(w, _)| *w == who).map(|i| self.persons.remove(i).1);
        self.persons.push((who, gender.or(known.flatten())));
    }

    /// The side a speaker who is no actor was given by their title earlier.
    pub fn side_of(&self, name: &str) -> Option<ActorId> {
        self.sides.iter().rev().find(|(n, _)| n == name).map(|(_, a)| *a)
    }

    /// The side `who` speaks for, at the top of "acts for": an actor's own, a named person's from
    /// their title in `s` or in an earlier sentence.
    fn side_of_who(&self, who: &Who, s: &Sentence<'_>) -> Option<ActorId> {
        match who {
            Who::Actor(a) => Some((s.side_of_actor)(*a)),
            Who::Name(n) => s.side_of(n).or_else(|| self.side_of(n)).map(|a| (s.side_of_actor)(a)),
        }
    }

    /// The side of whoever spoke in the sentence just before.
    fn last_speaker_side(&self, s: &Sentence<'_>) -> Option<ActorId> {
        self.last.as_ref().and_then(|(w, _)| self.side_of_who(w, s))
    }

    /// The body that spoke in the sentence just before, if one did and no person was met yet.
    fn last_body_speaker(&self) -> Option<Who> {
        let spoke = self.last.as_ref().map(|(w, _)| w.clone());
        spoke.filter(|w| self.persons.is_empty() && matches!(w, Who::Actor(a) if Some(*a) == self.body))
    }

    /// What `who` did in the sentence just before, if they spoke there and did more than comment.
    pub fn act_of(&self, who: &Who) -> Option<Act> {
        self.last.as_ref().filter(|(w, a)| w == who && *a != Act::Comment).map(|(_, a)| *a)
    }

    /// Remembers who spoke in a sentence and how, or else the first person it names.
    pub fn update(&mut self, s: &Sentence<'_>, spoken: Option<&Spoken>) {
        // "Carlos Holmes Trujillo expressed the following on behalf of the National Government:":
        // the text that follows is a release in that person's voice.
        let introduces = s.lower.windows(2).any(|w| w[0] == "the" && w[1] == "following");
        if let Some(Spoken { who: Who::Actor(a), .. }) = spoken
            && introduces
            && s.is_person(*a)
        {
            self.issuer = Some(*a);
        }
        // The side comes from the title by the name, or from the role phrase that stood for
        // the person ("The Chinese Foreign Ministry spokesperson said").
        if let Some(Spoken { who: Who::Name(name), side, .. }) = spoken
            && let Some(side) = s.side_of(name).or(*side)
        {
            self.sides.push((name.clone(), side));
        }
        self.last = spoken.map(|x| (x.who.clone(), x.act));
        let government = |a: ActorId| (s.kind_of)(a) == Some(ActorKind::GovernmentBody);
        if let Some(m) = s.mentions_in(0, s.ws.len()).into_iter().rfind(|m| government(m.actor)) {
            self.ministry = Some(m.actor);
        }
        if let Some(Spoken { who: Who::Actor(a), .. }) = spoken
            && government(*a)
        {
            self.ministry = Some(*a);
        }
        let speaker = spoken.map(|x| &x.who);
        let titled = s.titled_persons();
        // "Canada said it had kicked out an Indian diplomat, who foreign affairs minister
        // Mélanie Joly described as …": an official whose title names no side, introduced in
        // what a state or body says, is of that side.
        if let Some(Spoken { who: Who::Actor(a), side: Some(side), .. }) = spoken
            && !s.is_person(*a)
        {
            for (_, who, title_side) in &titled {
                if let (Who::Name(name), None) = (who, title_side)
                    && self.side_of(name).is_none()
                {
                    self.sides.push((name.clone(), *side));
                }
            }
        }
        self.roles.extend(titled);
        let outside: Vec<Word> = s.ws.iter().copied().filter(|w| s.outside(*w)).collect();
        for name in full_names(s.chars, &outside, &|w| s.covered(w)) {
            // Whoever a title introduces keeps its side ("Ministry of Foreign Affairs
            // spokesperson Wang Wenbin made the remarks"; later "Wang said").
            if let Some(side) = s.side_of(&name) {
                self.sides.push((name.clone(), side));
            }
            if !self.names.contains(&name) {
                self.names.push(name);
            }
        }
        match speaker {
            Some(who) => {
                self.any = Some(who.clone());
                match who {
                    Who::Actor(a) if !s.is_person(*a) => {
                        self.body = Some(*a);
                        // "Russia condemns …, Kremlin Spokesman Dmitry Peskov announced": a
                        // later "he" is the person named, the one of the side that spoke when
                        // the sentence also names the other side's ("The Malaysian government
                        // has declared North Korean envoy Kang Chol …, said Foreign Minister
                        // Anifah Aman").
                        let own = (s.side_of_actor)(*a);
                        let side = |p: &Who| self.side_of_who(p, s);
                        let persons = named_persons(s, &outside);
                        let of_own_side = persons.iter().find(|p| side(p) == Some(own)).cloned();
                        // "Foreign Office Spokesperson said …. He said …": the body's voice goes
                        // on, unless a person of the body's side is named.
                        let spokesperson = s.unnamed_spokesperson(&outside);
                        if let Some(i) = spokesperson.filter(|_| of_own_side.is_none()) {
                            self.met(who.clone(), gender_of(&s.lower[i]));
                            self.previous = Some(who.clone());
                            self.spoke_person = Some((who.clone(), Some(own)));
                        } else if let Some(person) = of_own_side.or_else(|| persons.into_iter().next()) {
                            self.met(person.clone(), None);
                            self.previous = Some(person);
                        }
                    }
                    _ => {
                        if !s.quoted.is_empty() {
                            self.quoting = Some(who.clone());
                        }
                        let gender =
                            (0..s.ws.len()).filter(|&i| s.outside(s.ws[i])).find_map(|i| gender_of(&s.lower[i]));
                        self.met(who.clone(), gender);
                        self.previous = Some(who.clone());
                        self.spoke_person = Some((who.clone(), spoken.and_then(|x| x.side)));
                    }
                }
            }
            None => {
                // "After holding talks with Mr Tillerson, Saudi Foreign Minister Adel al-Jubeir
                // was asked …. He replied": the person a preposition brings in is not what the
                // sentence is about.
                let persons = named_persons(s, &outside);
                let free = persons.iter().find(|p| !s.after_preposition(p)).cloned();
                if let Some(who) = free.or_else(|| persons.into_iter().next()) {
                    self.met(who.clone(), None);
                    self.previous = Some(who);
                }
            }
        }
    }
}

/// The persons a sentence names outside quotations: actors first, then full names of people
/// who are no actors yet, each in order.
fn named_persons(s: &Sentence<'_>, outside: &[Word]) -> Vec<Who> {
    let actors = s.persons_named().into_iter().map(Who::Actor);
    let names = full_names(s.chars, outside, &|w| s.covered(w)).into_iter().map(Who::Name);
    let mut out: Vec<Who> = Vec::new();
    for who in actors.chain(names) {
        if !out.contains(&who) {
            out.push(who);
        }
    }
    out
}
