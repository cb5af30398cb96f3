//! Realistic generated scenarios of any size, for benchmarks and size
//! checks (share-link length, edit speed at 200 and 5,000 deals).

use crate::model::Date;
use crate::model::scenario::{Deal, Scenario};

const PLACES: [&str; 24] = [
    "Fjord",
    "Nordlys",
    "Bergen",
    "Trøndelag",
    "Vestland",
    "Oslo",
    "Agder",
    "Stavanger",
    "Tromsø",
    "Drammen",
    "Lillehammer",
    "Bodø",
    "Ålesund",
    "Hamar",
    "Molde",
    "Narvik",
    "Kongsberg",
    "Sandnes",
    "Gjøvik",
    "Harstad",
    "Arendal",
    "Førde",
    "Steinkjer",
    "Mandal",
];
const TRADES: [&str; 16] = [
    "Industri",
    "Logistikk",
    "Maskin",
    "Energi",
    "Bygg",
    "Helse",
    "Marine",
    "Offshore",
    "Fisk",
    "Data",
    "Hotell",
    "Transport",
    "Regnskap",
    "Eiendom",
    "Elektro",
    "Handel",
];
const STAGES: [&str; 5] = ["qualified", "discovery", "proposal", "negotiation", "commit"];

/// A quarter with `deals` open deals (deterministic: same count, same scenario).
pub fn synthetic_scenario(deals: usize) -> Scenario {
    let start = Date::from_ymd(2026, 10, 1).unwrap_or(Date::from_days_since_epoch(20_727));
    let end = Date::from_ymd(2026, 12, 31).unwrap_or(start.add_days(91));
    let mut scenario = Scenario::new(start, end, 1_000_000.0 * (deals as f64).max(4.0));
    scenario.name = format!("Synthetic {deals}");
    scenario.period.today = Date::from_ymd(2026, 11, 27);
    scenario.closed = scenario.target * 0.55;
    scenario.team.sellers = (deals as f64 / 3.0).clamp(2.0, 400.0).round();
    scenario.team.hours_per_week = 20.0;
    // A linear congruential sequence keeps values varied but reproducible.
    let mut seed: u64 = 0x2545_F491;
    let mut next = move |modulo: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) % modulo
    };
    scenario.deals = (0..deals)
        .map(|i| {
            let place = PLACES[i % PLACES.len()];
            let trade = TRADES[(i / PLACES.len() + i) % TRADES.len()];
            let name =
                if i < PLACES.len() * TRADES.len() { format!("{place} {trade}") } else { format!("{place} {trade} {}", i / 384 + 1) };
            let stage = STAGES[next(5) as usize].to_string();
            let close_date = match next(4) {
                0 => None,
                _ => Some(start.add_days(40 + next(140) as i64)),
            };
            Deal { name, value: (50 + next(250)) as f64 * 10_000.0, stage, probability: None, close_date, mature: None }
        })
        .collect();
    scenario
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_scenarios_are_valid_and_reproducible() {
        for n in [0, 10, 200, 5_000] {
            let s = synthetic_scenario(n);
            assert_eq!(s.deals.len(), n);
            assert!(s.validate().is_ok(), "{n}: {:?}", s.validate());
            assert_eq!(s, synthetic_scenario(n));
        }
    }
}
