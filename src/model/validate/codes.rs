//! The codes of validation: what is wrong with which field.

/// What is wrong with a field. The `as_str` ids are stable: tests and
/// translations refer to them.
#[derive(Clone, Debug, PartialEq)]
pub enum ErrorCode {
    /// The document is not valid JSON.
    Syntax,
    /// The value should be a JSON object.
    NotObject,
    /// `format` is not the scenario format; the whole document is refused.
    WrongFormat,
    /// `version` is newer than this build reads; holds the version found.
    NewerVersion(u64),
    /// `version` is not a usable whole number.
    BadVersion,
    /// A required field is missing.
    Required,
    /// The value should be a number.
    NotNumber,
    /// The value should be a string.
    NotString,
    /// The value should be true or false.
    NotBool,
    /// The value should be a list.
    NotList,
    /// Not a real `YYYY-MM-DD` calendar date.
    BadDate,
    /// Must be above zero.
    Positive,
    /// Must be zero or more.
    NonNegative,
    /// Must lie between 0 and 1.
    Fraction,
    /// Must be at most this bound.
    AtMost(f64),
    /// Must be at least this bound.
    AtLeast(f64),
    /// Longer than `MAX_NAME_CHARS` characters.
    TooLong,
    /// A name that is blank after trimming.
    EmptyName,
    /// Not three ASCII capital letters, the shape of an ISO 4217 code.
    BadCurrency,
    /// The period ends before it starts.
    EndBeforeStart,
    /// The period is longer than `MAX_PERIOD_DAYS`.
    PeriodTooLong,
    /// The scenario has no stages.
    NoStages,
    /// Two stages share an id.
    DuplicateStage,
    /// Refers to a stage id that is not in `stages`.
    UnknownStage,
}

impl ErrorCode {
    /// Stable snake_case id of the code, e.g. `"not_number"`.
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
    /// What is wrong with it.
    pub code: ErrorCode,
}

impl FieldError {
    pub(super) fn new(field: impl Into<String>, code: ErrorCode) -> FieldError {
        FieldError { field: field.into(), code }
    }
}
