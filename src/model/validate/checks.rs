//! The rules of each part of a scenario: names, currency, period, team,
//! closing, prospecting, stages and deals, and the document's version.

use std::fmt::Display;

use serde_json::Value;

use super::codes::{ErrorCode, FieldError};
use super::reader::{AMOUNT, Found, Item, Missing, Path, Reader, Rule, TASK_HOURS, json_date, json_number, json_string};
use crate::model::date::Date;
use crate::model::scenario::*;

pub(super) fn check_version(version: u64) -> Result<(), Vec<FieldError>> {
    match version {
        v if v == u64::from(VERSION) => Ok(()),
        v if v > u64::from(VERSION) => Err(vec![FieldError::new("version", ErrorCode::NewerVersion(v))]),
        _ => Err(vec![FieldError::new("version", ErrorCode::BadVersion)]),
    }
}

impl Reader {
    pub(super) fn check_name(&mut self, name: &str, field: &(impl Display + ?Sized), required: bool) {
        if required && name.trim().is_empty() {
            self.fail(field.to_string(), ErrorCode::EmptyName);
        } else if name.chars().count() > MAX_NAME_CHARS {
            self.fail(field.to_string(), ErrorCode::TooLong);
        }
    }

    pub(super) fn check_currency(&mut self, currency: &str) {
        if !(currency.len() == 3 && currency.bytes().all(|b| b.is_ascii_uppercase())) {
            self.fail("currency", ErrorCode::BadCurrency);
        }
    }

