//! Actors (people, states, ministries, companies) and the dated periods in which each acts for
//! another: a minister acts for a government only while in office.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::colour::Colour;
use super::id::ActorId;
use super::table::Keyed;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
pub enum ActorKind {
    Person,
    State,
    GovernmentBody,
    Organisation,
    Group,
}

impl ActorKind {
    pub const ALL: [ActorKind; 5] =
        [ActorKind::Person, ActorKind::State, ActorKind::GovernmentBody, ActorKind::Organisation, ActorKind::Group];

    pub fn label(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::State => "state",
            ActorKind::GovernmentBody => "government body",
            ActorKind::Organisation => "organisation",
            ActorKind::Group => "group",
        }
    }
}

/// One period of an actor's life in which it acts for a side, in a role (Greer, United States,
/// "trade representative", from 2025-02-26). Both bounds are inclusive; `None` is open.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Affiliation {
    /// The side the actor acts for in this period; `None` records a role without a side.
    #[serde(default)]
    pub acts_for: Option<ActorId>,
    /// The role as the analyst or a dictionary names it ("minister", "GOV"); may be empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
}

impl Affiliation {
    /// An open-ended period acting for `side` (how every affiliation began before periods).
    pub fn always(side: ActorId) -> Self {
        Self { acts_for: Some(side), ..Self::default() }
    }

    /// Whether `day` lies in this period.
    pub fn covers(&self, day: Date) -> bool {
        self.from.is_none_or(|f| f <= day) && self.to.is_none_or(|t| day <= t)
    }

    /// Whether this period and `other` share at least one day.
    pub fn overlaps(&self, other: &Affiliation) -> bool {
        let starts_before_other_ends = match (self.from, other.to) {
            (Some(f), Some(t)) => f <= t,
            _ => true,
        };
        let ends_after_other_starts = match (self.to, other.from) {
            (Some(t), Some(f)) => f <= t,
            _ => true,
        };
        starts_before_other_ends && ends_after_other_starts
    }

    /// Whether this period and `other` put the actor on two different sides on some day.
    pub fn clashes_with(&self, other: &Affiliation) -> bool {
        self.acts_for.is_some() && other.acts_for.is_some() && self.acts_for != other.acts_for && self.overlaps(other)
    }

    /// The period's bounds as an analyst reads them: "2025-02-26 to 2026-01-31", "from
    /// 2025-02-26", "until 2024-12-31", "always".
    pub fn span_label(&self) -> String {
        match (self.from, self.to) {
            (Some(f), Some(t)) => format!("{f} to {t}"),
            (Some(f), None) => format!("from {f}"),
            (None, Some(t)) => format!("until {t}"),
            (None, None) => "always".to_owned(),
        }
    }
}

/// A person, state, ministry or other party that speaks or acts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: ActorId,
    pub name: String,
    pub kind: ActorKind,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The periods in which this actor acts for another (Greer -> United States from
    /// 2025-02-26): dyads resolve through the one in force on the day of the act.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub affiliations: Vec<Affiliation>,
    /// The CAMEO/ISO country code of a state ("USA", "CHN"), by which dictionary codes find it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The Wikidata item for this actor ("Q30").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qid: Option<String>,
    /// The language of an alias where it is known (alias -> tag such as "zh" or "ru").
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub alias_languages: BTreeMap<String, String>,
    pub colour: Colour,
}

impl Actor {
    pub fn new(name: impl Into<String>, kind: ActorKind, colour: Colour) -> Self {
        Self {
            id: ActorId::random(),
            name: name.into(),
            kind,
            aliases: Vec::new(),
            affiliations: Vec::new(),
            code: None,
            qid: None,
            alias_languages: BTreeMap::new(),
            colour,
        }
    }

    /// The period in force on `day`: one with a side before one that only records a role.
    pub fn affiliation_on(&self, day: Date) -> Option<&Affiliation> {
        let mut covering = self.affiliations.iter().filter(|a| a.covers(day));
        let first = covering.next()?;
        if first.acts_for.is_some() {
            return Some(first);
        }
        Some(covering.find(|a| a.acts_for.is_some()).unwrap_or(first))
    }

    /// The period in force where no day is given (the Actors pane; the actors list when none is
    /// in force today): an open-ended one (the latest to start), else the one that ended last.
    pub fn current_affiliation(&self) -> Option<&Affiliation> {
        let open = self.affiliations.iter().filter(|a| a.to.is_none()).max_by_key(|a| (a.acts_for.is_some(), a.from));
        open.or_else(|| self.affiliations.iter().max_by_key(|a| (a.to, a.acts_for.is_some())))
    }

    /// The period in force at `day`, or the current one when no day is given.
    pub fn affiliation_at(&self, day: Option<Date>) -> Option<&Affiliation> {
        match day {
            Some(d) => self.affiliation_on(d),
            None => self.current_affiliation(),
        }
    }

    /// Replaces the aliases; the languages of aliases no longer there go with them.
    pub fn set_aliases(&mut self, aliases: Vec<String>) {
        self.alias_languages.retain(|alias, _| aliases.contains(alias));
        self.aliases = aliases;
    }

    /// The actor's page on Wikidata, when it has an item.
    pub fn wikidata_url(&self) -> Option<String> {
        self.qid.as_ref().map(|q| format!("https://www.wikidata.org/wiki/{q}"))
    }

    /// Whether this actor acts for `side` in any period.
    pub fn ever_acts_for(&self, side: ActorId) -> bool {
        self.affiliations.iter().any(|a| a.acts_for == Some(side))
    }

    /// Whether this actor acts for no one in any period (a state, or an actor not yet placed).
    pub fn is_independent(&self) -> bool {
        self.affiliations.iter().all(|a| a.acts_for.is_none())
    }
}

