//! Numbers as people read them, per language: Norwegian groups with no-break
//! spaces and writes "1 234 567 kr"; English writes "NOK 1,234,567".
//! Pure, so it is tested natively.

use crate::i18n::Lang;

const NBSP: char = '\u{a0}';
const MINUS: char = '\u{2212}';

/// A whole number with the language's digit grouping.
pub fn integer(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let rounded = value.round();
    let separator = match lang {
        Lang::Nb => NBSP,
        Lang::En => ',',
    };
    let mut grouped = String::with_capacity(32);
    if rounded < 0.0 {
        grouped.push(MINUS);
    }
    let mut buffer = [0u8; 20];
    let digits = whole_digits(rounded.abs(), &mut buffer);
    for (i, digit) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(char::from(*digit));
    }
    grouped
}

/// The decimal digits of a whole, non-negative number. Every answer on the
/// page is formatted on each keystroke, and below 2^53 (every whole number a
/// float holds exactly) integer division is far cheaper than the float
/// formatter, which is kept for larger values.
fn whole_digits(magnitude: f64, buffer: &mut [u8; 20]) -> std::borrow::Cow<'_, [u8]> {
    const EXACT_BELOW: f64 = 9_007_199_254_740_992.0;
    if magnitude >= EXACT_BELOW {
        return std::borrow::Cow::Owned(format!("{magnitude:.0}").into_bytes());
    }
    // A whole number in 0 ..= 2^53: the cast is exact.
    let mut rest = magnitude as u64;
    let mut start = buffer.len();
    loop {
        start -= 1;
        buffer[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    std::borrow::Cow::Borrowed(&buffer[start..])
}

/// A number with up to `decimals` decimals (trailing zeros kept), grouped.
pub fn decimal(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = integer(whole.parse::<f64>().unwrap_or(0.0), lang);
    if !fraction.is_empty() {
        out.push(match lang {
            Lang::Nb => ',',
            Lang::En => '.',
        });
        out.push_str(fraction);
    }
    // "-0.0" is not a negative number worth showing.
    if value < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        out.insert(0, MINUS);
    }
    out
}

/// A value as it is shown inside an input: grouped, with only the decimals
/// it needs (up to `max_decimals`), so it reads back to the same number.
pub fn editable(value: f64, max_decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let text = decimal(value, max_decimals, lang);
    let mark = match lang {
        Lang::Nb => ',',
        Lang::En => '.',
    };
    if text.contains(mark) { text.trim_end_matches('0').trim_end_matches(mark).to_string() } else { text }
}

/// Money without decimals: "1 234 567 kr" / "NOK 1,234,567".
pub fn money(value: f64, currency: &str, lang: Lang) -> String {
    with_currency(&integer(value, lang), currency, lang)
}

/// `amount` with the currency where the language puts it: "… kr" / "NOK …".
fn with_currency(amount: &str, currency: &str, lang: Lang) -> String {
    match lang {
        Lang::Nb if currency == "NOK" => format!("{amount}{NBSP}kr"),
        Lang::Nb => format!("{amount}{NBSP}{currency}"),
        Lang::En => format!("{currency}{NBSP}{amount}"),
    }
}

/// An amount rounded for reading in a sentence: "NOK 11.5 million",
/// "11,5 mill. kr", "NOK 320,000". Below 10 million two significant digits
/// are kept, from there three; under 1,000 the amount is exact. Tables show
/// the exact figure; prose that reads "11,466,358" asks the reader to round.
pub fn rounded_money(value: f64, currency: &str, lang: Lang) -> String {
    rounded_to(value, sentence_digits(value), currency, lang)
}

