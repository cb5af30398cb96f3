//! One split of the remaining hours (docs/model.md §4): who gets closing time,
//! what each period can expect, what pushing costs, and the activity it gives.

use super::derived::Derived;
use super::scenario::Scenario;

/// The outcome of spending `closing_hours` on closing and the rest prospecting.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    /// `s`: share of the remaining hours spent on closing.
    pub split: f64,
    /// `Hc`.
    pub closing_hours: f64,
    /// `Hp`.
    pub prospecting_hours: f64,
    /// Per deal in input order: `worked_j` for a mature deal, `pushed_j` for
    /// an immature one (0..1).
    pub effort: Vec<f64>,
    /// `E1`: expected sales this period, `closed` included. `None` when `A`
    /// is not available.
    pub this_period: Option<f64>,
    /// `E2`: expected revenue carried into next period.
    pub next_period: Option<f64>,
    /// Discount given on pushed deals.
    pub discount: f64,
    /// Value lost to pressure on pushed deals.
    pub value_lost: f64,
    /// Relationships strained: `Σ pushed_j`, rounded up.
    pub strained: u32,
    /// First customer meetings held with the prospecting hours.
    pub meetings: f64,
    /// New opportunities from those meetings.
    pub new_opportunities: f64,
    /// Meetings per seller per remaining week (`None` when no working days remain).
    pub meetings_per_seller_week: Option<f64>,
    /// New opportunities per seller per remaining week.
    pub opportunities_per_seller_week: Option<f64>,
    /// `P2`: unweighted pipeline for next period.
    pub next_pipeline: Option<f64>,
    /// `P2 / next_target`.
    pub coverage_next: Option<f64>,
}

/// Evaluates the split `s` (clamped to 0..1).
pub fn plan_for_split(scenario: &Scenario, derived: &Derived, split: f64) -> Plan {
    let split = if split.is_finite() { split.clamp(0.0, 1.0) } else { 0.0 };
    plan_for_closing_hours(scenario, derived, split * derived.hours)
}

/// Evaluates the plan that offers `offered` hours to closing; hours the deals
/// cannot absorb go back to prospecting. Working in hours (not shares) keeps
/// `s*` exact: `s* × H` would come back as `|M| × hours_per_deal` only up to
/// rounding, and a stray 1e-16 hours would "push" an immature deal.
pub fn plan_for_closing_hours(scenario: &Scenario, derived: &Derived, offered: f64) -> Plan {
    let closing = &scenario.closing;
    let hours = derived.hours;
    let closing_hours = offered.max(0.0).min(hours).min(derived.closing_capacity);
    let prospecting_hours = (hours - closing_hours).max(0.0);

    // Hours are handed out in deal-sized units along the priority order; the
    // unit counts are snapped to whole numbers so float noise never leaves a
    // deal at 0.9999999 or pushes an immature deal by 1e-14.
    let mut effort = vec![0.0; derived.deals.len()];
    let mature_units = snap_to_whole(closing_hours / closing.hours_per_deal);
    for (rank, &j) in derived.mature.iter().enumerate() {
        effort[j] = (mature_units - rank as f64).clamp(0.0, 1.0);
    }
    let left_over = (closing_hours - derived.mature.len() as f64 * closing.hours_per_deal).max(0.0);
    let push_units = snap_to_whole(left_over / closing.push_hours_per_deal);
    for (rank, &j) in derived.immature.iter().enumerate() {
        effort[j] = (push_units - rank as f64).clamp(0.0, 1.0);
    }

    let (k, d, sigma) = (closing.push_win_penalty, closing.push_discount, closing.slip_decay);
    let mut landed = 0.0;
    let mut carried = 0.0;
    let mut left_in_pipeline = 0.0;
    let mut discount = 0.0;
    let mut value_lost = 0.0;
    let mut pushed_total = 0.0;
    for (deal, &e) in derived.deals.iter().zip(&effort) {
        let pv = deal.weighted();
        left_in_pipeline += (1.0 - e) * deal.value;
        if deal.mature {
            landed += e * pv;
            carried += (1.0 - e) * pv * (1.0 - sigma);
        } else {
            landed += e * pv * (1.0 - k) * (1.0 - d);
            carried += (1.0 - e) * pv;
            discount += e * pv * (1.0 - k) * d;
            value_lost += e * pv * k;
            pushed_total += e;
        }
    }

    let p = &scenario.prospecting;
    let meetings = prospecting_hours / p.hours_per_meeting;
    let new_opportunities = p.meeting_to_opportunity * meetings;
    let new_revenue = derived.avg_deal_size.map(|a| new_opportunities * p.win_rate * a);
    let next_pipeline = derived.avg_deal_size.map(|a| left_in_pipeline + new_opportunities * a);
    // Ratios are not available where they are not numbers: with no time left,
    // or when an input so close to zero (5e-324 sellers) makes one overflow.
    let per_seller_week = |x: f64| derived.remaining_weeks().map(|weeks| x / scenario.team.sellers / weeks).filter(|r| r.is_finite());

    Plan {
        split: if hours > 0.0 { closing_hours / hours } else { 0.0 },
        closing_hours,
        prospecting_hours,
        effort,
        this_period: new_revenue.map(|n| scenario.closed + landed + derived.f1 * n),
        next_period: new_revenue.map(|n| carried + (1.0 - derived.f1) * n),
        discount,
        value_lost,
        // Tolerate float noise in the sum so whole deals stay whole.
        strained: (pushed_total - 1e-9).ceil().max(0.0) as u32,
        meetings,
        new_opportunities,
        meetings_per_seller_week: per_seller_week(meetings),
        opportunities_per_seller_week: per_seller_week(new_opportunities),
        next_pipeline,
        coverage_next: next_pipeline.and_then(|p2| (derived.next_target > 0.0).then(|| p2 / derived.next_target)).filter(|r| r.is_finite()),
    }
}

