//! Reporting verbs and what kind of act each suggests, as CAMEO codes so the project's own
//! taxonomy (which the analyst may rename) can be searched by code.

/// What a reported statement does, in CAMEO terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Act {
    Comment,
    Appeal,
    Promise,
    Consult,
    Agree,
    Praise,
    /// Easing a measure or dropping a dispute, announced.
    Deescalate,
    Demand,
    Accuse,
    Reject,
    Threaten,
    ThreatenForce,
    Restrict,
    Sanction,
    /// A show of force: patrols, drills, deployments.
    Posture,
}

impl Act {
    /// How hostile the act is, for choosing among the verbs of one sentence ("lashed out at the
    /// drills and warned" is a threat): force, then threats and measures, demands, rejections,
    /// accusations, then the cooperative acts, then comment.
    pub fn strength(self) -> u8 {
        match self {
            Act::ThreatenForce => 9,
            Act::Sanction | Act::Restrict | Act::Posture => 8,
            Act::Threaten => 7,
            Act::Demand => 6,
            Act::Reject => 5,
            Act::Accuse => 4,
            Act::Appeal | Act::Promise | Act::Consult | Act::Agree | Act::Praise | Act::Deescalate => 1,
            Act::Comment => 0,
        }
    }

    /// The CAMEO code of the act. The shipped taxonomy (`assets/taxonomy.ron`) has a type for
    /// most; a code it lacks ("051" praise) falls to its nearest root ("05").
    pub fn cameo(self) -> &'static str {
        match self {
            Act::Comment => "01",
            Act::Appeal => "02",
            Act::Promise => "03",
            Act::Consult => "04",
            Act::Agree => "05",
            Act::Praise => "051",
            Act::Deescalate => "08",
            Act::Demand => "10",
            Act::Accuse => "11",
            Act::Reject => "12",
            Act::Threaten => "1312",
            Act::ThreatenForce => "138",
            Act::Restrict => "172",
            Act::Sanction => "163",
            Act::Posture => "15",
        }
    }
}

