//! Every local-storage key the app uses, in one place, versioned. Values are
//! read defensively: anything unreadable is treated as absent.

use gloo_storage::{LocalStorage, Storage};

use crate::i18n::Lang;

/// Prefix and schema version of every key.
const PREFIX: &str = "skippertak.v1.";

/// Keys, relative to [`PREFIX`].
pub mod keys {
    /// The language the user chose with the toggle.
    pub const LANG: &str = "lang";
}

fn key(name: &str) -> String {
    format!("{PREFIX}{name}")
}

/// The language chosen earlier, if any.
pub fn load_lang() -> Option<Lang> {
    LocalStorage::get::<String>(key(keys::LANG)).ok().and_then(|tag| Lang::from_tag(&tag))
}

/// Remembers the chosen language. Failing to store it (private mode, full
/// storage) only means the choice is not remembered.
pub fn save_lang(lang: Lang) {
    let _ = LocalStorage::set(key(keys::LANG), lang.as_str());
}
