//! Reading a scenario document strictly (docs/model.md §1): every offending field
//! gets one error with a stable code and a message in both languages. Unknown
//! fields are ignored; missing optional fields take their defaults.

use std::fmt::{self, Display};

use serde_json::{Map, Value};

use super::date::Date;
use super::scenario::*;
use crate::format::editable;
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
    AtLeast(f64),
    TooLong,
    EmptyName,
    BadCurrency,
    EndBeforeStart,
    PeriodTooLong,
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
            ErrorCode::AtLeast(_) => "at_least",
            ErrorCode::TooLong => "too_long",
            ErrorCode::EmptyName => "empty_name",
            ErrorCode::BadCurrency => "bad_currency",
            ErrorCode::EndBeforeStart => "end_before_start",
            ErrorCode::PeriodTooLong => "period_too_long",
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
                Lang::Nb => {
                    format!("Scenarioet er laget med en nyere versjon (v{v}) enn denne appen (v{VERSION}). Oppdater appen for å åpne det.")
                }
                Lang::En => {
                    format!("This scenario was made by a newer version (v{v}) than this app (v{VERSION}). Update the app to open it.")
                }
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
                Lang::Nb => format!("Kan ikke være mer enn {}.", editable(*max, 2, lang)),
                Lang::En => format!("Cannot be more than {}.", editable(*max, 2, lang)),
            },
            ErrorCode::AtLeast(min) => match lang {
                Lang::Nb => format!("Kan ikke være mindre enn {}.", editable(*min, 2, lang)),
                Lang::En => format!("Cannot be less than {}.", editable(*min, 2, lang)),
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
            ErrorCode::PeriodTooLong => match lang {
                Lang::Nb => format!("Perioden kan være høyst {} dager lang.", editable(MAX_PERIOD_DAYS as f64, 0, lang)),
                Lang::En => format!("The period can be at most {} days long.", editable(MAX_PERIOD_DAYS as f64, 0, lang)),
            },
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

fn check_version(version: u64) -> Result<(), Vec<FieldError>> {
    match version {
        v if v == u64::from(VERSION) => Ok(()),
        v if v > u64::from(VERSION) => Err(vec![FieldError::new("version", ErrorCode::NewerVersion(v))]),
        _ => Err(vec![FieldError::new("version", ErrorCode::BadVersion)]),
    }
}

/// The deals' problems from an earlier check, with the deals and the stage
/// ids they were checked against. Most edits leave both as they were (the
/// same shared list of deals), and then the deals need no second look.
#[derive(Clone, Debug, Default)]
pub struct DealChecks {
    deals: Deals,
    known_stages: Vec<String>,
    errors: Vec<FieldError>,
}

impl Scenario {
    /// Checks an in-memory scenario against the same rules as a document,
    /// so edits made in the UI meet exactly the rules of a file. It reads
    /// the fields directly, as a document written from this scenario would
    /// be read: a number that is not finite is written as null, so it counts
    /// as absent. (Going through JSON would cost a round trip per keystroke.)
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        self.validate_reusing(&mut None)
    }

    /// [`Scenario::validate`], taking the deals' problems from `earlier` when
    /// it was made for these same deals and stages, and keeping there the
    /// ones found now otherwise. The answer is the same either way.
    pub fn validate_reusing(&self, earlier: &mut Option<DealChecks>) -> Result<(), Vec<FieldError>> {
        if self.format != FORMAT {
            return Err(vec![FieldError::new("format", ErrorCode::WrongFormat)]);
        }
        check_version(u64::from(self.version))?;

        let mut r = Reader::default();
        r.check_name(&self.name, "name", false);
        r.check_currency(&self.currency);
        let start = r.date("period.", "start", Found::date(self.period.start), true);
        let end = r.date("period.", "end", Found::date(self.period.end), true);
        r.date("period.", "today", self.period.today.map_or(Found::Absent, Found::date), false);
        r.check_period(start, end);

        r.number("", "target", Found::number(self.target), AMOUNT, Missing::Required);
        r.number("", "closed", Found::number(self.closed), Rule::NonNegative(MAX_AMOUNT), Missing::Default(0.0));
        r.number("", "next_target", Found::optional_number(self.next_target), AMOUNT, Missing::Null);

        let Team { sellers, hours_per_week } = self.team;
        r.team(|key| Found::number(if key == "sellers" { sellers } else { hours_per_week }));
        let c = &self.closing;
        r.closing(|key| {
            Found::number(match key {
                "hours_per_deal" => c.hours_per_deal,
                "push_hours_per_deal" => c.push_hours_per_deal,
                "push_discount" => c.push_discount,
                "push_win_penalty" => c.push_win_penalty,
                _ => c.slip_decay,
            })
        });
        let p = &self.prospecting;
        r.prospecting(|key| match key {
            "hours_per_meeting" => Found::number(p.hours_per_meeting),
            "meeting_to_opportunity" => Found::number(p.meeting_to_opportunity),
            "win_rate" => Found::number(p.win_rate),
            "avg_deal_size" => Found::optional_number(p.avg_deal_size),
            "cycle_days" => Found::number(p.cycle_days),
            _ => Found::number(p.ready_now_share),
        });
        r.coverage_goal(Found::number(self.coverage_goal));

        if self.stages.is_empty() {
            r.fail("stages", ErrorCode::NoStages);
        }
        // Only stages with a usable probability are kept when a document is read.
        let mut known: Vec<&str> = Vec::with_capacity(self.stages.len());
        for (i, stage) in self.stages.iter().enumerate() {
            let prefix = Item("stages", i);
            r.check_stage_id(&prefix, &stage.id, known.iter().any(|k| *k == stage.id));
            if let Some(label) = &stage.label {
                r.check_name(label, &Path(&prefix, "label"), false);
            }
            if r.number(&prefix, "probability", Found::number(stage.probability), Rule::Fraction, Missing::Required).is_some() {
                known.push(&stage.id);
            }
        }
        let stage_known = |id: &str| known.contains(&id);
        r.check_maturity_stage(&self.maturity_stage, !known.is_empty(), &stage_known);

        let still_valid = earlier.as_ref().is_some_and(|checks| {
            checks.deals.is_shared_with(&self.deals) && checks.known_stages.iter().map(String::as_str).eq(known.iter().copied())
        });
        if !still_valid {
            // Deal fields have paths of their own, so their problems can be
            // collected apart from the others' and added after them.
            let mut d = Reader::default();
            for (i, deal) in self.deals.iter().enumerate() {
                let prefix = Item("deals", i);
                d.check_name(&deal.name, &Path(&prefix, "name"), true);
                d.number(&prefix, "value", Found::number(deal.value), AMOUNT, Missing::Required);
                if !stage_known(&deal.stage) {
                    d.fail(format!("{prefix}stage"), ErrorCode::UnknownStage);
                }
                d.number(&prefix, "probability", Found::optional_number(deal.probability), Rule::Fraction, Missing::Null);
                d.date(&prefix, "close_date", deal.close_date.map_or(Found::Absent, Found::date), false);
            }
            *earlier = Some(DealChecks {
                deals: self.deals.clone(),
                known_stages: known.iter().map(|id| id.to_string()).collect(),
                errors: d.errors,
            });
        }
        if let Some(checks) = earlier {
            r.errors.extend(checks.errors.iter().cloned());
        }

        if r.errors.is_empty() { Ok(()) } else { Err(r.errors) }
    }

    /// The scenario as a JSON document.
    pub fn to_json(&self) -> String {
        // Serialising plain data with finite numbers cannot fail; non-finite
        // numbers are written as null by serde_json and then refused on read.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// A field as found in the input, before its rules are checked.
enum Found<T> {
    /// Absent or null.
    Absent,
    Value(T),
    /// Present but of the wrong type (or, for a date, not a valid date).
    WrongType,
}

impl Found<f64> {
    /// A number held in memory: a non-finite one is written to JSON as null.
    fn number(value: f64) -> Found<f64> {
        if value.is_finite() { Found::Value(value) } else { Found::Absent }
    }

    fn optional_number(value: Option<f64>) -> Found<f64> {
        value.map_or(Found::Absent, Found::number)
    }
}

impl Found<Date> {
    /// A date held in memory: only years 0–9999 are written as `YYYY-MM-DD`.
    fn date(date: Date) -> Found<Date> {
        if (0..=9999).contains(&date.ymd().0) { Found::Value(date) } else { Found::WrongType }
    }
}

fn json_number(obj: &Map<String, Value>, key: &str) -> Found<f64> {
    match obj.get(key) {
        None | Some(Value::Null) => Found::Absent,
        Some(Value::Number(n)) => n.as_f64().filter(|v| v.is_finite()).map_or(Found::WrongType, Found::Value),
        Some(_) => Found::WrongType,
    }
}

fn json_string<'v>(obj: &'v Map<String, Value>, key: &str) -> Found<&'v str> {
    match obj.get(key) {
        None | Some(Value::Null) => Found::Absent,
        Some(Value::String(s)) => Found::Value(s),
        Some(_) => Found::WrongType,
    }
}