/// Lower-case verb forms that report a statement, with the act each suggests on its own.
/// Nouns that look like verbs ("states", "claims", "calls") are left out; "demands" and
/// "warning" stay, and `is_noun_use` tells their noun uses apart.
const VERBS: &[(&str, Act)] = &[
    ("said", Act::Comment),
    ("says", Act::Comment),
    ("say", Act::Comment),
    ("saying", Act::Comment),
    ("stated", Act::Comment),
    ("stating", Act::Comment),
    ("mentioned", Act::Comment),
    ("told", Act::Comment),
    ("tells", Act::Comment),
    ("wrote", Act::Comment),
    ("writes", Act::Comment),
    ("tweeted", Act::Comment),
    ("posted", Act::Comment),
    ("emphasized", Act::Comment),
    ("emphasised", Act::Comment),
    ("emphasizes", Act::Comment),
    ("emphasises", Act::Comment),
    ("stressed", Act::Comment),
    ("stresses", Act::Comment),
    ("reiterates", Act::Comment),
    ("noted", Act::Comment),
    ("noting", Act::Comment),
    ("observed", Act::Comment),
    ("suggested", Act::Comment),
    ("hinted", Act::Comment),
    ("hints", Act::Comment),
    ("signaled", Act::Comment),
    ("signalled", Act::Comment),
    ("argued", Act::Comment),
    ("arguing", Act::Comment),
    ("contended", Act::Comment),
    ("contending", Act::Comment),
    ("claiming", Act::Comment),
    ("called", Act::Comment),
    ("argues", Act::Comment),
    ("declared", Act::Comment),
    ("insisted", Act::Comment),
    ("insists", Act::Comment),
    ("insisting", Act::Comment),
    ("announced", Act::Comment),
    ("announces", Act::Comment),
    ("claimed", Act::Comment),
    ("added", Act::Comment),
    ("adding", Act::Comment),
    ("admitted", Act::Comment),
    ("admits", Act::Comment),
    ("conceded", Act::Comment),
    ("concedes", Act::Comment),
    ("divulged", Act::Comment),
    ("briefed", Act::Comment),
    ("disclosed", Act::Comment),
    // "Trump signed an executive order that halted all aid …, alleging “serious human rights
    // violations”", "Zeine cited multiple accords …, asserting Benin’s violation".
    ("alleging", Act::Accuse),
    ("asserting", Act::Comment),
    ("stressing", Act::Comment),
    ("emphasizing", Act::Comment),
    ("emphasising", Act::Comment),
    ("reiterating", Act::Comment),
    ("denouncing", Act::Accuse),
    ("describing", Act::Comment),
    // "Nangaa justified the creation of the alliance as a response to …".
    ("justified", Act::Comment),
    // "Japan's Ministry of Foreign Affairs flagged the construction of a new structure".
    ("flagged", Act::Comment),
    ("revealed", Act::Comment),
    ("acknowledged", Act::Comment),
    ("confirmed", Act::Comment),
    ("explained", Act::Comment),
    ("specified", Act::Comment),
    ("asserted", Act::Comment),
    ("maintained", Act::Comment),
    ("reiterated", Act::Comment),
    ("responded", Act::Comment),
    ("replied", Act::Comment),
    ("remarked", Act::Comment),
    ("commented", Act::Comment),
    ("defended", Act::Comment),
    ("defends", Act::Comment),
    ("defending", Act::Comment),
    // Reporting verbs of wire and ministry copy ("highlighted Vietnam's viewpoint", "the
    // statement reads", "what it termed", "went on to warn").
    ("highlighted", Act::Comment),
    ("highlights", Act::Comment),
    ("affirmed", Act::Comment),
    ("affirms", Act::Comment),
    ("underlined", Act::Comment),
    ("underscored", Act::Comment),
    ("pointed", Act::Comment),
    ("indicated", Act::Comment),
    ("termed", Act::Comment),
    ("described", Act::Comment),
    ("characterized", Act::Comment),
    ("reads", Act::Comment),
    ("adds", Act::Comment),
    ("refuses", Act::Reject),
    ("warn", Act::Threaten),
    ("urge", Act::Demand),
    ("reject", Act::Reject),
    ("accused", Act::Accuse),
    ("accuses", Act::Accuse),
    ("accusing", Act::Accuse),
    ("accuse", Act::Accuse),
    ("alleged", Act::Accuse),
    ("criticized", Act::Accuse),
    ("criticised", Act::Accuse),
    ("criticizes", Act::Accuse),
    ("criticises", Act::Accuse),
    ("criticizing", Act::Accuse),
    ("criticising", Act::Accuse),
    ("condemned", Act::Accuse),
    // More verbs of the wire's attribution (stop 27), by what each does.
    ("admonished", Act::Accuse),
    ("assailed", Act::Accuse),
    ("berated", Act::Accuse),
    ("castigated", Act::Accuse),
    ("chided", Act::Accuse),
    ("excoriated", Act::Accuse),
    ("reprimanded", Act::Accuse),
    ("scolded", Act::Accuse),
    ("lamented", Act::Accuse),
    ("bemoaned", Act::Accuse),
    ("grumbled", Act::Accuse),
    ("rebutted", Act::Reject),
    ("repudiated", Act::Reject),
    ("vetoed", Act::Reject),
    ("countered", Act::Reject),
    ("retorted", Act::Reject),
    ("applauded", Act::Praise),
    ("commended", Act::Praise),
    ("congratulated", Act::Praise),
    ("lauded", Act::Praise),
    ("boasted", Act::Comment),
    ("implied", Act::Comment),
    ("predicted", Act::Comment),
    ("proclaimed", Act::Comment),
    ("speculated", Act::Comment),
    ("testified", Act::Comment),
    ("reminded", Act::Comment),
    ("reassured", Act::Promise),
    ("guaranteed", Act::Promise),
    ("recommended", Act::Appeal),
    ("condemns", Act::Accuse),
    ("denounced", Act::Accuse),
    ("slammed", Act::Accuse),
    ("slams", Act::Accuse),
    ("blasts", Act::Accuse),
    ("rebukes", Act::Accuse),
    ("denounces", Act::Accuse),
    ("condemn", Act::Accuse),
    ("decries", Act::Accuse),
    ("lambasts", Act::Accuse),
    ("lashed", Act::Accuse),
    ("dissed", Act::Reject),
    ("blasted", Act::Accuse),
    ("decried", Act::Accuse),
    ("lambasted", Act::Accuse),
    ("rebuked", Act::Accuse),
    ("blamed", Act::Accuse),
    ("blames", Act::Accuse),
    ("complained", Act::Accuse),
    ("questioned", Act::Reject),
    ("protested", Act::Accuse),
    ("counter-protested", Act::Accuse),
    ("protest", Act::Accuse),
    ("characterizing", Act::Accuse),
    ("characterised", Act::Accuse),
    ("labeling", Act::Accuse),
    ("labeled", Act::Accuse),
    ("labelled", Act::Accuse),
    ("labelling", Act::Accuse),
    ("retaliated", Act::Accuse),
    ("warned", Act::Threaten),
    ("warns", Act::Threaten),
    ("warning", Act::Threaten),
    ("threatened", Act::Threaten),
    ("threatens", Act::Threaten),
    ("threatening", Act::Threaten),
    ("threaten", Act::Threaten),
    ("cautioned", Act::Threaten),
    ("cautions", Act::Threaten),
    ("vowed", Act::Threaten),
    ("vows", Act::Threaten),
    ("urged", Act::Demand),
    ("urges", Act::Demand),
    ("urging", Act::Demand),
    ("demanded", Act::Demand),
    ("demands", Act::Demand),
    ("demanding", Act::Demand),
    ("appealed", Act::Appeal),
    ("agreed", Act::Agree),
    ("agrees", Act::Agree),
    ("pledged", Act::Promise),
    ("pledges", Act::Promise),
    ("promised", Act::Promise),
    ("promises", Act::Promise),
    ("reaffirmed", Act::Comment),
    ("assures", Act::Comment),
    ("assured", Act::Comment),
    ("praised", Act::Praise),
    ("praises", Act::Praise),
    ("hailed", Act::Praise),
    ("hails", Act::Praise),
    ("thanked", Act::Praise),
    ("welcomed", Act::Praise),
    ("welcomes", Act::Praise),
    ("rejected", Act::Reject),
    ("rejects", Act::Reject),
    ("denied", Act::Reject),
    ("denies", Act::Reject),
    ("refused", Act::Reject),
    ("dismissed", Act::Reject),
    ("rebuffed", Act::Reject),
    ("brushed", Act::Reject),
    ("disputed", Act::Reject),
    ("refuted", Act::Reject),
    ("opposes", Act::Reject),
    ("rubbished", Act::Reject),
    ("censured", Act::Accuse),
    ("exhorts", Act::Demand),
    ("exhorted", Act::Demand),
    ("disassociated", Act::Deescalate),
    ("dissociated", Act::Deescalate),
    ("deplored", Act::Accuse),
    ("deplores", Act::Accuse),
    ("regretted", Act::Accuse),
    ("fumed", Act::Accuse),
    ("reacted", Act::Comment),
    ("repeats", Act::Comment),
    ("exclaimed", Act::Comment),
    ("vowing", Act::Threaten),
    ("wondered", Act::Comment),
    ("detailed", Act::Comment),
    ("blaming", Act::Accuse),
    ("apologized", Act::Deescalate),
    ("apologised", Act::Deescalate),
    ("clarified", Act::Comment),
    ("clarifies", Act::Comment),
    ("elaborated", Act::Comment),
    ("averred", Act::Comment),
    // "Uganda has distanced itself from sentiments expressed by …": disowning, to ease a row.
    ("distanced", Act::Deescalate),
    ("objected", Act::Accuse),
    ("refutes", Act::Reject),
];

