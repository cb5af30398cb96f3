//! The outcomes of the two plans: the two periods side by side, and how this
//! period's sales are spread in the Monte Carlo simulation.

use leptos::prelude::*;

use super::drawing_width_of;
use super::geometry::{
    self, Anchor, Bin, LinearScale, Margins, Reach, Rect, bar_span, compact_amount, compact_tick_labels, histogram_bins, label_box,
    label_centred, nice_ticks, outcome_domain, plot_area, spread_labels, svg_number, text_width,
};
use crate::app::AppState;
use crate::format::{decimal, integer, money, percent};
use crate::i18n::Lang;
use crate::model::montecarlo::{TRIALS, Uncertainty};

/// Which plan a series shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Which {
    Recommended,
    Trap,
}

impl Which {
    const BOTH: [Which; 2] = [Which::Recommended, Which::Trap];

    /// CSS class of the series (colour and pattern).
    fn class(self) -> &'static str {
        match self {
            Which::Recommended => "recommended",
            Which::Trap => "trap",
        }
    }

    fn name(self, lang: Lang) -> &'static str {
        match self {
            Which::Recommended => lang.pick("Anbefalt", "Recommended"),
            Which::Trap => lang.pick("Presse alt", "Push everything"),
        }
    }
}

/// Font size of the period names under the bars.
const GROUP_FONT: f64 = 13.0;

/// The id of the hatch pattern that marks the trap's series.
const TRAP_HATCH_ID: &str = "skippertak-trap-hatch";

/// A hatch pattern for the trap's bars: colour is never the only cue.
fn trap_hatch() -> impl IntoView {
    view! {
        <defs>
            <pattern id=TRAP_HATCH_ID patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
                <rect class="hatch-ground" width="6" height="6"></rect>
                <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
            </pattern>
        </defs>
    }
}

/// Both outcome charts in one card: (a) this period and next for the
/// recommended plan and the trap, against the target; (b) the spread of this
/// period's sales in the Monte Carlo simulation for both plans, with the
/// target and P10/P50/P90 of the recommended plan.
#[component]
pub fn OutcomeCharts() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section class="card chart outcomes" aria-labelledby="outcomes-title">
            <h2 id="outcomes-title">{state.t("Utfallet av de to planene", "Outcomes of the two plans")}</h2>
            <div class="chart-pair">
                <PeriodBars/>
                <OutcomeDistribution/>
            </div>
        </section>
    }
}

// ---------------------------------------------------------------------------
// (a) The two periods side by side

/// One bar and its value label.
#[derive(Clone, Debug, PartialEq)]
struct Bar {
    which: Which,
    area: Rect,
    label: String,
    label_x: f64,
    label_y: f64,
}

#[derive(Clone, Debug, PartialEq)]
struct BarsDrawing {
    width: f64,
    height: f64,
    plot: Rect,
    y_ticks: Vec<(f64, String)>,
    unit: String,
    bars: Vec<Bar>,
    /// (centre x, label lines) of each period.
    groups: Vec<(f64, Vec<String>)>,
    /// The target across this period's bars: (x1, x2, y).
    target: (f64, f64, f64),
    target_label: String,
    /// Where the target label goes: (x, baseline, anchor), clear of the
    /// value labels; `None` when there is no clear spot (the legend has it).
    target_label_at: Option<(f64, f64, Anchor)>,
}

