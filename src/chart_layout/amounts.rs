//! Numbers as short label text: compact amounts for axes and bars, the
//! currency as an axis unit, and a split as the whole percent shown.

use super::scale::{Ticks, finite_or};
use crate::format::{self, percent};
use crate::i18n::Lang;

const NBSP: char = '\u{a0}';

/// How large an amount is, for compact labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Magnitude {
    One,
    Thousand,
    Million,
    Billion,
}

impl Magnitude {
    fn of(abs: f64) -> Magnitude {
        if abs >= 1e9 {
            Magnitude::Billion
        } else if abs >= 1e6 {
            Magnitude::Million
        } else if abs >= 1e3 {
            Magnitude::Thousand
        } else {
            Magnitude::One
        }
    }

    fn unit(self) -> f64 {
        match self {
            Magnitude::One => 1.0,
            Magnitude::Thousand => 1e3,
            Magnitude::Million => 1e6,
            Magnitude::Billion => 1e9,
        }
    }

    fn suffix(self, lang: Lang) -> String {
        let suffix = match (self, lang) {
            (Magnitude::One, _) => return String::new(),
            (Magnitude::Thousand, Lang::Nb) => "k",
            (Magnitude::Million, Lang::Nb) => "mill.",
            (Magnitude::Billion, Lang::Nb) => "mrd.",
            (Magnitude::Thousand, Lang::En) => "k",
            (Magnitude::Million, Lang::En) => "M",
            (Magnitude::Billion, Lang::En) => "B",
        };
        match lang {
            Lang::Nb => format!("{NBSP}{suffix}"),
            Lang::En => suffix.to_string(),
        }
    }
}

fn compact_in(value: f64, magnitude: Magnitude, decimals: usize, lang: Lang) -> String {
    let number = format::decimal(value / magnitude.unit(), decimals, lang);
    let mark = lang.pick(",", ".");
    let number = if number.contains(mark) { number.trim_end_matches('0').trim_end_matches(mark).to_string() } else { number };
    if number == "0" || number == "\u{2212}0" {
        return "0".to_string();
    }
    format!("{number}{}", magnitude.suffix(lang))
}

/// An amount in three significant digits for labels: "12,5 mill." / "12.5M",
/// "800 k" / "800k", "1,2 mrd." / "1.2B". "—" for NaN/∞.
pub fn compact_amount(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let abs = value.abs();
    if abs < 0.5 {
        return "0".to_string();
    }
    // Round to three significant digits first, so 999 999 reads "1M", not "1000k".
    let digits = abs.log10().floor() as i32;
    let factor = 10f64.powi(digits - 2);
    let rounded = (abs / factor).round() * factor;
    let magnitude = Magnitude::of(rounded);
    let scaled = rounded / magnitude.unit();
    let decimals = if scaled >= 100.0 {
        0
    } else if scaled >= 10.0 {
        1
    } else {
        2
    };
    compact_in(value.signum() * rounded, magnitude, decimals, lang)
}

/// Labels for axis ticks: one magnitude for the whole axis and just the
/// decimals the step needs ("0", "2,5 mill.", "5 mill." …).
pub fn compact_tick_labels(ticks: &Ticks, lang: Lang) -> Vec<String> {
    let largest = ticks.values.iter().map(|v| v.abs()).fold(0.0, f64::max);
    let magnitude = Magnitude::of(largest);
    let step = ticks.step / magnitude.unit();
    let decimals = (0..=3usize)
        .find(|&d| {
            let scaled = step * 10f64.powi(d as i32);
            (scaled - scaled.round()).abs() < 1e-6
        })
        .unwrap_or(3);
    ticks.values.iter().map(|&v| compact_in(v, magnitude, decimals, lang)).collect()
}

/// The currency as a short unit for an axis: "kr" for NOK in Norwegian, else the code.
pub fn currency_unit(currency: &str, lang: Lang) -> String {
    match lang {
        Lang::Nb if currency == "NOK" => "kr".to_string(),
        _ => currency.to_string(),
    }
}

/// A split (0..1) as a whole percent, 0 for NaN/∞.
pub fn whole_percent(split: f64) -> u32 {
    (finite_or(split, 0.0).clamp(0.0, 1.0) * 100.0).round() as u32
}

/// A split as the whole percent shown everywhere else ("8 %" / "8%").
pub fn percent_text(split: f64, lang: Lang) -> String {
    percent(f64::from(whole_percent(split)) / 100.0, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart_layout::scale::nice_ticks;

    #[test]
    fn compact_amounts_per_language() {
        assert_eq!(compact_amount(12_500_000.0, Lang::Nb), "12,5\u{a0}mill.");
        assert_eq!(compact_amount(12_500_000.0, Lang::En), "12.5M");
        assert_eq!(compact_amount(800_000.0, Lang::Nb), "800\u{a0}k");
        assert_eq!(compact_amount(800_000.0, Lang::En), "800k");
        assert_eq!(compact_amount(9_843_210.0, Lang::En), "9.84M");
        assert_eq!(compact_amount(999_999.0, Lang::En), "1M");
        assert_eq!(compact_amount(1_234_000_000.0, Lang::Nb), "1,23\u{a0}mrd.");
        assert_eq!(compact_amount(512.0, Lang::En), "512");
        assert_eq!(compact_amount(0.0, Lang::En), "0");
        assert_eq!(compact_amount(-2_500_000.0, Lang::En), "\u{2212}2.5M");
        assert_eq!(compact_amount(f64::NAN, Lang::Nb), "—");
    }

    #[test]
    fn tick_labels_share_one_magnitude() {
        let ticks = nice_ticks(0.0, 12_480_000.0, 5);
        assert_eq!(compact_tick_labels(&ticks, Lang::En), ["0", "2.5M", "5M", "7.5M", "10M", "12.5M"]);
        assert_eq!(compact_tick_labels(&ticks, Lang::Nb)[1], "2,5\u{a0}mill.");
        let fine = nice_ticks(7_412_000.0, 7_448_000.0, 4);
        assert_eq!(compact_tick_labels(&fine, Lang::En)[0], "7.41M");
        assert_eq!(currency_unit("NOK", Lang::Nb), "kr");
        assert_eq!(currency_unit("NOK", Lang::En), "NOK");
    }

    #[test]
    fn splits_read_as_whole_percents() {
        assert_eq!(whole_percent(0.084), 8);
        assert_eq!(whole_percent(1.7), 100);
        assert_eq!(whole_percent(f64::NAN), 0);
        assert_eq!(percent_text(0.084, Lang::Nb), "8\u{a0}%");
        assert_eq!(percent_text(0.084, Lang::En), "8%");
    }
}