/// The act `word` (lower case) has in `table`, if it is there.
fn act_in(table: &[(&str, Act)], word: &str) -> Option<Act> {
    table.iter().find(|(w, _)| *w == word).map(|&(_, a)| a)
}

/// The act a reporting verb suggests, if `word` (lower case) is one.
pub fn reporting_verb(word: &str) -> Option<Act> {
    act_in(VERBS, word)
}

/// The act of a reporting verb in the present tense after "we" ("we urge", "we condemn",
/// "we reject"), if it is one.
pub fn present_act(word: &str) -> Option<Act> {
    [format!("{word}s"), format!("{word}d"), format!("{word}ed"), word.to_owned()]
        .iter()
        .find_map(|w| reporting_verb(w))
}

/// The act of a verb that reports only in some company (`lower` is the sentence, lower case):
/// next to a text ("read the foreign ministry’s statement", "the statement read in part", "the
/// statement continued", "the Ministry concluded"), with a counterpart ("spoke with", "discussed
/// the ruling with"), a matter raised ("raised the issue"), or a call on someone ("Georgia calls
/// upon the Russian Federation"; "calls" alone is mostly a noun); failing those, a reporting verb
/// in the present tense (`present_tense`).
pub fn verb_in_context(lower: &[String], i: usize) -> Option<Act> {
    let w = |j: usize| lower.get(j).map_or("", String::as_str);
    let text = |j: usize| is_text(w(j));
    let near = |from: usize, to: usize, hit: &dyn Fn(usize) -> bool| (from..to.min(lower.len())).any(hit);
    let ends = lower.get(i + 1).is_none_or(|n| matches!(n.as_str(), "by" | "that"));
    let before = |f: &dyn Fn(&str) -> bool| i > 0 && f(w(i - 1));
    match w(i) {
        // "the statement read in part", "…,” it read in part".
        "read" | "reads" if near(i.saturating_sub(2), i + 5, &text) || w(i + 1) == "in" && w(i + 2) == "part" => {
            Some(Act::Comment)
        }
        // "Putin had recently spoken out in favour of …", "Robles spoke of the “men and women
        // who have had to leave Venezuela …”".
        "spoke" | "spoken" if matches!(w(i + 1), "out" | "of") => Some(Act::Comment),
        // "Dushanbe also conveyed to Islamabad the need to …", "Gloria de la Fuente expressed
        // that “they are not consistent …”".
        "conveyed" | "conveys" if w(i + 1) == "to" => Some(Act::Comment),
        "expressed" | "expresses" if w(i + 1) == "that" => Some(Act::Comment),
        // "A Mauritanian diplomat … offered a warning to the junta"; offering talks is read by
        // the type rules.
        "offered" | "offers" if near(i + 1, i + 4, &|j| matches!(w(j), "warning" | "warnings")) => {
            statement_noun("warning")
        }
        // "Greece immediately shot back, calling the accord absurd".
        "shot" | "hit" | "hits" | "fired" | "fires" if w(i + 1) == "back" => Some(Act::Accuse),
        "continued" | "continues" | "concluded" | "concludes"
            if ends && (i > 0 && text(i - 1) || before(&|p| matches!(p, "he" | "she" | "ministry"))) =>
        {
            Some(Act::Comment)
        }
        "spoke" | "spoken" | "speaks" | "discussed" | "discusses" if near(i + 1, i + 12, &|j| w(j) == "with") => {
            Some(Act::Consult)
        }
        // "Ou also addressed the issue of Taiwan's ally Palau".
        "raised" | "raises" | "addressed" | "addresses"
            if near(i + 1, i + 4, &|j| {
                matches!(
                    w(j),
                    "issue"
                        | "matter"
                        | "concern"
                        | "concerns"
                        | "question"
                        | "objection"
                        | "objections"
                        | "comments"
                        | "remarks"
                )
            }) =>
        {
            Some(Act::Comment)
        }
        "calls" if matches!(w(i + 1), "on" | "upon" | "for") => Some(Act::Comment),
        // "The Department likewise strongly protests the acts" ("protests" alone is mostly a noun).
        // "The EU profoundly regrets the decision", likewise.
        "protests" | "regrets" if before(&|p| is_adverb(p) || matches!(p, "also" | "again" | "likewise")) => {
            Some(Act::Accuse)
        }
        // "Sri Lanka has asked China to defer a port call", "The Sudanese government asked the
        // UN Security Council to condemn"; not "when asked about", "was asked to".
        "asked" | "asks"
            if near(i + 1, i + 7, &|j| w(j) == "to")
                && i > 0
                && !before(&|p| BE_FORMS.contains(&p) || matches!(p, "when" | "if")) =>
        {
            Some(Act::Demand)
        }
        // "The federal government hopes …", "Ethiopia hoped that"; not "hopes of a deal".
        // Not "raised hopes that …", "amid hopes the …": after these it is a noun.
        "hopes" | "hoped"
            if !matches!(w(i + 1), "of" | "for" | "and" | "were" | "are" | "was" | "is" | "had" | "have" | "")
                && !before(&|p| {
                    matches!(
                        p,
                        "with"
                            | "amid"
                            | "despite"
                            | "raised"
                            | "raising"
                            | "dashed"
                            | "boosted"
                            | "fading"
                            | "growing"
                            | "high"
                            | "renewed"
                            | "new"
                    )
                }) =>
        {
            Some(Act::Appeal)
        }
        // "The ministry advised Morocco to …", "China expects the United States to act"; not "is
        // expected to".
        "advised" | "advises" | "expects" | "expected"
            if i > 0 && near(i + 1, i + 7, &|j| w(j) == "to") && !passive_or_compared(lower, i) =>
        {
            Some(Act::Demand)
        }
        // "Beijing last week issued a new call for Hanoi to …"; not "made a call to Washington" nor
        // "made a phone call on Thursday".
        "issued" | "issues" | "renewed" | "renews" | "made" | "makes"
            if near(i + 1, i + 5, &|j| w(j) == "call" && w(j + 1) == "for") =>
        {
            Some(Act::Demand)
        }
        // "Thailand and Cambodia blame each other"; not "Washington is to blame".
        "blame" if matches!(w(i + 1), "each" | "one") => Some(Act::Accuse),
        // "A statement from the Foreign Ministry reported that …".
        "reported" | "reports" if w(i + 1) == "that" && near(i.saturating_sub(6), i, &text) => Some(Act::Comment),
        // "The Estonian armed forces also reported the violation", "The Mexican Ministry of
        // Foreign Relations reported that …": a body reports. Not a medium ("Reuters reported"),
        // whose report is no party's statement.
        "reported" | "reports"
            if (0..i)
                .rev()
                .find(|&j| !is_adverb(w(j)) && w(j) != "also")
                .is_some_and(|j| REPORTING_BODIES.contains(&w(j)))
                && w(i + 1) != "by" =>
        {
            Some(Act::Comment)
        }
        // "China also requested the Indonesian government do its best", "requested that"; not
        // "requested anonymity" nor "requested to remain anonymous".
        "requested" | "requests" if !matches!(w(i + 1), "anonymity" | "not" | "to") && !w(i + 1).is_empty() => {
            Some(Act::Demand)
        }
        // "Santo Domingo claims the project violates …" ("claims" alone is mostly a noun).
        // Not "a set of false claims that …".
        "claims" if matches!(w(i + 1), "the" | "it" | "its") => Some(Act::Comment),
        // "Fumio Kishida talked on the phone with …".
        "talked" if near(i + 1, i + 5, &|j| matches!(w(j), "phone" | "with")) => Some(Act::Consult),
        // "Koulamallah referred to France as “an essential partner”".
        "referred" | "refers" if w(i + 1) == "to" => Some(Act::Comment),
        // "Mr Ferdinand Nwonye, spokesperson for the Ministry, made this known".
        "made" if w(i + 1) == "known" || w(i + 2) == "known" => Some(Act::Comment),
        // "took a swipe at China".
        "took" | "takes" if near(i + 1, i + 3, &|j| w(j) == "swipe") => Some(Act::Accuse),
        // "He also pressed Beijing to resume negotiations"; not "was pressed to".
        "pressed" | "presses" if near(i + 1, i + 5, &|j| w(j) == "to") && !passive_or_compared(lower, i) => {
            Some(Act::Demand)
        }
        // "The Russian Federation considers the holding of an event … as a violation", "Colombia
        // considers that …"; not "is considered".
        "considers" | "considered"
            if !passive_or_compared(lower, i) && (w(i + 1) == "that" || near(i + 1, i + 16, &|j| w(j) == "as")) =>
        {
            Some(Act::Comment)
        }
        // "Italy and Malta have applied pressure on Switzerland to lift its ban".
        "applied" | "applies" | "exerted" | "exerts" | "put" | "puts" if w(i + 1) == "pressure" => Some(Act::Demand),
        // "didn’t rule out the possibility of additional sanctions" threatens; "ruled out talks"
        // refuses.
        "rule" | "ruled" | "rules" if w(i + 1) == "out" => {
            Some(if before(&|p| p.contains("n’t") || p.contains("n't") || p == "not") {
                Act::Threaten
            } else {
                Act::Reject
            })
        }
        // "Both countries declined to send troops"; declining to comment says nothing.
        "declined" | "declines" if w(i + 1) == "to" && !matches!(w(i + 2), "comment" | "say" | "elaborate" | "be") => {
            Some(Act::Reject)
        }
        // "it has been repeatedly calling for dialogue".
        "calling" if matches!(w(i + 1), "for" | "on" | "upon") => Some(Act::Demand),
        // "Benin invited Burkina Faso and Niger to join".
        "invited" | "invites" if near(i + 1, i + 8, &|j| w(j) == "to") => Some(Act::Appeal),
        // "informed the North Korean government that …".
        "informed" | "informs" | "inform"
            if near(i + 1, i + 11, &|j| w(j) == "that") && !before(&|p| matches!(p, "was" | "were" | "well")) =>
        {
            Some(Act::Comment)
        }
        // "notified the representative of Russia that …", "the diplomat was firmly notified of
        // …"; not "the ministry notified of its invitation".
        "notified"
            if !matches!(w(i + 1), "of" | "about")
                || (i.saturating_sub(2)..i).any(|j| matches!(w(j), "was" | "were")) =>
        {
            Some(Act::Comment)
        }
        _ => present_tense(lower, i),
    }
}