/// Reads a Wikidata item as an analyst may paste it ("Q30", "q30", "wd:Q30",
/// "https://www.wikidata.org/wiki/Q30"); empty text is no item.
pub fn parse_qid(text: &str) -> Result<Option<String>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let tail = text.rsplit(['/', ':']).next().unwrap_or(text);
    let tail = tail.split(['#', '?']).next().unwrap_or(tail);
    let digits = tail.strip_prefix(['Q', 'q']).unwrap_or("");
    if !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && !digits.starts_with('0')
        && digits.len() <= 12
    {
        return Ok(Some(format!("Q{digits}")));
    }
    Err(format!(
        "“{text}” is not a Wikidata item: write its Q number, such as Q30 (United States), or paste its wikidata.org \
         address"
    ))
}

/// Reads a state's CAMEO/ISO country code ("usa" -> "USA"); empty text is no code.
pub fn parse_code(text: &str) -> Result<Option<String>, String> {
    let code = text.trim().to_uppercase();
    if code.is_empty() {
        return Ok(None);
    }
    if (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_alphabetic()) {
        return Ok(Some(code));
    }
    Err(format!(
        "“{}” is not a country code: use the two or three letters of the CAMEO or ISO code, such as USA or CHN",
        text.trim()
    ))
}

impl Keyed for Actor {
    type Id = ActorId;
    fn id(&self) -> ActorId {
        self.id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn period(side: Option<ActorId>, from: Option<Date>, to: Option<Date>) -> Affiliation {
        Affiliation { acts_for: side, role: String::new(), from, to }
    }

    #[test]
    fn a_period_covers_its_first_and_last_day_and_nothing_outside() {
        let p = period(None, Some(date(2025, 1, 20)), Some(date(2025, 6, 30)));
        assert!(p.covers(date(2025, 1, 20)) && p.covers(date(2025, 6, 30)));
        assert!(!p.covers(date(2025, 1, 19)) && !p.covers(date(2025, 7, 1)));
        assert!(period(None, None, None).covers(date(1000, 1, 1)));
    }

    #[test]
    fn periods_that_meet_on_a_day_overlap_and_consecutive_ones_do_not() {
        let first = period(None, None, Some(date(2025, 3, 31)));
        assert!(first.overlaps(&period(None, Some(date(2025, 3, 31)), None)));
        assert!(!first.overlaps(&period(None, Some(date(2025, 4, 1)), None)));
        assert!(period(None, None, None).overlaps(&first));
    }

    #[test]
    fn the_period_in_force_on_a_day_prefers_one_with_a_side() {
        let (a, b) = (ActorId::random(), ActorId::random());
        let mut m = Actor::new("Minister", ActorKind::Person, Colour::rgb(0, 0, 0));
        m.affiliations = vec![
            Affiliation { role: "party member".into(), ..period(None, None, None) },
            period(Some(a), None, Some(date(2025, 3, 31))),
            period(Some(b), Some(date(2025, 4, 1)), None),
        ];
        assert_eq!(m.affiliation_on(date(2025, 3, 31)).unwrap().acts_for, Some(a));
        assert_eq!(m.affiliation_on(date(2025, 4, 1)).unwrap().acts_for, Some(b));
        assert_eq!(m.current_affiliation().unwrap().acts_for, Some(b), "the open-ended side is the current one");
    }

    #[test]
    fn an_alias_taken_away_takes_its_language_with_it() {
        let mut m = Actor::new("Wang Yi", ActorKind::Person, Colour::rgb(0, 0, 0));
        m.aliases = vec!["王毅".into(), "Ван И".into()];
        m.alias_languages = [("王毅".into(), "zh".into()), ("Ван И".into(), "ru".into())].into();
        m.set_aliases(vec!["Ван И".into(), "Wang".into()]);
        assert_eq!(m.alias_languages, [("Ван И".to_owned(), "ru".to_owned())].into());
    }

    #[test]
    fn a_wikidata_item_is_read_from_its_number_or_its_address() {
        assert_eq!(parse_qid(" q30 ").unwrap().as_deref(), Some("Q30"));
        assert_eq!(parse_qid("https://www.wikidata.org/wiki/Q148").unwrap().as_deref(), Some("Q148"));
        assert_eq!(parse_qid("wd:Q22686").unwrap().as_deref(), Some("Q22686"));
        assert_eq!(parse_qid("").unwrap(), None);
        for bad in ["30", "Q", "Q03", "P31", "Q30x", "United States"] {
            assert!(parse_qid(bad).unwrap_err().contains("Q30"), "{bad}");
        }
    }

    #[test]
    fn a_country_code_is_two_or_three_letters_in_capitals() {
        assert_eq!(parse_code(" usa ").unwrap().as_deref(), Some("USA"));
        assert_eq!(parse_code("cn").unwrap().as_deref(), Some("CN"));
        assert_eq!(parse_code("").unwrap(), None);
        assert!(parse_code("USAGOV").is_err() && parse_code("U1").is_err() && parse_code("中国").is_err());
    }

    #[test]
    fn without_an_open_period_the_current_one_is_the_last_to_end() {
        let (a, b) = (ActorId::random(), ActorId::random());
        let mut m = Actor::new("Former minister", ActorKind::Person, Colour::rgb(0, 0, 0));
        m.affiliations = vec![
            period(Some(b), Some(date(2024, 1, 1)), Some(date(2024, 12, 31))),
            period(Some(a), None, Some(date(2023, 12, 31))),
        ];
        assert_eq!(m.current_affiliation().unwrap().acts_for, Some(b));
        assert!(m.affiliation_on(date(2025, 1, 1)).is_none(), "after the last period the actor acts for no one");
    }
}
