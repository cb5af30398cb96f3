//! This period and next period for both plans as grouped bars, with the
//! target across this period's bars. Draws what
//! [`crate::chart_layout::bars::draw_bars`] laid out.

use leptos::prelude::*;

use super::tables::period_table;
use super::{drawing_width_of, say, trap_hatch};
use crate::app::AppState;
use crate::chart_layout::amounts::{compact_amount, currency_unit, percent_text};
use crate::chart_layout::bars::{BarsDrawing, draw_bars};
use crate::chart_layout::series::Which;
use crate::chart_layout::svg::{svg_number, view_box};
use crate::chart_layout::text_equivalents::bars_summary;
use crate::text::charts as words;

/// This period and next period for both plans as grouped bars, with the
/// target across this period's bars.
#[component]
pub fn PeriodBars() -> impl IntoView {
    let state = expect_context::<AppState>();
    let frame = NodeRef::<leptos::html::Div>::new();
    let width = drawing_width_of(frame);
    // values[period][plan], or None when A is not available.
    let values = Memo::new(move |_| {
        state.deferred.evaluation.with(|e| {
            let (r, t) = (&e.recommended, &e.trap);
            Some([[r.this_period?, t.this_period?], [r.next_period?, t.next_period?]])
        })
    });
    let drawing = Memo::new(move |_| {
        let values = values.get()?;
        let lang = state.lang.get_untracked();
        let (target, unit) = state.deferred.scenario.with(|s| (s.target, currency_unit(&s.currency, lang)));
        Some(draw_bars(values, target, width.get(), unit, lang))
    });
    let summary = move || {
        let Some(values) = values.get() else { return String::new() };
        state.deferred.scenario.with(|s| bars_summary(values, s.target, &s.currency, state.lang.get_untracked()))
    };
    let legend_split = move |which: Which| {
        let lang = state.lang.get_untracked();
        let split = state.deferred.evaluation.with(|e| match which {
            Which::Recommended => e.recommended.split,
            Which::Trap => e.trap.split,
        });
        format!("{} ({})", which.name(lang), percent_text(split, lang))
    };

    let chart = move |d: &BarsDrawing| {
        view! {
            <svg class="chart-svg bars-svg" viewBox=view_box(d.width, d.height)
                role="img" aria-label=summary data-testid="period-bars-chart">
                {trap_hatch()}
                {bars_grid(d)}
                {bars_series(d)}
            </svg>
        }
    };

    view! {
        <figure class="chart-figure period-bars" aria-labelledby="period-bars-title">
            <figcaption>
                <h3 id="period-bars-title">{say(state, words::BARS_TITLE)}</h3>
                <span class="sub">{say(state, words::BARS_SUB)}</span>
            </figcaption>
            <ul class="chart-legend">
                <li class="legend-recommended"><span class="swatch" aria-hidden="true"></span>{move || legend_split(Which::Recommended)}</li>
                <li class="legend-trap"><span class="swatch" aria-hidden="true"></span>{move || legend_split(Which::Trap)}</li>
                <li class="legend-target"><span class="swatch" aria-hidden="true"></span>{move || {
                    let lang = state.lang.get_untracked();
                    let target = state.deferred.scenario.with(|s| s.target);
                    words::TARGET_THIS_PERIOD.fill(lang, &[("amount", &compact_amount(target, lang))])
                }}</li>
            </ul>
            <div class="chart-frame" node_ref=frame>
                {move || drawing.with(|d| match d {
                    Some(d) => chart(d).into_any(),
                    None => view! {
                        <p class="chart-unavailable" data-testid="period-bars-unavailable">
                            <span class="chart-dash" aria-hidden="true">"—"</span>
                            {say(state, words::UNAVAILABLE_SALES)}
                        </p>
                    }.into_any(),
                })}
            </div>
            {period_table(values)}
        </figure>
    }
}

/// The money grid, the axis with its unit, and the period names.
fn bars_grid(d: &BarsDrawing) -> impl IntoView {
    let plot = d.plot;
    view! {
        <g class="chart-grid" aria-hidden="true">
            {d.y_ticks.iter().map(|(y, label)| view! {
                <line class="grid-line" x1=svg_number(plot.left) x2=svg_number(plot.right()) y1=svg_number(*y) y2=svg_number(*y)></line>
                <text class="tick-label" x=svg_number(plot.left - 8.0) y=svg_number(*y) dy="0.32em" text-anchor="end">{label.clone()}</text>
            }).collect_view()}
            <text class="axis-unit" x=svg_number(plot.left - 8.0) y=svg_number(plot.top - 9.0) text-anchor="end">{d.unit.clone()}</text>
            <line class="axis-line" x1=svg_number(plot.left) x2=svg_number(plot.right()) y1=svg_number(plot.bottom()) y2=svg_number(plot.bottom())></line>
            {d.groups.iter().map(|(x, lines)| view! {
                <text class="group-label" x=svg_number(*x) y=svg_number(plot.bottom() + 19.0) text-anchor="middle">
                    {lines.iter().enumerate().map(|(i, line)| view! {
                        <tspan x=svg_number(*x) dy=if i == 0 { "0" } else { "1.15em" }>{line.clone()}</tspan>
                    }).collect_view()}
                </text>
            }).collect_view()}
        </g>
    }
}

/// The bars, the target line, then the labels on top so nothing covers them.
fn bars_series(d: &BarsDrawing) -> impl IntoView {
    view! {
        <g class="chart-series" aria-hidden="true">
            {d.bars.iter().map(|bar| view! {
                <rect class=format!("bar {}", bar.which.class())
                    x=svg_number(bar.area.left) y=svg_number(bar.area.top)
                    width=svg_number(bar.area.width) height=svg_number(bar.area.height)></rect>
            }).collect_view()}
            <line class="target-line" x1=svg_number(d.target.0) x2=svg_number(d.target.1) y1=svg_number(d.target.2) y2=svg_number(d.target.2)></line>
            {d.bars.iter().map(|bar| view! {
                <text class=format!("value-label {}", bar.which.class())
                    x=svg_number(bar.label_x) y=svg_number(bar.label_y) text-anchor="middle">{bar.label.clone()}</text>
            }).collect_view()}
            {d.target_label_at.map(|(x, baseline, anchor)| view! {
                <text class="target-label" x=svg_number(x) y=svg_number(baseline) text-anchor=anchor.as_str()>{d.target_label.clone()}</text>
            })}
        </g>
    }
}
