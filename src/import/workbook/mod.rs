//! Reads Excel workbooks (.xlsx, Office Open XML spreadsheets): the list of
//! sheets, and one sheet as rows of the texts its cells hold.
//!
//! What it reads: the zip container (stored and deflated entries), the
//! workbook's sheet list and date system, shared strings (rich text joined),
//! inline strings, numbers, booleans, errors, the cached results of formulas,
//! and which number formats show dates. Numbers are given as plain decimal
//! text ("1250000", "0.65"); numbers shown as dates become ISO 8601 text
//! ("2024-03-31", "2024-03-31T14:30:00").
//!
//! What it ignores: formulas themselves (their last computed value is read),
//! number formats other than dates (currency, percent and grouping are not
//! applied: 65 % is "0.65"), merged cells, hidden rows and columns,
//! comments, charts, pivot tables, and anything outside the cell grid.
//!
//! What it cannot read: .xls and password-protected workbooks (both are OLE
//! compound files: [`WorkbookError::LegacyOrEncrypted`]); binary workbooks
//! (.xlsb), OpenDocument spreadsheets (.ods), ZIP64 archives (over 4 GiB or
//! 65,535 files), compression other than deflate, and XML parts in encodings
//! other than UTF-8 ([`WorkbookError::Unsupported`]).
//! Strict OOXML reads like Transitional, except that its `t="d"` date cells
//! keep their ISO text as written.
//!
//! Limits: [`Limits`] bounds what one [`Workbook::read_sheet`] unpacks (checked
//! while inflating, so a zip bomb stops at the limit) and the rows and
//! columns it returns. Opening unpacks only the small parts that list the
//! sheets, within [`META_LIMIT`]. No input makes it panic; the tests feed it
//! random and mutated files.
//!
//! Why hand-written: the zip reader needs only the few records an .xlsx uses
//! and inflates with `miniz_oxide`, which the app already has; the XML is
//! machine-written and uses a small subset of XML, which a tokenizer of a
//! couple of hundred lines reads. Measured on wasm32 (opt-level "z", LTO,
//! wasm-opt -Oz), over what inflating and float formatting already cost, the
//! reader adds about 39 KB (17 KB brotli); the same reader on quick-xml 0.42
//! adds about 63 KB (25 KB brotli).

mod dates;
mod package;
mod shared_strings;
mod sheet;
mod styles;
mod xml;
mod zip;

#[cfg(test)]
pub(crate) mod test_zip;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_fixtures;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests_robust;

/// What opening a workbook unpacks at most (the package and workbook parts
/// and their relationships), however large the sheets are.
pub const META_LIMIT: usize = 16 << 20;

/// How much of a sheet's XML [`Workbook::default_sheet`] unpacks to see
/// whether it has any cell; a sheet that goes on past this is taken to have one.
const PEEK_LIMIT: usize = 1 << 20;

/// An opened workbook: its sheets, in workbook order.
pub struct Workbook {
    archive: zip::Archive,
    layout: package::Layout,
}

/// A sheet as the workbook lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetInfo {
    /// The name on the sheet's tab.
    pub name: String,
    /// Hidden (or "very hidden") in Excel: not shown as a tab.
    pub hidden: bool,
}

/// Bounds on what [`Workbook::read_sheet`] may unpack and return.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// At most this many rows: a cell with a value on a later row makes the read `TooBig`.
    pub max_rows: usize,
    /// At most this many columns: a cell with a value further right makes the read `TooBig`.
    pub max_columns: usize,
    /// Bytes of XML one read may unpack (the sheet, shared strings and
    /// styles together). The returned rows are held to the same number of
    /// bytes (their text, plus a `String` per cell, empty ones included), so
    /// a string repeated in many cells cannot multiply the memory used either.
    pub max_unpacked_bytes: usize,
}

impl Default for Limits {
    /// Generous for a CRM export read in a browser tab.
    fn default() -> Limits {
        Limits { max_rows: 200_000, max_columns: 1_000, max_unpacked_bytes: 256 << 20 }
    }
}

/// Why a workbook could not be read. Codes only: the app words them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkbookError {
    /// Not a zip archive, or one without a workbook in it.
    NotAWorkbook,
    /// An OLE compound file: an .xls, or an .xlsx saved with a password
    /// (also a zip whose entries are encrypted).
    LegacyOrEncrypted,
    /// Broken zip structure, compressed data or XML.
    Damaged,
    /// A spreadsheet this reader cannot read: binary workbooks (.xlsb),
    /// OpenDocument (.ods), ZIP64, compression other than deflate, archives
    /// split into parts, UTF-16 XML.
    Unsupported,
    /// A limit was hit: unpacked bytes, rows or columns.
    TooBig,
    /// No sheet at that index.
    NoSuchSheet,
}

/// The first bytes of an OLE compound file.
const OLE_SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

