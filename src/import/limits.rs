//! How much the import reads. Every limit is checked while reading, so a
//! file over one is refused with a message, never a frozen tab.

/// Most deal rows a file may have (header, report lines and blank lines not
/// counted).
pub const MAX_ROWS: usize = 20_000;
/// Most rows read before the header is found and the report's footer is cut.
pub const MAX_RECORDS: usize = MAX_ROWS + 64;
/// Most columns a row may have. Exports of every property of a deal run to
/// several hundred.
pub const MAX_COLUMNS: usize = 2_000;
/// Largest file accepted, in bytes (50 MiB): 20,000 rows of a few hundred
/// columns each.
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;
/// Most bytes a workbook may unpack to.
pub const MAX_UNPACKED_BYTES: usize = 256 * 1024 * 1024;
/// Rows the dialog previews.
pub const PREVIEW_ROWS: usize = 20;
