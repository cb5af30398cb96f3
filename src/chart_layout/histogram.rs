//! Histogram maths for the simulation's outcomes: bins and their shares, the
//! value domain with the target, and bars at least a few units wide.

use super::scale::{LinearScale, finite_or};

/// One bar of a histogram: the value range it covers and its share of trials.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bin {
    /// Lower bound of the bin's value range.
    pub from: f64,
    /// Upper bound of the bin's value range.
    pub to: f64,
    /// Fraction of trials that fall in the bin (0 to 1).
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn bins_cover_the_range_and_their_shares_add_up() {
        let bins = histogram_bins(100.0, 340.0, &[2, 0, 5, 1, 0, 2]);
        assert_eq!(bins.first().map(|b| b.from), Some(100.0));
        assert!((bins.last().map_or(0.0, |b| b.to) - 340.0).abs() < 1e-9);
        assert!(bins.windows(2).all(|w| (w[0].to - w[1].from).abs() < 1e-9), "no gaps");
        assert!((bins.iter().map(|b| b.share).sum::<f64>() - 1.0).abs() < 1e-12);
        assert!(histogram_bins(0.0, 1.0, &[]).is_empty());
        let broken = histogram_bins(f64::NAN, f64::INFINITY, &[1, 1]);
        assert!(broken.iter().all(|b| b.from.is_finite() && b.to.is_finite() && b.share == 0.5));
    }

    #[test]
    fn broken_domains_stay_finite_and_wide() {
        for (low, high, target) in [(f64::NAN, f64::NAN, f64::NAN), (0.0, 0.0, 0.0), (10.0, -10.0, f64::INFINITY), (3e9, 3e9, 0.0)] {
            let ((a, b), _) = outcome_domain(low, high, target);
            assert!(a.is_finite() && b.is_finite() && b > a, "{low}..{high} with {target}: {a}..{b}");
        }
    }
}