/// Two amounts a sentence sets against each other ("X against the target
/// of Y"), each rounded as [`rounded_money`] does unless that would make
/// different amounts read the same: then both keep more digits.
pub fn rounded_money_pair(first: f64, second: f64, currency: &str, lang: Lang) -> (String, String) {
    const MOST_EXTRA_DIGITS: i32 = 12;
    let mut extra = 0;
    loop {
        let shown = (
            rounded_to(first, sentence_digits(first) + extra, currency, lang),
            rounded_to(second, sentence_digits(second) + extra, currency, lang),
        );
        if shown.0 != shown.1 || first == second || extra == MOST_EXTRA_DIGITS {
            return shown;
        }
        extra += 1;
    }
}

/// How many significant digits a sentence keeps of `value`.
fn sentence_digits(value: f64) -> i32 {
    if value.abs() >= 1e7 { 3 } else { 2 }
}

/// `value` with `significant` digits, in millions or billions from a million up.
fn rounded_to(value: f64, significant: i32, currency: &str, lang: Lang) -> String {
    if !value.is_finite() || value.abs() < 1000.0 {
        return money(value, currency, lang);
    }
    let rounded = round_significant(value, significant);
    let (unit, nb_word, en_word) = if rounded.abs() >= 1e9 {
        (1e9, "mrd.", "billion")
    } else if rounded.abs() >= 1e6 {
        (1e6, "mill.", "million")
    } else {
        return money(rounded, currency, lang);
    };
    let scaled = rounded / unit;
    let whole_digits = (scaled.abs().log10().floor() as i32 + 1).max(1);
    let decimals = usize::try_from(significant - whole_digits).unwrap_or(0);
    // Only the decimals it needs: "1 million", not "1.0 million".
    let number = editable(scaled, decimals, lang);
    let word = lang.pick(nb_word, en_word);
    with_currency(&format!("{number}{NBSP}{word}"), currency, lang)
}

/// `value` rounded to `digits` significant digits.
fn round_significant(value: f64, digits: i32) -> f64 {
    let magnitude = value.abs().log10().floor() as i32;
    let step = 10f64.powi(magnitude + 1 - digits);
    (value / step).round() * step
}

