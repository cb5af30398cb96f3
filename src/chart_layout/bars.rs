//! The two periods side by side: grouped bars for the recommended plan and
//! the trap, value labels kept apart, and the target across this period.

use super::amounts::{compact_amount, compact_tick_labels};
use super::labels::{Anchor, LABEL_FONT, anchored_box, label_box, text_width, wrap_words};
use super::scale::{LinearScale, Margins, Rect, drawing_width, max_finite, nice_ticks, plot_area};
use super::series::Which;
use crate::i18n::Lang;
use crate::text::charts as words;

/// Font size of the period names under the bars.
pub const GROUP_FONT: f64 = 13.0;

/// One bar and its value label.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The plan this bar shows.
    pub which: Which,
    /// The bar's rectangle in viewBox units.
    pub area: Rect,
    /// The bar's value label.
    pub label: String,
    /// X of the value label.
    pub label_x: f64,
    /// Y (baseline) of the value label.
    pub label_y: f64,
}

#[derive(Clone, Debug, PartialEq)]
/// The laid-out bar chart of both plans' sales per period, ready to draw as SVG.
pub struct BarsDrawing {
    /// Width of the drawing in viewBox units.
    pub width: f64,
    /// Height of the drawing in viewBox units.
    pub height: f64,
    /// The area the bars are plotted in.
    pub plot: Rect,
    /// (y, label) of each tick on the value axis.
    pub y_ticks: Vec<(f64, String)>,
    /// The unit shown with the value axis.
    pub unit: String,
    /// Every bar, with its label.
    pub bars: Vec<Bar>,
    /// (centre x, label lines) of each period.
    pub groups: Vec<(f64, Vec<String>)>,
    /// The target across this period's bars: (x1, x2, y).
    pub target: (f64, f64, f64),
    /// The target's label text.
    pub target_label: String,
    /// Where the target label goes: (x, baseline, anchor), clear of the
    /// value labels; `None` when there is no clear spot (the legend has it).
    pub target_label_at: Option<(f64, f64, Anchor)>,
}

