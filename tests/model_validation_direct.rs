//! `Scenario::validate` reads the scenario's fields directly; it must report
//! exactly what reading the same scenario as a JSON document reports.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;

mod common;
use common::scenario;
use skippertak::model::Date;
use skippertak::model::scenario::Scenario;
use skippertak::model::validate::scenario_from_value;

/// Values that break (or sit on the edge of) the rules.
fn odd_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        Just(-1.0),
        Just(1.0),
        Just(1.5),
        Just(80.0),
        Just(81.0),
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(-0.0),
        -10.0..10.0_f64,
    ]
}

fn odd_name() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), Just("  ".to_string()), Just("x".repeat(121)), Just("ø".repeat(120)), Just("A".to_string())]
}

/// Odd values for up to six fields: (which field, a number, a name, a date).
type Changes = Vec<(usize, f64, String, i64)>;

fn changes() -> impl Strategy<Value = Changes> {
    proptest::collection::vec((0..24usize, odd_number(), odd_name(), -800_000i64..3_000_000), 0..6)
}

/// `s` with `changes` made to it; deals are written through the shared
/// list, so a copy keeps sharing it until a deal changes.
fn damage(mut s: Scenario, changes: Changes) -> Scenario {
    for (what, number, name, days) in changes {
        let deal = if s.deals.is_empty() { None } else { Some(what % s.deals.len()) };
        match what {
            0 => s.target = number,
            1 => s.closed = number,
            2 => s.next_target = Some(number),
            3 => s.team.sellers = number,
            4 => s.team.hours_per_week = number,
            5 => s.closing.push_discount = number,
            6 => s.closing.hours_per_deal = number,
            7 => s.prospecting.avg_deal_size = Some(number),
            8 => s.prospecting.win_rate = number,
            9 => s.prospecting.cycle_days = number,
            10 => s.coverage_goal = number,
            11 => s.name = name,
            12 => s.currency = if number > 0.0 { "nok".into() } else { "EURO".into() },
            13 => s.period.end = Date::from_days_since_epoch(days),
            14 => s.period.today = Some(Date::from_days_since_epoch(days)),
            15 if s.stages.len() > 2 => s.stages[2].probability = number,
            16 if s.stages.len() > 2 => s.stages[0].id = if number > 0.0 { String::new() } else { s.stages[1].id.clone() },
            17 if s.stages.len() > 2 => s.stages[2].label = Some(name),
            18 => s.maturity_stage = "unknown".into(),
            19 => s.stages.clear(),
            15..=17 => {}
            _ => {
                if let Some(i) = deal {
                    let d = &mut s.deals[i];
                    match what {
                        20 => d.value = number,
                        21 => d.probability = Some(number),
                        22 => d.name = name,
                        _ => {
                            d.stage = "gone".into();
                            d.close_date = Some(Date::from_days_since_epoch(days));
                        }
                    }
                }
            }
        }
    }
    s
}

/// A valid scenario with some fields set to odd values.
fn damaged() -> impl Strategy<Value = Scenario> {
    (scenario(), changes()).prop_map(|(s, changes)| damage(s, changes))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn validate_agrees_with_reading_the_document(s in damaged()) {
        let value = serde_json::to_value(&s).unwrap();
        let through_json = scenario_from_value(&value).map(|_| ());
        prop_assert_eq!(s.validate(), through_json);
    }

    /// Checking an edited copy with the first check's deal problems at hand
    /// finds what checking it afresh finds, whether the edit touched the
    /// deals, the stages or neither.
    #[test]
    fn checking_again_after_an_edit_agrees_with_checking_afresh((first, edit) in (damaged(), changes())) {
        let mut earlier = None;
        prop_assert_eq!(first.validate_reusing(&mut earlier), first.validate());
        let second = damage(first.clone(), edit);
        prop_assert_eq!(second.validate_reusing(&mut earlier), second.validate());
    }
}
