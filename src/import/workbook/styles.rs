//! Which cell styles show a number as a date or a time (xl/styles.xml).
//!
//! A cell's `s` attribute indexes `<cellXfs>`; each `<xf>` there names a
//! number format, either built in (by id) or defined in `<numFmts>` by a
//! format code. Nothing else about styles matters to the text of a cell.

use super::WorkbookError;
use super::xml::{Event, Reader};

/// Custom number formats read; later ones are ignored (shown as numbers).
const MAX_CUSTOM_FORMATS: usize = 1_000;

/// What a date-like number format shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateKind {
    /// A calendar day only.
    Date,
    /// A calendar day and a time of day.
    DateTime,
    /// A time of day (or a duration) only.
    Time,
}

/// For each cell style, whether it shows numbers as dates.
#[derive(Debug, Default)]
pub(crate) struct Styles {
    cell_formats: Vec<Option<DateKind>>,
}

impl Styles {
    /// How the style at `index` (a cell's `s`) shows numbers; unknown styles show them as numbers.
    pub fn date_kind(&self, index: usize) -> Option<DateKind> {
        self.cell_formats.get(index).copied().flatten()
    }

    /// Reads the custom number formats and the cell formats.
    pub fn parse(xml: &str) -> Result<Styles, WorkbookError> {
        let mut reader = Reader::new(xml);
        let mut custom: Vec<(u32, Option<DateKind>)> = Vec::new();
        let mut xf_formats: Vec<u32> = Vec::new();
        let mut in_cell_xfs = false;
        while let Some(event) = reader.next()? {
            match event {
                // Excel allows a workbook about 250 custom formats; a cap keeps
                // the lookup below from growing with both lists in a crafted file.
                Event::Start(tag) if tag.name == "numFmt" && custom.len() < MAX_CUSTOM_FORMATS => {
                    let id = tag.attr("numFmtId").and_then(|id| id.trim().parse().ok());
                    if let (Some(id), Some(code)) = (id, tag.attr("formatCode")) {
                        custom.push((id, classify(&code)));
                    }
                }
                Event::Start(tag) if tag.name == "cellXfs" => in_cell_xfs = true,
                Event::End("cellXfs") => in_cell_xfs = false,
                // `<xf>` also appears in `<cellStyleXfs>`, which cells don't index.
                Event::Start(tag) if in_cell_xfs && tag.name == "xf" => {
                    xf_formats.push(tag.attr("numFmtId").and_then(|id| id.trim().parse().ok()).unwrap_or(0));
                }
                _ => {}
            }
        }
        // A custom format may reuse (override) a built-in id; of two with one
        // id the later wins.
        let kind_of = |id: u32| custom.iter().rev().find(|(c, _)| *c == id).map_or_else(|| builtin(id), |(_, kind)| *kind);
        Ok(Styles { cell_formats: xf_formats.into_iter().map(kind_of).collect() })
    }
}

/// The built-in formats (ECMA-376 Part 1, 18.8.30) that show dates or times.
/// Ids 27–36 and 50–58 differ by locale (Japanese era dates, Chinese and
/// Korean dates and times); they are taken as dates that may show a time.
fn builtin(id: u32) -> Option<DateKind> {
    match id {
        14..=17 => Some(DateKind::Date),
        18..=21 | 45..=47 => Some(DateKind::Time),
        22 | 27..=36 | 50..=58 => Some(DateKind::DateTime),
        _ => None,
    }
}

