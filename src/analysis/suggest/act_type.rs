//! The event type of a reported statement, chosen as a CAMEO coder chooses it: from the
//! statement's predicates, not from the reporting verb alone. "said" reports whatever the
//! clause under it does, so every predicate of the sentence is read, and the most hostile act
//! it makes wins (coders code the sharpest act a statement makes); a cooperative act only when
//! it makes no hostile one, Comment only when it makes none. Words of blame decide only when
//! the reporting verb says nothing ("thanked members who stood against an illegal request"
//! thanks). The speaker's side matters (`Statement::own`): what another party does or denies is
//! not the speaker's act.
//!
//! - **Reject**: the speaker's side refusing, denying, opposing or leaving a pact ("firmly
//!   opposes", "will not accept", "withdrew from the agreement"), and judgements that reject
//!   ("inadmissible", "baseless"). A negated verb does nothing ("neither confirmed nor denied").
//! - **Threaten**: the speaker's side *will*, *would*, *could* or *may* respond, retaliate or
//!   take measures ("will take proper measures in response", "would respond firmly", "will not
//!   leave … without a commensurate response", "would not rule out"); another party *will
//!   regret* or *face consequences*. Modality is what makes a sanction a threat rather than an
//!   imposition. A threat that names force is a threat of force; force named without a threat
//!   ("abused its military force") is none. "warned of" another's intentions accuses.
//! - **Sanction / Restrict / Military posture / De-escalate**: only what the speaker's own side
//!   does ("China opposes the US sanctions" is a rejection): imposing sanctions or tariffs;
//!   expelling diplomats or downgrading relations (CAMEO 16); export controls, bans, curbs;
//!   patrols, drills, deployments; suspending, lifting or easing measures or a dispute (also
//!   as an announced intent, "will suspend").
//! - **Demand or Appeal**: telling another what to do ("called on", "urged", "pressed X to",
//!   "pushed for", "we expect X to", "invite X to", "X would need to", "the two sides should"):
//!   an appeal when what is asked is cooperative (dialogue, peaceful coexistence, restraint)
//!   and asks nobody to stop, a demand otherwise; "hopes X …" is an appeal.
//! - **Promise**: offering talks or help ("offered high-level talks", "will continue to provide
//!   assistance"): CAMEO 03, intent to cooperate.
//! - **Accuse**: a negative judgement of another's conduct ("violated", "destabilise",
//!   "escalated tensions", "under the guise of", "summoned", "a diversion").
//!
//! The rules read lower-case words and take every content word from a [`Lexicon`]
//! ([`ENGLISH`] in `act_type/english.rs`), so another language's statements can be typed by
//! the same rules with a lexicon of its own. Only the test for armed force (`names_force`:
//! "use force", "military action", a war that is no trade war) still reads English words
//! directly.

mod english;

pub use english::ENGLISH;

use super::verbs::{Act, DELIVERED_WITHIN};

