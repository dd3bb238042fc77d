//! Upgrades of project files written by older Faultline versions, applied on load before the
//! repairs. Each step names what changed, so the analyst is told what opening the file did, and
//! each has its own test with a file of that version.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::{Actor, ActorId, ActorKind, Affiliation, Colour, FORMAT_VERSION};

use super::repair::RawProject;

/// An actor as any version wrote it: format 3 and older gave it one side for ever
/// (`affiliation`), format 4 dated periods.
#[derive(Deserialize)]
pub(super) struct RawActor {
    id: ActorId,
    name: String,
    kind: ActorKind,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    affiliation: Option<ActorId>,
    #[serde(default)]
    affiliations: Vec<Affiliation>,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    qid: Option<String>,
    #[serde(default)]
    alias_languages: BTreeMap<String, String>,
    colour: Colour,
}

impl RawActor {
    /// The one side of an older file becomes an open-ended period before the dated ones.
    fn upgrade(&mut self) {
        if let Some(side) = self.affiliation.take() {
            self.affiliations.insert(0, Affiliation::always(side));
        }
    }

    /// The actor, and whether it still held the old single side (a hand edit of a current
    /// file), which is kept as an open-ended period.
    pub(super) fn into_actor(mut self) -> (Actor, bool) {
        let old_side = self.affiliation.is_some();
        self.upgrade();
        let actor = Actor {
            id: self.id,
            name: self.name,
            kind: self.kind,
            aliases: self.aliases,
            affiliations: self.affiliations,
            code: self.code,
            qid: self.qid,
            alias_languages: self.alias_languages,
            colour: self.colour,
        };
        (actor, old_side)
    }
}

impl From<&Actor> for RawActor {
    fn from(a: &Actor) -> Self {
        Self {
            id: a.id,
            name: a.name.clone(),
            kind: a.kind,
            aliases: a.aliases.clone(),
            affiliation: None,
            affiliations: a.affiliations.clone(),
            code: a.code.clone(),
            qid: a.qid.clone(),
            alias_languages: a.alias_languages.clone(),
            colour: a.colour,
        }
    }
}

struct Migration {
    /// The version this step upgrades from (to `from + 1`).
    from: u32,
    /// What the step changes, for the analyst.
    what: &'static str,
    apply: fn(&mut RawProject),
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        from: 1,
        what: "articles can now remember rejected claim suggestions (a format 1 file has none, so nothing else changes)",
        apply: |_| {},
    },
    Migration {
        from: 2,
        what: "projects can now keep merge conflicts, date settings and dates that are ranges of days (a format 2 file has none, so nothing else changes)",
        apply: |_| {},
    },
    Migration {
        from: 3,
        what: "an actor now acts for its side in dated periods (a minister only while in office); each actor's one side became a period without start or end, so every count stays as it was",
        apply: |raw| raw.actors.iter_mut().for_each(RawActor::upgrade),
    },
    Migration {
        from: 4,
        what: "a project can now compare names without their diacritics (a format 4 file compares them with, as before, so nothing changes)",
        apply: |_| {},
    },
];

