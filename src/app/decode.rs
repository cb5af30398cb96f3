//! Text from a file's bytes, decoded by the browser (`TextDecoder`), so the
//! wasm carries no decoder tables. `crate::import::encoding` decides which
//! encoding to ask for.

use crate::import::encoding::Encoding;

/// The bytes as text in `encoding`; a byte order mark is dropped, and bytes
/// that are not valid in the encoding become U+FFFD. `None` only where the
/// browser has no such decoder.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Option<String> {
    let decoder = web_sys::TextDecoder::new_with_label(encoding.label()).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}
