//! Which text encoding a file's bytes are in. The bytes themselves are
//! decoded by the browser (`TextDecoder`, with the label below), so the
//! wasm carries no decoder tables; this only decides which one to ask for.

/// A text encoding the import can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8, with or without a byte order mark.
    Utf8,
    /// UTF-16, little-endian: Excel's "Unicode text".
    Utf16Le,
    /// UTF-16, big-endian.
    Utf16Be,
    /// Windows-1252 (Western European): what Excel on Windows writes as
    /// "CSV" in Norwegian, Swedish, German … It also reads ISO-8859-1.
    Windows1252,
    /// Mac OS Roman: Excel for Mac's older "CSV (Macintosh)".
    MacRoman,
}

impl Encoding {
    /// Every encoding, in the order the import dialog lists them.
    pub const ALL: [Encoding; 5] = [Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Windows1252, Encoding::MacRoman];

    /// The WHATWG label the browser's `TextDecoder` knows it by; also the
    /// stable id in tests and remembered choices.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1252 => "windows-1252",
            Encoding::MacRoman => "macintosh",
        }
    }

    /// The encoding with this label.
    pub fn from_label(label: &str) -> Option<Encoding> {
        Encoding::ALL.into_iter().find(|e| e.label() == label)
    }

    /// The name people know it by (the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16 LE",
            Encoding::Utf16Be => "UTF-16 BE",
            Encoding::Windows1252 => "Windows-1252",
            Encoding::MacRoman => "Mac OS Roman",
        }
    }
}

/// What the bytes say about their encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sniffed {
    /// The encoding to decode with.
    pub encoding: Encoding,
    /// The file starts with a byte order mark (which the decoder removes).
    pub bom: bool,
}

/// Decides the encoding: a byte order mark first (UTF-8, UTF-16 LE or BE);
/// then UTF-16 without one, told by the zero bytes that ASCII text has in
/// every other place; then UTF-8 if the bytes are valid UTF-8; else
/// Windows-1252, which every byte sequence is.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    let with_bom = |encoding| Sniffed { encoding, bom: true };
    let without = |encoding| Sniffed { encoding, bom: false };
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => return with_bom(Encoding::Utf8),
        [0xFF, 0xFE, ..] => return with_bom(Encoding::Utf16Le),
        [0xFE, 0xFF, ..] => return with_bom(Encoding::Utf16Be),
        _ => {}
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return without(encoding);
    }
    if utf8_is_valid(bytes) { without(Encoding::Utf8) } else { without(Encoding::Windows1252) }
}

/// UTF-8 validity, forgiving a character cut off at the very end (a file
/// cut short, or the sample of a large one).
fn utf8_is_valid(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(error) => error.error_len().is_none() && bytes.len() - error.valid_up_to() < 4,
    }
}

/// Text in UTF-16 has a zero byte in every other place while it is ASCII:
/// in odd places for little-endian, even ones for big-endian. Looks at the
/// first kilobyte; needs most of its pairs to agree.
fn utf16_without_bom(bytes: &[u8]) -> Option<Encoding> {
    let sample = &bytes[..bytes.len().min(1024) & !1];
    let pairs = sample.len() / 2;
    if pairs < 4 {
        return None;
    }
    let zero_even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let zero_odd = sample.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let most = pairs * 7 / 10;
    if zero_odd >= most && zero_even == 0 {
        Some(Encoding::Utf16Le)
    } else if zero_even >= most && zero_odd == 0 {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_order_marks_decide_first() {
        assert_eq!(sniff(b"\xEF\xBB\xBFName,Value"), Sniffed { encoding: Encoding::Utf8, bom: true });
        assert_eq!(sniff(b"\xFF\xFEN\0a\0"), Sniffed { encoding: Encoding::Utf16Le, bom: true });
        assert_eq!(sniff(b"\xFE\xFF\0N\0a"), Sniffed { encoding: Encoding::Utf16Be, bom: true });
    }

    #[test]
    fn utf16_is_recognised_without_a_bom() {
        let le: Vec<u8> = "Name\tValue\r\n".encode_utf16().flat_map(u16::to_le_bytes).collect();
        let be: Vec<u8> = "Name\tValue\r\n".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(sniff(&le).encoding, Encoding::Utf16Le);
        assert_eq!(sniff(&be).encoding, Encoding::Utf16Be);
    }

    #[test]
    fn valid_utf8_is_utf8_and_anything_else_windows_1252() {
        assert_eq!(sniff("Beløp;Fase".as_bytes()), Sniffed { encoding: Encoding::Utf8, bom: false });
        // "Beløp" in Windows-1252: ø is the single byte 0xF8.
        assert_eq!(sniff(b"Bel\xF8p;Fase").encoding, Encoding::Windows1252);
        // An en dash (0x96) alone is not UTF-8 either.
        assert_eq!(sniff(b"Bergen \x96 Sandsli").encoding, Encoding::Windows1252);
        assert_eq!(sniff(b"").encoding, Encoding::Utf8);
    }

    #[test]
    fn a_character_cut_at_the_end_is_still_utf8() {
        let mut bytes = "Tromsø".as_bytes().to_vec();
        bytes.pop();
        assert_eq!(sniff(&bytes).encoding, Encoding::Utf8);
    }

    #[test]
    fn labels_round_trip() {
        for encoding in Encoding::ALL {
            assert_eq!(Encoding::from_label(encoding.label()), Some(encoding));
        }
    }
}
