//! Hand-computed from the sample's twelve events (see tests/cli.rs for the list and scores).

use super::*;
use crate::analysis::filter::DateWindow;
use crate::analysis::series::Dyad;
use crate::sample::sample_project;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn id(p: &Project, name: &str) -> ActorId {
    p.find_actor(name).unwrap().id
}

#[test]
fn resolved_to_states_every_act_is_between_the_two() {
    let p = sample_project();
    let (us, cn) = (id(&p, "United States"), id(&p, "China"));
    let net = compute(&p, &EventFilter::default(), true);
    assert_eq!(net.nodes.len(), 2);
    assert_eq!(net.node(us).unwrap().events, 12);
    assert_eq!(net.edges.len(), 2);
    // US -> China: Geneva (bilateral, +4.5), Trump's accusation (-2) and promise to Xi (+4),
    // Greer (-2), the US restriction (-5.2), Hegseth (-2), Hassett's appeal to Xi (+3).
    let us_cn = net.edge(us, cn).unwrap();
    assert_eq!(us_cn.events.len(), 7);
    assert!(close(us_cn.score, 0.3), "{}", us_cn.score);
    // China -> US: April's restriction (-5.2), Geneva (+4.5), Liu (-5), the embassy in
    // Singapore (-2), MOFCOM's accusation (-2) and threat (-5).
    let cn_us = net.edge(cn, us).unwrap();
    assert_eq!(cn_us.events.len(), 6);
    assert!(close(cn_us.score, -14.7), "{}", cn_us.score);
}

#[test]
fn as_coded_the_speakers_are_nodes() {
    let p = sample_project();
    let net = compute(&p, &EventFilter::default(), false);
    let (us, cn, xi) = (id(&p, "United States"), id(&p, "China"), id(&p, "Xi Jinping"));
    let mofcom = id(&p, "MOFCOM");
    let edge = |s, t| net.edge(s, t).unwrap();
    assert_eq!(edge(mofcom, us).events.len(), 2);
    assert!(close(edge(mofcom, us).score, -7.0));
    assert!(close(edge(id(&p, "Trump"), xi).score, 4.0));
    // Geneva both ways, plus the US restriction one way and April's the other.
    assert!(close(edge(us, cn).score, 4.5 - 5.2) && edge(us, cn).events.len() == 2);
    assert!(close(edge(cn, us).score, -5.2 + 4.5) && edge(cn, us).events.len() == 2);
    // The US: Geneva, its restriction, and the acts of Liu, the embassy, MOFCOM (2) and China.
    assert_eq!(net.node(us).unwrap().events, 7);
    assert_eq!(net.nodes[0].actor, us, "most involved first");
}

#[test]
fn the_chart_filter_applies() {
    let p = sample_project();
    let (us, cn) = (id(&p, "United States"), id(&p, "China"));
    let may = EventFilter { window: DateWindow::parse("May 2025", "May 2025").unwrap(), ..EventFilter::default() };
    let net = compute(&p, &may, true);
    assert_eq!(net.edge(us, cn).unwrap().events.len(), 7);
    // Geneva, Liu and the embassy: April's restriction and June's MOFCOM acts are outside.
    let cn_us = net.edge(cn, us).unwrap();
    assert_eq!(cn_us.events.len(), 3);
    assert!(close(cn_us.score, -2.5));
    // Only China -> US acts; Geneva, being bilateral, still draws its US -> China edge.
    let dyad = EventFilter { dyads: vec![Dyad { source: cn, target: us }], ..EventFilter::default() };
    let net = compute(&p, &dyad, true);
    assert_eq!(net.edge(cn, us).unwrap().events.len(), 6);
    assert_eq!(net.edge(us, cn).unwrap().events.len(), 1);
}

#[test]
fn resolved_an_act_straddling_a_change_of_side_is_on_both_sides_edges_by_its_days() {
    let (mut p, mut e) = crate::analysis::actor_checks::tests::greer_changes_sides_in_may();
    let (us, cn) = (id(&p, "United States"), id(&p, "China"));
    e.target = id(&p, "Xi Jinping");
    let score = p.score_of(&e);
    p.events.put(e.clone());
    let net = compute(&p, &EventFilter::default(), true);
    let us_cn = net.edge(us, cn).unwrap();
    assert!(us_cn.events.contains(&e.id));
    assert!(close(us_cn.score, 0.3 - score + score * 22.0 / 31.0), "{}", us_cn.score);
    assert!(net.edge(cn, cn).is_none(), "the days Greer served China are an act within one side");
}
