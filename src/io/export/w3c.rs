//! Claims as W3C Web Annotations (JSON-LD).
//!
//! The file is one `AnnotationCollection` whose `first` page embeds every annotation, so it is a
//! single self-describing document that Web Annotation tools (and plain JSON readers) load whole.
//! Each claim is one annotation:
//!
//! - target: the article (`urn:faultline:article:ID`) with a `TextQuoteSelector` (exact, prefix,
//!   suffix) and a `TextPositionSelector` (start, end). The Web Annotation model counts positions
//!   in Unicode code points, exactly Faultline's char offsets, over the article text as stored;
//! - bodies: each tag a `TextualBody` with purpose `tagging`; the note one with purpose
//!   `commenting`;
//! - the speaker and targets, which the model has no term for, as extension properties named by
//!   absolute IRIs (`urn:faultline:speaker`, `urn:faultline:targets`), each actor an object with
//!   `id` (`urn:faultline:actor:ID`) and `name`; JSON-LD keeps such properties as they are;
//! - a graded claim's Admiralty grade as two more tagging bodies in MISP's machine-tag form,
//!   `admiralty-scale:source-reliability="b"` and `admiralty-scale:information-credibility="3"`
//!   (left out while ungraded: F, 6).
//!
//! Each link between two claims is an annotation of its own with motivation `linking`: its
//! target the annotation of the claim it was made from, its body the other claim's annotation
//! with the kind ("contradicts") as a `classifying` body and its note as a `commenting` one.

use serde_json::{Value, json};

use crate::model::{ActorId, Claim, ClaimId, ClaimLink, Project, Reliability};

pub fn annotations(p: &Project) -> Result<Vec<u8>, serde_json::Error> {
    let items: Vec<Value> =
        p.claims.iter().map(|c| annotation(p, c)).chain(p.claim_links.iter().map(linking)).collect();
    let doc = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:faultline:annotations",
        "type": "AnnotationCollection",
        "label": p.name,
        "total": items.len(),
        "first": {
            "id": "urn:faultline:annotations:page:0",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    });
    let mut bytes = serde_json::to_vec_pretty(&doc)?;
    bytes.push(b'\n');
    Ok(bytes)
}

fn annotation(p: &Project, c: &Claim) -> Value {
    let mut body: Vec<Value> = c
        .tags
        .iter()
        .filter_map(|&t| p.tags.get(t))
        .map(|t| json!({"type": "TextualBody", "purpose": "tagging", "value": t.name}))
        .collect();
    let grade = p.grade_of(c);
    if grade.reliability != Reliability::F {
        let tag = format!("admiralty-scale:source-reliability=\"{}\"", grade.reliability.letter().to_ascii_lowercase());
        body.push(json!({"type": "TextualBody", "purpose": "tagging", "value": tag}));
    }
    if !grade.credibility.is_default() {
        let tag = format!("admiralty-scale:information-credibility=\"{}\"", grade.credibility);
        body.push(json!({"type": "TextualBody", "purpose": "tagging", "value": tag}));
    }
    if !c.note.is_empty() {
        body.push(json!({"type": "TextualBody", "purpose": "commenting", "format": "text/plain", "value": c.note}));
    }
    let mut a = json!({
        "id": claim_iri(c.id),
        "type": "Annotation",
        "motivation": if c.tags.is_empty() { "highlighting" } else { "tagging" },
        "body": body,
        "target": {
            "source": format!("urn:faultline:article:{}", c.article),
            "selector": [
                {"type": "TextQuoteSelector", "exact": c.quote, "prefix": c.prefix, "suffix": c.suffix},
                {"type": "TextPositionSelector", "start": c.start, "end": c.end},
            ],
        },
    });
    if let Some(speaker) = c.speaker {
        a["urn:faultline:speaker"] = actor(p, speaker);
    }
    if !c.targets.is_empty() {
        a["urn:faultline:targets"] = c.targets.iter().map(|&t| actor(p, t)).collect();
    }
    a
}

fn claim_iri(id: ClaimId) -> String {
    format!("urn:faultline:claim:{id}")
}

fn linking(l: &ClaimLink) -> Value {
    let mut body =
        vec![json!(claim_iri(l.to)), json!({"type": "TextualBody", "purpose": "classifying", "value": l.kind.label()})];
    if !l.note.is_empty() {
        body.push(json!({"type": "TextualBody", "purpose": "commenting", "format": "text/plain", "value": l.note}));
    }
    json!({
        "id": format!("urn:faultline:link:{}", l.id),
        "type": "Annotation",
        "motivation": "linking",
        "body": body,
        "target": claim_iri(l.from),
    })
}

fn actor(p: &Project, id: ActorId) -> Value {
    json!({"id": format!("urn:faultline:actor:{id}"), "name": p.actor_name(id)})
}