/// Brings `raw` up to [`FORMAT_VERSION`], returning one line that says what each step applied
/// changed, or nothing for a file already in the current format.
pub(super) fn migrate(raw: &mut RawProject) -> Option<String> {
    let from = raw.format;
    let steps: Vec<&Migration> = MIGRATIONS.iter().filter(|m| m.from >= from && m.from < FORMAT_VERSION).collect();
    for step in &steps {
        (step.apply)(raw);
    }
    raw.format = raw.format.max(FORMAT_VERSION);
    let changes: Vec<String> = steps.iter().map(|s| format!("format {}: {}", s.from + 1, s.what)).collect();
    (!changes.is_empty()).then(|| {
        format!(
            "opened a format {from} file as format {FORMAT_VERSION} ({}); once saved, older Faultline versions will \
             not open it",
            changes.join("; ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::project_file::{parse_checked, to_ron};
    use crate::sample::SAMPLE_RON;

    /// Every step up to the current version exists, in order, so no version is skipped.
    #[test]
    fn migrations_form_an_unbroken_chain() {
        let froms: Vec<u32> = MIGRATIONS.iter().map(|m| m.from).collect();
        assert_eq!(froms, (1..FORMAT_VERSION).collect::<Vec<_>>());
    }

    #[test]
    fn format_1_file_opens_unchanged_and_saves_as_the_current_format() {
        let v1 = SAMPLE_RON.replacen(&format!("format: {FORMAT_VERSION},"), "format: 1,", 1);
        assert!(v1.contains("format: 1,"));
        let (migrated, problems) = parse_checked(&v1).unwrap();
        let (current, _) = parse_checked(SAMPLE_RON).unwrap();
        assert_eq!(migrated, current, "the data is the same; only the version moves on");
        assert_eq!(problems.len(), 1, "one note for the whole upgrade: {problems:?}");
        let note = &problems[0].message;
        assert!(note.starts_with("opened a format 1 file as format 5"), "{note}");
        for step in [
            "format 2: articles can now",
            "format 3: projects can now",
            "format 4: an actor now",
            "format 5: a project can now",
        ] {
            assert!(note.contains(step), "{note}");
        }
        assert_eq!(problems[0].outcome, crate::io::repair::Outcome::Upgraded);
        assert!(to_ron(&migrated).unwrap().contains(&format!("format: {FORMAT_VERSION},")));
    }

    #[test]
    fn format_2_file_opens_unchanged_and_says_what_format_3_adds() {
        let v2 = SAMPLE_RON.replacen(&format!("format: {FORMAT_VERSION},"), "format: 2,", 1);
        let (migrated, problems) = parse_checked(&v2).unwrap();
        assert_eq!(migrated, parse_checked(SAMPLE_RON).unwrap().0);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("merge conflicts"), "{}", problems[0].message);
        assert!(!problems[0].message.contains("format 2: "), "format 2 is what it was: {}", problems[0].message);
    }

    #[test]
    fn a_format_3_side_becomes_one_period_without_start_or_end() {
        let v3 = r##"(format: 3, name: "p", actors: [
            (id: "00000000000000aa", name: "United States", kind: State, aliases: [], affiliation: None, colour: "#e69f00"),
            (id: "00000000000000bb", name: "Jamieson Greer", kind: Person, aliases: ["Greer"], affiliation: Some("00000000000000aa"), colour: "#009e73"),
        ])"##;
        let (p, problems) = parse_checked(v3).unwrap();
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].message.contains("format 3 file as format 4"), "{}", problems[0].message);
        let us = p.find_actor("United States").unwrap().id;
        let greer = p.find_actor("Greer").unwrap();
        assert_eq!(greer.affiliations, vec![Affiliation::always(us)]);
        assert!(p.find_actor("United States").unwrap().affiliations.is_empty());
        let saved = to_ron(&p).unwrap();
        assert!(saved.contains("affiliations: [(acts_for: Some(") && !saved.contains("affiliation:"), "{saved}");
    }

    #[test]
    fn a_format_4_file_compares_names_with_their_diacritics_as_before() {
        let v4 = r##"(format: 4, name: "p", actors: [(id: "00000000000000aa", name: "Sergeï", kind: Person, colour: "#e69f00")])"##;
        let (p, problems) = parse_checked(v4).unwrap();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].message.contains("without their diacritics"), "{}", problems[0].message);
        assert!(!p.matching.ignore_diacritics);
        let mut loose = p.clone();
        loose.matching.ignore_diacritics = true;
        let saved = to_ron(&loose).unwrap();
        assert!(saved.contains("matching: (\n\t\tignore_diacritics: true,"), "{saved}");
        assert_eq!(parse_checked(&saved).unwrap().0, loose, "the setting is saved and read back");
    }

    #[test]
    fn an_old_single_side_left_in_a_current_file_is_kept_as_a_period_and_reported() {
        let v4 = r##"(format: 4, name: "p", actors: [
            (id: "00000000000000aa", name: "China", kind: State, colour: "#e69f00"),
            (id: "00000000000000bb", name: "MOFCOM", kind: GovernmentBody, affiliation: Some("00000000000000aa"), colour: "#009e73"),
        ])"##;
        let (p, problems) = parse_checked(v4).unwrap();
        assert_eq!(p.find_actor("MOFCOM").unwrap().affiliations.len(), 1);
        assert!(problems.iter().any(|x| x.message.contains("MOFCOM had a side in the old single")), "{problems:?}");
    }
}
