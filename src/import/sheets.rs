//! Which sheet of a workbook holds the deals: the visible sheet whose
//! header row has the most known column names (a summary sheet in front
//! of the deals has fewer), the first on a tie.

use super::headers::is_known;
use super::table::Table;
use super::workbook::{Limits, Workbook, WorkbookError};

/// How deal-like a sheet's rows are: the known column names of its header
/// row, then its number of rows.
fn score(rows: &[Vec<String>]) -> (usize, usize) {
    match Table::from_rows(rows, &is_known) {
        Ok(table) => (table.headers.iter().filter(|h| is_known(h)).count(), table.len()),
        Err(_) => (0, 0),
    }
}

/// Reads the sheet `chosen`, or, when none is chosen, the visible sheet
/// that looks most like a list of deals. Returns its index and rows.
pub fn read_sheet(book: &Workbook, chosen: Option<usize>, limits: Limits) -> Result<(usize, Vec<Vec<String>>), WorkbookError> {
    if let Some(index) = chosen {
        return Ok((index, book.read_sheet(index, limits)?));
    }
    let mut best: Option<(usize, Vec<Vec<String>>, (usize, usize))> = None;
    for (index, sheet) in book.sheets().iter().enumerate() {
        if sheet.hidden {
            continue;
        }
        let Ok(rows) = book.read_sheet(index, limits) else { continue };
        let sheet_score = score(&rows);
        if best.as_ref().is_none_or(|(_, _, top)| sheet_score > *top) {
            best = Some((index, rows, sheet_score));
        }
    }
    match best {
        Some((index, rows, _)) => Ok((index, rows)),
        None => {
            let index = book.default_sheet();
            Ok((index, book.read_sheet(index, limits)?))
        }
    }
}
