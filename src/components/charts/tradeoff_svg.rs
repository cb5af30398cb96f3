//! The trade-off curve as an image: axes, the two lines with their labels,
//! the target, and the recommended and trap markers. Only draws what
//! [`crate::chart_layout::tradeoff`] laid out.

use leptos::prelude::*;

use super::say;
use crate::app::AppState;
use crate::chart_layout::svg::{svg_number, translate_x, view_box};
use crate::chart_layout::text_equivalents::tradeoff_summary;
use crate::chart_layout::tradeoff::{SplitMarker, TradeoffDrawing};
use crate::text::charts as words;

/// A number of the drawing as SVG attribute text, following the drawing.
pub(super) fn number_of(
    drawing: Memo<TradeoffDrawing>,
    pick: fn(&TradeoffDrawing) -> f64,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || drawing.with(|d| svg_number(pick(d)))
}

/// The chart with its one-sentence summary as the `aria-label`
/// (`data-testid="tradeoff-chart"`).
pub fn tradeoff_svg(drawing: Memo<TradeoffDrawing>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let summary = move || {
        let lang = state.lang.get_untracked();
        state
            .deferred
            .scenario
            .with(|s| state.deferred.evaluation.with(|e| tradeoff_summary(&e.recommended, &e.trap, s.target, &s.currency, lang)))
    };
    view! {
        <svg
            class="chart-svg tradeoff-svg"
            viewBox=move || drawing.with(|d| view_box(d.width, d.height))
            role="img"
            aria-label=summary
            data-testid="tradeoff-chart"
        >
            {axes(state, drawing)}
            {lines(drawing)}
            {split_marker(drawing, "chart-marker recommended", |d| &d.recommended)}
            {split_marker(drawing, "chart-marker trap", |d| &d.trap)}
        </svg>
    }
}

/// The money grid with its tick labels, the percent ticks, the axis, its
/// unit and its title.
fn axes(state: AppState, drawing: Memo<TradeoffDrawing>) -> impl IntoView {
    let at = move |pick: fn(&TradeoffDrawing) -> f64| number_of(drawing, pick);
    view! {
        <g class="chart-grid" aria-hidden="true">
            {move || drawing.with(|d| {
                let left = svg_number(d.plot.left);
                let right = svg_number(d.plot.right());
                let label_x = svg_number(d.plot.left - 8.0);
                d.y_ticks.iter().map(|(y, label)| {
                    let y = svg_number(*y);
                    view! {
                        <line class="grid-line" x1=left.clone() x2=right.clone() y1=y.clone() y2=y.clone()></line>
                        <text class="tick-label" x=label_x.clone() y=y text-anchor="end" dy="0.32em">{label.clone()}</text>
                    }
                }).collect_view()
            })}
            {move || drawing.with(|d| {
                let axis_y = svg_number(d.plot.bottom());
                let mark_end = svg_number(d.plot.bottom() + 4.0);
                let label_y = svg_number(d.plot.bottom() + 17.0);
                d.x_ticks.iter().map(|(x, label)| {
                    let x = svg_number(*x);
                    view! {
                        <line class="tick-mark" x1=x.clone() x2=x.clone() y1=axis_y.clone() y2=mark_end.clone()></line>
                        <text class="tick-label" x=x y=label_y.clone() text-anchor="middle">{label.clone()}</text>
                    }
                }).collect_view()
            })}
            <line class="axis-line" x1=at(|d| d.plot.left) x2=at(|d| d.plot.right()) y1=at(|d| d.plot.bottom()) y2=at(|d| d.plot.bottom())></line>
            <text class="axis-unit" x=at(|d| d.plot.left - 8.0) y=at(|d| d.plot.top - 10.0) text-anchor="end">
                {move || drawing.with(|d| d.unit.clone())}
            </text>
            <text class="axis-title" x=at(|d| d.plot.left + d.plot.width / 2.0) y=at(|d| d.height - 6.0) text-anchor="middle">
                {say(state, words::SHARE_AXIS)}
            </text>
        </g>
    }
}

/// The target line and label, the two curves and their direct labels.
fn lines(drawing: Memo<TradeoffDrawing>) -> impl IntoView {
    let at = move |pick: fn(&TradeoffDrawing) -> f64| number_of(drawing, pick);
    view! {
        <g class="chart-series" aria-hidden="true">
            <line class="target-line" x1=at(|d| d.plot.left) x2=at(|d| d.plot.right()) y1=at(|d| d.target_y) y2=at(|d| d.target_y)></line>
            <text class="target-label" x=at(|d| d.target_label_at.0) y=at(|d| d.target_label_at.1)
                text-anchor=move || drawing.with(|d| d.target_label_at.2.as_str())>{move || drawing.with(|d| d.labels.target.clone())}</text>
            <path class="line-next-period" d=move || drawing.with(|d| d.next_period_path.clone())></path>
            <path class="line-this-period" d=move || drawing.with(|d| d.this_period_path.clone())></path>
            <text class="line-label this-period" x=at(|d| d.line_label_x()) y=at(|d| d.this_period_label_y) text-anchor="end">
                {move || drawing.with(|d| d.labels.this_period)}
            </text>
            <text class="line-label next-period" x=at(|d| d.line_label_x()) y=at(|d| d.next_period_label_y) text-anchor="end">
                {move || drawing.with(|d| d.labels.next_period)}
            </text>
        </g>
    }
}

/// A vertical line at a split with its label above the plot; moved as a
/// whole, so a new split only changes one transform.
fn split_marker(drawing: Memo<TradeoffDrawing>, class: &'static str, pick: fn(&TradeoffDrawing) -> &SplitMarker) -> impl IntoView {
    let marker = move |read: fn(&SplitMarker) -> String| move || drawing.with(|d| read(pick(d)));
    view! {
        <g class=class aria-hidden="true" style:transform=marker(|m| translate_x(m.x))>
            <line x1="0" x2="0" y1=marker(|m| svg_number(m.label_y + 4.0)) y2=move || drawing.with(|d| svg_number(d.plot.bottom()))></line>
            <text x=marker(|m| svg_number(m.label_dx)) y=marker(|m| svg_number(m.label_y)) text-anchor=marker(|m| m.anchor.as_str().to_string())>
                {marker(|m| m.label.clone())}
            </text>
        </g>
    }
}
