//! `faultline suggest` and `faultline mentions`: the reader's assistance, headless, so a
//! colleague can review suggestions or mention counts in a terminal or a script.

use std::io::Write;

use crate::analysis::assist::{AssistInput, assist};
use crate::analysis::mentions;
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

/// Mentions per actor as CSV (`actor,mentions`), or per article and actor (`article,actor,mentions`).
pub fn print_mentions(p: &Project, by_article: bool, out: &mut dyn Write) -> csv::Result<()> {
    let counts = mentions::count(p);
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