/// The words that carry each rule, in one language. A pattern ending in `*` is a stem.
pub struct Lexicon {
    /// The act of a reporting verb ("accusing", "warned"), if the word is one.
    pub reporting: fn(&str) -> Option<Act>,
    /// Whether a verb-like word is a noun after the word before it ("a stern warning").
    pub noun_use: fn(Option<&str>) -> bool,
    /// Whether a plain verb delivers a statement ("lodged"), and the act of the statement noun
    /// it delivers ("a protest").
    pub delivering: fn(&str) -> bool,
    pub delivered: fn(&str) -> Option<Act>,
    /// The act a set phrase of the whole sentence makes ("countermeasures", "means war").
    pub phrase: fn(&str) -> Option<Act>,
    /// Function words the rules read: what follows a verb of asking ("to", "for"), a verb of
    /// calling ("on", "for"), a pact's exit ("from", "of") and a warning that alerts ("of",
    /// "about"); passive auxiliaries ("was", "been"); "need" and its "to"; "leave" (asked to);
    /// what a negated threat leaves "without" an answer.
    pub asked_to: &'static [&'static str],
    pub called_on: &'static [&'static str],
    pub left_from: &'static [&'static str],
    pub alerting: &'static [&'static str],
    pub passive: &'static [&'static str],
    pub needing: &'static [&'static str],
    pub infinitive: &'static [&'static str],
    pub leaving: &'static [&'static str],
    pub unanswered: &'static [&'static str],
    /// Verbs of warning, which alert rather than threaten when "of" another's intentions.
    pub warning: &'static [&'static str],
    /// What another party will come to regret: a threat in itself.
    pub regretting: &'static [&'static str],
    /// Words that negate the verb after them.
    pub negators: &'static [&'static str],
    /// Verbs of acceptance, which negated reject ("will not accept").
    pub acceptance: &'static [&'static str],
    /// Verbs of refusal or denial, which reject when the speaker's side does them.
    pub rejecting: &'static [&'static str],
    /// Judgements that reject what they judge ("inadmissible", "baseless").
    pub rejection: &'static [&'static str],
    /// Verbs of leaving a pact, and the pacts left ("withdrew from the agreement").
    pub quitting: &'static [&'static str],
    pub pacts: &'static [&'static str],
    /// Modal and future auxiliaries that make an act announced a threat.
    pub modals: &'static [&'static str],
    /// Verbs that, negated after a modal, leave a response open ("will not rule out", "would
    /// not hesitate to", "will never renounce").
    pub forgoing: &'static [&'static str],
    /// Verbs of what another will suffer ("will regret", "will face consequences"), and the
    /// penalties after them.
    pub suffering: &'static [&'static str],
    pub penalties: &'static [&'static str],
    /// Verbs that are a response in themselves ("will retaliate").
    pub responses: &'static [&'static str],
    /// Verbs that take a measure named after them ("will take measures", "may choose to cut off").
    pub taking: &'static [&'static str],
    /// The measures a threat promises.
    pub measures: &'static [&'static str],
    /// Words that press another party to act ("pressed X to", "pushed for"): a demand.
    pub demanding: &'static [&'static str],
    /// Words that ask another party to act ("urged", "invite X to"): a demand, or an appeal
    /// when what is asked is cooperative.
    pub asking: &'static [&'static str],
    /// Words that call on another party, or for something, with "on" or "for" after them.
    pub calling: &'static [&'static str],
    /// Words that tell the party named before them what it has to do ("Washington should …").
    pub obliging: &'static [&'static str],
    /// Plural parties told what to do with no name ("the two sides should", "all parties must").
    pub parties: &'static [&'static str],
    /// Words that offer the speaker's own cooperation ("offered talks", "ready to negotiate").
    pub offering: &'static [&'static str],
    /// Words that hope another party acts: an appeal.
    pub hoping: &'static [&'static str],
    /// What a cooperative appeal asks for.
    pub cooperative: &'static [&'static str],
    /// What a demand asks to end.
    pub stopping: &'static [&'static str],
    /// Words of negative judgement of another's conduct.
    pub accusation: &'static [&'static str],
    /// Verbs that raise what follows ("increased tensions").
    pub raising: &'static [&'static str],
    /// Tension words that a raising verb makes an accusation.
    pub tension: &'static [&'static str],
    /// What a modal promises to give ("will continue to provide assistance").
    pub help: &'static [&'static str],
    /// Verbs that cut diplomatic relations, and what they cut ("expelled a diplomat",
    /// "downgraded its relations"): CAMEO 16, the taxonomy's sanction.
    pub reducing: &'static [&'static str],
    pub reduced: &'static [&'static str],
    /// Verbs that call an envoy in to protest ("summoned the ambassador") and that order one out
    /// ("ordered … to leave"), for an act announced with no reporting verb.
    pub summoning: &'static [&'static str],
    /// Possessives that make a summoned envoy the summoner's own ("summoned its ambassador"):
    /// a recall ("they summoned our ambassador" is another side's, so "our" is none).
    pub own_possessives: &'static [&'static str],
    /// The modals that announce a decision ("will withdraw its ambassador").
    pub deciding: &'static [&'static str],
    /// Verbs that pledge what follows with "to", as a modal does ("vowed to retaliate").
    pub vowing: &'static [&'static str],
    /// "declared … persona non grata": a verb of declaring and the status that expels.
    pub declaring: &'static [&'static str],
    pub unwelcome: &'static [&'static str],
    pub ordering: &'static [&'static str],
    /// The verbs of imposing that announce a measure by themselves ("slapped tariffs on"), not
    /// the ones that often tell its history ("extended", "introduced", "tightened").
    pub enacting: &'static [&'static str],
    /// Words that open a clause of background to another act ("after", "since").
    pub backdrop: &'static [&'static str],
    /// Verbs that put a measure in place, with the nouns of each kind of measure.
    pub imposing: &'static [&'static str],
    pub sanctions: &'static [&'static str],
    pub restrictions: &'static [&'static str],
    /// Verbs of a military show of force ("patrolled"), and plain verbs with its nouns
    /// ("conducted drills").
    pub posture: &'static [&'static str],
    pub showing: &'static [&'static str],
    pub shows: &'static [&'static str],
    /// Verbs that ease a measure or drop a dispute, with what they ease.
    pub easing: &'static [&'static str],
    pub eased: &'static [&'static str],
}

