//! Files out: the deals as CSV, made safe to open in a spreadsheet.

pub mod csv;
pub mod formula;
