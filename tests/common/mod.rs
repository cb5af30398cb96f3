//! Generators shared by the property tests: valid scenarios of every shape.

#![allow(dead_code)]

use proptest::prelude::*;
use skippertak::model::Date;
use skippertak::model::scenario::{Deal, Scenario, default_stages};

pub fn fraction() -> impl Strategy<Value = f64> {
    prop_oneof![Just(0.0), Just(1.0), 0.0..=1.0]
}

pub fn deal() -> impl Strategy<Value = Deal> {
    (1.0..5e6_f64, 0..5usize, proptest::option::of(fraction()), proptest::option::of(-60i64..200), proptest::option::of(any::<bool>()))
        .prop_map(|(value, stage, probability, close, mature)| Deal {
            name: format!("Deal {stage}"),
            value: value.round(),
            stage: default_stages()[stage].id.clone(),
            probability,
            close_date: close.map(|days| Date::from_days_since_epoch(20_400 + days)),
            mature,
        })
}

prop_compose! {
    pub fn scenario()(
        length in 0i64..200,
        today_offset in proptest::option::of(-40i64..260),
        target in 1.0..5e7_f64,
        closed_share in prop_oneof![Just(0.0), 0.0..1.3_f64],
        next_target in proptest::option::of(1.0..5e7_f64),
        sellers in 0.5..20.0_f64,
        hours_per_week in 0.5..=80.0_f64,
        hours_per_deal in 0.5..40.0_f64,
        push_hours_per_deal in 0.5..40.0_f64,
        push in (fraction(), fraction(), fraction()),
        hours_per_meeting in 0.5..20.0_f64,
        funnel in (fraction(), fraction(), fraction()),
        avg_deal_size in proptest::option::of(1.0..5e6_f64),
        cycle_days in prop_oneof![Just(0.0), 0.0..300.0_f64],
        coverage_goal in 0.1..6.0_f64,
        maturity in 0..5usize,
        deals in proptest::collection::vec(deal(), 0..25),
    ) -> Scenario {
        let start = Date::from_days_since_epoch(20_400);
        let mut s = Scenario::new(start, start.add_days(length), target);
        s.period.today = Some(start.add_days(today_offset.unwrap_or(30)));
        s.closed = (target * closed_share).round();
        s.next_target = next_target;
        s.team.sellers = sellers;
        s.team.hours_per_week = hours_per_week;
        s.closing.hours_per_deal = hours_per_deal;
        s.closing.push_hours_per_deal = push_hours_per_deal;
        (s.closing.push_discount, s.closing.push_win_penalty, s.closing.slip_decay) = push;
        s.prospecting.hours_per_meeting = hours_per_meeting;
        (s.prospecting.meeting_to_opportunity, s.prospecting.win_rate, s.prospecting.ready_now_share) = funnel;
        s.prospecting.avg_deal_size = avg_deal_size;
        s.prospecting.cycle_days = cycle_days;
        s.coverage_goal = coverage_goal;
        s.maturity_stage = default_stages()[maturity].id.clone();
        s.deals = deals.into();
        s
    }
}
