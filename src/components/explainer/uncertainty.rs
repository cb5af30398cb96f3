//! 10. Uncertainty: how the Monte Carlo trials play the period out, and
//! what the chance and the percentiles mean.

use leptos::prelude::*;

use super::{fact, live, money_in, shown};
use crate::app::AppState;
use crate::format::{integer, percent};
use crate::i18n::Lang;
use crate::model::montecarlo::{TRIALS, Uncertainty};
use crate::text::explainer as text;

pub(super) fn section(state: AppState, lang: Lang) -> AnyView {
    let worked = text::WORKED.get(lang);
    let pushed = text::PUSHED.get(lang);
    let trials = text::TRIALS.fill(lang, &[("trials", &integer(TRIALS as f64, lang))]);
    let figures = move || {
        state.uncertainty.with(|u| {
            let calculating = text::CALCULATING.get(lang);
            let no_a = text::A_MISSING.get(lang);
            let hit = |result: &Option<Uncertainty>| -> AnyView {
                if u.calculating {
                    view! { <span class="explainer-value explainer-pending">{calculating}</span> }.into_any()
                } else {
                    shown(None, result.as_ref().map(|r| percent(r.p_hit, lang)).ok_or(no_a))
                }
            };
            let spread: AnyView = if u.calculating {
                view! { <span class="explainer-value explainer-pending">{calculating}</span> }.into_any()
            } else {
                shown(
                    None,
                    u.recommended
                        .as_ref()
                        .map(|r| {
                            format!(
                                "{} / {} / {}",
                                money_in(state, r.p10, lang),
                                money_in(state, r.p50, lang),
                                money_in(state, r.p90, lang)
                            )
                        })
                        .ok_or(no_a),
                )
            };
            view! {
                {fact(text::CHANCE_RECOMMENDED.get(lang), hit(&u.recommended))}
                {fact(text::CHANCE_TRAP.get(lang), hit(&u.trap))}
                {fact(text::SPREAD_RECOMMENDED.get(lang), spread)}
            }
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{text::UNCERTAINTY_TITLE.get(lang)}</h3>
            <p>{trials}</p>
            <p>{text::IN_EACH_TRIAL.get(lang)}</p>
            <ul>
                <li>
                    {text::TRIAL_MATURE.get(lang)}
                    <code>{worked}<sub>"j"</sub>" × p"<sub>"j"</sub></code>
                    {text::TRIAL_MATURE_END.get(lang)}
                </li>
                <li>
                    {text::TRIAL_PUSHED.get(lang)}
                    <code>{pushed}<sub>"j"</sub>" × p"<sub>"j"</sub>" × (1 − k)"</code>
                    {text::TRIAL_PUSHED_AT.get(lang)}
                    <code>"(1 − d) × V"<sub>"j"</sub></code>";"
                </li>
                <li>
                    {text::TRIAL_NEW.get(lang)}
                    <code>"f"<sub>"1"</sub>" × (H"<sub>"p"</sub>" / " {text::HOURS_PER_MEETING.get(lang)} ") × q × w"</code>
                    {text::TRIAL_NEW_END.get(lang)}
                </li>
            </ul>
            <dl class="explainer-terms">
                <dt>{text::CHANCE.get(lang)}</dt>
                <dd>{text::CHANCE_MEANS.get(lang)}</dd>
                <dt>"P10"</dt>
                <dd>{text::P10_MEANS.get(lang)}</dd>
                <dt>"P50"</dt>
                <dd>{text::P50_MEANS.get(lang)}</dd>
                <dt>"P90"</dt>
                <dd>{text::P90_MEANS.get(lang)}</dd>
            </dl>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}