/// One statement to type: its lower-case words and what the reporting verb says on its own.
pub struct Statement<'a> {
    pub words: &'a [String],
    /// The act of the reporting verb ("accused" accuses; "said" comments).
    pub reported: Act,
    /// Whether the one who acts at word `i` (the subject before it) is the speaker's own side:
    /// `Some(true)` for "we", "it" or an actor on the speaker's side, `Some(false)` for another
    /// party, `None` when the words do not say.
    pub own: &'a dyn Fn(usize) -> Option<bool>,
}

/// Whether `word` matches `pattern` (a word, a stem ending in `*`, or a suffix starting with `*`).
fn is(word: &str, pattern: &str) -> bool {
    match (pattern.strip_suffix('*'), pattern.strip_prefix('*')) {
        (Some(stem), _) => word.starts_with(stem),
        (None, Some(suffix)) => word.ends_with(suffix) && word.len() > suffix.len(),
        (None, None) => word == pattern,
    }
}

fn any(word: &str, patterns: &[&str]) -> bool {
    patterns.iter().any(|p| is(word, p))
}

/// The first word in `words[from..from + span]` matching one of `patterns`.
fn within(words: &[String], from: usize, span: usize, patterns: &[&str]) -> Option<usize> {
    (from..(from + span).min(words.len())).find(|&j| any(&words[j], patterns))
}

/// The act the statement makes, by the rules in this file's header.
pub fn act_type(lex: &Lexicon, st: &Statement<'_>) -> Act {
    let found = acts(lex, st);
    let hostile = found.iter().copied().filter(|a| a.strength() > 1).max_by_key(|a| a.strength());
    // The reporting verb is among the words: what it asks for tells its demand from an appeal.
    let appeals = found.contains(&Act::Appeal) && !found.contains(&Act::Demand);
    // "warned of the intentions of the United States", "warning that … is unfortunate" point at
    // another's conduct (the verb is read so in `acts`); a warning is a threat when it says what
    // the speaker will do.
    let alerts = st.words.windows(2).any(|p| any(&p[0], lex.warning) && any(&p[1], lex.alerting));
    let threatens = found.iter().any(|a| matches!(a, Act::Threaten | Act::ThreatenForce));
    let reported = match st.reported {
        Act::Demand if appeals => Some(Act::Appeal),
        Act::Threaten if alerts && !threatens => Some(Act::Accuse),
        Act::Comment => None,
        r => Some(r),
    };
    let cooperative = reported.into_iter().chain(found.iter().copied()).find(|a| a.strength() >= 1);
    match (reported, hostile) {
        // Words of blame colour a statement; they decide its type only when its verb says
        // nothing ("thanked members who had stood against America's illegal request" thanks).
        (Some(r), Some(Act::Accuse)) => r,
        (Some(r), Some(h)) if r.strength() >= h.strength() => r,
        (_, Some(h)) => h,
        _ => cooperative.unwrap_or(Act::Comment),
    }
}

