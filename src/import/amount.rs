//! Amounts as CRMs and spreadsheets write them: "1 234 567,50",
//! "1,234,567.50", "1.234.567,50 €", "kr 250 000,-", "$1,250,000.00",
//! "NOK 1,234", "1'250'000.00", "1234567.5".

use crate::i18n::Lang;
use crate::parse::{ParseError, parse_number};

/// How a column writes its decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberStyle {
    /// "1 234,50", "1.234,50": Norwegian, German, French … .
    DecimalComma,
    /// "1,234.50", "1234.5": English, and every machine export.
    DecimalPoint,
}

impl NumberStyle {
    /// The style of the app's language.
    pub fn of(lang: Lang) -> NumberStyle {
        match lang {
            Lang::Nb => NumberStyle::DecimalComma,
            Lang::En => NumberStyle::DecimalPoint,
        }
    }

    fn parse_lang(self) -> Lang {
        match self {
            NumberStyle::DecimalComma => Lang::Nb,
            NumberStyle::DecimalPoint => Lang::En,
        }
    }

    fn other(self) -> NumberStyle {
        match self {
            NumberStyle::DecimalComma => NumberStyle::DecimalPoint,
            NumberStyle::DecimalPoint => NumberStyle::DecimalComma,
        }
    }
}

/// A space of any kind, as number grouping uses them.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}')
}

fn is_currency_symbol(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '¢' | '₩' | '₽' | '₺' | '₴' | '₪' | '฿')
}

/// "kr", a few common codes in lower case, or any three capital letters
/// (an ISO 4217 code such as NOK or USD).
fn is_currency_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    matches!(lower.as_str(), "kr" | "nok" | "sek" | "dkk" | "eur" | "usd" | "gbp" | "chf" | "fr" | "zł")
        || (word.len() == 3 && word.bytes().all(|b| b.is_ascii_uppercase()))
}

/// An amount without currency: "kr 1 234,50" → "1 234,50", "NOK 1,234" →
/// "1,234", "$1,234.50" → "1,234.50", "1 000,- kr" → "1 000". Other
/// letters stay, so "100k" is not a number rather than 100.
fn strip_currency(text: &str) -> &str {
    let mut t = text.trim_matches(is_space);
    loop {
        let before = t.len();
        t = t.trim_start_matches(is_currency_symbol).trim_start_matches(is_space);
        let word_end = t.find(|c: char| !c.is_alphabetic()).unwrap_or(t.len());
        if word_end > 0 && is_currency_word(&t[..word_end]) {
            t = &t[word_end..];
            // "kr. 1 000"
            t = t.strip_prefix('.').unwrap_or(t).trim_start_matches(is_space);
        }
        t = t.trim_end_matches(is_currency_symbol).trim_end_matches(is_space);
        let word_start = t.char_indices().rev().take_while(|(_, c)| c.is_alphabetic()).last().map_or(t.len(), |(i, _)| i);
        if word_start < t.len() && is_currency_word(&t[word_start..]) {
            t = t[..word_start].trim_end_matches(is_space);
        }
        for dash in [",-", ".-", ",–", ".–"] {
            if let Some(rest) = t.strip_suffix(dash) {
                t = rest.trim_end_matches(is_space);
            }
        }
        if t.len() == before {
            return t;
        }
    }
}