/// The nouns a body that reports ends in ("the armed forces reported", "the Ministry of Foreign
/// Relations reported"); no medium ("Reuters reported") and no agency ("the news agency reported").
const REPORTING_BODIES: &[&str] = &[
    "forces",
    "ministry",
    "army",
    "navy",
    "police",
    "guard",
    "government",
    "military",
    "command",
    "relations",
    "affairs",
    "department",
    "embassy",
    "authorities",
];

/// Present-tense forms that are mostly nouns, read as verbs only before "that" ("the document
/// states that …", "MFA notes that …").
const NOUNS_OR_VERBS: &[&str] =
    &["states", "notes", "points", "remarks", "replies", "maintains", "signals", "disputes"];

/// Present-tense forms never read as verbs: "the ministry's claims", "the protests". Only forms
/// whose past tense reports need an entry; those in `VERBS` never reach `present_tense`.
const NOUNS: &[&str] = &[
    "claims",
    "calls",
    "protests",
    "counters",
    "retorts",
    "labels",
    "terms",
    "details",
    "questions",
    "tweets",
    "posts",
    "appeals",
    "reacts",
    "speculates",
    "comments",
    "mentions",
    "thanks",
    "counter-protests",
];

/// A reporting verb in the present tense, as releases write them ("The Ministry reaffirms
/// that …", "MFA underlines that …", "Turkmenistan alleges that …", "The Government of Belize
/// confirms that …"): the third person of a verb whose past tense reports. Forms that are mostly
/// nouns report only before "that"; those that are nouns nearly always never do.
fn present_tense(lower: &[String], i: usize) -> Option<Act> {
    let w = lower[i].as_str();
    let stem = w.strip_suffix('s')?;
    if stem.len() < 4 || NOUNS.contains(&w) {
        return None;
    }
    if NOUNS_OR_VERBS.contains(&w) && lower.get(i + 1).is_none_or(|n| n != "that") {
        return None;
    }
    let es = stem.strip_suffix('e').filter(|s| s.ends_with("ss") || s.ends_with("sh") || s.ends_with("ch"));
    [format!("{stem}ed"), format!("{stem}d")]
        .into_iter()
        .chain(es.map(|s| format!("{s}ed")))
        .find_map(|past| reporting_verb(&past))
}

