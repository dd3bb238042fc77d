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
//!   `id` (`urn:faultline:actor:ID`) and `name`; JSON-LD keeps such properties as they are.

use serde_json::{Value, json};

use crate::model::{ActorId, Claim, Project};

pub fn annotations(p: &Project) -> Result<Vec<u8>, serde_json::Error> {
    let items: Vec<Value> = p.claims.iter().map(|c| annotation(p, c)).collect();
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
    if !c.note.is_empty() {
        body.push(json!({"type": "TextualBody", "purpose": "commenting", "format": "text/plain", "value": c.note}));
    }
    let mut a = json!({
        "id": format!("urn:faultline:claim:{}", c.id),
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

fn actor(p: &Project, id: ActorId) -> Value {
    json!({"id": format!("urn:faultline:actor:{id}"), "name": p.actor_name(id)})
}
