//! Every scenario under `tests/fixtures/model/` (and its `public/` folder)
//! must produce its `.expected.json`, computed independently by hand (see the
//! `.md` beside each fixture). Deterministic numbers must match to a relative
//! 1e-6, `p_hit` within ±0.02, and sampled quantiles must fall inside our own
//! samples' band q ± 0.03 (docs/model.md §6, fixtures README).

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use serde_json::Value;
use skippertak::model::{Date, evaluate, montecarlo, parse_scenario, report};

fn fixture_pairs() -> Vec<(PathBuf, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/model");
    let mut pairs = Vec::new();
    for dir in [root.clone(), root.join("public")] {
        for entry in std::fs::read_dir(&dir).expect("fixture folder exists") {
            let path = entry.expect("readable entry").path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
            if name.ends_with(".json") && !name.ends_with(".expected.json") {
                let expected = dir.join(name.replace(".json", ".expected.json"));
                assert!(expected.exists(), "{} has no .expected.json", path.display());
                pairs.push((path, expected));
            }
        }
    }
    pairs.sort();
    pairs
}

/// Compares `expected` against `actual`; returns one line per mismatch.
fn compare(path: &str, actual: &Value, expected: &Value, quantile_band: &dyn Fn(&str, f64) -> Option<bool>, out: &mut Vec<String>) {
    match expected {
        Value::Object(map) => {
            for (key, want) in map {
                let got = actual.get(key).unwrap_or(&Value::Null);
                compare(&format!("{path}.{key}"), got, want, quantile_band, out);
            }
        }
        Value::Array(items) => {
            let got = actual.as_array().cloned().unwrap_or_default();
            if got.len() != items.len() {
                out.push(format!("{path}: length {} != {}", got.len(), items.len()));
                return;
            }
            for (i, (g, w)) in got.iter().zip(items).enumerate() {
                compare(&format!("{path}[{i}]"), g, w, quantile_band, out);
            }
        }
        Value::Number(n) => {
            let want = n.as_f64().unwrap_or(f64::NAN);
            let Some(got) = actual.as_f64() else {
                out.push(format!("{path}: got {actual}, want {want}"));
                return;
            };
            let ok = if path.ends_with("p_hit") {
                (got - want).abs() <= 0.02
            } else if let Some(inside) = quantile_band(path, want) {
                inside
            } else {
                (got - want).abs() <= 1e-6 * want.abs().max(1.0)
            };
            if !ok {
                out.push(format!("{path}: got {got}, want {want}"));
            }
        }
        other => {
            if actual != other {
                out.push(format!("{path}: got {actual}, want {other}"));
            }
        }
    }
}

#[test]
fn fixtures_match_their_hand_worked_outputs() {
    let pairs = fixture_pairs();
    assert!(pairs.len() >= 2, "no fixtures found");
    let fallback_today = Date::parse("2026-11-27").expect("valid date");
    let mut failures = Vec::new();
    for (scenario_path, expected_path) in &pairs {
        let scenario = parse_scenario(&std::fs::read_to_string(scenario_path).expect("readable"))
            .unwrap_or_else(|e| panic!("{}: {e:?}", scenario_path.display()));
        let expected: Value = serde_json::from_str(&std::fs::read_to_string(expected_path).expect("readable")).expect("json");
        let actual = report::report(&scenario, fallback_today, montecarlo::TRIALS);

        let evaluation = evaluate(&scenario, fallback_today);
        let samples = |plan| montecarlo::sample_totals(&scenario, &evaluation, plan, montecarlo::TRIALS);
        let recommended = samples(&evaluation.recommended);
        let trap = samples(&evaluation.trap);
        let band = |path: &str, want: f64| -> Option<bool> {
            let (plan, q) = [("p10", 0.10), ("p50", 0.50), ("p90", 0.90)]
                .iter()
                .find(|(name, _)| path.ends_with(&format!(".{name}")))
                .map(|(_, q)| (if path.contains(".trap.") { &trap } else { &recommended }, *q))?;
            let sorted = plan.as_ref()?;
            let low = montecarlo::quantile(sorted, (q - 0.03_f64).max(0.0));
            let high = montecarlo::quantile(sorted, (q + 0.03_f64).min(1.0));
            Some(want >= low - 1e-6 * want.abs().max(1.0) && want <= high + 1e-6 * want.abs().max(1.0))
        };
        let name = scenario_path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        compare(name, &actual, &expected, &band, &mut failures);
    }
    assert!(failures.is_empty(), "{} mismatches:\n{}", failures.len(), failures.join("\n"));
}
