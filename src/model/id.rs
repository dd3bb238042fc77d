//! Stable random identifiers.
//!
//! Ids are random 64-bit values written as 16 hex digits, so two projects started on different
//! machines can later be merged without renumbering. Each record kind has its own id type so an
//! actor id can never be passed where a claim id is expected.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(u64);

        impl $name {
            /// A fresh random id.
            pub fn random() -> Self {
                // Zero is never produced so that a defaulted id is recognisable in a bug report.
                Self(fastrand::u64(1..))
            }

            /// An id from a fixed value (sample data, tests, generators).
            pub const fn from_raw(raw: u64) -> Self {
                Self(raw)
            }

            pub const fn raw(self) -> u64 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{:016x}", self.0)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({:016x})", stringify!($name), self.0)
            }
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                if s.is_empty() || s.len() > 16 {
                    return Err(format!("`{s}` is not an id (expected up to 16 hex digits)"));
                }
                u64::from_str_radix(s, 16)
                    .map(Self)
                    .map_err(|_| format!("`{s}` is not an id (expected hex digits)"))
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

id_type!(
    /// Identifies an [`crate::model::Article`].
    ArticleId
);
id_type!(
    /// Identifies a [`crate::model::Claim`].
    ClaimId
);
id_type!(
    /// Identifies an [`crate::model::Actor`].
    ActorId
);
id_type!(
    /// Identifies a [`crate::model::Tag`] of the codebook.
    TagId
);
id_type!(
    /// Identifies an [`crate::model::Event`].
    EventId
);
id_type!(
    /// Identifies an [`crate::model::EventType`] of the project's taxonomy.
    EventTypeId
);
id_type!(
    /// Identifies an [`crate::model::Era`] or marker on the timeline.
    EraId
);
id_type!(
    /// Identifies a [`crate::model::Hypothesis`] of the ACH matrix.
    HypothesisId
);
id_type!(
    /// Identifies an [`crate::model::Outlet`].
    OutletId
);
id_type!(
    /// Identifies a [`crate::model::ClaimLink`] between two claims.
    ClaimLinkId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text() {
        let id = ClaimId::random();
        assert_eq!(id.to_string().parse::<ClaimId>().unwrap(), id);
        assert_eq!(ClaimId::from_raw(0xab).to_string(), "00000000000000ab");
        assert!("xyz".parse::<ClaimId>().is_err());
        assert!("".parse::<ClaimId>().is_err());
        assert!("12345678901234567".parse::<ClaimId>().is_err());
    }
}
