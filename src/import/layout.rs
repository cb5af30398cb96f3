//! Where the deals are in a sheet of rows: the header row (a report may have
//! a title and blank lines above it) and the last deal row (a report may end
//! with totals, a confidentiality line and a copyright line).

use super::grid::Grid;
use super::vocabulary::FOOTER_STARTS;
use super::words::fold;

/// Rows looked at for the header.
const HEADER_SEARCH_ROWS: usize = 12;

/// Where the header is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderRow {
    /// This row holds the column names.
    At(usize),
    /// No row looks like column names (cells pasted without their header):
    /// every row is data.
    None,
}

/// Finds the header among the first rows: the row with the most known
/// column names (counted four times) and cells of text, not numbers or
/// dates; the first such row on a tie. A row whose best is no known name
/// and a number or date among its cells is data, and the grid has no
/// header.
pub fn find_header(grid: &Grid, is_known_header: &dyn Fn(&str) -> bool) -> HeaderRow {
    let mut best: Option<(usize, usize, bool)> = None;
    for row in 0..grid.len().min(HEADER_SEARCH_ROWS) {
        let mut known = 0;
        let mut texts = 0;
        let mut filled = 0;
        let mut data_like = false;
        for cell in grid.row(row) {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            filled += 1;
            if is_known_header(cell) {
                known += 1;
            } else if looks_like_number_or_date(cell) {
                data_like = true;
            } else {
                texts += 1;
            }
        }
        if filled < 2 {
            continue;
        }
        let score = known * 4 + texts;
        if best.is_none_or(|(_, top, _)| score > top) {
            best = Some((row, score, known == 0 && data_like));
        }
    }
    match best {
        Some((_, _, true)) => HeaderRow::None,
        Some((row, _, false)) => HeaderRow::At(row),
        None if grid.is_empty() => HeaderRow::None,
        None => HeaderRow::At(0),
    }
}

/// A cell that is a number, amount, percent or date rather than a name:
/// it has digits and at most three letters ("kr", "NOK", "%").
fn looks_like_number_or_date(cell: &str) -> bool {
    let digits = cell.chars().filter(char::is_ascii_digit).count();
    let letters = cell.chars().filter(|c| c.is_alphabetic()).count();
    digits > 0 && letters <= 3
}

/// The row after the last deal: rows at the end whose first cell starts a
/// report's footer ("Grand Totals (12 records)", "Confidential Information
/// - Do Not Distribute", "Copyright © …", a "Total" row) are not deals.
/// Only a run at the very end counts, so a deal called "Total Logistikk"
/// in the middle of a file stays a deal.
pub fn footer_start(grid: &Grid, first_data_row: usize) -> usize {
    let mut end = grid.len();
    while end > first_data_row && is_footer_row(grid, end - 1) {
        end -= 1;
    }
    end
}

fn is_footer_row(grid: &Grid, row: usize) -> bool {
    let Some(first) = grid.row(row).map(str::trim).find(|c| !c.is_empty()) else { return true };
    if first.starts_with('©') {
        return true;
    }
    let folded = fold(first);
    FOOTER_STARTS.iter().any(|start| {
        let start = fold(start);
        let Some(rest) = folded.strip_prefix(start.as_str()) else { return false };
        if start.contains(' ') || start.len() >= SHORT_WORD {
            rest.is_empty() || rest.starts_with(' ')
        } else {
            // A short word ("Total", "Summe") is a footer only as the whole
            // cell, with at most a count after it: "Total", "Total (12)".
            rest.chars().all(|c| c == ' ' || c.is_ascii_digit())
        }
    })
}

/// Footer words shorter than this match only a whole cell.
const SHORT_WORD: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(rows: &[&[&str]]) -> Grid {
        let mut grid = Grid::new();
        for row in rows {
            grid.push_row(row.iter().copied()).unwrap();
        }
        grid
    }

    fn known(cell: &str) -> bool {
        matches!(fold(cell).as_str(), "name" | "amount" | "stage" | "close date")
    }

    #[test]
    fn the_header_may_follow_a_title_and_a_blank_row() {
        let g = grid(&[&["Pipeline Q4 2026"], &["Name", "Amount", "Stage"], &["Acme", "1000", "Proposal"]]);
        assert_eq!(find_header(&g, &known), HeaderRow::At(1));
    }

    #[test]
    fn unknown_names_still_make_a_header_above_data() {
        let g = grid(&[&["Opp", "Val", "Ph"], &["Acme AS", "1 000", "Proposal"], &["Globex", "2 000", "Won"]]);
        assert_eq!(find_header(&g, &known), HeaderRow::At(0));
    }

    #[test]
    fn cells_pasted_without_a_header_have_none() {
        let g = grid(&[&["Acme AS", "1 000", "Proposal"], &["Globex", "2 000", "Won"]]);
        assert_eq!(find_header(&g, &known), HeaderRow::None);
    }

    #[test]
    fn report_footers_are_cut_but_only_at_the_end() {
        let g = grid(&[
            &["Name", "Amount"],
            &["Total Logistikk", "500"],
            &["Acme", "1000"],
            &["Grand Totals (2 records)", "", "1500"],
            &["Confidential Information - Do Not Distribute"],
            &["Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."],
        ]);
        assert_eq!(footer_start(&g, 1), 3);
        let g = grid(&[&["Name", "Amount"], &["Acme", "1000"], &["Total", "1000"]]);
        assert_eq!(footer_start(&g, 1), 2);
        let g = grid(&[&["Name", "Amount"], &["Acme", "1000"], &["Total Logistikk", "500"]]);
        assert_eq!(footer_start(&g, 1), 3);
    }
}
