//! Win probabilities as exports write them: "65", "65 %", "0,65", "0.65".

use super::words::fold;
use crate::i18n::Lang;
use crate::parse::parse_number;

/// Whether a column's name says its numbers are percents ("Probability
/// (%)", "Sannsynlighet i prosent"), so that "1" there is 1 %, not 100 %.
pub fn is_percent_header(header: &str) -> bool {
    header.contains('%')
        || fold(header).split(' ').any(|w| {
            matches!(w, "percent" | "prosent" | "prozent" | "procent" | "pourcentage" | "porcentaje" | "percentagem" | "prosentti")
        })
}

/// A probability cell as plain decimal text: spaces and "%" removed, a
/// single comma read as the decimal mark ("0,65" → "0.65"; a probability
/// has no thousands). `None` unless it is a finite number.
fn probability_text(text: &str) -> Option<(String, bool)> {
    let trimmed = text.trim_matches(super::amount::is_space);
    let has_percent = trimmed.ends_with('%');
    let bare = trimmed.trim_end_matches('%').trim_end_matches(super::amount::is_space);
    let normalized = if !bare.contains('.') && bare.matches(',').count() == 1 { bare.replace(',', ".") } else { bare.to_string() };
    parse_number(&normalized, Lang::En).ok()?;
    Some((normalized, has_percent))
}

/// A percent written in decimal ("12.34") as a share, rounded once: the
/// digits are divided by a power of ten, so "12.34" gives the same number
/// as 0.1234 typed directly.
fn percent_to_share(decimal: &str) -> Option<f64> {
    let (negative, body) = match decimal.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, decimal),
    };
    let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
    let digits: String = whole.chars().chain(fraction.chars()).collect();
    let exact = digits.len() <= 15 && fraction.len() <= 20 && digits.bytes().all(|b| b.is_ascii_digit());
    let share = if exact {
        let mantissa: u64 = digits.parse().ok()?;
        mantissa as f64 / 10f64.powi(i32::try_from(fraction.len()).ok()? + 2)
    } else {
        decimal.parse::<f64>().ok()? / 100.0
    };
    Some(if negative { -share } else { share })
}

/// A probability as a share 0..1, or `None` when unreadable or out of
/// range. "65", "65 %" and "0.65" all give 0.65: a "%" sign, a number above
/// 1 or a `percent_column` mean percent, otherwise a share.
pub fn parse_probability(text: &str, percent_column: bool) -> Option<f64> {
    let (normalized, has_percent) = probability_text(text)?;
    let value = parse_number(&normalized, Lang::En).ok()?;
    let share = if percent_column || has_percent || value > 1.0 { percent_to_share(&normalized)? } else { value };
    (0.0..=1.0).contains(&share).then_some(share)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_and_percents() {
        assert_eq!(parse_probability("65", false), Some(0.65));
        assert_eq!(parse_probability("65 %", false), Some(0.65));
        assert_eq!(parse_probability("0,65", false), Some(0.65));
        assert_eq!(parse_probability("0.65", false), Some(0.65));
        assert_eq!(parse_probability("1", false), Some(1.0));
        assert_eq!(parse_probability("1", true), Some(0.01));
        assert_eq!(parse_probability("12.34", false), Some(0.1234));
        assert_eq!(parse_probability("120", false), None);
        assert_eq!(parse_probability("high", false), None);
        assert!(is_percent_header("Probability (%)"));
        assert!(is_percent_header("Sannsynlighet i prosent"));
        assert!(!is_percent_header("Deal probability"));
    }
}
