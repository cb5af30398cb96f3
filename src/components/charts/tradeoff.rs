//! The trade-off curve: what each share of time on closing gives this period
//! and carries into the next, with the recommended split, the trap, the
//! target, and a what-if handle to try any split.

use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::prelude::*;

use super::geometry::{
    self, Anchor, LinearScale, Margins, Rect, compact_tick_labels, curve_at_steps, first_clear, label_beside, label_box, line_path,
    nice_ticks, plot_area, segment_boxes, spread_labels, svg_number, text_width, whole_percent,
};
use super::{drawing_width_of, shown_left_and_width};
use crate::app::AppState;
use crate::format::{integer, money, percent};
use crate::i18n::Lang;
use crate::model::plan::{CurvePoint, Plan, curve, plan_for_split};

/// Points on the curve per unit of split (every whole percent, plus each kink).
const CURVE_STEPS: usize = 100;
/// Height of the what-if grip that rides below the x axis.
const GRIP_HEIGHT: f64 = 22.0;
/// Width of the invisible strip around the handle that catches the pointer.
const HANDLE_HIT_WIDTH: f64 = 32.0;
/// Rows of marker labels above the plot (recommended, then the trap).
const MARKER_ROW: [f64; 2] = [14.0, 31.0];
/// Room above the plot (the marker labels) and below it (tick labels, the
/// what-if track and the axis title).
const ROOM_ABOVE: f64 = 40.0;
const ROOM_BELOW: f64 = 78.0;

/// Everything about the chart's layout that does not depend on the what-if
/// split: recomputed when the inputs, the width or the language change.
#[derive(Clone, Debug, PartialEq)]
struct TradeoffDrawing {
    width: f64,
    height: f64,
    plot: Rect,
    /// Whole percents (0..100) to x.
    x: LinearScale,
    /// Money to y.
    y: LinearScale,
    /// (y, label) of each money tick.
    y_ticks: Vec<(f64, String)>,
    /// (x, label) of each percent tick.
    x_ticks: Vec<(f64, String)>,
    unit: String,
    this_period_path: String,
    next_period_path: String,
    /// Baselines of the direct labels at the right end of the two lines.
    this_period_label_y: f64,
    next_period_label_y: f64,
    target_y: f64,
    /// Where the target label goes: (x, baseline, anchor), off the lines where possible.
    target_label_at: (f64, f64, Anchor),
    recommended_x: f64,
    trap_x: f64,
    recommended_label: (f64, Anchor),
    trap_label: (f64, Anchor),
    grip_width: f64,
}

/// Labels drawn on the chart, in one language.
struct ChartWords {
    target: String,
    recommended: String,
    trap: String,
    this_period: &'static str,
    next_period: &'static str,
}

/// The chart's labels for a target and the recommended and trap splits.
fn chart_words(lang: Lang, target: f64, recommended: f64, trap: f64) -> ChartWords {
    ChartWords {
        target: format!("{} {}", lang.pick("Mål", "Target"), geometry::compact_amount(target, lang)),
        recommended: format!("{} {}", lang.pick("Anbefalt", "Recommended"), percent_text(recommended, lang)),
        trap: format!("{} {}", lang.pick("Presse alt", "Push everything"), percent_text(trap, lang)),
        this_period: lang.pick("Denne perioden", "This period"),
        next_period: lang.pick("Inn i neste periode", "Carried into next period"),
    }
}

/// A split as the whole percent shown everywhere else ("8 %" / "8%").
fn percent_text(split: f64, lang: Lang) -> String {
    percent(f64::from(whole_percent(split)) / 100.0, lang)
}

