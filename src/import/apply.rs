//! Putting an import into the scenario: the deals added or in place of the
//! current ones, the file's own stages if chosen, and the history figures
//! the user agreed to, each marked with the file it came from.

use serde::{Deserialize, Serialize};

use super::session::Session;
use crate::model::date::Date;
use crate::model::scenario::{Deal, Scenario, Sources, Stage};

/// An assumption taken from a file, as `Scenario::sources` holds it: which
/// file, when, the value it gave and how many deals that value rests on.
/// The value tells whether the assumption still holds it (an edit since
/// makes it the user's own).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// The file's name.
    pub file: String,
    /// The day it was imported.
    pub date: Date,
    /// The value the file gave.
    pub value: f64,
    /// How many closed deals the value rests on.
    pub deals: u32,
}

/// What the user agreed to take from the file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Consent {
    /// The file's open deals replace the current ones (else they are added).
    pub replace: bool,
    /// "Closed so far" becomes the won deals of the period.
    pub closed: bool,
    /// The team's own win rate, average won deal and sales cycle.
    pub win_rate: bool,
    /// The average won deal as the average deal size.
    pub avg_deal_size: bool,
    /// The median sales cycle as the cycle length.
    pub cycle_days: bool,
}

/// The path of each assumption a file can give, as `Scenario::sources` keys it.
pub const CLOSED_PATH: &str = "closed";
/// The win rate's path.
pub const WIN_RATE_PATH: &str = "prospecting.win_rate";
/// The average deal size's path.
pub const AVG_DEAL_SIZE_PATH: &str = "prospecting.avg_deal_size";
/// The sales cycle's path.
pub const CYCLE_DAYS_PATH: &str = "prospecting.cycle_days";

/// Applies the import to `scenario` as the user agreed, on `today`.
pub fn apply(session: &Session, scenario: &mut Scenario, consent: Consent, today: Date) {
    let deals = session.ready_deals();
    if let Some(file) = &session.file_stages {
        if !consent.replace {
            let kept: Vec<Deal> = scenario.deals.iter().map(|d| restage(d, &scenario.stages, &file.stages)).collect();
            scenario.deals = kept.into();
        }
        scenario.stages = file.stages.clone();
        scenario.maturity_stage = file.maturity_stage.clone();
    }
    if consent.replace {
        scenario.deals = deals.into();
    } else {
        scenario.deals.extend(deals);
    }

    let history = &session.history;
    let file = if session.name.trim().is_empty() { "—".to_string() } else { session.name.chars().take(120).collect() };
    let mut sources = scenario.sources.entries();
    let mut mark = |path: &str, value: f64, deals: usize| {
        let deals = u32::try_from(deals).unwrap_or(u32::MAX);
        if let Ok(source) = serde_json::to_value(Source { file: file.clone(), date: today, value, deals }) {
            sources.insert(path.to_string(), source);
        }
    };
    if consent.closed && history.won_in_period.count > 0 {
        mark(CLOSED_PATH, history.won_in_period.sum, history.won_in_period.count);
    }
    if let Some(f) = history.win_rate.filter(|_| consent.win_rate) {
        mark(WIN_RATE_PATH, f.value, f.from);
    }
    if let Some(f) = history.avg_deal_size.filter(|_| consent.avg_deal_size) {
        mark(AVG_DEAL_SIZE_PATH, f.value, f.from);
    }
    if let Some(f) = history.cycle_days.filter(|_| consent.cycle_days) {
        mark(CYCLE_DAYS_PATH, f.value, f.from);
    }
    scenario.sources = Sources::from_entries(&sources);
    if consent.closed && history.won_in_period.count > 0 {
        scenario.closed = history.won_in_period.sum;
    }
    if let Some(f) = history.win_rate.filter(|_| consent.win_rate) {
        scenario.prospecting.win_rate = f.value;
    }
    if let Some(f) = history.avg_deal_size.filter(|_| consent.avg_deal_size) {
        scenario.prospecting.avg_deal_size = Some(f.value);
    }
    if let Some(f) = history.cycle_days.filter(|_| consent.cycle_days) {
        scenario.prospecting.cycle_days = f.value;
    }
}

/// A deal moved to the new stage nearest its probability; it keeps the
/// probability it had, as its own, where the new stage's differs.
fn restage(deal: &Deal, old: &[Stage], new: &[Stage]) -> Deal {
    let p = deal.probability.or_else(|| old.iter().find(|s| s.id == deal.stage).map(|s| s.probability)).unwrap_or(0.0);
    let Some(stage) = new.iter().min_by(|a, b| (a.probability - p).abs().total_cmp(&(b.probability - p).abs())) else {
        return deal.clone();
    };
    let probability = ((stage.probability - p).abs() >= 1e-9).then_some(p);
    Deal { stage: stage.id.clone(), probability, ..deal.clone() }
}

/// Whether an assumption still holds the value a file gave it, and so is
/// shown as taken from that file.
pub fn from_file(scenario: &Scenario, path: &str, current: f64) -> Option<Source> {
    let source: Source = serde_json::from_value(scenario.sources.entries().remove(path)?).ok()?;
    ((source.value - current).abs() <= 1e-9 * source.value.abs().max(1.0)).then_some(source)
}
