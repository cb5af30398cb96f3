//! Layout maths for the charts: scales, nice ticks, SVG path text, label
//! placement, histogram bins and compact amounts for axis labels.
//!
//! Pure functions only (no signals, no browser types), so every number that
//! ends up in an SVG attribute is checked here: nothing returned is NaN or
//! infinite, whatever comes in.

use crate::format;
use crate::i18n::Lang;
use crate::model::plan::CurvePoint;

const NBSP: char = '\u{a0}';

/// Drawing width (viewBox units) before the container has been measured.
pub const DEFAULT_WIDTH: f64 = 640.0;
/// Narrowest drawing: on a phone the SVG scales this down only a little.
pub const MIN_WIDTH: f64 = 280.0;
/// Widest drawing: wider containers scale it up, so type grows on big screens.
pub const MAX_WIDTH: f64 = 760.0;

/// Font size of axis and value labels, in viewBox units.
pub const LABEL_FONT: f64 = 12.0;

/// `value` when it is finite, else `fallback`.
pub fn finite_or(value: f64, fallback: f64) -> f64 {
    if value.is_finite() { value } else { fallback }
}

/// The viewBox width to draw at for a container `measured_px` wide: one
/// viewBox unit is one CSS pixel between [`MIN_WIDTH`] and [`MAX_WIDTH`].
pub fn drawing_width(measured_px: f64) -> f64 {
    if !measured_px.is_finite() || measured_px <= 0.0 {
        return DEFAULT_WIDTH;
    }
    measured_px.clamp(MIN_WIDTH, MAX_WIDTH)
}

/// A number as SVG attribute text: one decimal at most, `0` for NaN/∞.
pub fn svg_number(value: f64) -> String {
    let value = finite_or(value, 0.0);
    let text = format!("{value:.1}");
    let text = text.strip_suffix(".0").unwrap_or(&text);
    if text == "-0" { "0".to_string() } else { text.to_string() }
}

/// A rectangle in viewBox units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn right(&self) -> f64 {
        self.left + self.width
    }

    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }

    /// True when the two rectangles share some area.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.left < other.right() && other.left < self.right() && self.top < other.bottom() && other.top < self.bottom()
    }
}

/// The box a one-line label of `width` takes with its baseline at `baseline`,
/// starting at `left` (font of [`LABEL_FONT`]).
pub fn label_box(left: f64, baseline: f64, width: f64) -> Rect {
    Rect { left, top: baseline - LABEL_FONT, width, height: LABEL_FONT + 3.0 }
}

/// The bounding box of each segment of a polyline through `points`: a cheap,
/// slightly generous stand-in for the line when keeping labels off it.
pub fn segment_boxes(points: &[(f64, f64)]) -> Vec<Rect> {
    points
        .windows(2)
        .map(|pair| {
            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
            Rect {
                left: finite_or(x0.min(x1), 0.0) - 1.0,
                top: finite_or(y0.min(y1), 0.0) - 1.0,
                width: finite_or((x1 - x0).abs(), 0.0) + 2.0,
                height: finite_or((y1 - y0).abs(), 0.0) + 2.0,
            }
        })
        .collect()
}

/// The index of the first of `candidates` that overlaps none of `obstacles`;
/// the first candidate when every one is blocked.
pub fn first_clear(candidates: &[Rect], obstacles: &[Rect]) -> usize {
    candidates.iter().position(|c| !obstacles.iter().any(|o| c.overlaps(o))).unwrap_or(0)
}

/// Space kept free around a plot area for labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Margins {
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub left: f64,
}

/// The plot area inside a `width × height` drawing. Never negative.
pub fn plot_area(width: f64, height: f64, margins: Margins) -> Rect {
    let width = finite_or(width, 0.0).max(0.0);
    let height = finite_or(height, 0.0).max(0.0);
    let left = finite_or(margins.left, 0.0).clamp(0.0, width);
    let top = finite_or(margins.top, 0.0).clamp(0.0, height);
    Rect {
        left,
        top,
        width: (width - left - finite_or(margins.right, 0.0)).max(1.0),
        height: (height - top - finite_or(margins.bottom, 0.0)).max(1.0),
    }
}

/// A linear map from a domain of values to a range of viewBox positions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    domain: (f64, f64),
    range: (f64, f64),
}

