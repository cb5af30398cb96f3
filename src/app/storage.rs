//! Every local-storage key the app uses, in one place, versioned, and the
//! raw reads and writes behind them. Reads never fail loudly: an absent or
//! unreachable storage reads as empty. Writes report failure, so the app
//! can say that it is not saving.

use gloo_storage::{LocalStorage, Storage};

/// Prefix and version of every key.
pub const PREFIX: &str = "skippertak.v1.";

/// Key names, relative to [`PREFIX`].
pub mod keys {
    /// The language the user chose with the toggle.
    pub const LANG: &str = "lang";
    /// The list of saved scenarios and which one was open last.
    pub const INDEX: &str = "index";
    /// One saved scenario record: `scenario.<id>`.
    pub const SCENARIO: &str = "scenario.";
    /// Unreadable data kept aside: `backup.<what>.<time>`.
    pub const BACKUP: &str = "backup.";
    /// The import's choices for a shape of file, `import.<shape>`, and the
    /// list of shapes, `import.shapes` (see `crate::import::memory`).
    pub const IMPORT: &str = "import.";
}

/// The full key for a name in [`keys`] (plus a suffix such as an id).
pub fn key(name: &str, suffix: &str) -> String {
    format!("{PREFIX}{name}{suffix}")
}

/// Why a write did not happen.
#[derive(Clone, Debug, PartialEq)]
pub struct WriteFailed;

fn storage() -> Option<web_sys::Storage> {
    // `raw()` panics where storage is unavailable (e.g. blocked); guard it.
    web_sys::window()?.local_storage().ok().flatten().map(|_| LocalStorage::raw())
}

/// The text stored under `full_key`, if any.
pub fn read(full_key: &str) -> Option<String> {
    storage()?.get_item(full_key).ok().flatten()
}

/// Stores `text` under `full_key`.
pub fn write(full_key: &str, text: &str) -> Result<(), WriteFailed> {
    storage().ok_or(WriteFailed)?.set_item(full_key, text).map_err(|_| WriteFailed)
}

/// Removes `full_key` (failures only mean the key stays).
pub fn remove(full_key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(full_key);
    }
}

/// Keeps unreadable text aside under a backup key and returns that key.
pub fn back_up(what: &str, text: &str) -> Option<String> {
    let backup_key = key(keys::BACKUP, &format!("{what}.{}", js_sys::Date::now() as u64));
    write(&backup_key, text).ok().map(|_| backup_key)
}

/// The language chosen earlier, if any.
pub fn load_lang() -> Option<crate::i18n::Lang> {
    read(&key(keys::LANG, "")).and_then(|tag| crate::i18n::Lang::from_tag(tag.trim_matches('"')))
}

/// Remembers the chosen language; failing only means it is not remembered.
pub fn save_lang(lang: crate::i18n::Lang) {
    let _ = write(&key(keys::LANG, ""), lang.as_str());
}
