//! 4. New sales from prospecting: meetings, opportunities, wins, the
//! average size A and the share f1 that lands this period.

use leptos::prelude::*;

use super::{fact, live, shown};
use crate::app::AppState;
use crate::format::{decimal, editable, integer, money, percent};
use crate::i18n::Lang;
use crate::text::explainer as text;

pub(super) fn section(state: AppState, lang: Lang) -> AnyView {
    let figures = move || {
        state.deferred.scenario.with(|s| {
            state.deferred.evaluation.with(|e| {
                let d = &e.derived;
                let p = &s.prospecting;
                let f1 = if d.calendar_days > 0 {
                    format!(
                        "{} + {} × max(0, 1 − {} / {}) = ",
                        percent(p.ready_now_share, lang),
                        percent(1.0 - p.ready_now_share, lang),
                        editable(p.cycle_days, 1, lang),
                        integer(d.calendar_days as f64, lang),
                    )
                } else {
                    text::NO_DAYS_SO.get(lang).to_string()
                };
                let source = d.avg_deal_size.map(|_| {
                    let n = s.deals.len();
                    if p.avg_deal_size.is_some() {
                        text::AVERAGE_SET.get(lang).to_string()
                    } else if n == 1 {
                        text::AVERAGE_OF_ONE.get(lang).to_string()
                    } else {
                        text::AVERAGE_OF_MANY.fill(lang, &[("count", &integer(n as f64, lang))])
                    }
                });
                let average = d.avg_deal_size.map(|a| money(a, &s.currency, lang)).ok_or(text::AVERAGE_MISSING.get(lang));
                let plan = &e.recommended;
                let new_sales = d
                    .avg_deal_size
                    .map(|a| money(plan.new_opportunities * p.win_rate * a, &s.currency, lang))
                    .ok_or(text::A_MISSING.get(lang));
                view! {
                    {fact(
                        view! { "f"<sub>"1"</sub> },
                        view! {
                            <span class="explainer-calc">{f1}</span>
                            {shown(Some("explainer-f1"), Ok(percent(d.f1, lang)))}
                        },
                    )}
                    {fact(
                        "A",
                        view! {
                            {shown(Some("explainer-avg-deal-size"), average)}
                            {source.map(|note| view! { <span class="explainer-note">" (" {note} ")"</span> })}
                        },
                    )}
                    {fact(text::FIRST_MEETINGS_RECOMMENDED.get(lang), shown(None, Ok(decimal(plan.meetings, 1, lang))))}
                    {fact(
                        view! { "N(H"<sub>"p"</sub>") " {text::RECOMMENDED_PLAN_NOTE.get(lang)} },
                        shown(None, new_sales),
                    )}
                }
            })
        })
    };
    let meetings = text::MEETINGS.get(lang);
    let new_opportunities = text::NEW_OPPORTUNITIES.get(lang);
    view! {
        <section class="explainer-section">
            <h3>{text::PROSPECTING_TITLE.get(lang)}</h3>
            <p>{text::PROSPECTING_LEAD.get(lang)}</p>
            <dl class="explainer-terms">
                <dt><code>{meetings}" = H"<sub>"p"</sub>" / " {text::HOURS_PER_FIRST_MEETING.get(lang)}</code></dt>
                <dd>{text::PROSPECTING_MEETINGS.get(lang)}</dd>
                <dt><code>{new_opportunities}" = q × " {meetings}</code></dt>
                <dd>{text::PROSPECTING_Q.get(lang)}</dd>
                <dt><code>{text::WON.get(lang)}" = w × " {new_opportunities}</code></dt>
                <dd>{text::PROSPECTING_W.get(lang)}</dd>
                <dt><code>"N(h) = (h / " {text::HOURS_PER_MEETING.get(lang)} ") × q × w × A"</code></dt>
                <dd>{text::PROSPECTING_NEW_SALES.get(lang)}</dd>
                <dt><code>"f"<sub>"1"</sub>" = r + (1 − r) × max(0, 1 − L / D)"</code></dt>
                <dd>
                    {text::PROSPECTING_THIS_PERIOD.get(lang)}
                    <sub>"1"</sub>
                    " = 0."
                </dd>
            </dl>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}
