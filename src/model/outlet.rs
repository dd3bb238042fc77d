//! A news outlet as a record of the project, carrying the reliability its articles get unless
//! an article is graded on its own.

use serde::{Deserialize, Serialize};

use super::grade::Reliability;
use super::id::OutletId;
use super::names::Matching;
use super::table::Keyed;

/// An outlet (wire service, ministry, newspaper) and how reliable the analyst judges it.
/// Articles are matched to it by their outlet text, against its name and aliases.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Outlet {
    pub id: OutletId,
    pub name: String,
    /// Other spellings articles use ("AP", "The Associated Press").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub reliability: Reliability,
    /// Why the outlet has this grade, for whoever audits the analysis.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl Outlet {
    pub fn new(name: impl Into<String>, reliability: Reliability) -> Self {
        Self { id: OutletId::random(), name: name.into(), aliases: Vec::new(), reliability, note: String::new() }
    }

    /// Whether an article's outlet text names this outlet, as the project compares names
    /// ("ＡＰ" and " ap " are "AP").
    pub fn answers_to(&self, name: &str, matching: Matching) -> bool {
        std::iter::once(&self.name).chain(&self.aliases).any(|n| matching.same_name(n, name))
    }
}

impl Keyed for Outlet {
    type Id = OutletId;
    fn id(&self) -> OutletId {
        self.id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outlet_answers_to_its_names_in_any_case_width_or_spacing_and_accents_by_the_setting() {
        let mut o = Outlet::new("Agence France-Presse", Reliability::B);
        o.aliases = vec!["AFP".into(), "Агентство Франс Пресс".into()];
        let strict = Matching::default();
        assert!(o.answers_to(" ａｆｐ ", strict) && o.answers_to("agence  france-presse", strict));
        assert!(o.answers_to("АГЕНТСТВО ФРАНС ПРЕСС", strict));
        assert!(!o.answers_to("Agence France-Prèsse", strict) && !o.answers_to("AP", strict));
        assert!(o.answers_to("Agence France-Prèsse", Matching { ignore_diacritics: true }));
    }
}
