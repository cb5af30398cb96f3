//! Every assumption of the model: closing, pushing, prospecting, coverage,
//! and the sales stages. Part of the second wasm module.

use leptos::prelude::*;

use super::fields::{NumberField, NumberKind, TextField};
use super::source_mark::follow_source;
use crate::app::AppState;
use crate::explain::stage_label;
use crate::format::{decimal, editable, money, percent};
use crate::import::apply::{AVG_DEAL_SIZE_PATH, CYCLE_DAYS_PATH, WIN_RATE_PATH};
use crate::model::scenario::{Closing, DEFAULT_COVERAGE_GOAL, Prospecting, Scenario, Stage};
use crate::text::Text;
use crate::text::inputs;

/// The model's assumptions, each with what it means and where its default comes from.
#[component]
pub fn AssumptionFields() -> impl IntoView {
    let state = expect_context::<AppState>();
    let draft = state.draft;
    let lang = state.lang;
    let closing_default = Closing::default();
    let prospecting_default = Prospecting::default();

    // A value read from the draft, and a setter for a required number.
    let get = move |f: fn(&Scenario) -> f64| state.from_draft.pick(move || draft.with(|s| Some(f(s))));
    let set = move |f: fn(&mut Scenario, f64)| {
        Callback::new(move |v: Option<f64>| {
            if let Some(v) = v {
                draft.update(|s| f(s, v));
            }
        })
    };
    let default_share = move |share: f64| {
        Signal::derive(move || inputs::DEFAULT.fill(lang.get_untracked(), &[("value", &percent(share, lang.get_untracked()))]))
    };
    let default_hours = move |hours: f64| {
        Signal::derive(move || {
            let l = lang.get_untracked();
            inputs::DEFAULT_WITH_UNIT.fill(l, &[("value", &decimal(hours, 0, l)), ("unit", inputs::HOURS_UNIT.get(l))])
        })
    };
    follow_source(state, WIN_RATE_PATH, |s| Some(s.prospecting.win_rate));
    follow_source(state, AVG_DEAL_SIZE_PATH, |s| s.prospecting.avg_deal_size);
    follow_source(state, CYCLE_DAYS_PATH, |s| Some(s.prospecting.cycle_days));
    let number_note = move |value: f64, unit: Text| {
        Signal::derive(move || {
            let l = lang.get_untracked();
            inputs::DEFAULT_WITH_UNIT.fill(l, &[("value", &editable(value, 2, l)), ("unit", unit.get(l))])
        })
    };
    view! {
        <p class="assumptions-intro">
            {state.text(inputs::DEFAULTS_INTRO)}
        </p>

        <fieldset>
            <legend>{state.text(inputs::CLOSING_AND_PUSHING)}</legend>
            <div class="field-grid">
                <NumberField label=inputs::CLOSING_HOURS
                    path="closing.hours_per_deal" kind=NumberKind::Quantity(1) unit=inputs::HOURS_UNIT
                    help=inputs::CLOSING_HOURS_HELP
                    note=default_hours(closing_default.hours_per_deal)
                    value=get(|s| s.closing.hours_per_deal) on_change=set(|s, v| s.closing.hours_per_deal = v)/>
                <NumberField label=inputs::PUSH_HOURS
                    path="closing.push_hours_per_deal" kind=NumberKind::Quantity(1) unit=inputs::HOURS_UNIT
                    help=inputs::PUSH_HOURS_HELP
                    note=default_hours(closing_default.push_hours_per_deal)
                    value=get(|s| s.closing.push_hours_per_deal) on_change=set(|s, v| s.closing.push_hours_per_deal = v)/>
                <NumberField label=inputs::PUSH_DISCOUNT
                    path="closing.push_discount" kind=NumberKind::Percent unit=inputs::PERCENT
                    help=inputs::PUSH_DISCOUNT_HELP
                    note=default_share(closing_default.push_discount)
                    value=get(|s| s.closing.push_discount) on_change=set(|s, v| s.closing.push_discount = v)/>
                <NumberField label=inputs::PUSH_WIN_PENALTY
                    path="closing.push_win_penalty" kind=NumberKind::Percent unit=inputs::PERCENT
                    help=inputs::PUSH_WIN_PENALTY_HELP
                    note=default_share(closing_default.push_win_penalty)
                    value=get(|s| s.closing.push_win_penalty) on_change=set(|s, v| s.closing.push_win_penalty = v)/>
                <NumberField label=inputs::SLIP_DECAY
                    path="closing.slip_decay" kind=NumberKind::Percent unit=inputs::PERCENT
                    help=inputs::SLIP_DECAY_HELP
                    note=default_share(closing_default.slip_decay)
                    value=get(|s| s.closing.slip_decay) on_change=set(|s, v| s.closing.slip_decay = v)/>
            </div>
        </fieldset>

        <fieldset>
            <legend>{state.text(inputs::PROSPECTING)}</legend>
            <div class="field-grid">
                <NumberField label=inputs::MEETING_HOURS
                    path="prospecting.hours_per_meeting" kind=NumberKind::Quantity(1) unit=inputs::HOURS_UNIT
                    help=inputs::MEETING_HOURS_HELP
                    note=default_hours(prospecting_default.hours_per_meeting)
                    value=get(|s| s.prospecting.hours_per_meeting) on_change=set(|s, v| s.prospecting.hours_per_meeting = v)/>
                <NumberField label=inputs::MEETING_TO_OPPORTUNITY
                    path="prospecting.meeting_to_opportunity" kind=NumberKind::Percent unit=inputs::PERCENT
                    help=inputs::MEETING_TO_OPPORTUNITY_HELP
                    note=default_share(prospecting_default.meeting_to_opportunity)
                    value=get(|s| s.prospecting.meeting_to_opportunity) on_change=set(|s, v| s.prospecting.meeting_to_opportunity = v)/>
                <NumberField label=inputs::WIN_RATE
                    path="prospecting.win_rate" kind=NumberKind::Percent unit=inputs::PERCENT
                    help=inputs::WIN_RATE_HELP
                    note=default_share(prospecting_default.win_rate)
                    source_slot=true
                    value=get(|s| s.prospecting.win_rate) on_change=set(|s, v| s.prospecting.win_rate = v)/>
                <NumberField label=inputs::AVG_DEAL_SIZE
                    path="prospecting.avg_deal_size" kind=NumberKind::Money optional=true
                    help=inputs::AVG_DEAL_SIZE_HELP
                    placeholder=state.from_answer.pick(move || state.evaluation.with(|e| e.derived.avg_deal_size.map(|a| editable(a, 0, lang.get_untracked())).unwrap_or_default()))
                    source_slot=true
                    value=state.from_draft.pick(move || draft.with(|s| s.prospecting.avg_deal_size))
                    on_change=Callback::new(move |v| draft.update(|s| s.prospecting.avg_deal_size = v))/>
                <NumberField label=inputs::SALES_CYCLE
                    path="prospecting.cycle_days" kind=NumberKind::Quantity(0) unit=inputs::DAYS_UNIT
                    help=inputs::SALES_CYCLE_HELP
                    note=number_note(prospecting_default.cycle_days, inputs::DAYS_UNIT)
                    source_slot=true
                    value=get(|s| s.prospecting.cycle_days) on_change=set(|s, v| s.prospecting.cycle_days = v)/>
                <NumberField label=inputs::READY_NOW
                    path="prospecting.ready_now_share" kind=NumberKind::Percent unit=inputs::PERCENT
                    help=inputs::READY_NOW_HELP
                    note=default_share(prospecting_default.ready_now_share)
                    value=get(|s| s.prospecting.ready_now_share) on_change=set(|s, v| s.prospecting.ready_now_share = v)/>
                <NumberField label=inputs::COVERAGE_GOAL
                    path="coverage_goal" kind=NumberKind::Quantity(2) unit=inputs::TIMES
                    help=inputs::COVERAGE_GOAL_HELP
                    note=number_note(DEFAULT_COVERAGE_GOAL, inputs::TIMES)
                    value=get(|s| s.coverage_goal) on_change=set(|s, v| s.coverage_goal = v)/>
            </div>
        </fieldset>

        <StagesEditor/>
        <p class="assumptions-derived">
            {
                let used = state.from_answer.pick(move || {
                    let l = lang.get_untracked();
                    state.scenario.with(|s| state.evaluation.with(|e| match e.derived.avg_deal_size {
                        Some(a) => inputs::AVG_DEAL_USED.fill(l, &[("amount", &money(a, &s.currency, l))]),
                        None => inputs::AVG_DEAL_UNAVAILABLE.get(l).to_string(),
                    }))
                });
                move || used.get()
            }
        </p>
    }
}