/// Every act the statement's predicates make, in the order found.
fn acts(lex: &Lexicon, st: &Statement<'_>) -> Vec<Act> {
    let w = st.words;
    let mut out = Vec::new();
    // Where the threats the statement makes are, to tell whether they name force.
    let mut threats = Vec::new();
    for i in 0..w.len() {
        let own = (st.own)(i);
        let next = |span: usize, patterns: &[&str]| within(w, i + 1, span, patterns);
        // Telling another is a verb with "to" or "for" after it ("pressed China to", "push
        // for"); "a press conference" tells no one.
        let tells = || next(5, lex.asked_to).is_some();
        // A negated acceptance, a refusal or an exit from a pact by the speaker's side, or a
        // judgement that rejects.
        let quits = any(&w[i], lex.quitting) && next(2, lex.left_from).is_some() && next(6, lex.pacts).is_some();
        // "has neither confirmed nor denied" denies nothing; "did not accuse" accuses no one.
        let negated = (i.saturating_sub(2)..i).any(|j| any(&w[j], lex.negators));
        // "which was largely opposed by the international community" is others' rejection.
        let passive = (i.saturating_sub(2)..i).any(|j| any(&w[j], lex.passive));
        let denied = any(&w[i], lex.rejecting) && !negated && !passive;
        let refuses = any(&w[i], lex.negators) && next(3, lex.acceptance).is_some() || denied;
        if (refuses || quits) && own != Some(false) || any(&w[i], lex.rejection) {
            out.push(Act::Reject);
        }
        // Another party leaving a pact is blamed for it.
        if quits && own == Some(false) {
            out.push(Act::Accuse);
        }
        // What the speaker does besides the reporting verb ("responded …, accusing them of"),
        // and a statement delivered inside the reported clause ("said it has lodged a protest").
        let previous = i.checked_sub(1).map(|p| w[p].as_str());
        // A participle ("…, accusing them of") is the sentence subject's; a finite verb in the
        // reported clause its own subject's ("major powers dismissed" is theirs).
        let speakers = own == Some(true) || w[i].ends_with("ing");
        let verb = (lex.reporting)(&w[i])
            .filter(|a| *a != Act::Comment && !(lex.noun_use)(previous) && speakers && !negated)
            // "urged Washington to return to dialogue" appeals; "warned of the intentions of"
            // another alerts to its conduct, and is no threat of the speaker's own.
            .map(|a| match a {
                Act::Demand => asks(lex, w, i + 1, a),
                Act::Threaten if next(1, lex.alerting).is_some() => Act::Accuse,
                a => a,
            });
        let delivered = || {
            (lex.delivering)(&w[i])
                .then(|| (i + 1..(i + 1 + DELIVERED_WITHIN).min(w.len())).find_map(|j| (lex.delivered)(&w[j])))
                .flatten()
        };
        // A participle adds a sharper act ("…, accusing them of"), not a courtesy ("…, welcoming
        // German Foreign Minister Heiko Maas") nor, after a verb that says what is done, a call
        // on others ("…, urging allies to").
        let side_act = |a: &Act| match a {
            Act::Demand | Act::Appeal => st.reported == Act::Comment,
            a => a.strength() > 1,
        };
        out.extend(verb.or_else(|| delivered().filter(|_| speakers)).filter(|a| !w[i].ends_with("ing") || side_act(a)));
        // "will come to regret", "will face consequences", "make them pay a price": what
        // another party will suffer is the speaker's threat, whoever the subject.
        if any(&w[i], lex.modals) && next(1, lex.negators).is_none() {
            let suffers = next(5, lex.suffering)
                .is_some_and(|v| any(&w[v], lex.regretting) || within(w, v + 1, 6, lex.penalties).is_some());
            if suffers {
                out.push(Act::Threaten);
                threats.push(i);
            }
        }
        // The speaker's side will respond or take measures ("vowing to respond" as well);
        // another party's future is no threat of the speaker's.
        let vows = any(&w[i], lex.vowing) && next(1, lex.infinitive).is_some();
        if (any(&w[i], lex.modals) || vows) && own != Some(false) {
            let negated = next(1, lex.negators).is_some();
            let responds = next(5, lex.responses).is_some();
            let takes = next(5, lex.taking).is_some_and(|t| within(w, t + 1, 6, lex.measures).is_some());
            // "will not leave … without a commensurate response" is still a threat.
            let unanswered = negated && (next(12, lex.unanswered).is_some() || next(4, lex.forgoing).is_some());
            if (responds || takes) && !negated || unanswered {
                out.push(Act::Threaten);
                threats.push(i);
            }
            // "will continue to provide security assistance": CAMEO 03, intent to help.
            if !negated && next(6, lex.help).is_some() {
                out.push(Act::Promise);
            }
        }
        if any(&w[i], lex.demanding) && tells() || any(&w[i], lex.needing) && next(1, lex.infinitive).is_some() {
            out.push(Act::Demand);
        }
        // "criticized China's expansion …, urging allies to …": a participle after a verb that
        // says what the statement does is another act, aimed at others.
        let aside = w[i].ends_with("ing") && st.reported != Act::Comment;
        let others = own == Some(false) || previous.is_some_and(|p| any(p, lex.parties));
        // "called on Washington to", "calls for restraint".
        let calls = any(&w[i], lex.calling) && next(1, lex.called_on).is_some();
        // An aside that asks someone to stop or leave ("…, calling for a swift exit") still
        // demands it of the one the statement is against.
        let asking = any(&w[i], lex.asking) && tells() || calls;
        if asking && (!aside || asks_to_stop(lex, w, i + 1)) || any(&w[i], lex.obliging) && others {
            out.push(asks(lex, w, i + 1, Act::Demand));
        }
        // "offered high-level talks", "is ready to negotiate": CAMEO 036, intent to meet.
        if any(&w[i], lex.offering) && own != Some(false) && next(10, lex.cooperative).is_some() {
            out.push(Act::Promise);
        }
        if any(&w[i], lex.hoping) {
            out.push(asks(lex, w, i + 1, Act::Appeal));
        }
        if any(&w[i], lex.accusation) || any(&w[i], lex.raising) && next(3, lex.tension).is_some() {
            out.push(Act::Accuse);
        }
        if own == Some(true) {
            out.extend(measure(lex, w, i));
        }
        // "The concerned diplomat has been asked to leave": an expulsion.
        if any(&w[i], lex.asking) && previous.is_some_and(|p| any(p, lex.passive)) && next(2, lex.leaving).is_some() {
            out.push(Act::Sanction);
        }
    }
    // The table of phrases in verbs.rs ("countermeasures", "talks", "means war").
    out.extend((lex.phrase)(&w.join(" ")));
    // A threat that names force is one of force; force named outside a threat ("abused its
    // military force") is none.
    let forceful = threats.iter().any(|&t| names_force(w, t, t + 12))
        || st.reported == Act::Threaten && names_force(w, 0, w.len());
    if forceful {
        out.push(Act::ThreatenForce);
    }
    out
}

