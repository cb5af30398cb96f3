//! Every number has a bound, and within the bounds every output is finite:
//! scenarios with values at the extremes (zero, the smallest positive
//! double, the largest allowed, and anything between, mixed) give no NaN
//! and no infinity in the evaluation, the plans, the curve, the stress test
//! or the simulation.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use skippertak::i18n::Lang;
use skippertak::model::plan::{curve, plan_for_split};
use skippertak::model::scenario::*;
use skippertak::model::{Date, evaluate, montecarlo, parse_scenario, stress_test};

// ------------------------------------------------------------ the bounds

const MINIMAL: &str = r#"{"format":"skippertak.scenario","version":1,
  "period":{"start":"2026-10-01","end":"2026-12-31"},"target":1000,"deals":[{"name":"A","value":5,"stage":"commit"}]}"#;

/// The document with `"key": value` set inside `object` (top level when empty).
fn with(object: &str, key: &str, value: f64) -> String {
    let mut doc: serde_json::Value = serde_json::from_str(MINIMAL).expect("json");
    let target = match object {
        "" => &mut doc,
        "deals" => &mut doc["deals"][0],
        other => &mut doc[other],
    };
    if target.is_null() {
        *target = serde_json::json!({});
    }
    target[key] = serde_json::json!(value);
    doc.to_string()
}

fn field_path(object: &str, key: &str) -> String {
    match object {
        "" => key.to_string(),
        "deals" => format!("deals[0].{key}"),
        other => format!("{other}.{key}"),
    }
}

#[test]
fn every_number_has_an_upper_bound_that_its_message_names() {
    let bounded = [
        ("", "target", MAX_AMOUNT, "1,000,000,000,000"),
        ("", "closed", MAX_AMOUNT, "1,000,000,000,000"),
        ("", "next_target", MAX_AMOUNT, "1,000,000,000,000"),
        ("prospecting", "avg_deal_size", MAX_AMOUNT, "1,000,000,000,000"),
        ("deals", "value", MAX_AMOUNT, "1,000,000,000,000"),
        ("team", "sellers", MAX_SELLERS, "10,000"),
        ("team", "hours_per_week", MAX_HOURS_PER_WEEK, "80"),
        ("closing", "hours_per_deal", MAX_TASK_HOURS, "10,000"),
        ("closing", "push_hours_per_deal", MAX_TASK_HOURS, "10,000"),
        ("prospecting", "hours_per_meeting", MAX_TASK_HOURS, "10,000"),
        ("prospecting", "cycle_days", MAX_CYCLE_DAYS, "3,650"),
        ("", "coverage_goal", MAX_COVERAGE_GOAL, "100"),
    ];
    for (object, key, max, written) in bounded {
        let path = field_path(object, key);
        assert!(parse_scenario(&with(object, key, max)).is_ok(), "{path} = {max} is allowed");
        let errors = parse_scenario(&with(object, key, max * 1.000_001)).expect_err("above the bound");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!((errors[0].field.as_str(), errors[0].code.as_str()), (path.as_str(), "at_most"));
        assert_eq!(errors[0].message(Lang::En), format!("Cannot be more than {written}."));
        assert_eq!(errors[0].message(Lang::Nb), format!("Kan ikke være mer enn {}.", written.replace(',', "\u{a0}")));
    }
    // Shares were bounded already: 0 to 1.
    for (object, key) in [("closing", "push_discount"), ("prospecting", "win_rate"), ("deals", "probability")] {
        let errors = parse_scenario(&with(object, key, 1.01)).expect_err("above 1");
        assert_eq!(errors[0].code.as_str(), "fraction");
    }
}

#[test]
fn hours_per_task_have_a_floor_that_its_message_names() {
    for (object, key) in [("closing", "hours_per_deal"), ("closing", "push_hours_per_deal"), ("prospecting", "hours_per_meeting")] {
        assert!(parse_scenario(&with(object, key, MIN_TASK_HOURS)).is_ok());
        for below in [0.09, 1e-300, 0.0, -1.0] {
            let errors = parse_scenario(&with(object, key, below)).expect_err("below the floor");
            assert_eq!((errors[0].field.clone(), errors[0].code.as_str()), (field_path(object, key), "at_least"));
            assert_eq!(errors[0].message(Lang::En), "Cannot be less than 0.1.");
            assert_eq!(errors[0].message(Lang::Nb), "Kan ikke være mindre enn 0,1.");
        }
    }
}

