//! `faultline suggest` and `faultline mentions`: the reader's assistance, headless, so a
//! colleague can review suggestions or mention counts in a terminal or a script.

use std::io::Write;

use serde_json::{Value, json};

use crate::analysis::assist::{AssistInput, assist};
use crate::analysis::mentions::{self, Matching};
use crate::analysis::suggest::Suggestion;
use crate::model::{ArticleId, Project};

/// Each article's suggested claims: its title, then per suggestion the char range, what it
/// proposes and the sentence; a summary line last.
pub fn print_suggestions(p: &Project, articles: &[ArticleId], out: &mut dyn Write) -> std::io::Result<()> {
    let (mut total, mut with_any) = (0, 0);
    let mut unknown: Vec<String> = Vec::new();
    for &id in articles {
        let (Some(article), Some(input)) = (p.articles.get(id), AssistInput::of_article(p, id)) else { continue };
        let a = assist(&input);
        writeln!(out, "{} ({})", article.title, a.suggestions.len())?;
        for s in &a.suggestions {
            writeln!(out, "{:>6}-{:<6} {}", s.start, s.end, s.describe(p))?;
            writeln!(out, "              “{}”", s.quote)?;
        }
        writeln!(out)?;
        total += a.suggestions.len();
        with_any += usize::from(!a.suggestions.is_empty());
        for name in a.new_actors {
            if !unknown.contains(&name) {
                unknown.push(name);
            }
        }
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    write!(out, "{} in {}", plural(total, "suggestion"), plural(with_any, "article"))?;
    if !unknown.is_empty() {
        write!(out, "; speakers not in the registry: {}", unknown.join(", "))?;
    }
    writeln!(out)
}

/// The same as JSON, for scripts: one object per article with its suggestions (char range,
/// sentence, speaker or the name of a speaker who is no actor yet, target, event type, cue and
/// resolved date) and the names "New speakers" would offer.
pub fn print_suggestions_json(p: &Project, articles: &[ArticleId], out: &mut dyn Write) -> std::io::Result<()> {
    let mut all = Vec::new();
    for &id in articles {
        let (Some(article), Some(input)) = (p.articles.get(id), AssistInput::of_article(p, id)) else { continue };
        let a = assist(&input);
        let suggestions: Vec<Value> = a.suggestions.iter().map(|s| suggestion_json(p, s)).collect();
        all.push(json!({
            "article": article.title,
            "suggestions": suggestions,
            "new_speakers": a.new_actors,
        }));
    }
    serde_json::to_writer_pretty(&mut *out, &all)?;
    writeln!(out)
}

fn suggestion_json(p: &Project, s: &Suggestion) -> Value {
    let actor = |a: Option<crate::model::ActorId>| a.map(|a| p.actor_name(a));
    json!({
        "start": s.start,
        "end": s.end,
        "quote": s.quote,
        "speaker": actor(s.speaker),
        "unknown_speaker": s.unknown_speaker,
        "target": actor(s.target),
        "event_type": s.event_type.and_then(|t| p.taxonomy.get(t)).map(|t| t.name.as_str()),
        "cue": s.cue,
        "date": s.date.as_ref().map(|d| json!({
            "phrase": d.phrase,
            "start": d.start.to_string(),
            "end": d.end.to_string(),
            "precision": d.precision.label(),
        })),
    })
}

/// Mentions per actor as CSV (`actor,mentions`), or per article and actor (`article,actor,mentions`).
pub fn print_mentions(p: &Project, by_article: bool, matching: Matching, out: &mut dyn Write) -> csv::Result<()> {
    let counts = mentions::count(p, matching);
    let mut w = csv::Writer::from_writer(out);
    if by_article {
        w.write_record(["article", "actor", "mentions"])?;
        for article in p.articles.iter() {
            for (&actor, n) in counts.per_article.get(&article.id).into_iter().flatten() {
                w.write_record([article.title.as_str(), p.actor_name(actor), &n.to_string()])?;
            }
        }
    } else {
        w.write_record(["actor", "mentions"])?;
        for actor in p.actors.iter() {
            w.write_record([actor.name.as_str(), &counts.of_actor(actor.id).to_string()])?;
        }
    }
    w.flush()?;
    Ok(())
}
