use leptos::prelude::*;

use crate::app::AppState;
use crate::format::{decimal, percent};
use crate::model::plan::whole_percents;
use crate::text::answer;

/// The recommended split of the team's time as one bar with two whole
/// percents that add to 100, and the hours per seller per week for each.
#[component]
pub fn SplitBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let split = state.from_answer.pick(move || state.evaluation.with(|e| e.recommended.split));
    let split = move || split.get();
    let percents = move || whole_percents(split());
    // Hours per seller per week for closing or prospecting, as text.
    let hours_text = move |closing: bool| {
        state.from_answer.pick(move || {
            let lang = state.lang.get_untracked();
            let weekly_hours = state.evaluation.with(|e| {
                let weeks = e.derived.remaining_weeks()?;
                let sellers = state.scenario.with(|s| s.team.sellers);
                let hours = if closing { e.recommended.closing_hours } else { e.recommended.prospecting_hours };
                Some(hours / sellers / weeks)
            });
            match weekly_hours {
                Some(hours) => answer::HOURS_PER_SELLER_WEEK.fill(lang, &[("hours", &decimal(hours, 1, lang))]),
                None => answer::NO_WORKING_DAYS_LEFT.get(lang).to_string(),
            }
        })
    };
    view! {
        <section class="card split" aria-labelledby="split-title">
            <h2 id="split-title">{state.text(answer::SPLIT_TITLE)}</h2>
            <div class="split-bar" role="img"
                aria-label=move || {
                    let (c, p) = percents();
                    let lang = state.lang.get_untracked();
                    answer::SPLIT_SHARES.fill(lang, &[("closing", &c.to_string()), ("prospecting", &p.to_string())])
                }>
                <div class="split-closing-fill" style:flex-grow=move || percents().0.to_string()></div>
                <div class="split-prospecting-fill" style:flex-grow=move || percents().1.to_string()></div>
            </div>
            <dl class="split-legend">
                <div class="split-part closing">
                    <dt>{state.text(answer::CLOSING_MATURE_DEALS)}</dt>
                    <dd>
                        <strong data-testid="split-closing" data-value=move || split().to_string()>
                            {move || percent(f64::from(percents().0) / 100.0, state.lang.get_untracked())}
                        </strong>
                        <span class="sub">{hours_text(true)}</span>
                    </dd>
                </div>
                <div class="split-part prospecting">
                    <dt>{state.text(answer::PROSPECTING)}</dt>
                    <dd>
                        <strong data-testid="split-prospecting" data-value=move || (1.0 - split()).to_string()>
                            {move || percent(f64::from(percents().1) / 100.0, state.lang.get_untracked())}
                        </strong>
                        <span class="sub">{hours_text(false)}</span>
                    </dd>
                </div>
            </dl>
        </section>
    }
}
