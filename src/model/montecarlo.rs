//! Uncertainty of this period's sales (docs/model.md §6): a seeded Monte Carlo,
//! so the same input always gives the same answer.

use super::evaluation::Evaluation;
use super::plan::Plan;
use super::scenario::Scenario;

/// Trials per simulation (docs/model.md asks for at least 20,000).
pub const TRIALS: usize = 20_000;
/// Fixed seed: same input, same answer.
pub const SEED: u64 = 0x5EED_5A1E_5F0C_2026;
/// Bars in the outcome histogram.
pub const HISTOGRAM_BINS: usize = 24;
/// Largest mean of new wins drawn exactly (see `Rng::poisson`).
const EXACT_POISSON_MEAN: f64 = 1_000.0;

/// Distribution of this period's total sales (`closed` included) under one plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Uncertainty {
    /// Number of simulated periods.
    pub trials: usize,
    /// Share of trials that reach the target.
    pub p_hit: f64,
    /// 10th percentile of the total: nine in ten trials do better.
    pub p10: f64,
    /// The 50th percentile of this period's simulated sales.
    pub p50: f64,
    /// 90th percentile of the total: one in ten trials does better.
    pub p90: f64,
    /// Average total over the trials.
    pub mean: f64,
    /// Equal-width bins from the smallest to the largest outcome.
    pub histogram: Histogram,
}

/// Counts of trial totals in equal-width bins.
#[derive(Clone, Debug, PartialEq)]
pub struct Histogram {
    /// Lower edge of the first bin: the smallest total.
    pub min: f64,
    /// Upper edge of the last bin: the largest total.
    pub max: f64,
    /// Number of trials per bin, lowest bin first.
    pub counts: Vec<u32>,
}

/// SplitMix64: tiny, fast and statistically sound for this use.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A standard normal draw (Marsaglia's polar method: no sine or cosine,
    /// whose code would add to the page's first download).
    fn normal(&mut self) -> f64 {
        loop {
            let x = 2.0 * self.uniform() - 1.0;
            let y = 2.0 * self.uniform() - 1.0;
            let s = x * x + y * y;
            // Inside the unit circle and not at its centre, so ln(s) is finite and negative.
            if s > 0.0 && s < 1.0 {
                return x * (-2.0 * s.ln() / s).sqrt();
            }
        }
    }

    /// Poisson by inversion, in chunks of mean ≤ 30 so `e^-mean` never
    /// underflows. Above [`EXACT_POISSON_MEAN`] the count is drawn from the
    /// normal distribution with the same mean and variance instead: inversion
    /// costs time in proportion to the mean (a large team over a long period
    /// can expect millions of wins), and there the two agree to well within
    /// the ±0.02 that docs/model.md §6 allows.
    fn poisson(&mut self, mean: f64) -> u64 {
        if mean > EXACT_POISSON_MEAN {
            return (mean + mean.sqrt() * self.normal()).round().max(0.0) as u64;
        }
        let mut left = mean;
        let mut count = 0;
        while left > 0.0 {
            let chunk = left.min(30.0);
            left -= chunk;
            let u = self.uniform();
            let mut k = 0u64;
            let mut term = (-chunk).exp();
            let mut cumulative = term;
            // The k bound only guards against float stagnation far in the tail.
            while u > cumulative && k < 1_000 {
                k += 1;
                term *= chunk / k as f64;
                cumulative += term;
            }
            count += k;
        }
        count
    }
}

/// Simulates this period's sales under `plan`. `None` when `A` is not available.
pub fn simulate(scenario: &Scenario, evaluation: &Evaluation, plan: &Plan, trials: usize) -> Option<Uncertainty> {
    let mut run = Simulation::new(scenario, evaluation, plan, trials)?;
    run.advance(usize::MAX);
    run.finish()
}

/// The `q` quantile of sorted samples (nearest rank).
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    let n = sorted.len();
    if n == 0 {
        return 0.0;
    }
    sorted[((q * n as f64).ceil() as usize).clamp(1, n) - 1]
}

/// This period's total in each trial, sorted ascending (at least one trial).
pub fn sample_totals(scenario: &Scenario, evaluation: &Evaluation, plan: &Plan, trials: usize) -> Option<Vec<f64>> {
    let mut run = Simulation::new(scenario, evaluation, plan, trials)?;
    run.advance(usize::MAX);
    Some(run.into_sorted_totals())
}

/// A Monte Carlo run that can be advanced in slices, so a browser can keep
/// responding to typing between slices. Any slicing gives the same samples.
pub struct Simulation {
    target: f64,
    certain: f64,
    /// Per deal that may close: `chance × 2^64` as an integer threshold
    /// (comparing raw draws skips a float conversion per deal and trial), and its value.
    thresholds: Vec<(u64, f64)>,
    wins_mean: f64,
    avg_deal_size: f64,
    trials: usize,
    rng: Rng,
    totals: Vec<f64>,
}