/// The sales stages in order, their win probabilities, and the first mature stage.
#[component]
fn StagesEditor() -> impl IntoView {
    let state = expect_context::<AppState>();
    let draft = state.draft;
    let lang = state.lang;
    // Rows read the stages signal, set only when the stages change, not the draft.
    let stages = state.stages;
    let count = move || stages.with(Vec::len);
    let stage = move |i: usize| stages.with(|list| list.get(i).cloned());
    // Which stages have deals: worked out once per edit, not once per row.
    let used = state.from_draft.pick(move || draft.with(stages_in_use));
    let in_use = move |i: usize| used.with(|used| used.get(i).copied().unwrap_or(false));
    let maturity_stage = state.from_draft.pick(move || draft.with(|s| s.maturity_stage.clone()));
    let move_stage = move |i: usize, up: bool| {
        draft.update(|s| {
            let j = if up { i.checked_sub(1) } else { Some(i + 1).filter(|&j| j < s.stages.len()) };
            if let Some(j) = j {
                s.stages.swap(i, j);
            }
        })
    };
    let add_stage = move |_| {
        draft.update(|s| {
            let mut n = s.stages.len() + 1;
            while s.stages.iter().any(|st| st.id == format!("stage-{n}")) {
                n += 1;
            }
            s.stages.push(Stage { id: format!("stage-{n}"), label: None, probability: 0.5 });
        })
    };
    let name_of = move |i: usize| stage(i).map(|st| stage_label(&st, lang.get_untracked())).unwrap_or_default();

    view! {
        <fieldset class="stages">
            <legend>{state.text(inputs::SALES_STAGES)}</legend>
            <div class="table-scroll">
            <table class="stage-table">
                <thead>
                    <tr>
                        <th scope="col" id="stage-col-label">{state.text(inputs::STAGE)}</th>
                        <th scope="col" id="stage-col-prob">{state.text(inputs::WIN_PROBABILITY)}</th>
                        <th scope="col">{state.text(inputs::ORDER)}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || 0..count() key=|i| *i let:i>
                        <tr>
                            <td>
                                <TextField label=inputs::STAGE path=format!("stages[{i}].label") max_length=120
                                    table_label=Signal::derive(move || inputs::NAME_OF_STAGE.fill(lang.get_untracked(), &[("number", &(i + 1).to_string())]))
                                    value=Signal::derive(move || stage(i).map(|st| stage_label(&st, lang.get_untracked())).unwrap_or_default())
                                    on_change=Callback::new(move |label: String| draft.update(|s| if let Some(st) = s.stages.get_mut(i) {
                                        st.label = (!label.trim().is_empty()).then_some(label);
                                    }))/>
                                <span class="stage-id">{move || stage(i).map(|st| st.id).unwrap_or_default()}</span>
                            </td>
                            <td>
                                <NumberField label=inputs::WIN_PROBABILITY path=format!("stages[{i}].probability")
                                    kind=NumberKind::Percent unit=inputs::PERCENT
                                    table_label=Signal::derive(move || format!("{} – {}", inputs::WIN_PROBABILITY.get(lang.get_untracked()), name_of(i)))
                                    value=Signal::derive(move || stage(i).map(|st| st.probability))
                                    on_change=Callback::new(move |v: Option<f64>| if let Some(v) = v {
                                        draft.update(|s| if let Some(st) = s.stages.get_mut(i) { st.probability = v })
                                    })/>
                            </td>
                            <td class="stage-actions">
                                <button type="button" class="icon-button" disabled=move || i == 0
                                    aria-label=move || format!("{} {}", inputs::MOVE_UP.get(lang.get_untracked()), name_of(i))
                                    on:click=move |_| move_stage(i, true)>"↑"</button>
                                <button type="button" class="icon-button" disabled=move || i + 1 >= count()
                                    aria-label=move || format!("{} {}", inputs::MOVE_DOWN.get(lang.get_untracked()), name_of(i))
                                    on:click=move |_| move_stage(i, false)>"↓"</button>
                                <button type="button" class="icon-button" disabled=move || in_use(i) || count() <= 1
                                    title=move || in_use(i).then(|| inputs::STAGE_IN_USE.get(lang.get_untracked()).to_string())
                                    aria-label=move || format!("{} {}", inputs::REMOVE_STAGE.get(lang.get_untracked()), name_of(i))
                                    on:click=move |_| draft.update(|s| { if i < s.stages.len() { s.stages.remove(i); } })>"✕"</button>
                            </td>
                        </tr>
                    </For>
                </tbody>
            </table>
            </div>
            <button type="button" class="secondary" on:click=add_stage>{state.text(inputs::ADD_STAGE)}</button>
            <div class="field">
                <label for="f-maturity-stage">{state.text(inputs::FIRST_MATURE_STAGE)}</label>
                <select id="f-maturity-stage" aria-describedby="f-maturity-stage-help"
                    on:change:target=move |ev| { let id = ev.target().value(); draft.update(|s| s.maturity_stage = id) }>
                    <For each=move || stages.get() key=|st| (st.id.clone(), st.label.clone()) let:st>
                        <option value=st.id.clone()
                            selected=move || maturity_stage.with(|id| *id == st.id)>
                            {
                                let st = st.clone();
                                move || stage_label(&st, lang.get_untracked())
                            }
                        </option>
                    </For>
                </select>
                <p class="field-message" role="alert">{move || state.problem_at("maturity_stage")}</p>
                <p class="field-help" id="f-maturity-stage-help">
                    {state.text(inputs::MATURITY_STAGE_HELP)}
                </p>
            </div>
        </fieldset>
    }
}

/// For each stage in order, whether any deal is in it.
fn stages_in_use(scenario: &Scenario) -> Vec<bool> {
    scenario.stages.iter().map(|st| scenario.deals.iter().any(|d| d.stage == st.id)).collect()
}
