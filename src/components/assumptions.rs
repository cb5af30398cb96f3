//! The assumptions panel, collapsed by default. Its fields
//! (`assumption_fields.rs`) come with the second wasm module when the panel
//! is first opened.

use leptos::prelude::*;

use super::later::assumption_fields;
use super::second_module::SecondModule;
use crate::app::AppState;

/// The model's assumptions, collapsed by default. The fields come with the
/// second wasm module, when the panel is first opened.
#[component]
pub fn AssumptionsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let opened = RwSignal::new(false);
    view! {
        <details class="card assumptions" data-testid="assumptions"
            on:toggle:target=move |ev| if ev.target().open() { opened.set(true) }>
            <summary>
                <h2>{state.t("Forutsetninger", "Assumptions")}</h2>
                <span class="summary-hint">
                    {state.t("Timer, rabatt, trakt og salgssteg – alle kan endres", "Hours, discount, funnel and stages – all can be changed")}
                </span>
            </summary>
            <Show when=move || opened.get()>
                <SecondModule load=assumption_fields what=("Feltene for forutsetninger", "The assumption fields")/>
            </Show>
        </details>
    }
}
