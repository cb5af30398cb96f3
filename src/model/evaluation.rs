//! The recommendation (docs/model.md §5) and further outputs (§5b): verdict,
//! meetings needed, per-deal advice, gap, coverage, concentration, slipped
//! deals.

use super::date::Date;
use super::derived::Derived;
use super::plan::{Plan, plan_for_closing_hours};
use super::scenario::Scenario;

/// The headline answer for the period, checked in the order listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Already won at least the target.
    Ahead,
    /// No working day remains; the target was missed and next period is what counts.
    PeriodOver,
    /// The recommended plan `s*` is expected to reach the target.
    OnTrack,
    /// Only forcing every deal would reach the target on paper; `s*` is still recommended.
    PushTrap,
    /// Not even forcing every deal reaches the target: accept the shortfall and invest in next period.
    TakeTheLoss,
}

impl Verdict {
    /// Stable snake_case id of the verdict.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Ahead => "ahead",
            Verdict::PeriodOver => "period_over",
            Verdict::OnTrack => "on_track",
            Verdict::PushTrap => "push_trap",
            Verdict::TakeTheLoss => "take_the_loss",
        }
    }
}

/// What to do with one open deal this period.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Advice {
    /// Mature and fully worked: land now on normal terms.
    Land,
    /// Mature, partly worked: land now, but the hours left don't cover it.
    LandShort,
    /// Mature, no hours left for it this period.
    NoTime,
    /// Immature, expected to decide within the period: don't push it.
    DontPush,
    /// Other immature deals: keep developing them.
    Nurture,
}

impl Advice {
    /// Stable snake_case id of the advice.
    pub fn as_str(self) -> &'static str {
        match self {
            Advice::Land => "land",
            Advice::LandShort => "land_short",
            Advice::NoTime => "no_time",
            Advice::DontPush => "dont_push",
            Advice::Nurture => "nurture",
        }
    }
}

/// What the model says about one deal, in input order.
#[derive(Clone, Debug, PartialEq)]
pub struct DealOutcome {
    /// Whether the deal counts as mature.
    pub mature: bool,
    /// The deal's win probability (0..1) used by the model.
    pub probability: f64,
    /// What to do with the deal.
    pub advice: Advice,
    /// Whether its close date is before the evaluation date.
    pub slipped: bool,
    /// Share of the deal's closing work covered under `s*` (`worked_j`).
    pub worked: f64,
}

/// The deterministic answer for one scenario on one date.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// The inputs the model derived from the scenario and date.
    pub derived: Derived,
    /// `None` only when the answer needs `A` and `A` is not available.
    pub verdict: Option<Verdict>,
    /// The plan under `s*`.
    pub recommended: Plan,
    /// The plan under `s_trap`.
    pub trap: Plan,
    /// `P2x`: pipeline left from existing deals after `s*`.
    pub pipeline_left: f64,
    /// New pipeline needed to reach the coverage goal next period.
    pub new_pipeline_needed: f64,
    /// Meetings needed for that pipeline (`None` when `q × A` is 0 or unknown,
    /// or so close to 0 that the number would overflow).
    pub meetings_needed: Option<f64>,
    /// The same per seller per remaining week (`None` also when `Wd = 0`).
    pub meetings_needed_per_seller_week: Option<f64>,
    /// One outcome per deal, in input order.
    pub deals: Vec<DealOutcome>,
    /// `G`.
    pub gap: f64,
    /// `G / Wd`.
    pub needed_per_working_day: Option<f64>,
    /// `Σ p_j V_j` over all open deals.
    pub weighted_pipeline: f64,
    /// `Σ V_j` over all open deals.
    pub raw_pipeline: f64,
    /// `Σ V_j / G`.
    pub raw_coverage: Option<f64>,
    /// `Σ p_j V_j / G`.
    pub weighted_coverage: Option<f64>,
    /// Share of the weighted pipeline in the three largest deals.
    pub concentration: Option<f64>,
    /// Index of the deal with the largest `p_j V_j` (first on ties).
    pub biggest_deal: Option<usize>,
}

/// Evaluates everything deterministic in docs/model.md §3–§5b.
pub fn evaluate(scenario: &Scenario, local_today: Date) -> Evaluation {
    evaluate_after(scenario, local_today, None)
}

