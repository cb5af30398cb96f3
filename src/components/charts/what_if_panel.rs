//! Beside the trade-off curve: the what-if split's numbers next to the
//! recommended plan's, and a way back to the recommended split.

use leptos::prelude::*;

use super::say;
use crate::app::AppState;
use crate::chart_layout::amounts::percent_text;
use crate::chart_layout::what_if::{Row, capped_note, is_capped, recommended_heading, rest_on_prospecting, what_if_heading};
use crate::model::plan::Plan;
use crate::text::charts as words;

/// The what-if split's numbers beside the recommended plan's, and a way back.
#[component]
pub fn WhatIfPanel(chosen_split: Memo<f64>, what_if_plan: Memo<Plan>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let capped = move || what_if_plan.with(|p| is_capped(p, chosen_split.get()));
    let what_if_cell = move |row: Row| {
        view! {
            <td data-testid=row.test_id()
                data-value=move || what_if_plan.with(|p| row.value(p)).map(|v| v.to_string()).unwrap_or_default()>
                {move || state.deferred.scenario.with(|s| what_if_plan.with(|p| row.text(p, &s.currency, state.lang.get_untracked())))}
            </td>
        }
    };
    let recommended_cell = move |row: Row| {
        view! {
            <td class="recommended">
                {move || state.deferred.scenario.with(|s| state.deferred.evaluation.with(|e| row.text(&e.recommended, &s.currency, state.lang.get_untracked())))}
            </td>
        }
    };
    view! {
        <div class="what-if-panel">
            <p class="what-if-readout">
                <span class="what-if-caption">{say(state, words::WHAT_IF)}</span>
                <strong data-testid="what-if-split" data-value=move || chosen_split.get().to_string()>
                    {move || percent_text(chosen_split.get(), state.lang.get_untracked())}
                </strong>
                <span class="sub">{move || rest_on_prospecting(chosen_split.get(), state.lang.get_untracked())}</span>
            </p>
            <Show when=capped>
                <p class="what-if-note">{move || what_if_plan.with(|p| capped_note(p, state.lang.get_untracked()))}</p>
            </Show>
            <table class="what-if-table">
                <caption class="visually-hidden">{say(state, words::WHAT_IF_CAPTION)}</caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{move || what_if_heading(chosen_split.get(), state.lang.get_untracked())}</th>
                        <th scope="col" class="recommended">
                            {move || recommended_heading(state.deferred.evaluation.with(|e| e.recommended.split), state.lang.get_untracked())}
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {Row::ALL.into_iter().map(|row| view! {
                        <tr>
                            <th scope="row">{move || row.label(state.lang.get_untracked())}</th>
                            {what_if_cell(row)}
                            {recommended_cell(row)}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <button type="button" class="what-if-reset" data-testid="what-if-reset"
                disabled=move || state.what_if.get().is_none()
                on:click=move |_| state.what_if.set(None)>
                {say(state, words::BACK_TO_RECOMMENDED)}
            </button>
        </div>
    }
}