/// The forms of "be" (lower case), which make a participle after them passive.
pub const BE_FORMS: [&str; 7] = ["be", "been", "being", "was", "were", "is", "are"];

/// Whether word `i` of `lower` follows a form of "be" (past adverbs, "not", "also") or
/// "than"/"as": "is also expected to visit", "faster than expected".
fn passive_or_compared(lower: &[String], i: usize) -> bool {
    let skipped = |w: &str| is_adverb(w) || matches!(w, "not" | "also" | "still" | "now" | "widely");
    let before = (0..i).rev().find(|&j| !skipped(&lower[j]));
    before.is_some_and(|j| BE_FORMS.contains(&lower[j].as_str()) || matches!(lower[j].as_str(), "than" | "as"))
}

/// Whether `w` (lower case) reads as an adverb of manner ("firmly", "strongly"): a word of more
/// than four letters ending in "-ly".
pub fn is_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly")
}

/// Whether `w` (lower case) names a text a body issues ("the statement", "the communiqué"):
/// one that speaks for its body ("the letter said") and in whose company "read" and "continued"
/// report ("the statement read").
pub fn is_text(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "statements"
            | "communiqué"
            | "communique"
            | "declaration"
            | "letter"
            | "complaint"
            | "release"
            | "document"
            | "tweet"
            | "message"
            | "readout"
    )
}

