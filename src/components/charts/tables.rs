//! The charts' numbers as visually hidden tables for screen readers; the
//! rows come from [`crate::chart_layout::text_equivalents`].

use leptos::prelude::*;

use super::say;
use crate::app::AppState;
use crate::chart_layout::series::Which;
use crate::chart_layout::text_equivalents::{chance_cells, curve_rows, spread_rows};
use crate::format::money;
use crate::model::montecarlo::Uncertainty;
use crate::model::plan::CurvePoint;
use crate::text::charts as words;

/// The curve as numbers: every 10 % of the time on closing.
#[component]
pub fn CurveTable(points: Memo<Vec<CurvePoint>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <table class="visually-hidden" data-testid="tradeoff-table">
            <caption>{say(state, words::CURVE_TABLE_CAPTION)}</caption>
            <thead>
                <tr>
                    <th scope="col">{say(state, words::SHARE_ON_CLOSING)}</th>
                    <th scope="col">{say(state, words::THIS_PERIOD)}</th>
                    <th scope="col">{say(state, words::CARRIED_INTO_NEXT)}</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    let lang = state.lang.get_untracked();
                    let rows = state.deferred.scenario.with(|s| points.with(|p| curve_rows(p, &s.currency, lang)));
                    rows.into_iter().map(|[share, this_period, next_period]| view! {
                        <tr>
                            <th scope="row">{share}</th>
                            <td>{this_period}</td>
                            <td>{next_period}</td>
                        </tr>
                    }).collect_view()
                }}
            </tbody>
        </table>
    }
}

/// Both plans' periods as numbers: `values[period][plan]`, or dashes when
/// they are not available.
pub fn period_table(values: Memo<Option<[[f64; 2]; 2]>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let money_of = move |v: f64| state.deferred.scenario.with(|s| money(v, &s.currency, state.lang.get_untracked()));
    view! {
        <table class="visually-hidden">
            <caption>
                {move || {
                    let target = money_of(state.deferred.scenario.with(|s| s.target));
                    words::BARS_TABLE_CAPTION.fill(state.lang.get_untracked(), &[("target", &target)])
                }}
            </caption>
            <thead>
                <tr>
                    <td></td>
                    <th scope="col">{move || Which::Recommended.name(state.lang.get_untracked())}</th>
                    <th scope="col">{move || Which::Trap.name(state.lang.get_untracked())}</th>
                </tr>
            </thead>
            <tbody>
                {[words::THIS_PERIOD, words::NEXT_PERIOD].into_iter().enumerate().map(|(period, name)| view! {
                    <tr>
                        <th scope="row">{move || say(state, name)}</th>
                        {Which::BOTH.into_iter().enumerate().map(|(plan, _)| view! {
                            <td>{move || values.get().map_or_else(|| "—".to_string(), |v| money_of(v[period][plan]))}</td>
                        }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// The simulation's numbers: the summary per plan, then each plan's
/// histogram bins.
#[component]
pub fn DistributionTables(outcomes: Memo<Vec<(Which, Uncertainty)>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let currency = move || state.deferred.scenario.with(|s| s.currency.clone());
    view! {
        <div class="visually-hidden">
            <table>
                <caption>{say(state, words::CHANCE_CAPTION)}</caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{say(state, words::CHANCE_TO_HIT)}</th>
                        <th scope="col">"P10"</th>
                        <th scope="col">"P50"</th>
                        <th scope="col">"P90"</th>
                    </tr>
                </thead>
                <tbody>
                    {move || outcomes.with(|o| o.iter().map(|(which, u)| {
                        let lang = state.lang.get_untracked();
                        let [chance, p10, p50, p90] = chance_cells(u, &currency(), lang);
                        view! {
                            <tr>
                                <th scope="row">{which.name(lang)}</th>
                                <td>{chance}</td>
                                <td>{p10}</td>
                                <td>{p50}</td>
                                <td>{p90}</td>
                            </tr>
                        }
                    }).collect_view())}
                </tbody>
            </table>
            {move || outcomes.with(|o| o.iter().map(|(which, u)| {
                let lang = state.lang.get_untracked();
                let rows = spread_rows(u, &currency(), lang);
                view! {
                    <table>
                        <caption>{words::SPREAD_CAPTION.fill(lang, &[("plan", which.name(lang))])}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{words::FROM.get(lang)}</th>
                                <th scope="col">{words::TO.get(lang)}</th>
                                <th scope="col">{words::SHARE_OF_SIMULATIONS.get(lang)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|[from, to, share]| view! {
                                <tr>
                                    <td>{from}</td>
                                    <td>{to}</td>
                                    <td>{share}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }
            }).collect_view())}
        </div>
    }
}
