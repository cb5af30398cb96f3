use leptos::prelude::*;

use crate::app::AppState;
use crate::format::{decimal, money};
use crate::text::answer;

/// The activity the plan needs: meetings per seller per week planned against
/// needed, and the gap per working day.
#[component]
pub fn ActivityCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let planned = move || state.deferred.evaluation.with(|e| e.recommended.meetings_per_seller_week);
    let needed = move || state.deferred.evaluation.with(|e| e.meetings_needed_per_seller_week);
    let opportunities = move || state.deferred.evaluation.with(|e| e.recommended.opportunities_per_seller_week);
    let rate = move |v: Option<f64>| v.map_or_else(|| "—".to_string(), |v| decimal(v, 1, lang.get_untracked()));
    let needed_reason = move || {
        state.deferred.evaluation.with(|e| {
            let l = lang.get_untracked();
            if e.meetings_needed_per_seller_week.is_some() {
                return None;
            }
            Some(if e.derived.working_days == 0 {
                answer::NO_WORKING_DAYS_IN_PERIOD.get(l)
            } else if e.derived.avg_deal_size.is_none() {
                answer::NEEDS_AVG_DEAL_SIZE.get(l)
            } else {
                answer::NO_MEETING_CONVERTS.get(l)
            })
        })
    };
    let verdict_line = move || {
        let l = lang.get_untracked();
        match (planned(), needed()) {
            (Some(p), Some(n)) if n > p + 0.05 => Some(answer::MORE_MEETINGS_NEEDED.fill(l, &[("count", &decimal(n - p, 1, l))])),
            (Some(_), Some(_)) => Some(answer::ENOUGH_MEETINGS.get(l).to_string()),
            _ => None,
        }
    };
    view! {
        <section class="card activity" aria-labelledby="activity-title" class:stale=move || state.stale.get()>
            <h2 id="activity-title">{state.text(answer::ACTIVITY_NEEDED)}</h2>
            <dl class="stat-grid">
                <div class="stat">
                    <dt>{state.text(answer::MEETINGS_IN_PLAN)}</dt>
                    <dd data-testid="meetings-planned" data-value=move || planned().map(|v| v.to_string()).unwrap_or_default()>
                        {move || rate(planned())}
                    </dd>
                </div>
                <div class="stat">
                    <dt>{state.text(answer::MEETINGS_NEEDED)}</dt>
                    <dd data-testid="meetings-needed" data-value=move || needed().map(|v| v.to_string()).unwrap_or_default()>
                        {move || rate(needed())}
                        <span class="stat-reason">{needed_reason}</span>
                    </dd>
                </div>
                <div class="stat">
                    <dt>{state.text(answer::NEW_OPPORTUNITIES)}</dt>
                    <dd>{move || rate(opportunities())}</dd>
                </div>
                <div class="stat">
                    <dt>{state.text(answer::LEFT_PER_DAY)}</dt>
                    <dd>{move || state.deferred.scenario.with(|s| state.deferred.evaluation.with(|e| {
                        e.needed_per_working_day.map_or_else(|| "—".to_string(), |v| money(v, &s.currency, lang.get_untracked()))
                    }))}</dd>
                </div>
            </dl>
            <p class="activity-line">{verdict_line}</p>
        </section>
    }
}
