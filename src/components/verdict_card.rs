use leptos::prelude::*;

use crate::app::AppState;
use crate::explain::{verdict_detail, verdict_headline};

/// The answer in one sentence: the verdict and why, with this scenario's numbers.
#[component]
pub fn VerdictCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let verdict = state.from_answer.pick(move || state.evaluation.with(|e| e.verdict));
    let verdict = move || verdict.get();
    let detail = state
        .from_answer
        .pick(move || state.scenario.with(|s| state.evaluation.with(|e| verdict_detail(s, e, state.lang.get_untracked()))));
    let verdict_id = move || verdict().map_or("unavailable", |v| v.as_str());
    view! {
        <section class="card verdict" data-testid="verdict" data-verdict=verdict_id data-value=verdict_id
            aria-labelledby="verdict-headline">
            <h2 id="verdict-headline" class="verdict-headline">
                {move || verdict_headline(verdict(), state.lang.get_untracked())}
            </h2>
            <p class="verdict-detail">
                {move || detail.get()}
            </p>
        </section>
    }
}
