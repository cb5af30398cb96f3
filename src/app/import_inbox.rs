//! Files and pasted cells on their way to the import dialog. The file
//! button (files panel) and the deal table (paste) put them in the
//! [`inbox`]; the dialog takes them. All three live in the second wasm
//! module, and so does the inbox: the first load carries none of it.

use std::sync::{Arc, OnceLock};

use leptos::prelude::*;

/// What waits to be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Incoming {
    /// A file's bytes, as picked.
    File {
        /// The file's name, which tells a workbook from a text file.
        name: String,
        /// Its contents, undecoded.
        bytes: Arc<Vec<u8>>,
    },
    /// Text pasted from a spreadsheet.
    Paste {
        /// The cells as the clipboard gave them (tab-separated lines).
        text: String,
    },
}

/// The one slot for what waits to be imported, made on first use. Counted
/// by reference rather than owned by a view: whichever view asks first may
/// go, the slot stays.
pub fn inbox() -> ArcRwSignal<Option<Incoming>> {
    static INBOX: OnceLock<ArcRwSignal<Option<Incoming>>> = OnceLock::new();
    INBOX.get_or_init(|| ArcRwSignal::new(None)).clone()
}
