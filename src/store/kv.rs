//! The storage the rules work on: a map of text keys to text values, as the
//! browser's local storage is. The browser's implementation lives in the
//! web layer (`crate::app::storage`); [`MemoryStore`] serves the tests and
//! a tab whose browser does not let the app store anything.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Why a write did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// No room left (the browser's quota), or a failure that may pass.
    Full,
    /// The browser does not let the page store anything (blocked cookies,
    /// some private modes): no later write will work either.
    Denied,
}

/// A key-value store of texts.
pub trait KeyValue {
    /// The value stored under `key`, if any.
    fn get(&self, key: &str) -> Option<String>;
    /// Stores `value` under `key`, replacing what was there.
    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError>;
    /// Removes `key`; a failure only means the key stays.
    fn remove(&mut self, key: &str);
    /// Every key currently stored.
    fn keys(&self) -> Vec<String>;
    /// The length of the value under `key` in UTF-16 units, as browsers
    /// count it. Stores that can tell without copying the value override it.
    fn len_of(&self, key: &str) -> Option<usize> {
        self.get(key).map(|value| utf16_len(&value))
    }
}

/// The length of `text` in UTF-16 units.
pub fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// A store in memory. It can be given a capacity (in UTF-16 units of keys
/// and values, as a browser's quota) and be told to refuse every write. A
/// plain list: it holds a few keys, and the browser's build carries no map
/// code for it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MemoryStore {
    entries: Vec<(String, String)>,
    /// Writes that would take the total past this fail with `Full`.
    pub capacity: Option<usize>,
    /// Every write fails with `Denied`.
    pub deny: bool,
}

impl MemoryStore {
    /// An empty in-memory store that accepts writes.
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// A store holding a copy of everything `other` holds.
    pub fn copy_of(other: &impl KeyValue) -> MemoryStore {
        let entries = other.keys().into_iter().filter_map(|k| other.get(&k).map(|v| (k, v))).collect();
        MemoryStore { entries, capacity: None, deny: false }
    }

    /// What it holds, in key order.
    pub fn entries(&self) -> BTreeMap<String, String> {
        self.entries.iter().cloned().collect()
    }

    fn used_without(&self, key: &str) -> usize {
        self.entries.iter().filter(|(k, _)| k.as_str() != key).map(|(k, v)| utf16_len(k) + utf16_len(v)).sum()
    }
}

impl KeyValue for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        self.entries.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        if self.deny {
            return Err(WriteError::Denied);
        }
        if let Some(capacity) = self.capacity
            && self.used_without(key) + utf16_len(key) + utf16_len(value) > capacity
        {
            return Err(WriteError::Full);
        }
        match self.entries.iter_mut().find(|(k, _)| k == key) {
            Some((_, stored)) => *stored = value.to_string(),
            None => self.entries.push((key.to_string(), value.to_string())),
        }
        Ok(())
    }

    fn remove(&mut self, key: &str) {
        self.entries.retain(|(k, _)| k != key);
    }

    fn keys(&self) -> Vec<String> {
        self.entries.iter().map(|(k, _)| k.clone()).collect()
    }
}

/// One store seen by several owners, as tabs of one browser share local
/// storage (used by the tests to play two tabs).
impl<K: KeyValue> KeyValue for Rc<RefCell<K>> {
    fn get(&self, key: &str) -> Option<String> {
        self.borrow().get(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        self.borrow_mut().set(key, value)
    }

    fn remove(&mut self, key: &str) {
        self.borrow_mut().remove(key)
    }

    fn keys(&self) -> Vec<String> {
        self.borrow().keys()
    }

    fn len_of(&self, key: &str) -> Option<usize> {
        self.borrow().len_of(key)
    }
}
