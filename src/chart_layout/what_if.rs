//! The what-if panel's content: the rows comparing the chosen split's plan
//! with the recommended one, and the sentences around the handle.

use super::amounts::percent_text;
use crate::format::{integer, money, percent};
use crate::i18n::Lang;
use crate::model::plan::{Plan, whole_percents};
use crate::text::charts as words;

/// The rows of the what-if table, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    /// Sales this period under the plan.
    ThisPeriod,
    /// Sales next period under the plan.
    NextPeriod,
    /// Discount given on the deals the plan pushes.
    Discount,
    /// Value lost to pressure on pushed deals.
    ValueLost,
    /// Customer relationships the plan strains.
    Strained,
}

impl Row {
    /// Every row, in table order.
    pub const ALL: [Row; 5] = [Row::ThisPeriod, Row::NextPeriod, Row::Discount, Row::ValueLost, Row::Strained];

    /// The row's heading in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Row::ThisPeriod => words::ROW_THIS_PERIOD,
            Row::NextPeriod => words::ROW_NEXT_PERIOD,
            Row::Discount => words::ROW_DISCOUNT,
            Row::ValueLost => words::ROW_VALUE_LOST,
            Row::Strained => words::ROW_STRAINED,
        }
        .get(lang)
    }

    /// The `data-testid` of the what-if cell in this row.
    pub fn test_id(self) -> &'static str {
        match self {
            Row::ThisPeriod => "what-if-e1",
            Row::NextPeriod => "what-if-e2",
            Row::Discount => "what-if-discount",
            Row::ValueLost => "what-if-value-lost",
            Row::Strained => "what-if-strained",
        }
    }

    /// The plan's number for this row; `None` when not available.
    pub fn value(self, plan: &Plan) -> Option<f64> {
        match self {
            Row::ThisPeriod => plan.this_period,
            Row::NextPeriod => plan.next_period,
            Row::Discount => Some(plan.discount),
            Row::ValueLost => Some(plan.value_lost),
            Row::Strained => Some(f64::from(plan.strained)),
        }
    }

    /// The row's value formatted for the table (money or a count; a dash when missing).
    pub fn text(self, plan: &Plan, currency: &str, lang: Lang) -> String {
        match (self, self.value(plan)) {
            (_, None) => "—".to_string(),
            (Row::Strained, Some(count)) => integer(count, lang),
            (_, Some(amount)) => money(amount, currency, lang),
        }
    }
}

/// The handle's `aria-valuetext`: the split and this period's sales with it.
pub fn handle_value_text(split: f64, this_period: Option<f64>, currency: &str, lang: Lang) -> String {
    let amount = this_period.map_or_else(|| words::NOT_AVAILABLE.get(lang).to_string(), |v| money(v, currency, lang));
    words::HANDLE_VALUE.fill(lang, &[("percent", &percent_text(split, lang)), ("amount", &amount)])
}

/// Under the chosen split: "on closing · 58% prospecting".
pub fn rest_on_prospecting(split: f64, lang: Lang) -> String {
    let (_, prospecting) = whole_percents(split);
    words::ON_CLOSING_REST_PROSPECTING.fill(lang, &[("percent", &percent(f64::from(prospecting) / 100.0, lang))])
}

/// True when the deals cannot absorb the chosen split: the plan closes for
/// less of the time than chosen.
pub fn is_capped(plan: &Plan, chosen_split: f64) -> bool {
    plan.split < chosen_split - 1e-9
}

/// Why the plan uses less of the time than chosen.
pub fn capped_note(plan: &Plan, lang: Lang) -> String {
    words::CAPPED.fill(lang, &[("percent", &percent_text(plan.split, lang))])
}

/// The header of the what-if column.
pub fn what_if_heading(split: f64, lang: Lang) -> String {
    words::WHAT_IF_AT.fill(lang, &[("percent", &percent_text(split, lang))])
}

/// The header of the recommended column.
pub fn recommended_heading(split: f64, lang: Lang) -> String {
    words::RECOMMENDED_AT.fill(lang, &[("percent", &percent_text(split, lang))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Date, evaluate, parse_scenario};

    fn recommended() -> Plan {
        let scenario = parse_scenario(include_str!("../demo.json")).expect("demo is valid");
        evaluate(&scenario, Date::parse("2026-11-27").expect("date")).recommended
    }

    #[test]
    fn rows_show_each_number_of_the_plan() {
        let plan = recommended();
        let ids: Vec<&str> = Row::ALL.iter().map(|r| r.test_id()).collect();
        assert_eq!(ids, ["what-if-e1", "what-if-e2", "what-if-discount", "what-if-value-lost", "what-if-strained"]);
        assert_eq!(Row::ThisPeriod.value(&plan), plan.this_period);
        assert_eq!(Row::Strained.text(&plan, "NOK", Lang::En), plan.strained.to_string());
        assert_eq!(Row::Discount.text(&plan, "NOK", Lang::En), money(plan.discount, "NOK", Lang::En));
        let unavailable = Plan { this_period: None, ..plan.clone() };
        assert_eq!(Row::ThisPeriod.text(&unavailable, "NOK", Lang::Nb), "—");
        assert_eq!(Row::Strained.label(Lang::En), "Relationships strained");
    }

    #[test]
    fn the_handle_reads_its_split_and_sales() {
        let text = handle_value_text(0.42, Some(7_250_000.0), "NOK", Lang::En);
        assert_eq!(text, format!("42% on closing, expected sales this period {}", money(7_250_000.0, "NOK", Lang::En)));
        assert_eq!(
            handle_value_text(0.0, None, "NOK", Lang::Nb),
            "0\u{a0}% på sluttføring, forventet salg denne perioden ikke tilgjengelig"
        );
        assert_eq!(rest_on_prospecting(0.42, Lang::En), "on closing · 58% prospecting");
        assert_eq!(what_if_heading(0.424, Lang::En), "What if 42%");
        assert_eq!(recommended_heading(0.5, Lang::Nb), "Anbefalt 50\u{a0}%");
    }

    #[test]
    fn a_split_beyond_what_the_deals_absorb_is_capped() {
        let plan = Plan { split: 0.6, ..recommended() };
        assert!(is_capped(&plan, 0.8));
        assert!(!is_capped(&plan, 0.6));
        assert_eq!(capped_note(&plan, Lang::En), "The deals can only absorb 60% of the time; the rest goes to prospecting.");
    }
}
