//! 6. What pushing costs: discount given, value lost, relationships
//! strained, and the weaker next period.

use leptos::prelude::*;

use super::{fact, live, money_in, shown};
use crate::app::AppState;
use crate::format::integer;
use crate::i18n::Lang;
use crate::text::explainer as text;

pub(super) fn section(state: AppState, lang: Lang) -> AnyView {
    let pushed = text::PUSHED.get(lang);
    let figures = move || {
        state.deferred.evaluation.with(|e| {
            let trap = &e.trap;
            let weaker = e
                .recommended
                .next_period
                .zip(trap.next_period)
                .map(|(best, pushed)| money_in(state, best - pushed, lang))
                .ok_or(text::A_MISSING.get(lang));
            view! {
                {fact(text::DISCOUNT_GIVEN_TRAP.get(lang), shown(None, Ok(money_in(state, trap.discount, lang))))}
                {fact(text::VALUE_LOST_TRAP.get(lang), shown(None, Ok(money_in(state, trap.value_lost, lang))))}
                {fact(text::STRAINED_TRAP.get(lang), shown(None, Ok(integer(f64::from(trap.strained), lang))))}
                {fact(
                    view! {
                        {text::NEXT_PERIOD_WEAKER.get(lang)}
                        "E"<sub>"2"</sub>"(s"<sup>"*"</sup>") − E"<sub>"2"</sub>"(s"<sub>{text::TRAP.get(lang)}</sub>")"
                    },
                    shown(Some("explainer-next-period-loss"), weaker),
                )}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{text::COSTS_TITLE.get(lang)}</h3>
            <dl class="explainer-terms">
                <dt>
                    {text::DISCOUNT_GIVEN.get(lang)}": "
                    <code>"Σ"<sub>"I"</sub>" " {pushed}<sub>"j"</sub>" × p"<sub>"j"</sub>" × (1 − k) × d × V"<sub>"j"</sub></code>
                </dt>
                <dd>{text::COSTS_DISCOUNT.get(lang)}</dd>
                <dt>
                    {text::VALUE_LOST.get(lang)}": "
                    <code>"Σ"<sub>"I"</sub>" " {pushed}<sub>"j"</sub>" × p"<sub>"j"</sub>" × k × V"<sub>"j"</sub></code>
                </dt>
                <dd>{text::COSTS_VALUE_LOST.get(lang)}</dd>
                <dt>
                    {text::STRAINED.get(lang)}": "
                    <code>"Σ"<sub>"I"</sub>" " {pushed}<sub>"j"</sub></code>
                </dt>
                <dd>{text::COSTS_STRAINED.get(lang)}</dd>
            </dl>
            <p>
                {text::COSTS_TRAP.get(lang)}
                <sub>"2"</sub>
                {text::COSTS_TRAP_END.get(lang)}
            </p>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}
