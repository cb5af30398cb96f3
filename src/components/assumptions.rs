//! The assumptions panel, collapsed by default. Its fields
//! (`assumption_fields.rs`) come with the second wasm module when the panel
//! is first opened.

use leptos::prelude::*;

use super::later::assumption_fields;
use super::second_module::SecondModule;
use crate::app::AppState;
use crate::text::inputs;

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
                <h2>{state.text(inputs::ASSUMPTIONS)}</h2>
                <span class="summary-hint">
                    {state.text(inputs::ASSUMPTIONS_SUMMARY)}
                </span>
            </summary>
            <Show when=move || opened.get()>
                <SecondModule load=assumption_fields what=inputs::PART_ASSUMPTION_FIELDS/>
            </Show>
        </details>
    }
}
