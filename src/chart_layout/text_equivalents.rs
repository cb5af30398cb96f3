//! What stands in for the drawings: the one-sentence summaries read as each
//! chart's `aria-label`, and the rows of the visually hidden tables.

use super::amounts::{compact_amount, percent_text};
use super::histogram::histogram_bins;
use super::series::Which;
use crate::format::{decimal, integer, money, percent};
use crate::i18n::Lang;
use crate::model::montecarlo::Uncertainty;
use crate::model::plan::{CurvePoint, Plan};
use crate::text::charts as words;

/// The curve points at every `step_percent` whole percent from 0 to 100
/// (the curve holds every whole percent exactly), as (percent, point).
pub fn curve_at_steps(points: &[CurvePoint], step_percent: u32) -> Vec<(u32, CurvePoint)> {
    let step = step_percent.max(1);
    (0..=100)
        .step_by(step as usize)
        .filter_map(|percent| {
            let split = f64::from(percent) / 100.0;
            points.iter().find(|p| (p.split - split).abs() < 1e-9).map(|p| (percent, *p))
        })
        .collect()
}

/// The curve table: the share on closing, this period and next, every 10 %.
pub fn curve_rows(points: &[CurvePoint], currency: &str, lang: Lang) -> Vec<[String; 3]> {
    curve_at_steps(points, 10)
        .into_iter()
        .map(|(whole, point)| {
            [percent(f64::from(whole) / 100.0, lang), money(point.this_period, currency, lang), money(point.next_period, currency, lang)]
        })
        .collect()
}

/// The trade-off chart in one sentence: both plans' periods and the target.
pub fn tradeoff_summary(recommended: &Plan, trap: &Plan, target: f64, currency: &str, lang: Lang) -> String {
    let amount = |v: Option<f64>| v.map_or_else(|| "—".to_string(), |v| money(v, currency, lang));
    words::TRADEOFF_SUMMARY.fill(
        lang,
        &[
            ("recommended", &percent_text(recommended.split, lang)),
            ("recommended_this", &amount(recommended.this_period)),
            ("recommended_next", &amount(recommended.next_period)),
            ("trap", &percent_text(trap.split, lang)),
            ("trap_this", &amount(trap.this_period)),
            ("trap_next", &amount(trap.next_period)),
            ("target", &money(target, currency, lang)),
        ],
    )
}

/// The period bars in one sentence: `values[period][plan]` against the target.
pub fn bars_summary([[r1, t1], [r2, t2]]: [[f64; 2]; 2], target: f64, currency: &str, lang: Lang) -> String {
    let money_of = |v: f64| money(v, currency, lang);
    words::BARS_SUMMARY.fill(
        lang,
        &[
            ("recommended_this", &money_of(r1)),
            ("trap_this", &money_of(t1)),
            ("target", &money_of(target)),
            ("recommended_next", &money_of(r2)),
            ("trap_next", &money_of(t2)),
        ],
    )
}

