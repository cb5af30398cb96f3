//! The spread of this period's sales in the simulation: one histogram per
//! plan, the target, and P10/P50/P90 of the recommended plan. Draws what
//! [`crate::chart_layout::distribution::draw_distribution`] laid out.

use leptos::prelude::*;

use super::tables::DistributionTables;
use super::{drawing_width_of, say, trap_hatch};
use crate::app::AppState;
use crate::chart_layout::distribution::{DistributionDrawing, draw_distribution};
use crate::chart_layout::series::Which;
use crate::chart_layout::svg::{svg_number, view_box};
use crate::chart_layout::text_equivalents::{distribution_summary, percentile_note};
use crate::format::integer;
use crate::model::montecarlo::TRIALS;
use crate::text::charts as words;

/// The spread of this period's sales in the simulation: one histogram per
/// plan, the target, and P10/P50/P90 of the recommended plan.
#[component]
pub fn OutcomeDistribution() -> impl IntoView {
    let state = expect_context::<AppState>();
    let frame = NodeRef::<leptos::html::Div>::new();
    let width = drawing_width_of(frame);
    let outcomes = Memo::new(move |_| {
        state.uncertainty.with(|u| {
            [(Which::Recommended, &u.recommended), (Which::Trap, &u.trap)]
                .into_iter()
                .filter_map(|(which, outcome)| outcome.clone().map(|o| (which, o)))
                .collect::<Vec<_>>()
        })
    });
    let calculating = state.from_answer.pick(move || state.uncertainty.with(|u| u.calculating));
    let pending = move || state.odds_pending.get();
    let has_results = move || outcomes.with(|o| !o.is_empty());
    let drawing = Memo::new(move |_| {
        let target = state.deferred.scenario.with(|s| s.target);
        let lang = state.lang.get_untracked();
        outcomes.with(|o| (!o.is_empty()).then(|| draw_distribution(o, target, width.get(), lang)))
    });
    let trials = move || outcomes.with(|o| o.first().map_or(0, |(_, u)| u.trials));
    let summary = move || {
        let lang = state.lang.get_untracked();
        state.deferred.scenario.with(|s| outcomes.with(|o| distribution_summary(o, s.target, &s.currency, lang)))
    };

    let chart = move |d: &DistributionDrawing| {
        view! {
            <svg class="chart-svg distribution-svg" viewBox=view_box(d.width, d.height)
                role="img" aria-label=summary data-testid="outcome-distribution-chart">
                {trap_hatch()}
                {distribution_series(d)}
                <g class="chart-grid" aria-hidden="true">
                    {d.x_ticks.iter().map(|(x, label_x, label)| view! {
                        <line class="tick-mark" x1=svg_number(*x) x2=svg_number(*x) y1=svg_number(d.axis_y) y2=svg_number(d.axis_y + 4.0)></line>
                        <text class="tick-label" x=svg_number(*label_x) y=svg_number(d.tick_label_y) text-anchor="middle">{label.clone()}</text>
                    }).collect_view()}
                </g>
            </svg>
        }
    };

    let body = move || {
        if !has_results() {
            return if pending() {
                view! {
                    <p class="chart-status" role="status" data-testid="outcome-distribution-pending">{say(state, words::CALCULATING)}</p>
                }
                .into_any()
            } else {
                view! {
                    <p class="chart-unavailable" data-testid="outcome-distribution-unavailable">
                        <span class="chart-dash" aria-hidden="true">"—"</span>
                        {say(state, words::UNAVAILABLE_SIMULATION)}
                    </p>
                }
                .into_any()
            };
        }
        drawing.with(|d| d.as_ref().map(chart)).into_any()
    };

    view! {
        <figure class="chart-figure distribution" aria-labelledby="distribution-title"
            class:is-pending=move || calculating.get() && has_results()
            aria-busy=move || pending().to_string()>
            <figcaption>
                <h3 id="distribution-title">{say(state, words::DISTRIBUTION_TITLE)}</h3>
                <span class="sub">
                    {move || {
                        let lang = state.lang.get_untracked();
                        let shown = if trials() > 0 { trials() } else { TRIALS };
                        words::DISTRIBUTION_SUB.fill(lang, &[("trials", &integer(shown as f64, lang))])
                    }}
                </span>
            </figcaption>
            <ul class="chart-legend">
                <li class="legend-recommended"><span class="swatch" aria-hidden="true"></span>{move || Which::Recommended.name(state.lang.get_untracked())}</li>
                <li class="legend-trap"><span class="swatch" aria-hidden="true"></span>{move || Which::Trap.name(state.lang.get_untracked())}</li>
                <li class="legend-target"><span class="swatch" aria-hidden="true"></span>{say(state, words::TARGET)}</li>
                <li class="legend-percentile"><span class="swatch" aria-hidden="true"></span>{say(state, words::PERCENTILES_LEGEND)}</li>
            </ul>
            <div class="chart-frame" node_ref=frame>{body}</div>
            <p class="chart-note">
                {move || outcomes.with(|o| o.iter().map(|(which, u)| {
                    let text = percentile_note(*which, u, state.lang.get_untracked());
                    view! { <span class=format!("note-line {}", which.class())>{text}</span> }
                }).collect_view())}
            </p>
            <DistributionTables outcomes=outcomes/>
        </figure>
    }
}

/// Each plan's panel (title, bars, baseline), the percentile marks and the target.
fn distribution_series(d: &DistributionDrawing) -> impl IntoView {
    let (left, right) = (d.left, d.right);
    view! {
        <g class="chart-series" aria-hidden="true">
            {d.panels.iter().map(|panel| {
                let class = panel.which.class();
                view! {
                    <text class=format!("panel-title {class}") x=svg_number(left) y=svg_number(panel.title_y)>{panel.title.clone()}</text>
                    {panel.bars.iter().map(|bar| view! {
                        <rect class=format!("bar {class}") x=svg_number(bar.left) y=svg_number(bar.top)
                            width=svg_number(bar.width) height=svg_number(bar.height)></rect>
                    }).collect_view()}
                    <line class="axis-line" x1=svg_number(left) x2=svg_number(right)
                        y1=svg_number(panel.baseline) y2=svg_number(panel.baseline)></line>
                }
            }).collect_view()}
            {d.percentiles.iter().map(|mark| view! {
                <line class="percentile-line" x1=svg_number(mark.x) x2=svg_number(mark.x)
                    y1=svg_number(mark.top) y2=svg_number(mark.baseline + 4.0)></line>
                <text class="percentile-label" x=svg_number(mark.label_x) y=svg_number(mark.baseline + 16.0)
                    text-anchor="middle">{mark.label}</text>
            }).collect_view()}
            {d.target.line.map(|(x, top, bottom)| view! {
                <line class="target-line vertical" x1=svg_number(x) x2=svg_number(x) y1=svg_number(top) y2=svg_number(bottom)></line>
            })}
            <text class="target-label" x=svg_number(d.target.label_x) y=svg_number(d.target.label_y)
                text-anchor=d.target.anchor.as_str()>{d.target.label.clone()}</text>
        </g>
    }
}