/// Plain verbs that deliver a statement named by a noun after them ("lodged a protest",
/// "presented three lists of demands", "issued a warning").
const DELIVERY: &[&str] = &[
    "held",
    "holds",
    "issued",
    "issues",
    "lodged",
    "lodges",
    "presented",
    "presents",
    "voiced",
    "voices",
    "expressed",
    "expresses",
    "filed",
    "files",
    "delivered",
    "delivers",
    "conveyed",
    "conveys",
    "shared",
    "shares",
    "registered",
    "registers",
    "sent",
    "sends",
    "made",
    "makes",
    "handed",
    "hands",
    "launched",
    "launches",
    // "exchanged diplomatic protests", "gave its backing".
    "exchanged",
    "gave",
    // "released the following statement".
    "released",
    // "leveled diatribes and insults on South Korea", "traded accusations with Rwanda".
    "leveled",
    "levelled",
    "traded",
    // "requested a written explanation", "sought an explanation".
    "requested",
    "requests",
    "sought",
    "seeks",
];

/// How many words after a verb of delivery its statement noun may stand ("has held “a
/// constructive and candid discussion”").
pub const DELIVERED_WITHIN: usize = 6;

/// Whether `word` (lower case) is a verb that delivers a statement.
pub fn is_delivery(word: &str) -> bool {
    DELIVERY.contains(&word)
}

/// Nouns for a delivered statement, with the act each is.
const STATEMENT_NOUNS: &[(&str, Act)] = &[
    ("protest", Act::Accuse),
    ("protests", Act::Accuse),
    ("complaint", Act::Accuse),
    ("condemnation", Act::Accuse),
    ("representations", Act::Accuse),
    ("warning", Act::Threaten),
    ("warnings", Act::Threaten),
    ("ultimatum", Act::Threaten),
    ("threat", Act::Threaten),
    ("threats", Act::Threaten),
    ("demand", Act::Demand),
    ("demands", Act::Demand),
    ("appeal", Act::Appeal),
    ("opposition", Act::Reject),
    ("reference", Act::Comment),
    ("discussion", Act::Consult),
    ("discussions", Act::Consult),
    ("talks", Act::Consult),
    ("consultations", Act::Consult),
    ("statement", Act::Comment),
    ("view", Act::Comment),
    ("views", Act::Comment),
    ("stance", Act::Comment),
    ("support", Act::Agree),
    ("solidarity", Act::Agree),
    ("readiness", Act::Promise),
    ("willingness", Act::Promise),
    ("demarche", Act::Accuse),
    ("démarche", Act::Accuse),
    ("disapproval", Act::Accuse),
    ("displeasure", Act::Accuse),
    ("regret", Act::Accuse),
    ("regrets", Act::Accuse),
    ("disappointment", Act::Accuse),
    ("dissatisfaction", Act::Accuse),
    ("indignation", Act::Accuse),
    ("note", Act::Comment),
    ("letter", Act::Comment),
    ("backing", Act::Agree),
    ("position", Act::Comment),
    ("desire", Act::Comment),
    ("non-recognition", Act::Reject),
    // "expressed the following on behalf of the National Government:", "made the following
    // remarks".
    ("following", Act::Comment),
    ("response", Act::Comment),
    ("hope", Act::Appeal),
    ("accusations", Act::Accuse),
    ("accusation", Act::Accuse),
    ("allegations", Act::Accuse),
    ("complaints", Act::Accuse),
    ("apology", Act::Deescalate),
    ("apologies", Act::Deescalate),
    ("insults", Act::Accuse),
    ("criticism", Act::Accuse),
    ("announcement", Act::Comment),
    ("explanation", Act::Demand),
    ("explanations", Act::Demand),
    ("clarification", Act::Demand),
    ("clarifications", Act::Demand),
    ("confidence", Act::Comment),
    ("appreciation", Act::Praise),
    ("gratitude", Act::Praise),
    ("outrage", Act::Accuse),
    ("concern", Act::Comment),
    ("concerns", Act::Comment),
    // More nouns of what is delivered (stop 27): "made a formal request", "gave assurances".
    ("denial", Act::Reject),
    ("rejection", Act::Reject),
    ("assurance", Act::Promise),
    ("assurances", Act::Promise),
    ("pledge", Act::Promise),
    ("proposal", Act::Promise),
    ("offer", Act::Promise),
    ("invitation", Act::Appeal),
    ("summons", Act::Accuse),
    ("rebuttal", Act::Reject),
    ("denunciation", Act::Accuse),
    ("reprimand", Act::Accuse),
    ("rebuke", Act::Accuse),
    ("congratulations", Act::Praise),
];

/// The act of a statement noun (lower case), if `word` is one.
pub fn statement_noun(word: &str) -> Option<Act> {
    act_in(STATEMENT_NOUNS, word)
}

/// Words after which a verb form is a noun or an adjective: "an added 30% levy", "other
/// demands", "a stern warning", "its protest".
const NOUN_MARKERS: &[&str] = &[
    "a", "an", "the", "this", "these", "those", "its", "his", "her", "their", "our", "my", "your", "other", "such",
    "any", "some", "no", "every", "each", "further", "new", "stern", "earlier", "latest", "of", "without",
    // "in disputed areas", "around claimed waters": after a preposition, an adjective.
    "in", "on", "at", "around", "near", "over", "into", "across",
    // "indignation about adding the names": a gerund after a preposition is a noun.
    "about",
];

