//! The cells of one worksheet part (xl/worksheets/sheetN.xml) and the text
//! each shows.
//!
//! Only `<sheetData>` is read: rows `<row r="…">` of cells `<c r="…" t="…"
//! s="…">` holding a value `<v>` or an inline string `<is>`. Formulas (`<f>`)
//! are not evaluated; their last computed value, which Excel stores in `<v>`,
//! is the cell's value. Merged cells, hidden rows, comments and everything
//! outside `<sheetData>` are ignored.

use super::WorkbookError;
use super::dates;
use super::shared_strings::{RichText, unescape};
use super::styles::Styles;
use super::xml::{Event, Reader, Tag, decode_into};

/// The highest row and column numbers a worksheet can have (1-based).
const MAX_ROW: usize = 1_048_576;
const MAX_COLUMN: usize = 16_384;

/// A cell as stored, before its value is turned into text.
#[derive(Debug, Default)]
pub(crate) struct RawCell {
    /// Zero-based position.
    pub row: usize,
    pub column: usize,
    /// The `t` attribute.
    kind: Kind,
    /// The `s` attribute: the index of the cell's style.
    style: usize,
    /// The content of `<v>`, decoded.
    value: String,
    /// The text of `<is>`, if there was one.
    inline: Option<String>,
}

/// A cell's type (its `t` attribute), kept without allocating per cell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Kind {
    /// "n" or no `t`: a number, shown as a date if its style says so.
    #[default]
    Number,
    /// "s": an index into the shared strings.
    Shared,
    /// "b": 1 or 0.
    Bool,
    /// "str" and "inlineStr": text that may hold `_xHHHH_` escapes.
    Text,
    /// "e" (an error such as "#N/A"), "d" (an ISO 8601 date) and unknown types: shown as written.
    Literal,
}

impl Kind {
    fn of(t: Option<&str>) -> Kind {
        match t {
            None | Some("n") => Kind::Number,
            Some("s") => Kind::Shared,
            Some("b") => Kind::Bool,
            Some("str" | "inlineStr") => Kind::Text,
            Some(_) => Kind::Literal,
        }
    }
}

/// What turns stored values into text: the workbook's shared strings, styles
/// and date system.
pub(crate) struct Context<'a> {
    pub shared: &'a [String],
    pub styles: &'a Styles,
    pub date1904: bool,
}

/// Calls `on_cell` for each cell that holds a value (`<v>` or `<is>` with
/// text), in document order; `on_cell` returns `false` to stop early.
pub(crate) fn read_cells(xml: &str, mut on_cell: impl FnMut(RawCell) -> Result<bool, WorkbookError>) -> Result<(), WorkbookError> {
    let mut reader = Reader::new(xml);
    let mut in_data = false;
    // The next row's and cell's positions when they don't say (rows without
    // `r` follow the previous one, and so do cells).
    let (mut next_row, mut next_column) = (0usize, 0usize);
    let mut cell: Option<RawCell> = None;
    let mut in_value = false;
    let mut inline: Option<RichText> = None;
    while let Some(event) = reader.next()? {
        if let Some(text) = &mut inline {
            if event == Event::End("is") {
                if let Some(cell) = &mut cell {
                    cell.inline = inline.take().map(RichText::finish);
                }
            } else {
                text.feed(&event);
            }
            continue;
        }
        match event {
            Event::Start(tag) if tag.name == "sheetData" => in_data = true,
            Event::End("sheetData") => in_data = false,
            Event::Start(tag) if in_data && tag.name == "row" => {
                if let Some(r) = tag.attr("r") {
                    next_row = r.trim().parse::<usize>().ok().filter(|r| (1..=MAX_ROW).contains(r)).ok_or(WorkbookError::Damaged)? - 1;
                }
                next_column = 0;
            }
            Event::End("row") if in_data => next_row += 1,
            Event::Start(tag) if in_data && tag.name == "c" => {
                let (row, column) = match tag.attr("r") {
                    Some(r) => parse_reference(&r).ok_or(WorkbookError::Damaged)?,
                    None => (None, next_column),
                };
                let new = start_cell(&tag, row.unwrap_or(next_row), column);
                next_column = column + 1;
                cell = Some(new);
            }
            Event::Start(tag) if tag.name == "v" && cell.is_some() => in_value = true,
            Event::End("v") => in_value = false,
            Event::Start(tag) if tag.name == "is" && cell.is_some() => inline = Some(RichText::default()),
            Event::Text(raw) if in_value => {
                if let Some(cell) = &mut cell {
                    decode_into(&mut cell.value, raw);
                }
            }
            Event::CData(raw) if in_value => {
                if let Some(cell) = &mut cell {
                    cell.value.push_str(raw);
                }
            }
            Event::End("c") => {
                if let Some(done) = cell.take()
                    && (!done.value.is_empty() || done.inline.as_ref().is_some_and(|s| !s.is_empty()))
                    && !on_cell(done)?
                {
                    return Ok(());
                }
            }
            _ => {}
        }
    }
    Ok(())
}

