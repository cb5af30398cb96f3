use leptos::prelude::*;

use crate::app::AppState;
use crate::explain::{verdict_detail, verdict_headline};

/// The answer in one sentence: the verdict and why, with this scenario's numbers.
#[component]
pub fn VerdictCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang.get_untracked();
    let verdict_id = state.from_answer.pick(move || state.evaluation.with(|e| e.verdict.map_or("unavailable", |v| v.as_str()).to_string()));
    let headline = state.from_answer.pick(move || state.evaluation.with(|e| verdict_headline(e.verdict, lang).to_string()));
    let detail = state.from_answer.pick(move || state.scenario.with(|s| state.evaluation.with(|e| verdict_detail(s, e, lang))));
    let verdict_id = move || verdict_id.get();
    view! {
        <section class="card verdict" data-testid="verdict" data-verdict=verdict_id data-value=verdict_id
            aria-labelledby="verdict-headline">
            <h2 id="verdict-headline" class="verdict-headline">
                {headline}
            </h2>
            <p class="verdict-detail">
                {detail}
            </p>
        </section>
    }
}
