//! Diplomatic acts told in the passive around an envoy: "the Myanmar ambassador to Dhaka was
//! summoned at the foreign ministry", "Belarusian chargé d'affaires Alexander Chesnovsky was
//! summoned to the Polish Foreign Ministry", "a protest letter was handed to the ambassador".
//! Wire and ministry copy tells most summonses this way. The passive names no agent, but the
//! agent is never in doubt to an event coder: the host state (or its foreign ministry) acts
//! against the state that sent the envoy. So the host is the speaker, found where the text puts
//! it: the place the envoy was summoned to ("to the Polish Foreign Ministry", "to lodge India's
//! protest"), else the post ("ambassador to Dhaka", "in Riga"), else the body that spoke last
//! on another side than the envoy's.

use crate::model::{ActorId, ActorKind};

use super::act_type::ENGLISH;
use super::speaker::Sentence;
use super::verbs::{Act, is_adverb, statement_noun};

/// Nouns for an envoy (lower case), whole words: "consultations", "charges" and "attached" are
/// none. "Chargé" and "charge" count before "d'affaires" only (`is_envoy`); "representative" is
/// left out (company representatives are called in too).
const ENVOYS: &[&str] = &[
    "ambassador",
    "ambassadors",
    "envoy",
    "envoys",
    "diplomat",
    "diplomats",
    "consul",
    "consuls",
    "consul-general",
    "attaché",
    "attachés",
    "attache",
    "commissioner",
    "commissioners",
];

/// Passive verbs of a diplomatic act on an envoy, with the act each is when nothing sharper is
/// named: a summons protests, an expulsion or an order to leave is a sanction, what is handed
/// or given is the statement it names ("a protest letter", "a stern reminder").
const ACTS: &[(&str, Act)] = &[
    ("summoned", Act::Accuse),
    ("called", Act::Accuse),
    ("expelled", Act::Sanction),
    ("declared", Act::Sanction),
    ("ordered", Act::Sanction),
    ("handed", Act::Accuse),
    ("given", Act::Accuse),
    // "A protest was expressed to the Russian Ambassador".
    ("expressed", Act::Accuse),
    // "The Polish diplomat was “firmly notified” that …": told what is expected of them.
    ("notified", Act::Demand),
];

/// A passive act on an envoy: its act, the host the sentence names and the side of the state
/// that sent the envoy, when named.
pub struct EnvoyAct {
    pub act: Act,
    pub host: Option<Host>,
    pub sender: Option<ActorId>,
}

/// Where the sentence names the host.
#[derive(Clone, Copy)]
pub enum Host {
    /// As the one that acts: "to the Polish Foreign Ministry", "to lodge India's protest".
    Named(ActorId),
    /// As the envoy's post, a place: "ambassador to Dhaka", "in Riga".
    Post(ActorId),
}

/// Whether word `i` of `lower` names an envoy ("the ambassador", "chargé d'affaires").
fn is_envoy(lower: &[String], i: usize) -> bool {
    let w = |j: usize| lower.get(j).map_or("", String::as_str);
    // "d’affaires", or "d`affaires" read as two words.
    let affaires = w(i + 1).ends_with("affaires") || w(i + 2) == "affaires";
    ENVOYS.contains(&w(i)) || matches!(w(i), "charge" | "chargé" | "chargés") && affaires
}

