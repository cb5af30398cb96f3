//! A small pull tokenizer for the XML that spreadsheet writers produce: start
//! and end tags with attributes, text, CDATA and the five named entities plus
//! character references. Comments, processing instructions and a DOCTYPE are
//! skipped (its entity definitions are not applied, so an entity bomb cannot
//! grow). Tags must nest; anything that does not is `Damaged`.
//!
//! Names are handed out without their namespace prefix (`x:row` is `row`):
//! writers differ in prefixes, and within one part the local names of the
//! spreadsheet vocabulary do not clash. Namespaces themselves are ignored,
//! which is also what lets Strict OOXML (other namespace URIs) be read.

use super::WorkbookError;
use std::borrow::Cow;

/// One step through a document.
#[derive(Debug, PartialEq)]
pub(crate) enum Event<'a> {
    /// `<name …>` or `<name …/>` (the latter is followed by its `End`).
    Start(Tag<'a>),
    /// `</name>`, or the end of a self-closing tag: the local name.
    End(&'a str),
    /// Text as written: decode it with [`decode_into`].
    Text(&'a str),
    /// The content of `<![CDATA[…]]>`, taken literally.
    CData(&'a str),
}

/// A start tag: its local name and its unparsed attributes.
#[derive(Debug, PartialEq)]
pub(crate) struct Tag<'a> {
    pub name: &'a str,
    attrs: &'a str,
}

impl<'a> Tag<'a> {
    /// The decoded value of the attribute with this local name (any prefix), if any.
    pub fn attr(&self, local: &str) -> Option<Cow<'a, str>> {
        let mut rest = self.attrs;
        loop {
            rest = rest.trim_start();
            let eq = rest.find('=')?;
            let name = rest[..eq].trim();
            let after = rest[eq + 1..].trim_start();
            let quote = after.chars().next().filter(|&c| c == '"' || c == '\'')?;
            let close = after[1..].find(quote)?;
            let value = &after[1..1 + close];
            if local_name(name) == local {
                return Some(decode(value));
            }
            rest = &after[close + 2..];
        }
    }
}

/// The part of a qualified name after its prefix.
fn local_name(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

/// A pull tokenizer over one document.
pub(crate) struct Reader<'a> {
    src: &'a str,
    pos: usize,
    /// The qualified names of the open elements, to check nesting.
    open: Vec<&'a str>,
    /// The end of a self-closing tag, to be reported next.
    pending_end: Option<&'a str>,
}

impl<'a> Reader<'a> {
    pub fn new(src: &'a str) -> Reader<'a> {
        Reader { src: src.strip_prefix('\u{feff}').unwrap_or(src), pos: 0, open: Vec::new(), pending_end: None }
    }

    /// The next event, `None` at a well-formed end, `Damaged` on broken markup.
    #[allow(clippy::should_implement_trait)] // fallible, so not an Iterator
    pub fn next(&mut self) -> Result<Option<Event<'a>>, WorkbookError> {
        if let Some(name) = self.pending_end.take() {
            return Ok(Some(Event::End(name)));
        }
        loop {
            let rest = &self.src[self.pos..];
            if rest.is_empty() {
                return if self.open.is_empty() { Ok(None) } else { Err(WorkbookError::Damaged) };
            }
            if !rest.starts_with('<') {
                let len = rest.find('<').unwrap_or(rest.len());
                self.pos += len;
                return Ok(Some(Event::Text(&rest[..len])));
            }
            if let Some(body) = rest.strip_prefix("<![CDATA[") {
                let len = body.find("]]>").ok_or(WorkbookError::Damaged)?;
                self.pos += 9 + len + 3;
                return Ok(Some(Event::CData(&body[..len])));
            }
            if rest.starts_with("<?") {
                self.skip_past(rest, "?>")?;
            } else if rest.starts_with("<!--") {
                self.skip_past(rest, "-->")?;
            } else if rest.starts_with("<!") {
                self.skip_declaration(rest)?;
            } else if let Some(body) = rest.strip_prefix("</") {
                let len = body.find('>').ok_or(WorkbookError::Damaged)?;
                let name = body[..len].trim_end();
                if self.open.pop() != Some(name) {
                    return Err(WorkbookError::Damaged);
                }
                self.pos += 2 + len + 1;
                return Ok(Some(Event::End(local_name(name))));
            } else {
                return self.start_tag(rest).map(Some);
            }
        }
    }

    fn skip_past(&mut self, rest: &str, end: &str) -> Result<(), WorkbookError> {
        let len = rest.find(end).ok_or(WorkbookError::Damaged)?;
        self.pos += len + end.len();
        Ok(())
    }

    /// Skips `<!DOCTYPE …>`, including an internal subset in brackets.
    fn skip_declaration(&mut self, rest: &str) -> Result<(), WorkbookError> {
        let mut depth = 0usize;
        let mut quote = None;
        for (i, b) in rest.bytes().enumerate() {
            match (quote, b) {
                (Some(q), _) if b == q => quote = None,
                (Some(_), _) => {}
                (None, b'"' | b'\'') => quote = Some(b),
                (None, b'[') => depth += 1,
                (None, b']') => depth = depth.saturating_sub(1),
                (None, b'>') if depth == 0 => {
                    self.pos += i + 1;
                    return Ok(());
                }
                _ => {}
            }
        }
        Err(WorkbookError::Damaged)
    }

    fn start_tag(&mut self, rest: &'a str) -> Result<Event<'a>, WorkbookError> {
        // The tag ends at the first '>' outside a quoted attribute value.
        let mut quote = None;
        let end = rest.bytes().enumerate().skip(1).find_map(|(i, b)| {
            match (quote, b) {
                (Some(q), _) if b == q => quote = None,
                (Some(_), _) => {}
                (None, b'"' | b'\'') => quote = Some(b),
                (None, b'>') => return Some(i),
                _ => {}
            }
            None
        });
        let end = end.ok_or(WorkbookError::Damaged)?;
        let inner = &rest[1..end];
        let (inner, self_closing) = match inner.strip_suffix('/') {
            Some(inner) => (inner, true),
            None => (inner, false),
        };
        let name_len = inner.find(|c: char| c.is_ascii_whitespace()).unwrap_or(inner.len());
        let (name, attrs) = inner.split_at(name_len);
        if name.is_empty() || name.contains(['<', '&', '"', '\'', '=']) {
            return Err(WorkbookError::Damaged);
        }
        self.pos += end + 1;
        let local = local_name(name);
        if self_closing {
            self.pending_end = Some(local);
        } else {
            self.open.push(name);
        }
        Ok(Event::Start(Tag { name: local, attrs }))
    }
}

/// Text or an attribute value with its references decoded; borrowed when it has none.
pub(crate) fn decode(raw: &str) -> Cow<'_, str> {
    if raw.contains(['&', '\r']) {
        let mut out = String::with_capacity(raw.len());
        decode_into(&mut out, raw);
        Cow::Owned(out)
    } else {
        Cow::Borrowed(raw)
    }
}

/// Appends `raw` to `out`, decoding `&lt;`-style entities and character
/// references, and turning line breaks written as CR LF or CR into LF as XML
/// asks. An unknown or broken reference is kept as written.
pub(crate) fn decode_into(out: &mut String, raw: &str) {
    let mut rest = raw;
    while let Some(i) = rest.find(['&', '\r']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(after) = rest.strip_prefix('\r') {
            out.push('\n');
            rest = after.strip_prefix('\n').unwrap_or(after);
            continue;
        }
        // Entity names and references are short; don't scan far for the ';'.
        let decoded = rest.get(1..12.min(rest.len())).and_then(|head| head.find(';')).and_then(|semi| {
            let name = &rest[1..1 + semi];
            let c = match name {
                "lt" => '<',
                "gt" => '>',
                "amp" => '&',
                "quot" => '"',
                "apos" => '\'',
                _ => {
                    let number = name.strip_prefix('#')?;
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => number.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, semi + 2))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(src: &str) -> Result<Vec<String>, WorkbookError> {
        let mut reader = Reader::new(src);
        let mut out = Vec::new();
        while let Some(event) = reader.next()? {
            out.push(match event {
                Event::Start(tag) => format!("<{}>", tag.name),
                Event::End(name) => format!("</{name}>"),
                Event::Text(text) => format!("text:{}", decode(text)),
                Event::CData(text) => format!("cdata:{text}"),
            });
        }
        Ok(out)
    }

    #[test]
    fn tags_text_and_prefixes() {
        let got = events("\u{feff}<?xml version=\"1.0\"?><!-- c --><x:a><b/>t<![CDATA[<&>]]></x:a>").unwrap();
        assert_eq!(got, ["<a>", "<b>", "</b>", "text:t", "cdata:<&>", "</a>"]);
    }

    #[test]
    fn doctype_is_skipped_without_expanding_entities() {
        let got = events("<!DOCTYPE a [<!ENTITY e \"x>\">]><a>&e;</a>").unwrap();
        assert_eq!(got, ["<a>", "text:&e;", "</a>"]);
    }

    #[test]
    fn attributes_any_quote_and_prefix() {
        let mut reader = Reader::new("<sheet name=\"A &amp; B\" r:id='rId2' sheetId=\"7\" x=\"a>b\"/>");
        let Some(Event::Start(tag)) = reader.next().unwrap() else { panic!() };
        assert_eq!(tag.attr("name").unwrap(), "A & B");
        assert_eq!(tag.attr("id").unwrap(), "rId2");
        assert_eq!(tag.attr("sheetId").unwrap(), "7");
        assert_eq!(tag.attr("x").unwrap(), "a>b");
        assert_eq!(tag.attr("state"), None);
    }

    #[test]
    fn entities_and_line_breaks() {
        assert_eq!(decode("a&lt;b&gt;c&amp;&quot;&apos;&#65;&#x42;&#X43;"), "a<b>c&\"'ABC");
        assert_eq!(decode("AT&T &bogus; &#xD800; &"), "AT&T &bogus; &#xD800; &");
        assert_eq!(decode("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(decode("&#13;"), "\r");
    }

    #[test]
    fn broken_markup_is_damaged() {
        for src in ["<a>", "<a></b>", "</a>", "<a", "<a x=\"1>", "<!-- x", "<![CDATA[x", "<a><?pi", "< >", "<a></a></a>"] {
            assert_eq!(events(src), Err(WorkbookError::Damaged), "{src}");
        }
    }
}
