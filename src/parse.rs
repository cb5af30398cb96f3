//! Reading numbers as people type them: "1 234 567,50" in Norwegian,
//! "1,234,567.50" in English, with no-break or narrow no-break spaces and
//! the U+2212 minus. Pure, so it is tested natively.

use crate::i18n::Lang;

/// Why a text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// The text is blank.
    Empty,
    /// The text cannot be read as a number.
    NotANumber,
}

impl ParseError {
    /// Stable snake_case id of the error.
    pub fn as_str(self) -> &'static str {
        match self {
            ParseError::Empty => "empty",
            ParseError::NotANumber => "not_a_number",
        }
    }

    /// The message to show the user, in `lang`.
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            ParseError::Empty => lang.pick("Fyll inn et tall.", "Enter a number."),
            ParseError::NotANumber => {
                lang.pick("Ikke et tall. Skriv for eksempel 1 234 567,50.", "Not a number. Write it like 1,234,567.50.")
            }
        }
    }
}

fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}')
}

/// Reads a number written the way `lang` writes numbers. A trailing `%`
/// (with or without a space) is allowed and ignored: the caller decides
/// whether the field is a percentage. Only finite numbers are returned.
pub fn parse_number(text: &str, lang: Lang) -> Result<f64, ParseError> {
    let trimmed = text.trim_matches(|c: char| c.is_whitespace() || is_group_space(c));
    let trimmed = trimmed.strip_suffix('%').unwrap_or(trimmed).trim_end_matches(is_group_space).trim_end();
    if trimmed.is_empty() {
        return Err(ParseError::Empty);
    }
    let (negative, body) = match trimmed.chars().next() {
        Some('-' | '\u{2212}') => (true, &trimmed[trimmed.chars().next().map_or(0, char::len_utf8)..]),
        Some('+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let (decimal_mark, group_mark) = match lang {
        Lang::Nb => (',', '.'),
        Lang::En => ('.', ','),
    };
    // Norwegian keyboards and habits also give "1.5": with no comma present a
    // single dot that is not a thousands group is read as the decimal mark.
    let body: String = body.chars().filter(|&c| !is_group_space(c)).collect();
    let (whole, fraction) = match body.split_once(decimal_mark) {
        Some((w, f)) => (w.to_string(), Some(f.to_string())),
        None if lang == Lang::Nb && body.matches('.').count() == 1 && !is_grouped(&body, '.') => {
            let (w, f) = body.split_once('.').unwrap_or((&body, ""));
            (w.to_string(), Some(f.to_string()))
        }
        None => (body.clone(), None),
    };
    let whole = if whole.contains(group_mark) {
        if !is_grouped(&whole, group_mark) {
            return Err(ParseError::NotANumber);
        }
        whole.replace(group_mark, "")
    } else {
        whole
    };
    let digits_ok = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let fraction = fraction.unwrap_or_default();
    if !digits_ok(&whole) || !digits_ok(&fraction) || (whole.is_empty() && fraction.is_empty()) {
        return Err(ParseError::NotANumber);
    }
    let canonical = format!(
        "{}{}.{}",
        if negative { "-" } else { "" },
        if whole.is_empty() { "0" } else { &whole },
        if fraction.is_empty() { "0" } else { &fraction }
    );
    canonical.parse::<f64>().ok().filter(|v| v.is_finite()).ok_or(ParseError::NotANumber)
}

/// "1,234,567" style: one to three digits, then groups of exactly three.
fn is_grouped(text: &str, mark: char) -> bool {
    let mut groups = text.split(mark);
    let first_ok = groups.next().is_some_and(|g| (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
    let mut rest = groups.peekable();
    first_ok && rest.peek().is_some() && rest.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_formats() {
        assert_eq!(parse_number("1 234 567,50", Lang::Nb), Ok(1_234_567.5));
        assert_eq!(parse_number("1\u{a0}234\u{a0}567,50", Lang::Nb), Ok(1_234_567.5));
        assert_eq!(parse_number("1\u{202f}234", Lang::Nb), Ok(1234.0));
        assert_eq!(parse_number("\u{2212}12,5", Lang::Nb), Ok(-12.5));
        assert_eq!(parse_number("1.5", Lang::Nb), Ok(1.5));
        assert_eq!(parse_number("1.234.567", Lang::Nb), Ok(1_234_567.0));
        assert_eq!(parse_number("15 %", Lang::Nb), Ok(15.0));
        assert_eq!(parse_number(",5", Lang::Nb), Ok(0.5));
    }

    #[test]
    fn english_formats() {
        assert_eq!(parse_number("1,234,567.50", Lang::En), Ok(1_234_567.5));
        assert_eq!(parse_number("1 234 567.5", Lang::En), Ok(1_234_567.5));
        assert_eq!(parse_number("-3", Lang::En), Ok(-3.0));
        assert_eq!(parse_number("\u{2212}3", Lang::En), Ok(-3.0));
        assert_eq!(parse_number("15%", Lang::En), Ok(15.0));
        assert_eq!(parse_number("1,23", Lang::En), Err(ParseError::NotANumber));
        assert_eq!(parse_number("1,5", Lang::En), Err(ParseError::NotANumber));
    }

    #[test]
    fn rejects_what_is_not_a_finite_number() {
        for lang in [Lang::Nb, Lang::En] {
            for bad in ["NaN", "nan", "inf", "Infinity", "-inf", "1e5", "12abc", "1,2,3.4.5", "--1", ".", "-", "0x10"] {
                assert!(parse_number(bad, lang).is_err(), "{bad:?} accepted in {lang:?}");
            }
            assert_eq!(parse_number("", lang), Err(ParseError::Empty));
            assert_eq!(parse_number(" \u{a0} ", lang), Err(ParseError::Empty));
        }
        let huge = format!("1{}", "0".repeat(400));
        assert_eq!(parse_number(&huge, Lang::En), Err(ParseError::NotANumber));
    }
}
