//! The trade-off curve's layout: axes, the two lines, the target, the
//! recommended and trap markers and their labels, for one drawing width.
//! The what-if handle's place is in [`super::handle`].

use super::amounts::{compact_amount, compact_tick_labels, percent_text};
use super::labels::{Anchor, LABEL_FONT, anchored_box, first_clear, label_beside, label_box, segment_boxes, spread_labels, text_width};
use super::scale::{LinearScale, Margins, Rect, drawing_width, max_finite, nice_ticks, plot_area};
use super::svg::line_path;
use crate::format::percent;
use crate::i18n::Lang;
use crate::model::plan::CurvePoint;
use crate::text::charts as words;

/// Points on the curve per unit of split (every whole percent, plus each kink).
pub const CURVE_STEPS: usize = 100;
/// Height of the what-if grip that rides below the x axis.
pub const GRIP_HEIGHT: f64 = 22.0;
/// Gap between the x axis and the top of the what-if grip.
pub const GRIP_GAP: f64 = 26.0;
/// Width of the invisible strip around the handle that catches the pointer.
pub const HANDLE_HIT_WIDTH: f64 = 32.0;
/// Rows of marker labels above the plot (recommended, then the trap).
pub const MARKER_ROW: [f64; 2] = [14.0, 31.0];
/// Room above the plot (the marker labels) and below it (tick labels, the
/// what-if track and the axis title).
const ROOM_ABOVE: f64 = 40.0;
const ROOM_BELOW: f64 = 78.0;

/// The labels drawn on the chart, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct TradeoffLabels {
    /// The target's label, with its amount.
    pub target: String,
    /// The recommended split's label, with its percent.
    pub recommended: String,
    /// The push-everything (trap) split's label, with its percent.
    pub trap: String,
    /// The label at the end of this period's line.
    pub this_period: &'static str,
    /// The label at the end of the line carried into next period.
    pub next_period: &'static str,
}

impl TradeoffLabels {
    /// The labels for a target and the recommended and trap splits.
    pub fn new(lang: Lang, target: f64, recommended: f64, trap: f64) -> TradeoffLabels {
        TradeoffLabels {
            target: words::TARGET_AT.fill(lang, &[("amount", &compact_amount(target, lang))]),
            recommended: words::RECOMMENDED_AT.fill(lang, &[("percent", &percent_text(recommended, lang))]),
            trap: words::PUSH_EVERYTHING_AT.fill(lang, &[("percent", &percent_text(trap, lang))]),
            this_period: words::THIS_PERIOD.get(lang),
            next_period: words::CARRIED_INTO_NEXT.get(lang),
        }
    }
}

/// A marker for one split: a vertical line at `x` and its label above the plot.
#[derive(Clone, Debug, PartialEq)]
pub struct SplitMarker {
    /// X of the split in viewBox units.
    pub x: f64,
    /// The label's x relative to `x`, its baseline and its anchor.
    pub label_dx: f64,
    /// Y (baseline) of the label.
    pub label_y: f64,
    /// How the label sits against its x.
    pub anchor: Anchor,
    /// The label's text.
    pub label: String,
}

/// Everything about the chart's layout that does not depend on the what-if
/// split: recomputed when the inputs, the width or the language change.
#[derive(Clone, Debug, PartialEq)]
pub struct TradeoffDrawing {
    /// Width of the drawing in viewBox units.
    pub width: f64,
    /// Height of the drawing in viewBox units.
    pub height: f64,
    /// The area the lines are plotted in.
    pub plot: Rect,
    /// Whole percents (0..100) to x.
    pub x: LinearScale,
    /// Money to y.
    pub y: LinearScale,
    /// (y, label) of each money tick.
    pub y_ticks: Vec<(f64, String)>,
    /// (x, label) of each percent tick.
    pub x_ticks: Vec<(f64, String)>,
    /// The unit shown with the money axis.
    pub unit: String,
    /// SVG path data of this period's sales over the split.
    pub this_period_path: String,
    /// SVG path data of the sales carried into next period over the split.
    pub next_period_path: String,
    /// Baselines of the direct labels at the right end of the two lines.
    pub this_period_label_y: f64,
    /// Baseline of the next-period line's label.
    pub next_period_label_y: f64,
    /// Y of the target line.
    pub target_y: f64,
    /// Where the target label goes: (x, baseline, anchor), off the lines where possible.
    pub target_label_at: (f64, f64, Anchor),
    /// The recommended split's marker.
    pub recommended: SplitMarker,
    /// The trap split's marker.
    pub trap: SplitMarker,
    /// Width of the handle's grip, wide enough for "100 %".
    pub grip_width: f64,
    /// The chart's texts.
    pub labels: TradeoffLabels,
}

