//! The outcomes of the two plans in one card: the two periods side by side,
//! and how this period's sales are spread in the Monte Carlo simulation.

use leptos::prelude::*;

use super::distribution::OutcomeDistribution;
use super::period_bars::PeriodBars;
use super::say;
use crate::app::AppState;
use crate::text::charts as words;

/// Both outcome charts in one card: (a) this period and next for the
/// recommended plan and the trap, against the target; (b) the spread of this
/// period's sales in the Monte Carlo simulation for both plans, with the
/// target and P10/P50/P90 of the recommended plan.
#[component]
pub fn OutcomeCharts() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section class="card chart outcomes" aria-labelledby="outcomes-title">
            <h2 id="outcomes-title">{say(state, words::OUTCOMES_TITLE)}</h2>
            <div class="chart-pair">
                <PeriodBars/>
                <OutcomeDistribution/>
            </div>
        </section>
    }
}
