//! Rebuilds `projects/us-china-rare-earths-2025.ron` from the two seed articles, annotated as an
//! analyst would, through the same edit path the GUI uses.
//!
//!     cargo run --example build_sample -- ../shared/seeds projects/us-china-rare-earths-2025.ron
//!
//! Ids come from a fixed seed so the file only changes when the annotations do.

use std::path::PathBuf;

use faultline::edit::{Document, Edit, Op, Record, builders};
use faultline::io::import::{Format, import_bytes};
use faultline::io::project_file;
use faultline::model::{
    Actor, ActorId, ActorKind, ArticleId, ClaimId, Colour, Confidence, Era, EraId, Event, EventId, FuzzyDate,
    Precision, Project, Tag, TagId,
};
use jiff::civil::date;

struct Builder {
    doc: Document,
}

impl Builder {
    fn apply(&mut self, edit: Edit) {
        let label = edit.label.clone();
        if let Err(e) = self.doc.apply(edit) {
            panic!("{label}: {e}");
        }
    }

    fn actor(&mut self, name: &str, kind: ActorKind, aliases: &[&str], affiliation: Option<ActorId>) -> ActorId {
        let mut a = Actor::new(name, kind, Colour::palette(self.doc.project().actors.len()));
        a.aliases = aliases.iter().map(|s| s.to_string()).collect();
        a.affiliations = affiliation.into_iter().map(faultline::model::Affiliation::always).collect();
        let id = a.id;
        self.apply(Edit::one("new actor", Op::Put(Record::Actor(a))));
        id
    }

    fn tag(&mut self, name: &str, parent: Option<TagId>, description: &str) -> TagId {
        let mut t = Tag::new(name, Colour::palette(self.doc.project().tags.len() + 3));
        t.parent = parent;
        t.description = description.into();
        let id = t.id;
        self.apply(Edit::one("new tag", Op::Put(Record::Tag(t))));
        id
    }

    fn article(&mut self, seed: &PathBuf, title: &str, published: jiff::civil::Date, notes: &str) -> ArticleId {
        let bytes = std::fs::read(seed).unwrap_or_else(|e| panic!("{}: {e}", seed.display()));
        let mut a = import_bytes(&bytes, Format::Text, title).expect("seed imports").article;
        // The sample keeps each seed's whole text, headline included, as the article text.
        a.text = faultline::model::text::normalize_newlines(std::str::from_utf8(&bytes).unwrap()).trim().to_owned();
        a.title = title.into();
        a.published = Some(published);
        a.notes = notes.into();
        let id = a.id;
        self.apply(builders::add_article(a));
        id
    }

