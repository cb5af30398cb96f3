//! Files and pasted cells on their way to the import dialog. The file
//! button (files panel) and the deal table (paste) put them here; the
//! dialog takes them. Both live in the second wasm module; the inbox is
//! provided by the page so that they share it.

use std::sync::Arc;

use leptos::prelude::*;

/// What waits to be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// A file's bytes, as picked.
    File { name: String, bytes: Arc<Vec<u8>> },
    /// Text pasted from a spreadsheet.
    Paste { text: String },
}

/// The one slot for what waits to be imported.
#[derive(Clone, Copy)]
pub struct ImportInbox(pub RwSignal<Option<Incoming>>);

impl ImportInbox {
    /// Shares an empty inbox with everything below the caller.
    pub fn provide() {
        provide_context(ImportInbox(RwSignal::new(None)));
    }
}
