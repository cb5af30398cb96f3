//! The shared string table (xl/sharedStrings.xml), and the rich text that
//! both it and inline strings are made of.
//!
//! A string item is plain `<t>` text or runs `<r><rPr>…</rPr><t>…</t></r>`;
//! the runs' texts are joined and their formatting dropped. Phonetic guides
//! (`<rPh>`, furigana over Japanese text) also hold `<t>` elements, which are
//! not part of the cell's text and are skipped. A `<t>` without
//! `xml:space="preserve"` loses its leading and trailing whitespace, as in
//! Excel (which writes the attribute wherever that whitespace matters).

use super::WorkbookError;
use super::xml::{Event, Reader, decode_into};

/// Collects the text of one string item (`<si>` or `<is>`) from the events
/// inside it.
#[derive(Default)]
pub(crate) struct RichText {
    text: String,
    /// How many `<t>` elements are open (nonzero: text counts).
    in_text: usize,
    /// How many phonetic elements are open (nonzero: text is skipped).
    in_phonetic: usize,
    /// Where the open `<t>`'s text starts in `text`, and whether it keeps its spaces.
    run_start: usize,
    preserve: bool,
}

impl RichText {
    /// Feeds one event from inside the item.
    pub fn feed(&mut self, event: &Event<'_>) {
        match event {
            Event::Start(tag) if tag.name == "t" => {
                self.in_text += 1;
                self.run_start = self.text.len();
                self.preserve = tag.attr("space").is_some_and(|s| s == "preserve");
            }
            Event::Start(tag) if tag.name == "rPh" => self.in_phonetic += 1,
            Event::End("t") => {
                self.in_text = self.in_text.saturating_sub(1);
                if !self.preserve && self.run_start <= self.text.len() && self.text.is_char_boundary(self.run_start) {
                    let run = &self.text[self.run_start..];
                    let trimmed = run.trim_matches([' ', '\t', '\n', '\r']);
                    if trimmed.len() != run.len() {
                        let trimmed = trimmed.to_string();
                        self.text.truncate(self.run_start);
                        self.text.push_str(&trimmed);
                    }
                }
            }
            Event::End("rPh") => self.in_phonetic = self.in_phonetic.saturating_sub(1),
            Event::Text(raw) if self.counts() => decode_into(&mut self.text, raw),
            Event::CData(raw) if self.counts() => self.text.push_str(raw),
            _ => {}
        }
    }

    fn counts(&self) -> bool {
        self.in_text > 0 && self.in_phonetic == 0
    }

    /// The item's text, with `_xHHHH_` escapes decoded.
    pub fn finish(self) -> String {
        unescape(self.text)
    }
}

/// Decodes the `_xHHHH_` escapes OOXML uses for characters XML cannot carry
/// (`_x000D_` is a carriage return, `_x005F_` a literal underscore). A pair of
/// escaped UTF-16 surrogates becomes one character; anything else that is not
/// a valid escape is kept as written.
pub(crate) fn unescape(text: String) -> String {
    if !text.contains("_x") {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find("_x") {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        match escape_at(rest) {
            Some(high @ 0xD800..=0xDBFF) => match escape_at(&rest[7..]) {
                Some(low @ 0xDC00..=0xDFFF) => {
                    let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                    out.push(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
                    rest = &rest[14..];
                }
                _ => {
                    out.push_str(&rest[..7]);
                    rest = &rest[7..];
                }
            },
            Some(code) => match char::from_u32(code) {
                Some(c) => {
                    out.push(c);
                    rest = &rest[7..];
                }
                None => {
                    out.push_str(&rest[..7]);
                    rest = &rest[7..];
                }
            },
            None => {
                out.push_str("_x");
                rest = &rest[2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The code unit of an `_xHHHH_` escape at the start of `s`.
fn escape_at(s: &str) -> Option<u32> {
    let b = s.as_bytes().get(..7)?;
    if &b[..2] != b"_x" || b[6] != b'_' || !b[2..6].iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    u32::from_str_radix(&s[2..6], 16).ok()
}

/// Reads the shared string table, in order (cells refer to it by index).
pub(crate) fn parse(xml: &str) -> Result<Vec<String>, WorkbookError> {
    let mut reader = Reader::new(xml);
    // Not sized from the `count` attribute: that would let a file ask for any amount.
    let mut strings = Vec::new();
    let mut item: Option<RichText> = None;
    while let Some(event) = reader.next()? {
        match &event {
            Event::Start(tag) if tag.name == "si" => item = Some(RichText::default()),
            Event::End("si") => strings.push(item.take().map(RichText::finish).unwrap_or_default()),
            _ => {
                if let Some(item) = &mut item {
                    item.feed(&event);
                }
            }
        }
    }
    Ok(strings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_rich_and_phonetic_items() {
        let xml = r#"<?xml version="1.0"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">
  <si><t>Plain</t></si>
  <si><t> Trimmed
  </t></si>
  <si><t xml:space="preserve"> kept </t></si>
  <si><r><rPr><b/><sz val="11"/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and normal </t></r></si>
  <si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si>
  <si><t/></si>
  <si><t>Line_x000D_
break &amp; R&amp;D _x005F_x000D_</t></si>
</sst>"#;
        let got = parse(xml).unwrap();
        assert_eq!(got, ["Plain", "Trimmed", " kept ", "Bold and normal ", "漢字", "", "Line\r\nbreak & R&D _x000D_"]);
    }

    #[test]
    fn escapes() {
        assert_eq!(unescape("a_x0009_b".into()), "a\tb");
        assert_eq!(unescape("_xD83D__xDE00_".into()), "😀");
        assert_eq!(unescape("_xD83D_x".into()), "_xD83D_x");
        assert_eq!(unescape("_x12_ _xZZZZ_ _x".into()), "_x12_ _xZZZZ_ _x");
        assert_eq!(unescape("snake_x_case".into()), "snake_x_case");
    }

    #[test]
    fn prefixed_and_broken_tables() {
        assert_eq!(parse("<x:sst xmlns:x=\"u\"><x:si><x:t>A</x:t></x:si></x:sst>").unwrap(), ["A"]);
        assert_eq!(parse("<sst><si><t>A</t></sst>"), Err(WorkbookError::Damaged));
    }
}
