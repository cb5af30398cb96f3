//! docs/model.md §8: where a formula would divide by zero, the output is "not
//! available" — never NaN or infinity. These cases are not reachable by the
//! fixtures' report shape alone, so they are checked here directly.

#![cfg(not(target_arch = "wasm32"))]

use skippertak::model::{Date, evaluate, montecarlo, parse_scenario, report, stress_test};

fn scenario(extra: &str) -> skippertak::model::Scenario {
    let json = format!(
        r#"{{"format":"skippertak.scenario","version":1,"period":{{"start":"2026-10-01","end":"2026-12-31","today":"2026-11-27"}},
        "target":1000000,"closed":200000{extra}}}"#
    );
    parse_scenario(&json).expect("valid")
}

fn today() -> Date {
    Date::parse("2026-11-27").expect("date")
}

#[test]
fn no_deals_and_no_average_size_leaves_revenue_outputs_unavailable() {
    let s = scenario("");
    let e = evaluate(&s, today());
    assert_eq!(e.derived.avg_deal_size, None);
    assert_eq!(e.verdict, None, "the verdict needs the expected revenue of prospecting");
    assert_eq!((e.recommended.this_period, e.recommended.next_period, e.recommended.coverage_next), (None, None, None));
    assert_eq!(e.meetings_needed, None);
    assert_eq!(e.concentration, None);
    assert!(montecarlo::simulate(&s, &e, &e.recommended, 100).is_none());
    assert!(stress_test(&s, today(), &e, 100).is_none());
    // Activity does not depend on A and stays available.
    assert_eq!(e.recommended.meetings, e.derived.hours / 5.0);
    let r = report::report(&s, today(), 100);
    assert!(r["verdict"].is_null() && r["recommended"]["e1"].is_null() && r["recommended"]["p_hit"].is_null());
    assert!(!r.to_string().contains("NaN"));
}

#[test]
fn ahead_needs_no_average_size_and_has_no_coverage() {
    let json = r#"{"format":"skippertak.scenario","version":1,"period":{"start":"2026-10-01","end":"2026-12-31","today":"2026-11-27"},"target":100,"closed":100}"#;
    let ahead = evaluate(&parse_scenario(json).expect("valid"), today());
    assert_eq!(ahead.verdict.map(|v| v.as_str()), Some("ahead"));
    assert_eq!((ahead.raw_coverage, ahead.weighted_coverage), (None, None));
}

#[test]
fn zero_conversion_makes_meetings_needed_unavailable() {
    let s = scenario(r#","prospecting":{"meeting_to_opportunity":0,"avg_deal_size":100000}"#);
    let e = evaluate(&s, today());
    assert_eq!((e.meetings_needed, e.meetings_needed_per_seller_week), (None, None));
    assert!(e.recommended.this_period.is_some());
}

#[test]
fn no_working_days_make_per_week_outputs_unavailable() {
    let json = r#"{"format":"skippertak.scenario","version":1,"period":{"start":"2026-10-01","end":"2026-12-31","today":"2027-01-05"},
        "target":1000,"deals":[{"name":"A","value":500,"stage":"commit"}]}"#;
    let e = evaluate(&parse_scenario(json).expect("valid"), today());
    assert_eq!(e.verdict.map(|v| v.as_str()), Some("period_over"));
    assert_eq!((e.derived.calendar_days, e.derived.working_days, e.derived.hours, e.derived.f1), (0, 0, 0.0, 0.0));
    assert_eq!(e.needed_per_working_day, None);
    assert_eq!(e.recommended.meetings_per_seller_week, None);
    assert_eq!(e.meetings_needed_per_seller_week, None);
    assert!(e.meetings_needed.is_some(), "the total stays available; only the per-week rate is not");
}

#[test]
fn zero_weighted_pipeline_has_no_concentration() {
    let s = scenario(
        r#","deals":[{"name":"A","value":500,"stage":"commit","probability":0},{"name":"B","value":500,"stage":"qualified","probability":0}]"#,
    );
    let e = evaluate(&s, today());
    assert_eq!(e.weighted_pipeline, 0.0);
    assert_eq!(e.concentration, None);
}
