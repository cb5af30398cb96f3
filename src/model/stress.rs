//! The stress test (docs/model.md §5b): the scenario without its biggest
//! deal, evaluated again, with the odds of its recommended plan. Kept apart
//! from the evaluation, which the simulation reads, so neither depends on
//! the other.

use super::date::Date;
use super::evaluation::{Evaluation, evaluate};
use super::montecarlo::{self, Uncertainty};
use super::scenario::Scenario;

/// The scenario without its biggest deal, evaluated again (§5b).
#[derive(Clone, Debug, PartialEq)]
pub struct StressOutcome {
    /// Index (in the original list) of the deal taken out.
    pub removed: usize,
    /// The reduced scenario.
    pub scenario: Scenario,
    /// The model's answer for the reduced scenario.
    pub evaluation: Evaluation,
}

/// Removes the deal with the largest `p_j V_j` (first on ties) and evaluates
/// the rest again, including a derived `A`. `None` without deals.
pub fn stress_outcome(scenario: &Scenario, local_today: Date, base: &Evaluation) -> Option<StressOutcome> {
    let removed = base.biggest_deal?;
    let mut reduced = scenario.clone();
    reduced.deals.remove(removed);
    let evaluation = evaluate(&reduced, local_today);
    Some(StressOutcome { removed, scenario: reduced, evaluation })
}

/// The stress test with the Monte Carlo of its recommended plan.
pub fn stress_test(
    scenario: &Scenario,
    local_today: Date,
    base: &Evaluation,
    trials: usize,
) -> Option<(StressOutcome, Option<Uncertainty>)> {
    let outcome = stress_outcome(scenario, local_today, base)?;
    let uncertainty = montecarlo::simulate(&outcome.scenario, &outcome.evaluation, &outcome.evaluation.recommended, trials);
    Some((outcome, uncertainty))
}