/// Lays out grouped bars: `values[period][plan]` (periods: this, next;
/// plans: recommended, trap) at drawing `width` (kept within
/// [`drawing_width`]'s bounds).
pub fn draw_bars(values: [[f64; 2]; 2], target: f64, width: f64, unit: String, lang: Lang) -> BarsDrawing {
    let width = drawing_width(width);
    let group_names = [words::THIS_PERIOD.get(lang), words::NEXT_PERIOD.get(lang)];
    let rough_band = width / 2.0 - 40.0;
    let group_lines: Vec<Vec<String>> = group_names.iter().map(|name| wrap_words(name, rough_band, GROUP_FONT)).collect();
    let label_rows = group_lines.iter().map(Vec::len).max().unwrap_or(1).max(1) as f64;
    let height = (width * 0.56).clamp(240.0, 320.0) + (label_rows - 1.0) * 15.0;
    let highest = max_finite(values.iter().flatten().copied().chain([target]), 1.0);
    let ticks = nice_ticks(0.0, highest.max(0.0) * 1.12, ((height - 60.0) / 48.0).round().max(2.0) as usize);
    let tick_labels = compact_tick_labels(&ticks, lang);
    let widest = tick_labels.iter().map(|l| text_width(l, LABEL_FONT)).fold(0.0, f64::max);
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
        let overlap_wide = pair_bars.iter().map(|b| text_width(&b.label, LABEL_FONT)).sum::<f64>() / 2.0 + 4.0;
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
    let target_label = words::TARGET_AT.fill(lang, &[("amount", &compact_amount(target, lang))]);
    let label_width = text_width(&target_label, LABEL_FONT);
    // Keep the target label off the bars and their value labels; when there
    // is no clear spot the legend names the target instead.
    let mut taken: Vec<Rect> = bars
        .iter()
        .map(|b| {
            let w = text_width(&b.label, LABEL_FONT);
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
    let inside = |b: &Rect| b.top >= plot.top && b.bottom() <= plot.bottom() + 2.0;
    let target_label_at = places.into_iter().find(|&place| {
        let label = anchored_box(place, label_width);
        inside(&label) && !taken.iter().any(|t| label.overlaps(t))
    });

    BarsDrawing { width, height, plot, y_ticks, unit, bars, groups, target: (x1, x2, target_y), target_label, target_label_at }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value_label_box(bar: &Bar) -> Rect {
        let w = text_width(&bar.label, LABEL_FONT);
        label_box(bar.label_x - w / 2.0, bar.label_y, w)
    }

    /// Side by side without touching, or one lifted a line above the other.
    fn labels_apart(a: &Bar, b: &Bar) -> bool {
        let (a_box, b_box) = (value_label_box(a), value_label_box(b));
        a_box.right() <= b_box.left || b_box.right() <= a_box.left || (a.label_y - b.label_y).abs() >= 14.0 - 1e-9
    }

    fn numbers(d: &BarsDrawing) -> Vec<f64> {
        let mut all = vec![d.width, d.height, d.plot.left, d.plot.top, d.plot.width, d.plot.height, d.target.0, d.target.1, d.target.2];
        for bar in &d.bars {
            all.extend([bar.area.left, bar.area.top, bar.area.width, bar.area.height, bar.label_x, bar.label_y]);
        }
        all.extend(d.y_ticks.iter().map(|(y, _)| *y));
        all.extend(d.groups.iter().map(|(x, _)| *x));
        all.extend(d.target_label_at.iter().flat_map(|(x, y, _)| [*x, *y]));
        all
    }

    #[test]
    fn bars_stand_on_the_axis_inside_the_plot() {
        let values = [[9_800_000.0, 11_500_000.0], [6_200_000.0, 3_100_000.0]];
        for width in [280.0, 640.0, 760.0] {
            let d = draw_bars(values, 10_000_000.0, width, "kr".into(), Lang::Nb);
            assert_eq!(d.bars.len(), 4);
            for bar in &d.bars {
                assert!(d.plot.contains(&bar.area, 1e-9), "{bar:?} outside {:?} at {width}", d.plot);
                assert!((bar.area.bottom() - d.plot.bottom()).abs() < 1e-9, "bars stand on the axis");
            }
            let [a, b, c, e] = [&d.bars[0], &d.bars[1], &d.bars[2], &d.bars[3]];
            assert!(a.area.right() <= b.area.left && b.area.right() <= c.area.left && c.area.right() <= e.area.left, "in order, apart");
            assert!(b.area.height > a.area.height, "the trap is taller this period");
            assert_eq!((a.which, b.which), (Which::Recommended, Which::Trap));
            assert!(labels_apart(a, b) && labels_apart(c, e), "value labels apart at {width}");
        }
    }

    #[test]
    fn the_target_label_stays_clear_or_is_left_to_the_legend() {
        let values = [[9_800_000.0, 11_500_000.0], [6_200_000.0, 3_100_000.0]];
        for target in [0.0, 4_000_000.0, 10_000_000.0, 12_000_000.0] {
            let d = draw_bars(values, target, 640.0, "kr".into(), Lang::En);
            assert_eq!(d.target_label, format!("Target {}", compact_amount(target, Lang::En)));
            if let Some(place) = d.target_label_at {
                let label = anchored_box(place, text_width(&d.target_label, LABEL_FONT));
                for bar in &d.bars {
                    assert!(!label.overlaps(&bar.area) && !label.overlaps(&value_label_box(bar)), "{target}: {label:?} covers {bar:?}");
                }
            }
        }
    }

    #[test]
    fn period_names_wrap_on_a_phone() {
        let d = draw_bars([[1.0, 2.0], [3.0, 4.0]], 2.0, 280.0, "NOK".into(), Lang::En);
        assert_eq!(d.groups.len(), 2);
        assert_eq!(d.groups[0].1, ["This period"]);
        let d = draw_bars([[1.0, 2.0], [3.0, 4.0]], 2.0, 640.0, "kr".into(), Lang::Nb);
        assert_eq!(d.groups[1].1, ["Neste periode"]);
        assert!(d.groups[0].0 < d.groups[1].0);
    }

    #[test]
    fn zero_and_broken_values_give_no_nan() {
        for (values, target) in
            [([[0.0, 0.0], [0.0, 0.0]], 0.0), ([[f64::NAN, f64::INFINITY], [-5.0, 0.0]], f64::NAN), ([[1e15, 0.0], [0.0, 1e-9]], -1.0)]
        {
            for width in [0.0, 280.0, 760.0] {
                let d = draw_bars(values, target, width, "kr".into(), Lang::Nb);
                assert!(numbers(&d).iter().all(|v| v.is_finite()), "{values:?} at {width}: {:?}", numbers(&d));
                assert!(d.bars.iter().all(|b| b.area.height >= 0.0));
            }
        }
    }
}