/// Whether `words[from..to]` name armed force: "use force", "military force", "military
/// action", "armed", a war that is no trade war.
fn names_force(w: &[String], from: usize, to: usize) -> bool {
    let before = |j: usize| j.checked_sub(1).map_or("", |p| w[p].as_str());
    (from..to.min(w.len())).any(|j| match w[j].as_str() {
        "force" => matches!(before(j), "use" | "military" | "armed" | "of"),
        "war" => {
            !matches!(before(j), "trade" | "tariff" | "price" | "currency" | "tech" | "chip" | "cold")
                && !w.get(j + 1).is_some_and(|n| matches!(n.as_str(), "exercises" | "games" | "drills" | "readiness"))
        }
        "action" | "strike" | "strikes" => before(j) == "military",
        _ => false,
    })
}

/// What telling another party to act at `from` asks: an appeal for cooperation that asks
/// nobody to stop, else `default` (a demand, or the appeal of a hope).
fn asks(lex: &Lexicon, w: &[String], from: usize, default: Act) -> Act {
    let cooperates = (from..(from + 8).min(w.len())).any(|j| any(&w[j], lex.cooperative));
    match (asks_to_stop(lex, w, from), cooperates) {
        (true, _) => Act::Demand,
        (false, true) => Act::Appeal,
        (false, false) => default,
    }
}

/// Whether what is asked at `from` is to stop or leave ("to stop its provocations", "for a
/// swift exit").
fn asks_to_stop(lex: &Lexicon, w: &[String], from: usize) -> bool {
    (from..(from + 8).min(w.len())).any(|j| any(&w[j], lex.stopping))
}