impl LinearScale {
    /// A scale from `domain` onto `range`; non-finite ends become 0.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> LinearScale {
        LinearScale {
            domain: (finite_or(domain.0, 0.0), finite_or(domain.1, 0.0)),
            range: (finite_or(range.0, 0.0), finite_or(range.1, 0.0)),
        }
    }

    /// The position of `value`. A zero-width domain maps everything to the
    /// middle of the range; a non-finite value to the range start.
    pub fn map(&self, value: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if !value.is_finite() {
            return r0;
        }
        let span = d1 - d0;
        if span.abs() < f64::EPSILON * d0.abs().max(d1.abs()).max(1.0) {
            return (r0 + r1) / 2.0;
        }
        finite_or(r0 + (value - d0) / span * (r1 - r0), r0)
    }

    /// The value at `position` (the inverse of [`LinearScale::map`]).
    pub fn invert(&self, position: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if !position.is_finite() || (r1 - r0).abs() < f64::EPSILON {
            return d0;
        }
        finite_or(d0 + (position - r0) / (r1 - r0) * (d1 - d0), d0)
    }
}

/// Round tick values on an axis, and the step between them.
#[derive(Clone, Debug, PartialEq)]
pub struct Ticks {
    pub values: Vec<f64>,
    pub step: f64,
}

impl Ticks {
    /// The axis domain the ticks span (first to last tick).
    pub fn domain(&self) -> (f64, f64) {
        let first = self.values.first().copied().unwrap_or(0.0);
        let last = self.values.last().copied().unwrap_or(1.0);
        (first, last)
    }
}

/// About `count` round ticks (steps of 1, 2, 2.5 or 5 × 10ⁿ) covering
/// `low..=high`. An empty or invalid range gives a small range around it.
pub fn nice_ticks(low: f64, high: f64, count: usize) -> Ticks {
    let (mut low, mut high) = (finite_or(low, 0.0), finite_or(high, 0.0));
    if high < low {
        std::mem::swap(&mut low, &mut high);
    }
    if high - low <= f64::EPSILON * high.abs().max(1.0) {
        let pad = if high == 0.0 { 1.0 } else { high.abs() * 0.1 };
        low -= if low == 0.0 { 0.0 } else { pad };
        high += pad;
    }
    let raw_step = (high - low) / count.max(1) as f64;
    let magnitude = 10f64.powf(raw_step.log10().floor());
    let step =
        [1.0, 2.0, 2.5, 5.0, 10.0].iter().map(|m| m * magnitude).find(|&step| step >= raw_step * (1.0 - 1e-9)).unwrap_or(10.0 * magnitude);
    if !step.is_finite() || step <= 0.0 {
        return Ticks { values: vec![0.0, 1.0], step: 1.0 };
    }
    let first = (low / step + 1e-9).floor() as i64;
    let last = (high / step - 1e-9).ceil() as i64;
    let values = (first..=last.max(first + 1))
        .take(100)
        .map(|i| {
            let v = i as f64 * step;
            if v.abs() < step * 1e-9 { 0.0 } else { v }
        })
        .collect();
    Ticks { values, step }
}

/// SVG path text through `points` ("M x y L x y …"). A non-finite point
/// breaks the line rather than reaching the DOM.
pub fn line_path(points: impl IntoIterator<Item = (f64, f64)>) -> String {
    let mut path = String::new();
    let mut pen_down = false;
    for (x, y) in points {
        if !x.is_finite() || !y.is_finite() {
            pen_down = false;
            continue;
        }
        path.push(if pen_down { 'L' } else { 'M' });
        path.push_str(&svg_number(x));
        path.push(' ');
        path.push_str(&svg_number(y));
        pen_down = true;
    }
    path
}

/// How a text label sits against its x position (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Rough width of `text` at `font_size` (system sans-serif, tabular digits):
/// enough to keep labels apart and inside the drawing.
pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().count() as f64 * font_size * 0.58
}

/// `text` broken at spaces into lines no wider than `max_width` at
/// `font_size` (a single word longer than that gets a line of its own).
pub fn wrap_words(text: &str, max_width: f64, font_size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}"), font_size) <= max_width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// A label `width` wide beside a vertical line at `x`: to its right when it
/// fits before `right`, else to its left. Returns the text x and anchor.
pub fn label_beside(x: f64, width: f64, left: f64, right: f64, gap: f64) -> (f64, Anchor) {
    let x = finite_or(x, left);
    if x + gap + width <= right || x - gap - width < left { (x + gap, Anchor::Start) } else { (x - gap, Anchor::End) }
}