/// Lays the chart out for `points` at drawing `width`.
fn draw_tradeoff(
    points: &[CurvePoint],
    width: f64,
    target: f64,
    (recommended, trap): (f64, f64),
    unit: String,
    lang: Lang,
) -> TradeoffDrawing {
    let height = (width * 0.62).clamp(300.0, 420.0);
    let highest = geometry::max_finite(points.iter().flat_map(|p| [p.this_period, p.next_period]).chain([target]), 1.0);
    let plot_height = height - ROOM_ABOVE - ROOM_BELOW;
    let y_tick_values = nice_ticks(0.0, highest.max(0.0) * 1.04, (plot_height / 48.0).round().max(2.0) as usize);
    let y_labels = compact_tick_labels(&y_tick_values, lang);
    let widest_label = y_labels.iter().map(|l| text_width(l, geometry::LABEL_FONT)).fold(0.0, f64::max);
    let plot = plot_area(width, height, Margins { top: ROOM_ABOVE, right: 14.0, bottom: ROOM_BELOW, left: widest_label + 14.0 });
    let x = LinearScale::new((0.0, 100.0), (plot.left, plot.right()));
    let y = LinearScale::new(y_tick_values.domain(), (plot.bottom(), plot.top));

    let x_step = if plot.width < 360.0 { 20 } else { 10 };
    let x_ticks = (0..=100u32).step_by(x_step).map(|p| (x.map(f64::from(p)), percent(f64::from(p) / 100.0, lang))).collect();
    let y_ticks = y_tick_values.values.iter().map(|&v| y.map(v)).zip(y_labels).collect();

    let drawn =
        |pick: fn(&CurvePoint) -> f64| -> Vec<(f64, f64)> { points.iter().map(|p| (x.map(p.split * 100.0), y.map(pick(p)))).collect() };
    let (this_period_line, next_period_line) = (drawn(|p| p.this_period), drawn(|p| p.next_period));
    let end = points.last().copied().unwrap_or(CurvePoint { split: 1.0, this_period: 0.0, next_period: 0.0 });
    let line_label_ys =
        spread_labels(&[y.map(end.this_period) - 7.0, y.map(end.next_period) - 7.0], 15.0, plot.top + 12.0, plot.bottom() - 4.0);

    let words = chart_words(lang, target, recommended, trap);
    let line_label_box = |text: &str, baseline: f64| {
        let w = text_width(text, geometry::LABEL_FONT);
        label_box(plot.right() - 4.0 - w, baseline, w)
    };
    let mut taken = segment_boxes(&this_period_line);
    taken.extend(segment_boxes(&next_period_line));
    taken.push(line_label_box(words.this_period, line_label_ys[0]));
    taken.push(line_label_box(words.next_period, line_label_ys[1]));
    let target_y = y.map(target);
    let target_label_at = target_label_place(&words.target, target_y, plot, &taken);

    let recommended_x = x.map(recommended * 100.0);
    let trap_x = x.map(trap * 100.0);
    let beside = |at: f64, text: &str| label_beside(at, text_width(text, geometry::LABEL_FONT), 0.0, width, 5.0);

    TradeoffDrawing {
        width,
        height,
        plot,
        x,
        y,
        y_ticks,
        x_ticks,
        unit,
        this_period_path: line_path(this_period_line),
        next_period_path: line_path(next_period_line),
        this_period_label_y: line_label_ys[0],
        next_period_label_y: line_label_ys[1],
        target_y,
        target_label_at,
        recommended_x,
        trap_x,
        recommended_label: beside(recommended_x, &words.recommended),
        trap_label: beside(trap_x, &words.trap),
        grip_width: text_width("100 %", geometry::LABEL_FONT) + 16.0,
    }
}