/// A share as a whole percent: "8 %" / "8%".
pub fn percent(share: f64, lang: Lang) -> String {
    if !share.is_finite() {
        return "—".to_string();
    }
    let whole = integer(share * 100.0, lang);
    match lang {
        Lang::Nb => format!("{whole}{NBSP}%"),
        Lang::En => format!("{whole}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_per_language() {
        assert_eq!(money(1_234_567.4, "NOK", Lang::Nb), "1\u{a0}234\u{a0}567\u{a0}kr");
        assert_eq!(money(1_234_567.5, "NOK", Lang::En), "NOK\u{a0}1,234,568");
        assert_eq!(money(999.0, "EUR", Lang::Nb), "999\u{a0}EUR");
        assert_eq!(money(-1500.0, "NOK", Lang::En), "NOK\u{a0}\u{2212}1,500");
        assert_eq!(money(0.0, "NOK", Lang::Nb), "0\u{a0}kr");
    }

    #[test]
    fn rounded_money_for_sentences() {
        assert_eq!(rounded_money(11_466_358.0, "NOK", Lang::En), "NOK\u{a0}11.5\u{a0}million");
        assert_eq!(rounded_money(11_466_358.0, "NOK", Lang::Nb), "11,5\u{a0}mill.\u{a0}kr");
        assert_eq!(rounded_money(321_195.0, "NOK", Lang::En), "NOK\u{a0}320,000");
        assert_eq!(rounded_money(321_195.0, "NOK", Lang::Nb), "320\u{a0}000\u{a0}kr");
        assert_eq!(rounded_money(3_620_000.0, "EUR", Lang::Nb), "3,6\u{a0}mill.\u{a0}EUR");
        assert_eq!(rounded_money(235_092_831.0, "NOK", Lang::En), "NOK\u{a0}235\u{a0}million");
        assert_eq!(rounded_money(1_040_000.0, "NOK", Lang::En), "NOK\u{a0}1\u{a0}million");
        assert_eq!(rounded_money(999_600.0, "NOK", Lang::En), "NOK\u{a0}1\u{a0}million");
        assert_eq!(rounded_money(999_499_000.0, "USD", Lang::En), "USD\u{a0}999\u{a0}million");
        assert_eq!(rounded_money(1_234_000_000.0, "NOK", Lang::Nb), "1,23\u{a0}mrd.\u{a0}kr");
        assert_eq!(rounded_money(-2_450_000.0, "NOK", Lang::En), "NOK\u{a0}\u{2212}2.5\u{a0}million");
        assert_eq!(rounded_money(950.4, "NOK", Lang::En), "NOK\u{a0}950");
        assert_eq!(rounded_money(0.0, "NOK", Lang::Nb), "0\u{a0}kr");
    }

    #[test]
    fn amounts_set_against_each_other_never_read_the_same() {
        let pair = |a, b| rounded_money_pair(a, b, "NOK", Lang::En);
        assert_eq!(pair(11_466_358.0, 10_000_000.0), ("NOK\u{a0}11.5\u{a0}million".into(), "NOK\u{a0}10\u{a0}million".into()));
        assert_eq!(pair(9_960_000.0, 10_000_000.0), ("NOK\u{a0}9.96\u{a0}million".into(), "NOK\u{a0}10\u{a0}million".into()));
        assert_eq!(pair(200_400_000.0, 200_000_000.0), ("NOK\u{a0}200.4\u{a0}million".into(), "NOK\u{a0}200\u{a0}million".into()));
        assert_eq!(pair(320_000.0, 320_000.0), ("NOK\u{a0}320,000".into(), "NOK\u{a0}320,000".into()));
        let (a, b) = pair(200_000_001.0, 200_000_000.0);
        assert_ne!(a, b);
    }

    #[test]
    fn whole_numbers_at_the_edges() {
        assert_eq!(integer(0.4, Lang::En), "0");
        assert_eq!(integer(-0.4, Lang::En), "0");
        assert_eq!(integer(-0.6, Lang::En), "\u{2212}1");
        assert_eq!(integer(999.5, Lang::Nb), "1\u{a0}000");
        assert_eq!(integer(9_007_199_254_740_991.0, Lang::En), "9,007,199,254,740,991");
        assert_eq!(integer(9_007_199_254_740_992.0, Lang::En), "9,007,199,254,740,992");
        assert_eq!(integer(1e21, Lang::En), "1,000,000,000,000,000,000,000");
        assert_eq!(integer(f64::INFINITY, Lang::En), "—");
    }

    proptest::proptest! {
        /// The integer path gives the same digits as the float formatter.
        #[test]
        fn whole_digits_match_the_float_formatter(value in -1e17f64..1e17) {
            let rounded = value.round();
            let expected = format!("{:.0}", rounded.abs());
            let mut buffer = [0u8; 20];
            let digits = whole_digits(rounded.abs(), &mut buffer);
            proptest::prop_assert_eq!(digits.as_ref(), expected.as_bytes());
            let grouped: String = integer(value, Lang::En).chars().filter(char::is_ascii_digit).collect();
            proptest::prop_assert_eq!(grouped, expected);
        }
    }

    #[test]
    fn decimals_and_percents() {
        assert_eq!(decimal(3.6799, 1, Lang::Nb), "3,7");
        assert_eq!(decimal(1234.5, 1, Lang::En), "1,234.5");
        assert_eq!(decimal(-0.01, 1, Lang::En), "0.0");
        assert_eq!(percent(0.08, Lang::Nb), "8\u{a0}%");
        assert_eq!(editable(1_234_567.5, 2, Lang::Nb), "1\u{a0}234\u{a0}567,5");
        assert_eq!(editable(15.0, 2, Lang::En), "15");
        assert_eq!(editable(0.125, 4, Lang::En), "0.125");
        assert_eq!(percent(0.355, Lang::En), "36%");
        assert_eq!(percent(f64::NAN, Lang::En), "—");
    }
}
