//! The outcomes of the two plans in one card: the two periods side by side,
//! and how this period's sales are spread in the Monte Carlo simulation.

use leptos::prelude::*;

use super::distribution::OutcomeDistribution;
use super::period_bars::PeriodBars;
use super::say;
use crate::app::AppState;
use crate::text::charts as words;

/// The id of the hatch pattern that marks the trap's series.
const TRAP_HATCH_ID: &str = "skippertak-trap-hatch";

/// A hatch pattern for the trap's bars: colour is never the only cue.
pub(super) fn trap_hatch() -> impl IntoView {
    view! {
        <defs>
            <pattern id=TRAP_HATCH_ID patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                <rect class="hatch-ground" width="6" height="6"></rect>
                <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
        </defs>
    }
}

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