#[test]
fn a_period_is_at_most_1100_days_long() {
    let period = |end: &str| MINIMAL.replace("2026-12-31", end);
    // 2026-10-01 + 1,099 days = 2029-10-04: 1,100 days with both ends counted.
    assert!(parse_scenario(&period("2029-10-04")).is_ok());
    let errors = parse_scenario(&period("2029-10-05")).expect_err("1,101 days");
    assert_eq!((errors[0].field.as_str(), errors[0].code.as_str()), ("period.end", "period_too_long"));
    assert_eq!(errors[0].message(Lang::En), "The period can be at most 1,100 days long.");
    assert_eq!(errors[0].message(Lang::Nb), "Perioden kan være høyst 1\u{a0}100 dager lang.");
    // The scenario in memory meets the same rule.
    let mut s = parse_scenario(MINIMAL).expect("valid");
    s.period.end = s.period.start.add_days(MAX_PERIOD_DAYS);
    assert_eq!(s.validate().expect_err("too long")[0].code.as_str(), "period_too_long");
    s.period.end = s.period.start.add_days(MAX_PERIOD_DAYS - 1);
    assert!(s.validate().is_ok());
}

#[test]
fn the_scenario_in_memory_meets_the_same_bounds() {
    let mut s = parse_scenario(MINIMAL).expect("valid");
    s.team.sellers = MAX_SELLERS + 1.0;
    s.prospecting.hours_per_meeting = 0.05;
    s.deals[0].value = 2e12;
    let codes: Vec<(String, &str)> = s.validate().expect_err("invalid").iter().map(|e| (e.field.clone(), e.code.as_str())).collect();
    assert_eq!(
        codes,
        [("team.sellers".into(), "at_most"), ("prospecting.hours_per_meeting".into(), "at_least"), ("deals[0].value".into(), "at_most")]
    );
}

#[test]
fn ratios_that_would_overflow_are_not_available() {
    let today = Date::from_days_since_epoch(20_450);
    let base = parse_scenario(MINIMAL).expect("valid");
    let e = evaluate(&base, today);
    assert!(e.raw_coverage.is_some() && e.meetings_needed_per_seller_week.is_some() && e.recommended.coverage_next.is_some());

    // A gap of 5e-324: the pipeline over the gap is past the largest double.
    let mut tiny_gap = base.clone();
    tiny_gap.target = TINY;
    let e = evaluate(&tiny_gap, today);
    assert_eq!((e.gap, e.raw_coverage, e.weighted_coverage), (TINY, None, None));

    // Next period's target of 5e-324: coverage would overflow.
    let mut tiny_next = base.clone();
    tiny_next.next_target = Some(TINY);
    assert_eq!(evaluate(&tiny_next, today).recommended.coverage_next, None);

    // 5e-324 sellers and a near-zero meeting rate: meetings needed per seller would overflow.
    let mut tiny_team = base.clone();
    tiny_team.team.sellers = TINY;
    tiny_team.prospecting.meeting_to_opportunity = 1e-300;
    let e = evaluate(&tiny_team, today);
    assert_eq!(e.meetings_needed_per_seller_week, None);
    assert!(e.meetings_needed.is_some_and(f64::is_finite));
}

// ------------------------------------------------- finite at the extremes

/// Smallest positive double: divisions by it are where infinities come from.
const TINY: f64 = 5e-324;

fn amount() -> BoxedStrategy<f64> {
    prop_oneof![Just(TINY), Just(1e-9), Just(1.0), Just(MAX_AMOUNT), 0.5..MAX_AMOUNT, TINY..1.0].boxed()
}

fn amount_or_zero() -> BoxedStrategy<f64> {
    prop_oneof![Just(0.0), amount()].boxed()
}

fn share() -> BoxedStrategy<f64> {
    prop_oneof![Just(0.0), Just(TINY), Just(1e-12), Just(1.0 - 1e-16), Just(1.0), 0.0..=1.0].boxed()
}

fn positive_up_to(max: f64) -> BoxedStrategy<f64> {
    prop_oneof![Just(TINY), Just(max), TINY..=max].boxed()
}

fn task_hours() -> BoxedStrategy<f64> {
    prop_oneof![Just(MIN_TASK_HOURS), Just(MAX_TASK_HOURS), MIN_TASK_HOURS..=MAX_TASK_HOURS].boxed()
}

/// The first and the last day a document can hold (years 0 to 9999), as days since 1970.
fn date_range() -> (i64, i64) {
    let epoch = Date::from_days_since_epoch(0);
    (epoch.days_until(Date::from_ymd(0, 1, 1).expect("date")), epoch.days_until(Date::from_ymd(9999, 12, 31).expect("date")))
}

/// A day a document can hold, as `start + offset` kept inside the range.
fn day(start: Date, offset: i64) -> Date {
    let (first, last) = date_range();
    Date::from_days_since_epoch((Date::from_days_since_epoch(0).days_until(start) + offset).clamp(first, last))
}

/// A first day of a period: the earliest, the latest that leaves room for the longest period, or between.
fn date() -> BoxedStrategy<Date> {
    let (first, last) = date_range();
    let latest = last - MAX_PERIOD_DAYS + 1;
    prop_oneof![Just(first), Just(latest), Just(20_400), first..=latest].prop_map(Date::from_days_since_epoch).boxed()
}

