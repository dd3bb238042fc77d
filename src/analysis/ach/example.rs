//! The README's worked example (four hypotheses, eight pieces of evidence), built as an
//! analyst would build it, so the tests, the command line and the workbench can be checked
//! against the hand computation shown there.

use crate::edit::{Document, Edit, EditError, builders};
use crate::model::{Article, ArticleId, Credibility, Project, Rating, Reliability};

use Credibility::{CannotJudge, Confirmed, Doubtful, Possible, Probable};
use Rating::{C, CC, I, II, N};
use Reliability::{A, B, D, F};

/// The hypotheses, H1 to H4.
const HYPOTHESES: [&str; 4] =
    ["Retaliation for US chip controls", "Bargaining chip", "Industrial policy", "Environmental clean-up"];

/// Per piece of evidence, E1 to E8: its text, its grade, and its ratings for H1 to H4.
const EVIDENCE: [(&str, Reliability, Credibility, [Rating; 4]); 8] = [
    ("Controls announced two days after the US tariffs.", A, Confirmed, [C, C, I, II]),
    ("Licences granted quickly to US firms after the Geneva talks.", B, Probable, [I, CC, N, I]),
    ("The ministry cites damage from illegal mining.", B, Possible, [N, N, C, CC]),
    ("The controls apply to Japan and the EU too.", Reliability::C, Possible, [I, I, C, C]),
    ("The controls paused after the leaders' truce.", A, Probable, [C, CC, II, II]),
    ("An unnamed official: drafted years ago.", F, CannotJudge, [I, I, CC, C]),
    ("A tabloid: the mining crackdown began in 2021.", D, Doubtful, [N, I, C, C]),
    ("Magnet exports fell 75% in April.", B, Probable, [C, C, C, C]),
];

/// The example as an analyst would build it: each piece of evidence a claim on an article of
/// its own grade, its credibility set on the claim, and the matrix rated, all through the edit
/// path.
pub fn worked_example() -> Project {
    let mut doc = Document::new(Project::new("Why did China restrict rare-earth exports?"), None);
    let mut claims = Vec::new();
    for (i, (text, reliability, credibility, _)) in EVIDENCE.iter().enumerate() {
        let article = Article {
            id: ArticleId::random(),
            title: format!("Evidence E{}", i + 1),
            outlet: String::new(),
            reliability: Some(*reliability),
            author: String::new(),
            url: String::new(),
            published: None,
            notes: String::new(),
            text: (*text).to_owned(),
            dismissed_suggestions: Default::default(),
        };
        let a = article.id;
        apply(Ok(builders::add_article(article)), &mut doc);
        let made = builders::new_claim(doc.project(), a, 0, text.chars().count());
        let claim = made.as_ref().map_or_else(|_| crate::model::ClaimId::from_raw(0), |(_, c)| *c);
        apply(made.map(|(edit, _)| edit), &mut doc);
        if *credibility != Credibility::default() {
            apply(builders::set_credibility(doc.project(), claim, *credibility), &mut doc);
        }
        claims.push(claim);
    }
    let hypotheses: Vec<_> = HYPOTHESES
        .iter()
        .map(|title| {
            let (edit, id) = builders::add_hypothesis(title);
            apply(Ok(edit), &mut doc);
            id
        })
        .collect();
    apply(builders::add_evidence(doc.project(), &claims), &mut doc);
    for (claim, (.., ratings)) in claims.iter().zip(EVIDENCE) {
        for (h, rating) in hypotheses.iter().zip(ratings) {
            apply(builders::rate(doc.project(), *h, *claim, Some(rating), ""), &mut doc);
        }
    }
    doc.project().clone()
}

/// Fixed data, checked by the tests: every edit is valid and applies.
fn apply(edit: Result<Edit, EditError>, doc: &mut Document) {
    doc.apply(edit.expect("the example's edits are valid")).expect("the example's edits apply");
}
