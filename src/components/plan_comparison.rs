use leptos::prelude::*;
use leptos::tachys::html::attribute::custom::custom_attribute;

use crate::app::AppState;
use crate::format::{decimal, integer, money, percent};
use crate::model::montecarlo::Uncertainty;
use crate::model::plan::Plan;
use crate::text::Text;
use crate::text::answer;

/// Which plan a column shows.
#[derive(Clone, Copy, PartialEq)]
enum Which {
    Recommended,
    Trap,
}

impl Which {
    /// The columns, in order.
    const BOTH: [Which; 2] = [Which::Recommended, Which::Trap];

    fn as_str(self) -> &'static str {
        match self {
            Which::Recommended => "recommended",
            Which::Trap => "trap",
        }
    }
}

/// The rows of the comparison, in order.
#[derive(Clone, Copy, PartialEq)]
enum Row {
    ThisPeriod,
    Odds,
    Range,
    NextPeriod,
    Discount,
    ValueLost,
    Strained,
    Coverage,
}

impl Row {
    const ALL: [Row; 8] =
        [Row::ThisPeriod, Row::Odds, Row::Range, Row::NextPeriod, Row::Discount, Row::ValueLost, Row::Strained, Row::Coverage];

    fn label(self) -> Text {
        match self {
            Row::ThisPeriod => answer::ROW_THIS_PERIOD,
            Row::Odds => answer::ROW_ODDS,
            Row::Range => answer::ROW_RANGE,
            Row::NextPeriod => answer::ROW_NEXT_PERIOD,
            Row::Discount => answer::ROW_DISCOUNT,
            Row::ValueLost => answer::ROW_VALUE_LOST,
            Row::Strained => answer::ROW_STRAINED,
            Row::Coverage => answer::ROW_COVERAGE,
        }
    }

    /// The `data-testid` suffix of this row's cells (`<plan>-<suffix>`).
    fn test_suffix(self) -> &'static str {
        match self {
            Row::ThisPeriod => "e1",
            Row::Odds => "p-hit",
            Row::Range => "range",
            Row::NextPeriod => "e2",
            Row::Discount => "discount",
            Row::ValueLost => "value-lost",
            Row::Strained => "strained",
            Row::Coverage => "coverage",
        }
    }
}

/// One plan's numbers, as picked by a row.
fn plan_number(state: AppState, which: Which, pick: fn(&Plan) -> Option<f64>) -> Option<f64> {
    state.evaluation.with(|e| {
        pick(match which {
            Which::Recommended => &e.recommended,
            Which::Trap => &e.trap,
        })
    })
}

/// One plan's simulated odds, once they are worked out.
fn plan_odds<R>(state: AppState, which: Which, pick: fn(&Uncertainty) -> R) -> Option<R> {
    state.uncertainty.with(|u| {
        match which {
            Which::Recommended => u.recommended.as_ref(),
            Which::Trap => u.trap.as_ref(),
        }
        .map(pick)
    })
}

/// The raw value of one cell (for `data-value`); the range has none.
fn cell_value(state: AppState, which: Which, row: Row) -> Option<f64> {
    match row {
        Row::ThisPeriod => plan_number(state, which, |p| p.this_period),
        Row::NextPeriod => plan_number(state, which, |p| p.next_period),
        Row::Discount => plan_number(state, which, |p| Some(p.discount)),
        Row::ValueLost => plan_number(state, which, |p| Some(p.value_lost)),
        Row::Odds => plan_odds(state, which, |u| u.p_hit),
        Row::Range => None,
        Row::Strained => Some(plan_number(state, which, |p| Some(f64::from(p.strained))).unwrap_or(0.0)),
        Row::Coverage => plan_number(state, which, |p| p.coverage_next),
    }
}

