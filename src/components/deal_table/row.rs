//! One deal in the table. The row is a slot for the deal at its index: when
//! the list changes, the row shows whichever deal is now at that index.
//! Language is read untracked: the page is rendered afresh when it changes.

use leptos::prelude::*;

use crate::app::AppState;
use crate::components::fields::{DateField, NumberField, NumberKind, TextField};
use crate::explain::{advice_label, advice_reason, stage_label};
use crate::model::scenario::Deal;
use crate::text::Text;

use super::RowData;
use crate::text::deals;

/// The deal at `index`, its inputs, the model's advice and row actions.
#[component]
pub fn DealRow(
    /// Position of the deal in the scenario's list.
    index: usize,
    /// The deal at `index` and its outcome.
    data: ReadSignal<RowData>,
    /// Inserts a copy of this deal below it.
    on_duplicate: Callback<usize>,
    /// Removes this deal (the table offers undo).
    on_remove: Callback<usize>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let draft = state.draft;
    let lang = state.lang.get_untracked();
    let name = move || data.with(|row| row.deal.as_ref().map(|d| d.name.clone()).unwrap_or_default());
    let mature_choice = move || data.with(|row| row.deal.as_ref().and_then(|d| d.mature));
    let edit = move |change: fn(&mut Deal, Option<f64>), v: Option<f64>| {
        draft.update(|s| {
            if let Some(d) = s.deals.get_mut(index) {
                change(d, v);
            }
        })
    };
    // A column's name and the deal's, naming a cell's control for assistive technology.
    let label_text = move |column: Text| format!("{} – {}", column.get(lang), name());
    let labelled = move |column: Text| Signal::derive(move || label_text(column));
    let stage_probability = move || {
        data.with(|row| {
            let d = row.deal.as_ref()?;
            state.stages.with(|stages| stages.iter().find(|st| st.id == d.stage).map(|st| st.probability))
        })
    };
    let maturity_value = move || match mature_choice() {
        None => "auto",
        Some(true) => "yes",
        Some(false) => "no",
    };
    let auto_label = move || {
        // What "automatic" currently means for this deal, from the model.
        let derived = data.with(|row| row.outcome.as_ref().map(|o| o.mature));
        match (mature_choice(), derived) {
            (None, Some(true)) => deals::AUTO_YES.get(lang),
            (None, Some(false)) => deals::AUTO_NO.get(lang),
            _ => deals::AUTO.get(lang),
        }
    };
    let advice_id = move || data.with(|row| row.outcome.as_ref().map(|o| o.advice.as_str()).unwrap_or(""));
    let slipped = move || data.with(|row| row.outcome.as_ref().is_some_and(|o| o.slipped));

    view! {
        <tr data-testid="deal-row" data-advice=advice_id class:slipped=slipped>
            <td class="col-name">
                <TextField label=deals::DEAL path=format!("deals[{index}].name") max_length=120
                    table_label=Signal::derive(move || deals::NAME_OF_DEAL.fill(lang, &[("number", &(index + 1).to_string())]))
                    value=Signal::derive(name)
                    on_change=Callback::new(move |text: String| draft.update(|s| if let Some(d) = s.deals.get_mut(index) { d.name = text }))/>
                <div class="deal-advice">
                {move || data.with(|row| row.outcome.as_ref().map(|o| {
                    view! {
                        <span class=format!("badge advice advice-{}", o.advice.as_str())>{advice_label(o.advice, lang)}</span>
                        <span class="advice-reason">{advice_reason(o, lang)}</span>
                    }
                }))}
                </div>
            </td>
            <td class="col-value">
                <NumberField label=deals::VALUE path=format!("deals[{index}].value") kind=NumberKind::Money
                    table_label=labelled(deals::VALUE) test_id="deal-value"
                    value=Signal::derive(move || data.with(|row| row.deal.as_ref().map(|d| d.value)))
                    on_change=Callback::new(move |v| edit(|d, v| if let Some(v) = v { d.value = v }, v))/>
            </td>
            <td class="col-stage">
                <select aria-label=move || label_text(deals::STAGE)
                    on:change:target=move |ev| {
                        let id = ev.target().value();
                        draft.update(|s| if let Some(d) = s.deals.get_mut(index) { d.stage = id });
                    }>
                    // A few options, rebuilt in place when the stages change: a keyed
                    // list per row would cost more than it saves.
                    {move || state.stages.with(|stages| stages.iter().map(|st| {
                        let id = st.id.clone();
                        view! {
                            <option value=st.id.clone()
                                selected=move || data.with(|row| row.deal.as_ref().is_some_and(|d| d.stage == id))>
                                {stage_label(st, lang)}
                            </option>
                        }
                    }).collect_view())}
                </select>
                <p class="field-message" role="alert">{move || state.problem_at(&format!("deals[{index}].stage"))}</p>
            </td>
            <td class="col-prob">
                <NumberField label=deals::PROBABILITY path=format!("deals[{index}].probability")
                    kind=NumberKind::Percent optional=true unit=deals::PERCENT
                    table_label=labelled(deals::PROBABILITY_LABEL)
                    placeholder=Signal::derive(move || stage_probability().map(|p| crate::format::editable(p * 100.0, 2, lang)).unwrap_or_default())
                    value=Signal::derive(move || data.with(|row| row.deal.as_ref().and_then(|d| d.probability)))
                    on_change=Callback::new(move |v| edit(|d, v| d.probability = v, v))/>
            </td>
            <td class="col-date">
                <DateField label=deals::DECISION_DATE path=format!("deals[{index}].close_date") optional=true
                    table_label=labelled(deals::DECISION_DATE)
                    value=Signal::derive(move || data.with(|row| row.deal.as_ref().and_then(|d| d.close_date)))
                    on_change=Callback::new(move |date| draft.update(|s| if let Some(d) = s.deals.get_mut(index) { d.close_date = date }))/>
                {move || slipped().then(|| view! {
                    <span class="badge slipped-badge">
                        <span aria-hidden="true">"⚠ "</span>
                        {state.text(deals::SLIPPED)}
                    </span>
                })}
            </td>
            <td class="col-mature">
                <select aria-label=move || label_text(deals::MATURE)
                    on:change:target=move |ev| {
                        let choice = match ev.target().value().as_str() { "yes" => Some(true), "no" => Some(false), _ => None };
                        draft.update(|s| if let Some(d) = s.deals.get_mut(index) { d.mature = choice });
                    }>
                    <option value="auto" selected=move || maturity_value() == "auto">{auto_label}</option>
                    <option value="yes" selected=move || maturity_value() == "yes">{state.text(deals::YES)}</option>
                    <option value="no" selected=move || maturity_value() == "no">{state.text(deals::NO)}</option>
                </select>
            </td>
            <td class="col-actions">
                <button type="button" class="icon-button" aria-label=move || format!("{} {}", deals::DUPLICATE.get(lang), name())
                    on:click=move |_| on_duplicate.run(index)>
                    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                        <rect x="5" y="5" width="9" height="9" rx="1.5"/>
                        <path d="M11 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h.5"/>
                    </svg>
                </button>
                <button type="button" class="icon-button danger" aria-label=move || format!("{} {}", deals::DELETE.get(lang), name())
                    on:click=move |_| on_remove.run(index)>
                    <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                        <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.7 9.5h6.6L12 4M6.8 6.5v5M9.2 6.5v5"/>
                    </svg>
                </button>
            </td>
        </tr>
    }
}
