//! The list of saved scenarios: read (and healed) on start, merged with the
//! stored list before every write, and deletions with their tombstones.

use super::{Opened, Shelf};
use crate::model::Scenario;
use crate::store::index::{self, INDEX_SCHEMA, IndexDoc, IndexEntry, ReadIndex, Tombstone};
use crate::store::keys;
use crate::store::kv::{KeyValue, WriteError};
use crate::store::notice::Notice;

/// What deleting left on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum AfterDelete {
    /// Another scenario was deleted; the one on screen stays.
    Stay,
    /// The next saved scenario, now open.
    Show(Scenario),
    /// Nothing saved is left to open: the caller starts a new one.
    NeedsFresh,
}

impl<K: KeyValue> Shelf<K> {
    /// The stored list as this tab starts with it. A damaged list is kept
    /// aside and made again from the records; so is a missing one when
    /// records exist (a save whose list never got written).
    pub(super) fn read_list_on_start(&mut self, now: u64) -> IndexDoc {
        let text = self.backing.get(&keys::index_key());
        match index::read_index(text.as_deref()) {
            ReadIndex::Read(doc) => doc,
            ReadIndex::Newer(doc) => {
                self.become_read_only();
                doc
            }
            ReadIndex::Absent => {
                let scenarios = index::rebuild(&self.backing, &[]);
                let current = scenarios.last().map(|e| e.id.clone());
                IndexDoc { schema: INDEX_SCHEMA, current, scenarios, deleted: Vec::new() }
            }
            ReadIndex::Damaged { raw, deleted } => {
                let backup_key = self.back_up("index", &raw, now);
                let scenarios = index::rebuild(&self.backing, &deleted);
                self.notify(Notice::IndexRebuilt { count: scenarios.len(), raw, backup_key: backup_key.clone() });
                // The latest save was most likely the one open.
                let current = scenarios.last().map(|e| e.id.clone());
                let doc = IndexDoc { schema: INDEX_SCHEMA, current, scenarios, deleted };
                if backup_key.is_some() {
                    self.index = doc.scenarios.clone();
                    self.deleted = doc.deleted.clone();
                    self.current = doc.current.clone();
                    let _ = self.write_doc(now);
                }
                doc
            }
        }
    }

    /// Writes the list, merged first with the stored one so that what other
    /// tabs added, renamed or deleted meanwhile is kept. With `keep_current`
    /// (a save of the scenario on screen) that scenario stays listed even if
    /// another tab deleted it: the user is working on it.
    pub(super) fn write_index(&mut self, now: u64, keep_current: bool) -> Result<(), WriteError> {
        if self.read_only {
            return Ok(());
        }
        let text = self.backing.get(&keys::index_key());
        match index::read_index(text.as_deref()) {
            ReadIndex::Newer(_) => {
                self.become_read_only();
                return Ok(());
            }
            ReadIndex::Read(doc) => {
                let merged = index::merge(&self.lists(), &doc.lists());
                self.adopt(merged);
            }
            ReadIndex::Damaged { raw, deleted } => {
                let backup_key = self.back_up("index", &raw, now);
                self.notify(Notice::Unreadable { raw, backup_key });
                let merged = index::merge(&self.lists(), &index::Lists { scenarios: Vec::new(), deleted });
                self.adopt(merged);
            }
            ReadIndex::Absent => {}
        }
        if keep_current && let Some(id) = self.current.clone() {
            self.keep_listed(&id, now);
        }
        self.write_doc(now)
    }

    /// Lists `id` again if another tab's deletion took it off.
    pub(super) fn keep_listed(&mut self, id: &str, now: u64) {
        if self.index.iter().any(|e| e.id == id) {
            return;
        }
        let name = self.last_saved.as_ref().map(|s| s.name.clone()).unwrap_or_default();
        self.deleted.retain(|t| t.id != id);
        self.index.push(IndexEntry { id: id.to_string(), name, at: now });
    }

    fn write_doc(&mut self, now: u64) -> Result<(), WriteError> {
        index::prune(&mut self.deleted, now);
        let doc =
            IndexDoc { schema: INDEX_SCHEMA, current: self.current.clone(), scenarios: self.index.clone(), deleted: self.deleted.clone() };
        self.put(&keys::index_key(), &doc.to_text())
    }

    /// Deletes saved scenario `id`; a notice offers to restore it. `None`
    /// when nothing was deleted (not listed, or this tab does not write).
    pub fn delete(&mut self, id: &str, now: u64) -> Option<AfterDelete> {
        if self.read_only {
            self.notify(Notice::NewerData);
            return None;
        }
        let entry = self.index.iter().find(|e| e.id == id)?.clone();
        let record = self.backing.get(&keys::record_key(id)).unwrap_or_default();
        self.index.retain(|e| e.id != id);
        self.deleted.push(Tombstone { id: id.to_string(), at: now });
        self.backing.remove(&keys::record_key(id));
        let after = if self.current.as_deref() == Some(id) {
            self.leave_current();
            self.open_first(now)
        } else {
            AfterDelete::Stay
        };
        let _ = self.write_index(now, false);
        self.notify(Notice::Deleted { entry, record });
        Some(after)
    }

    /// Opens the first listed scenario, if it can be read.
    pub(super) fn open_first(&mut self, now: u64) -> AfterDelete {
        let Some(next) = self.index.first().map(|e| e.id.clone()) else { return AfterDelete::NeedsFresh };
        match self.open_record(&next, now) {
            Opened::Shown(scenario) => AfterDelete::Show(scenario),
            Opened::Missing | Opened::Unusable => AfterDelete::NeedsFresh,
        }
    }

    /// Restores a deleted scenario and opens it; `None` when it could not
    /// be written back (a notice says so).
    pub fn undo_delete(&mut self, entry: &IndexEntry, record: &str, now: u64) -> Option<Scenario> {
        self.notices.retain(|n| !matches!(n, Notice::Deleted { entry: e, .. } if e == entry));
        if self.read_only {
            self.notify(Notice::NewerData);
            return None;
        }
        if self.put(&keys::record_key(&entry.id), record).is_err() {
            self.write_failing = true;
            self.notify(Notice::WriteFailed);
            return None;
        }
        self.deleted.retain(|t| t.id != entry.id);
        self.index.retain(|e| e.id != entry.id);
        // Listed again as a change made now, so it outlives its tombstone in other tabs.
        self.index.push(IndexEntry { at: now, ..entry.clone() });
        self.switch_to(&entry.id, now)
    }
}