/// A label `width` wide centred on `x`, moved just enough to stay within
/// `left..=right`. Returns the centre x (use [`Anchor::Middle`]).
pub fn label_centred(x: f64, width: f64, left: f64, right: f64) -> f64 {
    let x = finite_or(x, left);
    let half = width / 2.0;
    if right - left <= width {
        return (left + right) / 2.0;
    }
    x.clamp(left + half, right - half)
}

/// The left edge of a box `width` wide centred on `x` but kept inside `left..=right`.
pub fn box_left(x: f64, width: f64, left: f64, right: f64) -> f64 {
    label_centred(x, width, left, right) - width / 2.0
}

/// Moves one-dimensional label positions apart so that neighbours are at
/// least `gap` apart, keeping their order and, where there is room, staying
/// within `low..=high`. Returns the positions in the input order.
pub fn spread_labels(positions: &[f64], gap: f64, low: f64, high: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..positions.len()).collect();
    order.sort_by(|&a, &b| finite_or(positions[a], low).total_cmp(&finite_or(positions[b], low)));
    let mut placed: Vec<f64> = order.iter().map(|&i| finite_or(positions[i], low).clamp(low, high.max(low))).collect();
    for i in 1..placed.len() {
        placed[i] = placed[i].max(placed[i - 1] + gap);
    }
    if let Some(last) = placed.last_mut() {
        *last = last.min(high);
    }
    for i in (0..placed.len().saturating_sub(1)).rev() {
        placed[i] = placed[i].min(placed[i + 1] - gap);
    }
    if let Some(first) = placed.first_mut() {
        *first = first.max(low);
    }
    for i in 1..placed.len() {
        placed[i] = placed[i].max(placed[i - 1] + gap);
    }
    let mut result = vec![low; positions.len()];
    for (slot, &i) in order.iter().enumerate() {
        result[i] = placed[slot];
    }
    result
}

/// A split (0..1) as a whole percent, 0 for NaN/∞.
pub fn whole_percent(split: f64) -> u32 {
    (finite_or(split, 0.0).clamp(0.0, 1.0) * 100.0).round() as u32
}

/// The whole percent under a pointer at `client_x`, for a drawing
/// `view_width` units wide shown `shown_width` pixels wide from `shown_left`,
/// whose x scale maps percents (0..100) to viewBox units.
pub fn percent_at_pointer(client_x: f64, shown_left: f64, shown_width: f64, view_width: f64, x_scale: &LinearScale) -> u32 {
    if !shown_width.is_finite() || shown_width <= 0.0 {
        return 0;
    }
    let view_x = (client_x - shown_left) / shown_width * view_width;
    finite_or(x_scale.invert(view_x), 0.0).round().clamp(0.0, 100.0) as u32
}

/// The whole percent a slider key moves `current` to (ARIA slider keys:
/// arrows ±1, Page Up/Down ±10, Home 0, End 100). `None` for other keys.
pub fn percent_after_key(key: &str, current: u32) -> Option<u32> {
    let current = current.min(100);
    let next = match key {
        "ArrowLeft" | "ArrowDown" => current.saturating_sub(1),
        "ArrowRight" | "ArrowUp" => current + 1,
        "PageDown" => current.saturating_sub(10),
        "PageUp" => current + 10,
        "Home" => 0,
        "End" => 100,
        _ => return None,
    };
    Some(next.min(100))
}

/// The curve points at every `step_percent` whole percent from 0 to 100
/// (the curve holds every whole percent exactly), as (percent, point).
pub fn curve_at_steps(points: &[CurvePoint], step_percent: u32) -> Vec<(u32, CurvePoint)> {
    let step = step_percent.max(1);
    (0..=100)
        .step_by(step as usize)
        .filter_map(|percent| {
            let split = f64::from(percent) / 100.0;
            points.iter().find(|p| (p.split - split).abs() < 1e-9).map(|p| (percent, *p))
        })
        .collect()
}

/// The largest finite value of `values`, or `fallback` when there is none.
pub fn max_finite(values: impl IntoIterator<Item = f64>, fallback: f64) -> f64 {
    values.into_iter().filter(|v| v.is_finite()).reduce(f64::max).unwrap_or(fallback)
}

