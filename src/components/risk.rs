use leptos::prelude::*;

use crate::app::AppState;
use crate::explain::verdict_headline;
use crate::format::{decimal, money, percent};

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
            <h2 id="risk-title">{state.t("Hvor robust er planen?", "How robust is the plan?")}</h2>
            <dl class="stat-grid">
                <div class="stat" data-testid="stress-test" data-verdict=move || stress_verdict().flatten().map(|v| v.as_str())>
                    <dt>{move || match removed_name() {
                        Some(name) => format!("{} «{name}»", state.t("Uten den største avtalen,", "Without the biggest deal,")),
                        None => state.t("Uten den største avtalen", "Without the biggest deal").to_string(),
                    }}</dt>
                    <dd>
                        {move || match stress_verdict() {
                            Some(verdict) => verdict_headline(verdict, lang.get_untracked()).to_string(),
                            None => "—".to_string(),
                        }}
                        <span class="stat-reason" data-testid="stress-p-hit" data-value=move || stress_odds().map(|p| p.to_string()).unwrap_or_default()>
                            {move || match (stress_verdict(), stress_odds()) {
                                (None, _) => state.t("Ingen avtaler å ta bort.", "No deals to take out.").to_string(),
                                (Some(_), Some(p)) => format!("{} {}", state.t("Sjanse for å nå målet:", "Chance of reaching the target:"), percent(p, lang.get_untracked())),
                                (Some(_), None) => state.t("Beregner sjansen …", "Calculating the chance …").to_string(),
                            }}
                        </span>
                    </dd>
                </div>
                <div class="stat">
                    <dt>{state.t("Andel av vektet pipeline i de tre største avtalene", "Share of the weighted pipeline in the three largest deals")}</dt>
                    <dd data-testid="concentration" data-value=move || state.deferred.evaluation.with(|e| e.concentration.map(|c| c.to_string()).unwrap_or_default())>
                        {move || state.deferred.evaluation.with(|e| e.concentration.map_or_else(|| "—".to_string(), |c| percent(c, lang.get_untracked())))}
                    </dd>
                </div>
                <div class="stat">
                    <dt>{state.t("Vektet pipeline og dekning av det som gjenstår", "Weighted pipeline and coverage of the gap")}</dt>
                    <dd>
                        {move || state.deferred.scenario.with(|s| state.deferred.evaluation.with(|e| money(e.weighted_pipeline, &s.currency, lang.get_untracked())))}
                        <span class="stat-reason">{move || state.deferred.evaluation.with(|e| {
                            let l = lang.get_untracked();
                            match (e.raw_coverage, e.weighted_coverage) {
                                (Some(raw), Some(weighted)) => format!("{} {}× {} {}×", l.pick("Dekning:", "Coverage:"), decimal(raw, 1, l), l.pick("rå,", "raw,"), decimal(weighted, 1, l)) + l.pick(" vektet", " weighted"),
                                _ => l.pick("Målet er nådd; dekning gjelder ikke.", "Target reached; coverage does not apply.").to_string(),
                            }
                        })}</span>
                    </dd>
                </div>
                <div class="stat">
                    <dt>{state.t("Avtaler med passert beslutningsdato", "Deals past their decision date")}</dt>
                    <dd>{move || slipped().to_string()}</dd>
                </div>
            </dl>
        </section>
    }
}