/// `x` rounded to a whole number when it is one up to float noise.
fn snap_to_whole(x: f64) -> f64 {
    let whole = x.round();
    if (x - whole).abs() <= 1e-9 * x.abs().max(1.0) { whole } else { x }
}

/// The split as two whole percents that add to 100 (closing, prospecting).
pub fn whole_percents(split: f64) -> (u32, u32) {
    let closing = if split.is_finite() { (split.clamp(0.0, 1.0) * 100.0).round() as u32 } else { 0 };
    (closing, 100 - closing)
}

/// One point of the trade-off curve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurvePoint {
    /// `s`: share (0..1) of the remaining hours spent on closing.
    pub split: f64,
    /// `E1` at this split: expected sales this period.
    pub this_period: f64,
    /// `E2` at this split: expected revenue carried into next period.
    pub next_period: f64,
}

/// Most deal boundaries drawn as exact kinks; beyond this the even steps
/// already show the curve's shape and more vertices only cost drawing time.
const MAX_KINKS: usize = 200;

/// `E1(s)` and `E2(s)` at `steps + 1` evenly spaced splits plus each deal's
/// hours boundary (where the lines bend), so the drawn curve is exact.
/// One sweep along the priority order: O(deals + points). Empty when `A`
/// is not available.
pub fn curve(scenario: &Scenario, derived: &Derived, steps: usize) -> Vec<CurvePoint> {
    let Some(avg_deal_size) = derived.avg_deal_size else { return Vec::new() };
    let closing = &scenario.closing;
    let p = &scenario.prospecting;
    let (k, d, sigma) = (closing.push_win_penalty, closing.push_discount, closing.slip_decay);
    // Each deal is a unit of closing hours that moves value from next period
    // (E2, unworked) to this one (E1, worked): (hours, ΔE1, ΔE2) when fully worked.
    let units: Vec<(f64, f64, f64)> = derived
        .mature
        .iter()
        .map(|&j| {
            let pv = derived.deals[j].weighted();
            (closing.hours_per_deal, pv, -pv * (1.0 - sigma))
        })
        .chain(derived.immature.iter().map(|&j| {
            let pv = derived.deals[j].weighted();
            (closing.push_hours_per_deal, pv * (1.0 - k) * (1.0 - d), -pv)
        }))
        .collect();
    let unworked_next: f64 = units.iter().map(|u| -u.2).sum();
    let revenue_per_hour = p.meeting_to_opportunity * p.win_rate * avg_deal_size / p.hours_per_meeting;
    let hours = derived.hours;

    let steps = steps.max(1);
    let mut splits: Vec<f64> = (0..=steps).map(|i| i as f64 / steps as f64).collect();
    if hours > 0.0 {
        if units.len() <= MAX_KINKS {
            let mut at = 0.0;
            for unit in &units {
                at += unit.0;
                if at >= hours {
                    break;
                }
                splits.push(at / hours);
            }
        }
        splits.push(derived.closing_capacity.min(hours) / hours);
    }
    splits.sort_by(f64::total_cmp);
    splits.dedup_by(|a, b| (*a - *b).abs() < 1e-12);

    let (mut next_unit, mut full_hours, mut full_e1, mut full_e2) = (0usize, 0.0, 0.0, 0.0);
    splits
        .into_iter()
        .map(|split| {
            let closing_hours = (split * hours).min(derived.closing_capacity);
            while let Some(unit) = units.get(next_unit).filter(|u| full_hours + u.0 <= closing_hours * (1.0 + 1e-12)) {
                full_hours += unit.0;
                full_e1 += unit.1;
                full_e2 += unit.2;
                next_unit += 1;
            }
            let partial = units.get(next_unit).map_or((0.0, 0.0), |u| {
                let share = ((closing_hours - full_hours) / u.0).clamp(0.0, 1.0);
                (share * u.1, share * u.2)
            });
            let new_revenue = revenue_per_hour * (hours - closing_hours).max(0.0);
            CurvePoint {
                split,
                this_period: scenario.closed + full_e1 + partial.0 + derived.f1 * new_revenue,
                next_period: unworked_next + full_e2 + partial.1 + (1.0 - derived.f1) * new_revenue,
            }
        })
        .collect()
}