/// The measure the speaker's side takes at word `i`, if it takes one there. A sanction or a
/// show of force it only will take is a threat (the modal rule's); easing it will do is a
/// de-escalation announced; one it will not take is none.
fn measure(lex: &Lexicon, w: &[String], i: usize) -> Option<Act> {
    let before = i.saturating_sub(3)..i;
    let modal = before.clone().any(|j| any(&w[j], lex.modals));
    if before.clone().any(|j| any(&w[j], lex.negators)) {
        return None;
    }
    let object = |patterns: &[&str]| within(w, i + 1, 5, patterns).is_some();
    if any(&w[i], lex.easing) && object(lex.eased) {
        return Some(Act::Deescalate);
    }
    if modal {
        return None;
    }
    if any(&w[i], lex.reducing) && object(lex.reduced) || declares_unwelcome(lex, w, i) {
        return Some(Act::Sanction);
    }
    if any(&w[i], lex.imposing)
        && let Some(act) = imposed(lex, w, i)
    {
        return Some(act);
    }
    // A show the side made, not one it plans or suffers ("to be dispatched").
    let passive = i.checked_sub(1).is_some_and(|p| any(&w[p], lex.passive));
    (!passive && (any(&w[i], lex.posture) || shows_force(lex, w, i, 3))).then_some(Act::Posture)
}

/// Whether the verb at `i` sends, holds or deploys a show of force within `span` words after
/// it ("conducted drills", "has sent thousands of troops", "despatched two patrol boats").
fn shows_force(lex: &Lexicon, w: &[String], i: usize, span: usize) -> bool {
    (any(&w[i], lex.showing) || any(&w[i], lex.posture)) && within(w, i + 1, span, lex.shows).is_some()
}

/// "declared the ambassador persona non grata": an expulsion.
fn declares_unwelcome(lex: &Lexicon, w: &[String], i: usize) -> bool {
    // "declared Hrvoje Snajder, first secretary at the Croatian Embassy, persona non grata".
    any(&w[i], lex.declaring) && within(w, i + 1, 12, lex.unwelcome).is_some()
}

/// The measure a finite verb at word `i` announces by itself, with no reporting verb:
/// "Somalia has recalled its ambassador", "Thailand expelled the Cambodian envoy", "imposed
/// sanctions on", "summoned the chargé d'affaires". Event coders code these acts whoever
/// reports them, so they are statements to suggest. The object decides ("recalled that …" is
/// memory, "expelled migrants" no diplomacy). Only a measure taken counts: a participle
/// ("…, recalling its envoy") is an aside of another verb, and one after "to" or a modal ("if
/// the US moves to impose sanctions", "will expel") is planned or feared, not announced.
pub fn announced_measure(lex: &Lexicon, w: &[String], i: usize) -> Option<Act> {
    // "Australia will withdraw its ambassador" is decided; "would", "could" and "may" are not.
    // "Pakistan has decided to recall its ambassador" is decided too.
    let decided = i >= 2 && w[i - 1] == "to" && matches!(w[i - 2].as_str(), "decided" | "decides");
    let planned = !decided
        && i.checked_sub(1).is_some_and(|p| w[p] == "to" || any(&w[p], lex.modals) && !any(&w[p], lex.deciding));
    // "His comments came a month after four countries severed ties": background to another
    // statement, not an announcement.
    let background = (i.saturating_sub(6)..i).any(|j| any(&w[j], lex.backdrop));
    if w[i].ends_with("ing") || planned || background {
        return None;
    }
    let object = |patterns: &[&str]| within(w, i + 1, 5, patterns).is_some();
    if any(&w[i], lex.reducing) && object(lex.reduced) || declares_unwelcome(lex, w, i) {
        return Some(Act::Sanction);
    }
    // "summoned Surkis on Monday in protest of the map": an envoy named only by name.
    let in_protest = || within(w, i + 1, 10, &["protest"]).is_some();
    if any(&w[i], lex.summoning) && (object(lex.reduced) || in_protest()) {
        // "Kenya has summoned its Ambassador to Somalia": its own envoy, home, is a recall.
        let recall = w.get(i + 1).is_some_and(|o| any(o, lex.own_possessives));
        return Some(if recall { Act::Sanction } else { Act::Accuse });
    }
    // "ordered the envoy to leave", "blacklisted five firms", "Kenya has banned Tanzanian wheat
    // flour".
    // "ordered the European Union’s ambassador to the country to leave": ten words reach past
    // an envoy's post.
    let ordered_out = any(&w[i], lex.ordering) && within(w, i + 1, 10, lex.leaving).is_some();
    if ordered_out || w[i].ends_with("ed") && any(&w[i], lex.sanctions) {
        return Some(Act::Sanction);
    }
    // "France has despatched two patrol boats to Jersey", "Ecuador has sent thousands of troops
    // to the border".
    if shows_force(lex, w, i, 5) {
        return Some(Act::Posture);
    }
    if any(&w[i], lex.enacting) { imposed(lex, w, i) } else { None }
}

