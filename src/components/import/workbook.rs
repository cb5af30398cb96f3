//! Reading an Excel workbook, in a wasm module of its own: fetched the
//! first time a workbook is opened, never on a visit that opens none.

use leptos::wasm_split::{SplitLoaderError, wasm_split};

use crate::import::limits::{MAX_COLUMNS, MAX_RECORDS, MAX_UNPACKED_BYTES};
use crate::import::sheets;
use crate::import::workbook::{Limits, SheetInfo, Workbook, WorkbookError};

/// One sheet of a workbook, as rows of cell texts.
pub struct SheetRead {
    /// Every sheet, in the workbook's order.
    pub sheets: Vec<SheetInfo>,
    /// The sheet read.
    pub sheet: usize,
    pub rows: Vec<Vec<String>>,
}

/// Reads sheet `sheet` of the workbook in `bytes` (when `None`, the sheet
/// that looks most like a list of deals).
#[wasm_split(workbook, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn read_workbook(bytes: Vec<u8>, sheet: Option<usize>) -> Result<Result<SheetRead, WorkbookError>, SplitLoaderError> {
    let limits = Limits { max_rows: MAX_RECORDS, max_columns: MAX_COLUMNS, max_unpacked_bytes: MAX_UNPACKED_BYTES };
    let read = Workbook::open(&bytes).and_then(|book| {
        let (sheet, rows) = sheets::read_sheet(&book, sheet, limits)?;
        Ok(SheetRead { sheets: book.sheets().to_vec(), sheet, rows })
    });
    Ok(read)
}
