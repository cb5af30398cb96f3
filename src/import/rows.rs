//! Each row of the table read as an open deal, a closed one (won or lost:
//! history), or a list of what is wrong with it.

use std::collections::HashMap;

use super::amount::{NumberStyle, parse_amount};
use super::columns::Mapping;
use super::dates::{DateOrder, parse_date};
use super::field::Field;
use super::meanings::status_of;
use super::names::{clean_name, shorten, unneutralize};
use super::probability::parse_probability;
use super::stages::StageTarget;
use super::table::Table;
use super::vocabulary::Status;
use super::words::compact;
use crate::model::date::Date;
use crate::model::scenario::{Deal, MAX_NAME_CHARS, Stage};
use crate::parse::ParseError;

/// How the cells of the chosen columns are read, decided once per file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    /// How the value column writes decimals.
    pub number_style: NumberStyle,
    /// The probability column's numbers are percents ("1" is 1 %).
    pub percent: bool,
    /// How slash dates are read.
    pub date_order: DateOrder,
}

/// What is wrong with one cell. The ids are stable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowErrorCode {
    /// No column is chosen for a required field.
    NoColumn,
    /// The deal has no name.
    MissingName,
    /// The name is longer than a scenario allows.
    NameTooLong,
    /// The deal has no value.
    MissingValue,
    /// The value does not read as an amount.
    ValueNotNumber,
    /// The value is zero or negative.
    ValueNotPositive,
    /// The scenario has no stages to put the deal in.
    NoStages,
    /// The probability does not read as a share from 0 to 100 %.
    BadProbability,
    /// A date does not read as a date.
    BadDate,
}

impl RowErrorCode {
    /// Stable id for tests.
    pub fn as_str(self) -> &'static str {
        match self {
            RowErrorCode::NoColumn => "no_column",
            RowErrorCode::MissingName => "missing_name",
            RowErrorCode::NameTooLong => "name_too_long",
            RowErrorCode::MissingValue => "missing_value",
            RowErrorCode::ValueNotNumber => "value_not_number",
            RowErrorCode::ValueNotPositive => "value_not_positive",
            RowErrorCode::NoStages => "no_stages",
            RowErrorCode::BadProbability => "bad_probability",
            RowErrorCode::BadDate => "bad_date",
        }
    }
}

/// One problem in one row.
#[derive(Clone, Debug, PartialEq)]
pub struct RowError {
    /// The field the problem is in.
    pub field: Field,
    /// The column read (none when no column is chosen).
    pub column: Option<usize>,
    /// The cell's text, trimmed and at most 60 characters.
    pub text: String,
    /// What is wrong.
    pub code: RowErrorCode,
}

/// A won or lost deal: what the team's history is made of.
#[derive(Clone, Debug, PartialEq)]
pub struct ClosedDeal {
    /// Won (else lost).
    pub won: bool,
    /// Its value, if the cell reads as one.
    pub value: Option<f64>,
    /// When it was won or lost, if the file says.
    pub close_date: Option<Date>,
    /// When it was created, if the file says (for the sales cycle).
    pub created: Option<Date>,
}

/// What became of one row.
#[derive(Clone, Debug, PartialEq)]
pub enum RowResult {
    /// An open deal, ready to import.
    Open(Deal),
    /// A closed deal, for the history.
    Closed(ClosedDeal),
    /// The row cannot be imported; every problem is listed.
    Invalid(Vec<RowError>),
}

/// One data row's outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct RowOutcome {
    /// 1-based file line (or sheet row) the row starts on.
    pub line: usize,
    /// What the row became.
    pub result: RowResult,
}

impl RowOutcome {
    /// The open deal, if the row is one.
    pub fn deal(&self) -> Option<&Deal> {
        match &self.result {
            RowResult::Open(deal) => Some(deal),
            _ => None,
        }
    }

    /// The row's errors (empty unless it is invalid).
    pub fn errors(&self) -> &[RowError] {
        match &self.result {
            RowResult::Invalid(errors) => errors,
            _ => &[],
        }
    }
}

/// Counts of a file's outcomes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Open deals, ready to import.
    pub open: usize,
    /// Won deals, for the history.
    pub won: usize,
    /// Lost deals, for the history.
    pub lost: usize,
    /// Rows that cannot be imported.
    pub invalid: usize,
}

impl Summary {
    /// Counts the outcomes.
    pub fn of(outcomes: &[RowOutcome]) -> Summary {
        let mut summary = Summary::default();
        for outcome in outcomes {
            match &outcome.result {
                RowResult::Open(_) => summary.open += 1,
                RowResult::Closed(closed) if closed.won => summary.won += 1,
                RowResult::Closed(_) => summary.lost += 1,
                RowResult::Invalid(_) => summary.invalid += 1,
            }
        }
        summary
    }
}

