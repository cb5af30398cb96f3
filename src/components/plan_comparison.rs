use leptos::prelude::*;

use crate::app::AppState;
use crate::format::money;
use crate::model::plan::Plan;

/// The recommended plan and the trap side by side: this period and next.
#[component]
pub fn PlanComparison() -> impl IntoView {
    let state = expect_context::<AppState>();
    let amount = move |pick: fn(&Plan) -> Option<f64>, recommended: bool| {
        state.evaluation.with(|e| pick(if recommended { &e.recommended } else { &e.trap }))
    };
    let cell = move |pick: fn(&Plan) -> Option<f64>, recommended: bool, test_id: &'static str| {
        let value = move || amount(pick, recommended);
        view! {
            <td data-testid=test_id data-value=move || value().map(|v| v.to_string()).unwrap_or_default()>
                {move || match value() {
                    Some(v) => state.scenario.with(|s| money(v, &s.currency, state.lang.get())),
                    None => "—".to_string(),
                }}
            </td>
        }
    };
    view! {
        <section class="card plans" aria-labelledby="plans-title">
            <h2 id="plans-title">{move || state.t("To planer", "Two plans")}</h2>
            <table class="plan-table">
                <caption class="visually-hidden">
                    {move || state.t(
                        "Forventet salg for anbefalt plan og for å presse alt",
                        "Expected sales for the recommended plan and for pushing everything",
                    )}
                </caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col" class="recommended">{move || state.t("Anbefalt", "Recommended")}</th>
                        <th scope="col" class="trap">{move || state.t("Presse alt (fella)", "Push everything (the trap)")}</th>
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">{move || state.t("Forventet salg denne perioden", "Expected sales this period")}</th>
                        {cell(|p| p.this_period, true, "recommended-e1")}
                        {cell(|p| p.this_period, false, "trap-e1")}
                    </tr>
                    <tr>
                        <th scope="row">{move || state.t("Forventet inn i neste periode", "Expected carried into next period")}</th>
                        {cell(|p| p.next_period, true, "recommended-e2")}
                        {cell(|p| p.next_period, false, "trap-e2")}
                    </tr>
                </tbody>
            </table>
        </section>
    }
}
