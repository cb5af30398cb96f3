//! A file as a table: its column names and its deal rows, with the rows
//! around them (a title above, a report's footer below, blank lines) set
//! aside and counted, so the dialog can say what it left out.

use super::grid::Grid;
use super::layout::{HeaderRow, find_header, footer_start};
use super::limits::MAX_ROWS;
use super::records::Records;

/// The rows of a file, the header found and the deal rows below it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    /// Column names, trimmed; empty when the cells came without a header.
    pub headers: Vec<String>,
    grid: Grid,
    lines: Vec<usize>,
    /// The deal rows are `grid` rows `first..end`.
    first: usize,
    end: usize,
    width: usize,
    /// What was set aside.
    pub layout: Layout,
}

/// What the table left out around the deal rows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    /// File line (or sheet row) of the header; `None` when there is none.
    pub header_line: Option<usize>,
    /// Rows above the header (a report's title).
    pub rows_above_header: usize,
    /// Report lines after the last deal (totals, confidentiality, copyright).
    pub footer_rows: usize,
    /// Rows with nothing in them.
    pub blank_rows: usize,
}

/// Why a file holds no table of deals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableError {
    /// Nothing but blank lines.
    Empty,
    /// A header and no rows below it.
    NoRows,
    /// More than [`MAX_ROWS`] deal rows.
    TooManyRows,
}

impl Table {
    /// Finds the header and the deal rows in `records`;
    /// `is_known_header` tells a known column name.
    pub fn from_records(records: Records, is_known_header: &dyn Fn(&str) -> bool) -> Result<Table, TableError> {
        let Records { grid, lines, blank_rows } = records;
        if grid.is_empty() {
            return Err(TableError::Empty);
        }
        let header = find_header(&grid, is_known_header);
        let (headers, first, header_line) = match header {
            HeaderRow::At(row) => {
                let names = grid.row(row).map(|h| h.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}').to_string()).collect();
                (names, row + 1, lines.get(row).copied())
            }
            HeaderRow::None => (Vec::new(), 0, None),
        };
        let end = footer_start(&grid, first);
        if end <= first {
            return Err(TableError::NoRows);
        }
        if end - first > MAX_ROWS {
            return Err(TableError::TooManyRows);
        }
        let widest = (first..end).map(|r| grid.width(r)).max().unwrap_or(0);
        let layout = Layout {
            header_line,
            rows_above_header: if header_line.is_some() { first - 1 } else { 0 },
            footer_rows: grid.len() - end,
            blank_rows,
        };
        Ok(Table { width: widest.max(headers.len()), headers, grid, lines, first, end, layout })
    }

    /// A table of rows given in code (a workbook's sheet, tests): the
    /// header is found as in a file; row `i` is line `i + 1`.
    pub fn from_rows<S: AsRef<str>>(rows: &[Vec<S>], is_known_header: &dyn Fn(&str) -> bool) -> Result<Table, TableError> {
        let mut records = Records { grid: Grid::new(), lines: Vec::new(), blank_rows: 0 };
        for (i, row) in rows.iter().enumerate() {
            let mut width = row.len();
            while width > 0 && row[width - 1].as_ref().trim().is_empty() {
                width -= 1;
            }
            if width == 0 {
                records.blank_rows += 1;
                continue;
            }
            if records.grid.push_row(row[..width].iter().map(AsRef::as_ref)).is_err() {
                return Err(TableError::TooManyRows);
            }
            records.lines.push(i + 1);
        }
        Table::from_records(records, is_known_header)
    }

    /// How many deal rows.
    pub fn len(&self) -> usize {
        self.end - self.first
    }

    /// Whether there are no deal rows (never, for a table that was built).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many columns: the header's or the widest row's, whichever is more.
    pub fn width(&self) -> usize {
        self.width
    }

    /// The cell of deal row `row` in `column`, `""` where the row is short.
    pub fn cell(&self, row: usize, column: usize) -> &str {
        if row >= self.len() {
            return "";
        }
        self.grid.cell(self.first + row, column)
    }

    /// The cells of one column, one per deal row.
    pub fn column(&self, column: usize) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(move |r| self.cell(r, column))
    }

    /// The file line (or sheet row) deal row `row` starts on.
    pub fn line_of(&self, row: usize) -> usize {
        self.lines.get(self.first + row).copied().unwrap_or(self.first + row + 1)
    }

    /// A column's name in the file, if it has one.
    pub fn header(&self, column: usize) -> Option<&str> {
        self.headers.get(column).map(String::as_str).filter(|h| !h.is_empty())
    }

    /// Which occurrence of its name a column is (1 for the first): a file
    /// may name two columns alike.
    pub fn occurrence(&self, column: usize) -> usize {
        match self.header(column) {
            Some(name) => 1 + self.headers[..column].iter().filter(|h| h.as_str() == name).count(),
            None => 1,
        }
    }

    /// The first non-blank cell of a column, trimmed and at most 30
    /// characters, as an example for the column chooser.
    pub fn example(&self, column: usize) -> Option<String> {
        self.column(column).map(str::trim).find(|c| !c.is_empty()).map(|c| super::names::shorten(c, 30))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(cell: &str) -> bool {
        matches!(cell.to_lowercase().as_str(), "name" | "amount" | "stage")
    }

    #[test]
    fn a_report_keeps_its_deals_and_counts_what_it_left_out() {
        let rows: Vec<Vec<&str>> = vec![
            vec!["Pipeline Q4"],
            vec![],
            vec!["Name", "Amount", "Stage", "Owner", "Owner"],
            vec!["Acme", "1000", "Proposal"],
            vec!["Globex", "2000", "Won", "", "", "extra"],
            vec!["Grand Totals (2 records)", "3000"],
        ];
        let table = Table::from_rows(&rows, &known).unwrap();
        assert_eq!(table.headers, vec!["Name", "Amount", "Stage", "Owner", "Owner"]);
        assert_eq!(table.len(), 2);
        assert_eq!(table.width(), 6);
        assert_eq!(table.cell(1, 5), "extra");
        assert_eq!(table.cell(0, 5), "");
        assert_eq!(table.cell(2, 0), "");
        assert_eq!(table.line_of(0), 4);
        assert_eq!(table.occurrence(3), 1);
        assert_eq!(table.occurrence(4), 2);
        assert_eq!(table.layout, Layout { header_line: Some(3), rows_above_header: 1, footer_rows: 1, blank_rows: 1 });
        assert_eq!(table.column(1).collect::<Vec<_>>(), vec!["1000", "2000"]);
    }

    #[test]
    fn pasted_cells_without_a_header_are_all_rows() {
        let rows = vec![vec!["Acme", "1000", "Proposal"], vec!["Globex", "2000", "Won"]];
        let table = Table::from_rows(&rows, &known).unwrap();
        assert!(table.headers.is_empty());
        assert_eq!(table.len(), 2);
        assert_eq!(table.header(0), None);
        assert_eq!(table.layout.header_line, None);
    }

    #[test]
    fn empty_and_header_only_tables_are_refused() {
        let empty: Vec<Vec<&str>> = vec![vec![], vec![""]];
        assert_eq!(Table::from_rows(&empty, &known), Err(TableError::Empty));
        assert_eq!(Table::from_rows(&[vec!["Name", "Amount"]], &known), Err(TableError::NoRows));
    }
}
