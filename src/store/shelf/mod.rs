//! The rules for keeping scenarios, as a state machine over a [`KeyValue`]
//! store: what to show on start, when a save may write, what other tabs'
//! writes mean, and what to do with data that cannot be used. The web layer
//! (`crate::app::persistence`) holds the signals and browser events and asks
//! these rules what to do; it keeps no rule of its own.
//!
//! Nothing a user typed is lost silently: every case that cannot save raises
//! a [`Notice`], and [`Shelf::at_risk`] tells when closing the page would
//! lose work.

pub mod list;
mod tabs;

use super::index::{IndexEntry, Lists, Tombstone};
use super::keys;
use super::kv::{KeyValue, MemoryStore, WriteError};
use super::notice::Notice;
use super::usage::{self, Usage};
use crate::codec::{self, CodecError, Record};
use crate::model::Scenario;

pub use tabs::External;

/// Where the rules read and write: the browser's storage, or memory once
/// the browser does not let the app store anything.
enum Backing<K> {
    Store(K),
    Memory(MemoryStore),
}

impl<K: KeyValue> KeyValue for Backing<K> {
    fn get(&self, key: &str) -> Option<String> {
        match self {
            Backing::Store(store) => store.get(key),
            Backing::Memory(memory) => memory.get(key),
        }
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        match self {
            Backing::Store(store) => store.set(key, value),
            Backing::Memory(memory) => memory.set(key, value),
        }
    }

    fn remove(&mut self, key: &str) {
        match self {
            Backing::Store(store) => store.remove(key),
            Backing::Memory(memory) => memory.remove(key),
        }
    }

    fn keys(&self) -> Vec<String> {
        match self {
            Backing::Store(store) => store.keys(),
            Backing::Memory(memory) => memory.keys(),
        }
    }

    fn len_of(&self, key: &str) -> Option<usize> {
        match self {
            Backing::Store(store) => store.len_of(key),
            Backing::Memory(memory) => memory.len_of(key),
        }
    }
}

/// What a save did.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved {
    /// Nothing to save, or this tab does not save (newer data, nothing open).
    Skipped,
    /// Written; check a moment later that `key` still holds it (another
    /// tab's write at the same moment can replace it).
    Written {
        /// The storage key that was written.
        key: String,
    },
    /// Another tab saved a newer version: nothing written, a notice raised.
    Conflict,
    /// The browser refused the write: a notice raised, retried with the next save.
    Failed,
}

/// What opening a saved scenario gave.
enum Opened {
    Shown(Scenario),
    /// No record under that id.
    Missing,
    /// A record that cannot be used (newer or damaged); a notice was raised.
    Unusable,
}

/// The saved scenarios and the state of one tab's storage.
pub struct Shelf<K> {
    backing: Backing<K>,
    index: Vec<IndexEntry>,
    deleted: Vec<Tombstone>,
    /// The saved scenario on screen; `None` for one opened from a link and not kept.
    current: Option<String>,
    /// The revision of the current record this tab last read or wrote.
    known_rev: u64,
    /// A digest of that record's text: while storage holds the same text,
    /// it need not be parsed again (a record of thousands of deals takes
    /// milliseconds to read, on every save).
    known_text: Option<u64>,
    last_saved: Option<Scenario>,
    /// The scenario shown because nothing saved could be (the demo), while
    /// untouched: not the user's work.
    untouched_fallback: Option<Scenario>,
    read_only: bool,
    write_failing: bool,
    conflict: bool,
    /// The browser does not store: something the user did lives only in memory.
    memory_work: bool,
    notices: Vec<Notice>,
    /// The user closed the storage-nearly-full notice: not raised again in this tab.
    room_notice_dismissed: bool,
}

impl<K: KeyValue> Shelf<K> {
    /// Rules over `store`; `None` when the browser gave no storage at all
    /// (the tab then works in memory and says so).
    pub fn new(store: Option<K>) -> Shelf<K> {
        let mut shelf = Shelf {
            backing: match store {
                Some(store) => Backing::Store(store),
                None => Backing::Memory(MemoryStore::new()),
            },
            index: Vec::new(),
            deleted: Vec::new(),
            current: None,
            known_rev: 0,
            known_text: None,
            last_saved: None,
            untouched_fallback: None,
            read_only: false,
            write_failing: false,
            conflict: false,
            memory_work: false,
            notices: Vec::new(),
            room_notice_dismissed: false,
        };
        if shelf.in_memory() {
            shelf.notify(Notice::StorageBlocked);
        }
        shelf
    }