fn json_date(obj: &Map<String, Value>, key: &str) -> Found<Date> {
    match obj.get(key) {
        None | Some(Value::Null) => Found::Absent,
        Some(Value::String(s)) => Date::parse(s).map_or(Found::WrongType, Found::Value),
        Some(_) => Found::WrongType,
    }
}

/// What a number must be; every rule has an upper bound.
#[derive(Clone, Copy)]
enum Rule {
    /// Above zero, at most the bound.
    Positive(f64),
    /// Zero or more, at most the bound.
    NonNegative(f64),
    /// From the first bound to the second.
    Between(f64, f64),
    /// A share, 0 to 1.
    Fraction,
}

const AMOUNT: Rule = Rule::Positive(MAX_AMOUNT);
const TASK_HOURS: Rule = Rule::Between(MIN_TASK_HOURS, MAX_TASK_HOURS);

/// What an absent or null number means.
#[derive(Clone, Copy)]
enum Missing {
    Required,
    Default(f64),
    Null,
}

/// The path of list item `index`, as a prefix: `deals[3].`. Written out only
/// when a rule is broken; a valid scenario is checked on every keystroke.
struct Item(&'static str, usize);

impl Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}].", self.0, self.1)
    }
}

/// A prefix followed by a key: `deals[3].name`.
struct Path<'a, P: ?Sized>(&'a P, &'a str);

