//! Column names compared as the vocabulary writes them: folded (see
//! `words::fold`), without a unit in parentheses ("Amount (NOK)",
//! "Probability (%)") and without the record prefix of list-view exports
//! ("Deal - Title", "Negocio - Título"). A column of another record
//! ("Organization - Name", "Person - Name") or a system column
//! ("(Do Not Modify) Row Checksum") is no deal field.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::field::Field;
use super::vocabulary::{DEAL_PREFIXES, HEADERS, OTHER_RECORD_PREFIXES};
use super::words::fold;

/// What a column name says once the decoration is gone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeaderKey {
    /// A name that may be a deal field, folded.
    Deal(String),
    /// Another record's column or a system column: never a deal field.
    Other,
}

/// The comparable form of a column name.
pub fn key(header: &str) -> HeaderKey {
    let mut text = header.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    // "(Do Not Modify) Opportunity": the columns Dynamics keeps for itself.
    if text.starts_with('(') && text.find(')').is_some_and(|end| end + 1 < text.len()) {
        return HeaderKey::Other;
    }
    // A trailing unit: "Amount (NOK)", "Probability (%)", "Beløp [kr]".
    for (open, close) in [('(', ')'), ('[', ']')] {
        if text.ends_with(close) {
            if let Some(at) = text.rfind(open).filter(|&at| at > 0) {
                text = text[..at].trim_end();
            }
        }
    }
    if let Some((prefix, rest)) = text.split_once(" - ") {
        let prefix = fold(prefix);
        if OTHER_RECORD_PREFIXES.iter().any(|p| fold(p) == prefix) {
            return HeaderKey::Other;
        }
        if DEAL_PREFIXES.iter().any(|p| fold(p) == prefix) {
            return HeaderKey::Deal(fold(rest));
        }
    }
    HeaderKey::Deal(fold(text))
}

/// Every known column name, folded, with the field it names and its rank
/// (lower = more specific: earlier in the vocabulary).
struct Lexicon(HashMap<String, (Field, usize)>);

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut map = HashMap::new();
        let mut rank = 0;
        for entry in HEADERS {
            for word in entry.words {
                map.entry(fold(word)).or_insert((entry.field, rank));
                rank += 1;
            }
        }
        Lexicon(map)
    })
}

/// The field a column name stands for, and how specific the name is.
pub fn field_of(header: &str) -> Option<(Field, usize)> {
    match key(header) {
        HeaderKey::Deal(key) if !key.is_empty() => lexicon().0.get(&key).copied(),
        _ => None,
    }
}

/// Whether a cell is a known column name (finding the header row).
pub fn is_known(header: &str) -> bool {
    field_of(header).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoration_is_removed_before_comparing() {
        assert_eq!(key("  Amount (NOK) "), HeaderKey::Deal("amount".into()));
        assert_eq!(key("Probability (%)"), HeaderKey::Deal("probability".into()));
        assert_eq!(key("Deal - Title"), HeaderKey::Deal("title".into()));
        assert_eq!(key("Deal - Expected close date"), HeaderKey::Deal("expected close date".into()));
        assert_eq!(key("Organization - Name"), HeaderKey::Other);
        assert_eq!(key("Person - Name"), HeaderKey::Other);
        assert_eq!(key("(Do Not Modify) Opportunity"), HeaderKey::Other);
        assert_eq!(key("\u{feff}Navn"), HeaderKey::Deal("navn".into()));
        assert_eq!(key("Bergen - Oslo"), HeaderKey::Deal("bergen oslo".into()));
    }

    #[test]
    fn known_names_in_many_languages() {
        let field = |h: &str| field_of(h).map(|(f, _)| f);
        assert_eq!(field("Deal Name"), Some(Field::Name));
        assert_eq!(field("Deal - Title"), Some(Field::Name));
        assert_eq!(field("Título"), Some(Field::Name));
        assert_eq!(field("Valor"), Some(Field::Value));
        assert_eq!(field("Etapa"), Some(Field::Stage));
        assert_eq!(field("Beløp"), Some(Field::Value));
        assert_eq!(field("Kunde"), Some(Field::Name));
        assert_eq!(field("Fase"), Some(Field::Stage));
        assert_eq!(field("Sannsynlighet"), Some(Field::Probability));
        assert_eq!(field("Forventet lukkedato"), Some(Field::CloseDate));
        assert_eq!(field("Probability (%)"), Some(Field::Probability));
        assert_eq!(field("Organization - Name"), None);
        assert_eq!(field("Comment"), None);
    }
}
