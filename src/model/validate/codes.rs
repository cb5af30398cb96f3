//! The codes of validation: what is wrong with which field.

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
    pub(super) fn new(field: impl Into<String>, code: ErrorCode) -> FieldError {
        FieldError { field: field.into(), code }
    }
}
