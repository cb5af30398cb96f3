//! The key numbers: period, target, what is closed, next target, team.

use leptos::prelude::*;

use super::fields::{DateField, NumberField, NumberKind, TextField};
use crate::app::AppState;
use crate::format::editable;
use crate::text::inputs;

/// The period, the target, what is already closed and the team.
#[component]
pub fn InputsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let draft = state.draft;
    let number = move |get: fn(&crate::model::Scenario) -> f64| state.from_draft.pick(move || draft.with(|s| Some(get(s))));

    view! {
        <section class="card inputs-card" aria-labelledby="key-numbers-title">
            <h2 id="key-numbers-title">{state.text(inputs::PERIOD_AND_TARGET)}</h2>
            <div class="field-row">
                <NumberField
                    label=inputs::TARGET_FOR_THE_PERIOD
                    path="target"
                    kind=NumberKind::Money
                    value=number(|s| s.target)
                    on_change=Callback::new(move |v: Option<f64>| if let Some(v) = v { draft.update(|s| s.target = v) })
                    test_id="input-target"
                />
                <NumberField
                    label=inputs::CLOSED_SO_FAR
                    path="closed"
                    kind=NumberKind::Money
                    value=number(|s| s.closed)
                    on_change=Callback::new(move |v: Option<f64>| if let Some(v) = v { draft.update(|s| s.closed = v) })
                    test_id="input-closed"
                    source_slot=true
                />
            </div>
            <div class="field-row three">
                <DateField
                    label=inputs::PERIOD_START
                    path="period.start"
                    value=state.from_draft.pick(move || draft.with(|s| Some(s.period.start)))
                    on_change=Callback::new(move |d: Option<_>| if let Some(d) = d { draft.update(|s| s.period.start = d) })
                />
                <DateField
                    label=inputs::PERIOD_END
                    path="period.end"
                    value=state.from_draft.pick(move || draft.with(|s| Some(s.period.end)))
                    on_change=Callback::new(move |d: Option<_>| if let Some(d) = d { draft.update(|s| s.period.end = d) })
                />
                <DateField
                    label=inputs::AS_OF
                    path="period.today"
                    optional=true
                    help=inputs::AS_OF_HELP
                    value=state.from_draft.pick(move || draft.with(|s| s.period.today))
                    on_change=Callback::new(move |d| draft.update(|s| s.period.today = d))
                />
            </div>
            <div class="field-row">
                <NumberField
                    label=inputs::NEXT_PERIODS_TARGET
                    path="next_target"
                    kind=NumberKind::Money
                    optional=true
                    help=inputs::NEXT_TARGET_HELP
                    placeholder=state.from_draft.pick(move || draft.with(|s| editable(s.target, 0, state.lang.get_untracked())))
                    value=state.from_draft.pick(move || draft.with(|s| s.next_target))
                    on_change=Callback::new(move |v| draft.update(|s| s.next_target = v))
                    test_id="input-next-target"
                />
                <TextField
                    label=inputs::CURRENCY
                    path="currency"
                    max_length=3
                    help=inputs::CURRENCY_HELP
                    value=state.from_draft.pick(move || draft.with(|s| s.currency.clone()))
                    on_change=Callback::new(move |code: String| draft.update(|s| s.currency = code.trim().to_uppercase()))
                />
            </div>
            <div class="field-row">
            <TextField
                label=inputs::SCENARIO_NAME
                path="name"
                max_length=120
                value=state.from_draft.pick(move || draft.with(|s| s.name.clone()))
                on_change=Callback::new(move |name: String| draft.update(|s| s.name = name))
            />
            </div>
            <h3>{state.text(inputs::THE_TEAM)}</h3>
            <div class="field-row">
                <NumberField
                    label=inputs::SELLERS
                    path="team.sellers"
                    kind=NumberKind::Quantity(2)
                    help=inputs::SELLERS_HELP
                    value=number(|s| s.team.sellers)
                    on_change=Callback::new(move |v: Option<f64>| if let Some(v) = v { draft.update(|s| s.team.sellers = v) })
                    test_id="input-sellers"
                />
                <NumberField
                    label=inputs::HOURS_PER_SELLER_PER_WEEK
                    path="team.hours_per_week"
                    kind=NumberKind::Quantity(1)
                    unit=inputs::HOURS_UNIT
                    help=inputs::HOURS_PER_WEEK_HELP
                    value=number(|s| s.team.hours_per_week)
                    on_change=Callback::new(move |v: Option<f64>| if let Some(v) = v { draft.update(|s| s.team.hours_per_week = v) })
                    test_id="input-hours-per-week"
                />
            </div>
        </section>
    }
}