/// Lays out grouped bars: `values[period][plan]` (periods: this, next; plans: recommended, trap).
fn draw_bars(values: [[f64; 2]; 2], target: f64, width: f64, unit: String, lang: Lang) -> BarsDrawing {
    let group_names = [lang.pick("Denne perioden", "This period"), lang.pick("Neste periode", "Next period")];
    let rough_band = width / 2.0 - 40.0;
    let group_lines: Vec<Vec<String>> = group_names.iter().map(|name| geometry::wrap_words(name, rough_band, GROUP_FONT)).collect();
    let label_rows = group_lines.iter().map(Vec::len).max().unwrap_or(1).max(1) as f64;
    let height = (width * 0.56).clamp(240.0, 320.0) + (label_rows - 1.0) * 15.0;
    let highest = geometry::max_finite(values.iter().flatten().copied().chain([target]), 1.0);
    let ticks = nice_ticks(0.0, highest.max(0.0) * 1.12, ((height - 60.0) / 48.0).round().max(2.0) as usize);
    let tick_labels = compact_tick_labels(&ticks, lang);
    let widest = tick_labels.iter().map(|l| text_width(l, geometry::LABEL_FONT)).fold(0.0, f64::max);
    let plot = plot_area(width, height, Margins { top: 22.0, right: 8.0, bottom: 16.0 + 15.0 * label_rows, left: widest + 14.0 });
    let y = LinearScale::new(ticks.domain(), (plot.bottom(), plot.top));
    let y_ticks = ticks.values.iter().map(|&v| y.map(v)).zip(tick_labels).collect();

    let band = plot.width / 2.0;
    let bar_width = (band * 0.3).clamp(16.0, 88.0);
    let gap = 6.0;
    let mut bars = Vec::with_capacity(4);
    for (period, pair) in values.iter().enumerate() {
        let pair_left = plot.left + band * period as f64 + (band - 2.0 * bar_width - gap) / 2.0;
        let mut pair_bars: Vec<Bar> = Which::BOTH
            .iter()
            .zip(pair)
            .enumerate()
            .map(|(i, (&which, &value))| {
                let left = pair_left + i as f64 * (bar_width + gap);
                let top = y.map(value.max(0.0));
                Bar {
                    which,
                    area: Rect { left, top, width: bar_width, height: (plot.bottom() - top).max(0.0) },
                    label: compact_amount(value, lang),
                    label_x: left + bar_width / 2.0,
                    label_y: top - 6.0,
                }
            })
            .collect();
        // Neighbouring labels that would overlap: lift the upper one clear.
        let overlap_wide = pair_bars.iter().map(|b| text_width(&b.label, geometry::LABEL_FONT)).sum::<f64>() / 2.0 + 4.0;
        if overlap_wide > bar_width + gap {
            let (first, second) = pair_bars.split_at_mut(1);
            let (upper, lower) =
                if first[0].label_y <= second[0].label_y { (&mut first[0], &mut second[0]) } else { (&mut second[0], &mut first[0]) };
            upper.label_y = upper.label_y.min(lower.label_y - 14.0);
        }
        bars.extend(pair_bars);
    }

    let groups = group_lines.into_iter().enumerate().map(|(i, lines)| (plot.left + band * (i as f64 + 0.5), lines)).collect();

    let (x1, x2, target_y) = (plot.left + 4.0, plot.left + band - 4.0, y.map(target));
    let target_label = format!("{} {}", lang.pick("Mål", "Target"), compact_amount(target, lang));
    let label_width = text_width(&target_label, geometry::LABEL_FONT);
    // Keep the target label off the bars and their value labels; when there
    // is no clear spot the legend names the target instead.
    let mut taken: Vec<Rect> = bars
        .iter()
        .map(|b| {
            let w = text_width(&b.label, geometry::LABEL_FONT);
            label_box(b.label_x - w / 2.0, b.label_y, w)
        })
        .collect();
    taken.extend(bars.iter().map(|b| b.area));
    let (above, below) = (target_y - 5.0, target_y + 15.0);
    let between_groups = plot.left + band;
    let places = [
        (x1, above, Anchor::Start),
        (x2, above, Anchor::End),
        (between_groups, above, Anchor::Middle),
        (x1, below, Anchor::Start),
        (x2, below, Anchor::End),
        (between_groups, below, Anchor::Middle),
    ];
    let boxes: Vec<Rect> = places
        .iter()
        .map(|&(x, baseline, anchor)| {
            let left = match anchor {
                Anchor::Start => x,
                Anchor::Middle => x - label_width / 2.0,
                Anchor::End => x - label_width,
            };
            label_box(left, baseline, label_width)
        })
        .collect();
    let inside = |b: &Rect| b.top >= plot.top && b.bottom() <= plot.bottom() + 2.0;
    let target_label_at = boxes.iter().zip(places).find(|(b, _)| inside(b) && !taken.iter().any(|t| b.overlaps(t))).map(|(_, place)| place);

    BarsDrawing { width, height, plot, y_ticks, unit, bars, groups, target: (x1, x2, target_y), target_label, target_label_at }
}

