//! Native cost of the planning model as the deal count grows: the
//! deterministic evaluation, the trade-off curve and the Monte Carlo.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use skippertak::model::plan::curve;
use skippertak::model::{Date, evaluate, montecarlo};
use skippertak::sample::synthetic_scenario;

fn model(c: &mut Criterion) {
    let today = Date::from_ymd(2026, 11, 27).expect("valid date");
    let mut group = c.benchmark_group("model");
    for deals in [100, 1_000, 10_000] {
        let scenario = synthetic_scenario(deals);
        group.bench_with_input(BenchmarkId::new("evaluate", deals), &scenario, |b, s| b.iter(|| evaluate(s, today)));
        let evaluation = evaluate(&scenario, today);
        group.bench_with_input(BenchmarkId::new("curve", deals), &scenario, |b, s| b.iter(|| curve(s, &evaluation.derived, 100)));
        group.bench_with_input(BenchmarkId::new("monte_carlo_both_plans", deals), &scenario, |b, s| {
            b.iter(|| {
                let recommended = montecarlo::simulate(s, &evaluation, &evaluation.recommended, montecarlo::TRIALS);
                let trap = montecarlo::simulate(s, &evaluation, &evaluation.trap, montecarlo::TRIALS);
                (recommended, trap)
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).warm_up_time(std::time::Duration::from_millis(300))
        .measurement_time(std::time::Duration::from_secs(1));
    targets = model
}
criterion_main!(benches);
