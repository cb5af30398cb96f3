//! Scales, round ticks, rectangles and the plot area: the numbers every
//! chart is laid out with.

/// Drawing width (viewBox units) before the container has been measured.
pub const DEFAULT_WIDTH: f64 = 640.0;
/// Narrowest drawing: on a phone the SVG scales this down only a little.
pub const MIN_WIDTH: f64 = 280.0;
/// Widest drawing: wider containers scale it up, so type grows on big screens.
pub const MAX_WIDTH: f64 = 760.0;

/// `value` when it is finite, else `fallback`.
pub fn finite_or(value: f64, fallback: f64) -> f64 {
    if value.is_finite() { value } else { fallback }
}

/// The largest finite value of `values`, or `fallback` when there is none.
pub fn max_finite(values: impl IntoIterator<Item = f64>, fallback: f64) -> f64 {
    values.into_iter().filter(|v| v.is_finite()).reduce(f64::max).unwrap_or(fallback)
}

/// The viewBox width to draw at for a container `measured_px` wide: one
/// viewBox unit is one CSS pixel between [`MIN_WIDTH`] and [`MAX_WIDTH`].
pub fn drawing_width(measured_px: f64) -> f64 {
    if !measured_px.is_finite() || measured_px <= 0.0 {
        return DEFAULT_WIDTH;
    }
    measured_px.clamp(MIN_WIDTH, MAX_WIDTH)
}

/// A rectangle in viewBox units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// X of the left edge.
    pub left: f64,
    /// Y of the top edge (y grows downwards).
    pub top: f64,
    /// Width in drawing units.
    pub width: f64,
    /// Height in drawing units.
    pub height: f64,
}

impl Rect {
    /// X of the right edge.
    pub fn right(&self) -> f64 {
        self.left + self.width
    }

    /// Y of the bottom edge.
    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }

    /// True when the two rectangles share some area.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.left < other.right() && other.left < self.right() && self.top < other.bottom() && other.top < self.bottom()
    }

    /// True when `other` lies within this rectangle, give or take `slack`.
    pub fn contains(&self, other: &Rect, slack: f64) -> bool {
        other.left >= self.left - slack
            && other.right() <= self.right() + slack
            && other.top >= self.top - slack
            && other.bottom() <= self.bottom() + slack
    }
}

/// Space kept free around a plot area for labels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Margins {
    /// Space above the plot, in viewBox units.
    pub top: f64,
    /// Space right of the plot, in viewBox units.
    pub right: f64,
    /// Space below the plot, in viewBox units.
    pub bottom: f64,
    /// Space left of the plot, in viewBox units.
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
    /// The tick values, ascending.
    pub values: Vec<f64>,
    /// The distance between neighbouring ticks.
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
    fn drawing_width_is_clamped() {
        assert_eq!(drawing_width(0.0), DEFAULT_WIDTH);
        assert_eq!(drawing_width(f64::NAN), DEFAULT_WIDTH);
        assert_eq!(drawing_width(100.0), MIN_WIDTH);
        assert_eq!(drawing_width(500.0), 500.0);
        assert_eq!(drawing_width(3000.0), MAX_WIDTH);
        let plot = plot_area(320.0, 200.0, Margins { top: 10.0, right: 400.0, bottom: 10.0, left: 50.0 });
        assert!(plot.width >= 1.0 && plot.height > 0.0);
    }

    #[test]
    fn max_finite_skips_nan_and_infinity() {
        assert_eq!(max_finite([1.0, f64::NAN, 3.0, f64::INFINITY], 0.0), 3.0);
        assert_eq!(max_finite([f64::NAN], 7.0), 7.0);
        assert_eq!(max_finite(std::iter::empty(), -1.0), -1.0);
    }

    proptest! {
        /// Ticks step by 1, 2, 2.5 or 5 × 10ⁿ, every tick is a whole number of
        /// steps, and the first and last tick enclose the range.
        #[test]
        fn ticks_are_round_steps_that_cover_the_range(
            low in -1e9f64..1e9,
            span in 0.0f64..1e9,
            count in 1usize..12,
        ) {
            let high = low + span;
            let t = nice_ticks(low, high, count);
            let magnitude = 10f64.powf(t.step.log10().floor());
            let mantissa = t.step / magnitude;
            prop_assert!([1.0, 2.0, 2.5, 5.0, 10.0].iter().any(|m| (mantissa - m).abs() < 1e-9), "step {}", t.step);
            for v in &t.values {
                let steps = v / t.step;
                prop_assert!((steps - steps.round()).abs() < 1e-6, "{v} is not a whole number of {} steps", t.step);
            }
            let (first, last) = t.domain();
            let slack = t.step * 1e-6;
            prop_assert!(first <= low + slack && last >= high - slack, "{first}..{last} misses {low}..{high}");
            prop_assert!(t.values.len() >= 2 && t.values.len() <= 100);
            prop_assert!(t.values.windows(2).all(|w| w[1] > w[0]));
        }

        /// A position maps back to the value it came from.
        #[test]
        fn invert_undoes_map(value in -1e6f64..1e6, d0 in -1e6f64..0.0, d1 in 1.0f64..1e6) {
            let scale = LinearScale::new((d0, d1), (30.0, 700.0));
            let back = scale.invert(scale.map(value));
            prop_assert!((back - value).abs() <= 1e-6 * value.abs().max(1.0));
        }
    }
}
