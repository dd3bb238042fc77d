//! An sRGB colour written as `"#rrggbb"` in project files.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Colour(pub [u8; 3]);

impl Colour {
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self([r, g, b])
    }

    /// A distinct colour for the n-th item of a list (tags, actors, event types), so that a new
    /// tag never starts out looking like an existing one.
    pub fn palette(n: usize) -> Self {
        const PALETTE: [Colour; 12] = [
            Colour::rgb(0xe6, 0x9f, 0x00),
            Colour::rgb(0x56, 0xb4, 0xe9),
            Colour::rgb(0x00, 0x9e, 0x73),
            Colour::rgb(0xf0, 0xe4, 0x42),
            Colour::rgb(0x00, 0x72, 0xb2),
            Colour::rgb(0xd5, 0x5e, 0x00),
            Colour::rgb(0xcc, 0x79, 0xa7),
            Colour::rgb(0x88, 0xcc, 0xee),
            Colour::rgb(0x44, 0xaa, 0x99),
            Colour::rgb(0xdd, 0xcc, 0x77),
            Colour::rgb(0xaa, 0x44, 0x99),
            Colour::rgb(0x99, 0x99, 0x33),
        ];
        PALETTE[n % PALETTE.len()]
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [r, g, b] = self.0;
        write!(f, "#{r:02x}{g:02x}{b:02x}")
    }
}

impl FromStr for Colour {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let hex = s
            .strip_prefix('#')
            .filter(|h| h.len() == 6 && h.is_ascii())
            .ok_or_else(|| format!("`{s}` is not a colour (expected #rrggbb)"))?;
        let byte = |i: usize| {
            u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| format!("`{s}` is not a colour (expected #rrggbb)"))
        };
        Ok(Self([byte(0)?, byte(2)?, byte(4)?]))
    }
}

impl Serialize for Colour {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_and_print() {
        let c: Colour = "#e69f00".parse().unwrap();
        assert_eq!(c, Colour::rgb(0xe6, 0x9f, 0x00));
        assert_eq!(c.to_string(), "#e69f00");
        assert!("e69f00".parse::<Colour>().is_err());
        assert!("#e69f0".parse::<Colour>().is_err());
        assert!("#gg9f00".parse::<Colour>().is_err());
        assert!("#ééé".parse::<Colour>().is_err());
    }
}