impl TradeoffDrawing {
    /// The top of the what-if grip, below the x axis and its tick labels.
    pub fn grip_top(&self) -> f64 {
        self.plot.bottom() + GRIP_GAP
    }

    /// The x of the direct labels at the right end of the lines.
    pub fn line_label_x(&self) -> f64 {
        self.plot.right() - 4.0
    }
}

/// Lays the chart out for `points` at drawing `width` (kept within
/// [`drawing_width`]'s bounds).
pub fn draw_tradeoff(
    points: &[CurvePoint],
    width: f64,
    target: f64,
    (recommended, trap): (f64, f64),
    unit: String,
    lang: Lang,
) -> TradeoffDrawing {
    let width = drawing_width(width);
    let height = (width * 0.62).clamp(300.0, 420.0);
    let highest = max_finite(points.iter().flat_map(|p| [p.this_period, p.next_period]).chain([target]), 1.0);
    let plot_height = height - ROOM_ABOVE - ROOM_BELOW;
    let y_tick_values = nice_ticks(0.0, highest.max(0.0) * 1.04, (plot_height / 48.0).round().max(2.0) as usize);
    let y_labels = compact_tick_labels(&y_tick_values, lang);
    let widest_label = y_labels.iter().map(|l| text_width(l, LABEL_FONT)).fold(0.0, f64::max);
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

    let labels = TradeoffLabels::new(lang, target, recommended, trap);
    let line_label_box = |text: &str, baseline: f64| {
        let w = text_width(text, LABEL_FONT);
        label_box(plot.right() - 4.0 - w, baseline, w)
    };
    let mut taken = segment_boxes(&this_period_line);
    taken.extend(segment_boxes(&next_period_line));
    taken.push(line_label_box(labels.this_period, line_label_ys[0]));
    taken.push(line_label_box(labels.next_period, line_label_ys[1]));
    let target_y = y.map(target);
    let target_label_at = target_label_place(&labels.target, target_y, plot, &taken);

    let marker = |split: f64, row: f64, label: &str| {
        let at = x.map(split * 100.0);
        let (label_x, anchor) = label_beside(at, text_width(label, LABEL_FONT), 0.0, width, 5.0);
        SplitMarker { x: at, label_dx: label_x - at, label_y: row, anchor, label: label.to_string() }
    };

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
        recommended: marker(recommended, MARKER_ROW[0], &labels.recommended),
        trap: marker(trap, MARKER_ROW[1], &labels.trap),
        grip_width: text_width("100 %", LABEL_FONT) + 16.0,
        labels,
    }
}

