//! Reading a scenario document strictly (MODEL.md §1): every offending field
//! gets one error with a stable code and a message in both languages. Unknown
//! fields are ignored; missing optional fields take their defaults.

use serde_json::{Map, Value};

use super::date::Date;
use super::scenario::*;
use crate::i18n::Lang;

/// What is wrong with a field. The `as_str` ids are stable: tests and
/// translations refer to them.
#[derive(Clone, Debug, PartialEq)]
pub enum ErrorCode {
    Syntax,
    NotObject,
    WrongFormat,
    NewerVersion(u64),
    BadVersion,
    Required,
    NotNumber,
    NotString,
    NotBool,
    NotList,
    BadDate,
    Positive,
    NonNegative,
    Fraction,
    AtMost(f64),
    TooLong,
    EmptyName,
    BadCurrency,
    EndBeforeStart,
    NoStages,
    DuplicateStage,
    UnknownStage,
}

impl ErrorCode {
    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorCode::Syntax => "syntax",
            ErrorCode::NotObject => "not_object",
            ErrorCode::WrongFormat => "wrong_format",
            ErrorCode::NewerVersion(_) => "newer_version",
            ErrorCode::BadVersion => "bad_version",
            ErrorCode::Required => "required",
            ErrorCode::NotNumber => "not_number",
            ErrorCode::NotString => "not_string",
            ErrorCode::NotBool => "not_bool",
            ErrorCode::NotList => "not_list",
            ErrorCode::BadDate => "bad_date",
            ErrorCode::Positive => "positive",
            ErrorCode::NonNegative => "non_negative",
            ErrorCode::Fraction => "fraction",
            ErrorCode::AtMost(_) => "at_most",
            ErrorCode::TooLong => "too_long",
            ErrorCode::EmptyName => "empty_name",
            ErrorCode::BadCurrency => "bad_currency",
            ErrorCode::EndBeforeStart => "end_before_start",
            ErrorCode::NoStages => "no_stages",
            ErrorCode::DuplicateStage => "duplicate_stage",
            ErrorCode::UnknownStage => "unknown_stage",
        }
    }
}

/// One problem with one field, e.g. `deals[2].value` must be above zero.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// JSON path of the field, e.g. `team.sellers` or `deals[2].value`.
    pub field: String,
    pub code: ErrorCode,
}

impl FieldError {
    fn new(field: impl Into<String>, code: ErrorCode) -> FieldError {
        FieldError { field: field.into(), code }
    }