/// The amount's digits and marks: currency gone, and Swiss apostrophes
/// between digit groups ("1'250'000") read as spaces.
fn bare(text: &str) -> String {
    let stripped = strip_currency(text);
    let chars: Vec<char> = stripped.chars().collect();
    let mut out = String::with_capacity(stripped.len());
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if matches!(c, '\'' | '’') && between_digits {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// The currency a column's amounts are marked with ("$1,250.00" → USD,
/// "EUR 1.250,00" → EUR), if most marked cells agree; "kr" tells no
/// currency (it is NOK, SEK or DKK).
pub fn currency_of<'a>(cells: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut marked = 0;
    for cell in cells.into_iter().map(|c| c.trim_matches(is_space)).filter(|c| !c.is_empty()).take(200) {
        let code = if cell.contains('$') {
            Some("USD".to_string())
        } else if cell.contains('€') {
            Some("EUR".to_string())
        } else if cell.contains('£') {
            Some("GBP".to_string())
        } else {
            cell.split(|c: char| !c.is_alphabetic()).find(|w| w.len() == 3 && w.bytes().all(|b| b.is_ascii_uppercase())).map(str::to_string)
        };
        if let Some(code) = code {
            marked += 1;
            match counts.iter_mut().find(|(c, _)| *c == code) {
                Some((_, n)) => *n += 1,
                None => counts.push((code, 1)),
            }
        }
    }
    let (code, n) = counts.into_iter().max_by_key(|(_, n)| *n)?;
    (n * 2 > marked).then_some(code)
}

/// Reads an amount in `style` first, then in the other style.
pub fn parse_amount(text: &str, style: NumberStyle) -> Result<f64, ParseError> {
    if text.trim_matches(is_space).is_empty() {
        return Err(ParseError::Empty);
    }
    let bare = bare(text);
    if bare.is_empty() {
        return Err(ParseError::NotANumber);
    }
    parse_number(&bare, style.parse_lang()).or_else(|_| parse_number(&bare, style.other().parse_lang()))
}

/// Whether a cell reads as an amount in either style.
pub fn is_amount(text: &str) -> bool {
    parse_amount(text, NumberStyle::DecimalPoint).is_ok()
}

/// The number style of a column of amounts, or `None` when its cells give
/// no clue either way (or clues both ways): a decimal comma or dot-grouped
/// thousands mean [`NumberStyle::DecimalComma`]; a decimal point or
/// comma-grouped thousands mean [`NumberStyle::DecimalPoint`]; a column
/// whose only clue is one separator followed by three digits ("12,500")
/// reads it as thousands.
pub fn amount_style<'a>(cells: impl IntoIterator<Item = &'a str>) -> Option<NumberStyle> {
    let (mut comma, mut point, mut comma_thousands, mut dot_thousands) = (0, 0, 0, 0);
    for cell in cells {
        let bare: String = bare(cell).chars().filter(|&c| !is_space(c)).collect();
        let commas = bare.matches(',').count();
        let dots = bare.matches('.').count();
        match (bare.rfind(','), bare.rfind('.')) {
            (Some(c), Some(d)) if c > d => comma += 1,
            (Some(_), Some(_)) => point += 1,
            (Some(c), None) => {
                if commas > 1 {
                    point += 1
                } else if bare.len() - c - 1 == 3 {
                    comma_thousands += 1
                } else {
                    comma += 1
                }
            }
            (None, Some(d)) => {
                if dots > 1 {
                    comma += 1
                } else if bare.len() - d - 1 == 3 {
                    dot_thousands += 1
                } else {
                    point += 1
                }
            }
            (None, None) => {}
        }
    }
    match (comma > 0, point > 0) {
        (true, false) => Some(NumberStyle::DecimalComma),
        (false, true) => Some(NumberStyle::DecimalPoint),
        (true, true) => None,
        (false, false) => match (comma_thousands > 0, dot_thousands > 0) {
            (true, false) => Some(NumberStyle::DecimalPoint),
            (false, true) => Some(NumberStyle::DecimalComma),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_every_common_shape() {
        let comma = NumberStyle::DecimalComma;
        let point = NumberStyle::DecimalPoint;
        assert_eq!(parse_amount("1 234 567,50", comma), Ok(1_234_567.5));
        assert_eq!(parse_amount("1.234.567,50 €", comma), Ok(1_234_567.5));
        assert_eq!(parse_amount("EUR 1.250.000,00", comma), Ok(1_250_000.0));
        assert_eq!(parse_amount("kr 250 000,-", comma), Ok(250_000.0));
        assert_eq!(parse_amount("$1,250,000.00", point), Ok(1_250_000.0));
        assert_eq!(parse_amount("1'250'000.00", point), Ok(1_250_000.0));
        assert_eq!(parse_amount("1’250’000", point), Ok(1_250_000.0));
        assert_eq!(parse_amount("1234567.5", comma), Ok(1_234_567.5));
        assert_eq!(parse_amount("100k", point), Err(ParseError::NotANumber));
        assert_eq!(parse_amount("  ", point), Err(ParseError::Empty));
        assert_eq!(parse_amount("'123", point), Err(ParseError::NotANumber));
    }

    #[test]
    fn the_currency_a_column_is_marked_with() {
        assert_eq!(currency_of(["$1,250.00", "$480.00", ""]).as_deref(), Some("USD"));
        assert_eq!(currency_of(["EUR 1.250,00", "1.000,00 €"]).as_deref(), Some("EUR"));
        assert_eq!(currency_of(["1 250 000 SEK"]).as_deref(), Some("SEK"));
        assert_eq!(currency_of(["kr 1 000", "1000"]), None);
        assert_eq!(currency_of(["1000", "2000"]), None);
    }

    #[test]
    fn a_column_decides_its_style() {
        assert_eq!(amount_style(["1 250 000,00", "480 000"]), Some(NumberStyle::DecimalComma));
        assert_eq!(amount_style(["1.250.000", "480.000"]), Some(NumberStyle::DecimalComma));
        assert_eq!(amount_style(["$1,250,000.00", "$480,000.00"]), Some(NumberStyle::DecimalPoint));
        assert_eq!(amount_style(["12,500", "480,000"]), Some(NumberStyle::DecimalPoint));
        assert_eq!(amount_style(["12.500"]), Some(NumberStyle::DecimalComma));
        assert_eq!(amount_style(["12,5", "3.5"]), None);
        assert_eq!(amount_style(["1000", "2000"]), None);
    }
}