/// One bar of a histogram: the value range it covers and its share of trials.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bin {
    pub from: f64,
    pub to: f64,
    pub share: f64,
}

/// Equal-width bins from `min` to `max` with their share of all trials.
/// When every trial gave the same value (`min == max`) the first bin holds
/// them all and has zero width.
pub fn histogram_bins(min: f64, max: f64, counts: &[u32]) -> Vec<Bin> {
    let (min, max) = (finite_or(min, 0.0), finite_or(max, 0.0));
    let total: f64 = counts.iter().map(|&c| f64::from(c)).sum();
    let width = if counts.is_empty() { 0.0 } else { ((max - min) / counts.len() as f64).max(0.0) };
    counts
        .iter()
        .enumerate()
        .map(|(i, &count)| Bin {
            from: min + i as f64 * width,
            to: min + (i + 1) as f64 * width,
            share: if total > 0.0 { f64::from(count) / total } else { 0.0 },
        })
        .collect()
}

/// Where a reference value (the target) falls against a histogram domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// Within the domain: draw it.
    Inside,
    /// Far below every outcome: point to it at the left edge.
    Below,
    /// Far above every outcome: point to it at the right edge.
    Above,
}

/// The value domain for outcomes from `low` to `high` with a reference value
/// `target`: the outcomes with a little room, widened to include the target
/// unless that would squeeze the outcomes to under a third of the width.
pub fn outcome_domain(low: f64, high: f64, target: f64) -> ((f64, f64), Reach) {
    let (mut low, mut high) = (finite_or(low, 0.0), finite_or(high, 0.0));
    if high < low {
        std::mem::swap(&mut low, &mut high);
    }
    let span = high - low;
    let span = if span > 0.0 { span } else { (high.abs() * 0.1).max(1.0) };
    let (low, high) = if high > low { (low, high) } else { (low - span / 2.0, high + span / 2.0) };
    let pad = span * 0.04;
    let target = finite_or(target, low);
    if target < low - 2.0 * span {
        ((low - pad, high + pad), Reach::Below)
    } else if target > high + 2.0 * span {
        ((low - pad, high + pad), Reach::Above)
    } else {
        ((low.min(target) - pad, high.max(target) + pad), Reach::Inside)
    }
}

/// A bar from value `from` to value `to` on `scale`, at least `min_width`
/// units wide: (left, width).
pub fn bar_span(scale: &LinearScale, from: f64, to: f64, min_width: f64) -> (f64, f64) {
    let (a, b) = (scale.map(from), scale.map(to));
    let (left, right) = (a.min(b), a.max(b));
    let width = right - left;
    if width >= min_width { (left, width) } else { ((left + right) / 2.0 - min_width / 2.0, min_width) }
}

/// How large an amount is, for compact labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Magnitude {
    One,
    Thousand,
    Million,
    Billion,
}

impl Magnitude {
    fn of(abs: f64) -> Magnitude {
        if abs >= 1e9 {
            Magnitude::Billion
        } else if abs >= 1e6 {
            Magnitude::Million
        } else if abs >= 1e3 {
            Magnitude::Thousand
        } else {
            Magnitude::One
        }
    }

    fn unit(self) -> f64 {
        match self {
            Magnitude::One => 1.0,
            Magnitude::Thousand => 1e3,
            Magnitude::Million => 1e6,
            Magnitude::Billion => 1e9,
        }
    }

    fn suffix(self, lang: Lang) -> String {
        let suffix = match (self, lang) {
            (Magnitude::One, _) => return String::new(),
            (Magnitude::Thousand, Lang::Nb) => "k",
            (Magnitude::Million, Lang::Nb) => "mill.",
            (Magnitude::Billion, Lang::Nb) => "mrd.",
            (Magnitude::Thousand, Lang::En) => "k",
            (Magnitude::Million, Lang::En) => "M",
            (Magnitude::Billion, Lang::En) => "B",
        };
        match lang {
            Lang::Nb => format!("{NBSP}{suffix}"),
            Lang::En => suffix.to_string(),
        }
    }
}

fn compact_in(value: f64, magnitude: Magnitude, decimals: usize, lang: Lang) -> String {
    let number = format::decimal(value / magnitude.unit(), decimals, lang);
    let mark = lang.pick(",", ".");
    let number = if number.contains(mark) { number.trim_end_matches('0').trim_end_matches(mark).to_string() } else { number };
    if number == "0" || number == "\u{2212}0" {
        return "0".to_string();
    }
    format!("{number}{}", magnitude.suffix(lang))
}