/// A deal; its stage is picked once the stages are known.
fn deal() -> BoxedStrategy<(Deal, prop::sample::Index)> {
    (
        amount(),
        any::<prop::sample::Index>(),
        proptest::option::of(share()),
        proptest::option::of(-1_200i64..2_400),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(|(value, stage, probability, close, mature)| {
            let deal = Deal {
                name: "Deal".into(),
                value,
                stage: String::new(),
                probability,
                close_date: close.map(|days| Date::from_days_since_epoch(20_400 + days)),
                mature,
            };
            (deal, stage)
        })
        .boxed()
}

prop_compose! {
    fn extreme_scenario()(
        start in date(),
        length in prop_oneof![Just(0i64), Just(MAX_PERIOD_DAYS - 1), 0..MAX_PERIOD_DAYS],
        today in proptest::option::of(prop_oneof![Just(-100_000i64), Just(0), -10i64..1_200, Just(100_000)]),
        (target, closed, next_target) in (amount(), amount_or_zero(), proptest::option::of(amount())),
        (sellers, hours_per_week) in (positive_up_to(MAX_SELLERS), positive_up_to(MAX_HOURS_PER_WEEK)),
        (hours_per_deal, push_hours_per_deal, hours_per_meeting) in (task_hours(), task_hours(), task_hours()),
        push in (share(), share(), share()),
        funnel in (share(), share(), share()),
        avg_deal_size in proptest::option::of(amount()),
        cycle_days in prop_oneof![Just(0.0), Just(TINY), Just(MAX_CYCLE_DAYS), 0.0..=MAX_CYCLE_DAYS],
        coverage_goal in positive_up_to(MAX_COVERAGE_GOAL),
        probabilities in proptest::collection::vec(share(), 1..6),
        maturity in any::<prop::sample::Index>(),
        deals in proptest::collection::vec(deal(), 0..40),
    ) -> Scenario {
        let mut s = Scenario::new(start, start.add_days(length), target);
        s.period.today = today.map(|offset| day(start, offset));
        s.closed = closed;
        s.next_target = next_target;
        s.team = Team { sellers, hours_per_week };
        s.closing.hours_per_deal = hours_per_deal;
        s.closing.push_hours_per_deal = push_hours_per_deal;
        (s.closing.push_discount, s.closing.push_win_penalty, s.closing.slip_decay) = push;
        s.prospecting.hours_per_meeting = hours_per_meeting;
        (s.prospecting.meeting_to_opportunity, s.prospecting.win_rate, s.prospecting.ready_now_share) = funnel;
        s.prospecting.avg_deal_size = avg_deal_size;
        s.prospecting.cycle_days = cycle_days;
        s.coverage_goal = coverage_goal;
        s.stages = probabilities.iter().enumerate().map(|(i, &probability)| Stage { id: format!("s{i}"), label: None, probability }).collect();
        s.maturity_stage = format!("s{}", maturity.index(probabilities.len()));
        s.deals = deals.into_iter().map(|(mut deal, stage)| { deal.stage = format!("s{}", stage.index(probabilities.len())); deal }).collect();
        s
    }
}

/// The first number in `output` (a `Debug` rendering) that is not finite.
/// `Debug` writes every `f64` of every field, nested ones included, and
/// writes the non-finite ones as `NaN`, `inf` and `-inf`: so this checks
/// every number of an output, fields added later included.
fn non_finite(output: &str) -> Option<String> {
    output
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .find(|word| *word == "NaN" || *word == "inf")
        .map(|word| format!("{word} in {output}"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn every_output_is_finite_at_the_extremes(s in extreme_scenario(), local_today in date()) {
        prop_assert!(s.validate().is_ok(), "{:?}", s.validate());
        let e = evaluate(&s, local_today);
        prop_assert_eq!(non_finite(&format!("{e:?}")), None);
        for split in [0.0, TINY, 0.5, e.recommended.split, e.trap.split, 1.0] {
            prop_assert_eq!(non_finite(&format!("{:?}", plan_for_split(&s, &e.derived, split))), None);
        }
        prop_assert_eq!(non_finite(&format!("{:?}", curve(&s, &e.derived, 40))), None);
        for plan in [&e.recommended, &e.trap] {
            prop_assert_eq!(non_finite(&format!("{:?}", montecarlo::simulate(&s, &e, plan, 200))), None);
        }
        prop_assert_eq!(non_finite(&format!("{:?}", stress_test(&s, local_today, &e, 200))), None);
    }
}

#[test]
fn the_finiteness_check_sees_nan_and_infinity_anywhere() {
    assert!(non_finite(&format!("{:?}", (1.0, Some(f64::NAN)))).is_some());
    assert!(non_finite(&format!("{:?}", vec![f64::NEG_INFINITY])).is_some());
    assert!(non_finite(&format!("{:?}", (1e308, "information", 5e-324))).is_none());
}
