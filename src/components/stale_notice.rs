use leptos::prelude::*;

use crate::app::AppState;
use crate::text::answer;

/// Says plainly when the results do not reflect the inputs, and why.
#[component]
pub fn StaleNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let problems = move || state.problems.with(Vec::len) + state.unreadable.with(|u| u.len());
    view! {
        <div class="stale-notice" role="status" data-testid="stale-notice">
            <Show when=move || state.stale.get()>
                <p>
                    <strong>{state.text(answer::NOT_UPDATED)}</strong>
                    {move || crate::text::count(state.lang.get_untracked(), problems(), answer::FIELD_TO_FIX, answer::FIELDS_TO_FIX)}
                </p>
            </Show>
        </div>
    }
}