/// This period and next period for both plans as grouped bars, with the
/// target across this period's bars.
#[component]
fn PeriodBars() -> impl IntoView {
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
        let (target, unit) = state.deferred.scenario.with(|s| (s.target, geometry::currency_unit(&s.currency, lang)));
        Some(draw_bars(values, target, width.get(), unit, lang))
    });
    let money_of = move |v: f64| state.deferred.scenario.with(|s| money(v, &s.currency, state.lang.get_untracked()));
    let summary = move || {
        let Some([[r1, t1], [r2, t2]]) = values.get() else { return String::new() };
        let target = money_of(state.deferred.scenario.with(|s| s.target));
        match state.lang.get_untracked() {
            Lang::Nb => format!(
                "Denne perioden: anbefalt plan {}, presse alt {}, mot et mål på {target}. Neste periode: anbefalt plan {}, presse alt {}.",
                money_of(r1),
                money_of(t1),
                money_of(r2),
                money_of(t2),
            ),
            Lang::En => format!(
                "This period: recommended plan {}, push everything {}, against a target of {target}. Next period: recommended plan {}, push everything {}.",
                money_of(r1),
                money_of(t1),
                money_of(r2),
                money_of(t2),
            ),
        }
    };
    let legend_split = move |which: Which| {
        let lang = state.lang.get_untracked();
        let split = state.deferred.evaluation.with(|e| match which {
            Which::Recommended => e.recommended.split,
            Which::Trap => e.trap.split,
        });
        format!("{} ({})", which.name(lang), percent(f64::from(geometry::whole_percent(split)) / 100.0, lang))
    };

    let chart = move |d: &BarsDrawing| {
        let plot = d.plot;
        view! {
            <svg class="chart-svg bars-svg" viewBox=format!("0 0 {} {}", svg_number(d.width), svg_number(d.height))
                role="img" aria-label=summary data-testid="period-bars-chart">
                {trap_hatch()}
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
                <g class="chart-series" aria-hidden="true">
                    {d.bars.iter().map(|bar| view! {
                        <rect class=format!("bar {}", bar.which.class())
                            x=svg_number(bar.area.left) y=svg_number(bar.area.top)
                            width=svg_number(bar.area.width) height=svg_number(bar.area.height)></rect>
                    }).collect_view()}
                    <line class="target-line" x1=svg_number(d.target.0) x2=svg_number(d.target.1) y1=svg_number(d.target.2) y2=svg_number(d.target.2)></line>
                    // Labels after every bar and the target line, so nothing covers them.
                    {d.bars.iter().map(|bar| view! {
                        <text class=format!("value-label {}", bar.which.class())
                            x=svg_number(bar.label_x) y=svg_number(bar.label_y) text-anchor="middle">{bar.label.clone()}</text>
                    }).collect_view()}
                    {d.target_label_at.map(|(x, baseline, anchor)| view! {
                        <text class="target-label" x=svg_number(x) y=svg_number(baseline) text-anchor=anchor.as_str()>{d.target_label.clone()}</text>
                    })}
                </g>
            </svg>
        }
    };

    view! {
        <figure class="chart-figure period-bars" aria-labelledby="period-bars-title">
            <figcaption>
                <h3 id="period-bars-title">{state.t("De to periodene side om side", "The two periods side by side")}</h3>
                <span class="sub">{state.t("Forventet salg for hver plan", "Expected sales for each plan")}</span>
            </figcaption>
            <ul class="chart-legend">
                <li class="legend-recommended"><span class="swatch" aria-hidden="true"></span>{move || legend_split(Which::Recommended)}</li>
                <li class="legend-trap"><span class="swatch" aria-hidden="true"></span>{move || legend_split(Which::Trap)}</li>
                <li class="legend-target"><span class="swatch" aria-hidden="true"></span>{move || {
                    let lang = state.lang.get_untracked();
                    let target = state.deferred.scenario.with(|s| s.target);
                    format!("{} ({})", lang.pick("Mål denne perioden", "Target this period"), compact_amount(target, lang))
                }}</li>
            </ul>
            <div class="chart-frame" node_ref=frame>
                {move || drawing.with(|d| match d {
                    Some(d) => chart(d).into_any(),
                    None => view! {
                        <p class="chart-unavailable" data-testid="period-bars-unavailable">
                            <span class="chart-dash" aria-hidden="true">"—"</span>
                            {state.t(
                                "Ikke tilgjengelig: uten åpne avtaler og uten snittverdi for nye avtaler (A) kan forventet salg ikke regnes ut.",
                                "Not available: with no open deals and no average deal size (A), expected sales cannot be calculated.",
                            )}
                        </p>
                    }.into_any(),
                })}
            </div>
            <table class="visually-hidden">
                <caption>
                    {move || {
                        let target = money_of(state.deferred.scenario.with(|s| s.target));
                        format!("{} {target}", state.t("Forventet salg per periode og plan. Mål denne perioden:", "Expected sales per period and plan. Target this period:"))
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
                    {[("Denne perioden", "This period"), ("Neste periode", "Next period")].into_iter().enumerate().map(|(period, (nb, en))| view! {
                        <tr>
                            <th scope="row">{move || state.t(nb, en)}</th>
                            {Which::BOTH.into_iter().enumerate().map(|(plan, _)| view! {
                                <td>{move || values.get().map_or_else(|| "—".to_string(), |v| money_of(v[period][plan]))}</td>
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </figure>
    }
}

// ---------------------------------------------------------------------------
// (b) The spread of this period's outcome

/// One plan's histogram panel.
#[derive(Clone, Debug, PartialEq)]
struct Panel {
    which: Which,
    title: String,
    title_y: f64,
    top: f64,
    baseline: f64,
    bars: Vec<Rect>,
}

/// A P10/P50/P90 mark on the recommended panel.
#[derive(Clone, Debug, PartialEq)]
struct PercentileMark {
    x: f64,
    label: &'static str,
    label_x: f64,
    top: f64,
    baseline: f64,
}

#[derive(Clone, Debug, PartialEq)]
struct TargetMark {
    /// The vertical line (x, top, bottom), when the target is within the drawing.
    line: Option<(f64, f64, f64)>,
    label: String,
    label_x: f64,
    label_y: f64,
    anchor: Anchor,
}

#[derive(Clone, Debug, PartialEq)]
struct DistributionDrawing {
    width: f64,
    height: f64,
    left: f64,
    right: f64,
    axis_y: f64,
    panels: Vec<Panel>,
    percentiles: Vec<PercentileMark>,
    x_ticks: Vec<(f64, String)>,
    tick_label_y: f64,
    target: TargetMark,
}

/// The panel title: the plan and its chance of reaching the target.
fn panel_title(which: Which, outcome: &Uncertainty, lang: Lang) -> String {
    let chance = percent(outcome.p_hit, lang);
    match lang {
        Lang::Nb => format!("{}: {chance} sjanse for å nå målet", which.name(lang)),
        Lang::En => format!("{}: {chance} chance to hit the target", which.name(lang)),
    }
}

/// Lays out one histogram panel per plan on a shared value axis.
fn draw_distribution(outcomes: &[(Which, Uncertainty)], target: f64, width: f64, lang: Lang) -> DistributionDrawing {
    let (left, right) = (12.0, width - 12.0);
    let lowest = outcomes.iter().map(|(_, u)| u.histogram.min).fold(f64::INFINITY, f64::min);
    let highest = outcomes.iter().map(|(_, u)| u.histogram.max).fold(f64::NEG_INFINITY, f64::max);
    let (domain, reach) = outcome_domain(lowest, highest, target);
    let x = LinearScale::new(domain, (left, right));
    let bins: Vec<Vec<Bin>> = outcomes.iter().map(|(_, u)| histogram_bins(u.histogram.min, u.histogram.max, &u.histogram.counts)).collect();
    let tallest = geometry::max_finite(bins.iter().flatten().map(|b| b.share), 0.0);
    let panel_height = (width * 0.14).clamp(60.0, 100.0);

    let mut cursor = 26.0; // below the target label row
    let mut panels = Vec::with_capacity(outcomes.len());
    let mut percentiles = Vec::new();
    for ((which, outcome), bins) in outcomes.iter().zip(&bins) {
        let top = cursor + 20.0;
        let baseline = top + panel_height;
        let bars = bins
            .iter()
            .filter(|bin| bin.share > 0.0 && tallest > 0.0)
            .map(|bin| {
                let (bar_left, bar_width) = bar_span(&x, bin.from, bin.to, 3.0);
                let height = bin.share / tallest * panel_height;
                let inset = if bar_width > 4.0 { 0.5 } else { 0.0 };
                Rect { left: bar_left + inset, top: baseline - height, width: bar_width - 2.0 * inset, height }
            })
            .collect();
        panels.push(Panel { which: *which, title: panel_title(*which, outcome, lang), title_y: cursor + 13.0, top, baseline, bars });
        cursor = baseline + 8.0;
        if *which == Which::Recommended {
            let marks = [("P10", outcome.p10), ("P50", outcome.p50), ("P90", outcome.p90)];
            let xs: Vec<f64> = marks.iter().map(|(_, v)| x.map(*v)).collect();
            let label_width = text_width("P50", 11.0) + 6.0;
            let label_xs = spread_labels(&xs, label_width, left + label_width / 2.0, right - label_width / 2.0);
            percentiles = marks
                .iter()
                .zip(xs.iter().zip(label_xs))
                .map(|((label, _), (&x, label_x))| PercentileMark { x, label, label_x, top, baseline })
                .collect();
            cursor = baseline + 22.0;
        }
    }
    let axis_y = panels.last().map_or(cursor, |p| p.baseline);
    let tick_label_y = cursor + 12.0;

    let ticks = nice_ticks(domain.0, domain.1, ((right - left) / 75.0).round().max(2.0) as usize);
    let x_ticks = ticks
        .values
        .iter()
        .copied()
        .zip(compact_tick_labels(&ticks, lang))
        .filter(|(v, _)| *v >= domain.0 && *v <= domain.1)
        .map(|(v, label)| (x.map(v), label))
        .collect();

    let target_text = format!("{} {}", lang.pick("Mål", "Target"), compact_amount(target, lang));
    let target = match reach {
        Reach::Inside => {
            let at = x.map(target);
            TargetMark {
                line: Some((at, 22.0, axis_y)),
                label_x: label_centred(at, text_width(&target_text, geometry::LABEL_FONT), left, right),
                label: target_text,
                label_y: 16.0,
                anchor: Anchor::Middle,
            }
        }
        Reach::Above => TargetMark { line: None, label: format!("{target_text} →"), label_x: right, label_y: 16.0, anchor: Anchor::End },
        Reach::Below => TargetMark { line: None, label: format!("← {target_text}"), label_x: left, label_y: 16.0, anchor: Anchor::Start },
    };

    DistributionDrawing { width, height: tick_label_y + 8.0, left, right, axis_y, panels, percentiles, x_ticks, tick_label_y, target }
}

/// The spread of this period's sales in the simulation: one histogram per
/// plan, the target, and P10/P50/P90 of the recommended plan.
#[component]
fn OutcomeDistribution() -> impl IntoView {
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
    let money_of = move |v: f64| state.deferred.scenario.with(|s| money(v, &s.currency, state.lang.get_untracked()));
    let trials = move || outcomes.with(|o| o.first().map_or(0, |(_, u)| u.trials));
    let summary = move || {
        let lang = state.lang.get_untracked();
        let target = money_of(state.deferred.scenario.with(|s| s.target));
        let trials = integer(trials() as f64, lang);
        let parts = outcomes.with(|o| {
            o.iter()
                .map(|(which, u)| {
                    let chance = percent(u.p_hit, lang);
                    let (p10, p50, p90) = (money_of(u.p10), money_of(u.p50), money_of(u.p90));
                    match lang {
                        Lang::Nb => format!("{}: {chance} sjanse for å nå målet; P10 {p10}, P50 {p50}, P90 {p90}.", which.name(lang)),
                        Lang::En => format!("{}: {chance} chance to hit the target; P10 {p10}, P50 {p50}, P90 {p90}.", which.name(lang)),
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        });
        match lang {
            Lang::Nb => {
                format!("Fordeling av denne periodens salg i {trials} simuleringer, mot et mål på {target}. {parts}")
            }
            Lang::En => {
                format!("Spread of this period's sales in {trials} simulations, against a target of {target}. {parts}")
            }
        }
    };

    let chart = move |d: &DistributionDrawing| {
        let (left, right) = (d.left, d.right);
        view! {
            <svg class="chart-svg distribution-svg" viewBox=format!("0 0 {} {}", svg_number(d.width), svg_number(d.height))
                role="img" aria-label=summary data-testid="outcome-distribution-chart">
                {trap_hatch()}
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
                <g class="chart-grid" aria-hidden="true">
                    {d.x_ticks.iter().map(|(x, label)| view! {
                        <line class="tick-mark" x1=svg_number(*x) x2=svg_number(*x) y1=svg_number(d.axis_y) y2=svg_number(d.axis_y + 4.0)></line>
                        <text class="tick-label" x=svg_number(label_centred(*x, text_width(label, geometry::LABEL_FONT), left, right))
                            y=svg_number(d.tick_label_y) text-anchor="middle">{label.clone()}</text>
                    }).collect_view()}
                </g>
            </svg>
        }
    };

    let body = move || {
        if !has_results() {
            return if pending() {
                view! {
                    <p class="chart-status" role="status" data-testid="outcome-distribution-pending">
                        {state.t("Beregner usikkerhet …", "Calculating uncertainty …")}
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <p class="chart-unavailable" data-testid="outcome-distribution-unavailable">
                        <span class="chart-dash" aria-hidden="true">"—"</span>
                        {state.t(
                            "Ikke tilgjengelig: uten åpne avtaler og uten snittverdi for nye avtaler (A) kan utfallet ikke simuleres.",
                            "Not available: with no open deals and no average deal size (A), the outcome cannot be simulated.",
                        )}
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
                <h3 id="distribution-title">{state.t("Spredningen i denne periodens salg", "How this period's sales may spread")}</h3>
                <span class="sub">
                    {move || {
                        let lang = state.lang.get_untracked();
                        let shown = if trials() > 0 { trials() } else { TRIALS };
                        let trials = integer(shown as f64, lang);
                        match lang {
                            Lang::Nb => format!("Søylehøyde: andel av {trials} simuleringer. P10–P90: 8 av 10 utfall ligger mellom."),
                            Lang::En => format!("Bar height: share of {trials} simulations. P10–P90: 8 in 10 outcomes fall between."),
                        }
                    }}
                </span>
            </figcaption>
            <ul class="chart-legend">
                <li class="legend-recommended"><span class="swatch" aria-hidden="true"></span>{move || Which::Recommended.name(state.lang.get_untracked())}</li>
                <li class="legend-trap"><span class="swatch" aria-hidden="true"></span>{move || Which::Trap.name(state.lang.get_untracked())}</li>
                <li class="legend-target"><span class="swatch" aria-hidden="true"></span>{state.t("Mål", "Target")}</li>
                <li class="legend-percentile"><span class="swatch" aria-hidden="true"></span>{state.t("P10, P50, P90 (anbefalt)", "P10, P50, P90 (recommended)")}</li>
            </ul>
            <div class="chart-frame" node_ref=frame>{body}</div>
            <p class="chart-note">
                {move || outcomes.with(|o| o.iter().map(|(which, u)| {
                    let lang = state.lang.get_untracked();
                    let text = format!(
                        "{}: P10 {} · P50 {} · P90 {}",
                        which.name(lang), compact_amount(u.p10, lang), compact_amount(u.p50, lang), compact_amount(u.p90, lang),
                    );
                    view! { <span class=format!("note-line {}", which.class())>{text}</span> }
                }).collect_view())}
            </p>
            <DistributionTables outcomes=outcomes/>
        </figure>
    }
}

/// The simulation's numbers for screen readers: the summary per plan, then
/// each plan's histogram bins.
#[component]
fn DistributionTables(outcomes: Memo<Vec<(Which, Uncertainty)>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let money_of = move |v: f64| state.deferred.scenario.with(|s| money(v, &s.currency, state.lang.get_untracked()));
    let share_text = move |share: f64| {
        let lang = state.lang.get_untracked();
        format!("{}{}", decimal(share * 100.0, 1, lang), lang.pick("\u{a0}%", "%"))
    };
    view! {
        <div class="visually-hidden">
            <table>
                <caption>{state.t("Sjanse for å nå målet og sannsynlig utfall per plan", "Chance of hitting the target and likely outcomes per plan")}</caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">{state.t("Sjanse for å nå målet", "Chance to hit the target")}</th>
                        <th scope="col">"P10"</th>
                        <th scope="col">"P50"</th>
                        <th scope="col">"P90"</th>
                    </tr>
                </thead>
                <tbody>
                    {move || outcomes.with(|o| o.iter().map(|(which, u)| view! {
                        <tr>
                            <th scope="row">{which.name(state.lang.get_untracked())}</th>
                            <td>{percent(u.p_hit, state.lang.get_untracked())}</td>
                            <td>{money_of(u.p10)}</td>
                            <td>{money_of(u.p50)}</td>
                            <td>{money_of(u.p90)}</td>
                        </tr>
                    }).collect_view())}
                </tbody>
            </table>
            {move || outcomes.with(|o| o.iter().map(|(which, u)| {
                let bins = histogram_bins(u.histogram.min, u.histogram.max, &u.histogram.counts);
                let lang = state.lang.get_untracked();
                view! {
                    <table>
                        <caption>{format!("{}: {}", which.name(lang), lang.pick("fordeling av denne periodens salg", "spread of this period's sales"))}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{lang.pick("Fra", "From")}</th>
                                <th scope="col">{lang.pick("Til", "To")}</th>
                                <th scope="col">{lang.pick("Andel av simuleringene", "Share of simulations")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {bins.into_iter().filter(|bin| bin.share > 0.0).map(|bin| view! {
                                <tr>
                                    <td>{money_of(bin.from)}</td>
                                    <td>{money_of(bin.to)}</td>
                                    <td>{share_text(bin.share)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }
            }).collect_view())}
        </div>
    }
}
