//! The browser's local storage behind the storage rules' [`KeyValue`], and
//! the raw reads and writes of the few settings kept beside the scenarios
//! (language, the import's choices). Reads never fail loudly: an absent or
//! unreachable storage reads as empty. Writes report failure, so the app
//! can say that it is not saving. The keys are listed in [`keys`].

use wasm_bindgen::{JsCast, JsValue};

pub use crate::store::keys::{self, PREFIX, key};
use crate::store::kv::{KeyValue, WriteError};

/// The browser's local storage; `None` where the browser does not give it
/// (blocked cookies and some private modes make the getter throw).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Local storage as the storage rules see it.
pub struct LocalStore {
    storage: web_sys::Storage,
    /// `Storage.prototype.getItem`, to measure a value without copying it into wasm.
    get_item: Option<js_sys::Function>,
}

impl LocalStore {
    /// `None` when the browser does not let the page reach local storage.
    pub fn open() -> Option<LocalStore> {
        let storage = storage()?;
        let get_item = js_sys::Reflect::get(&storage, &JsValue::from_str("getItem")).ok().and_then(|f| f.dyn_into().ok());
        Some(LocalStore { storage, get_item })
    }
}

/// A refusal for good (`SecurityError`: storing is not allowed at all) or
/// one that may pass (`QuotaExceededError` and anything else).
fn write_error(error: &JsValue) -> WriteError {
    let name = js_sys::Reflect::get(error, &JsValue::from_str("name")).ok().and_then(|n| n.as_string());
    if name.as_deref() == Some("SecurityError") { WriteError::Denied } else { WriteError::Full }
}

impl KeyValue for LocalStore {
    fn get(&self, key: &str) -> Option<String> {
        self.storage.get_item(key).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        self.storage.set_item(key, value).map_err(|e| write_error(&e))
    }

    fn remove(&mut self, key: &str) {
        let _ = self.storage.remove_item(key);
    }

    fn keys(&self) -> Vec<String> {
        let count = self.storage.length().unwrap_or(0);
        (0..count).filter_map(|i| self.storage.key(i).ok().flatten()).collect()
    }

    fn len_of(&self, key: &str) -> Option<usize> {
        let Some(get_item) = &self.get_item else { return self.get(key).map(|v| crate::store::kv::utf16_len(&v)) };
        let value = get_item.call1(&self.storage, &JsValue::from_str(key)).ok()?;
        value.dyn_ref::<js_sys::JsString>().map(|s| s.length() as usize)
    }
}

/// The text stored under `full_key`, if any.
pub fn read(full_key: &str) -> Option<String> {
    storage()?.get_item(full_key).ok().flatten()
}

/// Stores `text` under `full_key`.
pub fn write(full_key: &str, text: &str) -> Result<(), WriteError> {
    storage().ok_or(WriteError::Denied)?.set_item(full_key, text).map_err(|e| write_error(&e))
}

/// Removes `full_key` (failures only mean the key stays).
pub fn remove(full_key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(full_key);
    }
}

/// The language chosen earlier, if any.
pub fn load_lang() -> Option<crate::i18n::Lang> {
    read(&key(keys::LANG, "")).and_then(|tag| crate::i18n::Lang::from_tag(tag.trim_matches('"')))
}

/// Remembers the chosen language; failing only means it is not remembered.
pub fn save_lang(lang: crate::i18n::Lang) {
    let _ = write(&key(keys::LANG, ""), lang.as_str());
}
