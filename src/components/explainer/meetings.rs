//! 8. Meetings needed for next period: the pipeline left, the pipeline
//! needed, and the first customer meetings that would bring it.

use leptos::prelude::*;

use super::{fact, live, money_in, shown};
use crate::app::AppState;
use crate::format::decimal;
use crate::i18n::Lang;
use crate::text::explainer as text;

pub(super) fn section(state: AppState, lang: Lang) -> AnyView {
    let worked = text::WORKED.get(lang);
    let pushed = text::PUSHED.get(lang);
    let need = text::NEED.get(lang);
    let meetings = text::MEETINGS.get(lang);
    let figures = move || {
        state.deferred.evaluation.with(|e| {
            let no_q_a = text::NO_Q_OR_A.get(lang);
            let no_days = text::NO_WORKING_DAYS.get(lang);
            let per_week = match (e.meetings_needed, e.meetings_needed_per_seller_week) {
                (Some(_), Some(m)) => Ok(decimal(m, 1, lang)),
                (None, _) => Err(no_q_a),
                (Some(_), None) => Err(no_days),
            };
            let given = e.recommended.meetings_per_seller_week.map(|m| decimal(m, 1, lang)).ok_or(no_days);
            view! {
                {fact(
                    view! { "P"<sub>"2x"</sub> },
                    shown(Some("explainer-pipeline-left"), Ok(money_in(state, e.pipeline_left, lang))),
                )}
                {fact(text::NEW_PIPELINE_NEEDED.get(lang), shown(None, Ok(money_in(state, e.new_pipeline_needed, lang))))}
                {fact(
                    text::MEETINGS_NEEDED.get(lang),
                    shown(Some("explainer-meetings-needed"), e.meetings_needed.map(|m| decimal(m, 1, lang)).ok_or(no_q_a)),
                )}
                {fact(text::PER_SELLER_PER_WEEK.get(lang), shown(None, per_week))}
                {fact(text::PLAN_GIVES_PER_SELLER_WEEK.get(lang), shown(None, given))}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{text::MEETINGS_TITLE.get(lang)}</h3>
            <dl class="explainer-terms">
                <dt>
                    <code>
                        "P"<sub>"2x"</sub>" = Σ"<sub>"M"</sub>" (1 − " {worked}<sub>"j"</sub>") × V"<sub>"j"</sub>
                        " + Σ"<sub>"I"</sub>" (1 − " {pushed}<sub>"j"</sub>") × V"<sub>"j"</sub>
                    </code>
                </dt>
                <dd>{text::PIPELINE_LEFT.get(lang)}</dd>
                <dt>
                    <code>
                        {need}" = max(0, " {text::COVERAGE_GOAL.get(lang)} " × " {text::NEXT_TARGET.get(lang)} " − P"<sub>"2x"</sub>")"
                    </code>
                </dt>
                <dd>{text::PIPELINE_NEEDED.get(lang)}</dd>
                <dt><code>{meetings}" = " {need}" / (q × A)"</code></dt>
                <dd>{text::PIPELINE_PER_MEETING.get(lang)}</dd>
                <dt><code>{meetings}" / " {text::SELLERS.get(lang)}" / (W"<sub>"d"</sub>" / 5)"</code></dt>
                <dd>{text::MEETINGS_PER_SELLER_WEEK.get(lang)}</dd>
            </dl>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}
