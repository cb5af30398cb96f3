//! 5. This period and next period: the expected sales E1 and what the
//! work carries into next period, E2.

use leptos::prelude::*;

use super::{fact, live, shown};
use crate::app::AppState;
use crate::format::percent;
use crate::i18n::Lang;
use crate::text::explainer as text;

pub(super) fn section(state: AppState, lang: Lang) -> AnyView {
    let worked = text::WORKED.get(lang);
    let pushed = text::PUSHED.get(lang);
    let closed = text::CLOSED.get(lang);
    let figures = move || {
        state.deferred.scenario.with(|s| {
            let c = &s.closing;
            view! {
                {fact("σ", shown(Some("explainer-slip-decay"), Ok(percent(c.slip_decay, lang))))}
                {fact("k", shown(Some("explainer-push-penalty"), Ok(percent(c.push_win_penalty, lang))))}
                {fact("d", shown(Some("explainer-push-discount"), Ok(percent(c.push_discount, lang))))}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{text::PERIODS_TITLE.get(lang)}</h3>
            <p class="explainer-formula">
                <code>
                    "E"<sub>"1"</sub>"(s) = " {closed}
                    " + Σ"<sub>"M"</sub>" " {worked}<sub>"j"</sub>" × p"<sub>"j"</sub>" × V"<sub>"j"</sub>
                    " + Σ"<sub>"I"</sub>" " {pushed}<sub>"j"</sub>" × p"<sub>"j"</sub>" × (1 − k) × (1 − d) × V"<sub>"j"</sub>
                    " + f"<sub>"1"</sub>" × N(H"<sub>"p"</sub>")"
                </code>
            </p>
            <p>{text::THIS_PERIOD_SUM.get(lang)}</p>
            <ul>
                <li>{text::THIS_PERIOD_CLOSED.get(lang)}</li>
                <li>{text::THIS_PERIOD_MATURE.get(lang)}</li>
                <li>{text::THIS_PERIOD_PUSHED.get(lang)}</li>
                <li>{text::THIS_PERIOD_NEW.get(lang)}<sub>"1"</sub>")."</li>
            </ul>
            <p class="explainer-formula">
                <code>
                    "E"<sub>"2"</sub>"(s) = Σ"<sub>"M"</sub>" (1 − " {worked}<sub>"j"</sub>") × p"<sub>"j"</sub>" × (1 − σ) × V"<sub>"j"</sub>
                    " + Σ"<sub>"I"</sub>" (1 − " {pushed}<sub>"j"</sub>") × p"<sub>"j"</sub>" × V"<sub>"j"</sub>
                    " + (1 − f"<sub>"1"</sub>") × N(H"<sub>"p"</sub>")"
                </code>
            </p>
            <p>{text::NEXT_PERIOD_SUM.get(lang)}</p>
            <ul>
                <li>{text::NEXT_PERIOD_SLIPPED.get(lang)}</li>
                <li>{text::NEXT_PERIOD_IMMATURE.get(lang)}</li>
                <li>{text::NEXT_PERIOD_NEW.get(lang)}</li>
            </ul>
            <dl class="explainer-terms">
                <dt><code>"σ"</code></dt>
                <dd>{text::SLIP_DECAY.get(lang)}</dd>
                <dt><code>"k"</code></dt>
                <dd>{text::PUSH_PENALTY.get(lang)}</dd>
                <dt><code>"d"</code></dt>
                <dd>{text::PUSH_DISCOUNT.get(lang)}</dd>
            </dl>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}