/// Whether a custom format code shows a date or a time, by its date and time
/// tokens (y, m, d, h, s, AM/PM, and elapsed `[h]`, `[mm]`, `[ss]`) outside
/// quoted literals, escaped characters and other bracketed parts (colours
/// such as `[Red]`, conditions, locales such as `[$-409]`). Only the first
/// section counts, as in `d/m/yyyy;@`; a number format's later sections do
/// not make it a date. `m` is minutes right after an hour or before seconds,
/// else a month.
pub(crate) fn classify(code: &str) -> Option<DateKind> {
    // The date/time letters in order, lower-cased, one per token ("yyyy" → 'y').
    let mut tokens: Vec<u8> = Vec::new();
    let mut chars = code.bytes().peekable();
    let mut am_pm = false;
    while let Some(c) = chars.next() {
        let lower = c.to_ascii_lowercase();
        match lower {
            b';' => break,
            b'"' => {
                for q in chars.by_ref() {
                    if q == b'"' {
                        break;
                    }
                }
            }
            // Escaped character, spacing as wide as a character, fill character.
            b'\\' | b'_' | b'*' => {
                chars.next();
            }
            b'[' => {
                let mut inner = Vec::new();
                for q in chars.by_ref() {
                    if q == b']' {
                        break;
                    }
                    inner.push(q.to_ascii_lowercase());
                }
                // Elapsed time: "[h]", "[hh]", "[mm]", "[ss]".
                if let Some(&first) = inner.first()
                    && matches!(first, b'h' | b'm' | b's')
                    && inner.iter().all(|&q| q == first)
                {
                    tokens.push(first);
                }
            }
            b'y' | b'm' | b'd' | b'h' | b's' => {
                while chars.peek().is_some_and(|n| n.to_ascii_lowercase() == lower) {
                    chars.next();
                }
                tokens.push(lower);
            }
            // "AM/PM" and "A/P" mark a 12-hour clock.
            // Its letters are consumed so the m of "AM" is not taken for a month.
            b'a' => {
                let rest: Vec<u8> = chars.clone().take(4).map(|q| q.to_ascii_lowercase()).collect();
                let len = if rest.starts_with(b"m/pm") {
                    4
                } else if rest.starts_with(b"/p") {
                    2
                } else {
                    0
                };
                am_pm |= len > 0;
                chars.by_ref().take(len).for_each(drop);
            }
            _ => {}
        }
    }
    let mut date = false;
    let mut time = am_pm;
    for (i, &t) in tokens.iter().enumerate() {
        match t {
            b'y' | b'd' => date = true,
            b'h' | b's' => time = true,
            _ => {
                let after_hour = i > 0 && tokens[i - 1] == b'h';
                let before_second = tokens.get(i + 1) == Some(&b's');
                if after_hour || before_second { time = true } else { date = true }
            }
        }
    }
    match (date, time) {
        (true, true) => Some(DateKind::DateTime),
        (true, false) => Some(DateKind::Date),
        (false, true) => Some(DateKind::Time),
        (false, false) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DateKind::*;

    #[test]
    fn custom_codes() {
        let cases: &[(&str, Option<DateKind>)] = &[
            ("General", None),
            ("0.00", None),
            ("#,##0 \"kr\"", None),
            ("[Red]0.00;[Blue]-0.00", None),
            ("0.00E+00", None),
            ("0 \"days\"", None),
            ("\\d0", None),
            ("@", None),
            ("0;-0;;@", None),
            ("_-* #,##0.00 _k_r_-;\\-* #,##0.00 _k_r_-;_-* \"-\"?? _k_r_-;_-@_-", None),
            ("[$€-2] #,##0.00", None),
            ("yyyy-mm-dd", Some(Date)),
            ("d/m/yyyy;@", Some(Date)),
            ("[$-409]mmmm d, yyyy", Some(Date)),
            ("[$-F800]dddd, mmmm dd, yyyy", Some(Date)),
            ("mmm-yy", Some(Date)),
            ("DD.MM.YYYY", Some(Date)),
            ("yyyy\"年\"m\"月\"d\"日\"", Some(Date)),
            ("dd/mm/yyyy hh:mm", Some(DateTime)),
            ("yyyy-mm-dd\\Thh:mm:ss", Some(DateTime)),
            ("m/d/yy h:mm AM/PM", Some(DateTime)),
            ("h:mm", Some(Time)),
            ("mm:ss", Some(Time)),
            ("h:mm AM/PM", Some(Time)),
            ("[h]:mm:ss", Some(Time)),
            ("[mm]:ss", Some(Time)),
            ("hh\"h\" mm\"m\"", Some(Time)),
            ("[Red][<=100]d-mmm", Some(Date)),
        ];
        for (code, want) in cases {
            assert_eq!(classify(code), *want, "{code}");
        }
    }

    #[test]
    fn builtin_ids() {
        for id in [14, 15, 16, 17] {
            assert_eq!(builtin(id), Some(Date));
        }
        for id in [18, 19, 20, 21, 45, 46, 47] {
            assert_eq!(builtin(id), Some(Time));
        }
        for id in [22, 27, 36, 50, 58] {
            assert_eq!(builtin(id), Some(DateTime));
        }
        for id in [0, 1, 2, 9, 10, 11, 12, 13, 23, 26, 37, 44, 48, 49, 59, 164] {
            assert_eq!(builtin(id), None, "{id}");
        }
    }

    #[test]
    fn cell_xfs_are_indexed_not_cell_style_xfs() {
        let xml = r##"<styleSheet>
  <numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00&quot; kr&quot;"/>
  <numFmt numFmtId="14" formatCode="0.0"/><numFmt numFmtId="165" formatCode="yyyy"/><numFmt numFmtId="165" formatCode="0"/></numFmts>
  <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
  <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165"/>
  <xf numFmtId="22"><alignment/></xf><xf/><xf numFmtId="14"/></cellXfs>
</styleSheet>"##;
        let styles = Styles::parse(xml).unwrap();
        let kinds: Vec<_> = (0..7).map(|i| styles.date_kind(i)).collect();
        assert_eq!(kinds, [None, Some(Date), None, Some(DateTime), None, None, None]);
    }
}