/// A spot for the target label along the target line at `target_y`, clear of
/// `taken` where possible: left, middle or right, above or below the line.
fn target_label_place(label: &str, target_y: f64, plot: Rect, taken: &[Rect]) -> (f64, f64, Anchor) {
    let width = text_width(label, geometry::LABEL_FONT);
    let (above, below) = (target_y - 6.0, target_y + 15.0);
    let baselines: Vec<f64> = [above, below].into_iter().filter(|&b| b - geometry::LABEL_FONT >= plot.top && b <= plot.bottom()).collect();
    let places: Vec<(f64, f64, Anchor)> =
        [(plot.left + 4.0, Anchor::Start), (plot.left + plot.width / 2.0, Anchor::Middle), (plot.right() - 4.0, Anchor::End)]
            .into_iter()
            .flat_map(|(x, anchor)| baselines.iter().map(move |&b| (x, b, anchor)))
            .collect();
    let boxes: Vec<Rect> = places
        .iter()
        .map(|&(x, baseline, anchor)| {
            let left = match anchor {
                Anchor::Start => x,
                Anchor::Middle => x - width / 2.0,
                Anchor::End => x - width,
            };
            label_box(left, baseline, width)
        })
        .collect();
    places.get(first_clear(&boxes, taken)).copied().unwrap_or((plot.left + 4.0, above, Anchor::Start))
}

/// The rows of the what-if table, in order.
#[derive(Clone, Copy, PartialEq)]
enum Row {
    ThisPeriod,
    NextPeriod,
    Discount,
    ValueLost,
    Strained,
}

impl Row {
    const ALL: [Row; 5] = [Row::ThisPeriod, Row::NextPeriod, Row::Discount, Row::ValueLost, Row::Strained];

    fn label(self, lang: Lang) -> &'static str {
        match self {
            Row::ThisPeriod => lang.pick("Forventet salg denne perioden", "Expected sales this period"),
            Row::NextPeriod => lang.pick("Forventet inn i neste periode", "Carried into next period"),
            Row::Discount => lang.pick("Rabatt gitt", "Discount given"),
            Row::ValueLost => lang.pick("Verdi tapt på press", "Value lost to pressure"),
            Row::Strained => lang.pick("Kunderelasjoner satt under press", "Relationships strained"),
        }
    }

    /// The `data-testid` of the what-if cell in this row.
    fn test_id(self) -> &'static str {
        match self {
            Row::ThisPeriod => "what-if-e1",
            Row::NextPeriod => "what-if-e2",
            Row::Discount => "what-if-discount",
            Row::ValueLost => "what-if-value-lost",
            Row::Strained => "what-if-strained",
        }
    }

    fn value(self, plan: &Plan) -> Option<f64> {
        match self {
            Row::ThisPeriod => plan.this_period,
            Row::NextPeriod => plan.next_period,
            Row::Discount => Some(plan.discount),
            Row::ValueLost => Some(plan.value_lost),
            Row::Strained => Some(f64::from(plan.strained)),
        }
    }

    fn text(self, plan: &Plan, currency: &str, lang: Lang) -> String {
        match (self, self.value(plan)) {
            (_, None) => "—".to_string(),
            (Row::Strained, Some(count)) => integer(count, lang),
            (_, Some(amount)) => money(amount, currency, lang),
        }
    }
}