impl Workbook {
    /// Opens a workbook from the bytes of an .xlsx (or .xlsm) file and reads
    /// its list of sheets. The sheets themselves are read by [`Workbook::read_sheet`].
    pub fn open(bytes: &[u8]) -> Result<Workbook, WorkbookError> {
        if bytes.starts_with(&OLE_SIGNATURE) {
            return Err(WorkbookError::LegacyOrEncrypted);
        }
        let archive = zip::Archive::parse(bytes)?;
        let mut budget = META_LIMIT;
        let mut read = |path: &str| match archive.find(path) {
            Some(entry) => archive.read(entry, &mut budget).and_then(utf8).map(Some),
            None => Ok(None),
        };
        let layout = package::layout(&archive, &mut read)?;
        Ok(Workbook { archive, layout })
    }

    /// The sheets, in the order of their tabs.
    pub fn sheets(&self) -> &[SheetInfo] {
        &self.layout.sheets
    }

    /// The first visible sheet that has any cell with a value; else 0.
    pub fn default_sheet(&self) -> usize {
        (0..self.layout.sheets.len()).find(|&i| !self.layout.sheets[i].hidden && self.has_cells(i)).unwrap_or(0)
    }

    /// Whether a sheet has a cell with a value, judged from the start of its
    /// XML; unreadable sheets have none.
    fn has_cells(&self, index: usize) -> bool {
        let Some(entry) = self.layout.sheet_parts[index].as_deref().and_then(|p| self.archive.find(p)) else { return false };
        let Ok((bytes, complete)) = self.archive.read_prefix(entry, PEEK_LIMIT) else { return false };
        let Ok(xml) = utf8(bytes) else { return false };
        let mut found = false;
        // Broken XML is fine here: a cut-off prefix always ends in some.
        let _ = sheet::read_cells(&xml, |_| {
            found = true;
            Ok(false)
        });
        // A sheet with more XML than the peek is large, so taken as not empty.
        found || !complete
    }

    /// One sheet as rows of cell texts, from the first row. A missing cell
    /// is an empty string; a row ends at its last cell with a value; a row
    /// without any is an empty `Vec` (rows after the last one with a value
    /// are left out). See the module docs for how values become text.
    pub fn read_sheet(&self, index: usize, limits: Limits) -> Result<Vec<Vec<String>>, WorkbookError> {
        let part = self.layout.sheet_parts.get(index).ok_or(WorkbookError::NoSuchSheet)?;
        let mut budget = limits.max_unpacked_bytes;
        let entry = part.as_deref().and_then(|p| self.archive.find(p)).ok_or(WorkbookError::Damaged)?;
        let xml = utf8(self.archive.read(entry, &mut budget)?)?;
        let mut read_part = |path: &Option<String>| match path.as_deref().and_then(|p| self.archive.find(p)) {
            Some(entry) => self.archive.read(entry, &mut budget).and_then(utf8).map(Some),
            None => Ok(None),
        };
        let shared = match read_part(&self.layout.shared_strings)? {
            Some(xml) => shared_strings::parse(&xml)?,
            None => Vec::new(),
        };
        let styles = match read_part(&self.layout.styles)? {
            Some(xml) => styles::Styles::parse(&xml)?,
            None => styles::Styles::default(),
        };
        let context = sheet::Context { shared: &shared, styles: &styles, date1904: self.layout.date1904 };
        let mut rows: Vec<Vec<String>> = Vec::new();
        // Bytes the rows hold: see `Limits::max_unpacked_bytes`.
        let mut held = 0usize;
        const SLOT: usize = size_of::<String>();
        sheet::read_cells(&xml, |cell| {
            if cell.row >= limits.max_rows || cell.column >= limits.max_columns {
                return Err(WorkbookError::TooBig);
            }
            let (row, column) = (cell.row, cell.column);
            let text = sheet::cell_text(cell, &context)?;
            if text.is_empty() {
                return Ok(true);
            }
            let new_rows = (row + 1).saturating_sub(rows.len());
            let new_cells = (column + 1).saturating_sub(rows.get(row).map_or(0, Vec::len));
            held = held.saturating_add((new_rows + new_cells).saturating_mul(SLOT)).saturating_add(text.len());
            if held > limits.max_unpacked_bytes {
                return Err(WorkbookError::TooBig);
            }
            if new_rows > 0 {
                rows.resize_with(row + 1, Vec::new);
            }
            let cells = &mut rows[row];
            if new_cells > 0 {
                cells.resize_with(column + 1, String::new);
            }
            cells[column] = text;
            Ok(true)
        })?;
        Ok(rows)
    }
}

/// A part's bytes as text. Spreadsheet XML is UTF-8; a stray invalid byte is
/// replaced rather than losing the sheet, but UTF-16 parts are not read.
fn utf8(bytes: Vec<u8>) -> Result<String, WorkbookError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(WorkbookError::Unsupported);
    }
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}
