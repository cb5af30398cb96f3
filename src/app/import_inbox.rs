//! Files and pasted cells on their way to the import dialog. The file
//! button (files panel) and the deal table (paste) put them in
//! `AppState::inbox`; the dialog takes them. All three live in the second
//! wasm module; the page's state holds the slot so that they share it.

use std::sync::Arc;

/// What waits to be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// A file's bytes, as picked.
    File { name: String, bytes: Arc<Vec<u8>> },
    /// Text pasted from a spreadsheet.
    Paste { text: String },
}