/// The trade-off between this period and the next over every split of the
/// remaining hours: expected sales this period and carried into the next,
/// the target, the recommended split and the trap, and a what-if handle
/// (`data-testid="what-if-handle"`, an ARIA slider) that shows any split's
/// numbers beside the recommended plan's.
#[component]
pub fn TradeoffChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    let frame = NodeRef::<leptos::html::Div>::new();
    let width = drawing_width_of(frame);

    let available = Memo::new(move |_| state.deferred.evaluation.with(|e| e.recommended.this_period.is_some()));
    let points =
        Memo::new(move |_| state.deferred.scenario.with(|s| state.deferred.evaluation.with(|e| curve(s, &e.derived, CURVE_STEPS))));
    let drawing = Memo::new(move |_| {
        let (recommended, trap) = state.deferred.evaluation.with(|e| (e.recommended.split, e.trap.split));
        let lang = state.lang.get_untracked();
        let (target, unit) = state.deferred.scenario.with(|s| (s.target, geometry::currency_unit(&s.currency, lang)));
        points.with(|p| draw_tradeoff(p, width.get(), target, (recommended, trap), unit, lang))
    });

    // The split the handle stands on, and the plan it gives.
    let chosen_split = Memo::new(move |_| match state.what_if.get() {
        Some(split) => geometry::finite_or(split, 0.0).clamp(0.0, 1.0),
        None => state.deferred.evaluation.with(|e| e.recommended.split),
    });
    let chosen_percent = move || whole_percent(chosen_split.get());
    let what_if_plan = Memo::new(move |_| match state.what_if.get() {
        None => state.deferred.evaluation.with(|e| e.recommended.clone()),
        Some(split) => state.deferred.scenario.with(|s| state.deferred.evaluation.with(|e| plan_for_split(s, &e.derived, split))),
    });
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
        let whole =
            drawing.with_untracked(|d| geometry::percent_at_pointer(f64::from(ev.client_x()), shown_left, shown_width, d.width, &d.x));
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
        let Some(next) = geometry::percent_after_key(&ev.key(), whole_percent(chosen_split.get_untracked())) else {
            return;
        };
        ev.prevent_default();
        choose_percent(next);
    };

    // Attribute helpers: a number of the drawing as SVG text.
    let at = move |pick: fn(&TradeoffDrawing) -> f64| move || drawing.with(|d| svg_number(pick(d)));
    let handle_x = move || drawing.with(|d| d.x.map(chosen_split.get() * 100.0));
    let plan_y = move |pick: fn(&Plan) -> Option<f64>| {
        move || {
            let value = what_if_plan.with(pick);
            drawing.with(|d| svg_number(value.map_or(d.plot.bottom(), |v| d.y.map(v))))
        }
    };
    let grip_left = move || {
        drawing.with(|d| {
            let x = d.x.map(chosen_split.get() * 100.0);
            geometry::box_left(x, d.grip_width, d.plot.left - d.grip_width / 2.0, d.plot.right() + d.grip_width / 2.0) - x
        })
    };
    let grip_y = move || drawing.with(|d| d.plot.bottom() + 26.0);
    let words = move || {
        let lang = state.lang.get_untracked();
        let target = state.deferred.scenario.with(|s| s.target);
        state.deferred.evaluation.with(|e| chart_words(lang, target, e.recommended.split, e.trap.split))
    };
    let e1_text = move || {
        let lang = state.lang.get_untracked();
        let value = what_if_plan.with(|p| p.this_period);
        state
            .deferred
            .scenario
            .with(|s| value.map_or_else(|| lang.pick("ikke tilgjengelig", "not available").to_string(), |v| money(v, &s.currency, lang)))
    };
    let value_text = move || {
        let lang = state.lang.get_untracked();
        format!(
            "{} {}, {} {}",
            percent_text(chosen_split.get(), lang),
            lang.pick("på sluttføring", "on closing"),
            lang.pick("forventet salg denne perioden", "expected sales this period"),
            e1_text()
        )
    };

    let summary = move || {
        let lang = state.lang.get_untracked();
        state.deferred.scenario.with(|s| {
            state.deferred.evaluation.with(|e| {
                let amount = |v: Option<f64>| v.map_or_else(|| "—".to_string(), |v| money(v, &s.currency, lang));
                let (r, t) = (&e.recommended, &e.trap);
                match lang {
                    Lang::Nb => format!(
                        "Ved anbefalt fordeling på {} av tiden til sluttføring er forventet salg denne perioden {}, og {} går videre til neste periode. Å presse alt ({}) gir {} og {}. Mål: {}.",
                        percent_text(r.split, lang), amount(r.this_period), amount(r.next_period),
                        percent_text(t.split, lang), amount(t.this_period), amount(t.next_period),
                        money(s.target, &s.currency, lang),
                    ),
                    Lang::En => format!(
                        "At the recommended split of {} of the time on closing, this period is expected to reach {} and {} carries over into next period. Pushing everything ({}) gives {} and {}. Target: {}.",
                        percent_text(r.split, lang), amount(r.this_period), amount(r.next_period),
                        percent_text(t.split, lang), amount(t.this_period), amount(t.next_period),
                        money(s.target, &s.currency, lang),
                    ),
                }
            })
        })
    };

    let view_box = move || drawing.with(|d| format!("0 0 {} {}", svg_number(d.width), svg_number(d.height)));

    let chart = move || {
        view! {
            <div class="chart-body">
                <div class="chart-frame tradeoff-frame" node_ref=frame>
                    <svg
                        class="chart-svg tradeoff-svg"
                        viewBox=view_box
                        role="img"
                        aria-label=summary
                        data-testid="tradeoff-chart"
                    >
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
                                {state.t("Andel av tiden på sluttføring →", "Share of the time on closing →")}
                            </text>
                        </g>

                        <g class="chart-series" aria-hidden="true">
                            <line class="target-line" x1=at(|d| d.plot.left) x2=at(|d| d.plot.right()) y1=at(|d| d.target_y) y2=at(|d| d.target_y)></line>
                            <text class="target-label" x=at(|d| d.target_label_at.0) y=at(|d| d.target_label_at.1)
                                text-anchor=move || drawing.with(|d| d.target_label_at.2.as_str())>{move || words().target}</text>
                            <path class="line-next-period" d=move || drawing.with(|d| d.next_period_path.clone())></path>
                            <path class="line-this-period" d=move || drawing.with(|d| d.this_period_path.clone())></path>
                            <text class="line-label this-period" x=at(|d| d.plot.right() - 4.0) y=at(|d| d.this_period_label_y) text-anchor="end">
                                {move || words().this_period}
                            </text>
                            <text class="line-label next-period" x=at(|d| d.plot.right() - 4.0) y=at(|d| d.next_period_label_y) text-anchor="end">
                                {move || words().next_period}
                            </text>
                        </g>

                        <g class="chart-marker recommended" aria-hidden="true"
                            style:transform=move || drawing.with(|d| format!("translateX({}px)", svg_number(d.recommended_x)))>
                            <line x1="0" x2="0" y1={MARKER_ROW[0] + 4.0} y2=at(|d| d.plot.bottom())></line>
                            <text x=move || drawing.with(|d| svg_number(d.recommended_label.0 - d.recommended_x))
                                y={MARKER_ROW[0]}
                                text-anchor=move || drawing.with(|d| d.recommended_label.1.as_str())>
                                {move || words().recommended}
                            </text>
                        </g>
                        <g class="chart-marker trap" aria-hidden="true"
                            style:transform=move || drawing.with(|d| format!("translateX({}px)", svg_number(d.trap_x)))>
                            <line x1="0" x2="0" y1={MARKER_ROW[1] + 4.0} y2=at(|d| d.plot.bottom())></line>
                            <text x=move || drawing.with(|d| svg_number(d.trap_label.0 - d.trap_x))
                                y={MARKER_ROW[1]}
                                text-anchor=move || drawing.with(|d| d.trap_label.1.as_str())>
                                {move || words().trap}
                            </text>
                        </g>
                    </svg>
                    // The handle lies over the drawing in its own SVG with the same
                    // viewBox: inside the role="img" drawing it would be hidden
                    // from assistive technology.
                    <svg
                        node_ref=svg
                        class="chart-svg what-if-layer"
                        class:is-dragging=move || dragging.get()
                        viewBox=view_box
                        on:pointerdown=on_pointer_down
                        on:pointermove=on_pointer_move
                        on:pointerup=move |_| stop_dragging()
                        on:pointercancel=move |_| stop_dragging()
                        on:lostpointercapture=move |_| stop_dragging()
                    >
                        <line class="what-if-track" aria-hidden="true"
                            x1=at(|d| d.plot.left) x2=at(|d| d.plot.right())
                            y1=move || svg_number(grip_y() + GRIP_HEIGHT / 2.0) y2=move || svg_number(grip_y() + GRIP_HEIGHT / 2.0)></line>
                        <g
                            node_ref=handle
                            class="what-if-handle"
                            style:transform=move || format!("translateX({}px)", svg_number(handle_x()))
                            role="slider"
                            tabindex="0"
                            aria-label=state.t("Hva om: andel tid på sluttføring", "What if: share of time on closing")
                            aria-orientation="horizontal"
                            aria-valuemin="0"
                            aria-valuemax="100"
                            aria-valuenow=move || chosen_percent().to_string()
                            aria-valuetext=value_text
                            data-testid="what-if-handle"
                            on:keydown=on_key_down
                        >
                            <rect class="handle-hit" x={-HANDLE_HIT_WIDTH / 2.0} width=HANDLE_HIT_WIDTH
                                y=at(|d| d.plot.top) height=move || drawing.with(|d| svg_number(d.plot.height + 26.0 + GRIP_HEIGHT))></rect>
                            <line class="handle-line" x1="0" x2="0" y1=at(|d| d.plot.top) y2=move || svg_number(grip_y())></line>
                            <circle class="handle-dot next-period" cx="0" cy=plan_y(|p| p.next_period) r="5"></circle>
                            <circle class="handle-dot this-period" cx="0" cy=plan_y(|p| p.this_period) r="6.5"></circle>
                            <rect class="handle-focus-ring" x=move || svg_number(grip_left() - 4.0) y=move || svg_number(grip_y() - 4.0)
                                width=move || drawing.with(|d| svg_number(d.grip_width + 8.0)) height={GRIP_HEIGHT + 8.0} rx="15"></rect>
                            <rect class="handle-grip" x=move || svg_number(grip_left()) y=move || svg_number(grip_y())
                                width=move || drawing.with(|d| svg_number(d.grip_width)) height=GRIP_HEIGHT rx="11"></rect>
                            <text class="handle-grip-label" x=move || drawing.with(|d| svg_number(grip_left() + d.grip_width / 2.0))
                                y=move || svg_number(grip_y() + GRIP_HEIGHT / 2.0) dy="0.35em" text-anchor="middle">
                                {move || percent_text(chosen_split.get(), state.lang.get_untracked())}
                            </text>
                        </g>
                    </svg>
                </div>
                <WhatIfPanel chosen_split=chosen_split what_if_plan=what_if_plan/>
            </div>
            <CurveTable points=points/>
        }
    };

    let unavailable = move || {
        view! {
            <p class="chart-unavailable" data-testid="tradeoff-unavailable">
                <span class="chart-dash" aria-hidden="true">"—"</span>
                {state.t(
                    "Ikke tilgjengelig: uten åpne avtaler og uten snittverdi for nye avtaler (A) kan forventet salg ikke regnes ut.",
                    "Not available: with no open deals and no average deal size (A), expected sales cannot be calculated.",
                )}
            </p>
        }
    };

    view! {
        <section class="card chart tradeoff" aria-labelledby="tradeoff-title">
            <h2 id="tradeoff-title">{state.t("Avveiningen: denne perioden mot neste", "The trade-off: this period against the next")}</h2>
            <p class="chart-lead">
                {state.t(
                    "Mer tid på sluttføring gir mer salg nå, men bare til avtalene er jobbet ferdig, og hver time tas fra prospekteringen som gir salg i neste periode. Dra i håndtaket, eller bruk piltastene, for å prøve en annen fordeling.",
                    "More time on closing brings more sales now, but only until the deals are fully worked, and every hour comes out of the prospecting that brings next period's sales. Drag the handle, or use the arrow keys, to try another split.",
                )}
            </p>
            <Show when=move || available.get() fallback=unavailable>
                {chart()}
            </Show>
        </section>
    }
}