impl<P: Display + ?Sized> Display for Path<'_, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.0, self.1)
    }
}

/// Checks fields against the rules and collects one error per field. Field
/// paths are only formatted when something is wrong.
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

    fn object<'v>(
        &mut self,
        obj: &'v Map<String, Value>,
        prefix: &(impl Display + ?Sized),
        key: &str,
        required: bool,
    ) -> Option<&'v Map<String, Value>> {
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
    fn string<'v>(&mut self, prefix: &(impl Display + ?Sized), key: &str, found: Found<&'v str>) -> Option<&'v str> {
        match found {
            Found::Absent => None,
            Found::Value(s) => Some(s),
            Found::WrongType => {
                self.fail(format!("{prefix}{key}"), ErrorCode::NotString);
                None
            }
        }
    }

    fn date(&mut self, prefix: &(impl Display + ?Sized), key: &str, found: Found<Date>, required: bool) -> Option<Date> {
        match found {
            Found::Absent => {
                if required {
                    self.fail(format!("{prefix}{key}"), ErrorCode::Required);
                }
                None
            }
            Found::Value(date) => Some(date),
            Found::WrongType => {
                self.fail(format!("{prefix}{key}"), ErrorCode::BadDate);
                None
            }
        }
    }

    /// A number checked against `rule`. Absent or null gives `default`,
    /// or an error when the field is required.
    fn number(&mut self, prefix: &(impl Display + ?Sized), key: &str, found: Found<f64>, rule: Rule, default: Missing) -> Option<f64> {
        let value = match found {
            Found::Absent => {
                return match default {
                    Missing::Default(value) => Some(value),
                    Missing::Null => None,
                    Missing::Required => {
                        self.fail(format!("{prefix}{key}"), ErrorCode::Required);
                        None
                    }
                };
            }
            Found::Value(value) => value,
            Found::WrongType => {
                self.fail(format!("{prefix}{key}"), ErrorCode::NotNumber);
                return None;
            }
        };
        let problem = match rule {
            Rule::Positive(_) if value <= 0.0 => Some(ErrorCode::Positive),
            Rule::NonNegative(_) if value < 0.0 => Some(ErrorCode::NonNegative),
            Rule::Between(min, _) if value < min => Some(ErrorCode::AtLeast(min)),
            Rule::Positive(max) | Rule::NonNegative(max) | Rule::Between(_, max) if value > max => Some(ErrorCode::AtMost(max)),
            Rule::Fraction if !(0.0..=1.0).contains(&value) => Some(ErrorCode::Fraction),
            _ => None,
        };
        match problem {
            Some(code) => {
                self.fail(format!("{prefix}{key}"), code);
                None
            }
            None => Some(value),
        }
    }

    fn check_name(&mut self, name: &str, field: &(impl Display + ?Sized), required: bool) {
        if required && name.trim().is_empty() {
            self.fail(field.to_string(), ErrorCode::EmptyName);
        } else if name.chars().count() > MAX_NAME_CHARS {
            self.fail(field.to_string(), ErrorCode::TooLong);
        }
    }

    fn check_currency(&mut self, currency: &str) {
        if !(currency.len() == 3 && currency.bytes().all(|b| b.is_ascii_uppercase())) {
            self.fail("currency", ErrorCode::BadCurrency);
        }
    }

    fn check_period(&mut self, start: Option<Date>, end: Option<Date>) {
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                self.fail("period.end", ErrorCode::EndBeforeStart);
            } else if start.days_until(end) >= MAX_PERIOD_DAYS {
                self.fail("period.end", ErrorCode::PeriodTooLong);
            }
        }
    }

    fn check_stage_id(&mut self, prefix: &(impl Display + ?Sized), id: &str, used_before: bool) {
        if id.trim().is_empty() {
            self.fail(format!("{prefix}id"), ErrorCode::EmptyName);
        } else if used_before {
            self.fail(format!("{prefix}id"), ErrorCode::DuplicateStage);
        }
    }

    fn check_maturity_stage(&mut self, id: &str, have_stages: bool, stage_known: &dyn Fn(&str) -> bool) {
        if have_stages && !stage_known(id) {
            self.fail("maturity_stage", ErrorCode::UnknownStage);
        }
    }

    /// `team`, with each number looked up by its key.
    fn team(&mut self, get: impl Fn(&str) -> Found<f64>) -> Team {
        let d = Team::default();
        let mut n = |key, rule, default: f64| self.number("team.", key, get(key), rule, Missing::Default(default)).unwrap_or(default);
        Team {
            sellers: n("sellers", Rule::Positive(MAX_SELLERS), d.sellers),
            hours_per_week: n("hours_per_week", Rule::Positive(MAX_HOURS_PER_WEEK), d.hours_per_week),
        }
    }

    fn closing(&mut self, get: impl Fn(&str) -> Found<f64>) -> Closing {
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

    fn prospecting(&mut self, get: impl Fn(&str) -> Found<f64>) -> Prospecting {
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

    fn coverage_goal(&mut self, found: Found<f64>) -> f64 {
        self.number("", "coverage_goal", found, Rule::Positive(MAX_COVERAGE_GOAL), Missing::Default(DEFAULT_COVERAGE_GOAL))
            .unwrap_or(DEFAULT_COVERAGE_GOAL)
    }

    fn stages(&mut self, items: &[Value]) -> Vec<Stage> {
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

    fn deals(&mut self, items: &[Value], stage_known: &dyn Fn(&str) -> bool) -> Vec<Deal> {
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
