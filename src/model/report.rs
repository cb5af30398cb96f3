//! The evaluator's report: every output of docs/model.md for one scenario as one
//! JSON object in raw (unrounded) numbers. Used by `examples/evaluate.rs`,
//! the fixture tests and the end-to-end checks.

use serde_json::{Value, json};

use super::date::Date;
use super::evaluation::{Evaluation, evaluate};
use super::montecarlo::{self, Uncertainty};
use super::plan::Plan;
use super::scenario::Scenario;
use super::stress::stress_test;

/// The full report for `scenario`, evaluated on `local_today` when the
/// scenario does not freeze its own date.
pub fn report(scenario: &Scenario, local_today: Date, trials: usize) -> Value {
    let evaluation = evaluate(scenario, local_today);
    let recommended_mc = montecarlo::simulate(scenario, &evaluation, &evaluation.recommended, trials);
    let trap_mc = montecarlo::simulate(scenario, &evaluation, &evaluation.trap, trials);
    let stress = stress_test(scenario, local_today, &evaluation, trials);
    let d = &evaluation.derived;

    json!({
        "verdict": evaluation.verdict.map(|v| v.as_str()),
        "remaining": {
            "calendar_days": d.calendar_days,
            "working_days": d.working_days,
            "hours": d.hours,
        },
        "recommended": plan_json(&evaluation.recommended, recommended_mc.as_ref()),
        "trap": plan_json(&evaluation.trap, trap_mc.as_ref()),
        "meetings_needed_per_seller_week": evaluation.meetings_needed_per_seller_week,
        "deals": scenario.deals.iter().zip(&evaluation.deals).map(|(deal, outcome)| json!({
            "name": deal.name,
            "mature": outcome.mature,
            "probability": outcome.probability,
            "advice": outcome.advice.as_str(),
        })).collect::<Vec<_>>(),
        "extras": extras_json(scenario, &evaluation, stress.as_ref().map(|(outcome, mc)| (&outcome.evaluation, mc.as_ref()))),
    })
}

fn plan_json(plan: &Plan, mc: Option<&Uncertainty>) -> Value {
    json!({
        "split": plan.split,
        "e1": plan.this_period,
        "e2": plan.next_period,
        "p_hit": mc.map(|m| m.p_hit),
        "p10": mc.map(|m| m.p10),
        "p50": mc.map(|m| m.p50),
        "p90": mc.map(|m| m.p90),
        "discount": plan.discount,
        "value_lost": plan.value_lost,
        "strained": plan.strained,
        "meetings_per_seller_week": plan.meetings_per_seller_week,
        "coverage_next": plan.coverage_next,
    })
}

fn extras_json(scenario: &Scenario, evaluation: &Evaluation, stress: Option<(&Evaluation, Option<&Uncertainty>)>) -> Value {
    let d = &evaluation.derived;
    json!({
        "gap": evaluation.gap,
        "needed_per_working_day": evaluation.needed_per_working_day,
        "weighted_pipeline": evaluation.weighted_pipeline,
        "raw_coverage": evaluation.raw_coverage,
        "weighted_coverage": evaluation.weighted_coverage,
        "concentration": evaluation.concentration,
        "f1": d.f1,
        "avg_deal_size": d.avg_deal_size,
        "stress_test": stress.map(|(e, mc)| json!({
            "verdict": e.verdict.map(|v| v.as_str()),
            "split": e.recommended.split,
            "p_hit": mc.map(|m| m.p_hit),
        })),
        "slipped": scenario.deals.iter().zip(&evaluation.deals)
            .filter(|(_, o)| o.slipped)
            .map(|(deal, _)| deal.name.clone())
            .collect::<Vec<_>>(),
    })
}