/// Whether the verb-like word after `previous` (lower case) is used as a noun.
pub fn is_noun_use(previous: Option<&str>) -> bool {
    previous.is_some_and(|p| NOUN_MARKERS.contains(&p) || p.ends_with("’s") || p.ends_with("'s"))
}

/// Whether word `i` of a sentence (`lower`) is used as a noun, reading the words on both sides:
/// after a noun marker ("other demands"), unless the marker is an adverb of time before a past
/// tense ("It further emphasized", "Colombia earlier said"); and before the noun it qualifies
/// ("fired warning shots").
pub fn noun_at(lower: &[String], i: usize) -> bool {
    let w = lower[i].as_str();
    let previous = i.checked_sub(1).map(|p| lower[p].as_str());
    let past = w.ends_with("ed") || matches!(w, "said" | "told" | "wrote" | "reads" | "says");
    let adverb_of_time = matches!(previous, Some("further" | "earlier")) && past;
    let qualifies = w == "warning" && lower.get(i + 1).is_some_and(|n| matches!(n.as_str(), "shots" | "shot"));
    qualifies || is_noun_use(previous) && !adverb_of_time
}

/// A neutral verb often reports a sharper act; these phrases in the sentence say which
/// ("said … they violated the agreement" is an accusation). Checked in order, so the
/// stronger reading of a sentence wins. A phrase matches whole words ("spoke" is not in
/// "spokesperson"); one ending in `*` is a stem ("violat*": violate, violation).
/// Sanctions are not here: whether a sentence announces one depends on who imposes it
/// (`suggest::announces_sanction`).
const CUES: &[(&str, Act)] = &[
    ("use force", Act::ThreatenForce),
    ("use of force", Act::ThreatenForce),
    ("means war", Act::ThreatenForce),
    // A demand often names what it objects to ("should stop interfering"), so it comes first.
    ("to stop", Act::Demand),
    ("should stop", Act::Demand),
    ("must stop", Act::Demand),
    ("rejection", Act::Reject),
    // A denial worded as a fact: "Russia had nothing to do with that incident".
    ("nothing to do with", Act::Reject),
    ("no basis", Act::Reject),
    ("not true", Act::Reject),
    ("opposition to", Act::Reject),
    ("breakthrough", Act::Agree),
    ("reached an agreement", Act::Agree),
    ("reached a deal", Act::Agree),
    ("violat*", Act::Accuse),
    ("breach*", Act::Accuse),
    ("erroneous", Act::Accuse),
    ("double standard*", Act::Accuse),
    ("hegemon*", Act::Accuse),
    ("bully*", Act::Accuse),
    ("bullie*", Act::Accuse),
    ("discriminat*", Act::Accuse),
    ("abus*", Act::Accuse),
    ("illegal", Act::Accuse),
    ("illegitimate", Act::Accuse),
    ("irresponsible", Act::Accuse),
    ("provocation*", Act::Accuse),
    ("provocative", Act::Accuse),
    ("interfer*", Act::Accuse),
    ("unilateralism", Act::Accuse),
    ("backfired", Act::Accuse),
    ("retaliation", Act::Accuse),
    ("regret*", Act::Accuse),
    ("unfriendly", Act::Accuse),
    ("destructive", Act::Accuse),
    ("refusal", Act::Accuse),
    ("lodge a protest", Act::Accuse),
    ("lodged a protest", Act::Accuse),
    ("gimmick*", Act::Accuse),
    ("countermeasure*", Act::Threaten),
    ("counter-measure*", Act::Threaten),
    ("counter measure*", Act::Threaten),
    ("retaliate", Act::Threaten),
    ("serious response", Act::Threaten),
    ("resolute response", Act::Threaten),
    ("firm response", Act::Threaten),
    ("forced to", Act::Threaten),
    ("consequences", Act::Threaten),
    ("unanswered", Act::Threaten),
    ("proportionate", Act::Threaten),
    ("commensurate", Act::Threaten),
    ("mirror measures", Act::Threaten),
    ("mirror response*", Act::Threaten),
    ("implications", Act::Threaten),
    ("principle of reciprocity", Act::Threaten),
    ("all options", Act::Threaten),
    ("pay a price", Act::Threaten),
    ("pay the price", Act::Threaten),
    ("necessary measures", Act::Threaten),
    ("take measures", Act::Threaten),
    ("resolute measures", Act::Threaten),
    ("firm measures", Act::Threaten),
    ("measures against", Act::Threaten),
    ("must", Act::Demand),
    ("should not", Act::Demand),
    ("should immediately", Act::Demand),
    ("commitment", Act::Promise),
    ("talks", Act::Consult),
    ("speak with", Act::Consult),
    ("spoke with", Act::Consult),
    ("spoken with", Act::Consult),
    ("negotiation*", Act::Consult),
    ("phone call*", Act::Consult),
    ("by phone", Act::Consult),
    ("telephone*", Act::Consult),
    ("phoned", Act::Consult),
    ("a call", Act::Consult),
    ("call with", Act::Consult),
    ("conversation", Act::Consult),
    ("exchanged views", Act::Consult),
    ("exchange of views", Act::Consult),
    ("in-depth views", Act::Consult),
    ("communication", Act::Consult),
];

