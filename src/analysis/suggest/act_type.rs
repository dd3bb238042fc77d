//! The event type of a reported statement, chosen as a CAMEO coder chooses it: from the
//! statement's main predicates, not from the reporting verb alone. "said" reports whatever the
//! clause under it does, so every predicate of the sentence is read, and the most hostile act
//! it does wins (coders code the sharpest act a statement makes; cooperative acts only when it
//! makes no hostile one, Comment only when it makes none):
//!
//! - **Reject**: refusing or denying ("firmly opposes", "rejected", "unacceptable", "baseless"),
//!   and a negated acceptance ("will not accept", "does not recognise").
//! - **Threaten**: the speaker's side *will*, *would*, *could* or *may* respond, retaliate or
//!   take measures ("will take proper measures in response", "would respond firmly", "may choose
//!   to cut off access"; "further measures would be announced"); modality is what makes a
//!   sanction or tariff a threat rather than an imposition. A threat that names force, or "means
//!   war", is a threat of force; force named without a threat ("abused its military force") is
//!   an accusation.
//! - **Sanction / Restrict / Military posture / De-escalate**: only what the speaker's own side
//!   does, not what it talks about ("China opposes the US sanctions" is a rejection): imposing
//!   sanctions, tariffs or an embargo; export controls, bans, curbs; patrols, drills,
//!   deployments; suspending, lifting or easing measures or a dispute.
//! - **Demand or Appeal**: telling another what to do ("called on", "urged", "pressed X to",
//!   "pushed for", "we expect X to", "invite X to", "X would need to"): an appeal when what is
//!   asked is cooperative (dialogue, talks, peaceful coexistence, restraint) and asks nobody to
//!   stop, a demand otherwise; "hopes X …" is an appeal.
//! - **Accuse**: a negative judgement of another's conduct ("violated", "destabilise",
//!   "escalated tensions", "under the guise of", "expressed concern", "regrets").
//!
//! The rules read lower-case words, so any language's words can be run through them with a
//! [`Lexicon`] of its own; [`ENGLISH`] is the one for English copy.

use super::verbs::{Act, cue_act, is_delivery, is_noun_use, reporting_verb, statement_noun};

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
    /// The act a set phrase of the whole sentence makes ("called on", "means war").
    pub phrase: fn(&str) -> Option<Act>,
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
    /// Verbs that are a response in themselves ("will retaliate").
    pub responses: &'static [&'static str],
    /// Verbs that take a measure named after them ("will take measures", "could include patrols").
    pub taking: &'static [&'static str],
    /// The measures a threat promises.
    pub measures: &'static [&'static str],
    /// Words that press another party to act ("pressed X to", "pushed for"): a demand.
    pub demanding: &'static [&'static str],
    /// Words that ask another party to act ("urged", "invite X to"): a demand, or an appeal
    /// when what is asked is cooperative.
    pub asking: &'static [&'static str],
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