/// The what-if split's numbers beside the recommended plan's, and a way back.
#[component]
fn WhatIfPanel(chosen_split: Memo<f64>, what_if_plan: Memo<Plan>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let capped = move || what_if_plan.with(|p| p.split) < chosen_split.get() - 1e-9;
    let what_if_cell = move |row: Row| {
        view! {
            <td data-testid=row.test_id()
                data-value=move || what_if_plan.with(|p| row.value(p)).map(|v| v.to_string()).unwrap_or_default()>
                {move || state.deferred.scenario.with(|s| what_if_plan.with(|p| row.text(p, &s.currency, state.lang.get_untracked())))}
            </td>
        }
    };
    let recommended_cell = move |row: Row| {
        view! {
            <td class="recommended">
                {move || state.deferred.scenario.with(|s| state.deferred.evaluation.with(|e| row.text(&e.recommended, &s.currency, state.lang.get_untracked())))}
            </td>
        }
    };
    view! {
        <div class="what-if-panel">
            <p class="what-if-readout">
                <span class="what-if-caption">{state.t("Hva om", "What if")}</span>
                <strong data-testid="what-if-split" data-value=move || chosen_split.get().to_string()>
                    {move || percent_text(chosen_split.get(), state.lang.get_untracked())}
                </strong>
                <span class="sub">
                    {move || {
                        let lang = state.lang.get_untracked();
                        let (_, prospecting) = crate::model::plan::whole_percents(chosen_split.get());
                        format!(
                            "{} · {} {}",
                            lang.pick("på sluttføring", "on closing"),
                            percent(f64::from(prospecting) / 100.0, lang),
                            lang.pick("prospektering", "prospecting"),
                        )
                    }}
                </span>
            </p>
            <Show when=capped>
                <p class="what-if-note">
                    {move || {
                        let lang = state.lang.get_untracked();
                        let usable = percent_text(what_if_plan.with(|p| p.split), lang);
                        match lang {
                            Lang::Nb => format!("Avtalene kan bare ta imot {usable} av tiden; resten går til prospektering."),
                            Lang::En => format!("The deals can only absorb {usable} of the time; the rest goes to prospecting."),
                        }
                    }}
                </p>
            </Show>
            <table class="what-if-table">
                <caption class="visually-hidden">
                    {state.t("Hva om-fordelingen mot anbefalt plan", "The what-if split against the recommended plan")}
                </caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">
                            {move || format!("{} {}", state.t("Hva om", "What if"), percent_text(chosen_split.get(), state.lang.get_untracked()))}
                        </th>
                        <th scope="col" class="recommended">
                            {move || {
                                let lang = state.lang.get_untracked();
                                format!("{} {}", lang.pick("Anbefalt", "Recommended"), percent_text(state.deferred.evaluation.with(|e| e.recommended.split), lang))
                            }}
                        </th>
                    </tr>
                </thead>
                <tbody>
                    {Row::ALL.into_iter().map(|row| view! {
                        <tr>
                            <th scope="row">{move || row.label(state.lang.get_untracked())}</th>
                            {what_if_cell(row)}
                            {recommended_cell(row)}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            <button type="button" class="what-if-reset" data-testid="what-if-reset"
                disabled=move || state.what_if.get().is_none()
                on:click=move |_| state.what_if.set(None)>
                {state.t("Tilbake til anbefalt", "Back to recommended")}
            </button>
        </div>
    }
}

/// The curve as numbers for screen readers: every 10 % of the time on closing.
#[component]
fn CurveTable(points: Memo<Vec<CurvePoint>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <table class="visually-hidden" data-testid="tradeoff-table">
            <caption>
                {state.t(
                    "Forventet salg for hver tiende prosent av tiden på sluttføring",
                    "Expected sales at every tenth percent of the time on closing",
                )}
            </caption>
            <thead>
                <tr>
                    <th scope="col">{state.t("Andel på sluttføring", "Share on closing")}</th>
                    <th scope="col">{state.t("Denne perioden", "This period")}</th>
                    <th scope="col">{state.t("Inn i neste periode", "Carried into next period")}</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    let lang = state.lang.get_untracked();
                    let currency = state.deferred.scenario.with(|s| s.currency.clone());
                    points.with(|p| curve_at_steps(p, 10)).into_iter().map(|(whole, point)| view! {
                        <tr>
                            <th scope="row">{percent(f64::from(whole) / 100.0, lang)}</th>
                            <td>{money(point.this_period, &currency, lang)}</td>
                            <td>{money(point.next_period, &currency, lang)}</td>
                        </tr>
                    }).collect_view()
                }}
            </tbody>
        </table>
    }
}
