//! Upgrades of project files written by older Faultline versions, applied on load before the
//! repairs. Each step names what changed, so the analyst is told what opening the file did, and
//! each has its own test with a file of that version.

use crate::model::FORMAT_VERSION;

use super::repair::RawProject;

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
];

/// Brings `raw` up to [`FORMAT_VERSION`], returning a note per step applied.
pub(super) fn migrate(raw: &mut RawProject) -> Vec<String> {
    let mut notes = Vec::new();
    let from = raw.format;
    for step in MIGRATIONS.iter().filter(|m| m.from >= from && m.from < FORMAT_VERSION) {
        (step.apply)(raw);
        notes.push(format!(
            "opened a format {} file as format {}: {}; once saved, older Faultline versions will not open it",
            step.from,
            step.from + 1,
            step.what
        ));
    }
    raw.format = raw.format.max(FORMAT_VERSION);
    notes
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
        assert_eq!(problems.len(), 2, "one note per step");
        assert!(problems[0].message.contains("format 1 file as format 2"), "{}", problems[0].message);
        assert!(problems[1].message.contains("format 2 file as format 3"), "{}", problems[1].message);
        assert!(to_ron(&migrated).unwrap().contains(&format!("format: {FORMAT_VERSION},")));
    }

    #[test]
    fn format_2_file_opens_unchanged_and_says_what_format_3_adds() {
        let v2 = SAMPLE_RON.replacen(&format!("format: {FORMAT_VERSION},"), "format: 2,", 1);
        let (migrated, problems) = parse_checked(&v2).unwrap();
        assert_eq!(migrated, parse_checked(SAMPLE_RON).unwrap().0);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("merge conflicts"), "{}", problems[0].message);
    }
}
