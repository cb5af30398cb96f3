//! Undo and redo for the open scenario, as pure rules: which change an edit
//! was ([`change`]) and the bounded list of earlier versions ([`history`]).
//! The web layer (`crate::app::undo`) watches the draft, feeds each new
//! version in, and sets the draft back on undo; nothing here knows about
//! signals or the browser.

pub mod change;
pub mod history;

pub use change::{Change, change_between};
pub use history::History;
