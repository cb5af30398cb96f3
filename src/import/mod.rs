//! Deals in from the files people have: CRM exports, spreadsheets saved as
//! CSV in any of the usual encodings, Excel workbooks and cells pasted from
//! a spreadsheet. Pure Rust, tested natively; the dialog
//! (`components::import`) shows a [`Session`] and sends it the user's
//! choices. `docs/import.md` is the user's guide.
//!
//! The path of a file:
//!
//! 1. [`encoding::sniff`] decides the text encoding (the browser decodes);
//!    a workbook is read by [`workbook`] instead, in a module of its own.
//! 2. [`session::read_text`] finds the delimiter and reads the rows
//!    ([`records`]); [`table`] finds the header (below any title) and the
//!    last deal (above any report footer).
//! 3. [`Session::new`](session::Session::new) guesses the source system
//!    ([`source`]), the columns ([`columns`]: by name in the export
//!    languages, [`vocabulary`], else by content), the date order
//!    ([`dates`]) and each stage value ([`stages`]), then reads every row
//!    ([`rows`]) as an open deal, a closed one or its errors, and sums up
//!    the closed ones ([`history`]).
//! 4. The user's choices go to the session; [`memory`] remembers them for
//!    the next file of the same shape; [`apply`] puts the result into the
//!    scenario.

pub mod amount;
pub mod apply;
pub mod columns;
pub mod content;
pub mod dates;
pub mod delimiter;
pub mod encoding;
pub mod field;
pub mod grid;
pub mod headers;
pub mod history;
pub mod layout;
pub mod limits;
pub mod meanings;
pub mod memory;
pub mod names;
pub mod paste;
pub mod probability;
pub mod records;
pub mod rows;
pub mod session;
pub mod sheets;
pub mod source;
pub mod stages;
pub mod table;
pub mod vocabulary;
pub mod words;
pub mod workbook;

pub use field::Field;
pub use session::{Context, ImportError, Origin, Session};
