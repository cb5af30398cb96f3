//! The trade-off curve's card: what each share of time on closing gives this
//! period and carries into the next, with the recommended split, the trap,
//! the target, and a what-if handle to try any split.

use leptos::prelude::*;

use super::tables::CurveTable;
use super::tradeoff_svg::tradeoff_svg;
use super::what_if_handle::what_if_layer;
use super::what_if_panel::WhatIfPanel;
use super::{drawing_width_of, say};
use crate::app::AppState;
use crate::chart_layout::amounts::currency_unit;
use crate::chart_layout::scale::finite_or;
use crate::chart_layout::tradeoff::{CURVE_STEPS, draw_tradeoff};
use crate::model::plan::{curve, plan_for_split};
use crate::text::charts as words;

/// The trade-off between this period and the next over every split of the
/// remaining hours: expected sales this period and carried into the next,
/// the target, the recommended split and the trap, and a what-if handle
/// (`data-testid="what-if-handle"`, an ARIA slider) that shows any split's
/// numbers beside the recommended plan's.
#[component]
pub fn TradeoffChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    let frame = NodeRef::<leptos::html::Div>::new();
    let width = drawing_width_of(frame);

    let available = Memo::new(move |_| state.deferred.evaluation.with(|e| e.recommended.this_period.is_some()));
    let points =
        Memo::new(move |_| state.deferred.scenario.with(|s| state.deferred.evaluation.with(|e| curve(s, &e.derived, CURVE_STEPS))));
    let drawing = Memo::new(move |_| {
        let (recommended, trap) = state.deferred.evaluation.with(|e| (e.recommended.split, e.trap.split));
        let lang = state.lang.get_untracked();
        let (target, unit) = state.deferred.scenario.with(|s| (s.target, currency_unit(&s.currency, lang)));
        points.with(|p| draw_tradeoff(p, width.get(), target, (recommended, trap), unit, lang))
    });

    // The split the handle stands on, and the plan it gives.
    let chosen_split = Memo::new(move |_| match state.what_if.get() {
        Some(split) => finite_or(split, 0.0).clamp(0.0, 1.0),
        None => state.deferred.evaluation.with(|e| e.recommended.split),
    });
    let what_if_plan = Memo::new(move |_| match state.what_if.get() {
        None => state.deferred.evaluation.with(|e| e.recommended.clone()),
        Some(split) => state.deferred.scenario.with(|s| state.deferred.evaluation.with(|e| plan_for_split(s, &e.derived, split))),
    });

    let chart = move || {
        view! {
            <div class="chart-body">
                <div class="chart-frame tradeoff-frame" node_ref=frame>
                    {tradeoff_svg(drawing)}
                    // The handle lies over the drawing in its own SVG with the same
                    // viewBox: inside the role="img" drawing it would be hidden
                    // from assistive technology.
                    {what_if_layer(drawing, chosen_split, what_if_plan)}
                </div>
                <WhatIfPanel chosen_split=chosen_split what_if_plan=what_if_plan/>
            </div>
            <CurveTable points=points/>
        }
    };

    let unavailable = move || {
        view! {
            <p class="chart-unavailable" data-testid="tradeoff-unavailable">
                <span class="chart-dash" aria-hidden="true">"—"</span>
                {say(state, words::UNAVAILABLE_SALES)}
            </p>
        }
    };

    view! {
        <section class="card chart tradeoff" aria-labelledby="tradeoff-title">
            <h2 id="tradeoff-title">{say(state, words::TRADEOFF_TITLE)}</h2>
            <p class="chart-lead">{say(state, words::TRADEOFF_LEAD)}</p>
            <Show when=move || available.get() fallback=unavailable>
                {chart()}
            </Show>
        </section>
    }
}
