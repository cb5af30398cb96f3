//! The two languages of the product. Pure: no browser access here.

use serde::{Deserialize, Serialize};

/// A language the product is shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Norwegian bokmål, the first language.
    #[default]
    #[serde(rename = "nb")]
    Nb,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// The language's code: "nb" or "en", as serialized.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::En => "en",
        }
    }

    /// Reads a language tag such as `nb-NO`, `nn`, `no` or `en-GB`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "nb" | "nn" | "no" => Some(Lang::Nb),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the text for this language.
    pub fn pick<'a>(self, nb: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Nb => nb,
            Lang::En => en,
        }
    }
}
