//! Keeping scenarios in the browser, as pure rules: the keys, the store
//! they work on ([`kv::KeyValue`]), the list of saved scenarios and its
//! merging between tabs, the state machine of one tab ([`shelf::Shelf`]),
//! and how much room the app takes. The web layer only connects these to
//! local storage, signals and browser events.

pub mod index;
pub mod keys;
pub mod kv;
pub mod notice;
pub mod shelf;
pub mod usage;

pub use index::IndexEntry;
pub use kv::{KeyValue, MemoryStore, WriteError};
pub use notice::Notice;
pub use shelf::list::AfterDelete;
pub use shelf::{External, Saved, Shelf};
pub use usage::Usage;
