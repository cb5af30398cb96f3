//! Other tabs of the same browser share the storage: their writes arrive
//! as changes of a key. A change of the list is merged; a change of the
//! scenario on screen is followed, or reported as a conflict when this tab
//! has work of its own. Two saves at the same moment are caught afterwards.

use super::list::AfterDelete;
use super::{Saved, Shelf};
use crate::codec::{self, CodecError};
use crate::model::Scenario;
use crate::store::index::{self, ReadIndex};
use crate::store::keys;
use crate::store::kv::KeyValue;
use crate::store::notice::Notice;

/// What another tab's write means for the page.
#[derive(Clone, Debug, PartialEq)]
pub enum External {
    /// Nothing for this tab to change.
    Nothing,
    /// Show this scenario (the other tab's version, or the next one after
    /// the one on screen was deleted there).
    Show(Scenario),
    /// The scenario on screen was deleted and nothing saved is left: the
    /// caller starts a new one.
    NeedsFresh,
}

impl<K: KeyValue> Shelf<K> {
    /// Another tab changed `key` (`None`: it cleared the storage). `draft`
    /// is what this tab shows; `waiting` tells that a save of it is due.
    pub fn external_change(&mut self, key: Option<&str>, draft: &Scenario, waiting: bool, now: u64) -> External {
        // In memory this tab no longer shares anything with the others.
        let Some(key) = key.filter(|_| !self.in_memory()) else { return External::Nothing };
        if key == keys::index_key() {
            return self.list_changed(draft, waiting, now);
        }
        if self.current.as_ref().is_some_and(|id| keys::record_key(id) == key) {
            return self.record_changed(draft, waiting);
        }
        External::Nothing
    }

    fn list_changed(&mut self, draft: &Scenario, waiting: bool, now: u64) -> External {
        if self.read_only {
            return External::Nothing;
        }
        let before = self.lists();
        match index::read_index(self.backing.get(&keys::index_key()).as_deref()) {
            ReadIndex::Newer(_) => {
                self.become_read_only();
                return External::Nothing;
            }
            ReadIndex::Read(doc) => {
                let merged = index::merge(&before, &doc.lists());
                let lost_something = !merged.same_as(&doc.lists());
                self.adopt(merged);
                // The other tab wrote without what this tab knows (two writes
                // at once): put it back so both lists agree again.
                if lost_something {
                    let _ = self.write_index(now, false);
                }
            }
            // Cleared or damaged elsewhere: this tab's list heals it.
            ReadIndex::Absent | ReadIndex::Damaged { .. } => {
                let _ = self.write_index(now, false);
            }
        }
        let Some(id) = self.current.clone() else { return External::Nothing };
        if self.index.iter().any(|e| e.id == id) {
            return External::Nothing;
        }
        // The scenario on screen was deleted in another tab.
        let name = before.scenarios.iter().find(|e| e.id == id).map(|e| e.name.clone()).unwrap_or_default();
        if self.has_unsaved(draft) || waiting || self.write_failing {
            // This tab has work on it that is not saved: keep it.
            self.keep_listed(&id, now);
            let _ = self.write_index(now, false);
            self.notify(Notice::DeletedElsewhere { name, kept: true });
            return External::Nothing;
        }
        self.notify(Notice::DeletedElsewhere { name, kept: false });
        self.leave_current();
        match self.open_first(now) {
            AfterDelete::Show(scenario) => {
                let _ = self.write_index(now, false);
                External::Show(scenario)
            }
            AfterDelete::NeedsFresh | AfterDelete::Stay => External::NeedsFresh,
        }
    }

    /// Judged by what is stored now, not by the event: events from two tabs
    /// saving at once can arrive after the other write.
    fn record_changed(&mut self, draft: &Scenario, waiting: bool) -> External {
        let Some(id) = self.current.clone() else { return External::Nothing };
        let Some(text) = self.backing.get(&keys::record_key(&id)) else { return External::Nothing };
        if self.is_known(&text) {
            return External::Nothing;
        }
        match codec::from_record(&text) {
            Ok(record) => {
                if self.last_saved.as_ref() == Some(&record.scenario) {
                    self.known_rev = self.known_rev.max(record.rev);
                } else if record.rev > self.known_rev && !self.has_unsaved(draft) && !waiting {
                    self.known_rev = record.rev;
                    self.known_text = Some(super::digest(&text));
                    self.last_saved = Some(record.scenario.clone());
                    self.notify(Notice::UpdatedElsewhere);
                    return External::Show(record.scenario);
                } else {
                    // Either this tab has unsaved work, or a save of this
                    // tab was replaced by one made at the same moment.
                    self.conflict = true;
                    self.notify(Notice::Conflict);
                }
            }
            Err(CodecError::Newer) => self.become_read_only(),
            Err(_) => {}
        }
        External::Nothing
    }

    /// A moment after a save: if another tab's write of the same revision
    /// replaced it, say so instead of losing it silently.
    pub fn verify(&mut self, key: &str) {
        if self.current.as_ref().is_none_or(|id| keys::record_key(id) != key) {
            return;
        }
        let Some(text) = self.backing.get(key) else { return };
        if self.is_known(&text) {
            return;
        }
        let Ok(stored) = codec::from_record(&text) else { return };
        if stored.rev <= self.known_rev && self.last_saved.as_ref() != Some(&stored.scenario) {
            self.conflict = true;
            self.notify(Notice::Conflict);
        }
    }

    /// Resolves a conflict by showing the stored version.
    pub fn take_theirs(&mut self, now: u64) -> Option<Scenario> {
        self.dismiss(&Notice::Conflict);
        self.conflict = false;
        let id = self.current.clone()?;
        self.switch_to(&id, now)
    }

    /// Resolves a conflict by saving `mine` over the stored version.
    pub fn keep_mine(&mut self, mine: &Scenario, now: u64) -> Saved {
        self.dismiss(&Notice::Conflict);
        self.conflict = false;
        let Some(id) = self.current.clone() else { return Saved::Skipped };
        let stored = self.backing.get(&keys::record_key(&id)).and_then(|t| codec::from_record(&t).ok()).map_or(0, |r| r.rev);
        self.known_rev = stored;
        self.known_text = None;
        // What is stored is the other tab's: this tab's version is news again.
        self.last_saved = None;
        self.save(mine, now)
    }
}