    /// The saved scenarios, in list order.
    pub fn index(&self) -> &[IndexEntry] {
        &self.index
    }

    /// The id of the open scenario, if any.
    pub fn current(&self) -> Option<&str> {
        self.current.as_deref()
    }

    /// Newer data was seen: this tab never writes.
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// The last write failed; the next one will include everything.
    pub fn write_failing(&self) -> bool {
        self.write_failing
    }

    /// The browser does not let the app store: work lives only in this tab.
    pub fn in_memory(&self) -> bool {
        matches!(self.backing, Backing::Memory(_))
    }

    /// The notices to show, oldest first.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Adds a notice unless the same one is shown.
    pub fn notify(&mut self, notice: Notice) {
        if !self.notices.contains(&notice) {
            self.notices.push(notice);
        }
    }

    /// Removes a notice; a dismissed "nearly full" notice is not raised again.
    pub fn dismiss(&mut self, notice: &Notice) {
        self.room_notice_dismissed |= *notice == Notice::NearlyFull;
        self.notices.retain(|n| n != notice);
    }

    /// The app's share of the browser's storage; `None` while in memory.
    pub fn usage(&self) -> Option<Usage> {
        match &self.backing {
            Backing::Store(store) => Some(Usage::measure(store)),
            Backing::Memory(_) => None,
        }
    }

    /// Measures the room taken and raises [`Notice::NearlyFull`] near the
    /// limit (until dismissed), or takes it down once there is room again.
    pub fn check_room(&mut self) -> Option<Usage> {
        let usage = self.usage();
        if usage.is_some_and(|u| u.near_limit()) {
            if !self.room_notice_dismissed {
                self.notify(Notice::NearlyFull);
            }
        } else {
            self.notices.retain(|n| *n != Notice::NearlyFull);
        }
        usage
    }

    /// Everything kept, as one file (see [`usage::export_all`]).
    pub fn export_all(&self, now: u64) -> String {
        usage::export_all(&self.backing, &self.index, now)
    }

    /// Removes every copy kept aside; returns how many there were.
    pub fn remove_backups(&mut self) -> usize {
        let backups: Vec<String> = self.backing.keys().into_iter().filter(|k| keys::is_backup_key(k)).collect();
        for key in &backups {
            self.backing.remove(key);
        }
        backups.len()
    }

    /// Whether `scenario` differs from what was last saved.
    pub fn has_unsaved(&self, scenario: &Scenario) -> bool {
        self.last_saved.as_ref() != Some(scenario)
    }

    /// Whether closing the page now would lose work: changes that cannot be
    /// saved (newer data, failing or missing storage, an open conflict).
    /// Changes that only wait for the autosave are not: it runs as the page goes.
    pub fn at_risk(&self, scenario: &Scenario) -> bool {
        let user_work = self.current.is_some() && self.has_unsaved(scenario) && self.untouched_fallback.as_ref() != Some(scenario);
        if self.in_memory() {
            return self.memory_work || user_work;
        }
        user_work && (self.read_only || self.write_failing || self.conflict)
    }

    /// Reads saved scenario `id` without opening it.
    pub fn peek(&self, id: &str) -> Option<Scenario> {
        self.backing.get(&keys::record_key(id)).and_then(|text| codec::from_record(&text).ok()).map(|r| r.scenario)
    }

