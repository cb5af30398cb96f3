//! The spread of this period's sales: one histogram panel per plan on a
//! shared value axis, P10/P50/P90 of the recommended plan, and the target.

use super::amounts::{compact_amount, compact_tick_labels};
use super::histogram::{Bin, Reach, bar_span, histogram_bins, outcome_domain};
use super::labels::{Anchor, LABEL_FONT, label_centred, spread_labels, text_width};
use super::scale::{LinearScale, Rect, drawing_width, max_finite, nice_ticks};
use super::series::Which;
use crate::format::percent;
use crate::i18n::Lang;
use crate::model::montecarlo::Uncertainty;
use crate::text::charts as words;

/// One plan's histogram panel.
#[derive(Clone, Debug, PartialEq)]
pub struct Panel {
    /// The plan whose outcomes the panel shows.
    pub which: Which,
    /// The panel's heading.
    pub title: String,
    /// Y (baseline) of the heading.
    pub title_y: f64,
    /// Y of the panel's top.
    pub top: f64,
    /// Y of the panel's baseline, where the bars stand.
    pub baseline: f64,
    /// The histogram bars, in viewBox units.
    pub bars: Vec<Rect>,
}

/// A P10/P50/P90 mark on the recommended panel.
#[derive(Clone, Debug, PartialEq)]
pub struct PercentileMark {
    /// X of the percentile's value.
    pub x: f64,
    /// The mark's label (P10, P50 or P90).
    pub label: &'static str,
    /// X of the label, spread so labels do not overlap.
    pub label_x: f64,
    /// Y where the mark's line starts.
    pub top: f64,
    /// Y where the mark's line ends.
    pub baseline: f64,
}

#[derive(Clone, Debug, PartialEq)]
/// The target on the value axis: a line when in range, else an arrow label at the edge.
pub struct TargetMark {
    /// The vertical line (x, top, bottom), when the target is within the drawing.
    pub line: Option<(f64, f64, f64)>,
    /// The target's label text.
    pub label: String,
    /// X of the label.
    pub label_x: f64,
    /// Y (baseline) of the label.
    pub label_y: f64,
    /// How the label sits against `label_x`.
    pub anchor: Anchor,
}

#[derive(Clone, Debug, PartialEq)]
/// The laid-out outcome distributions of both plans, ready to draw as SVG.
pub struct DistributionDrawing {
    /// Width of the drawing in viewBox units.
    pub width: f64,
    /// Height of the drawing in viewBox units.
    pub height: f64,
    /// X where the value axis starts.
    pub left: f64,
    /// X where the value axis ends.
    pub right: f64,
    /// Y of the value axis (the last panel's baseline).
    pub axis_y: f64,
    /// One histogram panel per plan.
    pub panels: Vec<Panel>,
    /// The percentile marks.
    pub percentiles: Vec<PercentileMark>,
    /// (x, label x, label) of each value tick: the label is centred on the
    /// tick, moved just enough to stay inside the drawing.
    pub x_ticks: Vec<(f64, f64, String)>,
    /// Y (baseline) of the tick labels.
    pub tick_label_y: f64,
    /// Where the target is marked.
    pub target: TargetMark,
}

/// The panel title: the plan and its chance of reaching the target.
pub fn panel_title(which: Which, outcome: &Uncertainty, lang: Lang) -> String {
    words::PLAN_CHANCE.fill(lang, &[("plan", which.name(lang)), ("chance", &percent(outcome.p_hit, lang))])
}