    pub(super) fn check_period(&mut self, start: Option<Date>, end: Option<Date>) {
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                self.fail("period.end", ErrorCode::EndBeforeStart);
            } else if start.days_until(end) >= MAX_PERIOD_DAYS {
                self.fail("period.end", ErrorCode::PeriodTooLong);
            }
        }
    }

    pub(super) fn check_stage_id(&mut self, prefix: &(impl Display + ?Sized), id: &str, used_before: bool) {
        if id.trim().is_empty() {
            self.fail(format!("{prefix}id"), ErrorCode::EmptyName);
        } else if used_before {
            self.fail(format!("{prefix}id"), ErrorCode::DuplicateStage);
        }
    }

    pub(super) fn check_maturity_stage(&mut self, id: &str, have_stages: bool, stage_known: &dyn Fn(&str) -> bool) {
        if have_stages && !stage_known(id) {
            self.fail("maturity_stage", ErrorCode::UnknownStage);
        }
    }

    /// `team`, with each number looked up by its key.
    pub(super) fn team(&mut self, get: impl Fn(&str) -> Found<f64>) -> Team {
        let d = Team::default();
        let mut n = |key, rule, default: f64| self.number("team.", key, get(key), rule, Missing::Default(default)).unwrap_or(default);
        Team {
            sellers: n("sellers", Rule::Positive(MAX_SELLERS), d.sellers),
            hours_per_week: n("hours_per_week", Rule::Positive(MAX_HOURS_PER_WEEK), d.hours_per_week),
        }
    }

    pub(super) fn closing(&mut self, get: impl Fn(&str) -> Found<f64>) -> Closing {
        let d = Closing::default();
        let mut n = |key, rule, default: f64| self.number("closing.", key, get(key), rule, Missing::Default(default)).unwrap_or(default);
        Closing {
            hours_per_deal: n("hours_per_deal", TASK_HOURS, d.hours_per_deal),
            push_hours_per_deal: n("push_hours_per_deal", TASK_HOURS, d.push_hours_per_deal),
            push_discount: n("push_discount", Rule::Fraction, d.push_discount),
            push_win_penalty: n("push_win_penalty", Rule::Fraction, d.push_win_penalty),
            slip_decay: n("slip_decay", Rule::Fraction, d.slip_decay),
        }
    }

    pub(super) fn prospecting(&mut self, get: impl Fn(&str) -> Found<f64>) -> Prospecting {
        let d = Prospecting::default();
        // Fields are read in the order written, so errors keep the document's order.
        let mut n = |key, rule, missing| self.number("prospecting.", key, get(key), rule, missing);
        Prospecting {
            hours_per_meeting: n("hours_per_meeting", TASK_HOURS, Missing::Default(d.hours_per_meeting)).unwrap_or(d.hours_per_meeting),
            meeting_to_opportunity: n("meeting_to_opportunity", Rule::Fraction, Missing::Default(d.meeting_to_opportunity))
                .unwrap_or(d.meeting_to_opportunity),
            win_rate: n("win_rate", Rule::Fraction, Missing::Default(d.win_rate)).unwrap_or(d.win_rate),
            // No default: without it, the mean of the open deals is used.
            avg_deal_size: n("avg_deal_size", AMOUNT, Missing::Null),
            cycle_days: n("cycle_days", Rule::NonNegative(MAX_CYCLE_DAYS), Missing::Default(d.cycle_days)).unwrap_or(d.cycle_days),
            ready_now_share: n("ready_now_share", Rule::Fraction, Missing::Default(d.ready_now_share)).unwrap_or(d.ready_now_share),
        }
    }

    pub(super) fn coverage_goal(&mut self, found: Found<f64>) -> f64 {
        self.number("", "coverage_goal", found, Rule::Positive(MAX_COVERAGE_GOAL), Missing::Default(DEFAULT_COVERAGE_GOAL))
            .unwrap_or(DEFAULT_COVERAGE_GOAL)
    }

    pub(super) fn stages(&mut self, items: &[Value]) -> Vec<Stage> {
        if items.is_empty() {
            self.fail("stages", ErrorCode::NoStages);
        }
        let mut stages: Vec<Stage> = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let prefix = Item("stages", i);
            let Some(obj) = item.as_object() else {
                self.fail(format!("stages[{i}]"), ErrorCode::NotObject);
                continue;
            };
            let id = match json_string(obj, "id") {
                Found::Absent => {
                    self.fail(format!("{prefix}id"), ErrorCode::Required);
                    None
                }
                found => self.string(&prefix, "id", found),
            };
            if let Some(id) = id {
                self.check_stage_id(&prefix, id, stages.iter().any(|s| s.id == id));
            }
            let label = self.string(&prefix, "label", json_string(obj, "label"));
            if let Some(label) = label {
                self.check_name(label, &Path(&prefix, "label"), false);
            }
            let probability = self.number(&prefix, "probability", json_number(obj, "probability"), Rule::Fraction, Missing::Required);
            if let (Some(id), Some(probability)) = (id, probability) {
                stages.push(Stage { id: id.to_string(), label: label.map(str::to_string), probability });
            }
        }
        stages
    }

    pub(super) fn deals(&mut self, items: &[Value], stage_known: &dyn Fn(&str) -> bool) -> Vec<Deal> {
        let mut deals = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let prefix = Item("deals", i);
            let Some(obj) = item.as_object() else {
                self.fail(format!("deals[{i}]"), ErrorCode::NotObject);
                continue;
            };
            let name = self.string(&prefix, "name", json_string(obj, "name"));
            match name {
                None => self.fail(format!("{prefix}name"), ErrorCode::Required),
                Some(name) => self.check_name(name, &Path(&prefix, "name"), true),
            }
            let value = self.number(&prefix, "value", json_number(obj, "value"), AMOUNT, Missing::Required);
            let stage = self.string(&prefix, "stage", json_string(obj, "stage"));
            match stage {
                None => self.fail(format!("{prefix}stage"), ErrorCode::Required),
                Some(stage) if !stage_known(stage) => self.fail(format!("{prefix}stage"), ErrorCode::UnknownStage),
                _ => {}
            }
            let probability = self.number(&prefix, "probability", json_number(obj, "probability"), Rule::Fraction, Missing::Null);
            let close_date = self.date(&prefix, "close_date", json_date(obj, "close_date"), false);
            let mature = match obj.get("mature") {
                None | Some(Value::Null) => None,
                Some(Value::Bool(b)) => Some(*b),
                Some(_) => {
                    self.fail(format!("{prefix}mature"), ErrorCode::NotBool);
                    None
                }
            };
            if let (Some(name), Some(value), Some(stage)) = (name, value, stage) {
                deals.push(Deal { name: name.to_string(), value, stage: stage.to_string(), probability, close_date, mature });
            }
        }
        deals
    }
}
