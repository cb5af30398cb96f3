use leptos::prelude::*;

use crate::app::AppState;
use crate::format::{decimal, money};

/// The activity the plan needs: meetings per seller per week planned against
/// needed, and the gap per working day.
#[component]
pub fn ActivityCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lang = state.lang;
    let planned = move || state.deferred.evaluation.with(|e| e.recommended.meetings_per_seller_week);
    let needed = move || state.deferred.evaluation.with(|e| e.meetings_needed_per_seller_week);
    let opportunities = move || state.deferred.evaluation.with(|e| e.recommended.opportunities_per_seller_week);
    let rate = move |v: Option<f64>| v.map_or_else(|| "—".to_string(), |v| decimal(v, 1, lang.get_untracked()));
    let needed_reason = move || {
        state.deferred.evaluation.with(|e| {
            let l = lang.get_untracked();
            if e.meetings_needed_per_seller_week.is_some() {
                return None;
            }
            Some(if e.derived.working_days == 0 {
                l.pick("Ingen arbeidsdager igjen i perioden.", "No working days left in the period.")
            } else if e.derived.avg_deal_size.is_none() {
                l.pick("Krever en snittstørrelse på avtaler.", "Needs an average deal size.")
            } else {
                l.pick(
                    "Ingen møter gir salgsmuligheter når konverteringen er 0 %.",
                    "No meeting becomes an opportunity when conversion is 0%.",
                )
            })
        })
    };
    let verdict_line = move || {
        let l = lang.get_untracked();
        match (planned(), needed()) {
            (Some(p), Some(n)) if n > p + 0.05 => Some(match l {
                crate::i18n::Lang::Nb => format!("Trenger {} flere møter per selger per uke enn planen gir.", decimal(n - p, 1, l)),
                crate::i18n::Lang::En => format!("Needs {} more meetings per seller per week than the plan gives.", decimal(n - p, 1, l)),
            }),
            (Some(_), Some(_)) => Some(
                l.pick("Planen gir nok møter til ønsket pipeline.", "The plan gives enough meetings for the pipeline wanted.").to_string(),
            ),
            _ => None,
        }
    };
    view! {
        <section class="card activity" aria-labelledby="activity-title" class:stale=move || state.stale.get()>
            <h2 id="activity-title">{state.t("Aktivitet som trengs", "Activity needed")}</h2>
            <dl class="stat-grid">
                <div class="stat">
                    <dt>{state.t("Kundemøter per selger per uke i planen", "Customer meetings per seller per week in the plan")}</dt>
                    <dd data-testid="meetings-planned" data-value=move || planned().map(|v| v.to_string()).unwrap_or_default()>
                        {move || rate(planned())}
                    </dd>
                </div>
                <div class="stat">
                    <dt>{state.t("Kundemøter per selger per uke som trengs for neste periode", "Customer meetings per seller per week needed for next period")}</dt>
                    <dd data-testid="meetings-needed" data-value=move || needed().map(|v| v.to_string()).unwrap_or_default()>
                        {move || rate(needed())}
                        <span class="stat-reason">{needed_reason}</span>
                    </dd>
                </div>
                <div class="stat">
                    <dt>{state.t("Nye salgsmuligheter per selger per uke", "New opportunities per seller per week")}</dt>
                    <dd>{move || rate(opportunities())}</dd>
                </div>
                <div class="stat">
                    <dt>{state.t("Gjenstår å selge per arbeidsdag", "Left to sell per working day")}</dt>
                    <dd>{move || state.deferred.scenario.with(|s| state.deferred.evaluation.with(|e| {
                        e.needed_per_working_day.map_or_else(|| "—".to_string(), |v| money(v, &s.currency, lang.get_untracked()))
                    }))}</dd>
                </div>
            </dl>
            <p class="activity-line">{verdict_line}</p>
        </section>
    }
}
