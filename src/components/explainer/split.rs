//! 3. A split of the time: closing capacity, closing and prospecting
//! hours, and how the closing hours are handed out.

use leptos::prelude::*;

use super::{fact, hours, live, shown};
use crate::app::AppState;
use crate::format::{editable, integer};
use crate::i18n::Lang;
use crate::text::explainer as text;

pub(super) fn section(state: AppState, lang: Lang) -> AnyView {
    let worked = text::WORKED.get(lang);
    let pushed = text::PUSHED.get(lang);
    let figures = move || {
        state.deferred.scenario.with(|s| {
            state.deferred.evaluation.with(|e| {
                let d = &e.derived;
                let calculation = format!(
                    "{} × {} + {} × {} = ",
                    integer(d.mature.len() as f64, lang),
                    editable(s.closing.hours_per_deal, 2, lang),
                    integer(d.immature.len() as f64, lang),
                    editable(s.closing.push_hours_per_deal, 2, lang),
                );
                let plan = &e.recommended;
                view! {
                    {fact(
                        view! { "C"<sub>"max"</sub> },
                        view! {
                            <span class="explainer-calc">{calculation}</span>
                            {shown(Some("explainer-closing-capacity"), Ok(hours(d.closing_capacity, lang)))}
                        },
                    )}
                    {fact(
                        view! { "H"<sub>"c"</sub> " " {text::RECOMMENDED_PLAN_NOTE.get(lang)} },
                        shown(None, Ok(hours(plan.closing_hours, lang))),
                    )}
                    {fact(
                        view! { "H"<sub>"p"</sub> " " {text::RECOMMENDED_PLAN_NOTE.get(lang)} },
                        shown(None, Ok(hours(plan.prospecting_hours, lang))),
                    )}
                }
            })
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{text::SPLIT_TITLE.get(lang)}</h3>
            <p>{text::SPLIT_LEAD.get(lang)}</p>
            <dl class="explainer-terms">
                <dt>
                    <code>
                        "C"<sub>"max"</sub> " = |M| × " {text::HOURS_PER_MATURE_DEAL.get(lang)}
                        " + |I| × " {text::HOURS_PER_PUSHED_DEAL.get(lang)}
                    </code>
                </dt>
                <dd>{text::SPLIT_CAPACITY.get(lang)}</dd>
                <dt><code>"H"<sub>"c"</sub>" = min(s × H, C"<sub>"max"</sub>")"</code></dt>
                <dd>{text::SPLIT_CLOSING_HOURS.get(lang)}</dd>
                <dt><code>"H"<sub>"p"</sub>" = H − H"<sub>"c"</sub></code></dt>
                <dd>{text::SPLIT_PROSPECTING_HOURS.get(lang)}</dd>
            </dl>
            <p>{text::SPLIT_HANDED_OUT.get(lang)}</p>
            <ol class="explainer-steps">
                <li>
                    {text::SPLIT_MATURE_FIRST.get(lang)}
                    <code>{worked}<sub>"j"</sub></code>
                    {text::SPLIT_MATURE_SHARE.get(lang)}
                </li>
                <li>
                    {text::SPLIT_LEFT_OVER.get(lang)}
                    <code>"H"<sub>"x"</sub>" = max(0, H"<sub>"c"</sub>" − |M| × " {text::HOURS_PER_MATURE_DEAL.get(lang)} ")"</code>
                    {text::SPLIT_IMMATURE_NEXT.get(lang)}
                    <code>{pushed}<sub>"j"</sub></code>
                    {text::SPLIT_IMMATURE_SHARE.get(lang)}
                </li>
            </ol>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}