/// The distribution in one sentence per plan, after the number of trials and the target.
pub fn distribution_summary(outcomes: &[(Which, Uncertainty)], target: f64, currency: &str, lang: Lang) -> String {
    let money_of = |v: f64| money(v, currency, lang);
    let trials = outcomes.first().map_or(0, |(_, u)| u.trials);
    let plans = outcomes
        .iter()
        .map(|(which, u)| {
            words::PLAN_SUMMARY.fill(
                lang,
                &[
                    ("plan", which.name(lang)),
                    ("chance", &percent(u.p_hit, lang)),
                    ("p10", &money_of(u.p10)),
                    ("p50", &money_of(u.p50)),
                    ("p90", &money_of(u.p90)),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    // The plans last: their text is not searched for placeholders again.
    words::DISTRIBUTION_SUMMARY.fill(lang, &[("trials", &integer(trials as f64, lang)), ("target", &money_of(target)), ("plans", &plans)])
}

/// The short line under the distribution: "Recommended: P10 9.1M · P50 9.8M · P90 10.4M".
pub fn percentile_note(which: Which, outcome: &Uncertainty, lang: Lang) -> String {
    format!(
        "{}: P10 {} · P50 {} · P90 {}",
        which.name(lang),
        compact_amount(outcome.p10, lang),
        compact_amount(outcome.p50, lang),
        compact_amount(outcome.p90, lang),
    )
}

/// A row of the chance table: the chance to hit the target, then P10, P50, P90.
pub fn chance_cells(outcome: &Uncertainty, currency: &str, lang: Lang) -> [String; 4] {
    let money_of = |v: f64| money(v, currency, lang);
    [percent(outcome.p_hit, lang), money_of(outcome.p10), money_of(outcome.p50), money_of(outcome.p90)]
}

/// A share of trials with one decimal: "12,5 %" / "12.5%".
pub fn share_text(share: f64, lang: Lang) -> String {
    format!("{}{}", decimal(share * 100.0, 1, lang), lang.pick("\u{a0}%", "%"))
}

/// The rows of one plan's histogram table (bins that hold any trial): from, to, share.
pub fn spread_rows(outcome: &Uncertainty, currency: &str, lang: Lang) -> Vec<[String; 3]> {
    histogram_bins(outcome.histogram.min, outcome.histogram.max, &outcome.histogram.counts)
        .into_iter()
        .filter(|bin| bin.share > 0.0)
        .map(|bin| [money(bin.from, currency, lang), money(bin.to, currency, lang), share_text(bin.share, lang)])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::montecarlo::{Histogram, simulate};
    use crate::model::plan::curve;
    use crate::model::{Date, evaluate, parse_scenario};

    #[test]
    fn curve_steps_pick_exact_points() {
        let points: Vec<CurvePoint> = (0..=100)
            .map(|i| CurvePoint { split: i as f64 / 100.0, this_period: i as f64, next_period: 0.0 })
            .chain([CurvePoint { split: 0.083, this_period: 1.0, next_period: 1.0 }])
            .collect();
        let steps = curve_at_steps(&points, 10);
        assert_eq!(steps.len(), 11);
        assert_eq!(steps[3].0, 30);
        assert_eq!(steps[3].1.this_period, 30.0);
        assert!(curve_at_steps(&[], 10).is_empty());
    }

    #[test]
    fn summaries_name_every_number_and_no_placeholder_is_left() {
        let scenario = parse_scenario(include_str!("../demo.json")).expect("demo is valid");
        let evaluation = evaluate(&scenario, Date::parse("2026-11-27").expect("date"));
        let (r, t) = (&evaluation.recommended, &evaluation.trap);
        let currency = scenario.currency.as_str();
        for lang in [Lang::Nb, Lang::En] {
            let summary = tradeoff_summary(r, t, scenario.target, currency, lang);
            for part in
                [percent_text(r.split, lang), money(r.this_period.expect("E1"), currency, lang), money(scenario.target, currency, lang)]
            {
                assert!(summary.contains(&part), "{summary} lacks {part}");
            }
            let values = [[r.this_period.unwrap(), t.this_period.unwrap()], [r.next_period.unwrap(), t.next_period.unwrap()]];
            let bars = bars_summary(values, scenario.target, currency, lang);
            assert!(bars.contains(&money(t.next_period.unwrap(), currency, lang)), "{bars}");
            let outcomes: Vec<(Which, Uncertainty)> =
                [(Which::Recommended, r), (Which::Trap, t)].map(|(w, p)| (w, simulate(&scenario, &evaluation, p, 500).unwrap())).into();
            let spread = distribution_summary(&outcomes, scenario.target, currency, lang);
            assert!(spread.contains(&integer(500.0, lang)) && spread.contains(Which::Trap.name(lang)), "{spread}");
            for text in [summary, bars, spread] {
                assert!(!text.contains('{') && !text.contains("NaN"), "{text}");
            }
        }
        let unavailable = Plan { this_period: None, ..r.clone() };
        assert!(tradeoff_summary(&unavailable, t, 1.0, "NOK", Lang::En).contains("expected to reach —"));
    }

    #[test]
    fn tables_list_the_curve_and_the_filled_bins() {
        let scenario = parse_scenario(include_str!("../demo.json")).expect("demo is valid");
        let evaluation = evaluate(&scenario, Date::parse("2026-11-27").expect("date"));
        let rows = curve_rows(&curve(&scenario, &evaluation.derived, 100), "NOK", Lang::En);
        assert_eq!(rows.len(), 11);
        assert_eq!(rows[0][0], "0%");
        assert_eq!(rows[10][0], "100%");
        let outcome = Uncertainty {
            trials: 8,
            p_hit: 0.25,
            p10: 100.0,
            p50: 200.0,
            p90: 300.0,
            mean: 200.0,
            histogram: Histogram { min: 100.0, max: 400.0, counts: vec![2, 0, 6] },
        };
        let rows = spread_rows(&outcome, "NOK", Lang::En);
        assert_eq!(rows.len(), 2, "empty bins are left out");
        assert_eq!(rows[1][2], "75.0%");
        assert_eq!(share_text(0.125, Lang::Nb), "12,5\u{a0}%");
        assert_eq!(chance_cells(&outcome, "NOK", Lang::En)[0], "25%");
        assert_eq!(percentile_note(Which::Recommended, &outcome, Lang::En), "Recommended: P10 100 · P50 200 · P90 300");
        assert!(curve_rows(&[], "NOK", Lang::Nb).is_empty());
        assert_eq!(distribution_summary(&[], 1.0, "NOK", Lang::En).matches("0 simulations").count(), 1);
    }
}