    /// A claim on the first occurrence of `quote` in the article.
    fn claim(
        &mut self,
        article: ArticleId,
        quote: &str,
        tags: &[TagId],
        speaker: Option<ActorId>,
        targets: &[ActorId],
        note: &str,
    ) -> ClaimId {
        let text = &self.doc.project().articles.get(article).unwrap().text;
        let (start, end) =
            faultline::model::text::find_chars(text, quote, 0).unwrap_or_else(|| panic!("not in the text: {quote}"));
        let (edit, id) = builders::new_claim(self.doc.project(), article, start, end).unwrap();
        self.apply(edit);
        let mut c = self.doc.project().claims.get(id).cloned().unwrap();
        c.tags = tags.to_vec();
        c.speaker = speaker;
        c.targets = targets.to_vec();
        c.note = note.into();
        c.confidence = Confidence::High;
        self.apply(builders::update_claim("annotate claim", c));
        id
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        &mut self,
        kind: &str,
        source: ActorId,
        target: ActorId,
        date: FuzzyDate,
        evidence: &[ClaimId],
        bilateral: bool,
        note: &str,
    ) -> EventId {
        let kind =
            self.doc.project().taxonomy.iter().find(|t| t.name == kind).unwrap_or_else(|| panic!("no type {kind}")).id;
        let e = Event {
            id: EventId::random(),
            kind,
            source,
            target,
            bilateral,
            date,
            score: None,
            evidence: evidence.to_vec(),
            note: note.into(),
        };
        let id = e.id;
        self.apply(builders::put_event("code event", e));
        id
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let seeds = PathBuf::from(args.next().unwrap_or_else(|| "../shared/seeds".into()));
    let out = PathBuf::from(args.next().unwrap_or_else(|| "projects/us-china-rare-earths-2025.ron".into()));
    fastrand::seed(2025);

    let mut project = Project::new("US–China rare-earth licences, 2025");
    project.description = "The May–June 2025 US–China dispute over rare-earth export licences and the Geneva truce, coded from two news articles.".into();
    let mut b = Builder { doc: Document::new(project, None) };

    // Actors, states first so affiliations can point at them.
    let us = b.actor("United States", ActorKind::State, &["US", "U.S.", "Washington", "United States"], None);
    let cn = b.actor("China", ActorKind::State, &["Beijing", "PRC"], None);
    let trump =
        b.actor("Donald Trump", ActorKind::Person, &["Trump", "President Trump", "President Donald Trump"], Some(us));
    let xi = b.actor("Xi Jinping", ActorKind::Person, &["Xi", "President Xi", "President Xi Jinping"], Some(cn));
    let greer = b.actor("Jamieson Greer", ActorKind::Person, &["Greer", "U.S. Trade Representative"], Some(us));
    let hegseth = b.actor("Pete Hegseth", ActorKind::Person, &["Hegseth", "US Defense Secretary"], Some(us));
    let hassett = b.actor("Kevin Hassett", ActorKind::Person, &["Hassett"], Some(us));
    let mofcom = b.actor(
        "Ministry of Commerce (China)",
        ActorKind::GovernmentBody,
        &["MOFCOM", "Commerce Ministry", "Ministry of Commerce"],
        Some(cn),
    );
    let emb_dc = b.actor("Chinese Embassy in Washington", ActorKind::GovernmentBody, &[], Some(cn));
    let liu = b.actor("Liu Pengyu", ActorKind::Person, &["Liu"], Some(emb_dc));
    let emb_sg = b.actor(
        "Chinese Embassy in Singapore",
        ActorKind::GovernmentBody,
        &["Beijing’s embassy in Singapore"],
        Some(cn),
    );
    let wilder = b.actor("Dennis Wilder", ActorKind::Person, &["Wilder"], None);

    // Codebook.
    let conflict = b.tag("Conflict", None, "Statements and acts that raise tension.");
    let accusation = b.tag("Accusation", Some(conflict), "One side accuses or criticises the other.");
    let threat = b.tag("Threat", Some(conflict), "A warning of measures to come.");
    let demand = b.tag("Demand", Some(conflict), "A call on the other side to act or stop.");
    let controls = b.tag("Export controls", Some(conflict), "Licences, bans, restrictions on trade or people.");
    let military = b.tag("Military", Some(conflict), "Force posture and security statements.");
    let cooperation = b.tag("Cooperation", None, "Talks, agreements, de-escalation.");
    let talks = b.tag("Talks / diplomacy", Some(cooperation), "Calls for or hints at negotiation.");
    let context = b.tag("Context", None, "Background the analyst keeps for reference.");

    // Article 1.
    let a1 = b.article(
        &seeds.join("truce-crumbles-over-rare-earths.txt"),
        "US-China Trade Tensions Escalate: Truce Crumbles Over Rare Earths",
        date(2025, 6, 2),
        "Outlet not given in the saved copy, which ends with share-button text (“Spread the love”). Publication date taken from the MOFCOM statement it reports (Monday 2 June 2025).",
    );
    let c_mofcom_violating = b.claim(a1, "Beijing’s Ministry of Commerce issued a stern warning, accusing the United States of “seriously violating” a trade understanding reached in Geneva in early May.", &[accusation], Some(mofcom), &[us], "");
    let c_geneva_a1 = b.claim(
        a1,
        "a trade understanding reached in Geneva in early May",
        &[talks],
        None,
        &[us, cn],
        "The Geneva understanding itself, dated only “in early May”.",
    );
    let c_mofcom_ready = b.claim(a1, "China has declared its readiness to implement “strong and resolute measures” should Washington persist with what it terms “discriminatory and restrictive moves.”", &[threat], Some(mofcom), &[us], "");
    let c_trump_totally = b.claim(a1, "President Donald Trump, for his part, has publicly stated that China has “totally violated” the pact, citing concerns over the deliberately slow pace of rare earth material exports from China.", &[accusation], Some(trump), &[cn], "Same accusation as Trump’s White House remarks of Friday 30 May.");
    let c_april = b.claim(
        a1,
        "Beijing maintains restrictions on rare earth exports, initially imposed in April.",
        &[controls],
        Some(cn),
        &[us],
        "",
    );
    let c_mofcom_argues = b.claim(a1, "China’s Commerce Ministry argues the true issue lies with recent US actions post-agreement, including warnings against Huawei chips, bans on chip design software sales to Chinese firms, and visa cancellations for Chinese students.", &[accusation], Some(mofcom), &[us], "");
    let c_us_bans = b.claim(
        a1,
        "bans on chip design software sales to Chinese firms, and visa cancellations for Chinese students",
        &[controls],
        Some(us),
        &[cn],
        "The US measures China points to: reported, not dated.",
    );
    let c_mofcom_vowed = b.claim(a1, "Beijing vowed “strong and resolute measures” if the US continues to “harm China’s interests” and accused Washington of unilaterally initiating new trade frictions.", &[threat, accusation], Some(mofcom), &[us], "");
    let _c_crackdown = b.claim(a1, "State media reports indicate China is intensifying crackdowns on illegal rare earth mining and unauthorized exports, signaling no immediate intention to ease restrictions.", &[controls], Some(cn), &[], "");
    let c_hassett = b.claim(a1, "President Trump remains keen on a direct conversation with President Xi Jinping to resolve the impasse, a prospect hinted at by National Economic Council director Kevin Hassett.", &[talks], Some(hassett), &[xi], "");
    let _c_wilder = b.claim(a1, "former White House intelligence official Dennis Wilder, who suggested a presidential call could help align policies", &[talks, context], Some(wilder), &[us], "Commentary by a former official, not a state act: no event.");
    let c_hegseth = b.claim(a1, "US Defense Secretary Pete Hegseth criticized China’s military expansion in the Indo-Pacific, labeling it an “imminent threat” and urging allies to bolster defense.", &[military, accusation], Some(hegseth), &[cn], "Shangri-La Dialogue speech.");
    let _c_absence = b.claim(
        a1,
        "China’s notable absence from the summit, a break from tradition, underscored the strained relations.",
        &[military, context],
        Some(cn),
        &[],
        "",
    );
    let c_embassy_sg = b.claim(a1, "Beijing’s embassy in Singapore retaliated, characterizing the US as a primary destabilizer for regional peace and accusing Hegseth of fostering a “Cold War mentality” and challenging China’s sovereignty.", &[accusation, military], Some(emb_sg), &[us, hegseth], "");

    // Article 2.
    let a2 = b.article(
        &seeds.join("trump-xi-rare-earth-licences.txt"),
        "Trump hints at direct talks with Xi to resolve China’s delay in rare earth export licenses",
        date(2025, 5, 31),
        "Outlet and author not given in the saved copy. Published the day after Trump’s Friday remarks (the S&P 500 move is Friday 30 May 2025).",
    );
    let c_licences = b.claim(
        a2,
        "a dispute ignited by China’s sluggish issuance of export licenses for critical rare earth elements",
        &[controls],
        Some(cn),
        &[us],
        "",
    );
    let c_ceasefire =
        b.claim(a2, "a temporary tariff ceasefire signed earlier this month", &[talks], None, &[us, cn], "");
    let c_trump_violated = b.claim(
        a2,
        "“They violated a big part of the agreement we made,” Trump said at the White House on Friday.",
        &[accusation],
        Some(trump),
        &[cn],
        "",
    );
    let c_trump_xi = b.claim(
        a2,
        "“But I’m sure that I’ll speak to President Xi, and hopefully we’ll work that out.”",
        &[talks],
        Some(trump),
        &[xi],
        "",
    );
    let c_greer_accused = b.claim(a2, "He accused China of failing to comply with the Geneva trade agreement and said the flow of critical minerals—particularly rare earth magnets—had not resumed as agreed.", &[accusation], Some(greer), &[cn], "");
    let c_greer_quote = b.claim(a2, "“China continues to slow down and choke off things like critical minerals and rare earth magnets,” Greer stated.", &[accusation], Some(greer), &[cn], "");
    let _c_liu_comm = b.claim(a2, "Liu Pengyu, spokesperson for the Chinese Embassy in Washington, emphasized that Beijing and Washington have remained in communication since the Geneva talks.", &[talks], Some(liu), &[us], "");
    let c_liu_urges = b.claim(a2, "“China once again urges the U.S. to correct its erroneous actions, cease discriminatory restrictions against China, and uphold the consensus reached at the high-level talks in Geneva,” Liu said.", &[demand], Some(liu), &[us], "");
    let _c_market = b.claim(a2, "The S&P 500, which was on track for its best May since 1990, fell by as much as 1.2% before recovering most of the losses later in the session.", &[context], None, &[], "");
    let _c_court = b.claim(a2, "Earlier this week, a federal court ruling temporarily halted most of the tariffs imposed under his administration.", &[context], None, &[trump], "Domestic legal check on the tariffs; not a US–China act.");

    // Events: one per real-world act, dated when the act happened.
    let in_april = FuzzyDate::month(2025, 4).unwrap().with_phrase("initially imposed in April");
    b.event(
        "Restrict",
        cn,
        us,
        in_april,
        &[c_april, c_licences],
        false,
        "Rare-earth export licensing imposed in April and applied slowly since.",
    );
    let early_may = FuzzyDate::month_part(2025, 5, Precision::EarlyMonth).unwrap().with_phrase("in early May");
    b.event(
        "Agree",
        us,
        cn,
        early_may,
        &[c_geneva_a1, c_ceasefire],
        true,
        "The Geneva understanding: tariffs cut for 90 days.",
    );
    let friday = FuzzyDate::day(date(2025, 5, 30)).with_phrase("on Friday");
    b.event(
        "Accuse / criticise",
        trump,
        cn,
        friday.clone(),
        &[c_trump_totally, c_trump_violated],
        false,
        "Reported by both articles: one act, two evidence claims.",
    );
    b.event("Promise / intent to cooperate", trump, xi, friday, &[c_trump_xi], false, "");
    let late_may = || FuzzyDate::month_part(2025, 5, Precision::LateMonth).unwrap();
    b.event(
        "Accuse / criticise",
        greer,
        cn,
        late_may(),
        &[c_greer_accused, c_greer_quote],
        false,
        "Not dated in the article; before its publication on 31 May.",
    );
    b.event("Demand", liu, us, late_may(), &[c_liu_urges], false, "");
    b.event(
        "Restrict",
        us,
        cn,
        late_may().with_phrase("recent US actions post-agreement"),
        &[c_us_bans],
        false,
        "Chip design software and student visas, after Geneva.",
    );
    let shangri_la = FuzzyDate::day(date(2025, 5, 31)).with_phrase("At the Shangri-La Dialogue summit");
    b.event("Accuse / criticise", hegseth, cn, shangri_la, &[c_hegseth], false, "");
    let week = FuzzyDate::week_of(date(2025, 5, 26)).with_phrase("retaliated (after Hegseth’s speech)");
    b.event("Accuse / criticise", emb_sg, us, week.clone(), &[c_embassy_sg], false, "");
    b.event("Appeal / call for talks", hassett, xi, week.with_phrase("hinted at"), &[c_hassett], false, "");
    let monday = FuzzyDate::day(date(2025, 6, 2)).with_phrase("issued a stern warning");
    b.event("Accuse / criticise", mofcom, us, monday.clone(), &[c_mofcom_violating, c_mofcom_argues], false, "");
    b.event(
        "Threaten",
        mofcom,
        us,
        monday,
        &[c_mofcom_ready, c_mofcom_vowed],
        false,
        "“Strong and resolute measures”: a threat, not yet a sanction.",
    );

    // Eras and markers on the timeline.
    for (name, start, end, colour) in [
        ("Geneva truce", date(2025, 5, 12), date(2025, 5, 29), Colour::rgb(0x81, 0xc7, 0x84)),
        ("Shangri-La Dialogue", date(2025, 5, 30), date(2025, 6, 1), Colour::rgb(0x90, 0xa4, 0xae)),
    ] {
        let era = Era { id: EraId::random(), name: name.into(), start, end, colour, note: String::new() };
        b.apply(Edit::one("new era", Op::Put(Record::Era(era))));
    }

    project_file::save(b.doc.project(), &out).unwrap_or_else(|e| panic!("{e}"));
    println!("wrote {}", out.display());
}