/// An amount in three significant digits for labels: "12,5 mill." / "12.5M",
/// "800 k" / "800k", "1,2 mrd." / "1.2B". "—" for NaN/∞.
pub fn compact_amount(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let abs = value.abs();
    if abs < 0.5 {
        return "0".to_string();
    }
    // Round to three significant digits first, so 999 999 reads "1M", not "1000k".
    let digits = abs.log10().floor() as i32;
    let factor = 10f64.powi(digits - 2);
    let rounded = (abs / factor).round() * factor;
    let magnitude = Magnitude::of(rounded);
    let scaled = rounded / magnitude.unit();
    let decimals = if scaled >= 100.0 {
        0
    } else if scaled >= 10.0 {
        1
    } else {
        2
    };
    compact_in(value.signum() * rounded, magnitude, decimals, lang)
}

/// Labels for axis ticks: one magnitude for the whole axis and just the
/// decimals the step needs ("0", "2,5 mill.", "5 mill." …).
pub fn compact_tick_labels(ticks: &Ticks, lang: Lang) -> Vec<String> {
    let largest = ticks.values.iter().map(|v| v.abs()).fold(0.0, f64::max);
    let magnitude = Magnitude::of(largest);
    let step = ticks.step / magnitude.unit();
    let decimals = (0..=3usize)
        .find(|&d| {
            let scaled = step * 10f64.powi(d as i32);
            (scaled - scaled.round()).abs() < 1e-6
        })
        .unwrap_or(3);
    ticks.values.iter().map(|&v| compact_in(v, magnitude, decimals, lang)).collect()
}