    /// Restores what was open last: the scenario to show. Starts from
    /// `fallback` (as a new scenario `fresh_id`) on a first visit or when
    /// nothing saved can be used. A damaged or missing list is made again
    /// from the records in storage.
    pub fn restore(&mut self, fallback: Scenario, fresh_id: String, now: u64) -> Scenario {
        let doc = self.read_list_on_start(now);
        self.index = doc.scenarios;
        self.deleted = doc.deleted;
        let listed = |id: &String| self.index.iter().any(|e| &e.id == id);
        let wanted = doc.current.filter(listed).or_else(|| self.index.first().map(|e| e.id.clone()));
        let opened = wanted.as_ref().map(|id| self.open_record(id, now));
        let (id, keep_unsaved) = match (opened, wanted) {
            (Some(Opened::Shown(scenario)), _) => return scenario,
            // Listed but never written (a tab closed before its first save):
            // the demo takes its place and is saved a moment later.
            (Some(Opened::Missing), Some(id)) => (id, false),
            // Unusable data stays as it is; the demo opens beside it and is
            // written only once the user changes it.
            (Some(Opened::Unusable), _) => (fresh_id, true),
            _ => (fresh_id, false),
        };
        self.current = Some(id.clone());
        self.known_rev = 0;
        self.last_saved = keep_unsaved.then(|| fallback.clone());
        self.untouched_fallback = Some(fallback.clone());
        self.upsert_entry(&id, &fallback.name, now);
        fallback
    }

    /// Opens saved scenario `id` (recording it as the one open); `None` when
    /// it cannot be read (a notice says why).
    pub fn switch_to(&mut self, id: &str, now: u64) -> Option<Scenario> {
        match self.open_record(id, now) {
            Opened::Shown(scenario) => {
                let _ = self.write_index(now, false);
                Some(scenario)
            }
            Opened::Missing | Opened::Unusable => None,
        }
    }

    /// Nothing saved is on screen any more (a scenario from a link is).
    pub fn leave_current(&mut self) {
        if let Some(id) = &self.current
            && self.last_saved.is_none()
            && self.backing.get(&keys::record_key(id)).is_none()
        {
            // Never written (the demo of a first visit): nothing to list.
            self.index.retain(|e| &e.id != id);
        }
        self.current = None;
        self.known_rev = 0;
        self.known_text = None;
        self.last_saved = None;
        self.conflict = false;
    }

    /// Adds `scenario` as new saved scenario `id` and saves it.
    pub fn create(&mut self, id: String, scenario: &Scenario, now: u64) -> Saved {
        self.add(id, &scenario.name, now);
        self.save(scenario, now)
    }

    /// Lists new scenario `id` as the one on screen, to be saved by the
    /// next save.
    pub fn add(&mut self, id: String, name: &str, now: u64) {
        self.leave_current();
        self.upsert_entry(&id, name, now);
        self.current = Some(id);
    }

    /// Saves `scenario` as the current saved scenario, unless there is
    /// nothing new, this tab does not save, or another tab saved a newer
    /// version of it.
    pub fn save(&mut self, scenario: &Scenario, now: u64) -> Saved {
        let Some(id) = self.current.clone() else { return Saved::Skipped };
        if self.read_only || (!self.has_unsaved(scenario) && !self.write_failing) {
            return Saved::Skipped;
        }
        let key = keys::record_key(&id);
        let stored_rev = match self.backing.get(&key) {
            None => 0,
            Some(text) if self.is_known(&text) => self.known_rev,
            Some(text) => match codec::from_record(&text) {
                Ok(record) => record.rev,
                Err(CodecError::Newer) => {
                    self.become_read_only();
                    return Saved::Skipped;
                }
                Err(_) => {
                    // Damaged: kept aside before this tab's good version replaces it.
                    let backup_key = self.back_up(&format!("scenario.{id}"), &text, now);
                    self.notify(Notice::Unreadable { raw: text, backup_key });
                    0
                }
            },
        };
        if stored_rev > self.known_rev {
            self.conflict = true;
            self.notify(Notice::Conflict);
            return Saved::Conflict;
        }
        let record = Record { rev: stored_rev.max(self.known_rev) + 1, saved_at: now as f64, scenario: scenario.clone() };
        self.upsert_entry(&id, &scenario.name, now);
        let text = codec::to_record(&record);
        let written = self.put(&key, &text).and_then(|()| self.write_index(now, true));
        match written {
            Ok(()) => {
                self.known_rev = record.rev;
                self.known_text = Some(digest(&text));
                self.last_saved = Some(record.scenario);
                self.conflict = false;
                if self.untouched_fallback.as_ref() != Some(scenario) {
                    self.untouched_fallback = None;
                    self.memory_work |= self.in_memory();
                }
                if self.write_failing {
                    self.write_failing = false;
                    self.dismiss(&Notice::WriteFailed);
                }
                Saved::Written { key }
            }
            Err(_) => {
                self.write_failing = true;
                self.notify(Notice::WriteFailed);
                Saved::Failed
            }
        }
    }