/// What a verb of imposing at word `i` puts in place, by its object: sanctions or tariffs, else
/// restrictions.
fn imposed(lex: &Lexicon, w: &[String], i: usize) -> Option<Act> {
    let object = |patterns: &[&str]| within(w, i + 1, 5, patterns).is_some();
    if object(lex.sanctions) {
        Some(Act::Sanction)
    } else if object(lex.restrictions) {
        Some(Act::Restrict)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The act of `sentence` reported with `reported`, spoken for China: "we", "it", "China" and
    /// "Beijing" are the speaker's side, "Washington" and "Japan" another party.
    fn typed(sentence: &str, reported: Act) -> Act {
        let words: Vec<String> = sentence
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect();
        let own = |i: usize| {
            (i.saturating_sub(3)..i).rev().find_map(|j| match words[j].as_str() {
                "we" | "we're" | "it" | "china" | "beijing" => Some(true),
                "washington" | "japan" => Some(false),
                _ => None,
            })
        };
        act_type(&ENGLISH, &Statement { words: &words, reported, own: &own })
    }

    /// Each sentence, reported with its verb's act, is typed as expected.
    fn check(cases: &[(&str, Act, Act)]) {
        for &(sentence, reported, expected) in cases {
            assert_eq!(typed(sentence, reported), expected, "{sentence}");
        }
    }

    #[test]
    fn a_negated_acceptance_and_a_baseless_claim_are_rejections() {
        check(&[
            ("China will not accept the ruling, the ministry said", Act::Comment, Act::Reject),
            ("the report is baseless, the spokesman said", Act::Comment, Act::Reject),
            ("Beijing firmly opposes the move", Act::Comment, Act::Reject),
            ("Beijing withdrew from the agreement", Act::Comment, Act::Reject),
        ]);
    }

    #[test]
    fn another_partys_denial_is_not_the_speakers_rejection_and_its_exit_is_blamed() {
        check(&[
            ("a move Japan has neither confirmed nor denied", Act::Accuse, Act::Accuse),
            ("the plan was largely opposed by the community", Act::Comment, Act::Comment),
            ("Washington withdrew from the agreement", Act::Comment, Act::Accuse),
        ]);
    }

    #[test]
    fn what_the_speakers_side_will_do_against_another_is_a_threat_and_what_another_will_do_is_not() {
        check(&[
            ("China will take resolute measures in response", Act::Comment, Act::Threaten),
            ("Beijing would respond firmly", Act::Comment, Act::Threaten),
            ("it will not leave the move without a commensurate response", Act::Comment, Act::Threaten),
            ("Washington will respond next week", Act::Comment, Act::Comment),
            ("China will not impose tariffs", Act::Comment, Act::Comment),
        ]);
    }

    #[test]
    fn a_threat_that_names_force_is_one_of_force_and_force_named_in_blame_is_an_accusation() {
        check(&[
            ("China would not rule out the use of military force", Act::Comment, Act::ThreatenForce),
            ("we will take action and use military force", Act::Comment, Act::ThreatenForce),
            ("the US abused its military force", Act::Comment, Act::Accuse),
            ("China will take countermeasures and is not afraid of a trade war", Act::Comment, Act::Threaten),
        ]);
    }

    #[test]
    fn a_measure_is_the_speakers_only_when_its_own_side_takes_it() {
        check(&[
            ("China is imposing tariffs on US soybeans", Act::Comment, Act::Sanction),
            ("Beijing has tightened export controls on gallium", Act::Comment, Act::Restrict),
            ("it had patrolled the waters with armed vessels", Act::Comment, Act::Posture),
            ("China will suspend its WTO dispute", Act::Comment, Act::Deescalate),
            ("Japan is imposing tariffs on Chinese steel", Act::Comment, Act::Comment),
            ("the coast guard ships were to be dispatched", Act::Comment, Act::Comment),
            ("Beijing downgraded its relations with Lithuania", Act::Comment, Act::Sanction),
            ("China declared the Japanese envoy persona non grata", Act::Comment, Act::Sanction),
            ("Washington is covering for murder and mocks peace efforts", Act::Comment, Act::Accuse),
            ("The army said the act will not pass, vowing to respond", Act::Comment, Act::Threaten),
            ("Beijing broke off diplomatic ties with Washington", Act::Comment, Act::Sanction),
            ("China announces that it is recalling its ambassador and breaking relations", Act::Comment, Act::Sanction),
            ("we're acting by expelling a key diplomat", Act::Comment, Act::Sanction),
            ("the diplomat has been asked to leave within five days", Act::Comment, Act::Sanction),
        ]);
    }

    #[test]
    fn asking_for_talks_is_an_appeal_and_asking_another_to_stop_is_a_demand() {
        check(&[
            ("China urged Washington to return to dialogue", Act::Comment, Act::Appeal),
            ("China urged Washington to stop its provocations", Act::Comment, Act::Demand),
            ("Washington should stop interfering", Act::Comment, Act::Demand),
            ("the two sides should seek peaceful coexistence", Act::Comment, Act::Appeal),
            ("we pressed Japan to lift the curbs", Act::Comment, Act::Demand),
            ("China hopes Washington abides by its promises", Act::Comment, Act::Appeal),
            ("he told a press conference in Beijing", Act::Comment, Act::Comment),
            ("China called for restraint and dialogue", Act::Comment, Act::Appeal),
            ("China called on Japan to withdraw its ships", Act::Comment, Act::Demand),
        ]);
    }

    #[test]
    fn offering_talks_or_promising_help_is_an_intent_to_cooperate() {
        check(&[
            ("China offered high-level talks to Japan", Act::Comment, Act::Promise),
            ("we will continue to provide security assistance", Act::Comment, Act::Promise),
        ]);
    }

    #[test]
    fn a_warning_of_anothers_intentions_is_an_accusation_and_a_warning_of_what_the_side_will_do_a_threat() {
        check(&[
            ("Beijing warned of the intentions of Washington", Act::Threaten, Act::Accuse),
            ("Beijing warned that it would retaliate", Act::Threaten, Act::Threaten),
        ]);
    }

    #[test]
    fn what_another_party_will_suffer_is_the_speakers_threat() {
        check(&[
            ("Washington will come to regret taking these measures", Act::Comment, Act::Threaten),
            ("it will make Japan face a more serious security threat", Act::Comment, Act::Threaten),
            ("Japan will face difficulties this winter", Act::Comment, Act::Comment),
        ]);
    }

    #[test]
    fn words_of_blame_decide_only_when_the_verb_says_nothing() {
        check(&[
            ("the move violated international law", Act::Comment, Act::Accuse),
            ("patrols have increased regional tensions", Act::Comment, Act::Accuse),
            ("China thanked members who stood against an illegal request", Act::Praise, Act::Praise),
            ("the meeting was useful", Act::Comment, Act::Comment),
        ]);
    }

    #[test]
    fn a_participle_after_a_verb_that_says_what_is_done_asks_others() {
        check(&[
            ("China criticized the drills, urging allies to bolster defence", Act::Accuse, Act::Accuse),
            ("Japan lodged a protest, calling for a swift exit", Act::Accuse, Act::Demand),
            ("the prime minister said, welcoming his German counterpart", Act::Comment, Act::Comment),
            ("Beijing responded with an attack on Japan, accusing it of lying", Act::Comment, Act::Accuse),
        ]);
    }
}
