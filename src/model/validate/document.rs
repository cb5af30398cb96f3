//! Reading a scenario document (JSON) strictly, field by field.

use serde_json::{Map, Value};

use super::checks::check_version;
use super::codes::{ErrorCode, FieldError};
use super::reader::{AMOUNT, Missing, Reader, Rule, json_date, json_number, json_string};
use crate::model::scenario::*;

/// Parses and validates a scenario document.
pub fn parse_scenario(json: &str) -> Result<Scenario, Vec<FieldError>> {
    let value: Value = serde_json::from_str(json).map_err(|_| vec![FieldError::new("", ErrorCode::Syntax)])?;
    scenario_from_value(&value)
}

/// Validates an already parsed JSON value as a scenario document.
pub fn scenario_from_value(value: &Value) -> Result<Scenario, Vec<FieldError>> {
    let Some(root) = value.as_object() else {
        return Err(vec![FieldError::new("", ErrorCode::NotObject)]);
    };
    // Identity and version first: a document that is not ours, or is newer,
    // is refused as a whole rather than reported field by field.
    if root.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(vec![FieldError::new("format", ErrorCode::WrongFormat)]);
    }
    match root.get("version").map(|v| (v.as_u64(), v)) {
        Some((Some(v), _)) => check_version(v)?,
        Some(_) => return Err(vec![FieldError::new("version", ErrorCode::BadVersion)]),
        None => return Err(vec![FieldError::new("version", ErrorCode::Required)]),
    }

    let mut r = Reader::default();
    let name = r.string("", "name", json_string(root, "name")).unwrap_or_default();
    r.check_name(name, "name", false);
    let currency = r.string("", "currency", json_string(root, "currency")).unwrap_or(DEFAULT_CURRENCY);
    r.check_currency(currency);

    let empty = Map::new();
    let period = r.object(root, "", "period", true).unwrap_or(&empty);
    let start = r.date("period.", "start", json_date(period, "start"), true);
    let end = r.date("period.", "end", json_date(period, "end"), true);
    let today = r.date("period.", "today", json_date(period, "today"), false);
    r.check_period(start, end);

    let target = r.number("", "target", json_number(root, "target"), AMOUNT, Missing::Required);
    let closed = r.number("", "closed", json_number(root, "closed"), Rule::NonNegative(MAX_AMOUNT), Missing::Default(0.0));
    let next_target = r.number("", "next_target", json_number(root, "next_target"), AMOUNT, Missing::Null);

    let team_obj = r.object(root, "", "team", false).unwrap_or(&empty);
    let team = r.team(|key| json_number(team_obj, key));
    let closing_obj = r.object(root, "", "closing", false).unwrap_or(&empty);
    let closing = r.closing(|key| json_number(closing_obj, key));
    let prospecting_obj = r.object(root, "", "prospecting", false).unwrap_or(&empty);
    let prospecting = r.prospecting(|key| json_number(prospecting_obj, key));
    let coverage_goal = r.coverage_goal(json_number(root, "coverage_goal"));

    let stages = match root.get("stages") {
        None | Some(Value::Null) => default_stages(),
        Some(Value::Array(items)) => r.stages(items),
        Some(_) => {
            r.fail("stages", ErrorCode::NotList);
            Vec::new()
        }
    };
    let stage_known = |id: &str| stages.iter().any(|s| s.id == id);
    let maturity_stage = r.string("", "maturity_stage", json_string(root, "maturity_stage")).unwrap_or(DEFAULT_MATURITY_STAGE);
    r.check_maturity_stage(maturity_stage, !stages.is_empty(), &stage_known);
    let maturity_stage = maturity_stage.to_string();

    let deals = match root.get("deals") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => r.deals(items, &stage_known),
        Some(_) => {
            r.fail("deals", ErrorCode::NotList);
            Vec::new()
        }
    };

    if !r.errors.is_empty() {
        return Err(r.errors);
    }
    // All required fields were present, or an error was recorded above.
    let (Some(start), Some(end), Some(target)) = (start, end, target) else {
        return Err(vec![FieldError::new("", ErrorCode::Required)]);
    };
    Ok(Scenario {
        format: FORMAT.to_string(),
        version: VERSION,
        name: name.to_string(),
        currency: currency.to_string(),
        period: Period { start, end, today },
        target,
        closed: closed.unwrap_or(0.0),
        next_target,
        team,
        closing,
        prospecting,
        coverage_goal,
        stages,
        maturity_stage,
        deals: deals.into(),
        sources: read_sources(root.get("sources")),
    })
}

/// Most entries the `sources` extension keeps.
const MAX_SOURCES: usize = 16;

/// The `sources` extension, read leniently: it only marks where values
/// came from, so anything but an object of a few objects is left out
/// rather than making the scenario invalid.
fn read_sources(value: Option<&Value>) -> Sources {
    match value {
        Some(value @ Value::Object(entries)) if entries.len() <= MAX_SOURCES && entries.values().all(Value::is_object) => {
            Sources::from_value(value)
        }
        _ => Sources::default(),
    }
}