/// The text of one cell.
fn cell_text(state: AppState, which: Which, row: Row) -> String {
    let lang = state.lang.get_untracked();
    let money_text = |v: f64| state.scenario.with(|s| money(v, &s.currency, lang));
    match row {
        Row::ThisPeriod | Row::NextPeriod | Row::Discount | Row::ValueLost => {
            cell_value(state, which, row).map_or_else(|| "—".to_string(), money_text)
        }
        Row::Odds => cell_value(state, which, row).map_or_else(|| "…".to_string(), |p| percent(p, lang)),
        Row::Range => plan_odds(state, which, |u| (u.p10, u.p90))
            .map_or_else(|| "…".to_string(), |(low, high)| format!("{} – {}", money_text(low), money_text(high))),
        Row::Strained => integer(cell_value(state, which, row).unwrap_or(0.0), lang),
        Row::Coverage => cell_value(state, which, row).map_or_else(|| "—".to_string(), |v| format!("{}×", decimal(v, 1, lang))),
    }
}

/// The recommended plan and the trap side by side: this period, its odds,
/// next period, and what pushing costs.
#[component]
pub fn PlanComparison() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let calculating = state.from_answer.pick(move || state.uncertainty.with(|u| u.calculating));
    let texts = Row::ALL.map(|row| Which::BOTH.map(|which| state.from_answer.pick(move || cell_text(state, which, row))));
    // One-line figures sit in boxes that the browser lays out on their own
    // (style/main.css: `.figure`), as wide as the longest figure in
    // characters: a new number of the same length redraws its box and nothing
    // around it. Picks are worked out in the order they were asked for, so
    // this one reads the texts already updated for the same change.
    let widest = state.from_answer.pick(move || {
        Row::ALL
            .into_iter()
            .zip(texts)
            .filter(|(row, _)| *row != Row::Range)
            .flat_map(|(_, cells)| cells.map(|text| text.with_untracked(|t| t.chars().count())))
            .max()
            .unwrap_or(0)
    });
    let figure_width = move || format!("{}ch", widest.get());
    let rows = std::array::from_fn::<_, { Row::ALL.len() }, _>(|r| {
        let row = Row::ALL[r];
        let cells = std::array::from_fn::<_, { Which::BOTH.len() }, _>(|w| {
            let which = Which::BOTH[w];
            let text = texts[r][w];
            let value = state.from_answer.pick(move || cell_value(state, which, row));
            // The browser reports when these were first painted (Element Timing,
            // used by the bench): a text's paint is reported for its block, the
            // one-line figure, or the cell where the range wraps.
            let figure = view! {
                <span class="figure" class:wraps=row == Row::Range style:contain-intrinsic-inline-size=figure_width>{text}</span>
            }
            .add_any_attr(custom_attribute("elementtiming", "plan-cell"));
            view! {
                <td class=which.as_str() data-testid=format!("{}-{}", which.as_str(), row.test_suffix())
                    data-value=move || value.get().map(|v| v.to_string()).unwrap_or_default()>
                    {figure}
                </td>
            }
            .add_any_attr(custom_attribute("elementtiming", "plan-cell"))
        });
        view! {
            <tr>
                <th scope="row">{row.label().get(lang.get_untracked())}</th>
                {cells}
            </tr>
        }
    });

    view! {
        <section class="card plans" aria-labelledby="plans-title" class:stale=move || state.stale.get()>
            <h2 id="plans-title">{state.text(answer::PLANS_TITLE)}</h2>
            <table class="plan-table">
                <caption class="visually-hidden">
                    {state.text(answer::PLANS_CAPTION)}
                </caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col" class="recommended">
                            <span aria-hidden="true">"✓ "</span>{state.text(answer::RECOMMENDED)}
                        </th>
                        <th scope="col" class="trap">
                            <span aria-hidden="true">"⚠ "</span>{state.text(answer::PUSH_EVERYTHING_THE_TRAP)}
                        </th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <p class="table-note" aria-live="polite" data-testid="odds-note"
                data-pending=move || state.odds_pending.get().to_string()>
                {move || if calculating.get() {
                    state.text(answer::CALCULATING_THE_ODDS)
                } else {
                    state.text(answer::ODDS_NOTE)
                }}
            </p>
        </section>
    }
}
