use leptos::prelude::*;

use crate::app::AppState;
use crate::explain::verdict_headline;
use crate::format::{decimal, money, percent};
use crate::text::answer;

/// How fragile the plan is: without the biggest deal, how concentrated the
/// pipeline is, coverage of the gap and deals that have slipped.
#[component]
pub fn RiskCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let removed_name = move || {
        state.stress.with(|st| st.as_ref().and_then(|st| state.deferred.scenario.with(|s| s.deals.get(st.removed).map(|d| d.name.clone()))))
    };
    let stress_verdict = move || state.stress.with(|st| st.as_ref().map(|st| st.evaluation.verdict));
    let stress_odds =
        state.from_answer.pick(move || state.uncertainty.with(|u| u.stress.as_ref().filter(|_| !u.calculating).map(|m| m.p_hit)));
    let stress_odds = move || stress_odds.get();
    let slipped = move || state.deferred.evaluation.with(|e| e.deals.iter().filter(|d| d.slipped).count());
    view! {
        <section class="card risk" aria-labelledby="risk-title" class:stale=move || state.stale.get()>
            <h2 id="risk-title">{state.text(answer::RISK_TITLE)}</h2>
            <dl class="stat-grid">
                <div class="stat" data-testid="stress-test" data-verdict=move || stress_verdict().flatten().map(|v| v.as_str())>
                    <dt>{move || match removed_name() {
                        Some(name) => answer::WITHOUT_BIGGEST_NAMED.fill(lang.get_untracked(), &[("name", &name)]),
                        None => state.text(answer::WITHOUT_BIGGEST).to_string(),
                    }}</dt>
                    <dd>
                        {move || match stress_verdict() {
                            Some(verdict) => verdict_headline(verdict, lang.get_untracked()).to_string(),
                            None => "—".to_string(),
                        }}
                        <span class="stat-reason" data-testid="stress-p-hit" data-value=move || stress_odds().map(|p| p.to_string()).unwrap_or_default()>
                            {move || match (stress_verdict(), stress_odds()) {
                                (None, _) => state.text(answer::NO_DEALS_TO_TAKE_OUT).to_string(),
                                (Some(_), Some(p)) => answer::CHANCE_OF_TARGET.fill(lang.get_untracked(), &[("percent", &percent(p, lang.get_untracked()))]),
                                (Some(_), None) => state.text(answer::CALCULATING_THE_CHANCE).to_string(),
                            }}
                        </span>
                    </dd>
                </div>
                <div class="stat">
                    <dt>{state.text(answer::TOP_THREE_SHARE)}</dt>
                    <dd data-testid="concentration" data-value=move || state.deferred.evaluation.with(|e| e.concentration.map(|c| c.to_string()).unwrap_or_default())>
                        {move || state.deferred.evaluation.with(|e| e.concentration.map_or_else(|| "—".to_string(), |c| percent(c, lang.get_untracked())))}
                    </dd>
                </div>
                <div class="stat">
                    <dt>{state.text(answer::WEIGHTED_AND_COVERAGE)}</dt>
                    <dd>
                        {move || state.deferred.scenario.with(|s| state.deferred.evaluation.with(|e| money(e.weighted_pipeline, &s.currency, lang.get_untracked())))}
                        <span class="stat-reason">{move || state.deferred.evaluation.with(|e| {
                            let l = lang.get_untracked();
                            match (e.raw_coverage, e.weighted_coverage) {
                                (Some(raw), Some(weighted)) => answer::COVERAGE.fill(l, &[("raw", &decimal(raw, 1, l)), ("weighted", &decimal(weighted, 1, l))]),
                                _ => answer::COVERAGE_NOT_APPLICABLE.get(l).to_string(),
                            }
                        })}</span>
                    </dd>
                </div>
                <div class="stat">
                    <dt>{state.text(answer::SLIPPED_DEALS)}</dt>
                    <dd>{move || slipped().to_string()}</dd>
                </div>
            </dl>
        </section>
    }
}
