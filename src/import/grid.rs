//! A compact grid of text cells. A large export holds millions of cells;
//! one string with the cells' end offsets costs a fraction of a `String`
//! per cell, in memory and in time.

/// Rows of text cells, of any length each.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Grid {
    /// Every cell's text, one after the other.
    text: String,
    /// Where each cell ends in `text`.
    ends: Vec<u32>,
    /// Where each row's cells start in `ends`; one more at the end.
    starts: Vec<u32>,
}

impl Grid {
    /// An empty grid.
    pub fn new() -> Grid {
        Grid { text: String::new(), ends: Vec::new(), starts: vec![0] }
    }

    /// Adds a row. Fails (leaving the grid as it was) when the grid would
    /// pass 4 GiB of text or 4 billion cells, which the limits on files keep
    /// far away.
    pub fn push_row<'a>(&mut self, cells: impl IntoIterator<Item = &'a str>) -> Result<(), GridFull> {
        let (text_len, ends_len) = (self.text.len(), self.ends.len());
        for cell in cells {
            self.text.push_str(cell);
            match u32::try_from(self.text.len()) {
                Ok(end) => self.ends.push(end),
                Err(_) => {
                    self.text.truncate(text_len);
                    self.ends.truncate(ends_len);
                    return Err(GridFull);
                }
            }
        }
        let start = u32::try_from(self.ends.len()).map_err(|_| GridFull)?;
        self.starts.push(start);
        Ok(())
    }

    /// How many rows.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many cells row `row` has (0 past the end).
    pub fn width(&self, row: usize) -> usize {
        match (self.starts.get(row), self.starts.get(row + 1)) {
            (Some(&a), Some(&b)) => (b - a) as usize,
            _ => 0,
        }
    }

    /// The cell at `row`, `column`, or `""` past the end of either.
    pub fn cell(&self, row: usize, column: usize) -> &str {
        if column >= self.width(row) {
            return "";
        }
        let index = self.starts[row] as usize + column;
        let start = if index == 0 { 0 } else { self.ends[index - 1] as usize };
        &self.text[start..self.ends[index] as usize]
    }

    /// The cells of row `row`.
    pub fn row(&self, row: usize) -> impl Iterator<Item = &str> + '_ {
        (0..self.width(row)).map(move |c| self.cell(row, c))
    }
}

/// The grid cannot take more text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GridFull;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_rows_of_any_width() {
        let mut grid = Grid::new();
        grid.push_row(["Name", "Value", ""]).unwrap();
        grid.push_row([]).unwrap();
        grid.push_row(["Ålesund Fisk"]).unwrap();
        assert_eq!(grid.len(), 3);
        assert_eq!(grid.width(0), 3);
        assert_eq!(grid.cell(0, 1), "Value");
        assert_eq!(grid.cell(0, 2), "");
        assert_eq!(grid.cell(0, 9), "");
        assert_eq!(grid.width(1), 0);
        assert_eq!(grid.cell(1, 0), "");
        assert_eq!(grid.cell(2, 0), "Ålesund Fisk");
        assert_eq!(grid.cell(7, 0), "");
        assert_eq!(grid.row(0).collect::<Vec<_>>(), vec!["Name", "Value", ""]);
    }
}
