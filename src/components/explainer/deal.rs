//! 2. Win probability and maturity of a deal, and the order deals are
//! worked in.

use leptos::prelude::*;

use super::{fact, live, shown, stage_name};
use crate::app::AppState;
use crate::format::integer;
use crate::i18n::Lang;
use crate::text::explainer as text;

pub(super) fn section(state: AppState, lang: Lang) -> AnyView {
    let maturity_stage = move || state.deferred.scenario.with(|s| stage_name(s, &s.maturity_stage, lang));
    let figures = move || {
        state.deferred.evaluation.with(|e| {
            let mature = e.derived.mature.len() as f64;
            let immature = e.derived.immature.len() as f64;
            view! {
                {fact(text::FIRST_MATURE_STAGE.get(lang), shown(None, Ok(maturity_stage())))}
                {fact(text::MATURE_COUNT.get(lang), shown(Some("explainer-mature-count"), Ok(integer(mature, lang))))}
                {fact(text::IMMATURE_COUNT.get(lang), shown(Some("explainer-immature-count"), Ok(integer(immature, lang))))}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{text::DEAL_TITLE.get(lang)}</h3>
            <dl class="explainer-terms">
                <dt><code>"p"<sub>"j"</sub></code></dt>
                <dd>{text::DEAL_PROBABILITY.get(lang)}</dd>
                <dt><code>"V"<sub>"j"</sub></code></dt>
                <dd>{text::DEAL_VALUE.get(lang)}</dd>
                <dt>{text::MATURE.get(lang)}</dt>
                <dd>{text::DEAL_MATURE.get(lang)}</dd>
                <dt><code>"M"</code>", "<code>"I"</code></dt>
                <dd>{text::DEAL_SETS.get(lang)}</dd>
                <dt>{text::PRIORITY.get(lang)}": "<code>"p"<sub>"j"</sub>" × V"<sub>"j"</sub></code></dt>
                <dd>{text::DEAL_PRIORITY.get(lang)}</dd>
            </dl>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}