impl Simulation {
    /// Prepares a run under `plan`. `None` when `A` is not available.
    pub fn new(scenario: &Scenario, evaluation: &Evaluation, plan: &Plan, trials: usize) -> Option<Simulation> {
        let derived = &evaluation.derived;
        let avg_deal_size = derived.avg_deal_size?;
        let closing = &scenario.closing;
        let prospecting = &scenario.prospecting;

        // Deals that can close this period: (chance, value). Others add nothing.
        let mut certain = scenario.closed;
        let mut chances: Vec<(f64, f64)> = Vec::new();
        for (deal, &effort) in derived.deals.iter().zip(&plan.effort) {
            let (chance, value) = if deal.mature {
                (effort * deal.probability, deal.value)
            } else {
                (effort * deal.probability * (1.0 - closing.push_win_penalty), (1.0 - closing.push_discount) * deal.value)
            };
            if chance >= 1.0 {
                certain += value;
            } else if chance > 0.0 {
                chances.push((chance, value));
            }
        }
        let wins_mean = derived.f1
            * (plan.prospecting_hours / prospecting.hours_per_meeting)
            * prospecting.meeting_to_opportunity
            * prospecting.win_rate;
        let trials = trials.max(1);
        // u64::MAX as f64 rounds up to 2^64; `as u64` saturates, so chance < 1 stays below it.
        let thresholds = chances.iter().map(|&(chance, value)| ((chance * 18_446_744_073_709_551_616.0) as u64, value)).collect();
        Some(Simulation {
            target: scenario.target,
            certain,
            thresholds,
            wins_mean,
            avg_deal_size,
            trials,
            rng: Rng(SEED),
            totals: Vec::with_capacity(trials),
        })
    }

    /// Work per trial, roughly: lets a caller size its slices.
    pub fn cost_per_trial(&self) -> usize {
        let wins = if self.wins_mean > EXACT_POISSON_MEAN { 2.0 } else { self.wins_mean.ceil() };
        self.thresholds.len() + 1 + wins as usize
    }

    /// Runs up to `max_trials` more trials; `true` when the run is complete.
    pub fn advance(&mut self, max_trials: usize) -> bool {
        let end = self.trials.min(self.totals.len().saturating_add(max_trials));
        while self.totals.len() < end {
            let mut total = self.certain;
            for &(threshold, value) in &self.thresholds {
                if self.rng.next_u64() < threshold {
                    total += value;
                }
            }
            if self.wins_mean > 0.0 {
                total += self.rng.poisson(self.wins_mean) as f64 * self.avg_deal_size;
            }
            self.totals.push(total);
        }
        self.is_done()
    }

    /// Whether all requested trials have run.
    pub fn is_done(&self) -> bool {
        self.totals.len() >= self.trials
    }

    fn into_sorted_totals(mut self) -> Vec<f64> {
        self.totals.sort_by(f64::total_cmp);
        self.totals
    }

    /// The summary of a complete run (`None` while trials remain).
    pub fn finish(self) -> Option<Uncertainty> {
        if !self.is_done() {
            return None;
        }
        let target = self.target;
        let totals = self.into_sorted_totals();
        let trials = totals.len();
        let hits = totals.iter().filter(|&&total| total >= target).count();
        Some(Uncertainty {
            trials,
            p_hit: hits as f64 / trials as f64,
            p10: quantile(&totals, 0.10),
            p50: quantile(&totals, 0.50),
            p90: quantile(&totals, 0.90),
            mean: totals.iter().sum::<f64>() / trials as f64,
            histogram: histogram(&totals),
        })
    }
}

fn histogram(sorted: &[f64]) -> Histogram {
    let min = sorted.first().copied().unwrap_or(0.0);
    let max = sorted.last().copied().unwrap_or(0.0);
    let mut counts = vec![0u32; HISTOGRAM_BINS];
    let width = (max - min) / HISTOGRAM_BINS as f64;
    for &x in sorted {
        let bin = if width > 0.0 { ((x - min) / width) as usize } else { 0 };
        counts[bin.min(HISTOGRAM_BINS - 1)] += 1;
    }
    Histogram { min, max, counts }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_means_are_drawn_in_bounded_time_with_the_right_mean_and_spread() {
        let mut rng = Rng(SEED);
        let mean = 1e9;
        let draws: Vec<f64> = (0..20_000).map(|_| rng.poisson(mean) as f64).collect();
        let average = draws.iter().sum::<f64>() / draws.len() as f64;
        let spread = (draws.iter().map(|x| (x - average).powi(2)).sum::<f64>() / draws.len() as f64).sqrt();
        assert!((average - mean).abs() < 5.0 * mean.sqrt() / (draws.len() as f64).sqrt(), "{average}");
        assert!((spread / mean.sqrt() - 1.0).abs() < 0.05, "{spread}");
    }

    #[test]
    fn the_exact_and_the_normal_draw_agree_where_they_meet() {
        // P(count >= mean), the kind of share P(hit) is, on either side of the switch.
        let share_at_least = |mean: f64| {
            let mut rng = Rng(SEED);
            (0..40_000).filter(|_| rng.poisson(mean) as f64 >= mean).count() as f64 / 40_000.0
        };
        let (exact, normal) = (share_at_least(EXACT_POISSON_MEAN), share_at_least(EXACT_POISSON_MEAN + 1e-9));
        assert!((exact - normal).abs() < 0.02, "{exact} vs {normal}");
    }
}