/// Reads every row. `stage_of` maps a stage value's key to where it goes;
/// `stages` are the stages the deals will be in (the scenario's, or the
/// file's own).
///
/// - A status of won or lost, or a stage that goes to won or lost, makes
///   the row a closed deal, read leniently (a bad cell is left out).
/// - Otherwise name and value are required; stage, probability and close
///   date are optional (a blank probability is the stage's). Without a
///   stage column a deal goes to the stage nearest its probability, or the
///   first stage.
/// - A probability equal to the stage's own is left blank, as for a deal
///   typed in by hand.
pub fn read(table: &Table, mapping: &Mapping, stage_of: &HashMap<String, StageTarget>, stages: &[Stage], rules: Rules) -> Vec<RowOutcome> {
    let width = table.width();
    let column = |field: Field| mapping.get(field).filter(|&c| c < width);
    (0..table.len())
        .map(|row| {
            let cell = |field: Field| column(field).map(|c| table.cell(row, c));
            RowOutcome { line: table.line_of(row), result: read_row(&cell, &column, stage_of, stages, rules) }
        })
        .collect()
}

fn read_row<'a>(
    cell: &dyn Fn(Field) -> Option<&'a str>,
    column: &dyn Fn(Field) -> Option<usize>,
    stage_of: &HashMap<String, StageTarget>,
    stages: &[Stage],
    rules: Rules,
) -> RowResult {
    let stage_target = cell(Field::Stage).map(|text| stage_of.get(&compact(unneutralize(text.trim()))).cloned());
    let closed = match cell(Field::Status).and_then(status_of) {
        Some(Status::Won) => Some(true),
        Some(Status::Lost) => Some(false),
        Some(Status::Open) => None,
        None => match stage_target {
            Some(Some(StageTarget::Won)) => Some(true),
            Some(Some(StageTarget::Lost)) => Some(false),
            _ => None,
        },
    };
    if let Some(won) = closed {
        let date = |field: Field| cell(field).and_then(|t| parse_date(t, rules.date_order));
        // The actual closing date where the file has one, else the close date.
        let closed_on = if won { date(Field::ClosedOn) } else { date(Field::LostOn).or_else(|| date(Field::ClosedOn)) };
        return RowResult::Closed(ClosedDeal {
            won,
            value: cell(Field::Value).and_then(|t| parse_amount(t, rules.number_style).ok()).filter(|v| *v > 0.0),
            close_date: closed_on.or_else(|| date(Field::CloseDate)),
            created: date(Field::Created),
        });
    }

    let mut errors = Vec::new();
    let mut fail = |field: Field, text: &str, code: RowErrorCode| {
        errors.push(RowError { field, column: column(field), text: shorten(text.trim(), 60), code });
    };

    let name = match cell(Field::Name) {
        None => {
            fail(Field::Name, "", RowErrorCode::NoColumn);
            None
        }
        Some(text) => {
            let name = clean_name(text);
            if name.is_empty() {
                fail(Field::Name, text, RowErrorCode::MissingName);
                None
            } else if name.chars().count() > MAX_NAME_CHARS {
                fail(Field::Name, text, RowErrorCode::NameTooLong);
                None
            } else {
                Some(name)
            }
        }
    };

    let value = match cell(Field::Value) {
        None => {
            fail(Field::Value, "", RowErrorCode::NoColumn);
            None
        }
        Some(text) => match parse_amount(text, rules.number_style) {
            Ok(v) if v > 0.0 => Some(v),
            Ok(_) => {
                fail(Field::Value, text, RowErrorCode::ValueNotPositive);
                None
            }
            Err(ParseError::Empty) => {
                fail(Field::Value, text, RowErrorCode::MissingValue);
                None
            }
            Err(ParseError::NotANumber) => {
                fail(Field::Value, text, RowErrorCode::ValueNotNumber);
                None
            }
        },
    };

    let probability = match cell(Field::Probability).filter(|t| !t.trim().is_empty()) {
        None => None,
        Some(text) => match parse_probability(text, rules.percent) {
            Some(p) => Some(p),
            None => {
                fail(Field::Probability, text, RowErrorCode::BadProbability);
                None
            }
        },
    };

    let stage = match stage_target.flatten() {
        Some(StageTarget::Stage(id)) => stages.iter().find(|s| s.id == id),
        _ => match probability {
            Some(p) => stages.iter().min_by(|a, b| (a.probability - p).abs().total_cmp(&(b.probability - p).abs())),
            None => stages.first(),
        },
    };
    if stage.is_none() {
        fail(Field::Stage, "", RowErrorCode::NoStages);
    }

    let close_date = match cell(Field::CloseDate).filter(|t| !t.trim().is_empty()) {
        None => None,
        Some(text) => match parse_date(text, rules.date_order) {
            Some(date) => Some(date),
            None => {
                fail(Field::CloseDate, text, RowErrorCode::BadDate);
                None
            }
        },
    };

    match (name, value, stage) {
        (Some(name), Some(value), Some(stage)) if errors.is_empty() => {
            // Equal to the stage's: leave it to the stage, as a hand-entered deal would.
            let probability = probability.filter(|p| (stage.probability - p).abs() >= 1e-9);
            RowResult::Open(Deal { name, value, stage: stage.id.clone(), probability, close_date, mature: None })
        }
        _ => RowResult::Invalid(errors),
    }
}
