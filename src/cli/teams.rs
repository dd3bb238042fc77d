//! `faultline agree`: how far two analysts' codings of the same articles agree, as text for a
//! person or JSON for a script (the names `alpha_by_tag`, `alpha_overall`, `kappa_event_type`,
//! `kappa_direction`, `date_agreement`, `matched`, `only_a`, `only_b` are a promise).

use std::io::Write;

use crate::analysis::agreement::{Agreement, ClaimRef};

/// The figures first, then what was left out and why, then the claims only one analyst made.
pub fn print_agreement(a: &Agreement, out: &mut dyn Write) -> std::io::Result<()> {
    let figure = |x: Option<f64>| x.map_or_else(|| "n/a".to_owned(), |x| format!("{x:.3}"));
    writeln!(out, "Compared {} shared article(s).", a.shared_articles.len())?;
    if a.shared_articles.is_empty() {
        writeln!(out, "No article is in both projects, so there is nothing to compare: no score is given.")?;
    }
    writeln!(out, "\nKrippendorff's alpha over characters (nominal):")?;
    for (tag, alpha) in &a.alpha_by_tag {
        writeln!(out, "  {tag:<32} {}", figure(*alpha))?;
    }
    writeln!(out, "  {:<32} {}", "(all tags)", figure(a.alpha_overall))?;
    writeln!(out, "\nClaims matched (span overlap >= 50%): {}", a.matched.len())?;
    writeln!(out, "  Cohen's kappa, event type:  {}", figure(a.kappa_event_type))?;
    writeln!(out, "  Cohen's kappa, direction:   {}", figure(a.kappa_direction))?;
    writeln!(
        out,
        "  Dates that overlap:         {}",
        a.date_agreement.map_or("n/a".to_owned(), |x| format!("{:.0}%", x * 100.0))
    )?;
    writeln!(out, "  (n/a: no pairs to compare, or every pair gave one and the same answer)")?;
    for (side, titles) in [("first", &a.articles_only_a), ("second", &a.articles_only_b)] {
        if !titles.is_empty() {
            writeln!(out, "\nOnly in the {side} project (left out): {}", titles.join("; "))?;
        }
    }
    for (side, claims) in [("first", &a.only_a), ("second", &a.only_b)] {
        writeln!(out, "\nClaims only the {side} analyst made: {}", claims.len())?;
        for c in claims {
            print_claim(c, out)?;
        }
    }
    Ok(())
}

fn print_claim(c: &ClaimRef, out: &mut dyn Write) -> std::io::Result<()> {
    let quote: String = c.quote.chars().take(80).collect::<String>().split_whitespace().collect::<Vec<_>>().join(" ");
    writeln!(out, "  {} {}-{}: “{quote}”", c.article, c.start, c.end)
}
