//! The default event taxonomy shipped under `assets/taxonomy.ron`.

use super::event::EventType;
use super::table::Table;

/// The taxonomy file as shipped, embedded so a new project works from any directory.
pub const DEFAULT_TAXONOMY_RON: &str = include_str!("../../assets/taxonomy.ron");

/// The shipped taxonomy. It is part of the binary and checked by a test, so it always parses.
pub fn default_taxonomy() -> Table<EventType> {
    ron::from_str(DEFAULT_TAXONOMY_RON).expect("assets/taxonomy.ron is valid (checked by tests)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_taxonomy_parses_and_matches_the_reference_scale() {
        let t = default_taxonomy();
        assert_eq!(t.len(), 16);
        let score = |name: &str| t.iter().find(|e| e.name == name).map(|e| e.score);
        assert_eq!(score("Accuse / criticise"), Some(-2.0));
        assert_eq!(score("Sanction / tariff / embargo"), Some(-8.0));
        assert_eq!(score("Restrict"), Some(-5.2));
        assert_eq!(score("Threaten"), Some(-5.0));
        assert_eq!(score("Consult / negotiate / call"), Some(2.0));
        let comment = t.iter().find(|e| e.name == "Comment").unwrap();
        assert!(!comment.on_series);
    }
}
