//! Reading a scenario document strictly (docs/model.md §1): every offending field
//! gets one error with a stable code (`crate::text::validation` words it). Unknown
//! fields are ignored; missing optional fields take their defaults.

mod checks;
mod codes;
mod document;
mod in_memory;
mod reader;

pub use codes::{ErrorCode, FieldError};
pub use document::{parse_scenario, scenario_from_value};
pub use in_memory::DealChecks;
