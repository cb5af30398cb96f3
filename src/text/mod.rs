//! The words of the product, in one catalogue per area. A [`Text`] holds
//! both languages by name, so the compiler insists on each; placeholders
//! such as `{count}` are filled by [`Text::fill`], and a test checks that
//! both languages use the same ones.
//!
//! Lower layers return codes and values; these modules make sentences.

pub mod answer;
pub mod charts;
pub mod codec;
pub mod deals;
pub mod edit;
pub mod explainer;
pub mod import;
pub mod inputs;
pub mod page;
pub mod store;
pub mod validation;

use crate::i18n::Lang;

/// A text in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// Norwegian bokmål.
    pub nb: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nb => self.nb,
            Lang::En => self.en,
        }
    }

    /// The text in `lang` with each `{name}` replaced by its value.
    pub fn fill(self, lang: Lang, values: &[(&str, &str)]) -> String {
        let mut out = self.get(lang).to_string();
        for (name, value) in values {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }

    /// The placeholder names a text uses, in order of first use.
    pub fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else { break };
            let name = &rest[open + 1..open + close];
            if !names.contains(&name) {
                names.push(name);
            }
            rest = &rest[open + close + 1..];
        }
        names
    }
}

/// One of two texts by count: `one` for 1, `many` otherwise; `{count}` is
/// the number.
pub fn count(lang: Lang, n: usize, one: Text, many: Text) -> String {
    let text = if n == 1 { one } else { many };
    text.fill(lang, &[("count", &n.to_string())])
}

/// Declares texts as constants and lists them all in `ALL`, for the
/// catalogue's test.
macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident = $nb:literal / $en:literal;)*) => {
        // A text needs no doc comment of its own: its words are its documentation.
        $($(#[$doc])* #[allow(missing_docs)] pub const $name: $crate::text::Text = $crate::text::Text { nb: $nb, en: $en };)*
        /// Every text of this catalogue.
        pub const ALL: &[$crate::text::Text] = &[$($name),*];
    };
}
pub(crate) use texts;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_in_either_language() {
        let t = Text { nb: "Importer {count} avtaler fra {file}", en: "Import {count} deals from {file}" };
        assert_eq!(t.fill(Lang::En, &[("count", "3"), ("file", "a.csv")]), "Import 3 deals from a.csv");
        assert_eq!(Text::placeholders(t.nb), vec!["count", "file"]);
    }

    #[test]
    fn every_text_has_both_languages_and_the_same_placeholders() {
        let catalogues = [
            import::ALL,
            edit::ALL,
            codec::ALL,
            charts::ALL,
            validation::ALL,
            store::ALL,
            explainer::ALL,
            inputs::ALL,
            answer::ALL,
            deals::ALL,
            page::ALL,
        ];
        for text in catalogues.into_iter().flatten() {
            assert!(!text.nb.trim().is_empty() && !text.en.trim().is_empty(), "{text:?} lacks a language");
            let mut nb = Text::placeholders(text.nb);
            let mut en = Text::placeholders(text.en);
            nb.sort();
            en.sort();
            assert_eq!(nb, en, "placeholders differ in {text:?}");
        }
    }
}
