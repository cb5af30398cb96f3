//! Delimited text (CSV, TSV, pasted cells) read into rows of cells, with the
//! file line each row starts on. RFC 4180 quoting: quoted cells may hold the
//! delimiter, `""` and line breaks.

use super::delimiter::Delimiter;
use super::grid::Grid;
use super::limits::{MAX_COLUMNS, MAX_RECORDS};

/// The non-blank rows of a file and the line each starts on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Records {
    /// The rows' cells.
    pub grid: Grid,
    /// 1-based file line of each row.
    pub lines: Vec<usize>,
    /// Rows left out because every cell was blank.
    pub blank_rows: usize,
}

/// Why text cannot be read as rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordsError {
    /// More rows than [`MAX_RECORDS`].
    TooManyRows,
    /// More columns than [`MAX_COLUMNS`], first on this file line.
    TooManyColumns {
        /// The 1-based file line.
        line: usize,
    },
}

/// Reads `text` as rows separated by `delimiter`; `lines_before` is the
/// number of file lines before `text` (an Excel `sep=` line). Trailing blank
/// cells of a row (a trailing delimiter) are dropped; blank rows are left
/// out and counted.
pub fn read(text: &str, delimiter: Delimiter, lines_before: usize) -> Result<Records, RecordsError> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter.byte()).from_reader(text.as_bytes());
    let mut records = Records { grid: Grid::new(), lines: Vec::new(), blank_rows: 0 };
    let mut counter = LineCounter::default();
    let mut record = csv::StringRecord::new();
    loop {
        // The text is valid UTF-8, so the reader's only failure would be an
        // I/O error on a byte slice, which cannot happen; stop if it does.
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) | Err(_) => break,
        }
        let mut width = record.len();
        while width > 0 && record[width - 1].trim().is_empty() {
            width -= 1;
        }
        let line = match record.position() {
            Some(p) => counter.line_at(text, usize::try_from(p.byte()).unwrap_or(usize::MAX)) + lines_before,
            None => records.lines.last().map_or(1, |l| l + 1),
        };
        if width == 0 {
            records.blank_rows += 1;
            continue;
        }
        if width > MAX_COLUMNS {
            return Err(RecordsError::TooManyColumns { line });
        }
        if records.grid.len() >= MAX_RECORDS {
            return Err(RecordsError::TooManyRows);
        }
        records.grid.push_row(record.iter().take(width)).map_err(|_| RecordsError::TooManyRows)?;
        records.lines.push(line);
    }
    Ok(records)
}

/// Finds the line a record starts on. The reader reports the byte where a
/// record starts, which can be the end of the previous line (the `\n` of a
/// `\r\n`) or blank lines before it; those are skipped. Records arrive in
/// order, so counting resumes where it stopped.
#[derive(Default)]
struct LineCounter {
    /// Byte offset counted up to.
    at: usize,
    /// Line breaks before `at`.
    breaks: usize,
}

impl LineCounter {
    fn line_at(&mut self, text: &str, start: usize) -> usize {
        let bytes = text.as_bytes();
        let mut start = start.min(bytes.len());
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        if start < self.at {
            *self = LineCounter::default();
        }
        for i in self.at..start {
            let is_break = match bytes[i] {
                b'\n' => true,
                b'\r' => bytes.get(i + 1) != Some(&b'\n'),
                _ => false,
            };
            if is_break {
                self.breaks += 1;
            }
        }
        self.at = start;
        self.breaks + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(records: &Records) -> Vec<Vec<&str>> {
        (0..records.grid.len()).map(|r| records.grid.row(r).collect()).collect()
    }

    #[test]
    fn quoted_cells_may_hold_delimiters_quotes_and_line_breaks() {
        let text = "Name,Note\r\n\"Acme, Inc.\",\"Said \"\"yes\"\"\r\non Monday\"\r\nGlobex,\r\n";
        let records = read(text, Delimiter::Comma, 0).unwrap();
        assert_eq!(rows(&records), vec![vec!["Name", "Note"], vec!["Acme, Inc.", "Said \"yes\"\r\non Monday"], vec!["Globex"]]);
        assert_eq!(records.lines, vec![1, 2, 4]);
    }

    #[test]
    fn blank_rows_are_left_out_and_counted_and_lines_stay_true() {
        let text = "Name;Value;\n\n;;\nA;1;\n\n\n";
        let records = read(text, Delimiter::Semicolon, 1).unwrap();
        assert_eq!(rows(&records), vec![vec!["Name", "Value"], vec!["A", "1"]]);
        assert_eq!(records.lines, vec![2, 5]);
        assert_eq!(records.blank_rows, 1);
    }

    #[test]
    fn a_thousand_columns_are_fine_and_more_than_the_cap_is_refused() {
        let wide = |n: usize| (0..n).map(|i| format!("c{i}")).collect::<Vec<_>>().join(",");
        let ok = read(&format!("{}\n{}\n", wide(1000), wide(1000)), Delimiter::Comma, 0).unwrap();
        assert_eq!(ok.grid.width(1), 1000);
        let text = format!("Name\n{}\n", wide(MAX_COLUMNS + 1));
        assert_eq!(read(&text, Delimiter::Comma, 0), Err(RecordsError::TooManyColumns { line: 2 }));
    }
}