/// The act told at word `v` when it is a passive diplomatic act on an envoy.
pub fn passive_act_on_envoy(s: &Sentence<'_>, v: usize) -> Option<EnvoyAct> {
    let w = |i: usize| s.lower.get(i).map_or("", String::as_str);
    let &(_, default) = ACTS.iter().find(|(verb, _)| *verb == w(v))?;
    // An adverb may stand between: "was firmly notified".
    let aux = if v > 1 && is_adverb(w(v - 1)) { v - 2 } else { v.saturating_sub(1) };
    if v == 0 || !ENGLISH.passive.contains(&w(aux)) {
        return None;
    }
    // "called in": only with its particle.
    if w(v) == "called" && w(v + 1) != "in" {
        return None;
    }
    // The envoy is named before the verb, often with an apposition between ("charge d'affaires
    // of the Republic of Poland in the Republic of Belarus, Martin Wojciechowski, was
    // summoned"), or receives after it ("a protest letter was handed to the ambassador").
    let from = v.saturating_sub(16);
    let subject = (from..v).rev().find(|&i| is_envoy(&s.lower, i));
    let receiver = (v + 1..(v + 5).min(s.lower.len())).find(|&i| is_envoy(&s.lower, i));
    subject.or(receiver)?;
    // "declared persona non grata", "ordered to leave": only with what makes them an expulsion.
    let after = |patterns: &[&str]| (v + 1..(v + 8).min(s.lower.len())).any(|i| patterns.contains(&w(i)));
    if w(v) == "declared" && !after(ENGLISH.unwelcome) || w(v) == "ordered" && !after(ENGLISH.leaving) {
        return None;
    }
    let named = (from..(v + 6).min(s.lower.len())).find_map(|i| statement_noun(w(i)));
    let act = match named {
        Some(a) if a.strength() >= default.strength() && default != Act::Sanction => a,
        _ => default,
    };
    let (host, sender) = parties(s, from, v);
    Some(EnvoyAct { act, host, sender })
}

/// The host the sentence names in words `from..` around the verb at `v`, and the sender's side.
/// The host is a body or state after the verb ("to the Polish Foreign Ministry", "to lodge
/// India's protest"), else the post in the envoy's phrase ("ambassador to Dhaka", "chargé
/// d'affaires … in the Republic of Belarus"); never the side of the state that sent the envoy (the first other party named before the
/// verb: "the Myanmar ambassador", "of the Russian Federation").
fn parties(s: &Sentence<'_>, from: usize, v: usize) -> (Option<Host>, Option<ActorId>) {
    let w = |i: usize| s.lower.get(i).map_or("", String::as_str);
    let party = |a: ActorId| matches!((s.kind_of)(a), Some(ActorKind::State | ActorKind::GovernmentBody));
    let word_at = |at: usize| s.ws.iter().position(|x| x.start <= at && at < x.end);
    let parties: Vec<(usize, ActorId)> = s
        .mentions
        .iter()
        .filter(|m| s.outside_at(m.start) && party(m.actor))
        .filter_map(|m| Some((word_at(m.start)?, m.actor)))
        .collect();
    let posted = |i: usize| i > 0 && matches!(w(i - 1), "to" | "in");
    let before = || parties.iter().filter(|&&(i, _)| i >= from && i < v);
    let sender = before().find(|&&(i, _)| !posted(i)).map(|&(_, a)| (s.side_of_actor)(a));
    let other = |a: ActorId| Some((s.side_of_actor)(a)) != sender;
    // A place the envoy is summoned to or at, the agent, or the side whose protest is lodged:
    // "to the Polish Foreign Ministry", "by Latvia's ministry", "at the office of the foreign ministry's …", "to lodge India's
    // protest"; not "these actions from Myanmar".
    let place = |i: usize| {
        let owner = |x: &str| x == "the" || x.ends_with("’s") || x.ends_with("'s");
        let j = (i.saturating_sub(2)..=i).rev().take_while(|&j| j == i || owner(w(j))).last().unwrap_or(i);
        j > v + 1 && matches!(w(j - 1), "to" | "at" | "of" | "in" | "by" | "lodge")
    };
    let end = s.ws.len().min(v + 12);
    let after: Vec<&(usize, ActorId)> =
        parties.iter().filter(|&&(i, a)| i > v && i < end && place(i) && other(a)).collect();
    // "to India's ministry of external affairs": the ministry, not the state that owns it.
    let body = |a: ActorId| (s.kind_of)(a) == Some(ActorKind::GovernmentBody);
    let named = after.iter().find(|&&&(_, a)| body(a)).or(after.first()).map(|&&(_, a)| Host::Named(a));
    let post = || before().find(|&&(i, a)| posted(i) && other(a)).map(|&(_, a)| Host::Post(a));
    (named.or_else(post), sender)
}