/// The same as [`evaluate`], reusing what `previous` (an evaluation of an
/// earlier version of the scenario) worked out that is still valid; see
/// [`Derived::new_after`]. The result equals `evaluate(scenario, local_today)`.
pub fn evaluate_after(scenario: &Scenario, local_today: Date, previous: Option<&Evaluation>) -> Evaluation {
    let derived = Derived::new_after(scenario, local_today, previous.map(|e| &e.derived));
    let closing = &scenario.closing;
    let mature_hours = derived.mature.len() as f64 * closing.hours_per_deal;
    // s* and s_trap (both 0 when H = 0, which the hour cap gives by itself).
    let recommended = plan_for_closing_hours(scenario, &derived, mature_hours);
    let trap = plan_for_closing_hours(scenario, &derived, derived.closing_capacity);

    let verdict = if scenario.closed >= scenario.target {
        Some(Verdict::Ahead)
    } else if derived.hours <= 0.0 {
        Some(Verdict::PeriodOver)
    } else {
        match (recommended.this_period, trap.this_period) {
            (Some(best), _) if best >= scenario.target => Some(Verdict::OnTrack),
            (Some(_), Some(pushed)) if pushed >= scenario.target => Some(Verdict::PushTrap),
            (Some(_), Some(_)) => Some(Verdict::TakeTheLoss),
            _ => None,
        }
    };

    let pipeline_left: f64 = derived.deals.iter().zip(&recommended.effort).map(|(d, e)| (1.0 - e) * d.value).sum();
    let new_pipeline_needed = (scenario.coverage_goal * derived.next_target - pipeline_left).max(0.0);
    let q = scenario.prospecting.meeting_to_opportunity;
    // Ratios that would overflow (only inputs within a hair of 0 make them)
    // are not available, as those dividing by 0 are.
    let meetings_needed = derived
        .avg_deal_size
        .map(|a| q * a)
        .filter(|&per_meeting| per_meeting > 0.0)
        .map(|per_meeting| new_pipeline_needed / per_meeting)
        .filter(|m| m.is_finite());
    let meetings_needed_per_seller_week =
        meetings_needed.zip(derived.remaining_weeks()).map(|(m, weeks)| m / scenario.team.sellers / weeks).filter(|m| m.is_finite());

    let deals = derived
        .deals
        .iter()
        .zip(&recommended.effort)
        .map(|(deal, &worked)| {
            let advice = match (deal.mature, worked) {
                (true, w) if w >= 1.0 => Advice::Land,
                (true, w) if w > 0.0 => Advice::LandShort,
                (true, _) => Advice::NoTime,
                (false, _) if deal.closes_in_period => Advice::DontPush,
                (false, _) => Advice::Nurture,
            };
            DealOutcome { mature: deal.mature, probability: deal.probability, advice, slipped: deal.slipped, worked }
        })
        .collect();

    let gap = (scenario.target - scenario.closed).max(0.0);
    let weighted_pipeline: f64 = derived.deals.iter().map(|d| d.weighted()).sum();
    let raw_pipeline: f64 = derived.deals.iter().map(|d| d.value).sum();
    let per_gap = |x: f64| (gap > 0.0).then(|| x / gap).filter(|r| r.is_finite());
    let biggest_deal =
        (0..derived.deals.len()).reduce(|best, j| if derived.deals[j].weighted() > derived.deals[best].weighted() { j } else { best });

    Evaluation {
        needed_per_working_day: (derived.working_days > 0).then(|| gap / derived.working_days as f64),
        raw_coverage: per_gap(raw_pipeline),
        weighted_coverage: per_gap(weighted_pipeline),
        concentration: concentration(&derived, weighted_pipeline),
        derived,
        verdict,
        recommended,
        trap,
        pipeline_left,
        new_pipeline_needed,
        meetings_needed,
        meetings_needed_per_seller_week,
        deals,
        gap,
        weighted_pipeline,
        raw_pipeline,
        biggest_deal,
    }
}

fn concentration(derived: &Derived, weighted_pipeline: f64) -> Option<f64> {
    if derived.deals.is_empty() || weighted_pipeline <= 0.0 {
        return None;
    }
    if derived.deals.len() <= 3 {
        return Some(1.0);
    }
    // The three largest, kept in order in one pass (no sort of every deal),
    // and summed largest first.
    let mut largest = [f64::NEG_INFINITY; 3];
    for weight in derived.deals.iter().map(|d| d.weighted()) {
        if weight > largest[2] {
            largest[2] = weight;
            if largest[2] > largest[1] {
                largest.swap(1, 2);
                if largest[1] > largest[0] {
                    largest.swap(0, 1);
                }
            }
        }
    }
    Some(largest.iter().sum::<f64>() / weighted_pipeline)
}