fn start_cell(tag: &Tag<'_>, row: usize, column: usize) -> RawCell {
    RawCell {
        row,
        column,
        kind: Kind::of(tag.attr("t").as_deref()),
        style: tag.attr("s").and_then(|s| s.trim().parse().ok()).unwrap_or(0),
        ..RawCell::default()
    }
}

/// A cell reference such as "C5" as zero-based (row, column); the row may be
/// left out ("C"). `None` when it is not a reference inside the sheet's bounds.
fn parse_reference(reference: &str) -> Option<(Option<usize>, usize)> {
    let reference = reference.trim().trim_start_matches('$');
    let letters = reference.bytes().take_while(u8::is_ascii_alphabetic).count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let column = reference[..letters].bytes().fold(0usize, |n, b| n * 26 + usize::from(b.to_ascii_uppercase() - b'A' + 1));
    let digits = reference[letters..].trim_start_matches('$');
    let row = match digits {
        "" => None,
        _ => Some(digits.parse::<usize>().ok().filter(|r| (1..=MAX_ROW).contains(r))? - 1),
    };
    (column <= MAX_COLUMN).then_some((row, column - 1))
}

/// The text a cell shows.
pub(crate) fn cell_text(cell: RawCell, context: &Context<'_>) -> Result<String, WorkbookError> {
    if let Some(inline) = cell.inline {
        return Ok(inline);
    }
    let value = cell.value;
    Ok(match cell.kind {
        Kind::Shared => {
            let index = value.trim().parse::<usize>().map_err(|_| WorkbookError::Damaged)?;
            context.shared.get(index).ok_or(WorkbookError::Damaged)?.clone()
        }
        Kind::Bool => match value.trim() {
            "1" | "true" => "TRUE".into(),
            "0" | "false" => "FALSE".into(),
            _ => value,
        },
        Kind::Text => unescape(value),
        Kind::Number => number_text(value, context.styles.date_kind(cell.style).map(|kind| (kind, context.date1904))),
        Kind::Literal => value,
    })
}

/// A number as plain decimal text (shortest form that reads back the same,
/// no exponent, no grouping), or as a date when its style shows dates. Text
/// that is not a number is returned as it is.
fn number_text(value: String, date: Option<(super::styles::DateKind, bool)>) -> String {
    let Some(number) = value.trim().parse::<f64>().ok().filter(|n| n.is_finite()) else {
        return value;
    };
    if let Some(text) = date.and_then(|(kind, date1904)| dates::format_serial(number, kind, date1904)) {
        return text;
    }
    // `Display` for f64 is the shortest round-trip form and never uses an exponent.
    if number == 0.0 { "0".into() } else { number.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        assert_eq!(parse_reference("A1"), Some((Some(0), 0)));
        assert_eq!(parse_reference("c5"), Some((Some(4), 2)));
        assert_eq!(parse_reference("$AA$10"), Some((Some(9), 26)));
        assert_eq!(parse_reference("XFD1048576"), Some((Some(1_048_575), 16_383)));
        assert_eq!(parse_reference("B"), Some((None, 1)));
        for bad in ["", "1", "XFE1", "A0", "A1048577", "ABCD1", "A1x", "A-1", "ÄA1"] {
            assert_eq!(parse_reference(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers() {
        let plain = |v: &str| number_text(v.into(), None);
        assert_eq!(plain("1250000"), "1250000");
        assert_eq!(plain("1.25E6"), "1250000");
        assert_eq!(plain("0.65000000000000002"), "0.65");
        assert_eq!(plain("1234567.5"), "1234567.5");
        assert_eq!(plain("-0"), "0");
        assert_eq!(plain("1E-7"), "0.0000001");
        assert_eq!(plain("12345678901234567890"), "12345678901234567000");
        assert_eq!(plain(" 42 "), "42");
        assert_eq!(plain("inf"), "inf");
        assert_eq!(plain("abc"), "abc");
    }
}
