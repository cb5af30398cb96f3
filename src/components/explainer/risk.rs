//! 9. Gap, coverage and risk: the gap per working day, the weighted
//! pipeline, coverage, slipped deals, concentration and the stress test.

use leptos::prelude::*;

use super::{fact, live, money_in, multiple, shown};
use crate::app::AppState;
use crate::format::{integer, percent};
use crate::i18n::Lang;
use crate::text::explainer as text;

pub(super) fn section(state: AppState, lang: Lang) -> AnyView {
    let target = text::TARGET.get(lang);
    let closed = text::CLOSED.get(lang);
    let figures = move || {
        state.deferred.evaluation.with(|e| {
            let no_days = text::NO_WORKING_DAYS.get(lang);
            let no_gap = text::NO_GAP.get(lang);
            let concentration = e.concentration.map(|c| percent(c, lang)).ok_or(if e.deals.is_empty() {
                text::NO_OPEN_DEALS.get(lang)
            } else {
                text::WEIGHTED_PIPELINE_ZERO.get(lang)
            });
            let slipped = e.deals.iter().filter(|d| d.slipped).count() as f64;
            let removed = state
                .stress
                .with(|st| st.as_ref().map(|st| st.removed))
                .and_then(|j| state.deferred.scenario.with(|s| s.deals.get(j).map(|d| d.name.clone())))
                .ok_or(text::NO_OPEN_DEALS.get(lang));
            view! {
                {fact(text::GAP.get(lang), shown(None, Ok(money_in(state, e.gap, lang))))}
                {fact(
                    text::PER_WORKING_DAY.get(lang),
                    shown(Some("explainer-gap-per-day"), e.needed_per_working_day.map(|v| money_in(state, v, lang)).ok_or(no_days)),
                )}
                {fact(text::WEIGHTED_PIPELINE.get(lang), shown(None, Ok(money_in(state, e.weighted_pipeline, lang))))}
                {fact(text::RAW_COVERAGE.get(lang), shown(None, e.raw_coverage.map(|c| multiple(c, lang)).ok_or(no_gap)))}
                {fact(text::WEIGHTED_COVERAGE.get(lang), shown(None, e.weighted_coverage.map(|c| multiple(c, lang)).ok_or(no_gap)))}
                {fact(text::SLIPPED_DEALS.get(lang), shown(None, Ok(integer(slipped, lang))))}
                {fact(text::CONCENTRATION.get(lang), shown(None, concentration))}
                {fact(text::STRESS_TEST_WITHOUT.get(lang), shown(None, removed))}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{text::RISK_TITLE.get(lang)}</h3>
            <dl class="explainer-terms">
                <dt><code>"G = max(0, " {target}" − " {closed}")"</code>", "<code>"G / W"<sub>"d"</sub></code></dt>
                <dd>{text::RISK_GAP.get(lang)}</dd>
                <dt>{text::WEIGHTED_PIPELINE.get(lang)}": "<code>"Σ p"<sub>"j"</sub>" × V"<sub>"j"</sub></code></dt>
                <dd>{text::RISK_WEIGHTED_PIPELINE.get(lang)}</dd>
                <dt>
                    {text::COVERAGE.get(lang)}": "<code>"Σ V"<sub>"j"</sub>" / G"</code>
                    {text::RAW_AND.get(lang)}
                    <code>"Σ p"<sub>"j"</sub>" × V"<sub>"j"</sub>" / G"</code>
                    {text::WEIGHTED_NOTE.get(lang)}
                </dt>
                <dd>{text::RISK_COVERAGE.get(lang)}</dd>
                <dt>{text::SLIPPED.get(lang)}</dt>
                <dd>{text::RISK_SLIPPED.get(lang)}</dd>
                <dt>{text::CONCENTRATION.get(lang)}</dt>
                <dd>{text::RISK_CONCENTRATION.get(lang)}</dd>
                <dt>{text::STRESS_TEST.get(lang)}</dt>
                <dd>
                    {text::RISK_STRESS_TEST.get(lang)}
                    <sup>"*"</sup>
                    {text::RISK_STRESS_TEST_END.get(lang)}
                </dd>
            </dl>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}