    /// Saves `scenario` if it is the user's work: the demo shown on a first
    /// visit, untouched, is not written (e.g. when a link opens over it).
    pub fn save_work(&mut self, scenario: &Scenario, now: u64) -> Saved {
        if self.untouched_fallback.as_ref() == Some(scenario) {
            return Saved::Skipped;
        }
        self.save(scenario, now)
    }

    fn become_read_only(&mut self) {
        self.read_only = true;
        self.notify(Notice::NewerData);
    }

    /// Writes `value`; if the browser turns out not to let the app store
    /// anything, this tab goes on in memory (with a copy of what it could
    /// read) and says so.
    fn put(&mut self, key: &str, value: &str) -> Result<(), WriteError> {
        match self.backing.set(key, value) {
            Err(WriteError::Denied) if !self.in_memory() => {
                self.backing = Backing::Memory(MemoryStore::copy_of(&self.backing));
                self.notify(Notice::StorageBlocked);
                self.backing.set(key, value)
            }
            result => result,
        }
    }

    /// Keeps text that cannot be used under a backup key and returns the
    /// key; the same text kept earlier is not kept twice. `None` when it
    /// could not be written (or this tab does not write).
    fn back_up(&mut self, what: &str, text: &str, now: u64) -> Option<String> {
        let prefix = keys::key(keys::BACKUP, &format!("{what}."));
        let kept =
            self.backing.keys().into_iter().filter(|k| k.starts_with(&prefix)).find(|k| self.backing.get(k).as_deref() == Some(text));
        if kept.is_some() || self.read_only {
            return kept;
        }
        let mut key = format!("{prefix}{now}");
        let mut n = 1;
        while self.backing.get(&key).is_some() {
            n += 1;
            key = format!("{prefix}{now}-{n}");
        }
        self.put(&key, text).ok().map(|()| key)
    }

    /// Reads record `id` and, when usable, makes it the one on screen.
    fn open_record(&mut self, id: &str, now: u64) -> Opened {
        let Some(text) = self.backing.get(&keys::record_key(id)) else { return Opened::Missing };
        match codec::from_record(&text) {
            Ok(record) => {
                self.current = Some(id.to_string());
                self.known_rev = record.rev;
                self.known_text = Some(digest(&text));
                self.last_saved = Some(record.scenario.clone());
                self.conflict = false;
                Opened::Shown(record.scenario)
            }
            Err(CodecError::Newer) => {
                self.become_read_only();
                Opened::Unusable
            }
            Err(_) => {
                let backup_key = self.back_up(&format!("scenario.{id}"), &text, now);
                self.notify(Notice::Unreadable { raw: text, backup_key });
                Opened::Unusable
            }
        }
    }

    /// Whether `text` is the current record as this tab last read or wrote it.
    fn is_known(&self, text: &str) -> bool {
        self.known_text == Some(digest(text))
    }

    fn lists(&self) -> Lists {
        Lists { scenarios: self.index.clone(), deleted: self.deleted.clone() }
    }

    fn adopt(&mut self, lists: Lists) {
        self.index = lists.scenarios;
        self.deleted = lists.deleted;
    }

    /// Adds an entry, or renames it (a new name counts as a change at `now`).
    fn upsert_entry(&mut self, id: &str, name: &str, now: u64) {
        match self.index.iter_mut().find(|e| e.id == id) {
            Some(entry) if entry.name != name => {
                entry.name = name.to_string();
                entry.at = now;
            }
            Some(_) => {}
            None => {
                self.deleted.retain(|t| t.id != id);
                self.index.push(IndexEntry { id: id.to_string(), name: name.to_string(), at: now });
            }
        }
    }
}

/// FNV-1a over the text's bytes: enough to tell a record this tab knows from
/// another tab's (which is then read in full).
fn digest(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}
