//! How much of the browser's local storage the app uses, and what can make
//! room: a file of everything, and removing the copies kept aside.

use serde_json::{Map, Value, json};

use super::index::IndexEntry;
use super::keys;
use super::kv::{KeyValue, utf16_len};
use crate::codec;
use crate::format;
use crate::i18n::Lang;

/// What browsers allow one site in local storage, in bytes of UTF-16 text
/// (Firefox and Safari; Chromium allows twice as much, so this errs early).
pub const LIMIT_BYTES: u64 = 5 * 1024 * 1024;
/// From this share of [`LIMIT_BYTES`] on, the app offers to make room.
pub const NEAR_LIMIT_PERCENT: u64 = 80;

/// The app's share of local storage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    /// Bytes the app's keys and values take (two per UTF-16 unit).
    pub bytes: u64,
    /// Of which copies kept aside.
    pub backup_bytes: u64,
    /// How many copies are kept aside.
    pub backups: usize,
}

impl Usage {
    /// Measures the app's keys in `store`.
    pub fn measure(store: &impl KeyValue) -> Usage {
        let mut usage = Usage::default();
        for key in store.keys().iter().filter(|k| k.starts_with(keys::PREFIX)) {
            let bytes = 2 * (utf16_len(key) + store.len_of(key).unwrap_or(0)) as u64;
            usage.bytes += bytes;
            if keys::is_backup_key(key) {
                usage.backup_bytes += bytes;
                usage.backups += 1;
            }
        }
        usage
    }

    /// Share of [`LIMIT_BYTES`] in use, in whole percent.
    pub fn percent(&self) -> u64 {
        self.bytes.saturating_mul(100) / LIMIT_BYTES
    }

    /// Share of [`LIMIT_BYTES`] in use.
    pub fn share(&self) -> f64 {
        self.bytes as f64 / LIMIT_BYTES as f64
    }

    /// Whether usage has reached the share at which the user is warned.
    pub fn near_limit(&self) -> bool {
        self.percent() >= NEAR_LIMIT_PERCENT
    }
}

/// A size for people: "812 B", "14 KB", "4.2 MB" ("4,2 MB" in Norwegian).
pub fn format_bytes(bytes: u64, lang: Lang) -> String {
    const KB: f64 = 1024.0;
    let b = bytes as f64;
    if b < KB {
        format!("{}\u{a0}B", format::integer(b, lang))
    } else if b < KB * KB {
        format!("{}\u{a0}KB", format::integer((b / KB).max(1.0), lang))
    } else {
        format!("{}\u{a0}MB", format::decimal(b / KB / KB, 1, lang))
    }
}

/// Format of the file that holds everything the app keeps.
pub const LIBRARY_FORMAT: &str = "skippertak.library";

/// Everything the app keeps, as one JSON file: each saved scenario's
/// document in list order (records that cannot be read, and the copies kept
/// aside, as their stored text), so nothing is lost by making room.
pub fn export_all(store: &impl KeyValue, index: &[IndexEntry], exported_at: u64) -> String {
    let mut scenarios = Vec::new();
    let mut unreadable = Map::new();
    for entry in index {
        let key = keys::record_key(&entry.id);
        let Some(text) = store.get(&key) else { continue };
        match codec::from_record(&text) {
            Ok(record) => scenarios.push(serde_json::to_value(&record.scenario).unwrap_or(Value::Null)),
            Err(_) => {
                unreadable.insert(key, Value::String(text));
            }
        }
    }
    let mut backups = Map::new();
    for key in store.keys().into_iter().filter(|k| keys::is_backup_key(k)) {
        if let Some(text) = store.get(&key) {
            backups.insert(key, Value::String(text));
        }
    }
    let file = json!({
        "format": LIBRARY_FORMAT,
        "version": 1,
        "exported_at": exported_at,
        "scenarios": scenarios,
        "unreadable": unreadable,
        "backups": backups,
    });
    file.to_string()
}