/// The currency as a short unit for an axis: "kr" for NOK in Norwegian, else the code.
pub fn currency_unit(currency: &str, lang: Lang) -> String {
    match lang {
        Lang::Nb if currency == "NOK" => "kr".to_string(),
        _ => currency.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_finite(values: &[f64]) -> bool {
        values.iter().all(|v| v.is_finite())
    }

    #[test]
    fn scale_maps_and_inverts() {
        let x = LinearScale::new((0.0, 100.0), (40.0, 640.0));
        assert_eq!(x.map(0.0), 40.0);
        assert_eq!(x.map(50.0), 340.0);
        assert_eq!(x.invert(340.0), 50.0);
        let y = LinearScale::new((0.0, 10.0), (200.0, 0.0));
        assert_eq!(y.map(10.0), 0.0);
    }

    #[test]
    fn scale_never_returns_nan() {
        let flat = LinearScale::new((5.0, 5.0), (0.0, 100.0));
        assert_eq!(flat.map(5.0), 50.0);
        assert_eq!(flat.map(f64::NAN), 0.0);
        let broken = LinearScale::new((f64::NAN, f64::INFINITY), (0.0, 100.0));
        assert!(broken.map(3.0).is_finite());
        let no_range = LinearScale::new((0.0, 1.0), (10.0, 10.0));
        assert_eq!(no_range.invert(10.0), 0.0);
    }

    #[test]
    fn nice_ticks_are_round_and_cover_the_range() {
        let t = nice_ticks(0.0, 12_480_000.0, 5);
        assert_eq!(t.step, 2_500_000.0);
        assert_eq!(t.values.first(), Some(&0.0));
        assert_eq!(t.values.last(), Some(&12_500_000.0));
        let t = nice_ticks(0.0, 100.0, 10);
        assert_eq!(t.values.len(), 11);
        assert_eq!(t.step, 10.0);
        let t = nice_ticks(7_412_000.0, 7_448_000.0, 4);
        assert_eq!(t.step, 10_000.0);
        assert!(t.values[0] <= 7_412_000.0 && *t.values.last().unwrap() >= 7_448_000.0);
    }

    #[test]
    fn nice_ticks_survive_empty_and_broken_ranges() {
        for (low, high) in [(0.0, 0.0), (5.0, 5.0), (f64::NAN, 3.0), (f64::NEG_INFINITY, f64::INFINITY), (10.0, -10.0)] {
            let t = nice_ticks(low, high, 5);
            assert!(t.values.len() >= 2, "{low}..{high}");
            assert!(all_finite(&t.values) && t.step.is_finite() && t.step > 0.0, "{low}..{high}");
            let (a, b) = t.domain();
            assert!(b > a);
        }
    }

    #[test]
    fn paths_skip_non_finite_points() {
        assert_eq!(line_path([(0.0, 1.0), (2.26, 3.0)]), "M0 1L2.3 3");
        assert_eq!(line_path([(0.0, 1.0), (f64::NAN, 3.0), (4.0, 5.0)]), "M0 1M4 5");
        assert_eq!(line_path(std::iter::empty()), "");
        assert_eq!(svg_number(f64::INFINITY), "0");
        assert_eq!(svg_number(-0.01), "0");
    }

    #[test]
    fn labels_are_spread_apart_in_order() {
        let spread = spread_labels(&[100.0, 104.0, 50.0], 14.0, 0.0, 200.0);
        assert_eq!(spread[2], 50.0);
        assert!(spread[1] - spread[0] >= 14.0 - 1e-9);
        let squeezed = spread_labels(&[195.0, 198.0], 14.0, 0.0, 200.0);
        assert!(squeezed[1] <= 200.0 && squeezed[1] - squeezed[0] >= 14.0 - 1e-9);
        assert!(all_finite(&spread_labels(&[f64::NAN, 3.0], 10.0, 0.0, 5.0)));
    }

    #[test]
    fn words_wrap_to_width() {
        assert_eq!(wrap_words("Denne perioden", 200.0, 12.0), ["Denne perioden"]);
        assert_eq!(wrap_words("Denne perioden", 60.0, 12.0), ["Denne", "perioden"]);
        assert_eq!(wrap_words("Carried into next period", 100.0, 12.0), ["Carried into", "next period"]);
        assert!(wrap_words("", 50.0, 12.0).is_empty());
    }

    #[test]
    fn labels_stay_inside() {
        assert_eq!(label_beside(100.0, 50.0, 0.0, 400.0, 4.0), (104.0, Anchor::Start));
        assert_eq!(label_beside(380.0, 50.0, 0.0, 400.0, 4.0), (376.0, Anchor::End));
        assert_eq!(label_centred(5.0, 40.0, 0.0, 400.0), 20.0);
        assert_eq!(box_left(398.0, 40.0, 0.0, 400.0), 360.0);
    }

    #[test]
    fn first_clear_avoids_obstacles() {
        let taken = [label_box(0.0, 20.0, 50.0)];
        let candidates = [label_box(10.0, 22.0, 40.0), label_box(100.0, 22.0, 40.0)];
        assert_eq!(first_clear(&candidates, &taken), 1);
        assert_eq!(first_clear(&candidates[..1], &taken), 0);
        assert_eq!(first_clear(&candidates, &[]), 0);
        let line = segment_boxes(&[(0.0, 0.0), (10.0, 20.0), (20.0, 20.0)]);
        assert_eq!(line.len(), 2);
        assert!(line[0].overlaps(&label_box(4.0, 12.0, 2.0)));
        assert!(!line[1].overlaps(&label_box(12.0, 12.0, 5.0)));
    }

    #[test]
    fn pointer_and_keys_give_whole_percents() {
        let x = LinearScale::new((0.0, 100.0), (40.0, 640.0));
        // Drawn 600 units wide, shown 300 px wide from 100 px: x = 250 px is view x 300.
        assert_eq!(percent_at_pointer(250.0, 100.0, 300.0, 600.0, &x), 43);
        assert_eq!(percent_at_pointer(0.0, 100.0, 300.0, 600.0, &x), 0);
        assert_eq!(percent_at_pointer(9_999.0, 100.0, 300.0, 600.0, &x), 100);
        assert_eq!(percent_at_pointer(250.0, 100.0, 0.0, 600.0, &x), 0);
        assert_eq!(percent_after_key("ArrowRight", 8), Some(9));
        assert_eq!(percent_after_key("ArrowDown", 0), Some(0));
        assert_eq!(percent_after_key("PageUp", 95), Some(100));
        assert_eq!(percent_after_key("PageDown", 8), Some(0));
        assert_eq!(percent_after_key("Home", 40), Some(0));
        assert_eq!(percent_after_key("End", 40), Some(100));
        assert_eq!(percent_after_key("Enter", 40), None);
        assert_eq!(whole_percent(0.084), 8);
        assert_eq!(whole_percent(f64::NAN), 0);
    }

    #[test]
    fn curve_steps_pick_exact_points() {
        let points: Vec<CurvePoint> = (0..=100)
            .map(|i| CurvePoint { split: i as f64 / 100.0, this_period: i as f64, next_period: 0.0 })
            .chain([CurvePoint { split: 0.083, this_period: 1.0, next_period: 1.0 }])
            .collect();
        let steps = curve_at_steps(&points, 10);
        assert_eq!(steps.len(), 11);
        assert_eq!(steps[3].0, 30);
        assert_eq!(steps[3].1.this_period, 30.0);
        assert!(curve_at_steps(&[], 10).is_empty());
    }

    #[test]
    fn histogram_bins_share_and_degenerate() {
        let bins = histogram_bins(0.0, 10.0, &[1, 3, 0, 0]);
        assert_eq!(bins.len(), 4);
        assert_eq!(bins[1].from, 2.5);
        assert_eq!(bins[1].share, 0.75);
        let single = histogram_bins(7.0, 7.0, &[5, 0]);
        assert_eq!(single[0].share, 1.0);
        assert_eq!(single[0].from, single[0].to);
        assert_eq!(histogram_bins(0.0, 1.0, &[0, 0])[0].share, 0.0);
        let x = LinearScale::new((0.0, 10.0), (0.0, 100.0));
        assert_eq!(bar_span(&x, 7.0, 7.0, 3.0), (68.5, 3.0));
    }

    #[test]
    fn outcome_domain_includes_a_near_target_only() {
        let (domain, reach) = outcome_domain(8.0, 12.0, 13.0);
        assert_eq!(reach, Reach::Inside);
        assert!(domain.0 < 8.0 && domain.1 > 13.0);
        assert_eq!(outcome_domain(8.0, 12.0, 100.0).1, Reach::Above);
        assert_eq!(outcome_domain(8.0, 12.0, -100.0).1, Reach::Below);
        let (flat, _) = outcome_domain(5.0, 5.0, 5.0);
        assert!(flat.1 > flat.0);
    }

    #[test]
    fn compact_amounts_per_language() {
        assert_eq!(compact_amount(12_500_000.0, Lang::Nb), "12,5\u{a0}mill.");
        assert_eq!(compact_amount(12_500_000.0, Lang::En), "12.5M");
        assert_eq!(compact_amount(800_000.0, Lang::Nb), "800\u{a0}k");
        assert_eq!(compact_amount(800_000.0, Lang::En), "800k");
        assert_eq!(compact_amount(9_843_210.0, Lang::En), "9.84M");
        assert_eq!(compact_amount(999_999.0, Lang::En), "1M");
        assert_eq!(compact_amount(1_234_000_000.0, Lang::Nb), "1,23\u{a0}mrd.");
        assert_eq!(compact_amount(512.0, Lang::En), "512");
        assert_eq!(compact_amount(0.0, Lang::En), "0");
        assert_eq!(compact_amount(-2_500_000.0, Lang::En), "\u{2212}2.5M");
        assert_eq!(compact_amount(f64::NAN, Lang::Nb), "—");
    }

    #[test]
    fn tick_labels_share_one_magnitude() {
        let ticks = nice_ticks(0.0, 12_480_000.0, 5);
        assert_eq!(compact_tick_labels(&ticks, Lang::En), ["0", "2.5M", "5M", "7.5M", "10M", "12.5M"]);
        assert_eq!(compact_tick_labels(&ticks, Lang::Nb)[1], "2,5\u{a0}mill.");
        let fine = nice_ticks(7_412_000.0, 7_448_000.0, 4);
        assert_eq!(compact_tick_labels(&fine, Lang::En)[0], "7.41M");
        assert_eq!(currency_unit("NOK", Lang::Nb), "kr");
        assert_eq!(currency_unit("NOK", Lang::En), "NOK");
    }

    #[test]
    fn drawing_width_is_clamped() {
        assert_eq!(drawing_width(0.0), DEFAULT_WIDTH);
        assert_eq!(drawing_width(f64::NAN), DEFAULT_WIDTH);
        assert_eq!(drawing_width(100.0), MIN_WIDTH);
        assert_eq!(drawing_width(500.0), 500.0);
        assert_eq!(drawing_width(3000.0), MAX_WIDTH);
        let plot = plot_area(320.0, 200.0, Margins { top: 10.0, right: 400.0, bottom: 10.0, left: 50.0 });
        assert!(plot.width >= 1.0 && plot.height > 0.0);
    }
}
