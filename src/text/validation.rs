//! The words for what is wrong with a field of a scenario: one sentence per
//! `model::validate::ErrorCode`, without the field's name (the page shows it
//! beside the field; the evaluator puts the path in front).

use super::{Text, texts};
use crate::format::editable;
use crate::i18n::Lang;
use crate::model::scenario::{MAX_NAME_CHARS, MAX_PERIOD_DAYS, VERSION};
use crate::model::validate::{ErrorCode, FieldError};

texts! {
    SYNTAX = "Dette er ikke gyldig JSON." / "This is not valid JSON.";
    NOT_OBJECT = "Forventet et JSON-objekt." / "Expected a JSON object.";
    WRONG_FORMAT = "Dette er ikke et Skippertak-scenario (format må være «skippertak.scenario»)."
        / "This is not a Skippertak scenario (format must be \"skippertak.scenario\").";
    NEWER_VERSION = "Scenarioet er laget med en nyere versjon (v{found}) enn denne appen (v{ours}). Oppdater appen for å åpne det."
        / "This scenario was made by a newer version (v{found}) than this app (v{ours}). Update the app to open it.";
    BAD_VERSION = "Versjonen må være et helt tall fra 1." / "The version must be a whole number from 1.";
    REQUIRED = "Må fylles ut." / "Required.";
    NOT_NUMBER = "Må være et tall." / "Must be a number.";
    NOT_STRING = "Må være tekst." / "Must be text.";
    NOT_BOOL = "Må være ja, nei eller tom." / "Must be yes, no or empty.";
    NOT_LIST = "Må være en liste." / "Must be a list.";
    BAD_DATE = "Må være en gyldig dato (ÅÅÅÅ-MM-DD)." / "Must be a valid date (YYYY-MM-DD).";
    POSITIVE = "Må være større enn null." / "Must be greater than zero.";
    NON_NEGATIVE = "Kan ikke være negativ." / "Cannot be negative.";
    FRACTION = "Må være mellom 0 % og 100 %." / "Must be between 0% and 100%.";
    AT_MOST = "Kan ikke være mer enn {max}." / "Cannot be more than {max}.";
    AT_LEAST = "Kan ikke være mindre enn {min}." / "Cannot be less than {min}.";
    TOO_LONG = "Høyst {max} tegn." / "At most {max} characters.";
    EMPTY_NAME = "Navnet kan ikke være tomt." / "The name cannot be empty.";
    BAD_CURRENCY = "Bruk en valutakode på tre bokstaver (ISO 4217), f.eks. NOK." / "Use a three-letter currency code (ISO 4217), e.g. NOK.";
    END_BEFORE_START = "Slutten kan ikke være før starten." / "The end cannot be before the start.";
    PERIOD_TOO_LONG = "Perioden kan være høyst {max} dager lang." / "The period can be at most {max} days long.";
    NO_STAGES = "Minst ett salgssteg trengs." / "At least one sales stage is needed.";
    DUPLICATE_STAGE = "Steg-ID-en er brukt før." / "This stage id is already used.";
    UNKNOWN_STAGE = "Ukjent salgssteg." / "Unknown sales stage.";
}

/// A sentence a person understands for `code`.
pub fn error_code(code: &ErrorCode, lang: Lang) -> String {
    let plain = |text: Text| text.get(lang).to_string();
    match code {
        ErrorCode::Syntax => plain(SYNTAX),
        ErrorCode::NotObject => plain(NOT_OBJECT),
        ErrorCode::WrongFormat => plain(WRONG_FORMAT),
        ErrorCode::NewerVersion(found) => NEWER_VERSION.fill(lang, &[("found", &found.to_string()), ("ours", &VERSION.to_string())]),
        ErrorCode::BadVersion => plain(BAD_VERSION),
        ErrorCode::Required => plain(REQUIRED),
        ErrorCode::NotNumber => plain(NOT_NUMBER),
        ErrorCode::NotString => plain(NOT_STRING),
        ErrorCode::NotBool => plain(NOT_BOOL),
        ErrorCode::NotList => plain(NOT_LIST),
        ErrorCode::BadDate => plain(BAD_DATE),
        ErrorCode::Positive => plain(POSITIVE),
        ErrorCode::NonNegative => plain(NON_NEGATIVE),
        ErrorCode::Fraction => plain(FRACTION),
        ErrorCode::AtMost(max) => AT_MOST.fill(lang, &[("max", &editable(*max, 2, lang))]),
        ErrorCode::AtLeast(min) => AT_LEAST.fill(lang, &[("min", &editable(*min, 2, lang))]),
        ErrorCode::TooLong => TOO_LONG.fill(lang, &[("max", &MAX_NAME_CHARS.to_string())]),
        ErrorCode::EmptyName => plain(EMPTY_NAME),
        ErrorCode::BadCurrency => plain(BAD_CURRENCY),
        ErrorCode::EndBeforeStart => plain(END_BEFORE_START),
        ErrorCode::PeriodTooLong => PERIOD_TOO_LONG.fill(lang, &[("max", &editable(MAX_PERIOD_DAYS as f64, 0, lang))]),
        ErrorCode::NoStages => plain(NO_STAGES),
        ErrorCode::DuplicateStage => plain(DUPLICATE_STAGE),
        ErrorCode::UnknownStage => plain(UNKNOWN_STAGE),
    }
}

/// The sentence for one field's problem, without the field's name.
pub fn field_error(error: &FieldError, lang: Lang) -> String {
    error_code(&error.code, lang)
}
