//! The reader's parts: a field as found, the rules a number must meet,
//! field paths written out only when needed, and the reader that collects
//! one error per field.

use std::fmt::{self, Display};

use serde_json::{Map, Value};

use super::codes::{ErrorCode, FieldError};
use crate::model::date::Date;
use crate::model::scenario::*;

/// A field as found in the input, before its rules are checked.
pub(super) enum Found<T> {
    /// Absent or null.
    Absent,
    Value(T),
    /// Present but of the wrong type (or, for a date, not a valid date).
    WrongType,
}

impl Found<f64> {
    /// A number held in memory: a non-finite one is written to JSON as null.
    pub(super) fn number(value: f64) -> Found<f64> {
        if value.is_finite() { Found::Value(value) } else { Found::Absent }
    }

    pub(super) fn optional_number(value: Option<f64>) -> Found<f64> {
        value.map_or(Found::Absent, Found::number)
    }
}

impl Found<Date> {
    /// A date held in memory: only years 0–9999 are written as `YYYY-MM-DD`.
    pub(super) fn date(date: Date) -> Found<Date> {
        if (0..=9999).contains(&date.ymd().0) { Found::Value(date) } else { Found::WrongType }
    }
}

pub(super) fn json_number(obj: &Map<String, Value>, key: &str) -> Found<f64> {
    match obj.get(key) {
        None | Some(Value::Null) => Found::Absent,
        Some(Value::Number(n)) => n.as_f64().filter(|v| v.is_finite()).map_or(Found::WrongType, Found::Value),
        Some(_) => Found::WrongType,
    }
}

pub(super) fn json_string<'v>(obj: &'v Map<String, Value>, key: &str) -> Found<&'v str> {
    match obj.get(key) {
        None | Some(Value::Null) => Found::Absent,
        Some(Value::String(s)) => Found::Value(s),
        Some(_) => Found::WrongType,
    }
}

pub(super) fn json_date(obj: &Map<String, Value>, key: &str) -> Found<Date> {
    match obj.get(key) {
        None | Some(Value::Null) => Found::Absent,
        Some(Value::String(s)) => Date::parse(s).map_or(Found::WrongType, Found::Value),
        Some(_) => Found::WrongType,
    }
}

/// What a number must be; every rule has an upper bound.
#[derive(Clone, Copy)]
pub(super) enum Rule {
    /// Above zero, at most the bound.
    Positive(f64),
    /// Zero or more, at most the bound.
    NonNegative(f64),
    /// From the first bound to the second.
    Between(f64, f64),
    /// A share, 0 to 1.
    Fraction,
}

pub(super) const AMOUNT: Rule = Rule::Positive(MAX_AMOUNT);
pub(super) const TASK_HOURS: Rule = Rule::Between(MIN_TASK_HOURS, MAX_TASK_HOURS);

/// What an absent or null number means.
#[derive(Clone, Copy)]
pub(super) enum Missing {
    Required,
    Default(f64),
    Null,
}

/// The path of list item `index`, as a prefix: `deals[3].`. Written out only
/// when a rule is broken; a valid scenario is checked on every keystroke.
pub(super) struct Item(pub(super) &'static str, pub(super) usize);

impl Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}].", self.0, self.1)
    }
}

/// A prefix followed by a key: `deals[3].name`.
pub(super) struct Path<'a, P: ?Sized>(pub(super) &'a P, pub(super) &'a str);

impl<P: Display + ?Sized> Display for Path<'_, P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.0, self.1)
    }
}

/// Checks fields against the rules and collects one error per field. Field
/// paths are only formatted when something is wrong.
#[derive(Default)]
pub(super) struct Reader {
    pub(super) errors: Vec<FieldError>,
}

impl Reader {
    pub(super) fn fail(&mut self, field: impl Into<String>, code: ErrorCode) {
        let field = field.into();
        // One error per field: the first problem found is the one to fix.
        if self.errors.iter().all(|e| e.field != field) {
            self.errors.push(FieldError::new(field, code));
        }
    }

    pub(super) fn object<'v>(
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
    pub(super) fn string<'v>(&mut self, prefix: &(impl Display + ?Sized), key: &str, found: Found<&'v str>) -> Option<&'v str> {
        match found {
            Found::Absent => None,
            Found::Value(s) => Some(s),
            Found::WrongType => {
                self.fail(format!("{prefix}{key}"), ErrorCode::NotString);
                None
            }
        }
    }

    pub(super) fn date(&mut self, prefix: &(impl Display + ?Sized), key: &str, found: Found<Date>, required: bool) -> Option<Date> {
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
    pub(super) fn number(
        &mut self,
        prefix: &(impl Display + ?Sized),
        key: &str,
        found: Found<f64>,
        rule: Rule,
        default: Missing,
    ) -> Option<f64> {
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
}
