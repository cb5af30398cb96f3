//! What the user should know about their data. The rules raise these as
//! codes; `crate::components::notices` makes the sentences.

use super::index::IndexEntry;
use crate::codec::CodecError;

#[derive(Clone, Debug, PartialEq)]
/// A message about storage, links or imports that the page shows until dismissed.
pub enum Notice {
    /// Stored data could not be read; a copy was kept and can be downloaded.
    Unreadable {
        /// The text that could not be read.
        raw: String,
        /// Where a copy was kept, if storage took it.
        backup_key: Option<String>,
    },
    /// The list of saved scenarios could not be read and was made again
    /// from the `count` scenarios found; the damaged list was kept aside.
    IndexRebuilt {
        /// How many scenarios the new list holds.
        count: usize,
        /// The damaged list's text.
        raw: String,
        /// Where a copy of it was kept, if storage took it.
        backup_key: Option<String>,
    },
    /// Stored data was written by a newer version: this tab does not save.
    NewerData,
    /// The browser refused to store (full, or a failure that may pass).
    WriteFailed,
    /// The browser does not let the app store anything: work stays in this tab.
    StorageBlocked,
    /// The app's data nears what the browser allows: download everything,
    /// remove old backups.
    NearlyFull,
    /// Another tab saved this scenario; its version is now shown.
    UpdatedElsewhere,
    /// Another tab saved this scenario while this tab had unsaved changes.
    Conflict,
    /// Another tab deleted the scenario this tab showed; `kept` when this
    /// tab had unsaved work on it, so it stays listed.
    DeletedElsewhere {
        /// The scenario's name.
        name: String,
        /// Whether this tab keeps it (it had unsaved work on it).
        kept: bool,
    },
    /// A share link could not be opened.
    LinkError(CodecError),
    /// The part of the app that reads links could not be fetched.
    LinkNotLoaded,
    /// A file could not be imported.
    FileError(String),
    /// A deleted scenario that can still be restored.
    Deleted {
        /// Its entry in the list of scenarios.
        entry: IndexEntry,
        /// Its stored record, to write back on undo.
        record: String,
    },
    /// A new version of the app is installed and waits for the user's go.
    UpdateReady,
}