    /// A sentence a person understands, without the field name (the UI shows
    /// it next to the field; the evaluator prefixes the path).
    pub fn message(&self, lang: Lang) -> String {
        let text = |nb: &str, en: &str| lang.pick(nb, en).to_string();
        match &self.code {
            ErrorCode::Syntax => text("Dette er ikke gyldig JSON.", "This is not valid JSON."),
            ErrorCode::NotObject => text("Forventet et JSON-objekt.", "Expected a JSON object."),
            ErrorCode::WrongFormat => text(
                "Dette er ikke et Skippertak-scenario (format må være «skippertak.scenario»).",
                "This is not a Skippertak scenario (format must be \"skippertak.scenario\").",
            ),
            ErrorCode::NewerVersion(v) => match lang {
                Lang::Nb => format!(
                    "Scenarioet er laget med en nyere versjon (v{v}) enn denne appen (v{VERSION}). Oppdater appen for å åpne det."
                ),
                Lang::En => format!(
                    "This scenario was made by a newer version (v{v}) than this app (v{VERSION}). Update the app to open it."
                ),
            },
            ErrorCode::BadVersion => text("Versjonen må være et helt tall fra 1.", "The version must be a whole number from 1."),
            ErrorCode::Required => text("Må fylles ut.", "Required."),
            ErrorCode::NotNumber => text("Må være et tall.", "Must be a number."),
            ErrorCode::NotString => text("Må være tekst.", "Must be text."),
            ErrorCode::NotBool => text("Må være ja, nei eller tom.", "Must be yes, no or empty."),
            ErrorCode::NotList => text("Må være en liste.", "Must be a list."),
            ErrorCode::BadDate => text("Må være en gyldig dato (ÅÅÅÅ-MM-DD).", "Must be a valid date (YYYY-MM-DD)."),
            ErrorCode::Positive => text("Må være større enn null.", "Must be greater than zero."),
            ErrorCode::NonNegative => text("Kan ikke være negativ.", "Cannot be negative."),
            ErrorCode::Fraction => text("Må være mellom 0 % og 100 %.", "Must be between 0% and 100%."),
            ErrorCode::AtMost(max) => match lang {
                Lang::Nb => format!("Kan ikke være mer enn {max}."),
                Lang::En => format!("Cannot be more than {max}."),
            },
            ErrorCode::TooLong => match lang {
                Lang::Nb => format!("Høyst {MAX_NAME_CHARS} tegn."),
                Lang::En => format!("At most {MAX_NAME_CHARS} characters."),
            },
            ErrorCode::EmptyName => text("Navnet kan ikke være tomt.", "The name cannot be empty."),
            ErrorCode::BadCurrency => text(
                "Bruk en valutakode på tre bokstaver (ISO 4217), f.eks. NOK.",
                "Use a three-letter currency code (ISO 4217), e.g. NOK.",
            ),
            ErrorCode::EndBeforeStart => text("Slutten kan ikke være før starten.", "The end cannot be before the start."),
            ErrorCode::NoStages => text("Minst ett salgssteg trengs.", "At least one sales stage is needed."),
            ErrorCode::DuplicateStage => text("Steg-ID-en er brukt før.", "This stage id is already used."),
            ErrorCode::UnknownStage => text("Ukjent salgssteg.", "Unknown sales stage."),
        }
    }
}

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
        Some((Some(v), _)) if v == u64::from(VERSION) => {}
        Some((Some(v), _)) if v > u64::from(VERSION) => {
            return Err(vec![FieldError::new("version", ErrorCode::NewerVersion(v))]);
        }
        Some(_) => return Err(vec![FieldError::new("version", ErrorCode::BadVersion)]),
        None => return Err(vec![FieldError::new("version", ErrorCode::Required)]),
    }

    let mut r = Reader::default();
    let name = r.string(root, "", "name").unwrap_or_default();
    r.check_name(&name, "name", false);
    let currency = r.string(root, "", "currency").unwrap_or_else(|| DEFAULT_CURRENCY.to_string());
    if !(currency.len() == 3 && currency.bytes().all(|b| b.is_ascii_uppercase())) {
        r.fail("currency", ErrorCode::BadCurrency);
    }

    let empty = Map::new();
    let period = r.object(root, "", "period", true).unwrap_or(&empty);
    let start = r.date(period, "period.", "start", true);
    let end = r.date(period, "period.", "end", true);
    let today = r.date(period, "period.", "today", false);
    if let (Some(start), Some(end)) = (start, end) {
        if end < start {
            r.fail("period.end", ErrorCode::EndBeforeStart);
        }
    }

    let target = r.number(root, "", "target", Rule::Positive, Missing::Required);
    let closed = r.number(root, "", "closed", Rule::NonNegative, Missing::Default(0.0));
    let next_target = r.number(root, "", "next_target", Rule::Positive, Missing::Null);

    let team_obj = r.object(root, "", "team", false).unwrap_or(&empty);
    let d = Team::default();
    let team = Team {
        sellers: r.number(team_obj, "team.", "sellers", Rule::Positive, Missing::Default(d.sellers)).unwrap_or(d.sellers),
        hours_per_week: r
            .number(team_obj, "team.", "hours_per_week", Rule::PositiveAtMost(MAX_HOURS_PER_WEEK), Missing::Default(d.hours_per_week))
            .unwrap_or(d.hours_per_week),
    };

    let c_obj = r.object(root, "", "closing", false).unwrap_or(&empty);
    let d = Closing::default();
    let closing = Closing {
        hours_per_deal: r.number(c_obj, "closing.", "hours_per_deal", Rule::Positive, Missing::Default(d.hours_per_deal)).unwrap_or(d.hours_per_deal),
        push_hours_per_deal: r
            .number(c_obj, "closing.", "push_hours_per_deal", Rule::Positive, Missing::Default(d.push_hours_per_deal))
            .unwrap_or(d.push_hours_per_deal),
        push_discount: r.number(c_obj, "closing.", "push_discount", Rule::Fraction, Missing::Default(d.push_discount)).unwrap_or(d.push_discount),
        push_win_penalty: r
            .number(c_obj, "closing.", "push_win_penalty", Rule::Fraction, Missing::Default(d.push_win_penalty))
            .unwrap_or(d.push_win_penalty),
        slip_decay: r.number(c_obj, "closing.", "slip_decay", Rule::Fraction, Missing::Default(d.slip_decay)).unwrap_or(d.slip_decay),
    };

    let p_obj = r.object(root, "", "prospecting", false).unwrap_or(&empty);
    let d = Prospecting::default();
    let prospecting = Prospecting {
        hours_per_meeting: r
            .number(p_obj, "prospecting.", "hours_per_meeting", Rule::Positive, Missing::Default(d.hours_per_meeting))
            .unwrap_or(d.hours_per_meeting),
        meeting_to_opportunity: r
            .number(p_obj, "prospecting.", "meeting_to_opportunity", Rule::Fraction, Missing::Default(d.meeting_to_opportunity))
            .unwrap_or(d.meeting_to_opportunity),
        win_rate: r.number(p_obj, "prospecting.", "win_rate", Rule::Fraction, Missing::Default(d.win_rate)).unwrap_or(d.win_rate),
        avg_deal_size: r.number(p_obj, "prospecting.", "avg_deal_size", Rule::Positive, Missing::Null),
        cycle_days: r.number(p_obj, "prospecting.", "cycle_days", Rule::NonNegative, Missing::Default(d.cycle_days)).unwrap_or(d.cycle_days),
        ready_now_share: r
            .number(p_obj, "prospecting.", "ready_now_share", Rule::Fraction, Missing::Default(d.ready_now_share))
            .unwrap_or(d.ready_now_share),
    };

    let coverage_goal = r
        .number(root, "", "coverage_goal", Rule::Positive, Missing::Default(DEFAULT_COVERAGE_GOAL))
        .unwrap_or(DEFAULT_COVERAGE_GOAL);

    let stages = match root.get("stages") {
        None | Some(Value::Null) => default_stages(),
        Some(Value::Array(items)) => r.stages(items),
        Some(_) => {
            r.fail("stages", ErrorCode::NotList);
            Vec::new()
        }
    };
    let stage_known = |id: &str| stages.iter().any(|s| s.id == id);
    let maturity_stage = r
        .string(root, "", "maturity_stage")
        .unwrap_or_else(|| DEFAULT_MATURITY_STAGE.to_string());
    if !stages.is_empty() && !stage_known(&maturity_stage) {
        r.fail("maturity_stage", ErrorCode::UnknownStage);
    }

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
        name,
        currency,
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
        deals,
    })
}