/// Whether `phrase` (a cue, lower case) occurs in `text` (lower case) on word boundaries.
fn has_cue(text: &str, phrase: &str) -> bool {
    let (phrase, stem) = match phrase.strip_suffix('*') {
        Some(p) => (p, true),
        None => (phrase, false),
    };
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    // "non-discrimination" is no discrimination: a hyphen before the phrase joins it to a prefix.
    let joined = |c: Option<char>| letter(c) || c == Some('-');
    text.match_indices(phrase).any(|(at, _)| {
        !joined(text[..at].chars().next_back()) && (stem || !letter(text[at + phrase.len()..].chars().next()))
    })
}

/// The sharper act `sentence_lower` reports, by the cues above, if it says one.
pub fn cue_act(sentence_lower: &str) -> Option<Act> {
    CUES.iter().find(|(cue, _)| has_cue(sentence_lower, cue)).map(|&(_, a)| a)
}

/// Pronouns that stand for the last person who spoke ("He accused China…").
pub const PERSON_PRONOUNS: [&str; 2] = ["he", "she"];

/// Pronouns that, as the whole subject of a reporting verb ("It also warned", "They
/// criticised"), stand for the last state, ministry or organisation that spoke.
pub const BODY_PRONOUNS: [&str; 2] = ["it", "they"];

/// Object pronouns right after the verb ("accusing it of", "urged them to"): the target is
/// named earlier in the sentence.
pub const OBJECT_PRONOUNS: [&str; 4] = ["it", "them", "him", "her"];

#[cfg(test)]
mod tests {
    use super::*;

    fn in_context(sentence: &str, verb: &str) -> Option<Act> {
        let words: Vec<String> = sentence.split_whitespace().map(str::to_owned).collect();
        verb_in_context(&words, words.iter().position(|w| w == verb).unwrap())
    }

    #[test]
    fn a_verb_that_reports_only_in_company_needs_its_company() {
        assert_eq!(in_context("the statement read in part", "read"), Some(Act::Comment));
        assert_eq!(in_context("beijing read the situation differently", "read"), None);
        assert_eq!(in_context("the ministry concluded", "concluded"), Some(Act::Comment));
        assert_eq!(in_context("the talks concluded on friday", "concluded"), None);
        assert_eq!(in_context("he discussed the ruling with his british counterpart", "discussed"), Some(Act::Consult));
        assert_eq!(in_context("he raised the issue with the un", "raised"), Some(Act::Comment));
        assert_eq!(in_context("china raised tariffs", "raised"), None);
        assert_eq!(in_context("georgia calls upon russia to withdraw", "calls"), Some(Act::Comment));
        assert_eq!(in_context("the calls went unanswered", "calls"), None);
        assert_eq!(in_context("the government asked the council to condemn it", "asked"), Some(Act::Demand));
        assert_eq!(in_context("al-jubeir was asked by journalists to say more", "asked"), None);
        assert_eq!(in_context("when asked to comment he declined", "asked"), None);
        assert_eq!(in_context("the federal government hopes beijing will lift them", "hopes"), Some(Act::Appeal));
        assert_eq!(in_context("a deal with hopes the tariffs will go", "hopes"), None);
        assert_eq!(in_context("hopes of a deal faded", "hopes"), None);
        assert_eq!(in_context("the talks raised hopes that china would relent", "hopes"), None);
        assert_eq!(in_context("beijing issued a new call for hanoi to respect it", "issued"), Some(Act::Demand));
        assert_eq!(in_context("china made a call to washington", "made"), None);
        assert_eq!(in_context("the ministry advised morocco to respect the rules", "advised"), Some(Act::Demand));
        assert_eq!(in_context("the uk expects the spanish government to act", "expects"), Some(Act::Demand));
        assert_eq!(in_context("the vote is expected to pass", "expected"), None);
        assert_eq!(in_context("xi is also expected to visit washington", "expected"), None);
        assert_eq!(in_context("exports fell faster than expected to a low", "expected"), None);
        assert_eq!(in_context("expected to last two days the talks began", "expected"), None);
        assert_eq!(in_context("stocks rose amid hopes that washington would relent", "hopes"), None);
        assert_eq!(in_context("beijing hopes washington will lift them", "hopes"), Some(Act::Appeal));
        assert_eq!(in_context("xi made a phone call on thursday", "made"), None);
        assert_eq!(in_context("kigali and kinshasa blame each other", "blame"), Some(Act::Accuse));
        assert_eq!(in_context("washington is to blame for it", "blame"), None);
        assert_eq!(
            in_context("a statement from the ministry reported that talks failed", "reported"),
            Some(Act::Comment)
        );
        assert_eq!(in_context("the agency reported that talks failed", "reported"), None);
    }

    #[test]
    fn a_cue_matches_whole_words_and_a_stem_any_ending() {
        assert_eq!(cue_act("a foreign ministry spokesperson said on monday"), None);
        assert_eq!(cue_act("he spoke with kerry by phone"), Some(Act::Consult));
        assert_eq!(cue_act("china vowed to retaliate"), Some(Act::Threaten));
        assert_eq!(cue_act("the curbs are a diplomatic retaliation"), Some(Act::Accuse));
        assert_eq!(cue_act("she spoke to reporters"), None);
        assert_eq!(cue_act("the move has interfered with trade"), Some(Act::Accuse));
        assert_eq!(cue_act("they mustered support"), None);
    }
}
