use leptos::prelude::*;

use crate::app::AppState;
use crate::format::{decimal, percent};
use crate::model::plan::whole_percents;

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
                Some(hours) => format!("{} {}", decimal(hours, 1, lang), lang.pick("t per selger per uke", "h per seller per week")),
                None => lang.pick("ingen arbeidsdager igjen", "no working days left").to_string(),
            }
        })
    };
    view! {
        <section class="card split" aria-labelledby="split-title">
            <h2 id="split-title">{state.t("Anbefalt fordeling av tiden", "Recommended split of the time")}</h2>
            <div class="split-bar" role="img"
                aria-label=move || {
                    let (c, p) = percents();
                    let lang = state.lang.get_untracked();
                    format!("{} {c} %, {} {p} %", lang.pick("Sluttføre", "Closing"), lang.pick("prospektere", "prospecting"))
                }>
                <div class="split-closing-fill" style:flex-grow=move || percents().0.to_string()></div>
                <div class="split-prospecting-fill" style:flex-grow=move || percents().1.to_string()></div>
            </div>
            <dl class="split-legend">
                <div class="split-part closing">
                    <dt>{state.t("Sluttføre modne avtaler", "Closing mature deals")}</dt>
                    <dd>
                        <strong data-testid="split-closing" data-value=move || split().to_string()>
                            {move || percent(f64::from(percents().0) / 100.0, state.lang.get_untracked())}
                        </strong>
                        <span class="sub">{hours_text(true)}</span>
                    </dd>
                </div>
                <div class="split-part prospecting">
                    <dt>{state.t("Prospektere", "Prospecting")}</dt>
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