impl Scenario {
    /// Checks an in-memory scenario against the same rules as a document,
    /// so edits made in the UI meet exactly the rules of a file.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let value = serde_json::to_value(self).map_err(|_| vec![FieldError::new("", ErrorCode::NotNumber)])?;
        scenario_from_value(&value).map(|_| ())
    }

    /// The scenario as a JSON document.
    pub fn to_json(&self) -> String {
        // Serialising plain data with finite numbers cannot fail; non-finite
        // numbers are written as null by serde_json and then refused on read.
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[derive(Clone, Copy)]
enum Rule {
    Positive,
    PositiveAtMost(f64),
    NonNegative,
    Fraction,
}

/// What an absent or null number means.
#[derive(Clone, Copy)]
enum Missing {
    Required,
    Default(f64),
    Null,
}

#[derive(Default)]
struct Reader {
    errors: Vec<FieldError>,
}

impl Reader {
    fn fail(&mut self, field: impl Into<String>, code: ErrorCode) {
        let field = field.into();
        // One error per field: the first problem found is the one to fix.
        if self.errors.iter().all(|e| e.field != field) {
            self.errors.push(FieldError::new(field, code));
        }
    }

    fn object<'v>(&mut self, obj: &'v Map<String, Value>, prefix: &str, key: &str, required: bool) -> Option<&'v Map<String, Value>> {
        match obj.get(key) {
            Some(Value::Object(inner)) => Some(inner),
            None | Some(Value::Null) if !required => None,
            None | Some(Value::Null) => {
                self.fail(format!("{prefix}{key}"), ErrorCode::Required);
                None
            }
            Some(_) => {
                self.fail(format!("{prefix}{key}"), ErrorCode::NotObject);
                None
            }
        }
    }

    /// An optional string; `None` when absent or null.
    fn string(&mut self, obj: &Map<String, Value>, prefix: &str, key: &str) -> Option<String> {
        match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => {
                self.fail(format!("{prefix}{key}"), ErrorCode::NotString);
                None
            }
        }
    }

    fn date(&mut self, obj: &Map<String, Value>, prefix: &str, key: &str, required: bool) -> Option<Date> {
        let field = format!("{prefix}{key}");
        match obj.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.fail(field, ErrorCode::Required);
                }
                None
            }
            Some(Value::String(s)) => {
                let date = Date::parse(s);
                if date.is_none() {
                    self.fail(field, ErrorCode::BadDate);
                }
                date
            }
            Some(_) => {
                self.fail(field, ErrorCode::BadDate);
                None
            }
        }
    }

    /// A number checked against `rule`. Absent or null gives `default`,
    /// or an error when the field is required.
    fn number(&mut self, obj: &Map<String, Value>, prefix: &str, key: &str, rule: Rule, default: Missing) -> Option<f64> {
        let field = format!("{prefix}{key}");
        let value = match obj.get(key) {
            None | Some(Value::Null) => {
                return match default {
                    Missing::Default(value) => Some(value),
                    Missing::Null => None,
                    Missing::Required => {
                        self.fail(field, ErrorCode::Required);
                        None
                    }
                };
            }
            Some(Value::Number(n)) => n.as_f64(),
            Some(_) => None,
        };
        let Some(value) = value.filter(|v| v.is_finite()) else {
            self.fail(field, ErrorCode::NotNumber);
            return None;
        };
        let problem = match rule {
            Rule::Positive if value <= 0.0 => Some(ErrorCode::Positive),
            Rule::PositiveAtMost(_) if value <= 0.0 => Some(ErrorCode::Positive),
            Rule::PositiveAtMost(max) if value > max => Some(ErrorCode::AtMost(max)),
            Rule::NonNegative if value < 0.0 => Some(ErrorCode::NonNegative),
            Rule::Fraction if !(0.0..=1.0).contains(&value) => Some(ErrorCode::Fraction),
            _ => None,
        };
        match problem {
            Some(code) => {
                self.fail(field, code);
                None
            }
            None => Some(value),
        }
    }

    fn check_name(&mut self, name: &str, field: &str, required: bool) {
        if required && name.trim().is_empty() {
            self.fail(field, ErrorCode::EmptyName);
        } else if name.chars().count() > MAX_NAME_CHARS {
            self.fail(field, ErrorCode::TooLong);
        }
    }

    fn stages(&mut self, items: &[Value]) -> Vec<Stage> {
        if items.is_empty() {
            self.fail("stages", ErrorCode::NoStages);
        }
        let mut stages: Vec<Stage> = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let prefix = format!("stages[{i}].");
            let Some(obj) = item.as_object() else {
                self.fail(format!("stages[{i}]"), ErrorCode::NotObject);
                continue;
            };
            let id = self.string(obj, &prefix, "id");
            match &id {
                None if !self.errors.iter().any(|e| e.field == format!("{prefix}id")) => {
                    self.fail(format!("{prefix}id"), ErrorCode::Required)
                }
                Some(id) if id.trim().is_empty() => self.fail(format!("{prefix}id"), ErrorCode::EmptyName),
                Some(id) if stages.iter().any(|s| &s.id == id) => self.fail(format!("{prefix}id"), ErrorCode::DuplicateStage),
                _ => {}
            }
            let label = self.string(obj, &prefix, "label");
            if let Some(label) = &label {
                self.check_name(label, &format!("{prefix}label"), false);
            }
            let probability = self.number(obj, &prefix, "probability", Rule::Fraction, Missing::Required);
            if let (Some(id), Some(probability)) = (id, probability) {
                stages.push(Stage { id, label, probability });
            }
        }
        stages
    }

    fn deals(&mut self, items: &[Value], stage_known: &dyn Fn(&str) -> bool) -> Vec<Deal> {
        let mut deals = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let prefix = format!("deals[{i}].");
            let Some(obj) = item.as_object() else {
                self.fail(format!("deals[{i}]"), ErrorCode::NotObject);
                continue;
            };
            let name = self.string(obj, &prefix, "name");
            match &name {
                None => self.fail(format!("{prefix}name"), ErrorCode::Required),
                Some(name) => self.check_name(name, &format!("{prefix}name"), true),
            }
            let value = self.number(obj, &prefix, "value", Rule::Positive, Missing::Required);
            let stage = self.string(obj, &prefix, "stage");
            match &stage {
                None => self.fail(format!("{prefix}stage"), ErrorCode::Required),
                Some(stage) if !stage_known(stage) => self.fail(format!("{prefix}stage"), ErrorCode::UnknownStage),
                _ => {}
            }
            let probability = self.number(obj, &prefix, "probability", Rule::Fraction, Missing::Null);
            let close_date = self.date(obj, &prefix, "close_date", false);
            let mature = match obj.get("mature") {
                None | Some(Value::Null) => None,
                Some(Value::Bool(b)) => Some(*b),
                Some(_) => {
                    self.fail(format!("{prefix}mature"), ErrorCode::NotBool);
                    None
                }
            };
            if let (Some(name), Some(value), Some(stage)) = (name, value, stage) {
                deals.push(Deal { name, value, stage, probability, close_date, mature });
            }
        }
        deals
    }
}
