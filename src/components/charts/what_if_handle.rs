//! The what-if handle: an ARIA slider laid over the trade-off curve, moved
//! by dragging anywhere on the chart or by the slider keys. Where its parts
//! go is [`crate::chart_layout::handle::place_handle`]'s answer.

use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::prelude::*;

use super::tradeoff_svg::number_of;
use super::{say, shown_left_and_width};
use crate::app::AppState;
use crate::chart_layout::amounts::{percent_text, whole_percent};
use crate::chart_layout::handle::{HandlePlace, percent_after_key, percent_at_pointer, place_handle};
use crate::chart_layout::svg::{svg_number, translate_x, view_box};
use crate::chart_layout::tradeoff::{GRIP_GAP, GRIP_HEIGHT, HANDLE_HIT_WIDTH, TradeoffDrawing};
use crate::chart_layout::what_if::handle_value_text;
use crate::model::plan::Plan;
use crate::text::charts as words;

/// The handle in its own SVG with the chart's viewBox, over the chart
/// (`data-testid="what-if-handle"`).
pub fn what_if_layer(drawing: Memo<TradeoffDrawing>, chosen_split: Memo<f64>, what_if_plan: Memo<Plan>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let choose_percent = move |whole: u32| {
        let split = f64::from(whole.min(100)) / 100.0;
        if state.what_if.get_untracked() != Some(split) {
            state.what_if.set(Some(split));
        }
    };

    // Pointer: press anywhere on the chart, then drag with the pointer captured.
    let svg = NodeRef::<leptos::svg::Svg>::new();
    let handle = NodeRef::<leptos::svg::G>::new();
    let dragging = RwSignal::new(false);
    let follow_pointer = move |ev: &PointerEvent| {
        let Some(svg) = svg.get_untracked() else { return };
        let (shown_left, shown_width) = shown_left_and_width(&svg);
        let whole = drawing.with_untracked(|d| percent_at_pointer(f64::from(ev.client_x()), shown_left, shown_width, d.width, &d.x));
        choose_percent(whole);
    };
    let on_pointer_down = move |ev: PointerEvent| {
        if !ev.is_primary() || ev.button() != 0 {
            return;
        }
        ev.prevent_default(); // no text selection, and focus stays on the handle
        if let Some(svg) = svg.get_untracked() {
            let _ = svg.set_pointer_capture(ev.pointer_id());
        }
        if let Some(handle) = handle.get_untracked() {
            let _ = handle.focus();
        }
        dragging.set(true);
        follow_pointer(&ev);
    };
    let on_pointer_move = move |ev: PointerEvent| {
        if dragging.get_untracked() {
            follow_pointer(&ev);
        }
    };
    let stop_dragging = move || {
        if dragging.get_untracked() {
            dragging.set(false);
        }
    };
    let on_key_down = move |ev: KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let Some(next) = percent_after_key(&ev.key(), whole_percent(chosen_split.get_untracked())) else {
            return;
        };
        ev.prevent_default();
        choose_percent(next);
    };

    // Cheap enough to work out again for each attribute that needs it.
    let place = move || drawing.with(|d| what_if_plan.with(|p| place_handle(d, chosen_split.get(), p.this_period, p.next_period)));
    let placed = move |pick: fn(&HandlePlace) -> f64| move || svg_number(pick(&place()));
    let at = move |pick: fn(&TradeoffDrawing) -> f64| number_of(drawing, pick);
    let grip_left = move || place().grip_left;
    let grip_top = move || drawing.with(|d| d.grip_top());
    let value_text = move || {
        let lang = state.lang.get_untracked();
        let this_period = what_if_plan.with(|p| p.this_period);
        state.deferred.scenario.with(|s| handle_value_text(chosen_split.get(), this_period, &s.currency, lang))
    };

    view! {
        <svg
            node_ref=svg
            class="chart-svg what-if-layer"
            class:is-dragging=move || dragging.get()
            viewBox=move || drawing.with(|d| view_box(d.width, d.height))
            on:pointerdown=on_pointer_down
            on:pointermove=on_pointer_move
            on:pointerup=move |_| stop_dragging()
            on:pointercancel=move |_| stop_dragging()
            on:lostpointercapture=move |_| stop_dragging()
        >
            <line class="what-if-track" aria-hidden="true"
                x1=at(|d| d.plot.left) x2=at(|d| d.plot.right())
                y1=move || svg_number(grip_top() + GRIP_HEIGHT / 2.0) y2=move || svg_number(grip_top() + GRIP_HEIGHT / 2.0)></line>
            <g
                node_ref=handle
                class="what-if-handle"
                style:transform=move || translate_x(place().x)
                role="slider"
                tabindex="0"
                aria-label=say(state, words::HANDLE_NAME)
                aria-orientation="horizontal"
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=move || whole_percent(chosen_split.get()).to_string()
                aria-valuetext=value_text
                data-testid="what-if-handle"
                on:keydown=on_key_down
            >
                <rect class="handle-hit" x={-HANDLE_HIT_WIDTH / 2.0} width=HANDLE_HIT_WIDTH
                    y=at(|d| d.plot.top) height=move || drawing.with(|d| svg_number(d.plot.height + GRIP_GAP + GRIP_HEIGHT))></rect>
                <line class="handle-line" x1="0" x2="0" y1=at(|d| d.plot.top) y2=move || svg_number(grip_top())></line>
                <circle class="handle-dot next-period" cx="0" cy=placed(|p| p.next_period_y) r="5"></circle>
                <circle class="handle-dot this-period" cx="0" cy=placed(|p| p.this_period_y) r="6.5"></circle>
                <rect class="handle-focus-ring" x=move || svg_number(grip_left() - 4.0) y=move || svg_number(grip_top() - 4.0)
                    width=move || drawing.with(|d| svg_number(d.grip_width + 8.0)) height={GRIP_HEIGHT + 8.0} rx="15"></rect>
                <rect class="handle-grip" x=move || svg_number(grip_left()) y=move || svg_number(grip_top())
                    width=move || drawing.with(|d| svg_number(d.grip_width)) height=GRIP_HEIGHT rx="11"></rect>
                <text class="handle-grip-label" x=move || drawing.with(|d| svg_number(grip_left() + d.grip_width / 2.0))
                    y=move || svg_number(grip_top() + GRIP_HEIGHT / 2.0) dy="0.35em" text-anchor="middle">
                    {move || percent_text(chosen_split.get(), state.lang.get_untracked())}
                </text>
            </g>
        </svg>
    }
}
