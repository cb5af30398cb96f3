//! The key numbers: period, target, what is closed, next target, team.

use leptos::prelude::*;

use super::fields::{DateField, NumberField, NumberKind, TextField};
use crate::app::AppState;
use crate::format::editable;

/// The period, the target, what is already closed and the team.
#[component]
pub fn InputsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let draft = state.draft;
    let number = move |get: fn(&crate::model::Scenario) -> f64| state.from_draft.pick(move || draft.with(|s| Some(get(s))));

    view! {
        <section class="card inputs-card" aria-labelledby="key-numbers-title">
            <h2 id="key-numbers-title">{state.t("Periode og mål", "Period and target")}</h2>
            <div class="field-row">
                <NumberField
                    label=("Salgsmål for perioden", "Target for the period")
                    path="target"
                    kind=NumberKind::Money
                    value=number(|s| s.target)
                    on_change=Callback::new(move |v: Option<f64>| if let Some(v) = v { draft.update(|s| s.target = v) })
                    test_id="input-target"
                />
                <NumberField
                    label=("Solgt så langt", "Closed so far")
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
                    label=("Periodestart", "Period start")
                    path="period.start"
                    value=state.from_draft.pick(move || draft.with(|s| Some(s.period.start)))
                    on_change=Callback::new(move |d: Option<_>| if let Some(d) = d { draft.update(|s| s.period.start = d) })
                />
                <DateField
                    label=("Periodeslutt", "Period end")
                    path="period.end"
                    value=state.from_draft.pick(move || draft.with(|s| Some(s.period.end)))
                    on_change=Callback::new(move |d: Option<_>| if let Some(d) = d { draft.update(|s| s.period.end = d) })
                />
                <DateField
                    label=("Per dato", "As of")
                    path="period.today"
                    optional=true
                    help=("Tom = dagens dato. Sett en dato for å fryse scenarioet, f.eks. i et arbeidsmøte.",
                          "Empty = today. Set a date to freeze the scenario, e.g. for a workshop.")
                    value=state.from_draft.pick(move || draft.with(|s| s.period.today))
                    on_change=Callback::new(move |d| draft.update(|s| s.period.today = d))
                />
            </div>
            <div class="field-row">
                <NumberField
                    label=("Mål for neste periode", "Next period's target")
                    path="next_target"
                    kind=NumberKind::Money
                    optional=true
                    help=("Tom = samme som dette målet.", "Empty = the same as this target.")
                    placeholder=state.from_draft.pick(move || draft.with(|s| editable(s.target, 0, state.lang.get_untracked())))
                    value=state.from_draft.pick(move || draft.with(|s| s.next_target))
                    on_change=Callback::new(move |v| draft.update(|s| s.next_target = v))
                    test_id="input-next-target"
                />
                <TextField
                    label=("Valuta", "Currency")
                    path="currency"
                    max_length=3
                    help=("Kode på tre bokstaver, f.eks. NOK, EUR, SEK. Bare for visning.",
                          "Three-letter code, e.g. NOK, EUR, USD. Display only.")
                    value=state.from_draft.pick(move || draft.with(|s| s.currency.clone()))
                    on_change=Callback::new(move |code: String| draft.update(|s| s.currency = code.trim().to_uppercase()))
                />
            </div>
            <div class="field-row">
            <TextField
                label=("Navn på scenarioet", "Scenario name")
                path="name"
                max_length=120
                value=state.from_draft.pick(move || draft.with(|s| s.name.clone()))
                on_change=Callback::new(move |name: String| draft.update(|s| s.name = name))
            />
            </div>
            <h3>{state.t("Teamet", "The team")}</h3>
            <div class="field-row">
                <NumberField
                    label=("Selgere", "Sellers")
                    path="team.sellers"
                    kind=NumberKind::Quantity(2)
                    help=("Brøker går an: 2,5 betyr to på fulltid og én på halv tid.",
                          "Fractions are fine: 2.5 means two full-time and one half-time.")
                    value=number(|s| s.team.sellers)
                    on_change=Callback::new(move |v: Option<f64>| if let Some(v) = v { draft.update(|s| s.team.sellers = v) })
                    test_id="input-sellers"
                />
                <NumberField
                    label=("Timer per selger per uke", "Hours per seller per week")
                    path="team.hours_per_week"
                    kind=NumberKind::Quantity(1)
                    unit=("t", "h")
                    help=("Tid til å sluttføre og prospektere, etter løpende kunde- og avtalearbeid (høyst 80).",
                          "Time free for closing and prospecting, after ongoing account and deal work (at most 80).")
                    value=number(|s| s.team.hours_per_week)
                    on_change=Callback::new(move |v: Option<f64>| if let Some(v) = v { draft.update(|s| s.team.hours_per_week = v) })
                    test_id="input-hours-per-week"
                />
            </div>
        </section>
    }
}
