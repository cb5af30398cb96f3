//! Prints every output of the planning model for one scenario file as JSON.
//!
//! `cargo run --release --example evaluate -- FILE.json`
//! An invalid file prints its field errors to stderr and exits with 2.

use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use skippertak::i18n::Lang;
use skippertak::model::{Date, montecarlo, parse_scenario, report};
use skippertak::text::validation::field_error;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: evaluate FILE.json");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{path}: {err}");
            return ExitCode::from(2);
        }
    };
    let scenario = match parse_scenario(&text) {
        Ok(scenario) => scenario,
        Err(errors) => {
            for error in errors {
                let field = if error.field.is_empty() { "(document)" } else { &error.field };
                eprintln!("{field}: {} [{}]", field_error(&error, Lang::En), error.code.as_str());
            }
            return ExitCode::from(2);
        }
    };
    let report = report::report(&scenario, today_utc(), montecarlo::TRIALS);
    println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());
    ExitCode::SUCCESS
}

/// Today's date in UTC, for scenarios that do not freeze `period.today`.
fn today_utc() -> Date {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    Date::from_days_since_epoch((seconds / 86_400) as i64)
}
