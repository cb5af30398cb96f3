//! 1. The time left: calendar days, working days and selling hours.

use leptos::prelude::*;

use super::{counted, days, fact, hours, live, shown};
use crate::app::AppState;
use crate::format::{editable, integer};
use crate::i18n::Lang;
use crate::text::explainer as text;

pub(super) fn section(state: AppState, lang: Lang) -> AnyView {
    let figures = move || {
        state.deferred.scenario.with(|s| {
            state.deferred.evaluation.with(|e| {
                let d = &e.derived;
                let calculation = format!(
                    "{} × {} × {} / 5 = ",
                    editable(s.team.sellers, 2, lang),
                    editable(s.team.hours_per_week, 2, lang),
                    integer(d.working_days as f64, lang),
                );
                view! {
                    {fact("D", shown(Some("explainer-calendar-days"), Ok(days(d.calendar_days as f64, lang))))}
                    {fact(
                        view! { "W"<sub>"d"</sub> },
                        shown(
                            Some("explainer-working-days"),
                            Ok(counted(
                                integer(d.working_days as f64, lang),
                                d.working_days as f64,
                                lang,
                                text::WORKING_DAY,
                                text::WORKING_DAYS,
                            )),
                        ),
                    )}
                    {fact(
                        "H",
                        view! {
                            <span class="explainer-calc">{calculation}</span>
                            {shown(Some("explainer-hours"), Ok(hours(d.hours, lang)))}
                        },
                    )}
                }
            })
        })
    };
    view! {
        <section class="explainer-section">
            <h3>{text::TIME_TITLE.get(lang)}</h3>
            <p>{text::TIME_LEAD.get(lang)}</p>
            <dl class="explainer-terms">
                <dt><code>"D = " {text::END.get(lang)} " − " {text::TODAY.get(lang)} " + 1"</code></dt>
                <dd>{text::TIME_CALENDAR_DAYS.get(lang)}</dd>
                <dt><code>"W"<sub>"d"</sub></code></dt>
                <dd>{text::TIME_WORKING_DAYS.get(lang)}</dd>
                <dt>
                    <code>
                        "H = " {text::SELLERS.get(lang)} " × " {text::HOURS_PER_WEEK.get(lang)} " × W"<sub>"d"</sub> " / 5"
                    </code>
                </dt>
                <dd>{text::TIME_HOURS.get(lang)}</dd>
            </dl>
            {live(lang, figures)}
        </section>
    }
    .into_any()
}