/// A spot for the target label along the target line at `target_y`, clear of
/// `taken` where possible: left, middle or right, above or below the line.
fn target_label_place(label: &str, target_y: f64, plot: Rect, taken: &[Rect]) -> (f64, f64, Anchor) {
    let width = text_width(label, LABEL_FONT);
    let (above, below) = (target_y - 6.0, target_y + 15.0);
    let baselines: Vec<f64> = [above, below].into_iter().filter(|&b| b - LABEL_FONT >= plot.top && b <= plot.bottom()).collect();
    let places: Vec<(f64, f64, Anchor)> =
        [(plot.left + 4.0, Anchor::Start), (plot.left + plot.width / 2.0, Anchor::Middle), (plot.right() - 4.0, Anchor::End)]
            .into_iter()
            .flat_map(|(x, anchor)| baselines.iter().map(move |&b| (x, b, anchor)))
            .collect();
    let boxes: Vec<Rect> = places.iter().map(|&place| anchored_box(place, width)).collect();
    places.get(first_clear(&boxes, taken)).copied().unwrap_or((plot.left + 4.0, above, Anchor::Start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart_layout::svg::path_points;
    use crate::model::plan::curve;
    use crate::model::{Date, evaluate, parse_scenario};

    fn demo() -> (Vec<CurvePoint>, f64, (f64, f64)) {
        let scenario = parse_scenario(include_str!("../demo.json")).expect("demo is valid");
        let evaluation = evaluate(&scenario, Date::parse("2026-11-27").expect("date"));
        let points = curve(&scenario, &evaluation.derived, CURVE_STEPS);
        (points, scenario.target, (evaluation.recommended.split, evaluation.trap.split))
    }

    fn numbers(d: &TradeoffDrawing) -> Vec<f64> {
        let mut all = vec![d.width, d.height, d.plot.left, d.plot.top, d.plot.width, d.plot.height, d.target_y, d.grip_width];
        all.extend([d.this_period_label_y, d.next_period_label_y, d.target_label_at.0, d.target_label_at.1]);
        all.extend([d.recommended.x, d.recommended.label_dx, d.trap.x, d.trap.label_dx]);
        all.extend(d.y_ticks.iter().chain(&d.x_ticks).map(|(at, _)| *at));
        all
    }

    #[test]
    fn lines_stay_inside_the_plot_area() {
        let (points, target, splits) = demo();
        assert!(points.len() > 100, "the demo has a curve");
        for width in [280.0, 480.0, 640.0, 760.0] {
            let d = draw_tradeoff(&points, width, target, splits, "kr".into(), Lang::Nb);
            for path in [&d.this_period_path, &d.next_period_path] {
                let drawn = path_points(path);
                assert_eq!(drawn.len(), points.len(), "one vertex per point at {width}");
                for (x, y) in drawn {
                    // Coordinates are rounded to 0.1 in the path text.
                    assert!(x >= d.plot.left - 0.05 && x <= d.plot.right() + 0.05, "x {x} outside at {width}");
                    assert!(y >= d.plot.top - 0.05 && y <= d.plot.bottom() + 0.05, "y {y} outside at {width}");
                }
            }
            assert!(d.plot.right() <= width && d.plot.bottom() < d.grip_top() && d.grip_top() + GRIP_HEIGHT < d.height);
        }
    }

    #[test]
    fn labels_fit_the_drawing_and_the_target_label_avoids_the_lines() {
        let (points, target, splits) = demo();
        let d = draw_tradeoff(&points, 640.0, target, splits, "kr".into(), Lang::En);
        for marker in [&d.recommended, &d.trap] {
            let width = text_width(&marker.label, LABEL_FONT);
            let label = anchored_box((marker.x + marker.label_dx, marker.label_y, marker.anchor), width);
            assert!(label.left >= 0.0 && label.right() <= d.width, "{} runs off the drawing", marker.label);
        }
        let target_box = anchored_box(d.target_label_at, text_width(&d.labels.target, LABEL_FONT));
        assert!(d.plot.contains(&target_box, 3.0), "target label {target_box:?} outside {:?}", d.plot);
        let this_line = segment_boxes(&path_points(&d.this_period_path));
        let next_line = segment_boxes(&path_points(&d.next_period_path));
        assert!(!this_line.is_empty() && !next_line.is_empty());
        assert!(!this_line.iter().chain(&next_line).any(|s| s.overlaps(&target_box)), "the demo has room beside the lines");
        assert!((d.next_period_label_y - d.this_period_label_y).abs() >= 15.0 - 1e-9, "the line labels are apart");
        assert_eq!(d.labels.recommended, format!("Recommended {}", percent_text(splits.0, Lang::En)));
    }

    #[test]
    fn ticks_label_percents_and_money() {
        let (points, target, splits) = demo();
        let wide = draw_tradeoff(&points, 760.0, target, splits, "NOK".into(), Lang::En);
        assert_eq!(wide.x_ticks.len(), 11, "every 10 % when there is room");
        assert_eq!(wide.x_ticks[5].1, "50%");
        assert_eq!(wide.x_ticks[0].0, wide.plot.left);
        assert_eq!(wide.x_ticks[10].0, wide.plot.right());
        let narrow = draw_tradeoff(&points, 280.0, target, splits, "NOK".into(), Lang::En);
        assert_eq!(narrow.x_ticks.len(), 6, "every 20 % on a phone");
        assert_eq!(wide.y_ticks.first().map(|(y, _)| *y), Some(wide.plot.bottom()));
        assert_eq!(wide.y_ticks.last().map(|(y, _)| *y), Some(wide.plot.top));
        assert!(wide.y_ticks.iter().all(|(_, label)| !label.is_empty()));
    }

    #[test]
    fn no_deals_or_broken_numbers_give_no_nan() {
        let broken = [CurvePoint { split: f64::NAN, this_period: f64::INFINITY, next_period: f64::NAN }];
        for (points, target) in [(&[][..], 0.0), (&[][..], f64::NAN), (&broken[..], 1e6), (&[][..], -5.0)] {
            for width in [0.0, f64::NAN, 280.0, 760.0] {
                let d = draw_tradeoff(points, width, target, (f64::NAN, 0.0), "kr".into(), Lang::Nb);
                assert!(numbers(&d).iter().all(|v| v.is_finite()), "{:?} at {width}", numbers(&d));
                assert!(!d.this_period_path.contains("NaN") && !d.next_period_path.contains("inf"));
                assert!(d.plot.width >= 1.0 && d.plot.height >= 1.0);
            }
        }
        let flat: Vec<CurvePoint> =
            (0..=100).map(|i| CurvePoint { split: f64::from(i) / 100.0, this_period: 0.0, next_period: 0.0 }).collect();
        let d = draw_tradeoff(&flat, 640.0, 0.0, (0.5, 1.0), "kr".into(), Lang::En);
        assert!(numbers(&d).iter().all(|v| v.is_finite()));
        assert_eq!(path_points(&d.this_period_path).len(), 101);
    }
}