/// English copy, from the CAMEO codebook's verb classes and wire-service phrasing.
pub static ENGLISH: Lexicon = Lexicon {
    reporting: reporting_verb,
    noun_use: is_noun_use,
    delivering: is_delivery,
    delivered: statement_noun,
    phrase: cue_act,
    negators: &["not", "never", "cannot", "can't", "won't", "don't", "doesn't", "didn't", "no", "neither", "nor"],
    acceptance: &["accept*", "tolerat*", "recogni*", "acknowledg*", "approv*", "condone*"],
    rejecting: &[
        "reject*",
        "oppose",
        "opposes",
        "opposed",
        "opposing",
        "denied",
        "denies",
        "deny",
        "denying",
        "refused",
        "refuses",
        "refuse",
        "dismissed",
        "rebuffed",
    ],
    rejection: &[
        "unacceptable",
        "inadmissible",
        "groundless",
        "baseless",
        "unfounded",
        "fabrication",
        "fabricated",
        "untrue",
        "unwarranted",
        "invalid",
        "void",
    ],
    quitting: &["withdr*", "quit*", "exit*", "abandon*", "scrap*"],
    pacts: &["deal", "agreement", "accord", "treaty", "pact", "talks", "negotiations", "framework"],
    modals: &["will", "would", "shall", "could", "may", "might", "'ll", "’ll"],
    forgoing: &["rule", "renounce", "exclude", "hesitate", "abandon", "forgo", "forswear"],
    responses: &["respond", "retaliate", "reciprocate", "counter", "counterattack", "strike", "hit"],
    taking: &[
        "take",
        "adopt",
        "initiate",
        "use",
        "introduce",
        "impose",
        "cut",
        "announce",
        "resort",
        "launch",
        "apply",
        "employ",
    ],
    measures: &[
        "measure*",
        "countermeasure*",
        "counter-measure*",
        "step",
        "steps",
        "action",
        "actions",
        "means",
        "sanction*",
        "tariff*",
        "response",
        "retaliat*",
        "off",
    ],
    demanding: &[
        "press", "pressed", "presses", "pressing", "push", "pushed", "pushes", "pushing", "demand*", "insist*",
    ],
    asking: &["urge*", "urging", "expect", "expects", "invite", "invites", "invited", "asked", "asks", "requested"],
    obliging: &["should", "must", "ought"],
    parties: &["sides", "parties", "nations", "countries", "governments"],
    offering: &["offer", "offers", "offered", "offering", "ready", "willing", "prepared"],
    hoping: &["hope", "hopes", "hoped", "hoping"],
    cooperative: &[
        "dialogue",
        "dialog",
        "talks",
        "negotiat*",
        "peace*",
        "coexist*",
        "cooperat*",
        "co-operat*",
        "restraint",
        "calm",
        "stabil*",
        "resolution",
        "resolve",
        "consultation*",
        "positive",
        "constructive",
        "friendly",
        "interactions",
        "abide*",
        "abides",
    ],
    stopping: &["stop", "stops", "cease", "halt", "end", "refrain", "withdraw", "leave", "exit", "revoke", "cancel"],
    accusation: &[
        "unreasonable",
        "unjust*",
        "unfair*",
        "wrong*",
        "mistake*",
        "erroneous",
        "destabiliz*",
        "destabilis*",
        "provok*",
        "provocat*",
        "aggressi*",
        "hostile",
        "hostility",
        "coerc*",
        "bully*",
        "bullie*",
        "hegemon*",
        "atrocit*",
        "guise",
        "pretext",
        "excuse",
        "astray",
        "*phobia",
        "hypocri*",
        "smear*",
        "slander*",
        "disinformation",
        "propaganda",
        "malicious*",
        "irresponsib*",
        "politiciz*",
        "politicis*",
        "weaponiz*",
        "weaponis*",
        "disrupt*",
        "undermin*",
        "violat*",
        "breach*",
        "illegal*",
        "illegitimate",
        "unilateralism",
        "protectionis*",
        "discriminat*",
        "interfer*",
        "meddl*",
        "regret*",
        "dissatisf*",
        "deplor*",
        "negative",
        "non-compliant",
        "unjustified",
        "unjustifiable",
        "justified",
        "overact*",
        "isolation",
        "disagrees",
        "inappropriate",
        "retaliatory",
        "abus*",
        "blackmail*",
        "unfriendly",
        "destructive",
    ],
    raising: &["increas*", "escalat*", "heighten*", "rais*", "stok*", "fuel*", "inflam*", "exacerbat*"],
    tension: &["tension", "tensions"],
    imposing: &[
        "impos*",
        "reimpos*",
        "introduc*",
        "plac*",
        "slap*",
        "levi*",
        "levy*",
        "extend*",
        "implement*",
        "announc*",
        "adopt*",
        "tighten*",
        "re-activat*",
        "reactivat*",
    ],
    sanctions: &["sanction*", "tariff*", "embargo*", "duties", "levies", "blacklist*"],
    restrictions: &["export", "restriction*", "curbs", "ban", "bans", "licen*", "visa*", "controls"],
    posture: &["patrolled", "deployed", "dispatched", "mobilised", "mobilized"],
    showing: &["conducted", "held", "staged", "launched", "sent", "carried"],
    shows: &["drill*", "exercise*", "patrol*", "manoeuv*", "maneuv*", "warship*", "troops"],
    easing: &["suspend*", "lift*", "eas*", "remov*", "waiv*", "drop*", "withdr*", "scrap*", "resum*"],
    eased: &[
        "dispute",
        "complaint",
        "appeal",
        "case",
        "sanction*",
        "tariff*",
        "duties",
        "restriction*",
        "curbs",
        "ban",
        "measures",
        "imports",
    ],
};

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
    let reported = Some(st.reported).filter(|a| *a != Act::Comment);
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
        let tells = || next(5, &["to", "for"]).is_some();
        // A negated acceptance, or a rejection word, of the speaker's side (not "a move China
        // has neither confirmed nor denied").
        let quits = any(&w[i], lex.quitting) && next(1, &["from", "of"]).is_some() && next(4, lex.pacts).is_some();
        let refuses = any(&w[i], lex.negators) && next(3, lex.acceptance).is_some() || any(&w[i], lex.rejecting);
        if (refuses || quits) && own != Some(false) || any(&w[i], lex.rejection) {
            out.push(Act::Reject);
        }
        // What the speaker does besides the reporting verb ("responded …, accusing them of"),
        // and a statement delivered inside the reported clause ("said it has lodged a protest").
        let previous = i.checked_sub(1).map(|p| w[p].as_str());
        // A participle ("…, accusing them of") is the sentence subject's; a finite verb its own subject's.
        let speakers = own != Some(false) || w[i].ends_with("ing");
        let verb = (lex.reporting)(&w[i]).filter(|a| *a != Act::Comment && !(lex.noun_use)(previous) && speakers);
        let delivered = || {
            (lex.delivering)(&w[i])
                .then(|| (i + 1..(i + 5).min(w.len())).find_map(|j| (lex.delivered)(&w[j])))
                .flatten()
        };
        out.extend(verb.or_else(delivered).filter(|a| {
            !(w[i].ends_with("ing") && st.reported != Act::Comment && matches!(a, Act::Demand | Act::Appeal))
        }));
        // The speaker's side will respond or take measures; another party's future is no
        // threat of the speaker's.
        if any(&w[i], lex.modals) && own != Some(false) {
            let negated = next(1, lex.negators).is_some();
            let responds = next(5, lex.responses).is_some();
            let takes = next(5, lex.taking).is_some_and(|t| within(w, t + 1, 6, lex.measures).is_some());
            // "will not leave … without a commensurate response" is still a threat.
            let unanswered = negated
                && (next(12, &["without", "unanswered", "unpunished"]).is_some() || next(4, lex.forgoing).is_some());
            if (responds || takes) && !negated || unanswered {
                out.push(Act::Threaten);
                threats.push(i);
            }
        }
        if any(&w[i], lex.demanding) && tells() || w[i] == "need" && next(1, &["to"]).is_some() {
            out.push(Act::Demand);
        }
        // "criticized China's expansion …, urging allies to …": a participle after a verb that
        // says what the statement does is another act, aimed at others.
        let aside = w[i].ends_with("ing") && st.reported != Act::Comment;
        let others = own == Some(false) || previous.is_some_and(|p| any(p, lex.parties));
        if any(&w[i], lex.asking) && tells() && !aside || any(&w[i], lex.obliging) && others {
            out.push(asks(lex, w, i + 1, Act::Demand));
        }
        // "offered high-level talks", "is ready to negotiate": CAMEO 036, intent to meet.
        if any(&w[i], lex.offering) && own != Some(false) && next(4, lex.cooperative).is_some() {
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
    }
    // The table of phrases in verbs.rs ("called on", "countermeasures", "talks", "means war").
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
    let asked = from..(from + 8).min(w.len());
    let stops = asked.clone().any(|j| any(&w[j], lex.stopping));
    let cooperates = asked.clone().any(|j| any(&w[j], lex.cooperative));
    match (stops, cooperates) {
        (true, _) => Act::Demand,
        (false, true) => Act::Appeal,
        (false, false) => default,
    }
}

/// The measure the speaker's side takes at word `i`, if it takes one there.
fn measure(lex: &Lexicon, w: &[String], i: usize) -> Option<Act> {
    let object = |patterns: &[&str]| within(w, i + 1, 5, patterns).is_some();
    if any(&w[i], lex.imposing) {
        if object(lex.sanctions) {
            return Some(Act::Sanction);
        }
        if object(lex.restrictions) {
            return Some(Act::Restrict);
        }
    }
    if any(&w[i], lex.easing) && object(lex.eased) {
        return Some(Act::Deescalate);
    }
    // A show the side made, not one it plans or suffers ("to be dispatched") or names
    // ("China's deploying … facilities").
    let done = !matches!(i.checked_sub(1).map(|p| w[p].as_str()), Some("be" | "been" | "being"));
    let shows = any(&w[i], lex.showing) && within(w, i + 1, 3, lex.shows).is_some();
    (done && (any(&w[i], lex.posture) || shows)).then_some(Act::Posture)
}