/// Lays out one histogram panel per plan on a shared value axis at drawing
/// `width` (kept within [`drawing_width`]'s bounds).
pub fn draw_distribution(outcomes: &[(Which, Uncertainty)], target: f64, width: f64, lang: Lang) -> DistributionDrawing {
    let width = drawing_width(width);
    let (left, right) = (12.0, width - 12.0);
    let lowest = outcomes.iter().map(|(_, u)| u.histogram.min).fold(f64::INFINITY, f64::min);
    let highest = outcomes.iter().map(|(_, u)| u.histogram.max).fold(f64::NEG_INFINITY, f64::max);
    let (domain, reach) = outcome_domain(lowest, highest, target);
    let x = LinearScale::new(domain, (left, right));
    let bins: Vec<Vec<Bin>> = outcomes.iter().map(|(_, u)| histogram_bins(u.histogram.min, u.histogram.max, &u.histogram.counts)).collect();
    let tallest = max_finite(bins.iter().flatten().map(|b| b.share), 0.0);
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
        .map(|(v, label)| {
            let at = x.map(v);
            (at, label_centred(at, text_width(&label, LABEL_FONT), left, right), label)
        })
        .collect();

    let target_text = words::TARGET_AT.fill(lang, &[("amount", &compact_amount(target, lang))]);
    let target = match reach {
        Reach::Inside => {
            let at = x.map(target);
            TargetMark {
                line: Some((at, 22.0, axis_y)),
                label_x: label_centred(at, text_width(&target_text, LABEL_FONT), left, right),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::montecarlo::{Histogram, simulate};
    use crate::model::{Date, evaluate, parse_scenario};

    fn demo_outcomes() -> (Vec<(Which, Uncertainty)>, f64) {
        let scenario = parse_scenario(include_str!("../demo.json")).expect("demo is valid");
        let evaluation = evaluate(&scenario, Date::parse("2026-11-27").expect("date"));
        let outcomes = [(Which::Recommended, &evaluation.recommended), (Which::Trap, &evaluation.trap)]
            .into_iter()
            .map(|(which, plan)| (which, simulate(&scenario, &evaluation, plan, 2_000).expect("simulated")))
            .collect();
        (outcomes, scenario.target)
    }

    fn numbers(d: &DistributionDrawing) -> Vec<f64> {
        let mut all = vec![d.width, d.height, d.left, d.right, d.axis_y, d.tick_label_y, d.target.label_x, d.target.label_y];
        all.extend(d.target.line.iter().flat_map(|(x, top, bottom)| [*x, *top, *bottom]));
        for panel in &d.panels {
            all.extend([panel.title_y, panel.top, panel.baseline]);
            all.extend(panel.bars.iter().flat_map(|b| [b.left, b.top, b.width, b.height]));
        }
        all.extend(d.percentiles.iter().flat_map(|m| [m.x, m.label_x, m.top, m.baseline]));
        all.extend(d.x_ticks.iter().flat_map(|(x, label_x, _)| [*x, *label_x]));
        all
    }

    fn flat_outcome(value: f64) -> Uncertainty {
        Uncertainty {
            trials: 10,
            p_hit: 0.0,
            p10: value,
            p50: value,
            p90: value,
            mean: value,
            histogram: Histogram { min: value, max: value, counts: vec![10, 0, 0] },
        }
    }

    #[test]
    fn bars_and_marks_stay_inside_their_panels() {
        let (outcomes, target) = demo_outcomes();
        for width in [280.0, 640.0, 760.0] {
            let d = draw_distribution(&outcomes, target, width, Lang::En);
            assert_eq!(d.panels.len(), 2);
            for panel in &d.panels {
                let area = Rect { left: d.left, top: panel.top, width: d.right - d.left, height: panel.baseline - panel.top };
                assert!(!panel.bars.is_empty());
                for bar in &panel.bars {
                    assert!(area.contains(bar, 2.0), "{bar:?} outside {area:?} at {width}");
                }
            }
            let fills = |panel: &Panel| panel.bars.iter().any(|b| (b.top - panel.top).abs() < 1e-9);
            assert!(d.panels.iter().any(fills), "the tallest bar of both fills its panel: one scale for both plans");
            assert!(d.panels[0].baseline < d.panels[1].top, "panels do not overlap");
            assert_eq!(d.percentiles.iter().map(|m| m.label).collect::<Vec<_>>(), ["P10", "P50", "P90"]);
            assert!(d.percentiles.windows(2).all(|w| w[0].x <= w[1].x && w[1].label_x - w[0].label_x >= text_width("P50", 11.0)));
            assert!(d.x_ticks.iter().all(|(x, _, _)| *x >= d.left - 1e-9 && *x <= d.right + 1e-9));
            for (_, label_x, label) in &d.x_ticks {
                let half = text_width(label, LABEL_FONT) / 2.0;
                assert!(label_x - half >= d.left - 1e-9 && label_x + half <= d.right + 1e-9, "{label} at {label_x}");
            }
            assert!(d.tick_label_y < d.height && d.axis_y < d.tick_label_y);
        }
    }

    #[test]
    fn a_far_target_is_pointed_to_at_the_edge() {
        let (outcomes, _) = demo_outcomes();
        let high = outcomes.iter().map(|(_, u)| u.histogram.max).fold(0.0, f64::max);
        let far = draw_distribution(&outcomes, high * 50.0, 640.0, Lang::En);
        assert_eq!(far.target.line, None);
        assert!(far.target.label.ends_with(" →") && far.target.label.starts_with("Target "));
        assert_eq!((far.target.label_x, far.target.anchor), (far.right, Anchor::End));
        let near = draw_distribution(&outcomes, high, 640.0, Lang::Nb);
        let (x, _, _) = near.target.line.expect("a near target is drawn");
        assert!(x >= near.left && x <= near.right);
        assert!(near.target.label.starts_with("Mål "));
    }

    #[test]
    fn one_plan_or_identical_trials_give_no_nan() {
        let only_trap = vec![(Which::Trap, flat_outcome(5e6))];
        let d = draw_distribution(&only_trap, 5e6, 640.0, Lang::Nb);
        assert!(d.percentiles.is_empty(), "P10/P50/P90 belong to the recommended plan");
        assert_eq!(d.panels[0].bars.len(), 1, "every trial in one bar");
        assert!(numbers(&d).iter().all(|v| v.is_finite()), "{:?}", numbers(&d));
        let zero = vec![(Which::Recommended, flat_outcome(0.0)), (Which::Trap, flat_outcome(0.0))];
        for target in [0.0, f64::NAN, -1e6] {
            let d = draw_distribution(&zero, target, 280.0, Lang::En);
            assert!(numbers(&d).iter().all(|v| v.is_finite()), "{target}: {:?}", numbers(&d));
        }
        let none = draw_distribution(&[], 1e6, 0.0, Lang::En);
        assert!(none.panels.is_empty() && numbers(&none).iter().all(|v| v.is_finite()));
    }
}
