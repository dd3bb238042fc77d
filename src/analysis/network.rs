//! The actor network: who acts on whom, how often and how hard. Nodes are actors, sized by the
//! events they take part in; a directed edge source -> target holds the events from one to the
//! other, their count and summed score. It counts the events the chart shows (same filter, and
//! neutral types stay off), so the two views agree.

use indexmap::IndexMap;

use crate::analysis::filter::EventFilter;
use crate::analysis::series::on_series;
use crate::model::{ActorId, EventId, Piece, Project};

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub actor: ActorId,
    /// Events the actor takes part in, as source or target.
    pub events: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    pub source: ActorId,
    pub target: ActorId,
    /// In project order.
    pub events: Vec<EventId>,
    /// Sum of the events' scores: negative is conflict, positive cooperation. An event whose
    /// dates straddle a party's change of side adds the share of its days on this edge.
    pub score: f64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Network {
    /// Most involved first, then by name.
    pub nodes: Vec<Node>,
    /// In the order their first event comes in the project.
    pub edges: Vec<Edge>,
}

impl Network {
    pub fn edge(&self, source: ActorId, target: ActorId) -> Option<&Edge> {
        self.edges.iter().find(|e| e.source == source && e.target == target)
    }

    pub fn node(&self, actor: ActorId) -> Option<&Node> {
        self.nodes.iter().find(|n| n.actor == actor)
    }
}

/// The network of the events `filter` shows. With `resolve`, every actor is replaced by the one
/// it ultimately acts for (Greer -> United States) on the day of the act, so the graph is
/// between states; an act within one side (a ministry toward its own state) is then no edge.
/// An act whose dates straddle a party's change of side is on the edge of each side, its score
/// shared by the days on each. A bilateral act is an edge each way, as it counts in both
/// directions of a dyad.
pub fn compute(p: &Project, filter: &EventFilter, resolve: bool) -> Network {
    let mut involvement: IndexMap<ActorId, usize> = IndexMap::new();
    let mut edges: IndexMap<(ActorId, ActorId), Edge> = IndexMap::new();
    for e in p.events.iter().filter(|e| on_series(p, e, false) && filter.shows(p, e)) {
        let pieces = if resolve {
            p.pieces(&[e.source, e.target], e.date.start, e.date.end)
        } else {
            vec![Piece { start: e.date.start, end: e.date.end, share: 1.0 }]
        };
        let mut involved: Vec<ActorId> = Vec::new();
        let score = p.score_of(e);
        for piece in pieces {
            let node_of = |a: ActorId| if resolve { p.top_side(a, Some(piece.start)) } else { a };
            let (source, target) = (node_of(e.source), node_of(e.target));
            if source == target {
                continue;
            }
            for actor in [source, target] {
                if !involved.contains(&actor) {
                    involved.push(actor);
                }
            }
            let directions: &[(ActorId, ActorId)] =
                if e.bilateral { &[(source, target), (target, source)] } else { &[(source, target)] };
            for &(s, t) in directions {
                let edge = edges.entry((s, t)).or_insert_with(|| Edge {
                    source: s,
                    target: t,
                    events: Vec::new(),
                    score: 0.0,
                });
                if edge.events.last() != Some(&e.id) {
                    edge.events.push(e.id);
                }
                edge.score += piece.share * score;
            }
        }
        for actor in involved {
            *involvement.entry(actor).or_default() += 1;
        }
    }
    let mut nodes: Vec<Node> = involvement.into_iter().map(|(actor, events)| Node { actor, events }).collect();
    nodes.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| p.actor_name(a.actor).cmp(p.actor_name(b.actor))));
    Network { nodes, edges: edges.into_values().collect() }
}

#[cfg(test)]
mod tests;
