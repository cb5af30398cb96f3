//! Derived quantities (docs/model.md §3): remaining time, hours, each deal's
//! probability and maturity, priority order, f1 and N(h).

use super::date::Date;
use super::scenario::Scenario;

/// One open deal as the model sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct DealFacts {
    /// `V_j`.
    pub value: f64,
    /// `p_j`: the override or the stage's probability.
    pub probability: f64,
    /// Whether the deal counts as mature: its override, else a stage at or after `maturity_stage` and no close date after the period.
    pub mature: bool,
    /// Close date on or before the period end (used by the advice).
    pub closes_in_period: bool,
    /// Close date before `today`.
    pub slipped: bool,
}

impl DealFacts {
    /// `p_j * V_j`, the priority key and the deal's weighted value.
    pub fn weighted(&self) -> f64 {
        self.probability * self.value
    }
}

/// Everything §3 derives from a scenario and the date it is evaluated on.
#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    /// The date the scenario is evaluated as of.
    pub today: Date,
    /// `D`: remaining calendar days.
    pub calendar_days: i64,
    /// `Wd`: remaining working days.
    pub working_days: i64,
    /// `H`: remaining selling hours of the whole team.
    pub hours: f64,
    /// `f1`: share of new wins that land this period.
    pub f1: f64,
    /// `A`: average size of a new deal; `None` without deals and without
    /// `avg_deal_size`.
    pub avg_deal_size: Option<f64>,
    /// Next period's target (`next_target`, else `target`).
    pub next_target: f64,
    /// Facts per open deal, in the scenario's order.
    pub deals: Vec<DealFacts>,
    /// Indices of mature deals in priority order.
    pub mature: Vec<usize>,
    /// Indices of immature deals in priority order.
    pub immature: Vec<usize>,
    /// `Cmax`: closing hours the deals can absorb.
    pub closing_capacity: f64,
}

impl Derived {
    /// Derives §3 from `scenario`; `local_today` stands in when the scenario
    /// does not freeze its own date.
    pub fn new(scenario: &Scenario, local_today: Date) -> Derived {
        Derived::new_after(scenario, local_today, None)
    }

    /// The same as [`Derived::new`], but when every deal's facts equal those
    /// of `previous`, its priority order is taken rather than sorted again:
    /// an edit outside the deals leaves them unchanged, and sorting is the
    /// costly part with many deals.
    pub fn new_after(scenario: &Scenario, local_today: Date, previous: Option<&Derived>) -> Derived {
        let period = &scenario.period;
        let today = period.today.unwrap_or(local_today);
        let from = today.max(period.start);
        let calendar_days = (from.days_until(period.end) + 1).max(0);
        let working_days = from.working_days_through(period.end);
        let hours = scenario.team.sellers * scenario.team.hours_per_week * working_days as f64 / 5.0;

        let p = &scenario.prospecting;
        let f1 = if calendar_days > 0 {
            p.ready_now_share + (1.0 - p.ready_now_share) * (1.0 - p.cycle_days / calendar_days as f64).max(0.0)
        } else {
            0.0
        };

        let maturity_index = scenario.stage_index(&scenario.maturity_stage);
        let deals: Vec<DealFacts> = scenario
            .deals
            .iter()
            .map(|deal| {
                let stage_index = scenario.stage_index(&deal.stage);
                let stage_probability = stage_index.map_or(0.0, |i| scenario.stages[i].probability);
                let closes_in_period = deal.close_date.is_some_and(|d| d <= period.end);
                let late_stage = matches!((stage_index, maturity_index), (Some(s), Some(m)) if s >= m);
                let derived_mature = late_stage && (deal.close_date.is_none() || closes_in_period);
                DealFacts {
                    value: deal.value,
                    probability: deal.probability.unwrap_or(stage_probability),
                    mature: deal.mature.unwrap_or(derived_mature),
                    closes_in_period,
                    slipped: deal.close_date.is_some_and(|d| d < today),
                }
            })
            .collect();

        let by_priority = |want_mature: bool| {
            let mut order: Vec<usize> = (0..deals.len()).filter(|&j| deals[j].mature == want_mature).collect();
            // Stable sort: equal p*V keep their list order.
            order.sort_by(|&a, &b| deals[b].weighted().total_cmp(&deals[a].weighted()));
            order
        };
        let (mature, immature) = match previous {
            Some(previous) if previous.deals == deals => (previous.mature.clone(), previous.immature.clone()),
            _ => (by_priority(true), by_priority(false)),
        };
        let closing = &scenario.closing;
        let closing_capacity = mature.len() as f64 * closing.hours_per_deal + immature.len() as f64 * closing.push_hours_per_deal;

        let avg_deal_size =
            p.avg_deal_size.or_else(|| (!deals.is_empty()).then(|| deals.iter().map(|d| d.value).sum::<f64>() / deals.len() as f64));

        Derived {
            today,
            calendar_days,
            working_days,
            hours,
            f1,
            avg_deal_size,
            next_target: scenario.next_target.unwrap_or(scenario.target),
            deals,
            mature,
            immature,
            closing_capacity,
        }
    }

    /// Remaining weeks, `Wd / 5`, when any working day remains.
    pub fn remaining_weeks(&self) -> Option<f64> {
        (self.working_days > 0).then(|| self.working_days as f64 / 5.0)
    }
}
